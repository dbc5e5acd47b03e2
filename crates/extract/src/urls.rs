//! URLs in text, with the ones a conversion wrapped over two lines joined back.
//!
//! A PDF or terminal conversion breaks long URLs at the column limit, often mid-word and without a
//! hyphen (`.../defense-summ` + `it-a83205`). A URL that runs to the end of its line and looks cut
//! is joined with the first token of the next line when that token could not be prose on its own
//! (a path, a slug, a file name), the sentence's punctuation after it left out; in an HTML page only
//! when the page links to the joined URL.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Document, UrlRef};
use crate::Trim;

// An ASCII word boundary (`(?-u:\b)`): a Unicode one keeps the regex crate off its fast engines
// on any non-ASCII text.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'“”‘’]+"#).expect("valid regex")
});
/// The searcher for "://", built once: `memmem::find` builds one for each line it is asked,
/// which cost more than the search.
static SCHEME_END: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"://"));
/// False when `line` holds neither "://" nor "www." (ASCII case-blind: no letter of "http" or
/// "www" has a case form outside ASCII), one of which every [`URL`] match holds. Most lines
/// hold neither and skip the regex, whose scan of a line costs several times this test.
fn may_hold_url(line: &str) -> bool {
    let b = line.as_bytes();
    SCHEME_END.find(b).is_some()
        || memchr::memchr_iter(b'.', b).any(|i| i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"))
}
/// Which lines (by number, index 0 unused) may hold "://" or "www." (see [`may_hold_url`]), found
/// by one search of the whole text: every line whose text (or the rest of it after a
/// continuation token) holds one overlaps an occurrence in the text, and no occurrence spans a
/// line break. The lines it marks are still asked; asking each line of the text (two searches a
/// line, a substring searcher's set-up each time) cost about 4,000 instructions a plain text.
fn url_lines(doc: &Document) -> Vec<bool> {
    let b = doc.text.as_bytes();
    let schemes = SCHEME_END.find_iter(b).map(|at| (at, at + 3));
    let www = memchr::memchr_iter(b'.', b)
        .filter(|&i| i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"))
        .map(|i| (i - 3, i + 1));
    crate::agency::lines_overlapping(doc, schemes.chain(www))
}

/// A continuation line: one token of URL characters.
static CONTINUATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9\-._~/%?#=&+:;@!$,]+$").expect("valid regex"));

/// Trailing punctuation that ends a sentence rather than the URL.
fn trim_url(u: &str) -> &str {
    let mut u = u.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '»', '>']);
    // Keep a closing parenthesis only when the URL opened one (Wikipedia-style paths).
    while u.ends_with(')') && u.matches('(').count() < u.matches(')').count() {
        u = &u[..u.len() - 1];
    }
    u
}

/// Characters a line break may follow inside a URL that a sentence seldom ends a URL with.
const CUT_ENDS: [char; 7] = ['/', '-', '_', '.', '?', '=', '&'];

/// File extensions a line break may split from their dot.
const EXTENSIONS: [&str; 16] = [
    "pdf", "html", "htm", "php", "asp", "aspx", "jsp", "jpg", "jpeg", "png", "gif", "csv", "xlsx",
    "docx", "json", "xml",
];

/// `token` without the punctuation a sentence puts after a URL (`,`, `.`, `)`, `>`...).
fn without_closing(token: &str) -> &str {
    token.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '»', '>', ')', ']'])
}

