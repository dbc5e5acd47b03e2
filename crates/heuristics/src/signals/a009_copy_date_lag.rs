//! A009 `copy_date_lag`: a copy (or republication, or paraphrase) dated long after the origin the
//! provenance pass found for it in the batch. An aggregator re-serving an old story under a fresh
//! date is the pattern (NewsGuard: "old events as if they just occurred"). Measured across a batch
//! (`credence score --provenance`), never from one document: its `measure` abstains and
//! [`crate::Heuristics::rescore`] adds it from [`crate::BatchFacts`].

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Signal};
use crate::policy::Policy;

pub const INFO: SignalInfo = SignalInfo {
    code: "A009",
    name: "copy_date_lag",
    axis: Axis::Aggregator,
    doc: "A copy dated long after its origin in the batch (score --provenance only).",
    measure,
};

fn measure(_: &Context) -> Option<Signal> {
    None
}

/// The signal for a copy dated `days` after its origin, when the lag reaches the policy's
/// `min_days`.
pub fn from_lag(policy: &Policy, days: i64, summary: &str) -> Option<Signal> {
    let rule = policy.rule(INFO.code);
    if (days as f64) < rule.param("min_days", 30.0) {
        return None;
    }
    Some(INFO.signal(days as f64, rule.points(1.0), summary.to_string(), vec![]))
}
