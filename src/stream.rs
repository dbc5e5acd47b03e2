//! Inputs flattened into one ordered stream of documents to score: a plain file is one
//! document, a WARC or JSON Lines file (gzip or not) many. Every command reads its inputs here,
//! so `score`, `cluster`, `report`, `explain` and `extract` agree on what a document is and what
//! it is called. Records that are not documents are counted; records and inputs that cannot be
//! read become ready-made error rows, so every document keeps its row and the batch goes on. A
//! WARC or JSON Lines file with no record at all (a failed download) is an error row too.

use std::io::{BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use credence::{Hint, Report};
use credence_sources::{
    CountingReader, Item, JsonlFields, JsonlReader, Skipped, SourceError, WarcReader,
};

use crate::args::InputFormat;
use crate::inputs::{Input, InputKind};

/// Room for a WARC record's HTTP header block on top of the document cap: the scorer, not the
/// reader, refuses a payload over `--max-doc-bytes`, with its own wording.
const RECORD_HEADER_ALLOWANCE: usize = 1024 * 1024;
/// Read buffer for the raw (compressed) file.
const RAW_BUFFER_BYTES: usize = 256 * 1024;

/// What the commands that do not print a summary line say about skipped WARC records (responses
/// that are not HTML or not status 200), when there were any: a WARC of images gives no rows, and
/// that should not pass unremarked.
pub fn skipped_note(s: &Skipped) -> Option<String> {
    (s.not_html + s.not_ok > 0).then(|| {
        format!(
            "{} WARC responses skipped ({} not HTML, {} status not 200)",
            s.not_html + s.not_ok,
            s.not_html,
            s.not_ok
        )
    })
}

/// One unit of work, in input order.
pub enum Unit {
    /// A document to score.
    Score(Hint, Vec<u8>),
    /// A row that is already decided (an input or record that could not be read).
    Ready(Box<Report>),
}

/// The error of a container (WARC, JSON Lines) that holds no record at all.
pub const EMPTY_CONTAINER: &str = "empty file: no records";

impl Unit {
    /// The row id.
    pub fn id(&self) -> &str {
        match self {
            Unit::Score(hint, _) => &hint.id,
            Unit::Ready(r) => &r.id,
        }
    }

    /// Scores the unit (a ready row passes through).
    pub fn score(self, scorer: &credence::Scorer) -> Report {
        self.score_with_text(scorer).0
    }

    /// Scores the unit and keeps the document's text, for the HTML report.
    pub fn score_with_text(self, scorer: &credence::Scorer) -> (Report, Option<String>) {
        match self {
            Unit::Score(hint, bytes) => scorer.score_with_text(&bytes, &hint),
            Unit::Ready(r) => (*r, None),
        }
    }

    /// Reads and extracts only (for `extract`): the document and its extraction, or the error.
    pub fn extract(
        self,
        scorer: &credence::Scorer,
    ) -> Result<(credence::extract::Document, credence::extract::Extraction), String> {
        match self {
            Unit::Score(hint, bytes) => scorer.extract(&bytes, &hint),
            Unit::Ready(r) => Err(r.error.unwrap_or_default()),
        }
    }
}

type RawStream = BufReader<CountingReader<Box<dyn Read + Send>>>;

/// An input being read record by record.
struct OpenStream {
    /// The input's id (its path).
    id: String,
    items: Box<dyn Iterator<Item = Result<Item, SourceError>> + Send>,
    /// Raw bytes consumed when it was opened (to tell the offset where it broke).
    raw_at_open: u64,
    /// Documents it has yielded so far.
    documents: u64,
    /// Items (documents, skipped and failed records, errors) it has yielded so far.
    items_seen: u64,
}

/// The ordered stream of [`Unit`]s over all inputs.
pub struct Units {
    inputs: std::vec::IntoIter<Input>,
    open: Option<OpenStream>,
    input_format: Option<InputFormat>,
    fields: JsonlFields,
    options: crate::args::ScoringOptions,
    /// Raw input bytes consumed so far, across inputs (for the progress bar).
    pub raw_bytes: Arc<AtomicU64>,
    /// What was skipped so far.
    pub skipped: Skipped,
}

impl Units {
    /// A stream over `inputs`.
    pub fn new(
        inputs: Vec<Input>,
        input_format: Option<InputFormat>,
        fields: JsonlFields,
        options: crate::args::ScoringOptions,
    ) -> Units {
        Units {
            inputs: inputs.into_iter(),
            open: None,
            input_format,
            fields,
            options,
            raw_bytes: Arc::new(AtomicU64::new(0)),
            skipped: Skipped::default(),
        }
    }

    /// The next units: up to `n` of them, fewer once they hold `bytes` of documents.
    pub fn take_window(&mut self, n: usize, bytes: usize) -> Vec<Unit> {
        let mut window = Vec::with_capacity(n);
        let mut held = 0;
        while window.len() < n && held < bytes {
            let Some(unit) = self.next() else { break };
            if let Unit::Score(_, body) = &unit {
                held += body.len();
            }
            window.push(unit);
        }
        window
    }

    fn hint(&self, id: String) -> Hint {
        self.options.hint(&id)
    }

    /// Starts reading `input`: one document becomes its unit; a stream is opened.
    fn start(&mut self, input: Input) -> Option<Unit> {
        let id = input.id().to_string();
        let kind = input.kind(self.input_format);
        if let InputKind::Document(format) = kind {
            let unit = match input.read(self.options.max_doc_bytes) {
                Ok(bytes) => {
                    let mut hint = self.hint(id);
                    hint.format = format.or_else(|| Hint::format_from_path(&hint.id));
                    Unit::Score(hint, bytes)
                }
                Err(e) => Unit::Ready(Box::new(Report::failed(id, e))),
            };
            self.raw_bytes
                .fetch_add(input.size().unwrap_or(0), Ordering::Relaxed);
            return Some(unit);
        }
        let raw = match input.open() {
            Ok(r) => r,
            Err(e) => return Some(Unit::Ready(Box::new(Report::failed(id, e)))),
        };
        let reader: RawStream = BufReader::with_capacity(
            RAW_BUFFER_BYTES,
            CountingReader::new(raw, self.raw_bytes.clone()),
        );
        // Before the readers are built: they read the first block to sniff gzip.
        let raw_at_open = self.raw_bytes.load(Ordering::Relaxed);
        let cap = self.options.max_doc_bytes + RECORD_HEADER_ALLOWANCE;
        let items: Box<dyn Iterator<Item = _> + Send> = match kind {
            InputKind::Warc => Box::new(
                WarcReader::new(reader)
                    .name(id.clone())
                    .max_record_bytes(cap),
            ),
            _ => Box::new(
                JsonlReader::new(reader, self.fields.clone(), id.clone()).max_line_bytes(cap),
            ),
        };
        self.open = Some(OpenStream {
            id,
            items,
            raw_at_open,
            documents: 0,
            items_seen: 0,
        });
        None
    }

    /// The next unit of the open stream, `None` when it is done.
    fn next_from_open(&mut self) -> Option<Unit> {
        loop {
            let open = self.open.as_mut()?;
            let Some(item) = open.items.next() else {
                let open = self.open.take()?;
                if open.items_seen == 0 {
                    let report = Report::failed(open.id, EMPTY_CONTAINER);
                    return Some(Unit::Ready(Box::new(report)));
                }
                return None;
            };
            open.items_seen += 1;
            match item {
                Ok(Item::Document(r)) => {
                    open.documents += 1;
                    let max = self.options.max_doc_bytes;
                    if r.body.len() > max + RECORD_HEADER_ALLOWANCE {
                        // A gzip-coded payload, decoded only this far: its size is unknown.
                        let error = format!("document decompresses to more than {max} bytes, over the {max}-byte limit (raise it with --max-doc-bytes); read no further");
                        return Some(Unit::Ready(Box::new(Report::failed(r.id, error))));
                    }
                    let (mut hint, body) = Hint::from_record(r);
                    hint.crawl_date = hint.crawl_date.or(self.options.crawl_date);
                    return Some(Unit::Score(hint, body));
                }
                Ok(Item::Failed { id, error }) => {
                    return Some(Unit::Ready(Box::new(Report::failed(id, error))))
                }
                Ok(Item::Skipped { reason, .. }) => self.skipped.count(&reason),
                Err(e) => {
                    let open = self.open.take()?;
                    let raw_offset = self.raw_bytes.load(Ordering::Relaxed) - open.raw_at_open;
                    let message = e.stream_broken(&open.id, raw_offset, open.documents);
                    return Some(Unit::Ready(Box::new(Report::failed(open.id, message))));
                }
            }
        }
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if self.open.is_some() {
                if let Some(unit) = self.next_from_open() {
                    return Some(unit);
                }
                continue;
            }
            let input = self.inputs.next()?;
            if let Some(unit) = self.start(input) {
                return Some(unit);
            }
        }
    }
}
