//! B010 `long_words`: a mean word length above the human-news median. Chat models favour long
//! Latinate words ("significant", "infrastructure", "community") where reporters write short
//! ones; on the XSum fit half this is the single strongest cheap feature for chat-model text.
//! It is also the most topic-sensitive one (science and finance copy runs long), so its cap is low.
//! Shorter words than the median take points away, down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B010",
    name: "long_words",
    axis: Axis::Ai,
    doc: "Mean word length above the human-news median (long Latinate vocabulary).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english {
        return None;
    }
    let v = cx.words.mean_word_length()?;
    let rule = cx.policy.rule(INFO.code);
    let median = rule.param("human_median", 4.6);
    Some(
        INFO.signal(
            v,
            rule.points(v - median),
            format!("mean word length {} letters", Fixed(v, 2)),
            vec![],
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn long_vocabulary_scores() {
        let text = "Comprehensive infrastructure investments significantly strengthen regional community resilience considerably. ".repeat(8);
        let s = run("B010", &format!("Title here\n{text}\n")).expect("measured");
        assert!(s.value > 8.0 && s.points > 0.0);
    }
}
