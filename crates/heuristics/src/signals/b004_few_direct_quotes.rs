//! B004 `few_direct_quotes`: no direct quotation across many sentences. Reporting quotes people;
//! paraphrasing and summarising models turn quotes into reported speech or drop them.
//! The default policy measures and shows it with weight 0 (since 2026-11-24.2): rewrites of a
//! human story by a model move it the other way from continuations, so a weight learnt on
//! continuations misleads on paraphrase (scripts/eval_style_features.py).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;
use crate::text_stats::direct_quotes;

pub const INFO: SignalInfo = SignalInfo {
    code: "B004",
    name: "few_direct_quotes",
    axis: Axis::Ai,
    doc: "No direct quotation in a story of many sentences.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let rule = cx.policy.rule(INFO.code);
    let n = cx.sentences.len();
    if (n as f64) < rule.param("min_sentences", 8.0) {
        return None;
    }
    let quotes = direct_quotes(&cx.x.body_text).len();
    let points = if quotes == 0 { rule.points(1.0) } else { 0.0 };
    let mut s = INFO.signal(
        quotes as f64,
        points,
        format!("{quotes} direct quote(s) in {n} sentences"),
        vec![],
    );
    s.human_rate = Some("most human news stories of 8+ sentences quote someone".into());
    Some(s)
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::{run, run_weighted};

    #[test]
    fn counts_quotes() {
        let plain = "The board met on Monday. It discussed the plan. ".repeat(5);
        let src = format!("Title here\n{plain}\n");
        let s = run("B004", &src).expect("measured");
        assert_eq!(s.value, 0.0);
        // Shown, not scored, by the default policy (its direction flips under paraphrase).
        assert_eq!(s.points, 0.0);
        assert!(run_weighted("B004", &src, 5.0, 5.0).unwrap().points > 0.0);
        let quoted = format!("{plain}\"We will fix the pier this year,\" the mayor said.");
        let s = run_weighted("B004", &format!("Title here\n{quoted}\n"), 5.0, 5.0).unwrap();
        assert_eq!(s.value, 1.0);
        assert_eq!(s.points, 0.0);
    }
}
