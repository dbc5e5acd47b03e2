//! Bytes to text: refuse what is not a text document, pick the encoding, decide text vs HTML.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

use crate::model::Format;

/// Why some bytes cannot be read as a document. The message names the problem for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputError {
    /// Zero bytes, or only white space.
    Empty,
    /// The bytes are a known binary format or hold control bytes that text does not.
    Binary(String),
    /// Larger than the configured cap.
    TooLarge {
        /// The size seen.
        size: usize,
        /// The cap.
        limit: usize,
    },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Empty => write!(f, "empty document: no text to score"),
            InputError::Binary(what) => write!(f, "not a text document: {what}"),
            InputError::TooLarge { size, limit } => write!(
                f,
                "document is {size} bytes, over the {limit}-byte limit (raise it with --max-doc-bytes)"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Magic numbers of formats people drop into a folder of articles by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"%PDF-", "PDF file (convert it to text first)"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon file"),
];

/// A share of control bytes above which a buffer is binary, not text with a few stray bytes.
/// Real scraped text holds a handful at most; binary formats are full of them.
const MAX_CONTROL_SHARE: f64 = 0.01;

/// Decoded text and what it was decoded from.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The text, with NUL bytes removed: the input's own bytes when they were valid UTF-8 as
    /// they stand (most pages), else a decoded copy.
    pub text: std::borrow::Cow<'a, str>,
    /// The encoding's name.
    pub encoding: &'static str,
    /// Text or HTML.
    pub format: Format,
    /// What was repaired.
    pub diagnostics: Vec<String>,
}

/// Decode `bytes` as a document. `format` forces text or HTML (from a file extension or the
/// caller); `None` sniffs. `declared_charset` is a charset the transport stated (HTTP header).
pub fn decode<'a>(
    bytes: &'a [u8],
    format: Option<Format>,
    declared_charset: Option<&str>,
) -> Result<Decoded<'a>, InputError> {
    let mut diagnostics = Vec::new();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    // `declared`: the encoding was stated (a BOM, the transport, a meta or XML declaration), so
    // bytes invalid in it are damage to repair, not a sign of another encoding.
    let (encoding, bom_len, declared) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len, true),
        None => {
            for (magic, what) in MAGIC {
                if bytes.starts_with(magic) {
                    return Err(InputError::Binary(format!("looks like a {what}")));
                }
            }
            // UTF-16 without a BOM shows as every other byte NUL; refuse it with a clear reason
            // rather than guessing byte order.
            let sample = &bytes[..bytes.len().min(8192)];
            let controls = control_bytes(sample);
            // A long buffer may hold a few stray bytes (the +8 slack); a short one made mostly of
            // control bytes is not text however few there are (a quarter of it or more).
            if controls as f64 > MAX_CONTROL_SHARE * sample.len() as f64 + 8.0
                || controls * 4 >= sample.len().max(1) && controls > 0
            {
                return Err(InputError::Binary(format!(
                    "{controls} control bytes in the first {} bytes",
                    sample.len()
                )));
            }
            let enc = declared_charset
                .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
                .or_else(|| sniff_meta_charset(sample))
                .or_else(|| sniff_xml_encoding(sample));
            (enc.unwrap_or(encoding_rs::UTF_8), 0, enc.is_some())
        }
    };
    let body = &bytes[bom_len..];
    // A page that declares a legacy charset but is valid UTF-8 is UTF-8 (a common CMS mistake).
    let encoding =
        if encoding != encoding_rs::UTF_8 && bom_len == 0 && std::str::from_utf8(body).is_ok() {
            encoding_rs::UTF_8
        } else {
            encoding
        };
    let (mut text, mut had_errors) = encoding.decode_without_bom_handling(body);
    let mut encoding = encoding;
    if had_errors && !declared && mostly_invalid(&text) {
        // A legacy single-byte or multi-byte page: Firefox's detector (chardetng) names the
        // encoding from the non-ASCII bytes alone, so markup cannot dilute the evidence (an
        // undeclared windows-1251 page is Cyrillic, not windows-1252 mojibake).
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(body, true);
        let guess = detector.guess(None, Utf8Detection::Deny);
        if guess == encoding_rs::WINDOWS_1252 {
            if is_legacy_single_byte(&text) {
                // What browsers fall back to for an undeclared page in a Western locale
                // (WHATWG Encoding): a file saved by a Windows editor or an old CMS, whose
                // accented letters otherwise become U+FFFD.
                encoding = encoding_rs::WINDOWS_1252;
                (text, had_errors) = encoding.decode_without_bom_handling(body);
                diagnostics
                    .push("no charset declared and not valid UTF-8: read as windows-1252".into());
            }
        } else {
            let (guessed, errors) = guess.decode_without_bom_handling(body);
            if !errors {
                encoding = guess;
                (text, had_errors) = (guessed, false);
                diagnostics.push(format!(
                    "no charset declared and not valid UTF-8: read as {} (detected)",
                    guess.name()
                ));
            }
        }
    }
    if had_errors {
        diagnostics.push(format!(
            "invalid {} byte sequences replaced with U+FFFD",
            encoding.name()
        ));
    }
    // memchr's vectorised search: `str::contains(char)` goes through core's word-at-a-time
    // memchr, a tenth of the whole read on large pages. NUL is one byte in UTF-8.
    if memchr::memchr(0, text.as_bytes()).is_some() {
        diagnostics.push("NUL characters removed".into());
        text.to_mut().retain(|c| c != '\0');
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    // Most pages hold no U+FFFD at all: a substring search settles that before counting (memchr's
    // vectorised one on the character's UTF-8 bytes, which occur nowhere else in valid UTF-8).
    let replacement_share =
        if memchr::memmem::find(text.as_bytes(), "\u{FFFD}".as_bytes()).is_some() {
            text.matches('\u{FFFD}').count() as f64 / text.chars().count() as f64
        } else {
            0.0
        };
    if replacement_share > 0.2 {
        return Err(InputError::Binary(format!(
            "{:.0}% of the bytes are not valid {}",
            replacement_share * 100.0,
            encoding.name()
        )));
    }
    let format = format.unwrap_or_else(|| sniff_format(&text));
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        format,
        diagnostics,
    })
}

