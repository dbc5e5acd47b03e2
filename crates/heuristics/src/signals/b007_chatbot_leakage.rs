//! B007 `chatbot_leakage`: the text speaks as an AI assistant ("As an AI language model", "I
//! cannot fulfill"). Unattended generation pipelines publish the model's refusals and asides;
//! NewsGuard counts such error messages as a marker of AI content farms.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B007",
    name: "chatbot_leakage",
    axis: Axis::Ai,
    doc: "The text speaks as an AI assistant (\"As an AI language model\"): generated and published unread.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let lower = cx.doc.text.to_lowercase().replace('’', "'");
    // Lower-casing can change byte lengths outside ASCII; spans are reported only when it did not.
    let same_offsets = lower.len() == cx.doc.text.len();
    let mut evidence = Vec::new();
    let mut found = Vec::new();
    for phrase in &cx.lex.chatbot {
        if let Some(pos) = lower.find(phrase.as_str()) {
            found.push(phrase.clone());
            let n = cx.doc.line_of(pos);
            let mut e = cx.line_evidence(n);
            if same_offsets {
                e.quote = cx.doc.text[pos..pos + phrase.len()].to_string();
                e.span = Some((pos, pos + phrase.len()));
            }
            evidence.push(e);
        }
    }
    if found.is_empty() {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        found.len() as f64,
        rule.points(1.0),
        format!("chatbot text: \"{}\"", found[0]),
        evidence,
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn leak_found() {
        let s = run("B007", "County fair opens\nThe fair opens Friday. As an AI language model, I cannot browse the web.\n").expect("fires");
        insta::assert_yaml_snapshot!(s);
    }
}
