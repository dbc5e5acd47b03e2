//! The plain-data types the provenance pass produces.

use serde::{Deserialize, Serialize};

/// How a document relates to its cluster's origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The cluster's origin.
    Origin,
    /// A near-verbatim copy (converted copies with hard wraps and broken quotes included).
    Copy,
    /// The same agency story on another site.
    WireRepublication,
    /// The same content reworded: facts, names and order kept.
    Paraphrase,
    /// An independent report of the same event, with facts the origin lacks.
    SameEvent,
    /// Same topic, different event.
    Related,
    /// Alone in its cluster.
    Unique,
}

impl Relation {
    /// The CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Origin => "origin",
            Relation::Copy => "copy",
            Relation::WireRepublication => "wire_republication",
            Relation::Paraphrase => "paraphrase",
            Relation::SameEvent => "same_event",
            Relation::Related => "related",
            Relation::Unique => "unique",
        }
    }
}

/// A copy dated well after its origin: the aggregator re-served an old story under a new date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateLag {
    /// The copy's date.
    pub date: String,
    /// The origin's (credible) date.
    pub origin_date: String,
    /// The origin's id.
    pub origin_id: String,
    /// Days between them.
    pub days: i64,
    /// The lag in words: "13 months", "45 days".
    pub phrase: String,
}

/// Where one document sits in the batch's story clusters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// Cluster number, 1-based, in the order of each cluster's first document.
    pub cluster: u32,
    /// Documents in the cluster (related documents attached to it included).
    pub cluster_size: u32,
    /// The id of the cluster's origin.
    pub origin_id: String,
    /// The index of the origin in the batch.
    pub origin: u32,
    /// The relation to the origin.
    pub relation: Relation,
    /// The similarity behind the relation: shingle containment for copies and republications,
    /// TF-IDF cosine for paraphrases, same-event and related documents; `None` for the origin and
    /// unique documents.
    pub similarity: Option<f64>,
    /// The evidence, in words: what ties the document to the origin, and why the origin was
    /// chosen.
    pub why: String,
    /// Set when a copy is dated long after its origin.
    pub date_lag: Option<DateLag>,
    /// Set when a copy is another outlet's word-for-word republication of the origin that
    /// credits no one (no agency, no "originally published in", no original URL): the evidence
    /// in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncredited: Option<String>,
    /// Set when the document and its origin name one outlet (a site's name or a domain they
    /// share): a newsroom's explainer or follow-up retelling its own report, not a stranger's
    /// rewrite.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub same_outlet: bool,
}
