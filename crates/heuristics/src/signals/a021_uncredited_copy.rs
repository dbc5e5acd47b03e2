//! A021 `uncredited_copy`: the provenance pass found the document to be another outlet's
//! word-for-word copy of its origin, crediting no one: no agency, no "originally published in"
//! line, no "Original url:". That is how a scraper republishes; a syndicated story names its
//! source, a wire story its agency. Strong, but under the aggregator verdict's bar alone: sister
//! papers of one group share stories without a credit line, so a second finding on the page (a
//! reaction widget, a niche brand, a feed hand-off, a default poster with a headline list) is
//! needed. Measured across a batch (`credence score --provenance`), never from one document: its
//! `measure` abstains and [`crate::Heuristics::rescore`] adds it from [`crate::BatchFacts`].

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Signal};
use crate::policy::Policy;

pub const INFO: SignalInfo = SignalInfo {
    code: "A021",
    name: "uncredited_copy",
    axis: Axis::Aggregator,
    doc: "Another outlet's word-for-word copy of its origin in the batch that credits no one (score --provenance only).",
    measure,
};

fn measure(_: &Context) -> Option<Signal> {
    None
}

/// The signal for an uncredited copy, `summary` saying whose text it carries.
pub fn of(policy: &Policy, summary: &str) -> Signal {
    let rule = policy.rule(INFO.code);
    INFO.signal(1.0, rule.points(1.0), summary.to_string(), vec![])
}

#[cfg(test)]
mod tests {
    use credence_extract::{extract, read, Hint};

    use crate::model::Verdict;
    use crate::{BatchFacts, Heuristics};

    const STORY: &str = "Ferry fares rise\n\nBy Ann Lee\n\nThe island ferry will charge 14 dollars a crossing from June, up from 11, the operator said on Monday.\n\nThe operator said fuel costs had risen by a third since 2024. Commuters on the 6:40 sailing said they would now drive to the bridge instead.\n\n\"It is the third rise in two years,\" said Mara Oduya, who crosses daily.\n";

    fn verdict_and_points(text: &str, uncredited: bool) -> (Verdict, f64) {
        let hint = Hint::default();
        let doc = read(text.as_bytes(), &hint).expect("plain text");
        let x = extract(&doc, &hint);
        let h = Heuristics::default();
        let a = h.assess(&doc, &x);
        let batch = BatchFacts {
            copy_of: Some("copy of a.html".into()),
            uncredited: uncredited.then(|| "Vexen News republishes a.html word for word".into()),
            ..BatchFacts::default()
        };
        let a = h.rescore(&x, a.signals, &batch);
        let points = a
            .signals
            .iter()
            .filter(|s| s.code == "A021")
            .map(|s| s.points)
            .sum();
        (a.verdict, points)
    }

    #[test]
    fn an_uncredited_copy_needs_a_second_finding_for_the_spam_verdict() {
        assert_eq!(verdict_and_points(STORY, false), (Verdict::Copy, 0.0));
        assert_eq!(verdict_and_points(STORY, true), (Verdict::Copy, 11.0));
        let widget = format!(
            "{STORY}\nWhat is your reaction?\nveryGood! (412) ThumbUp (87) Heart (23) Sad (140) Angry (9)\n"
        );
        assert_eq!(verdict_and_points(&widget, false).0, Verdict::Copy);
        assert_eq!(
            verdict_and_points(&widget, true),
            (Verdict::AggregatorSpam, 11.0)
        );
    }
}
