//! `score` and `score_many`: Python arguments become owned bytes and a [`Hint`], so scoring runs
//! with the GIL released.

use std::path::PathBuf;

use credence_facade::{Format, Hint};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::record::{jsonl_line, line_to_dict, lines_to_list};
use crate::scorers::scorer;

/// The keys an item of `score_many` may have: `score`'s document arguments.
const ITEM_KEYS: [&str; 5] = ["text", "html", "url", "crawl_date", "id"];

/// One document to score, owned (no Python object inside).
pub struct Document {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Its id, URL, crawl date and format.
    pub hint: Hint,
}

/// Scores one document and returns its record (the CLI's JSON Lines fields) as a dict.
///
/// Exactly one of `text` (plain text) and `html` is given, as `str` or `bytes` (bytes are decoded
/// as the CLI decodes a file: BOM, `<meta charset>`, else UTF-8). `crawl_date` is `YYYY-MM-DD`, a
/// `datetime.date` or a `datetime.datetime`; `policy` is a partial TOML policy file (as the CLI's
/// `--policy`); `id` is the row id, by default the URL, else empty.
#[pyfunction]
#[pyo3(signature = (text=None, html=None, url=None, crawl_date=None, policy=None, id=None))]
pub fn score<'py>(
    py: Python<'py>,
    text: Option<&Bound<'py, PyAny>>,
    html: Option<&Bound<'py, PyAny>>,
    url: Option<String>,
    crawl_date: Option<&Bound<'py, PyAny>>,
    policy: Option<PathBuf>,
    id: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let scorer = scorer(policy.as_deref())?;
    let doc = document(text, html, url, parse_crawl_date(crawl_date)?, id)?;
    let line = py.detach(|| jsonl_line(&scorer.score(&doc.bytes, &doc.hint)));
    line_to_dict(py, line)
}

/// Scores many documents in parallel (rayon's pool, `RAYON_NUM_THREADS` threads) with the GIL
/// released, and returns their records in input order.
///
/// An item is a dict with `score`'s document keys (`text` or `html`, and optionally `url`,
/// `crawl_date`, `id`), or a `str` (plain text). `crawl_date` applies to items without their own.
/// The items are all held in memory: call it on chunks of a long stream.
#[pyfunction]
#[pyo3(signature = (items, policy=None, crawl_date=None))]
pub fn score_many<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyAny>,
    policy: Option<PathBuf>,
    crawl_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let scorer = scorer(policy.as_deref())?;
    let docs = item_documents(py, items, crawl_date, "score_many")?;
    let lines: Vec<_> = py.detach(|| {
        docs.par_iter()
            .with_max_len(1)
            .map(|d| jsonl_line(&scorer.score(&d.bytes, &d.hint)))
            .collect()
    });
    lines_to_list(py, lines)
}

/// The documents of `score_many`'s (and `cluster`'s) items, in order, with `crawl_date` for
/// those without their own. A bad item raises, naming its position and `function`.
pub fn item_documents(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
    crawl_date: Option<&Bound<'_, PyAny>>,
    function: &str,
) -> PyResult<Vec<Document>> {
    let default_date = parse_crawl_date(crawl_date)?;
    let mut docs = Vec::new();
    for (n, item) in items.try_iter()?.enumerate() {
        let mut doc = item_document(&item?)
            .map_err(|e| prefix_error(py, e, &format!("item {n} of {function}: ")))?;
        doc.hint.crawl_date = doc.hint.crawl_date.or(default_date);
        docs.push(doc);
    }
    Ok(docs)
}

/// A `score_many` item: a dict of `score`'s document arguments, or plain text.
fn item_document(item: &Bound<'_, PyAny>) -> PyResult<Document> {
    if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
        return document(Some(item), None, None, None, None);
    }
    let dict = item.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!("expected a dict or a str, got {}", type_name(item)))
    })?;
    for key in dict.keys() {
        let key: String = key.extract()?;
        if !ITEM_KEYS.contains(&key.as_str()) {
            return Err(PyValueError::new_err(format!(
                "unknown key '{key}' (the keys are {})",
                ITEM_KEYS.join(", ")
            )));
        }
    }
    let get = |k: &str| dict.get_item(k).map(|v| v.filter(|v| !v.is_none()));
    let opt_string = |k: &str| -> PyResult<Option<String>> {
        get(k)?.map(|v| v.extract::<String>()).transpose()
    };
    document(
        get("text")?.as_ref(),
        get("html")?.as_ref(),
        opt_string("url")?,
        parse_crawl_date(get("crawl_date")?.as_ref())?,
        opt_string("id")?,
    )
}

fn document(
    text: Option<&Bound<'_, PyAny>>,
    html: Option<&Bound<'_, PyAny>>,
    url: Option<String>,
    crawl_date: Option<jiff::civil::Date>,
    id: Option<String>,
) -> PyResult<Document> {
    let (body, format) = match (text, html) {
        (Some(t), None) => (t, Format::Text),
        (None, Some(h)) => (h, Format::Html),
        (None, None) => return Err(PyValueError::new_err("give the document as text= or html=")),
        (Some(_), Some(_)) => {
            return Err(PyValueError::new_err(
                "give the document as text= or html=, not both",
            ))
        }
    };
    let bytes = if let Ok(s) = body.cast::<PyString>() {
        s.to_str()?.as_bytes().to_vec()
    } else if let Ok(b) = body.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else {
        return Err(PyTypeError::new_err(format!(
            "the document must be str or bytes, not {}",
            type_name(body)
        )));
    };
    let hint = Hint {
        id: id.or_else(|| url.clone()).unwrap_or_default(),
        url,
        crawl_date,
        format: Some(format),
        charset: None,
    };
    Ok(Document { bytes, hint })
}

/// A crawl date from `YYYY-MM-DD`, a `datetime.date` or a `datetime.datetime` (its day).
pub fn parse_crawl_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<jiff::civil::Date>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text: String = if let Ok(s) = value.cast::<PyString>() {
        s.to_str()?.to_owned()
    } else if value.hasattr("isoformat")? {
        // The limited API has no date accessors; isoformat() starts with YYYY-MM-DD for both.
        let iso: String = value.call_method0("isoformat")?.extract()?;
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "crawl_date must be 'YYYY-MM-DD' or a datetime.date, not {}",
            type_name(value)
        )));
    };
    text.parse::<jiff::civil::Date>()
        .map(Some)
        .map_err(|e| PyValueError::new_err(format!("crawl_date '{text}' is not YYYY-MM-DD: {e}")))
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an unknown type".into())
}

/// The same exception with `prefix` before its message (which item of a list was wrong).
fn prefix_error(py: Python<'_>, e: PyErr, prefix: &str) -> PyErr {
    let message = format!("{prefix}{}", e.value(py));
    if e.is_instance_of::<PyTypeError>(py) {
        PyTypeError::new_err(message)
    } else {
        PyValueError::new_err(message)
    }
}
