//! # credence-extract
//!
//! Turns the raw bytes of a news page (plain text or HTML) into a [`Document`] (the text with its
//! line structure kept) and an [`Extraction`]: title, bylines, publication and update dates with
//! their source, every URL (wrapped ones repaired), the canonical URL, news-agency markers, the
//! dateline, photo credits, contributor lines, the site name, and the non-article blocks
//! (headline lists, appeals, chrome) with their line spans. Every field says where it came from.
//!
//! [`read`] can fail (the bytes are not a text document); [`extract`] cannot: it returns an
//! `Extraction` for any `Document`.
//!
//! ```
//! use credence_extract::{read, extract, Hint};
//!
//! let page = "Harbor Reopens After Storm\nBy Jane Doe\nMarch 14, 2024\n\n\
//!             VALDORA (AP) — The harbor reopened on Thursday, officials said.";
//! let doc = read(page.as_bytes(), &Hint::default()).unwrap();
//! let x = extract(&doc, &Hint::default());
//! assert_eq!(x.title.as_deref(), Some("Harbor Reopens After Storm"));
//! assert_eq!(x.bylines[0].name, "Jane Doe");
//! assert_eq!(x.published.unwrap().value, "2024-03-14");
//! assert_eq!(x.agency[0].agency, "AP");
//! ```
#![deny(missing_docs)]

mod agency;
mod blocks;
mod body;
mod bylines;
pub mod dates;
mod decode;
mod html;
mod language;
pub mod lexicon;
mod main_content;
mod model;
mod next_data;
mod prune;
mod recent;
mod text;
mod title;
mod tokens;
mod urls;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

pub use blocks::FURNITURE_LIST;
pub use body::count_words;
pub use decode::InputError;
pub use lexicon::Lexicons;
pub use model::*;
pub use tokens::{token_spans_flagged, TokenKind, Tokens};
pub use urls::{host, registrable_domain};

/// `str::trim` with a shortcut for the common line. `str::trim` decodes both ends char by char
/// and asks the Unicode whitespace table about each, some forty instructions even for a line
/// with nothing to trim; the header readers trim each line many times. A string whose first and
/// last bytes are printable ASCII (neither whitespace nor a byte of a longer character) is its
/// own trim, told by two byte tests; any other string is trimmed as before.
pub(crate) trait Trim {
    /// The string without leading and trailing whitespace, as `str::trim` gives it.
    fn trim_fast(&self) -> &str;
}

impl Trim for str {
    #[inline]
    fn trim_fast(&self) -> &str {
        match (self.as_bytes().first(), self.as_bytes().last()) {
            (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => self,
            _ => self.trim(),
        }
    }
}

/// What the caller knows about a document besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct Hint {
    /// The URL the document was fetched from (a WARC target URI, a JSONL field).
    pub url: Option<String>,
    /// When it was crawled; bounds plausible publication dates and resolves the dates a page
    /// gives relative to it, a dateline's day without a year and "Posted 2 days ago" (see
    /// [`dates::crawl_resolved`]) (default: today).
    pub crawl_date: Option<jiff::civil::Date>,
    /// Text or HTML, when known from a file extension or a content type; `None` sniffs.
    pub format: Option<Format>,
    /// A charset stated by the transport (HTTP `Content-Type`).
    pub charset: Option<String>,
}

/// Decodes bytes into a [`Document`]. Fails only when the bytes are not a text document.
pub fn read(bytes: &[u8], hint: &Hint) -> Result<Document, InputError> {
    let d = decode::decode(bytes, hint.format, hint.charset.as_deref())?;
    Ok(match d.format {
        Format::Html => html::parse(&d.text, d.encoding, d.diagnostics),
        Format::Text => text::parse(&d.text, d.encoding, d.diagnostics),
    })
}

static ORIGINAL_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:original\s+(?:url|article|link|source)|source\s+url|originally\s+published\s+(?:at|on))\s*:?").expect("valid regex")
});
/// A bare credit line naming where a text came from ("Source: https://...", "via
/// https://...", "Read the original article:"), with the URL on it or on the next line and
/// nothing else; "Source" in other languages too ("Quelle:", "Fuente:", "Fonte:", "Bron:",
/// "Źródło:", "Källa:", "Kilde:", "Lähde:", "Zdroj:", "Kaynak:", "Sumber:", "Источник:"). "Source:"
/// also credits data and pictures inside an article, so these count only at the top or the foot
/// of a text (see [`EDGE_LINES`]).
static SOURCE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:source|via|quelle|fuente|fonte|bron|źródło|källa|kilde|lähde|zdroj|kaynak|sumber|источник|read (?:the )?original(?: article| story| post)?(?: here)?|originally (?:appeared|posted) (?:on|at|in))\s*:?\s*(?:<?https?://\S+)?\s*$").expect("valid regex")
});
/// A republication credit: "This article is republished from The Conversation under a Creative
/// Commons license", "This story originally appeared in the Valley Courier.", "Reprinted with
/// permission from ...". The outlet is `pub`; "originally"/"first"/"republished"/"reprinted" is
/// required, as "This story was published in ..." is said of a site's own sections.
static REPUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:(?:this|the|a version of this)\s+(?:story|article|post|piece|report|column|essay|interview)\s+",
        r"(?:was\s+|is\s+|has\s+been\s+)?)?",
        // "Reprinted on Wired.com" says where a story went next; only "from" names its source.
        r"(?:(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:in|on|by|at)",
        r"|(?:republished|reprinted)(?:\s+with\s+permission)?\s+(?:from|of))",
        r"\s+(?:the\s+website\s+of\s+)?",
        r"(?-i:(?P<pub>(?:the\s+)?\p{Lu}[^.;,()\n]{1,70}?))",
        r"(?:\s+(?:on|in|under|and|as|at)\s|\s*[.;,(]|\s*$)"
    ))
    .expect("valid regex")
});

/// Names of languages, as a republication credit may name the one a story was first written in
/// ("originally published in Czech in ...").
const LANGUAGE_NAMES: &[&str] = &[
    "English",
    "French",
    "German",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Polish",
    "Czech",
    "Slovak",
    "Hungarian",
    "Romanian",
    "Russian",
    "Ukrainian",
    "Belarusian",
    "Greek",
    "Turkish",
    "Arabic",
    "Hebrew",
    "Persian",
    "Farsi",
    "Chinese",
    "Mandarin",
    "Japanese",
    "Korean",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Estonian",
    "Latvian",
    "Lithuanian",
    "Croatian",
    "Serbian",
    "Bosnian",
    "Slovenian",
    "Bulgarian",
    "Macedonian",
    "Albanian",
    "Hindi",
    "Urdu",
    "Bengali",
    "Indonesian",
    "Malay",
    "Vietnamese",
    "Thai",
    "Catalan",
    "Basque",
    "Galician",
    "Welsh",
    "Irish",
    "Icelandic",
    "Georgian",
    "Armenian",
    "Swahili",
];

/// Month names: "first published on Tue, 4 March" dates the page; an outlet's name does not open
/// with one of these, a weekday ([`dates::WEEKDAYS`]) or their abbreviations (three letters at
/// least: "Mar", "Sept"), though it may open with a word they start ("Marsh Valley Post").
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// How many non-empty lines at either end of a text may hold a [`SOURCE_URL`] credit.
const EDGE_LINES: usize = 5;

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[_\-=*~#.·•]{3,}\s*$").expect("valid regex"));

/// The lines of the mail header a text opens with: from the first line, each "Label: value" line
/// ("From:", "To:", "Cc:", "Subject:", "Date:", "Reply-To:") up to the first blank line or the
/// first line of another kind.
fn mail_header_lines(doc: &Document) -> std::ops::RangeInclusive<usize> {
    let label = |line: &str| {
        line.split_once(':').is_some_and(|(l, _)| {
            (2..=16).contains(&l.len())
                && l.starts_with(|c: char| c.is_ascii_alphabetic())
                && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        })
    };
    let first = (1..=doc.lines.len())
        .find(|&n| !doc.line(n).trim_fast().is_empty())
        .unwrap_or(1);
    let mut last = first;
    while last < doc.lines.len() && label(doc.line(last + 1).trim_fast()) {
        last += 1;
    }
    first..=last
}

/// A wire editor's note on what an update changed, on a line of its own: "(Adds comment from
/// fishing groups in paragraphs 4-5)", "(Updates with closing prices)", "(Recasts, adds
/// details)". The line opens with a parenthesis and an editing verb and ends with the
/// parenthesis.
fn is_wire_update_note(line: &str) -> bool {
    let t = line.trim_fast();
    t.len() <= 240 && t.starts_with('(') && t.ends_with(')') && WIRE_UPDATE_NOTE.is_match(t)
}

static WIRE_UPDATE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?:Adds|Updates|Recasts|Rewrites|Corrects|Refiles|Repeats|Changes|Removes|Inserts|Writes through|Tops with|Fixes)\b[^()]*\)$")
        .expect("valid regex")
});

/// [`SEPARATOR`] matches `line`. Its first character after white space (which `trim_start` and
/// `\s` take alike) must be one of the rule's: most lines are turned away by that before the
/// regex, which every line went through.
fn is_separator(line: &str) -> bool {
    line.trim_start()
        .starts_with(['_', '-', '=', '*', '~', '#', '.', '·', '•'])
        && SEPARATOR.is_match(line)
}

/// [`ORIGINAL_URL`] matches `line`. Its first character after white space must open "original",
/// "source" or "originally", case-insensitively: an o or an s, or the long s that Unicode case
/// folding puts with s.
fn is_original_url_line(line: &str) -> bool {
    line.trim_start().starts_with(['o', 'O', 's', 'S', 'ſ']) && ORIGINAL_URL.is_match(line)
}

/// A page counter closing a line: "1/2", "12/14", after white space.
static PAGE_COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s\d{1,3}/\d{1,3}\s*$").expect("valid regex"));

/// A browser's print footer in a text printed to PDF: the page's own address, then the page
/// counter ("https://harbourpost.example/2024/pier          1/2"), the URL perhaps wrapped with
/// the counter after its last piece. The URL and the line it starts on.
fn print_footer_url<'a>(doc: &Document, url_refs: &'a [UrlRef]) -> Option<(usize, &'a UrlRef)> {
    url_refs.iter().find_map(|u| {
        let l = u.line?;
        let last = if u.repaired { l + 1 } else { l };
        if last > doc.lines.len() {
            return None;
        }
        let line = doc.line(last);
        let at = PAGE_COUNTER.find(line)?.start();
        let head = line[..at].trim_fast();
        let whole = if u.repaired {
            !head.is_empty() && !head.contains(' ') && u.url.ends_with(head)
        } else {
            head == u.url
        };
        whole.then_some((l, u))
    })
}

/// A header field holding the record's own address: "URL:", "Link:", "Permalink:" or
/// "Canonical:" (any case), then the URL and nothing else.
fn is_own_url_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, rest)| {
        let rest = rest.trim_fast();
        matches!(
            key.trim_fast().to_ascii_lowercase().as_str(),
            "url" | "link" | "permalink" | "canonical" | "canonical url"
        ) && (rest.starts_with("http://") || rest.starts_with("https://"))
            && !rest.contains(char::is_whitespace)
    })
}

