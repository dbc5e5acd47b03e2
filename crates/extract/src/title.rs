//! The headline and the site name, reconciled from every place a page states them.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Document;

/// Separators between a headline and a site name in `<title>` and `og:title`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " // ",
];
static TITLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:title|headline)\s*:\s*(?P<t>\S.{2,300})$").expect("valid regex")
});
/// A brand glued to the end of a scraped title without a space after the dash: "... -Brandname".
static GLUED_BRAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+[-–—|]\s?(?P<brand>[A-Z][\p{L}0-9]{2,30}(?:\s[A-Z][\p{L}0-9]{1,20}){0,2})\s*$")
        .expect("valid regex")
});
static BREADCRUMB_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:current\s*:\s*)?home\s*(?:>|»|›)\s*").expect("valid regex")
});

/// The chosen title, where it came from, and a site name if the title revealed one.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TitleChoice {
    /// The headline.
    pub title: Option<String>,
    /// `og`, `jsonld`, `h1`, `title_tag`, `title_line`, `first_line`.
    pub source: Option<String>,
    /// The site name the markup or a title suffix gave.
    pub site_name: Option<String>,
    /// Where the site name came from.
    pub site_name_source: Option<String>,
    /// 1-based lines the title was read from (plain text).
    pub lines: Vec<usize>,
}

fn meta<'a>(doc: &'a Document, key: &str) -> Option<&'a str> {
    doc.html
        .meta
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// Splits "Headline - Site" into the headline and the suffix, when a suffix is a site name: it
/// equals `site`, or is short and the headline part is clearly the longer one.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> (String, Option<String>) {
    for sep in SEPARATORS {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
            let matches_site = site.is_some_and(|s| {
                s.eq_ignore_ascii_case(tail) || tail.to_lowercase().contains(&s.to_lowercase())
            });
            if matches_site
                || (tail.split_whitespace().count() <= 4
                    && head.split_whitespace().count() >= 3
                    && tail.len() * 2 < head.len())
            {
                return (head.to_string(), Some(tail.to_string()));
            }
            // "Site | Headline"
            if site.is_some_and(|s| s.eq_ignore_ascii_case(head)) {
                return (tail.to_string(), Some(head.to_string()));
            }
        }
    }
    (title.trim().to_string(), None)
}

fn json_ld_str(doc: &Document, key: &str) -> Option<String> {
    doc.html
        .json_ld
        .iter()
        .filter(|o| crate::dates::is_article_type(o))
        .find_map(|o| {
            o.get(key)
                .and_then(|v| v.as_str())
                .map(|s| s.trim().to_string())
        })
        .filter(|s| !s.is_empty())
}

fn json_ld_publisher(doc: &Document) -> Option<String> {
    doc.html
        .json_ld
        .iter()
        .find_map(|o| {
            let p = o.get("publisher")?;
            p.get("name")
                .and_then(|n| n.as_str())
                .or(p.as_str())
                .map(str::to_string)
        })
        .or_else(|| {
            doc.html
                .json_ld
                .iter()
                .find(|o| o.get("@type").and_then(|t| t.as_str()) == Some("WebSite"))
                .and_then(|o| o.get("name")?.as_str().map(str::to_string))
        })
}

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Chooses the title of an HTML page.
pub fn for_html(doc: &Document) -> TitleChoice {
    let site_sourced = meta(doc, "og:site_name")
        .map(|s| (s.to_string(), "og_site_name"))
        .or_else(|| json_ld_publisher(doc).map(|s| (s, "jsonld_publisher")))
        .or_else(|| meta(doc, "application-name").map(|s| (s.to_string(), "application_name")));
    let site = site_sourced.as_ref().map(|(s, _)| s.clone());
    let og = meta(doc, "og:title")
        .or(meta(doc, "twitter:title"))
        .map(|t| strip_site_suffix(t, site.as_deref()));
    let tag = doc
        .html
        .title_tag
        .as_deref()
        .map(|t| strip_site_suffix(t, site.as_deref()));
    let headline = json_ld_str(doc, "headline");
    let h1 = doc
        .html
        .h1
        .clone()
        .filter(|h| h.split_whitespace().count() >= 2 && h.len() <= 300);
    let site_from_suffix = tag
        .as_ref()
        .and_then(|t| t.1.clone())
        .or_else(|| og.as_ref().and_then(|t| t.1.clone()));
    // An <h1> that agrees with the other sources is the cleanest; otherwise og:title, JSON-LD,
    // then the <title> tag.
    let agrees = |h: &str| {
        let hn = normalise(h);
        [
            og.as_ref().map(|t| normalise(&t.0)),
            tag.as_ref().map(|t| normalise(&t.0)),
            headline.as_deref().map(normalise),
        ]
        .into_iter()
        .flatten()
        .any(|o| !hn.is_empty() && (o.contains(&hn) || hn.contains(&o)))
    };
    let (title, source) = match (&h1, &og, &headline, &tag) {
        (Some(h), _, _, _) if agrees(h) => (Some(h.clone()), "h1"),
        (_, Some(o), _, _) => (Some(o.0.clone()), "og"),
        (_, _, Some(h), _) => (Some(h.clone()), "jsonld"),
        (_, _, _, Some(t)) if !t.0.is_empty() => (Some(t.0.clone()), "title_tag"),
        (Some(h), _, _, _) => (Some(h.clone()), "h1"),
        _ => (None, ""),
    };
    let title = title.or_else(|| for_text(doc).title);
    let site_name_source = site_sourced.map(|(_, src)| src.to_string()).or_else(|| {
        site_from_suffix
            .as_ref()
            .map(|_| "title_suffix".to_string())
    });
    TitleChoice {
        source: title.as_ref().map(|_| source.to_string()),
        title,
        site_name: site.or(site_from_suffix),
        site_name_source,
        lines: vec![],
    }
}

