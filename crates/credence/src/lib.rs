//! # credence
//!
//! Scores the credibility and provenance of news documents. This crate is the library facade: build
//! a [`Scorer`] once, then score bytes or strings; every call returns a [`Report`] (extraction,
//! signals with evidence, per-axis risks, credibility, verdict), even for input that cannot be read
//! (its `error` says why). The parts are re-exported: [`extract`], [`heuristics`], [`provenance`],
//! [`report`], and [`sources`] (WARC and JSON Lines readers; [`Hint::from_record`] turns their
//! records into what [`Scorer::score`] takes).
//!
//! Provenance across a batch is a second pass: [`Scorer::sketch`] each report as it is scored,
//! [`provenance::cluster`] the sketches, then [`Scorer::apply_provenance`] each report with its
//! placement (which may add the `copy_date_lag` signal and turn the verdict into `copy`).
//!
//! ```
//! use credence::{Config, Hint, Scorer};
//!
//! let scorer = Scorer::new(Config::default());
//! let page = "Ferry Runs Aground Near Valdora\nBy Ann Lee\nMarch 14, 2024\n\n\
//!             VALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.";
//! let report = scorer.score(page.as_bytes(), &Hint::new("ferry.txt"));
//! assert_eq!(report.error, None);
//! let row = report.row();
//! assert_eq!(row.verdict, "wire");
//! assert_eq!(row.published, "2024-03-14");
//! assert_eq!(row.bylines, "Ann Lee");
//! ```
//!
//! A [`Report`] serialises with serde; [`report::JsonlSink`] writes the record `credence score
//! --format jsonl` writes, and [`report::CsvSink`] the CSV row. `examples/moderation_queue.rs`
//! reads JSON lines from stdin, scores them on a few threads and routes each by its verdict:
//! `printf '{"id":"a","text":"..."}\n' | cargo run -p credence --example moderation_queue`.
#![deny(missing_docs)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

pub use credence_extract as extract;
pub use credence_heuristics as heuristics;
pub use credence_provenance as provenance;
pub use credence_report as report;
pub use credence_sources as sources;

pub use credence_extract::Format;
pub use credence_heuristics::{Policy, Verdict};
pub use credence_report::{Report, Row};

/// The error of an HTML page that was read but shows no text at all.
pub const NO_TEXT: &str = "no text: the page has no visible text";

/// The default per-document byte cap: 50 MiB. News pages are well under 5 MiB; anything larger is
/// a dump or an attack, and scoring it would hold a worker for minutes.
pub const DEFAULT_MAX_DOC_BYTES: usize = 50 * 1024 * 1024;

/// How a [`Scorer`] is set up. `Config::default()` is the compiled-in policy; a partial TOML
/// policy (as the CLI's `--policy FILE`) overrides any of its values:
///
/// ```
/// use credence::{Config, Policy, Scorer};
///
/// let policy = Policy::with_overrides("[axes.ai]\nthreshold = 0.7\n").expect("a valid policy");
/// let scorer = Scorer::new(Config { policy, ..Config::default() });
/// assert_eq!(scorer.policy().axes.ai.threshold, 0.7);
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    /// The scoring policy (weights, caps, thresholds).
    pub policy: Policy,
    /// Extra stock phrases, one a line (from a user's lexicon file).
    pub extra_stock_phrases: Option<String>,
    /// Extra headline-list headings, one a line.
    pub extra_headline_headings: Option<String>,
    /// Extra news agencies, in the format of `data/lexicons/agencies.tsv`
    /// (`code<TAB>name<TAB>marker|marker` a line).
    pub extra_agencies: Option<String>,
    /// Documents larger than this get an error row.
    pub max_doc_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            policy: Policy::default(),
            extra_stock_phrases: None,
            extra_headline_headings: None,
            extra_agencies: None,
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
        }
    }
}

