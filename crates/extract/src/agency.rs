//! News-agency credits, datelines, contributor lines and photo credits.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::Lexicons;
use crate::model::{AgencyMarker, Credit, Dateline, Document};
use crate::Trim;

/// A dateline opening a paragraph: a place, optionally ", Country" and a date, an optional
/// agency in parentheses, then a dash. "MOSCOW (AP) —", "KYIV, Ukraine (AP) —", "LONDON, March 3
/// (Reuters) -", "OSLOVIK, 5 March (Reuters) -", "SAN TELMO, 5 mar (EFE).-", "WASHINGTON —",
/// and places in title case ("Kellenbrück (dpa) -", "Saint-Alban (AFP) -", "Kellenbrück/Berlin
/// (dpa) -", "Palma de Mallorca (dpa) -"), which [`dateline`] takes only with an agency. Places
/// may be joined by a slash; title-case names may hold a few small particles ("de", "am"; not "der" or "an", which German prose puts between nouns: "Nach Angaben der Polizei (dpa) -").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let upper = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+(?:(?:\s+|/)[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+){0,3}";
    // A word after the first may follow a small particle, written as an optional prefix rather
    // than a second copy of the word: a particle opens in lower case and a word in upper case,
    // so the two never both match, and the regex is the same one with half its Unicode classes.
    let title = r"\p{Lu}[\p{L}.'’\-]+(?:(?:\s+|/)(?:(?:de|del|de\s+la|la|le|les|am|sur|upon|en|di|do|da|dos)\s+)?\p{Lu}[\p{L}.'’\-]+){0,3}";
    // The region or country: up to four capitalised words in any script's letters, "of" and
    // "of the" between them ("Isla Carmesí", "Bosnia-Herzegovina", "Papua New Guinea",
    // "Democratic Republic of the Congo").
    let country =
        r"(?:,\s+\p{Lu}[\p{L}.'’\-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’\-]+){0,3})?";
    // Or the country in brackets right before the credit, as AFP writes it ("Dharkot (India)
    // (AFP) -"); a bracket alone after the place is the credit's.
    let bracketed = r"(?:\s+\(\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,2}\))?";
    let month = r"(?i:jan|ene|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|aoû|sep|oct|okt|nov|dec|déc|dez|dic)\p{Ll}*\.?";
    Regex::new(&format!(
        r"^\s*(?P<place>(?:{upper}|{title}){country})(?:,\s+(?P<date>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+{month})(?:,\s+(?:19|20)\d{{2}})?)?\s*(?:{bracketed}\s*\((?P<agency>[^()]{{1,40}})\)|/(?P<wire>[A-Za-z][A-Za-z\- ]{{1,30}})/)?\s*(?P<dash>\.?(?:—|–|--|-))\s*\S"
    ))
    .expect("valid regex")
});
/// A dateline in capitals of another script, closed by a full stop, as Russian and Ukrainian
/// papers write them: "НОВООЗЁРСК. За ночь ...", "ЛУБНИ, 23 листопада. У понеділок ...". The
/// place must hold no Latin letter ("WASHINGTON." is no dateline form of English), and the date
/// after it must be a month's name (checked in [`dateline`]).
static DATELINE_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<place>[\p{Lu}--A-Z][\p{Lu}'’\-]+(?:\s+[\p{Lu}--A-Z][\p{Lu}'’\-]+){0,2})(?:,\s+(?P<date>\d{1,2}\s+(?P<month>\p{Ll}+)))?\.\s+\p{Lu}")
        .expect("valid regex")
});
/// Words in capitals before a dash that open a heading or a label, not a dateline's place
/// ("UPDATE - The council ...", "BREAKING - ...").
const NOT_A_PLACE: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "NOTE",
    "EXCLUSIVE",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "OPINION",
    "EDITORIAL",
    "ANALYSIS",
    "LIVE",
    "CORRECTION",
    "REVIEW",
    "NEWS",
    "SPORTS",
    "FACT",
    "CHECK",
    "EDITOR",
    "PS",
    "FAQ",
    "Q",
    "A",
];
// `(?-u:\b)`: ASCII word boundaries around ASCII words. A Unicode `\b` keeps the regex crate off
// its fast DFA engines whenever the text holds any non-ASCII character.
static CONTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)(?-u:\b)")
        .expect("valid regex")
});
static REPORTING_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\(?\s*(?:[Ww]ith\s+(?:additional\s+)?|Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+")
        .expect("valid regex")
});
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-ZÀ-Ý][\p{L}'’\-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][\p{L}'’\-]+){1,3}\b")
        .expect("valid regex")
});
static PHOTO_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)(?:photo|photograph|photography|photographer|image|picture|foto|illustration|bild)s?\s*(?:by|:|credit|courtesy)|(?:^|\()\s*(?:foto|photo)\s+(?:di|de|von|par|por)\s+(?-i:\p{Lu})|(?-u:\b)AP Photo(?-u:\b)|(?-u:\b)Getty Images(?-u:\b)|(?-u:\b)via Getty(?-u:\b)|(?-u:\b)Shutterstock(?-u:\b)|(?-u:\b)Pool Photo(?-u:\b)|(?-u:\b)(?:Reuters|AFP|EPA|AP)\s*/\s*[A-Z]|\(Photo(?-u:\b)|(?-u:\b)Credit(?::|\.\.\.|…))").expect("valid regex")
});
/// A caption ending in "Name Surname, Source / source" (the common PDF-conversion form): group 1
/// is the credit.
///
/// Written to match the whole line, `^(?s:.)*?(credit)$`: the lazy lead-in gives the credit the
/// leftmost start it had searched for alone (`credit$`), and the one match is the same. Alone,
/// the regex, anchored at its end only, was run backwards from the end of the line, a lazy-DFA
/// state built for nearly every byte (the reverse automaton of its Unicode classes is large):
/// 150,000 instructions a line, 26M on 150 pages. Anchored at both ends, it runs forwards (seeded
/// test `slash_credit_anchored_as_searched_alone`).
static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?s:.)*?([A-ZÀ-Ý][\p{L}'’\-]+\s+[A-ZÀ-Ý][\p{L}'’\-]+(?:,\s*[^/\n]{2,40}?)?\s+/\s+[\w.\-]+(?:\s+[\w.\-]+){0,3}\s*$)").expect("valid regex")
});
/// [`SLASH_CREDIT`]'s credit alone, anchored at both ends: `slash_credit` asks it at each place
/// the credit may start.
static SLASH_CREDIT_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-ZÀ-Ý][\p{L}'’\-]+\s+[A-ZÀ-Ý][\p{L}'’\-]+(?:,\s*[^/\n]{2,40}?)?\s+/\s+[\w.\-]+(?:\s+[\w.\-]+){0,3}\s*)$").expect("valid regex")
});

/// The credit of a line [`SLASH_CREDIT`] matches (its group 1), or `None` where it does not
/// match. The group runs to the line's end (`$` follows it), and the lazy lead-in gives it the
/// first start from which the credit matches the rest of the line whole: the places where it may
/// start (an upper-case letter of `[A-ZÀ-Ý]`, ASCII or 'À' to 'Ý', two bytes from 0xC3) are asked
/// in order whether the credit alone matches from there to the end. The captures of the whole
/// regex ran the bounded backtracker over the line (its visited set cleared and filled for each
/// of its many Unicode states): about 70,000 instructions on a 150-byte caption.
fn slash_credit(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    (0..b.len())
        .filter(|&i| {
            b[i].is_ascii_uppercase()
                || b[i] == 0xC3 && b.get(i + 1).is_some_and(|c| (0x80..=0x9D).contains(c))
        })
        .map(|i| &line[i..])
        .find(|rest| SLASH_CREDIT_ALONE.is_match(rest))
}

/// The lines (by number, index 0 unused) that may hold an agency marker or "Editing by", found by
/// one search of the whole text: a superset of the lines `has_marker` or "Editing by" accepts.
fn marker_lines(doc: &Document, lex: &Lexicons) -> Vec<bool> {
    lines_overlapping(
        doc,
        lex.marker_spans(&doc.text).chain(
            memchr::memmem::find_iter(doc.text.as_bytes(), "Editing by")
                .map(|at| (at, at + "Editing by".len())),
        ),
    )
}

/// Which lines (by number, index 0 unused) overlap any of `spans`, byte ranges of the document's
/// text in any order, each searcher's found left to right without overlaps. A line holding an
/// occurrence of a pattern a searcher looks for overlaps one of its spans: either the occurrence
/// was found, or it was passed over for an earlier span that overlaps it, and so the line.
pub(crate) fn lines_overlapping(
    doc: &Document,
    spans: impl Iterator<Item = (usize, usize)>,
) -> Vec<bool> {
    let mut out = vec![false; doc.lines.len() + 1];
    for (start, end) in spans {
        // The first line that does not end before the span starts, then those starting by its end.
        let first = doc.lines.partition_point(|l| l.end < start);
        for (i, l) in doc.lines.iter().enumerate().skip(first) {
            if l.start > end {
                break;
            }
            out[i + 1] = true;
        }
    }
    out
}

/// Agency markers: "(AP)", "(Reuters) -", "— Associated Press" lines, agency bylines.
pub fn markers(doc: &Document, lex: &Lexicons, body_lines: &[usize]) -> Vec<AgencyMarker> {
    let mut out: Vec<AgencyMarker> = Vec::new();
    // Which markers occur in the line, by their index in `marker_finder` (the agencies' markers
    // in order): every credit form below holds its marker, so the others are not tried.
    // (Lexicons whose finder holds other markers than their agencies are read in full.)
    let total: usize = lex.agencies.iter().map(|a| a.markers.len()).sum();
    let mut present = vec![false; lex.marker_finder.patterns_len()];
    if present.len() != total {
        present.clear();
    }
    // Most documents hold no marker, or a few: the lines that can hold one are found by one
    // search of the whole text, where asking each line was two searches a line (1.8% of
    // plain-text scoring). A superset of the lines `has_marker` accepts; each is asked still.
    let may_hold = marker_lines(doc, lex);
    for &n in body_lines {
        if !may_hold.get(n).copied().unwrap_or(true) {
            continue;
        }
        let line = doc.line(n);
        if !lex.has_marker(line) && !line.contains("Editing by") {
            continue;
        }
        present.fill(false);
        if !present.is_empty() {
            for m in lex.marker_finder.find_overlapping_iter(line) {
                present[m.pattern().as_usize()] = true;
            }
        }
        let mut k = 0;
        for agency in &lex.agencies {
            for m in &agency.markers {
                let here = present.get(k).copied().unwrap_or(true);
                k += 1;
                if !here {
                    continue;
                }
                let paren = format!("({m})");
                let credit_line = {
                    let t = line.trim_fast().trim_start_matches(['—', '–', '-', ' ']);
                    let plain = credit_text(t);
                    t == m
                        || plain == m
                        || plain
                            .strip_suffix(" contributed to this report")
                            .is_some_and(|who| who == m || who.strip_prefix("The ") == Some(m))
                        // The Canadian papers' credit: "— With files from The Canadian Press".
                        || plain
                            .strip_prefix("With files from ")
                            .or_else(|| plain.strip_prefix("with files from "))
                            .is_some_and(|who| who == m || who.strip_prefix("The ") == Some(m))
                        || copyright_holder(plain)
                            .is_some_and(|who| who == m || who.strip_prefix("The ") == Some(m))
                        || t.starts_with("© ") && copyright_credit(t, m)
                };
                let dash_credit = line.trim_start().starts_with(['—', '–'])
                    && line.trim_fast().trim_start_matches(['—', '–', ' ']) == m;
                // A strict marker ("PAP", also a party's name) only where a credit stands.
                let strict = agency.strict.contains(m);
                let paren_credit = line.match_indices(paren.as_str()).any(|(at, _)| {
                    !spells_out(&line[..at], m)
                        && (!strict || paren_credit_position(line, at, paren.len()))
                });
                if paren_credit || credit_line || dash_credit {
                    let marker = if line.contains(&paren) {
                        paren.clone()
                    } else {
                        line.trim_fast().to_string()
                    };
                    if !out
                        .iter()
                        .any(|o| o.agency == agency.code && o.line == Some(n))
                    {
                        out.push(AgencyMarker {
                            agency: agency.code.clone(),
                            marker,
                            line: Some(n),
                        });
                    }
                }
            }
        }
        // Several agencies credited together: a credit line ("AP/Reuters/dpa", "— AFP and
        // Reuters", "The Associated Press, Reuters and dpa contributed to this report.",
        // "Agencies: AP, Reuters") or a parenthesised credit ("SELMANI (AP/Reuters) —").
        for (agency, marker) in joint_credit(line, lex) {
            if !out
                .iter()
                .any(|o| o.agency == agency.code && o.line == Some(n))
            {
                out.push(AgencyMarker {
                    agency: agency.code.clone(),
                    marker,
                    line: Some(n),
                });
            }
        }
        if REPORTING_BY.is_match(line)
            && line.contains("Editing by")
            && !out.iter().any(|o| o.agency == "Reuters")
        {
            // "(Reporting by ...; Editing by ...)" is Reuters' house credit.
            out.push(AgencyMarker {
                agency: "Reuters".into(),
                marker: line.trim_fast().chars().take(80).collect(),
                line: Some(n),
            });
        }
    }
    out
}

/// Labels before a list of agencies on a credit line of its own ("Agencies: AP, Reuters").
const JOINT_CREDIT_LABELS: &[&str] = &[
    "Agencies:",
    "Sources:",
    "Source:",
    "Wire services:",
    "With files from",
    "with files from",
];

/// The separators of an agency list ([`agency_list`]), in the order the text is split at them.
const AGENCY_LIST_SEPARATORS: [&str; 8] = ["/", ",", " and ", " & ", " und ", " et ", " y ", " e "];

/// `s.split(sep).next()`: `s` up to the first occurrence of `sep`, which opens with an ASCII
/// byte, looked for at the places of that byte (a substring searcher was set up for each).
fn before_first<'s>(s: &'s str, sep: &str) -> &'s str {
    let (b, sep) = (s.as_bytes(), sep.as_bytes());
    let Some(&lead) = sep.first() else {
        return "";
    };
    memchr::memchr_iter(lead, b)
        .find(|&p| b[p..].starts_with(sep))
        .map_or(s, |p| &s[..p])
}

/// The agencies of a list of two or more, each a marker of the lexicon ("The" before it
/// allowed), joined by slashes, commas or "and" (in English, German, French, Spanish or
/// Italian): "AP/Reuters/dpa", "AFP, Reuters and dpa", "The Associated Press and Reuters".
/// `None` when any piece names no agency.
fn agency_list<'l>(text: &str, lex: &'l Lexicons) -> Option<Vec<&'l crate::lexicon::Agency>> {
    // A list needs a joiner: a single credit ("AP") is turned away before any piece is cut.
    if !text.contains(['/', ',', '&'])
        && ![" and ", " und ", " et ", " y ", " e "]
            .iter()
            .any(|j| text.contains(j))
    {
        return None;
    }
    // A piece that names no agency answers `None`: the first piece, cut as the splits below cut
    // it (up to each separator's first occurrence in what is left, trimmed), is asked before the
    // text is split whole. Most texts asked are a dateline's paragraph with a comma, whose first
    // piece names no agency: splitting all of it at eight separators, a searcher set up for
    // each piece and separator, was about 7,000 instructions a paragraph.
    let mut first = text.trim();
    for sep in AGENCY_LIST_SEPARATORS {
        first = before_first(first, sep).trim();
    }
    let first = first.strip_prefix("and ").unwrap_or(first);
    lex.agency_by_marker(first.strip_prefix("The ").unwrap_or(first))?;
    let mut pieces = vec![text.trim()];
    for sep in AGENCY_LIST_SEPARATORS {
        pieces = pieces
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
    }
    if pieces.len() < 2 {
        return None;
    }
    let mut agencies: Vec<&crate::lexicon::Agency> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let piece = piece.strip_prefix("and ").unwrap_or(piece);
        let piece = piece.strip_prefix("The ").unwrap_or(piece);
        let agency = lex.agency_by_marker(piece)?;
        if !agencies.iter().any(|a| a.code == agency.code) {
            agencies.push(agency);
        }
    }
    (agencies.len() >= 2).then_some(agencies)
}

