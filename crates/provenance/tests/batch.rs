//! The batch pass on fictional batches: shared site furniture is no evidence of copying, no
//! result depends on the order the documents are given in, and clusters are numbered 1..K.

mod common_texts;

use std::collections::{BTreeMap, BTreeSet};

use common_texts::{with_footer, BRIEFS, LATER, NOTICE, STORY};
use credence_extract::{extract, read, Hint};
use credence_heuristics::Heuristics;
use credence_provenance::{
    cluster, ClusterConfig, DocSketch, MinHasher, Placement, Relation, MINHASH_LEN, MINHASH_SEED,
};

fn sketches(docs: &[(&str, &str)]) -> Vec<DocSketch> {
    let hasher = MinHasher::new(MINHASH_LEN, MINHASH_SEED);
    let h = Heuristics::default();
    docs.iter()
        .map(|(id, text)| {
            let hint = Hint::default();
            let doc = read(text.as_bytes(), &hint).expect("plain text reads");
            let x = extract(&doc, &hint);
            let a = h.assess(&doc, &x);
            DocSketch::new(id, &x, Some(&a), &hasher)
        })
        .collect()
}

fn place(docs: &[(&str, &str)]) -> Vec<Placement> {
    cluster(&sketches(docs), &ClusterConfig::default())
}

#[test]
fn a_shared_site_footer_is_no_evidence_of_copying() {
    let texts: Vec<String> = BRIEFS.iter().map(|b| with_footer(b)).collect();
    let docs: Vec<(&str, &str)> = ["a.txt", "b.txt", "c.txt"]
        .into_iter()
        .zip(texts.iter().map(String::as_str))
        .collect();
    for p in place(&docs) {
        assert_eq!(p.relation, Relation::Unique, "{p:?}");
    }
}

#[test]
fn identical_stories_under_the_same_footer_are_still_copies() {
    let first = with_footer(BRIEFS[0]);
    let other = with_footer(BRIEFS[1]);
    let placed = place(&[("a.txt", &first), ("b.txt", &other), ("c.txt", &first)]);
    assert_eq!(placed[0].relation, Relation::Origin);
    assert_eq!(placed[2].relation, Relation::Copy);
    assert_eq!(placed[1].relation, Relation::Unique);
}

#[test]
fn a_copy_under_a_new_lead_is_still_a_copy() {
    // The story's body copied word for word under a new headline and opening sentence: its
    // closing paragraphs are shared, but they are far more than a site's footer.
    let source = "Kestle mill reopens as a museum\n\nBy Anwen Prydderch\nPublished 2026-06-02\n\nThe old wool mill at Kestle opened its doors as a museum on Monday, eleven years after its looms stopped, the Kestle Heritage Trust said.\n\nThe trust raised 1.8 million pounds from 4,200 donors and a lottery grant to repair the roof and the water wheel.\n\n\"My grandmother worked the third loom from the door,\" said volunteer guide Hywel Brannock, 71.\n\nVisitors can see the carding engine, built in 1884, running on Saturdays.\n\nThe trust expects 30,000 visitors a year and has hired six staff.\n\nEntry is free for children under twelve.\n";
    let copy = source.replace(
        "Kestle mill reopens as a museum\n\nBy Anwen Prydderch\nPublished 2026-06-02\n\nThe old wool mill at Kestle opened its doors as a museum on Monday, eleven years after its looms stopped, the Kestle Heritage Trust said.",
        "Historic mill gets second life\n\nPublished 2026-06-09\n\nIn welcome news for lovers of local history, a long-silent landmark is back in business.",
    );
    let placed = place(&[("source.txt", source), ("copy.txt", &copy)]);
    assert_eq!(placed[0].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[1].relation, Relation::Copy, "{placed:?}");
}

/// Each document's cluster (as the set of its members' ids), origin id and relation, by id.
fn outcome(docs: &[(&str, &str)]) -> BTreeMap<String, (BTreeSet<String>, String, Relation)> {
    let placed = place(docs);
    docs.iter()
        .zip(&placed)
        .map(|((id, _), p)| {
            let members = docs
                .iter()
                .zip(&placed)
                .filter(|(_, q)| q.cluster == p.cluster)
                .map(|((m, _), _)| m.to_string())
                .collect();
            (id.to_string(), (members, p.origin_id.clone(), p.relation))
        })
        .collect()
}

#[test]
fn no_result_depends_on_input_order() {
    let footed: Vec<String> = BRIEFS.iter().map(|b| with_footer(b)).collect();
    let batch: Vec<(&str, &str)> = vec![
        ("q_notice.txt", NOTICE),
        ("later.txt", LATER),
        ("story.txt", STORY),
        ("brief_a.txt", &footed[0]),
        ("p_notice.txt", NOTICE),
        ("story_copy.txt", STORY),
        ("brief_b.txt", &footed[1]),
        ("brief_c.txt", &footed[2]),
    ];
    let want = outcome(&batch);
    // The identical undated, unsigned notices: the smaller id is the origin, whichever comes
    // first.
    assert_eq!(want["q_notice.txt"].1, "p_notice.txt");
    assert_eq!(want["q_notice.txt"].2, Relation::Copy);
    assert_eq!(want["later.txt"].2, Relation::Related);
    let mut orders = vec![batch.iter().rev().copied().collect::<Vec<_>>()];
    for k in 1..batch.len() {
        let mut v = batch.clone();
        v.rotate_left(k);
        orders.push(v);
    }
    // A fixed shuffle.
    orders.push([5, 2, 7, 0, 3, 6, 1, 4].iter().map(|&i| batch[i]).collect());
    for order in orders {
        let ids: Vec<&str> = order.iter().map(|(id, _)| *id).collect();
        assert_eq!(outcome(&order), want, "order {ids:?}");
    }
}

