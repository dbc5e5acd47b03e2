//! Publication and update dates: candidates from every source, each with its source and
//! confidence, then a choice.
//!
//! The order of trust follows what news pages get right most often (as htmldate's evaluation
//! showed): structured data written for search engines (JSON-LD, `article:published_time`) first,
//! then `<time>` elements marked as publication, a date in the URL path, "Published ..." lines,
//! a date line near the top of a text, and last any date in the first lines of text.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::model::{DateCandidate, Document};

/// No news page we score predates the web's news archives; earlier dates are birth dates,
/// founding years and historical references.
pub const EARLIEST_YEAR: i16 = 1995;

/// Month names in the languages of the corpora we measure on (en, fr, de, es, it, pt, nl),
/// lower-case, with their month number. Abbreviations are matched with an optional dot.
const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("okt", 10),
    ("dez", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
];

fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|(_, k)| *k)
}

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    names.join("|")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?").expect("valid regex")
});
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$").expect("valid regex")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([./])(\d{1,2})[./]((?:19|20)\d{2})\b|\b((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})\b").expect("valid regex")
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b",
        month_alternation()
    ))
    .expect("valid regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?({})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})\b", month_alternation())).expect("valid regex")
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|_|\.|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/").expect("valid regex")
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(published|posted|date|dated|first published|updated|last updated|modified|publié le|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato)\b\s*(?:on|at|:|le|am|el)?\s*:?").expect("valid regex")
});

/// A date found in a string, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    /// Start byte in the searched string.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// ISO value: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[offset]`.
    pub value: String,
    /// The calendar date.
    pub date: Date,
}

fn make_date(y: &str, m: i8, d: &str) -> Option<Date> {
    let y: i16 = y.parse().ok()?;
    let d: i8 = d.parse().ok()?;
    Date::new(y, m, d).ok()
}