/// The agencies a line credits together (see [`agency_list`]), each with the credit's text: the
/// whole line when it is the credit (maybe after a dash or a label, maybe "... contributed to
/// this report"), or a parenthesised list where a credit stands (in the dateline or closing the
/// line, see [`paren_credit_position`]). A single agency is [`markers`]' own reading.
fn joint_credit<'l>(line: &str, lex: &'l Lexicons) -> Vec<(&'l crate::lexicon::Agency, String)> {
    // A credit line is short: its text at most 120 bytes ("All rights reserved" aside). Most
    // lines asked are a dateline's paragraph, passed by their length alone.
    let t = line.trim().trim_start_matches(['—', '–', '-', ' ']);
    if t.len() <= 160 {
        let plain = credit_text(t);
        let listed = JOINT_CREDIT_LABELS
            .iter()
            .find_map(|label| plain.strip_prefix(label))
            .or_else(|| plain.strip_suffix(" contributed to this report"))
            .unwrap_or(plain);
        if plain.len() <= 120 {
            if let Some(agencies) = agency_list(listed, lex) {
                return agencies
                    .into_iter()
                    .map(|a| (a, line.trim().to_string()))
                    .collect();
            }
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = line[from..].find('(').map(|k| from + k) {
        let Some(close) = line[open..].find(')').map(|k| open + k) else {
            break;
        };
        let inner = &line[open + 1..close];
        // The list is read before the credit's position (a regex's captures) is asked.
        if inner.len() <= 60 {
            if let Some(agencies) = agency_list(inner, lex)
                .filter(|_| paren_credit_position(line, open, close + 1 - open))
            {
                out.extend(
                    agencies
                        .into_iter()
                        .map(|a| (a, line[open..=close].to_string())),
                );
            }
        }
        from = close + 1;
    }
    out
}

/// Whether the parenthesised marker at `at` (`len` bytes) stands where a credit stands: in the
/// dateline opening the line ("WARSAW (PAP) -", "Warszawa, 5 marca (PAP) -"), or closing the
/// line alone or after a finished sentence ("... the ministry said. (PAP)"). A marker in
/// parentheses inside a sentence ("the ruling party (PAP) won") names something else as often.
fn paren_credit_position(line: &str, at: usize, len: usize) -> bool {
    let closes = line[at + len..].trim_fast().is_empty() && {
        let before = line[..at].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', '»', '’', ')'])
    };
    closes
        || DATELINE
            .captures(line)
            .and_then(|c| c.name("agency"))
            .is_some_and(|a| a.start() == at + 1)
}

/// A credit line without its closing words: the final full stop and "All rights reserved"
/// ("Copyright 2026 The Associated Press. All rights reserved." reads "Copyright 2026 The
/// Associated Press").
fn credit_text(line: &str) -> &str {
    let t = line.trim_fast().trim_end_matches('.').trim_end();
    let lower_end = t.len().saturating_sub("all rights reserved".len());
    let t = match t.get(lower_end..) {
        Some(end) if end.eq_ignore_ascii_case("all rights reserved") => t[..lower_end]
            .trim_end()
            .trim_end_matches(['.', ',', ';'])
            .trim_end(),
        _ => t,
    };
    t.trim_end_matches('.')
}

/// Who a copyright line names: "Copyright 2026 The Associated Press", "Copyright © 2020-2026
/// Reuters", "(c) 2026 AFP" give the holder after the sign and the years.
fn copyright_holder(t: &str) -> Option<&str> {
    let rest = t
        .strip_prefix("Copyright")
        .or_else(|| t.strip_prefix("(c)"))
        .or_else(|| t.strip_prefix("(C)"))?
        .trim_start();
    let rest = rest.strip_prefix('©').unwrap_or(rest).trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–'));
    let rest = rest.trim_fast();
    (!rest.is_empty()).then_some(rest)
}

/// A role after an agency in a byline: "AP Sports Writer", "Reuters correspondent".
static BYLINE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[A-Z][a-z]+){0,3}\s+(?i:writer|correspondent|reporter|editor|journalist|staff)s?$",
    )
    .expect("valid regex")
});
/// True when `line` is a newsroom role alone ("Staff Writer", "Senior Correspondent", "Business
/// Reporter"), as a byline's second line gives it.
pub fn is_role_line(line: &str) -> bool {
    let t = line.trim_fast();
    !t.is_empty() && t.len() <= 60 && ROLE_LINE.is_match(t)
}

/// [`is_role_line`]'s shape: up to three capitalised words, then a newsroom role.
static ROLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z][a-z]+\s+){0,3}(?i:writer|correspondent|reporter|editor|journalist|staff|columnist|contributor|photographer)s?$",
    )
    .expect("valid regex")
});

/// A person's name (or several, joined by "and", "und", "et", "y", commas) before an agency in
/// a byline: capitalised words (capitals too), particles allowed, no digits.
fn looks_like_names(s: &str) -> bool {
    const JOIN: &[&str] = &[
        "and", "und", "et", "y", "e", "&", "de", "da", "di", "del", "van", "von", "der", "den",
        "la", "le", "du", "dos", "bin", "al",
    ];
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
    };
    (2..=10).contains(&words.len())
        && words.first().is_some_and(|w| capitalised(w))
        && words.last().is_some_and(|w| capitalised(w))
        && words.iter().all(|w| capitalised(w) || JOIN.contains(w))
}

/// Agency credits in the page's authorship metadata, for wire copy whose text carries no credit
/// line: an author meta tag (`<meta name="author" content="The Associated Press">`), the author
/// or creator of a JSON-LD article (a `Person` or an `Organization`: `{"@type": "Organization",
/// "name": "Reuters"}`), or the first author element (see below). The value must credit the agency as a whole (see
/// [`metadata_agency`]); the marker is the tag and its value, with no line.
pub fn metadata_markers(doc: &Document, lex: &Lexicons, signers: &[&str]) -> Vec<AgencyMarker> {
    let mut values: Vec<(&str, &str)> = Vec::new();
    for (k, v) in &doc.html.meta {
        if crate::bylines::META_AUTHOR_KEYS.contains(&k.as_str()) && k != "citation_author" {
            values.push((k.as_str(), v.as_str()));
        }
    }
    for obj in doc
        .html
        .json_ld
        .iter()
        .filter(|o| crate::dates::is_article_type(o))
    {
        for key in ["author", "creator", "sourceOrganization"] {
            match obj.get(key) {
                Some(serde_json::Value::Array(a)) => {
                    values.extend(a.iter().take(20).filter_map(json_name).map(|n| (key, n)));
                }
                Some(v) => values.extend(json_name(v).map(|n| (key, n))),
                None => {}
            }
        }
    }
    // The first author element only, where its text stands in the article or its metadata, and
    // on a page no person signs unless it is that person's byline ("By Ann Lee, The Associated
    // Press"): others are the bylines of teasers around the article ("By AP" under each
    // headline of a sidebar list).
    let in_article = |t: &str| {
        doc.lines.iter().enumerate().any(|(i, l)| {
            matches!(l.zone, None | Some(crate::model::BlockKind::Metadata))
                && doc.line(i + 1).contains(t.trim_fast())
        })
    };
    values.extend(
        doc.html
            .author_elements
            .first()
            .filter(|t| {
                let own = signers.is_empty()
                    || signers
                        .iter()
                        .any(|n| t.to_lowercase().contains(&n.to_lowercase()));
                own && in_article(t)
            })
            .map(|t| ("author element", t.as_str())),
    );
    let mut out: Vec<AgencyMarker> = Vec::new();
    for (key, value) in values {
        if let Some(agency) = metadata_agency(value, lex) {
            if !out.iter().any(|o| o.agency == agency.code) {
                out.push(AgencyMarker {
                    agency: agency.code.clone(),
                    marker: format!("{key}: {}", value.trim_fast()),
                    line: None,
                });
            }
        }
    }
    out
}

/// A JSON-LD author's name: a string, or the `name` of an object.
fn json_name(v: &serde_json::Value) -> Option<&str> {
    v.as_str().or_else(|| v.get("name")?.as_str())
}

/// Words after an agency's name that still credit the agency as a whole ("Reuters Staff").
const STAFF_WORDS: &[&str] = &[
    "staff",
    "Staff",
    "STAFF",
    "reporters",
    "Redaktion",
    "redacción",
];

/// Words that join a newsroom's short credit to an agency's ("FR mit dpa", "Staff and AP").
const CREDIT_JOINERS: &[&str] = &[
    "mit", "with", "and", "und", "avec", "et", "con", "y", "&", "+",
];

/// The agency an authorship value credits: the agency alone ("AP", "The Associated Press",
/// "Reuters Staff", "By Agence France-Presse"), a byline that ends with it ("Ann Lee, Reuters",
/// as [`byline_agency`] reads them), a newsroom's short credit joined to it ("FR mit dpa"), or
/// slash-separated credits of which one is the agency ("det/dpa", "APA/AP", "AFP/The Local").
/// Markers are matched case-sensitively ("AP", not "ap"); display names in any case.
fn metadata_agency<'a>(value: &str, lex: &'a Lexicons) -> Option<&'a crate::lexicon::Agency> {
    let value = value.trim_fast();
    if value.is_empty() || value.len() > 120 {
        return None;
    }
    let bare = match crate::bylines::label_end(value) {
        Some(end) => value[end..].trim_fast(),
        None => value,
    };
    let bare = bare.trim_end_matches('.').trim_fast();
    let alone = |s: &str| {
        let s = s.trim_fast();
        let s = STAFF_WORDS
            .iter()
            .find_map(|w| s.strip_suffix(w).filter(|r| r.ends_with(' ')))
            .map_or(s, str::trim_end);
        let s = s
            .strip_prefix("The ")
            .or(s.strip_prefix("the "))
            .unwrap_or(s);
        lex.agencies.iter().find(|a| {
            a.markers
                .iter()
                .any(|m| m.strip_prefix("The ").unwrap_or(m) == s)
                || a.name.eq_ignore_ascii_case(s)
        })
    };
    if let Some(a) = alone(bare) {
        return Some(a);
    }
    if let Some(a) = byline_agency(value, lex) {
        return Some(a);
    }
    let short = |s: &str| (1..=4).contains(&s.split_whitespace().count());
    if bare.contains('/') {
        let parts: Vec<&str> = bare.split('/').map(str::trim).collect();
        if parts.len() <= 4 && parts.iter().all(|p| short(p)) {
            if let Some(a) = parts.iter().find_map(|p| alone(p)) {
                return Some(a);
            }
        }
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    (2..words.len()).find_map(|i| {
        let (head, joiner, tail) = (&words[..i - 1], words[i - 1], words[i..].join(" "));
        (CREDIT_JOINERS.contains(&joiner) && head.len() <= 3 && short(&tail))
            .then(|| alone(&tail))
            .flatten()
    })
}

/// The agency a byline line credits: "By The Associated Press", "By JANE DOE, Associated
/// Press", "Von Anna Berg, dpa", "Par Luc Marin avec AFP", "By Tom Vane, AP Sports Writer", and,
/// without a label, "Carl Wendt, Reuters" / "Jane Doe | Reuters" (two to four capitalised words,
/// as `bylines::PIPE_AGENCY` reads them). The agency ends the line, or a role or a dated part
/// ("| March 5, 2024") follows it.
fn byline_agency<'a>(line: &str, lex: &'a Lexicons) -> Option<&'a crate::lexicon::Agency> {
    let (rest, labelled) = match crate::bylines::label_end(line) {
        Some(end) => (&line[end..], true),
        None => (line.trim_start(), false),
    };
    let rest = rest.trim_end().trim_end_matches('.');
    if rest.is_empty() || rest.len() > 160 {
        return None;
    }
    // Which markers occur in `rest`, by their index in `marker_finder`, as in `markers`: a
    // marker that does not occur has no match below, and the hundred-odd `match_indices` each
    // set up a substring searcher (about 450 instructions a marker, on every byline line that
    // holds any marker). Lexicons whose finder holds other markers than their agencies try
    // every marker.
    let total: usize = lex.agencies.iter().map(|a| a.markers.len()).sum();
    let mut present = vec![false; lex.marker_finder.patterns_len()];
    if present.len() == total {
        for m in lex.marker_finder.find_overlapping_iter(rest) {
            present[m.pattern().as_usize()] = true;
        }
    } else {
        present.clear();
    }
    let mut k = 0;
    for agency in &lex.agencies {
        for m in &agency.markers {
            // (An empty marker, which the finder never reports, occurs everywhere.)
            let here = present.get(k).copied().unwrap_or(true) || m.is_empty();
            k += 1;
            if !here {
                continue;
            }
            for (at, _) in rest.match_indices(m.as_str()) {
                let before_c = rest[..at].chars().next_back();
                let after = &rest[at + m.len()..];
                if before_c.is_some_and(char::is_alphanumeric)
                    || after.chars().next().is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                // After the agency: nothing, a role, or a separator and a dated part.
                let after = after.strip_prefix(')').unwrap_or(after);
                let tail_ok = after.trim_fast().is_empty()
                    || BYLINE_ROLE.is_match(after)
                    || after
                        .trim_start()
                        .strip_prefix(['|', '•', '·', ',', '–', '—', '-'])
                        .is_some_and(|t| t.contains(|c: char| c.is_ascii_digit()) && t.len() <= 40);
                if !tail_ok {
                    continue;
                }
                let before = rest[..at].trim_end();
                let before = before.strip_suffix('(').unwrap_or(before).trim_end();
                // The agency alone ("By Reuters", "By the Associated Press").
                if labelled && (before.is_empty() || before == "the") {
                    return Some(agency);
                }
                // Names, a separator, the agency.
                let joined = |sep: &[&str]| {
                    sep.iter().find_map(|s| {
                        before
                            .strip_suffix(s)
                            .filter(|n| {
                                !s.chars().all(char::is_alphabetic) || n.ends_with([' ', '('])
                            })
                            .map(|n| n.trim_end().trim_end_matches('(').trim_end())
                    })
                };
                // AP's own style: "By DIEGO FUENTES Associated Press", the agency's name of two
                // words or more after the names with no separator.
                if labelled
                    && m.contains(' ')
                    && looks_like_names(before)
                    && after.trim_fast().is_empty()
                {
                    return Some(agency);
                }
                let names = if labelled {
                    joined(&[
                        ",", "|", "–", "—", " -", "avec", "with", "for", "mit", "con", "für",
                        "pour", "para", "and", "und", "et",
                    ])
                } else {
                    joined(&[",", "|"]).filter(|n| (2..=4).contains(&n.split_whitespace().count()))
                };
                if names.is_some_and(looks_like_names) {
                    return Some(agency);
                }
            }
        }
    }
    None
}

/// Agency credits in the byline lines of a story's header (`lines`: the lines a byline may
/// stand on), with the byline line as their evidence. See [`byline_agency`].
pub fn byline_markers(doc: &Document, lex: &Lexicons, lines: &[usize]) -> Vec<AgencyMarker> {
    let mut out: Vec<AgencyMarker> = Vec::new();
    for &n in lines {
        let line = doc.line(n);
        if line.len() > 200 || !lex.has_marker(line) {
            continue;
        }
        if let Some(agency) = byline_agency(line, lex) {
            if !out.iter().any(|o| o.line == Some(n)) {
                out.push(AgencyMarker {
                    agency: agency.code.clone(),
                    marker: line.trim_fast().to_string(),
                    line: Some(n),
                });
            }
        }
    }
    out
}

/// A "© ..." line credits the agency when it names it as a word ("© 2020 Reuters", not the "PA"
/// of "PAYMENT"), and not as the agency of a photographer ("© dpa | Kay Nietfeld", "© AFP /
/// Jane Roe": a photo credit).
fn copyright_credit(line: &str, marker: &str) -> bool {
    line.match_indices(marker).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = &line[at + marker.len()..];
        let word = !before.is_some_and(char::is_alphanumeric)
            && !after.chars().next().is_some_and(char::is_alphanumeric);
        let photographer = after
            .trim_start()
            .strip_prefix(['|', '/'])
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
        word && !photographer
    })
}

