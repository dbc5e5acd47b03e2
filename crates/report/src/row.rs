//! The report of one document, and its flat row form.

use credence_extract::{Extraction, Format};
use std::collections::HashMap;
use std::sync::LazyLock;

use credence_heuristics::{Assessment, REGISTRY};
use credence_provenance::Placement;
use serde::{Deserialize, Serialize};

/// Everything known about one input: its extraction and assessment, or the error that stopped it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// The input's id (the path as given, `-` for stdin, a record id).
    pub id: String,
    /// Why the document could not be scored, if it could not.
    pub error: Option<String>,
    /// Text or HTML.
    pub format: Option<Format>,
    /// The encoding the bytes were decoded from.
    pub encoding: Option<String>,
    /// What was extracted.
    pub extraction: Option<Extraction>,
    /// What the heuristics concluded.
    pub assessment: Option<Assessment>,
    /// Notes on repairs made while reading.
    pub diagnostics: Vec<String>,
    /// Where the document sits among the batch's story clusters, when a provenance pass ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Placement>,
}

/// Each registry code's signal column: a row places its signals in one pass (a search of the
/// signals for each of the registry's codes cost a tenth of a row's writing).
static COLUMN_OF: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    REGISTRY
        .iter()
        .enumerate()
        .map(|(i, info)| (info.code, i))
        .collect()
});

impl Report {
    /// The report of a document that could not be scored.
    pub fn failed(id: impl Into<String>, error: impl Into<String>) -> Report {
        Report {
            id: id.into(),
            error: Some(error.into()),
            format: None,
            encoding: None,
            extraction: None,
            assessment: None,
            diagnostics: vec![],
            provenance: None,
        }
    }

