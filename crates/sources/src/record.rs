//! What readers yield: documents, skipped records and per-record failures.

/// Whether a record's bytes are HTML or plain text, as its source states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// An HTML page (a WARC response with an HTML content type, a JSON line's HTML field).
    Html,
    /// Plain text (a JSON line's text field).
    Text,
}

/// One document to score, with what its source says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The row id: the WARC-Record-ID, a JSON line's id field, or `name:line`.
    pub id: String,
    /// The URL the document was fetched from (WARC-Target-URI, a JSON line's URL field).
    pub url: Option<String>,
    /// When it was crawled (WARC-Date, a JSON line's date field), as a day.
    pub crawl_date: Option<jiff::civil::Date>,
    /// HTML or text, when the source says.
    pub kind: Option<ContentKind>,
    /// The charset the transport declared (HTTP `Content-Type: ...; charset=`).
    pub charset: Option<String>,
    /// The document's bytes (an HTTP payload with chunking and gzip undone, a JSON string).
    pub body: Vec<u8>,
    /// Where it starts: the byte offset in the decompressed stream (WARC) or the line number
    /// (JSON Lines), for messages.
    pub position: u64,
}

/// Why a record was read but is not a document to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A WARC record that is not a `response` (warcinfo, request, metadata, revisit...).
    NotResponse,
    /// A response whose content type is not HTML (the type, e.g. `image/jpeg`).
    NotHtml(String),
    /// A response whose HTTP status is not 200.
    Status(u16),
}

/// Records read but not scored, by reason: the tally the CLI's summary line and the Python
/// module's `skipped` report.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Skipped {
    /// Responses whose content type is not HTML.
    pub not_html: u64,
    /// Responses whose status is not 200.
    pub not_ok: u64,
    /// WARC records that are not responses (warcinfo, request, metadata...): not documents.
    pub not_response: u64,
}

impl Skipped {
    /// Counts one skipped record.
    pub fn count(&mut self, reason: &SkipReason) {
        match reason {
            SkipReason::NotResponse => self.not_response += 1,
            SkipReason::NotHtml(_) => self.not_html += 1,
            SkipReason::Status(_) => self.not_ok += 1,
        }
    }
}

/// One step of a reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A document to score.
    Document(Record),
    /// A record that is not a document to score; counted, not scored.
    Skipped {
        /// The record's id (WARC-Record-ID), when it has one.
        id: Option<String>,
        /// Why.
        reason: SkipReason,
    },
    /// A record that should have been a document but cannot be read (a line that is not JSON,
    /// a record over the size cap). It gets an error row; the stream goes on.
    Failed {
        /// The row id.
        id: String,
        /// What went wrong, for a person.
        error: String,
    },
}
