//! Errors that end a stream.

use std::fmt;

/// An error after which a stream cannot be read further. It says where: the record number
/// (1-based, counting every record or line read so far) and byte offsets.
#[derive(Debug)]
pub struct SourceError {
    /// What went wrong.
    pub kind: SourceErrorKind,
    /// The 1-based number of the record (WARC record or JSON line) being read.
    pub record: u64,
    /// Byte offset of that record's start in the decompressed stream.
    pub offset: u64,
}

/// What ended a stream.
#[derive(Debug)]
#[non_exhaustive]
pub enum SourceErrorKind {
    /// The gzip stream ended in the middle of a member, or is corrupt.
    Gzip(std::io::Error),
    /// The stream ended inside a WARC record (its header, or before Content-Length bytes).
    TruncatedRecord,
    /// The bytes at this offset are not a WARC record (no `WARC/` version line, no or a bad
    /// Content-Length, a header block over 1 MiB).
    NotWarc(String),
    /// Any other read error.
    Io(std::io::Error),
}

impl SourceError {
    /// The error for a person, placed where they can find it: a gzip failure at `raw_offset`, its
    /// byte in the file as stored (what `ls -l` counts), others in the decompressed stream that
    /// record offsets refer to. The CLI and the Python module word a broken stream with this.
    pub fn describe(&self, raw_offset: u64) -> String {
        match &self.kind {
            SourceErrorKind::Gzip(io) => format!(
                "truncated or corrupt gzip stream at byte {raw_offset} of the file (record {}, which starts at byte {} of the decompressed stream): {io}",
                self.record, self.offset
            ),
            _ => self.to_string(),
        }
    }

    /// The error row's message when input `name` broke here, after `documents` documents of it
    /// were scored; `raw_offset` as for [`SourceError::describe`].
    pub fn stream_broken(&self, name: &str, raw_offset: u64, documents: u64) -> String {
        format!(
            "cannot read '{name}': {}; the {} records before it were read and their {documents} documents scored",
            self.describe(raw_offset),
            self.record.saturating_sub(1),
        )
    }

    pub(crate) fn new(kind: SourceErrorKind, record: u64, offset: u64) -> SourceError {
        SourceError {
            kind,
            record,
            offset,
        }
    }

    /// Classifies an I/O error met while reading record `record`: errors coming out of the
    /// gzip decoder (flate2 reports a cut-off member as `UnexpectedEof` or `InvalidInput`, a
    /// corrupt one as `InvalidData`) become [`SourceErrorKind::Gzip`] when the stream is gzip.
    pub(crate) fn from_io(e: std::io::Error, gzip: bool, record: u64, offset: u64) -> SourceError {
        use std::io::ErrorKind::*;
        let kind = match e.kind() {
            UnexpectedEof | InvalidInput | InvalidData if gzip => SourceErrorKind::Gzip(e),
            UnexpectedEof => SourceErrorKind::TruncatedRecord,
            _ => SourceErrorKind::Io(e),
        };
        SourceError::new(kind, record, offset)
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (record, offset) = (self.record, self.offset);
        match &self.kind {
            SourceErrorKind::Gzip(e) => write!(
                f,
                "truncated or corrupt gzip stream in record {record} (at byte {offset} of the decompressed stream): {e}"
            ),
            SourceErrorKind::TruncatedRecord => write!(
                f,
                "truncated record: the stream ends inside record {record} (which starts at byte {offset})"
            ),
            SourceErrorKind::NotWarc(why) => write!(
                f,
                "not a WARC record at byte {offset} (record {record}): {why}"
            ),
            SourceErrorKind::Io(e) => write!(f, "read error in record {record} (byte {offset}): {e}"),
        }
    }
}

impl std::error::Error for SourceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            SourceErrorKind::Gzip(e) | SourceErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
