//! # credence-sources
//!
//! Readers that turn byte streams into document records for scoring. They take any
//! [`std::io::BufRead`] and never touch the file system, so the command line, tests and a future
//! Python module share them.
//!
//! # Brief overview
//!
//! - [`WarcReader`]: WARC 1.0/1.1 `response` records with HTTP headers (Common Crawl's layout).
//!   Each HTML, status-200 response becomes a [`Record`]; other responses are
//!   [`Item::Skipped`] with the reason, other record types ([`Item::Skipped`] with
//!   [`SkipReason::NotResponse`]) too.
//! - [`JsonlReader`]: one JSON object per line, fields named by [`JsonlFields`]. A line that is
//!   not JSON or lacks the text and HTML fields is an [`Item::Failed`] and reading goes on.
//! - [`decompress`]: wraps a stream in flate2's `MultiGzDecoder` when it starts with the gzip
//!   magic number, so `.warc.gz` with one gzip member per record (as Common Crawl writes them)
//!   reads as one stream. [`CountingReader`] counts the raw bytes consumed, for progress and for
//!   error offsets.
//!
//! A reader's iterator yields `Result<Item, SourceError>`. An `Err` is fatal for that stream (a
//! truncated gzip member or WARC record, a byte that cannot start a WARC record): it says where,
//! and the iterator ends after it. Nothing here panics on any input; the fuzz-friendly entry
//! points are [`parse_warc_stream`], [`parse_jsonl_line`] and [`parse_http_response`], which take
//! `&[u8]`.
//!
//! # Example
//!
//! ```
//! use credence_sources::{Item, JsonlFields, JsonlReader};
//!
//! let input = b"{\"id\": \"a1\", \"text\": \"Ferry runs aground\"}\nnot json\n";
//! let items: Vec<_> = JsonlReader::new(&input[..], JsonlFields::default(), "feed.jsonl")
//!     .collect::<Result<_, _>>()
//!     .unwrap();
//! match &items[0] {
//!     Item::Document(r) => assert_eq!(r.id, "a1"),
//!     other => panic!("{other:?}"),
//! }
//! assert!(matches!(&items[1], Item::Failed { id, .. } if id == "feed.jsonl:2"));
//! ```
#![deny(missing_docs)]

mod error;
mod gzip;
mod http;
mod jsonl;
mod line;
mod record;
mod warc;

pub use error::{SourceError, SourceErrorKind};
pub use gzip::{decompress, is_gzip, CountingReader, MaybeGz};
pub use http::{parse_http_response, ContentCoding, HttpResponse};
pub use jsonl::{parse_jsonl_line, JsonlFields, JsonlReader};
pub use record::{ContentKind, Item, Record, SkipReason, Skipped};
pub use warc::{parse_warc_stream, WarcReader};

/// The default cap on one record's bytes (a WARC record block, a JSON line): 50 MiB, the scorer's
/// own default document cap. A larger record is not read into memory; it becomes
/// [`Item::Failed`] and reading goes on.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 50 * 1024 * 1024;
