//! A019 `link_selling`: the page advertises links or posts for sale ("Guest posts accepted!
//! Dofollow links from $49", "Buy high-quality backlinks"). A site that sells placements in its
//! pages fills them with whatever is paid for; a publisher's call for pitches ("Write for us")
//! does not match.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A019",
    name: "link_selling",
    axis: Axis::Aggregator,
    doc: "A line selling links or guest posts (\"Guest posts accepted\", \"Dofollow links from $49\", \"Buy backlinks\"): a link farm advertising itself.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lines = &cx.spam_marks().link_sale;
    crate::spam_marks::signal(cx, &INFO, lines, 1.0, "links for sale")
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const STORY: &str = "Depot expansion approved\nThe county approved the freight depot's expansion on Monday, officials said.\n";

    #[test]
    fn a_link_sale_fires_a_call_for_pitches_does_not() {
        let s = run(
            "A019",
            &format!("{STORY}Guest posts accepted! Dofollow links from $49. Contact us.\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 1.0);
        assert_eq!(s.evidence[0].quote, "Guest posts accepted");
        for quiet in [
            "Write for us",
            "Contributors: pitch your ideas to the editors.",
            "The agency said links to the report were shared widely.",
        ] {
            assert!(
                run("A019", &format!("{STORY}{quiet}\n")).is_none(),
                "{quiet}"
            );
        }
    }
}
