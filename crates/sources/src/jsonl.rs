//! JSON Lines: one document per line.

use std::io::BufRead;

use serde_json::Value;

use crate::error::SourceError;
use crate::gzip::MaybeGz;
use crate::line::{read_line_capped, LineEnd};
use crate::record::{ContentKind, Item, Record};
use crate::warc::parse_day;

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Which fields of a JSON line hold what. The defaults are `id`, `text`, `html`, `url`, `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// The row id (a string or a number); without it the id is `name:line`.
    pub id: String,
    /// The document as plain text.
    pub text: String,
    /// The document as HTML (used when both are present).
    pub html: String,
    /// The URL it was fetched from.
    pub url: String,
    /// When it was crawled (`YYYY-MM-DD`, or an ISO 8601 date-time whose day is taken).
    pub date: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            id: "id".into(),
            text: "text".into(),
            html: "html".into(),
            url: "url".into(),
            date: "date".into(),
        }
    }
}

/// Reads JSON Lines from a stream, plain or gzip. Every non-blank line yields one [`Item`]:
/// a [`Item::Document`], or an [`Item::Failed`] for a line that is not a JSON object, lacks both
/// the text and the HTML field, or is longer than the cap. Only a read error (a truncated gzip
/// stream) is an `Err`, and it ends the stream.
pub struct JsonlReader<R: BufRead> {
    reader: Option<MaybeGz<R>>,
    pending: Option<std::io::Error>,
    fields: JsonlFields,
    name: String,
    max_line_bytes: usize,
    line_no: u64,
    offset: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlReader<R> {
    /// Reads `reader`; `name` (a path, `-`) makes the ids of lines without an id field
    /// (`name:line`).
    pub fn new(reader: R, fields: JsonlFields, name: impl Into<String>) -> JsonlReader<R> {
        let (reader, pending) = crate::gzip::open(reader);
        JsonlReader {
            reader,
            pending,
            fields,
            name: name.into(),
            max_line_bytes: crate::DEFAULT_MAX_RECORD_BYTES,
            line_no: 0,
            offset: 0,
            buf: Vec::new(),
        }
    }

    /// Lines longer than `bytes` are dropped unread and yield [`Item::Failed`].
    pub fn max_line_bytes(mut self, bytes: usize) -> JsonlReader<R> {
        self.max_line_bytes = bytes;
        self
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Item, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending.take() {
            return Some(Err(SourceError::from_io(e, false, 1, 0)));
        }
        let reader = self.reader.as_mut()?;
        loop {
            let start = self.offset;
            let result = read_line_capped(reader, &mut self.buf, self.max_line_bytes);
            let (end, n) = match result {
                Ok(v) => v,
                Err(e) => {
                    let gzip = reader.is_gzip();
                    self.reader = None;
                    return Some(Err(SourceError::from_io(e, gzip, self.line_no + 1, start)));
                }
            };
            self.offset += n;
            if end == LineEnd::Eof {
                self.reader = None;
                return None;
            }
            self.line_no += 1;
            let fallback_id = format!("{}:{}", self.name, self.line_no);
            if end == LineEnd::TooLong {
                return Some(Ok(Item::Failed {
                    id: fallback_id,
                    error: format!(
                        "line {} is over the limit of {} bytes; not read",
                        self.line_no, self.max_line_bytes
                    ),
                }));
            }
            if self.line_no == 1 {
                // Windows tools (PowerShell, Excel, Notepad) start UTF-8 files with a byte-order
                // mark, which is no JSON.
                if self.buf.starts_with(UTF8_BOM) {
                    self.buf.drain(..UTF8_BOM.len());
                }
                if self.buf.starts_with(b"\xff\xfe") || self.buf.starts_with(b"\xfe\xff") {
                    // Every line would fail as "not JSON", and the line breaks of UTF-16 are not
                    // ours to find: one clear row, and the stream ends.
                    self.reader = None;
                    return Some(Ok(Item::Failed {
                        id: fallback_id,
                        error: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); JSON Lines must be UTF-8: convert it (iconv -f UTF-16 -t UTF-8)".into(),
                    }));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut item = parse_jsonl_line(&self.buf, &self.fields, &fallback_id);
            if let Item::Document(r) = &mut item {
                r.position = self.line_no;
            }
            return Some(Ok(item));
        }
    }
}

/// Turns one JSON line into an item; `fallback_id` is the id when the line has none (and the
/// id of its error row). Total on any bytes: the fuzzing entry point.
///
/// ```
/// use credence_sources::{parse_jsonl_line, Item, JsonlFields};
///
/// let f = JsonlFields::default();
/// let Item::Document(r) = parse_jsonl_line(br#"{"id": 7, "html": "<p>x</p>", "date": "2024-03-14T09:00:00Z"}"#, &f, "a:1")
/// else { panic!() };
/// assert_eq!((r.id.as_str(), r.crawl_date.unwrap().to_string()), ("7", "2024-03-14".to_string()));
/// assert!(matches!(parse_jsonl_line(b"{oops", &f, "a:2"), Item::Failed { .. }));
/// ```
pub fn parse_jsonl_line(line: &[u8], fields: &JsonlFields, fallback_id: &str) -> Item {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line_label = fallback_id.rsplit(':').next().unwrap_or(fallback_id);
    let fail = |error: String| Item::Failed {
        id: fallback_id.to_string(),
        error,
    };
    let mut object = match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return fail(format!("line {line_label} is JSON but not an object")),
        Err(e) => return fail(format!("line {line_label} is not JSON: {e}")),
    };
    let id = match object.get(&fields.id) {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        // An integer within 64 bits is exact as parsed; any other number went through an f64.
        Some(Value::Number(n)) if !n.is_f64() => n.to_string(),
        Some(Value::Number(n)) => {
            number_as_written(line, &fields.id).unwrap_or_else(|| n.to_string())
        }
        _ => fallback_id.to_string(),
    };
    let string = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let (kind, body) = match string(object.remove(&fields.html)) {
        Some(html) => (ContentKind::Html, html),
        None => match string(object.remove(&fields.text)) {
            Some(text) => (ContentKind::Text, text),
            None => {
                // The row's id is the record's own: name the file and line too, so the message
                // points at the JSON Lines file, not at a document the id may name.
                let place = if id == fallback_id {
                    format!("line {line_label}")
                } else {
                    format!("{fallback_id} (id {id})")
                };
                // Credence's own output read back as input (an `extract` or `score` file left in
                // a scored folder): say so.
                let own_output = ["extraction", "verdict", "credibility"]
                    .iter()
                    .any(|k| object.contains_key(*k));
                let hint = if own_output {
                    "; it looks like Credence's own extract or score output, not a document"
                } else {
                    " (set --text-field / --html-field)"
                };
                return Item::Failed {
                    id,
                    error: format!(
                        "{place} has no string field '{}' or '{}'{hint}",
                        fields.text, fields.html
                    ),
                };
            }
        },
    };
    Item::Document(Record {
        id,
        url: string(object.remove(&fields.url)),
        crawl_date: string(object.remove(&fields.date)).and_then(|d| parse_day(&d)),
        kind: Some(kind),
        charset: None,
        body: body.into_bytes(),
        position: 0,
    })
}

