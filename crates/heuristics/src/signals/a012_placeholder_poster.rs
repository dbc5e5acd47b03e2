//! A012 `placeholder_poster`: the story is credited to the site software's default account ("By
//! admin", "Posted by admin | November 22, 2026"). Feed-to-post plugins publish under the account
//! that installed them; a newsroom signs its stories with a reporter's or a desk's name.
//! Small blogs run by one person post as "admin" too, so this is a weak signal by itself.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A012",
    name: "placeholder_poster",
    axis: Axis::Aggregator,
    doc: "The byline names the site software's default account (\"By admin\", \"Posted by admin | …\"), as feed-to-post plugins publish: nobody signs the story.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    crate::spam_marks::signal(
        cx,
        &INFO,
        &cx.spam_marks().poster,
        1.0,
        "posted by a default account",
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn admin_byline_fires_a_reporter_does_not() {
        let s = run(
            "A012",
            "Ferry service suspended after hull crack\nPosted by admin | November 22, 2026 | 0 Comments\nFerry service to Gull Island was suspended on Friday, the transit authority said.\n",
        )
        .expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A012",
            "Ferry service suspended after hull crack\nBy Ann Lee | November 22, 2026\nThe Trump administration said on Friday the ferry was safe.\n",
        )
        .is_none());
    }
}