/// What the caller knows about a document besides its bytes: all optional but the row id.
///
/// ```
/// use credence::{Format, Hint};
///
/// let hint = Hint {
///     url: Some("https://news.example/2024/03/14/ferry".into()),
///     crawl_date: Some("2024-03-15".parse().unwrap()),
///     format: Some(Format::Html),
///     ..Hint::new("record-17")
/// };
/// assert_eq!(hint.id, "record-17");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Hint {
    /// The row id (a path, a record id).
    pub id: String,
    /// The URL it was fetched from.
    pub url: Option<String>,
    /// When it was crawled (bounds plausible dates; default today).
    pub crawl_date: Option<jiff::civil::Date>,
    /// Text or HTML, when known; `None` sniffs.
    pub format: Option<Format>,
    /// A charset stated by the transport.
    pub charset: Option<String>,
}

impl Hint {
    /// A hint with only an id.
    pub fn new(id: impl Into<String>) -> Hint {
        Hint {
            id: id.into(),
            ..Hint::default()
        }
    }

    /// The format a file name's extension implies (`.html`, `.htm`, `.xhtml` → HTML; `.txt` → text).
    pub fn format_from_path(path: &str) -> Option<Format> {
        let ext = path.rsplit('.').next()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }

    /// A document record read by [`sources`] (a WARC response, a JSON line) as a hint (its id,
    /// URL, crawl date, charset, and HTML or text as the source states it) and the bytes to
    /// score. A record without a crawl date leaves it `None`: set a default after.
    ///
    /// ```
    /// use credence::sources::{Item, JsonlFields, JsonlReader};
    /// use credence::{Config, Format, Hint, Scorer};
    ///
    /// let line = br#"{"id": "a1", "html": "<p>The ferry ran aground.</p>", "url": "https://news.example/a1"}"#;
    /// let Some(Ok(Item::Document(record))) =
    ///     JsonlReader::new(&line[..], JsonlFields::default(), "feed.jsonl").next()
    /// else {
    ///     panic!("a document line");
    /// };
    /// let (mut hint, body) = Hint::from_record(record);
    /// hint.crawl_date = hint.crawl_date.or(Some("2024-06-01".parse().unwrap()));
    /// assert_eq!((hint.id.as_str(), hint.format), ("a1", Some(Format::Html)));
    /// assert_eq!(hint.url.as_deref(), Some("https://news.example/a1"));
    /// let report = Scorer::new(Config::default()).score(&body, &hint);
    /// assert_eq!(report.id, "a1");
    /// ```
    pub fn from_record(record: credence_sources::Record) -> (Hint, Vec<u8>) {
        let hint = Hint {
            id: record.id,
            url: record.url,
            crawl_date: record.crawl_date,
            format: record.kind.map(|k| match k {
                credence_sources::ContentKind::Html => Format::Html,
                credence_sources::ContentKind::Text => Format::Text,
            }),
            charset: record.charset,
        };
        (hint, record.body)
    }
}

/// Scores documents. Build once; `Send + Sync`, and cheap to clone (it holds `Arc`s of the
/// policy and the compiled lexicons, and a 1 KB table of MinHash parameters), so share it by
/// reference or clone it into threads:
///
/// ```
/// use credence::{Config, Hint, Scorer};
///
/// let scorer = Scorer::new(Config::default());
/// let pages = ["Ferry Runs Aground\nBy Ann Lee\n\nA ferry ran aground, officials said.", "<p>Hi</p>"];
/// let verdicts: Vec<String> = std::thread::scope(|s| {
///     let handles: Vec<_> = pages
///         .iter()
///         .enumerate()
///         .map(|(n, page)| {
///             let scorer = scorer.clone(); // two Arc increments and a 1 KB copy
///             s.spawn(move || scorer.score_str(page, &Hint::new(n.to_string())).row().verdict)
///         })
///         .collect();
///     handles.into_iter().map(|h| h.join().unwrap()).collect()
/// });
/// assert_eq!(verdicts.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Scorer {
    heuristics: credence_heuristics::Heuristics,
    /// The extraction lexicons when a user added to them; the built-in ones otherwise.
    lexicons: Option<std::sync::Arc<credence_extract::Lexicons>>,
    max_doc_bytes: usize,
    hasher: credence_provenance::MinHasher,
    time_budget: Option<Duration>,
}

