//! The headline and the site name, reconciled from every place a page states them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::alnum_key;
use crate::model::Document;
use crate::Trim;

/// Separators between a headline and a site name in `<title>` and `og:title`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " // ",
];
/// A "Title:" or "Headline:" line (a chat answer's Markdown may set the label in bold or as a
/// heading, "**Title:** ..."), group `t` its title: read by [`title_line`], this regex its test's
/// oracle.
#[cfg(test)]
static TITLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    // The title's length is checked after the match (`title_of`), not by `.{2,300}`: the
    // parts before the title cannot trade characters with it (white space, a label, white
    // space, a colon, white space, then the first character that is none), so the bounded
    // pattern matched exactly when this one does with a title of at most 301 characters.
    Regex::new(r"(?i)^\s*(?:\*\*|#{1,3}\s*)?(?:title|headline)\s*:\s*(?:\*\*\s*)?(?P<t>[^\s*].{2,}?)(?:\*\*)?$")
        .expect("valid regex")
});
/// A brand glued to the end of a scraped title without a space after the dash: "... -Brandname".
/// What `glued_brand` finds is what this regex would:
/// `\s+[-–—|]\s?(?P<brand>\p{Lu}[\p{L}0-9]{2,30}(?:(?:\s\p{Lu}[\p{L}0-9]{1,20}){1,2}\s[0-9]{1,4}|(?:\s\p{Lu}[\p{L}0-9]{1,20}){0,2}))\s*$`
/// (after two words or more, the last may be a number: "Noticias Relampago 24"),
/// where an upper-case letter is one of any cased script ("-Quillnest", "— КриптоБум Онлайн",
/// "-Αστραπή"); a caseless script (Chinese, Arabic, Hebrew) has none, so it never fires there.
/// Its 70 bounded copies of `\p{L}` took 19 ms to compile and microseconds a title to run, so
/// the regex below matches only the part after the dash, without the bounds or the upper-case
/// first letters, which `glued_brand` checks (`char::is_uppercase`, no second Unicode class).
static BRAND_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s?(?P<brand>\p{L}[\p{L}0-9]*(?:\s\p{L}[\p{L}0-9]*){0,2}(?:\s[0-9]{1,4})?)\s*$")
        .expect("valid regex")
});

/// A brand glued to the end of `s` (see `BRAND_TAIL`): where the match starts (the white space
/// before the dash) and the brand. After a dash or a bar, else after " :: " or " » "
/// ([`spaced_brand`]).
/// `s.rfind(['-', '–', '—', '|'])`, by memchr's backward search for the bytes that open them
/// (the long dashes are E2 80 93 and E2 80 94), not a walk decoding the characters from the end,
/// which read the whole of a long first line without a dash.
fn last_dash(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(b'-', b'|', 0xE2, &b[..end]) {
        if b[i] != 0xE2 || matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) {
            return Some(i);
        }
        end = i;
    }
    None
}

fn glued_brand(s: &str) -> Option<(usize, &str)> {
    dash_brand(s).or_else(|| spaced_brand(s))
}

/// [`glued_brand`] after a dash or a bar.
fn dash_brand(s: &str) -> Option<(usize, &str)> {
    // Brand words and white space hold no dash, so the brand follows the last dash; and the
    // match starts where the white space before that dash does (at least one character).
    let dash = last_dash(s)?;
    let start = s[..dash].trim_end_matches(char::is_whitespace).len();
    if start == dash {
        return None;
    }
    let after = dash + s[dash..].chars().next()?.len_utf8();
    brand_after(s, start, after)
}

/// [`glued_brand`] after the other separators of a title and its site, " :: " and " » "
/// ("Seal pups counted on Skerra :: PetWorld Central"), with white space before them (a
/// breadcrumb's "»" joins its parts so too, but the headline after it is no brand's length).
/// What it finds is what `\s+(?:::|»)\s?(?P<brand>...)\s*$` would, with `BRAND_TAIL`'s brand.
fn spaced_brand(s: &str) -> Option<(usize, &str)> {
    let sep = match (s.rfind("::"), s.rfind('»')) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b)?,
    };
    let start = s[..sep].trim_end_matches(char::is_whitespace).len();
    if start == sep {
        return None;
    }
    let after = sep
        + if s[sep..].starts_with("::") {
            2
        } else {
            '»'.len_utf8()
        };
    brand_after(s, start, after)
}

/// The brand of `BRAND_TAIL` in `s[after..]`, the separator's match starting at `start`.
fn brand_after(s: &str, start: usize, after: usize) -> Option<(usize, &str)> {
    let tail = &s[after..];
    if !BRAND_TAIL.is_match(tail) {
        return None;
    }
    // The match is the whole tail, so its brand is found without the captures: `\s?` takes
    // the tail's first character when that is white space (the brand opens with a letter), and
    // `\s*$` the white space at its end (the brand ends in a letter or a digit).
    let lead = tail
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8);
    let end = tail.trim_end().len();
    let brand = &tail[lead..end];
    // Each word is a whole run of letters and digits (white space or the end follows it): the
    // first 3 to 31 characters long, the others 2 to 21. After two words or more, the last may
    // be a number ("Noticias Relampago 24", "Daily News Flash 247"); after one it is more often
    // the headline's own ("Budget talks - Part 2").
    let words = brand.split(char::is_whitespace).count();
    let fits = brand.split(char::is_whitespace).enumerate().all(|(i, w)| {
        let n = w.chars().count();
        if i >= 2 && i + 1 == words && (1..=4).contains(&n) && w.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        if i == 0 {
            (3..=31).contains(&n)
        } else {
            (2..=21).contains(&n)
        }
    });
    fits.then_some((start, brand))
}
/// A title segment that is a domain name or an organisation's legal name: "FASSETTE.NET",
/// "ProNATs e.V.", "bumm film GmbH".
static SITE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:www\.)?[\p{L}0-9-]+(?:\.[a-z]{2,6}){1,2}|.{0,40}\b(?:e\.\s?V\.|GmbH|gGmbH|AG|Ltd\.?|Inc\.?|LLC|S\.A\.|SARL|KG)|.{0,40}\((?-i:[A-Z]{2,6})\))$")
        .expect("valid regex")
});
/// A title segment that names no site but a page type or a section: WordPress's "Blog Archive",
/// "Home", "Startseite". Dropped from either end like a site's name.
static CHROME_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:blog\s*archiv(?:e)?|archiv(?:e)?|home(?:page)?|startseite|accueil|inicio)$",
    )
    .expect("valid regex")
});
/// Separators written without spaces in titles in Chinese or Japanese: "見出し|サイト", "标题-新华网".
const CJK_SEPARATORS: &[char] = &['|', '｜', '-', '－', '_', '—'];

static BREADCRUMB_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:current\s*:\s*)?(?:{})\s*(?:>|»|›)\s*",
        crate::blocks::HOME_WORDS
    ))
    .expect("valid regex")
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
    /// The headline as the page's text shows it, to find the article's header by (the `<h1>` when
    /// it agrees with the other sources, even where a cleaner title was chosen); else the title.
    pub anchor: Option<String>,
}

fn meta<'a>(doc: &'a Document, key: &str) -> Option<&'a str> {
    doc.html
        .meta
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.trim_fast())
        .filter(|v| !v.is_empty())
}

/// Splits "Headline - Site" into the headline and the suffix, when a suffix is a site name: it
/// equals `site`, or is short and the headline part is clearly the longer one.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> (String, Option<String>) {
    for sep in SEPARATORS {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (
                title[..pos].trim_fast(),
                title[pos + sep.len()..].trim_fast(),
            );
            let matches_site = site.is_some_and(|s| {
                s.eq_ignore_ascii_case(tail) || tail.to_lowercase().contains(&s.to_lowercase())
            });
            if matches_site
                || (SITE_LIKE.is_match(tail) && !head.is_empty() && !SITE_LIKE.is_match(head))
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
    strip_cjk_site(title).unwrap_or_else(|| (title.trim_fast().to_string(), None))
}

/// "标题-新华网", "NEWS WEB EASY|見出し": in a Chinese, Japanese or Korean title a short end
/// segment set off by a separator without spaces is the site, when the rest is much longer.
fn strip_cjk_site(title: &str) -> Option<(String, Option<String>)> {
    let title = title.trim_fast();
    if title
        .chars()
        .filter(|&c| crate::body::is_cjk_or_hangul(c))
        .count()
        < 4
    {
        return None;
    }
    // A CJK character weighs two: it says about as much as a short Latin word's two letters.
    let weight = |s: &str| {
        s.chars()
            .map(|c| {
                if crate::body::is_cjk_or_hangul(c) {
                    2
                } else {
                    1
                }
            })
            .sum::<usize>()
    };
    let short = |s: &str| (1..=16).contains(&s.chars().count());
    let long = |s: &str, other: &str| weight(s) >= 2 * weight(other) + 4;
    if let Some(pos) = title.rfind(CJK_SEPARATORS) {
        let sep_len = title[pos..].chars().next().map_or(1, char::len_utf8);
        let (head, tail) = (title[..pos].trim_fast(), title[pos + sep_len..].trim_fast());
        if short(tail) && long(head, tail) {
            return Some((head.to_string(), Some(tail.to_string())));
        }
    }
    if let Some(pos) = title.find(CJK_SEPARATORS) {
        let sep_len = title[pos..].chars().next().map_or(1, char::len_utf8);
        let (head, tail) = (title[..pos].trim_fast(), title[pos + sep_len..].trim_fast());
        if short(head) && long(tail, head) && !head.chars().any(crate::body::is_cjk_or_hangul) {
            return Some((tail.to_string(), Some(head.to_string())));
        }
    }
    None
}

/// True when `short` is `long` cut off: shortened with an ellipsis, or ended where a quotation
/// mark begins (an `og:title` whose `content="..."` attribute was closed by the title's own
/// `"`). Then `long` is the whole title.
fn is_cut_from(short: &str, long: &str) -> bool {
    let stem = short.trim_end_matches(['.', '…', ' ']);
    if stem.chars().count() < 10 || stem.len() >= long.len() || !long.starts_with(stem) {
        return false;
    }
    let ellipsis = short.trim_end().ends_with("...") || short.trim_end().ends_with('…');
    let rest = long[stem.len()..].trim_start();
    ellipsis || rest.starts_with(['"', '“', '„', '«', '\''])
}

/// The title split at every separator, trimmed, empty parts dropped.
fn segments(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for sep in SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// True when a title segment names the site: it contains the site name or the page's domain label
/// ("seelenradio" for seelenradio.de), or is contained in it.
fn names_site(segment: &str, site: Option<&str>, brand: Option<&str>) -> bool {
    let seg = alnum_key(segment);
    if seg.chars().count() < 3 {
        return false;
    }
    // A segment that holds the name among many other words is a headline mentioning the site.
    let short = segment.split_whitespace().count() <= 4;
    [site.map(alnum_key), brand.map(alnum_key)]
        .into_iter()
        .flatten()
        .filter(|n| n.chars().count() >= 4)
        .any(|n| (short && seg.contains(&n)) || n.contains(&seg))
}

/// A title whose separators set off the site's name or a date, at either end, gives the rest and
/// the site's name if one went: "seelenradio » Nummer zwei: Leo" on seelenradio.de,
/// "23.01.2022 - Headline". `None` when no end segment names the site or is a date, or when
/// nothing would be left.
fn strip_named_site(
    title: &str,
    site: Option<&str>,
    brand: Option<&str>,
) -> Option<(String, Option<String>)> {
    let segs = segments(title);
    if segs.len() < 2 {
        return None;
    }
    let (mut lo, mut hi) = (0, segs.len());
    let mut dropped = None;
    let off = |seg: &str| names_site(seg, site, brand) || CHROME_SEGMENT.is_match(seg);
    // A segment that is only a date ("23.01.2022 - Headline") is the page's date, not its
    // title, and no site name either.
    let dated = |seg: &str| {
        let found = crate::dates::find_dates(seg);
        found.len() == 1 && found[0].start == 0 && found[0].end == seg.len()
    };
    let mut undated = false;
    while hi - lo > 1 && (off(segs[hi - 1]) || dated(segs[hi - 1])) {
        if dated(segs[hi - 1]) {
            undated = true;
        } else {
            dropped.get_or_insert(segs[hi - 1]);
        }
        hi -= 1;
    }
    while hi - lo > 1 && (off(segs[lo]) || dated(segs[lo])) {
        if dated(segs[lo]) {
            undated = true;
        } else {
            dropped.get_or_insert(segs[lo]);
        }
        lo += 1;
    }
    if dropped.is_none() && !undated {
        return None;
    }
    // Keep the original separators between the segments that remain.
    let start = segs[lo].as_ptr() as usize - title.as_ptr() as usize;
    let last = segs[hi - 1];
    let end = last.as_ptr() as usize - title.as_ptr() as usize + last.len();
    Some((title[start..end].to_string(), dropped.map(str::to_string)))
}

/// A news agency's status slug before a headline, in capitals and joined by a hyphen: Reuters'
/// "UPDATE 2-", "RPT-", "REFILE-", "CORRECTED-", "EXCLUSIVE-", "WRAPUP 1-", "FACTBOX-",
/// "ANALYSIS-", "INSIGHT-", "PREVIEW-". It says which version of the story this is, not what it
/// is about.
static WIRE_SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:RPT|REFILE|CORRECTED|CORRECTED-UPDATE \d+|UPDATE \d+|EXCLUSIVE|WRAPUP(?: \d+)?|FACTBOX|ANALYSIS|INSIGHT|PREVIEW|BREAKINGVIEWS|FOCUS)-)+",
    )
    .expect("valid regex")
});

/// A section's label before a headline, in title case or capitals and set off by a bar, a colon
/// or a spaced dash: "Opinion | ", "OPINION: ", "Analysis | ", "Editorial: ", "Op-Ed — ". It says
/// which desk ran the piece, not what it is about. Labels that are part of what a headline says
/// ("Letters: ...", a round-up of readers' letters; "Review: ...", "Column: ...", which some
/// papers print as the headline's first words) are left.
static SECTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Opinion|OPINION|Analysis|ANALYSIS|Editorial|EDITORIAL|Commentary|COMMENTARY|Op-Ed|Op-ed|OP-ED|Perspective|PERSPECTIVE|Viewpoint|VIEWPOINT|Guest (?:Opinion|Column|Essay)|GUEST (?:OPINION|COLUMN|ESSAY))(?:\s*(?:\||:)|\s+(?:-|–|—))\s*",
    )
    .expect("valid regex")
});

/// An urgency label before a headline, in capitals or title case and set off by a bar, a colon or
/// a spaced dash: "BREAKING | ", "Breaking News: ", "JUST IN — ", "DEVELOPING: ". It says how new
/// the story is, not what it is about. ("Live:" stays: a live page's headline names itself so.)
static URGENCY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|JUST IN|Just [Ii]n|DEVELOPING|Developing)(?:\s*(?:\||:)|\s+(?:-|–|—))\s*",
    )
    .expect("valid regex")
});

/// True for the pictographs a channel or a scraper sets around a headline ("🔴", "🐕", "⚡", a
/// flag's letters) and the joiners and variation selectors that compose them.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

/// Words a headline keeps at least when a label before it is cut: a label with one or two words
/// after it ("FACTBOX-Ports", "Opinion: Ours") heads a list or is the headline itself.
const HEADLINE_MIN_WORDS: usize = 3;

/// What follows a label ending at byte `label_end` of `title`, when that is a headline: at least
/// [`HEADLINE_MIN_WORDS`] words, opening with a letter, a digit or a quotation mark.
fn headline_after(title: &str, label_end: Option<usize>) -> Option<&str> {
    let rest = title[label_end?..].trim_start();
    (rest.split_whitespace().count() >= HEADLINE_MIN_WORDS
        && rest.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\'')))
    .then_some(rest)
}

/// `title` without a wire status slug ("UPDATE 2-Harbour authority approves terminal" gives
/// "Harbour authority approves terminal"); unchanged when no slug opens it or fewer than three
/// words would be left.
pub fn without_wire_slug(title: &str) -> &str {
    headline_after(title, WIRE_SLUG.find(title).map(|m| m.end())).unwrap_or(title)
}

/// `title` without the labels that may open it: the pictographs set around it ("🔴 ... 🐕"), a
/// wire status slug ([`without_wire_slug`]), then a section's label ("Opinion | Why the tram
/// should stop at the hospital" gives "Why the tram should stop at the hospital") or an urgency
/// label ("BREAKING | "); each label stays when fewer than three words would be left.
pub fn without_labels(title: &str) -> &str {
    let bare = title.trim_matches(|c: char| c.is_whitespace() || is_pictograph(c));
    let title = if bare.is_empty() { title } else { bare };
    let title = without_wire_slug(title);
    let title = headline_after(title, SECTION_LABEL.find(title).map(|m| m.end())).unwrap_or(title);
    headline_after(title, URGENCY_LABEL.find(title).map(|m| m.end())).unwrap_or(title)
}

/// Cleans a `<title>` or `og:title`: the site's name set off at either end goes, else a short
/// suffix (see [`strip_site_suffix`]).
fn clean_title(title: &str, site: Option<&str>, brand: Option<&str>) -> (String, Option<String>) {
    match strip_named_site(title, site, brand) {
        Some((rest, dropped)) => {
            let (head, more) = strip_site_suffix(&rest, site);
            (head, dropped.or(more))
        }
        None => strip_site_suffix(title, site),
    }
}

fn json_ld_str(doc: &Document, key: &str) -> Option<String> {
    doc.html
        .json_ld
        .iter()
        .filter(|o| crate::dates::is_article_type(o))
        .find_map(|o| {
            o.get(key)
                .and_then(|v| v.as_str())
                .map(|s| s.trim_fast().to_string())
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

/// The site's name as its feed link's title gives it: "Tide Notes » Feed", "Tide Notes »
/// On piers Kommentar-Feed" (WordPress), "Tide Notes - RSS". `None` for a title that names only
/// the feed ("RSS", "Atom", "Latest news as RSS").
fn feed_site(doc: &Document) -> Option<&str> {
    let title = doc.html.feed_title.as_deref()?.trim_fast();
    let site = ["»", " - ", " – ", " | "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()
        .map_or(title, |at| &title[..at])
        .trim_fast();
    let lower = site.to_lowercase();
    let generic = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "rss" | "atom" | "feed" | "feeds" | "kommentar" | "kommentare" | "comments"
        )
    });
    (!generic && site.chars().filter(|c| c.is_alphanumeric()).count() >= 3).then_some(site)
}

/// True when `h1`, a headline of four words or more, and `other` (another source's title) tell
/// the same headline in other words: at least half of the <h1>'s words of four letters or more,
/// and of the other's, are in both ("Der Nervenkrieg um den Brexit geht in die nächste Runde" and
/// "Brexit: Nervenkrieg geht in nächste Runde"). The page shows the <h1>; the other is written
/// for search engines and link previews.
fn shares_words(h1: &str, other: Option<&str>) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let Some(other) = other else { return false };
    if h1.split_whitespace().count() < 4 {
        return false;
    }
    let (a, b) = (words(h1), words(other));
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    a.len() >= 2 && b.len() >= 2 && 2 * shared >= a.len() && 2 * shared >= b.len()
}

/// Chooses the title of an HTML page.
pub fn for_html(doc: &Document) -> TitleChoice {
    let site_sourced = meta(doc, "og:site_name")
        .map(|s| (s.to_string(), "og_site_name"))
        .or_else(|| json_ld_publisher(doc).map(|s| (s, "jsonld_publisher")))
        .or_else(|| meta(doc, "application-name").map(|s| (s.to_string(), "application_name")));
    let site = site_sourced.as_ref().map(|(s, _)| s.clone());
    // Without a stated name, the feed link's title may give it; it only helps to set the name
    // off the title (feeds are often a section's: "Alle Artikel", "News"), and the site's name
    // is then the segment set off.
    let strip_site = site.clone().or_else(|| feed_site(doc).map(str::to_string));
    // The page's own domain label ("seelenradio" for www.seelenradio.de), which sites often put in
    // their titles in some spelling.
    let brand = doc
        .html
        .canonical
        .as_deref()
        .or(meta(doc, "og:url"))
        .and_then(crate::urls::registrable_domain)
        .and_then(|d| d.split('.').next().map(str::to_string));
    let og = meta(doc, "og:title")
        .or(meta(doc, "twitter:title"))
        .map(|t| clean_title(t, strip_site.as_deref(), brand.as_deref()));
    let tag = doc
        .html
        .title_tag
        .as_deref()
        .map(|t| clean_title(t, strip_site.as_deref(), brand.as_deref()));
    // An og:title cut short (see `is_cut_from`) gives way to the <title> it was cut from.
    let og = match (og, &tag) {
        (Some(o), Some(t)) if is_cut_from(&o.0, &t.0) => Some((t.0.clone(), o.1)),
        (o, _) => o,
    };
    let headline = json_ld_str(doc, "headline");
    let h1 = article_h1(
        doc,
        site.as_deref(),
        brand.as_deref(),
        [og.as_ref().map(|t| t.0.as_str()), headline.as_deref()],
    );
    let h1 = h1.filter(|h| h.len() <= 300).filter(|h| {
        // A one-word <h1> is often a logo; it counts when the <title> sets it off as one of its
        // segments and it is not the site's name ("Ischgl" in "Trails! | Ischgl").
        h.split_whitespace().count() >= 2
            || doc.html.title_tag.as_deref().is_some_and(|t| {
                let segs = segments(t);
                segs.len() >= 2
                    && segs.iter().any(|s| alnum_key(s) == alnum_key(h))
                    && !names_site(h, strip_site.as_deref(), brand.as_deref())
            })
    });
    // "Site - Headline" with the site's name not known: the segment another source gives as
    // the headline is the title, the other the site's name.
    let tag = match tag {
        Some((t, None)) => {
            let told: Vec<String> = [og.as_ref().map(|o| o.0.as_str()), headline.as_deref()]
                .into_iter()
                .flatten()
                .chain(h1.as_deref())
                .chain(doc.html.headings.iter().map(String::as_str))
                .map(alnum_key)
                .filter(|k| k.chars().count() >= 8)
                .collect();
            Some(split_told(&t, &told, brand.as_deref()).unwrap_or((t, None)))
        }
        other => other,
    };
    let site_from_suffix = tag
        .as_ref()
        .and_then(|t| t.1.clone())
        .or_else(|| og.as_ref().and_then(|t| t.1.clone()));
    // An <h1> that agrees with the other sources is the cleanest; otherwise og:title, JSON-LD,
    // then the <title> tag.
    let agrees = |h: &str| {
        let hn = alnum_key(h);
        [
            og.as_ref().map(|t| alnum_key(&t.0)),
            tag.as_ref().map(|t| alnum_key(&t.0)),
            headline.as_deref().map(alnum_key),
        ]
        .into_iter()
        .flatten()
        .any(|o| !hn.is_empty() && (o.contains(&hn) || hn.contains(&o)))
            || shares_words(h, og.as_ref().map(|t| t.0.as_str()))
            || shares_words(h, headline.as_deref())
    };
    // An <h1> that holds another source's title after more words carries a kicker or a section
    // ("Interview: ...", "Nach Corona-Lockerungen ..."): the shorter title is the headline. Words
    // after it are the headline's own ("... – was lohnt sich mehr?"), which a title tag's suffix
    // rule may have taken for a site's name.
    let inside_h1 = |h: &str| {
        let hn = alnum_key(h);
        [
            og.as_ref().map(|t| (t.0.clone(), "og")),
            headline.clone().map(|t| (t, "jsonld")),
            tag.as_ref().map(|t| (t.0.clone(), "title_tag")),
        ]
        .into_iter()
        .flatten()
        .find(|(t, _)| {
            let tn = alnum_key(t);
            t.split_whitespace().count() >= 2 && tn.len() < hn.len() && hn.ends_with(&tn)
        })
    };
    let h1_agrees = h1.as_deref().is_some_and(agrees);
    let (title, source) = match (&h1, &og, &headline, &tag) {
        (Some(h), _, _, _) if h1_agrees => match inside_h1(h) {
            Some((t, src)) => (Some(t), src),
            // An <h1> may carry the site's name too ("Headline | The Site").
            None => (
                Some(
                    strip_named_site(h, strip_site.as_deref(), brand.as_deref())
                        .map_or_else(|| h.clone(), |(rest, _)| rest),
                ),
                "h1",
            ),
        },
        (_, Some(o), _, _) => (Some(o.0.clone()), "og"),
        (_, _, Some(h), _) => (Some(h.clone()), "jsonld"),
        (_, _, _, Some(t)) if !t.0.is_empty() => (Some(t.0.clone()), "title_tag"),
        (Some(h), _, _, _) => (Some(h.clone()), "h1"),
        _ => (None, ""),
    };
    let title = title.or_else(|| for_text(doc).title);
    // A <title> that is another source's headline and one more segment at an end: that segment
    // is the site's name, however long ("Floods hit Orlen - The Orlen Evening Star" beside the
    // <h1> "Floods hit Orlen").
    let site_from_suffix = site_from_suffix.or_else(|| {
        let raw = doc.html.title_tag.as_deref()?.trim_fast();
        let told: Vec<String> = [h1.as_deref(), headline.as_deref(), title.as_deref()]
            .into_iter()
            .flatten()
            .map(alnum_key)
            .filter(|k| k.len() >= 8)
            .collect();
        // Only at the end: a segment before the headline is as often a kicker or a section
        // ("News - ...", "Interview - ...") as the site.
        SEPARATORS.iter().find_map(|sep| {
            let (head, rest) = raw.rsplit_once(sep)?;
            let (head, rest) = (head.trim_fast(), rest.trim_fast());
            // A date set off is the page's date, no site's name.
            let fits = (1..=6).contains(&rest.split_whitespace().count())
                && !mostly_date(rest)
                && told.contains(&alnum_key(head))
                && !told.contains(&alnum_key(rest));
            fits.then(|| rest.to_string())
        })
    });
    let site_name_source = site_sourced.map(|(_, src)| src.to_string()).or_else(|| {
        site_from_suffix
            .as_ref()
            .map(|_| "title_suffix".to_string())
    });
    // Microdata's publisher comes last: it often names the company ("Example Verlags GmbH")
    // where the title's suffix names the paper.
    let (site, site_name_source) = match (site.or(site_from_suffix), site_name_source) {
        (None, _) => (
            doc.html.microdata_publisher.clone(),
            doc.html
                .microdata_publisher
                .as_ref()
                .map(|_| "microdata_publisher".to_string()),
        ),
        found => found,
    };
    TitleChoice {
        source: title.as_ref().map(|_| source.to_string()),
        anchor: if h1_agrees { h1 } else { title.clone() },
        title,
        site_name: site,
        site_name_source,
        lines: vec![],
    }
}

