//! The HTTP response inside a WARC `response` record: status, content type, charset, and the
//! payload with chunked transfer coding and the gzip, deflate, brotli or zstd content coding
//! undone.

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
    /// `br` (RFC 7932): browsers have asked for it since 2016, so browser-driven crawls
    /// (Webrecorder, Browsertrix) store brotli payloads.
    Brotli,
    /// `zstd` (RFC 8878), which browsers ask for since 2024.
    Zstd,
    /// A coding we cannot undo (`compress`, an unknown name, or several stacked), as stated,
    /// lower case.
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
            (Some("br"), None) => ContentCoding::Brotli,
            (Some("zstd"), None) => ContentCoding::Zstd,
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
        ContentCoding::Deflate => inflate(body, limit)?,
        ContentCoding::Brotli => {
            let d = brotli_decompressor::Decompressor::new(&body[..], 4096);
            let decoded = read_prefix(d.take(limit));
            decoded_or_stored(body, decoded, "br")?
        }
        ContentCoding::Zstd => {
            let decoded = unzstd(&body, limit);
            decoded_or_stored(body, decoded, "zstd")?
        }
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

/// Undoes `Content-Encoding: zstd`: every frame of `body` in turn (RFC 8878 3: a stream may hold
/// several, as `zstd` writes when inputs are joined; skippable frames are stepped over), at most
/// `limit` bytes, and whether it ended cleanly. A frame header ruzstd refuses (not zstd, or a
/// window over its limit) ends the output there.
fn unzstd(body: &[u8], limit: u64) -> (Vec<u8>, bool) {
    use ruzstd::frame::ReadFrameHeaderError;
    use ruzstd::frame_decoder::FrameDecoderError;
    let mut rest = body;
    let mut out = Vec::new();
    while !rest.is_empty() && (out.len() as u64) < limit {
        let frame = match ruzstd::StreamingDecoder::new(&mut rest) {
            Ok(frame) => frame,
            Err(FrameDecoderError::ReadFrameHeaderError(ReadFrameHeaderError::SkipFrame {
                length,
                ..
            })) => {
                // Its header (magic number and length) is read; its content is skipped.
                let Some(after) = rest.get(length as usize..) else {
                    return (out, false);
                };
                rest = after;
                continue;
            }
            Err(_) => return (out, false),
        };
        let (part, ok) = read_prefix(frame.take(limit - out.len() as u64));
        out.extend_from_slice(&part);
        if !ok {
            return (out, false);
        }
    }
    (out, true)
}

/// Undoes `Content-Encoding: deflate`. The standard says zlib (RFC 1950), but servers have long
/// sent raw deflate (RFC 1951) under that name, and browsers accept both: a valid zlib header
/// (compression method 8, header checksum a multiple of 31) decides zlib, anything else is
/// tried as raw deflate; what did not inflate goes by `decoded_or_stored`.
fn inflate(body: Vec<u8>, limit: u64) -> Result<Vec<u8>, String> {
    let zlib = body.len() >= 2
        && body[0] & 0x0f == 8
        && body[0] >> 4 <= 7
        && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
    let decoded = if zlib {
        read_prefix(flate2::read::ZlibDecoder::new(&body[..]).take(limit))
    } else {
        read_prefix(flate2::read::DeflateDecoder::new(&body[..]).take(limit))
    };
    decoded_or_stored(body, decoded, "deflate")
}

