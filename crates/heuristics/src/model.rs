//! The plain-data types the heuristics produce.

use serde::{Deserialize, Serialize};

/// Which risk a signal speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// Spam-aggregator / content-farm copy.
    Aggregator,
    /// AI-generated or AI-paraphrased text.
    Ai,
    /// Provenance facts (wire credit, declared copy): no points, they inform the verdict.
    Provenance,
}

/// A piece of text a reviewer can find in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The quoted text (shortened for long passages).
    pub quote: String,
    /// 1-based line in the document.
    pub line: Option<usize>,
    /// Byte span in [`credence_extract::Document::text`], when the quote is exact.
    pub span: Option<(usize, usize)>,
}

/// A measurement with the points it earned and the evidence behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Stable code (`A001`).
    pub code: String,
    /// Stable name (`unrelated_headline_list`).
    pub name: String,
    /// The axis it scores on.
    pub axis: Axis,
    /// The measured value (count, rate, ratio: see the signal's doc).
    pub value: f64,
    /// Points added to the axis (log-odds x 10); 0 for findings at the human rate.
    pub points: f64,
    /// The rate human news shows for this measurement, when known.
    pub human_rate: Option<String>,
    /// One line for a person: "0 direct quotes in 16 sentences".
    pub summary: String,
    /// Quotes from the document.
    pub evidence: Vec<Evidence>,
}

/// The score of one axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AxisScore {
    /// Calibrated probability, or `None` when the axis abstained.
    pub risk: Option<f64>,
    /// Sum of the points of its signals.
    pub points: f64,
    /// Why the axis abstained.
    pub abstain_reason: Option<String>,
}

/// The verdicts, as written in the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The outlet's own article.
    Original,
    /// A news-agency story (on the agency's wire or credited on a client site).
    Wire,
    /// A copy of an article published elsewhere (a conversion, a declared republication).
    Copy,
    /// A spam aggregator's copy.
    AggregatorSpam,
    /// AI-generated or AI-paraphrased text.
    AiGenerated,
    /// Not enough to say (failed or empty documents).
    Unknown,
}

impl Verdict {
    /// The CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Original => "original",
            Verdict::Wire => "wire",
            Verdict::Copy => "copy",
            Verdict::AggregatorSpam => "aggregator_spam",
            Verdict::AiGenerated => "ai_generated",
            Verdict::Unknown => "unknown",
        }
    }
}

/// Everything the heuristics concluded about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Every signal that fired or was measured, in registry order.
    pub signals: Vec<Signal>,
    /// The aggregator axis.
    pub aggregator: AxisScore,
    /// The AI axis.
    pub ai: AxisScore,
    /// 0–100, higher is more credible.
    pub credibility: u8,
    /// The verdict.
    pub verdict: Verdict,
    /// The top reasons in plain words, evidence quoted briefly.
    pub why: String,
    /// The policy version that produced it.
    pub policy_version: String,
    /// The reputation of the page's own domain, when the open lists know it.
    pub source: Option<crate::reputation::SourceReputation>,
}