/// A title of two segments ("Harbor City Ledger - Teachers vote") one of which another source
/// gives as the headline (`told`, [`alnum_key`]s): that segment, and the other as the site's
/// name when it is shaped like one (see [`site_shaped`]; a kicker, a section or a subtitle is
/// set off the same way: "News - ...", "Headline - Deck"). `None` when neither or both are
/// told, or the title does not split in two.
fn split_told(
    title: &str,
    told: &[String],
    brand: Option<&str>,
) -> Option<(String, Option<String>)> {
    SEPARATORS.iter().find_map(|sep| {
        let (a, b) = title.split_once(sep)?;
        let (a, b) = (a.trim_fast(), b.trim_fast());
        if a.is_empty() || b.is_empty() || b.contains(sep) || segments(title).len() != 2 {
            return None;
        }
        let (ta, tb) = (told.contains(&alnum_key(a)), told.contains(&alnum_key(b)));
        match (ta, tb) {
            (true, false) if site_shaped(b, a, brand) => Some((a.to_string(), Some(b.to_string()))),
            (false, true) if site_shaped(a, b, brand) => Some((b.to_string(), Some(a.to_string()))),
            _ => None,
        }
    })
}

/// A title segment that may be a site's name beside `headline`: a name of two to four
/// capitalised words ("Harbor City Ledger", "Verband Flüssiggas e.V."), or one word that is the
/// page's domain label (`brand`), shorter than the headline and no date.
fn site_shaped(seg: &str, headline: &str, brand: Option<&str>) -> bool {
    let words: Vec<&str> = seg.split_whitespace().collect();
    let named = if words.len() == 1 {
        names_site(seg, None, brand)
    } else {
        words.len() <= 4
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || w.contains('.'))
    };
    named && seg.len() < headline.len() && !mostly_date(seg)
}

/// The article's `<h1>`: the first, unless it is the site's title and the article's heading
/// follows (a blog theme's `<h1 class="site-title">` above its `<h1 class="entry-title">`).
/// The first `<h1>` is the site's title when it is the site's stated name (`site`), when the
/// `<title>` sets it off as one end segment and another source (`told`: og:title, JSON-LD
/// headline, or the article's headings) gives another segment as the headline, or when it stands
/// in the page's branding (`HtmlFacts::h1_in_banner`) and a later heading agrees with the
/// `<title>` or `told`. Then the first of the article's other headings that is not the site's
/// name replaces it; with none, a heading that is the site's name is no title at all.
fn article_h1(
    doc: &Document,
    site: Option<&str>,
    brand: Option<&str>,
    told: [Option<&str>; 2],
) -> Option<String> {
    let h = doc.html.h1.clone()?;
    let hk = alnum_key(&h);
    if hk.is_empty() {
        return Some(h);
    }
    let segs: Vec<String> = doc
        .html
        .title_tag
        .as_deref()
        .map(|t| segments(t).into_iter().map(alnum_key).collect())
        .unwrap_or_default();
    let told_keys: Vec<String> = told
        .into_iter()
        .flatten()
        .map(alnum_key)
        .chain(doc.html.headings.iter().map(|x| alnum_key(x)))
        .filter(|k| k.chars().count() >= 8 && *k != hk)
        .collect();
    let by_name = site.is_some_and(|s| alnum_key(s) == hk);
    let by_title = segs.len() >= 2
        && (segs.first() == Some(&hk) || segs.last() == Some(&hk))
        && told_keys.iter().any(|k| segs.contains(k));
    if !by_name && !by_title && !doc.html.h1_in_banner {
        return Some(h);
    }
    let title_key = doc.html.title_tag.as_deref().map(alnum_key);
    let agrees = |k: &str| {
        title_key.as_deref().is_some_and(|t| t.contains(k))
            || told
                .into_iter()
                .flatten()
                .map(alnum_key)
                .any(|o| o.contains(k) || k.contains(&o))
    };
    let candidates = || {
        doc.html.headings.iter().filter(|x| {
            let k = alnum_key(x);
            k.chars().count() >= 8
                && k != hk
                && x.split_whitespace().count() >= 2
                && !names_site(x, site, brand)
        })
    };
    // The first heading that agrees with the other sources; with none, when the first `<h1>`
    // is surely the site's, the first heading.
    let replacement = candidates()
        .find(|x| agrees(&alnum_key(x)))
        .or_else(|| candidates().find(|_| by_name || by_title));
    match replacement {
        Some(r) => Some(r.clone()),
        None if by_name || by_title => None,
        None => Some(h),
    }
}

/// False when `title_line` cannot read `line`: it must open, after white space (`\s` and
/// `trim_start` are both Unicode White_Space), with "title" or "headline" in any case, and case
/// folding maps none of their letters to a character outside ASCII (only k and s have such).
/// Most lines fail here without the regex, which scanned each of the first lines back from its
/// end, and which is then never compiled for most runs.
fn may_label_title(line: &str) -> bool {
    // A chat answer's Markdown may set the label in bold or as a heading ("**Title:**").
    let t = line
        .trim_start()
        .trim_start_matches(['*', '#'])
        .trim_start()
        .as_bytes();
    let opens = |word: &str| {
        t.get(..word.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(word.as_bytes()))
    };
    opens("title") || opens("headline")
}

/// The title of a "Title:" line: what group `t` of
/// `(?i)^\s*(?:\*\*|#{1,3}\s*)?(?:title|headline)\s*:\s*(?:\*\*\s*)?(?P<t>[^\s*].{2,}?)(?:\*\*)?$`
/// captures, read by hand. Every part before the title is taken whole, as the regex must take it:
/// what it could leave is white space or a star, with which the title may not open, or a hash or a
/// star where the label must stand. The title then runs to the line's end (`.` is any character
/// but a line break), but for two closing stars, which the lazy `.{2,}?` leaves to `(?:\*\*)?`
/// when at least two characters stand between them and the title's first. The label's letters
/// fold to no character outside ASCII. The regex's captures ran its backtracker over the line:
/// about 25,000 instructions on each "Title:" line of a record.
fn title_line(line: &str) -> Option<&str> {
    let mut r = line.trim_start();
    if let Some(rest) = r.strip_prefix("**") {
        r = rest;
    } else if r.starts_with('#') {
        let hashes = r.len() - r.trim_start_matches('#').len();
        if hashes > 3 {
            return None;
        }
        r = r[hashes..].trim_start();
    }
    let label = [&b"title"[..], b"headline"].into_iter().find(|l| {
        r.as_bytes()
            .get(..l.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(l))
    })?;
    r = r[label.len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    if let Some(rest) = r.strip_prefix("**") {
        r = rest.trim_start();
    }
    if r.starts_with(|c: char| c.is_whitespace() || c == '*') || r.contains('\n') {
        return None;
    }
    match r.chars().count() {
        n if n >= 5 && r.ends_with("**") => Some(&r[..r.len() - 2]),
        n if n >= 3 => Some(r),
        _ => None,
    }
}

/// Chooses the title of a plain-text document: a "Title:" line, or the opening line(s) when they
/// read as a headline.
pub fn for_text(doc: &Document) -> TitleChoice {
    for_text_skipping(doc, &BTreeSet::new())
}

/// True for a line that only names a section path: "News > Local > Politics", "Home » Sport",
/// "Home / Business / Kenya" (slashes after the home page's name only: "Yes / No" is none).
fn is_breadcrumb(line: &str) -> bool {
    // A line with no separator is one part, no path: most lines (whole paragraphs of a text) are
    // turned away by one byte search, not split a character at a time. '»' (C2 BB) and '›' (E2
    // 80 BA) end in bytes that only ever continue a character: a line without them has neither.
    if memchr::memchr3(b'>', 0xbb, 0xba, line.as_bytes()).is_none() {
        return slashed_breadcrumb(line);
    }
    // Two or more parts, each holding one to three words; the parts read one by one (no list
    // of them), stopping at the first that fails. A trail from the home page through a section
    // may end on the story's own headline ("Home » News » Kessvik ferry fares rise again").
    let mut parts = 0;
    let mut home = false;
    let mut split = line.split(['>', '»', '›']).peekable();
    while let Some(p) = split.next() {
        let p = p.trim_fast();
        if parts == 0 {
            home = is_home(p);
        }
        let last_headline = home && parts >= 2 && split.peek().is_none();
        if p.is_empty() || p.split_whitespace().nth(3).is_some() && !last_headline {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// The home page's name as a breadcrumb opens with it.
fn is_home(part: &str) -> bool {
    matches!(
        part.to_lowercase().as_str(),
        "home" | "start" | "startseite" | "inicio" | "início" | "accueil" | "home page"
    )
}

/// A section path set with spaced slashes from the home page: "Home / Business / Kenya", two
/// to six parts of one to three words.
fn slashed_breadcrumb(line: &str) -> bool {
    let Some((first, rest)) = line.split_once(" / ") else {
        return false;
    };
    is_home(first.trim_fast())
        && rest.split(" / ").count() <= 5
        && rest.split(" / ").all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words)
        })
}

/// True when `l2`, the line under `l1`, carries on a headline wrapped over two lines: it opens in
/// lower case ("... after long" / "debate over library cuts"), or `l1` ends on a word no headline
/// ends on ("for", "of", "und"), or both are in title case. A new sentence under a complete
/// headline (a standfirst), a byline, a reading time or a credit is none.
fn continues_headline(l1: &str, l2: &str) -> bool {
    let opens_lower = l2.starts_with(|c: char| c.is_lowercase());
    let last = l1
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let dangling = crate::lexicon::ENGLISH_FUNCTION_WORDS.contains(last.as_str())
        || matches!(
            last.as_str(),
            "der"
                | "die"
                | "das"
                | "den"
                | "dem"
                | "des"
                | "und"
                | "oder"
                | "von"
                | "mit"
                | "für"
                | "im"
                | "am"
                | "auf"
                | "zu"
                | "zum"
                | "zur"
                | "nach"
                | "bei"
                | "aus"
                | "über"
                | "de"
                | "la"
                | "le"
                | "les"
                | "du"
                | "et"
                | "en"
                | "pour"
                | "sur"
                | "el"
                | "los"
                | "las"
                | "y"
                | "con"
                | "para"
                | "por"
                | "del"
                | "al"
        );
    let title_case = |s: &str| {
        let long: Vec<&str> = s
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        !long.is_empty()
            && long.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            })
    };
    let credit_or_chrome = l2.contains(" | ")
        || l2.contains(':')
        || l2.starts_with(|c: char| c.is_ascii_digit())
        || crate::bylines::opens_byline(l2)
        // A line of people's names alone is the byline under the headline ("Tom Rell and Ana
        // Quill"), not its wrapped end, unless the headline breaks off on a word that takes an
        // object ("Tributes paid to" / "Margaret Hollis").
        || !ends_on_a_link_word(l1)
            && (crate::bylines::names_only(l2, &crate::lexicon::BUILTIN, None).is_some()
                || site_like(l2))
        // A headline set in capitals runs on in capitals.
        || !l1.chars().any(char::is_lowercase) && l2.chars().any(char::is_lowercase);
    !credit_or_chrome
        && (opens_lower
            || dangling
            || title_case(l1) && title_case(l2) && l1.split_whitespace().count() >= 3)
}

/// Whether `line` reads as a site's name standing under a headline: one to three capitalised
/// words, one an outlet's word ("Actualnews Portal", "Vale Daily") or a word glued to one
/// ("CoinWaveNews", "Actualnews").
fn site_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && !line.ends_with(['.', '!', '?', ','])
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.iter().any(|w| {
            let b = bare_lower(w);
            crate::bylines::is_outlet_name_word(&b)
                || b.chars().count() > 6
                    && ["news", "times", "post", "daily"]
                        .iter()
                        .any(|o| b.ends_with(o))
        })
}

/// True when `line` ends on a preposition, an article or a conjunction ("... paid to", "... meets
/// the"): the next line carries its object on.
pub(crate) fn ends_on_a_link_word(line: &str) -> bool {
    let last = line
        .split_whitespace()
        .last()
        .map(bare_lower)
        .unwrap_or_default();
    matches!(
        last.as_str(),
        "to" | "for"
            | "of"
            | "with"
            | "by"
            | "from"
            | "and"
            | "or"
            | "the"
            | "a"
            | "an"
            | "at"
            | "in"
            | "on"
            | "about"
            | "after"
            | "over"
            | "against"
            | "as"
            | "honours"
            | "honors"
            | "meets"
            | "names"
    )
}

/// [`for_text`] with the lines of non-article blocks (a newsletter prompt, a cookie notice, a
/// headline list) set aside: the headline is the first line of the story's own. When the
/// headline names no site, an outlet's name before the date on a line of the text's header
/// does, or the outlet's name after a byline's ([`outlet_on_header_line`], source `date_line` or
/// `byline_line`).
pub fn for_text_skipping(doc: &Document, skip: &BTreeSet<usize>) -> TitleChoice {
    let mut t = text_headline(doc, skip);
    // The masthead on top first: an outlet named in the byline may be the story's original
    // publisher, republished under another masthead ("By Hollis Brandvold, The Ostler Ledger"
    // under "Prairie Commons Report").
    if t.site_name.is_none() {
        if let Some(masthead) = masthead_on_top(doc, skip, &t.lines) {
            t.site_name = Some(masthead.to_string());
            t.site_name_source = Some("masthead".into());
        } else if let Some((site, source)) = outlet_on_header_line(doc, &t.lines) {
            t.site_name = Some(site.to_string());
            t.site_name_source = Some(source.into());
        }
    }
    t
}

/// A page number as a print edition's or a PDF's running head shows it: "A6", "B12", "14".
fn is_page_token(w: &str) -> bool {
    let digits = w.trim_start_matches(|c: char| c.is_ascii_uppercase());
    (1..=3).contains(&digits.len())
        && w.len() - digits.len() <= 1
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A PDF's page header: the publication's name and the page's number set apart by a wide gap
/// ("Quarterly Bulletin of the Orvel Water Board          Page 3", "Page 3    Annual Report").
static PAGE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\S(?:\s{3,}|\t\s*)(?:page|p\.|seite|página|pagina)\s*\d{1,4}$|^(?:page|p\.|seite|página|pagina)\s*\d{1,4}(?:\s{3,}|\t))")
        .expect("valid regex")
});

/// A line of a page's frame, never a headline: a PDF's page header ([`PAGE_HEADER`]), or a
/// printed page's running head, in capitals, opening or closing with the page's number and
/// holding the date ("A6 THE HALBERTON COURIER TUESDAY, MARCH 3, 2026", as OCR reads it).
fn is_running_head(line: &str) -> bool {
    // Every form needs a digit at the line's end, or a page's number or the word "page" at its
    // start: the bytes at both ends are asked first, as most lines asked are a story's
    // paragraphs (the whole-line searches below cost 2,000 instructions a line).
    let b = line.as_bytes();
    let (Some(&head), Some(&tail)) = (b.first(), b.last()) else {
        return false;
    };
    let ends_in_digit = tail.is_ascii_digit();
    // (0xC5 leads 'ſ', which folds to 's' in the case-insensitive regex.)
    let opens_page_word = matches!(head, b'P' | b'p' | b'S' | b's' | 0xC5);
    if (ends_in_digit || opens_page_word)
        // (Three spaces from the searcher for two built once: `contains` sets one up each time.)
        && (space_runs(line).1 || line.contains('\t'))
        && PAGE_HEADER.is_match(line)
    {
        return true;
    }
    let opens_number = head.is_ascii_digit()
        || head.is_ascii_uppercase() && b.get(1).is_some_and(u8::is_ascii_digit);
    if !(opens_number || ends_in_digit) {
        return false;
    }
    let (Some(first), Some(last)) = (
        line.split_whitespace().next(),
        line.split_whitespace().last(),
    ) else {
        return false;
    };
    // In capitals, or set out in columns by runs of spaces as a PDF's text keeps them ("THE
    // SOUTHERN CROSS EXAMINER      Thursday 12 November 2026      BUSINESS 27").
    (is_page_token(first) || is_page_token(last))
        && line.split_whitespace().nth(3).is_some()
        && (!line.chars().any(char::is_lowercase) || space_runs(line).1)
        && !crate::dates::find_dates(line).is_empty()
}

/// The outlet's name in a printed page's running head ("A6 THE HALBERTON COURIER TUESDAY, MARCH
/// 3, 2026"): the longest run of words after the page's number that reads as an outlet's
/// masthead ([`names_outlet`]) and is the whole name, followed only by the page's number or by
/// the date (a weekday may open it): "Quarterly Bulletin" of "Quarterly Bulletin of the Orvel
/// Water Board      Page 3" is no name.
fn running_head_outlet(line: &str) -> Option<&str> {
    if !is_running_head(line) {
        return None;
    }
    let words: Vec<&str> = line
        .split_whitespace()
        .skip_while(|w| is_page_token(w))
        .take(6)
        .collect();
    let start = words.first()?.as_ptr() as usize - line.as_ptr() as usize;
    (2..=words.len()).rev().find_map(|k| {
        let last = words[k - 1];
        let end = last.as_ptr() as usize - line.as_ptr() as usize + last.len();
        let name = &line[start..end];
        let after = &line[end..];
        let date_at = crate::dates::find_dates(after).first().map(|d| d.start);
        let page = |w: &&str| is_page_token(w) || w.eq_ignore_ascii_case("page");
        let between = after[..date_at.unwrap_or(after.len())].split_whitespace();
        let whole = match date_at {
            Some(_) => between.filter(|w| !page(w)).count() <= 1,
            None => between.clone().all(|w| page(&w)),
        };
        (whole && names_outlet(name)).then_some(name)
    })
}

/// The outlet's masthead alone on the text's first line, over its headline (`lines`, the title's
/// lines) and at most [`OUTLET_DATE_REACH`] filled lines above it: "NORTH SHORE GAZETTE" read
/// as a section's label over the headline, or "Brennock Herald" over a headline in title case.
/// The name must read as a masthead whose name is an outlet's ([`names_outlet`]).
fn masthead_on_top<'d>(
    doc: &'d Document,
    skip: &BTreeSet<usize>,
    lines: &[usize],
) -> Option<&'d str> {
    let &title = lines.first()?;
    let filled = |n: &usize| !skip.contains(n) && !doc.line(*n).trim().is_empty();
    let top = (1..title).find(filled)?;
    let between = (top..title).filter(filled).count();
    let line = doc.line(top).trim();
    if between > OUTLET_DATE_REACH {
        return None;
    }
    let next = (top + 1..title)
        .find(filled)
        .map(|n| doc.line(n).trim_fast());
    names_outlet(line)
        .then_some(line)
        .or_else(|| running_head_outlet(line))
        .or_else(|| gapped_outlet_date(line))
        .or_else(|| masthead_with_slogan(line))
        .or_else(|| {
            (bare_domain(line)
                || camel_case_masthead(line)
                || camel_case_with_region(line)
                || without_masthead_tags(line).is_some_and(|name| names_outlet(&name))
                || masthead_over_path(line, next))
            .then_some(line)
        })
}

/// Whether `line` is a site's address alone, without a scheme or a path, as a scraped page's
/// masthead or a logo's text gives it: "KoreaBuzzNow.net", "www.harbourledger.co.uk",
/// "viralzone.news". A file's name ("report.pdf") is none.
fn bare_domain(line: &str) -> bool {
    const FILE_ENDINGS: &[&str] = &[
        "pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "doc", "docx", "xls", "xlsx", "ppt",
        "pptx", "htm", "html", "php", "asp", "aspx", "txt", "csv", "zip", "mp3", "mp4", "mov",
    ];
    let Some((name, ending)) = line.rsplit_once('.') else {
        return false;
    };
    let labels_ok = name.split('.').all(|l| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    });
    labels_ok
        && name.trim_start_matches("www.").len() >= 3
        && name.bytes().any(|b| b.is_ascii_alphabetic())
        && (2..=12).contains(&ending.len())
        && ending.bytes().all(|b| b.is_ascii_lowercase())
        && !FILE_ENDINGS.contains(&ending)
}