/// True when `cont`, the first token of the next line, continues `url`, which ended its line,
/// rather than starting the prose after it. The URL must look cut: it ends with one of
/// [`CUT_ENDS`], or its last path segment has no extension ("…/water-quality"), or it is a bare
/// host cut inside a name ("www.example.ex" + "ample/reports/"). The token (without closing
/// punctuation) must be URL characters and hold a '/', '.', '-' or '_' (a file name, a path, a
/// slug), not an ordinary word ("and", "Read"), nor a new URL.
fn continues_url(url: &str, cont: &str) -> bool {
    let t = without_closing(cont);
    if t.is_empty()
        || t.len() > 200
        || !CONTINUATION.is_match(t)
        || t.to_ascii_lowercase().starts_with("http")
        || t.to_ascii_lowercase().starts_with("www.")
    {
        return false;
    }
    // After a '.' or a '?', which also end sentences, a capital opens the next sentence.
    if url.ends_with(['.', '?']) && t.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // Cut before a file extension: "…/annual." + "pdf".
    if url.ends_with('.') && EXTENSIONS.contains(&t) {
        return true;
    }
    // Cut inside a query: "…?id=" + "40&lang=en".
    let query = url.ends_with(['?', '=', '&']) && t.contains(['=', '&']);
    if !t.contains(['/', '.', '-', '_']) && !query {
        return cut_inside_an_id(url, t);
    }
    if url.ends_with(CUT_ENDS) {
        return true;
    }
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.split_once('/') {
        // A bare host: cut inside its name only when the token goes on into a path.
        None => t.split_once('/').is_some_and(|(host, _)| {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        }),
        Some((_, path)) => {
            // A query or a fragment ends where it ends; a path segment with an extension
            // ("report.pdf") is complete.
            !path.contains(['?', '#']) && !path.rsplit('/').next().unwrap_or("").contains('.')
        }
    }
}