/// True when the words before a parenthesised acronym spell it out: "Demokratische Partei der
/// Albaner (DPA)" names a party, "the Associated Press (AP)" and "der Deutschen Presse-Agentur
/// (dpa)" name the agency; none credits a story to it. Small lower-case words ("der", "of") may
/// sit between the initials, hyphenated parts count as words, and a compound may hold several
/// initials in order ("Deutsche Presseagentur (dpa)").
fn spells_out(before: &str, acronym: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let one_case =
        acronym.chars().all(|c| !c.is_lowercase()) || acronym.chars().all(|c| !c.is_uppercase());
    if letters.len() < 2 || !one_case {
        return false;
    }
    // `left` initials still to find, matched from the last one backwards.
    let mut left = letters.len();
    let words = before
        .split_whitespace()
        .rev()
        .flat_map(|w| w.rsplit(['-', '\u{2010}']))
        .filter(|w| !w.is_empty());
    for w in words.take(letters.len() * 2 + 2) {
        if left == 0 {
            break;
        }
        let Some(first) = w.chars().find(|c| c.is_alphanumeric()) else {
            return false;
        };
        if first.is_lowercase() {
            if w.chars().count() <= 4 {
                continue;
            }
            return false;
        }
        // A word in capitals is a dateline's place ("ADDIS ABABA (AA) -"), not a name.
        if !w.chars().any(char::is_lowercase) {
            return false;
        }
        let lower: Vec<char> = w.chars().flat_map(char::to_lowercase).collect();
        // The earliest initial this word can start such that the initials after it, up to
        // the last one still wanted, appear in order inside the word.
        let covers = |start: usize| {
            letters[start] == lower[0] && {
                let mut rest = letters[start + 1..left].iter().peekable();
                for c in &lower[1..] {
                    if rest.peek() == Some(&c) {
                        rest.next();
                    }
                }
                rest.peek().is_none()
            }
        };
        // The fewest initials per word: the last one alone when it fits.
        match (0..left).rev().find(|&s| covers(s)) {
            Some(s) => left = s,
            None => return false,
        }
    }
    left == 0
}

/// The agency named in a dateline's parentheses: a marker, or the first of several joined by a
/// slash ("dpa/lni", "AFP/Reuters").
fn dateline_agency(lex: &Lexicons, text: &str) -> Option<String> {
    lex.agency_by_marker(text)
        .or_else(|| lex.agency_by_marker(text.split('/').next()?))
        .map(|a| a.code.clone())
}

/// A press-release distribution service: its display name and the credits that name it in a
/// dateline (`data/lexicons/release_wires.tsv`).
struct ReleaseWire {
    name: &'static str,
    markers: Vec<&'static str>,
}

/// The press-release services of `data/lexicons/release_wires.tsv`, compiled in.
static RELEASE_WIRES: LazyLock<Vec<ReleaseWire>> = LazyLock::new(|| {
    crate::lexicon::data_lines(include_str!("../../../data/lexicons/release_wires.tsv"))
        // The header row.
        .skip(1)
        .filter_map(|l| {
            let (name, markers) = l.split_once('\t')?;
            Some(ReleaseWire {
                name: name.trim_fast(),
                markers: markers.split('|').map(str::trim).collect(),
            })
        })
        .collect()
});

/// The press-release service a dateline's credit names ("PRNewswire", "PRNewswire-FirstCall",
/// "BUSINESS WIRE", "GLOBE NEWSWIRE"): the whole credit, or its part before a hyphen (the
/// service's channel after it), is one of its markers, in any case.
fn release_wire(credit: &str) -> Option<&'static str> {
    let credit = credit.trim_fast();
    let service = credit.split('-').next().unwrap_or(credit).trim_fast();
    RELEASE_WIRES
        .iter()
        .find(|w| {
            w.markers
                .iter()
                .any(|m| m.eq_ignore_ascii_case(credit) || m.eq_ignore_ascii_case(service))
        })
        .map(|w| w.name)
}

/// The dateline of the first paragraphs, if the story opens with one.
pub fn dateline(doc: &Document, lex: &Lexicons, body_lines: &[usize]) -> Option<Dateline> {
    // The first six filled lines: the blank lines between paragraphs are among the body's lines
    // and count for none (`i` counts filled lines, `k` indexes `body_lines`).
    let filled = body_lines
        .iter()
        .enumerate()
        .filter(|&(_, &n)| !doc.line(n).trim_fast().is_empty())
        .take(6);
    for (i, (k, &n)) in filled.enumerate() {
        let line = doc.line(n);
        // "〔記者王怡君／台中報導〕": a Taiwanese paper's credit names the place reported from.
        if let Some((_, place)) = crate::bylines::cjk_reporter(line) {
            return Some(Dateline {
                place: place.to_string(),
                agency: None,
                date_text: None,
                line: n,
                distributor: None,
            });
        }
        if let Some(d) = dateline_stop(line, n) {
            return Some(d);
        }
        let Some(c) = DATELINE.captures(line) else {
            continue;
        };
        // "NORTHAVEN, Mass.--(BUSINESS WIRE)--": the dashes glued to the region are the
        // dateline's, not the place's.
        let place = c["place"]
            .trim_fast()
            .trim_end_matches(['-', '–', '—'])
            .trim_end_matches(',')
            .to_string();
        // The place must be a place, not a shouted headline word: a short all-caps run.
        let caps_part = place.split(',').next().unwrap_or("");
        if caps_part.chars().filter(|c| c.is_alphabetic()).count() < 3
            || caps_part.split_whitespace().count() > 4
        {
            continue;
        }
        let agency = c
            .name("agency")
            .and_then(|a| dateline_agency(lex, a.as_str()));
        // "/PRNewswire/", "(BUSINESS WIRE)": a press-release service where the agency stands.
        let distributor = c
            .name("agency")
            .or_else(|| c.name("wire"))
            .filter(|_| agency.is_none())
            .and_then(|m| release_wire(m.as_str()));
        let credited = agency.is_some() || distributor.is_some();
        let dash = c["dash"].trim_start_matches('.');
        // Without an agency's or a release service's credit, only the long dashes of a staff
        // dateline count: "CITY -" in a line of text is too often a heading.
        // A place in capitals before a single hyphen ("SUKAMAJU - The city ...", an Indonesian
        // and Malay house style) only in the story's first three lines, before a sentence of eight words or
        // more, and no heading's word.
        // The hyphen stands apart ("SUKAMAJU - ", Spanish "HONDURAS.- "), not inside a word
        // ("SARS-2", "ZDH-Generalsekretär").
        let apart = c.name("dash").is_some_and(|d| {
            (d.as_str().starts_with('.') || line[..d.start()].ends_with(char::is_whitespace))
                && line[d.end()..].starts_with(char::is_whitespace)
        });
        let caps_hyphen = || {
            dash == "-"
                && apart
                && i <= 2
                && !caps_part.chars().any(char::is_lowercase)
                && !caps_part.contains(['/', '.'])
                && !caps_part
                    .split_whitespace()
                    .any(|w| NOT_A_PLACE.contains(&w.trim_matches(['\'', '’'])))
                && c.name("date").is_none()
                && line.trim_end().ends_with(['.', '"', '”'])
                && line.split_whitespace().count() >= 10
        };
        if !(credited || dash == "—" || dash == "–" || dash == "--" || caps_hyphen()) {
            continue;
        }
        // A place in title case ("Kellenbrück (dpa) -") is a dateline only with its credit, and
        // only where a paragraph opens: words in title case before a dash are otherwise a
        // heading's or a sentence's ("Der Stadtrat - so der Bürgermeister - ...").
        let title_case = caps_part.chars().any(char::is_lowercase);
        let opens_paragraph = i == 0
            || doc.format == crate::model::Format::Html
            || n < 2
            || doc.line(n - 1).trim_fast().is_empty()
            || k == 0
            || body_lines[k - 1] != n - 1;
        if title_case && (!credited || !opens_paragraph) {
            continue;
        }
        if line.split_whitespace().count() < 6 {
            continue;
        }
        return Some(Dateline {
            place,
            agency,
            date_text: c.name("date").map(|d| d.as_str().to_string()),
            line: n,
            distributor: distributor.map(str::to_string),
        });
    }
    None
}

/// Letters of a [`DATELINE_STOP`] place with no date after it: "МЧС." and "ФОТО." open
/// paragraphs as acronyms and labels; a place of four letters or fewer needs its date.
const DATELINE_STOP_BARE_MIN: usize = 5;
/// Words in capitals of other scripts that open a paragraph with a full stop as a label of the
/// media beside it or of the news's kind, not as a place (lower case).
const NOT_A_PLACE_STOP: &[&str] = &[
    "фото",
    "видео",
    "відео",
    "фотографии",
    "фотогалерея",
    "фоторепортаж",
    "инфографика",
    "інфографіка",
    "обновлено",
    "оновлено",
    "срочно",
    "терміново",
    "молния",
    "блискавка",
    "эксклюзив",
    "ексклюзив",
    "внимание",
    "увага",
    "официально",
    "офіційно",
    "φωτο",
    "φωτό",
    "βιντεο",
    "βίντεο",
];

/// A [`DATELINE_STOP`] dateline opening `line`: a place in capitals of a script other than
/// Latin, a month's name after its day if a date follows, and a sentence after the full stop.
fn dateline_stop(line: &str, n: usize) -> Option<Dateline> {
    if line.trim_start().starts_with(|c: char| c.is_ascii()) {
        return None;
    }
    let c = DATELINE_STOP.captures(line)?;
    let place = c.name("place")?.as_str();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    // Without a date, a short word in capitals ("МЧС.", "ФОТО.") is an acronym or a media label
    // as often as a place: the place must have DATELINE_STOP_BARE_MIN letters and be no label.
    let bare = c.name("date").is_none();
    if letters < 3
        || bare
            && (letters < DATELINE_STOP_BARE_MIN
                || NOT_A_PLACE_STOP.contains(&place.to_lowercase().as_str()))
        || c.name("month")
            .is_some_and(|m| crate::dates::month_number(m.as_str()).is_none())
        || line.split_whitespace().count() < 6
    {
        return None;
    }
    Some(Dateline {
        place: place.to_string(),
        agency: None,
        date_text: c.name("date").map(|d| d.as_str().to_string()),
        line: n,
        distributor: None,
    })
}

/// A line naming where the text or its picture came from ("Source: Statistics Office", "Quelle:
/// dpa", "Titelbild: J. Roe"): a note about the story, not a sentence of it.
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:sources?|quellen?|bildquellen?|fuentes?|fontes?|źródło|źródła|bronnen|bron|titelbild|beitragsbild|abbildung|bild|credits?|crédits?)\s*:\s*\S")
        .expect("valid regex")
});
/// A source line is short: a longer line opening so is a caption's or a paragraph's sentence.
const SOURCE_LINE_MAX_WORDS: usize = 12;

/// True for a short line naming the source of the text or of its picture (see [`SOURCE_LINE`]).
pub fn is_source_line(line: &str) -> bool {
    // Every match holds a colon (a byte the regex's `:` alone matches): most lines have none, and
    // are turned away by memchr before their words are counted (counting stops a word past the
    // limit) and before the regex, which every line of a document went through.
    memchr::memchr(b':', line.as_bytes()).is_some()
        && pieces_upto(line, SOURCE_LINE_MAX_WORDS + 1) <= SOURCE_LINE_MAX_WORDS
        && SOURCE_LINE.is_match(line)
}

/// The places of "contributed" in `b` in any mix of ASCII cases, each as the place of its `b`.
fn contributed_at(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(b'b', b'B', b).filter(|&i| {
        i >= 6
            && b.get(i - 6..i + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"contributed"))
    })
}

/// Whether `b` holds "contributed" in any mix of ASCII cases (see `is_contributor_line_in`).
fn says_contributed(b: &[u8]) -> bool {
    contributed_at(b).next().is_some()
}

/// Which lines (by number, index 0 unused) may hold "contributed" ([`says_contributed`]), found
/// by one search of the whole text: no line break stands inside the word, so a line holding it
/// overlaps one of the text's. The lines it marks are still asked; a search of every line (a
/// call to memchr each) cost about 4,000 instructions a plain text.
fn contributed_lines(doc: &Document) -> Vec<bool> {
    let b = doc.text.as_bytes();
    lines_overlapping(doc, contributed_at(b).map(|i| (i - 6, i + 5)))
}

/// [`CONTRIBUTED`] or [`REPORTING_BY`] matches `line`, with a cheap test before each regex, which
/// every line went through. "contributed" must be in the line in some mix of ASCII cases (none of
/// its letters has another case variant in Unicode's simple folding, which `(?i)` uses): it is
/// looked for around each `b` or `B`, its seventh letter and its rarest in prose (a search from
/// each `c`, twice as common, stopped at every "c" of every line). A reporting credit's first
/// character after white space is a bracket or the capital or small first letter of its words.
/// (Asked by the tests: `contributors` asks `is_contributor_line_in`.)
#[cfg(test)]
fn is_contributor_line(line: &str) -> bool {
    is_contributor_line_in(line, true)
}

/// `is_contributor_line`, told whether the text around the line may hold "contributed" (see
/// [`contributed_lines`]): where it may not, the line is not searched for it.
fn is_contributor_line_in(line: &str, may_say_contributed: bool) -> bool {
    let contributed = may_say_contributed && says_contributed(line.as_bytes());
    (contributed && CONTRIBUTED.is_match(line))
        || line
            .trim_start()
            .starts_with(['(', 'A', 'R', 'r', 'W', 'w', 'E', 'e'])
            && REPORTING_BY.is_match(line)
}

/// Words of a role or a desk before a contributor's name ("Associated Press writer", "Staff
/// Reporter"): not part of it.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "photographer",
    "researcher",
    "the",
    "and",
];

/// The names of a contributor credit. In "X contributed to this report" only the sentence's
/// words before "contributed" name contributors; in "(Reporting by X; Editing by Y)" the whole
/// line does. A capitalised run after "in", "from" or "at" is a place ("Daniel Okello in Pemba
/// Ridge"), an agency's name is the agency's ("Associated Press writer Daniel Okello"), and
/// leading role words are dropped ("Staff Writer Ann Lee").
fn contributor_names(line: &str, lex: &Lexicons) -> Vec<String> {
    let text = match CONTRIBUTED.find(line) {
        Some(m) if !REPORTING_BY.is_match(line) => {
            let before = &line[..m.start()];
            // The sentence holding the credit: after the last full stop that ends a sentence.
            let from = before
                .match_indices(". ")
                .map(|(at, _)| at + 2)
                .filter(|&at| {
                    // "Ann B. Lee" keeps its initial: a stop after one capital ends no sentence.
                    let word = before[..at - 2].rsplit(' ').next().unwrap_or("");
                    word.chars().count() > 1
                })
                .last()
                .unwrap_or(0);
            &before[from..]
        }
        _ => line,
    };
    // An editor's credit ("Editing by Tom Vane") names who checked the story, not who reported
    // it: its part of the credit, up to the next ';' or the closing bracket, is no contributor's.
    let text = without_editing(text);
    let text = text.as_ref();
    let mut out: Vec<String> = Vec::new();
    for m in NAME.find_iter(text) {
        let preceding = text[..m.start()]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        if matches!(
            preceding,
            "in" | "from" | "at" | "of" | "for" | "near" | "aus" | "en" | "à" | "de"
        ) {
            continue;
        }
        let mut words: Vec<&str> = m.as_str().split_whitespace().collect();
        // Leading words of an agency's name or a role.
        loop {
            let agency_prefix = lex
                .agencies
                .iter()
                .flat_map(|a| &a.markers)
                .find(|mk| opens_with_words(&words, mk));
            if let Some(mk) = agency_prefix {
                words.drain(..mk.split_whitespace().count());
            } else if words
                .first()
                .is_some_and(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
            {
                words.remove(0);
            } else {
                break;
            }
        }
        let name = words.join(" ");
        if words.len() < 2
            || ["Additional", "Reporting", "Editing", "Writing"]
                .iter()
                .any(|w| name.starts_with(w))
            || lex.agency_by_marker(&name).is_some()
            || out.contains(&name)
        {
            continue;
        }
        out.push(name);
    }
    out
}

/// Whether `mk` is the first words of `words` (words of `split_whitespace`: none empty, none
/// with white space) joined by single spaces: `words[..k].join(" ") == mk` for `k` the count of
/// `mk`'s own words, which those words are when it holds. Read along `mk` without counting its
/// words or joining any: for every marker of every agency, on every name of a credit line, the
/// count and the joined copy were most of the credit's reading.
fn opens_with_words(words: &[&str], mk: &str) -> bool {
    if mk.is_empty() {
        return true;
    }
    let mut rest = mk;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(w) else {
            return false;
        };
        if r.is_empty() {
            return true;
        }
        rest = r;
    }
    false
}