/// Whether `line` is a site's name written as one word in camel case, an outlet's word among its
/// parts, maybe with a number after it: "AusBizNewsToday", "WorldNewsInsight360",
/// "KenyaDailyPost". A headline is never one word; a brand without an outlet's word
/// ("CasinoKings") names no news site.
fn camel_case_masthead(line: &str) -> bool {
    let name = line.trim_end_matches(|c: char| c.is_ascii_digit());
    if name.len() < 6 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // The parts, each opening with a capital ("Aus", "Biz", "News", "Today").
    let starts: Vec<usize> = name
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    if starts.first() != Some(&0) || starts.len() < 2 {
        return false;
    }
    let parts: Vec<&str> = starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&name.len())))
        .map(|(&a, &b)| &name[a..b])
        .collect();
    // Capitals in a row are an acronym's letters, not parts ("BBCNews" is read no further).
    parts.iter().all(|p| p.len() >= 2)
        && parts.iter().any(|p| crate::bylines::is_outlet_name_word(p))
}

/// A camel-case masthead ([`camel_case_masthead`]) and one capitalised word after it, the region
/// it serves ("AgriNewsHub Asia", "TechNewsDaily UK").
fn camel_case_with_region(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(name), Some(region), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    camel_case_masthead(name)
        && region.starts_with(|c: char| c.is_uppercase())
        && region.chars().all(char::is_alphabetic)
}

/// The site's name on a masthead line that sets its slogan after a separator ("Velmora Daily -
/// Local news you can trust", "SpainNewsToday.net - Latest Spain News, Breaking Headlines"):
/// the part before, when it reads as an outlet's name, an address or a camel-case masthead, and
/// the part after is two to eight words with no date.
fn masthead_with_slogan(line: &str) -> Option<&str> {
    SEPARATORS.iter().find_map(|sep| {
        let (name, rest) = line.split_once(sep)?;
        let (name, rest) = (name.trim(), rest.trim());
        let slogan = (2..=8).contains(&rest.split_whitespace().count())
            && crate::dates::find_dates(rest).is_empty();
        let named = bare_domain(name)
            || camel_case_masthead(name)
            || names_outlet(name)
            || without_masthead_tags(name).is_some_and(|n| names_outlet(&n));
        (slogan && named).then_some(name)
    })
}

/// `line` without what a masthead adds to its name ("HOT NEWS USA 247", "NEWS24 TODAY",
/// "9News"): a channel's or a round-the-clock service's number at the end ("247", "24/7") or
/// glued to an outlet's word ("NEWS24"), and a country's code of two or three capitals after the
/// name ("USA", "UK"). A year stays ("ELECTION 2026 NEWS" is a section's label). The rest is
/// read as a masthead by [`names_outlet`]; `None` when nothing is dropped (the line was read
/// as it is already).
fn without_masthead_tags(line: &str) -> Option<String> {
    let mut words: Vec<&str> = line
        .split_whitespace()
        .map(|w| {
            // Digits glued to an outlet's word only ("NEWS24", "9News"; not "COVID-19").
            let core = w.trim_matches(|c: char| c.is_ascii_digit());
            if core.len() < w.len() && crate::bylines::is_outlet_name_word(core) {
                core
            } else {
                w
            }
        })
        .collect();
    // A number after the name ("247", "24/7", "7"), not a year ("ELECTION 2026 NEWS").
    if words.len() > 2
        && words.last().is_some_and(|w| {
            w.len() <= 5
                && w.bytes().all(|b| b.is_ascii_digit() || b == b'/')
                && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        })
    {
        words.pop();
    }
    while words.len() > 2
        && words.last().is_some_and(|w| {
            (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        })
    {
        words.pop();
    }
    let out = words.join(" ");
    // Nothing dropped: the line was read as it is already.
    (out != line.split_whitespace().collect::<Vec<_>>().join(" ")).then_some(out)
}

/// A site's name on the text's first line over a breadcrumb or a menu ("VISAYAS TIDE" / "Home >
/// News > Environment"): two to five capitalised words ([`masthead_over_menu`]), no section's
/// name.
fn masthead_over_path(line: &str, next: Option<&str>) -> bool {
    line.split_whitespace().nth(1).is_some()
        && !section_label(line)
        && masthead_words(line)
        && next.is_some_and(|l| menu_line(l) || is_breadcrumb(l) || section_pair(l))
}

/// The outlet's name on a PDF's header line that sets it and the date apart by a run of spaces
/// or a tab, with no page number ("The Coastal Ledger          Thursday, 19 November 2026").
fn gapped_outlet_date(line: &str) -> Option<&str> {
    let at = line.find("   ").or_else(|| line.find('\t'))?;
    let (name, rest) = (line[..at].trim(), line[at..].trim());
    (names_outlet(name) && mostly_date(rest)).then_some(name)
}

/// Filled lines above a text's headline, and under it, where the outlet's name and the date may
/// stand on one line ("The Harbor Ledger | March 3, 2026"): the header's reach, as
/// [`MASTHEAD_META_REACH`] is the byline's.
const OUTLET_DATE_REACH: usize = 3;

/// Separators between an outlet's name and the date, or a byline's names and the outlet's, on a
/// header line.
const OUTLET_DATE_SEPARATORS: &[&str] = &[" | ", " — ", " – ", " · ", " • "];

/// A header line cut at its first [`OUTLET_DATE_SEPARATORS`] separator: the part before and the
/// part after. Every separator is a space, a mark (a bar, a dash, a middle dot or a bullet) and
/// a space, so the first separator is found at the first of the marks' lead bytes ('|', 0xE2 of
/// '—', '–' and '•', 0xC2 of '·') that has a separator around it: one memchr3 scan, where five
/// substring searches were set up and run over the line (most of a byline check's cost on a
/// header line with a mark). Lead bytes are no continuation bytes: each place is a character's.
pub(crate) fn split_header_row(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    memchr::memchr3_iter(b'|', 0xE2, 0xC2, b)
        .filter(|&i| i > 0)
        .find_map(|i| {
            let sep = OUTLET_DATE_SEPARATORS
                .iter()
                .find(|sep| b[i - 1..].starts_with(sep.as_bytes()))?;
            Some((&line[..i - 1], &line[i - 1 + sep.len()..]))
        })
}

/// The outlet's name on a line of a text's header, with where it stood: a line that is the
/// name, a separator and the date ("The Harbor Ledger | March 3, 2026", "Brennock Valley
/// Courier — 3 March 2026, 9:40"; source `date_line`), or a byline row of a person's name and
/// the outlet's ("Dana Vell | The Quarry Courier", "By Dana Vell | ...", see
/// [`crate::bylines::name_and_outlet`]) or a newsroom's credit line ("The Quarry Courier staff
/// report", see [`crate::bylines::staff_credit`]; both source `byline_line`): one of the [`OUTLET_DATE_REACH`] filled lines
/// above the headline's `lines` or under them (the first lines of the text when there is no
/// headline). The name must read as a masthead ([`names_outlet`]), so a byline row ("Ann Lee |
/// March 4, 2025"), a section's ("Politics | March 3") or a desk's ("City Desk | March 3")
/// names no site.
fn outlet_on_header_line<'d>(
    doc: &'d Document,
    lines: &[usize],
) -> Option<(&'d str, &'static str)> {
    let filled = |n: &usize| !doc.line(*n).trim_fast().is_empty();
    let (above, below): (Vec<usize>, Vec<usize>) = match (lines.first(), lines.last()) {
        (Some(&first), Some(&last)) => (
            (1..first)
                .rev()
                .filter(filled)
                .take(OUTLET_DATE_REACH)
                .collect(),
            (last + 1..=doc.lines.len())
                .filter(filled)
                .take(OUTLET_DATE_REACH)
                .collect(),
        ),
        _ => (
            vec![],
            (1..=doc.lines.len())
                .filter(filled)
                .take(OUTLET_DATE_REACH)
                .collect(),
        ),
    };
    above.into_iter().chain(below).find_map(|n| {
        let line = doc.line(n).trim_fast();
        if line.len() > 120 {
            return None;
        }
        // A newsroom's credit in place of the byline ("The Harbor Ledger staff report").
        if let Some(outlet) = crate::bylines::staff_credit(line).flatten() {
            return Some((outlet, "byline_line"));
        }
        // The outlet's name alone on a line of the byline's block ("By Simone Achebe" / "The
        // Larkfield Ledger" / "October 18, 2026"): next to a byline or a date line. A headline
        // of a masthead's shape stands apart from them.
        // A role may stand before it ("Columnist, The Quayside Herald").
        let alone = match line.rsplit_once(", ") {
            Some((role, name))
                if role.split_whitespace().count() <= 2
                    && !role.contains(|c: char| c.is_ascii_digit()) =>
            {
                name.trim()
            }
            _ => line,
        };
        if alone.split_whitespace().count() <= OUTLET_LINE_WORDS
            && !alone.contains(',')
            && names_outlet(alone)
            // A news agency's credit under the byline ("Associated Press") names the story's
            // source, not the site that runs it.
            && crate::lexicon::BUILTIN.agency_by_marker(alone).is_none()
        {
            let before = (1..n).rev().find(filled).map(|k| doc.line(k).trim_fast());
            let after = (n + 1..=doc.lines.len())
                .find(filled)
                .map(|k| doc.line(k).trim_fast());
            let next_to = |l: Option<&str>, test: fn(&str) -> bool| l.is_some_and(test);
            if next_to(before, crate::bylines::is_byline_line) {
                return Some((alone, "byline_line"));
            }
            // A date line may carry its time ("23.11.2026, 14:20 Uhr").
            let date_line = |l: &str| {
                mostly_date(l)
                    || l.split_whitespace().count() <= DATE_LINE_WORDS
                        && !crate::dates::find_dates(l).is_empty()
            };
            if next_to(after, date_line) || next_to(after, crate::bylines::is_byline_line) {
                return Some((alone, "date_line"));
            }
        }
        // A byline with the outlet after a comma ("By Colin Ferraro, Hadley Daily Press").
        if let Some((_, outlet)) = line
            .rsplit_once(", ")
            .filter(|_| crate::bylines::has_by_label(line) && crate::bylines::is_byline_line(line))
        {
            if names_outlet(outlet.trim()) {
                return Some((outlet.trim(), "byline_line"));
            }
        }
        let (name, rest) = split_header_row(line)?;
        let (name, rest) = (name.trim_fast(), rest.trim_start());
        // The date at once, or after a short label ("publié le 3 juin 2026", "Published May 4").
        let dated = crate::dates::find_dates(rest).first().is_some_and(|d| {
            let label = &rest[..d.start];
            d.start == 0
                || label.split_whitespace().count() <= 3
                    && !label.contains(|c: char| c.is_ascii_digit())
        });
        if dated && names_outlet(name) {
            return Some((name, "date_line"));
        }
        // The outlet, the byline's name and the date, as an app's share text sets them
        // ("Harborlight Gazette · Ryo Castellane · 11 Nov 2026").
        if names_outlet(name) {
            if let Some((_, date)) = split_header_row(rest) {
                let date = date.trim();
                if mostly_date(date)
                    || crate::dates::find_dates(date)
                        .first()
                        .is_some_and(|d| d.start == 0)
                {
                    return Some((name, "date_line"));
                }
            }
        }

        crate::bylines::name_and_outlet(line, &crate::lexicon::BUILTIN)
            .map(|row| (row.outlet, "byline_line"))
    })
}

/// Most words of an outlet's name alone on a header line ("The Parrish County Tribune").
const OUTLET_LINE_WORDS: usize = 6;

/// Whether `name`, on a header line beside a date or a byline, names the outlet: a masthead (see
/// [`masthead_kind`]: capitalised words ending in an outlet's word) whose last word names an
/// outlet, not a role or a label ("Sports Desk", "Last Updated"), or a masthead named by an
/// outlet word of another language.
pub(crate) fn names_outlet(name: &str) -> bool {
    match masthead_kind(name) {
        Some(foreign) => {
            foreign
                || name
                    .split_whitespace()
                    .last()
                    .is_some_and(crate::bylines::is_outlet_name_word)
        }
        None => false,
    }
}

/// A press release's contact block at the top of a text: a "Contact:" or "Media contact:" line
/// and the lines under it up to a blank line (a name, a role, an office, a phone, an address),
/// at most [`CONTACT_LINES`] of them. Its lines are no headline; the release's headline follows.
fn contact_block(doc: &Document) -> Vec<usize> {
    let filled = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim_fast().is_empty())
        .take(6);
    let Some(start) = filled
        .into_iter()
        .find(|&n| CONTACT_LABEL.is_match(doc.line(n).trim_fast()))
    else {
        return Vec::new();
    };
    (start..=doc.lines.len())
        .take_while(|&n| !doc.line(n).trim_fast().is_empty())
        .take(CONTACT_LINES)
        .collect()
}

/// Most lines a contact block holds, its label's with them.
const CONTACT_LINES: usize = 8;

/// A contact block's label: "Contact:", "Media Contact:", "PRESS CONTACTS", "Contact: Ann Lee".
static CONTACT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:media|press|news|investor|for (?:more|further) information,?)?\s*contacts?(?:\s*:.*|\s*)$")
        .expect("valid regex")
});

/// The headline of a plain text, see [`for_text_skipping`].
fn text_headline(doc: &Document, skip: &BTreeSet<usize>) -> TitleChoice {
    // A press release's contact block is passed over as the blocks set aside are.
    let contact = contact_block(doc);
    let with_contact: BTreeSet<usize>;
    let skip = if contact.is_empty() {
        skip
    } else {
        with_contact = skip.iter().copied().chain(contact).collect();
        &with_contact
    };
    let mut first: Vec<usize> = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim_fast().is_empty())
        .filter(|n| !skip.contains(n))
        .filter(|&n| !is_breadcrumb(doc.line(n).trim_fast()))
        // A printed page's running head ("A6 THE HALBERTON COURIER TUESDAY, MARCH 3, 2026") or
        // a PDF's page header ("Quarterly Bulletin ...      Page 3").
        .filter(|&n| !is_running_head(doc.line(n).trim_fast()))
        // A byline, a newsroom's credit or a time above the headline ("Story by Carl Wendt",
        // "Staff report", "2 hours ago"), or a push-notification scam's lure ("Press Allow to
        // confirm that you are not a robot").
        .filter(|&n| {
            let line = doc.line(n).trim_fast();
            !notification_lure(line)
                && !crate::bylines::is_byline_line(line)
                && crate::bylines::staff_credit(line).is_none()
                && !RELATIVE_TIME.is_match(line)
        })
        .take(6)
        .collect();
    // A section's name above the headline ("POLITICS") is a kicker, not the title.
    // (In Chinese or Japanese, a kicker is a word of up to four characters: "国际", "社会".)
    // So is a label of two or three words in capitals over a headline in mixed case ("BREAKING
    // NEWS", "LIVE UPDATES", "THE KESSVIK POST"): a headline set in capitals is not followed by
    // another one in lower case.
    let capitals = |l: &str| {
        l.chars().any(char::is_alphabetic)
            && !l.chars().any(char::is_lowercase)
            && !l.trim_end().ends_with(['.', '!', '?', ':'])
    };
    let kicker = |l: &str, next: &str| match line_words(l) {
        (n, true) => n <= 4 && l.split_whitespace().count() == 1,
        (n, false) => n == 1 || n <= 3 && capitals(l) && next.chars().any(char::is_lowercase),
    };
    if first.len() >= 2
        && kicker(doc.line(first[0]), doc.line(first[1]))
        && headline_like(doc.line(first[1]).trim_fast())
    {
        let label = first.remove(0);
        // A masthead in capitals over its tagline ("ATLANTIC COAST TRIBUNE" / "Portugal's
        // English-language daily"): the tagline is no headline either when a headline follows
        // it and no byline or date does.
        let is_meta = |n: usize| byline_or_date(doc.line(n));
        // (A label such as "LIVE" may stand between the tagline and the headline.)
        let headline_after = first.iter().skip(1).take(2).any(|&n| {
            let line = doc.line(n).trim_fast();
            line.split_whitespace().count() >= 4 && headline_like(line) && !is_meta(n)
        });
        if first.len() >= 2
            && first[0] == label + 1
            && masthead_kind(without_edition(doc.line(label).trim())).is_some()
            && tagline_like(doc.line(first[0]).trim_fast())
            && !is_meta(first[1])
            && headline_after
        {
            first.remove(0);
        }
    }
    for &n in &first {
        if let Some(c) = may_label_title(doc.line(n))
            .then(|| title_line(doc.line(n)))
            .flatten()
            .filter(|t| t.chars().count() <= 301)
        {
            let site = site_field_near(doc, n);
            return TitleChoice {
                title: Some(c.trim_fast().to_string()),
                source: Some("title_line".into()),
                site_name_source: site.map(|_| "site_line".into()),
                site_name: site.map(|(_, s)| s.to_string()),
                lines: vec![n],
                anchor: None,
            };
        }
    }
    if let Some(n) = mail_subject(doc, skip) {
        let subject = SUBJECT_LINE.replace(doc.line(n).trim_fast(), "");
        return TitleChoice {
            title: Some(subject.trim_fast().to_string()),
            source: Some("mail_subject".into()),
            lines: vec![n],
            ..TitleChoice::default()
        };
    }
    if let Some((n, masthead)) = headline_under_masthead(doc, &first) {
        // The masthead names the site (source `masthead`, as over a menu): the lines above the
        // headline are then none of the article's text. A brand glued to the headline names it
        // first ("… cubs -ViralNewsDailyHub", source `title_suffix`, which A004 tests).
        let line = doc.line(n).trim_fast();
        let (title, site, site_source) = match glued_brand(line) {
            Some((start, brand)) if line.split_whitespace().count() > 5 => {
                (line[..start].trim_fast(), brand, "title_suffix")
            }
            _ => (line, without_edition(doc.line(masthead).trim()), "masthead"),
        };
        return TitleChoice {
            title: Some(title.to_string()),
            source: Some("first_line".into()),
            site_name: Some(site.to_string()),
            site_name_source: Some(site_source.into()),
            lines: vec![n],
            anchor: None,
        };
    }
    if let Some((n, masthead)) = headline_past_chrome(doc, skip, first.first().copied()) {
        let line = doc.line(n).trim_fast();
        let (title, site) = match glued_brand(line) {
            Some((start, brand)) if line.split_whitespace().count() > 5 => (
                line[..start].trim_fast().to_string(),
                Some(brand.to_string()),
            ),
            _ => (line.to_string(), None),
        };
        // A brand on the title line names the site first; else the masthead over the menu does
        // (source `masthead`: A004 tests only a title's brand).
        let (site, site_source) = match (site, masthead) {
            (Some(s), _) => (Some(s), Some("title_suffix")),
            (None, Some(m)) => (Some(doc.line(m).trim_fast().to_string()), Some("masthead")),
            // A browser's print header over the headline ends on the site's name ("6/9/26,
            // 3:14 PM Headline | Site").
            (None, None) => match first
                .first()
                .map(|&f| doc.line(f).trim_fast())
                .filter(|l| PRINT_STAMP.is_match(l))
                .and_then(glued_brand)
            {
                Some((_, brand)) => (Some(brand.to_string()), Some("title_suffix")),
                None => (None, None),
            },
        };
        return TitleChoice {
            title: Some(title),
            source: Some("first_line".into()),
            site_name_source: site_source.map(str::to_string),
            site_name: site,
            lines: vec![n],
            anchor: None,
        };
    }
    let Some(&n1) = first.first() else {
        return TitleChoice::default();
    };
    let l1 = doc.line(n1).trim_fast();
    // A first line that repeats the second with breadcrumb and brand around it: take the clean one.
    if let Some(&n2) = first.get(1) {
        let l2 = doc.line(n2).trim_fast();
        let at = l1
            .find(l2)
            .filter(|_| l2.len() >= 15 && l1.len() > l2.len());
        // The second line may be the first's brand instead ("Headline | ShieldPath VPN Reviews"
        // over the masthead "ShieldPath VPN Reviews"): then the first line is the title.
        let is_brand = glued_brand(l1).is_some_and(|(_, brand)| brand == l2);
        if let Some(at) = at.filter(|_| headline_like(l2) && !is_brand) {
            let tail = &l1[at + l2.len()..];
            let site = glued_brand(tail).map(|(_, brand)| brand.to_string());
            return TitleChoice {
                title: Some(l2.to_string()),
                source: Some("first_line".into()),
                site_name_source: site.as_ref().map(|_| "title_suffix".into()),
                site_name: site,
                lines: vec![n1, n2],
                anchor: None,
            };
        }
    }
    // A lead-in that ends on a colon ("Here is the story in a lighter tone:") heads the text
    // and is no headline; the headline under it is, if there is one.
    if l1.ends_with(':') && l1.split_whitespace().count() >= 4 {
        return first
            .get(1)
            .filter(|&&n| headline_like(doc.line(n).trim_fast()))
            .map(|&n2| TitleChoice {
                title: Some(without_markdown(doc.line(n2).trim_fast()).to_string()),
                source: Some("first_line".into()),
                lines: vec![n2],
                ..TitleChoice::default()
            })
            .unwrap_or_default();
    }
    let l1_clean = BREADCRUMB_PREFIX.replace(l1, "").to_string();
    // A Markdown heading's marks ("# Headline", "**Headline**") are no part of it.
    let l1_clean = without_markdown(&l1_clean).to_string();
    // A browser's print header opens with the time it was printed ("6/9/26, 3:14 PM Headline
    // | Site"): no part of the headline.
    let l1_clean = PRINT_STAMP.replace(&l1_clean, "").to_string();
    if !headline_like(&l1_clean) {
        // A notice or prose on top; a headline may still stand right above its byline or date
        // further down ("We use cookies. ... Accept all", then the story's header).
        let is_meta = byline_or_date;
        let next_line = |n: usize| {
            (n + 1..=doc.lines.len())
                .map(|m| doc.line(m))
                .find(|l| !l.trim_fast().is_empty())
        };
        return first
            .iter()
            .skip(1)
            .find(|&&n| headline_like(doc.line(n).trim_fast()) && next_line(n).is_some_and(is_meta))
            .map(|&n| TitleChoice {
                title: Some(doc.line(n).trim_fast().to_string()),
                source: Some("first_line".into()),
                lines: vec![n],
                ..TitleChoice::default()
            })
            .unwrap_or_default();
    }
    // A headline wrapped over two lines: the first does not end a sentence, the second is short
    // and followed by a blank line or a date.
    let mut title = l1_clean.clone();
    let mut lines = vec![n1];
    if n1 < doc.lines.len() {
        let l2 = doc.line(n1 + 1).trim_fast();
        let after = if n1 + 2 <= doc.lines.len() {
            doc.line(n1 + 2).trim_fast()
        } else {
            ""
        };
        // What follows a headline: a blank line, the date or the byline.
        let after_is_break = after.is_empty()
            || !crate::dates::find_dates(after).is_empty()
            || crate::bylines::opens_byline(after);
        // The second line must not be the byline or the date that follow a headline.
        let is_date = !crate::dates::find_dates(l2).is_empty();
        if !l2.is_empty()
            && !skip.contains(&(n1 + 1))
            && !is_date
            && !is_breadcrumb(l2)
            && !l1.ends_with(['.', '!', '?', ':'])
            && l2.split_whitespace().count() <= 10
            && continues_headline(l1, l2)
            && headline_like(&format!("{title} {l2}"))
            && after_is_break
        {
            title = format!("{title} {l2}");
            lines.push(n1 + 1);
        }
    }
    let (title, site) = match glued_brand(&title) {
        Some((start, brand)) if title.split_whitespace().count() > 5 => (
            title[..start].trim_fast().to_string(),
            Some(brand.to_string()),
        ),
        _ => (title, None),
    };
    TitleChoice {
        title: Some(title),
        source: Some("first_line".into()),
        site_name_source: site.as_ref().map(|_| "title_suffix".into()),
        site_name: site,
        lines,
        anchor: None,
    }
}

