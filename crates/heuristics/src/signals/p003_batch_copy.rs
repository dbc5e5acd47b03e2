//! P003 `batch_copy`: the provenance pass found the document to be a near-verbatim copy of another
//! document in the batch (its origin). No points: like P002 it makes the verdict `copy` unless the
//! document's own signals make it `aggregator_spam` or `ai_generated`. Measured across a batch
//! only; its `measure` abstains.

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Signal};

pub const INFO: SignalInfo = SignalInfo {
    code: "P003",
    name: "batch_copy",
    axis: Axis::Provenance,
    doc: "A near-verbatim copy of another document in the batch (score --provenance only). No points.",
    measure,
};

fn measure(_: &Context) -> Option<Signal> {
    None
}

/// The signal for a copy of `origin`.
pub fn of(summary: &str) -> Signal {
    INFO.signal(1.0, 0.0, summary.to_string(), vec![])
}