    /// The flat row of the CSV contract.
    pub fn row(&self) -> Row {
        let x = self.extraction.as_ref();
        let a = self.assessment.as_ref();
        let fmt_risk = |r: Option<f64>| r.map(|r| format!("{r:.2}")).unwrap_or_default();
        // Each signal into its registry column, the first of a code where one came twice.
        let mut signal_points = vec![None; REGISTRY.len()];
        for s in a.iter().flat_map(|a| a.signals.iter().rev()) {
            if let Some(&i) = COLUMN_OF.get(s.code.as_str()) {
                signal_points[i] = Some(round2(s.points));
            }
        }
        Row {
            id: self.id.clone(),
            verdict: a
                .map(|a| a.verdict.as_str())
                .unwrap_or("unknown")
                .to_string(),
            credibility: a.map(|a| a.credibility),
            aggregator_risk: fmt_risk(a.and_then(|a| a.aggregator.risk)),
            ai_risk: fmt_risk(a.and_then(|a| a.ai.risk)),
            why: a.map(|a| a.why.clone()).unwrap_or_default(),
            title: x.and_then(|x| x.title.clone()).unwrap_or_default(),
            bylines: x
                .map(|x| {
                    x.bylines
                        .iter()
                        .map(|b| b.name.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default(),
            published: x
                .and_then(|x| x.published.as_ref())
                .map(|p| p.value.clone())
                .unwrap_or_default(),
            published_source: x
                .and_then(|x| x.published.as_ref())
                .map(|p| p.source.clone())
                .unwrap_or_default(),
            agency: x
                .map(|x| {
                    let mut a: Vec<&str> = x
                        .agency
                        .iter()
                        .map(|m| m.agency.as_str())
                        .chain(x.dateline.as_ref().and_then(|d| d.agency.as_deref()))
                        .collect();
                    a.sort_unstable();
                    a.dedup();
                    a.join("; ")
                })
                .unwrap_or_default(),
            dateline: x
                .and_then(|x| x.dateline.as_ref())
                .map(|d| d.place.clone())
                .unwrap_or_default(),
            site_name: x.and_then(|x| x.site_name.clone()).unwrap_or_default(),
            canonical_url: x.and_then(|x| x.canonical_url.clone()).unwrap_or_default(),
            urls: x
                .map(|x| {
                    x.urls
                        .iter()
                        .map(|u| u.url.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default(),
            language: x.and_then(|x| x.language.clone()).unwrap_or_default(),
            words: x.map(|x| x.words),
            error: self.error.clone().unwrap_or_default(),
            source_domain: a
                .and_then(|a| a.source.as_ref())
                .map(|s| s.domain.clone())
                .or_else(|| {
                    x.and_then(|x| {
                        x.canonical_url
                            .as_deref()
                            .filter(|_| x.canonical_source.as_deref() != Some("original_url_line"))
                    })
                    .and_then(credence_extract::registrable_domain)
                })
                .unwrap_or_default(),
            source_reputation: a
                .and_then(|a| a.source.as_ref())
                .map(|s| format!("{:.2}", s.score))
                .unwrap_or_default(),
            provenance: self.provenance.as_ref().map(ProvenanceCells::from),
            signal_points,
        }
    }
}

/// Rounded to two decimals; a negative zero (a signal that took away a tiny amount) is 0, not
/// the `-0` a spreadsheet shows.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0 + 0.0
}

/// One CSV row: the contract's columns in order, then one column per signal (its points).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Input id.
    pub id: String,
    /// Verdict.
    pub verdict: String,
    /// 0–100.
    pub credibility: Option<u8>,
    /// 0.00–1.00, empty when not computed.
    pub aggregator_risk: String,
    /// 0.00–1.00, empty when not computed.
    pub ai_risk: String,
    /// Top reasons.
    pub why: String,
    /// Headline.
    pub title: String,
    /// `; `-separated authors.
    pub bylines: String,
    /// ISO 8601 publication date.
    pub published: String,
    /// Where it came from.
    pub published_source: String,
    /// Agency codes.
    pub agency: String,
    /// Dateline place.
    pub dateline: String,
    /// Site name.
    pub site_name: String,
    /// Canonical or original URL.
    pub canonical_url: String,
    /// Space-separated URLs.
    pub urls: String,
    /// ISO 639-1.
    pub language: String,
    /// Article words.
    pub words: Option<usize>,
    /// Error, if any.
    pub error: String,
    /// Registrable domain of the page's own URL.
    pub source_domain: String,
    /// 0.00–1.00 from the open domain-quality lists; empty when the domain is not listed.
    pub source_reputation: String,
    /// The provenance columns, when a provenance pass ran.
    #[serde(flatten)]
    pub provenance: Option<ProvenanceCells>,
    /// Points per signal, in registry order (empty when the signal did not apply).
    #[serde(skip)]
    pub signal_points: Vec<Option<f64>>,
}

/// The provenance columns of a row (`score --provenance`, `cluster`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvenanceCells {
    /// Cluster number, 1-based.
    pub cluster: u32,
    /// Documents in the cluster.
    pub cluster_size: u32,
    /// The id of the cluster's origin.
    pub origin_id: String,
    /// `origin`, `copy`, `wire_republication`, `paraphrase`, `same_event`, `related`, `unique`.
    pub relation: String,
    /// Containment (copies) or TF-IDF cosine (rewrites, same event, related), 0.00-1.00.
    pub similarity: Option<f64>,
}

impl From<&Placement> for ProvenanceCells {
    fn from(p: &Placement) -> Self {
        ProvenanceCells {
            cluster: p.cluster,
            cluster_size: p.cluster_size,
            origin_id: p.origin_id.clone(),
            relation: p.relation.as_str().to_string(),
            similarity: p.similarity,
        }
    }
}

impl ProvenanceCells {
    /// The CSV cells, in the order of [`crate::PROVENANCE_COLUMNS`]; `None` gives empty cells.
    pub fn csv_cells(cells: Option<&ProvenanceCells>) -> Vec<String> {
        match cells {
            Some(c) => vec![
                c.cluster.to_string(),
                c.cluster_size.to_string(),
                crate::neutralise(&c.origin_id).into_owned(),
                c.relation.clone(),
                c.similarity.map(|s| format!("{s:.2}")).unwrap_or_default(),
            ],
            None => vec![String::new(); 5],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negative_zero_prints_as_zero() {
        assert_eq!(format!("{}", round2(-0.0)), "0");
        assert_eq!(format!("{}", round2(-0.001)), "0");
        assert_eq!(format!("{}", round2(-0.016)), "-0.02");
    }
}
