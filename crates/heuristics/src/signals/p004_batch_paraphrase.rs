//! P004 `batch_paraphrase`: the provenance pass found the document to be a paraphrase of another
//! document in the batch: the same content reworded, with the other's facts, names and order and
//! hardly any of its own ("TF-IDF cosine 0.78, 96% of its names and numbers found in a.html, 5-gram
//! containment 4%"). No points: similarity never adds AI points. It is a finding a reviewer can
//! check against the other text, and so it counts as the `ai_generated` verdict's quotable
//! evidence beside the style statistics (see `scoring::assess`): a rewrite adding nothing, whose
//! own style reaches the AI threshold, is what a model asked to "rewrite this article" returns.
//! Measured across a batch only; its `measure` abstains.

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Signal};

pub const INFO: SignalInfo = SignalInfo {
    code: "P004",
    name: "batch_paraphrase",
    axis: Axis::Provenance,
    doc: "A paraphrase of another document in the batch: its content reworded, adding hardly any facts of its own (score --provenance only). No points; with an AI risk at its threshold it stands for the quotable finding the ai_generated verdict needs.",
    measure,
};

fn measure(_: &Context) -> Option<Signal> {
    None
}

/// The signal for a paraphrase, with the provenance pass's evidence.
pub fn of(summary: &str) -> Signal {
    INFO.signal(1.0, 0.0, summary.to_string(), vec![])
}
