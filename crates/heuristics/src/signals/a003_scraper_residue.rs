//! A003 `scraper_residue`: lines of a mobile theme or share bar ("Share.", "Exit mobile version",
//! "Skip to content") or a breadcrumb trail flattened into plain text. A publisher's own page
//! keeps these in markup; seeing them as text means someone scraped the page without care.
//! HTML pages do not fire: their chrome is in markup and is expected there.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;
use credence_extract::Format;

pub const INFO: SignalInfo = SignalInfo {
    code: "A003",
    name: "scraper_residue",
    axis: Axis::Aggregator,
    doc: "Mobile-theme, share-bar or breadcrumb lines flattened into plain text (\"Exit mobile version\"): a careless scrape.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if cx.doc.format != Format::Text {
        return None;
    }
    let lines: Vec<usize> =
        cx.x.blocks
            .iter()
            .filter(|b| {
                b.label
                    .as_deref()
                    .is_some_and(|l| l.ends_with(":scraper") || l == "breadcrumb")
            })
            .map(|b| b.start_line)
            .collect();
    if lines.is_empty() {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let quoted: Vec<String> = lines
        .iter()
        .take(3)
        .map(|&n| format!("\"{}\"", crate::context::shorten(cx.doc.line(n).trim())))
        .collect();
    Some(INFO.signal(
        lines.len() as f64,
        rule.points(lines.len() as f64),
        format!("{} residue line(s): {}", lines.len(), quoted.join(", ")),
        lines.iter().map(|&n| cx.line_evidence(n)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn residue_in_text() {
        let s = run(
            "A003",
            "Title of story\nThe council met on Monday and voted.\nShare.\nExit mobile version\n",
        )
        .expect("fires");
        assert_eq!(s.value, 2.0);
        insta::assert_yaml_snapshot!(s);
    }

    /// A breadcrumb under a label of where the reader is ("Current Location: Home > World").
    #[test]
    fn a_labelled_breadcrumb_is_residue() {
        let s = run(
            "A003",
            "Dailyline\nCurrent Location: Home > World\nThe council met on Monday and voted.\n",
        )
        .expect("fires");
        assert_eq!(s.value, 1.0);
        assert!(run(
            "A003",
            "Title of story\nLocation: the old mill > the new one, she said.\nThe council met.\n"
        )
        .is_none());
    }
}
