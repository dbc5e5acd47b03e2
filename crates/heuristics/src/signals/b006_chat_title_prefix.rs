//! B006 `chat_title_prefix`: the document opens with "Title: ..." (or "Headline: ..."), the way a
//! chat assistant formats an article it was asked to write. Newsrooms do not label their headlines.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B006",
    name: "chat_title_prefix",
    axis: Axis::Ai,
    doc: "The text opens with \"Title:\" as a chat assistant's output does.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if cx.x.title_source.as_deref() != Some("title_line") {
        return None;
    }
    let n = (1..=cx.doc.lines.len()).find(|&n| !cx.doc.line(n).trim().is_empty())?;
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!(
            "opens with \"{}\"",
            crate::context::shorten(cx.doc.line(n).trim())
        ),
        vec![cx.line_evidence(n)],
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn title_prefix() {
        let s = run("B006", "Title: Harbor Reopens\nThe harbor reopened.\n").expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run("B006", "Harbor Reopens\nThe harbor reopened.\n").is_none());
    }
}
