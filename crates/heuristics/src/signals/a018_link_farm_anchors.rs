//! A018 `link_farm_anchors`: the page carries short lines naming the trades link farms sell
//! anchors for ("Best online casinos", "Payday loans no credit check", "Buy Instagram
//! followers", "CBD gummies"): a sidebar or footer of bought links, which search engines' spam
//! policies name as link spam. A newspaper may carry one such footer link; three different ones
//! make a link farm's rail.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A018",
    name: "link_farm_anchors",
    axis: Axis::Aggregator,
    doc: "At least min_lines different short lines naming link-spam trades (\"Best online casinos\", \"Payday loans no credit check\", \"Buy Instagram followers\"): a link farm's rail of bought anchors. Points per line.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let all = &cx.spam_marks().money_anchor;
    let rule = cx.policy.rule(INFO.code);
    // Different anchors: a footer printed twice is one.
    let mut seen = std::collections::HashSet::new();
    let lines: Vec<_> = all
        .iter()
        .filter(|m| seen.insert(cx.doc.text[m.span.0..m.span.1].trim().to_lowercase()))
        .copied()
        .collect();
    if (lines.len() as f64) < rule.param("min_lines", 3.0) {
        return None;
    }
    crate::spam_marks::signal(cx, &INFO, &lines, lines.len() as f64, "link-spam anchors")
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const STORY: &str = "Depot expansion approved\nThe county approved the freight depot's expansion on Monday, officials said.\n";

    #[test]
    fn three_different_anchors_fire_one_footer_link_does_not() {
        let s = run(
            "A018",
            &format!("{STORY}Best online casino bonuses 2026\nPayday loans same day no credit check\nBuy Instagram followers cheap\nBest online casino bonuses 2026\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 3.0);
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A018",
            &format!("{STORY}Online Casinos\nPuzzles\nCrosswords\n")
        )
        .is_none());
        // A rail of them on one line, as Markdown links or between bars, is one anchor each.
        let s = run(
            "A018",
            &format!("{STORY}Our partners: [best online casino](https://a.example/) [buy Instagram followers](https://b.example/) [essay writing service](https://c.example/) [city guide](https://d.example/)\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 3.0);
        let s = run(
            "A018",
            &format!("{STORY}Sponsored links: best online casino | cheap flights | payday loans no credit check | replica watches\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 3.0);
        assert_eq!(s.evidence[0].quote, "best online casino");
        assert!(run(
            "A018",
            &format!("{STORY}Online Casinos | Puzzles | Crosswords | Horoscopes\n")
        )
        .is_none());
        // Sentences of a story about the trades are no anchors.
        assert!(run("A018", &format!("{STORY}Regulators said payday loans with no credit check had trapped thousands of borrowers in debt across the state last year.\nBest online casinos\n")).is_none());
    }
}
