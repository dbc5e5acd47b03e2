//! B003 `low_lexical_diversity`: MTLD (McCarthy & Jarvis 2010) below the human-news median.
//! Models continuing a story reuse a narrow vocabulary; MTLD, unlike the type/token ratio, does not fall
//! with text length. A text more diverse than the median takes points away, down to the `floor`.
//! The default policy measures and shows it with weight 0 (since 2026-11-24.2): rewrites of a
//! human story by a model move it the other way from continuations, so a weight learnt on
//! continuations misleads on paraphrase (scripts/eval_style_features.py).

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;
use crate::text_stats::mtld_of_ids;

pub const INFO: SignalInfo = SignalInfo {
    code: "B003",
    name: "low_lexical_diversity",
    axis: Axis::Ai,
    doc: "Lexical diversity (MTLD) below the human-news median; above it, points are taken away.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let m = mtld_of_ids(&cx.word_type_ids, cx.word_types)?;
    let rule = cx.policy.rule(INFO.code);
    let median = rule.param("human_median", 103.0);
    Some(
        INFO.signal(
            m,
            rule.points(median - m),
            format!("MTLD {} over {} words", Fixed(m, 0), cx.words.len()),
            vec![],
        )
        .against_median(median, 0),
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::{run, run_weighted};

    #[test]
    fn repetitive_text_scores() {
        let body = "The plan is important for the city and the plan is important for the region and the city. ".repeat(6);
        let src = format!("Title here\n{body}\n");
        let s = run("B003", &src).expect("measured");
        // The default policy shows the measurement without scoring it (its direction flips under
        // paraphrase); a policy that weighs it scores low diversity.
        assert_eq!(s.points, 0.0);
        insta::assert_yaml_snapshot!(s);
        assert!(run_weighted("B003", &src, 0.1, 12.0).unwrap().points > 0.0);
    }
}
