//! WARC records (ISO 28500, WARC/1.0 and 1.1), as Common Crawl writes them.
//!
//! A small hand parser rather than the `warc` crate (0.4): the format is a version line, header
//! lines, a blank line, `Content-Length` bytes and a blank line, and we need three things that
//! crate's readers do not give: the record number and byte offset of a failure (its errors carry
//! neither, and our error rows must say where a file broke), a cap on the bytes read for one
//! record (its `iter_records` reads whatever `Content-Length` claims, line by line, into a buffer
//! that starts at 1 MiB per record), and no second gzip implementation (it decodes with libflate;
//! we use flate2's `MultiGzDecoder`, which the rest of the workspace shares).

use std::io::{self, BufRead, Read};

use crate::error::{SourceError, SourceErrorKind};
use crate::gzip::MaybeGz;
use crate::http::{parse_http_response, payload};
use crate::line::{read_line_capped, LineEnd};
use crate::record::{ContentKind, Item, Record, SkipReason};

/// A header line longer than this is not WARC (real ones are under 8 KiB; a long target URI).
const MAX_HEADER_LINE_BYTES: usize = 64 * 1024;
/// A header block larger than this is not WARC.
const MAX_HEADER_BLOCK_BYTES: u64 = 1024 * 1024;

/// Reads WARC records from a stream, plain or gzip (detected by its magic number; every member
/// is read, so one member per record works). Iterating yields one [`Item`] per record; an `Err`
/// ends the stream.
///
/// ```
/// use credence_sources::{Item, WarcReader};
///
/// let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<h1>Hi</h1>";
/// let warc = format!(
///     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
///      WARC-Target-URI: https://news.example/a\r\nWARC-Date: 2024-03-14T10:00:00Z\r\n\
///      Content-Length: {}\r\n\r\n{http}\r\n\r\n",
///     http.len()
/// );
/// let items: Vec<_> = WarcReader::new(warc.as_bytes()).collect::<Result<_, _>>().unwrap();
/// let Item::Document(doc) = &items[0] else { panic!() };
/// assert_eq!(doc.id, "<urn:uuid:1>");
/// assert_eq!(doc.url.as_deref(), Some("https://news.example/a"));
/// assert_eq!(doc.charset.as_deref(), Some("utf-8"));
/// assert_eq!(doc.body, b"<h1>Hi</h1>");
/// ```
pub struct WarcReader<R: BufRead> {
    reader: Option<MaybeGz<R>>,
    /// An error met while opening (sniffing the gzip header), yielded first.
    pending: Option<io::Error>,
    max_record_bytes: usize,
    /// The stream's name (a path), for the ids of records without a WARC-Record-ID.
    name: String,
    records: u64,
    offset: u64,
    line: Vec<u8>,
}

/// The WARC header fields we use.
#[derive(Default)]
struct WarcHeader {
    kind: Option<String>,
    id: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
    content_length: Option<u64>,
}

impl<R: BufRead> WarcReader<R> {
    /// Reads `reader`, with the default record cap.
    pub fn new(reader: R) -> WarcReader<R> {
        let (reader, pending) = crate::gzip::open(reader);
        WarcReader {
            reader,
            pending,
            max_record_bytes: crate::DEFAULT_MAX_RECORD_BYTES,
            name: String::new(),
            records: 0,
            offset: 0,
            line: Vec::new(),
        }
    }

    /// Records whose block is larger than `bytes` are skipped unread and yield
    /// [`Item::Failed`].
    pub fn max_record_bytes(mut self, bytes: usize) -> WarcReader<R> {
        self.max_record_bytes = bytes;
        self
    }

    /// Names the stream (a path, `-`): a response record without a WARC-Record-ID gets the id
    /// `name:record N`, as a JSON line without an id gets `name:line`, so records of two files
    /// do not share ids. Unnamed, it is `record N`.
    pub fn name(mut self, name: impl Into<String>) -> WarcReader<R> {
        self.name = name.into();
        self
    }

    /// The id of record `record`, which has no WARC-Record-ID.
    fn fallback_id(&self, record: u64) -> String {
        if self.name.is_empty() {
            format!("record {record}")
        } else {
            format!("{}:record {record}", self.name)
        }
    }

    /// Records read so far (every type).
    pub fn records_read(&self) -> u64 {
        self.records
    }