#[test]
fn clusters_are_numbered_densely_by_their_first_document() {
    // The related report comes first and joins the story's cluster: that cluster is number 1,
    // and the lone notice number 2 (not 3).
    let placed = place(&[
        ("later.txt", LATER),
        ("story.txt", STORY),
        ("story_copy.txt", STORY),
        ("notice.txt", NOTICE),
    ]);
    let numbers: Vec<u32> = placed.iter().map(|p| p.cluster).collect();
    assert_eq!(numbers, [1, 1, 1, 2]);
    assert_eq!(placed[0].relation, Relation::Related);
}

/// A compact report (undated, unsigned) and the texts below retell or copy it.
const LIBRARY: &str = "Quillan council votes to close Marsh Lane library\n\nThe Quillan borough council voted 7 to 4 on Tuesday to close the Marsh Lane library on April 30 and move its 22,000 books to the Harrow Street branch, saving 310,000 pounds a year.\n\nCouncil leader Bram Ostley said the building needed 1.2 million pounds of roof and wiring work. \"We cannot spend that on a branch that opens three days a week,\" he said.\n\nCouncillor Ines Whitlow, who voted against, said 600 children used the library's homework club each month. \"Harrow Street is two buses away for these families,\" she said.\n\nThe library's 9 staff will move to other branches. A petition against the closure has 4,800 signatures.\n";

/// A shorter retelling of `LIBRARY`: a few of its names and numbers, none of its own.
const LIBRARY_SUMMARY: &str = "Marsh Lane library to close\n\nThe Quillan borough council has voted to close the Marsh Lane library on April 30 and send its books to the Harrow Street branch. Council leader Bram Ostley blamed the cost of repairs; Councillor Ines Whitlow said children would lose their homework club.\n";

#[test]
fn the_report_a_summary_retells_is_its_origin() {
    // Neither is dated or signed: without the retelling's evidence the smaller id would win.
    let placed = place(&[
        ("a_summary.txt", LIBRARY_SUMMARY),
        ("b_report.txt", LIBRARY),
    ]);
    assert_eq!(placed[1].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[0].relation, Relation::Paraphrase, "{placed:?}");
    assert!(
        placed[1]
            .why
            .contains("holds the names and numbers of a_summary.txt"),
        "{placed:?}"
    );
}

#[test]
fn title_case_subheadings_add_no_names_to_a_rewrite() {
    // An SEO rewrite's subheadings capitalise every word: they are its style, not new names,
    // and the rewrite is still a paraphrase of the report it retells.
    let rewrite = "Marsh Lane library to close\n\nThe Quillan borough council has voted to close the Marsh Lane library on April 30 and send its books to the Harrow Street branch.\n\nWhat Families Need to Know\n\nCouncil leader Bram Ostley blamed the cost of repairs to the old building.\n\nConcerns From Parents And Teachers\n\nCouncillor Ines Whitlow said children would lose their homework club.\n";
    let placed = place(&[("report.txt", LIBRARY), ("rewrite.txt", rewrite)]);
    assert_eq!(placed[0].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[1].relation, Relation::Paraphrase, "{placed:?}");
}

#[test]
fn a_brief_ending_on_a_story_quoted_paragraphs_is_a_copy() {
    // A digest's brief: a new, vague lead over the report's last two paragraphs word for word,
    // one of which quotes a councillor. Shared closing paragraphs that quote someone are the
    // story's text, not a site's footer.
    let brief = format!(
        "Tough times for book lovers\nWeekend Digest\n\nIt has been a difficult week for readers in one corner of the county, and not everyone is taking the news quietly.\n\n{}",
        LIBRARY.split("\n\n").skip(3).collect::<Vec<_>>().join("\n\n")
    );
    let placed = place(&[("report.txt", LIBRARY), ("weekend_brief.txt", &brief)]);
    assert_eq!(placed[0].cluster, placed[1].cluster, "{placed:?}");
    assert_eq!(placed[0].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[1].relation, Relation::Copy, "{placed:?}");
}