impl Scorer {
    /// A scorer with this configuration.
    ///
    /// # Panics
    ///
    /// When `extra_agencies` has a malformed line; [`Scorer::try_new`] returns that as an error.
    pub fn new(config: Config) -> Scorer {
        Scorer::try_new(config).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A scorer with this configuration, or why the extra lexicons cannot be used.
    pub fn try_new(config: Config) -> Result<Scorer, String> {
        let mut heuristics = credence_heuristics::Heuristics::new(config.policy);
        if let Some(extra) = &config.extra_stock_phrases {
            heuristics = heuristics.with_extra_stock_phrases(extra);
        }
        let lexicons =
            if config.extra_agencies.is_some() || config.extra_headline_headings.is_some() {
                let lex = credence_extract::lexicon::BUILTIN
                    .with_extras(
                        config.extra_agencies.as_deref().unwrap_or(""),
                        config.extra_headline_headings.as_deref().unwrap_or(""),
                    )
                    .map_err(|e| format!("extra agencies: {e}"))?;
                Some(std::sync::Arc::new(lex))
            } else {
                None
            };
        Ok(Scorer {
            heuristics,
            lexicons,
            max_doc_bytes: config.max_doc_bytes,
            hasher: credence_provenance::MinHasher::new(
                credence_provenance::MINHASH_LEN,
                credence_provenance::MINHASH_SEED,
            ),
            time_budget: None,
        })
    }

    /// Extraction with this scorer's lexicons; `scored` keeps the article text's tokens for the
    /// heuristics (see [`credence_extract::extract_for_scoring`]).
    fn extract_doc(
        &self,
        doc: &credence_extract::Document,
        eh: &credence_extract::Hint,
        scored: bool,
    ) -> credence_extract::Extraction {
        let lex: &credence_extract::Lexicons = match &self.lexicons {
            Some(lex) => lex,
            None => &credence_extract::lexicon::BUILTIN,
        };
        if scored {
            credence_extract::extract_for_scoring(doc, eh, lex)
        } else {
            credence_extract::extract_with(doc, eh, lex)
        }
    }

    /// Sets a per-document time budget: a document still being scored when it runs out gets an
    /// error row instead of a score. The clock is checked between stages (after reading, after
    /// extraction, after the signals), so a stage is never cut short: the budget bounds what a
    /// document costs beyond the stage that overran, and keeps the row honest about it.
    pub fn with_time_budget(mut self, budget: Duration) -> Scorer {
        self.time_budget = Some(budget);
        self
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        self.heuristics.policy()
    }

    /// Scores one document. Never panics and never fails: a document that cannot be read or scored
    /// yields a report whose `error` says why.
    ///
    /// ```
    /// use credence::report::{JsonlSink, Sink};
    /// use credence::{Config, Hint, Scorer};
    ///
    /// let scorer = Scorer::new(Config::default());
    /// let html = b"<html><head><title>Ferry Runs Aground Near Valdora</title></head><body>\
    ///     <p>VALDORA (AP) \xe2\x80\x94 A ferry ran aground on Thursday, officials said.</p></body></html>";
    /// let hint = Hint {
    ///     url: Some("https://news.example/2024/03/14/ferry".into()),
    ///     crawl_date: Some("2024-03-15".parse().unwrap()),
    ///     ..Hint::new("ferry.html")
    /// };
    /// let report = scorer.score(html, &hint);
    /// assert_eq!(report.row().title, "Ferry Runs Aground Near Valdora");
    /// assert_eq!(report.row().agency, "AP");
    ///
    /// // The whole report is serde-serialisable...
    /// let json = serde_json::to_value(&report).unwrap();
    /// assert_eq!(json["id"], "ferry.html");
    /// // ...and JsonlSink writes the CLI's `--format jsonl` record.
    /// let mut line = Vec::new();
    /// JsonlSink::new(&mut line).write(&report).unwrap();
    /// let record: serde_json::Value = serde_json::from_slice(&line).unwrap();
    /// assert_eq!(record["verdict"], "wire");
    ///
    /// // Input that is not a document is a report with an error, not an `Err`.
    /// let failed = scorer.score(b"\x89PNG\r\n\x1a\n", &Hint::new("logo.png"));
    /// assert!(failed.error.is_some());
    /// assert_eq!(failed.row().verdict, "unknown");
    /// ```
    pub fn score(&self, bytes: &[u8], hint: &Hint) -> Report {
        self.score_with_text(bytes, hint).0
    }

    /// Scores one document and keeps its text (`Document::text`, which evidence spans point into),
    /// for reports that show the text with its evidence highlighted.
    pub fn score_with_text(&self, bytes: &[u8], hint: &Hint) -> (Report, Option<String>) {
        if bytes.len() > self.max_doc_bytes {
            return (
                Report::failed(
                    &hint.id,
                    credence_extract::InputError::TooLarge {
                        size: bytes.len(),
                        limit: self.max_doc_bytes,
                    }
                    .to_string(),
                ),
                None,
            );
        }
        match catch_unwind(AssertUnwindSafe(|| self.score_inner(bytes, hint))) {
            Ok(r) => r,
            Err(panic) => (
                Report::failed(&hint.id, internal_error("scoring", panic.as_ref())),
                None,
            ),
        }
    }

    /// Scores a string (same as [`Scorer::score`] on its UTF-8 bytes).
    ///
    /// ```
    /// use credence::{Config, Hint, Scorer};
    ///
    /// let scorer = Scorer::new(Config::default());
    /// let report = scorer.score_str("Hello\n\nA short note.", &Hint::new("note.txt"));
    /// assert_eq!(report.id, "note.txt");
    /// ```
    pub fn score_str(&self, text: &str, hint: &Hint) -> Report {
        self.score(text.as_bytes(), hint)
    }

    /// Reads and extracts only (no scoring): the document and its extraction, or the read error
    /// (or the time budget's, checked after reading and after extraction). A panic in the
    /// extractor is this document's error, as in [`Scorer::score`], never the batch's end.
    pub fn extract(
        &self,
        bytes: &[u8],
        hint: &Hint,
    ) -> Result<(credence_extract::Document, credence_extract::Extraction), String> {
        catch_unwind(AssertUnwindSafe(|| self.extract_inner(bytes, hint)))
            .unwrap_or_else(|panic| Err(internal_error("extracting", panic.as_ref())))
    }

    fn extract_inner(
        &self,
        bytes: &[u8],
        hint: &Hint,
    ) -> Result<(credence_extract::Document, credence_extract::Extraction), String> {
        #[cfg(test)]
        tests::fail_point(hint);
        if bytes.len() > self.max_doc_bytes {
            return Err(credence_extract::InputError::TooLarge {
                size: bytes.len(),
                limit: self.max_doc_bytes,
            }
            .to_string());
        }
        let started = Instant::now();
        let eh = extract_hint(hint);
        let doc = credence_extract::read(bytes, &eh).map_err(|e| e.to_string())?;
        if let Some(e) = self.over_budget(started, "reading") {
            return Err(e);
        }
        let x = self.extract_doc(&doc, &eh, false);
        if let Some(e) = self.over_budget(started, "extraction") {
            return Err(e);
        }
        Ok((doc, x))
    }

    /// The error for a document whose time budget ran out during `stage`, if it did.
    fn over_budget(&self, started: Instant, stage: &str) -> Option<String> {
        self.time_budget
            .filter(|&b| started.elapsed() >= b)
            .map(|b| {
                format!(
                    "scoring stopped after {stage}: over the {}-second time budget per document (raise it with --max-doc-seconds)",
                    b.as_secs_f64()
                )
            })
    }

    fn score_inner(&self, bytes: &[u8], hint: &Hint) -> (Report, Option<String>) {
        #[cfg(test)]
        tests::fail_point(hint);
        let started = Instant::now();
        let over_budget = |stage: &str| {
            self.over_budget(started, stage)
                .map(|msg| (Report::failed(&hint.id, msg), None))
        };
        let eh = extract_hint(hint);
        let doc = match credence_extract::read(bytes, &eh) {
            Ok(d) => d,
            Err(e) => return (Report::failed(&hint.id, e.to_string()), None),
        };
        if let Some(r) = over_budget("reading") {
            return r;
        }
        // An HTML page that shows no text at all (an empty body, a shell that scripts fill in) is
        // a failed document like a blank text file, rather than an `unknown` verdict with a score
        // of 50 and no reason. Blank plain text is refused when it is read.
        if doc.format == Format::Html && doc.text.trim().is_empty() {
            return (Report::failed(&hint.id, NO_TEXT), None);
        }
        let x = self.extract_doc(&doc, &eh, true);
        if let Some(r) = over_budget("extraction") {
            return r;
        }
        let assessment = self.heuristics.assess(&doc, &x);
        if let Some(r) = over_budget("the signals") {
            return r;
        }
        let report = Report {
            id: hint.id.clone(),
            error: None,
            format: Some(doc.format),
            encoding: Some(doc.encoding.clone()),
            extraction: Some(x),
            assessment: Some(assessment),
            diagnostics: doc.diagnostics,
            provenance: None,
        };
        (report, Some(doc.text))
    }

    /// The document's provenance sketch (a failed report gets an empty one, which links to
    /// nothing).
    pub fn sketch(&self, report: &Report) -> credence_provenance::DocSketch {
        match &report.extraction {
            Some(x) => credence_provenance::DocSketch::new(
                &report.id,
                x,
                report.assessment.as_ref(),
                &self.hasher,
            ),
            None => credence_provenance::DocSketch {
                facts: credence_provenance::DocFacts {
                    id: report.id.clone(),
                    ..Default::default()
                },
                ..Default::default()
            },
        }
    }

    /// Attaches the document's place among the batch's story clusters and scores it again with
    /// what that says: a copy dated long after its origin gets `copy_date_lag` points, another
    /// outlet's copy crediting no one `uncredited_copy` points, a near-verbatim copy is `copy` unless its own signals make it `aggregator_spam` or
    /// `ai_generated`, and a paraphrase's rewording stands for the quotable finding an
    /// `ai_generated` verdict needs beside its AI risk. Similarity alone never adds AI points.
    /// `why` gains the provenance evidence. A failed report is left as it is.
    pub fn apply_provenance(&self, report: &mut Report, placement: credence_provenance::Placement) {
        if report.error.is_some() {
            return;
        }
        if let (Some(x), Some(a)) = (&report.extraction, &report.assessment) {
            let batch = credence_heuristics::BatchFacts {
                date_lag: placement.date_lag.as_ref().map(|l| {
                    (
                        l.days,
                        format!(
                            "dated {}, {} after its origin {} ({})",
                            l.date, l.phrase, l.origin_id, l.origin_date
                        ),
                    )
                }),
                copy_of: (placement.relation == credence_provenance::Relation::Copy)
                    .then(|| placement.why.clone()),
                uncredited: placement.uncredited.clone(),
                // A newsroom retelling its own report (an explainer, a follow-up) is no
                // stranger's rewrite: its rewording is no finding of a machine.
                paraphrase_of: (placement.relation == credence_provenance::Relation::Paraphrase
                    && !placement.same_outlet)
                    .then(|| placement.why.clone()),
            };
            let mut revised = self.heuristics.rescore(x, a.signals.clone(), &batch);
            revised.why = format!("{}; provenance: {}", revised.why, placement.why);
            report.assessment = Some(revised);
        }
        report.provenance = Some(placement);
    }
}

/// The error of a document whose handling panicked during `stage`, with the panic's message.
fn internal_error(stage: &str, panic: &(dyn std::any::Any + Send)) -> String {
    let msg = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("internal error while {stage} (a bug in credence; please report it with this document): {msg}")
}

fn extract_hint(h: &Hint) -> credence_extract::Hint {
    credence_extract::Hint {
        url: h.url.clone(),
        crawl_date: h.crawl_date,
        format: h.format.or_else(|| Hint::format_from_path(&h.id)),
        charset: h.charset.clone(),
    }
}

#[cfg(test)]
mod tests {
    /// A panic where a document is handled, for the tests that a panic costs its document
    /// only: the test builds of this crate panic on the id `panic-for-test` (no other build has
    /// this function).
    pub(super) fn fail_point(hint: &super::Hint) {
        if hint.id == "panic-for-test" {
            panic!("a fail point");
        }
    }

