//! B005 `repetition`: share of characters inside repeated word 5-grams (Gopher's repetition
//! filter, whose cut for web text is 0.15). Spun and generated pages repeat whole phrases.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;
use crate::text_stats::duplicate_ngram_char_fraction_with_lens;

pub const INFO: SignalInfo = SignalInfo {
    code: "B005",
    name: "repetition",
    axis: Axis::Ai,
    doc: "Share of text inside repeated word 5-grams, above Gopher's 0.15 cut.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let f = duplicate_ngram_char_fraction_with_lens(&cx.word_type_ids, 5, || cx.words.lens())?;
    let rule = cx.policy.rule(INFO.code);
    let threshold = rule.param("threshold", 0.15);
    let mut s = INFO.signal(
        f,
        rule.points(f - threshold),
        format!(
            "{}% of the text is in repeated 5-word runs",
            Fixed(f * 100.0, 0)
        ),
        vec![],
    );
    s.human_rate = Some(super::policy_label(
        (threshold.to_bits(), 2, "Gopher cut"),
        || format!("Gopher cut = {threshold:.2}"),
    ));
    Some(s)
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn repeated_text() {
        let body = "the harbor will reopen next week after repairs. ".repeat(10);
        let s = run("B005", &format!("Title here\n{body}\n")).expect("measured");
        assert!(s.value > 0.9 && s.points > 0.0);
    }
}