/// An HTML page of `LIBRARY` by `outlet`, published at `time`.
fn library_page(outlet: &str, time: &str) -> String {
    let body: String = LIBRARY
        .split("\n\n")
        .skip(1)
        .map(|p| format!("<p>{}</p>\n", p.trim().replace('"', "&quot;")))
        .collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Quillan council votes to close Marsh Lane library | {outlet}</title>\n<meta property=\"og:site_name\" content=\"{outlet}\">\n<link rel=\"canonical\" href=\"https://{host}.example/news/marsh-lane-library\">\n<meta property=\"article:published_time\" content=\"{time}\">\n<meta name=\"author\" content=\"Tamsin Orrell\">\n</head><body><article><h1>Quillan council votes to close Marsh Lane library</h1>\n<p>By Tamsin Orrell</p>\n{body}</article></body></html>\n",
        host = outlet.to_lowercase().replace(' ', "")
    )
}

#[test]
fn of_two_pages_of_one_day_the_earlier_hour_is_the_origin() {
    // The same text on two sites, the same day, both signed: the page that went up in the
    // morning is first, though the evening's page has the smaller id.
    let evening = library_page("Quillan Courier", "2026-03-10T20:30:00+00:00");
    let morning = library_page("Marsh Valley Post", "2026-03-10T09:15:00+00:00");
    let placed = place(&[("a_evening.html", &evening), ("b_morning.html", &morning)]);
    assert_eq!(placed[1].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[0].relation, Relation::Copy, "{placed:?}");
}

#[test]
fn another_outlets_copy_crediting_no_one_is_uncredited() {
    let evening = library_page("Quillan Courier", "2026-03-10T20:30:00+00:00");
    let morning = library_page("Marsh Valley Post", "2026-03-10T09:15:00+00:00");
    let placed = place(&[("a_evening.html", &evening), ("b_morning.html", &morning)]);
    assert_eq!(placed[0].relation, Relation::Copy, "{placed:?}");
    let why = placed[0].uncredited.as_deref().expect("an uncredited copy");
    assert!(
        why.starts_with("Quillan Courier republishes b_morning.html (Marsh Valley Post)"),
        "{why}"
    );
    assert_eq!(placed[1].uncredited, None, "the origin copies no one");

    // A credit to the first publisher, an agency's credit, or the same outlet's second page is
    // no scrape.
    let credited = evening.replace(
        "</article>",
        "<p>This article originally appeared in the Marsh Valley Post.</p></article>",
    );
    let wire = evening.replace(
        "<p>By Tamsin Orrell</p>",
        "<p>By Tamsin Orrell, Reuters</p>",
    );
    let same = library_page("Marsh Valley Post", "2026-03-10T20:30:00+00:00").replace(
        "marshvalleypost.example/news/",
        "marshvalleypost.example/amp/",
    );
    for copy in [credited, wire, same] {
        let placed = place(&[("a_evening.html", &copy), ("b_morning.html", &morning)]);
        assert_ne!(placed[0].relation, Relation::Origin, "{placed:?}");
        assert_eq!(placed[0].uncredited, None, "{placed:?}");
    }
}

/// A live page on the library vote: the same event, told with facts of its own.
const LIBRARY_LIVE: &str = "Live: Quillan council debates Marsh Lane library\n\n7.05am: The Quillan borough council meets at 9am to decide the future of the Marsh Lane library, which opened in 1961.\n\n7.40am: About 60 parents and children from the library's homework club are gathering outside the town hall with banners, and Councillor Ines Whitlow has joined them.\n\n8.15am: Council leader Bram Ostley told reporters the branch needs 1.2 million pounds of work and the council cannot afford it.\n\n8.50am: Staff at the Harrow Street branch say they have not been told how many books would move to them.\n";

#[test]
fn a_scrape_of_a_member_other_than_the_origin_is_its_copy() {
    // The live page went up first and is the cluster's origin; the evening scrape copies the
    // morning report word for word, and is that report's copy, not another report of the event.
    let live = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Live: Quillan council debates Marsh Lane library | Quillan Live</title>\n<meta property=\"og:site_name\" content=\"Quillan Live\">\n<link rel=\"canonical\" href=\"https://quillanlive.example/live/marsh-lane\">\n<meta property=\"article:published_time\" content=\"2026-03-10T07:05:00+00:00\">\n<meta name=\"author\" content=\"Petra Lund\">\n</head><body><article><h1>Live: Quillan council debates Marsh Lane library</h1>\n<p>By Petra Lund</p>\n{}</article></body></html>\n",
        LIBRARY_LIVE
            .split("\n\n")
            .skip(1)
            .map(|p| format!("<p>{}</p>\n", p.trim()))
            .collect::<String>()
    );
    let morning = library_page("Marsh Valley Post", "2026-03-10T09:15:00+00:00");
    let evening = library_page("Quillan Courier", "2026-03-10T20:30:00+00:00");
    let placed = place(&[
        ("a_live.html", &live),
        ("b_morning.html", &morning),
        ("c_evening.html", &evening),
    ]);
    assert_eq!(placed[0].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[2].relation, Relation::Copy, "{placed:?}");
    assert!(
        placed[2].why.starts_with("copy of b_morning.html"),
        "{}",
        placed[2].why
    );
    assert_eq!(placed[2].origin_id, "a_live.html");
    assert!(placed[2].uncredited.is_some(), "{placed:?}");
    assert_ne!(placed[1].relation, Relation::Copy, "{placed:?}");
}
