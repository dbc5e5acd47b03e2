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
mod jsonl_sink;
mod row;

pub use cluster_sink::{ClusterCsvSink, ClusterJsonlSink, CLUSTER_COLUMNS};
pub use csv_sink::{neutralise, CsvSink, COLUMNS, PROVENANCE_COLUMNS};
pub use jsonl_sink::JsonlSink;
pub use row::{ProvenanceCells, Report, Row};

/// Where reports go. Writers implement it so the binary can swap them.
pub trait Sink {
    /// Writes one report.
    fn write(&mut self, report: &Report) -> std::io::Result<()>;
    /// Flushes what is buffered.
    fn finish(&mut self) -> std::io::Result<()>;
}
