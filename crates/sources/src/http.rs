//! The HTTP response inside a WARC `response` record: status, content type, charset, and the
//! payload with chunked transfer coding and the gzip or deflate content coding undone.

use std::io::Read;

/// What a WARC response record's HTTP header block says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The status code (`200`).
    pub status: u16,
    /// The media type, lower case, without parameters (`text/html`), when stated.
    pub mime: Option<String>,
    /// The `charset` parameter of `Content-Type`, when stated.
    pub charset: Option<String>,
    /// `Transfer-Encoding: chunked`: the payload is still in chunks.
    pub chunked: bool,
    /// The `Content-Encoding` the payload is still in.
    pub coding: ContentCoding,
    /// Where the payload starts in the block.
    pub body_start: usize,
}

/// An HTTP content coding (RFC 9110 8.4.1), as `Content-Encoding` states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentCoding {
    /// None stated, or `identity`.
    Identity,
    /// `gzip` or `x-gzip`.
    Gzip,
    /// `deflate`: RFC 1950 zlib, or the raw RFC 1951 stream some servers send instead.
    Deflate,
    /// A coding we cannot undo (`br`, `zstd`, `compress`, or several stacked), as stated, lower
    /// case.
    Unsupported(String),
}

impl ContentCoding {
    /// The coding a `Content-Encoding` value names. `identity` entries are ignored; two real
    /// codings stacked (`gzip, br`) are unsupported as a whole, being too rare to be worth undoing.
    pub fn from_header(value: &str) -> ContentCoding {
        let v = value.trim().to_ascii_lowercase();
        let mut codings = v
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty() && *c != "identity");
        match (codings.next(), codings.next()) {
            (None, _) => ContentCoding::Identity,
            (Some("gzip" | "x-gzip"), None) => ContentCoding::Gzip,
            (Some("deflate"), None) => ContentCoding::Deflate,
            _ => ContentCoding::Unsupported(v),
        }
    }
}

impl HttpResponse {
    /// True for HTML media types (and for a response that states none, which the extractor
    /// sniffs).
    pub fn is_html(&self) -> bool {
        match self.mime.as_deref() {
            None => true,
            Some(m) => m == "text/html" || m == "application/xhtml+xml",
        }
    }
}

