//! The per-source view: reviewers judge outlets as well as articles. Reports are folded into one
//! small record per source as they stream by (memory grows with the number of sources, not
//! documents); the rows come out worst first.

use std::collections::BTreeMap;
use std::io::Write;

use crate::{neutralise, Report};

/// The verdicts, in the order of the summary's share columns.
pub const VERDICTS: &[&str] = &[
    "original",
    "wire",
    "copy",
    "aggregator_spam",
    "ai_generated",
    "unknown",
];

/// One source's figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceRow {
    /// Registrable domain, or the site name when there is no URL, or `(unknown)`.
    pub source: String,
    /// Documents seen.
    pub documents: usize,
    /// Mean credibility of the scored ones.
    pub mean_credibility: Option<f64>,
    /// Share of each verdict, in [`VERDICTS`] order.
    pub verdict_shares: Vec<f64>,
    /// Reputation from the open lists, when known.
    pub reputation: Option<f64>,
    /// The id of the least credible document.
    pub worst_id: String,
    /// Its credibility.
    pub worst_credibility: Option<u8>,
}

#[derive(Debug, Default)]
struct Acc {
    documents: usize,
    scored: usize,
    credibility_sum: f64,
    verdicts: [usize; 6],
    reputation: Option<f64>,
    worst: Option<(u8, String)>,
}

/// Accumulates reports into per-source rows.
#[derive(Debug, Default)]
pub struct SourcesSummary {
    by_source: BTreeMap<String, Acc>,
}

impl SourcesSummary {
    /// An empty summary.
    pub fn new() -> SourcesSummary {
        SourcesSummary::default()
    }

    /// Folds one report in.
    pub fn add(&mut self, report: &Report) {
        let row = report.row();
        let key = if !row.source_domain.is_empty() {
            row.source_domain.clone()
        } else if !row.site_name.is_empty() {
            row.site_name.clone()
        } else {
            "(unknown)".to_string()
        };
        let acc = self.by_source.entry(key).or_default();
        acc.documents += 1;
        if let Some(i) = VERDICTS.iter().position(|v| *v == row.verdict) {
            acc.verdicts[i] += 1;
        }
        if let Some(c) = row.credibility {
            acc.scored += 1;
            acc.credibility_sum += f64::from(c);
            if acc.worst.as_ref().is_none_or(|(w, _)| c < *w) {
                acc.worst = Some((c, row.id.clone()));
            }
        }
        if acc.reputation.is_none() {
            acc.reputation = row.source_reputation.parse().ok();
        }
    }

    /// The rows, worst (lowest mean credibility) first.
    pub fn rows(&self) -> Vec<SourceRow> {
        let mut rows: Vec<SourceRow> = self
            .by_source
            .iter()
            .map(|(source, a)| SourceRow {
                source: source.clone(),
                documents: a.documents,
                mean_credibility: (a.scored > 0).then(|| a.credibility_sum / a.scored as f64),
                verdict_shares: a
                    .verdicts
                    .iter()
                    .map(|&n| n as f64 / a.documents.max(1) as f64)
                    .collect(),
                reputation: a.reputation,
                worst_id: a
                    .worst
                    .as_ref()
                    .map(|(_, id)| id.clone())
                    .unwrap_or_default(),
                worst_credibility: a.worst.as_ref().map(|(c, _)| *c),
            })
            .collect();
        rows.sort_by(|a, b| {
            a.mean_credibility
                .unwrap_or(f64::MAX)
                .total_cmp(&b.mean_credibility.unwrap_or(f64::MAX))
                .then_with(|| a.source.cmp(&b.source))
        });
        rows
    }

    /// The column names of the sources table.
    pub fn header() -> Vec<String> {
        let mut h: Vec<String> = vec![
            "source".into(),
            "documents".into(),
            "mean_credibility".into(),
        ];
        h.extend(VERDICTS.iter().map(|v| format!("share_{v}")));
        h.extend([
            "source_reputation".into(),
            "worst_id".into(),
            "worst_credibility".into(),
        ]);
        h
    }

    /// Writes the table as CSV (spreadsheet-safe like the main CSV).
    pub fn write_csv<W: Write>(&self, out: W) -> std::io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(Self::header())?;
        for r in self.rows() {
            let mut rec = vec![
                neutralise(&r.source).into_owned(),
                r.documents.to_string(),
                r.mean_credibility
                    .map(|c| format!("{c:.1}"))
                    .unwrap_or_default(),
            ];
            rec.extend(r.verdict_shares.iter().map(|s| format!("{s:.2}")));
            rec.push(r.reputation.map(|x| format!("{x:.2}")).unwrap_or_default());
            rec.push(neutralise(&r.worst_id).into_owned());
            rec.push(
                r.worst_credibility
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
            );
            w.write_record(rec)?;
        }
        w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_documents_count_under_unknown() {
        let mut s = SourcesSummary::new();
        s.add(&Report::failed("a.txt", "empty"));
        s.add(&Report::failed("b.txt", "empty"));
        let rows = s.rows();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].source, "(unknown)");
        assert_eq!(rows[0].documents, 2);
        assert_eq!(rows[0].verdict_shares[5], 1.0);
        let mut out = Vec::new();
        s.write_csv(&mut out).unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .starts_with("source,documents,mean_credibility,share_original"));
    }
}