    #[test]
    fn a_panic_is_its_documents_error_in_scoring_and_in_extraction() {
        let scorer = Scorer::new(Config::default());
        let hint = Hint::new("panic-for-test");
        let r = scorer.score(b"Harbour plan\n\nThe plan was approved.", &hint);
        let error = r.error.expect("an error row");
        assert!(error.starts_with("internal error while scoring"), "{error}");
        assert!(error.ends_with("a fail point"), "{error}");
        let e = scorer
            .extract(b"Harbour plan\n\nThe plan was approved.", &hint)
            .expect_err("an error");
        assert!(e.starts_with("internal error while extracting"), "{e}");
        // The next document is read as ever.
        assert!(scorer
            .extract(
                b"Harbour plan\n\nThe plan was approved.",
                &Hint::new("next.txt")
            )
            .is_ok());
    }

    use super::*;

    #[test]
    fn scorer_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Scorer>();
    }

    #[test]
    fn errors_become_rows() {
        let s = Scorer::new(Config {
            max_doc_bytes: 10,
            ..Config::default()
        });
        let r = s.score(b"more than ten bytes of text", &Hint::new("big.txt"));
        assert!(r.error.unwrap().contains("limit"));
        let r = Scorer::new(Config::default()).score(b"", &Hint::new("empty.txt"));
        assert_eq!(r.row().verdict, "unknown");
        assert!(r.error.unwrap().contains("empty"));
    }

