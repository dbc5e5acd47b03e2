//! A015 `clickbait_title`: the headline is written to be clicked, not to inform: "You Won't
//! Believe …", "… What Happened Next", "… Will Shock You", "Doctors Hate …", a "SHOCKING:" tag or
//! doubled "!!" / "?!". Spam sites rewrite the headlines of the stories they copy this way; news
//! desks do not, even tabloid ones (tested on the 8,084 titles of the regression corpora: none
//! carries one). "Fans Can't Believe What She Looks Like Now" is one; "'I can't believe it':
//! Rovers fans celebrate" is a quote. Words a news headline may honestly use ("viral", "unbelievable", "must-see") do
//! not count. A headline ending in search keywords ("... – Latest News Update 2026", "... News
//! Today Latest Update", "... (Full Details)") is written for a search engine the same way; none
//! of the 3,234 headlines of the regression corpora and the evaluation golds ends so.

use std::sync::LazyLock;

use regex::Regex;

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A015",
    name: "clickbait_title",
    axis: Axis::Aggregator,
    doc: "A clickbait headline (\"You Won't Believe …\", \"… What Happened Next\", \"Doctors Hate …\", \"SHOCKING:\", \"!!\"), as spam sites rewrite the titles of stories they copy.",
    measure,
};

/// The formulas of clickbait headlines, in English. ASCII word boundaries: a Unicode `\b` keeps
/// the regex crate off its DFA engines on a title with any non-ASCII character (22K
/// instructions a title instead of a few hundred).
static CLICKBAIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:!!|\?!|!\?|(?-u:\b)you (?:won'?t|will not|wont|will never) believe(?-u:\b)|(?-u:\b)what happen(?:ed|s) next(?-u:\b)|(?-u:\b)will (?:shock|blow|amaze|stun) you(?-u:\b)|(?-u:\b)blow your mind(?-u:\b)|(?-u:\b)doctors (?:hate|are stunned)(?-u:\b)|(?-u:\b)(?:one|this|1) (?:simple|weird|easy|strange) trick(?-u:\b)|(?-u:\b)gone wrong(?-u:\b)|(?-u:\b)breaks? the internet(?-u:\b)|(?-u:\b)fans (?:go|went) wild(?-u:\b)|(?-u:\b)the reason (?:why )?will(?-u:\b)|(?-u:\b)number \d+ will(?-u:\b)|(?-u:\b)omg(?-u:\b)|(?-u:\b)(?:fans|people|everyone|the internet|you) (?:can'?t|cannot|couldn'?t) believe(?-u:\b)|(?-u:\b)what (?:he|she|they|it) looks? like now(?-u:\b)|(?-u:\b)you'?ll never guess(?-u:\b)|(?-u:\b)(?:shocking|stunning|unbelievable|jaw-?dropping) transformation(?-u:\b)|^\W*shock(?:ing)?\s*[:!])",
    )
    .expect("valid regex")
});

/// Search keywords stuffed at a headline's end, as content farms write titles to rank: "Latest
/// News Update 2026", "News Today Latest Update", "(Full Details)", "Full Details Inside".
static SEO_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)latest news updates?(?: \d{4})?|(?-u:\b)news today latest(?: news| updates?)?|\(full details\)|(?-u:\b)full details (?:inside|here))\W*$",
    )
    .expect("valid regex")
});

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let title = cx.x.title.as_deref()?;
    let m = CLICKBAIT.find(title).or_else(|| SEO_TAIL.find(title))?;
    let rule = cx.policy.rule(INFO.code);
    let mut evidence = cx.quote_evidence(title);
    evidence.quote = crate::context::shorten(title);
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!("clickbait headline (\"{}\")", m.as_str().trim()),
        vec![evidence],
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const BODY: &str = "A former treasurer who took money from a bowls club was jailed on Monday, the court heard.\n";

    #[test]
    fn clickbait_fires_a_plain_or_lively_headline_does_not() {
        let s = run(
            "A015",
            &format!("SHOCKING: Old Man Stole Club Money, Gets Jail!!\n{BODY}"),
        )
        .expect("fires");
        insta::assert_yaml_snapshot!(s);
        for title in [
            "You Won't Believe What This Treasurer Did With Club Money",
            "Treasurer Took Club Money - What Happened Next Will Shock You",
            "Doctors Hate This One Simple Trick",
            "Former Treasurer's Shocking Transformation: Fans Can't Believe What He Looks Like Now",
            "You'll Never Guess Who Took The Club Money",
            "Bowls Club Treasurer Jailed For Theft: Latest News Update 2026",
            "Bowls Club Money Theft News Today Latest Update",
            "Bowls Club Treasurer Jailed: Sentence Explained (Full Details)",
        ] {
            assert!(
                run("A015", &format!("{title}\n{BODY}")).is_some(),
                "{title}"
            );
        }
        for title in [
            "Former treasurer jailed for taking bowls club money",
            "Video of bear in backyard pool goes viral",
            "Unbelievable scenes as Rovers win the cup",
            "Shock as club treasurer is jailed",
            "Daily Deals: DualShock controller at half price",
            "'I can't believe it': Rovers fans celebrate cup win",
            "What the new library looks like inside",
            "Storm Bert: latest news updates as rivers rise",
            "Full details of the budget revealed",
        ] {
            assert!(
                run("A015", &format!("{title}\n{BODY}")).is_none(),
                "{title}"
            );
        }
    }
}