/// How many filled lines open a record's header, where its own "URL:" field stands (a "URL:"
/// line further down, under "Sources:" or after "visit", names another page).
const OWN_URL_LINES: usize = 5;

/// How many opening lines may hold the title, byline and date of a plain-text document.
const HEADER_LINES: usize = 12;

/// Extracts everything Credence knows how to read from a document.
pub fn extract(doc: &Document, hint: &Hint) -> Extraction {
    extract_with(doc, hint, &lexicon::BUILTIN)
}

/// The address a Wayback Machine snapshot archives, for one of a snapshot's own addresses
/// ("https://web.archive.org/web/20260515093012/https://www.example.org/news/x" reads
/// "https://www.example.org/news/x"): the archive rewrites a page's canonical link and `og:url`
/// to the snapshot, and the story is the original publisher's, not archive.org's. Any other
/// address is returned as it is.
fn unarchived(u: String) -> String {
    let snapshot = u
        .strip_prefix("https://web.archive.org/web/")
        .or_else(|| u.strip_prefix("http://web.archive.org/web/"))
        .and_then(|rest| rest.split_once('/'))
        .filter(|(stamp, original)| {
            // A timestamp of at least a year's digits, maybe a mode after it ("20260515id_").
            stamp.bytes().take_while(u8::is_ascii_digit).count() >= 4
                && (original.starts_with("http://") || original.starts_with("https://"))
        });
    match snapshot {
        Some((_, original)) => original.to_string(),
        None => u,
    }
}

/// [`extract`] with other lexicons (the built-in ones with a user's additions, see
/// [`Lexicons::with_extras`]).
pub fn extract_with(doc: &Document, hint: &Hint, lex: &Lexicons) -> Extraction {
    extract_keeping(doc, hint, lex, false)
}

/// [`extract_with`], also keeping the article text's tokens in [`Extraction::body_tokens`] for
/// the heuristics, which read the same tokens: an extraction that will be scored reads the text
/// once (the language's function words are counted from the tokens). An extraction that is only
/// written out does without them: tokenising the text costs more than the language's own walk
/// over a sample of it.
pub fn extract_for_scoring(doc: &Document, hint: &Hint, lex: &Lexicons) -> Extraction {
    extract_keeping(doc, hint, lex, true)
}

