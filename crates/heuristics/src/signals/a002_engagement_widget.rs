//! A002 `engagement_widget`: a reaction counter left from a widget ("veryGood! (637)",
//! "niceWork! (412)"): residue of an aggregator template that no editor would publish as text.
//! On an HTML page, a reaction bar of several buttons or links each with a reaction word and a
//! count ("Love (56)", "Wow (112)", "Like 231") is one too; a publisher's share buttons with
//! share or comment counts are not (extraction's `blocks.rs` and `html.rs` tell them apart).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;
use credence_extract::BlockKind;

pub const INFO: SignalInfo = SignalInfo {
    code: "A002",
    name: "engagement_widget",
    axis: Axis::Aggregator,
    doc: "A reaction counter widget (\"veryGood! (637)\", or a bar of reaction buttons with counts: \"Love (56)\", \"Wow (112)\") left in the page: aggregator template residue. Share and comment counts are not one.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lines: Vec<usize> =
        cx.x.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Widget && b.label.as_deref() == Some("counter"))
            .map(|b| b.start_line)
            .collect();
    let first = *lines.first()?;
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        lines.len() as f64,
        rule.points(1.0),
        format!("reaction counter \"{}\"", cx.doc.line(first).trim()),
        lines.iter().map(|&n| cx.line_evidence(n)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn counter_fires_prose_does_not() {
        let s = run("A002", "Title here\nThe ferry sank near the pier, officials said on Monday.\ngreatStory! (88)\n").expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A002",
            "Title here\nThe ferry (built 1988) sank, officials said.\n"
        )
        .is_none());
    }

    /// On an HTML page, a bar of reaction buttons with counts fires; share buttons with counts
    /// do not.
    #[test]
    fn a_bar_of_reaction_buttons_fires_share_buttons_do_not() {
        let page = |bar: &str| {
            format!(
                "<html><body><article><h1>Ferry sinks near pier</h1><p>The ferry sank near the \
                 pier on Monday, officials said. All 40 passengers were taken ashore.</p>\
                 </article><div class=\"reactions\">{bar}</div></body></html>"
            )
        };
        let s = run(
            "A002",
            &page(
                "<button>Love (56)</button> <button>Haha (3)</button> <button>Wow (112)</button>",
            ),
        )
        .expect("fires");
        assert!(s.summary.contains("Love (56)"), "{}", s.summary);
        // A prompt asking for the reader's reaction, and seven counters after it.
        assert!(run(
            "A002",
            &page("<p>What is your reaction?</p><span>veryGood! (412)</span> <span>ThumbUp (87)</span> <span>Heart (23)</span> <span>Joy (5)</span> <span>Surprise (61)</span> <span>Sad (140)</span> <span>Angry (9)</span>")
        )
        .is_some());
        assert!(run(
            "A002",
            &page("<button>Share (152)</button> <button>Tweet (20)</button> <button>Comments (8)</button>")
        )
        .is_none());
        assert!(run("A002", &page("<button>Like (12)</button>")).is_none());
    }

    /// A bar of reaction words with counts ("Love (56) Haha (3)") is a counter; names with
    /// numbers and a lone tag count are not.
    #[test]
    fn reaction_words_make_a_bar() {
        let story = "Title here\nThe ferry sank near the pier, officials said on Monday.\n";
        for bar in [
            "Great(41)  Boring(3)  Touched(17)",
            "Love (56) Haha (3) Wow (112) Sad (87)",
        ] {
            let s = run("A002", &format!("{story}{bar}\n")).expect("fires");
            assert_eq!(s.value, 1.0, "{bar}");
        }
        for not in [
            "Goals: Kane (12) Roe (45)",
            "Happy (3)",
            "Happy (3) Gardening (12)",
        ] {
            assert!(run("A002", &format!("{story}{not}\n")).is_none(), "{not}");
        }
    }
}