/// Lines of a record's header ("Title:", "Author:", "Date:", "Site:" ...) read on either side of
/// its "Title:" line for the site's field.
const HEADER_FIELD_REACH: usize = 6;

/// The line and the name of the site's field in the header block around a "Title:" line `n`
/// (the filled lines next to it, up to a blank line, [`HEADER_FIELD_REACH`] at most on either
/// side): "Site: Kessvik Courier", as exports and scrapers write it beside "Author:" and
/// "Date:". See [`site_field`].
fn site_field_near(doc: &Document, n: usize) -> Option<(usize, &str)> {
    let filled = |k: &usize| !doc.line(*k).trim_fast().is_empty();
    let above = (n.saturating_sub(HEADER_FIELD_REACH).max(1)..n)
        .rev()
        .take_while(filled);
    let below = (n + 1..=doc.lines.len().min(n + HEADER_FIELD_REACH)).take_while(filled);
    above
        .chain(below)
        .find_map(|k| site_field(doc.line(k)).map(|s| (k, s)))
}

/// The site's name in a record's header field: "Site:", "Site name:", "Publication:",
/// "Publisher:", "Outlet:" or "Source:" and a name, not an address (a "Source: https://..." is
/// the page's own address, read with the URLs) nor a news agency ("Source: Reuters" credits the
/// wire, read with the agencies).
pub(crate) fn site_field(line: &str) -> Option<&str> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim_fast().to_ascii_lowercase();
    let value = value.trim_fast();
    let named = matches!(
        key.as_str(),
        "site" | "site name" | "publication" | "publisher" | "outlet" | "source"
    ) && value.starts_with(char::is_alphanumeric)
        && value.split_whitespace().count() <= 8
        && !value.contains("://")
        && !value.to_ascii_lowercase().starts_with("www.")
        && !value.contains(['/', '@'])
        && crate::lexicon::BUILTIN.agency_by_marker(value).is_none();
    named.then_some(value)
}

/// Candidate lines [`headline_past_chrome`] reads at most before it gives up (lines of one or
/// two words, a menu's items, not counted).
const CHROME_REACH: usize = 10;
/// Words of a notice's button ("Accept all", "Manage preferences", "OK").
const NOTICE_BUTTON_WORDS: usize = 3;
/// Filled lines [`headline_past_chrome`] reads at most, the menu's items counted: the top of a
/// page with a long menu, one item to a line.
const MENU_ITEMS_MAX: usize = 60;

/// A browser's print header's time stamp opening a line ("6/9/26, 3:14 PM "): the date in
/// digits, a comma and the time.
static PRINT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+")
        .expect("valid regex")
});

/// The subject's label of a mail header ("Subject: ", "Subject: Fwd: ").
static SUBJECT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:subject|betreff|objet|asunto)\s*:\s*(?:(?i:fwd?|re|aw|wg|tr)\s*:\s*)*")
        .expect("valid regex")
});

/// Lines of a mail's header read for its subject.
const MAIL_HEADER_LINES: usize = 6;

/// The line of a mail's subject when the text opens with the mail's header (a "From:" line, then
/// "To:", "Subject:", "Date:" in any order), or with its subject line alone ("Subject: Fwd:
/// ...", the rest of the header not kept): a newsletter or a story forwarded by mail, whose
/// subject is the headline.
fn mail_subject(doc: &Document, skip: &BTreeSet<usize>) -> Option<usize> {
    let header: Vec<usize> = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim_fast().is_empty() && !skip.contains(&n))
        .take(MAIL_HEADER_LINES)
        .collect();
    let subject = |n: &usize| {
        let line = doc.line(*n).trim_fast();
        SUBJECT_LINE
            .find(line)
            .is_some_and(|m| headline_like(&line[m.end()..]))
    };
    if header.first().is_some_and(subject) {
        return header.first().copied();
    }
    let from = doc.line(*header.first()?).trim_fast();
    if !from
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("from:"))
        && !from
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("von:"))
    {
        return None;
    }
    header.into_iter().skip(1).find(subject)
}

/// A line of a scraped page's top that is no headline: a masthead or a section ("Kessvik Post",
/// "NEWS", "THE LISVANE HERALD"), a menu ("Home  News  Sport", "Sign in | Subscribe"), a name
/// with its slogan ("Velmora Daily - Local news you can trust"), a notice's call ("FOR
/// IMMEDIATE RELEASE"), a skip link ("Skip to content"), or a lead-in that ends on a colon
/// ("Here is the article:").
fn chrome_like(line: &str) -> bool {
    // Counted up to 11: no test below tells eleven words from more. (`pieces_upto` counts as
    // `split_whitespace().take(11).count()` does, reading ASCII in blocks, not by character.)
    let words = crate::agency::pieces_upto(line, 11);
    let menu = menu_line(line);
    let short_parts =
        line.contains(" | ") && line.split(" | ").all(|p| p.split_whitespace().count() <= 3);
    // Past ten words a line is chrome only as a menu, a row of short parts, a print header or a
    // lead-in: a name and its slogan are ten words at most (three, the separator, six), and the
    // other tests below want five or fewer. Most lines asked are a story's paragraphs, which
    // those tests read several times over (about 8,000 instructions a plain text).
    if words > 10 {
        return menu || short_parts || PRINT_STAMP.is_match(line) || line.ends_with(':');
    }
    let cased = line.chars().any(char::is_alphabetic);
    // A name of at most three capitalised words, then a dash or a bar and a slogan.
    // (A newsletter's masthead may set it off with a double hyphen: "CAMPUS NEWS -- Office of
    // Communications".)
    let named = SEPARATORS.iter().chain(&[" -- "]).any(|sep| {
        line.split_once(sep).is_some_and(|(name, rest)| {
            let name: Vec<&str> = name.split_whitespace().collect();
            (1..=3).contains(&name.len())
                && name
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && rest.split_whitespace().count() <= 6
        })
    });
    let capitals = cased && !line.chars().any(char::is_lowercase) && words <= 4;
    // One or two capitalised words, or three whose last is an outlet's ("Calder Bay Today",
    // "Tromholm Tidende"): a short title-case headline ("Mill Strike Ends") is none.
    let last = line.split_whitespace().last().unwrap_or("");
    let three_names = (words <= 2
        || words == 3
            && (crate::bylines::is_outlet_or_role_word(bare_lower(last).as_str())
                || is_foreign_outlet_word(last)
                || is_masthead_adjective(last)
                || matches!(
                    bare_lower(last).as_str(),
                    "today" | "online" | "blog" | "digest" | "notes"
                )))
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
        && !line.ends_with(['.', '!', '?']);
    // A broadcaster's name and its channel's number ("KVRT Channel 7", "Radio Kessvik 2"):
    // capitalised words, one an outlet's, and the number last.
    let station = (3..=4).contains(&words)
        && last.chars().all(|c| c.is_ascii_digit())
        && line
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && line
            .split_whitespace()
            .any(|w| crate::bylines::is_outlet_or_role_word(bare_lower(w).as_str()));
    // A theme's skip link ("Skip to content", "Jump to main navigation").
    let skip_link = words <= 5 && {
        let lower = line.to_lowercase();
        lower.starts_with("skip to ") || lower.starts_with("jump to ")
    };
    menu || short_parts
        || station
        || PRINT_STAMP.is_match(line)
        || named
        || capitals
        || three_names
        || skip_link
        || words >= 4 && line.ends_with(':')
}

/// Whether `line` holds two spaces in a row, and three: `(line.contains("  "),
/// line.contains("   "))`, read from one search for two spaces by a searcher built once (two
/// substring searches were set up and run for each line). The search's matches do not overlap,
/// and a run of three spaces or more opens with one of them (the space before it is no space),
/// whose next byte is a space.
fn space_runs(line: &str) -> (bool, bool) {
    let b = line.as_bytes();
    let mut doubles = DOUBLE_SPACE.find_iter(b).peekable();
    let double = doubles.peek().is_some();
    (double, doubles.any(|i| b.get(i + 2) == Some(&b' ')))
}

/// The searcher for two spaces, built once: `str::contains` sets one up for each line asked.
static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// A menu or a print header: its items set apart by runs of white space, by bars, or by bullets
/// ([`bullet_menu`]).
fn menu_line(line: &str) -> bool {
    let (double, triple) = space_runs(line);
    triple
        || double && line.split_whitespace().count() >= 3
        // (A line with no bar, most lines, is not searched: `matches` sets up a searcher.)
        || memchr::memchr(b'|', line.as_bytes()).is_some() && line.matches(" | ").count() >= 2
        || bullet_menu(line)
}

/// A menu set with bullets: three or more items of one to three words between " • " or " · "
/// ("News • World • Business", "Dog Grooming • Cat Grooming • Nail Trims • Book Online").
fn bullet_menu(line: &str) -> bool {
    // Both separators' marks open with a lead byte (0xE2 of '•', 0xC2 of '·'): a line with
    // neither, most lines, holds no separator, and the two searches (each set up for the line)
    // are spared.
    if memchr::memchr2(0xE2, 0xC2, line.as_bytes()).is_none() {
        return false;
    }
    let sep = if line.contains(" • ") {
        " • "
    } else if line.contains(" · ") {
        " · "
    } else {
        return false;
    };
    let mut items = 0;
    for item in line.split(sep) {
        let n = item.split_whitespace().count();
        if n == 0 || n > 3 {
            return false;
        }
        items += 1;
    }
    items >= 3
}

/// A site's name over its menu in a scraped page's top: one to five words, each capitalised (or
/// "&", "and", "of", "the"), no sentence's end ("Pampered Paws Grooming Studio", "Rapid Auto Parts
/// Depot"), on the line right above a menu ([`chrome_like`]'s) or a breadcrumb ("Home / Business /
/// Kenya", "Home » News"). A short title-case headline has
/// no menu under it.
fn masthead_over_menu(line: &str, next: Option<&str>) -> bool {
    masthead_words(line)
        && next.is_some_and(|l| {
            let l = l.trim_fast();
            menu_line(l) || is_breadcrumb(l) || section_pair(l)
        })
}

/// A section and its subsection set in capitals between a bar or a slash, as a page prints them
/// over its headline ("WORLD | GREECE", "SPORT / FOOTBALL"): two parts of one or two words of
/// letters. Capitals only: "Ann Lee | Reuters" is a byline.
fn section_pair(line: &str) -> bool {
    let Some((a, b)) = line.split_once(" | ").or_else(|| line.split_once(" / ")) else {
        return false;
    };
    [a, b].iter().all(|part| {
        let words = part.split_whitespace().count();
        (1..=2).contains(&words)
            && part
                .chars()
                .all(|c| c.is_whitespace() || c.is_alphabetic() && !c.is_lowercase())
    })
}

/// The words of [`masthead_over_menu`]'s site name: one to five, each capitalised (or "&",
/// "and", "of", "the"), no sentence's end but a company's form.
fn masthead_words(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                || matches!(*w, "and" | "of" | "the")
        })
        && words.iter().any(|w| w.chars().any(char::is_alphabetic))
        // A company's name may end on its form's full stop ("Green Meadow CBD Co.").
        && (!line.ends_with(['.', '!', '?', ':'])
            || [" Co.", " Inc.", " Ltd.", " LLC.", " Corp."]
                .iter()
                .any(|f| line.ends_with(f)))
}

/// A line that dates or signs the story: a byline, a date line, "2 hours ago" (after a bullet).
fn is_meta_line(line: &str) -> bool {
    let line = line.trim_fast();
    let bare = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // A labelled date line whose date is a third of it ("Posted by admin on 2025-06-21").
    let dated = || {
        line.split_whitespace().count() <= 8
            && crate::dates::find_dates(line)
                .first()
                .is_some_and(|d| 3 * (d.end - d.start) >= line.len())
    };
    // A theme's meta row, its parts set off by bars or bullets ("Posted by admin | November 11,
    // 2026 | Uncategorized"): short parts, one a byline or a date.
    let row = || {
        let sep = [" | ", " • ", " · "]
            .into_iter()
            .find(|sep| line.contains(sep));
        sep.is_some_and(|sep| {
            let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
            parts.iter().all(|p| p.split_whitespace().count() <= 5)
                && parts
                    .iter()
                    .any(|p| crate::bylines::is_byline_line(p) || mostly_date(p))
        })
    };
    // An account's byline, which names no person ("By admin", "Posted by newsdesk").
    let account = || {
        let lower = bare.to_lowercase();
        ["by ", "posted by ", "written by "].iter().any(|label| {
            lower
                .strip_prefix(label)
                .is_some_and(|rest| rest.split_whitespace().count() == 1)
        })
    };
    crate::bylines::is_byline_line(line)
        || mostly_date(line)
        || RELATIVE_TIME.is_match(bare)
        || dated()
        || row()
        || account()
}

/// A text scraped with the site's furniture on top: the first line is chrome ([`chrome_like`]:
/// a masthead, a menu, a slogan), and the headline is the first line further down that reads as
/// one (four words or more, not chrome) and stands next to the story's byline or date: right
/// above it (a bare name may come between: "Ana Lopes" / "6 March 2025"), or right under it
/// when the byline and time head the story ("Story by Carl Wendt" / "2 hours ago" / headline).
/// Lines of non-article blocks (`skip`) and breadcrumbs are passed; prose ends the search.
fn headline_past_chrome(
    doc: &Document,
    skip: &BTreeSet<usize>,
    n1: Option<usize>,
) -> Option<(usize, Option<usize>)> {
    let n1 = n1?;
    // A menu's items of one or two words, one to a line, do not count towards the reach: a
    // page may list a dozen sections above its headline.
    let counts = |n: usize| doc.line(n).split_whitespace().nth(2).is_some();
    let mut counted = 0;
    let filled: Vec<usize> = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim_fast().is_empty() && !skip.contains(&n))
        .take(MENU_ITEMS_MAX)
        .take_while(|&n| {
            counted += usize::from(counts(n));
            counted <= CHROME_REACH + 3
        })
        .collect();
    let at = filled.iter().position(|&n| n == n1)?;
    let after = |i: usize| filled.get(i + 1).map(|&m| doc.line(m));
    // The site's name over its menu (a masthead that `chrome_like` does not know by its words).
    let masthead = |i: usize| masthead_over_menu(doc.line(filled[i]).trim_fast(), after(i));
    let l1 = doc.line(n1).trim_fast();
    // A bare address on top (a scrape that starts with its URL) is chrome too.
    let address = !l1.contains(char::is_whitespace) && l1.starts_with("http");
    if !chrome_like(l1) && !masthead(at) && !address {
        return None;
    }
    let mut read = 0;
    // The first headline-like line passed over (its index in `filled`), and whether another
    // line of text was passed after it.
    let mut passed: Option<usize> = None;
    let mut passed_more = false;
    for (i, &n) in filled.iter().enumerate().skip(at + 1) {
        read += usize::from(counts(n));
        if read > CHROME_REACH {
            break;
        }
        let line = doc.line(n).trim_fast();
        // A rule of '=' or '-' under a newsletter's masthead is no line of text.
        let rule = !line.chars().any(char::is_alphanumeric);
        if rule || is_breadcrumb(line) || is_meta_line(line) || chrome_like(line) || masthead(i) {
            continue;
        }
        let next = |k: usize| filled.get(i + k).map(|&m| doc.line(m).trim_fast());
        if !headline_like(line) {
            // A notice's text over its buttons ("We use cookies ... your preferences." /
            // "Accept all") is passed; other prose is the story's, and ends the search.
            if next(1).is_some_and(|l| {
                l.split_whitespace().count() <= NOTICE_BUTTON_WORDS
                    && !l.ends_with(['.', '!', '?', ':'])
            }) {
                continue;
            }
            return None;
        }
        let a_name = |l: &str| {
            (2..=3).contains(&l.split_whitespace().count())
                && l.split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        };
        // The story's lead opening with its dateline's place in capitals ("KESSVIK, Norvland,
        // March 5, 2025 /Wire/ -- ...", "HALVEC (Reuters) - ...") stands under a headline too.
        let dateline_lead = |l: &str| {
            let place = l.split([',', '(']).next().unwrap_or("").trim_fast();
            place.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !place.chars().any(char::is_lowercase)
                && place.split_whitespace().count() <= 3
                && l.split_whitespace().nth(12).is_some()
        };
        // The next line of the text itself, set aside (`skip`) or not: a byline or date line
        // that the block reader took as the story's metadata still dates the headline above it.
        let next_in_text = (n + 1..=doc.lines.len())
            .map(|m| doc.line(m).trim_fast())
            .find(|l| !l.is_empty());
        let above_meta = next(1).is_some_and(is_meta_line)
            || next_in_text.is_some_and(is_meta_line)
            || next(1).is_some_and(a_name) && next(2).is_some_and(is_meta_line)
            || next(1).is_some_and(dateline_lead)
            // A release's subheading between its headline and the dateline's lead.
            || next(1).is_some_and(|l| headline_like(l) && !dateline_lead(l))
                && next(2).is_some_and(dateline_lead);
        // Under the byline and time, the headline is followed by a paragraph of its own (a
        // blank line between, or a long line), not by the next piece of a hard-wrapped one.
        let last_word = line.split_whitespace().last().unwrap_or("").to_lowercase();
        let ends_phrase = !crate::lexicon::ENGLISH_FUNCTION_WORDS.contains(last_word.as_str());
        let paragraph_follows = filled.get(i + 1).is_none_or(|&m| {
            let next = doc.line(m).trim_fast();
            m > n + 1
                || next.split_whitespace().nth(15).is_some()
                || ends_phrase && next.starts_with(char::is_uppercase)
        });
        let under_meta = i > 0
            && is_meta_line(doc.line(filled[i - 1]))
            && next(1).is_none_or(|l| !headline_like(l))
            && paragraph_follows;
        if line.split_whitespace().count() >= 4 && (above_meta || under_meta) {
            // The site's name, when a masthead over a menu stood above the headline, or an
            // outlet's name among the chrome ("The Dunmore Examiner" between "Search" and
            // "Subscribe"), not a section's ("Local News").
            let site = (0..i)
                .find(|&k| masthead(k))
                .or_else(|| {
                    (0..i).find(|&k| {
                        let l = doc.line(filled[k]).trim_fast();
                        names_outlet(l) && !section_label(l)
                    })
                })
                .map(|k| filled[k]);
            // A headline over its standfirst, the standfirst over the byline ("School bus
            // rolls on gorge road" / "Three children hurt after bus leaves road" / "Rebecca
            // Tane"): the first is the headline. It is the first line of text past the chrome,
            // under a menu, a section's name or a breadcrumb, right above the standfirst with a
            // blank line between. A masthead's tagline stands under the masthead's name instead
            // ("Habari Flash Today" / "Latest Kenya News, Trending Stories & Updates" / headline).
            let headline = passed
                .filter(|&p| !passed_more && p + 1 == i && filled[p] + 1 < n)
                .filter(|&p| {
                    let above = doc.line(filled[p.max(1) - 1]).trim_fast();
                    p > 0
                        && !masthead(p - 1)
                        && (menu_line(above) || section_label(above) || is_breadcrumb(above))
                })
                .map_or(n, |p| filled[p]);
            return Some((headline, site));
        }
        if passed.is_some() {
            passed_more = true;
        } else if line.split_whitespace().count() >= 4 {
            passed = Some(i);
        }
    }
    None
}

/// Lines under a headline within which its byline or date line stands (a bare name and the
/// outlet's name may come between: "Jessamy Orrell" / "Millbrook Observer" / "Published ...").
const MASTHEAD_META_REACH: usize = 3;

/// A text scraped with its masthead on top: the outlet's name on the first line ("The
/// Millbrook Observer": two to five capitalised words, the last an outlet's word such as
/// "Observer", "Gazette", "News"), perhaps a section in capitals ("LOCAL NEWS"), then the
/// headline, in sentence case, with a byline or a date line at most [`MASTHEAD_META_REACH`]
/// lines under it. A masthead of another language has an outlet word of that language at
/// either end ("Järvi-Savon Sanomat", "Warta Nusantara", "Сибирская хроника": see
/// [`is_foreign_outlet_word`]), and its headline may be in title case. A newsletter or a
/// print edition may set its date (or issue line) under the masthead, over the headline ("The
/// Lakeside Ledger" / "Weekly briefing | June 3, 2026" / headline): a headline under such a date
/// line needs no byline or date under it, but stands alone on its line (a blank line or a
/// byline after it), as the first line of a hard-wrapped paragraph does not. The headline's line
/// and the masthead's, or `None` when the text does not open so.
fn headline_under_masthead(doc: &Document, first: &[usize]) -> Option<(usize, usize)> {
    let (&n1, rest) = first.split_first()?;
    let l1 = doc.line(n1).trim_fast();
    // A name with no outlet's word is a masthead too when a section's name, a breadcrumb or a
    // menu stands under it ("Hollin Vale Food Bank" / "News", "Hot Stories Portal" / "Home >
    // News > Local"). (A name right over a headline in sentence case is not enough: a headline
    // in title case stands so over its standfirst, "Frost Suit Filed" / "Orchard growers sue
    // …".)
    let named = || {
        let &n2 = rest.first()?;
        let under = doc.line(n1 + 1).trim_fast();
        let chrome_under = is_breadcrumb(under) || menu_line(under);
        (name_like(l1) && (section_label(doc.line(n2).trim_fast()) || chrome_under))
            .then_some(false)
    };
    let foreign = masthead_kind(without_edition(l1)).or_else(named)?;
    let is_date_line = |line: &str| {
        mostly_date(line)
            || line.split_whitespace().count() <= DATE_LINE_WORDS
                && !crate::dates::find_dates(line).is_empty()
    };
    let is_meta = |line: &str| {
        let line = line.trim_fast();
        crate::bylines::is_byline_line(line) || is_date_line(line)
    };
    let mut dated_above = false;
    for (i, &n) in rest.iter().take(4).enumerate() {
        let line = doc.line(n).trim_fast();
        let words: Vec<&str> = line.split_whitespace().collect();
        // A section's name between the masthead and the headline, in capitals or not
        // ("BUSINESS", "Business"), the site's menu ("Celebs | TV | Royals | Gossip") or a
        // breadcrumb ("Home › Portugal › Centre").
        // A section's name of one or two capitalised words right under the masthead, whatever
        // the section ("Agribusiness", "Motoring"), is one too.
        let kicker = i == 0
            && words.len() <= 2
            && !line.ends_with(['.', '!', '?', ':'])
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
        if words.len() <= 3 && !line.chars().any(char::is_lowercase)
            || kicker
            || section_label(line)
            || menu_line(line)
            || is_breadcrumb(line)
        {
            continue;
        }
        // The edition's date between them (once).
        if !dated_above && !crate::bylines::is_byline_line(line) && is_date_line(line) {
            dated_above = true;
            continue;
        }
        // The headline in sentence case: most words after the first in lower case.
        let lower = words
            .iter()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .count();
        let meta_below = (n + 1..=doc.lines.len())
            .filter(|&m| !doc.line(m).trim_fast().is_empty())
            .take(MASTHEAD_META_REACH)
            .any(|m| is_meta(doc.line(m)));
        let alone = || {
            n + 1 > doc.lines.len()
                || doc.line(n + 1).trim().is_empty()
                || crate::bylines::is_byline_line(doc.line(n + 1).trim())
        };
        // Under a masthead named by an outlet word of another language, a headline in title
        // case is one too ("Pemkot Sukamaju Resmikan Pasar Apung Baru"): the house style of
        // Indonesian and other outlets.
        // A headline in title case right over its byline is one too: a standfirst does not
        // stand between them.
        let byline_next = || {
            (n + 1..=doc.lines.len())
                .map(|m| doc.line(m).trim_fast())
                .find(|l| !l.is_empty())
                .is_some_and(crate::bylines::is_byline_line)
        };
        // The masthead's tagline, on the line right under it ("Local news for Cedar Hollow and
        // Pike Valley", "Portugal's English-language daily"), when a headline stands further
        // down (over its byline or date, which do not follow this line at once).
        let meta_next = || {
            (n + 1..=doc.lines.len())
                .map(|m| doc.line(m))
                .find(|l| !l.trim_fast().is_empty())
                .is_some_and(is_meta)
        };
        let headline_further = || {
            rest.iter().skip(i + 1).take(2).any(|&m| {
                let l = doc.line(m).trim_fast();
                l.split_whitespace().count() >= 4 && headline_like(l) && !is_meta(l)
            })
        };
        if i == 0 && n == n1 + 1 && tagline_like(line) && !meta_next() && headline_further() {
            continue;
        }
        return (words.len() >= 4
            && (2 * lower >= words.len() - 1 || foreign || byline_next())
            && headline_like(line)
            && !is_meta(line)
            && (meta_below || dated_above && alone()))
        .then_some((n, n1));
    }
    None
}

