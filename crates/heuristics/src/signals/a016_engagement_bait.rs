//! A016 `engagement_bait`: the text baits its readers to share, like, tag or type an answer
//! ("SHARE THIS WITH EVERYONE YOU KNOW!!!", "Like our page for more", "Tag a friend who…", "Type
//! YES if you agree"): what viral-repost pages add to a story so that the platform spreads it.
//! These are the kinds of engagement bait Facebook demotes (share-, react-, tag-, comment- and
//! vote-baiting). A plea to share a missing person's photo, or a tip line, is not one.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A016",
    name: "engagement_bait",
    axis: Axis::Aggregator,
    doc: "Lines baiting readers to share, like, tag or type an answer (\"SHARE THIS WITH EVERYONE YOU KNOW\", \"Tag a friend who…\", \"Type YES if you agree\"): a viral-repost page's engagement bait. Points per line.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lines = &cx.spam_marks().bait;
    crate::spam_marks::signal(cx, &INFO, lines, lines.len() as f64, "engagement bait")
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const STORY: &str = "Workers find time capsule under bridge\nWorkers repairing the old bridge found a sealed box with a letter from 1931, the county said.\n";

    #[test]
    fn bait_lines_fire_a_plea_for_help_does_not() {
        let s = run(
            "A016",
            &format!("{STORY}WOW!!! SHARE THIS WITH EVERYONE YOU KNOW!!!\nLike our page for more AMAZING stories!!!\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 2.0);
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A016",
            &format!("{STORY}Please share this post so we can find the owner of the box.\n")
        )
        .is_none());
    }
}