/// `text` without the parts of a credit that name editors: from "Editing by" or "Edited by" (in
/// any case) to the next ';' or ')' or the end ("(Reporting by Ann Lee; Editing by Tom Vane)" →
/// "(Reporting by Ann Lee; )").
fn without_editing(text: &str) -> std::borrow::Cow<'_, str> {
    let lower = text.to_ascii_lowercase();
    let starts: Vec<usize> = ["editing by", "edited by"]
        .iter()
        .flat_map(|label| lower.match_indices(label).map(|(at, _)| at))
        .collect();
    if starts.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    let mut starts = starts;
    starts.sort_unstable();
    for at in starts {
        if at < from {
            continue;
        }
        out.push_str(&text[from..at]);
        from = text[at..]
            .find([';', ')'])
            .map_or(text.len(), |end| at + end);
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// The reporters a Reuters-style credit names in its own "Reporting by" part ("(Reporting by
/// Ann Lee in Kessvik and Tom Vane; Editing by Mia Holt)" → Ann Lee, Tom Vane): not an
/// additional reporter ("Additional reporting by", "With reporting by"), a writer or an editor.
/// Empty when the credit has no such part.
pub(crate) fn reporters(credit: &str, lex: &Lexicons) -> Vec<String> {
    credit
        .trim_start_matches(|c: char| c == '(' || c.is_whitespace())
        .split(';')
        .map(str::trim)
        .find(|part| {
            part.get(..13)
                .is_some_and(|head| head.eq_ignore_ascii_case("reporting by "))
        })
        .map(|part| contributor_names(part.trim_end_matches(')'), lex))
        .unwrap_or_default()
}

/// "X contributed to this report", "(Reporting by X; Editing by Y)" lines.
pub fn contributors(doc: &Document, lex: &Lexicons) -> Vec<Credit> {
    let mut out = Vec::new();
    let may_say_contributed = contributed_lines(doc);
    for n in 1..=doc.lines.len() {
        let line = doc.line(n);
        if line.len() > 400 {
            continue;
        }
        if is_contributor_line_in(line, may_say_contributed.get(n).copied().unwrap_or(true)) {
            out.push(Credit {
                text: line.trim_fast().to_string(),
                names: contributor_names(line, lex),
                line: n,
            });
        }
    }
    out
}

/// Photo credit and caption lines.
/// Words one of which every photo-credit pattern holds (or a slash): checked first, because the
/// credit regexes are case-insensitive and Unicode-aware, which makes them slow on every line.
const CREDIT_WORD_LIST: [&str; 10] = [
    "photo",
    "bild",
    "image",
    "picture",
    "foto",
    "illustration",
    "getty",
    "shutterstock",
    "credit",
    "/",
];
static CREDIT_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CREDIT_WORD_LIST)
        .expect("credit words build an automaton")
});
/// The credit words but the slash, ASCII lower-cased, for aho-corasick's packed (SIMD) searcher,
/// asked of a line ASCII lower-cased (ASCII case-insensitive equality is equality of ASCII
/// lower-cased forms); the slash, a single byte the packed searcher matches poorly, by memchr.
/// `None` where no packed searcher can be built.
static CREDIT_WORDS_PACKED: LazyLock<Option<aho_corasick::packed::Searcher>> =
    LazyLock::new(|| {
        aho_corasick::packed::Searcher::new(
            CREDIT_WORD_LIST
                .iter()
                .filter(|w| **w != "/")
                .map(|w| w.to_ascii_lowercase()),
        )
    });

/// `CREDIT_WORDS.is_match(line)`, with `lower` as the buffer for the line lower-cased.
fn has_credit_word(line: &str, lower: &mut String) -> bool {
    match &*CREDIT_WORDS_PACKED {
        Some(s) => {
            memchr::memchr(b'/', line.as_bytes()).is_some() || {
                lower.clear();
                lower.push_str(line);
                lower.make_ascii_lowercase();
                s.find(lower.as_str()).is_some()
            }
        }
        None => CREDIT_WORDS.is_match(line),
    }
}

/// Which lines (by number, index 0 unused) may hold a credit word ([`has_credit_word`]), found by
/// one search of the whole text ASCII lower-cased and one for its slashes: a line holding a word
/// overlaps a match of the packed searcher (found or passed over for one that overlaps it, and no
/// word spans a line break). The lines it marks are still asked; `None` where no packed searcher
/// could be built. Asking every line of the text (a copy lower-cased, a slash search and a SIMD
/// search set up for each) cost about 6,000 instructions a plain text.
fn credit_word_lines(doc: &Document) -> Option<Vec<bool>> {
    let packed = CREDIT_WORDS_PACKED.as_ref()?;
    let lower = doc.text.to_ascii_lowercase();
    let words = packed.find_iter(&lower).map(|m| (m.start(), m.end()));
    let slashes = memchr::memchr_iter(b'/', doc.text.as_bytes()).map(|i| (i, i + 1));
    Some(lines_overlapping(doc, words.chain(slashes)))
}

/// False when `line` cannot end in a [`SLASH_CREDIT`]: its credit's slash is the line's last
/// (no slash follows in the one to four words after it, `[\w.\-]`), with white space on both
/// sides, and one to four words after it. The regex reads the whole line: it is left for the
/// lines it may match.
fn may_end_in_slash_credit(line: &str) -> bool {
    let Some(at) = memchr::memrchr(b'/', line.as_bytes()) else {
        return false;
    };
    let (before, after) = (&line[..at], &line[at + 1..]);
    before.ends_with(char::is_whitespace)
        && after.starts_with(char::is_whitespace)
        && (1..=4).contains(&after.split_whitespace().take(5).count())
}

/// A photographer named after a photo label: "Photo: Ben Aluko/AFP via Getty Images", "(Photo by
/// Ann Lee/Reuters)", "Foto: Anna Berg / dpa", "Photo: Ann Lee, AP", "Foto: Anna Berg", a
/// caption's "Credit...Ann Lee for The Harlow Ledger" (`dots`: the label run into the credit
/// by an ellipsis, as the New York Times sets a picture's credit). After the
/// name, a source (`sep` and `src`: a slash, a comma or "via", then a word) or the credit's end
/// (`end`: a bar, a bracket, a semicolon, the line's end, "for").
///
/// Anchored at its start: it is asked at each place a label may start (see
/// [`photo_name_matches`]). Unanchored, each match's start was found by running the regex
/// backwards from its end, building lazy-DFA states of its large reverse Unicode automaton:
/// 120,000 instructions a line.
static PHOTO_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>(?i:photo(?:graph(?:y|ers?|s)?|s)?|images?|picture|fotos?|bild|illustration|credit))\s*(?:(?i:by|von|par|por|:|credit\s*:?)|(?P<dots>\.\.\.|…))\s*(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,3})(?:\s*(?P<sep>/|,|\s+via\s)\s*(?P<src>[\p{L}][\p{L}\-]*)|\s*(?P<end>\||\)|;|$|\s+(?:for|für|pour)\s))")
        .expect("valid regex")
});
/// A photographer and their agency or picture library joined by a slash: "Ben Aluko/AFP",
/// "Ann Lee/Getty Images" (`src`: checked against the agencies and [`PHOTO_SOURCES`]).
static NAME_SLASH_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,3})\s*/\s*(?P<src>[\p{L}][\p{L}\-]*)")
        .expect("valid regex")
});
/// A photographer after the slash of an agency's photo label: "(AP Photo/Ann Lee)", "(AP
/// Photo/Ann Lee, File)", "Reuters Photo / Ann Lee".
static PHOTO_SLASH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:photo)\s*/\s*(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,3})\s*(?:\)|,|;|$)")
        .expect("valid regex")
});

/// Picture libraries and pool credits after a photographer's slash.
const PHOTO_SOURCES: &[&str] = &[
    "Getty",
    "Shutterstock",
    "Invision",
    "Pool",
    "POOL",
    "Alamy",
    "Sipa",
    "Xinhua",
    "Anadolu",
    "EPA",
    "picture",
    "Imago",
    "IMAGO",
    "Pixabay",
    "Unsplash",
    "Pexels",
    "Flickr",
    "iStock",
];
/// Words of a company's, a body's or an outlet's name: a credit to one names no photographer
/// ("Photo by Harbour Productions/...", "Valley Times/Getty Images", "Foto: Stadt Beispielheim",
/// "Credit...Agence Tarrow-Presse", "Credit...Kessvik Harbour Authority").
const OUTLET_WORDS: &[&str] = &[
    "productions",
    "studio",
    "studios",
    "estudios",
    "times",
    "news",
    "media",
    "images",
    "pictures",
    "photography",
    "photos",
    "press",
    "agency",
    "agence",
    "agencia",
    "agenzia",
    "agentur",
    "authority",
    "group",
    "archive",
    "archives",
    "library",
    "museum",
    "collection",
    "collaboration",
    "stock",
    "national",
    "heritage",
    "parliament",
    "council",
    "ministry",
    "department",
    "office",
    "police",
    "polizei",
    "stadt",
    "gemeinde",
    "landkreis",
    "marketing",
    "electric",
    "systems",
    "robotics",
    "foundation",
    "stiftung",
    "institute",
    "institut",
    "university",
    "universität",
    "verlag",
    "verein",
    "club",
    "inc",
    "ltd",
    "gmbh",
];

/// The first letters of each [`PHOTO_NAME`] label, in any ASCII case (no other character folds
/// to them), for [`photo_name_matches`].
static LABEL_STARTS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build([
            "photo", "image", "picture", "foto", "bild", "illu", "credit",
        ])
        .expect("label starts build an automaton")
});

/// The matches of [`PHOTO_NAME`] in `line`, as the unanchored regex's `captures_iter` finds them:
/// from the line's start, the first place where a label may start and the anchored regex
/// matches, then on from that match's end.
fn photo_name_matches(line: &str) -> Vec<regex::Captures<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = LABEL_STARTS.find(&line[at..]) {
        // A label's first byte is ASCII: `i` and `i + 1` are character boundaries.
        let i = at + m.start();
        match PHOTO_NAME.captures(&line[i..]) {
            Some(c) => {
                at = i + c.get(0).map_or(1, |m| m.end().max(1));
                out.push(c);
            }
            None => at = i + 1,
        }
    }
    out
}

