//! `score_warc`: a WARC file (plain or gzip, one member per record or not) read, parsed and
//! scored in Rust by the facade and its `sources` readers, one record per step of a Python
//! iterator, with the GIL released while a record is read and scored. Python only sees rows.
//!
//! The rows are the ones `credence score FILE --format jsonl` writes for the same file: a
//! document per HTML status-200 response (the record's URL, crawl date and charset as hints),
//! an error row for a record that cannot be read, and an error row saying where when the stream
//! breaks (after the rows of the records before it).

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use credence_facade::sources::{CountingReader, Item, Skipped, WarcReader};
use credence_facade::{Hint, Report, Scorer};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::document::parse_crawl_date;
use crate::record::{jsonl_line, line_to_dict};
use crate::scorers::scorer;

/// Room for a record's WARC and HTTP headers above the document cap, as the CLI allows: the
/// scorer, not the reader, refuses an oversized payload, with its own wording.
const RECORD_HEADER_ALLOWANCE: usize = 1024 * 1024;
/// Read buffer for the raw (compressed) file, the CLI's: the byte offset a broken gzip stream
/// is reported at is counted in these reads.
const RAW_BUFFER_BYTES: usize = 256 * 1024;

type Records = WarcReader<BufReader<CountingReader<File>>>;

/// Scores every document of a WARC file; see the module docs.
///
/// `policy` is a partial TOML policy file (the CLI's `--policy`); `crawl_date` applies to records
/// without a `WARC-Date`; `name` is the id of the file's own error rows (default: `path`), for a
/// caller that scores a local copy of a remote file. A file that cannot be opened yields one
/// error row, as in the CLI.
#[pyfunction]
#[pyo3(signature = (path, policy=None, crawl_date=None, name=None))]
pub fn score_warc(
    path: PathBuf,
    policy: Option<PathBuf>,
    crawl_date: Option<&Bound<'_, PyAny>>,
    name: Option<String>,
) -> PyResult<WarcScores> {
    let scorer = scorer(policy.as_deref())?;
    let crawl_date = parse_crawl_date(crawl_date)?;
    let name = name.unwrap_or_else(|| path.to_string_lossy().into_owned());
    let state = match open(&path) {
        Ok(file) => {
            let raw = Arc::new(AtomicU64::new(0));
            let reader =
                BufReader::with_capacity(RAW_BUFFER_BYTES, CountingReader::new(file, raw.clone()));
            State {
                stream: Some(Stream {
                    records: WarcReader::new(reader).max_record_bytes(
                        credence_facade::DEFAULT_MAX_DOC_BYTES + RECORD_HEADER_ALLOWANCE,
                    ),
                    raw,
                    documents: 0,
                }),
                pending: None,
                name,
                scorer,
                crawl_date,
                skipped: Skipped::default(),
            }
        }
        Err(e) => State {
            stream: None,
            pending: Some(Report::failed(&name, e)),
            name,
            scorer,
            crawl_date,
            skipped: Skipped::default(),
        },
    };
    Ok(WarcScores {
        state: Mutex::new(state),
    })
}

/// The iterator `score_warc` returns: one dict per document, in file order.
#[pyclass(frozen, module = "credence")]
pub struct WarcScores {
    state: Mutex<State>,
}

#[pymethods]
impl WarcScores {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let line = py.detach(|| self.lock().next_line());
        line.map(|l| line_to_dict(py, l)).transpose()
    }

    /// Records read but not scored so far, by reason: `not_html` (a response whose content type
    /// is not HTML), `not_ok` (status not 200), `not_response` (warcinfo, request, metadata...).
    #[getter]
    fn skipped<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.lock().skipped;
        let d = PyDict::new(py);
        d.set_item("not_html", s.not_html)?;
        d.set_item("not_ok", s.not_ok)?;
        d.set_item("not_response", s.not_response)?;
        Ok(d)
    }
}

impl WarcScores {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while reading leaves the state consistent enough to end or go on.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct State {
    /// The open stream; `None` once it ended or broke.
    stream: Option<Stream>,
    /// A row to yield before anything else (the file could not be opened).
    pending: Option<Report>,
    /// The id of the file's own error rows.
    name: String,
    scorer: Scorer,
    crawl_date: Option<jiff::civil::Date>,
    skipped: Skipped,
}

struct Stream {
    records: Records,
    /// Raw (compressed) bytes read so far.
    raw: Arc<AtomicU64>,
    /// Documents yielded so far.
    documents: u64,
}

impl State {
    /// The next row's JSON line; `None` at the end.
    fn next_line(&mut self) -> Option<Result<Vec<u8>, String>> {
        if let Some(r) = self.pending.take() {
            return Some(jsonl_line(&r));
        }
        loop {
            let stream = self.stream.as_mut()?;
            let report = match stream.records.next() {
                None => {
                    self.stream = None;
                    return None;
                }
                Some(Ok(Item::Document(r))) => {
                    stream.documents += 1;
                    let (mut hint, body) = Hint::from_record(r);
                    hint.crawl_date = hint.crawl_date.or(self.crawl_date);
                    self.scorer.score(&body, &hint)
                }
                Some(Ok(Item::Failed { id, error })) => Report::failed(id, error),
                Some(Ok(Item::Skipped { reason, .. })) => {
                    self.skipped.count(&reason);
                    continue;
                }
                Some(Err(e)) => {
                    let raw_offset = stream.raw.load(Ordering::Relaxed);
                    let message = e.stream_broken(&self.name, raw_offset, stream.documents);
                    self.stream = None;
                    Report::failed(&self.name, message)
                }
            };
            return Some(jsonl_line(&report));
        }
    }
}

/// Opens `path`, with the CLI's wording for the usual failures.
fn open(path: &std::path::Path) -> Result<File, String> {
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err("is a directory".into());
    }
    File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "cannot read: no such file".into(),
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        _ => format!("cannot read: {e}"),
    })
}