    fn read_record(&mut self, reader: &mut MaybeGz<R>) -> Result<Option<Item>, SourceError> {
        let gzip = reader.is_gzip();
        // Blank lines between records are tolerated (some writers add an extra CRLF).
        let start = loop {
            let start = self.offset;
            let (end, n) = read_line_capped(reader, &mut self.line, MAX_HEADER_LINE_BYTES)
                .map_err(|e| SourceError::from_io(e, gzip, self.records + 1, start))?;
            self.offset += n;
            match end {
                LineEnd::Eof => return Ok(None),
                _ if trim_cr(&self.line).is_empty() => continue,
                _ => break start,
            }
        };
        self.records += 1;
        let record = self.records;
        let fail = |kind| SourceError::new(kind, record, start);
        if !self.line.starts_with(b"WARC/") {
            let shown: String = String::from_utf8_lossy(&self.line)
                .chars()
                .take(40)
                .collect();
            return Err(fail(SourceErrorKind::NotWarc(format!(
                "expected a 'WARC/1.x' version line, found '{shown}'"
            ))));
        }
        let mut header = self.read_header(reader, gzip, record, start)?;
        let Some(length) = header.content_length else {
            return Err(fail(SourceErrorKind::NotWarc(
                "the record has no valid Content-Length".into(),
            )));
        };
        let is_response = header
            .kind
            .as_deref()
            .is_some_and(|k| k.eq_ignore_ascii_case("response"));
        if !is_response || length > self.max_record_bytes as u64 {
            self.skip_block(reader, length, gzip, record, start)?;
            if !is_response {
                return Ok(Some(Item::Skipped {
                    id: header.id,
                    reason: SkipReason::NotResponse,
                }));
            }
            return Ok(Some(Item::Failed {
                id: header.id.unwrap_or_else(|| self.fallback_id(record)),
                error: format!(
                    "the record is {length} bytes, over the limit of {} bytes; not read",
                    self.max_record_bytes
                ),
            }));
        }
        let mut block = Vec::with_capacity(length as usize);
        let got = reader
            .by_ref()
            .take(length)
            .read_to_end(&mut block)
            .map_err(|e| SourceError::from_io(e, gzip, record, start))?;
        self.offset += got as u64;
        if (got as u64) < length {
            return Err(fail(SourceErrorKind::TruncatedRecord));
        }
        self.skip_trailer(reader, gzip, record, start)?;
        let id = header.id.take().unwrap_or_else(|| self.fallback_id(record));
        Ok(Some(response_item(
            id,
            header,
            &block,
            start,
            self.max_record_bytes,
        )))
    }

    fn read_header(
        &mut self,
        reader: &mut MaybeGz<R>,
        gzip: bool,
        record: u64,
        start: u64,
    ) -> Result<WarcHeader, SourceError> {
        let mut h = WarcHeader::default();
        loop {
            let (end, n) = read_line_capped(reader, &mut self.line, MAX_HEADER_LINE_BYTES)
                .map_err(|e| SourceError::from_io(e, gzip, record, start))?;
            self.offset += n;
            match end {
                LineEnd::Eof => {
                    return Err(SourceError::new(
                        SourceErrorKind::TruncatedRecord,
                        record,
                        start,
                    ))
                }
                LineEnd::TooLong => {
                    return Err(SourceError::new(
                        SourceErrorKind::NotWarc("a header line is over 64 KiB".into()),
                        record,
                        start,
                    ))
                }
                LineEnd::Complete => {}
            }
            if self.offset - start > MAX_HEADER_BLOCK_BYTES {
                return Err(SourceError::new(
                    SourceErrorKind::NotWarc("the header block is over 1 MiB".into()),
                    record,
                    start,
                ));
            }
            let line = trim_cr(&self.line);
            if line.is_empty() {
                return Ok(h);
            }
            let Some(colon) = memchr::memchr(b':', line) else {
                continue;
            };
            let name = String::from_utf8_lossy(&line[..colon]);
            let value = String::from_utf8_lossy(&line[colon + 1..])
                .trim()
                .to_string();
            let name = name.trim();
            if name.eq_ignore_ascii_case("WARC-Type") {
                h.kind = Some(value);
            } else if name.eq_ignore_ascii_case("WARC-Record-ID") {
                h.id = Some(value);
            } else if name.eq_ignore_ascii_case("WARC-Target-URI") {
                // WARC/1.0 examples wrap the URI in angle brackets; 1.1 does not.
                h.target_uri = Some(value.trim_matches(|c| c == '<' || c == '>').to_string());
            } else if name.eq_ignore_ascii_case("WARC-Date") {
                h.date = Some(value);
            } else if name.eq_ignore_ascii_case("Content-Length") {
                h.content_length = value.parse().ok();
            }
        }
    }