fn extract_keeping(doc: &Document, hint: &Hint, lex: &Lexicons, keep_tokens: bool) -> Extraction {
    let mut blocks = blocks::find(doc, lex);
    let mut taken: BTreeSet<usize> = BTreeSet::new();
    for b in &blocks {
        taken.extend(b.start_line..=b.end_line);
    }
    let mut meta_lines: BTreeSet<usize> = BTreeSet::new();

    let mut t = if doc.format == Format::Html {
        title::for_html(doc)
    } else {
        // The headline is the story's first line, not a newsletter prompt's above it.
        let skip: BTreeSet<usize> = blocks
            .iter()
            // A breadcrumb may run into the headline ("Home > NewsHeadline"): the title rules
            // take it apart.
            .filter(|b| {
                b.kind != BlockKind::Metadata
                    && !(b.kind == BlockKind::Navigation
                        && b.label.as_deref() == Some("breadcrumb"))
            })
            .flat_map(|b| b.start_line..=b.end_line)
            .collect();
        title::for_text_skipping(doc, &skip)
    };
    meta_lines.extend(t.lines.iter().copied());
    // A mail's header over a newsletter or a forwarded story ("From:", "To:", "Subject:",
    // "Date:"): the whole header is metadata, not the article's first lines.
    if t.source.as_deref() == Some("mail_subject") {
        meta_lines.extend(mail_header_lines(doc));
    }
    // A record's "Site:" field beside its "Title:" line names the site: no article text.
    if t.site_name_source.as_deref() == Some("site_line") {
        meta_lines.extend(
            (1..=doc.lines.len().min(HEADER_LINES))
                .filter(|&n| title::site_field(doc.line(n)) == t.site_name.as_deref()),
        );
    }
    // A plain text's headline read under the site's masthead and menu (`title` source
    // `masthead`): every line above it is the page's top (masthead, menu, skip link, labels),
    // none the article's.
    if t.site_name_source.as_deref() == Some("masthead") {
        if let Some(&first) = t.lines.first() {
            meta_lines.extend(1..first);
        }
    }

    let free = |n: &usize, taken: &BTreeSet<usize>, meta: &BTreeSet<usize>| {
        !taken.contains(n) && !meta.contains(n)
    };
    let header: Vec<usize> = (1..=doc.lines.len())
        .filter(|n| free(n, &taken, &meta_lines) && !doc.line(*n).trim_fast().is_empty())
        .filter(|&n| {
            doc.lines[n - 1]
                .zone
                .is_none_or(|z| z == BlockKind::Metadata)
        })
        .take(HEADER_LINES)
        .chain(
            (1..=doc.lines.len()).filter(|&n| doc.lines[n - 1].zone == Some(BlockKind::Metadata)),
        )
        // Not the lines of other texts: a teaser's byline in `<aside class="related">`.
        .filter(|&n| !doc.lines[n - 1].foreign)
        .collect();
    // The title's line in the text, for the bylines around it and the dates' header line.
    let anchor = dates::anchor_keyed(doc, t.title.as_deref());
    let title_line = anchor.line;
    let bylines = bylines::find_at(
        doc,
        lex,
        t.site_name.as_deref(),
        t.title.as_deref(),
        &header,
        title_line,
    );
    meta_lines.extend(bylines.iter().filter_map(|b| b.line));
    // A newsroom's credit in the header ("Staff report", "The Quarry Courier staff report"): no
    // byline, no article text either.
    meta_lines.extend(
        header
            .iter()
            .copied()
            .filter(|&n| bylines::staff_credit(doc.line(n)).is_some()),
    );
    // A byline's role on the line under it ("By Mara Quill" / "Staff Writer").
    for n in bylines.iter().filter_map(|b| b.line) {
        let next =
            (n + 1..=(n + 2).min(doc.lines.len())).find(|&k| !doc.line(k).trim_fast().is_empty());
        if let Some(k) = next.filter(|&k| agency::is_role_line(doc.line(k))) {
            meta_lines.insert(k);
        }
    }

    // URLs: those written in the text, then the page's own.
    let mut url_refs = urls::in_text(doc);
    // A byline's outlet ("By Dominic Reyes, The Harlow Ledger") names where the reporter works,
    // which a republisher keeps with the byline: a republication credit naming that outlet makes
    // the page a copy, and the outlet is then not the page's own site.
    let from_byline = t.site_name_source.as_deref() == Some("byline_line");
    let republished_from = republication(doc, t.site_name.as_deref().filter(|_| !from_byline));
    if from_byline {
        let credited = |site: &str| {
            let key = lexicon::alnum_key(site);
            republished_from.as_ref().is_some_and(|c| {
                c.names.iter().any(|n| {
                    let k = lexicon::alnum_key(n);
                    !k.is_empty() && same_outlet_key(&key, &k)
                })
            })
        };
        if t.site_name.as_deref().is_some_and(credited) {
            t.site_name = None;
            t.site_name_source = None;
        }
    }
    let original = (1..=doc.lines.len())
        .find(|&n| is_original_url_line(doc.line(n)))
        .and_then(|n| {
            url_refs
                .iter()
                .find(|u| u.line.is_some_and(|l| l >= n && l <= n + 2))
                .map(|u| (n, u.clone()))
        })
        .or_else(|| {
            let filled: Vec<usize> = (1..=doc.lines.len())
                .filter(|&n| !doc.line(n).trim_fast().is_empty())
                .collect();
            let edge = filled.len().saturating_sub(EDGE_LINES);
            filled
                .iter()
                .enumerate()
                .filter(|&(i, _)| i < EDGE_LINES || i >= edge)
                .map(|(_, &n)| n)
                .filter(|&n| SOURCE_URL.is_match(doc.line(n)))
                .find_map(|n| {
                    url_refs
                        .iter()
                        .find(|u| u.line.is_some_and(|l| l == n || l == n + 1))
                        .map(|u| (n, u.clone()))
                })
        })
        .or_else(|| {
            // A republication credit that links its original on its line or the next ("This
            // article is republished from The Harbour Review ... Read the original article:
            // https://...").
            let n = republished_from.as_ref()?.line;
            url_refs
                .iter()
                .find(|u| u.line.is_some_and(|l| l == n || l == n + 1))
                .map(|u| (n, u.clone()))
        });
    // A plain-text record's own address in its header ("URL: https://...", as exports and
    // scrapers write it beside "Title:" and "Author:").
    let own_url_line = (doc.format != Format::Html)
        .then(|| {
            (1..=doc.lines.len().min(HEADER_LINES))
                .filter(|&n| !doc.line(n).trim_fast().is_empty())
                .take(OWN_URL_LINES)
                .find(|&n| is_own_url_line(doc.line(n)))
                .and_then(|n| url_refs.iter().find(|u| u.line == Some(n)).map(|u| (n, u)))
        })
        .flatten()
        .or_else(|| {
            (doc.format != Format::Html)
                .then(|| print_footer_url(doc, &url_refs))
                .flatten()
        });
    // A protocol-relative address ("//harbourpost.example/2024/pier") is the page's scheme's:
    // https, as good as any for naming the page.
    let absolute = |u: &str| match u.strip_prefix("//") {
        Some(rest) if rest.contains('.') => Some(format!("https://{rest}")),
        _ => u.starts_with("http").then(|| u.to_string()),
    };
    let (canonical_url, canonical_source) = match (
        doc.html
            .canonical
            .as_deref()
            .and_then(absolute)
            .map(unarchived),
        doc.html
            .meta
            .iter()
            .find(|(k, _)| k == "og:url")
            .and_then(|(_, u)| absolute(u))
            .map(unarchived),
        main_entity_of_page(doc).and_then(absolute).map(unarchived),
        &original,
        own_url_line,
        &hint.url,
    ) {
        (Some(c), _, _, _, _, _) => (Some(c), Some("link_canonical")),
        (_, Some(u), _, _, _, _) => (Some(u), Some("og_url")),
        (_, _, Some(u), _, _, _) => (Some(u), Some("main_entity_of_page")),
        (_, _, _, Some((_, u)), _, _) => (Some(u.url.clone()), Some("original_url_line")),
        (_, _, _, _, Some((_, u)), _) => (Some(u.url.clone()), Some("url_line")),
        (_, _, _, _, _, Some(h)) => (Some(h.clone()), Some("hint")),
        _ => (None, None),
    };
    if let Some((n, _)) = own_url_line {
        meta_lines.insert(n);
    }
    if let Some((n, u)) = &original {
        meta_lines.insert(*n);
        if let Some(l) = u.line {
            // The URL and its wrapped continuation lines.
            let mut k = l;
            while k <= doc.lines.len()
                && k <= l + 3
                && !doc.line(k).trim_fast().is_empty()
                && u.url.contains(doc.line(k).trim_fast())
            {
                meta_lines.insert(k);
                k += 1;
            }
        }
    }
    // Bare URL lines are references, not prose.
    for u in &url_refs {
        if let Some(l) = u.line {
            if doc.line(l).trim_fast() == u.url
                || u.repaired && u.url.starts_with(doc.line(l).trim_fast())
            {
                meta_lines.insert(l);
                // The continuation line too, when the URL took all of it (not a line whose
                // prose goes on after the URL's last piece).
                let next = doc.line(l + 1).trim_fast();
                let next = next.trim_end_matches(['.', ',', ';', ':', '!', '?', '>', ')', ']']);
                if u.repaired && !next.is_empty() && u.url.ends_with(next) {
                    meta_lines.insert(l + 1);
                }
            }
        }
    }
    for c in [&doc.html.canonical, &canonical_url].into_iter().flatten() {
        if !url_refs.iter().any(|u| &u.url == c) {
            url_refs.push(UrlRef {
                url: c.clone(),
                line: None,
                repaired: false,
            });
        }
    }

    let plausible = dates::Plausible {
        latest: hint
            .crawl_date
            .unwrap_or_else(|| jiff::Zoned::now().date())
            .saturating_add(jiff::Span::new().days(1)),
    };
    // The page's own URLs; an "Original url:" names another page, whose date is only a hint.
    let own_canonical = canonical_url
        .as_deref()
        .filter(|_| canonical_source != Some("original_url_line"));
    let own_urls: Vec<&str> = [
        own_canonical,
        hint.url.as_deref(),
        doc.html
            .meta
            .iter()
            .find(|(k, _)| k == "og:url")
            .map(|(_, v)| v.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    // The headline's line, where the article's header stands: for the date lines and for the
    // dates resolved against the crawl date.
    let header_line = match t.anchor.as_deref() {
        Some(a) => dates::header_line(doc, Some(a)),
        None => dates::header_line_at(doc, t.title.as_deref(), &anchor),
    };
    let mut date_candidates = dates::candidates_at(doc, &own_urls, header_line, plausible, &blocks);
    if let Some(d) = original
        .as_ref()
        .and_then(|(_, u)| dates::date_in_url(&u.url))
        .filter(|d| plausible.accepts(d.date))
    {
        date_candidates.push(DateCandidate {
            value: d.value,
            source: "original_url".into(),
            role: "published".into(),
            confidence: 0.5,
            evidence: original
                .as_ref()
                .map(|(_, u)| u.url.clone())
                .unwrap_or_default(),
            line: original.as_ref().and_then(|(_, u)| u.line),
        });
        date_candidates.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    }
    let (mut published, mut updated) = dates::choose(&date_candidates);
    meta_lines.extend(
        date_candidates
            .iter()
            .filter(|c| c.source == "date_line")
            .filter_map(|c| c.line),
    );

    let mut contributors = agency::contributors(doc, lex);
    meta_lines.extend(contributors.iter().map(|c| c.line));
    let photo_credits = agency::photo_credits(doc, lex, |n| {
        doc.lines[n - 1].zone == Some(BlockKind::Caption)
    });
    let caption_lines: BTreeSet<usize> = photo_credits
        .iter()
        .map(|c| c.line)
        .filter(|n| free(n, &taken, &meta_lines))
        .collect();
    for n in 1..=doc.lines.len() {
        if is_separator(doc.line(n))
            || agency::is_source_line(doc.line(n))
            || is_wire_update_note(doc.line(n))
        {
            meta_lines.insert(n);
        }
    }

    let mut body_lines: Vec<usize> = (1..=doc.lines.len())
        .filter(|n| {
            free(n, &taken, &meta_lines)
                && !caption_lines.contains(n)
                && doc.lines[n - 1].zone.is_none()
        })
        .collect();
    let all_text_lines: Vec<usize> = (1..=doc.lines.len())
        .filter(|n| !taken.contains(n))
        .collect();
    let mut agency = agency::markers(doc, lex, &all_text_lines);
    // Agency credits in the byline lines: the header's, and wherever a byline was read.
    let mut byline_lines: Vec<usize> = header
        .iter()
        .copied()
        .chain(bylines.iter().filter_map(|b| b.line))
        .filter(|n| !taken.contains(n))
        .collect();
    byline_lines.sort_unstable();
    byline_lines.dedup();
    for m in agency::byline_markers(doc, lex, &byline_lines) {
        // A byline line that credits only the agency ("By Reuters", "By the Associated Press")
        // names no person, so no byline took its line: it is still no article text.
        if let Some(n) = m
            .line
            .filter(|&n| doc.line(n).split_whitespace().count() <= 10)
        {
            if meta_lines.insert(n) {
                body_lines.retain(|&b| b != n);
            }
        }
        if !agency
            .iter()
            .any(|o| o.agency == m.agency && o.line == m.line)
        {
            agency.push(m);
        }
    }
    // Wire copy credited only in its authorship metadata (an author tag, a JSON-LD author):
    // after the text's credits, for the agencies the text does not credit.
    let signers: Vec<&str> = bylines.iter().map(|b| b.name.as_str()).collect();
    for m in agency::metadata_markers(doc, lex, &signers) {
        // A parenthesised "(AP)" is a dateline's, which credits nothing by itself (A008): the
        // byline's credit is kept beside it.
        if !agency
            .iter()
            .any(|o| o.agency == m.agency && !o.marker.starts_with('('))
        {
            agency.push(m);
        }
    }
    agency.sort_by_key(|m| m.line.unwrap_or(usize::MAX));
    // A plain text's dateline opens the lead under its headline: where the title rules took
    // the headline past the page's top (a masthead, a newsletter's "CAMPUS NEWS -- Office of
    // ..."), the lines above it are no lead.
    let lead_lines: Vec<usize> = match t.lines.first() {
        Some(&first) if doc.format != Format::Html => {
            body_lines.iter().copied().filter(|&n| n > first).collect()
        }
        _ => body_lines.clone(),
    };
    let dateline = agency::dateline(doc, lex, &lead_lines);
    // Dates given only relative to the crawl (a dateline's "Nov 23", "Posted 2 days ago"),
    // resolved against the crawl date (today when none is given, as for `plausible`): a
    // publication date only where the page writes out no date at all, an update only where it
    // writes out no update.
    let reference = hint.crawl_date.unwrap_or_else(|| jiff::Zoned::now().date());
    let mut resolved = false;
    let writes_dates = !date_candidates.is_empty();
    for c in dates::crawl_resolved(doc, header_line, dateline.as_ref(), reference, writes_dates) {
        let free = if c.role == "modified" {
            !date_candidates.iter().any(|o| o.role == "modified")
        } else {
            // Dates read from the article's prose ("first opened on November 2, 2019") are
            // what the story is about; the dateline or the "Posted 2 days ago" dates the story.
            date_candidates
                .iter()
                .all(|o| matches!(o.source.as_str(), "dateline" | "relative" | "text"))
        };
        if free {
            let mut c = c;
            if c.role != "modified" {
                // Above every prose date, still below every date the page marks up or shows.
                let prose = date_candidates
                    .iter()
                    .filter(|o| o.source == "text")
                    .map(|o| o.confidence)
                    .fold(c.confidence, f32::max);
                if prose >= c.confidence {
                    c.confidence = (prose + 0.05).min(0.6);
                }
            }
            date_candidates.push(c);
            resolved = true;
        }
    }
    if resolved {
        (published, updated) = dates::choose(&date_candidates);
    }
    // A category, tag, topic, section, author or archive page, or a site's home page, lists
    // other pages' teasers: the bylines and dates its text shows are theirs. Only what its markup
    // states of the page itself stands.
    let mut bylines = bylines;
    // A story credited only at its end in Reuters' style ("(Reporting by Ann Lee in Kessvik;
    // Editing by Tom Vane)") is by its reporters: a scraped wire copy names its author nowhere
    // else. An additional reporter, a writer or an editor stays a contributor.
    if bylines.is_empty() {
        if let Some((names, line)) = contributors.iter().find_map(|c| {
            let names = agency::reporters(&c.text, lex);
            (!names.is_empty()).then_some((names, c.line))
        }) {
            bylines.extend(names.into_iter().map(|name| Byline {
                name,
                source: "reporting_credit".into(),
                line: Some(line),
            }));
        }
    }
    if doc.format == Format::Html
        && (own_canonical
            // The page's own address: a canonical link written as a path ("/tag/ferries/") too.
            .or(doc.html.canonical.as_deref().filter(|c| c.starts_with('/')))
            .or(hint.url.as_deref())
            .or(own_urls.first().copied())
            .is_some_and(is_index_url)
            // A home page only by the address it was fetched from: a page's own canonical or
            // og:url pointing at the site's root is a common misconfiguration on article pages.
            || hint.url.as_deref().is_some_and(is_home_url))
        && !has_article_metadata(doc)
    {
        bylines.retain(|b| matches!(b.source.as_str(), "meta" | "jsonld" | "site_owner"));
        date_candidates.retain(|c| matches!(c.source.as_str(), "meta" | "jsonld" | "url"));
        (published, updated) = dates::choose(&date_candidates);
    }
    // A reporter the byline already names ("By Jane Roe" over "(Reporting by Jane Roe; Editing
    // by John Doe)") is the story's author, not one more contributor: the credit keeps its line
    // and the others it names (the editor).
    for c in &mut contributors {
        c.names
            .retain(|n| !bylines.iter().any(|b| bylines::same_name(&b.name, n)));
    }
    // An update shown as a time alone under the headline ("Updated at 3:40 p.m.") is on the
    // day of publication, when later than its time.
    if let Some(u) = published
        .as_ref()
        .filter(|_| updated.is_none())
        .and_then(|p| dates::time_only_update(doc, header_line, p))
    {
        if let Some(n) = u.line {
            if meta_lines.insert(n) {
                body_lines.retain(|&b| b != n);
            }
        }
        let at = date_candidates
            .iter()
            .position(|c| c.confidence < u.confidence)
            .unwrap_or(date_candidates.len());
        date_candidates.insert(at, u.clone());
        updated = Some(u);
    }
    let (body_text, artefacts) = body::assemble(doc, &body_lines);
    let mut artefacts = artefacts;
    artefacts.repaired_urls = url_refs.iter().filter(|u| u.repaired).count();
    let words = body::count_words(&body_text);
    let (body_tokens, language) = if keep_tokens {
        let tokens = tokens::Tokens::new(&body_text);
        let language = language::detect_with_fresh(&body_text, &tokens);
        (tokens, language)
    } else {
        (tokens::Tokens::default(), language::detect(&body_text))
    };
    let language = language.or_else(|| {
        doc.html
            .lang
            .as_deref()
            .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase())
            .filter(|l| l.len() == 2)
    });

    // Report what was set aside as blocks too, so the line spans of metadata and captions show.
    for run in runs(&meta_lines) {
        if !blocks
            .iter()
            .any(|b| b.start_line <= run.1 && run.0 <= b.end_line)
        {
            blocks.push(Block {
                kind: BlockKind::Metadata,
                heading: None,
                start_line: run.0,
                end_line: run.1,
                items: vec![],
                label: None,
            });
        }
    }
    for run in runs(&caption_lines) {
        if !blocks
            .iter()
            .any(|b| b.start_line <= run.1 && run.0 <= b.end_line)
        {
            blocks.push(Block {
                kind: BlockKind::Caption,
                heading: None,
                start_line: run.0,
                end_line: run.1,
                items: vec![],
                label: None,
            });
        }
    }
    blocks.sort_by_key(|b| b.start_line);
    let body_lines: Vec<usize> = body_lines
        .into_iter()
        .filter(|&n| !doc.line(n).trim_fast().is_empty())
        .collect();

    Extraction {
        // A section's label is cut from a plain text's first line, where a scrape runs it into
        // the headline; a page's markup shows it as part of its headline (`<h1>`, og:title and
        // `<title>` alike), which the team's samples keep.
        title: t.title.map(|t| {
            if doc.format == Format::Text {
                title::without_labels(&t)
            } else {
                title::without_wire_slug(&t)
            }
            .to_string()
        }),
        title_source: t.source,
        site_name_source: t.site_name.as_ref().and(t.site_name_source),
        site_name: t.site_name,
        bylines,
        published,
        updated,
        date_candidates,
        urls: url_refs,
        canonical_url,
        canonical_source: canonical_source.map(str::to_string),
        agency,
        dateline,
        photo_credits,
        contributors,
        blocks,
        language,
        words,
        body_text,
        body_tokens,
        body_lines,
        artefacts,
        republished_from,
    }
}

/// Whether two outlets' names, as [`lexicon::alnum_key`]s, name one outlet: either holds the
/// other ("harbourreview" and "theharbourreview").
fn same_outlet_key(a: &str, b: &str) -> bool {
    a.contains(b) || b.contains(a)
}

/// The first republication credit ([`REPUBLISHED`]) naming an outlet other than the page's own
/// ("This article originally appeared in the March issue of Harbour Life" on Harbour Life's own
/// site is not a copy).
fn republication(doc: &Document, site_name: Option<&str>) -> Option<Credit> {
    let own = site_name.map(lexicon::alnum_key).filter(|k| !k.is_empty());
    (1..=doc.lines.len()).find_map(|n| {
        let line = doc.line(n);
        // The anchored regex fails within a few bytes on almost every line; a credit is a short
        // note, not a paragraph that happens to open with its words.
        // `is_match` first: `captures` allocates, on every line. Before it, the first character
        // after the white space (`\s` and `trim_start` are both Unicode White_Space) opens one of
        // the credit's first words ("this", "the", "a version", "originally", "first",
        // "republished", "reprinted"; no other character folds to these letters): a regex call
        // on a line was a few hundred instructions, however soon it failed.
        if !line
            .trim_start()
            .starts_with(['t', 'T', 'a', 'A', 'o', 'O', 'f', 'F', 'r', 'R'])
            || !REPUBLISHED.is_match(line)
        {
            return None;
        }
        let caps = REPUBLISHED.captures(line)?;
        if line.split_whitespace().count() > 60 {
            return None;
        }
        let mut name = caps["pub"].trim_fast();
        // "... originally published in Czech in Kovenský deník": the language the story was
        // first written in, then its publisher. A language alone names no publisher.
        if LANGUAGE_NAMES.contains(&name) {
            let rest = caps.name("pub").map_or("", |m| &line[m.end()..]);
            name = rest
                .trim_start()
                .strip_prefix("in ")?
                .split(['.', ';', ',', '('])
                .next()?
                .trim();
            if !name.starts_with(char::is_uppercase) {
                return None;
            }
        }
        let unarticled = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "));
        let name = unarticled.unwrap_or(name).trim_fast();
        let key = lexicon::alnum_key(name);
        // "... originally appeared in Ledger Schools, our weekly education newsletter": the
        // outlet's own product, whatever its name.
        let says_ours = line[caps.get(0).map_or(0, |m| m.start())..]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("our"));
        let ours = says_ours || own.as_ref().is_some_and(|o| same_outlet_key(&key, o));
        // "First published on November 19, 2019" dates the page itself; "in The Sun" names a
        // paper.
        let first = name
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let dated = first.starts_with(|c: char| c.is_ascii_digit())
            || (unarticled.is_none()
                && first.len() >= 3
                && MONTHS
                    .iter()
                    .chain(dates::WEEKDAYS.iter().map(|names| &names[0]))
                    .any(|m| m.starts_with(first.as_str())));
        if key.len() < 2 || ours || dated || name.starts_with("http") {
            return None;
        }
        Some(Credit {
            text: line.trim_fast().to_string(),
            names: vec![name.to_string()],
            line: n,
        })
    })
}