/// Every date written in `s`, in any of the supported formats, in order of position.
pub fn find_dates(s: &str) -> Vec<FoundDate> {
    let mut found: Vec<FoundDate> = Vec::new();
    let mut push = |start: usize, end: usize, date: Date, value: String| {
        if !found.iter().any(|f| f.start < end && start < f.end) {
            found.push(FoundDate {
                start,
                end,
                value,
                date,
            });
        }
    };
    for c in ISO.captures_iter(s) {
        let m: i8 = match c[2].parse() {
            Ok(m) => m,
            Err(_) => continue,
        };
        let Some(date) = make_date(&c[1], m, &c[3]) else {
            continue;
        };
        let whole = c.get(0).expect("match");
        let value = match (c.get(4), c.get(5)) {
            (Some(h), Some(mi)) => {
                let h: u8 = h.as_str().parse().unwrap_or(0);
                let sec = c.get(6).map_or("00", |x| x.as_str());
                let off = c
                    .get(7)
                    .map_or(String::new(), |o| normalise_offset(o.as_str()));
                if h < 24 {
                    format!("{date}T{h:02}:{}:{sec}{off}", mi.as_str())
                } else {
                    date.to_string()
                }
            }
            _ => date.to_string(),
        };
        push(whole.start(), whole.end(), date, value);
    }
    for c in MONTH_FIRST.captures_iter(s) {
        let Some(m) = month_number(&c[1]) else {
            continue;
        };
        if let Some(date) = make_date(&c[3], m, &c[2]) {
            let w = c.get(0).expect("match");
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    for c in DAY_FIRST.captures_iter(s) {
        let Some(m) = month_number(&c[2]) else {
            continue;
        };
        if let Some(date) = make_date(&c[3], m, &c[1]) {
            let w = c.get(0).expect("match");
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    for c in NUMERIC.captures_iter(s) {
        let w = c.get(0).expect("match");
        let date = if let Some(y) = c.get(5) {
            c[6].parse()
                .ok()
                .and_then(|m| make_date(y.as_str(), m, &c[7]))
        } else {
            let (a, b): (i8, i8) = match (c[1].parse(), c[3].parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => continue,
            };
            // "23.11.2023" is day-first everywhere; with slashes, US month-first unless the first
            // number cannot be a month.
            let (d, m) = if &c[2] == "." || a > 12 {
                (a, b)
            } else {
                (b, a)
            };
            make_date(&c[4], m, &d.to_string())
        };
        if let Some(date) = date {
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

fn normalise_offset(o: &str) -> String {
    if o == "Z" {
        return "Z".into();
    }
    let digits: String = o.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() == 4 {
        format!("{}{}:{}", &o[..1], &digits[..2], &digits[2..])
    } else {
        String::new()
    }
}

/// Parses a machine-readable date value (meta content, JSON-LD, `datetime`).
pub fn parse_value(v: &str) -> Option<FoundDate> {
    let v = v.trim();
    if let Some(c) = COMPACT.captures(v) {
        let date = make_date(&c[1], c[2].parse().ok()?, &c[3])?;
        return Some(FoundDate {
            start: 0,
            end: v.len(),
            value: date.to_string(),
            date,
        });
    }
    find_dates(v).into_iter().next()
}

/// The date in a URL path (`/2023/11/23/`, `/2023-11-23-`, `/20231123/`).
pub fn date_in_url(url: &str) -> Option<FoundDate> {
    let c = URL_DATE.captures(url)?;
    let (y, m, d) = match c.get(1) {
        Some(y) => (y.as_str(), &c[2], &c[3]),
        None => (c.get(4)?.as_str(), &c[5], &c[6]),
    };
    let date = make_date(y, m.parse().ok()?, d)?;
    let w = c.get(0)?;
    Some(FoundDate {
        start: w.start(),
        end: w.end(),
        value: date.to_string(),
        date,
    })
}

/// Limits that make a date plausible as a publication date.
#[derive(Debug, Clone, Copy)]
pub struct Plausible {
    /// The latest acceptable date (the crawl date, or today), inclusive.
    pub latest: Date,
}

impl Plausible {
    /// True when `d` could be a publication date.
    pub fn accepts(&self, d: Date) -> bool {
        d.year() >= EARLIEST_YEAR && d <= self.latest
    }
}

/// JSON-LD `@type`s that describe the article itself (rather than the site or a breadcrumb).
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "liveblogposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "socialmediaposting",
    "posting",
];

pub(crate) fn is_article_type(obj: &serde_json::Value) -> bool {
    let ty = |t: &serde_json::Value| {
        t.as_str()
            .map(|s| ARTICLE_TYPES.contains(&s.to_ascii_lowercase().as_str()))
            .unwrap_or(false)
    };
    match obj.get("@type") {
        Some(serde_json::Value::Array(a)) => a.iter().any(ty),
        Some(t) => ty(t),
        None => false,
    }
}

/// Meta keys that state the publication date, with the confidence we give them.
const META_PUBLISHED: &[(&str, f32)] = &[
    ("article:published_time", 0.93),
    ("og:article:published_time", 0.93),
    ("article:published", 0.9),
    ("datepublished", 0.9),
    ("parsely-pub-date", 0.9),
    ("sailthru.date", 0.85),
    ("og:published_time", 0.9),
    ("publish-date", 0.85),
    ("publish_date", 0.85),
    ("publishdate", 0.85),
    ("pubdate", 0.85),
    ("originalpublicationdate", 0.9),
    ("article.published", 0.85),
    ("article_date_original", 0.88),
    ("cxenseparse:recs:publishtime", 0.85),
    ("dc.date.issued", 0.85),
    ("dcterms.issued", 0.85),
    ("dc.date", 0.8),
    ("dcterms.date", 0.8),
    ("dc.date.created", 0.8),
    ("dcterms.created", 0.8),
    ("citation_publication_date", 0.85),
    ("citation_date", 0.8),
    ("date", 0.75),
    ("displaydate", 0.75),
    ("og:pubdate", 0.85),
    ("bt:pubdate", 0.85),
    ("published-date", 0.85),
    ("release_date", 0.7),
    ("created", 0.6),
    ("sailthru.published_time", 0.85),
    ("article:post_date", 0.85),
];
const META_MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "lastmod",
    "article:modified",
    "parsely-updated-date",
    "modified",
    "og:modified_time",
];

/// Collects every date candidate of a document. `urls` are the page's own URLs (canonical, hint).
pub fn candidates(doc: &Document, urls: &[&str], plausible: Plausible) -> Vec<DateCandidate> {
    let mut out: Vec<DateCandidate> = Vec::new();
    let mut add = |value: &FoundDate,
                   source: &str,
                   role: &str,
                   confidence: f32,
                   evidence: &str,
                   line: Option<usize>| {
        if plausible.accepts(value.date) {
            out.push(DateCandidate {
                value: value.value.clone(),
                source: source.into(),
                role: role.into(),
                confidence,
                evidence: evidence.chars().take(160).collect(),
                line,
            });
        }
    };
    for obj in &doc.html.json_ld {
        let article = is_article_type(obj);
        let bonus = if article { 0.0 } else { -0.1 };
        for (key, role, conf) in [
            ("datePublished", "published", 0.95),
            ("dateCreated", "published", 0.8),
            ("dateModified", "modified", 0.9),
        ] {
            if let Some(v) = obj.get(key).and_then(|v| v.as_str()) {
                if let Some(d) = parse_value(v) {
                    add(
                        &d,
                        "jsonld",
                        role,
                        conf + bonus,
                        &format!("{key}: {v}"),
                        None,
                    );
                }
            }
        }
    }
    for (k, v) in &doc.html.meta {
        if let Some((_, conf)) = META_PUBLISHED.iter().find(|(m, _)| m == k) {
            if let Some(d) = parse_value(v) {
                add(&d, "meta", "published", *conf, &format!("{k}: {v}"), None);
            }
        } else if META_MODIFIED.contains(&k.as_str()) {
            if let Some(d) = parse_value(v) {
                add(&d, "meta", "modified", 0.85, &format!("{k}: {v}"), None);
            }
        }
    }
    for (i, t) in doc.html.times.iter().enumerate() {
        if let Some(d) = parse_value(&t.value) {
            let conf = match t.role.as_str() {
                "published" => 0.82,
                "modified" => 0.7,
                _ => {
                    if i == 0 {
                        0.6
                    } else {
                        0.4
                    }
                }
            };
            add(&d, "time", &t.role, conf, &t.value, None);
        }
    }
    for url in urls {
        if let Some(d) = date_in_url(url) {
            add(&d, "url", "published", 0.8, url, None);
        }
    }
    // Text: "Published ..." lines anywhere near the top, a line that is only a date, any date early.
    let mut text_dates_seen = 0;
    for n in 1..=doc.lines.len() {
        let line = doc.line(n);
        if line.len() > 400 || text_dates_seen > 12 {
            continue;
        }
        let early = n <= 25;
        let dates = find_dates(line);
        if dates.is_empty() {
            continue;
        }
        text_dates_seen += 1;
        if let Some(c) = DATE_LINE.captures(line) {
            let kw = c[1].to_lowercase();
            let role = if kw.contains("updat")
                || kw.contains("modif")
                || kw.contains("mis à jour")
                || kw.contains("aktualis")
                || kw.contains("actualiz")
            {
                "modified"
            } else {
                "published"
            };
            add(
                &dates[0],
                "date_line",
                role,
                if early { 0.8 } else { 0.65 },
                line,
                Some(n),
            );
            continue;
        }
        let d = &dates[0];
        let rest = line[..d.start].to_string() + &line[d.end..];
        let only_date = rest.chars().filter(|c| c.is_alphanumeric()).count() <= 12;
        if only_date && early {
            add(d, "date_line", "published", 0.75, line, Some(n));
        } else if early {
            add(d, "text", "unknown", 0.35, line, Some(n));
        }
    }
    out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    out
}

/// The publication date and the update date among the candidates.
pub fn choose(candidates: &[DateCandidate]) -> (Option<DateCandidate>, Option<DateCandidate>) {
    // Candidates arrive best first; among equally trusted ones the earliest date is the original.
    let best_conf = candidates
        .iter()
        .filter(|c| c.role != "modified")
        .map(|c| c.confidence)
        .fold(f32::MIN, f32::max);
    let published = candidates
        .iter()
        .filter(|c| c.role != "modified" && c.confidence >= best_conf - 0.02)
        .min_by(|a, b| a.date().cmp(b.date()))
        .cloned()
        // A page that states only when it was updated (as wire pages often do) was published no
        // later than that: the update date is the best estimate, with less confidence.
        .or_else(|| {
            candidates
                .iter()
                .find(|c| c.role == "modified")
                .map(|c| DateCandidate {
                    confidence: c.confidence * 0.8,
                    ..c.clone()
                })
        });
    let updated = candidates
        .iter()
        .filter(|c| c.role == "modified")
        .find(|c| published.as_ref().is_none_or(|p| c.date() >= p.date()))
        .cloned();
    // An update on the same day as publication is no separate update.
    let updated = updated.filter(|u| published.as_ref().is_none_or(|p| u.value != p.value));
    (published, updated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> String {
        find_dates(s)
            .first()
            .map(|d| d.value.clone())
            .unwrap_or_default()
    }

    #[test]
    fn formats() {
        assert_eq!(
            one("2023-11-23T10:00:00+03:00"),
            "2023-11-23T10:00:00+03:00"
        );
        assert_eq!(one("Date:2025-04-05 18:03:05"), "2025-04-05T18:03:05");
        assert_eq!(one("on 23.11.2023 at noon"), "2023-11-23");
        assert_eq!(one("Nov. 23, 2023"), "2023-11-23");
        assert_eq!(one(" November 23, 2023"), "2023-11-23");
        assert_eq!(one("23 November 2023"), "2023-11-23");
        assert_eq!(one("le 23 novembre 2023"), "2023-11-23");
        assert_eq!(one("23. März 2024"), "2024-03-23");
        assert_eq!(one("5 de mayo de 2022"), "2022-05-05");
        assert_eq!(one("11/23/2023"), "2023-11-23");
        assert_eq!(one("23/11/2023"), "2023-11-23");
        assert_eq!(one("2023/11/23"), "2023-11-23");
        assert_eq!(one("no date 2023 here"), "");
        assert_eq!(one("2023-02-30"), "");
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_in_url("https://x.com/2023/11/23/slug-a1")
                .unwrap()
                .value,
            "2023-11-23"
        );
        assert_eq!(
            date_in_url("https://x.com/news/2021-07-04-parade")
                .unwrap()
                .value,
            "2021-07-04"
        );
        assert_eq!(
            date_in_url("https://x.com/20190105/story").unwrap().value,
            "2019-01-05"
        );
        assert!(date_in_url("https://x.com/2023/slug").is_none());
    }

    #[test]
    fn compact_meta_value() {
        assert_eq!(parse_value("20231123").unwrap().value, "2023-11-23");
    }
}
