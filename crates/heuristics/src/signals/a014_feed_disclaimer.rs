//! A014 `feed_disclaimer`: the page says it does not own what it shows: "auto-generated from a
//! syndicated feed", "does not own this content", "all rights belong to their respective owners",
//! "if you are the owner and want it removed, contact us". Autoblogs print this to fend off
//! takedowns; a publisher owns its stories, and one that republishes with permission credits
//! the source instead (P002 `declared_copy`).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A014",
    name: "feed_disclaimer",
    axis: Axis::Aggregator,
    doc: "The page disowns its content (\"auto-generated from a syndicated feed\", \"does not own this content\", \"all rights belong to their respective owners\"): an autoblog's takedown notice.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    crate::spam_marks::signal(
        cx,
        &INFO,
        &cx.spam_marks().disclaimer,
        1.0,
        "disowns its content",
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn disclaimer_fires_a_trademark_notice_does_not() {
        let s = run(
            "A014",
            "Ferry service suspended after hull crack\nFerry service to Gull Island was suspended on Friday, the transit authority said.\nDisclaimer: this post is auto-generated from an RSS feed. We do not own this content.\n",
        )
        .expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A014",
            "Ferry service suspended after hull crack\nFerry service to Gull Island was suspended on Friday, the transit authority said.\nAll trademarks are the property of their respective owners.\n",
        )
        .is_none());
    }
}