/// The folders that name a listing of other pages ("/category/politics/", "/tag/ferries",
/// "/author/ann-lee/", "/archives/2024/11/"), lower-case.
const INDEX_FOLDERS: [&str; 12] = [
    "category",
    "categories",
    "tag",
    "tags",
    "topic",
    "topics",
    "section",
    "sections",
    "author",
    "authors",
    "archive",
    "archives",
];

/// Whether `url`'s path is an index page's: an [`INDEX_FOLDERS`] folder, at most two folders
/// deep ("/en/news/tag/x"), then only the names of what it lists and perhaps a page number
/// ("/page/2/", "/2"). A story's address goes on past the name, with a date or a slug
/// ("/category/politics/2026/11/20/council-vote/", "/topic/council-votes-to-close-the-pier-4821"),
/// and WordPress's numeric permalinks are "/archives/4821".
fn is_index_url(url: &str) -> bool {
    // A path alone ("/tag/ferries/", a canonical link written relative) on a stand-in host.
    let parsed = if url.starts_with('/') && !url.starts_with("//") {
        url::Url::parse("https://host.invalid/").and_then(|base| base.join(url))
    } else {
        url::Url::parse(url)
    };
    let Ok(parsed) = parsed else {
        return false;
    };
    let mut segments: Vec<&str> = parsed
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let Some(at) = segments
        .iter()
        .take(3)
        .position(|s| INDEX_FOLDERS.iter().any(|f| s.eq_ignore_ascii_case(f)))
    else {
        return false;
    };
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // "/page/2", then a bare page number.
    if segments.len() >= at + 3
        && segments[segments.len() - 2].eq_ignore_ascii_case("page")
        && numeric(segments[segments.len() - 1])
    {
        segments.truncate(segments.len() - 2);
    }
    let folder = segments[at].to_ascii_lowercase();
    let rest = &segments[at + 1..];
    if folder.starts_with("archive") {
        // Nothing, or a year, month and day: a date archive ("/archives/4821" is a post).
        return rest.len() <= 3
            && rest.iter().enumerate().all(|(i, s)| {
                numeric(s)
                    && if i == 0 {
                        s.parse::<u16>().is_ok_and(|y| (1990..=2100).contains(&y))
                    } else {
                        s.len() <= 2
                    }
            });
    }
    let rest = match rest.split_last() {
        Some((last, names)) if numeric(last) && last.len() <= 3 && !names.is_empty() => names,
        _ => rest,
    };
    // A name: a few words, no file suffix, no story number or date.
    let name = |s: &str| {
        let words = s.split(['-', '_', '+']).filter(|w| !w.is_empty()).count();
        let mut digits = 0usize;
        let mut longest = 0usize;
        for b in s.bytes() {
            digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
            longest = longest.max(digits);
        }
        (1..=4).contains(&words) && !s.contains('.') && longest < 5 && !numeric(s)
    };
    let deepest = if matches!(
        folder.as_str(),
        "category" | "categories" | "section" | "sections"
    ) {
        3
    } else {
        1
    };
    rest.len() <= deepest && rest.iter().all(|s| name(s))
}