/// The decoded payload, or `body` itself when it did not decode (an error before any output, or
/// nothing at all) and starts as markup: stored decoded under the header. A payload that fails
/// before its first byte and is not markup is an error naming the coding; otherwise the prefix
/// decoded before an error is kept, so a truncated record still scores what it has.
fn decoded_or_stored(
    body: Vec<u8>,
    (out, ok): (Vec<u8>, bool),
    coding: &str,
) -> Result<Vec<u8>, String> {
    if (!ok || out.is_empty()) && looks_like_markup(&body) {
        return Ok(body);
    }
    if !ok && out.is_empty() {
        return Err(format!(
            "Content-Encoding: {coding} payload does not decode"
        ));
    }
    Ok(out)
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

    fn brotli(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut out = Vec::new();
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        w.write_all(data).unwrap();
        drop(w);
        out
    }

    /// A zstd frame (RFC 8878 3.1.1) written by hand, there being no zstd encoder for the
    /// workspace's Rust version: raw blocks of `data`, or with `rle`, run-length blocks of
    /// `data[0]` repeated `data.len()` times, 1 KiB per block. Window 1 KiB (a decoder holds a
    /// window of output back until the frame ends or more follows); no checksum.
    fn zstd_frame(data: &[u8], rle: bool) -> Vec<u8> {
        let mut out = vec![0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x00];
        let chunks: Vec<&[u8]> = data.chunks(1024).collect();
        for (i, chunk) in chunks.iter().enumerate() {
            let last = u32::from(i + 1 == chunks.len());
            let header = last | u32::from(rle) << 1 | (chunk.len() as u32) << 3;
            out.extend_from_slice(&header.to_le_bytes()[..3]);
            out.extend_from_slice(if rle { &chunk[..1] } else { chunk });
        }
        out
    }

    #[test]
    fn brotli_and_zstd_payloads() {
        let page = "<p>The Orrin Vale library reopened its reading room on Monday.</p>".repeat(12);
        let page = page.as_bytes();
        assert!(brotli(page).len() < page.len() / 4, "compressed");
        for (coding, body) in [("br", brotli(page)), ("zstd", zstd_frame(page, false))] {
            assert_eq!(decoded(&response(coding, &body)).unwrap(), page, "{coding}");
            assert_eq!(
                decoded(&response(&coding.to_uppercase(), &body)).unwrap(),
                page,
                "{coding}: the name is case-insensitive"
            );
            // Stored decoded under the header: kept as it is.
            assert_eq!(decoded(&response(coding, page)).unwrap(), page, "{coding}");
            // Garbage under the header is an error naming the coding, not a panic.
            let err = decoded(&response(coding, b"\x8f\xff\x00\x13garbage bytes")).unwrap_err();
            assert_eq!(
                err,
                format!("Content-Encoding: {coding} payload does not decode")
            );
        }
        // A truncated record keeps the prefix that decoded, without panic.
        let varied: String = (0..60)
            .map(|i| {
                format!(
                    "<p>Shelf {i} of the Orrin Vale library holds {} maps.</p>",
                    i * 7919 % 997
                )
            })
            .collect();
        let varied = varied.as_bytes();
        let cut = zstd_frame(varied, false);
        let got = decoded(&response("zstd", &cut[..cut.len() * 3 / 4])).unwrap();
        assert!(got.len() > 100, "{} bytes kept", got.len());
        assert!(varied.starts_with(&got), "a prefix of the page");
        // Brotli emits a meta-block's bytes only once it is whole, so a cut inside the only one
        // keeps nothing: then the record fails with the coding named.
        let cut = brotli(varied);
        match decoded(&response("br", &cut[..cut.len() * 3 / 4])) {
            Ok(got) => assert!(!got.is_empty() && varied.starts_with(&got)),
            Err(e) => assert_eq!(e, "Content-Encoding: br payload does not decode"),
        }
        // Several frames, as `zstd` writes joined inputs, with a skippable frame between.
        let (first, second) = page.split_at(300);
        let mut frames = zstd_frame(first, false);
        frames.extend_from_slice(&[0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, b'x', b'y', b'z']);
        frames.extend(zstd_frame(second, false));
        assert_eq!(decoded(&response("zstd", &frames)).unwrap(), page);
        assert_eq!(ContentCoding::from_header(" BR "), ContentCoding::Brotli);
        assert_eq!(
            ContentCoding::from_header("identity, zstd"),
            ContentCoding::Zstd
        );
    }

    /// Valid brotli, zstd, gzip and deflate streams with seeded random bytes overwritten, cut
    /// short or both: every one decodes to a result (never a panic) of at most `cap + 1` bytes.
    #[test]
    fn damaged_compressed_payloads_never_panic() {
        use std::io::Write;
        let page: String = (0..40)
            .map(|i| {
                format!(
                    "<p>Ferry {i} left Quarry Bay at {}:{:02}.</p>",
                    6 + i % 12,
                    i * 7 % 60
                )
            })
            .collect();
        let page = page.as_bytes();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(page).unwrap();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(page).unwrap();
        let streams = [
            ("br", brotli(page)),
            ("zstd", zstd_frame(page, false)),
            ("zstd", zstd_frame(page, true)),
            ("gzip", gz.finish().unwrap()),
            ("deflate", z.finish().unwrap()),
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let (mut ok, mut failed) = (0, 0);
        for round in 0..3_000 {
            let (coding, good) = &streams[round % streams.len()];
            let mut body = good.clone();
            for _ in 0..1 + next() % 3 {
                let at = (next() % body.len() as u64) as usize;
                body[at] = next() as u8;
            }
            if next() % 2 == 0 {
                body.truncate((next() % body.len() as u64) as usize);
            }
            let block = response(coding, &body);
            let r = parse_http_response(&block).unwrap();
            match payload(&block, &r, 700) {
                Ok(out) => {
                    assert!(out.len() <= 701, "{coding}: {} bytes", out.len());
                    ok += 1;
                }
                Err(e) => {
                    assert!(e.contains(coding), "{coding}: {e}");
                    failed += 1;
                }
            }
        }
        assert!(ok > 100 && failed > 100, "{ok} decoded, {failed} failed");
    }

    #[test]
    fn a_compression_bomb_stops_at_the_cap() {
        let big = vec![b'a'; 5_000_000];
        for (coding, body) in [("br", brotli(&big)), ("zstd", zstd_frame(&big, true))] {
            assert!(body.len() < 50_000, "{coding}");
            let block = response(coding, &body);
            let r = parse_http_response(&block).unwrap();
            // `cap + 1` bytes: one over tells the scorer the page is too large.
            assert_eq!(payload(&block, &r, 1000).unwrap().len(), 1001, "{coding}");
        }
    }

    #[test]
    fn unsupported_codings_are_named() {
        let err = decoded(&response("compress", b"\x1f\x9d\x90\x3c")).unwrap_err();
        assert_eq!(err, "unsupported Content-Encoding: compress");
        let err = decoded(&response("gzip, br", b"\x8b\x02")).unwrap_err();
        assert_eq!(err, "unsupported Content-Encoding: gzip, br");
        // A payload stored decoded under a coding we cannot undo still reads.
        assert_eq!(
            decoded(&response("compress", b"  <p>hi</p>")).unwrap(),
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