/// The JSON text of the number in field `field` of the object `line`, exactly as written (`1e3`,
/// `123456789012345678901`): a second parse, into raw values, paid only by a line whose id is
/// not a 64-bit integer. Of a duplicated key, the last wins, as in the first parse.
fn number_as_written(line: &[u8], field: &str) -> Option<String> {
    let raw: std::collections::HashMap<String, &serde_json::value::RawValue> =
        serde_json::from_slice(line).ok()?;
    raw.get(field).map(|v| v.get().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_bad_and_missing_lines() {
        let input = b"{\"id\":\"a\",\"text\":\"one\",\"url\":\"https://n.example/a\"}\n\n{bad json\n{\"title\":\"no body\"}\n[1,2]\n{\"html\":\"<p>two</p>\"}";
        let items: Vec<_> = JsonlReader::new(&input[..], JsonlFields::default(), "f.jsonl")
            .map(Result::unwrap)
            .collect();
        assert_eq!(items.len(), 5);
        let Item::Document(a) = &items[0] else {
            panic!()
        };
        assert_eq!((a.id.as_str(), a.kind), ("a", Some(ContentKind::Text)));
        assert_eq!(a.url.as_deref(), Some("https://n.example/a"));
        assert!(
            matches!(&items[1], Item::Failed { id, error } if id == "f.jsonl:3" && error.contains("not JSON"))
        );
        assert!(
            matches!(&items[2], Item::Failed { id, error } if id == "f.jsonl:4" && error.contains("'text'"))
        );
        assert!(matches!(&items[3], Item::Failed { error, .. } if error.contains("not an object")));
        // A record with its own id but no body names the file and line, and Credence's own
        // output read back says what it is.
        let own_input =
            b"{\"id\":\"story-1.txt\",\"title\":\"x\"}\n{\"id\":\"b.html\",\"extraction\":{}}\n";
        let own: Vec<_> = JsonlReader::new(&own_input[..], JsonlFields::default(), "feed.jsonl")
            .map(Result::unwrap)
            .collect();
        assert!(
            matches!(&own[0], Item::Failed { id, error } if id == "story-1.txt" && error.starts_with("feed.jsonl:1 (id story-1.txt) has no") && error.contains("--text-field"))
        );
        assert!(
            matches!(&own[1], Item::Failed { error, .. } if error.starts_with("feed.jsonl:2 (id b.html)") && error.contains("Credence's own"))
        );
        let Item::Document(b) = &items[4] else {
            panic!()
        };
        assert_eq!((b.id.as_str(), b.position), ("f.jsonl:6", 6));
        assert_eq!(b.kind, Some(ContentKind::Html));
    }

    #[test]
    fn custom_fields_and_long_lines() {
        let fields = JsonlFields {
            id: "doc_id".into(),
            text: "body".into(),
            ..JsonlFields::default()
        };
        let input =
            b"{\"doc_id\":\"x\",\"body\":\"text\"}\n{\"body\":\"a very long line indeed\"}\n";
        let items: Vec<_> = JsonlReader::new(&input[..], fields, "-")
            .max_line_bytes(30)
            .map(Result::unwrap)
            .collect();
        assert!(matches!(&items[0], Item::Document(r) if r.id == "x"));
        assert!(
            matches!(&items[1], Item::Failed { id, error } if id == "-:2" && error.contains("limit"))
        );
    }

    #[test]
    fn a_byte_order_mark_starts_the_first_line_only() {
        let input = b"\xef\xbb\xbf{\"id\":\"first\",\"text\":\"Kelp harvest up.\"}\r\n\xef\xbb\xbf{\"text\":\"x\"}\n";
        let items: Vec<_> = JsonlReader::new(&input[..], JsonlFields::default(), "f.jsonl")
            .map(Result::unwrap)
            .collect();
        assert!(
            matches!(&items[0], Item::Document(r) if r.id == "first"),
            "{items:?}"
        );
        // Inside the file, a BOM is a stray character: that line is not JSON.
        assert!(matches!(&items[1], Item::Failed { error, .. } if error.contains("not JSON")));
    }

    #[test]
    fn utf16_is_one_clear_error() {
        let text = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n";
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let items: Vec<_> = JsonlReader::new(&utf16[..], JsonlFields::default(), "w.jsonl")
            .map(Result::unwrap)
            .collect();
        assert_eq!(items.len(), 1, "{items:?}");
        assert!(
            matches!(&items[0], Item::Failed { id, error } if id == "w.jsonl:1" && error.contains("UTF-16"))
        );
    }

    #[test]
    fn numeric_ids_are_kept_as_written() {
        let f = JsonlFields::default();
        for (line, want) in [
            (
                &br#"{"id": 123456789012345678901, "text": "x"}"#[..],
                "123456789012345678901",
            ),
            (br#"{"id": 1e3, "text": "x"}"#, "1e3"),
            (br#"{"id": -7, "text": "x"}"#, "-7"),
            (br#"{"id": 2.50, "text": "x"}"#, "2.50"),
            (
                br#"{"id": 18446744073709551615, "text": "x"}"#,
                "18446744073709551615",
            ),
        ] {
            let Item::Document(r) = parse_jsonl_line(line, &f, "n:1") else {
                panic!()
            };
            assert_eq!(r.id, want);
        }
    }

    #[test]
    fn never_panics_on_bytes() {
        let f = JsonlFields::default();
        for line in [
            &b""[..],
            b"\xff\xfe",
            b"null",
            b"{\"text\": 5}",
            b"{\"id\": null, \"text\": \"\"}",
        ] {
            let _ = parse_jsonl_line(line, &f, "x:1");
        }
    }
}
