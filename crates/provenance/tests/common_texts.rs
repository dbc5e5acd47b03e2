//! Fictional texts shared by the batch tests (invented people, places and outlets).

/// The two closing paragraphs every story of the Brindle Gazette carries.
pub const FOOTER: &str = "About the Brindle Gazette: The Brindle Gazette has covered the towns of the Osterly estuary and the Carrow hills since 1887, reporting on parish councils, schools, fishing, weather and cricket from its office on Quay Lane in Saltmere. The paper belongs to the Gazette Readers Trust, a members' trust of 2,700 households, and is printed every Wednesday and Saturday.\n\nCorrections: The Brindle Gazette corrects errors of fact as soon as readers point them out. Corrections appear on page three of the next edition and at the foot of the online story, with the date of the change and what was changed. To report an error, write to the readers' editor at the Quay Lane office or telephone the newsroom between nine and five on weekdays.";

/// Three short unrelated briefs (title, byline, date, story).
pub const BRIEFS: [&str; 3] = [
    "Ferry to Kettle Isle sails again\n\nBy Rosalind Amery\nPublished 2026-05-04\n\nThe ferry between Saltmere and Kettle Isle resumed sailings on Monday after six weeks in dry dock, the Osterly Ferry Company said. Captain Idris Pennock said the repaired hull passed its inspection on the first attempt. \"The islanders have been patient with us,\" Pennock said.",
    "Dunmore library opens on Sundays\n\nBy Tobias Wren\nPublished 2026-05-05\n\nThe public library in Dunmore will open from ten to four on Sundays from June, after a volunteer group raised 14,000 pounds for extra staff. Librarian Carys Holloway said children's reading groups would move to the new Sunday slot. \"We had a queue at the door every Monday,\" she said.",
    "Pellham orchard fair draws record crowd\n\nBy Maud Kestrel\nPublished 2026-05-06\n\nMore than 9,000 visitors came to the Pellham orchard fair on Saturday, the largest crowd in its 61-year history, organisers said. Grower Ambrose Fell won the cider prize with a blend of Russet and Pellham Gold apples. Parking on the green ran out before noon.",
];

/// A brief with the site's footer under it.
pub fn with_footer(brief: &str) -> String {
    format!("{brief}\n\n{FOOTER}\n")
}

/// A dated, signed story.
pub const STORY: &str = r#"Storm shuts Harwick river bridge

By Elspeth Corran
Published 2026-03-02

HARWICK — Engineers closed the Tallow Street bridge over the River Mease on Monday after storm floodwater undermined its eastern pier, the Harwick borough council said. About 11,000 vehicles cross the bridge each day, and buses on routes 4 and 19 were sent through Coldbeck instead.

Council engineer Priya Vantongeren said divers found a gap of almost a metre beneath the pier's footing. "We will not reopen it until we are certain it is safe," she said. Shopkeepers on Tallow Street said trade fell by half within hours of the closure.

The Mease rose 3.2 metres above its normal level on Sunday night, the highest reading at the Harwick gauge since 1998.
"#;

/// Another event on the same topic, seven weeks later (related to `STORY`).
pub const LATER: &str = r#"Harwick bridge reopens to cars after pier repairs

By Owain Thistlewood
Published 2026-04-21

The Tallow Street bridge in Harwick reopened to cars on Tuesday, seven weeks after storm damage to a pier closed it, the borough council said. Contractors from Brackenridge Civil poured 240 tonnes of concrete around the footing in the River Mease.

Buses and lorries over 7.5 tonnes remain barred until a load test in May, council leader Gideon Marsh said. Traders' association chair Lettice Oduya welcomed the reopening but asked the council for help with lost takings over the spring.
"#;

/// An undated, unsigned notice, given twice under two names in the tests.
pub const NOTICE: &str = r#"Water main repairs on Linnet Road

Crews from the Saltmere water board will replace 400 metres of water main under Linnet Road from 8 June, closing the road to through traffic for about three weeks. Residents of the 60 houses on the road will keep their supply, the board said, except for two mornings when they will be told in advance by letter.
"#;
