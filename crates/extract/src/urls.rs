//! URLs in text, with the ones a conversion wrapped over two lines joined back.
//!
//! A PDF or terminal conversion breaks long URLs at the column limit, often mid-word and without a
//! hyphen (`.../defense-summ` + `it-a83205`). A URL that runs to the end of its line is joined with
//! the next line when that line is a single URL-shaped token that could not be prose on its own.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Document, UrlRef};

// An ASCII word boundary (`(?-u:\b)`): a Unicode one keeps the regex crate off its fast engines
// on any non-ASCII text.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'“”‘’]+"#).expect("valid regex")
});
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

/// True when `next` continues a URL that ended a line: one token, URL characters only, and
/// something a prose word would not have (a digit, a hyphen, a slash, a query character).
fn continues_url(next: &str) -> bool {
    let t = next.trim();
    !t.is_empty()
        && t.len() <= 200
        && CONTINUATION.is_match(t)
        && !t.to_ascii_lowercase().starts_with("http")
        && !t.to_ascii_lowercase().starts_with("www.")
        && t.chars().any(|c| {
            c.is_ascii_digit() || matches!(c, '-' | '/' | '_' | '=' | '?' | '&' | '%' | '#' | '.')
        })
}

/// Every URL written in the text, in order, wrapped ones repaired.
pub fn in_text(doc: &Document) -> Vec<UrlRef> {
    let mut out = Vec::new();
    let mut n = 1;
    while n <= doc.lines.len() {
        let line = doc.line(n);
        let mut consumed_next = 0;
        for m in URL.find_iter(line) {
            let mut url = trim_url(m.as_str()).to_string();
            let mut repaired = false;
            let at_end = line[m.end()..].trim().is_empty() && m.as_str() == url;
            if at_end {
                // Follow continuation lines (a very long URL may be broken more than once).
                let mut k = n + 1;
                while k <= doc.lines.len() && k <= n + 3 && continues_url(doc.line(k)) {
                    let next = doc.line(k).trim();
                    let joined = format!("{url}{next}");
                    if url::Url::parse(&with_scheme(&joined)).is_err() {
                        break;
                    }
                    url = trim_url(&joined).to_string();
                    repaired = true;
                    consumed_next = k - n;
                    k += 1;
                }
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