/// The photographers a photo credit line names (see [`PHOTO_NAME`], [`NAME_SLASH_SOURCE`]): a
/// person's name ([`crate::bylines::is_person_name`]) with no word of an outlet's name, no
/// possessive ("Harbour Hardware's") and no acronym among ordinary words ("UK Parliament").
fn photo_names(line: &str, lex: &Lexicons) -> Vec<String> {
    let known_source =
        |src: &str| PHOTO_SOURCES.contains(&src) || lex.agency_by_marker(src).is_some();
    let person = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        let acronyms = words
            .iter()
            .filter(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            })
            .count();
        crate::bylines::is_person_name(n, lex, None)
            && !words
                .iter()
                .any(|w| OUTLET_WORDS.contains(&w.to_lowercase().as_str()))
            && !n.contains("'s")
            && !n.contains("’s")
            && (acronyms == 0 || acronyms == words.len())
    };
    let mut out: Vec<String> = Vec::new();
    let labelled = photo_name_matches(line).into_iter().filter_map(|c| {
        let label = c["label"].to_lowercase();
        // "Image:" and "Credit:" also open captions and credits to bodies: their name counts
        // only with a known source after it. "Credit..." is a picture's: captions alone set the
        // label so.
        let photo_label = !(label.starts_with("image") || label == "credit")
            || label == "credit" && c.name("dots").is_some();
        let ok = match (c.name("sep"), c.name("src")) {
            (Some(sep), Some(src)) => {
                known_source(src.as_str()) || photo_label && sep.as_str() == "/"
            }
            _ => photo_label && c.name("end").is_some(),
        };
        ok.then(|| c.name("name").map(|m| m.as_str())).flatten()
    });
    // Every match of `NAME_SLASH_SOURCE` holds a slash, which most lines asked here do not: they
    // skip the regex, and a process whose lines hold none never compiles it (28M instructions
    // of Unicode letter classes).
    let slash = memchr::memchr(b'/', line.as_bytes()).is_some();
    let slashed = slash.then(|| NAME_SLASH_SOURCE.captures_iter(line));
    let slashed = slashed
        .into_iter()
        .flatten()
        .filter(|c| known_source(&c["src"]))
        .filter_map(|c| c.name("name"))
        .map(|m| m.as_str());
    let after_label = slash.then(|| PHOTO_SLASH_NAME.captures_iter(line));
    let after_label = after_label
        .into_iter()
        .flatten()
        .filter_map(|c| c.name("name"))
        .map(|m| m.as_str());
    for name in labelled.chain(slashed).chain(after_label) {
        // A label word caught at the start of a slashed name ("Photo Ben Aluko").
        let name = name
            .split_once(' ')
            .filter(|(w, _)| {
                matches!(
                    w.to_lowercase().as_str(),
                    "photo" | "photos" | "foto" | "fotos" | "image" | "picture" | "credit"
                )
            })
            .map_or(name, |(_, rest)| rest);
        if person(name) && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// `line.contains("写真")`, looked for at the lead byte of '写' (0xE5) by a SIMD scan: a
/// substring search was set up for every line of the text.
fn holds_photo_label(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(0xE5, b).any(|i| b[i..].starts_with("写真".as_bytes()))
}

pub fn photo_credits(
    doc: &Document,
    lex: &Lexicons,
    caption_zone: impl Fn(usize) -> bool,
) -> Vec<Credit> {
    let mut out = Vec::new();
    let may_credit = credit_word_lines(doc);
    let mut lower = String::new();
    for n in 1..=doc.lines.len() {
        let line = doc.line(n).trim_fast();
        if line.is_empty() {
            continue;
        }
        // A Japanese credit of the pictures on a line of its own: "（写真・鈴木一郎）", "（文・山田花子、
        // 写真・鈴木一郎）".
        if let Some(c) = holds_photo_label(line)
            .then(|| crate::bylines::ja_credit(line))
            .flatten()
            .filter(|c| c.alone && !c.photographers.is_empty())
        {
            out.push(Credit {
                text: line.to_string(),
                names: c.photographers.iter().map(|p| p.to_string()).collect(),
                line: n,
            });
            continue;
        }
        let in_zone = caption_zone(n);
        let has_credit_word = may_credit
            .as_ref()
            .is_none_or(|m| m.get(n).copied().unwrap_or(true))
            && has_credit_word(line, &mut lower);
        // Out of the caption zone only a line with a credit word can be taken (`photo` and
        // `slash` below need one, `zoned` the zone): the others are not counted. The search
        // for the words is cheaper than the count, which ran on every long line of a page.
        if !in_zone && !has_credit_word {
            continue;
        }
        // Counting stops past 40: only `> 40` and, in the caption zone, `<= 12` are asked. Out of
        // the zone a line of up to 80 bytes is not counted: 41 pieces take at least 81 bytes, one
        // each and one between each two.
        let words =
            (in_zone || line.len() >= MIN_BYTES_OF_41_PIECES).then(|| pieces_upto(line, 41));
        if words.is_some_and(|w| w > 40) {
            continue;
        }
        let photo = has_credit_word && PHOTO_WORD.is_match(line);
        let slash = has_credit_word && may_end_in_slash_credit(line) && SLASH_CREDIT.is_match(line);
        let zoned = in_zone && (photo || slash || words.is_some_and(|w| w <= 12));
        // Agencies credited together for the story ("AP/Reuters", "(AFP/Reuters)") read as
        // "Agency / Name": no picture's credit without a picture's word.
        let joint_only = (photo || slash)
            && !joint_credit(line, lex).is_empty()
            && !["photo", "foto", "picture", "image", "bild"]
                .iter()
                .any(|w| line.to_ascii_lowercase().contains(w));
        if !joint_only && (zoned || photo || (slash && !line.contains("http"))) {
            // A line that cannot end in a slash credit has no SLASH_CREDIT match: tested first, a
            // photo credit without one does not compile or run the regex. Whether it matches is
            // known already on a line with a credit word; its credit is looked for only on a
            // match (`slash_credit`).
            let slash = slash
                || !has_credit_word && may_end_in_slash_credit(line) && SLASH_CREDIT.is_match(line);
            let names = slash
                .then(|| slash_credit(line))
                .flatten()
                .and_then(|credit| NAME.find(credit))
                .map(|m| vec![m.as_str().to_string()])
                .unwrap_or_else(|| photo_names(line, lex));
            out.push(Credit {
                text: line.to_string(),
                names,
                line: n,
            });
        }
    }
    out
}

/// The fewest bytes of a line of 41 pieces (`pieces_upto`): a byte each, and a byte of white
/// space between each two.
const MIN_BYTES_OF_41_PIECES: usize = 41 + 40;

/// `s.split_whitespace().take(limit).count()`, as white space as `char::is_whitespace` has it
/// (space, \t to \r in ASCII). The text is read in blocks of 64 bytes: a block of ASCII (most)
/// has its word starts (a byte other than white space after white space or the text's start)
/// counted without branches, in a form the compiler vectorises; a block with other characters
/// is read a character at a time. Counting stops at the block where the count reaches `limit`,
/// since the count only grows. A byte-by-byte walk cost 7 instructions a byte, on every line.
pub(crate) fn pieces_upto(s: &str, limit: usize) -> usize {
    const BLOCK: usize = 64;
    let bytes = s.as_bytes();
    let (mut n, mut i) = (0usize, 0usize);
    // Whether the byte before `i` is white space (the text's start counts as such).
    let mut after_white = true;
    while i < bytes.len() && n < limit {
        let end = (i + BLOCK).min(bytes.len());
        let block = &bytes[i..end];
        if block.is_ascii() {
            // white[k]: the byte before block[k] is white space; white[k + 1]: block[k] is.
            let mut white = [false; BLOCK + 1];
            white[0] = after_white;
            for (w, &b) in white[1..].iter_mut().zip(block) {
                *w = matches!(b, b' ' | b'\t'..=b'\r');
            }
            let len = block.len();
            // Into a `u8` (at most 64 starts): a sum the compiler vectorises.
            let starts = white[..len]
                .iter()
                .zip(&white[1..=len])
                .fold(0u8, |n, (&before, &here)| n + u8::from(before & !here));
            n += usize::from(starts);
            after_white = white[len];
            i = end;
        } else {
            // Characters up to the block's end (the last may run past it): an ASCII byte tested
            // as it is, a character outside ASCII decoded. Decoding every character cost about
            // 10 instructions a byte, and a line with one curly quote has most of its blocks
            // read this way.
            while i < end {
                let b = bytes[i];
                let white = if b < 0x80 {
                    i += 1;
                    matches!(b, b' ' | b'\t'..=b'\r')
                } else {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    i += c.len_utf8();
                    c.is_whitespace()
                };
                n += usize::from(after_white && !white);
                after_white = white;
            }
        }
    }
    n.min(limit)
}

#[cfg(test)]
mod tests {
    /// `opens_with_words` answers as the joined copy did: seeded random word lists and markers
    /// of the same words, spaces of several kinds and widths, and pieces of words.
    #[test]
    fn marker_opening_words_as_the_joined_copy() {
        let pieces = [
            "Associated",
            "Press",
            "AP",
            "A",
            "P",
            "Pressure",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "Reuters",
            "-",
        ];
        let mut rng = crate::Xorshift::new();
        let mut yes = 0;
        for _ in 0..60_000 {
            let text = rng.string(&pieces, 6);
            let words: Vec<&str> = text.split_whitespace().collect();
            let mk = rng.string(&pieces, 5);
            let k = mk.split_whitespace().count();
            let want = k <= words.len() && words[..k].join(" ") == mk;
            yes += usize::from(want);
            assert_eq!(
                super::opens_with_words(&words, &mk),
                want,
                "{words:?} {mk:?}"
            );
        }
        assert!(yes > 1_000, "{yes}");
    }

    /// `is_contributor_line`'s search for "contributed" from its `b` finds the word where the
    /// search from its `c` did: seeded random lines of the word's letters and pieces in both
    /// cases, its neighbours and white space.
    #[test]
    fn contributed_found_from_its_b_as_from_its_c() {
        let pieces = [
            "contributed",
            "CONTRIBUTED",
            "Contri",
            "buted",
            "bUTED",
            "contri",
            "b",
            "B",
            "c",
            "ted",
            " ",
            "to this report",
            "x",
            "é",
        ];
        let from_c = |line: &str| {
            let b = line.as_bytes();
            memchr::memchr2_iter(b'c', b'C', b).any(|i| {
                b.get(i..i + 11)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"contributed"))
            })
        };
        let from_b = |line: &str| {
            let b = line.as_bytes();
            memchr::memchr2_iter(b'b', b'B', b).any(|i| {
                i >= 6
                    && b.get(i - 6..i + 5)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"contributed"))
            })
        };
        let yes = crate::same_answers(&pieces, 6, 40_000, from_c, from_b);
        assert!(yes > 2_000, "{yes}");
    }

    /// `holds_photo_label` answers as the search for "写真" did: seeded random lines of the
    /// label, its halves, other characters with its lead byte ('文', '日' differ; '冊', '写'
    /// alone share it) and ASCII.
    #[test]
    fn photo_label_scan_is_the_search() {
        let pieces = ["写", "真", "写真", "冊", "文", "日", "・", "a", " ", "（"];
        crate::same_answers(
            &pieces,
            6,
            20_000,
            |line| line.contains("写真"),
            super::holds_photo_label,
        );
    }

    /// `DATELINE` with a particle as an optional prefix of a place's word finds what it found
    /// with the word written twice (`(?:WORD|PARTICLE\s+WORD)`): the same groups at the same
    /// places, on seeded random lines of places, particles, countries, dates, agencies and dashes.
    #[test]
    fn dateline_with_one_copy_of_a_word_matches_as_with_two() {
        let upper = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+(?:(?:\s+|/)[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+){0,3}";
        let title = r"\p{Lu}[\p{L}.'’\-]+(?:(?:\s+|/)(?:\p{Lu}[\p{L}.'’\-]+|(?:de|del|de\s+la|la|le|les|am|sur|upon|en|di|do|da|dos)\s+\p{Lu}[\p{L}.'’\-]+)){0,3}";
        let country =
            r"(?:,\s+\p{Lu}[\p{L}.'’\-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’\-]+){0,3})?";
        let month = r"(?i:jan|ene|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|aoû|sep|oct|okt|nov|dec|déc|dez|dic)\p{Ll}*\.?";
        let bracketed = r"(?:\s+\(\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,2}\))?";
        let old = regex::Regex::new(&format!(
            r"^\s*(?P<place>(?:{upper}|{title}){country})(?:,\s+(?P<date>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+{month})(?:,\s+(?:19|20)\d{{2}})?)?\s*(?:{bracketed}\s*\((?P<agency>[^()]{{1,40}})\)|/(?P<wire>[A-Za-z][A-Za-z\- ]{{1,30}})/)?\s*(?P<dash>\.?(?:—|–|--|-))\s*\S"
        ))
        .unwrap();
        let pieces = [
            " ",
            "  ",
            "/",
            ", ",
            "Palma",
            "Mallorca",
            "Saint-Alban",
            "Kellenbrück",
            "KYIV",
            "OSLOVIK",
            "de",
            "la",
            "de la",
            "del",
            "dos",
            "upon",
            "am",
            "der",
            "De",
            "La",
            "Isla",
            "of",
            "the",
            "Ärm",
            "x",
            "March 3",
            "5 mar",
            "5 März",
            "2026",
            " (AP)",
            " (dpa) ",
            "/Wire/",
            " —",
            " -",
            ".-",
            "--",
            " Text",
            "Ö",
            "é",
        ];
        let matched = crate::same_captures(&DATELINE, &old, &pieces, 10);
        assert!(matched > 1_000, "{matched}");
    }

    /// The slash test before `NAME_SLASH_SOURCE` turns away no line the regex matches: seeded
    /// random lines of names, sources, slashes and look-alikes (the fraction slash, full-width
    /// solidus, division slash), separators and other words.
    #[test]
    fn slash_test_misses_no_name_slash_source() {
        let pieces = [
            " ",
            "  ",
            ", ",
            "/",
            " / ",
            "\u{2044}",
            "\u{ff0f}",
            "\u{2215}",
            "Ann Lee",
            "Ben",
            "Aluko",
            "AFP",
            "Getty Images",
            "Reuters",
            "J.",
            "x",
            "é",
            "Ö",
            "-",
            "'",
            "Photo",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 8);
            if NAME_SLASH_SOURCE.is_match(&line) {
                matched += 1;
                assert!(memchr::memchr(b'/', line.as_bytes()).is_some(), "{line:?}");
            }
        }
        assert!(matched > 300, "{matched}");
    }

    /// A line shorter than `MIN_BYTES_OF_41_PIECES` holds at most 40 pieces, which
    /// `photo_credits` counts on no such line outside the caption zone: seeded random lines of
    /// one-byte and longer words, ASCII and other white space; and the shortest line of 41.
    #[test]
    fn short_lines_hold_at_most_40_pieces() {
        let pieces = [
            "a ",
            "a\t",
            "é ",
            "a\u{a0}",
            "b\u{2003}",
            "bc ",
            "x",
            " ",
            "a\n",
            "a  ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut near = 0;
        for _ in 0..20_000 {
            let line = rng.string(&pieces, 45);
            if line.len() < MIN_BYTES_OF_41_PIECES {
                let n = pieces_upto(&line, 41);
                near += usize::from(n >= 25);
                assert!(n <= 40, "{line:?}");
            }
        }
        assert!(near > 1000, "{near}");
        let shortest = vec!["a"; 41].join(" ");
        assert_eq!(shortest.len(), MIN_BYTES_OF_41_PIECES);
        assert_eq!(pieces_upto(&shortest, 41), 41);
    }

    /// `has_credit_word` says what the ASCII case-insensitive automaton says, on seeded random
    /// lines of the credit words in mixed case, their halves, slashes and words.
    #[test]
    fn packed_credit_words_are_the_automaton() {
        let mut pieces: Vec<String> = Vec::new();
        for w in super::CREDIT_WORD_LIST {
            let cut = w.len() / 2;
            pieces.extend([
                w.to_string(),
                w.to_uppercase(),
                w[..cut].into(),
                w[cut..].into(),
            ]);
        }
        pieces.extend([" ", "x", "É", "ſ", "Ann Lee", "\u{212a}"].map(String::from));
        let mut rng = crate::Xorshift::new();
        let mut lower = String::new();
        let mut hits = 0;
        for _ in 0..40_000 {
            let line: String = rng
                .string(&pieces, 5)
                .chars()
                .map(|c| {
                    if rng.below(4) == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect();
            let want = super::CREDIT_WORDS.is_match(&line);
            hits += usize::from(want);
            assert_eq!(super::has_credit_word(&line, &mut lower), want, "{line:?}");
        }
        assert!(
            hits > 1000 && super::CREDIT_WORDS_PACKED.is_some(),
            "{hits}"
        );
    }

    use super::*;

    /// The lines found by one search of the whole text are every line `markers` asks about: a
    /// seeded random test over texts of agency markers, their halves and other words, where
    /// markers sit beside each other, across lines and inside one another.
    #[test]
    fn the_lines_that_may_hold_a_marker_are_every_line_holding_one() {
        let l = &*crate::lexicon::BUILTIN;
        let mut pieces: Vec<String> = l
            .agencies
            .iter()
            .flat_map(|a| a.markers.iter().cloned())
            .take(60)
            .collect();
        let halves: Vec<String> = pieces
            .iter()
            .map(|p| p.chars().take(p.chars().count() / 2 + 1).collect())
            .collect();
        pieces.extend(halves);
        pieces.extend(
            [
                " ",
                "\n",
                "\n\n",
                "(",
                ")",
                "Editing",
                " by",
                "é",
                "the council said",
            ]
            .map(String::from),
        );
        let mut rng = crate::Xorshift::new();
        let mut held = 0;
        for _ in 0..3000 {
            let text = rng.string(&pieces, 24);
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            let may = marker_lines(&d, l);
            for (n, &may_hold) in may.iter().enumerate().skip(1) {
                let line = d.line(n);
                if l.has_marker(line) || line.contains("Editing by") {
                    held += 1;
                    assert!(may_hold, "line {n} of {text:?}");
                }
            }
        }
        assert!(held > 1000, "{held}");
    }

    /// `pieces_upto` as it was when it decoded every character of a block holding one outside
    /// ASCII: the oracle for the byte walk that replaced that loop.
    fn pieces_upto_decoding(s: &str, limit: usize) -> usize {
        const BLOCK: usize = 64;
        let bytes = s.as_bytes();
        let (mut n, mut i) = (0usize, 0usize);
        // Whether the byte before `i` is white space (the text's start counts as such).
        let mut after_white = true;
        while i < bytes.len() && n < limit {
            let end = (i + BLOCK).min(bytes.len());
            let block = &bytes[i..end];
            if block.is_ascii() {
                // white[k]: the byte before block[k] is white space; white[k + 1]: block[k] is.
                let mut white = [false; BLOCK + 1];
                white[0] = after_white;
                for (w, &b) in white[1..].iter_mut().zip(block) {
                    *w = matches!(b, b' ' | b'\t'..=b'\r');
                }
                let len = block.len();
                // Into a `u8` (at most 64 starts): a sum the compiler vectorises.
                let starts = white[..len]
                    .iter()
                    .zip(&white[1..=len])
                    .fold(0u8, |n, (&before, &here)| n + u8::from(before & !here));
                n += usize::from(starts);
                after_white = white[len];
                i = end;
            } else {
                // Characters up to the block's end (the last may run past it).
                while i < end {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    i += c.len_utf8();
                    let white = c.is_whitespace();
                    n += usize::from(after_white && !white);
                    after_white = white;
                }
            }
        }
        n.min(limit)
    }

    #[test]
    fn pieces_by_bytes_agree_with_split_whitespace() {
        let pieces = [
            "a", "Z", "9", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}",
            "\u{2003}", "\u{3000}", "é", "日", "-", "/", "\u{200b}", "\u{7f}",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..5000 {
            let s = rng.string(&pieces, 30);
            for limit in [0, 1, 3, 12, 41] {
                assert_eq!(
                    pieces_upto(&s, limit),
                    s.split_whitespace().take(limit).count(),
                    "{s:?}"
                );
            }
        }
        // Longer texts, mostly ASCII words, over several 64-byte blocks.
        let words = [
            "harbour ",
            "pier ",
            "a",
            " ",
            "  ",
            "\t",
            "\n",
            "é",
            "\u{a0}",
            "\u{3000}",
            "x-y",
            "日",
            "“quoted”",
            "\u{85}",
            "\u{2028}",
            "\u{1680}",
            "\u{202f}",
            "\u{180e}",
            "\u{200b}",
        ];
        for _ in 0..5000 {
            let s = rng.string(&words, 200);
            for limit in [0, 1, 7, 13, 25, 41, 200, usize::MAX] {
                assert_eq!(
                    pieces_upto(&s, limit),
                    s.split_whitespace().take(limit).count(),
                    "{s:?}"
                );
                assert_eq!(pieces_upto(&s, limit), pieces_upto_decoding(&s, limit));
            }
        }
    }

    /// `is_source_line` as the word count and the regex alone decided it, on seeded random
    /// lines of source labels, colons (and the full-width one), words and white space.
    #[test]
    fn contributor_lines_as_the_two_regexes() {
        let pieces = [
            "contributed",
            "Contributed",
            "CONTRIBUTED",
            "contribute",
            " to",
            " this",
            " report",
            " story",
            "Reporting",
            "reporting",
            "Additional",
            "Editing",
            "writing",
            " by",
            " ",
            "(",
            "\t",
            "\u{a0}",
            "Jane Doe",
            ";",
            "x",
            "ſ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut yes = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 10);
            let want = CONTRIBUTED.is_match(&line) || REPORTING_BY.is_match(&line);
            yes += usize::from(want);
            assert_eq!(is_contributor_line(&line), want, "{line:?}");
        }
        assert!(yes > 300, "{yes}");
    }

    #[test]
    fn source_lines_as_before_the_colon_test() {
        let old = |line: &str| {
            line.split_whitespace()
                .take(SOURCE_LINE_MAX_WORDS + 1)
                .count()
                <= SOURCE_LINE_MAX_WORDS
                && SOURCE_LINE.is_match(line)
        };
        let pieces = [
            "Source",
            "sources",
            "Quelle",
            "źródło",
            "Bild",
            "credits",
            ":",
            "：",
            " ",
            "\t",
            "\u{a0}",
            "AP",
            "Jane Doe",
            "https://x.example",
            "word ",
        ];
        let yes = crate::same_answers(&pieces, 16, 30_000, old, is_source_line);
        assert!(yes > 100, "{yes}");
    }

    /// Every line `SLASH_CREDIT` matches passes `may_end_in_slash_credit`, and the test turns
    /// lines away: seeded random lines of names, slashes, words and white space.
    #[test]
    fn every_slash_credit_holds_the_cheap_test() {
        let pieces = [
            "Jane Roe",
            " Lund Vik",
            " a b c d e",
            "\u{3000}",
            "\n",
            "ledger.example",
            "Ann_Lee",
            "Émile Zoë",
            " / ",
            " /",
            "/ ",
            "\u{a0}/\u{a0}",
            "\u{2003}/ ",
            "/",
            "dpa",
            " AP",
            ", Staff",
            " ",
            "x",
            "2024",
            "é",
            "\t/\t",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut matched, mut turned_away) = (0, 0);
        for _ in 0..20_000 {
            let line = rng.string(&pieces, 7);
            if SLASH_CREDIT.is_match(&line) {
                matched += 1;
                assert!(super::may_end_in_slash_credit(&line), "{line:?}");
            } else {
                turned_away += usize::from(!super::may_end_in_slash_credit(&line));
            }
        }
        assert!(
            matched > 100 && turned_away > 1000,
            "{matched} {turned_away}"
        );
    }

    /// `photo_name_matches` (the anchored `PHOTO_NAME` asked where a label may start) finds the
    /// matches and groups the unanchored regex's `captures_iter` did, at the same places: seeded
    /// random lines of labels in several cases, names, sources and the characters whose case
    /// folds to a label's letters (the long s, the Kelvin sign, dotted and dotless i).
    #[test]
    fn photo_names_asked_where_a_label_starts_as_searched() {
        let unanchored = Regex::new(r"(?P<label>(?i:photo(?:graph)?(?:er)?s?|images?|picture|fotos?|bild|illustration|credit))\s*(?:(?i:by|von|par|por|:|credit\s*:?)|(?P<dots>\.\.\.|…))\s*(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,3})(?:\s*(?P<sep>/|,|\s+via\s)\s*(?P<src>[\p{L}][\p{L}\-]*)|\s*(?P<end>\||\)|;|$|\s+(?:for|für|pour)\s))").unwrap();
        let pieces = [
            "Photo",
            "PHOTOS",
            "photographer",
            "Image",
            "images",
            "Picture",
            "Foto",
            "fotos",
            "Bild",
            "Illustration",
            "ILLUSTRATION",
            "illuſtration",
            "credit",
            "Credit: ",
            "ſ",
            "\u{212a}",
            "İ",
            "ı",
            "pic",
            "ture",
            " by ",
            " BY ",
            ": ",
            " von ",
            "Par ",
            "por ",
            "credit:",
            "Ann ",
            "Lee",
            "Ölund",
            "B. ",
            "Kai Moss",
            " / ",
            "/",
            ", ",
            " via ",
            "AFP",
            "Getty",
            "|",
            ")",
            "(",
            ";",
            " for ",
            " für ",
            " ",
            "\n",
            "x",
            "é",
        ];
        let spans = |line: &str, caps: Vec<regex::Captures<'_>>| {
            caps.iter()
                .map(|c| {
                    c.iter()
                        .map(|m| {
                            m.map(|m| {
                                let at = m.as_str().as_ptr() as usize - line.as_ptr() as usize;
                                (at, at + m.len())
                            })
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 12);
            let now = spans(&line, super::photo_name_matches(&line));
            matched += usize::from(!now.is_empty());
            let before = spans(&line, unanchored.captures_iter(&line).collect());
            assert_eq!(now, before, "{line:?}");
        }
        assert!(matched > 300, "{matched}");
    }

    /// `credit_word_lines` marks every line `has_credit_word` accepts, on seeded random texts of
    /// credit words in any case, their pieces, slashes, line breaks and words.
    #[test]
    fn credit_word_lines_mark_every_line_with_one() {
        let pieces = [
            "Photo",
            "PHOTO",
            "photograph",
            "phot",
            "o",
            "Image",
            "picture",
            "Foto",
            "credit",
            "Getty",
            "shutter",
            "stock",
            "Illustration",
            "/",
            " ",
            "\n",
            "\n\n",
            "x",
            "é",
            "by ",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut lower, mut marked) = (String::new(), 0);
        for _ in 0..20_000 {
            let text = rng.string(&pieces, 16);
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            let may = super::credit_word_lines(&d).expect("built");
            for (n, &marked_line) in may.iter().enumerate().skip(1) {
                let line = d.line(n).trim_fast();
                if super::has_credit_word(line, &mut lower) {
                    assert!(marked_line, "{line:?} in {text:?}");
                    marked += 1;
                }
            }
        }
        assert!(marked > 10_000, "{marked}");
    }

    /// `contributed_lines` marks every line that says "contributed", on seeded random texts of
    /// the word in any case, its pieces, line breaks and words.
    #[test]
    fn contributed_lines_mark_every_line_that_says_it() {
        let pieces = [
            "contributed",
            "CONTRIBUTED",
            "Contri",
            "buted",
            "contribut",
            "ed",
            "b",
            "B",
            " ",
            "\n",
            "x",
            "é",
            "AP contributed to this report.",
        ];
        let mut rng = crate::Xorshift::new();
        let mut marked = 0;
        for _ in 0..20_000 {
            let text = rng.string(&pieces, 16);
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            let may = super::contributed_lines(&d);
            for (n, &marked_line) in may.iter().enumerate().skip(1) {
                let line = d.line(n);
                if super::says_contributed(line.as_bytes()) {
                    assert!(marked_line, "{line:?} in {text:?}");
                    marked += 1;
                }
                assert_eq!(
                    super::is_contributor_line_in(line, marked_line),
                    super::is_contributor_line(line),
                    "{line:?}"
                );
            }
        }
        assert!(marked > 5_000, "{marked}");
    }

    /// `agency_list` as it was, splitting the whole text before asking any piece.
    fn agency_list_split_whole<'l>(
        text: &str,
        lex: &'l crate::lexicon::Lexicons,
    ) -> Option<Vec<&'l crate::lexicon::Agency>> {
        if !text.contains(['/', ',', '&'])
            && ![" and ", " und ", " et ", " y ", " e "]
                .iter()
                .any(|j| text.contains(j))
        {
            return None;
        }
        let mut pieces = vec![text.trim()];
        for sep in ["/", ",", " and ", " & ", " und ", " et ", " y ", " e "] {
            pieces = pieces
                .into_iter()
                .flat_map(|p| p.split(sep))
                .map(str::trim)
                .collect();
        }
        if pieces.len() < 2 {
            return None;
        }
        let mut agencies: Vec<&crate::lexicon::Agency> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let piece = piece.strip_prefix("and ").unwrap_or(piece);
            let piece = piece.strip_prefix("The ").unwrap_or(piece);
            let agency = lex.agency_by_marker(piece)?;
            if !agencies.iter().any(|a| a.code == agency.code) {
                agencies.push(agency);
            }
        }
        (agencies.len() >= 2).then_some(agencies)
    }

    /// `agency_list`, asking the first piece before splitting the whole text, answers as it did,
    /// on seeded random lists of markers, names, separators, "The", "and" and other words.
    #[test]
    fn agency_list_as_split_whole() {
        let lex = &*crate::lexicon::BUILTIN;
        let pieces = [
            "AP",
            "Reuters",
            "AFP",
            "dpa",
            "The Associated Press",
            "Associated Press",
            "The ",
            "and ",
            "/",
            ",",
            " and ",
            " & ",
            " und ",
            " et ",
            " y ",
            " e ",
            " ",
            "  ",
            "Kessvik",
            "the council said",
            "WASHINGTON (AP) — ",
            "Agence France-Presse",
            "EFE",
            "x",
        ];
        let codes = |l: Option<Vec<&crate::lexicon::Agency>>| {
            l.map(|l| l.iter().map(|a| a.code.clone()).collect::<Vec<_>>())
        };
        let mut rng = crate::Xorshift::new();
        let mut lists = 0;
        for _ in 0..30_000 {
            let text = rng.string(&pieces, 8);
            let want = codes(agency_list_split_whole(&text, lex));
            lists += usize::from(want.is_some());
            assert_eq!(codes(super::agency_list(&text, lex)), want, "{text:?}");
            for sep in super::AGENCY_LIST_SEPARATORS {
                assert_eq!(
                    Some(super::before_first(&text, sep)),
                    text.split(sep).next()
                );
            }
        }
        assert!(lists > 150, "{lists}");
    }

    /// `SLASH_CREDIT`, anchored at both ends with a lazy lead-in, finds the credit the regex
    /// searched alone did (the same span), on seeded random lines of names, sources, commas,
    /// slashes and white space.
    #[test]
    fn slash_credit_anchored_as_searched_alone() {
        let alone = Regex::new(r"[A-ZÀ-Ý][\p{L}'’\-]+\s+[A-ZÀ-Ý][\p{L}'’\-]+(?:,\s*[^/\n]{2,40}?)?\s+/\s+[\w.\-]+(?:\s+[\w.\-]+){0,3}\s*$").unwrap();
        let pieces = [
            "Lena ",
            "Varga",
            "Ölund ",
            "Østby",
            "O’Neil",
            "Ann-Kai ",
            " ",
            "  ",
            "\n",
            ",",
            ", ",
            "Coastal Press",
            " / ",
            "/",
            " /",
            "\u{a0}/ ",
            "ledger.example",
            "dpa",
            " AP",
            "x",
            "2024",
            "é",
            "\t",
            "Photo: ",
            "Kessvik ",
            "the ",
            "ÀLA ",
            "Ý",
            "(",
            ")",
            "-",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 9);
            let now = SLASH_CREDIT
                .captures(&line)
                .and_then(|c| c.get(1))
                .map(|m| m.range());
            assert_eq!(now, alone.find(&line).map(|m| m.range()), "{line:?}");
            assert_eq!(SLASH_CREDIT.is_match(&line), now.is_some(), "{line:?}");
            assert_eq!(
                super::slash_credit(&line).map(|c| line.len() - c.len()..line.len()),
                now,
                "{line:?}"
            );
            matched += usize::from(now.is_some());
        }
        assert!(matched > 150, "{matched}");
    }

    #[test]
    fn short_source_lines_are_notes_and_sentences_are_not() {
        assert!(is_source_line("Source: Harbour Office annual report"));
        assert!(is_source_line("Quelle: Stadtverwaltung Beispielstadt"));
        assert!(is_source_line("Titelbild: Jane Roe"));
        assert!(!is_source_line(
            "Sources said the council would meet again on Friday."
        ));
        assert!(!is_source_line(
            "Source: the harbour office said on Friday that the ferry, closed since the storm, would run again by spring."
        ));
    }

    #[test]
    fn a_source_line_is_left_out_of_the_article_text() {
        let page = "<html><body><article><p>The ferry to the island, closed since the winter storm, will run again from the first of April, the harbour office said.</p><p>Source: Harbour Office</p></article></body></html>";
        let doc = crate::read(page.as_bytes(), &crate::Hint::default()).expect("an HTML page");
        let body = crate::extract(&doc, &crate::Hint::default()).body_text;
        assert!(body.contains("The ferry to the island"), "{body}");
        assert!(!body.contains("Harbour Office"), "{body}");
    }
    use crate::lexicon::BUILTIN;

    fn doc(s: &str) -> Document {
        crate::text::parse(s, "UTF-8", vec![])
    }

    #[test]
    fn acronyms_spelt_out_and_photo_copyrights_are_no_wire_credit() {
        let lex = &crate::lexicon::BUILTIN;
        let credited = |text: &str| {
            let d = doc(text);
            let lines: Vec<usize> = (1..=d.lines.len()).collect();
            markers(&d, lex, &lines)
                .into_iter()
                .map(|m| m.agency)
                .collect::<Vec<_>>()
        };
        assert!(credited(
            "The winner is again the Democratic Party of Albanians (DPA), which ran alone.\n"
        )
        .is_empty());
        assert!(credited("Officials told the Associated Press (AP) on Monday.\n").is_empty());
        assert!(
            credited("sagte ein Sprecher der Deutschen Presse-Agentur (dpa) am Morgen.\n")
                .is_empty()
        );
        assert!(
            credited("veröffentlichte die Deutsche Presseagentur (dpa) eine Meldung.\n").is_empty()
        );
        assert_eq!(
            credited("Der Zug fiel am Morgen aus, sagte die Polizei. (dpa)\n"),
            vec!["dpa"]
        );
        assert!(credited("© dpa | Kay Nietfeld\n").is_empty());
        assert!(
            credited("© 2022 Lakeside Post. Reprinting without PAYMENT is theft.\n").is_empty()
        );
        assert_eq!(credited("Berlin (dpa) - Der Zug fiel aus.\n"), vec!["dpa"]);
        assert_eq!(
            credited("ADDIS ABABA (AA) - The dam opened.\n"),
            vec!["Anadolu"]
        );
        assert_eq!(credited("© 2020 Reuters\n"), vec!["Reuters"]);
        assert_eq!(
            credited("The bridge reopened on Monday. (AP)\n"),
            vec!["AP"]
        );
    }

    #[test]
    fn agency_credits_in_byline_lines() {
        let lex = &BUILTIN;
        let credit = |line: &str| byline_agency(line, lex).map(|a| a.code.as_str());
        assert_eq!(credit("By The Associated Press"), Some("AP"));
        assert_eq!(credit("By the Associated Press"), Some("AP"));
        assert_eq!(credit("By Reuters"), Some("Reuters"));
        assert_eq!(credit("Carl Wendt, Reuters"), Some("Reuters"));
        assert_eq!(credit("Jane Doe | Reuters"), Some("Reuters"));
        assert_eq!(credit("By JANE DOE, Associated Press"), Some("AP"));
        assert_eq!(
            credit("By MIRA OLT and TEO VASK, Associated Press"),
            Some("AP")
        );
        assert_eq!(credit("Von Anna Berg, dpa"), Some("dpa"));
        assert_eq!(credit("Par Luc Marin avec AFP"), Some("AFP"));
        assert_eq!(credit("Par Luc Marin (avec AFP)"), Some("AFP"));
        assert_eq!(credit("Por Agencia EFE"), Some("EFE"));
        assert_eq!(credit("By TEO VASK, AP Harbour Writer"), Some("AP"));
        assert_eq!(
            credit("By Ann Lee, Reuters | March 5, 2024"),
            Some("Reuters")
        );
        // Prose, titles, photo credits and outlets that only hold an agency's name.
        assert_eq!(
            credit("By Tuesday, Reuters had counted 40 ships in the bay"),
            None
        );
        assert_eq!(
            credit("By the Associated Press Stylebook, the word is lower case"),
            None
        );
        assert_eq!(credit("Photo by Ann Lee/Reuters"), None);
        assert_eq!(credit("By Ann Lee/Reuters"), None);
        assert_eq!(credit("By Ann Lee, Reuters Harbourviews columnist"), None);
        assert_eq!(credit("Brenmoor, Reuters"), None);
        assert_eq!(credit("The harbour office told Reuters"), None);
        assert_eq!(credit("By 2030, AP"), None);
        assert_eq!(credit("Ann Lee, Reuters, said the port was closed"), None);
        assert_eq!(credit("By Ann Lee"), None);
    }

    #[test]
    fn a_byline_credit_is_read_in_the_header_only() {
        let agencies = |text: &str| {
            let d = doc(text);
            crate::extract(&d, &crate::Hint::default())
                .agency
                .into_iter()
                .map(|m| (m.agency, m.marker, m.line))
                .collect::<Vec<_>>()
        };
        let story =
            "\nThe harbour pilots warned on Monday that silt was closing the east channel.\n";
        assert_eq!(
            agencies(&format!(
                "Harbour pilots warn of silt\nBy The Associated Press\n{story}"
            )),
            vec![(
                "AP".to_string(),
                "By The Associated Press".to_string(),
                Some(2)
            )]
        );
        assert_eq!(
            agencies(&format!(
                "Harbour pilots warn of silt\n\nCarl Wendt, Reuters\n{story}"
            ))
            .len(),
            1
        );
        // The same words as a line deep in the story are no byline.
        let mut text = String::from("Harbour pilots warn of silt\n\n");
        for i in 0..14 {
            text.push_str(&format!(
                "Paragraph {i} on the channel and its dredging.\n\n"
            ));
        }
        text.push_str("Carl Wendt, Reuters\n");
        assert!(agencies(&text).is_empty());
    }

    /// The agencies whose codes are also words or other bodies' names ("PAP", Singapore's
    /// ruling party) credit in a dateline, in parentheses closing a paragraph, on a line of their
    /// own, in a byline and in authorship metadata; never in parentheses inside a sentence or as
    /// a bare word.
    #[test]
    fn strict_agency_codes_credit_only_where_a_credit_stands() {
        let credited = |text: &str| {
            let d = doc(&format!(
                "Harbour reopens after the storm\n{text}\nMore text follows here."
            ));
            let body: Vec<usize> = (1..=d.lines.len()).collect();
            markers(&d, &BUILTIN, &body)
                .into_iter()
                .map(|m| m.agency)
                .collect::<Vec<_>>()
        };
        for (text, code) in [
            (
                "WARSAW (PAP) - The harbour in the north reopened on Thursday, officials said.",
                "PAP",
            ),
            (
                "Warszawa, 5 marca (PAP) - Port w Kessviku otwarto w czwartek, podały władze.",
                "PAP",
            ),
            (
                "The harbour reopened on Thursday, officials said. (PAP)",
                "PAP",
            ),
            ("(PAP)", "PAP"),
            ("— PAP", "PAP"),
            (
                "VIENNA (APA) - The harbour reopened on Thursday, officials said.",
                "APA",
            ),
            (
                "The harbour reopened on Thursday, the port authority said. (ANP)",
                "ANP",
            ),
            (
                "KESSVIK (TT) - The harbour reopened on Thursday, officials said.",
                "TT",
            ),
            (
                "JERUSALEM (JTA) — The harbour reopened on Thursday, officials said.",
                "JTA",
            ),
            (
                "PRAGUE (ČTK) - The harbour reopened on Thursday, officials said.",
                "CTK",
            ),
            (
                "KUALA LUMPUR, March 3 (Bernama) -- The harbour reopened on Thursday.",
                "Bernama",
            ),
        ] {
            assert_eq!(credited(text), [code], "{text}");
        }
        for text in [
            "In Kessvik the ruling PAP won the election on Saturday with a larger majority.",
            "The ruling party (PAP) won the election on Saturday with a larger majority.",
            "Voters backed the People's Action Party (PAP) again.",
            "The essay cites its sources in the citation style (APA) the journal asks for.",
            "The regulator (ANP) fined the refinery on Friday, the ministry said.",
            "Researchers say artificial general intelligence (AGI) is still far off.",
        ] {
            assert!(credited(text).is_empty(), "{text}");
        }
        let d = doc(
            "Title\nWARSAW (PAP) - The harbour in the north reopened on Thursday, officials said.",
        );
        let dl = dateline(&d, &BUILTIN, &[1, 2]).unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("WARSAW", Some("PAP"))
        );
        // A code that names nothing else credits in parentheses anywhere, as before.
        assert_eq!(
            credited("The harbour, the agency (JTA) reported, reopened on Thursday."),
            ["JTA"]
        );
        // In bylines and authorship metadata.
        let agency = |v: &str| super::metadata_agency(v, &BUILTIN).map(|a| a.code.as_str());
        assert_eq!(agency("PAP"), Some("PAP"));
        assert_eq!(agency("jkl/PAP"), Some("PAP"));
        assert_eq!(agency("By Ann Lee, PAP"), Some("PAP"));
        assert_eq!(agency("Jewish Telegraphic Agency"), Some("JTA"));
        assert_eq!(agency("People's Action Party"), None);
    }

    #[test]
    fn ap_dateline_and_contributor() {
        let d = doc("Title\nVALDORA (AP) — A ferry ran aground on Tuesday near the island, officials said.\nMore text.\nAnna Berg in Oslo contributed to this report.");
        let body: Vec<usize> = (1..=4).collect();
        let dl = dateline(&d, &BUILTIN, &body).unwrap();
        assert_eq!(dl.place, "VALDORA");
        assert_eq!(dl.agency.as_deref(), Some("AP"));
        let m = markers(&d, &BUILTIN, &body);
        assert_eq!(m[0].agency, "AP");
        assert_eq!(m[0].marker, "(AP)");
        let c = contributors(&d, &BUILTIN);
        assert_eq!(c[0].names, vec!["Anna Berg".to_string()]);
        assert_eq!(c[0].line, 4);
    }

    #[test]
    fn contributor_names_leave_out_agencies_roles_and_places() {
        let names = |text: &str| {
            let d = doc(text);
            contributors(&d, &BUILTIN)
                .into_iter()
                .map(|c| c.names)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(
                "Associated Press writer Daniel Okello in Pemba Ridge contributed to this report."
            ),
            vec![vec!["Daniel Okello".to_string()]]
        );
        assert_eq!(
            names("Ann Lee and Tom Vane contributed reporting."),
            vec![vec!["Ann Lee".to_string(), "Tom Vane".to_string()]]
        );
        assert_eq!(
            names("(Reporting by Ann Lee; Editing by Tom Vane)"),
            vec![vec!["Ann Lee".to_string()]]
        );
        assert_eq!(
            names("Reporting by Ann Lee in Port Ellis; Editing by Tom Vane"),
            vec![vec!["Ann Lee".to_string()]]
        );
        // The editors of a wire credit are no contributors; the reporters all are.
        assert_eq!(
            names("(Reporting by Ann Lee; Additional reporting by Odile Brisk in Kessvik; Editing by Tom Vane and Mia Holt)"),
            vec![vec!["Ann Lee".to_string(), "Odile Brisk".to_string()]]
        );
        assert_eq!(
            names("(Writing by Ann Lee; edited by Tom Vane)"),
            vec![vec!["Ann Lee".to_string()]]
        );
        // A closing credit that opens with "With".
        assert_eq!(
            names("With reporting by Odile Ferrand-Okafor in Lower Brenmoor."),
            vec![vec!["Odile Ferrand-Okafor".to_string()]]
        );
        assert_eq!(
            names("With additional reporting by Ann Lee and Tom Vane."),
            vec![vec!["Ann Lee".to_string(), "Tom Vane".to_string()]]
        );
        assert_eq!(
            names("Ann Lee in New Harwick and Tom Vane from Lower Brenmoor contributed to this report."),
            vec![vec!["Ann Lee".to_string(), "Tom Vane".to_string()]]
        );
        assert_eq!(
            names("Staff Writer Mia Holt contributed to this story."),
            vec![vec!["Mia Holt".to_string()]]
        );
        // Only the credit's own sentence names contributors, not the one before it.
        assert_eq!(
            names("The ferry ran again, Harbour Master Kai Moss said. Ann B. Lee contributed reporting."),
            vec![vec!["Ann B. Lee".to_string()]]
        );
        // The agency alone names no person; prose that merely contributes is no credit.
        assert_eq!(
            names("The Associated Press contributed to this report."),
            vec![Vec::<String>::new()]
        );
        assert!(names("Tom Vane contributed to the harbour fund in 2019.").is_empty());
    }

    /// Datelines in capitals of other scripts, "CITY -", wire services' forms and a Taiwanese
    /// reporter's credit; headings and glued hyphens are none.
    #[test]
    fn datelines_of_other_scripts_and_press_wires() {
        let place = |text: &str| {
            let d = crate::text::parse(text, "UTF-8", vec![]);
            dateline(&d, &BUILTIN, &[1]).map(|dl| dl.place)
        };
        let p = |s: &str| Some(s.to_string());
        assert_eq!(
            place("ОЗЁРСК-СЕВЕРНЫЙ. Ночью в городе выпало сорок сантиметров снега, сообщили синоптики."),
            p("ОЗЁРСК-СЕВЕРНЫЙ")
        );
        assert_eq!(
            place("МИРГОРОД, 3 березня. У понеділок у місті відкрили нову школу на двісті учнів."),
            p("МИРГОРОД")
        );
        assert_eq!(
            place("КАЛИНОВКА, 3 шкафа. У понеділок у місті відкрили нову школу на двісті учнів."),
            None
        );
        assert_eq!(
            place("TANJUNGSARI - Pemerintah kota meresmikan pasar apung baru di tepi sungai pada hari Senin."),
            p("TANJUNGSARI")
        );
        assert_eq!(
            place(
                "UPDATE - The council met again on Monday to talk about the pier and its repairs."
            ),
            None
        );
        assert_eq!(
            place("SARS-2 Die Kultur kommt schrittweise aus der Zwangspause zurück, sagen die Museen."),
            None
        );
        assert_eq!(
            place("ORLEN FALLS, Ore., March 3, 2025 /PRNewswire/ -- Kestrel Tools, Inc. today announced a new plant."),
            p("ORLEN FALLS, Ore.")
        );
        assert_eq!(
            place("BRANTWICK, Mass.--(BUSINESS WIRE)--Brantwick Labs, Inc. today announced results of its trial."),
            p("BRANTWICK, Mass.")
        );
        assert_eq!(
            place("〔記者林佳蓉／高雄報導〕高雄港今日完成碼頭整修，預計明年啟用。"),
            p("高雄")
        );
    }

    /// A press release's dateline credits the service that sent it out ("/PRNewswire/",
    /// "/PRNewswire-FirstCall/", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --"): read as its
    /// distributor, with the place and the date, and never as a news agency's marker.
    #[test]
    fn a_press_release_wire_is_its_distributor_not_an_agency() {
        let rest = "Norvane Robotics, a maker of warehouse automation systems, today announced a new assembly plant in Dayton.";
        for (opening, place, distributor) in [
            (
                "CHICAGO, March 3, 2026 /PRNewswire/ --",
                "CHICAGO",
                "PR Newswire",
            ),
            (
                "ORLEN FALLS, Ore., March 3, 2026 /PRNewswire-FirstCall/ --",
                "ORLEN FALLS, Ore.",
                "PR Newswire",
            ),
            (
                "BRANTWICK, Mass.--(BUSINESS WIRE)--",
                "BRANTWICK, Mass.",
                "Business Wire",
            ),
            (
                "KESSVIK, Norvland, March 3, 2026 (GLOBE NEWSWIRE) --",
                "KESSVIK, Norvland",
                "GlobeNewswire",
            ),
            // A single hyphen after the credit, and a place in title case, count with it.
            (
                "TORONTO, March 3, 2026 /CNW/ -",
                "TORONTO",
                "Canada Newswire",
            ),
            (
                "Dayton, Ohio, March 3, 2026 /PRNewswire/ --",
                "Dayton, Ohio",
                "PR Newswire",
            ),
        ] {
            let text = format!("Norvane Robotics opens assembly plant\n\n{opening} {rest}\n");
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            let x = crate::extract(&d, &crate::Hint::default());
            let dl = x.dateline.expect(opening);
            assert_eq!(dl.place, place, "{opening}");
            assert_eq!(dl.agency, None, "{opening}");
            assert_eq!(dl.distributor.as_deref(), Some(distributor), "{opening}");
            assert!(x.agency.is_empty(), "{opening}");
            if opening.contains("2026") {
                assert_eq!(
                    x.published.map(|p| p.value).as_deref(),
                    Some("2026-03-03"),
                    "{opening}"
                );
            }
        }
        // An agency's credit stays the agency's; a credit no service's is neither.
        let d = doc(&format!("PORT ELLIS, March 3 (Reuters) - {rest}"));
        let dl = dateline(&d, &BUILTIN, &[1]).unwrap();
        assert_eq!(
            (dl.agency.as_deref(), dl.distributor),
            (Some("Reuters"), None)
        );
        let d = doc(&format!("PORT ELLIS, March 3 /Harbourwire/ -- {rest}"));
        let dl = dateline(&d, &BUILTIN, &[1]).unwrap();
        assert_eq!((dl.agency, dl.distributor), (None, None));
        assert_eq!(
            super::release_wire("PRNEWSWIRE-HISPANIC PR WIRE"),
            Some("PR Newswire")
        );
        assert_eq!(super::release_wire("Wire"), None);
    }

    #[test]
    fn reuters_dateline_with_date() {
        let d = doc("PORT ELLIS, Marenia, March 3 (Reuters) - Voters queued for hours on Sunday in the first election since the reform.");
        let dl = dateline(&d, &BUILTIN, &[1]).unwrap();
        assert_eq!(dl.place, "PORT ELLIS, Marenia");
        assert_eq!(dl.agency.as_deref(), Some("Reuters"));
        assert_eq!(dl.date_text.as_deref(), Some("March 3"));
    }

    /// AFP's country in brackets before its credit ("Dharkot (India) (AFP) -") is no credit of
    /// its own; a credit in brackets right after the place is still the credit.
    #[test]
    fn a_bracketed_country_before_the_credit() {
        let d = doc(
            "Dharkot (India) (AFP) - At least nine people died after a landslide buried homes.",
        );
        let dl = dateline(&d, &BUILTIN, &[1]).expect("a dateline");
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("Dharkot", Some("AFP"))
        );
        let d = doc("LISBON (AFP) — Two people died after the river burst its banks overnight.");
        let dl = dateline(&d, &BUILTIN, &[1]).expect("a dateline");
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("LISBON", Some("AFP"))
        );
    }

    /// The blank lines between a text's paragraphs are among its body lines: the dateline is
    /// looked for in the first six filled ones.
    #[test]
    fn blank_body_lines_do_not_use_up_the_dateline_s_reach() {
        let text = "Headline\n\nA standfirst of the story in one sentence\n\nPhoto: the clinic on Main Street\n\nListen to this story\n\nShare: Facebook | X | Email\n\nPEMBROOK FALLS, Man. — The number of confirmed cases has risen to 17, officials said.\n";
        let d = crate::text::parse(text, "UTF-8", vec![]);
        let body: Vec<usize> = (2..=d.lines.len()).collect();
        let dl = dateline(&d, &BUILTIN, &body).expect("a dateline");
        assert_eq!(dl.place, "PEMBROOK FALLS, Man.");
    }

    #[test]
    fn datelines_with_long_and_accented_regions() {
        for (line, place) in [
            (
                "PUERTO ALMAGRO, Isla Carmesí (AP) — Lava reached the coast road on Sunday.",
                "PUERTO ALMAGRO, Isla Carmesí",
            ),
            (
                "VELSKO, Bosnia-Herzegovina (AP) — Lava reached the coast road on Sunday.",
                "VELSKO, Bosnia-Herzegovina",
            ),
            (
                "PORT KELLA, Papua New Guinea (AP) — Lava reached the coast road on Sunday.",
                "PORT KELLA, Papua New Guinea",
            ),
            (
                "MBATU, Democratic Republic of the Congo (AP) — Lava reached the coast road.",
                "MBATU, Democratic Republic of the Congo",
            ),
        ] {
            let d = doc(line);
            let dl = dateline(&d, &BUILTIN, &[1]).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(dl.place, place);
            assert_eq!(dl.agency.as_deref(), Some("AP"));
        }
    }

    #[test]
    fn title_case_day_first_and_spanish_datelines() {
        let first = |text: &str| {
            let d = doc(text);
            let body: Vec<usize> = (1..=d.lines.len()).collect();
            dateline(&d, &BUILTIN, &body).map(|dl| (dl.place, dl.agency, dl.date_text))
        };
        let dl = |place: &str, agency: &str, date: Option<&str>| {
            Some((
                place.to_string(),
                Some(agency.to_string()),
                date.map(str::to_string),
            ))
        };
        assert_eq!(
            first("Kellenbrück (dpa) - Der Stadtrat hat am Dienstag ein neues Radwegenetz beschlossen.\n"),
            dl("Kellenbrück", "dpa", None)
        );
        assert_eq!(
            first("Saint-Alban (AFP) - Le conseil municipal a voté mardi un nouveau plan de circulation.\n"),
            dl("Saint-Alban", "AFP", None)
        );
        assert_eq!(
            first(
                "Kellenbrück/Berlin (dpa) - Die Fähre über den Grenzsee fährt ab Montag wieder.\n"
            ),
            dl("Kellenbrück/Berlin", "dpa", None)
        );
        assert_eq!(
            first("Villa de la Sierra (dpa/lby) - Die Fähre über den Grenzsee fährt ab Montag wieder.\n"),
            dl("Villa de la Sierra", "dpa", None)
        );
        assert_eq!(
            first("OSLOVIK, 5 March (Reuters) - The central bank kept its rate unchanged on Tuesday.\n"),
            dl("OSLOVIK", "Reuters", Some("5 March"))
        );
        assert_eq!(
            first("SAN TELMO, 5 mar (EFE).- Unas 3.000 personas fueron evacuadas este martes.\n"),
            dl("SAN TELMO", "EFE", Some("5 mar"))
        );
        assert_eq!(
            first("Puerto Almena, 12 abr (EFE).- El puerto cerró este lunes por el temporal.\n"),
            dl("Puerto Almena", "EFE", Some("12 abr"))
        );
        // A parenthesised agency inside a sentence, a title-case place without an agency, and a
        // title-case place inside a wrapped paragraph are no datelines.
        assert_eq!(
            first(
                "Officials in Kellenbrück (dpa) said - after a long night - that the ferry runs.\n"
            ),
            None
        );
        assert_eq!(
            first("Nach Angaben der Polizei (dpa) - so hieß es am Abend - blieb die Brücke zu.\n"),
            None
        );
        assert_eq!(
            first(
                "Kellenbrück - Der Stadtrat hat am Dienstag ein neues Radwegenetz beschlossen.\n"
            ),
            None
        );
        assert_eq!(
            first("Der Stadtrat tagte am Dienstag bis spät in die Nacht im Rathaus von\nKellenbrück (dpa) - so berichtete es später der Sprecher der Stadt.\n"),
            None
        );
        assert_eq!(
            first(
                "The bank said the rate would stay, 5 March (Reuters) - for now, it added today.\n"
            ),
            None
        );
    }

    #[test]
    fn no_dateline_in_ordinary_prose() {
        let d =
            doc("The council met on Monday - and nothing was decided, members said afterwards.");
        assert!(dateline(&d, &BUILTIN, &[1]).is_none());
        let d = doc("NASA - a short heading");
        assert!(dateline(&d, &BUILTIN, &[1]).is_none());
        // An acronym or a media label in capitals with a full stop opens a paragraph.
        for line in [
            "ФОТО. Городской совет Тольверна одобрил строительство моста.",
            "МЧС. Спасатели Тольверна получили новый катер для порта.",
            "ВИДЕО. Городской совет Тольверна одобрил строительство моста.",
        ] {
            assert!(dateline(&doc(line), &BUILTIN, &[1]).is_none(), "{line}");
        }
        // A place of five letters or more, or a short one with its date, stays a dateline.
        let d = doc("ТОЛЬВЕРН. Городской совет одобрил строительство моста через реку.");
        assert_eq!(
            dateline(&d, &BUILTIN, &[1]).map(|d| d.place),
            Some("ТОЛЬВЕРН".into())
        );
        let d = doc("ВЕЛЬ, 22 ноября. Городской совет одобрил строительство моста.");
        assert_eq!(
            dateline(&d, &BUILTIN, &[1]).map(|d| d.place),
            Some("ВЕЛЬ".into())
        );
    }

    #[test]
    fn photo_credits_name_the_photographer() {
        let names = |line: &str| {
            let d = doc(line);
            photo_credits(&d, &BUILTIN, |_| false)
                .into_iter()
                .flat_map(|c| c.names)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("Photo: Ben Aluko/AFP via Getty Images"),
            vec!["Ben Aluko"]
        );
        assert_eq!(
            names("Rowers on the estuary at dawn. (Photo by Ann Lee/Reuters)"),
            vec!["Ann Lee"]
        );
        assert_eq!(names("Foto: Anna Berg / dpa"), vec!["Anna Berg"]);
        assert_eq!(names("Photo: Tomas Vik, AP"), vec!["Tomas Vik"]);
        assert_eq!(names("Foto: Kai Moss"), vec!["Kai Moss"]);
        assert_eq!(
            names("The pier after the storm. Mira Olt/Getty Images"),
            vec!["Mira Olt"]
        );
        assert_eq!(names("photo: Lio Brenn via Unsplash"), vec!["Lio Brenn"]);
        // Bodies, outlets, brands and captions naming who is shown are no photographers.
        // The agency's label before the slash, the photographer after it.
        assert_eq!(
            names("Pickers at the Orvel orchard on Monday. (AP Photo/Kai Moss)"),
            vec!["Kai Moss"]
        );
        assert_eq!(
            names("The old pier, in 2019. (AP Photo/Mira Olt, File)"),
            vec!["Mira Olt"]
        );
        // A German picture credit, "Bild:" as "Foto:".
        assert_eq!(names("Bild: Anna Berg/dpa"), vec!["Anna Berg"]);
        assert!(names("(AP Photo/Harbour Productions)").is_empty());
        assert!(names("Foto: Stadt Beispielheim").is_empty());
        assert!(names("Photo by Harbour Productions/Getty Images").is_empty());
        assert!(names("Valley Times/Getty Images").is_empty());
        assert!(names("UK Harbourboard/AFP").is_empty());
        assert!(names("(Image credit: Harbour Robotics)").is_empty());
        assert!(names("(Image credit: Kai's Harbour Gear)").is_empty());
        assert!(names("Image: Kai Moss, left, has taken over the harbour club").is_empty());
        assert!(names("Photo: AP").is_empty());
        // A caption's credit run into its label by an ellipsis, the New York Times's way.
        for (line, want) in [
            ("Credit...Jane Roe for The Harlow Ledger", vec!["Jane Roe"]),
            ("Credit…Jane Roe for The Harlow Ledger", vec!["Jane Roe"]),
            (
                "Divers over the kelp off Tarrow Point.Credit...Orin Maddox/Associated Press",
                vec!["Orin Maddox"],
            ),
            ("Credit...Associated Press", vec![]),
            ("Credit...The Harlow Ledger", vec![]),
            ("Credit...Kessvik Harbour Authority", vec![]),
            ("Credit…Agence Tarrow-Presse", vec![]),
        ] {
            let d = doc(line);
            let c = photo_credits(&d, &BUILTIN, |_| false);
            assert_eq!(c.len(), 1, "{line}");
            assert_eq!(c[0].names, want, "{line}");
        }
        // A credit to a body without the ellipsis still needs a known source.
        assert!(names("Credit: Jane Roe for the record").is_empty());
    }

    #[test]
    fn photo_credit_forms() {
        let d = doc("Harbor workers at dawn. Lena Varga, Coastal Press / ledger.example\nPhoto: Tom Reyes / The Ledger\nThe mayor said the harbor would reopen / soon.");
        let c = photo_credits(&d, &BUILTIN, |_| false);
        assert_eq!(c.iter().map(|c| c.line).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(c[0].names, vec!["Lena Varga".to_string()]);
        // A magazine's "Photography by" credit, and the other spellings of the label.
        for line in [
            "Photography by Jonah Tebbutt",
            "Photographs by Jonah Tebbutt",
            "Photographer: Jonah Tebbutt",
            "Photo by Jonah Tebbutt",
        ] {
            let d = doc(&format!(
                "The mayor said the harbor would reopen soon.\n{line}\n"
            ));
            let c = photo_credits(&d, &BUILTIN, |_| false);
            assert_eq!(c.len(), 1, "{line}");
            assert_eq!(c[0].names, vec!["Jonah Tebbutt".to_string()], "{line}");
        }
    }

    #[test]
    fn credit_lines_with_years_articles_and_closing_words() {
        let credited = |text: &str| {
            let d = doc(text);
            let lines: Vec<usize> = (1..=d.lines.len()).collect();
            markers(&d, &BUILTIN, &lines)
                .into_iter()
                .map(|m| m.agency)
                .collect::<Vec<_>>()
        };
        let story = "The council voted on Monday night to raise water rates by 8 percent.\n";
        for line in [
            "Copyright 2026 The Associated Press. All rights reserved.",
            "Copyright © 2020-2026 The Associated Press",
            "The Associated Press contributed to this report.",
            "Associated Press contributed to this report",
            "— With files from The Associated Press",
        ] {
            assert_eq!(credited(&format!("{story}{line}\n")), ["AP"], "{line}");
        }
        assert_eq!(
            credited(&format!(
                "{story}Copyright 2026 Reuters. All Rights Reserved.\n"
            )),
            ["Reuters"]
        );
        // Another holder, or the agency inside a longer holder, is no credit.
        assert!(credited(&format!(
            "{story}Copyright 2026 Harbour Post. All rights reserved.\n"
        ))
        .is_empty());
        assert!(credited(&format!(
            "{story}Copyright 2026 Associated Press Television Archive Ltd\n"
        ))
        .is_empty());
    }

    /// Several agencies credited together: a credit line of agencies joined by slashes, commas
    /// or "and", with a label or "contributed to this report", or a parenthesised list where a
    /// credit stands. A list holding anything but agencies credits none, and the list is no
    /// picture's credit.
    #[test]
    fn agencies_credited_together() {
        let credited = |text: &str| {
            let d = doc(text);
            let lines: Vec<usize> = (1..=d.lines.len()).collect();
            let mut codes: Vec<String> = markers(&d, &BUILTIN, &lines)
                .into_iter()
                .map(|m| m.agency)
                .collect();
            codes.sort();
            codes
        };
        let story = "The ferry ran aground off Kessvik on Monday, the coast guard said.\n";
        for (line, want) in [
            ("AP/Reuters/dpa", vec!["AP", "Reuters", "dpa"]),
            ("— AFP and Reuters", vec!["AFP", "Reuters"]),
            (
                "The Associated Press, Reuters and dpa contributed to this report.",
                vec!["AP", "Reuters", "dpa"],
            ),
            ("Agencies: AP, Reuters", vec!["AP", "Reuters"]),
            (
                "KESSVIK, Norvland (AP/Reuters) — The ferry ran aground.",
                vec!["AP", "Reuters"],
            ),
            (
                "The crew was safe, officials said. (AFP/dpa)",
                vec!["AFP", "dpa"],
            ),
        ] {
            let mut want: Vec<String> = want.into_iter().map(String::from).collect();
            want.sort();
            assert_eq!(credited(&format!("{story}{line}\n")), want, "{line}");
        }
        for line in [
            "AP/Harbour Post",
            "Sources: AP, the coast guard",
            "The mayor (AP/Reuters poll) said the ferry would sail.",
            "Reuters and the council said the ferry would sail on Friday.",
        ] {
            assert!(credited(&format!("{story}{line}\n")).is_empty(), "{line}");
        }
        let d = doc(&format!("{story}AP/Reuters/dpa\n"));
        assert!(photo_credits(&d, &BUILTIN, |_| false).is_empty());
    }

    /// "Photo by" in Italian, Spanish, French and German at a caption's start or in its
    /// parentheses; in a sentence, "ein Foto von Charlie" is what the picture shows.
    #[test]
    fn photo_by_in_other_languages() {
        for line in [
            "Foto di Marco Dellagiusta",
            "Il ponte riaperto ieri mattina (Foto di Marco Dellagiusta)",
            "Foto de Ana Ruiz",
            "Photo par Claire Aubry",
        ] {
            let d = doc(&format!("The bridge reopened on Monday.\n{line}\n"));
            assert_eq!(photo_credits(&d, &BUILTIN, |_| false).len(), 1, "{line}");
        }
        let d = doc("Er macht ein Foto von Charlie und Nick und schickt es Aron, der gleich antwortet und lacht.\n");
        assert!(photo_credits(&d, &BUILTIN, |_| false).is_empty());
    }

    #[test]
    fn authorship_values_that_credit_an_agency() {
        let agency = |v: &str| super::metadata_agency(v, &BUILTIN).map(|a| a.code.as_str());
        assert_eq!(agency("The Associated Press"), Some("AP"));
        assert_eq!(agency("ASSOCIATED PRESS"), Some("AP"));
        assert_eq!(agency("By AFP"), Some("AFP"));
        assert_eq!(agency("Reuters Staff"), Some("Reuters"));
        assert_eq!(agency("Agencia EFE"), Some("EFE"));
        assert_eq!(agency("Ann Lee, Reuters"), Some("Reuters"));
        assert_eq!(agency("By TOM VANE, AP Sports Writer"), Some("AP"));
        assert_eq!(agency("kel/dpa"), Some("dpa"));
        assert_eq!(agency("AFP/The Harbour Post"), Some("AFP"));
        assert_eq!(agency("HP mit dpa"), Some("dpa"));
        // A person, an outlet, a marker in lower case or inside a word, a long title: none.
        assert_eq!(agency("Ann Lee"), None);
        assert_eq!(agency("The Harbour Post"), None);
        assert_eq!(agency("ap"), None);
        assert_eq!(agency("APEX Media"), None);
        assert_eq!(agency("Rafa Reuters-Ohm"), None);
        assert_eq!(
            agency("Notes on the AP style guide and how we use it"),
            None
        );
        assert_eq!(
            agency("Ann Lee / Tom Vane / Harbour Post newsroom / AP / Lio"),
            None
        );
    }

    #[test]
    fn wire_copy_credited_only_in_its_metadata() {
        let hint = crate::Hint::default();
        let credited = |page: &str| {
            let d = crate::read(page.as_bytes(), &hint).expect("an HTML page");
            let x = crate::extract(&d, &hint);
            (
                x.agency
                    .iter()
                    .map(|m| m.agency.clone())
                    .collect::<Vec<_>>(),
                x.bylines,
            )
        };
        let body = "<p>Dockworkers at the port returned to work on Thursday after union leaders accepted a new contract, ending a nine-day strike.</p>";
        let meta = format!(
            r#"<html><head><meta name="author" content="The Associated Press"></head><body><h1>Harbor strike ends</h1>{body}</body></html>"#
        );
        let (agency, bylines) = credited(&meta);
        assert_eq!(agency, vec!["AP"]);
        assert!(bylines.is_empty(), "{bylines:?}");
        let json_ld = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Harbor strike ends","author":[{{"@type":"Organization","name":"Reuters"}}]}}</script></head><body><h1>Harbor strike ends</h1>{body}</body></html>"#
        );
        assert_eq!(credited(&json_ld).0, vec!["Reuters"]);
        // A credit line in the text is the evidence; the metadata adds nothing for the same
        // agency. Beside a dateline's "(AP)" alone, the author tag's credit is kept (the
        // dateline's is no credit line of its own), after it.
        let line = r#"<html><head><meta name="author" content="AP"></head><body><h1>Harbor strike ends</h1><p>Dockworkers at the port returned to work on Thursday after union leaders accepted a new contract.</p><p>The Associated Press contributed to this report.</p></body></html>"#;
        let d = crate::read(line.as_bytes(), &hint).expect("an HTML page");
        let x = crate::extract(&d, &hint);
        assert_eq!(x.agency.len(), 1, "{:?}", x.agency);
        assert!(x.agency[0].line.is_some(), "{:?}", x.agency);
        let both = r#"<html><head><meta name="author" content="AP"></head><body><h1>Harbor strike ends</h1><p>EASTHAVEN (AP) — Dockworkers at the port returned to work on Thursday after union leaders accepted a new contract.</p></body></html>"#;
        let d = crate::read(both.as_bytes(), &hint).expect("an HTML page");
        let x = crate::extract(&d, &hint);
        assert_eq!(x.agency.len(), 2, "{:?}", x.agency);
        assert!(
            x.agency[0].line.is_some() && x.agency[1].line.is_none(),
            "{:?}",
            x.agency
        );
        // An agency's teaser byline outside the article of a signed story credits nothing.
        let teaser = format!(
            r#"<html><head><meta name="author" content="Ann Lee"></head><body><aside class="teaser"><a href="/world/x">Storm hits coast</a><span class="author">The Associated Press</span></aside><article><h1>Harbor strike ends</h1>{body}</article></body></html>"#
        );
        assert!(credited(&teaser).0.is_empty());
        // The article's own byline element crediting the agency beside the writer does.
        let own = format!(
            r#"<html><head><meta name="author" content="Ann Lee"></head><body><article><h1>Harbor strike ends</h1><p class="byline">By Ann Lee, The Associated Press</p>{body}</article></body></html>"#
        );
        assert_eq!(credited(&own).0, vec!["AP"]);
        // A person's name in the author tag credits no agency.
        let person = format!(
            r#"<html><head><meta name="author" content="Ann Lee"></head><body><h1>Harbor strike ends</h1>{body}</body></html>"#
        );
        assert!(credited(&person).0.is_empty());
    }
}