/// Parses the status line and headers of an HTTP response block. Total on any bytes: returns an
/// error message for a block that is not an HTTP response.
pub fn parse_http_response(block: &[u8]) -> Result<HttpResponse, String> {
    let (head_end, body_start) = match memchr::memmem::find(block, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match memchr::memmem::find(block, b"\n\n") {
            Some(i) => (i, i + 2),
            None => (block.len(), block.len()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.split_whitespace();
    let proto = parts.next().unwrap_or("");
    if !proto.starts_with("HTTP/") {
        return Err(format!(
            "not an HTTP response: the block starts with '{}'",
            status_line.chars().take(40).collect::<String>()
        ));
    }
    let status = parts
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad HTTP status line '{status_line}'"))?;
    let mut r = HttpResponse {
        status,
        mime: None,
        charset: None,
        chunked: false,
        coding: ContentCoding::Identity,
        body_start,
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("content-type") {
            let mut params = value.split(';');
            let mime = params.next().unwrap_or("").trim().to_ascii_lowercase();
            r.mime = (!mime.is_empty()).then_some(mime);
            for p in params {
                if let Some((k, v)) = p.split_once('=') {
                    if k.trim().eq_ignore_ascii_case("charset") {
                        let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
                        r.charset = (!v.is_empty()).then(|| v.to_string());
                    }
                }
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            r.chunked = value.to_ascii_lowercase().contains("chunked");
        } else if name.eq_ignore_ascii_case("content-encoding") {
            r.coding = ContentCoding::from_header(value);
        }
    }
    Ok(r)
}

/// The payload of `block` with chunking and the content coding undone, at most `cap + 1` bytes
/// (one over tells the scorer it is too large); an error for a content coding we cannot undo. A
/// malformed chunk or a broken compressed payload keeps what could be decoded (invalid bytes
/// must not abort a record).
///
/// A payload that is not in the coding its header states was stored decoded (some crawlers
/// do that and keep the header): a "gzip" payload without the gzip magic number, a "deflate" one
/// that does not inflate and starts as markup, an unsupported one that starts as markup all pass
/// as they are.
pub(crate) fn payload(block: &[u8], r: &HttpResponse, cap: usize) -> Result<Vec<u8>, String> {
    let body = &block[r.body_start.min(block.len())..];
    let body = if r.chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    let limit = cap as u64 + 1;
    Ok(match &r.coding {
        ContentCoding::Gzip if crate::is_gzip(&body) => {
            // An error keeps the prefix decoded so far.
            read_prefix(flate2::read::MultiGzDecoder::new(&body[..]).take(limit)).0
        }
        ContentCoding::Deflate => inflate(body, limit),
        ContentCoding::Unsupported(name) if !looks_like_markup(&body) => {
            return Err(format!("unsupported Content-Encoding: {name}"))
        }
        _ => body,
    })
}

/// Everything `reader` yields up to its first error, and whether it ended cleanly.
fn read_prefix(mut reader: impl Read) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let ok = reader.read_to_end(&mut out).is_ok();
    (out, ok)
}

/// Undoes `Content-Encoding: deflate`. The standard says zlib (RFC 1950), but servers have long
/// sent raw deflate (RFC 1951) under that name, and browsers accept both: a valid zlib header
/// (compression method 8, header checksum a multiple of 31) decides zlib, anything else is
/// tried as raw deflate. A body that does not inflate cleanly and starts as markup was stored
/// decoded and is kept as it is; otherwise the prefix decoded before the error is kept.
fn inflate(body: Vec<u8>, limit: u64) -> Vec<u8> {
    let zlib = body.len() >= 2
        && body[0] & 0x0f == 8
        && body[0] >> 4 <= 7
        && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
    if zlib {
        return read_prefix(flate2::read::ZlibDecoder::new(&body[..]).take(limit)).0;
    }
    let (out, ok) = read_prefix(flate2::read::DeflateDecoder::new(&body[..]).take(limit));
    if (!ok || out.is_empty()) && looks_like_markup(&body) {
        return body;
    }
    out
}

/// True when `body` starts, after white space or a UTF-8 byte-order mark, with `<`: a payload
/// stored already decoded. Asked only of a payload that did not decode, or whose coding we
/// cannot undo (a compressed stream starting with `<` then scores as the binary it is).
fn looks_like_markup(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<')
}

/// Undoes HTTP/1.1 chunked transfer coding; stops at the last chunk or at the first malformed
/// size line, keeping the data before it.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    while let Some(eol) = memchr::memchr(b'\n', body) {
        let size_line = String::from_utf8_lossy(&body[..eol]);
        let hex = size_line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(hex, 16) else {
            break;
        };
        body = &body[eol + 1..];
        if size == 0 {
            break;
        }
        let take = size.min(body.len());
        out.extend_from_slice(&body[..take]);
        body = &body[take..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_type_and_charset() {
        let block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n\r\n<p>hi";
        let r = parse_http_response(block).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.mime.as_deref(), Some("text/html"));
        assert_eq!(r.charset.as_deref(), Some("ISO-8859-1"));
        assert!(r.is_html());
        assert_eq!(payload(block, &r, 100).unwrap(), b"<p>hi");
    }

    #[test]
    fn chunked_and_gzip_payloads() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>h\r\n2;x=y\r\ni!\r\n0\r\n\r\n";
        let r = parse_http_response(block).unwrap();
        assert_eq!(payload(block, &r, 100).unwrap(), b"<p>hi!");

        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"<p>zipped").unwrap();
        let mut block = b"HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n".to_vec();
        block.extend(e.finish().unwrap());
        let r = parse_http_response(&block).unwrap();
        assert_eq!(payload(&block, &r, 100).unwrap(), b"<p>zipped");
    }

    fn response(coding: &str, body: &[u8]) -> Vec<u8> {
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {coding}\r\n\r\n"
        )
        .into_bytes();
        block.extend_from_slice(body);
        block
    }

    fn decoded(block: &[u8]) -> Result<Vec<u8>, String> {
        let r = parse_http_response(block).unwrap();
        payload(block, &r, 1000)
    }

    #[test]
    fn deflate_payloads_zlib_raw_or_stored_decoded() {
        use std::io::Write;
        let page = b"<p>The Marlowe Creek ferry resumed service on Tuesday.</p>";
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(page).unwrap();
        let zlib = z.finish().unwrap();
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        d.write_all(page).unwrap();
        let raw = d.finish().unwrap();
        assert_eq!(decoded(&response("deflate", &zlib)).unwrap(), page);
        assert_eq!(decoded(&response("Deflate", &raw)).unwrap(), page);
        // Stored decoded under the header: kept as it is.
        assert_eq!(decoded(&response("deflate", page)).unwrap(), page);
        // Identity entries are no coding.
        assert_eq!(decoded(&response("identity", page)).unwrap(), page);
        assert_eq!(
            ContentCoding::from_header("identity, deflate"),
            ContentCoding::Deflate
        );
    }

    #[test]
    fn unsupported_codings_are_named() {
        let err = decoded(&response("br", b"\x1b\x03\x00\xf8\xa5")).unwrap_err();
        assert_eq!(err, "unsupported Content-Encoding: br");
        let err = decoded(&response("gzip, br", b"\x8b\x02")).unwrap_err();
        assert_eq!(err, "unsupported Content-Encoding: gzip, br");
        // A payload stored decoded under a coding we cannot undo still reads.
        assert_eq!(
            decoded(&response("br", b"  <p>hi</p>")).unwrap(),
            b"  <p>hi</p>"
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse_http_response(b"").is_err());
        assert!(parse_http_response(b"\xff\xfe\x00garbage").is_err());
        assert!(parse_http_response(b"HTTP/1.1 abc").is_err());
        let r = parse_http_response(b"HTTP/1.1 404 Not Found").unwrap();
        assert_eq!(r.status, 404);
        assert_eq!(payload(b"HTTP/1.1 404 Not Found", &r, 10).unwrap(), b"");
        let chunked =
            parse_http_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                .unwrap();
        assert_eq!(
            payload(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                &chunked,
                10
            )
            .unwrap(),
            b""
        );
        for coding in ["gzip", "deflate", "br"] {
            for body in [
                &b""[..],
                b"\x78",
                b"\x78\x9c\x00",
                b"\x1f\x8b\x08\x00",
                b"\xff\xfe",
            ] {
                let _ = decoded(&response(coding, body));
            }
        }
    }
}
