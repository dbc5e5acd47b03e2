//! # credence-report
//!
//! The [`Report`] row (one per input document, even a failed one) and the writers that turn
//! reports into files: [`CsvSink`] (the documented column contract, spreadsheet-safe) and
//! [`JsonlSink`], with the provenance columns when a batch pass placed the documents, and the
//! `credence cluster` writers ([`ClusterCsvSink`], [`ClusterJsonlSink`]). Only this crate knows
//! about output formats.
//!
//! ```
//! use credence_report::{CsvSink, Report, Sink};
//!
//! let mut out = Vec::new();
//! let mut sink = CsvSink::new(&mut out, false);
//! sink.write(&Report::failed("a.txt", "empty document: no text to score")).unwrap();
//! sink.finish().unwrap();
//! drop(sink);
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.starts_with("id,verdict,credibility,"));
//! assert!(text.contains("a.txt,unknown,"));
//! ```
#![deny(missing_docs)]

mod cluster_sink;
mod csv_sink;
mod html_report;
mod jsonl_sink;
mod row;
mod sources;
mod xlsx_sink;

pub use cluster_sink::{ClusterCsvSink, ClusterJsonlSink, CLUSTER_COLUMNS};
pub use csv_sink::{neutralise, CsvSink, COLUMNS, COLUMN_DOCS, PROVENANCE_COLUMNS};
pub use html_report::{render as render_html, ReportedDocument, MAX_TEXT_BYTES};
pub use jsonl_sink::JsonlSink;
pub use row::{ProvenanceCells, Report, Row};
pub use sources::{SourceRow, SourcesSummary, VERDICTS};
pub use xlsx_sink::{XlsxSink, XlsxWriter};

/// Where reports go. Writers implement it so the binary can swap them.
pub trait Sink {
    /// Writes one report.
    fn write(&mut self, report: &Report) -> std::io::Result<()>;
    /// Flushes what is buffered.
    fn finish(&mut self) -> std::io::Result<()>;
}
