//! The HTTP response inside a WARC `response` record: status, content type, charset, and the
//! payload with chunked transfer coding and gzip content coding undone.

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
    /// `Content-Encoding: gzip` (or `x-gzip`): the payload is still compressed.
    pub gzip: bool,
    /// Where the payload starts in the block.
    pub body_start: usize,
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
        gzip: false,
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
            let v = value.to_ascii_lowercase();
            r.gzip = v.contains("gzip");
        }
    }
    Ok(r)
}

/// The payload of `block` with chunking and gzip undone, at most `cap + 1` bytes (one over tells
/// the scorer it is too large). Never fails: a malformed chunk or a broken gzip payload keeps
/// what could be decoded (invalid bytes must not abort a record).
pub(crate) fn payload(block: &[u8], r: &HttpResponse, cap: usize) -> Vec<u8> {
    let body = &block[r.body_start.min(block.len())..];
    let body = if r.chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    if r.gzip && crate::is_gzip(&body) {
        let mut out = Vec::new();
        let mut dec = flate2::read::MultiGzDecoder::new(&body[..]).take(cap as u64 + 1);
        // An error keeps the prefix decoded so far.
        let _ = dec.read_to_end(&mut out);
        return out;
    }
    body
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
        assert_eq!(payload(block, &r, 100), b"<p>hi");
    }

    #[test]
    fn chunked_and_gzip_payloads() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>h\r\n2;x=y\r\ni!\r\n0\r\n\r\n";
        let r = parse_http_response(block).unwrap();
        assert_eq!(payload(block, &r, 100), b"<p>hi!");

        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"<p>zipped").unwrap();
        let mut block = b"HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n".to_vec();
        block.extend(e.finish().unwrap());
        let r = parse_http_response(&block).unwrap();
        assert_eq!(payload(&block, &r, 100), b"<p>zipped");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse_http_response(b"").is_err());
        assert!(parse_http_response(b"\xff\xfe\x00garbage").is_err());
        assert!(parse_http_response(b"HTTP/1.1 abc").is_err());
        let r = parse_http_response(b"HTTP/1.1 404 Not Found").unwrap();
        assert_eq!(r.status, 404);
        assert_eq!(payload(b"HTTP/1.1 404 Not Found", &r, 10), b"");
        let chunked =
            parse_http_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                .unwrap();
        assert_eq!(
            payload(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                &chunked,
                10
            ),
            b""
        );
    }
}