/// `line` without a Markdown heading's marks: the leading `#`s of an ATX heading ("## Headline")
/// and the emphasis around the whole line ("**Headline**", "__Headline__"), when the line holds
/// nothing else.
fn without_markdown(line: &str) -> &str {
    let mut out = line;
    let hashes = out.len() - out.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && out[hashes..].starts_with(' ') {
        out = out[hashes..].trim_start();
    }
    for mark in ["**", "__"] {
        if let Some(inner) = out.strip_prefix(mark).and_then(|o| o.strip_suffix(mark)) {
            if !inner.contains(mark) && !inner.trim().is_empty() {
                out = inner.trim();
            }
        }
    }
    out
}

/// A push-notification scam's lure: "Click \"Allow\" to continue reading", "Press Allow to
/// confirm that you are not a robot", "Tap Allow to watch the video".
fn notification_lure(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    matches!(
        (words.next(), words.next()),
        (Some(verb), Some(what))
            if ["click", "press", "tap"].iter().any(|v| verb.eq_ignore_ascii_case(v))
                && what.eq_ignore_ascii_case("allow")
    )
}

/// A byline line or a line that is mostly a date: what stands under a headline.
fn byline_or_date(line: &str) -> bool {
    let line = line.trim_fast();
    crate::bylines::is_byline_line(line) || mostly_date(line)
}

/// Longest tagline under a masthead, in words.
const TAGLINE_WORDS: usize = 10;

/// A line that can be a masthead's tagline: short, no sentence (no closing full stop), and
/// neither a byline nor a date.
fn tagline_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=TAGLINE_WORDS).contains(&words)
        && !line.ends_with(['.', ':'])
        && !crate::bylines::is_byline_line(line)
        && crate::dates::find_dates(line).is_empty()
}

/// The names of a site's sections, lower-cased, as a page sets one alone on the line between its
/// masthead and the headline ("News", "Business", "Local News", "Wirtschaft").
const SECTION_NAMES: &[&str] = &[
    "news",
    "latest",
    "latest news",
    "local",
    "local news",
    "national",
    "world",
    "world news",
    "nation",
    "region",
    "metro",
    "city",
    "community",
    "business",
    "economy",
    "money",
    "markets",
    "finance",
    "politics",
    "opinion",
    "opinions",
    "editorial",
    "commentary",
    "analysis",
    "columns",
    "letters",
    "sport",
    "sports",
    "culture",
    "arts",
    "entertainment",
    "lifestyle",
    "life",
    "health",
    "science",
    "technology",
    "tech",
    "travel",
    "food",
    "education",
    "crime",
    "weather",
    "environment",
    "features",
    "obituaries",
    "faith",
    "religion",
    "blog",
    "updates",
    "press releases",
    "press",
    "media",
    "reviews",
    "books",
    "music",
    "film",
    "motoring",
    "property",
    "nachrichten",
    "politik",
    "wirtschaft",
    "kultur",
    "lokales",
    "noticias",
    "deportes",
    "actualités",
    "économie",
    "cronaca",
    "nieuws",
    "nyheter",
    "wiadomości",
];

/// Whether `line` is a section's name alone: one or two words, capitalised, in
/// [`SECTION_NAMES`].
fn section_label(line: &str) -> bool {
    line.len() <= 24
        && line.starts_with(char::is_uppercase)
        && line.split_whitespace().nth(2).is_none()
        && SECTION_NAMES.contains(&line.to_lowercase().as_str())
}

/// Whether `line` reads as a name: two to five words, each capitalised (or a connector: "of",
/// "the", "and", "&"), no digit, no sentence's end ("Hollin Vale Food Bank").
fn name_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "&"))
        && !line.chars().any(|c| c.is_ascii_digit())
        && !line.ends_with(['.', '!', '?', ':', ','])
}

/// A masthead without the edition it names after a dash or a bar ("Talwald Valley Courier —
/// English edition", "El Heraldo de Valdemora | Edición digital"): at most three words after
/// the separator, one of them the word "edition" in one of the outlet words' languages.
fn without_edition(line: &str) -> &str {
    let Some((name, tail)) = split_at_last_separator(line) else {
        return line;
    };
    let words: Vec<String> = tail.split_whitespace().map(bare_lower).collect();
    let edition = words.len() <= 3
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "edition" | "édition" | "edición" | "edizione" | "edição" | "ausgabe" | "editie"
            )
        });
    if edition && !name.trim_fast().is_empty() {
        name.trim_fast()
    } else {
        line
    }
}

/// `line` cut at the separator ([`SEPARATORS`] or " -- ") whose last occurrence starts last:
/// the part before it and the part after, as `line.rsplit_once(sep)` gives them for that
/// separator. Every separator opens with a space and no two can start at one place (they differ
/// in their second or third byte), so it is the first separator found reading the line's spaces
/// back from its end (memchr). A `rsplit_once` for each separator set up a substring searcher
/// for each and read the line ten times: about 10,000 instructions a call.
fn split_at_last_separator(line: &str) -> Option<(&str, &str)> {
    memchr::memrchr_iter(b' ', line.as_bytes()).find_map(|p| {
        // `p` holds a space: a character boundary.
        let rest = &line[p..];
        SEPARATORS
            .iter()
            .chain(&[" -- "])
            .find(|sep| rest.starts_with(**sep))
            .map(|sep| (&line[..p], &rest[sep.len()..]))
    })
}

/// Whether `l1` reads as an outlet's masthead ("The Millbrook Observer": two to five capitalised
/// words, the last an outlet's word such as "Observer", "Gazette", "News"; or a name with an
/// outlet word of another language at either end, see [`is_foreign_outlet_word`]): `Some` of
/// whether that word is of another language, `None` when it is no masthead.
fn masthead_kind(l1: &str) -> Option<bool> {
    // A masthead is one to five words: a longer line (most lines asked are a story's
    // sentences) is none, told before its words are collected and its last one looked up in
    // the outlet words (a lower-cased copy).
    if l1.split_whitespace().nth(5).is_some() {
        return None;
    }
    let words: Vec<&str> = l1.split_whitespace().collect();
    let connector = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "and"
                | "&"
                | "de"
                | "du"
                | "la"
                | "des"
                | "di"
                | "del"
                | "della"
                | "do"
                | "da"
                | "von"
                | "am"
                | "van"
                | "het"
                | "der"
                | "den"
        )
    };
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // An outlet word of another language ends the name ("Järvi-Savon Sanomat", "Сибирская
    // хроника") or, for the words that open names, starts it ("Warta Nusantara", "Diario de
    // Vellmar"); such a masthead may keep its later words in lower case.
    let foreign_end = words.len() >= 2 && words.last().is_some_and(|w| is_foreign_outlet_word(w));
    // An article may stand before the opening word ("Le Courrier de la Vallée", "El Heraldo de
    // Valdemora", "Il Corriere di Arvena").
    let foreign_start = words.len() >= 2
        && words.len() <= 4
        && words.first().is_some_and(|w| opens_foreign_outlet_name(w))
        || (3..=5).contains(&words.len())
            && is_article(words[0])
            && opens_foreign_outlet_name(words[1]);
    let foreign = foreign_end || foreign_start;
    let english_end = words
        .last()
        .is_some_and(|w| crate::bylines::is_outlet_or_role_word(w));
    // Before an outlet word at the end stands a place, maybe "The" and a masthead adjective
    // ("The Millbrook Observer", "Brennock Valley Courier", "New Arden Daily News"): at most two
    // name words, three with such an adjective. A title-case headline has a subject and a verb
    // before its last word ("Nurse Donates Wartime Journal", "Teachers Start Local Journal").
    let name_words = || {
        words[..words.len().saturating_sub(1)]
            .iter()
            .filter(|w| !connector(&w.to_lowercase()))
            .count()
    };
    // Asked last, of a line of a masthead's length: it lower-cases each word.
    let short_name = || {
        foreign_start
            || name_words() <= 2
            || name_words() == 3 && words.iter().any(|w| is_masthead_adjective(w))
    };
    // One word of a name and an outlet word of another language run together, as Scandinavian
    // and German papers are named ("Norrlandsbladet", "Västerbottens-Kuriren", "Abendzeitung").
    if let [word] = words.as_slice() {
        return compound_outlet_name(word).then_some(true);
    }
    let masthead = (2..=5).contains(&words.len())
        && (words.iter().all(|w| connector(w) || capitalised(w))
            || foreign && words.len() <= 3 && words.first().is_some_and(capitalised))
        && !l1.chars().any(|c| c.is_ascii_digit())
        && !l1.ends_with(['.', '!', '?', ':'])
        && (foreign || english_end)
        && short_name();
    masthead.then_some(foreign)
}

/// Whether `word` is a paper's name written as one word: capitalised, without digits, and
/// ending in an outlet word of another language of four letters or more after a stem of three
/// or more ("Norrlandsbladet", "Abendzeitung", "Helsingin-Sanomat"): see [`FOREIGN_OUTLET_WORDS`].
fn compound_outlet_name(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase)
        || word.chars().any(|c| !c.is_alphabetic() && c != '-')
        || word.chars().count() < 8
    {
        return false;
    }
    let lower = word.to_lowercase();
    FOREIGN_OUTLET_WORDS.keys().any(|w| {
        w.chars().count() >= 4
            && lower.ends_with(w.as_str())
            && lower[..lower.len() - w.len()]
                .trim_end_matches('-')
                .chars()
                .count()
                >= 3
    })
}

/// The outlet words of other languages than English (`data/lexicons/outlet_words.txt`),
/// lower-cased, each with whether it may open an outlet's name (marked `^` in the file).
static FOREIGN_OUTLET_WORDS: LazyLock<BTreeMap<String, bool>> = LazyLock::new(|| {
    crate::lexicon::data_lines(include_str!("../../../data/lexicons/outlet_words.txt"))
        .map(|l| {
            let l = l.trim_fast();
            let opens = l.starts_with('^');
            (l.trim_start_matches('^').to_lowercase(), opens)
        })
        .collect()
});

/// A word stripped of the punctuation around it, lower-cased.
fn bare_lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// True for a word that names a news outlet in a language other than English ("Sanomat",
/// "Zeitung", "Warta", "хроника"); see [`FOREIGN_OUTLET_WORDS`].
fn is_foreign_outlet_word(word: &str) -> bool {
    FOREIGN_OUTLET_WORDS.contains_key(&bare_lower(word))
}

/// True for an outlet word that may open an outlet's name ("Warta", "Diario", "Corriere",
/// "Вести"), not only end it ("Sanomat", "Zeitung", "Avis").
fn opens_foreign_outlet_name(word: &str) -> bool {
    FOREIGN_OUTLET_WORDS
        .get(&bare_lower(word))
        .copied()
        .unwrap_or(false)
}

/// An article that may open an outlet's name in a language of the outlet words
/// (`data/lexicons/outlet_words.txt`): "Le Courrier ...", "El Heraldo ...", "Il Corriere ...".
fn is_article(word: &str) -> bool {
    matches!(
        word,
        "Le" | "La"
            | "Les"
            | "L'"
            | "El"
            | "Il"
            | "Lo"
            | "O"
            | "A"
            | "Der"
            | "Die"
            | "Das"
            | "De"
            | "Het"
    )
}

/// An adjective of English mastheads ("New Arden Daily News", "The Sunday Courier", "Gold Coast
/// Business Review").
fn is_masthead_adjective(word: &str) -> bool {
    matches!(
        bare_lower(word).as_str(),
        "daily"
            | "evening"
            | "morning"
            | "sunday"
            | "weekly"
            | "weekend"
            | "county"
            | "valley"
            | "coast"
            | "business"
    )
}

/// Words of a line that is a date line, perhaps with a label or a time beside the date.
const DATE_LINE_WORDS: usize = 16;

/// The words of a line, and whether it is Chinese or Japanese: those count a Han or kana
/// character as a word (`body::count_words`), other lines their white-space words. A lead byte
/// of 0xE3 or more is looked for first, so a Latin line is never read character by character.
/// White-space words are counted up to [`LINE_WORDS_COUNTED`] (`min(count, 31)`): no caller
/// tells 31 words from more. They are counted by `agency::pieces_upto`, which reads ASCII in
/// blocks and stops at the limit, where `split_whitespace` decoded every character of the line.
fn line_words(s: &str) -> (usize, bool) {
    if s.bytes().any(|b| b >= 0xE3) && s.chars().any(crate::body::is_cjk) {
        (crate::body::count_words(s), true)
    } else {
        (crate::agency::pieces_upto(s, LINE_WORDS_COUNTED), false)
    }
}

/// How far [`line_words`] counts a line's white-space words: one past the most a headline has
/// ([`headline_like`]: 30); a kicker has at most four.
const LINE_WORDS_COUNTED: usize = 31;

/// A line that reads as a headline: a few words, not a sentence of prose, not a date or URL.
/// True when the first date in `s` takes up half of it or more ("23 January 2022", "Posted
/// 14.03.2024").
fn mostly_date(s: &str) -> bool {
    crate::dates::find_dates(s)
        .first()
        .is_some_and(|d| 2 * (d.end - d.start) >= s.len())
}

/// A line that is only how long ago something was posted: "2 hours ago", "vor 3 Stunden".
static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:last\s+)?(?:updated|posted|published)\s*:?\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)$|^il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?)$|^hace\s+\d+\s+(?:minutos?|horas?|días?)$")
        .expect("valid regex")
});

/// Whether `s` opens with the ASCII `prefix` in any case: `s.to_ascii_lowercase()` starts with
/// it, without the copy (ASCII case changes no other byte).
fn opens_ignoring_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn headline_like(s: &str) -> bool {
    // Two sentences or more are prose or a notice ("We use cookies. By continuing ... Accept"),
    // not a headline.
    let sentence_breaks = s
        .match_indices(". ")
        .filter(|(at, _)| {
            s[at + 2..].starts_with(|c: char| c.is_uppercase())
                // "Mr. Lee", "St. Ives": an abbreviation, not a sentence's end.
                && s[..*at]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.chars().count() > 3)
        })
        .count();
    if sentence_breaks >= 2 {
        return false;
    }
    // A headline of Chinese or Japanese runs to 60 characters (see `line_words`).
    let (words, cjk) = line_words(s);
    let most = if cjk { 60 } else { 30 };
    (2..=most).contains(&words)
        && s.len() <= 250
        && !s.ends_with(['.', '。'])
        && !opens_ignoring_ascii_case(s.trim_start(), "http")
        && !opens_ignoring_ascii_case(s.trim_start(), "www.")
        && crate::dates::find_dates(s)
            .first()
            .is_none_or(|d| d.end - d.start < s.len() / 2)
}

