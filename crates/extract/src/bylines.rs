//! Authors: from JSON-LD, meta tags, byline elements and "By ..." lines, filtered hard.
//!
//! Precision over recall: users of metadata extractors complain most about site names, dates,
//! "Staff" and feed names returned as authors. A candidate that does not look like a person's
//! name is dropped; an empty byline is better than a wrong one.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::Lexicons;
use crate::model::{Byline, Document};

static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:By|BY|by|Von|Par|Por|Di|Door)\s*:?\s+(?P<names>.{3,160})$")
        .expect("valid regex")
});
static PIPE_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<names>[A-Z][\p{L}'’.\-]+(?:\s+[A-Z][\p{L}'’.\-]+){1,3})\s*[|,]\s*(?P<agency>[A-Z][A-Za-z .\-]{1,40})\s*$").expect("valid regex")
});
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\|)\s*")
        .expect("valid regex")
});

/// Words that say a candidate is a role, a desk or a site, not a person.
const NOT_A_PERSON: &[&str] = &[
    "staff",
    "editor",
    "editors",
    "editorial",
    "reporter",
    "reporters",
    "team",
    "desk",
    "newsroom",
    "admin",
    "administrator",
    "news",
    "agency",
    "agencies",
    "wire",
    "wires",
    "service",
    "correspondent",
    "contributor",
    "contributors",
    "writer",
    "writers",
    "online",
    "digital",
    "media",
    "press",
    "feed",
    "watermark",
    "guest",
    "redaktion",
    "rédaction",
    "redacción",
    "team",
    "board",
    "bureau",
    "group",
    "times",
    "post",
    "daily",
    "journal",
    "gazette",
    "herald",
    "tribune",
    "magazine",
    "associated",
    "reuters",
    "updated",
    "published",
    "posted",
    "share",
    "comments",
    "photo",
    "photos",
    "video",
    "min",
    "read",
    "sponsored",
    "opinion",
];
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "al", "el",
    "bin", "ibn", "ter", "dos", "das", "y", "st.",
];

/// A name made presentable: "JANE DOE" → "Jane Doe", white space collapsed.
pub fn display_form(name: &str) -> String {
    let collapsed = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let letters: Vec<char> = collapsed.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        collapsed
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(cs.flat_map(|c| c.to_lowercase()))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        collapsed
    }
}

/// True when `name` looks like one person's name: 2–5 words, capitalised (particles aside), no
/// digits, URLs, e-mail or role words.
pub fn is_person_name(name: &str, lex: &Lexicons, site: Option<&str>) -> bool {
    let n = name.trim();
    if n.len() < 4
        || n.len() > 60
        || n.contains(['@', '/', ':', '#', '(', ')', '|', '“', '"'])
        || n.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let lower = n.to_lowercase();
    if lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| NOT_A_PERSON.contains(&w))
    {
        return false;
    }
    if lex.agencies.iter().any(|a| {
        a.name.eq_ignore_ascii_case(n) || a.markers.iter().any(|m| m.eq_ignore_ascii_case(n))
    }) {
        return false;
    }
    if let Some(s) = site {
        let s = s.to_lowercase();
        if !s.is_empty() && (lower.contains(&s) || s.contains(&lower)) {
            return false;
        }
    }
    words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase() || PARTICLES.contains(&w.to_lowercase().as_str())
    }) && words
        .first()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Splits a byline string into names ("Jane Doe and John Roe" → two).
