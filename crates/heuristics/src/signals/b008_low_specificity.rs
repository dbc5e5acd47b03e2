//! B008 `low_specificity`: few names, places and numbers per 100 words. Reporting is specific
//! (who, where, how many); generated summaries and paraphrases speak in generalities. On the XSum
//! fit half, chat-model text has fewer capitalised mid-sentence words and digit tokens per word
//! than the human articles it continues (see `scripts/eval_heuristics.py`). Points grow with the
//! distance below the human-news median; a text more specific than the median takes points away,
//! down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B008",
    name: "low_specificity",
    axis: Axis::Ai,
    doc: "Few names, places and numbers per 100 words (below the human-news median).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let v = cx
        .words
        .specifics_per_100_words(&cx.x.body_text, &cx.sentences)?;
    let rule = cx.policy.rule(INFO.code);
    let median = rule.param("human_median", 15.0);
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!("{} names and numbers per 100 words", Fixed(v, 1)),
            vec![],
        )
        .against_median(median, 1),
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn vague_text_scores_specific_text_takes_points_away() {
        let vague = "The decision has raised concerns about the future of the community and its role in the region. ".repeat(6);
        let s = run("B008", &format!("Title here\n{vague}\n")).expect("measured");
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
        let specific = "Mayor Ana Ruiz said on Monday that 42 homes in Port Ellis lost power after the storm hit Kestrel Bay. ".repeat(6);
        let s = run("B008", &format!("Title here\n{specific}\n")).unwrap();
        let floor = crate::policy::Policy::default().rule("B008").floor;
        assert!(s.points < 0.0 && s.points >= -floor, "{}", s.points);
    }
}
