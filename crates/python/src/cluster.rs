//! `cluster`: the provenance batch pass of `credence score --provenance`, on a list of documents.
//! Every document is scored and sketched in parallel, the sketches are clustered, and each report
//! is given its placement and scored again with it ([`Scorer::apply_provenance`]), all with the
//! GIL released, as the CLI's `cluster.rs` does.

use std::path::PathBuf;

use credence_facade::provenance::{cluster as place, ClusterConfig, DocSketch};
use credence_facade::{Report, Scorer};
use pyo3::prelude::*;
use pyo3::types::PyList;
use rayon::prelude::*;

use crate::document::{item_documents, Document};
use crate::record::{jsonl_line, lines_to_list};
use crate::scorers::scorer;

/// Scores a batch of documents and places each in the batch's story clusters; returns the
/// records `credence score --provenance --format jsonl` writes, in input order.
///
/// Items are `score_many`'s: plain text, or dicts with `text` or `html` and optionally `url`,
/// `crawl_date` and `id`. An item with neither `id` nor `url` gets its position in the list
/// (`"0"`, `"1"`, ...) as its id, so that `origin_id` can name it.
#[pyfunction]
#[pyo3(signature = (items, policy=None, crawl_date=None))]
pub fn cluster<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyAny>,
    policy: Option<PathBuf>,
    crawl_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let scorer = scorer(policy.as_deref())?;
    let mut docs = item_documents(py, items, crawl_date, "cluster")?;
    for (n, d) in docs.iter_mut().enumerate() {
        if d.hint.id.is_empty() {
            d.hint.id = n.to_string();
        }
    }
    let lines = py.detach(|| batch(&scorer, docs));
    lines_to_list(py, lines)
}

/// The batch pass: score and sketch, cluster, rescore with each placement, serialise.
fn batch(scorer: &Scorer, docs: Vec<Document>) -> Vec<Result<Vec<u8>, String>> {
    let (reports, sketches): (Vec<Report>, Vec<DocSketch>) = docs
        .into_par_iter()
        .with_max_len(1)
        .map(|d| {
            let mut report = scorer.score(&d.bytes, &d.hint);
            let sketch = scorer.sketch(&report);
            // As in the CLI: the sketch holds what clustering needs of the text, and no record
            // field comes from it, so the batch need not keep every article's text.
            if let Some(x) = report.extraction.as_mut() {
                x.body_text = String::new();
                x.body_lines = Vec::new();
            }
            (report, sketch)
        })
        .unzip();
    let placements = place(&sketches, &ClusterConfig::default());
    drop(sketches);
    reports
        .into_par_iter()
        .zip(placements)
        .map(|(mut report, placement)| {
            scorer.apply_provenance(&mut report, placement);
            jsonl_line(&report)
        })
        .collect()
}
