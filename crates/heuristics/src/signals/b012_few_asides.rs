//! B012 `few_asides`: few dashes and parentheses per sentence. Reporters hang asides, glosses and
//! attributions on dashes and brackets ("the mayor — who took office in May — said", "the
//! Harbour Authority (HA)"); chat models write them rarely, both when they continue a story and
//! when they rewrite one: a rewrite drops its original's asides in three pairs out of four
//! (scripts/eval_style_features.py). Counted: em dashes, double hyphens, and en dashes or hyphens
//! standing alone between spaces; opening parentheses. Points grow with the distance below the
//! human-news median; more asides than the median take points away, down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B012",
    name: "few_asides",
    axis: Axis::Ai,
    doc: "Few dashes and parentheses (asides) per sentence, below the human-news median.",
    measure,
};

/// Dashes and opening parentheses in `text`. A hyphen or en dash counts only between white space
/// ("a - b"), so compound words and number ranges ("2019–2020") do not.
pub(crate) fn asides(text: &str) -> usize {
    let mut n = 0;
    let mut prev_space = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '—' | '(' => n += 1,
            '-' if chars.peek() == Some(&'-') => {
                n += 1;
                // A run of hyphens is one dash.
                while chars.peek() == Some(&'-') {
                    chars.next();
                }
            }
            '-' | '–' if prev_space && chars.peek().is_some_and(|c| c.is_whitespace()) => n += 1,
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    n
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let rule = cx.policy.rule(INFO.code);
    let n = cx.sentences.len();
    if (n as f64) < rule.param("min_sentences", 5.0).max(1.0) {
        return None;
    }
    let count = asides(&cx.x.body_text);
    let v = count as f64 / n as f64;
    let median = rule.param("human_median", 0.2);
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!("{count} dash(es) or parenthes(es) in {n} sentences ({v:.2} a sentence)"),
            vec![],
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::asides;
    use crate::signals::testing::run;

    #[test]
    fn counts_dashes_and_parentheses_not_hyphens() {
        assert_eq!(asides("The mayor — elected in May — said (again) so."), 3);
        assert_eq!(
            asides("A well-known 2019–2020 deal -- signed - then voided."),
            2
        );
        assert_eq!(asides("- a list item\n– another"), 2);
        assert_eq!(asides("co-op x-ray 3-2 win ---"), 1);
        assert_eq!(asides(""), 0);
    }

    #[test]
    fn asides_take_points_away_and_their_absence_scores() {
        let plain = "The harbor board approved new rules on Monday. Officials praised the plan. \
                     The vote passed easily. Work will begin in May. Residents welcomed the news. \
                     The board will meet again in June. ";
        let s = run("B012", &format!("Harbor rules approved\n{plain}\n")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
        let asides =
            "The board (five members) met on Monday. The chair — Ada Marsh — spoke first. \
                      The plan (the third) passed. Work starts in May — or June. \
                      The port (built in 1910) needs repairs. Costs (4.2 million) were cut. ";
        let s = run("B012", &format!("Harbor rules approved\n{asides}\n")).unwrap();
        assert!(s.value > 1.0);
        assert!(s.points < 0.0);
    }
}
