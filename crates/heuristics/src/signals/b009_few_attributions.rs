//! B009 `few_attributions`: few attribution verbs ("said", "told", "according to") per sentence.
//! News attributes its facts to sources; generated text asserts them. English only. Points grow
//! with the distance below the human-news median; more attributions than the median take points
//! away, down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B009",
    name: "few_attributions",
    axis: Axis::Ai,
    doc:
        "Few attribution verbs (\"said\", \"told\", \"according to\") per sentence (English only).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english {
        return None;
    }
    let v = cx.attributions_per_sentence()?;
    let rule = cx.policy.rule(INFO.code);
    let median = rule.param("human_median", 0.3);
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!(
                "{v:.2} attributions per sentence over {} sentences",
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
    fn unattributed_text_scores() {
        let text = "The harbor will reopen next week. Repairs are nearly done. Ships are waiting offshore. ".repeat(3);
        let s = run("B009", &format!("Title here\n{text}\n")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points > 0.0);
        let said = "The harbor will reopen next week, the mayor said. Repairs are done, officials told reporters. ".repeat(3);
        // Attributing more than human news does (median 0.27 a sentence) takes points away.
        let s = run("B009", &format!("Title here\n{said}\n")).unwrap();
        let floor = crate::policy::Policy::default().rule("B009").floor;
        assert!(s.points < 0.0 && s.points >= -floor, "{}", s.points);
    }
}
