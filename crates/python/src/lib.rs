//! # credence-python
//!
//! The `credence` Python module. Thin by design: Python arguments become a
//! [`credence_facade::Hint`] and bytes ([`document`]), the facade scores them, and each
//! [`credence_facade::Report`] becomes a dict through the CLI's own JSON Lines writer ([`record`]), so a dict equals the line `credence score
//! --format jsonl` writes for the same input, field for field, whatever fields the report crate
//! adds later.
//!
//! - `score(text=None, html=None, url=None, crawl_date=None, policy=None, id=None) -> dict`
//! - `score_many(items, policy=None, crawl_date=None) -> list[dict]`: scored in parallel (rayon)
//!   with the GIL released.
//! - `score_warc(path, policy=None, crawl_date=None, name=None) -> Iterator[dict]`: gzip, WARC
//!   and scoring all in Rust ([`warc`]), the GIL released while each record is read and scored.
//! - `cluster(items, policy=None, crawl_date=None) -> list[dict]`: `score_many`'s items scored
//!   and placed in story clusters ([`cluster`]), the records of `credence score --provenance`.
//!
//! Errors in a document never raise: they are rows whose `error` says why, as in the CLI. Bad
//! arguments (neither `text` nor `html`, an unreadable policy file, a malformed date) raise.
#![deny(missing_docs)]

use pyo3::prelude::*;

mod cluster;
mod document;
mod record;
mod scorers;
mod warc;

/// Score the credibility and provenance of news documents: `score`, `score_many` and
/// `score_warc` return the records `credence score --format jsonl` writes, `cluster` those of
/// `credence score --provenance --format jsonl`.
#[pymodule]
fn credence(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(document::score, m)?)?;
    m.add_function(wrap_pyfunction!(document::score_many, m)?)?;
    m.add_function(wrap_pyfunction!(warc::score_warc, m)?)?;
    m.add_function(wrap_pyfunction!(cluster::cluster, m)?)?;
    m.add_class::<warc::WarcScores>()?;
    Ok(())
}
