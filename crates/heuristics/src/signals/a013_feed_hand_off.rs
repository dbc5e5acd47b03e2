//! A013 `feed_hand_off`: the text ends by sending the reader to the story's real home: "Source
//! link", "Read the full story at …", "Continue reading on …". That is how feed-to-post plugins
//! close the excerpt they copy; a publisher's own story is whole on its page. More than three such
//! lines make a roundup or a newsletter pointing to many stories, which does not fire.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A013",
    name: "feed_hand_off",
    axis: Axis::Aggregator,
    doc: "A line sending the reader to the story's source (\"Source link\", \"Read the full story at …\", \"Continue reading on …\"), as feed-to-post plugins end a copied excerpt; one to three such lines (more is a roundup).",
    measure,
};

/// More hand-offs than this are a roundup's or a newsletter's links to many stories.
const MAX_LINES: usize = 3;

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lines = &cx.spam_marks().hand_off;
    if lines.len() > MAX_LINES {
        return None;
    }
    crate::spam_marks::signal(cx, &INFO, lines, 1.0, "hands off to the source")
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const STORY: &str = "Ferry service suspended after hull crack\nFerry service to Gull Island was suspended on Friday, the transit authority said.\n";

    #[test]
    fn one_hand_off_fires_a_roundup_does_not() {
        let s = run(
            "A013",
            &format!("{STORY}Read the full story at Brackwater Tribune\n"),
        )
        .expect("fires");
        insta::assert_yaml_snapshot!(s);
        let roundup: String = (1..=4)
            .map(|i| {
                format!(
                    "Item {i} of the week's news in brief.\nRead the full story at The Ledger\n"
                )
            })
            .collect();
        assert!(run("A013", &format!("{STORY}{roundup}")).is_none());
        assert!(run("A013", STORY).is_none());
    }
}