/// Chooses the title of a plain-text document: a "Title:" line, or the opening line(s) when they
/// read as a headline.
pub fn for_text(doc: &Document) -> TitleChoice {
    let first: Vec<usize> = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim().is_empty())
        .take(6)
        .collect();
    for &n in &first {
        if let Some(c) = TITLE_LINE.captures(doc.line(n)) {
            return TitleChoice {
                title: Some(c["t"].trim().to_string()),
                source: Some("title_line".into()),
                lines: vec![n],
                ..TitleChoice::default()
            };
        }
    }
    let Some(&n1) = first.first() else {
        return TitleChoice::default();
    };
    let l1 = doc.line(n1).trim();
    // A first line that repeats the second with breadcrumb and brand around it: take the clean one.
    if let Some(&n2) = first.get(1) {
        let l2 = doc.line(n2).trim();
        if l2.len() >= 15 && l1.len() > l2.len() && l1.contains(l2) && headline_like(l2) {
            let tail = &l1[l1.find(l2).expect("contains") + l2.len()..];
            let site = GLUED_BRAND.captures(tail).map(|c| c["brand"].to_string());
            return TitleChoice {
                title: Some(l2.to_string()),
                source: Some("first_line".into()),
                site_name_source: site.as_ref().map(|_| "title_suffix".into()),
                site_name: site,
                lines: vec![n1, n2],
            };
        }
    }
    let l1_clean = BREADCRUMB_PREFIX.replace(l1, "").to_string();
    if !headline_like(&l1_clean) {
        return TitleChoice::default();
    }
    // A headline wrapped over two lines: the first does not end a sentence, the second is short
    // and followed by a blank line or a date.
    let mut title = l1_clean.clone();
    let mut lines = vec![n1];
    if n1 < doc.lines.len() {
        let l2 = doc.line(n1 + 1).trim();
        let after = doc.line(n1 + 2).trim();
        let after_is_break = after.is_empty() || !crate::dates::find_dates(after).is_empty();
        // The second line must not be the byline or the date that follow a headline.
        let is_byline = ["by ", "posted by", "written by", "von ", "par "]
            .iter()
            .any(|p| l2.to_lowercase().starts_with(p));
        let is_date = !crate::dates::find_dates(l2).is_empty();
        if !l2.is_empty()
            && !is_byline
            && !is_date
            && !l1.ends_with(['.', '!', '?', ':'])
            && l2.split_whitespace().count() <= 10
            && headline_like(&format!("{title} {l2}"))
            && after_is_break
        {
            title = format!("{title} {l2}");
            lines.push(n1 + 1);
        }
    }
    let (title, site) = match GLUED_BRAND.captures(&title) {
        Some(c) if title.split_whitespace().count() > 5 => (
            title[..c.get(0).expect("match").start()].trim().to_string(),
            Some(c["brand"].to_string()),
        ),
        _ => (title, None),
    };
    TitleChoice {
        title: Some(title),
        source: Some("first_line".into()),
        site_name_source: site.as_ref().map(|_| "title_suffix".into()),
        site_name: site,
        lines,
    }
}

/// A line that reads as a headline: a few words, not a sentence of prose, not a date or URL.
fn headline_like(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (2..=30).contains(&words)
        && s.len() <= 250
        && !s.ends_with('.')
        && !s.trim_start().to_ascii_lowercase().starts_with("http")
        && !s.trim_start().to_ascii_lowercase().starts_with("www.")
        && crate::dates::find_dates(s)
            .first()
            .is_none_or(|d| d.end - d.start < s.len() / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> TitleChoice {
        for_text(&crate::text::parse(s, "UTF-8", vec![]))
    }

    #[test]
    fn suffix_stripping() {
        assert_eq!(
            strip_site_suffix("Flood closes bridge - The Ledger", Some("The Ledger")),
            ("Flood closes bridge".into(), Some("The Ledger".into()))
        );
        assert_eq!(
            strip_site_suffix("Flood closes the old harbor bridge | Ledger", None),
            (
                "Flood closes the old harbor bridge".into(),
                Some("Ledger".into())
            )
        );
        assert_eq!(strip_site_suffix("Rain - a poem", None).1, None);
    }

    #[test]
    fn text_titles() {
        assert_eq!(
            text("Title: Harbor Reopens After Storm\nBody.")
                .title
                .as_deref(),
            Some("Harbor Reopens After Storm")
        );
        let t =
            text(" Harbor Authority Says ‘Sorry’ for\nBridge Closure\n March 14, 2024\n\nText.");
        assert_eq!(
            t.title.as_deref(),
            Some("Harbor Authority Says ‘Sorry’ for Bridge Closure")
        );
        let t = text("Current:Home > NewsHarbor chief quits over bridge closure row -Quillnest\nHarbor chief quits over bridge closure row\nDesk Name\nDate:2024-01-01 10:00:00");
        assert_eq!(
            t.title.as_deref(),
            Some("Harbor chief quits over bridge closure row")
        );
        assert_eq!(t.site_name.as_deref(), Some("Quillnest"));
        assert_eq!(
            text("The council met on Monday and voted to close the library.\nMore.").title,
            None
        );
    }
}