#[cfg(test)]
mod tests {
    /// `split_at_last_separator` cuts where `rsplit_once` at the separator whose last
    /// occurrence starts last cut, on seeded random lines of separators, their pieces, words,
    /// dashes and white space.
    #[test]
    fn last_separator_as_by_rsplit_once() {
        fn by_rsplit(line: &str) -> Option<(&str, &str)> {
            super::SEPARATORS
                .iter()
                .chain(&[" -- "])
                .filter_map(|sep| line.rsplit_once(sep))
                .max_by_key(|(name, _)| name.len())
        }
        let pieces = [
            " | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " // ", " -- ", " ", "-",
            "--", "|", ":", "/", "—", "·", "»", "Edition", "Courier", "é", "\t",
        ];
        let mut rng = crate::Xorshift::new();
        let mut cut = 0;
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 12);
            let want = by_rsplit(&line);
            assert_eq!(super::split_at_last_separator(&line), want, "{line:?}");
            cut += usize::from(want.is_some());
        }
        assert!(cut > 15_000, "{cut}");
    }

    /// `is_breadcrumb` answers as the split into a list of parts did, on seeded random lines of
    /// separators, their bytes' look-alikes (other characters ending in BB or BA), words and
    /// white space.
    #[test]
    fn breadcrumb_test_is_the_split() {
        fn by_parts(line: &str) -> bool {
            let parts: Vec<&str> = line.split(['>', '»', '›']).map(str::trim).collect();
            // From the home page through a section, the last part may be a headline.
            let home = parts[0].eq_ignore_ascii_case("home");
            parts.len() >= 2
                && parts.iter().enumerate().all(|(i, p)| {
                    !p.is_empty()
                        && (p.split_whitespace().count() <= 3
                            || home && i >= 2 && i + 1 == parts.len())
                })
        }
        let pieces = [
            ">",
            "»",
            "›",
            " > ",
            " » ",
            "\u{3bb}",
            "\u{fb}",
            "\u{2bba}",
            "\u{10ba}",
            "Home",
            "News",
            "Local politics",
            "a b c",
            " ",
            "\u{a0}",
            "\t",
            "x",
            "é",
            "Sport",
        ];
        let mut rng = crate::Xorshift::new();
        let mut hits = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 9);
            let want = by_parts(&line);
            hits += usize::from(want);
            assert_eq!(super::is_breadcrumb(&line), want, "{line:?}");
        }
        assert!(hits > 1000, "{hits}");
    }

    use super::*;

    /// `space_runs` finds the runs `str::contains` did: seeded random lines of spaces, other
    /// white space and words.
    #[test]
    fn space_runs_are_the_searches() {
        let pieces = [" ", "  ", "\t", "\u{a0}", "a", "News", "x y"];
        let mut rng = crate::Xorshift::new();
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 8);
            let want = (line.contains("  "), line.contains("   "));
            assert_eq!(space_runs(&line), want, "{line:?}");
        }
    }

    /// `split_header_row` as it was: each separator's first occurrence, the earliest kept.
    fn split_header_row_by_searches(line: &str) -> Option<(&str, &str)> {
        memchr::memchr3(b'|', 0xE2, 0xC2, line.as_bytes())?;
        OUTLET_DATE_SEPARATORS
            .iter()
            .filter_map(|sep| line.split_once(sep))
            .min_by_key(|(name, _)| name.len())
    }

    /// `split_header_row` cuts where the searches for each separator did: seeded random lines
    /// of the separators' marks with and without spaces, other characters with the same lead
    /// bytes ('’', '…', '©', '\u{a0}') and words.
    #[test]
    fn split_header_row_is_the_earliest_separator() {
        let pieces = [
            " ", "|", "—", "–", "·", "•", "’", "…", "©", "\u{a0}", " | ", " — ", " – ", " · ",
            " • ", "Ann", "Lee", "x", "||", "Ann Lee", "3 May",
        ];
        let mut rng = crate::Xorshift::new();
        let mut cut = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 9);
            let want = split_header_row_by_searches(&line);
            cut += usize::from(want.is_some());
            assert_eq!(split_header_row(&line), want, "{line:?}");
        }
        assert!(cut > 1000, "{cut}");
    }

    /// `title_line` reads the title `TITLE_LINE` captures, on seeded random lines of labels in
    /// several cases, Markdown's stars and hashes, white space (Unicode too), colons, line breaks
    /// and words.
    #[test]
    fn title_line_as_the_regex() {
        let pieces = [
            "title",
            "Title",
            "TITLE",
            "headline",
            "HeadLine",
            "head",
            ":",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{2003}",
            "*",
            "**",
            "***",
            "#",
            "##",
            "###",
            "####",
            "\n",
            "\r",
            "x",
            "ab",
            "Council votes",
            "é",
            "ſ",
            "\u{212a}",
            "İ",
            "-",
            ": ",
            "**Title:** ",
            "# Title: ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..60_000 {
            let line = rng.string(&pieces, 9);
            let want = super::TITLE_LINE
                .captures(&line)
                .map(|c| c.name("t").map(|m| m.as_str()));
            matched += usize::from(want.is_some());
            assert_eq!(super::title_line(&line).map(Some), want, "{line:?}");
        }
        assert!(matched > 1000, "{matched}");
    }

    /// `may_label_title` turns away no line `TITLE_LINE` matches: seeded random lines of the
    /// labels in several cases, white space (Unicode too), colons and words.
    #[test]
    fn title_label_test_turns_away_no_title_line() {
        let pieces = [
            "title",
            "Title",
            "TITLE",
            "tItLe",
            "headline",
            "Headline",
            "HEADLINE",
            "head",
            "line",
            "titl",
            ":",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{2003}",
            "x",
            "Council",
            " votes ",
            "é",
            "ſ",
            "K",
            "\u{212a}",
            "İ",
            "ı",
            "-",
            "a long piece of a headline ",
        ];
        let mut rng = crate::Xorshift::new();
        let old =
            regex::Regex::new(r"(?i)^\s*(?:title|headline)\s*:\s*(?P<t>\S.{2,300})$").unwrap();
        let mut matched = 0;
        for k in 0..60_000 {
            let mut line = rng.string(&pieces, 9);
            // Titles around the 301 characters the old pattern allowed.
            if k % 3 == 0 {
                line.push_str(&"é".repeat(280 + rng.below(40)));
            }
            let want = old.captures(&line).map(|c| c["t"].to_string());
            matched += usize::from(want.is_some());
            assert!(want.is_none() || super::may_label_title(&line), "{line:?}");
            let got = super::TITLE_LINE
                .captures(&line)
                .filter(|c| c["t"].chars().count() <= 301)
                .map(|c| c["t"].to_string());
            assert_eq!(got, want, "{line:?}");
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn last_dash_is_rfind() {
        let pieces = [
            "a", " ", "-", "–", "—", "|", "€", "‘", "’", "日", "é", "\u{2080}",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let n = rng.below(12);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            assert_eq!(last_dash(&s), s.rfind(['-', '–', '—', '|']), "{s:?}");
        }
    }

    #[test]
    fn glued_brand_finds_what_the_bounded_regex_does() {
        let oracle = Regex::new(
            r"\s+[-–—|]\s?(?P<brand>\p{Lu}[\p{L}0-9]{2,30}(?:(?:\s\p{Lu}[\p{L}0-9]{1,20}){1,2}\s[0-9]{1,4}|(?:\s\p{Lu}[\p{L}0-9]{1,20}){0,2}))\s*$",
        )
        .unwrap();
        let spaced = Regex::new(
            r"\s+(?:::|»)\s?(?P<brand>\p{Lu}[\p{L}0-9]{2,30}(?:(?:\s\p{Lu}[\p{L}0-9]{1,20}){1,2}\s[0-9]{1,4}|(?:\s\p{Lu}[\p{L}0-9]{1,20}){0,2}))\s*$",
        )
        .unwrap();
        let expect = |t: &str| {
            oracle.captures(t).or_else(|| spaced.captures(t)).map(|c| {
                let brand = c.name("brand").unwrap();
                (c.get_match().start(), brand.start(), brand.end())
            })
        };
        let found = |t: &str| {
            glued_brand(t).map(|(start, brand)| {
                let at = brand.as_ptr() as usize - t.as_ptr() as usize;
                (start, at, at + brand.len())
            })
        };
        let mut cases: Vec<String> = vec![
            "Harbour strike ends | Coastline Business Journal".into(),
            "Harbour strike ends -Brandname".into(),
            "Harbour strike ends - Brand  Name".into(),
            "Harbour strike ends  —  Brand".into(),
            "A - B - Brand Name Here".into(),
            "A - B - Brand Name Here Too".into(),
            "Title -Ab".into(),
            "Title -Abc X".into(),
            "Title -Abc Xy ".into(),
            "Title –Ⅰbc".into(),
            "Title –AⅠbc".into(),
            "Title | Ωmega".into(),
            "Title | Aωmega Straße".into(),
            "Совет одобрил строительство моста — КриптоБум Онлайн".into(),
            "Совет одобрил строительство моста -новости".into(),
            "议会批准新桥 -新闻网".into(),
            "Title -ǅungla".into(),
            "Seal pups counted on Skerra :: PetWorld Central".into(),
            "Fire in the market - Noticias Relampago 24".into(),
            "Fire in the market - Daily News Flash 247".into(),
            "Budget talks - Part 2".into(),
            "Budget talks - Noticias Relampago 24 7".into(),
            "Budget talks - Noticias Relampago 12345".into(),
            "Seal pups counted on Skerra » PetWorld".into(),
            "Seal pups counted on Skerra ::PetWorld".into(),
            "Seal pups counted on Skerra:: PetWorld".into(),
            "Home » World » Seal pups counted on Skerra Island".into(),
            "A - B :: Brand".into(),
            "A :: B - Brand".into(),
        ];
        for n in [1, 2, 29, 30, 31, 32] {
            cases.push(format!("Title - A{}", "b".repeat(n)));
            cases.push(format!("Title - Abc D{}", "é".repeat(n.min(22))));
        }
        // Random strings over the characters that matter, from a fixed seed.
        let alphabet: Vec<String> = "AZbé0 \t\u{3000}-–—|.ⅠΩ中xЖж:»"
            .chars()
            .map(String::from)
            .collect();
        let mut rng = crate::Xorshift::new();
        cases.extend((0..20_000).map(|_| rng.string(&alphabet, 40)));
        for t in &cases {
            assert_eq!(found(t), expect(t), "{t:?}");
        }
        assert!(cases.iter().filter(|t| expect(t).is_some()).count() > 20);
    }

    fn text(s: &str) -> TitleChoice {
        for_text(&crate::text::parse(s, "UTF-8", vec![]))
    }

    fn html(s: &str) -> TitleChoice {
        for_html(&crate::html::parse(s, "UTF-8", vec![]))
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
    fn a_feed_link_names_the_site_to_set_off() {
        let page = |feed: &str, title: &str| {
            html(&format!(
                r#"<html><head><title>{title}</title><link rel="alternate" type="application/rss+xml" title="{feed}" href="/feed/"></head><body><p>Text.</p></body></html>"#
            ))
        };
        // Too short a headline for the suffix rule alone; the feed names the site.
        let t = page("Tide Notes &raquo; Feed", "Spring tides | Tide Notes");
        assert_eq!(t.title.as_deref(), Some("Spring tides"));
        assert_eq!(t.site_name.as_deref(), Some("Tide Notes"));
        let t = page(
            "Tide Notes » Spring tides Kommentar-Feed",
            "Tide Notes - Spring tides",
        );
        assert_eq!(t.title.as_deref(), Some("Spring tides"));
        // A feed of a section or of the format names no site.
        let t = page("RSS", "Spring tides | Tide Notes");
        assert_eq!(t.title.as_deref(), Some("Spring tides | Tide Notes"));
        // The feed's title is no site name unless the title sets it off.
        let t = page("Tide Notes", "Spring tides and neap tides explained");
        assert_eq!(t.site_name, None);
        // The segment naming the site is the site's name, not a section set off after it.
        let t = page(
            "Tide Notes",
            "Spring tides and neap tides explained | Forum | Tide Notes",
        );
        assert_eq!(t.site_name.as_deref(), Some("Tide Notes"));
    }

    #[test]
    fn a_date_set_off_in_the_title_is_no_part_of_it() {
        let t = html("<html><head><title>23.01.2022 - Harbour crane lifts its last load</title></head><body><p>Text.</p></body></html>");
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour crane lifts its last load")
        );
        let t = html("<html><head><title>Harbour crane lifts its last load | 23 January 2022</title></head><body><p>Text.</p></body></html>");
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour crane lifts its last load")
        );
        // Nor is it the site's name.
        assert_eq!(t.site_name, None);
        // A date inside a segment stays: it is part of the headline.
        let t = html("<html><head><title>Crane sale of 23 January 2022 falls through</title></head><body><p>Text.</p></body></html>");
        assert_eq!(
            t.title.as_deref(),
            Some("Crane sale of 23 January 2022 falls through")
        );
    }

    #[test]
    fn site_named_at_either_end() {
        let clean = |t: &str, brand: Option<&str>| clean_title(t, None, brand).0;
        assert_eq!(
            clean("seelenradio » Nummer zwei: Leo", Some("seelenradio")),
            "Nummer zwei: Leo"
        );
        assert_eq!(
            clean("Ferry returns | Harbor Ledger", Some("harborledger")),
            "Ferry returns"
        );
        // A headline that mentions the site among other words is kept whole.
        assert_eq!(
            clean(
                "Why the Harbor Ledger moved its printing plant | Blog",
                Some("harborledger")
            ),
            "Why the Harbor Ledger moved its printing plant"
        );
        // Domain names and legal names set off at the end are the site's.
        assert_eq!(
            clean("Kinder und Arbeit » Nalas e.V.", None),
            "Kinder und Arbeit"
        );
        assert_eq!(clean("Über uns | KIESEL.NET", None), "Über uns");
        assert_eq!(clean("Rain - a poem", None), "Rain - a poem");
    }

    #[test]
    fn kicker_in_h1_gives_way_to_the_headline() {
        let doc = crate::html::parse(
            r#"<html><head><title>Ferry service returns to the island | The Ledger</title>
<meta property="og:title" content="Ferry service returns to the island"></head>
<body><h1><span>Transport</span> Ferry service returns to the island</h1><p>Text.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        let t = for_html(&doc);
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry service returns to the island")
        );
        assert_eq!(
            t.anchor.as_deref(),
            Some("Transport Ferry service returns to the island")
        );
    }

    #[test]
    fn an_h1_that_goes_on_after_the_title_is_the_headline() {
        // The title's " – so it goes" looked like a site's name and went; the <h1> says the
        // words after it are the headline's own.
        let t = html(
            r#"<html><head><title>Ferry service returns to the island – and fares fall</title></head><body><h1>Ferry service returns to the island – and fares fall</h1><p>Text.</p></body></html>"#,
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry service returns to the island – and fares fall")
        );
        let t = html(
            r#"<html><head><meta property="og:title" content="Ferry service returns to the island"></head><body><h1>Ferry service returns to the island – and fares fall</h1><p>Text.</p></body></html>"#,
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry service returns to the island – and fares fall")
        );
        // The site's name in the <h1> still goes.
        let t = html(
            r#"<html><head><meta property="og:site_name" content="The Ledger"><meta property="og:title" content="Ferry service returns to the island"></head><body><h1>Ferry service returns to the island | The Ledger</h1><p>Text.</p></body></html>"#,
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry service returns to the island")
        );
    }

    #[test]
    fn the_shown_headline_beats_the_preview_one_in_other_words() {
        let page = |h1: &str| {
            html(&format!(
                r#"<html><head><meta property="og:title" content="Harbour: crane lifts last load"></head><body><h1>{h1}</h1><p>Text.</p></body></html>"#
            ))
        };
        assert_eq!(
            page("The old harbour crane lifts its last load")
                .title
                .as_deref(),
            Some("The old harbour crane lifts its last load")
        );
        // Another headline (a teaser's, a section's) is no rewording of it.
        assert_eq!(
            page("Council votes on the new ferry timetable")
                .title
                .as_deref(),
            Some("Harbour: crane lifts last load")
        );
        // Nor is a short heading that shares a word.
        assert_eq!(
            page("Harbour news").title.as_deref(),
            Some("Harbour: crane lifts last load")
        );
    }

    #[test]
    fn one_word_h1_set_off_in_the_title() {
        let doc = crate::html::parse(
            r#"<html><head><title>Trails! | Ischgl</title></head>
<body><h1>Ischgl</h1><p>Text.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(for_html(&doc).title.as_deref(), Some("Ischgl"));
    }

    #[test]
    fn cut_og_title_gives_way_to_the_whole() {
        let t = html(
            r#"<html><head><meta property="og:title" content="Mayor calls the plan "reckless"">
            <title>Mayor calls the plan "reckless"</title></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Mayor calls the plan \"reckless\"")
        );
        let t = html(
            r#"<html><head><meta property="og:title" content="What changes for tenants in 2025: the main rul...">
            <title>What changes for tenants in 2025: the main rules at a glance</title></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(
            t.title.as_deref(),
            Some("What changes for tenants in 2025: the main rules at a glance")
        );
    }

    #[test]
    fn blog_archive_and_cjk_site_segments_go() {
        let t = html(
            r#"<html><head><link rel="canonical" href="https://kettlebrook.example/2019/05/tides"><title>Kettlebrook Notes » Blog Archive » Reading the spring tides</title></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(t.title.as_deref(), Some("Reading the spring tides"));
        let t = html(
            "<html><head><title>港口的灯塔今晚重新点亮了，渔民们欢迎这个消息-海湾日报</title></head><body><p>x</p></body></html>",
        );
        assert_eq!(
            t.title.as_deref(),
            Some("港口的灯塔今晚重新点亮了，渔民们欢迎这个消息")
        );
        let t = html(
            "<html><head><title>BAY NEWS|港口的灯塔今晚重新点亮了</title></head><body><p>x</p></body></html>",
        );
        assert_eq!(t.title.as_deref(), Some("港口的灯塔今晚重新点亮了"));
    }

    #[test]
    fn kicker_element_is_not_part_of_the_h1() {
        let t = html(
            r#"<html><head><title>Storm damage: Harbour bridge closed | Coast Daily</title></head><body><h1><span class="headline-kicker">Storm damage</span> <span class="headline">Harbour bridge closed</span></h1><p>x</p></body></html>"#,
        );
        assert_eq!(t.title.as_deref(), Some("Harbour bridge closed"));
        assert_eq!(t.source.as_deref(), Some("h1"));
    }

    #[test]
    fn mastheads_written_as_addresses_with_numbers_or_over_a_path() {
        let story = "Harbour ferry fares rise for the third time this year\n\nNovember 3, 2026\n\nKESSVIK — The ferry operator raised fares again on Monday, the council said in a statement.\n";
        let site = |top: &str| text(&format!("{top}\n\n{story}")).site_name;
        for (top, want) in [
            ("HarbourBuzzNow.net", Some("HarbourBuzzNow.net")),
            ("www.kessvik-ledger.co.uk", Some("www.kessvik-ledger.co.uk")),
            ("HOT NEWS UK 247", Some("HOT NEWS UK 247")),
            ("NORDIC NEWS TODAY", Some("NORDIC NEWS TODAY")),
            ("NEWS24 TODAY", Some("NEWS24 TODAY")),
            (
                "KESSVIK TIDE\nHome > News > Transport",
                Some("KESSVIK TIDE"),
            ),
            // A file's name, a number alone, a section over its path, a headline's words.
            ("timetable.pdf", None),
            ("2026", None),
            ("Transport\nHome > News > Transport", None),
            ("Ferries Run Late Again", None),
            ("ELECTION 2026 NEWS", None),
            ("AusBizNewsToday", Some("AusBizNewsToday")),
            ("WorldNewsInsight360", Some("WorldNewsInsight360")),
            ("CasinoKings", None),
            ("DAILY OZ FEED", Some("DAILY OZ FEED")),
            ("COVID-19 NEWS", None),
            // A camel-case masthead with its region; a name or an address with its slogan.
            ("FerryNewsHub Nordic", Some("FerryNewsHub Nordic")),
            ("FerryNewsHub nordic", None),
            (
                "Kessvik Ledger - Local news you can trust",
                Some("Kessvik Ledger"),
            ),
            (
                "KessvikNewsToday.net - Latest Kessvik News, Breaking Headlines",
                Some("KessvikNewsToday.net"),
            ),
            ("Kessvik Ledger - November 3, 2026 edition", None),
            ("Ferry fares - what changed and why", None),
        ] {
            assert_eq!(site(top).as_deref(), want, "{top}");
        }
        // A masthead over its section and subsection in capitals: the headline is the title.
        for (path, masthead) in [("WORLD | NORWAY", true), ("TRAVEL / FERRIES", true)] {
            let t = text(&format!("Kessvik Evening Mail\n{path}\n\n{story}"));
            assert_eq!(
                t.title.as_deref(),
                Some("Harbour ferry fares rise for the third time this year"),
                "{path}"
            );
            assert_eq!(t.site_name.is_some(), masthead, "{path}");
        }
        assert!(section_pair("WORLD | GREECE"));
        assert!(!section_pair("Ann Lee | Reuters"));
        assert!(!section_pair("WORLD | GREECE | TRAVEL"));
        assert!(!section_pair("COVID-19 | NEWS"));
        // A masthead over a path of slashes: the path is no headline's second line, and the
        // headline stands over an account's byline.
        let t = text("Kessvik News Now 24\nHome / Transport / Ferries\n\nHarbour ferry fares rise for the third time this year\n\nBy admin\nNovember 3, 2026\n\nKESSVIK — The ferry operator raised fares again on Monday, the council said in a statement.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour ferry fares rise for the third time this year")
        );
        let t = text(&format!(
            "Kessvik News Now 24\nHome / Transport / Ferries\n\n{story}"
        ));
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour ferry fares rise for the third time this year")
        );
        assert!(is_breadcrumb("Home / Business / Kenya"));
        assert!(is_breadcrumb(
            "Home » News » Kessvik ferry fares rise for the third time this year"
        ));
        assert!(!is_breadcrumb(
            "News » Kessvik ferry fares rise for the third time"
        ));
        let t = text(&format!("Kessvik Trending Info\nHome » News » Harbour ferry fares rise for the third time this year\n\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour ferry fares rise for the third time this year")
        );
        assert!(!is_breadcrumb("Yes / No"));
        assert!(!is_breadcrumb(
            "Home / the council said it would look again at the plan"
        ));
        assert!(bare_domain("viralzone.news"));
        assert!(!bare_domain("U.S."));
        assert!(!bare_domain("e.g."));
        assert!(!bare_domain("Ferry fares rise."));
        assert_eq!(
            without_masthead_tags("HOT NEWS USA 247").as_deref(),
            Some("HOT NEWS")
        );
        assert_eq!(without_masthead_tags("The Kessvik Ledger"), None);
    }

    #[test]
    fn mastheads_taglines_and_chat_marks_over_a_headline() {
        // A PDF's running head set out in columns, its date in mixed case: the masthead names
        // the site and the headline under it is the title.
        let t = text("THE HARLOW EXAMINER          Thursday 12 November 2026          BUSINESS 27\n\nFerry operator fined $2 million\nover fake discounts\n\nThe court found the operator misled passengers.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry operator fined $2 million over fake discounts")
        );
        assert_eq!(t.site_name.as_deref(), Some("THE HARLOW EXAMINER"));
        // A tagline under the masthead, then a section's label over the headline.
        let t = text("The Brennock Dispatch\nLocal news for Brennock and the Orrin Valley\n\nSCHOOLS\n\nBrennock board approves a later start to the school day\n\nBy Ivo Marsh, Staff Writer\nNov 18, 2026\n\nThe board voted on Tuesday.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Brennock board approves a later start to the school day")
        );
        assert_eq!(t.site_name.as_deref(), Some("The Brennock Dispatch"));
        // A masthead in capitals over its tagline, a breadcrumb and a "LIVE" label.
        for label in ["", "LIVE\n\n"] {
            let t = text(&format!("NORTH ORRIN TRIBUNE\nThe valley's English-language daily\n\nHome › Valley › Towns\n\n{label}Two bridges closed as the Orrin floods the lower town\n\nIvo Marsh\n18 November 2026 · 15:32\n\nThe river rose overnight.\n"));
            assert_eq!(
                t.title.as_deref(),
                Some("Two bridges closed as the Orrin floods the lower town"),
                "{label}"
            );
            assert_eq!(t.site_name.as_deref(), Some("NORTH ORRIN TRIBUNE"));
        }
        // A headline in title case right over its byline, under a masthead.
        let t = text("The Valley Digest\n\nParents Furious as District Cuts the School Week to Four Days\n\nWritten by Jo Marsh, Senior Correspondent\nUpdated 3 hours ago\n\nThe district voted on Tuesday.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Parents Furious as District Cuts the School Week to Four Days")
        );
        assert_eq!(t.site_name.as_deref(), Some("The Valley Digest"));
        // A hub's masthead ("… Headlines Hub") over the headline and its byline row.
        let t = text("Harbour Headlines Hub\n\nFerry runs aground off the north pier, fuel leak feared\n\nBy admin | November 14, 2026 | World | 0 Comments\n\nThe ferry ran aground on Friday.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry runs aground off the north pier, fuel leak feared")
        );
        assert_eq!(t.site_name.as_deref(), Some("Harbour Headlines Hub"));
        // Markdown's heading marks are no part of the headline.
        for head in [
            "# Ferry Fares Rise Again",
            "**Ferry Fares Rise Again**",
            "## Ferry Fares Rise Again",
        ] {
            let t = text(&format!(
                "{head}\n\nThe island ferry will raise its fares by a fifth in March.\n"
            ));
            assert_eq!(t.title.as_deref(), Some("Ferry Fares Rise Again"), "{head}");
        }
        // A chat answer's lead-in is no headline, with or without one under it.
        let t = text("Here's a summary of the news story:\n\nThe island ferry will raise its fares by a fifth in March, the operator said on Tuesday.\n");
        assert_eq!(t.title, None);
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

    /// A scraped page's top: the site's name over its menu (bars, bullets or wide gaps), perhaps
    /// a "Blog" label, then the headline over its byline or date. The name is the site's; a
    /// short title-case headline with no menu under it stays the title.
    #[test]
    fn a_masthead_over_its_menu_names_the_site() {
        let story = "Posted by admin | November 11, 2026 | Uncategorized\n\nSEMBARO (AFP) — More than 60,000 people have been forced from their homes in the central lowlands after the river burst its banks, officials said on Wednesday.\n";
        for (top, site) in [
            (
                "Pampered Paws Grooming Studio\nDog Grooming • Cat Grooming • Nail Trims • Book Online\n\nBlog\n\n",
                "Pampered Paws Grooming Studio",
            ),
            (
                "GlobalHeadlinesNow\nNews • World • Business • Lifestyle\n\n",
                "GlobalHeadlinesNow",
            ),
            (
                "Green Meadow Oils Co.\nShop All | Full-Spectrum Oils | Gummies | Blog\n\n",
                "Green Meadow Oils Co.",
            ),
            (
                "https://www.rapidautoparts.example/blog/river\n\nSkip to content\nRapid Auto Parts Depot\nBrake Pads | Filters | Spark Plugs | Track My Order\n\n",
                "Rapid Auto Parts Depot",
            ),
        ] {
            let t = text(&format!(
                "{top}Tens of thousands flee as Kiranga River bursts its banks\n\n{story}"
            ));
            assert_eq!(
                t.title.as_deref(),
                Some("Tens of thousands flee as Kiranga River bursts its banks"),
                "{top}"
            );
            assert_eq!(t.site_name.as_deref(), Some(site), "{top}");
            assert_eq!(t.site_name_source.as_deref(), Some("masthead"), "{top}");
        }
        // A labelled time under the headline ("Updated 3 hours ago") dates it as a bare one does.
        let t = text(&format!("Star Buzz Planet\nCelebs | TV | Royals | Gossip\n\nTens of thousands flee as Kiranga River bursts its banks\nUpdated 3 hours ago\n\nSlide 1 of 15\n< Prev | Next >\n\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("Tens of thousands flee as Kiranga River bursts its banks")
        );
        assert_eq!(t.site_name.as_deref(), Some("Star Buzz Planet"));
        // An outlet's name among the chrome, a menu of one item a line under it.
        let t = text(&format!("Skip to content\nMenu\nSearch\nThe Kiranga Examiner\nSubscribe\nSign in\nNews\nSports\nObituaries\n\nLOCAL NEWS\nTens of thousands flee as Kiranga River bursts its banks\nBy Ann Lee\nPublished: Feb. 11, 2026 at 6:30 a.m.\n\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("Tens of thousands flee as Kiranga River bursts its banks")
        );
        assert_eq!(t.site_name.as_deref(), Some("The Kiranga Examiner"));
        // The page's top is none of the article's text.
        let x = crate::extract(
            &crate::text::parse(
                &format!("Pampered Paws Grooming Studio\nDog Grooming • Cat Grooming • Book Online\n\nTens of thousands flee as Kiranga River bursts its banks\n\n{story}"),
                "UTF-8",
                vec![],
            ),
            &crate::Hint::default(),
        );
        assert!(x.body_text.starts_with("SEMBARO (AFP)"), "{}", x.body_text);
        // A title-case headline over its byline, no menu: the title, and no site.
        let t = text(&format!("Mill Strike Ends\n\n{story}"));
        assert_eq!(t.title.as_deref(), Some("Mill Strike Ends"));
        assert_eq!(t.site_name, None);
    }

    /// The headline with the site's name set off, over a line that is that name: the first line
    /// is the title (less the name), not the name.
    #[test]
    fn a_masthead_under_the_titled_headline_is_the_brand() {
        let t = text("Marlow Bay bus drivers walk out in first strike in 20 years | ShieldPath VPN Reviews\n\nShieldPath VPN Reviews\nBest VPNs 2026 | VPN Deals | Speed Tests | News\n\nNovember 17, 2026\n\nMARLOW BAY (Reuters) - Bus drivers walked out on Tuesday, the union said.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Marlow Bay bus drivers walk out in first strike in 20 years")
        );
        assert_eq!(t.site_name.as_deref(), Some("ShieldPath VPN Reviews"));
    }

    /// A text's title line sets its site off after " :: " or " » " as after a dash; a single
    /// colon is the headline's own ("Recipe: ..."), and a lower-case tail is no brand.
    #[test]
    fn a_site_after_double_colons_or_guillemets_is_set_off() {
        let story = "\nBy Hanne Lyngstad\n\nVolunteers counted 1,912 grey seal pups on the island this autumn, the trust said.\n";
        for (line, site) in [
            (
                "Volunteers count record number of seal pups on Skerra :: PetWorld Central",
                "PetWorld Central",
            ),
            (
                "Volunteers count record number of seal pups on Skerra » PetWorld",
                "PetWorld",
            ),
        ] {
            let t = text(&format!("{line}{story}"));
            assert_eq!(
                t.title.as_deref(),
                Some("Volunteers count record number of seal pups on Skerra"),
                "{line}"
            );
            assert_eq!(t.site_name.as_deref(), Some(site), "{line}");
        }
        for line in [
            "Volunteers count record number of seal pups on Skerra: PetWorld Central",
            "Volunteers count record number of seal pups on Skerra :: and more to come",
        ] {
            let t = text(&format!("{line}{story}"));
            assert_eq!(t.title.as_deref(), Some(line));
            assert_eq!(t.site_name, None, "{line}");
        }
    }

    #[test]
    fn a_title_tag_that_adds_one_segment_to_the_headline_names_the_site() {
        let t = html("<html><head><title>Floods hit Orlen - The Orlen Evening Star</title></head><body><h1>Floods hit Orlen</h1><p>Text.</p></body></html>");
        assert_eq!(t.title.as_deref(), Some("Floods hit Orlen"));
        assert_eq!(t.site_name.as_deref(), Some("The Orlen Evening Star"));
        // A segment before the headline is a kicker or a section as often as the site.
        let t = html("<html><head><title>Interview - Floods hit Orlen</title></head><body><h1>Floods hit Orlen</h1><p>Text.</p></body></html>");
        assert_eq!(t.site_name, None);
    }

    #[test]
    fn a_headline_opening_with_a_byline_word_stays_the_title() {
        let t =
            text("Von Brücken und Fähren\n\nDie Fähre fährt wieder, sagte die Stadt am Montag.\n");
        assert_eq!(t.title.as_deref(), Some("Von Brücken und Fähren"));
    }

    #[test]
    fn the_line_under_a_text_headline_joins_it_only_as_its_wrapped_end() {
        let title = |s: &str| text(s).title.unwrap_or_default();
        let body = "\n\nThe council approved the budget on Monday, officials said.\n";
        let head = "Council approves budget after long debate";
        // A byline in any form, a standfirst, a reading time or a credit stays off the title.
        for under in [
            "Story by Carl Wendt",
            "Carl Wendt | Reuters",
            "Por María Fuentes",
            "Carl Wendt, Health Reporter",
            "Mayor says cuts are off the table for now",
            "5 min read",
            "Photo: Ben Aluko/AFP",
        ] {
            assert_eq!(title(&format!("{head}\n{under}{body}")), head, "{under}");
        }
        // A headline wrapped at a lower-case word or after a word no headline ends on joins,
        // with a byline under it as well as a blank line.
        assert_eq!(
            title(&format!(
                "Council approves budget after long\ndebate over library cuts\nBy Ann Lee{body}"
            )),
            "Council approves budget after long debate over library cuts"
        );
        assert_eq!(
            title(&format!(
                "Council approves budget for\nMidvale library{body}"
            )),
            "Council approves budget for Midvale library"
        );
    }

    #[test]
    fn a_capitals_label_over_a_mixed_case_headline_is_a_kicker() {
        let body =
            "\n\nDockworkers in Halvec went back to work on Tuesday after a nine-week strike.\n";
        let want = "Dockworkers return to Halvec quays after nine-week walkout";
        for kicker in ["BREAKING NEWS", "LIVE UPDATES", "THE HALVEC POST", "WORLD"] {
            let t = text(&format!("{kicker}\n{want}{body}"));
            assert_eq!(t.title.as_deref(), Some(want), "{kicker}");
        }
        // A headline in capitals over a standfirst in capitals stays; so does a sentence.
        let t = text(&format!("STRIKE ENDS\nHALVEC DOCKS REOPEN{body}"));
        assert!(t
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("STRIKE ENDS")));
        let t = text(&format!(
            "Strike Ends\nDockers return to the quays on Tuesday{body}"
        ));
        assert!(t
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Strike Ends")));
    }

    #[test]
    fn chrome_breadcrumbs_and_kickers_above_a_text_headline_are_set_aside() {
        let head = "Council approves budget after long debate";
        let body = "By Ann Lee\n\nThe council approved the budget on Monday after a long debate, officials said.\n";
        let pick = |top: &str| {
            let d = crate::text::parse(&format!("{top}\n{head}\n{body}"), "UTF-8", vec![]);
            crate::extract(&d, &crate::Hint::default()).title
        };
        for top in [
            "Sign up for our newsletter\n",
            "News > Local > Politics",
            "POLITICS",
            "Story by Carl Wendt\n2 hours ago\n",
            "We use cookies to improve your experience. By continuing you agree to our use of cookies. Accept all | Manage preferences\n",
        ] {
            assert_eq!(pick(top).as_deref(), Some(head), "{top}");
        }
    }

    /// A site's title set as the first `<h1>` gives way to the article's heading: marked as the
    /// site's title, linking home, or the `<title>`'s site segment; with no heading after it, a
    /// first `<h1>` that is the site's stated name is no title.
    #[test]
    fn a_site_title_h1_gives_way_to_the_articles_heading() {
        for page in [
            r#"<html><head><title>Gull census ends early - Tarrow Point Notes</title></head><body><h1 class="site-title">Tarrow Point Notes</h1><article><h1 class="entry-title">Gull census ends early</h1><p>Text.</p></article></body></html>"#,
            r#"<html><head><title>Tarrow Point Notes: Gull census ends early</title></head><body><div id="header"><h1 class="title"><a href="https://tarrow.example/">Tarrow Point Notes</a></h1></div><div class="post"><h3 class="post-title entry-title">Gull census ends early</h3><p>Text.</p></div></body></html>"#,
            r#"<html><head><title>Gull census ends early | Tarrow Point Notes</title><meta property="og:site_name" content="Tarrow Point Notes"></head><body><h1>Tarrow Point Notes</h1><h1><span class="kicker">Birds</span>Gull census ends early</h1><p>Text.</p></body></html>"#,
        ] {
            let t = html(page);
            assert_eq!(t.title.as_deref(), Some("Gull census ends early"), "{page}");
        }
        let t = html(
            r#"<html><head><title>Gull census ends early</title><meta property="og:site_name" content="Tarrow Point Notes"><meta property="og:title" content="Gull census ends early"></head><body><h1>Tarrow Point Notes</h1><p>Text.</p></body></html>"#,
        );
        assert_eq!(t.title.as_deref(), Some("Gull census ends early"));
        assert_eq!(t.source.as_deref(), Some("og"));
        // The article's own <h1> first, headings of teasers after it: nothing changes.
        let t = html(
            r#"<html><head><title>Gull census ends early - Tarrow Point Notes</title></head><body><h1>Gull census ends early</h1><p>Text.</p><h2 class="entry-title">Ferry timetable changes</h2></body></html>"#,
        );
        assert_eq!(t.title.as_deref(), Some("Gull census ends early"));
    }

    /// "Site - Headline" with the site not named elsewhere: the segment another source gives as
    /// the headline is the title and the other the site, when it is shaped like a site's name.
    #[test]
    fn a_title_tag_segment_another_source_gives_is_the_headline() {
        let t = html(
            r#"<html><head><title>Brennock Valley Courier - Mill workers accept new contract</title></head><body><h2 class="headline">Mill workers accept new contract</h2><p>Text.</p></body></html>"#,
        );
        assert_eq!(t.title.as_deref(), Some("Mill workers accept new contract"));
        assert_eq!(t.site_name.as_deref(), Some("Brennock Valley Courier"));
        // A section or a subtitle set off the same way is no site.
        for page in [
            r#"<html><head><title>News - Mill workers accept new contract</title></head><body><h2 class="headline">Mill workers accept new contract</h2><p>Text.</p></body></html>"#,
            r#"<html><head><title>Mill workers accept new contract - vote ends a strike of eleven days</title></head><body><h2 class="headline">Mill workers accept new contract</h2><p>Text.</p></body></html>"#,
        ] {
            assert_eq!(html(page).site_name, None, "{page}");
        }
    }

    /// A text that opens with its masthead ("The Brennock Courier") takes the headline under it,
    /// the line above the byline or date, and a title-case headline above a standfirst stays.
    #[test]
    fn a_masthead_line_over_a_text_headline_is_not_the_title() {
        let t = text("The Brennock Courier\n\nMill workers accept new contract after long strike\n\nBy Ottoline Fairweather\nNov. 3, 2026\n\nThe vote ended the strike.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Mill workers accept new contract after long strike")
        );
        let t = text("Brennock Valley Courier\n\nLOCAL NEWS\n\nMill workers accept new contract after long strike\n\nOttoline Fairweather\nBrennock Valley Courier\nPublished 6:02 a.m. Nov. 3, 2026\n\nThe vote ended the strike.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Mill workers accept new contract after long strike")
        );
        let t = text("Mill Strike Ends\n\nWorkers accept a new contract after eleven days\n\nBy Ottoline Fairweather\nNov. 3, 2026\n\nThe vote ended the strike.\n");
        assert_eq!(t.title.as_deref(), Some("Mill Strike Ends"));
    }

    /// A name with no outlet's word over a section's name, a breadcrumb or a menu is the site's
    /// masthead; a headline wrapped over two lines, or one in title case over its standfirst,
    /// is still the title.
    #[test]
    fn a_name_over_a_section_breadcrumb_or_sentence_case_headline_is_a_masthead() {
        let story =
            "The food bank served 1,240 families last month, twice as many as a year ago.\n";
        let want = "Winter appeal: shelves half empty as demand doubles";
        for (top, site) in [
            (format!("Hollin Vale Food Bank\nNews\n\n{want}\nBy Priya Nandakumar\n18 November 2026\n\n"), "Hollin Vale Food Bank"),
            (format!("The Kestrel Valley Times\nBusiness\n\n{want}\nNovember 20, 2026\n\n"), "The Kestrel Valley Times"),
            (format!("Hot Stories Portal\nHome > News > Local\n\n{want}\nNovember 21, 2026 | 4,812 views\n\n"), "Hot Stories Portal"),
            (format!("Star Buzz Planet\nCelebs | TV | Royals | Gossip\n\n{want}\nNovember 21, 2026\n\n"), "Star Buzz Planet"),
        ] {
            let t = text(&format!("{top}{story}"));
            assert_eq!(t.title.as_deref(), Some(want), "{top:?}");
            assert_eq!(t.site_name.as_deref(), Some(site), "{top:?}");
        }
        // A headline wrapped over two lines, and one in title case over its standfirst.
        let t = text(&format!(
            "Council Approves\nnew budget after a long debate\nBy Priya Nandakumar\n\n{story}"
        ));
        assert_ne!(t.site_name.as_deref(), Some("Council Approves"));
        let t = text(&format!(
            "Shelves Half Empty\nDemand Doubles As Winter Comes\nBy Priya Nandakumar\n\n{story}"
        ));
        assert_ne!(t.site_name.as_deref(), Some("Shelves Half Empty"));
    }

    /// The masthead over a text's headline names the site, and an edition's date or a
    /// newsletter's dated strap may stand between them; under such a date, a hard-wrapped
    /// paragraph's first line is still no headline.
    #[test]
    fn a_masthead_names_the_site_and_its_date_line_may_follow_it() {
        let story =
            "Gales brought down lines across the upper valley overnight, the utility said.\n";
        let want = "Gales leave 9,000 homes without power in upper valley";
        for top in [
            format!("The Ostrava Vale Herald\n{want}\nJanuary 9, 2026\n\n"),
            format!("The Ostrava Vale Herald\nJanuary 9, 2026\n\n{want}\n\n"),
            format!("The Ostrava Vale Herald\nMorning briefing | January 9, 2026\n\n{want}\n\n"),
            format!("The Ostrava Vale Herald\nWEATHER\n{want}\nBy Ilse Marchetti\n\n"),
        ] {
            let t = text(&format!("{top}{story}"));
            assert_eq!(t.title.as_deref(), Some(want), "{top:?}");
            assert_eq!(
                t.site_name.as_deref(),
                Some("The Ostrava Vale Herald"),
                "{top:?}"
            );
            assert_eq!(t.site_name_source.as_deref(), Some("masthead"), "{top:?}");
            let x = crate::extract(
                &crate::text::parse(&format!("{top}{story}"), "UTF-8", vec![]),
                &crate::Hint::default(),
            );
            assert!(x.body_text.starts_with("Gales brought"), "{}", x.body_text);
        }
        // A masthead in capitals, or over a headline in title case.
        for top in [
            format!("THE OSTRAVA VALE HERALD\n\n{want}\n\nBy Ilse Marchetti | January 9, 2026\n\n"),
            "Ostrava Herald\nGales Leave 9,000 Homes Without Power\nBy Ilse Marchetti\n\n"
                .to_string(),
        ] {
            let t = text(&format!("{top}{story}"));
            assert!(
                t.site_name
                    .as_deref()
                    .is_some_and(|s| s.ends_with("HERALD") || s == "Ostrava Herald"),
                "{top:?}"
            );
            assert_eq!(t.site_name_source.as_deref(), Some("masthead"), "{top:?}");
        }
        // Under the date, the first line of a hard-wrapped paragraph.
        let t = text("The Ostrava Vale Herald\nJanuary 9, 2026\nGales brought down lines across the upper valley\novernight, the utility said on Friday morning.\n");
        assert_ne!(
            t.title.as_deref(),
            Some("Gales brought down lines across the upper valley")
        );
    }

    /// The outlet's name on the header's lines: alone next to the byline or the date (maybe
    /// after a role), after a byline's comma, before "Name · date" in an app's share text, or
    /// before a labelled date; a masthead of another language may open with an article.
    #[test]
    fn the_outlet_named_on_the_header_lines_is_the_site() {
        let head = "Ferry fares to rise nine percent in April";
        let story = "\nPassengers on the Sound crossing will pay more from April 1, the ferry authority said on Monday.\n";
        for (header, site) in [
            (
                "By Dorian McKillop\nThe Halberton Courier\nMarch 3, 2026\n",
                "The Halberton Courier",
            ),
            (
                "By Dorian McKillop\nColumnist, The Halberton Courier\nMarch 3, 2026\n",
                "The Halberton Courier",
            ),
            (
                "By Dorian McKillop, Halberton Daily Press\nMarch 3, 2026\n",
                "Halberton Daily Press",
            ),
            (
                "Halberton Gazette · Dorian McKillop · 3 Mar 2026\n",
                "Halberton Gazette",
            ),
            (
                "Par Dorian McKillop\nLe Courrier de la Vallée — publié le 3 mars 2026\n",
                "Le Courrier de la Vallée",
            ),
            (
                "Por Dorian McKillop\nEl Heraldo de Valdemora\n3 de marzo de 2026\n",
                "El Heraldo de Valdemora",
            ),
        ] {
            let t = text(&format!("{head}\n\n{header}{story}"));
            assert_eq!(t.title.as_deref(), Some(head), "{header:?}");
            assert_eq!(t.site_name.as_deref(), Some(site), "{header:?}");
        }
        // A masthead of the less common outlet words, and one with "di" in its name, on top.
        for (top, site) in [
            ("Dunmore Evening Echo\n\n", "Dunmore Evening Echo"),
            (
                "Il Corriere di Valbrina\n\nCronaca | 9 settembre 2026\n\n",
                "Il Corriere di Valbrina",
            ),
        ] {
            let t = text(&format!("{top}{head}\n\nBy Dorian McKillop\n{story}"));
            assert_eq!(t.title.as_deref(), Some(head), "{top:?}");
            assert_eq!(t.site_name.as_deref(), Some(site), "{top:?}");
        }
        // Mastheads of Dutch, Polish and Swedish papers ("van het" in the name, "Kurier" first,
        // one word run together) and a trade magazine's, over their headlines.
        for (top, site) in [
            ("Dagblad van het Veenland\n\n", "Dagblad van het Veenland"),
            ("Kurier Nadrzecki\n\n", "Kurier Nadrzecki"),
            ("Norrlandsbladet\n\n", "Norrlandsbladet"),
            (
                "Cold Chain Quarterly\nHome > Logistics > Warehousing\n\n",
                "Cold Chain Quarterly",
            ),
        ] {
            let t = text(&format!("{top}{head}\n\nBy Dorian McKillop\n{story}"));
            assert_eq!(t.title.as_deref(), Some(head), "{top:?}");
            assert_eq!(t.site_name.as_deref(), Some(site), "{top:?}");
        }
        // A one-word first line is a paper's name only as a name and an outlet word run together.
        assert!(compound_outlet_name("Norrlandsbladet"));
        assert!(!compound_outlet_name("Zeitung"));
        assert!(!compound_outlet_name("Floodwaters"));
        // A news agency's credit under the byline names the story's source, not the site.
        let t = text(&format!(
            "{head}\n\nBy Dorian McKillop\nAssociated Press\nMarch 3, 2026\n{story}"
        ));
        assert_eq!(t.site_name, None);
        // A byline's outlet beside the headline's own line is no site when no outlet is named.
        let t = text(&format!(
            "{head}\n\nBy Dorian McKillop, Staff Writer\nMarch 3, 2026\n{story}"
        ));
        assert_eq!(t.site_name, None);
    }

    /// A printed page's running head (page, paper, date, in capitals) and a PDF's page header
    /// are no headline; the running head names the paper, a page header cut short names none.
    #[test]
    fn running_heads_and_page_headers_are_no_headline() {
        let story = "\nBy Dorian McKillop\n\nPassengers on the Sound crossing will pay more from\nApril 1, the ferry authority said on Monday.\n";
        let t = text(&format!("A6 THE HALBERTON COURIER TUESDAY, MARCH 3, 2026\n\nFerry fares to rise nine percent in April\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry fares to rise nine percent in April")
        );
        assert_eq!(t.site_name.as_deref(), Some("THE HALBERTON COURIER"));
        let t = text(&format!("Quarterly Bulletin of the Orvel Valley Water Board          Page 3\n\nDrought measures extended as reservoir levels fall\nto lowest point in eleven years\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("Drought measures extended as reservoir levels fall to lowest point in eleven years")
        );
        assert_eq!(t.site_name, None);
        // A headline in capitals holding a date, without a page's number, stays.
        let t = text(&format!("COUNCIL SETS VOTE FOR MARCH 3, 2026\n{story}"));
        assert_eq!(
            t.title.as_deref(),
            Some("COUNCIL SETS VOTE FOR MARCH 3, 2026")
        );
    }

    /// Site furniture over a text's headline (a masthead, a menu, a name with its slogan, a
    /// print header with the date) is passed: the headline is the line next to the byline or
    /// the date, above them or, when they head the story, under them.
    #[test]
    fn chrome_over_a_text_headline_is_passed_for_the_line_by_its_byline() {
        let want = "Orchard growers sue over late frost insurance payouts";
        for top in [
            "Westmark Ledger\nHome  News  Sport  Culture\nNEWS\n",
            "Westmark Ledger - Your valley, your news\n",
            "THE WESTMARK LEDGER                      Monday, May 4, 2026\n\n",
            "Sign in | Subscribe\nTHE WESTMARK LEDGER\nWorld  Politics  Business\n",
            "Pelham Notes Today\nA small blog about orchards\n",
        ] {
            let t = text(&format!(
                "{top}{want}\nBy Corin Vashti\nMay 4, 2026\nThe growers filed the suit on Monday.\n"
            ));
            assert_eq!(t.title.as_deref(), Some(want), "{top:?}");
        }
        // The byline and time head the story, the headline is under them.
        let t = text(&format!(
            "Westmark Today\nStory by Corin Vashti\n • 3 hours ago\n{want}\nThe growers filed the suit on Monday, their lawyer said.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        // Under a byline and a date, the first piece of a hard-wrapped paragraph is no headline.
        let t = text(
            "THE WESTMARK LEDGER\nBy Corin Vashti\nMay 4, 2026\nOrchard growers in the valley filed suit on\nMonday against three insurers, their lawyer said.\n",
        );
        assert_ne!(
            t.title.as_deref(),
            Some("Orchard growers in the valley filed suit on")
        );
        // A brand glued to the headline is set off.
        let t = text(&format!(
            "Quokka Daily | Breaking News Now\nHome > News\n{want} | Quokka Daily\nPosted by admin on 2026-05-04\nThe growers filed the suit.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        // Over the lead's dateline, as a press release or a wire story sets it.
        let t = text(&format!(
            "FOR IMMEDIATE RELEASE\n{want}\nORVEL, Norvland, May 4, 2026 /Farmwire/ -- The Orvel growers' association said on Monday it had filed suit against three insurers.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        // Under a release's contact block, and over its subheading and the dateline's lead.
        let release = "FOR IMMEDIATE RELEASE\n\nMedia contact:\nDara Vell\nCommunications Manager\nOrvel Growers' Association\n(555) 014-2231\n\nORVEL GROWERS SUE THREE INSURERS OVER THE SPRING FROST CLAIMS\n\nThe suit asks for payment on 140 policies\n\nORVEL, Norvland, May 4, 2026 -- The Orvel growers' association said on Monday it had filed suit against three insurers.\n";
        assert_eq!(
            text(release).title.as_deref(),
            Some("ORVEL GROWERS SUE THREE INSURERS OVER THE SPRING FROST CLAIMS")
        );
        // A headline first stays, over a standfirst and a byline.
        let t = text(&format!(
            "Frost Suit Filed\n{want}\nBy Corin Vashti\nMay 4, 2026\nThe growers filed the suit.\n"
        ));
        assert_eq!(t.title.as_deref(), Some("Frost Suit Filed"));
    }

    /// An outlet's name alone over a date line that carries its time names the site.
    #[test]
    fn an_outlet_over_a_dated_and_timed_line_names_the_site() {
        let t = text("Neue Straßenbahnlinie in Vellbach eröffnet\n\nVellbacher Anzeiger\n23.11.2026, 14:20 Uhr\n\nVellbach (dpa) - Nach drei Jahren Bauzeit ist die neue Linie in Betrieb gegangen.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Neue Straßenbahnlinie in Vellbach eröffnet")
        );
        assert_eq!(t.site_name.as_deref(), Some("Vellbacher Anzeiger"));
    }

    /// A site's name under a title-case or all-capitals headline is no wrapped end of it.
    #[test]
    fn a_site_s_name_under_a_headline_is_no_part_of_it() {
        for (headline, site) in [
            (
                "The Council Announces Augmentation Of The Taxes On Fuel",
                "Actualnews Portal",
            ),
            (
                "KESTREL COIN SURGES 340% AFTER EXCHANGE LISTING",
                "CoinWaveNews",
            ),
            (
                "Teachers In Castlebrook Accept Pay Deal, Ending Strike",
                "Vale Daily",
            ),
        ] {
            let t = text(&format!("{headline}\n{site}\nNovember 22, 2026\n\nThe council said on Monday that the tax would rise by 8 percent in January.\n"));
            assert_eq!(t.title.as_deref(), Some(headline), "{site}");
        }
        // A wrapped title-case headline still joins.
        let t = text("Council Approves New Bus Depot After Long\nDebate Over Costs\nNovember 22, 2026\n\nThe council said on Monday that the depot would open in 2027.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Council Approves New Bus Depot After Long Debate Over Costs")
        );
    }

    /// A line of people's names under a text's headline is its byline, not the headline's
    /// wrapped end, even when the headline ends on a word that leaves it open.
    #[test]
    fn a_line_of_names_under_a_text_headline_is_no_part_of_it() {
        let want = "Ferry fares to rise after a wet week";
        for names in [
            "Odile Brisk and Tom Vane",
            "Tom Vane",
            "Odile Brisk, Mia Holt & Tom Vane",
        ] {
            let t = text(&format!(
                "{want}\n{names}\n\nThe ferry company raised its fares on Thursday.\n"
            ));
            assert_eq!(t.title.as_deref(), Some(want), "{names:?}");
        }
        // A wrapped headline still joins.
        // So does a name the headline breaks off before.
        let t = text(
            "Harbour pays tribute to\nMargaret Hollis\n\nThe harbour board met on Thursday.\n",
        );
        assert_eq!(
            t.title.as_deref(),
            Some("Harbour pays tribute to Margaret Hollis")
        );
        let t = text("Ferry fares to rise after a wet\nweek of storms\n\nThe ferry company raised its fares.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Ferry fares to rise after a wet week of storms")
        );
    }

    #[test]
    fn a_wire_status_slug_is_no_part_of_the_headline() {
        use super::without_wire_slug;
        assert_eq!(
            without_wire_slug("UPDATE 2-Harbour authority approves Kessvik ferry terminal"),
            "Harbour authority approves Kessvik ferry terminal"
        );
        assert_eq!(
            without_wire_slug("RPT-EXCLUSIVE-Ferry operator weighs sale of its northern routes"),
            "Ferry operator weighs sale of its northern routes"
        );
        assert_eq!(
            without_wire_slug("CORRECTED-UPDATE 1-Port fees rise for the first time in a decade"),
            "Port fees rise for the first time in a decade"
        );
        // Not a slug: a word in a headline, lower case, a slug with too little after it.
        for kept in [
            "Update 2-year plan for the harbour",
            "ANALYSIS - What the vote means",
            "FACTBOX-Ports",
            "Harbour UPDATE 2-Ferry",
        ] {
            assert_eq!(without_wire_slug(kept), kept);
        }
    }

    /// A section's label before a plain text's headline ("Opinion |", "OPINION:", "Analysis |",
    /// "Editorial:") is cut from the extracted title, and names no site: an opinion piece on the
    /// tram line. An HTML page's markup shows the label as its headline's, and keeps it.
    #[test]
    fn a_section_label_is_no_part_of_the_headline() {
        use super::without_labels;
        let story = "\n\nThe city's tram plan leaves the hospital a twenty-minute walk from the nearest stop, and the planners can still fix that before the final vote in December.\n";
        for (first, want) in [
            (
                "Opinion | Why the tram line should run past the hospital",
                "Why the tram line should run past the hospital",
            ),
            (
                "OPINION: Why the tram line should run past the hospital",
                "Why the tram line should run past the hospital",
            ),
            (
                "Analysis | What the tram vote means for Quillon",
                "What the tram vote means for Quillon",
            ),
            (
                "Editorial: The tram must stop at the hospital gate",
                "The tram must stop at the hospital gate",
            ),
            (
                "Op-Ed — A hospital stop costs less than a car park",
                "A hospital stop costs less than a car park",
            ),
        ] {
            let doc =
                crate::text::parse(&format!("{first}\nOctober 2, 2026{story}"), "UTF-8", vec![]);
            let x = crate::extract(&doc, &crate::Hint::default());
            assert_eq!(x.title.as_deref(), Some(want), "{first}");
            assert_eq!(x.site_name, None, "{first}");
        }
        let page = r#"<html><head><meta property="og:title" content="Opinion | Why the tram line should run past the hospital"></head><body><p>The city's tram plan leaves the hospital a twenty-minute walk from the nearest stop.</p></body></html>"#;
        let doc = crate::html::parse(page, "UTF-8", vec![]);
        assert_eq!(
            crate::extract(&doc, &crate::Hint::default())
                .title
                .as_deref(),
            Some("Opinion | Why the tram line should run past the hospital")
        );
        // A slug and a label together; then what stays: a label with too little after it, a
        // label in lower case or inside the headline, labels that are the headline's own words.
        assert_eq!(
            without_labels("UPDATE 1-Analysis: Harbour vote splits the council"),
            "Harbour vote splits the council"
        );
        assert_eq!(
            without_labels("🔴 BREAKING | Karvik to microchip 3,000 harbour cats 🐈\u{fe0f}"),
            "Karvik to microchip 3,000 harbour cats"
        );
        assert_eq!(
            without_labels("Breaking News: Ferry halted after hull crack"),
            "Ferry halted after hull crack"
        );
        for kept in [
            "Opinion: Trams",
            "Opinion | Ours now",
            "opinion: the tram must stop here",
            "Why my opinion: the tram must stop",
            "Letters: Tram stop | Car park | Night buses",
            "Column: The tram plan forgets the hospital",
            "Analysisplan approved for the tram depot",
            "Live: Route 26 stays closed after the blade fell",
            "BREAKING: Ferry halted",
            "Breaking the silence on the tram depot",
            "🔴🔴",
        ] {
            assert_eq!(without_labels(kept), kept);
        }
    }

    /// An outlet's name before the date on a line of a text's header ("The Harbor Ledger | March
    /// 3, 2026", above or under the headline) names the site when the headline names none, and
    /// the date is still read; a byline row, a section's or a desk's name, or a brand on the
    /// headline's own line do not give way to it.
    #[test]
    fn an_outlet_before_the_date_names_the_site() {
        let story = "\n\nFerry fares on the Quillon crossing will rise by ten percent from April, the operator said on Monday, blaming fuel costs.\n";
        for (top, site) in [
            (
                "The Harbor Ledger | March 3, 2026\nFerry fares to rise by a tenth in April",
                Some("The Harbor Ledger"),
            ),
            (
                "Ferry fares to rise by a tenth in April\nBrennock Valley Courier — 3 March 2026, 9:40",
                Some("Brennock Valley Courier"),
            ),
            (
                "Ferry fares to rise by a tenth in April\nMara Quill | March 3, 2026",
                None,
            ),
            (
                "Politics | March 3, 2026\nFerry fares to rise by a tenth in April",
                None,
            ),
            (
                "City Desk | March 3, 2026\nFerry fares to rise by a tenth in April",
                None,
            ),
            (
                "Ferry fares to rise by a tenth in April | Quillon Post\nThe Harbor Ledger | March 3, 2026",
                Some("Quillon Post"),
            ),
        ] {
            let doc = crate::text::parse(&format!("{top}{story}"), "UTF-8", vec![]);
            let x = crate::extract(&doc, &crate::Hint::default());
            assert_eq!(x.site_name.as_deref(), site, "{top}");
            assert_eq!(
                x.title.as_deref(),
                Some("Ferry fares to rise by a tenth in April"),
                "{top}"
            );
            assert_eq!(
                x.published.as_ref().map(|d| d.date()),
                Some("2026-03-03"),
                "{top}"
            );
        }
    }

    /// A byline row of a person's name and the outlet's, above or under a text's headline, with
    /// or without "By": the name is the byline, the outlet the site, and the row no headline. A
    /// name beside a desk or a phrase beside an outlet is no such row.
    #[test]
    fn a_name_and_an_outlet_on_a_header_line_give_the_byline_and_the_site() {
        let head = "Ferry fares to rise by a tenth in April";
        let story = "Ferry fares on the Quillon crossing will rise by ten percent from April, the operator said on Monday, blaming fuel costs.\n\nMarch 3, 2026\n";
        let run = |text: String| {
            crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            )
        };
        for row in [
            "Mara Quillfeather | The Harbor Ledger",
            "By Mara Quillfeather | The Harbor Ledger",
            "Mara Quillfeather · Brennock Valley Courier",
        ] {
            for text in [
                format!("{row}\n\n{head}\n\n{story}"),
                format!("{head}\n\n{row}\n\n{story}"),
            ] {
                let x = run(text);
                assert_eq!(x.title.as_deref(), Some(head), "{row}");
                let names: Vec<&str> = x.bylines.iter().map(|b| b.name.as_str()).collect();
                assert_eq!(names, ["Mara Quillfeather"], "{row}");
                let outlet = row.rsplit(['|', '·']).next().unwrap().trim_fast();
                assert_eq!(x.site_name.as_deref(), Some(outlet), "{row}");
                assert_eq!(x.site_name_source.as_deref(), Some("byline_line"), "{row}");
            }
        }
        let x = run(format!(
            "{head}\n\nMara Quillfeather | City Desk\n\n{story}"
        ));
        assert_eq!(x.site_name, None);
        assert!(x.bylines.is_empty());
        // Away from the headline, capitalised words beside an outlet name a column as often: a
        // byline there opens with a common given name.
        for (row, byline) in [
            ("Harbor Notes | The Harbor Ledger", None),
            (
                "Ellen Quillfeather | The Harbor Ledger",
                Some("Ellen Quillfeather"),
            ),
        ] {
            let x = run(format!("{head}\nMarch 3, 2026\n\n{row}\n\n{story}"));
            let names: Vec<&str> = x.bylines.iter().map(|b| b.name.as_str()).collect();
            assert_eq!(names.first().copied(), byline, "{row}");
            assert_eq!(x.site_name.as_deref(), Some("The Harbor Ledger"), "{row}");
        }
    }

    /// A newsroom's credit line above or under a text's headline is no headline and names no
    /// person; before "staff report" a masthead names the site. A headline about a staff report
    /// stays the headline.
    #[test]
    fn a_staff_report_credit_is_no_headline_and_may_name_the_site() {
        let head = "Grain silo fire closes Tolland Road overnight";
        let story = "TOLLAND — Firefighters spent the night at a burning grain silo on Tolland Road, which stays closed to traffic until noon, the county said on Friday.\n\nMarch 6, 2026\n";
        let run = |text: String| {
            crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            )
        };
        for (credit, site) in [
            (
                "The Tolland Courier staff report",
                Some("The Tolland Courier"),
            ),
            (
                "Tolland Valley Record Staff Reports",
                Some("Tolland Valley Record"),
            ),
            ("Staff report", None),
            ("From staff reports", None),
        ] {
            for text in [
                format!("{credit}\n\n{head}\n\n{story}"),
                format!("{head}\n\n{credit}\n\n{story}"),
            ] {
                let x = run(text);
                assert_eq!(x.title.as_deref(), Some(head), "{credit}");
                assert!(x.bylines.is_empty(), "{credit}");
                assert_eq!(x.site_name.as_deref(), site, "{credit}");
                assert!(!x.body_text.contains(credit), "{credit}");
            }
        }
        let x = run(format!("Council shelves staff report\n\n{story}"));
        assert_eq!(x.title.as_deref(), Some("Council shelves staff report"));
    }

    /// A page's top above the headline: a broadcaster's name with its channel, a print header's
    /// time stamp, a mail's header, a long menu one item to a line, a newsletter's masthead over
    /// a rule. The headline is the line by the byline or date, or the mail's subject.
    #[test]
    fn station_names_print_stamps_mail_headers_and_long_menus_are_passed() {
        let want = "Orchard growers sue over late frost insurance payouts";
        let menu: String = [
            "Home",
            "News",
            "Sport",
            "Business",
            "Opinion",
            "Culture",
            "Lifestyle",
            "Travel",
            "Video",
            "Podcasts",
            "Puzzles",
            "Obituaries",
            "Weather",
            "Jobs",
        ]
        .iter()
        .map(|w| format!("{w}\n"))
        .collect();
        for top in [
            "WKSV Channel 9\nWatch Live\nWeather\n".to_string(),
            menu,
            "ORCHARD NEWSLETTER -- Pelham Growers' Cooperative\nIssue 12 -- Monday, 4 May 2026\n\n==========================\n\n".to_string(),
            "The Westmark Ledger\nHome\nNews\n\nWe value your privacy\nWe and our partners store cookies on your device. You may accept them or choose which.\nAccept all\nManage preferences\n\n".to_string(),
        ] {
            let t = text(&format!(
                "{top}{want}\nby Corin Vashti\nMay 4, 2026\n\nThe growers filed the suit on Monday.\n"
            ));
            assert_eq!(t.title.as_deref(), Some(want), "{top:?}");
        }
        // A print header's time stamp is no part of the headline.
        let t = text(&format!(
            "5/4/26, 9:02 AM {want} | Westmark Ledger\n\nThe growers filed the suit on Monday.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        // Over the headline's own line, the print header names the site.
        let t = text(&format!(
            "5/4/26, 9:02 AM Orchard growers sue | Westmark Ledger\n\n{want}\n\nBy Corin Vashti\nMay 4, 2026\n\nThe growers filed the suit on Monday.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        assert_eq!(t.site_name.as_deref(), Some("Westmark Ledger"));
        // A mail's header: the subject is the headline, the sender is none.
        let t = text(&format!(
            "From: Westmark Ledger <news@westmark.example>\nTo: reader@mail.example\nSubject: {want}\nDate: Mon, 4 May 2026 06:02:11 -0500\n\nView this email in your browser\n\nThe growers filed the suit on Monday.\n"
        ));
        assert_eq!(t.title.as_deref(), Some(want));
        assert_eq!(t.source.as_deref(), Some("mail_subject"));
    }

    /// A record's header of "Title:", "Author:", "Date:" fields: a "Site:", "Publication:" or
    /// "Source:" field that names the outlet names the site (and is no article text); one that
    /// gives an address or credits a news agency does not.
    #[test]
    fn a_site_field_beside_a_title_field_names_the_site() {
        let run = |field: &str| {
            let text = format!("Title: Tidal pools reopen at Marrow Point\nAuthor: Ellen Vasquez\n{field}\nDate: 2026-05-02\n\nThe tidal pools at Marrow Point reopened to visitors on Saturday after a winter of storm repairs, the park service said.\n");
            crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            )
        };
        for field in [
            "Site: Marrow Coast Review",
            "Publication: Marrow Coast Review",
            "Source: Marrow Coast Review",
        ] {
            let x = run(field);
            assert_eq!(
                x.site_name.as_deref(),
                Some("Marrow Coast Review"),
                "{field}"
            );
            assert_eq!(x.site_name_source.as_deref(), Some("site_line"), "{field}");
            assert!(!x.body_text.contains("Marrow Coast Review"), "{field}");
            assert_eq!(
                x.title.as_deref(),
                Some("Tidal pools reopen at Marrow Point")
            );
        }
        for field in [
            "Source: https://marrowcoast.example/tidal-pools",
            "Source: Reuters",
        ] {
            assert_eq!(run(field).site_name, None, "{field}");
        }
    }

    /// A text that opens with a mail's subject line, the rest of its header not kept: the
    /// subject without its label and its forwarding or reply prefixes is the headline.
    #[test]
    fn a_mail_subject_line_on_top_gives_the_headline_without_its_labels() {
        let body = "\n\nHello neighbours,\n\nThe Pellow Street footbridge reopens on Saturday after three weeks of repairs, the borough said.\n";
        for top in [
            "Subject: The Pellow Post — Issue #12",
            "SUBJECT: Fwd: The Pellow Post — Issue #12",
            "Subject: Re: Fw: The Pellow Post — Issue #12",
        ] {
            let t = text(&format!("{top}{body}"));
            assert_eq!(
                t.title.as_deref(),
                Some("The Pellow Post — Issue #12"),
                "{top}"
            );
            assert_eq!(t.source.as_deref(), Some("mail_subject"), "{top}");
        }
    }

    /// A chat answer's lead-in ending on a colon heads no headline, and a Markdown "**Title:**"
    /// label is a title label.
    #[test]
    fn a_lead_in_or_a_bold_title_label_gives_the_headline() {
        let t = text("Sure, here is the story rewritten for a younger audience:\nOrchard Growers Take Insurers to Court\nIn a dramatic turn of events, growers in the valley have sued.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Orchard Growers Take Insurers to Court")
        );
        let t = text("**Title:** Orchard Growers Take Insurers to Court\n**Introduction:**\nIn a dramatic turn of events, growers have sued.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Orchard Growers Take Insurers to Court")
        );
        let t = text("## Headline: Orchard Growers Take Insurers to Court\nGrowers have sued.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Orchard Growers Take Insurers to Court")
        );
    }

    /// Mastheads of other languages: an outlet word of that language at either end, later words
    /// perhaps in lower case, the headline under it perhaps in title case.
    #[test]
    fn a_masthead_of_another_language_is_not_the_title() {
        for (masthead, headline) in [
            (
                "Ylä-Vuoksen Sanomat",
                "Vesitornin korjaus alkaa ensi keväänä",
            ),
            (
                "Warta Kalimaya",
                "Pemkot Kalimaya Resmikan Jembatan Gantung Baru",
            ),
            (
                "Прибрежная хроника",
                "В Ольховске открыли новый мост через реку",
            ),
            (
                "Новини Заріччя",
                "У Вербівці відкрили нову бібліотеку для дітей",
            ),
            (
                "Brennacher Tageblatt",
                "Die Brücke über die Vell wird im Mai eröffnet",
            ),
        ] {
            let t = text(&format!(
                "{masthead}\n{headline}\nAnnika Rautio\n20.11.2026 klo 16.45\nThe vote ended the strike on Friday, the union said.\n"
            ));
            assert_eq!(t.title.as_deref(), Some(headline), "{masthead}");
        }
        // A title-case headline that starts or ends with an outlet word keeps its title: the
        // name before "Journal" is a sentence, and "Avis" opens no outlet's name.
        for headline in [
            "Nurse Donates Wartime Journal",
            "Avis Closes Airport Branch",
            "Teachers Start Local Journal",
        ] {
            let t = text(&format!(
                "{headline}\nA former ward sister gives her diary to the town museum\nBy Annika Rautio\nNovember 22, 2026\n\nThe vote ended the strike on Friday, the union said.\n"
            ));
            assert_eq!(t.title.as_deref(), Some(headline), "{headline}");
        }
        let t = text("Diario de Vellmar\nEl puente sobre el Vell abrirá en mayo\nPor Annika Rautio\n20.11.2026\nThe vote ended the strike on Friday, the union said.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("El puente sobre el Vell abrirá en mayo")
        );
        // A Romance paper's name: an article, the noun that opens it, "de" and a place.
        for masthead in ["El Faro de Vellmar", "La Voz de Vellmar", "La Voix du Vell"] {
            let t = text(&format!("{masthead}\n\nEl puente sobre el Vell abrirá en mayo\n\nPor Annika Rautio\n20.11.2026\n\nThe vote ended the strike on Friday, the union said.\n"));
            assert_eq!(
                t.title.as_deref(),
                Some("El puente sobre el Vell abrirá en mayo"),
                "{masthead}"
            );
            assert_eq!(t.site_name.as_deref(), Some(masthead));
        }
        // A masthead naming its edition.
        let t = text("Vellmar Valley Courier — English edition\n\nCable car to close for a season of repairs\n\n04.03.2026 · Annika Rautio\n\nThe vote ended the strike on Friday, the union said.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Cable car to close for a season of repairs")
        );
        assert_eq!(t.site_name.as_deref(), Some("Vellmar Valley Courier"));
        assert_eq!(without_edition("Courier — Sports"), "Courier — Sports");
        // A two-word headline of the lexicon's words is no masthead without a headline under it.
        let t = text("Zeitung Streik\n\nDie Druckerei in Vellbach steht seit Montag still, weil die Belegschaft mehr Lohn fordert und die Geschäftsführung nicht verhandeln will.\n");
        assert_ne!(t.title.as_deref(), Some("Die Druckerei in Vellbach steht seit Montag still, weil die Belegschaft mehr Lohn fordert und die Geschäftsführung nicht verhandeln will."));
    }

    /// A masthead over a one-word section's name, then the headline: the section is no part of
    /// the title.
    #[test]
    fn a_section_under_the_masthead_is_no_headline() {
        let t = text("Vell Coast Business Review\nAgribusiness\n\nCocoa farmers say payment delays have left them unable to pay labourers\n\nBy Kwabena Orrell\nNovember 18, 2026\n\nSEFWI, Ghana — Farmers have not been paid for 14 bags of cocoa, they said on Tuesday.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Cocoa farmers say payment delays have left them unable to pay labourers")
        );
        assert_eq!(t.site_name.as_deref(), Some("Vell Coast Business Review"));
    }

    /// A PDF's header line of the outlet and the date, set apart by spaces, names the site.
    #[test]
    fn a_gapped_header_line_names_the_site() {
        let t = text("The Vell Sentinel                                        Thursday, 19 November 2026\n\nWater restrictions for Port Vell as desal plant falters\nBy Callum Orrell\n\nLevel 3 water restrictions will come into force across Port Vell from Monday.\n");
        assert_eq!(t.site_name.as_deref(), Some("The Vell Sentinel"));
        assert_eq!(gapped_outlet_date("Water rates rise   in the spring"), None);
    }

    /// A push-notification scam's lures over a headline are no title.
    #[test]
    fn a_notification_lure_is_no_title() {
        let t = text("DAILY VELL FEED\n\nClick \"Allow\" to continue reading\nPress Allow to confirm that you are not a robot and get the latest news notifications!\n\nWater restrictions for Port Vell as desal plant falters\nNovember 20, 2026 by Vell Feed Desk\n\nLevel 3 water restrictions will come into force across Port Vell from Monday, the utility said.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Water restrictions for Port Vell as desal plant falters")
        );
        assert!(!notification_lure("Clicking allowed the hackers in"));
    }

    /// A headline over its standfirst, the standfirst over the byline: the headline is the
    /// first, under a menu or a section's name; a masthead's tagline over a headline is not.
    #[test]
    fn a_headline_over_its_standfirst_is_the_title() {
        let story = "\n\nRebecca Lowrie\nMonday, 16 November 2026, 2:50pm\n\nShare this article  Facebook  Twitter  Email\n\nA school bus carrying 22 pupils rolled down a bank on the gorge road on Monday morning, police said.\n";
        let t = text(&format!(
            "VELLMAR GAZETTE\nSkip to content\nNews  Sport  Rural  Opinion  Community  Death notices\n\nBus rolls on gorge road; driver and 14 pupils taken to hospital\n\nThree children seriously hurt after the bus leaves the road on a wet bend{story}"
        ));
        assert_eq!(
            t.title.as_deref(),
            Some("Bus rolls on gorge road; driver and 14 pupils taken to hospital")
        );
        let t = text("VELLMAR SENTINEL          Wednesday, November 4, 2026          A3\n\nLOCAL NEWS\n\nMEASLES CASES CLIMB TO 17 AS HEALTH UNIT OPENS WEEKEND CLINICS\n\nTwo children in hospital; officials urge residents to check vaccination records\n\nBY DANA ORRELL\nSentinel Staff\n\nVELLMAR, Man. — The number of confirmed measles cases has risen to 17, the health unit said on Tuesday.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("MEASLES CASES CLIMB TO 17 AS HEALTH UNIT OPENS WEEKEND CLINICS")
        );
        let t = text("Habari Vellmar Today\nLatest Vellmar News, Trending Stories & Updates\n\nAudit: 17 of the county's 42 ambulances off the road\n\nPosted by: Ann Orrell | November 6, 2026 | News\n\nSeventeen of the county's 42 ambulances were not in service for most of the year, an audit found.\n");
        assert_eq!(
            t.title.as_deref(),
            Some("Audit: 17 of the county's 42 ambulances off the road")
        );
    }
}