fn split_names(s: &str) -> Vec<String> {
    let s = s.trim().trim_end_matches(['.', ',']);
    // Drop a trailing affiliation: "Jane Doe, Reuters" / "Jane Doe | The Ledger" handled by split + filter.
    SPLIT
        .split(s)
        .map(|p| p.trim().trim_start_matches("By ").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn json_ld_authors(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.extend(split_names(s)),
        serde_json::Value::Array(a) => a.iter().take(20).for_each(|x| {
            if let Some(s) = x.as_str() {
                out.extend(split_names(s));
            } else if let Some(n) = x.get("name").and_then(|n| n.as_str()) {
                if x.get("@type")
                    .and_then(|t| t.as_str())
                    .is_none_or(|t| t.eq_ignore_ascii_case("person"))
                {
                    out.push(n.to_string());
                }
            }
        }),
        serde_json::Value::Object(_) => {
            if let Some(n) = v.get("name").and_then(|n| n.as_str()) {
                if v.get("@type")
                    .and_then(|t| t.as_str())
                    .is_none_or(|t| t.eq_ignore_ascii_case("person"))
                {
                    out.extend(split_names(n));
                }
            }
        }
        _ => {}
    }
}

/// Finds the document's authors. `header_lines` are the lines where a text byline may stand (the
/// first lines and metadata zones).
pub fn find(
    doc: &Document,
    lex: &Lexicons,
    site: Option<&str>,
    header_lines: &[usize],
) -> Vec<Byline> {
    let mut by_source: Vec<(String, &str, Option<usize>)> = Vec::new();
    let push_all = |names: Vec<String>,
                    source: &'static str,
                    line: Option<usize>,
                    by_source: &mut Vec<(String, &str, Option<usize>)>| {
        for n in names {
            by_source.push((n, source, line));
        }
    };
    for obj in doc
        .html
        .json_ld
        .iter()
        .filter(|o| crate::dates::is_article_type(o))
    {
        for key in ["author", "creator"] {
            if let Some(a) = obj.get(key) {
                let mut names = Vec::new();
                json_ld_authors(a, &mut names);
                push_all(names, "jsonld", None, &mut by_source);
            }
        }
    }
    for (k, v) in &doc.html.meta {
        if matches!(
            k.as_str(),
            "author"
                | "article:author"
                | "parsely-author"
                | "sailthru.author"
                | "dc.creator"
                | "dcterms.creator"
                | "byl"
                | "citation_author"
                | "twitter:creator:name"
        ) && !v.starts_with("http")
        {
            let v = v.trim_start_matches("By ").trim_start_matches("by ");
            push_all(split_names(v), "meta", None, &mut by_source);
        }
    }
    for t in &doc.html.author_elements {
        let t = BY_LINE
            .captures(t)
            .map(|c| c["names"].to_string())
            .unwrap_or_else(|| t.clone());
        push_all(split_names(&t), "author_element", None, &mut by_source);
    }
    for &n in header_lines {
        let line = doc.line(n);
        if let Some(c) = BY_LINE.captures(line) {
            push_all(
                split_names(&c["names"]),
                "byline_line",
                Some(n),
                &mut by_source,
            );
        } else if let Some(c) = PIPE_AGENCY.captures(line) {
            if lex.agency_by_marker(&c["agency"]).is_some() {
                push_all(
                    vec![c["names"].to_string()],
                    "byline_line",
                    Some(n),
                    &mut by_source,
                );
            }
        }
    }
    // Take the names of the most trusted source that yields any valid name.
    for source in ["jsonld", "meta", "author_element", "byline_line"] {
        let mut out: Vec<Byline> = Vec::new();
        for (name, _, line) in by_source.iter().filter(|(_, s, _)| *s == source) {
            let name = display_form(name.trim_end_matches(['.', ',']).trim());
            if is_person_name(&name, lex, site)
                && !out.iter().any(|b| b.name.eq_ignore_ascii_case(&name))
            {
                out.push(Byline {
                    name,
                    source: source.to_string(),
                    line: *line,
                });
            }
        }
        if !out.is_empty() {
            out.truncate(8);
            return out;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::BUILTIN;

    fn names(s: &str) -> Vec<String> {
        let d = crate::text::parse(s, "UTF-8", vec![]);
        let lines: Vec<usize> = (1..=d.lines.len()).collect();
        find(&d, &BUILTIN, Some("The Ledger"), &lines)
            .into_iter()
            .map(|b| b.name)
            .collect()
    }

    #[test]
    fn by_lines() {
        assert_eq!(
            names("Headline\nBy Jane Doe and John Roe\nText."),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(names("By MARIA DE LA CRUZ"), ["Maria De La Cruz"]);
        assert_eq!(names("Tomas Reyes | Reuters"), ["Tomas Reyes"]);
        assert_eq!(names("By Jane Doe, Reuters"), ["Jane Doe"]);
    }

    #[test]
    fn junk_is_dropped() {
        assert!(names("By Staff Reporter").is_empty());
        assert!(names("By The Ledger").is_empty());
        assert!(names("By Associated Press").is_empty());
        assert!(names("By the time the rain stopped, the river had risen").is_empty());
        assert!(names("By 2024 the plan will be done").is_empty());
    }
}