    fn skip_block(
        &mut self,
        reader: &mut MaybeGz<R>,
        length: u64,
        gzip: bool,
        record: u64,
        start: u64,
    ) -> Result<(), SourceError> {
        let got = io::copy(&mut reader.by_ref().take(length), &mut io::sink())
            .map_err(|e| SourceError::from_io(e, gzip, record, start))?;
        self.offset += got;
        if got < length {
            return Err(SourceError::new(
                SourceErrorKind::TruncatedRecord,
                record,
                start,
            ));
        }
        self.skip_trailer(reader, gzip, record, start)
    }

    /// Consumes the CRLF CRLF after a block (leniently: up to four CR or LF bytes).
    fn skip_trailer(
        &mut self,
        reader: &mut MaybeGz<R>,
        gzip: bool,
        record: u64,
        start: u64,
    ) -> Result<(), SourceError> {
        for _ in 0..4 {
            let buf = reader
                .fill_buf()
                .map_err(|e| SourceError::from_io(e, gzip, record, start))?;
            match buf.first() {
                Some(b'\r' | b'\n') => {
                    reader.consume(1);
                    self.offset += 1;
                }
                _ => break,
            }
        }
        Ok(())
    }
}

/// The item for a response record's block.
fn response_item(id: String, header: WarcHeader, block: &[u8], start: u64, cap: usize) -> Item {
    let http = match parse_http_response(block) {
        Ok(h) => h,
        Err(e) => {
            return Item::Failed {
                id,
                error: format!("the record's HTTP response cannot be read: {e}"),
            }
        }
    };
    if http.status != 200 {
        return Item::Skipped {
            id: Some(id),
            reason: SkipReason::Status(http.status),
        };
    }
    if !http.is_html() {
        return Item::Skipped {
            id: Some(id),
            reason: SkipReason::NotHtml(http.mime.clone().unwrap_or_default()),
        };
    }
    let body = match payload(block, &http, cap) {
        Ok(body) => body,
        Err(error) => return Item::Failed { id, error },
    };
    Item::Document(Record {
        id,
        url: header.target_uri,
        crawl_date: header.date.as_deref().and_then(parse_day),
        kind: Some(ContentKind::Html),
        charset: http.charset.clone(),
        body,
        position: start,
    })
}

/// The day of an ISO 8601 timestamp (`2024-03-14T10:00:00Z` → 2024-03-14).
pub(crate) fn parse_day(s: &str) -> Option<jiff::civil::Date> {
    s.trim().get(..10)?.parse().ok()
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Item, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending.take() {
            return Some(Err(SourceError::new(SourceErrorKind::Io(e), 1, 0)));
        }
        let mut reader = self.reader.take()?;
        match self.read_record(&mut reader) {
            Ok(Some(item)) => {
                self.reader = Some(reader);
                Some(Ok(item))
            }
            Ok(None) => None,
            // The reader is dropped: nothing after a fatal error is trusted.
            Err(e) => Some(Err(e)),
        }
    }
}