/// Whether `url` is a site's home page: no path, or only a language ("/en/", "/pt-br/") and an
/// index file ("/index.html", "/en/default.aspx"), and no query (a query on the root selects
/// something: "/?p=4821" is a WordPress post).
fn is_home_url(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let segments: Vec<&str> = parsed
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let language = |s: &str| {
        let b = s.as_bytes();
        (b.len() == 2 || b.len() == 5 && matches!(b[2], b'-' | b'_'))
            && b.iter()
                .enumerate()
                .all(|(i, c)| c.is_ascii_alphabetic() || i == 2 && b.len() == 5)
    };
    let index_file = |s: &str| {
        let l = s.to_ascii_lowercase();
        ["index", "default", "home"].iter().any(|f| {
            l.strip_prefix(f)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    };
    parsed.query().is_none()
        && match segments.as_slice() {
            [] => true,
            [one] => language(one) || index_file(one),
            [lang, file] => language(lang) && index_file(file),
            _ => false,
        }
}

/// The page's address as its article's `mainEntityOfPage` states it, in microdata or in a
/// JSON-LD article (`"mainEntityOfPage": "https://..."` or `{"@id": "https://..."}`), when the
/// page names one address so: several are the items of a list of other stories, none of them
/// the page itself.
fn main_entity_of_page(doc: &Document) -> Option<&str> {
    let json_ld = doc
        .html
        .json_ld
        .iter()
        .filter(|o| dates::is_article_type(o))
        .filter_map(|o| match o.get("mainEntityOfPage")? {
            serde_json::Value::String(s) => Some(s.as_str()),
            serde_json::Value::Object(m) => m.get("@id")?.as_str(),
            _ => None,
        });
    let mut addresses = doc
        .html
        .main_entity_of_page
        .iter()
        .map(String::as_str)
        .chain(json_ld)
        .map(str::trim)
        .filter(|a| !a.is_empty());
    let first = addresses.next()?;
    let same = |a: &str| a.trim_end_matches('/') == first.trim_end_matches('/');
    addresses.all(same).then_some(first)
}

/// Whether the markup states the page is an article: `og:type` "article", a publication time
/// the dates read as the page's own (`article:published_time`, `og:article:published_time`,
/// `datePublished`...: [`dates::is_publication_meta`], the one list), or a JSON-LD Article (or
/// one of its kinds) of its own.
fn has_article_metadata(doc: &Document) -> bool {
    doc.html.meta.iter().any(|(k, v)| {
        (k == "og:type" && v.to_ascii_lowercase().contains("article"))
            || dates::is_publication_meta(k)
    }) || doc.html.json_ld.iter().any(dates::is_article_type)
}

/// Consecutive runs in a set of line numbers.
fn runs(lines: &BTreeSet<usize>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &n in lines {
        match out.last_mut() {
            Some(r) if r.1 + 1 == n => r.1 = n,
            _ => out.push((n, n)),
        }
    }
    out
}

/// Repeatable random inputs for the tests that hold a hand-written matcher to the regex it
/// replaced (a xorshift generator from a fixed seed: no dependency, the same cases every run).
#[cfg(test)]
pub(crate) struct Xorshift(u64);

#[cfg(test)]
impl Xorshift {
    pub(crate) fn new() -> Xorshift {
        Xorshift(0x9e37_79b9_7f4a_7c15)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Fewer than `max_pieces` pieces drawn from `pieces`, end to end.
    pub(crate) fn string<S: AsRef<str>>(&mut self, pieces: &[S], max_pieces: usize) -> String {
        let len = self.below(max_pieces);
        (0..len)
            .map(|_| pieces[self.below(pieces.len())].as_ref())
            .collect()
    }
}

/// Asserts that a regex rewritten to compile smaller finds the same groups at the same places
/// as the one it replaced, on 30,000 seeded random lines of `pieces` (fewer than `max_pieces`
/// each); returns how many lines matched, for the caller to check the pieces reach the regex.
#[cfg(test)]
pub(crate) fn same_captures(
    new: &regex::Regex,
    old: &regex::Regex,
    pieces: &[&str],
    max_pieces: usize,
) -> usize {
    let spans = |c: Option<regex::Captures>| {
        c.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
    };
    let mut rng = Xorshift::new();
    let mut matched = 0;
    for _ in 0..30_000 {
        let line = rng.string(pieces, max_pieces);
        let now = spans(new.captures(&line));
        matched += usize::from(now.is_some());
        assert_eq!(now, spans(old.captures(&line)), "{line:?}");
    }
    matched
}

/// Asserts that `new` answers as `old`, the code it replaced, on `lines` seeded random strings of
/// `pieces` (fewer than `max_pieces` each); returns how many of `old`'s answers are `true`, for
/// the caller to check the pieces reach the case the shortcut is about.
#[cfg(test)]
pub(crate) fn same_answers(
    pieces: &[&str],
    max_pieces: usize,
    lines: usize,
    old: impl Fn(&str) -> bool,
    new: impl Fn(&str) -> bool,
) -> usize {
    let mut rng = Xorshift::new();
    let mut yes = 0;
    for _ in 0..lines {
        let line = rng.string(pieces, max_pieces);
        let want = old(&line);
        yes += usize::from(want);
        assert_eq!(new(&line), want, "{line:?}");
    }
    yes
}

/// Asserts that a character class spelt out (`spelt`, e.g. `[\p{L}\x{345}]`) matches exactly the
/// characters the case-blind class it replaced (`folded`, e.g. `(?i)[\p{L}]`) does, on every
/// code point.
#[cfg(test)]
pub(crate) fn same_class(folded: &str, spelt: &str) {
    let folded = regex::Regex::new(&format!("^{folded}$")).expect("valid regex");
    let spelt = regex::Regex::new(&format!("^{spelt}$")).expect("valid regex");
    for c in (0..=0x10_ffff).filter_map(char::from_u32) {
        let s = c.to_string();
        assert_eq!(
            folded.is_match(&s),
            spelt.is_match(&s),
            "U+{:04X}",
            c as u32
        );
    }
}

#[cfg(test)]
mod tests {
    /// The first-character tests before `SEPARATOR` and `ORIGINAL_URL` turn away no line either
    /// regex matches: seeded random lines of rule characters, labels in several cases (the long
    /// s too), white space and words.
    #[test]
    fn line_prefilters_miss_no_match() {
        let pieces = [
            "_",
            "-",
            "=",
            "*",
            "~",
            "#",
            ".",
            "·",
            "•",
            " ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            "Original",
            "original",
            "ORIGINAL",
            "ſource",
            "Source",
            "url",
            "URL",
            "article",
            ":",
            "x",
            "é",
            "originally published",
            "Originally Published at",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut sep, mut orig) = (0, 0);
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 8);
            let want = super::SEPARATOR.is_match(&line);
            sep += usize::from(want);
            assert_eq!(super::is_separator(&line), want, "{line:?}");
            let want = super::ORIGINAL_URL.is_match(&line);
            orig += usize::from(want);
            assert_eq!(super::is_original_url_line(&line), want, "{line:?}");
        }
        assert!(sep > 100 && orig > 100, "{sep} {orig}");
    }

    /// `trim_fast` trims as `str::trim` does: seeded random strings of ASCII and Unicode white
    /// space, control characters, letters and longer characters at either end.
    #[test]
    fn trim_fast_is_str_trim() {
        use crate::Trim;
        let pieces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1}", "\u{7f}", "\u{85}", "\u{a0}",
            "\u{2003}", "\u{3000}", "\u{feff}", "a", "Z", "~", "!", "é", "—", "記", "x y",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..40_000 {
            let s = rng.string(&pieces, 6);
            // The same slice of the string, not only the same text: callers take offsets from it.
            assert!(std::ptr::eq(s.trim_fast(), s.trim()), "{s:?}");
        }
    }

    use super::*;

    /// A headline list's items date the stories they link to: in plain text, and in a sidebar
    /// whose tag names the region (`aside`) and whose class names what it holds ("related"),
    /// neither a teaser's written date nor its `<time>` is the page's, nor its author the page's. The story's own date line
    /// still is, and a page with no other date still falls back to the list (a blog's "Recent
    /// posts" often leads with the post itself).
    #[test]
    fn a_related_list_dates_other_stories() {
        let hint = Hint {
            crawl_date: Some(jiff::civil::Date::constant(2026, 11, 24)),
            ..Hint::default()
        };
        let lead = "The Brennock library will stay open until 8 p.m. on Saturdays from next \
            month, after its board voted 5-0 on Tuesday to extend weekend hours.";
        let teasers = "- Town pool to open early after repairs June 12, 2025\n\
            - Council delays budget vote June 10, 2025";
        let text = format!(
            "Library board approves longer weekend hours\n\nBy Odile Marsh\n\n{lead}\n\n\
             Related:\n{teasers}\n\n\"We heard families,\" said board chair Lena Hartwick.\n"
        );
        let published = |doc: &Document| {
            let x = extract(doc, &hint);
            x.published.map(|p| (p.date().to_string(), p.source))
        };
        let doc = text::parse(&text, "UTF-8", vec![]);
        let (date, source) = published(&doc).unwrap();
        assert_eq!(
            source, "text",
            "only the last resort reads the list ({date})"
        );
        let dated = text.replace("By Odile Marsh", "By Odile Marsh\nMay 30, 2025");
        let doc = text::parse(&dated, "UTF-8", vec![]);
        assert_eq!(
            published(&doc),
            Some(("2025-05-30".into(), "date_line".into()))
        );

        let page = |date_line: &str| {
            format!(
                "<html><head><title>Library board approves longer weekend hours</title></head>\
                 <body><main><article><h1>Library board approves longer weekend hours</h1>\
                 <p class=\"byline\">By Odile Marsh</p>{date_line}<p>{lead}</p>\
                 <p>\"We heard families,\" said board chair Lena Hartwick.</p></article>\
                 <aside class=\"related\"><h3>Related</h3><ul>\
                 <li><a href=\"/pool\">Town pool to open early after repairs</a> \
                 <span class=\"author\">By Petra Lind</span> \
                 <time datetime=\"2025-06-12\">June 12, 2025</time></li>\
                 <li><a href=\"/budget\">Council delays budget vote</a> \
                 <time datetime=\"2025-06-10\">June 10, 2025</time></li></ul></aside>\
                 </main></body></html>"
            )
        };
        let doc = html::parse(&page(""), "UTF-8", vec![]);
        let x = extract(&doc, &hint);
        // The teaser's author is the teaser's.
        let names: Vec<&str> = x.bylines.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["Odile Marsh"]);
        let unsigned = page("").replace("<p class=\"byline\">By Odile Marsh</p>", "");
        let x = extract(&html::parse(&unsigned, "UTF-8", vec![]), &hint);
        assert!(x.bylines.is_empty(), "{:?}", x.bylines);
        assert!(
            x.date_candidates
                .iter()
                .all(|c| c.source != "time" && c.source != "date_line"),
            "{:?}",
            x.date_candidates
        );
        let doc = html::parse(&page("<p class=\"date\">May 30, 2025</p>"), "UTF-8", vec![]);
        assert_eq!(
            published(&doc),
            Some(("2025-05-30".into(), "date_line".into()))
        );
    }

    /// The lines of a sidebar its class names as other stories (`<aside class="related">`,
    /// furniture by its tag) are the teasers': outside the article, or inside it after its text,
    /// their byline and date line are not the page's. Inside the article, before its text, such a
    /// box ("related-topics") may hold the story's own byline and date, and still gives them.
    #[test]
    fn a_related_sidebars_lines_are_the_teasers() {
        let hint = Hint {
            crawl_date: Some(jiff::civil::Date::constant(2026, 11, 24)),
            ..Hint::default()
        };
        let names_and_date = |page: &str| {
            let x = extract(&html::parse(page, "UTF-8", vec![]), &hint);
            let names: Vec<String> = x.bylines.into_iter().map(|b| b.name).collect();
            (names, x.published.map(|p| p.date().to_string()))
        };
        let story = "<p>The harbour authority reopened the northern quay on Monday after three \
            weeks of repairs to its decking and mooring posts.</p><p>Harbour master Lisbet Aune \
            said the fishing fleet would return to its usual berths by the end of the week.</p>";
        let teaser = "<aside class=\"related\"><article><h2><a href=\"/a\">Ferry fares rise</a>\
            </h2><p class=\"byline\">By Bo Chan</p><p>January 9, 2024</p></article></aside>";
        let page = format!(
            "<html><head><title>Kessvik quay reopens</title></head><body><main>{teaser}\
             <article><h1>Kessvik quay reopens</h1><p>March 3, 2025</p>{story}</article>\
             </main></body></html>"
        );
        let x = extract(&html::parse(&page, "UTF-8", vec![]), &hint);
        assert!(x.bylines.is_empty(), "{:?}", x.bylines);
        assert_eq!(
            x.published.map(|p| p.date().to_string()),
            Some("2025-03-03".into())
        );
        assert!(!x.date_candidates.iter().any(|c| c.date() == "2024-01-09"));

        let own = format!(
            "<html><head><title>Kessvik quay reopens</title></head><body><main><article>\
             <h1>Kessvik quay reopens</h1><aside class=\"story-aside related-topics\">\
             <div class=\"byline\">By <span class=\"author\">Ann Lee</span></div>\
             <p>March 3, 2025</p></aside>{story}</article></main></body></html>"
        );
        assert_eq!(
            names_and_date(&own),
            (vec!["Ann Lee".to_string()], Some("2025-03-03".into()))
        );

        // Inside the article after its text, the box is the teasers' again.
        let after = format!(
            "<html><head><title>Kessvik quay reopens</title></head><body><main><article>\
             <h1>Kessvik quay reopens</h1><div class=\"meta\"><span class=\"author\">Ann Lee\
             </span><time datetime=\"2025-03-03T09:00:00Z\">March 3, 2025</time></div>{story}{story}\
             <aside class=\"related-posts\"><h3>You may also like</h3><article><h4>\
             <a href=\"/a\">Ferry fares rise</a></h4><p class=\"byline\">By Bo Chan</p>\
             <time datetime=\"2024-01-09\">January 9, 2024</time></article></aside>\
             </article></main></body></html>"
        );
        assert_eq!(
            names_and_date(&after),
            (vec!["Ann Lee".to_string()], Some("2025-03-03".into()))
        );
    }

    fn canonical(text: &str) -> (Option<String>, Option<String>) {
        let doc = text::parse(text, "UTF-8", vec![]);
        let x = extract(&doc, &Hint::default());
        (x.canonical_url, x.canonical_source)
    }

    /// A Wayback Machine snapshot's canonical link and `og:url` name the archived page.
    #[test]
    fn an_archived_snapshot_names_the_page_it_archives() {
        let page = |canonical: &str| {
            format!(
                "<html><head><title>Bridge lights fail</title><link rel=\"canonical\" href=\"{canonical}\"></head>\
                 <body><article><h1>Bridge lights fail</h1><p>The new lights on the Tollgate bridge failed on \
                 Monday night, the council said, two weeks after they were switched on.</p></article></body></html>"
            )
        };
        for (canonical, want) in [
            (
                "https://web.archive.org/web/20260515093012/https://www.penrick.example/news/bridge",
                "https://www.penrick.example/news/bridge",
            ),
            (
                "http://web.archive.org/web/20260515id_/http://penrick.example/b",
                "http://penrick.example/b",
            ),
            // Not a snapshot's address: kept.
            (
                "https://web.archive.org/details/penrick-bridge",
                "https://web.archive.org/details/penrick-bridge",
            ),
        ] {
            let doc = read(page(canonical).as_bytes(), &Hint::default()).expect("reads");
            let x = extract(&doc, &Hint::default());
            assert_eq!(x.canonical_url.as_deref(), Some(want), "{canonical}");
        }
    }

    /// A credit naming the language a story was first written in names the publisher after it,
    /// or none.
    #[test]
    fn a_language_in_a_republication_credit_is_no_publisher() {
        let story = "Bridge reopens\n\nThe bridge over the Vell reopened on Monday after two years of repairs, the town said.\n\n";
        let credit = |line: &str| {
            let doc = text::parse(&format!("{story}{line}\n"), "UTF-8", vec![]);
            extract(&doc, &Hint::default())
                .republished_from
                .map(|c| c.names)
        };
        assert_eq!(
            credit("This article was originally published in Czech in Kovenský deník."),
            Some(vec!["Kovenský deník".to_string()])
        );
        assert_eq!(
            credit("This article was originally published in Czech."),
            None
        );
        assert_eq!(
            credit("This article was originally published in The Vell Courier."),
            Some(vec!["Vell Courier".to_string()])
        );
        // A name opening with a month's first letters is a name; a month or a day is a date.
        assert_eq!(
            credit("This article originally appeared in the Marsh Valley Post."),
            Some(vec!["Marsh Valley Post".to_string()])
        );
        assert_eq!(
            credit("This story first appeared in The Sunday Ledger."),
            Some(vec!["Sunday Ledger".to_string()])
        );
        for dated in [
            "This article was first published on Sept. 4, 2025.",
            "This story was first published on Tue, 4 March 2025.",
            "This article was originally published on November 19, 2019.",
        ] {
            assert_eq!(credit(dated), None, "{dated}");
        }
    }

    #[test]
    fn a_source_line_at_either_end_names_the_original() {
        let story = "Ferry service resumes\n\nThe island ferry ran again on Monday after a week of storms.\n\nThe operator said the timetable would be back to normal by Friday.\n";
        let (url, source) = canonical(&format!(
            "{story}\nSource: https://coastnews.example/2025/02/03/ferry-resumes\n"
        ));
        assert_eq!(
            url.as_deref(),
            Some("https://coastnews.example/2025/02/03/ferry-resumes")
        );
        assert_eq!(source.as_deref(), Some("original_url_line"));
        // In another language.
        let (url, _) = canonical(&format!(
            "{story}\nQuelle: https://coastnews.example/2025/02/03/faehre\n"
        ));
        assert_eq!(
            url.as_deref(),
            Some("https://coastnews.example/2025/02/03/faehre")
        );
        // The URL on the next line, wrapped.
        let (url, _) = canonical(&format!(
            "{story}\nvia:\nhttps://coastnews.example/2025/02/03/ferry-re\nsumes-after-storms\n"
        ));
        assert_eq!(
            url.as_deref(),
            Some("https://coastnews.example/2025/02/03/ferry-resumes-after-storms")
        );
    }

    #[test]
    fn a_url_field_in_a_text_header_is_the_records_own_address() {
        let (url, source) = canonical("Title: Ferry service resumes\nURL: https://coastnews.example/2025/02/03/ferry-resumes\nDate: 2025-02-03\n\nThe island ferry ran again on Monday after a week of storms.\n");
        assert_eq!(
            url.as_deref(),
            Some("https://coastnews.example/2025/02/03/ferry-resumes")
        );
        assert_eq!(source.as_deref(), Some("url_line"));
        // A URL in a sentence, or a "URL:" line with more words, is no header field.
        let (url, _) = canonical("Ferry service resumes\n\nThe timetable is at https://coastnews.example/timetable now.\n");
        assert_eq!(url, None);
        let (url, _) = canonical("Ferry service resumes\nURL: https://coastnews.example/timetable has the times\n\nThe ferry ran again.\n");
        assert_eq!(url, None);
    }

    /// A page of the fictional Marrowby Gazette: `head` in its `<head>`, `main` its content, and
    /// a related-stories list in an aside. Returns its bylines and published date.
    fn page_authors_and_date(
        head: &str,
        main: &str,
        url: Option<&str>,
    ) -> (Vec<String>, Option<String>) {
        let page = format!(
            r#"<html><head><title>Marrowby Gazette</title>{head}</head><body><header><a href="/">Marrowby Gazette</a></header><main>{main}</main><aside class="related"><h2>Related stories</h2><ul><li><a href="/news/quay">Quay lights fixed</a> <span class="teaser-byline">By Oona Farrimond</span> <time>Nov. 19, 2026</time></li></ul></aside><footer><p>&copy; 2026 Marrowby Gazette</p></footer></body></html>"#
        );
        let hint = Hint {
            url: url.map(str::to_string),
            crawl_date: jiff::civil::Date::new(2026, 11, 24).ok(),
            ..Hint::default()
        };
        let doc = read(page.as_bytes(), &hint).expect("an HTML page");
        let x = extract(&doc, &hint);
        (
            x.bylines.into_iter().map(|b| b.name).collect(),
            x.published.map(|p| p.value),
        )
    }

    /// Teasers of other stories: each a headline link, a "By" line and a date.
    fn teasers(n: usize) -> String {
        let names = [
            "Tamsin Achterberg",
            "Rufus Ekwueme",
            "Ilse Quarrington",
            "Bram Ostrowe",
        ];
        (0..n)
            .map(|i| {
                format!(
                    r#"<article class="teaser"><h2><a href="/news/{i}">Ferry story number {i} from the harbour</a></h2><p class="teaser-byline">By {}</p><time datetime="2026-11-{:02}">2026-11-{:02}</time><p>The ferry sailed late again.</p></article>"#,
                    names[i % names.len()],
                    20 - i,
                    20 - i
                )
            })
            .collect()
    }

    const STORY: &str = r#"<article><h1>Harbour council votes to close the old pier</h1><p class="byline">By <span class="author">Wenna Polglaze</span></p><time datetime="2026-11-18">November 18, 2026</time><p>The harbour council voted on Tuesday to close the old pier for the winter, after engineers found cracks in three of its pilings.</p><p>Fishing boats will use the north quay until repairs are done in the spring, the harbourmaster said.</p></article>"#;

    #[test]
    fn index_paths_are_told_from_story_paths() {
        for url in [
            "https://gazette.example/category/politics/",
            "https://gazette.example/category/news/local/page/3/",
            "https://gazette.example/tag/ferries",
            "https://gazette.example/tags/harbour-works?page=2",
            "https://gazette.example/topics/",
            "https://gazette.example/topic/climate-change/",
            "https://gazette.example/en/section/business/2",
            "https://gazette.example/author/wenna-polglaze/",
            "https://gazette.example/archives/2026/11/",
            "/tag/ferries/",
        ] {
            assert!(is_index_url(url), "{url}");
        }
        for url in [
            "https://gazette.example/category/politics/2026/11/20/council-vote/",
            "https://gazette.example/topic/harbour-council-votes-to-close-the-pier/",
            "https://gazette.example/topic/pier-closure-48213",
            "https://gazette.example/tag/ferries/story.html",
            "https://gazette.example/author/wenna-polglaze/pier-closes",
            "https://gazette.example/archives/4821",
            "https://gazette.example/news/2026/11/18/pier-closes/",
            "https://gazette.example/a/b/c/tag/ferries",
            "/news/pier-closes",
            "//gazette.example/pier",
            "not a url",
        ] {
            assert!(!is_index_url(url), "{url}");
        }
    }

    #[test]
    fn an_index_page_takes_no_teasers_byline_or_date() {
        let website = r#"<meta property="og:type" content="website">"#;
        for (canonical, main) in [
            // A category page.
            (
                "https://gazette.example/category/politics/",
                format!("<h1>Politics</h1>{}", teasers(4)),
            ),
            // A tag page, second page of it.
            (
                "https://gazette.example/tag/ferries/page/2/",
                format!("<h1>Tag: Ferries</h1>{}", teasers(3)),
            ),
            // An author page with a bio above the author's stories.
            (
                "https://gazette.example/author/tamsin-achterberg/",
                format!(
                    r#"<h1>Tamsin Achterberg</h1><p class="bio">Tamsin Achterberg covers the harbour and the islands for the Gazette.</p>{}"#,
                    teasers(3)
                ),
            ),
        ] {
            let head = format!(r#"<link rel="canonical" href="{canonical}">{website}"#);
            assert_eq!(
                page_authors_and_date(&head, &main, None),
                (vec![], None),
                "{canonical}"
            );
        }
        // A canonical link written as a path.
        assert_eq!(
            page_authors_and_date(
                r#"<link rel="canonical" href="/tag/ferries/">"#,
                &teasers(3),
                None
            ),
            (vec![], None)
        );
        // Known only from where it was fetched.
        assert_eq!(
            page_authors_and_date(
                "",
                &teasers(3),
                Some("https://gazette.example/topic/ferries/")
            ),
            (vec![], None)
        );
        // Before the rule: the same list at a story's address gives the first teaser's.
        let (authors, date) = page_authors_and_date(
            "",
            &teasers(3),
            Some("https://gazette.example/news/ferries"),
        );
        assert!(!authors.is_empty() || date.is_some());
    }

    /// The keys that make a page an article: the trusted publication keys of `dates`, not a
    /// bare `date` or a `created` any page may carry.
    #[test]
    fn publication_meta_keys_state_an_article() {
        for k in [
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "parsely-pub-date",
        ] {
            assert!(dates::is_publication_meta(k), "{k}");
        }
        for k in [
            "date",
            "dc.date",
            "created",
            "article:modified_time",
            "og:type",
        ] {
            assert!(!dates::is_publication_meta(k), "{k}");
        }
    }

    #[test]
    fn home_pages_are_told_from_other_addresses() {
        for url in [
            "https://gazette.example",
            "https://gazette.example/",
            "https://www.gazette.example/en/",
            "https://gazette.example/pt-br",
            "https://gazette.example/index.html",
            "https://gazette.example/de/index.php",
            "https://gazette.example/Default.aspx",
            "https://gazette.example/#top",
        ] {
            assert!(is_home_url(url), "{url}");
        }
        for url in [
            "https://gazette.example/?p=4821",
            "https://gazette.example/news/",
            "https://gazette.example/en/news/pier-closes",
            "https://gazette.example/pier-closes",
            "https://gazette.example/home-news-roundup",
            "https://gazette.example/indexes/2026",
            "https://gazette.example/2026/11/18/pier-closes/",
            "/",
            "not a url",
        ] {
            assert!(!is_home_url(url), "{url}");
        }
    }

    #[test]
    fn a_home_page_takes_no_teasers_byline_or_date() {
        let main = format!("<h1>Top stories</h1>{}", teasers(4));
        assert_eq!(
            page_authors_and_date("", &main, Some("https://gazette.example/")),
            (vec![], None)
        );
        // Its own canonical link at the root is not enough: article pages carry that by mistake.
        let head = r#"<link rel="canonical" href="https://gazette.example/">"#;
        let (authors, date) = page_authors_and_date(head, STORY, None);
        assert_eq!(authors, vec!["Wenna Polglaze".to_string()]);
        assert_eq!(date.as_deref(), Some("2026-11-18"));
        // Fetched from the root, but marked up as an article: a one-story site's front page.
        let head = r#"<meta property="og:type" content="article">"#;
        let (authors, _) = page_authors_and_date(head, STORY, Some("https://gazette.example/"));
        assert_eq!(authors, vec!["Wenna Polglaze".to_string()]);
    }

    #[test]
    fn an_index_page_keeps_what_its_metadata_says_of_itself() {
        let head = r#"<link rel="canonical" href="https://gazette.example/category/politics/"><meta name="author" content="Ilse Quarrington"><meta property="article:modified_time" content="2026-11-21T08:00:00Z"><meta name="date" content="2026-11-01">"#;
        let (authors, date) = page_authors_and_date(head, &teasers(4), None);
        assert_eq!(authors, vec!["Ilse Quarrington".to_string()]);
        assert_eq!(date.as_deref(), Some("2026-11-01"));
    }

    #[test]
    fn a_story_at_an_index_like_address_keeps_its_byline_and_date() {
        let want = (
            vec!["Wenna Polglaze".to_string()],
            Some("2026-11-18".to_string()),
        );
        let related = teasers(3);
        for head in [
            // A story's slug after the category.
            r#"<link rel="canonical" href="https://gazette.example/category/politics/2026/11/18/pier-closes/">"#.to_string(),
            // og:type "website", but a story's address, with a list of other stories below it.
            r#"<link rel="canonical" href="https://gazette.example/news/pier-closes"><meta property="og:type" content="website">"#.to_string(),
            // A WordPress post filed under a topic folder, its slug a headline's.
            r#"<link rel="canonical" href="https://gazette.example/topic/harbour-council-votes-to-close-the-old-pier/">"#.to_string(),
            // An index-like address, but the markup says it is an article.
            r#"<link rel="canonical" href="https://gazette.example/topic/pier/"><meta property="og:type" content="article">"#.to_string(),
            r#"<link rel="canonical" href="https://gazette.example/topic/pier/"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour council votes to close the old pier"}</script>"#.to_string(),
            // Every publication time the dates read as the page's own says so too.
            r#"<link rel="canonical" href="https://gazette.example/topic/pier/"><meta property="og:article:published_time" content="2026-11-18">"#.to_string(),
            r#"<link rel="canonical" href="https://gazette.example/topic/pier/"><meta name="pubdate" content="2026-11-18">"#.to_string(),
        ] {
            let main = format!(r#"{STORY}<section class="more"><h2>More from the harbour</h2>{related}</section>"#);
            assert_eq!(page_authors_and_date(&head, &main, None), want, "{head}");
        }
    }

    #[test]
    fn a_protocol_relative_canonical_names_the_page() {
        let page = r#"<html><head><link rel="canonical" href="//coastnews.example/2025/02/03/ferry"></head><body><h1>Ferry service resumes</h1><p>The island ferry ran again on Monday.</p></body></html>"#;
        let doc = read(page.as_bytes(), &Hint::default()).expect("an HTML page");
        let x = extract(&doc, &Hint::default());
        assert_eq!(
            x.canonical_url.as_deref(),
            Some("https://coastnews.example/2025/02/03/ferry")
        );
        assert_eq!(x.canonical_source.as_deref(), Some("link_canonical"));
    }

    /// Without a canonical link or `og:url`, the article's `mainEntityOfPage` (microdata or
    /// JSON-LD) names the page; where either exists, it keeps its place.
    #[test]
    fn main_entity_of_page_names_the_page_without_a_canonical_link() {
        let page = |head: &str, body: &str| {
            let html = format!(
                "<html><head><title>Kelp farm doubles its harvest</title>{head}</head><body>\
                 <article itemscope itemtype=\"https://schema.org/NewsArticle\">{body}\
                 <h1>Kelp farm doubles its harvest</h1><p>The kelp farm off Tarrow Point \
                 brought in twice last year's harvest, its growers said on Friday.</p>\
                 </article></body></html>"
            );
            let doc = read(html.as_bytes(), &Hint::default()).expect("an HTML page");
            let x = extract(&doc, &Hint::default());
            (x.canonical_url, x.canonical_source)
        };
        let want = Some("https://tarrowtide.example/2026/04/03/kelp-harvest".to_string());
        let source = Some("main_entity_of_page".to_string());
        let link = r#"<link itemprop="mainEntityOfPage" href="https://tarrowtide.example/2026/04/03/kelp-harvest">"#;
        let meta = r#"<meta itemprop="mainEntityOfPage" content="https://tarrowtide.example/2026/04/03/kelp-harvest">"#;
        let ld = |v: &str| {
            format!(
                r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Kelp farm doubles its harvest","mainEntityOfPage":{v}}}</script>"#
            )
        };
        assert_eq!(page("", link), (want.clone(), source.clone()));
        assert_eq!(page("", meta), (want.clone(), source.clone()));
        for v in [
            r#""https://tarrowtide.example/2026/04/03/kelp-harvest""#,
            r#"{"@type":"WebPage","@id":"https://tarrowtide.example/2026/04/03/kelp-harvest"}"#,
        ] {
            assert_eq!(page(&ld(v), ""), (want.clone(), source.clone()), "{v}");
        }
        // The microdata and the JSON-LD agree, one with a trailing slash.
        let slashed = ld(r#""https://tarrowtide.example/2026/04/03/kelp-harvest/""#);
        assert_eq!(page(&slashed, link), (want.clone(), source.clone()));
        // A canonical link and og:url come first.
        let canonical = r#"<link rel="canonical" href="https://tarrowtide.example/kelp">"#;
        assert_eq!(
            page(canonical, link),
            (
                Some("https://tarrowtide.example/kelp".to_string()),
                Some("link_canonical".to_string())
            )
        );
        let og = r#"<meta property="og:url" content="https://tarrowtide.example/kelp">"#;
        assert_eq!(page(og, link).1.as_deref(), Some("og_url"));
        // Teasers that each name their own page: none of them is this one.
        let teasers = r#"<div itemscope itemtype="https://schema.org/NewsArticle"><link itemprop="mainEntityOfPage" href="https://tarrowtide.example/2026/04/01/pier"></div><div itemscope itemtype="https://schema.org/NewsArticle"><link itemprop="mainEntityOfPage" href="https://tarrowtide.example/2026/04/02/gulls"></div>"#;
        assert_eq!(page("", teasers), (None, None));
        // `true`, as some themes write it, names no address; nor does a WebPage's own.
        assert_eq!(page(&ld("true"), ""), (None, None));
        let web_page = r#"<script type="application/ld+json">{"@type":"WebPage","mainEntityOfPage":"https://tarrowtide.example/"}</script>"#;
        assert_eq!(page(web_page, ""), (None, None));
    }

    #[test]
    fn a_source_credit_for_data_or_words_is_no_original() {
        // "Source:" naming an agency, with a link further down.
        let (_, source) = canonical("Ferry service resumes\n\nSource: Coast Agency\n\nSee https://coastnews.example/timetable for times.\n");
        assert_ne!(source.as_deref(), Some("original_url_line"));
        // A data credit in the middle of a long text.
        let mut text = String::from("Ferry service resumes\n\n");
        for i in 0..16 {
            text.push_str(&format!(
                "Paragraph {i} about the ferry and its timetable.\n\n"
            ));
            if i == 7 {
                text.push_str("Source: https://stats.example/ferry-passengers.csv\n\n");
            }
        }
        let (_, source) = canonical(&text);
        assert_ne!(source.as_deref(), Some("original_url_line"));
    }

    #[test]
    fn only_ascii_letters_fold_to_the_credit_s_first_letters() {
        // The pre-test before `REPUBLISHED` asks for these ten characters: no other folds to them.
        let first = Regex::new("(?i)^[taofr]$").expect("valid regex");
        let folding: Vec<char> = (0..=0x10_ffff)
            .filter_map(char::from_u32)
            .filter(|c| first.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, ['A', 'F', 'O', 'R', 'T', 'a', 'f', 'o', 'r', 't']);
        for line in [
            "  This story originally appeared in The Harbour Ledger.",
            "\u{a0}Republished from Quillnest with permission",
            "Originally published in Vexarium",
            "first ran on the Coastline Journal",
            "A version of this article first appeared in Merrow Today",
        ] {
            assert!(REPUBLISHED.is_match(line), "{line:?}");
            assert!(line
                .trim_start()
                .starts_with(['t', 'T', 'a', 'A', 'o', 'O', 'f', 'F', 'r', 'R']));
        }
    }

    #[test]
    fn a_republication_credit_names_the_first_publisher() {
        let story = "Ferry service resumes\n\nThe island ferry ran again on Monday after a week of storms.\n\nThe operator said the timetable would be back to normal by Friday.\n";
        let from = |credit: &str| {
            let doc = text::parse(&format!("{story}\n{credit}\n"), "UTF-8", vec![]);
            extract(&doc, &Hint::default())
                .republished_from
                .map(|c| c.names.join("|"))
        };
        assert_eq!(
            from("This article is republished from The Harbour Review under a Creative Commons license.").as_deref(),
            Some("Harbour Review")
        );
        assert_eq!(
            from("This story originally appeared in the Tarrow Valley Courier.").as_deref(),
            Some("Tarrow Valley Courier")
        );
        assert_eq!(
            from("Reprinted with permission from Coastline Weekly.").as_deref(),
            Some("Coastline Weekly")
        );
        // A date, a later home, print and a bare URL are no first publisher.
        assert_eq!(from("First published on November 19, 2019 / 8:16 AM"), None);
        assert_eq!(from("This article was reprinted on Harbourwire.com."), None);
        assert_eq!(from("This article originally appeared in print."), None);
        // The outlet's own product ("our newsletter") is the page's own.
        assert_eq!(
            from("This story originally appeared in Harbour Schools, our weekly education newsletter."),
            None
        );
        assert_eq!(
            from("Originally published at https://coastnews.example/ferry"),
            None
        );
        // The site's own name (from the title suffix) is the page itself.
        let doc = text::parse(
            &format!("Ferry service resumes - Harbour Life\n\n{}\nThis article originally appeared in the March issue of Harbour Life.\n", &story[22..]),
            "UTF-8",
            vec![],
        );
        let x = extract(&doc, &Hint::default());
        assert_eq!(x.site_name.as_deref(), Some("Harbour Life"));
        assert!(x.republished_from.is_none());
    }

    /// A republisher keeps the original's byline with its outlet ("By Ann Lee, The Harbour
    /// Review"): a credit naming that outlet is a republication, and the outlet is not the
    /// page's site. A byline's outlet with no such credit stays the site.
    #[test]
    fn a_byline_s_outlet_credited_as_the_first_publisher_is_not_the_site() {
        let page = |credit: &str| {
            let doc = text::parse(
                &format!(
                    "Ferry service resumes

By Ann Lee, The Harbour Review
Oct. 27, 2026

{credit}

The island ferry ran again on Monday after a week of storms, the operator said.

The operator said the timetable would be back to normal by Friday.
"
                ),
                "UTF-8",
                vec![],
            );
            extract(&doc, &Hint::default())
        };
        let x = page("This article was originally published by The Harbour Review and is republished here with permission.");
        assert_eq!(
            x.republished_from.map(|c| c.names.join("|")).as_deref(),
            Some("Harbour Review")
        );
        assert_eq!(x.site_name, None);
        assert_eq!(x.bylines[0].name, "Ann Lee");
        let x = page("Crews worked through the night to repair the slipway.");
        assert_eq!(x.site_name.as_deref(), Some("The Harbour Review"));
        assert!(x.republished_from.is_none());
    }

    /// A browser's print footer (the page's address, then "1/2") names the text's own URL,
    /// whole or wrapped; a URL in prose before a fraction does not.
    #[test]
    fn a_print_footer_names_the_page() {
        let story = "Ferry service resumes\n\nThe island ferry ran again on Monday after a week of storms.\n\nThe operator said the timetable would be back to normal by Friday.\n";
        let (url, source) = canonical(&format!(
            "{story}\nhttps://harbourpost.example/2026/05/ferry-resumes            1/2\n"
        ));
        assert_eq!(
            url.as_deref(),
            Some("https://harbourpost.example/2026/05/ferry-resumes")
        );
        assert_eq!(source.as_deref(), Some("url_line"));
        let (url, _) = canonical(&format!("{story}\nhttps://harbourpost.example/2026/05/ferry-resum\nes-after-storms                                        2/2\n"));
        assert_eq!(
            url.as_deref(),
            Some("https://harbourpost.example/2026/05/ferry-resumes-after-storms")
        );
        let (url, _) = canonical(&format!(
            "{story}\nSee https://harbourpost.example/timetable for 3/4 of the sailings.\n"
        ));
        assert_eq!(url, None);
    }

    /// A republication credit that links the original on its own line names it as the text's
    /// original URL, as an "Original url:" line does.
    #[test]
    fn a_republication_credit_with_a_link_names_the_original() {
        let story = "Ferry service resumes\n\nThe island ferry ran again on Monday after a week of storms.\n\nThe operator said the timetable would be back to normal by Friday.\n";
        let (url, source) = canonical(&format!("{story}\nThis article is republished from The Harbour Review under a Creative Commons license. Read the original article: https://harbourreview.example/ferry-resumes-1234\n"));
        assert_eq!(
            url.as_deref(),
            Some("https://harbourreview.example/ferry-resumes-1234")
        );
        assert_eq!(source.as_deref(), Some("original_url_line"));
        // A link on a credit that names no first publisher is no original.
        let (url, _) = canonical(&format!(
            "{story}\nShare this story: https://harbourpost.example/ferry\n"
        ));
        assert_eq!(url, None);
    }

    /// A reporter the byline names is not listed again among the contributors of a Reuters-style
    /// credit, whatever the case or diacritics of either spelling; the editor stays.
    /// A newsletter's masthead over the headline ("CAMPUS NEWS -- Office of ...") is no
    /// dateline: a text's dateline opens the lead under the headline.
    #[test]
    fn a_wire_updates_note_is_no_article_text() {
        for note in [
            "(Adds comment from fishing groups in paragraphs 4-5)",
            "(Updates with closing prices)",
            "(Recasts, adds details throughout)",
        ] {
            assert!(super::is_wire_update_note(note), "{note}");
        }
        for prose in [
            "(Adds up to a lot, she said.) And then more",
            "Adds comment from fishing groups",
            "(The authority adds that the vote was close.)",
        ] {
            assert!(!super::is_wire_update_note(prose), "{prose}");
        }
        let text = "UPDATE 1-Harbour authority approves ferry terminal\n\nKESSVIK, Nov 19 (Reuters) - The harbour authority approved a new ferry terminal on Wednesday, its chairman said.\n\n(Adds comment from fishing groups in paragraph 2)\n";
        let doc = super::read(text.as_bytes(), &super::Hint::default()).unwrap();
        let x = super::extract(&doc, &super::Hint::default());
        assert_eq!(
            x.title.as_deref(),
            Some("Harbour authority approves ferry terminal")
        );
        assert!(!x.body_text.contains("Adds comment"), "{}", x.body_text);
    }

    #[test]
    fn an_agency_byline_and_a_bylines_role_are_no_article_text() {
        let body = |text: &str| {
            let doc = super::read(text.as_bytes(), &super::Hint::default()).unwrap();
            super::extract(&doc, &super::Hint::default()).body_text
        };
        let lead =
            "The harbour authority approved a new ferry terminal on Wednesday, its chairman said.";
        let b = body(&format!(
            "Harbour authority approves ferry terminal\n\nBy Reuters\n\nNovember 19, 2026\n\nKESSVIK, Nov 19 (Reuters) - {lead}\n"
        ));
        assert_eq!(b, format!("KESSVIK, Nov 19 (Reuters) - {lead}"));
        let b = body(&format!(
            "Harbour authority approves ferry terminal\n\nBy Mara Quill\nStaff Writer\n\nNov. 19, 2026\n\n{lead}\n"
        ));
        assert_eq!(b, lead);
        // A line that only looks like a role, not under a byline, stays.
        let b = body(&format!(
            "Harbour authority approves ferry terminal\n\n{lead}\n\nSenior Editor\n\nThe post was filled in May, the authority said.\n"
        ));
        assert!(b.contains("Senior Editor"), "{b}");
    }

    #[test]
    fn a_mailed_newsletters_header_and_links_are_no_article_text() {
        let text = "From: Westmark Ledger <news@westmark.example>\nTo: reader@mail.example\nSubject: Orchard growers sue insurers over frost claims\nDate: Mon, 4 May 2026 06:02:11 -0500\n\nView this email in your browser\n\nThe growers filed the suit on Monday in the county court, their lawyer said.\n\nUnsubscribe | Update your preferences\n";
        let doc = super::read(text.as_bytes(), &super::Hint::default()).unwrap();
        let x = super::extract(&doc, &super::Hint::default());
        assert_eq!(
            x.title.as_deref(),
            Some("Orchard growers sue insurers over frost claims")
        );
        assert_eq!(
            x.body_text,
            "The growers filed the suit on Monday in the county court, their lawyer said."
        );
        assert!(x.bylines.is_empty(), "{:?}", x.bylines);
    }

    #[test]
    fn a_masthead_above_a_text_headline_is_no_dateline() {
        let text = "ORCHARD NEWS -- Pelham Growers' Cooperative\nIssue 12 -- Monday, 4 May 2026\n\n==========\n\nGROWERS SUE OVER LATE FROST INSURANCE PAYOUTS\n\nby Corin Vashti\n\nThe growers filed the suit on Monday, their lawyer said, after three insurers refused to pay.\n";
        let doc = super::read(text.as_bytes(), &super::Hint::default()).unwrap();
        let x = super::extract(&doc, &super::Hint::default());
        assert_eq!(
            x.title.as_deref(),
            Some("GROWERS SUE OVER LATE FROST INSURANCE PAYOUTS")
        );
        assert!(x.dateline.is_none(), "{:?}", x.dateline);
    }

    #[test]
    fn contributors_leave_out_the_bylines_names() {
        let contributors = |page: &str| {
            let doc = super::read(page.as_bytes(), &super::Hint::default()).unwrap();
            let x = super::extract(&doc, &super::Hint::default());
            (
                x.bylines.iter().map(|b| b.name.clone()).collect::<Vec<_>>(),
                x.contributors
                    .iter()
                    .flat_map(|c| c.names.clone())
                    .collect::<Vec<_>>(),
            )
        };
        let story = "Ferry service resumes\n\nBy Jane Roe\n\nKESSVIK, March 3 (Reuters) - The island ferry ran again on Monday after a week of storms, the operator said.\n\nThe timetable would be back to normal by Friday, it said.\n";
        let (bylines, names) = contributors(&format!(
            "{story}\n(Reporting by Jane Roe; Editing by John Doe)\n"
        ));
        assert_eq!(bylines, ["Jane Roe"]);
        // The editor is no contributor.
        assert!(names.is_empty(), "{names:?}");
        // Another spelling of the same name, and a second reporter who is no byline.
        let page = story.replace("Jane Roe", "JOSÉ DÍAZ");
        let (bylines, names) = contributors(&format!(
            "{page}\n(Reporting by Jose Diaz and Ola Brun; Editing by John Doe)\n"
        ));
        assert_eq!(bylines.len(), 1, "{bylines:?}");
        assert_eq!(names, ["Ola Brun"]);
        // Without a byline, the reporters of the credit are the story's bylines, and an
        // additional reporter stays a contributor.
        let page = story.replace("By Jane Roe\n\n", "");
        let (bylines, names) = contributors(&format!(
            "{page}\n(Reporting by Jane Roe in Kessvik and Ola Brun; Additional reporting by Mia Holt; Editing by John Doe)\n"
        ));
        assert_eq!(bylines, ["Jane Roe", "Ola Brun"]);
        assert_eq!(names, ["Mia Holt"]);
        // A credit with additional reporters only names no byline.
        let (bylines, names) = contributors(&format!(
            "{page}\n(Additional reporting by Mia Holt; Editing by John Doe)\n"
        ));
        assert!(bylines.is_empty(), "{bylines:?}");
        assert_eq!(names, ["Mia Holt"]);
    }
}
