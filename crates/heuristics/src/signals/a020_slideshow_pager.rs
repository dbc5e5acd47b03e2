//! A020 `slideshow_pager`: the page pages its reader through a slideshow or a story cut into
//! pages ("< Prev | Next >", "Click NEXT to see him now!", "Continue to page 2 of 4"), at least
//! twice: a page built to count views and serve an ad with each one. A gallery's own counter
//! ("Image 3 of 12"), which publishers print too, does not count.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A020",
    name: "slideshow_pager",
    axis: Axis::Aggregator,
    doc: "At least min_lines pager lines (\"< Prev | Next >\", \"Click NEXT to see …\", \"Continue to page 2 of 4\"): a slideshow or split page built to count views. Points per line.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lines = &cx.spam_marks().pager;
    let rule = cx.policy.rule(INFO.code);
    if (lines.len() as f64) < rule.param("min_lines", 2.0) {
        return None;
    }
    crate::spam_marks::signal(cx, &INFO, lines, lines.len() as f64, "pager")
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const STORY: &str = "Singer shows off new look\nThe singer appeared at the premiere on Monday, her agent said.\n";

    #[test]
    fn two_pagers_fire_a_gallery_counter_does_not() {
        let s = run(
            "A020",
            &format!("{STORY}Slide 1 of 15\n< Prev | Next >\nClick NEXT to see her now!\n"),
        )
        .expect("fires");
        assert_eq!(s.value, 2.0);
        assert!(run("A020", &format!("{STORY}< Prev | Next >\n")).is_none());
        assert!(run(
            "A020",
            &format!("{STORY}Image 1 of 5\nImage 2 of 5\nImage 3 of 5\nNext\nPrevious\n")
        )
        .is_none());
    }
}
