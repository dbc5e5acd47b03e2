//! B002 `uniform_sentences`: low burstiness. Human news mixes short and long sentences (a
//! coefficient of variation of sentence length around 0.5); language models write them evenly
//! (0.3). Points grow with the distance below the human-news median `human_median`; a text
//! more varied than the median takes points away, down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;
use crate::text_stats::sentence_length_cv;

pub const INFO: SignalInfo = SignalInfo {
    code: "B002",
    name: "uniform_sentences",
    axis: Axis::Ai,
    doc: "Sentence lengths vary little (coefficient of variation below the human-news median; above it, points are taken away).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let cv = sentence_length_cv(&cx.sentence_lens)?;
    let rule = cx.policy.rule(INFO.code);
    if (cx.sentences.len() as f64) < rule.param("min_sentences", 10.0) {
        return None;
    }
    let median = rule.param("human_median", 0.41);
    let points = rule.points(median - cv);
    let lens = &cx.sentence_lens;
    let (min, max) = (
        lens.iter().min().copied().unwrap_or(0),
        lens.iter().max().copied().unwrap_or(0),
    );
    Some(
        INFO.signal(
            cv,
            points,
            format!(
                "sentence length CV {} over {} sentences ({min}–{max} words)",
                Fixed(cv, 2),
                cx.sentences.len()
            ),
            vec![],
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn even_sentences_score() {
        let body = "The harbor board met on Monday to discuss the plan. The members agreed to study the cost of repairs. The mayor said the city would help with the bill. ".repeat(4);
        let s = run("B002", &format!("Title here\n{body}\n")).expect("measured");
        assert!(s.value < 0.2 && s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
    }
}