/// For an undeclared document whose UTF-8 decoding (`text`) hit invalid bytes: true when it
/// reads as windows-1252 rather than as UTF-8 with a few damaged bytes ([`mostly_invalid`]),
/// with invalid sequences making up at most a fifth of the text: beyond that it is not Western
/// text, which the caller refuses as not valid UTF-8. Asked only when the detector guessed
/// windows-1252.
fn is_legacy_single_byte(text: &str) -> bool {
    mostly_invalid(text) && {
        let chars = text.chars().count();
        let replaced = text.matches('\u{FFFD}').count();
        replaced as f64 <= 0.2 * chars as f64
    }
}

/// For a UTF-8 decoding with invalid bytes: the invalid sequences (U+FFFD) outnumber the valid
/// non-ASCII characters, so the document is no UTF-8 with a few damaged bytes (a page with one
/// cut character keeps its hundreds of good ones) but another encoding.
fn mostly_invalid(text: &str) -> bool {
    let (mut replaced, mut valid) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if c == '\u{FFFD}' {
            replaced += 1;
        } else {
            valid += 1;
        }
    }
    replaced > valid
}

/// The `encoding` of an XML declaration opening the document (`<?xml version="1.0"
/// encoding="windows-1252"?>`, as XHTML pages and feeds start), when it names a known encoding.
fn sniff_xml_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let decl = &head[..memchr::memmem::find(head, b"?>")?];
    let at = memchr::memmem::find(decl, b"encoding")? + "encoding".len();
    let rest = decl[at..]
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let quote = *rest.first().filter(|q| matches!(q, b'"' | b'\''))?;
    let label = &rest[1..];
    let label = &label[..memchr::memchr(quote, label)?];
    Encoding::for_label(label)
}

/// Control bytes in `sample`: those below 0x20 other than tab, line breaks, form feed and escape.
/// Counted in runs of at most 255 bytes into a `u8`, a form the compiler vectorises; two counts
/// into a `usize` through `filter` (all bytes below 0x20, less the allowed ones) were not, at 14
/// instructions a byte of every document.
fn control_bytes(sample: &[u8]) -> usize {
    sample
        .chunks(255)
        .map(|run| {
            let n = run.iter().fold(0u8, |n, &b| {
                n + u8::from(b < 0x20 && !matches!(b, 0x09..=0x0d | 0x1b))
            });
            usize::from(n)
        })
        .sum()
}