/// Reads every record of a WARC stream held in memory (plain or gzip). The fuzzing entry point:
/// total on any bytes, the list ends at the first fatal error.
pub fn parse_warc_stream(bytes: &[u8]) -> Vec<Result<Item, SourceError>> {
    WarcReader::new(bytes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, id: &str, http: &str) -> Vec<u8> {
        format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {id}\r\nWARC-Target-URI: https://n.example/{id}\r\nWARC-Date: 2024-03-14T10:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
        .into_bytes()
    }

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn sample() -> Vec<Vec<u8>> {
        vec![
            record("warcinfo", "w0", "software: test\r\n"),
            record("request", "q1", "GET / HTTP/1.1\r\n\r\n"),
            record("response", "r1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>one</p>"),
            record("response", "r2", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nno"),
            record("response", "r3", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x7fPNG"),
            record("response", "r4", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>caf\u{e9}</p>"),
        ]
    }

    fn summarise(items: &[Result<Item, SourceError>]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Ok(Item::Document(r)) => format!("doc {}", r.id),
                Ok(Item::Skipped { reason, .. }) => format!("skip {reason:?}"),
                Ok(Item::Failed { id, error }) => format!("fail {id}: {error}"),
                Err(e) => format!("err {e}"),
            })
            .collect()
    }

    #[test]
    fn plain_and_per_record_gzip_read_the_same() {
        let plain: Vec<u8> = sample().concat();
        let gzipped: Vec<u8> = sample().iter().flat_map(|r| gz(r)).collect();
        let a = summarise(&parse_warc_stream(&plain));
        assert_eq!(
            a,
            [
                "skip NotResponse",
                "skip NotResponse",
                "doc r1",
                "skip Status(404)",
                "skip NotHtml(\"image/png\")",
                "doc r4"
            ]
        );
        assert_eq!(summarise(&parse_warc_stream(&gzipped)), a);
        let Ok(Item::Document(d)) = &parse_warc_stream(&plain)[5] else {
            panic!()
        };
        assert_eq!(d.charset.as_deref(), Some("windows-1252"));
        assert_eq!(d.crawl_date.unwrap().to_string(), "2024-03-14");
        assert_eq!(d.url.as_deref(), Some("https://n.example/r4"));
    }

    #[test]
    fn truncation_is_an_error_with_the_record_number() {
        let plain: Vec<u8> = sample().concat();
        let items = parse_warc_stream(&plain[..plain.len() - 20]);
        let last = items.last().unwrap().as_ref().unwrap_err();
        assert!(matches!(last.kind, SourceErrorKind::TruncatedRecord));
        assert_eq!(last.record, 6);
        assert_eq!(items.len(), 6);

        let gzipped: Vec<u8> = sample().iter().flat_map(|r| gz(r)).collect();
        let items = parse_warc_stream(&gzipped[..gzipped.len() - 30]);
        let last = items.last().unwrap().as_ref().unwrap_err();
        assert_eq!(last.record, 6, "{last}");
        assert!(last.to_string().contains("record 6"), "{last}");
    }

    #[test]
    fn records_without_an_id_are_named_after_the_stream() {
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Tern colony counted.</p>";
        let record = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        );
        let input = [sample().concat(), record.into_bytes()].concat();
        let named: Vec<_> = WarcReader::new(&input[..]).name("crawl/b.warc").collect();
        assert_eq!(summarise(&named)[6], "doc crawl/b.warc:record 7");
        // Records with an id keep it.
        assert_eq!(summarise(&named)[2], "doc r1");
        assert_eq!(summarise(&parse_warc_stream(&input))[6], "doc record 7");
    }

    #[test]
    fn a_content_coding_we_cannot_undo_is_a_failed_record() {
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress\r\n\r\n\x1f\x1d\x10";
        let input = record("response", "rz", http);
        let s = summarise(&parse_warc_stream(&input));
        assert_eq!(s, ["fail rz: unsupported Content-Encoding: compress"]);
        // A coding we can undo whose payload does not decode at all fails with the coding named.
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: zstd\r\n\r\n\x0b\x02\x7f";
        let input = record("response", "rb", http);
        let s = summarise(&parse_warc_stream(&input));
        assert_eq!(
            s,
            ["fail rb: Content-Encoding: zstd payload does not decode"]
        );
    }

    #[test]
    fn oversized_records_fail_alone() {
        let plain: Vec<u8> = sample().concat();
        let items: Vec<_> = WarcReader::new(&plain[..]).max_record_bytes(50).collect();
        let s = summarise(&items);
        assert!(s[2].starts_with("fail r1: the record is"), "{s:?}");
        assert_eq!(s.len(), 6);
    }

    #[test]
    fn garbage_never_panics() {
        for bytes in [
            &b""[..],
            b"\r\n\r\n",
            b"not a warc",
            b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/",
            b"\x1f\x8b\x08garbage",
        ] {
            let _ = parse_warc_stream(bytes);
        }
        let mut cut = sample().concat();
        for n in 0..cut.len() {
            let _ = parse_warc_stream(&cut[..n]);
        }
        cut.reverse();
        let _ = parse_warc_stream(&cut);
    }
}