    #[test]
    fn an_html_page_without_visible_text_is_a_failed_row() {
        let s = Scorer::new(Config::default());
        let shell = b"<html><head><title>Loading</title><script>app()</script></head><body><div id=root></div></body></html>";
        let r = s.score(shell, &Hint::new("shell.html"));
        assert_eq!(r.error.as_deref(), Some(NO_TEXT));
        assert_eq!(r.row().verdict, "unknown");
        // `extract` still reads what the head says.
        let (_, x) = s.extract(shell, &Hint::new("shell.html")).unwrap();
        assert_eq!(x.title.as_deref(), Some("Loading"));
        // A page with one visible sentence is scored.
        let page = b"<html><body><p>The ferry to Marrow Island runs again.</p></body></html>";
        assert!(s.score(page, &Hint::new("p.html")).error.is_none());
    }

    #[test]
    fn a_document_over_its_time_budget_gets_an_error_row() {
        // A zero budget is spent by any document: deterministic, no timing involved.
        let s = Scorer::new(Config::default()).with_time_budget(Duration::ZERO);
        let r = s.score(
            b"Harbor Reopens\n\nThe harbor reopened.",
            &Hint::new("a.txt"),
        );
        assert_eq!(
            r.error.as_deref(),
            Some("scoring stopped after reading: over the 0-second time budget per document (raise it with --max-doc-seconds)")
        );
        assert_eq!(r.row().verdict, "unknown");
        let e = s
            .extract(b"Harbor Reopens", &Hint::new("a.txt"))
            .unwrap_err();
        assert!(e.contains("0-second time budget"), "{e}");
        // The budget is stated as given, however small.
        let tiny = Scorer::new(Config::default()).with_time_budget(Duration::from_nanos(1_000));
        let r = tiny.score(
            b"Harbor Reopens\n\nThe harbor reopened.",
            &Hint::new("a.txt"),
        );
        assert!(r
            .error
            .unwrap()
            .contains("over the 0.000001-second time budget"));
        // Unreadable input still says why, budget or not.
        assert!(s
            .score(b"", &Hint::new("b.txt"))
            .error
            .unwrap()
            .contains("empty"));
        // A generous budget changes nothing.
        let page = b"Harbor Reopens\n\nThe harbor reopened on Monday, officials said.";
        let plain = Scorer::new(Config::default()).score(page, &Hint::new("c.txt"));
        let budgeted = Scorer::new(Config::default())
            .with_time_budget(Duration::from_secs(3600))
            .score(page, &Hint::new("c.txt"));
        assert_eq!(plain.row(), budgeted.row());
    }
}