/// Looks for `<meta charset=...>` or `<meta http-equiv=content-type content="...charset=...">` in
/// the first bytes, as browsers do before parsing. The first `charset=` that names a known
/// encoding wins: an archive's wrapper (the Wayback Machine's) can put an empty or scripted
/// `charset=` ahead of the page's own declaration.
fn sniff_meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = &head[..head.len().min(4096)];
    // Each `charset=` in any ASCII case, read in the bytes where it stands: the label after it is
    // ASCII, as is every byte that ends it, so no copy of the head (checked for UTF-8, then
    // lower-cased) is needed; that copy was most of the sniffing (seeded test
    // `meta_charset_read_in_the_bytes_as_in_a_lowered_copy`).
    memchr::memchr_iter(b'=', head)
        .filter(|&i| i >= 7 && head[i - 7..i].eq_ignore_ascii_case(b"charset"))
        .find_map(|i| {
            let rest = &head[i + 1..];
            let skip = rest
                .iter()
                .take_while(|b| matches!(b, b'"' | b'\'' | b' '))
                .count();
            let label: Vec<u8> = rest[skip..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .map(u8::to_ascii_lowercase)
                .collect();
            Encoding::for_label(&label)
        })
}

fn sniff_format(text: &str) -> Format {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
    {
        return Format::Html;
    }
    let sample = &text[..text.floor_char_boundary_compat(64 * 1024)];
    let lower = sample.to_ascii_lowercase();
    let tags = [
        "<p>", "<p ", "<div", "<body", "<head", "<meta ", "<br", "<a href",
    ]
    .iter()
    .map(|t| lower.matches(t).count())
    .sum::<usize>();
    if tags >= 3 && lower.contains('<') {
        Format::Html
    } else {
        Format::Text
    }
}