/// True when `url` ends inside a query value that is an id ("…?id=88") and `t` goes on with it
/// ("21f0a3"): the value holds a digit, and so does the token, which is letters and digits only,
/// three or more of them, and neither an ordinal ("3rd") nor a capital and a number ("G20"), the
/// words a sentence after a complete URL may open with. A token of digits alone ("2024") stays
/// prose: a year opens sentences.
fn cut_inside_an_id(url: &str, t: &str) -> bool {
    let Some((_, query)) = url.rsplit_once('?') else {
        return false;
    };
    let value = query.rsplit(['=', '&']).next().unwrap_or("");
    let alnum = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    let letter = |s: &str| s.bytes().any(|b| b.is_ascii_alphabetic());
    if !query.contains('=') || !alnum(value) || !digit(value) || !alnum(t) || t.len() < 3 {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| {
        lower
            .strip_suffix(o)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    let capital_and_number =
        t.as_bytes()[0].is_ascii_uppercase() && t[1..].bytes().all(|b| b.is_ascii_digit());
    digit(t) && letter(t) && !ordinal && !capital_and_number
}

/// Every URL written in the text, in order, wrapped ones repaired. A URL that ends its line is
/// joined with the first token of the next line when [`continues_url`] says so (and, in an HTML
/// page, the page links to the joined URL); the rest of that line is read for URLs after the
/// token.
pub fn in_text(doc: &Document) -> Vec<UrlRef> {
    let mut out = Vec::new();
    // An HTML page's lines are its blocks: a URL and the next block joined are a wrapped URL
    // only when the page links to the result (a link's text broken by a `<br>`).
    let html = doc.format == crate::model::Format::Html;
    let is_link = |u: &str| {
        doc.html
            .links
            .iter()
            .any(|l| l == u || l.trim_end_matches('/') == u.trim_end_matches('/'))
    };
    let may_hold = url_lines(doc);
    let mut n = 1;
    // Where the reading of line `n` starts: after a continuation token taken from it.
    let mut from = 0;
    while n <= doc.lines.len() {
        let full = doc.line(n);
        let line = &full[from.min(full.len())..];
        let mut consumed_next = 0;
        let mut next_from = 0;
        let urls = (may_hold.get(n).copied().unwrap_or(true) && may_hold_url(line))
            .then(|| URL.find_iter(line));
        for m in urls.into_iter().flatten() {
            let base = trim_url(m.as_str());
            let mut repaired = false;
            // The URL ends the line, with nothing trimmed off it but a '.' or a '?' at which a
            // line break may have cut it ("…/annual." + "pdf", "…/list?" + "page=2").
            let trimmed_off = &m.as_str()[base.len()..];
            let at_end = line[m.end()..].trim_fast().is_empty()
                && (trimmed_off.is_empty() || trimmed_off == "." || trimmed_off == "?");
            let mut url = if at_end { m.as_str() } else { base }.to_string();
            if at_end {
                // Follow continuation lines (a very long URL may be broken more than once).
                let mut k = n + 1;
                while k <= doc.lines.len() && k <= n + 3 {
                    let next = doc.line(k);
                    let lead = next.len() - next.trim_start().len();
                    let token_len = next[lead..]
                        .find(char::is_whitespace)
                        .unwrap_or(next.len() - lead);
                    let token = &next[lead..lead + token_len];
                    if !continues_url(&url, token) {
                        break;
                    }
                    let joined = format!("{url}{}", without_closing(token));
                    if url::Url::parse(&with_scheme(&joined)).is_err()
                        || html && !is_link(trim_url(&joined))
                    {
                        break;
                    }
                    url = trim_url(&joined).to_string();
                    repaired = true;
                    let whole = next[lead + token_len..].trim_fast().is_empty()
                        && without_closing(token) == token;
                    if whole {
                        consumed_next = k - n;
                        k += 1;
                    } else {
                        // The line goes on after the URL: read it from there, and look no
                        // further for continuations.
                        consumed_next = k - n - 1;
                        next_from = lead + token_len;
                        break;
                    }
                }
            }
            if !repaired {
                url = base.to_string();
            }
            if url::Url::parse(&with_scheme(&url)).is_ok() {
                out.push(UrlRef {
                    url,
                    line: Some(n),
                    repaired,
                });
            }
        }
        n += 1 + consumed_next;
        from = next_from;
    }
    out
}

fn with_scheme(u: &str) -> String {
    if u.to_ascii_lowercase().starts_with("www.") {
        format!("http://{u}")
    } else {
        u.to_string()
    }
}

/// The registrable domain of a URL (`news.bbc.co.uk` → `bbc.co.uk`), from the public-suffix list
/// compiled into the `psl` crate; the host itself when the list knows no suffix for it.
pub fn registrable_domain(u: &str) -> Option<String> {
    let h = host(u)?;
    Some(psl::domain_str(&h).map(str::to_string).unwrap_or(h))
}

/// The host of a URL, lower-cased, without `www.`.
pub fn host(u: &str) -> Option<String> {
    let parsed = url::Url::parse(&with_scheme(u)).ok()?;
    let h = parsed.host_str()?.to_ascii_lowercase();
    Some(h.strip_prefix("www.").unwrap_or(&h).to_string())
}

#[cfg(test)]
mod tests {

    /// `url_lines` marks every line whose text, or any rest of it, `may_hold_url` accepts, on
    /// seeded random texts of schemes, "www." in any case, dots, slashes, colons, line breaks and
    /// words.
    #[test]
    fn url_lines_mark_every_line_that_may_hold_one() {
        let pieces = [
            "https://", "http:", "//", "://", ":/", "www.", "WwW.", "ww", "w", ".", "..", "\n",
            "\r\n", " ", "example", "é", "/path", "x",
        ];
        let mut rng = crate::Xorshift::new();
        let mut marked = 0;
        for _ in 0..20_000 {
            let text = rng.string(&pieces, 16);
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            let may = super::url_lines(&d);
            for (n, &marked_line) in may.iter().enumerate().skip(1) {
                let line = d.line(n);
                for (from, _) in line.char_indices() {
                    if super::may_hold_url(&line[from..]) {
                        assert!(marked_line, "{line:?} in {text:?}");
                        marked += 1;
                    }
                }
            }
        }
        assert!(marked > 10_000, "{marked}");
    }

    /// The test before `URL` turns away no line the regex matches: seeded random lines of
    /// schemes and "www" in several cases, the long s (which the case-blind regex takes for an
    /// `s`), dots, slashes, colons, quotes, white space, letters and digits of other scripts.
    #[test]
    fn url_pretest_misses_no_url() {
        let pieces = [
            "http", "HTTPS", "hTtpſ", "https", "://", ":", "/", "//", "www", "WWW", "wWw", ".",
            "..", "w", "ww", "x", "é", "٣", "Ω", " ", "\u{a0}", "\"", "<", "“", "news", "example",
            "-",
        ];
        let mut rng = crate::Xorshift::new();
        let mut hits = 0;
        for _ in 0..100_000 {
            let t = rng.string(&pieces, 10);
            if super::URL.is_match(&t) {
                assert!(super::may_hold_url(&t), "{t:?}");
                hits += 1;
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    use super::*;

    fn urls(s: &str) -> Vec<UrlRef> {
        in_text(&crate::text::parse(s, "UTF-8", vec![]))
    }

    #[test]
    fn joins_wrapped_url() {
        let u = urls("Original url:\nhttps://news.example.org/2024/03/14/harbor-flood-closes-bridge-and-sea\nwall-b7731\n\nNext paragraph.");
        assert_eq!(u.len(), 1);
        assert_eq!(
            u[0].url,
            "https://news.example.org/2024/03/14/harbor-flood-closes-bridge-and-seawall-b7731"
        );
        assert!(u[0].repaired);
        assert_eq!(u[0].line, Some(2));
    }

    #[test]
    fn does_not_join_prose() {
        let u = urls(
            "See https://example.org/report\nThe council said more.\nhttps://example.org/a\nNext",
        );
        assert_eq!(
            u.iter().map(|u| u.url.as_str()).collect::<Vec<_>>(),
            ["https://example.org/report", "https://example.org/a"]
        );
        assert!(u.iter().all(|u| !u.repaired));
    }

    #[test]
    fn joins_a_url_wrapped_inside_prose() {
        let one = |s: &str| {
            urls(s)
                .into_iter()
                .map(|u| (u.url, u.repaired))
                .collect::<Vec<_>>()
        };
        let pdf = "https://www.environment.valdoria.example/reports/2024/water-quality-annual.pdf";
        assert_eq!(
            one("The report is at https://www.environment.valdoria.example/reports/2024/\nwater-quality-annual.pdf and runs 240 pages.\n"),
            vec![(pdf.to_string(), true)]
        );
        assert_eq!(
            one("Source: <https://www.environment.valdoria.example/reports/2024/\nwater-quality-annual.pdf>\n"),
            vec![(pdf.to_string(), true)]
        );
        assert_eq!(
            one("(see https://www.environment.valdoria.example/reports/2024/water-\nquality-annual.pdf), the ministry said.\n"),
            vec![(pdf.to_string(), true)]
        );
        assert_eq!(
            one("It is at https://www.environment.valdoria.example/reports/2024/water-quality-annual.\npdf, the ministry said.\n"),
            vec![(pdf.to_string(), true)]
        );
        // An id in a query cut in two.
        assert_eq!(
            one("Source: https://news.example.org/item?id=88\n21f0a3 (retrieved in May)\n"),
            vec![(
                "https://news.example.org/item?id=8821f0a3".to_string(),
                true
            )]
        );
        assert_eq!(
            one("Read it at https://news.example.org/view?lang=en&doc=4f\n19c2e7\n"),
            vec![(
                "https://news.example.org/view?lang=en&doc=4f19c2e7".to_string(),
                true
            )]
        );
        // A host cut inside its name.
        assert_eq!(
            one("available at https://www.environment.valdoria.ex\nample/reports/2024/water-quality-annual.pdf, tested samples\n"),
            vec![(pdf.to_string(), true)]
        );
        // The rest of the continuation line is still read for URLs.
        assert_eq!(
            one("See https://harbour.example/docs/\nferry-timetable.pdf or https://harbour.example/map for more.\n"),
            vec![
                ("https://harbour.example/docs/ferry-timetable.pdf".to_string(), true),
                ("https://harbour.example/map".to_string(), false)
            ]
        );
    }

    #[test]
    fn does_not_join_the_prose_after_a_complete_url() {
        let one = |s: &str| urls(s).into_iter().map(|u| u.url).collect::<Vec<_>>();
        // An ordinary word, a capitalised word, a number: the sentence goes on.
        assert_eq!(
            one("See https://example.org/report\nand then the council voted.\n"),
            ["https://example.org/report"]
        );
        assert_eq!(
            one("See https://example.org/reports/\nand then the council voted.\n"),
            ["https://example.org/reports/"]
        );
        assert_eq!(
            one("See https://example.org/report\nReaders wrote in.\n"),
            ["https://example.org/report"]
        );
        assert_eq!(
            one("See https://example.org/report\n2024 was a dry year.\n"),
            ["https://example.org/report"]
        );
        // After an id in a query: a year, an ordinal, a capital and a number, a word.
        for next in [
            "2024 was a dry year.",
            "3rd time lucky.",
            "G20 ministers met.",
            "and then it closed.",
        ] {
            assert_eq!(
                one(&format!("See https://example.org/story?id=8821\n{next}\n")),
                ["https://example.org/story?id=8821"],
                "{next}"
            );
        }
        // A complete file name, a query, a sentence's full stop.
        assert_eq!(
            one("See https://example.org/report.pdf\nlong-term plans were set out.\n"),
            ["https://example.org/report.pdf"]
        );
        assert_eq!(
            one("See https://example.org/list?page=2\nfollow-up notes came later.\n"),
            ["https://example.org/list?page=2"]
        );
        assert_eq!(
            one("Read it at https://example.org/report.\nLong-term plans were set out.\n"),
            ["https://example.org/report"]
        );
        // A bare host and a word that is no path.
        assert_eq!(
            one("Visit www.example.com\nfor details.\n"),
            ["www.example.com"]
        );
        // A URL with more text after it on its line is not cut.
        assert_eq!(
            one("See https://example.org/docs/ today\nwater-quality.pdf is the file.\n"),
            ["https://example.org/docs/"]
        );
    }

    /// Seeded random URLs (hosts, slugs, a file or not, a query or not) split at random points
    /// inside prose: the join gives back the URL whenever the second piece holds a separator
    /// (or is the extension after a cut dot), and never gives anything but the URL or its first
    /// piece.
    #[test]
    fn random_wrapped_urls_are_restored() {
        let mut rng = crate::Xorshift::new();
        let words = [
            "harbour", "ferry", "report", "water", "quality", "annual", "2024", "x7",
        ];
        let exts = ["pdf", "html", "csv"];
        let closers = ["", ")", ">", ",", "."];
        let afters = ["", " and runs 240 pages.", " for the details"];
        let (mut joined, mut tried) = (0, 0);
        for _ in 0..20_000 {
            let host = format!(
                "www.{}.{}.example",
                words[rng.below(6)],
                words[rng.below(6)]
            );
            let mut path = String::new();
            for _ in 0..1 + rng.below(4) {
                let slug: Vec<&str> = (0..1 + rng.below(3)).map(|_| words[rng.below(8)]).collect();
                path.push('/');
                path.push_str(&slug.join(if rng.below(3) == 0 { "_" } else { "-" }));
            }
            if rng.below(2) == 0 {
                path.push('.');
                path.push_str(exts[rng.below(3)]);
            } else if rng.below(3) == 0 {
                path.push('/');
            }
            let url = format!("https://{host}{path}");
            // Split after the host's first character, anywhere up to the last one.
            let start = "https://w".len();
            let at = start + rng.below(url.len() - start);
            let (a, b) = url.split_at(at);
            let closer = closers[rng.below(closers.len())];
            let after = afters[rng.below(afters.len())];
            let text = format!("The ministry put it at {a}\n{b}{closer}{after}\n");
            let got = urls(&text);
            let first = got.first().map(|u| u.url.as_str()).unwrap_or("");
            let a_trimmed = trim_url(a);
            assert!(
                first == url || first == a_trimmed,
                "{text:?} gave {first:?} for {url:?}"
            );
            // The cases the rule is for: the second piece holds a separator (and the first ends
            // at a separator or in a segment with no extension), or it is the cut extension.
            let last_segment = a.rsplit('/').next().unwrap_or("");
            let in_host = !a["https://".len()..].contains('/');
            let cut = a.ends_with(['/', '-', '_', '.']) || !last_segment.contains('.');
            let meant = (b.contains(['/', '-', '_', '.']) && cut && (!in_host || b.contains('/')))
                || (a.ends_with('.') && exts.contains(&b));
            if meant {
                tried += 1;
                assert_eq!(first, url, "{text:?}");
                joined += 1;
            }
        }
        assert!(tried > 5_000 && joined == tried, "{joined}/{tried}");
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(
            registrable_domain("https://news.bbc.co.uk/x").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            registrable_domain("https://www.apnews.com/article/1").as_deref(),
            Some("apnews.com")
        );
        assert_eq!(registrable_domain("not a url"), None);
    }

    #[test]
    fn trims_sentence_punctuation() {
        let u = urls("Read it at https://example.org/x/(y). Or www.example.com, today.");
        assert_eq!(u[0].url, "https://example.org/x/(y)");
        assert_eq!(u[1].url, "www.example.com");
    }
}