/// `str::floor_char_boundary` is not stable on our MSRV; this is the same thing.
pub(crate) trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, index: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, index: usize) -> usize {
        if index >= self.len() {
            return self.len();
        }
        let mut i = index;
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    /// `sniff_meta_charset` reads the same encoding in the bytes as the head copied, checked
    /// for UTF-8 and lower-cased did: seeded random heads of charset declarations in several
    /// cases, quotes, labels, markup and bytes that are not UTF-8.
    #[test]
    fn meta_charset_read_in_the_bytes_as_in_a_lowered_copy() {
        let old = |head: &[u8]| {
            let head = &head[..head.len().min(4096)];
            let head = String::from_utf8_lossy(head).to_ascii_lowercase();
            head.match_indices("charset=").find_map(|(at, _)| {
                let rest = head[at + "charset=".len()..].trim_start_matches(['"', '\'', ' ']);
                let label: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                    .collect();
                Encoding::for_label(label.as_bytes())
            })
        };
        let pieces: [&[u8]; 24] = [
            b"charset=",
            b"CHARSET=",
            b"Charset =",
            b"charset",
            b"=",
            b"\"",
            b"'",
            b" ",
            b"utf-8",
            b"UTF-8",
            b"windows-1251",
            b"ISO-8859-1",
            b"shift_jis",
            b"koi8-r",
            b"x",
            b"<meta ",
            b"content=\"text/html; ",
            b">",
            b"\xff",
            b"\xc3",
            b"\xa9",
            b"\xe2\x80",
            b"\t",
            b"gb2312",
        ];
        let mut rng = crate::Xorshift::new();
        let mut found = 0;
        for _ in 0..30_000 {
            let n = rng.below(10);
            let head: Vec<u8> = (0..n)
                .flat_map(|_| pieces[rng.below(pieces.len())].iter().copied())
                .collect();
            let now = sniff_meta_charset(&head);
            found += usize::from(now.is_some());
            assert_eq!(now, old(&head), "{:?}", String::from_utf8_lossy(&head));
        }
        assert!(found > 1000, "{found}");
        // A declaration cut at the 4,096th byte reads as far as it goes, as before.
        let mut long = vec![b' '; 4090];
        long.extend_from_slice(b"charset=koi8-r");
        assert_eq!(sniff_meta_charset(&long), old(&long));
    }

    use super::*;

    /// `control_bytes` against the two counts it replaced, on seeded random bytes (runs of
    /// control bytes past 255 too).
    #[test]
    fn control_bytes_as_two_counts() {
        let mut rng = crate::Xorshift::new();
        for _ in 0..3000 {
            let len = rng.below(1200);
            let low = rng.below(3) == 0;
            let sample: Vec<u8> = (0..len)
                .map(|_| {
                    if low {
                        rng.below(0x21) as u8
                    } else {
                        rng.below(256) as u8
                    }
                })
                .collect();
            let below = sample.iter().filter(|&&b| b < 0x20).count();
            let allowed = sample
                .iter()
                .filter(|&&b| (0x09..=0x0d).contains(&b) || b == 0x1b)
                .count();
            assert_eq!(control_bytes(&sample), below - allowed);
        }
    }

    #[test]
    fn refuses_empty_and_binary() {
        assert_eq!(decode(b"  \n ", None, None).unwrap_err(), InputError::Empty);
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0", None, None),
            Err(InputError::Binary(_))
        ));
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\0", None, None),
            Err(InputError::Binary(_))
        ));
        let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(
            decode(&noise, None, None),
            Err(InputError::Binary(_))
        ));
        // Short buffers made mostly of control bytes are binary too, under the 8-byte slack.
        for short in [
            &b"\0\0\0\0\0abc\0\0\0"[..],
            b"\x01\x02\x03\x04\x05\x06\x07\x08",
            b"\0\0\0",
        ] {
            assert!(
                matches!(decode(short, None, None), Err(InputError::Binary(_))),
                "{short:?}"
            );
        }
        // A stray byte or two in a short real text is still text.
        let text = b"The harbor board met on Monday.\x01 It approved the plan.\0";
        assert_eq!(decode(text, None, None).unwrap().text.len(), text.len() - 1);
    }

    #[test]
    fn a_later_charset_declaration_is_used_when_the_first_names_none() {
        let mut page = b"<html><head><script>var enc = 'charset=' + x;</script>".to_vec();
        page.extend_from_slice(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        );
        page.extend_from_slice(b"<title>Caf\xe9 r\xe9ouvert</title></head></html>");
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("Café réouvert"));
    }

    #[test]
    fn decodes_bom_and_meta_charset() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi there".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16, None, None).unwrap().text, "Hi there");
        let html =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9</p></body></html>";
        let d = decode(html, None, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("caf\u{e9}"));
        assert_eq!(d.format, Format::Html);
    }

    #[test]
    fn undeclared_cyrillic_html_is_detected_not_read_as_windows_1252() {
        // Much ASCII markup around a little windows-1251 Cyrillic: the non-ASCII bytes decide.
        let (title, _, _) = encoding_rs::WINDOWS_1251.encode("Мост через Вельку откроют в мае");
        let (para, _, _) = encoding_rs::WINDOWS_1251
            .encode("Городской совет одобрил строительство моста, сообщил мэр города.");
        let mut page = b"<html><head><title>".to_vec();
        page.extend_from_slice(&title);
        page.extend_from_slice(b"</title></head><body>");
        for _ in 0..40 {
            page.extend_from_slice(
                b"<div class=\"nav-item menu-entry\"><a href=\"/section/x\">x</a></div>",
            );
        }
        page.extend_from_slice(b"<h1>");
        page.extend_from_slice(&title);
        page.extend_from_slice(b"</h1><p>");
        page.extend_from_slice(&para);
        page.extend_from_slice(b"</p></body></html>");
        let d = decode(&page, None, None).unwrap();
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.contains("Мост через Вельку"), "{}", d.text);
    }

    #[test]
    fn undeclared_legacy_text_reads_as_windows_1252() {
        let text = b"Caf\xe9 reopens in Pell\xe9ro\nThe caf\xe9 on the quay \x96 shut since May \x96 reopened.";
        let d = decode(text, None, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.starts_with("Café reopens in Pelléro"), "{}", d.text);
        assert!(d.text.contains("quay – shut"));
        // UTF-8 with one damaged byte among good accented letters stays UTF-8.
        let mostly = "Café in Pelléro, naïve résumé: \u{e9}t\u{e9} ".as_bytes();
        let damaged = [mostly, b"\xff end"].concat();
        let d = decode(&damaged, None, None).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        // A declared encoding is kept and its bad bytes repaired.
        let d = decode(text, None, Some("utf-8")).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn an_xml_declaration_names_the_encoding() {
        let page = b"<?xml version=\"1.0\" encoding='ISO-8859-1'?>\n<html><body><p>Gar\xe7on</p></body></html>";
        let d = decode(page, None, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("Garçon"));
        assert!(sniff_xml_encoding(b"<?xml version=\"1.0\"?><p encoding='koi8-r'>").is_none());
        assert!(sniff_xml_encoding(b"<?xml encoding=\"shift_jis\"").is_none());
        assert_eq!(
            sniff_xml_encoding(b" <?xml version=\"1.0\" encoding = \"Shift_JIS\" ?>"),
            Some(encoding_rs::SHIFT_JIS)
        );
    }

    #[test]
    fn invalid_utf8_is_repaired_not_fatal() {
        // Declared UTF-8 (or UTF-8 elsewhere in the text): the bad byte is replaced.
        let d = decode(
            b"A headline\nSome text with a bad byte \xff here.",
            None,
            Some("utf-8"),
        )
        .unwrap();
        assert!(d.text.contains('\u{FFFD}'));
        assert_eq!(d.format, Format::Text);
        assert!(!d.diagnostics.is_empty());
    }
}
