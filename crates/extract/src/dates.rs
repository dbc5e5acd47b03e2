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

use crate::lexicon::{alnum_key, alnum_key_is};
use crate::model::{Block, BlockKind, DateCandidate, Document};
use crate::Trim;

/// No news page we score predates the web's news archives; earlier dates are birth dates,
/// founding years and historical references.
pub const EARLIEST_YEAR: i16 = 1995;

/// Month names and abbreviations with their number, from `data/lexicons/months.tsv`.
static MONTHS: LazyLock<Vec<(String, i8)>> = LazyLock::new(|| {
    crate::lexicon::data_lines(include_str!("../../../data/lexicons/months.tsv"))
        .skip(1)
        .filter_map(|l| {
            let (num, names) = l.split_once('\t')?;
            let num: i8 = num.trim_fast().parse().ok()?;
            Some(
                names
                    .split('|')
                    .map(move |n| (n.trim_fast().to_lowercase(), num)),
            )
        })
        .flatten()
        .collect()
});

/// The month a name or abbreviation stands for, in any language of `data/lexicons/months.tsv`.
pub fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTH_NUMBERS.get(n.as_str()).copied()
}

/// [`MONTHS`] by name, for [`month_number`]: a name written in two languages for two months
/// keeps its first row's, as a search of the list in order finds it. The search compared the
/// name with each of the 400-odd names, about 3,000 instructions a month name read.
static MONTH_NUMBERS: LazyLock<foldhash::HashMap<&'static str, i8>> = LazyLock::new(|| {
    let mut by_name = foldhash::HashMap::default();
    for (name, number) in MONTHS.iter() {
        by_name.entry(name.as_str()).or_insert(*number);
    }
    by_name
});

/// The month names, longest first, as a regex alternation, written as a trie: the names that
/// share a start share its characters ("jan(?:uary|vier|...)"). With a flat alternation of the
/// 400-odd case-blind names, every lazy-DFA state of the two date regexes that hold it, built
/// as a line is searched, held a thread through each of the 400 names: building those states
/// was most of the 171M instructions of lazy-DFA work on 250 pages (140M with the trie; the
/// regexes compile in about the same time either way). The trie matches what the flat list
/// did, the same name captured (seeded test `month_trie_as_the_flat_list`): a name's longer
/// continuations are tried before it ends, as longest-first tried them, and siblings keep the
/// order of their first name in the list.
fn month_alternation() -> String {
    month_trie(&month_names())
}

/// The month names, deduplicated, longest first (then in byte order): the order a flat
/// alternation of them is tried in.
fn month_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| m.as_str()).collect();
    names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    names.dedup();
    names
}

/// `names` (in the order they are to be tried) as a trie-shaped alternation; see
/// [`month_alternation`].
fn month_trie(names: &[&str]) -> String {
    // Each node: its children (character, node) in the order of their first name, and whether a
    // name ends there.
    #[derive(Default)]
    struct Node {
        children: Vec<(char, Node)>,
        end: bool,
    }
    fn write(node: &Node, out: &mut String) {
        let branches = node.children.len();
        let group = branches > 1 || node.end && branches > 0;
        if group {
            out.push_str("(?:");
        }
        for (i, (c, child)) in node.children.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
            write(child, out);
        }
        if group {
            out.push(')');
        }
        if node.end && branches > 0 {
            out.push('?');
        }
    }
    let mut root = Node::default();
    for name in names {
        let mut node = &mut root;
        for c in name.chars() {
            let at = match node.children.iter().position(|(k, _)| *k == c) {
                Some(at) => at,
                None => {
                    node.children.push((c, Node::default()));
                    node.children.len() - 1
                }
            };
            node = &mut node.children[at].1;
        }
        node.end = true;
    }
    let mut out = String::new();
    write(&root, &mut out);
    out
}

// The word boundaries below are ASCII ones (`(?-u:\b)`), all next to digits: a Unicode `\b`
// keeps the regex crate off its fast DFA engines on any non-ASCII text, which made these seven
// searches a tenth of the time spent on a page. MONTH_FIRST opens with a month name that may be
// Cyrillic, so its left edge is checked in code instead (`starts_word`).
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?").expect("valid regex")
});
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$").expect("valid regex")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d{2})(?-u:\b)|(?-u:\b)((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?-u:\b)").expect("valid regex")
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})(?-u:\b)",
        month_alternation()
    ))
    .expect("valid regex")
});
/// What every [`MONTH_FIRST`] match holds after its month name: a day, then the year. Asked
/// first, as the month names (a long, case-blind alternation) are where that regex looks for
/// its matches: "mar" in "market", "may" as a verb, every one a search to run; most lines
/// with a year write it without a day before it ("in 2019").
static MONTH_FIRST_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}").expect("valid regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?({})\.?,?\s+(?:de\s+|năm\s+)?((?:19|20)\d{{2}})(?-u:\b)", month_alternation())).expect("valid regex")
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|_|\.|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/|[-_]((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:\.[a-z]{2,5})?/?(?:[?#]|$)").expect("valid regex")
});
/// An HTTP or feed date-time (RFC 2822 / RFC 7231): "Wed, 04 May 2022 00:25:56 GMT". Read with
/// its time and zone so that a UTC time near midnight can be settled like an ISO one.
static RFC2822: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+((?:19|20)\d{2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?(?:\s|$)").expect("valid regex")
});
/// A path segment that is a date, day first, as European CMSs name press releases
/// (`/meldungen/29-10-2021`).
static URL_SEGMENT_DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:/|\.html?|[?#]|$)").expect("valid regex")
});
/// Matches wherever any of the date patterns below could: a 19xx/20xx year not inside a longer
/// number (every format but two-digit years), a CJK year, or a two-digit-year date. No word
/// boundaries, so it runs on the fast DFA engine; a line it rejects has no date.
static MAY_HOLD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])(?:19|20)[0-9]{2}(?:[^0-9]|$)|(?:19|20)[0-9]{2}\s*年|[0-9]\.[0-9]{1,2}\.[0-9]{2}").expect("valid regex")
});
/// [`MAY_HOLD_DATE`]`.is_match(s)`, answered by SIMD scans for the bytes its matches need:
/// every line of a document with four digits was asked, and the regex, with no literal to skip
/// ahead to, read each of them whole (a fifth of the time spent finding dates). Its first
/// branch is a maximal run of exactly four ASCII digits opening with 19 or 20 (`[^0-9]` and the
/// text's ends on both sides: a digit is one byte, so the byte beside the run is a digit exactly
/// when the character is), looked for at each '1' and '2'; its third, a digit, a dot, one or two
/// digits, a dot and two digits, looked for at each dot. Its second needs '年': a text holding
/// one is left to the regex.
fn may_hold_date(s: &str) -> bool {
    let b = s.as_bytes();
    let nian = "年".as_bytes();
    if memchr::memchr_iter(nian[0], b).any(|i| b[i..].starts_with(nian)) {
        return MAY_HOLD_DATE.is_match(s);
    }
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let year = memchr::memchr2_iter(b'1', b'2', b).any(|i| {
        matches!(&b[i..], [b'1', b'9', ..] | [b'2', b'0', ..])
            && (i == 0 || !digit(i - 1))
            && digit(i + 2)
            && digit(i + 3)
            && !digit(i + 4)
    });
    year || memchr::memchr_iter(b'.', b).any(|i| {
        i > 0
            && digit(i - 1)
            && digit(i + 1)
            && (b.get(i + 2) == Some(&b'.') && digit(i + 3) && digit(i + 4)
                || digit(i + 2) && b.get(i + 3) == Some(&b'.') && digit(i + 4) && digit(i + 5))
    })
}
/// A date line whose date has a two-digit year after slashes: "11/22/26", "Posted 11/22/26 at
/// 9:14 p.m. ET". See [`short_slash_date`].
static SHORT_SLASH_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?P<label>\p{L}+(?:\s\p{L}+){0,2})\s*:?\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})(?:\s*(?:,|at|@|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$")
        .expect("valid regex")
});

/// The date of a line that is only a date with a two-digit year after slashes ("11/22/26"),
/// maybe after a date label ("Posted", "Updated") and before a time of day. Read only there,
/// never inside prose (a fraction, a score, a ratio), and only when the three numbers have one
/// reading: month/day/year, day/month/year and year/month/day must agree on the date or all
/// but one be no date ("11/22/26" is 22 November 2026; "3/4/26" and "26/11/22" are not read).
/// The year is 20YY: two-digit years are those of recent pages.
fn short_slash_date(s: &str) -> Option<FoundDate> {
    if s.len() > 80 || memchr::memchr(b'/', s.as_bytes()).is_none() {
        return None;
    }
    let c = SHORT_SLASH_LINE.captures(s)?;
    if let Some(label) = c.name("label") {
        let label = label.as_str().to_lowercase();
        if !DATE_LABELS
            .iter()
            .any(|(l, role)| *l == label && *role != Label::Unrelated)
        {
            return None;
        }
    }
    let (a, b, y) = (c.name("a")?, c.name("b")?, c.name("y")?);
    let num = |m: regex::Match| m.as_str().parse::<i8>().ok();
    let (na, nb, ny) = (num(a)?, num(b)?, num(y)?);
    let year = |n: i8| format!("20{n:02}");
    let readings: Vec<Date> = [
        make_date(&year(ny), na, &nb.to_string()),
        make_date(&year(ny), nb, &na.to_string()),
        make_date(&year(na), nb, &ny.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let date = *readings.first()?;
    if readings.iter().any(|d| *d != date) {
        return None;
    }
    Some(FoundDate {
        start: a.start(),
        end: y.end(),
        value: date.to_string(),
        date,
    })
}

/// `s` with its Arabic-Indic digits (U+0660–0669, and the Persian forms U+06F0–06F9) written
/// as ASCII ones, and for each byte of that text (and its end) the offset of the byte it came
/// from in `s`. None when `s` has none: a scan for their lead bytes (0xD9, 0xDB) first.
fn with_ascii_digits(s: &str) -> Option<(String, Vec<usize>)> {
    let bytes = s.as_bytes();
    let is_digit = |c: char| matches!(c, '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}');
    memchr::memchr2_iter(0xD9, 0xDB, bytes)
        .any(|i| {
            matches!(
                (bytes[i], bytes.get(i + 1)),
                (0xD9, Some(0xA0..=0xA9)) | (0xDB, Some(0xB0..=0xB9))
            )
        })
        .then_some(())?;
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let c = if is_digit(c) {
            let zero = if c <= '\u{669}' { 0x660 } else { 0x6F0 };
            char::from(b'0' + (c as u32 - zero) as u8)
        } else {
            c
        };
        for _ in 0..c.len_utf8() {
            offsets.push(i);
        }
        out.push(c);
    }
    offsets.push(s.len());
    Some((out, offsets))
}

/// Two-digit years, day first: "26.10.13" (forum and blog templates).
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{2})(?-u:\b)").expect("valid regex")
});
/// Year first with dots, as Korean, Hungarian and Chinese pages write it: "2023.11.02.",
/// "2023. 11. 02.". Two-digit month and day, so that a version ("2020.1.3") is no date.
static YEAR_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2})\. ?(0[1-9]|1[0-2])\. ?(0[1-9]|[12]\d|3[01])(?-u:\b)")
        .expect("valid regex")
});
/// Chinese and Japanese: "2019年6月24日".
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").expect("valid regex")
});

/// What a label before a date says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// "Published", "Veröffentlicht am".
    Published,
    /// "Updated", "Stand".
    Modified,
    /// A date about someone or something else: "Registered", "Member since" (forum profiles).
    Unrelated,
}

/// Words that label a date, from `data/lexicons/date_labels.tsv`: (lower-cased label, role).
static DATE_LABELS: LazyLock<Vec<(String, Label)>> = LazyLock::new(|| {
    crate::lexicon::data_lines(include_str!("../../../data/lexicons/date_labels.tsv"))
        .skip(1)
        .filter_map(|l| {
            let (role, label) = l.split_once('\t')?;
            let role = match role.trim_fast() {
                "modified" => Label::Modified,
                "unrelated" => Label::Unrelated,
                _ => Label::Published,
            };
            Some((label.trim_fast().to_lowercase(), role))
        })
        .collect()
});

/// All of `DATE_LABELS` searched for at once (an empty label would match everywhere: there is
/// none), every occurrence reported: one pass over the text before a date, where a searcher a
/// label (150 of them, each set up and run on every text before every date) cost about 16K
/// instructions a date.
static LABEL_SEARCH: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    assert!(
        DATE_LABELS.iter().all(|(l, _)| !l.is_empty()),
        "empty date label"
    );
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(DATE_LABELS.iter().map(|(l, _)| l))
        .expect("valid date labels")
});

/// True for a label written in Han, kana or Hangul, which need no word edges (see
/// `date_labels.tsv`).
fn is_cjk_label(label: &str) -> bool {
    label.chars().any(crate::body::is_cjk_or_hangul)
}

/// How many characters before a date a label may stand ("Veröffentlicht am Dienstag, ").
const LABEL_REACH: usize = 48;

/// The label closest before byte `at` of `line` and after byte `floor` (the end of the previous
/// date), if any.
fn label_before(line: &str, floor: usize, at: usize) -> Option<Label> {
    label_and_lead(line, floor, at).map(|(label, _)| label)
}

/// [`label_before`] and how many words stand before the label in its part of the line (after
/// the last "|", "•" or "·" within reach): none or one for a metadata label ("Published:", "Last
/// updated"), more in a sentence ("The state report was released on ...").
fn label_and_lead(line: &str, floor: usize, at: usize) -> Option<(Label, usize)> {
    let mut from = at.saturating_sub(LABEL_REACH * 2).max(floor);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let prefix = line[from..at].to_lowercase();
    let prefix: String = {
        let chars: Vec<char> = prefix.chars().collect();
        chars[chars.len().saturating_sub(LABEL_REACH)..]
            .iter()
            .collect()
    };
    let is_word = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    // The label nearest the date, the longer at equal end, the first of `DATE_LABELS` at equal
    // length (as a search of each label in turn kept it): its end, length and index.
    let mut best: Option<(usize, usize, usize)> = None;
    // Where each label may next be found: each label's occurrences are those `match_indices`
    // gives, non-overlapping, left to right (a search steps over a match's length). The
    // overlapping search reports a label's occurrences in order (they end in order), every
    // one: an occurrence overlapping the one taken before it is passed over.
    let mut next_from = vec![0usize; DATE_LABELS.len()];
    for m in LABEL_SEARCH.find_overlapping_iter(&prefix) {
        let (i, pos) = (m.pattern().as_usize(), m.start());
        if pos < next_from[i] {
            continue;
        }
        next_from[i] = m.end();
        let label = DATE_LABELS[i].0.as_str();
        let before = prefix[..pos].chars().next_back();
        let after = prefix[pos + label.len()..].chars().next();
        // Chinese, Japanese and Korean labels stand glued to the words and digits around
        // them ("更新日", "公開2026年"): whole words only in other scripts.
        // Without word edges, such a label is the date's only when nothing but a colon, a
        // time's words ("日", "时间") or white space stands between them: a cited headline's
        // "发布" before a reference's access date ("...发布 ．新华网[引用日期2013-10-22]")
        // is not.
        let cjk_apart = || {
            !prefix[pos + label.len()..]
                .trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ':' | '：' | '日' | '于' | '於' | '|')
                })
                .trim_start_matches(['时', '時'])
                .trim_start_matches(['间', '間'])
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：'))
                .is_empty()
        };
        if is_cjk_label(label) && cjk_apart()
            || !is_cjk_label(label) && (!is_word(before) || !is_word(after))
        {
            continue;
        }
        let end = pos + label.len();
        // The label nearest the date wins; at equal end, the longer ("last updated").
        if best.is_none_or(|(e, len, k)| {
            end > e || end == e && (label.len() > len || label.len() == len && i < k)
        }) {
            best = Some((end, label.len(), i));
        }
    }
    best.map(|(end, len, i)| {
        let role = DATE_LABELS[i].1;
        let before = &prefix[..end - len];
        let segment = before.rsplit(['|', '•', '·']).next().unwrap_or(before);
        (role, crate::body::line_words(segment, false))
    })
}

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

/// How to read an ambiguous numeric date with slashes ("02/11/2023").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlashOrder {
    /// US English: month first.
    MonthFirst,
    /// Everywhere else: day first.
    DayFirst,
}

impl SlashOrder {
    /// The order of a page in language `lang` (a BCP 47 tag such as `en-US`, `en_GB`, `fr`):
    /// month first for American English and for English without a region, day first otherwise.
    pub fn for_language(lang: Option<&str>) -> SlashOrder {
        let l = lang.map_or(String::new(), |l| {
            l.trim_fast().to_ascii_lowercase().replace('_', "-")
        });
        if l.is_empty() || l == "en" || l == "en-us" {
            SlashOrder::MonthFirst
        } else {
            SlashOrder::DayFirst
        }
    }
}

/// How the page writes an ambiguous slashed date ("06/11/2026"), from the strongest evidence
/// it holds:
/// 1. its own URL's date (`/2026/11/06/`), when one reading of a slashed date in its text gives
///    it and the other does not;
/// 2. its markup's language (`<html lang>`, `og:locale`), when it names more than plain English;
/// 3. its text's language, detected only when the text holds an ambiguous slashed date (a pass
///    over the text; most pages have none): day first in every language but English, and in
///    English (detected, or markup's bare "en") on a site under a day-first country's domain
///    (.uk, .ie, .au, .nz, .za, .in).
///
/// A plain text in Portuguese or Italian ("Publicado em 03/08/2026") had been read month first,
/// five months off, and A006 then set its right URL date against the wrong one.
fn slash_order(doc: &Document, urls: &[&str]) -> SlashOrder {
    let markup = doc.html.lang.as_deref().or_else(|| {
        doc.html
            .meta
            .iter()
            .find(|(k, _)| k == "og:locale")
            .map(|(_, v)| v.as_str())
    });
    let ambiguous = ambiguous_slash_dates(&doc.text);
    if ambiguous.is_empty() {
        return SlashOrder::for_language(markup);
    }
    let url_dates: Vec<Date> = urls
        .iter()
        .filter_map(|u| date_in_url(u))
        .map(|f| f.date)
        .collect();
    let month_first = ambiguous.iter().any(|(m, _)| url_dates.contains(m));
    let day_first = ambiguous.iter().any(|(_, d)| url_dates.contains(d));
    if month_first != day_first {
        return if day_first {
            SlashOrder::DayFirst
        } else {
            SlashOrder::MonthFirst
        };
    }
    // "en" without a region says English, not which English: the site's country decides, as
    // for a page that declares nothing ("en" on a .co.uk site writes 03/08 for 3 August).
    let bare_english = markup.is_some_and(|m| m.trim_fast().eq_ignore_ascii_case("en"));
    if markup.is_some() && !bare_english {
        return SlashOrder::for_language(markup);
    }
    let language = if bare_english {
        Some("en".to_string())
    } else {
        crate::language::detect(&doc.text)
    };
    match language.as_deref() {
        Some("en") | None => {
            let day_first_domain = urls.iter().any(|u| {
                url::Url::parse(u)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                    .is_some_and(|h| {
                        [".uk", ".ie", ".au", ".nz", ".za", ".in"]
                            .iter()
                            .any(|tld| h.ends_with(tld))
                    })
            });
            if day_first_domain {
                return SlashOrder::DayFirst;
            }
            // The text's own unambiguous slashed dates ("14/03/2026" is day first, "03/14/2026"
            // month first), when they agree; else a price in pounds or euros, which English
            // writers outside the United States, who write the day first, put on the page.
            match unambiguous_slash_orders(&doc.text) {
                (true, false) => SlashOrder::DayFirst,
                (false, true) => SlashOrder::MonthFirst,
                _ if doc.text.contains(['£', '€']) => SlashOrder::DayFirst,
                _ => SlashOrder::MonthFirst,
            }
        }
        Some(_) => SlashOrder::DayFirst,
    }
}

/// A slashed date with a four-digit year ("14/03/2026").
static SLASHED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?-u:\b)").expect("valid regex")
});

/// Whether `text` holds a slashed date that can only be read day first (its first number over
/// 12 and its second a month), and whether it holds one that can only be read month first.
fn unambiguous_slash_orders(text: &str) -> (bool, bool) {
    let (mut day_first, mut month_first) = (false, false);
    for c in SLASHED_DATE.captures_iter(text) {
        let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
            continue;
        };
        day_first |= (13..=31).contains(&a) && (1..=12).contains(&b);
        month_first |= (1..=12).contains(&a) && (13..=31).contains(&b);
    }
    (day_first, month_first)
}

/// The slashed or dashed dates of `s` either of whose numbers could be the month ("06/11/2026",
/// "06-11-2026"), as their two readings: (month first, day first).
fn ambiguous_slash_dates(s: &str) -> Vec<(Date, Date)> {
    // The shape of such a date at its first slash or dash, before the regex reads the whole
    // text (most texts' dashes join words, and a regex pass over every text was 20,000
    // instructions): a digit before it; one or two digits, a dot, slash or dash and a year of
    // 19xx or 20xx after it. Every match kept below has one (its second separator may be a dot;
    // a match of the other branch, or with a dot first, is dropped), so a text without one gives
    // none. Texts with ISO dates ("2026-11-23"), number ranges and phone numbers have a dash
    // between digits but no such shape.
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let year_at =
        |i: usize| matches!(b.get(i..i + 2), Some(b"19" | b"20")) && digit(i + 2) && digit(i + 3);
    let sep = |i: usize| matches!(b.get(i), Some(b'.' | b'/' | b'-'));
    let shaped = memchr::memchr2_iter(b'/', b'-', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && digit(i + 1)
            && (sep(i + 2) && year_at(i + 3) || digit(i + 2) && sep(i + 3) && year_at(i + 4))
    });
    if !shaped {
        return Vec::new();
    }
    NUMERIC
        .captures_iter(s)
        .filter_map(|c| {
            let a: i8 = c.get(1)?.as_str().parse().ok()?;
            let b: i8 = c[3].parse().ok()?;
            if &c[2] == "." || a > 12 || b > 12 || a == b {
                return None;
            }
            Some((
                make_date(&c[4], a, &b.to_string())?,
                make_date(&c[4], b, &a.to_string())?,
            ))
        })
        .collect()
}

/// Every date written in `s`, in any of the supported formats, in order of position; ambiguous
/// slashed dates are read month first.
pub fn find_dates(s: &str) -> Vec<FoundDate> {
    find_dates_with(s, SlashOrder::MonthFirst)
}

/// The ASCII digits in `s`, counted in runs of at most 255 bytes into a `u8`, which the compiler
/// vectorises: every line of a document is asked whether it holds two, and a scan that stops at
/// the second digit costs 4 instructions a byte on the many lines that hold fewer.
fn ascii_digits(s: &[u8]) -> usize {
    s.chunks(255)
        .map(|run| {
            usize::from(
                run.iter()
                    .fold(0u8, |n, b| n + u8::from(b.is_ascii_digit())),
            )
        })
        .sum()
}

/// Every date written in `s`, ambiguous slashed dates read in `order`.
pub fn find_dates_with(s: &str, order: SlashOrder) -> Vec<FoundDate> {
    // Most lines of a page hold fewer than four ASCII digits, and every date read below needs
    // four (a year, or a short slashed date's day, month and two-digit year: their `\d` may
    // match other digits, which then fail to parse). An ASCII line holds no Arabic-Indic digit
    // either: such a line has no date, told by one count before the scans for those digits'
    // and for a slash's bytes.
    let digits = ascii_digits(s.as_bytes());
    if digits < 4 && s.is_ascii() {
        return Vec::new();
    }
    // Arabic-Indic digits ("٢٣ نوفمبر ٢٠٢٦"): the dates of the text with ASCII digits, at the
    // text's own byte offsets.
    if let Some((ascii, offsets)) = with_ascii_digits(s) {
        let mut found = find_dates_with(&ascii, order);
        for f in &mut found {
            f.start = offsets[f.start];
            f.end = offsets[f.end];
        }
        return found;
    }
    if let Some(found) = short_slash_date(s) {
        return vec![found];
    }
    // Every format has a year in digits; most lines of a page have none. Two cheap tests before
    // seven regexes (the month-name ones with a long alternation and Unicode word boundaries,
    // which the fast regex engines cannot run on non-ASCII text): four digits at all (each
    // branch of `MAY_HOLD_DATE` holds four), then a year.
    if digits < 4 || !may_hold_date(s) {
        return Vec::new();
    }
    // A line that may hold a date is read several times over: the bylines' rules ask its dates
    // of each header line (a name before the date, the date after the names...), then the
    // dates' candidates and the choice between them ask again. Reading it costs thousands of
    // instructions; the answer depends on the text and the order alone, and is kept for the
    // last few texts read.
    crate::recent::remembered(
        &RECENT_DATES,
        (RECENT_DATES_KEPT, RECENT_DATES_MAX_BYTES),
        order,
        s,
        || read_dates(s, order),
    )
}

/// How many texts' dates [`find_dates_with`] keeps: the header lines a document's rules read.
const RECENT_DATES_KEPT: usize = 16;
/// The longest text [`find_dates_with`] keeps the dates of.
const RECENT_DATES_MAX_BYTES: usize = 2048;

thread_local! {
    /// The dates [`find_dates_with`] read last, with the order they were read in and the text.
    static RECENT_DATES: crate::recent::Answers<SlashOrder, Vec<FoundDate>> = Default::default();
}

/// The dates of `s` read in `order`, for [`find_dates_with`] once its cheap tests have passed.
fn read_dates(s: &str, order: SlashOrder) -> Vec<FoundDate> {
    // The separators the numeric formats are written with: a regex whose every match holds one
    // the line lacks is not run (each run reads the line and sets up its groups).
    let b = s.as_bytes();
    let (dash, dot) = (
        memchr::memchr(b'-', b).is_some(),
        memchr::memchr(b'.', b).is_some(),
    );
    let numeric_separator = dot || dash || memchr::memchr(b'/', b).is_some();
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
    // Every ISO match holds a year of four digits, a dash and a digit ("2023-1"): a line whose
    // dashes all stand elsewhere (between words, in a range of numbers) is not searched.
    let iso_shaped = dash
        && memchr::memchr_iter(b'-', b).any(|i| {
            i >= 4
                && matches!(&b[i - 4..i - 2], b"19" | b"20")
                && b[i - 2].is_ascii_digit()
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        });
    for c in iso_shaped
        .then(|| ISO.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let m: i8 = match c[2].parse() {
            Ok(m) => m,
            Err(_) => continue,
        };
        let Some(date) = make_date(&c[1], m, &c[3]) else {
            continue;
        };
        let whole = c.get_match();
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
    let month_first = MONTH_FIRST_TAIL
        .is_match(s)
        .then(|| MONTH_FIRST.captures_iter(s));
    for c in month_first.into_iter().flatten() {
        if !starts_word(s, c.get_match().start()) {
            continue;
        }
        let Some(m) = month_number(&c[1]) else {
            continue;
        };
        if let Some(date) = make_date(&c[3], m, &c[2]) {
            let w = c.get_match();
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    for c in DAY_FIRST.captures_iter(s) {
        let Some(m) = month_number(&c[2]) else {
            continue;
        };
        if let Some(date) = make_date(&c[3], m, &c[1]) {
            let w = c.get_match();
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    for c in numeric_separator
        .then(|| NUMERIC.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let w = c.get_match();
        // Dashes on both sides or on neither: "12-11-2026" (Dutch, Indian, Iberian pages), never
        // "12/11-2026".
        if let Some(y) = c.get(4) {
            if (&c[2] == "-") != (b[y.start() - 1] == b'-') {
                continue;
            }
        }
        let date = if let Some(y) = c.get(5) {
            c[6].parse()
                .ok()
                .and_then(|m| make_date(y.as_str(), m, &c[7]))
        } else {
            let (a, b): (i8, i8) = match (c[1].parse(), c[3].parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => continue,
            };
            // "23.11.2023" is day-first everywhere; with slashes or dashes, the page's order
            // unless the first number cannot be a month.
            let (d, m) = if &c[2] == "." || a > 12 || order == SlashOrder::DayFirst && b <= 12 {
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
    for c in dot
        .then(|| YEAR_DOTTED.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let w = c.get_match();
        // "2023.11.02.7" is a version or a build number.
        let after = &s[w.end()..];
        if s[..w.start()].ends_with('.')
            || after.starts_with('.') && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        if let Some(date) = c[2].parse().ok().and_then(|m| make_date(&c[1], m, &c[3])) {
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    // The CJK form needs its '年' (most text has none: the regex is not even compiled).
    for c in s
        .contains('年')
        .then(|| CJK.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let w = c.get_match();
        if let Some(date) = c[2].parse().ok().and_then(|m| make_date(&c[1], m, &c[3])) {
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    for c in dot
        .then(|| SHORT_YEAR.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let w = c.get_match();
        // "1.2.13" followed by more dotted numbers is a version or an address, not a date.
        if s[w.end()..].starts_with(|ch: char| ch == '.' || ch.is_ascii_digit())
            && s[w.end()..]
                .chars()
                .nth(1)
                .is_some_and(|ch| ch.is_ascii_digit())
            || s[..w.start()].ends_with('.')
            || follows_version_word(&s[..w.start()])
        {
            continue;
        }
        let yy: i16 = c[3].parse().unwrap_or(0);
        let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
        if let Some(date) = c[2]
            .parse()
            .ok()
            .and_then(|m| make_date(&year.to_string(), m, &c[1]))
        {
            push(w.start(), w.end(), date, date.to_string());
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

/// True when `before` ends with a word that names a software version ("WordPress 4.8.12",
/// "Version 2.1.19", "v1.0.22"): the dotted numbers after it are a release, not a short date.
fn follows_version_word(before: &str) -> bool {
    let head = before.trim_end_matches(' ');
    let word_start = head.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = head[word_start..].to_lowercase();
    word == "v"
        || head.len() < before.len()
            && [
                "version",
                "versión",
                "versione",
                "ver",
                "release",
                "build",
                "wordpress",
                "php",
                "drupal",
                "joomla",
            ]
            .contains(&word.as_str())
}

/// True when byte `i` of `s` is not preceded by a letter or digit (a Unicode `\b` before a word).
fn starts_word(s: &str, i: usize) -> bool {
    !s[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
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
    parse_value_with(v, SlashOrder::MonthFirst)
}

/// Parses a date value, ambiguous slashed dates read in `order`.
pub fn parse_value_with(v: &str, order: SlashOrder) -> Option<FoundDate> {
    let v = v.trim_fast();
    if let Some(c) = COMPACT.captures(v) {
        let date = make_date(&c[1], c[2].parse().ok()?, &c[3])?;
        return Some(FoundDate {
            start: 0,
            end: v.len(),
            value: date.to_string(),
            date,
        });
    }
    if let Some(c) = RFC2822.captures(v) {
        if let Some(date) = month_number(&c[2]).and_then(|m| make_date(&c[3], m, &c[1])) {
            let h: u8 = c[4].parse().unwrap_or(24);
            if h < 24 {
                let zone = c.get(7).map_or(String::new(), |z| match z.as_str() {
                    "GMT" | "UTC" | "UT" | "Z" => "Z".into(),
                    o => normalise_offset(o),
                });
                let sec = c.get(6).map_or("00", |x| x.as_str());
                return Some(FoundDate {
                    start: 0,
                    end: c.get_match().end(),
                    value: format!("{date}T{h:02}:{}:{sec}{zone}", &c[5]),
                    date,
                });
            }
        }
    }
    find_dates_with(v, order).into_iter().next()
}

/// The date in a URL path (`/2023/11/23/`, `/2023-11-23-`, `/20231123/`, a segment
/// `/29-10-2021`).
pub fn date_in_url(url: &str) -> Option<FoundDate> {
    let Some(c) = URL_DATE.captures(url) else {
        return day_first_segment(url);
    };
    // The three forms: folders ("/2023/11/23/", "/2023-11-23-"), a folder of digits
    // ("/20231123/"), the end of the slug ("-2023-11-23.html", "_20231123").
    let (y, m, d) = [1, 4, 7]
        .into_iter()
        .find_map(|g| Some((c.get(g)?.as_str(), &c[g + 1], &c[g + 2])))?;
    let date = make_date(y, m.parse().ok()?, d)?;
    let w = c.get(0)?;
    Some(FoundDate {
        start: w.start(),
        end: w.end(),
        value: date.to_string(),
        date,
    })
}

/// A path segment `/DD-MM-YYYY`, only when the day cannot be a month (`/05-06-2021` could be
/// either order).
fn day_first_segment(url: &str) -> Option<FoundDate> {
    let c = URL_SEGMENT_DAY_FIRST.captures(url)?;
    let day: i8 = c[1].parse().ok()?;
    if day <= 12 {
        return None;
    }
    let date = make_date(&c[3], c[2].parse().ok()?, &c[1])?;
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
    // Dublin Core's date is any event in the resource's life (often the last edit), not its
    // publication: no more than the bare `date`, below a date line the page shows.
    ("dc.date", 0.75),
    ("dcterms.date", 0.75),
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
    ("uploaddate", 0.7),
];
/// Whether a meta key states the page's own publication as [`candidates_at`] reads it with
/// trust: a key of [`META_PUBLISHED`] read at [`TRUSTED_MARKUP`] or above
/// (`article:published_time`, `og:article:published_time`, `datePublished`, `pubdate`...), not
/// a bare `date`, Dublin Core's `dc.date` or a `created`, which any page may carry. Such a key says
/// the page is a story, not a list of them (see `lib.rs`'s index pages).
pub(crate) fn is_publication_meta(key: &str) -> bool {
    META_PUBLISHED
        .iter()
        .any(|(m, conf)| *m == key && *conf >= TRUSTED_MARKUP)
}
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

/// Confidence of a date in the page's own URL path. Publishers write the day of first publication
/// there and never change it, but a story drafted a day before it ran keeps the draft's day, so
/// it ranks below the markup; it settles a markup time in UTC near midnight (see [`choose`]).
const URL_CONFIDENCE: f32 = 0.8;
/// Lines before and after the headline where the page's own date line stands.
const HEADER_BEFORE: usize = 5;
const HEADER_AFTER: usize = 20;
/// How many lines under the headline a date in a line marked as navigation may stand and still
/// be the article's date line (see [`last_resort`]).
const NAV_DATE_LINE_REACH: usize = 3;
/// Confidence of a dateline opening the story's first paragraph (see [`opens_with_dateline`]):
/// above an unlabelled `<time>` (0.6), below a date line under the headline.
const DATELINE: f32 = 0.65;
/// Words of a place name a dateline may open with ("Frankfurt am Main,").
const DATELINE_PLACE_WORDS: usize = 3;
/// Date lines are metadata, not prose: at most this many words.
const DATE_LINE_MAX_WORDS: usize = 16;
/// Words besides its date in a caption under the headline read as the article's date line (a
/// section: "21. Januar 2022 | Mobilität"); a photo's caption says more.
const CAPTION_DATE_LINE_WORDS: usize = 3;
/// A date line that is only a date, perhaps with a byline or a reading time around it.
const DATE_ONLY_MAX_OTHER_WORDS: usize = 8;
/// Confidence at or above which a `date_line` candidate is the date a reader sees under the
/// headline.
const VISIBLE: f32 = 0.75;
/// A date in the markup with at least this confidence (the page's first `<time>` without a role
/// has 0.6), earlier than the update a page shows, is its publication date (see [`choose`]).
const EARLIER_THAN_UPDATE: f32 = 0.6;

/// Confidence from which a `<time>` element (the page's first, or one marked as publication)
/// states the local day of a UTC time near midnight (see [`choose`]).
const LOCAL_TIME: f32 = 0.6;

/// Confidence from which a markup date outweighs a date shown in the text when they disagree on
/// which came first: `article:published_time`, JSON-LD, `parsely-pub-date` (0.8 and above),
/// not a bare `date` or Dublin Core meta (0.75).
const TRUSTED_MARKUP: f32 = 0.8;

/// Collects every date candidate of a document. `urls` are the page's own URLs (canonical, hint);
/// `headline` is the chosen title, used to find where the article's header stands in the text;
/// `blocks` are the page's non-article blocks: a headline list's items date other stories.
pub fn candidates(
    doc: &Document,
    urls: &[&str],
    headline: Option<&str>,
    plausible: Plausible,
    blocks: &[Block],
) -> Vec<DateCandidate> {
    candidates_at(doc, urls, header_line(doc, headline), plausible, blocks)
}

/// [`candidates`] with the headline's line already found ([`header_line`] of the document and
/// the chosen title): `extract` finds it once for this and for [`crawl_resolved`], which asked
/// the same of the same title (a pass over the lines' letters each, 3% of plain-text work).
pub fn candidates_at(
    doc: &Document,
    urls: &[&str],
    anchor: usize,
    plausible: Plausible,
    blocks: &[Block],
) -> Vec<DateCandidate> {
    let order = slash_order(doc, urls);
    let parse_value = |v: &str| parse_value_with(v, order);
    let mut out: Vec<DateCandidate> = Vec::new();
    // Whether each candidate of `out` is from a side region of the page (see below).
    let mut side: Vec<bool> = Vec::new();
    let found = std::cell::Cell::new(0usize);
    let side_time = std::cell::Cell::new(false);
    let mut add = |value: &FoundDate,
                   source: &str,
                   role: &str,
                   confidence: f32,
                   evidence: &str,
                   line: Option<usize>| {
        if plausible.accepts(value.date) {
            found.set(found.get() + 1);
            side.push(side_time.get() || line.is_some_and(|n| doc.lines[n - 1].side));
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
            ("uploadDate", "published", 0.75),
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
    // A `<time>` in reader comments or a list of other stories dates that comment or story,
    // never the article (as text dates there are skipped, see [`foreign_zone`]); "first" is
    // the first of the others. A `<time>` in a side region of the page (a sidebar's "Latest"
    // teasers before the article) is read after the others and is "first" only among its own.
    for in_side in [false, true] {
        side_time.set(in_side);
        let times = doc
            .html
            .times
            .iter()
            .filter(|t| !t.foreign && t.side == in_side);
        for (i, t) in times.enumerate() {
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
    }
    side_time.set(false);
    let mut seen_urls: Vec<&str> = Vec::new();
    for url in urls {
        if seen_urls.contains(url) {
            continue;
        }
        seen_urls.push(url);
        if let Some(d) = date_in_url(url) {
            add(&d, "url", "published", URL_CONFIDENCE, url, None);
        }
    }
    // A headline list's items ("Town pool opens early  June 12, 2025" under "Related") date the
    // stories they link to, even in a region the markup left to the page (a sidebar's
    // `<aside class="related">`) or in plain text, where no markup marks the list.
    let mut other_stories: Vec<usize> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::HeadlineList)
        .flat_map(|b| b.items.iter().map(|(n, _)| *n))
        .collect();
    other_stories.sort_unstable();
    text_candidates(doc, anchor, plausible, order, &other_stories, &mut add);
    if found.get() == 0 {
        last_resort(doc, anchor, plausible, order, &mut add);
    }
    // The dates of a side region of the page (a sidebar's teasers, a menu, the site's footer)
    // are other stories' or the site's: they give way to any date the article's markup, its
    // header or the page's metadata states, and stand only where the page has none. One that
    // names the day of such a date stays (a "Most read" box listing the story itself, with
    // its local day): it confirms that date and chooses no other.
    let own: Vec<String> = out
        .iter()
        .zip(&side)
        .filter(|(c, &s)| !s && c.confidence >= SIDE_YIELDS_TO)
        .map(|(c, _)| c.date().to_string())
        .collect();
    if !own.is_empty() {
        let keep: Vec<bool> = out
            .iter()
            .zip(&side)
            .map(|(c, &s)| !s || own.iter().any(|d| d == c.date()))
            .collect();
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
    }
    out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    out
}

/// Confidence of a date outside the page's side regions at which the side regions' dates give
/// way (see [`candidates_at`]): the page's first `<time>` (0.6), a date line, a dateline, the
/// URL, the markup. A date in the story's text (0.25) or a sentence of its header (0.45) does
/// not outweigh a date the page shows only beside it.
const SIDE_YIELDS_TO: f32 = 0.6;

/// Confidence of a date resolved against the crawl date (a dateline's day without a year, a
/// "Posted 2 days ago"): below every date the page writes out (the lowest, a date in the body,
/// has 0.25), and only given when the page writes out none (see [`crawl_resolved`]).
const CRAWL_RESOLVED: f32 = 0.2;
/// A dateline's month and day is the most recent such day up to the crawl date, no further back
/// than this many days (about 11 months): a day nearly a year before the crawl is more likely a
/// day after it in a clock we do not know than a year-old story.
const DATELINE_MAX_DAYS_BACK: i64 = 335;

/// A header line that only says how long ago the page was posted or updated: "Posted 2 days
/// ago", "Updated: 3 hours ago", "5 minutes ago", or names the day with the time ("Yesterday at
/// 9:12", "Today, 14:05"; a bare "Today" is as often a section's name). Months and years are too
/// coarse to give a day.
/// Who posted it (`by`) has at most [`RELATIVE_AGO_BY_CHARS`] characters, checked in code:
/// `\D{1,40}` compiled to forty copies of the Unicode class (18 M instructions).
static RELATIVE_AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?P<label>posted|published|updated|last\s+updated|modified|edited)\s*:?\s+)?(?:(?P<n>\d{1,3}|an?|one)\s+(?P<unit>sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\.?|(?P<day>yesterday|today),?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s+by\s+(?P<by>\D+))?$")
        .expect("valid regex")
});

/// A story opening with a dateline that is only a month and day and the agency, no place:
/// "Nov 23 (Reuters) - Shares in ...", "23 nov (ANSA) - ...". The month's word (`w1` or `w2`)
/// must have [`DATE_ONLY_MONTH_LETTERS`] letters, checked in code ([`date_only_dateline`]): the
/// word is all the letters there (a full stop or white space follows it), and `\p{L}{3,9}`
/// compiled to nine copies of the Unicode class cost 36 M instructions, the dearest regex.
static DATE_ONLY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<date>(?P<w1>\p{L}+)\.?\s+\d{1,2}|\d{1,2}\.?\s+(?P<w2>\p{L}+)\.?)\s*\([^()]{1,40}\)\s*(?:—|–|--|-)\s*\S")
        .expect("valid regex")
});
/// Letters of the month's word in a [`DATE_ONLY_DATELINE`].
const DATE_ONLY_MONTH_LETTERS: std::ops::RangeInclusive<usize> = 3..=9;

/// The date of a [`DATE_ONLY_DATELINE`] opening `line`.
fn date_only_dateline(line: &str) -> Option<&str> {
    let c = DATE_ONLY_DATELINE.captures(line)?;
    let word = c.name("w1").or_else(|| c.name("w2"))?;
    DATE_ONLY_MONTH_LETTERS
        .contains(&word.as_str().chars().count())
        .then(|| c.name("date").map(|d| d.as_str()))
        .flatten()
}
/// Body lines under the headline where a story's opening dateline may stand.
const DATELINE_REACH: usize = 6;

/// Dates the page gives only relative to when it was read, resolved against `reference`, the
/// crawl date (`Hint::crawl_date`; when none is given the extraction takes today as the crawl
/// date, as it does for [`Plausible`], which is what htmldate does with a known crawl date):
/// - the month and day of the story's dateline ("DRANMORE, Nov 23 (Reuters) -", whose
///   `date_text` `crate::agency::dateline` reads), in the year that puts it at or before
///   `reference`, the most recent such day, and none further back than
///   `DATELINE_MAX_DAYS_BACK` (source `dateline`, role `published`);
/// - the first "Posted 2 days ago" / "Updated 3 hours ago" line in the header around
///   `anchor`, the headline's line ([`header_line`]) (source `relative`; role `modified` after
///   an update label, else `published`), to the day: hours and minutes count in whole days back;
///   on a page that `writes_dates` nowhere, also a post's stamp of month and day without a year
///   ("November 22 at 4:31 PM", `YEARLESS_STAMP`), the most recent such day.
///
/// Each has `CRAWL_RESOLVED` confidence. The caller adds them only where the page writes out
/// no date of that kind, so they never outrank a dated source.
pub fn crawl_resolved(
    doc: &Document,
    anchor: usize,
    dateline: Option<&crate::model::Dateline>,
    reference: Date,
    writes_dates: bool,
) -> Vec<DateCandidate> {
    let mut out = Vec::new();
    let candidate =
        |d: Date, source: &str, role: &str, evidence: &str, line: usize| DateCandidate {
            value: d.to_string(),
            source: source.into(),
            role: role.into(),
            confidence: CRAWL_RESOLVED,
            evidence: evidence.chars().take(160).collect(),
            line: Some(line),
        };
    if doc.lines.is_empty() {
        return out;
    }
    // The dateline's date, or a dateline that is only a date and an agency in the story's
    // first lines (which `agency::dateline`, wanting a place, leaves).
    let date_text = dateline
        .and_then(|dl| Some((dl.date_text.clone()?, dl.line)))
        .or_else(|| {
            let end = (anchor + DATELINE_REACH).min(doc.lines.len());
            (anchor + 1..=end)
                .filter(|&n| doc.lines[n - 1].zone.is_none())
                .find_map(|n| Some((date_only_dateline(doc.line(n))?.to_string(), n)))
        });
    if let Some((text, n)) = date_text {
        // A year written right after the dateline's day ("KESSVIK, March 5, 2025 /Wire/ --", as
        // press releases date themselves) is the year, not the crawl date's guess.
        let written = written_year_after(doc.line(n), &text).map(|year| {
            yearless_day(&text, Date::new(year, 12, 31).unwrap_or(reference))
                .filter(|d| d.year() == year && *d <= reference)
        });
        if let Some(d) = written.unwrap_or_else(|| yearless_day(&text, reference)) {
            out.push(candidate(d, "dateline", "published", doc.line(n), n));
        }
    }
    let header =
        anchor.saturating_sub(HEADER_BEFORE).max(1)..=(anchor + HEADER_AFTER).min(doc.lines.len());
    let mut roles_seen: Vec<&str> = Vec::new();
    for n in header {
        if foreign_zone(doc.lines[n - 1].zone) {
            continue;
        }
        let line = doc.line(n).trim_fast();
        if line.len() > 160 {
            continue;
        }
        // The line, or one part of a meta line ("By Ann Lee · Nov 3 · Updated 3 hours ago").
        for part in line.split(['·', '|', '•']).map(str::trim) {
            // A day without its year is a guess at the year: where the page writes a date out
            // anywhere, even in its prose, that date is likelier the post's than the guess.
            let stamp = || {
                (!writes_dates)
                    .then(|| yearless_stamp(part, reference))
                    .flatten()
            };
            let Some((role, d)) = relative_day(part, reference).or_else(stamp) else {
                continue;
            };
            if !roles_seen.contains(&role) {
                roles_seen.push(role);
                out.push(candidate(d, "relative", role, line, n));
            }
        }
    }
    out
}

/// The year written right after `text` in `line` ("March 5, 2025", "5 mars 2025"): four digits
/// after a comma, a full stop or white space, and no digit after them.
fn written_year_after(line: &str, text: &str) -> Option<i16> {
    let at = line.find(text)? + text.len();
    let rest = line[at..].trim_start_matches([',', '.', ' ']);
    let digits = rest.get(..4)?;
    let year: i16 = digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()?;
    (!rest[4..].starts_with(|c: char| c.is_ascii_digit()) && rest.len() < line.len())
        .then_some(year)
}

/// The day "Nov 23", "23 novembre", "23. Nov." names: the most recent one at or before
/// `reference`, if it is at most [`DATELINE_MAX_DAYS_BACK`] days back.
fn yearless_day(text: &str, reference: Date) -> Option<Date> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let [a, b] = words[..] else {
        return None;
    };
    let (day, month) = match (
        a.trim_end_matches('.').parse::<i8>(),
        b.trim_end_matches('.').parse::<i8>(),
    ) {
        (Ok(d), Err(_)) => (d, month_number(b)?),
        (Err(_), Ok(d)) => (d, month_number(a)?),
        _ => return None,
    };
    let this_year = Date::new(reference.year(), month, day).ok();
    let d = match this_year.filter(|d| *d <= reference) {
        Some(d) => d,
        None => Date::new(reference.year() - 1, month, day).ok()?,
    };
    let back = d.until(reference).ok()?.get_days() as i64;
    (back <= DATELINE_MAX_DAYS_BACK).then_some(d)
}

/// A header line that dates the post by its month and day and no year, as social platforms and
/// forum software stamp the posts of the current year: "November 22 at 4:31 PM", "Nov 22, 16:31",
/// "22 November at 16:31", "Posted November 22", "Updated: Nov 22 at 9:05 AM": a time of day or
/// a label is needed (see [`yearless_stamp`]). The month's word
/// is checked by [`yearless_day`] (`\p{L}+` here: a bounded repeat of the Unicode class costs
/// millions of instructions to compile, see [`DATE_ONLY_DATELINE`]).
static YEARLESS_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?P<label>posted|published|updated|last\s+updated|modified|edited)\s*:?\s*(?:on\s+)?)?(?P<date>\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?)(?P<time>,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$")
        .expect("valid regex")
});

/// The role and day of a [`YEARLESS_STAMP`] line: the most recent such day up to `reference`
/// ([`yearless_day`]). Short parts holding a digit only are tried.
fn yearless_stamp(part: &str, reference: Date) -> Option<(&'static str, Date)> {
    if part.len() > 48 || !part.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = YEARLESS_STAMP.captures(part)?;
    // A bare "13 August" is as often the day of an event the page lists as the post's own: a
    // stamp gives the time of day or says what it dates.
    if c.name("time").is_none() && c.name("label").is_none() {
        return None;
    }
    let d = yearless_day(c.name("date")?.as_str(), reference)?;
    let role = label_role(c.name("label"));
    (d.year() >= EARLIEST_YEAR).then_some((role, d))
}

/// The role a header date's label gives it: `modified` after "Updated", "Last updated",
/// "Modified" or "Edited", else `published` ([`RELATIVE_AGO`] and [`YEARLESS_STAMP`] lines).
fn label_role(label: Option<regex::Match<'_>>) -> &'static str {
    match label.map(|l| l.as_str().to_ascii_lowercase()) {
        Some(l) if l.contains("updated") || l == "modified" || l == "edited" => "modified",
        _ => "published",
    }
}

/// Characters of the name after "by" in a [`RELATIVE_AGO`] line.
const RELATIVE_AGO_BY_CHARS: usize = 40;

/// The role and day of a [`RELATIVE_AGO`] line, counted back from `reference`.
fn relative_day(line: &str, reference: Date) -> Option<(&'static str, Date)> {
    let c = RELATIVE_AGO.captures(line)?;
    // The greedy white space before `by` leaves it as short as it can be.
    if c.name("by")
        .is_some_and(|b| b.as_str().chars().count() > RELATIVE_AGO_BY_CHARS)
    {
        return None;
    }
    let days = if let Some(day) = c.name("day") {
        i64::from(day.as_str().eq_ignore_ascii_case("yesterday"))
    } else {
        relative_days(&c)?
    };
    let role = label_role(c.name("label"));
    let d = reference.checked_sub(jiff::Span::new().days(days)).ok()?;
    (d.year() >= EARLIEST_YEAR).then_some((role, d))
}

/// The whole days of a [`RELATIVE_AGO`] count ("2 days ago", "a week ago"; hours and minutes
/// count as the day itself).
fn relative_days(c: &regex::Captures<'_>) -> Option<i64> {
    let n: i64 = match c.name("n")?.as_str().to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        n => n.parse().ok()?,
    };
    let unit = c.name("unit")?.as_str().to_ascii_lowercase();
    Some(if unit.starts_with('d') {
        n
    } else if unit.starts_with('w') {
        7 * n
    } else if unit.starts_with('h') {
        n / 24
    } else {
        0
    })
}

/// Zones whose dates are not the article's: readers' comments, lists of other stories, menus,
/// captions, widgets.
pub(crate) fn foreign_zone(z: Option<BlockKind>) -> bool {
    matches!(
        z,
        Some(
            BlockKind::Comments
                | BlockKind::HeadlineList
                | BlockKind::Navigation
                | BlockKind::Caption
                | BlockKind::Widget
                | BlockKind::Appeal
        )
    )
}

/// Where the article starts (see [`anchor_keyed`]), with the headline's key the lines were
/// compared with, for [`header_line_keyed`], which asks the same of the same headline.
pub(crate) struct Anchor {
    /// The line where the article starts: the headline's line, else the first article line.
    pub(crate) line: usize,
    /// [`alnum_key`] of the headline when it has at least 8 characters, else `None`.
    key: Option<String>,
    /// True when the key of `line` is the headline's key itself.
    exact: bool,
}

/// The line where the article starts, the headline's line, else the first article line, with the
/// key it compared the lines with ([`Anchor`]).
pub(crate) fn anchor_keyed(doc: &Document, headline: Option<&str>) -> Anchor {
    let wanted = headline.map(alnum_key).filter(|h| h.chars().count() >= 8);
    if let Some(h) = wanted.as_deref() {
        for n in 1..=doc.lines.len() {
            if foreign_zone(doc.lines[n - 1].zone) {
                continue;
            }
            // A line of more letters and digits than twice the key's bytes has a longer key
            // than both tests allow: skipped after reading that many, not lower-cased whole.
            let line = doc.line(n);
            if alnum_more_than(line, 2 * h.len()) {
                continue;
            }
            let l = alnum_key(line);
            let exact = l == h;
            if exact || (l.len() <= 2 * h.len() && l.contains(h)) {
                return Anchor {
                    line: n,
                    key: wanted,
                    exact,
                };
            }
        }
    }
    let line = (1..=doc.lines.len())
        .find(|&n| doc.lines[n - 1].zone.is_none() && !doc.line(n).trim_fast().is_empty())
        .unwrap_or(1);
    Anchor {
        line,
        key: wanted,
        exact: false,
    }
}

/// The line of the article's headline for finding its date line: the headline itself in the
/// article's text first (a page repeats its title in hidden print headers, breadcrumbs and
/// "Title | Site" strings that `anchor_keyed` may meet earlier), then as `anchor_keyed` finds it,
/// then a heading that shares most words with the chosen title (the `<h1>` often words the story
/// differently from `og:title`).
pub fn header_line(doc: &Document, headline: Option<&str>) -> usize {
    header_line_at(doc, headline, &anchor_keyed(doc, headline))
}

/// [`header_line`] given the [`Anchor`] of the document and `headline` (which the bylines ask for
/// too): the headline's key not built again, and the anchor's line not compared with it again
/// when it was found as the headline itself.
pub(crate) fn header_line_at(doc: &Document, headline: Option<&str>, anchor: &Anchor) -> usize {
    header_line_keyed(
        doc,
        headline,
        anchor.line,
        anchor.key.as_deref(),
        anchor.exact,
    )
}

/// [`header_line_at`] given `key`, [`alnum_key`] of `headline` when it has at least 8
/// characters, and whether the key of line `first` is that key (`exact`).
fn header_line_keyed(
    doc: &Document,
    headline: Option<&str>,
    first: usize,
    key: Option<&str>,
    exact: bool,
) -> usize {
    let Some((h, key)) = headline.zip(key).filter(|_| !doc.lines.is_empty()) else {
        return first;
    };
    let article = |n: usize| {
        doc.lines[n - 1]
            .zone
            .is_none_or(|z| z == BlockKind::Metadata)
    };
    // (`alnum_key_is` stops where a line's key parts from the headline's.)
    if article(first) && (exact || alnum_key_is(doc.line(first), key)) {
        return first;
    }
    // The title as given, else its longest part around a site-name separator
    // ("Headline | Site"), worked out only when the title as given is not found.
    let in_text = |n: usize| doc.lines[n - 1].zone.is_none();
    let line_keyed =
        |k: &str| (1..=doc.lines.len()).find(|&n| in_text(n) && alnum_key_is(doc.line(n), k));
    if let Some(n) = line_keyed(key) {
        return n;
    }
    // A separator whose mark's lead byte is not in the title is not in it either, and the
    // title is its one part: keyed once, where each separator's split set up a searcher and
    // keyed the title again.
    let whole = std::cell::OnceCell::new();
    let bare = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| {
            if memchr::memchr(sep.as_bytes()[1], h.as_bytes()).is_none() {
                return Some(whole.get_or_init(|| alnum_key(h)).clone());
            }
            h.split(sep).map(alnum_key).max_by_key(String::len)
        })
        .filter(|k| k.chars().count() >= 8 && k.len() < key.len())
        .max_by_key(String::len);
    if let Some(n) = bare.as_deref().and_then(line_keyed) {
        return n;
    }
    // The first copy outside the article (a sticky bar's or a share menu's title near the top
    // of the page): a later copy of the headline as such, before the article's text starts (in
    // the page's header above it), is the headline's line. A copy after the text has started is
    // a list's link to the page.
    // A first copy with a date beside it is the header itself ("02.02.2022 10:16 Uhr" above
    // the headline), marked up as furniture.
    let dated_beside = || {
        (first.saturating_sub(HEADLINE_COPY_DATE_REACH).max(1)
            ..=(first + HEADLINE_COPY_DATE_REACH).min(doc.lines.len()))
            .any(|n| !find_dates(doc.line(n)).is_empty())
    };
    if !article(first) && !dated_beside() {
        let copy = (first + 1..=doc.lines.len())
            .take_while(|&n| doc.lines[n - 1].zone.is_some() || doc.line(n).trim_fast().is_empty())
            .find(|&n| !foreign_zone(doc.lines[n - 1].zone) && alnum_key_is(doc.line(n), key));
        if let Some(n) = copy {
            return n;
        }
    }
    let found = |n: usize| {
        let l = alnum_key(doc.line(n));
        l == key || (l.len() <= 2 * key.len() && l.contains(key))
    };
    if found(first) {
        return first;
    }
    let title_words = word_keys(h);
    if title_words.len() >= SIMILAR_TITLE_MIN_WORDS {
        let similar = (1..=doc.lines.len()).find(|&n| {
            if !article(n) {
                return false;
            }
            let line_words = word_keys(doc.line(n));
            line_words.len() <= 2 * title_words.len()
                && title_words
                    .iter()
                    .filter(|w| line_words.contains(w))
                    .count() as f32
                    >= SIMILAR_TITLE_SHARE * title_words.len() as f32
        });
        if let Some(n) = similar {
            return n;
        }
    }
    first
}

/// How many lines around the first copy of the headline a date makes that copy the header's.
const HEADLINE_COPY_DATE_REACH: usize = 2;

/// Whether `s` holds more than `n` letters and digits, read only that far. Every letter or digit
/// adds at least one byte to [`alnum_key`], so a line for which this holds has a key longer than
/// `n` bytes.
fn alnum_more_than(s: &str, n: usize) -> bool {
    s.chars().filter(|c| c.is_alphanumeric()).nth(n).is_some()
}

/// What separates a headline from the site's name in a title.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];
/// A title of fewer words is too short to recognise by its words.
const SIMILAR_TITLE_MIN_WORDS: usize = 6;
/// The share of the title's words a differently worded headline shares with it.
const SIMILAR_TITLE_SHARE: f32 = 0.6;

/// The distinct words of `s`, lower-cased, without punctuation.
fn word_keys(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in s
        .split_whitespace()
        .map(alnum_key)
        .filter(|w| !w.is_empty())
    {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// Dates written in the text: labelled ones ("Published: ...") anywhere outside comments and
/// lists, the date lines under the headline, and as a last resort the first dates of the article.
fn text_candidates(
    doc: &Document,
    anchor: usize,
    plausible: Plausible,
    order: SlashOrder,
    other_stories: &[usize],
    add: &mut impl FnMut(&FoundDate, &str, &str, f32, &str, Option<usize>),
) {
    let header = anchor.saturating_sub(HEADER_BEFORE)..=anchor + HEADER_AFTER;
    let (mut header_seen, mut side_seen, mut body_seen) = (0usize, 0usize, 0usize);
    for n in 1..=doc.lines.len() {
        let zone = doc.lines[n - 1].zone;
        let line = doc.line(n);
        // A menu or sidebar may still hold the article's own date under a label of its own
        // ("<dt>Datum</dt><dd>12.01.2017</dd>" in a side box): only those dates are read there.
        // Near the headline only: further down, a menu's dates are other pages'.
        let labelled_only = zone == Some(BlockKind::Navigation) && header.contains(&n);
        // Some templates mark the line under the headline up as its caption ("21. Januar 2022
        // | Mobilität"): right under the headline, a caption opening with its date and saying
        // little else is the article's date line (see `CAPTION_DATE_LINE_WORDS`).
        let caption_line = zone == Some(BlockKind::Caption)
            && n > anchor
            && n <= anchor + NAV_DATE_LINE_REACH
            && crate::body::line_words(line, false) <= DATE_LINE_MAX_WORDS;
        if foreign_zone(zone) && !labelled_only && !caption_line
            || line.len() > 2000
            || other_stories.binary_search(&n).is_ok()
            || doc.lines[n - 1].foreign
        {
            continue;
        }
        let mut dates = labelled_dates(line, order, plausible);
        // "Friday 06/11/2026": the weekday named on the line settles an ambiguous date's order.
        if !dates.is_empty() {
            if let Some(other) = weekday_order(line, order) {
                dates = labelled_dates(line, other, plausible);
            }
        }
        if let Some((first, label)) = dates.first_mut() {
            // The label on the line above a date standing alone ("Veröffentlicht" / "12.01.2017":
            // a definition list, a label and its value in two block elements).
            if label.is_none() && words_beside(line, first) <= 2 {
                *label = label_above(doc, n);
                if *label == Some(Label::Unrelated) {
                    dates.remove(0);
                }
            }
        }
        if labelled_only {
            dates.retain(|(_, label)| label.is_some());
        }
        if caption_line
            && dates.first().is_none_or(|(d, _)| {
                !line[..d.start].trim_fast().is_empty()
                    || words_beside(line, d) > CAPTION_DATE_LINE_WORDS
            })
        {
            continue;
        }
        // A machine timestamp in the text ("2022-12-07T10:10:52+01:00", a hidden microformat
        // value run into the line) beside a date written for people: the reader sees the latter.
        if dates.len() >= 2 && machine_stamp(&line[dates[0].0.start..dates[0].0.end]) {
            if let Some(i) = dates
                .iter()
                .position(|(d, _)| !machine_stamp(&line[d.start..d.end]))
            {
                let shown = dates.remove(i);
                dates.insert(0, shown);
            }
        }
        // The stamp may run straight into the date written for people, with no space between
        // them ("...+01:0025. Dezember 2022"), so that no date was found after it: the date read
        // from the text after the stamp stands for the line's.
        if dates.len() == 1 && machine_stamp(&line[dates[0].0.start..dates[0].0.end]) {
            let end = dates[0].0.end;
            if let Some(mut shown) = find_dates_with(&line[end..], order)
                .into_iter()
                .next()
                .filter(|d| d.start == 0 && plausible.accepts(d.date))
            {
                shown.start += end;
                shown.end += end;
                dates[0].0 = shown;
            }
        }
        let Some((first, _)) = dates.first() else {
            continue;
        };
        // "— Ann Lee (@annlee) May 4, 2022": the signature of an embedded post quotes another
        // page's day.
        if embedded_post(&line[..first.start]) {
            continue;
        }
        let in_header = header.contains(&n);
        let short = crate::body::line_words(line, false) <= DATE_LINE_MAX_WORDS && !cjk_prose(line);
        // Every labelled date ("Published: ... | Updated: ..."); an unlabelled first date in the
        // header is the date line's own.
        let mut first_labelled = false;
        let mut any_labelled = false;
        for (i, (d, label)) in dates.iter().enumerate() {
            if let Some(label) = label {
                let role = if *label == Label::Modified {
                    "modified"
                } else {
                    "published"
                };
                let conf = if in_header { 0.82 } else { 0.62 } - if short { 0.0 } else { 0.12 };
                let source = if short { "date_line" } else { "text" };
                // A date line's time of day tells an update from the publication on one day
                // ("Published 10:20 a.m. CT ... | Updated 3:55 p.m. CT ...").
                let timed;
                let d = match short.then(|| with_time_of_day(line, &dates, i)).flatten() {
                    Some(t) => {
                        timed = t;
                        &timed
                    }
                    None => d,
                };
                add(d, source, role, conf, line, Some(n));
                any_labelled = true;
                first_labelled |= i == 0;
            }
        }
        if first_labelled || any_labelled && !in_header {
            continue;
        }
        if in_header && opens_range(line, &dates) {
            // "14. - 20. Januar 2022", "28.01.2022 – 29.01.2022": an event's or a report's span,
            // not the day the page was published.
            continue;
        }
        // A side region's date (a sidebar's teaser above the headline) takes no place among the
        // header's: the date line under the headline keeps the first. Side regions' dates rank
        // among their own.
        let seen = if doc.lines[n - 1].side {
            &mut side_seen
        } else {
            &mut header_seen
        };
        if in_header && *seen < 4 {
            let rank = *seen as f32 * 0.03;
            *seen += 1;
            let other = words_beside(line, first);
            if reads_as_sentence(line, first) {
                // "The market first opened on November 2, 2019.": a sentence about a day, which
                // may be the story's event, never the page's date line.
                add(first, "text", "unknown", 0.45 - rank, line, Some(n));
            } else if other <= DATE_ONLY_MAX_OTHER_WORDS && !cjk_prose(line)
                || any_labelled && short
            {
                let timed = with_time_of_day(line, &dates, 0);
                let first = timed.as_ref().unwrap_or(first);
                add(first, "date_line", "published", 0.78 - rank, line, Some(n));
            } else if opens_with_dateline(line, first) {
                add(first, "text", "published", DATELINE - rank, line, Some(n));
            } else {
                add(first, "text", "unknown", 0.45 - rank, line, Some(n));
            }
        } else if n > anchor && body_seen < 3 && zone.is_none_or(|z| z == BlockKind::Metadata) {
            body_seen += 1;
            add(first, "text", "unknown", 0.25, line, Some(n));
        }
    }
}

/// A time of day as date lines write it: "10:20 a.m.", "3:55 PM", "15:55", "9 p.m.", perhaps
/// with its zone ("ET", "CDT", "GMT"). Minutes are needed without "a.m." or "p.m.".
const TIME_OF_DAY: &str = r"(?P<h>[012]?\d)(?::(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ap>[AaPp]\.?\s?[Mm](?:\.|(?-u:\b)))?|\s*(?P<ap2>[AaPp]\.?\s?[Mm](?:\.|(?-u:\b))))(?:\s*(?P<z>(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)(?-u:\b)))?";

/// A time of day right before a date, with at most a comma, a bar or "on" after it ("10:20
/// a.m. CT April 22, 2026").
static TIME_BEFORE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){TIME_OF_DAY}\s*(?:[,|·•]\s*)?(?:(?i:on)\s+)?$"
    ))
    .expect("valid regex")
});

/// A time of day right after a date, after a comma, a dash, a bar or "at" ("April 22, 2026,
/// 3:55 p.m. ET", "22.04.2026 | 15:55").
static TIME_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[,|·•/–—-]\s*)?(?:(?i:at|um|à|a las)\s+)?{TIME_OF_DAY}"
    ))
    .expect("valid regex")
});

/// An update line under the headline that writes only its time of day, the day being the
/// publication's: "Updated at 3:40 p.m.", "Updated 15:40", "Last updated: 3:40 PM ET".
static TIME_ONLY_UPDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:(?:last\s+)?updated)\s*:?\s*(?:(?i:at)\s+)?{TIME_OF_DAY}\s*\.?$"
    ))
    .expect("valid regex")
});

/// Lines under the headline where a time-only update line ([`TIME_ONLY_UPDATE`]) is read: the
/// article's header (a byline, a date line, the update), not its text.
const TIME_ONLY_UPDATE_REACH: usize = 6;

/// The confidence of an update read from a time-only update line: below a date line that
/// writes the update's day (0.82 in the header), as the day is the publication's, inferred.
const TIME_ONLY_UPDATE_CONFIDENCE: f32 = 0.7;

/// The update a time-only update line under the headline (`anchor`) gives: `published`'s day at
/// that time ("Updated at 3:40 p.m." under "Published 9:05 a.m. March 3, 2026" is 15:40 on 3
/// March), when `published` has a time of day and the update's is later on its clock. The
/// update's zone, when named, gives its offset; else it is the publication's: its local time, or
/// the offset its value states, unless that is UTC, which the markup writes whatever the
/// publisher's zone (the shown time may then be any zone's). `None` when there is no such line,
/// or the time is not later: an update shown as a time alone on a later day cannot be told from
/// one on the day of publication.
pub fn time_only_update(
    doc: &Document,
    anchor: usize,
    published: &DateCandidate,
) -> Option<DateCandidate> {
    let value = published.value.as_str();
    let clock: jiff::civil::DateTime = value.get(..19)?.parse().ok()?;
    let offset = value[19..].trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let utc = offset == "Z" || offset.starts_with("+00") || offset.starts_with("-00");
    let end = (anchor + TIME_ONLY_UPDATE_REACH).min(doc.lines.len());
    for n in anchor + 1..=end {
        let l = &doc.lines[n - 1];
        if foreign_zone(l.zone) || l.foreign || l.side {
            continue;
        }
        let line = doc.line(n).trim_fast();
        if line.len() > 160 || !line.contains(':') && !line.contains(['m', 'M']) {
            continue;
        }
        for part in line.split(['·', '|', '•']).map(str::trim) {
            let Some(c) = TIME_ONLY_UPDATE.captures(part) else {
                continue;
            };
            let mut hour: i8 = c["h"].parse().ok()?;
            let minute: i8 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
            if let Some(ap) = c.name("ap").or_else(|| c.name("ap2")) {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                hour = hour % 12
                    + if ap.as_str().starts_with(['p', 'P']) {
                        12
                    } else {
                        0
                    };
            }
            let time = jiff::civil::Time::new(hour, minute, 0, 0).ok()?;
            let at = clock.date().to_datetime(time);
            let update_offset = match c.name("z") {
                Some(z) => zone_offset(z.as_str(), clock.date())?,
                None if offset.is_empty() => "",
                None if utc || !offset.starts_with(['+', '-']) || offset.len() != 6 => return None,
                None => offset,
            };
            // Both clocks read in one zone: the update's when it names one and the
            // publication's value states an offset, else the publication's.
            let later = match (update_offset.is_empty(), offset.is_empty()) {
                (false, false) => {
                    let instant = |v: &str| v.parse::<jiff::Timestamp>().ok();
                    let u = instant(&format!("{at}{update_offset}"))?;
                    let p = instant(value)?;
                    u > p
                }
                _ => at > clock,
            };
            return later.then(|| DateCandidate {
                value: format!("{at}{update_offset}"),
                source: "date_line".into(),
                role: "modified".into(),
                confidence: TIME_ONLY_UPDATE_CONFIDENCE,
                evidence: line.chars().take(160).collect(),
                line: Some(n),
            });
        }
    }
    None
}

/// The UTC offset of a time zone a date line names, on `date` (the United States' zones keep
/// summer time from the second Sunday in March to the first in November; "ET", "CT"... name
/// whichever is in force).
fn zone_offset(zone: &str, date: Date) -> Option<&'static str> {
    let summer = || {
        let sunday = |month: i8, nth: i8| {
            Date::new(date.year(), month, 1).ok().and_then(|d| {
                d.nth_weekday_of_month(nth, jiff::civil::Weekday::Sunday)
                    .ok()
            })
        };
        matches!((sunday(3, 2), sunday(11, 1)), (Some(a), Some(b)) if date >= a && date < b)
    };
    let us = |standard: &'static str, daylight: &'static str| {
        Some(if summer() { daylight } else { standard })
    };
    match zone {
        "ET" => us("-05:00", "-04:00"),
        "CT" => us("-06:00", "-05:00"),
        "MT" => us("-07:00", "-06:00"),
        "PT" => us("-08:00", "-07:00"),
        "EST" => Some("-05:00"),
        "EDT" | "CST" => Some(if zone == "EDT" { "-04:00" } else { "-06:00" }),
        "CDT" | "MST" => Some(if zone == "CDT" { "-05:00" } else { "-07:00" }),
        "MDT" | "PST" => Some(if zone == "MDT" { "-06:00" } else { "-08:00" }),
        "PDT" => Some("-07:00"),
        "GMT" | "UTC" => Some("+00:00"),
        "BST" | "CET" => Some("+01:00"),
        "CEST" => Some("+02:00"),
        _ => None,
    }
}

/// The `i`th of a date line's `dates` with the time of day the line writes next to it: right
/// before it (after the previous date) or right after it. ISO 8601 with the offset of the zone
/// it names ("2026-04-22T10:20:00-05:00"), else the local time without one
/// ("2026-04-22T15:55:00"). `None` when no time stands by the date, or the date has its own.
fn with_time_of_day(
    line: &str,
    dates: &[(FoundDate, Option<Label>)],
    i: usize,
) -> Option<FoundDate> {
    let d = &dates[i].0;
    if d.value.len() > 10 || !line.contains(':') && !line.contains(['m', 'M']) {
        return None;
    }
    let from = i.checked_sub(1).map_or(0, |p| dates[p].0.end);
    let to = dates.get(i + 1).map_or(line.len(), |(n, _)| n.start);
    let c = line
        .get(from..d.start)
        .and_then(|before| TIME_BEFORE_DATE.captures(before))
        .or_else(|| {
            line.get(d.end..to)
                .and_then(|after| TIME_AFTER_DATE.captures(after))
        })?;
    let mut hour: i8 = c["h"].parse().ok()?;
    let minute: i8 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
    let second: i8 = c.name("s").map_or(Some(0), |s| s.as_str().parse().ok())?;
    if let Some(ap) = c.name("ap").or_else(|| c.name("ap2")) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let pm = ap.as_str().starts_with(['p', 'P']);
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    if hour > 23 {
        return None;
    }
    let offset = match c.name("z") {
        Some(z) => zone_offset(z.as_str(), d.date)?,
        None => "",
    };
    Some(FoundDate {
        value: format!("{}T{hour:02}:{minute:02}:{second:02}{offset}", d.value),
        ..d.clone()
    })
}

/// Weekday names in English, the language whose pages write month-first dates ([`SlashOrder`]),
/// with their short forms; Monday first (`jiff`'s `to_monday_zero_offset`).
pub(crate) const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "mon"],
    &["tuesday", "tue", "tues"],
    &["wednesday", "wed"],
    &["thursday", "thu", "thur", "thurs"],
    &["friday", "fri"],
    &["saturday"],
    &["sunday"],
];

/// The other slash order when `line` names a weekday (one of [`WEEKDAYS`]) that its first date
/// read in `order` is not and read the other way is: "Friday 06/11/2026" is 6 November 2026 (a
/// Friday), whatever the page's language says. Only both-ways dates (both parts at most 12) can
/// be read either way; asked only of a line holding a date.
fn weekday_order(line: &str, order: SlashOrder) -> Option<SlashOrder> {
    let named = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| (3..=9).contains(&w.len()))
        .find_map(|w| {
            let w = w.to_ascii_lowercase();
            WEEKDAYS
                .iter()
                .position(|names| names.contains(&w.as_str()))
        })?;
    let other = match order {
        SlashOrder::MonthFirst => SlashOrder::DayFirst,
        SlashOrder::DayFirst => SlashOrder::MonthFirst,
    };
    let a = find_dates_with(line, order).into_iter().next()?;
    let b = find_dates_with(line, other).into_iter().next()?;
    let day = |d: &FoundDate| d.date.weekday().to_monday_zero_offset() as usize;
    (a.start == b.start && a.date != b.date && day(&a) != named && day(&b) == named)
        .then_some(other)
}

/// A range of days ("12.–14. März 2021", "3 - 5 May 2022", "28.01.2022 – 29.01.2022",
/// "28.01.2022 bis 29.01.2022") where `line`'s first date is: its end, after a day and a dash,
/// or its start, with the second date after a dash or "to".
fn opens_range(line: &str, dates: &[(FoundDate, Option<Label>)]) -> bool {
    let Some((first, _)) = dates.first() else {
        return false;
    };
    let (before, after) = (&line[..first.start], &line[first.end..]);
    if may_end_in_dash(before) && RANGE_END.is_match(before)
        || may_open_time_slot(after) && TIME_SLOT.is_match(after)
    {
        return true;
    }
    dates.get(1).is_some_and(|(second, _)| {
        second.start >= first.end && RANGE_JOIN.is_match(&line[first.end..second.start])
    })
}

/// A social-media handle in brackets at the end: `\(@\w{1,30}\)\s*$` without its bound, which
/// [`embedded_post`] checks. The 30 copies of Unicode `\w` cost 63M instructions (17 ms) to
/// compile in every process.
static EMBEDDED_POST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(@\w+\)\s*$").expect("valid regex"));

/// A social-media handle in brackets right before a date: an embedded post's signature. Where
/// the unbounded [`EMBEDDED_POST`] matches, its match is the only one the bounded regex could
/// make: the `)` is the last character before the white space at the end, and `@` is no word
/// character, so the handle is the whole run of word characters before it. The bounded regex
/// matches exactly when that run is at most 30 characters.
fn embedded_post(s: &str) -> bool {
    // The regex matches only a text ending in ")" and white space (`trim_end` and `\s` take the
    // same white space): tested first, a text without one never compiles it.
    s.trim_end().ends_with(')')
        && EMBEDDED_POST.find(s).is_some_and(|m| {
            let t = m.as_str().trim_end();
            // "(@" and ")" are one byte each.
            t[2..t.len() - 1].chars().count() <= 30
        })
}

/// False when `s` does not end in a dash and white space, as every text that [`RANGE_END`]
/// matches does (`[-–—]\s*$`): most text before a date does not, and is spared the regex.
fn may_end_in_dash(s: &str) -> bool {
    s.trim_end().ends_with(['-', '–', '—'])
}

/// False when `s` cannot open a [`TIME_SLOT`]: after an optional comma and white space, a
/// match starts with "von", "from", "de" or a digit (a `\d` digit is `char::is_numeric`).
fn may_open_time_slot(s: &str) -> bool {
    let s = s.strip_prefix(',').unwrap_or(s).trim_start();
    s.starts_with(|c: char| matches!(c, 'v' | 'f' | 'd') || c.is_numeric())
}

/// A day and a dash right before a date: the start of a range of days ("14. - ", "3–").
static RANGE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^0-9.])\d{1,2}\.?\s*[-–—]\s*$").expect("valid regex"));
/// A span of hours after a date ("19.1.23, 10:00-11:30 Uhr"): an event's time slot, a date
/// announced, not the page's own.
static TIME_SLOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s*(?:von\s+|from\s+|de\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr|h|am|pm)?\s*(?:[-–—]|bis|to)\s*\d{1,2}[:.]\d{2}")
        .expect("valid regex")
});
/// What joins the two ends of a range of dates.
static RANGE_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[-–—]|bis|to|until|au|al|tot)\s*$").expect("valid regex")
});

/// The words of `s`: separators between a date line's parts ("|", "·", "/") are no words, and
/// Han and kana characters count as words two by two (`body::line_words`), so a Chinese sentence
/// around a date is no short date line.
fn words(s: &str) -> usize {
    crate::body::line_words(s, true)
}

/// A line holding a Chinese or Japanese comma or full stop: prose, never a date line ("市长表示，
/// 旧系统已于2025年3月1日停用。"). A metadata line separates its parts with "|", "／" or spaces.
fn cjk_prose(line: &str) -> bool {
    line.bytes().any(|b| b >= 0xE3) && line.contains(['。', '，', '！', '？'])
}

/// The words of `line` before and after its date `d`.
fn words_beside(line: &str, d: &FoundDate) -> usize {
    words(&line[..d.start]) + words(&line[d.end..])
}

/// Prepositions a sentence puts before a day it is about ("opened on", "am", "depuis", "desde").
const DAY_PREPOSITIONS: &[&str] = &[
    "on", "in", "since", "until", "till", "before", "after", "from", "of", "by", "am", "im",
    "seit", "bis", "vom", "le", "depuis", "du", "en", "el", "desde", "hasta", "il", "dal", "fino",
    "al", "op", "sinds", "em", "no", "na", "w", "od", "do",
];

/// Words that open a byline in the languages of `DAY_PREPOSITIONS`.
const BYLINE_OPENERS: &[&str] = &["by", "von", "par", "por", "di", "door", "de", "af", "av"];

/// Participles that open a byline before "by" in blog and CMS templates.
const BYLINE_PARTICIPLES: &[&str] = &["submitted", "posted", "written", "published", "created"];

/// A line that is a sentence about a day rather than a date line: it opens with a capital, at
/// least two lower-case words run before the date, the last of them a preposition ("The market
/// first opened on November 2, 2019."), and the line stops with a full stop after the date or
/// runs on in prose. Labels ("Published on") are read before this; a byline's "Jane Doe on May
/// 4, 2022" has one lower-case word.
fn reads_as_sentence(line: &str, d: &FoundDate) -> bool {
    let before: Vec<&str> = line[..d.start]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let opens_capital = before
        .first()
        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    let lower = before
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let after_preposition = before.last().is_some_and(|w| DAY_PREPOSITIONS.contains(w));
    let after = line[d.end..].trim_fast();
    let ends = after.is_empty()
        || after == "."
        || after.starts_with(['.', ','])
            && after[1..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(char::is_lowercase);
    // A byline runs into the date line ("Von Moritz Bachmann publiziert am 25. September 2018").
    // So does a template's participle and "by" ("Submitted by Ann Lee on 4 May 2022", Drupal's
    // default; "Posted by", "Written by", "Published by").
    let byline = before
        .first()
        .is_some_and(|w| BYLINE_OPENERS.contains(&w.to_lowercase().as_str()))
        || before.get(1).is_some_and(|w| w.eq_ignore_ascii_case("by"))
            && before
                .first()
                .is_some_and(|w| BYLINE_PARTICIPLES.contains(&w.to_lowercase().as_str()));
    opens_capital
        && !byline
        && lower >= 2
        && after_preposition
        && ends
        && !line[..d.start].contains(['|', '·', '•'])
}

/// A paragraph that opens with its date, perhaps after a place, and runs on after a stop or a
/// dash: the dateline of a press release or an agency story ("Lisbon, 3 May 2019 – The port
/// ...", "(03.05.2019) The port ..."). A colon is left out: "3 May 2019: the day we ..." is a
/// date the story is about.
fn opens_with_dateline(line: &str, first: &FoundDate) -> bool {
    let opening = line[..first.start].trim_end();
    let bracketed = opening.ends_with('(') && line[first.end..].starts_with(')');
    let before = opening.trim_end_matches('(').trim_end();
    let rest = line[first.end..].trim_start_matches(')').trim_start();
    let stop = rest
        .strip_prefix(['.', '–', '—', '-'])
        .is_some_and(|r| r.starts_with(' '));
    before.split_whitespace().count() <= DATELINE_PLACE_WORDS
        && (before.is_empty() || before.ends_with(','))
        && (stop || bracketed)
}

/// The label standing alone on the non-empty line above line `n` ("Datum", "Published:"), if any.
fn label_above(doc: &Document, n: usize) -> Option<Label> {
    let above = (n.saturating_sub(2).max(1)..n)
        .rev()
        .map(|m| doc.line(m).trim_fast())
        .find(|l| !l.is_empty())?;
    let bare = above.trim_end_matches([':', ' ']);
    if bare.is_empty() || bare.len() > 40 || bare.split_whitespace().count() > 3 {
        return None;
    }
    // The whole line is the label: the label found must end where the line does. (Most lines
    // above a date are no label: the cheaper test first.)
    let lower = bare.to_lowercase();
    if !DATE_LABELS
        .iter()
        .any(|(label, _)| lower.ends_with(label.as_str()))
    {
        return None;
    }
    label_before(bare, 0, bare.len())
}

/// True when the text after a date carries on a sentence: it ends one (". ...") or goes on with
/// words ("..., after new samples from"), rather than ending the line or giving a time of day
/// and other metadata ("at 10:00 a.m. ET", "| Updated ...").
fn sentence_goes_on(after: &str) -> bool {
    let rest = after.trim_start();
    if rest.starts_with('.') && !rest.starts_with("..") {
        return true;
    }
    let segment = rest
        .split(['|', '•', '·', '–', '—'])
        .next()
        .unwrap_or("")
        .trim_start_matches([',', ';', ' ']);
    segment
        .split_whitespace()
        .filter(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && !matches!(
                    w.as_str(),
                    "uhr" | "utc" | "gmt" | "cet" | "cest" | "edt" | "est" | "pdt" | "pst" | "bst"
                )
        })
        .count()
        >= 2
}

/// The plausible dates of `line` with the label before each, read after the previous date; dates
/// labelled as someone else's ("Registered: 18.09.2008") are left out.
fn labelled_dates(
    line: &str,
    order: SlashOrder,
    plausible: Plausible,
) -> Vec<(FoundDate, Option<Label>)> {
    let mut floor = 0;
    let mut out = Vec::new();
    for d in find_dates_with(line, order) {
        let label = label_and_lead(line, floor, d.start).and_then(|(label, lead)| {
            // A label inside a sentence ("The report was released on May 2, 2019, after new
            // samples ..."): the date of what the sentence is about, not of the page. A
            // metadata label opens its line or its part of it, and the line ends at the date.
            let in_prose =
                label != Label::Unrelated && lead >= 3 && sentence_goes_on(&line[d.end..]);
            (!in_prose).then_some(label)
        });
        floor = d.end;
        if plausible.accepts(d.date) && label != Some(Label::Unrelated) {
            out.push((d, label));
        }
    }
    out
}

/// When the page states no date anywhere else: a publication date in the page's script state,
/// else the first date written after the headline (the `anchor` line) in any line but comments
/// and menus (footers and sidebars included), else the first before it, else one in the title.
fn last_resort(
    doc: &Document,
    anchor: usize,
    plausible: Plausible,
    order: SlashOrder,
    add: &mut impl FnMut(&FoundDate, &str, &str, f32, &str, Option<usize>),
) {
    // A meta line right under the headline ("· 22 November 2011 · Email · Comment") is often
    // marked up like a share bar or menu; so close to the headline it is the article's own.
    let meta_under_headline = |n: usize| {
        n > anchor
            && n <= anchor + NAV_DATE_LINE_REACH
            && crate::body::line_words(doc.line(n), false) <= DATE_LINE_MAX_WORDS
    };
    let usable = |n: &usize| {
        match doc.lines[n - 1].zone {
            Some(BlockKind::Comments) => false,
            Some(BlockKind::Navigation) => meta_under_headline(*n),
            _ => true,
        }
    } && doc.line(*n).len() <= 2000;
    // The page's own application state (see `HtmlFacts::script_dates`): a publication key
    // first, a creation key ("createdAt" also dates users and comments) only when no
    // publication key is there.
    let scripted = |publication: bool| {
        doc.html
            .script_dates
            .iter()
            .filter(move |(k, _)| k.starts_with("created") != publication)
            .find_map(|(k, v)| {
                parse_value_with(v, order)
                    .filter(|d| plausible.accepts(d.date))
                    .map(|d| (d, format!("{k}: {v}")))
            })
    };
    if let Some((d, evidence)) = scripted(true).or_else(|| scripted(false)) {
        add(&d, "script", "published", 0.3, &evidence, None);
        return;
    }
    let found = (anchor..=doc.lines.len())
        .chain(1..anchor)
        .filter(usable)
        .find_map(|n| {
            let line = doc.line(n);
            labelled_dates(line, order, plausible)
                .into_iter()
                .next()
                // Not a date under a label of someone else's ("Registered since" / date).
                .filter(|(d, label)| {
                    label.is_some()
                        || words_beside(line, d) > 2
                        || label_above(doc, n) != Some(Label::Unrelated)
                })
                .map(|(d, _)| (n, d))
        });
    if let Some((n, d)) = found {
        add(&d, "text", "unknown", 0.15, doc.line(n), Some(n));
        return;
    }
    // Nothing in the text: the page's title or description may name the day ("Bears counted
    // (News of 14 January 2020)").
    let described = doc.html.title_tag.iter().map(String::as_str).chain(
        doc.html
            .meta
            .iter()
            .filter(|(k, _)| matches!(k.as_str(), "description" | "og:title" | "og:description"))
            .map(|(_, v)| v.as_str()),
    );
    for v in described {
        if let Some((d, _)) = labelled_dates(v, order, plausible).into_iter().next() {
            add(&d, "title", "unknown", 0.1, v, None);
            return;
        }
    }
}

/// Whether a date line goes on, after its first date, to label an update ("... / Updated 8
/// hours ago", "| Aktualisiert: 20.01.2020"): the label nearest the line's end is read, as
/// [`label_before`] reads one before a date.
fn shows_later_update(line: &str) -> bool {
    find_dates(line)
        .first()
        .is_some_and(|d| label_before(line, d.end, line.len()) == Some(Label::Modified))
}

/// True for a date written for machines: ISO 8601 with its time after a `T`
/// ("2022-12-07T10:10:52+01:00").
fn machine_stamp(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 16
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[..4].iter().all(u8::is_ascii_digit)
}

/// True when a date-time is stated in UTC, so its calendar day may not be the publisher's.
fn utc_hour(value: &str) -> Option<u8> {
    if !(value.ends_with('Z') || value.ends_with("+00:00")) {
        return None;
    }
    value.get(11..13)?.parse().ok()
}

/// The publication date and the update date among the candidates.
pub fn choose(candidates: &[DateCandidate]) -> (Option<DateCandidate>, Option<DateCandidate>) {
    // An "Updated ..." line is what the page shows; it stands in for the publication date when
    // nothing better is written, with less confidence than a publication date.
    let shown_update = |c: &DateCandidate| c.role == "modified" && c.source == "date_line";
    let eligible: Vec<DateCandidate> = candidates
        .iter()
        .filter(|c| c.role != "modified" || shown_update(c))
        .map(|c| DateCandidate {
            confidence: if shown_update(c) {
                c.confidence * 0.8
            } else {
                c.confidence
            },
            ..c.clone()
        })
        .collect();
    let best_conf = eligible
        .iter()
        .map(|c| c.confidence)
        .fold(f32::MIN, f32::max);
    // Among equally trusted sources the earliest date is the original; within one source the
    // first in the page (later `<time>`s and text dates belong to teasers further down).
    let mut sources_seen: Vec<&str> = Vec::new();
    let mut published = eligible
        .iter()
        .filter(|c| c.confidence >= best_conf - 0.02)
        .filter(|c| {
            if sources_seen.contains(&c.source.as_str()) {
                false
            } else {
                sources_seen.push(&c.source);
                true
            }
        })
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
    let structured = |c: &DateCandidate| matches!(c.source.as_str(), "jsonld" | "meta" | "time");
    // A page that shows only its update ("Updated 19.02.2020") and has an earlier date in its
    // markup, not marked as an update, was published on that earlier date.
    if let Some(p) = published.as_ref().filter(|p| shown_update(p)) {
        let earlier = candidates
            .iter()
            .filter(|c| {
                structured(c)
                    && c.role != "modified"
                    && c.confidence >= EARLIER_THAN_UPDATE
                    && c.date() < p.date()
            })
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence));
        if let Some(e) = earlier {
            published = Some(e.clone());
        }
    }
    // The page's own URL names the day of first publication: a UTC time on that day stays on
    // it (a dated line in the header is then the masthead's today), and a shown revision date
    // does not replace it.
    let url_confirms = |p: &DateCandidate| {
        candidates
            .iter()
            .any(|c| c.source == "url" && c.date() == p.date())
    };
    // The date a reader sees under the headline, when the markup confirms it, is the date the
    // page stands by: markup often keeps the first draft's date while the page shows the
    // revision. A shown publication date needs a publication date in the markup to confirm it;
    // a shown update (with no publication date shown) any date in the markup.
    let visible_line = |role_ok: &dyn Fn(&str) -> bool| {
        candidates
            .iter()
            .filter(|c| c.source == "date_line" && c.confidence >= VISIBLE && role_ok(&c.role))
            .max_by(|a, b| {
                a.confidence
                    .total_cmp(&b.confidence)
                    .then(b.line.cmp(&a.line))
            })
    };
    let visible = visible_line(&|r| r != "modified")
        .map(|v| (v, false))
        .or_else(|| visible_line(&|r| r == "modified").map(|v| (v, true)));
    if let (Some(p), Some((v, update))) = (&published, visible) {
        let confirmed = candidates
            .iter()
            .any(|o| structured(o) && o.date() == v.date() && (update || o.role != "modified"))
            // A shown date that is the markup's update date (and the only date on its line) is
            // the revision the page stands by, unless the URL names the first publication's day.
            // (The line's dates, the dearest test, are read last.)
            || !url_confirms(p)
                && candidates.iter().any(|o| {
                    matches!(o.source.as_str(), "jsonld" | "meta")
                        && o.role == "modified"
                        && o.date() == v.date()
                })
                && find_dates(&v.evidence).len() == 1;
        // "January 19, 2020 / 12:25 PM / Updated 8 hours ago": a shown publication date on a
        // line that goes on to say the page was updated, earlier than the markup's publication
        // date, is the first publication; the markup carries the update's time.
        let confirmed = confirmed
            || !update
                && !url_confirms(p)
                && v.date() < p.date()
                && shows_later_update(&v.evidence);
        // A shown update never replaces a publication day the page's URL names.
        if structured(p) && p.date() != v.date() && confirmed && !(update && url_confirms(p)) {
            published = Some(v.clone());
        }
    }
    // Nothing is published after its last update: a weakly trusted date (a bare `date` meta is
    // often the last render) later than the update the page shows ("Stand: 28.04.2020") is a
    // later event, and the shown update is the best estimate. A trusted publication date later
    // than the shown update rather says the shown date was misread ("11/01/2021").
    if let Some(p) = published.as_ref().filter(|p| p.confidence < TRUSTED_MARKUP) {
        let shown = candidates
            .iter()
            .filter(|c| shown_update(c) && c.confidence >= VISIBLE && c.date() < p.date())
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence));
        if let Some(u) = shown {
            published = Some(u.clone());
        }
    }
    // A UTC time late or early in the day may fall on the neighbouring day where the publisher
    // is; the URL, a shown date line or a local time naming that neighbouring day settles it.
    // So does a date line under the headline naming that day ("19.10.2019, 05:00 Uhr" for
    // 03:00 UTC): the page shows its local day.
    let shown_on = |p: &DateCandidate| {
        candidates.iter().any(|c| {
            c.source == "date_line"
                && c.role != "modified"
                && c.confidence >= VISIBLE
                && c.date() == p.date()
        })
    };
    if let Some(p) = published
        .as_ref()
        .filter(|p| !url_confirms(p) && !shown_on(p))
    {
        if let (Some(h), Ok(day)) = (utc_hour(&p.value), p.date().parse::<Date>()) {
            let neighbour = if h >= 18 {
                day.tomorrow().ok()
            } else if h < 8 {
                day.yesterday().ok()
            } else {
                None
            };
            if let Some(nb) = neighbour.map(|d| d.to_string()) {
                let settles = |c: &&DateCandidate| {
                    c.date() == nb
                        && c.role != "modified"
                        && match c.source.as_str() {
                            "url" => true,
                            "date_line" => c.confidence >= VISIBLE,
                            // The page's first `<time>` or one marked as publication, read as
                            // a local day ("3 de mayo de 2022") or a local time.
                            "time" => c.confidence >= LOCAL_TIME && utc_hour(&c.value).is_none(),
                            s => {
                                matches!(s, "jsonld" | "meta")
                                    && c.confidence >= 0.7
                                    && utc_hour(&c.value).is_none()
                            }
                        }
                };
                if let Some(alt) = candidates.iter().find(settles) {
                    published = Some(alt.clone());
                }
            }
        }
    }
    // An update on the same day as publication is a separate update only at a later time of
    // day ("Published 10:20 a.m. CT ... | Updated 3:55 p.m. CT ...").
    let updated = candidates
        .iter()
        .filter(|c| c.role == "modified")
        .find(|c| published.as_ref().is_none_or(|p| c.date() >= p.date()))
        .filter(|u| published.as_ref().is_none_or(|p| later_update(u, p)))
        .cloned();
    (published, updated)
}

/// Whether `update` is a separate update after `published`: a later day, or a later time on the
/// same day when both times are written alike (both with a UTC offset, or both local); a
/// time on one side only tells a revision from the publication as before, by their values.
fn later_update(update: &DateCandidate, published: &DateCandidate) -> bool {
    if update.date() != published.date() {
        return true;
    }
    let instant = |v: &str| v.parse::<jiff::Timestamp>().ok();
    let local = |v: &str| {
        (v.len() == 19)
            .then(|| v.parse::<jiff::civil::DateTime>().ok())
            .flatten()
    };
    match (
        instant(&update.value),
        instant(&published.value),
        local(&update.value),
        local(&published.value),
    ) {
        (Some(u), Some(p), _, _) => u > p,
        (_, _, Some(u), Some(p)) => u > p,
        _ => update.value != published.value,
    }
}

#[cfg(test)]
mod tests {
    /// The cheap tests before `CJK`, `EMBEDDED_POST`, `RANGE_END` and `TIME_SLOT` let by every
    /// text the regexes match, on seeded random texts built around what they look for.
    #[test]
    fn cheap_tests_before_date_regexes_let_their_matches_by() {
        use super::*;
        const PIECES: &[&str] = &[
            "2021",
            "1999",
            "年",
            "月",
            "日",
            " ",
            "\u{3000}",
            "\t",
            "\n",
            "\u{a0}",
            "(@",
            "@",
            "harbor_",
            "é",
            "٣",
            ")",
            "(",
            ",",
            ".",
            ":",
            "-",
            "–",
            "—",
            "von ",
            "from ",
            "de ",
            "Von ",
            "bis",
            "to",
            "Uhr",
            "pm",
            "12",
            "3",
            "10:00",
            "14.",
            "x",
            "١٢",
            "2021年",
            " 3月",
            "5日",
            "１２",
            "10:00-11:30",
            "10.00 bis 11:30 Uhr",
            ", ",
            "2021年3月 5日",
            "1999 年 12 月 ３１ 日",
            "(@harbor_news)",
            "(@é٣)\u{3000}",
        ];
        let mut rng = crate::Xorshift::new();
        let mut hits = [0usize; 4];
        for _ in 0..100_000 {
            let t = rng.string(PIECES, 10);
            if CJK.is_match(&t) {
                assert!(t.contains('年'), "{t:?}");
                hits[0] += 1;
            }
            if EMBEDDED_POST.is_match(&t) {
                assert!(t.trim_end().ends_with(')'), "{t:?}");
                hits[1] += 1;
            }
            if RANGE_END.is_match(&t) {
                assert!(may_end_in_dash(&t), "{t:?}");
                hits[2] += 1;
            }
            if TIME_SLOT.is_match(&t) {
                assert!(may_open_time_slot(&t), "{t:?}");
                hits[3] += 1;
            }
        }
        assert!(hits.iter().all(|&h| h > 20), "{hits:?}");
    }

    /// Month names of more languages, Arabic-Indic digits at the text's own offsets.
    #[test]
    fn month_names_of_more_languages_and_arabic_indic_digits() {
        use super::*;
        let one = |s: &str| {
            let f = find_dates(s);
            assert_eq!(f.len(), 1, "{s:?}");
            (f[0].value.clone(), s[f[0].start..f[0].end].to_string())
        };
        for (line, want) in [
            ("Yayın: 3 Mart 2025, 10:40", "2025-03-03"),
            ("Vydáno 7. června 2025", "2025-06-07"),
            ("Δημοσίευση: 9 Δεκεμβρίου 2025", "2025-12-09"),
            ("Julkaistu 14. helmikuuta 2025", "2025-02-14"),
            ("Опубліковано 2 вересня 2025", "2025-09-02"),
            ("Publicerad 5 augusti 2025", "2025-08-05"),
            ("Publisert 1. desember 2025", "2025-12-01"),
            ("Diterbitkan 17 Agustus 2025", "2025-08-17"),
            ("Thứ Hai, ngày 6 tháng 10 năm 2025", "2025-10-06"),
            ("प्रकाशित: 4 सितंबर 2025", "2025-09-04"),
            ("نُشر في 12 مارس 2025", "2025-03-12"),
            ("نشر في 8 تشرين الثاني 2025", "2025-11-08"),
        ] {
            assert_eq!(one(line).0, want, "{line}");
        }
        // "tháng 1" is not read inside "tháng 11".
        assert_eq!(one("ngày 3 tháng 11 năm 2025").0, "2025-11-03");
        let line = "نُشر في ١٢ مارس ٢٠٢٥ — بقلم";
        assert_eq!(one(line), ("2025-03-12".into(), "١٢ مارس ٢٠٢٥".into()));
        assert_eq!(one("تاريخ ۲۳/۰۳/۲۰۲۵").0, "2025-03-23");
        // A product's name is no Czech month.
        assert!(find_dates("the 12 Pro 2025 lineup").is_empty());
    }

    /// Labels of more languages; Chinese, Japanese and Korean ones without word edges, but
    /// right before their date.
    #[test]
    fn date_labels_of_more_languages() {
        use super::*;
        let label = |l: &str| {
            let d = find_dates(l);
            label_before(l, 0, d[0].start)
        };
        assert_eq!(
            label("Sist oppdatert 21.11.2025 kl. 18:40"),
            Some(Label::Modified)
        );
        assert_eq!(
            label("Uppdaterad 22.11.2025 kl. 11.30"),
            Some(Label::Modified)
        );
        assert_eq!(label("Publicerad 20.11.2025"), Some(Label::Published));
        assert_eq!(
            label("Päivitetty 21. marraskuuta 2025"),
            Some(Label::Modified)
        );
        assert_eq!(label("Обновлено 3 марта 2025"), Some(Label::Modified));
        assert_eq!(label("수정 2025.11.22 오전 9:00"), Some(Label::Modified));
        assert_eq!(label("입력 2025.11.20 오후 3:12"), Some(Label::Published));
        assert_eq!(label("更新日：2025年11月22日"), Some(Label::Modified));
        assert_eq!(label("公開2025年11月20日"), Some(Label::Published));
        assert_eq!(label("新专辑发布 ．港口网[引用日期2013-10-22]"), None);
    }

    /// A two-digit year after slashes only on a date line and with one reading.
    #[test]
    fn two_digit_slash_years_on_date_lines_only() {
        use super::*;
        let value = |s: &str| find_dates(s).first().map(|f| f.value.clone());
        assert_eq!(value("11/22/26").as_deref(), Some("2026-11-22"));
        assert_eq!(
            value("Posted 11/22/26 at 9:14 p.m. ET").as_deref(),
            Some("2026-11-22")
        );
        assert_eq!(value("Updated: 23/11/26").as_deref(), None); // also 2023-11-26
        assert_eq!(value("3/4/26"), None);
        assert_eq!(value("Registered 11/22/26"), None);
        assert_eq!(value("The vote went 11/22/26 in the end"), None);
        assert_eq!(value("Ferry 11/22/26 schedule"), None);
        let f = &find_dates("Posted 11/22/26")[0];
        assert_eq!(&"Posted 11/22/26"[f.start..f.end], "11/22/26");
    }

    /// `ascii_digits` against a plain count on seeded random bytes, long runs of digits too.
    /// Every match of the numeric date regexes holds the separator `find_dates_with` asks for
    /// before running it (ISO a '-', NUMERIC a '.', a '/' or a '-', YEAR_DOTTED and SHORT_YEAR a '.'),
    /// on seeded random lines of digits, years and separators; and lines without one are asked.
    #[test]
    fn numeric_dates_hold_the_separators_tested_first() {
        let numbers: &[&str] = &[
            "2019", "1999", "2020", "3", "11", "02", "12", "05", "31", "٣",
        ];
        let seps: &[&str] = &["-", ".", "/", ". ", " ", "", "年", "\u{a0}"];
        let ends: &[&str] = &["", "", "T10:30", "Z", "+02:00", ".", "x", " "];
        let slots = [ends, numbers, seps, numbers, seps, numbers, ends];
        let mut rng = crate::Xorshift::new();
        let mut matched = [0; 4];
        for _ in 0..30_000 {
            let line: String = slots.iter().map(|o| o[rng.below(o.len())]).collect();
            let holds = |c: char| line.contains(c);
            for (k, (re, ok)) in [
                (&*ISO, holds('-')),
                (&*NUMERIC, holds('.') || holds('/') || holds('-')),
                (&*YEAR_DOTTED, holds('.')),
                (&*SHORT_YEAR, holds('.')),
            ]
            .into_iter()
            .enumerate()
            {
                if re.is_match(&line) {
                    matched[k] += 1;
                    assert!(ok, "{k} {line:?}");
                }
            }
        }
        assert!(matched.iter().all(|&m| m > 20), "{matched:?}");
        assert_eq!(
            find_dates("Filed 2019-05-03, revised 3.5.2019")[0].value,
            "2019-05-03"
        );
    }

    /// The trie-shaped month alternation finds every match the flat, longest-first list did, with
    /// the same groups: both date regexes that hold it, on seeded random lines of month names
    /// (every one of the list, in three letter cases, cut short or run on), days, years and the
    /// separators between them, Turkish dotless and dotted i, the Kelvin sign and the long s (whose
    /// case-blind classes overlap other letters').
    #[test]
    fn month_trie_as_the_flat_list() {
        let names = month_names();
        let flat = names
            .iter()
            .map(|m| regex::escape(m))
            .collect::<Vec<_>>()
            .join("|");
        let trie = month_trie(&names);
        assert_eq!(trie, month_alternation());
        let month_first = |alt: &str| {
            Regex::new(&format!(
                r"(?i)({alt})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})(?-u:\b)"
            ))
            .expect("valid regex")
        };
        let day_first = |alt: &str| {
            Regex::new(&format!(r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?({alt})\.?,?\s+(?:de\s+|năm\s+)?((?:19|20)\d{{2}})(?-u:\b)"))
            .expect("valid regex")
        };
        // The regexes as `MONTH_FIRST` and `DAY_FIRST` are built.
        assert_eq!(month_first(&trie).as_str(), MONTH_FIRST.as_str());
        assert_eq!(day_first(&trie).as_str(), DAY_FIRST.as_str());
        let mut pieces: Vec<String> = Vec::new();
        for name in &names {
            let chars: Vec<char> = name.chars().collect();
            let cut: String = chars[..chars.len().saturating_sub(1).max(1)]
                .iter()
                .collect();
            pieces.extend([
                name.to_string(),
                name.to_uppercase(),
                format!(
                    "{}{}",
                    chars[0].to_uppercase(),
                    chars[1..].iter().collect::<String>()
                ),
                cut,
                format!("{name}a"),
                format!("{name} "),
            ]);
        }
        let junk: &[&str] = &[
            "", "", " ", "x", "ı", "İ", "I", "i", "K", "\u{212a}", "ſ", "S", "Ş", "-", "\n", "a ",
        ];
        // Each slot of a day-first or month-first date, wrong or missing pieces among its
        // options; the month is any of `pieces`.
        let days: &[&str] = &["3", "21", "1", "12", "", "123", "3rd", "1er", "5º", "4."];
        let gaps: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "", ". ", ", ", " de ", "-"];
        let years: &[&str] = &[
            " 2019",
            " 1999",
            "2020",
            " 20190",
            " năm 2021",
            " de 2018",
            ", 2017",
            " 19",
        ];
        let slots: [&[&str]; 7] = [junk, days, gaps, &[], gaps, days, years];
        let spans = |re: &Regex, line: &str| {
            re.captures_iter(line)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        for (new, old) in [
            (month_first(&trie), month_first(&flat)),
            (day_first(&trie), day_first(&flat)),
        ] {
            let mut rng = crate::Xorshift::new();
            let mut matched = 0;
            for _ in 0..30_000 {
                let mut line = String::new();
                for (i, slot) in slots.iter().enumerate() {
                    line.push_str(if i == 3 {
                        &pieces[rng.below(pieces.len())]
                    } else {
                        slot[rng.below(slot.len())]
                    });
                }
                line.push_str(["", "", ".", " x", "x", "ı"][rng.below(6)]);
                let now = spans(&new, &line);
                matched += usize::from(!now.is_empty());
                assert_eq!(now, spans(&old, &line), "{line:?}");
            }
            assert!(matched > 250, "{matched}");
        }
    }

    /// `MONTH_FIRST_TAIL` turns away no line `MONTH_FIRST` matches: seeded random lines of
    /// month names, days, ordinals, years, commas and white space (Unicode too).
    #[test]
    fn month_first_tail_turns_away_no_match() {
        // Each slot of a month-first date, a wrong or missing piece among its options.
        let slots: [&[&str]; 8] = [
            &["", "x ", "in ", "mayor ", "٣ "],
            &["May", "march", "Sept", "Januar", "Okt", "mayo", "in"],
            &["", ".", ","],
            &[" ", "  ", "\u{a0}", "\t", "", "-"],
            &["3", "21", "٣", "", "x", "123"],
            &["", "st", "ND", "th", "er"],
            &["", ",", ".", " ,"],
            &[
                " 2019",
                " 1999",
                "\u{a0}2100",
                "2019",
                " 19",
                "\t2020x",
                " 20190",
            ],
        ];
        let mut rng = crate::Xorshift::new();
        let (mut matched, mut spared) = (0, 0);
        for _ in 0..40_000 {
            let line: String = slots.iter().map(|o| o[rng.below(o.len())]).collect();
            let is_match = MONTH_FIRST.is_match(&line);
            assert!(!is_match || MONTH_FIRST_TAIL.is_match(&line), "{line:?}");
            matched += usize::from(is_match);
            spared += usize::from(!MONTH_FIRST_TAIL.is_match(&line));
        }
        assert!(matched > 300 && spared > 1000, "{matched} {spared}");
        assert!(!MONTH_FIRST_TAIL.is_match("In May the Orrin council met, as in 2019."));
        assert_eq!(
            find_dates("Posted May 3rd, 2019 by Orla Venn")[0].value,
            "2019-05-03"
        );
    }

    /// `label_and_lead` as it searched for each label in turn, a `memmem` searcher a label.
    mod oracle {
        use super::super::{is_cjk_label, Label, DATE_LABELS, LABEL_REACH};

        pub(super) fn label_and_lead(
            line: &str,
            floor: usize,
            at: usize,
        ) -> Option<(Label, usize)> {
            let mut from = at.saturating_sub(LABEL_REACH * 2).max(floor);
            while !line.is_char_boundary(from) {
                from += 1;
            }
            let prefix = line[from..at].to_lowercase();
            let prefix: String = {
                let chars: Vec<char> = prefix.chars().collect();
                chars[chars.len().saturating_sub(LABEL_REACH)..]
                    .iter()
                    .collect()
            };
            let is_word = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let mut best: Option<(usize, usize, Label)> = None;
            for (label, role) in DATE_LABELS.iter() {
                let finder = memchr::memmem::Finder::new(label.as_bytes());
                for pos in finder.find_iter(prefix.as_bytes()) {
                    let before = prefix[..pos].chars().next_back();
                    let after = prefix[pos + label.len()..].chars().next();
                    let cjk_apart = || {
                        !prefix[pos + label.len()..]
                            .trim_matches(|c: char| {
                                c.is_whitespace()
                                    || matches!(c, ':' | '：' | '日' | '于' | '於' | '|')
                            })
                            .trim_start_matches(['时', '時'])
                            .trim_start_matches(['间', '間'])
                            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：'))
                            .is_empty()
                    };
                    if is_cjk_label(label) && cjk_apart()
                        || !is_cjk_label(label) && (!is_word(before) || !is_word(after))
                    {
                        continue;
                    }
                    let end = pos + label.len();
                    if best.is_none_or(|(e, len, _)| end > e || (end == e && label.len() > len)) {
                        best = Some((end, label.len(), *role));
                    }
                }
            }
            best.map(|(end, len, role)| {
                let before = &prefix[..end - len];
                let segment = before.rsplit(['|', '•', '·']).next().unwrap_or(before);
                (role, crate::body::line_words(segment, false))
            })
        }
    }

    /// One search for all the labels finds the label and lead a search of each label in turn
    /// did: on seeded random texts made of labels, their pieces, repeats ("amam"), separators,
    /// CJK and other letters, before a date, from a floor inside the text or not.
    #[test]
    fn one_search_for_all_labels_finds_what_each_label_s_search_did() {
        let mut pieces: Vec<&str> = DATE_LABELS.iter().map(|(l, _)| l.as_str()).collect();
        let halves: Vec<String> = DATE_LABELS
            .iter()
            .filter_map(|(l, _)| l.char_indices().nth(l.chars().count() / 2))
            .zip(DATE_LABELS.iter())
            .map(|((i, _), (l, _))| l[..i].to_string())
            .collect();
        pieces.extend(halves.iter().map(String::as_str));
        pieces.extend([
            " ",
            " ",
            ": ",
            "|",
            " • ",
            "a",
            "am",
            "é",
            "日",
            "时间",
            "2024",
            "de",
            "up",
            "Posted",
            "UPDATED",
            "Published on",
            "the report was released on ",
        ]);
        let mut rng = crate::Xorshift::new();
        let mut labelled = 0;
        for _ in 0..20_000 {
            let prefix = rng.string(&pieces, 6);
            let line = format!("{prefix}12.03.2024");
            let at = prefix.len();
            let floor = if rng.below(4) == 0 {
                rng.below(at + 1)
            } else {
                0
            };
            let got = label_and_lead(&line, floor, at);
            assert_eq!(
                got,
                oracle::label_and_lead(&line, floor, at),
                "{line:?} {floor}"
            );
            labelled += usize::from(got.is_some());
        }
        assert!(labelled > 2_000, "{labelled}");
    }

    /// `find_dates_with` turns an ASCII line of fewer than four ASCII digits away before the
    /// Arabic-Indic digits and the short slashed date are looked for: neither finds anything
    /// there, on seeded random ASCII lines of short slashed dates' parts, labels and times.
    #[test]
    fn too_few_digits_hold_no_short_slash_date() {
        let pieces = [
            "1",
            "12",
            "/",
            "26",
            "3/",
            "/4/",
            " ",
            "Posted ",
            "Updated: ",
            "at ",
            "9:",
            "p.m.",
            "ET",
            "-",
            ".",
            "x",
        ];
        let mut rng = crate::Xorshift::new();
        let mut asked = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 8);
            if ascii_digits(line.as_bytes()) >= 4 {
                continue;
            }
            asked += 1;
            assert!(with_ascii_digits(&line).is_none(), "{line:?}");
            assert!(short_slash_date(&line).is_none(), "{line:?}");
            assert!(
                find_dates_with(&line, SlashOrder::DayFirst).is_empty(),
                "{line:?}"
            );
        }
        assert!(asked > 5_000, "{asked}");
        // The pieces make such dates, with more digits.
        assert!(short_slash_date("Posted 11/22/26").is_some());
    }

    #[test]
    fn ascii_digits_as_a_plain_count() {
        let mut rng = crate::Xorshift::new();
        for _ in 0..2000 {
            let digits = rng.below(2) == 0;
            let s: Vec<u8> = (0..rng.below(1500))
                .map(|_| {
                    if digits {
                        b'0' + rng.below(11) as u8
                    } else {
                        rng.below(256) as u8
                    }
                })
                .collect();
            let plain = s.iter().filter(|b| b.is_ascii_digit()).count();
            assert_eq!(super::ascii_digits(&s), plain);
        }
    }

    /// `embedded_post` against the bounded regex it replaced, on hand-made and seeded random
    /// strings around the 30-character limit, with word characters outside ASCII and white
    /// space that `\s` and `trim_end` both take.
    #[test]
    fn embedded_post_as_the_bounded_regex() {
        let bounded = regex::Regex::new(r"\(@\w{1,30}\)\s*$").unwrap();
        let mut cases: Vec<String> = vec![
            "— Ann Lee (@annlee) ".into(),
            "(@)".into(),
            "(@a)".into(),
            format!("(@{})", "a".repeat(30)),
            format!("(@{})", "a".repeat(31)),
            format!("x (@{}) \u{a0}\n", "é".repeat(30)),
            format!("(@{})", "é".repeat(31)),
            "((@@ab) (@cd)\t".into(),
        ];
        let pieces = [
            "(",
            "@",
            ")",
            "a",
            "Z",
            "_",
            "9",
            "é",
            "\u{301}",
            "٣",
            " ",
            "\t",
            "\u{a0}",
            "\n",
            ".",
            "aaaaaaaaaa",
            "ééééé",
            "-",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let mut s = rng.string(&pieces, 8);
            // Most random strings hold no handle: end many with one of a random length.
            if rng.below(2) == 0 {
                s.push_str("(@");
                s.push_str(&rng.string(&["a", "é", "٣", "_", "aaaaaaaaaa", "\u{301}"], 12));
                s.push_str(&rng.string(&[")", " ", "\u{a0}", "x", "\n"], 3));
            }
            cases.push(s);
        }
        for s in &cases {
            assert_eq!(super::embedded_post(s), bounded.is_match(s), "{s:?}");
        }
    }

    use super::*;

    #[test]
    fn a_line_with_more_letters_than_n_has_a_longer_key() {
        for s in [
            "",
            "Pier repairs begin",
            "İstanbul ẞtraße — 2024!",
            "Ünïcödé ΣΑΣ  über  ǅ",
            "a-b c.d 12 34",
        ] {
            let key = alnum_key(s).len();
            for n in 0..30 {
                if alnum_more_than(s, n) {
                    assert!(key > n, "{s:?} {n}");
                }
                // Exactly: more than n letters and digits.
                assert_eq!(
                    alnum_more_than(s, n),
                    s.chars().filter(|c| c.is_alphanumeric()).count() > n
                );
            }
        }
    }

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
        assert_eq!(one("23-11-2023, 16:48"), "2023-11-23");
        assert_eq!(one("Gepubliceerd 3-11-2023"), "2023-03-11");
        assert_eq!(
            find_dates_with("Gepubliceerd 3-11-2023", SlashOrder::DayFirst)[0].value,
            "2023-11-03"
        );
        assert_eq!(one("23/11-2023"), "");
        assert_eq!(one("call 555-12-2023"), "");
        assert_eq!(one("2023/11/23"), "2023-11-23");
        assert_eq!(one("23 marca 2023"), "2023-03-23");
        assert_eq!(one("23 ноября 2023"), "2023-11-23");
        assert_eq!(one("2023年11月23日"), "2023-11-23");
        assert_eq!(one("입력 2023.11.02. 오후 8:06"), "2023-11-02");
        assert_eq!(one("2023. 11. 02. 14:00"), "2023-11-02");
        assert_eq!(one("release 2020.1.3"), "");
        assert_eq!(one("build 2023.11.02.7"), "");
        assert_eq!(one("Anmeldedatum 26.10.13"), "2013-10-26");
        assert_eq!(one("version 1.2.13.4"), "");
        assert_eq!(one("Powered by WordPress 4.8.12"), "");
        assert_eq!(one("Version 2.1.19 released"), "");
        assert_eq!(one("build v 4.8.12"), "");
        assert_eq!(one("Geschrieben am 4.8.12 um 10:15"), "2012-08-04");
        assert_eq!(one("Freitag, 5. Juni 2015"), "2015-06-05");
        assert_eq!(one("26 Mai, 2008 | admin"), "2008-05-26");
        assert_eq!(one("no date 2023 here"), "");
        assert_eq!(one("2023-02-30"), "");
    }

    #[test]
    fn the_page_settles_how_its_slashed_dates_read() {
        let text = |s: &str| crate::text::parse(s, "UTF-8", vec![]);
        let lead = "O hospital municipal inaugurou uma nova ala com quarenta leitos, segundo a \
                    direção. A obra custou doze milhões de reais e levou dois anos, disse o diretor.";
        // A Portuguese text: day first.
        let pt = text(&format!(
            "Hospital abre ala\nPublicado em 03/08/2026\n\n{lead}\n"
        ));
        assert_eq!(slash_order(&pt, &[]), SlashOrder::DayFirst);
        // An English one: month first, unless its site is under a day-first country's domain.
        let story = "The council backed the harbour plan on Monday after a long debate, the mayor \
                     said. The vote was seven to two and work will start in the spring.";
        let en = text(&format!(
            "Harbour plan backed\nPosted 03/08/2026\n\n{story}\n"
        ));
        assert_eq!(slash_order(&en, &[]), SlashOrder::MonthFirst);
        assert_eq!(
            slash_order(&en, &["https://www.kessvik-gazette.co.uk/news/harbour"]),
            SlashOrder::DayFirst
        );
        // Without a domain: an unambiguous date of the text decides, else a price in pounds or
        // euros says day first; dates that disagree leave month first.
        for (more, want) in [
            ("The last meeting was on 14/02/2026.", SlashOrder::DayFirst),
            (
                "The last meeting was on 02/14/2026.",
                SlashOrder::MonthFirst,
            ),
            ("The plan will cost £14m.", SlashOrder::DayFirst),
            ("The plan will cost €14m.", SlashOrder::DayFirst),
            (
                "Meetings on 14/02/2026 and 02/14/2026.",
                SlashOrder::MonthFirst,
            ),
            ("The plan will cost $14m.", SlashOrder::MonthFirst),
        ] {
            let en = text(&format!(
                "Harbour plan backed\nPosted 03/08/2026\n\n{story} {more}\n"
            ));
            assert_eq!(slash_order(&en, &[]), want, "{more}");
        }
        // Markup's bare "en" names no country: the domain decides; "en-US" still does.
        let page = |lang: &str| {
            crate::html::parse(
                &format!(
                    "<html lang=\"{lang}\"><body><h1>Harbour plan backed</h1>\
                     <p>Posted 03/08/2026</p><p>{story}</p></body></html>"
                ),
                "UTF-8",
                vec![],
            )
        };
        let uk = ["https://www.kessvik-gazette.co.uk/news/harbour"];
        assert_eq!(slash_order(&page("en"), &uk), SlashOrder::DayFirst);
        assert_eq!(slash_order(&page("en"), &[]), SlashOrder::MonthFirst);
        assert_eq!(slash_order(&page("en-US"), &uk), SlashOrder::MonthFirst);
        assert_eq!(slash_order(&page("en-GB"), &[]), SlashOrder::DayFirst);
        // The page's own URL date beats the language, both ways.
        assert_eq!(
            slash_order(&en, &["https://kessvik.example/2026/08/03/harbour-plan"]),
            SlashOrder::DayFirst
        );
        assert_eq!(
            slash_order(&pt, &["https://hospital.example/2026/03/08/ala"]),
            SlashOrder::MonthFirst
        );
        // A URL date neither reading gives settles nothing.
        assert_eq!(
            slash_order(&pt, &["https://hospital.example/2025/01/01/ala"]),
            SlashOrder::DayFirst
        );
        // No ambiguous date: the markup's language alone, as before.
        let plain = text(&format!(
            "Harbour plan backed\nPosted 23/08/2026\n\n{story}\n"
        ));
        assert!(ambiguous_slash_dates(&plain.text).is_empty());
        assert_eq!(
            ambiguous_slash_dates("on 06/11/2026 and 11/11/2026, 2026/06/11"),
            vec![(
                Date::new(2026, 6, 11).unwrap(),
                Date::new(2026, 11, 6).unwrap()
            )]
        );
    }

    #[test]
    fn boundaries_hold_on_non_ascii_lines() {
        // A month name inside a longer word is no date; Cyrillic and accented text around the
        // dates (where the word boundaries are ASCII ones) changes nothing.
        assert_eq!(one("Summar 5, 2023"), "");
        assert_eq!(one("Ärger über März 3, 2024 — später"), "2024-03-03");
        assert_eq!(one("Опубликовано 23 ноября 2023 года"), "2023-11-23");
        assert_eq!(one("Veröffentlicht am 23.11.2023 um 10:00"), "2023-11-23");
        assert_eq!(
            one("Mise à jour 2023-11-23T10:00:00Z"),
            "2023-11-23T10:00:00Z"
        );
        assert_eq!(one("Artikel 12023-11-23"), "");
        assert_eq!(one("Straße 1234 und 20234"), "");
    }

    #[test]
    fn the_year_prefilter_rejects_only_lines_without_dates() {
        for line in [
            "Nov. 23, 2023",
            "23.11.2023",
            "2019年6月24日",
            "Anmeldedatum 26.10.13",
            "2023/11/23",
            "(2023-11-23)",
            "2023.11.02.",
        ] {
            assert!(MAY_HOLD_DATE.is_match(line), "{line}");
        }
        for line in ["call 555 0199 now", "Page 12 of 30", "ISBN 9781234567897"] {
            assert!(!MAY_HOLD_DATE.is_match(line), "{line}");
        }
    }

    /// The hand-written scan answers as the regex does, on strings of digits, dots, years and
    /// the characters around them.
    #[test]
    fn may_hold_date_is_the_regex() {
        let pieces: Vec<String> = [
            "19", "20", "2", "0", "1", "9", "5", ".", ". ", "-", "/", " ", "a", "é", "年", " 年",
            "2019", "12", "x1",
        ]
        .map(String::from)
        .to_vec();
        let mut rng = crate::Xorshift::new();
        let mut hits = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 8);
            let want = MAY_HOLD_DATE.is_match(&line);
            hits += usize::from(want);
            assert_eq!(may_hold_date(&line), want, "{line:?}");
        }
        assert!(hits > 1000, "{hits}");
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
        assert_eq!(
            date_in_url("https://x.org/press/releases/29-10-2021")
                .unwrap()
                .value,
            "2021-10-29"
        );
        assert!(date_in_url("https://x.org/press/releases/05-06-2021").is_none());
        assert!(date_in_url("https://x.org/item/29-10-2021-b-extra").is_none());
        // A date ending the slug, with or without its dashes.
        for url in [
            "https://x.com/news/council-backs-plan-20261119.html",
            "https://x.com/news/council-backs-plan-2026-11-19.html",
            "https://x.com/news/council_backs_plan_20261119",
            "https://x.com/news/council-backs-plan-2026-11-19/?ref=home",
        ] {
            assert_eq!(date_in_url(url).unwrap().value, "2026-11-19", "{url}");
        }
        // Not inside the slug, not a longer number, not an impossible date.
        assert!(date_in_url("https://x.com/news/plan-20261119-council.html").is_none());
        assert!(date_in_url("https://x.com/news/item-120261119.html").is_none());
        assert!(date_in_url("https://x.com/news/item-20261339.html").is_none());
    }

    #[test]
    fn slash_order_follows_the_language() {
        let day_first = SlashOrder::for_language(Some("fr-FR"));
        assert_eq!(day_first, SlashOrder::DayFirst);
        assert_eq!(
            SlashOrder::for_language(Some("en_GB")),
            SlashOrder::DayFirst
        );
        assert_eq!(
            SlashOrder::for_language(Some("en-US")),
            SlashOrder::MonthFirst
        );
        assert_eq!(SlashOrder::for_language(None), SlashOrder::MonthFirst);
        assert_eq!(
            find_dates_with("Publié le 02/11/2023", day_first)[0].value,
            "2023-11-02"
        );
        assert_eq!(find_dates("02/11/2023")[0].value, "2023-02-11");
    }

    #[test]
    fn labels() {
        let l = "By Ann Lee | Mar 3, 2024 | Last updated: Mar 5, 2024";
        let d = find_dates(l);
        assert_eq!(label_before(l, 0, d[0].start), None);
        assert_eq!(label_before(l, d[0].end, d[1].start), Some(Label::Modified));
        let l = "Veröffentlicht am Dienstag, 6. Mai 2014";
        assert_eq!(
            label_before(l, 0, find_dates(l)[0].start),
            Some(Label::Published)
        );
        // A label must be a whole word.
        let l = "Republishedness 6 May 2014";
        assert_eq!(label_before(l, 0, find_dates(l)[0].start), None);
    }

    fn page(html: &str) -> Document {
        crate::html::parse(html, "UTF-8", vec![])
    }

    fn published(doc: &Document, headline: &str) -> Option<DateCandidate> {
        published_at(doc, &[], headline)
    }

    /// The publication date of `doc` served from `urls`.
    fn published_at(doc: &Document, urls: &[&str], headline: &str) -> Option<DateCandidate> {
        let latest = Date::constant(2025, 1, 1);
        let c = candidates(doc, urls, Some(headline), Plausible { latest }, &[]);
        choose(&c).0
    }

    #[test]
    fn a_weekday_settles_an_ambiguous_date() {
        // 6 November 2026 is a Friday, 11 June 2026 a Thursday.
        let line = "Friday 06/11/2026";
        assert_eq!(
            weekday_order(line, SlashOrder::MonthFirst),
            Some(SlashOrder::DayFirst)
        );
        assert_eq!(
            weekday_order("Thursday 06/11/2026", SlashOrder::MonthFirst),
            None
        );
        assert_eq!(weekday_order("06/11/2026", SlashOrder::MonthFirst), None);
        assert_eq!(
            weekday_order("Thursday, 06/11/2026", SlashOrder::DayFirst),
            Some(SlashOrder::MonthFirst)
        );
        let d = crate::text::parse(
            "Quay market adds night stalls\nBy Ann Lee\nFriday 06/11/2026\n\nThe quay market will stay open late, the council said.\n",
            "UTF-8",
            vec![],
        );
        let latest = Date::constant(2027, 1, 1);
        let c = candidates(
            &d,
            &[],
            Some("Quay market adds night stalls"),
            Plausible { latest },
            &[],
        );
        assert_eq!(choose(&c).0.map(|p| p.value), Some("2026-11-06".into()));
    }

    #[test]
    fn a_chinese_paragraph_holding_a_date_is_no_date_line() {
        // A paragraph written without spaces is one white-space "word": counted by its
        // characters it is prose, and its date (here after an update label) no date line.
        let d = crate::text::parse(
            "柳川新码头启用\n2024年11月22日\n\n柳川新码头周五正式启用，港务局表示码头可停靠二十艘渔船。他还说，旧码头的售票系统已于更新2023年3月1日后停用。\n",
            "UTF-8",
            vec![],
        );
        let latest = Date::constant(2025, 1, 1);
        let c = candidates(&d, &[], Some("柳川新码头启用"), Plausible { latest }, &[]);
        assert!(
            c.iter()
                .all(|c| c.source != "date_line" || c.value == "2024-11-22"),
            "{c:?}"
        );
        assert_eq!(choose(&c).0.map(|p| p.value), Some("2024-11-22".into()));
        assert_eq!(
            crate::body::line_words("旧码头已于2023年3月1日停用", true),
            6
        );
        assert_eq!(crate::body::line_words("Published | 3 May 2019", true), 4);
        assert_eq!(crate::body::line_words("Published | 3 May 2019", false), 5);
    }

    #[test]
    fn a_sentence_about_a_day_is_no_date_line() {
        let d = page(
            "<html><body><h1>Quay market adds night stalls</h1>\
             <p>The quay market in Tolvern will stay open late on weekends, the council said.</p>\
             <p>The market first opened on November 2, 2019.</p></body></html>",
        );
        let p = published(&d, "Quay market adds night stalls").unwrap();
        assert_eq!(
            (p.value.as_str(), p.source.as_str()),
            ("2019-11-02", "text")
        );
        assert_eq!(p.role, "unknown");
        let first = FoundDate {
            start: 27,
            end: 43,
            value: "2019-11-02".into(),
            date: jiff::civil::date(2019, 11, 2),
        };
        let line = "The market first opened on November 2, 2019.";
        assert_eq!(&line[first.start..first.end], "November 2, 2019");
        assert!(reads_as_sentence(line, &first));
        // Date lines keep their reading: a byline before the date, a lone lower-case word, a
        // label run into a byline.
        for line in [
            "Ann Lee on November 2, 2019",
            "By Ann Lee, staff writer, in November 2, 2019",
            "Quay Gazette | news desk | on November 2, 2019",
            "Von Ann Lee publiziert am November 2, 2019",
            "Submitted by Ann Lee on November 2, 2019",
            "Posted by Ann Lee on November 2, 2019",
        ] {
            let at = line.find("November").unwrap();
            let d = FoundDate {
                start: at,
                end: at + 16,
                ..first.clone()
            };
            assert!(!reads_as_sentence(line, &d), "{line}");
        }
    }

    #[test]
    fn date_line_under_the_headline() {
        let d = page(
            "<html><body><nav><ul><li>Archive: 3 May 2019</li></ul></nav>\
             <h1>Harbor chief quits over crane plan</h1><p>By Ann Lee, 14 March 2024</p>\
             <p>The harbor chief resigned on Friday after a long dispute over the plan.</p>\
             <div class=\"comments\"><p>Reader, 15 March 2024</p></div></body></html>",
        );
        let p = published(&d, "Harbor chief quits over crane plan").unwrap();
        assert_eq!(
            (p.value.as_str(), p.source.as_str()),
            ("2024-03-14", "date_line")
        );
    }

    #[test]
    fn a_label_on_the_line_above_its_date() {
        // A definition list in a side box beside the story: label and value in two elements.
        let d = page(
            "<html><body><nav><a href=\"/\">Home</a><a href=\"/blog\">Blog</a></nav>\
             <h1>Moving old drawings into the new office</h1>\
             <aside class=\"postInfo\"><dl><dt>Datum</dt><dd>12.01.2017</dd>\
             <dt>Kategorie</dt><dd><a href=\"/cad\">CAD</a></dd></dl></aside>\
             <p>Drawings made by others bring their own layers and styles with them.</p>\
             </body></html>",
        );
        let p = published(&d, "Moving old drawings into the new office").unwrap();
        assert_eq!((p.date(), p.role.as_str()), ("2017-01-12", "published"));
        // A label of someone else's date above a date alone keeps it out.
        let d = page(
            "<html><body><h1>Which glue holds oak best?</h1>\
             <p>Registered since</p><p>18.09.2008</p>\
             <p>I glued two oak boards last week and one came apart again.</p></body></html>",
        );
        assert_eq!(published(&d, "Which glue holds oak best?"), None);
        // Menus further down the page keep their dates, labelled or not.
        let mut html = String::from("<html><body><h1>Pier repairs begin</h1>");
        for i in 0..30 {
            html.push_str(&format!(
                "<p>The council met for the {i}th time about the pier.</p>"
            ));
        }
        html.push_str("<nav><dl><dt>Published</dt><dd>3 May 2019</dd></dl></nav></body></html>");
        assert_eq!(published(&page(&html), "Pier repairs begin"), None);
    }

    #[test]
    fn the_date_written_for_people_beats_a_machine_stamp_on_its_line() {
        // A hidden microformat value ("updated") run into the byline line before the date shown.
        let d = page(
            r#"<html><body><h1>Ferry timetable changes for the summer</h1><p>AnnLee <span class="updated">2022-06-05T09:00:00+01:00</span> 19 March 2021 | Travel | 3 comments</p>
            <p>The ferry company published a new timetable for the summer months.</p></body></html>"#,
        );
        let p = published(&d, "Ferry timetable changes for the summer").unwrap();
        assert_eq!(p.date(), "2021-03-19");
        // A stamp alone on its line is still read.
        let d = page(
            r#"<html><body><h1>Ferry timetable changes for the summer</h1><p>2022-06-05T09:00:00+01:00</p>
            <p>The ferry company published a new timetable for the summer months.</p></body></html>"#,
        );
        let p = published(&d, "Ferry timetable changes for the summer").unwrap();
        assert_eq!(p.date(), "2022-06-05");
    }

    #[test]
    fn a_machine_stamp_run_into_the_date_shown_gives_way_to_it() {
        // The hidden stamp and the date shown with no space between them: the stamp's offset
        // runs into the day ("+01:0019 March").
        let html = |shown: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2021-03-19T08:00:00+01:00"></head>
                <body><h1>Ferry timetable changes for the summer</h1><div><span>AnnLee</span><span class="updated">2022-06-05T09:00:00+01:00</span><span>{shown}</span><span>|</span></div>
                <p>The ferry company published a new timetable for the summer months.</p></body></html>"#
            )
        };
        let date_line = |d: &Document| {
            candidates(
                d,
                &[],
                Some("Ferry timetable changes for the summer"),
                Plausible {
                    latest: Date::constant(2025, 1, 1),
                },
                &[],
            )
            .into_iter()
            .find(|c| c.source == "date_line")
            .unwrap()
        };
        let d = page(&html("19 March 2021"));
        let shown = date_line(&d);
        assert_eq!(shown.date(), "2021-03-19");
        let p = published(&d, "Ferry timetable changes for the summer").unwrap();
        assert_eq!(p.date(), "2021-03-19");
        // With nothing written after it, the stamp is still the line's date.
        let d = page(&html("Travel"));
        let shown = date_line(&d);
        assert_eq!(shown.date(), "2022-06-05");
    }

    #[test]
    fn a_validity_date_is_not_the_page_date() {
        // A travel notice: "as of" is its update, "valid unchanged since" the day a rule took
        // effect.
        let d = page(
            "<html><body><h1>Reisehinweise für Nordland</h1>\
             <p>Stand - 12.11.2021</p><p>(Unverändert gültig seit: 05.11.2021)</p>\
             <p>Für die Einreise nach Nordland gelten seit dem Sommer neue Regeln für alle.</p>\
             </body></html>",
        );
        let p = published(&d, "Reisehinweise für Nordland").unwrap();
        assert_eq!((p.date(), p.role.as_str()), ("2021-11-12", "modified"));
        let l = "Valid from 1 March 2022";
        assert_eq!(
            label_before(l, 0, find_dates(l)[0].start),
            Some(Label::Unrelated)
        );
    }

    #[test]
    fn a_last_change_label_above_its_date_dates_the_page() {
        // A page with no other date than a picture's, far down, and its last change at the end.
        let mut html = String::from("<html><body><h1>Neue Schneekarten für die Alpen</h1>");
        for i in 0..24 {
            html.push_str(&format!(
                "<p>Die Karte {i} zeigt jeden Tag die Schneehöhe für das ganze Gebirge an.</p>"
            ));
        }
        html.push_str(
            "<p>Abbildung: Ausschnitt eines Satellitenbildes bei Sankt Irgendwo vom 31.05.2021 \
             (links) und die Schneeklassen (rechts), wie sie die Karte zeigt.</p>\
             <div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>\
             </body></html>",
        );
        let d = page(&html);
        let p = published(&d, "Neue Schneekarten für die Alpen").unwrap();
        assert_eq!((p.date(), p.role.as_str()), ("2022-01-14", "modified"));
    }

    #[test]
    fn a_date_caption_under_the_headline_is_its_date_line() {
        let html = |caption: &str| {
            format!(
                "<html><body><h1>Alte Brücken zuerst sanieren</h1>\
                 <p class=\"rte-paragraph__caption\">{caption}</p>\
                 <p>Der Verband fordert, dass das Land zuerst die alten Brücken saniert, bevor es \
                 neue Straßen baut. Seit dem 12. Januar 2022 liegt dazu ein Plan vor.</p>\
                 </body></html>"
            )
        };
        let d = page(&html("21. Januar 2022 | Verkehr"));
        assert_eq!(
            (1..=d.lines.len())
                .find(|&n| d.line(n).contains("Verkehr"))
                .and_then(|n| d.lines[n - 1].zone),
            Some(BlockKind::Caption)
        );
        let p = published(&d, "Alte Brücken zuerst sanieren").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-01-21", "date_line"));
        // A photo's caption saying more is no date line.
        let d = page(&html(
            "Die Brücke bei Nordheim am 21. Januar 2022, kurz vor ihrer Sperrung",
        ));
        assert_ne!(
            published(&d, "Alte Brücken zuerst sanieren").map(|p| p.date().to_string()),
            Some("2022-01-21".to_string())
        );
    }

    /// A standfirst with the story's date run on at its end, in a date-classed inline element
    /// or a `<time>`: the date is laid out on its own line, a date line the markup's update date
    /// confirms. A class naming another date (an event's, the update's), a date inside the
    /// story's paragraphs, one with text after it, or one after a byline stays on its line.
    #[test]
    fn a_date_run_on_after_the_standfirst_is_its_own_date_line() {
        let html = |before: &str, element: &str, after: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2023-03-10T09:00:00Z","dateModified":"2023-03-13T08:00:00Z"}}</script></head><body><h1>Ferry timetable changes</h1><h2 class="hl__standfirst">{before}{element}{after}</h2><p>The ferry to the outer islands will sail twice a day from April, the operator said on Monday.</p></body></html>"#
            )
        };
        let date = |class: &str| format!(r#"<span class="{class}">Monday, 13 March 2023</span>"#);
        let published_on = |before: &str, element: &str, after: &str| {
            let d = page(&html(before, element, after));
            published(&d, "Ferry timetable changes")
                .unwrap()
                .date()
                .to_string()
        };
        let standfirst = "The island ferry will run twice a day. Who gains from the change?";
        let d = page(&html(standfirst, &date("hl__date"), ""));
        assert!((1..=d.lines.len()).any(|n| d.line(n) == "Monday, 13 March 2023"));
        let p = published(&d, "Ferry timetable changes").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2023-03-13", "date_line"));
        assert_eq!(
            published_on(standfirst, "<time>Monday, 13 March 2023</time>", ""),
            "2023-03-13"
        );
        // A closing quote after the sentence, spaced as French writes it.
        assert_eq!(
            published_on(
                "Le bac ira deux fois par jour, dit « un marin. »",
                &date("date"),
                ""
            ),
            "2023-03-13"
        );
        for (before, class, after) in [
            (standfirst, "hl__note", ""),
            (standfirst, "event-date", ""),
            (standfirst, "date updated", ""),
            (standfirst, "hl__date", " (dpa) – The ferry sails"),
        ] {
            assert_eq!(
                published_on(before, &date(class), after),
                "2023-03-10",
                "{class} {after}"
            );
        }
        let d = page(&html("By Ann Lee | ", &date("hl__date"), ""));
        assert!((1..=d.lines.len()).any(|n| d.line(n) == "By Ann Lee | Monday, 13 March 2023"));
    }

    #[test]
    fn a_shown_update_confirmed_by_markup_wins() {
        let d = page(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished":"2021-02-01T10:00:00+01:00","dateModified":"2022-06-05T09:00:00+01:00"}</script>
            </head><body><h1>Ferry timetable changes for the summer</h1><p>Updated: 5 June 2022</p>
            <p>The ferry company published a new timetable for the summer months.</p></body></html>"#,
        );
        let p = published(&d, "Ferry timetable changes for the summer").unwrap();
        assert_eq!(p.date(), "2022-06-05");
    }

    #[test]
    fn a_shown_date_followed_by_an_update_outranks_a_later_markup_date() {
        let html = |line: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2021-04-13T08:15:00+0000">
                </head><body><p>{line}</p><h1>Harbour crane reopens after repairs</h1>
                <p>The old harbour crane in Westerby turned again on Monday after two years of repairs.</p>
                </body></html>"#
            )
        };
        // The markup's time is the update's: the line shows the first publication.
        let d = page(&html("April 12, 2021 / 3:40 PM / Updated 6 hours ago"));
        let p = published(&d, "Harbour crane reopens after repairs").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2021-04-12", "date_line"));
        let d = page(&html("12.04.2021 | Aktualisiert: 13.04.2021"));
        let p = published(&d, "Harbour crane reopens after repairs").unwrap();
        assert_eq!(p.date(), "2021-04-12");
        // Without an update on the line, the markup's publication date stands.
        let d = page(&html("April 12, 2021 / 3:40 PM"));
        let p = published(&d, "Harbour crane reopens after repairs").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2021-04-13", "meta"));
    }

    #[test]
    fn a_headline_copy_without_a_date_in_the_top_bar_is_not_the_header() {
        let html = |top: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
                "datePublished":"2023-03-07T16:20:00","dateModified":"2023-03-08T00:00:00"}}</script>
                </head><body><header><p>Lindenau Daily</p><p>{top}</p>
                <p>Subscribe</p><p>Sign in</p><p>Weather</p><p>Sports</p></header>
                <header><p>Photo: Ola Brandt</p><h1>Council votes on the new tram line</h1>
                <p>Lindenau</p><p>Hora de publicación del artículo</p><p>Lindenau 08 de marzo 2023, 12:00 A. M.</p></header>
                <p>The council of Lindenau voted on Tuesday evening to build the tram line to the harbour.</p>
                </body></html>"#
            )
        };
        let headline = "Council votes on the new tram line";
        let d = page(&html(headline));
        let h1 = (1..=d.lines.len())
            .rev()
            .find(|&n| d.line(n) == headline)
            .unwrap();
        assert_eq!(header_line(&d, Some(headline)), h1);
        // The shown day is the markup's update: the page stands by it.
        let p = published(&d, headline).unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2023-03-08", "date_line"));
        // A first copy with a date beside it is the header itself.
        let d = page(&html(&format!("{headline}</p><p>07.03.2023")));
        let first = (1..=d.lines.len())
            .find(|&n| d.line(n) == headline)
            .unwrap();
        assert_eq!(header_line(&d, Some(headline)), first);
    }

    #[test]
    fn a_shown_date_line_outranks_dublin_core_date() {
        let d = page(
            r#"<html><head><meta name="dc.date" content="2022-03-30"></head><body>
            <h1>Library extends its opening hours</h1><p>12.03.2022</p>
            <p>The town library will open until nine in the evening from next month.</p></body></html>"#,
        );
        let p = published(&d, "Library extends its opening hours").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-03-12", "date_line"));
    }

    /// A sidebar of "Latest" teasers laid out before the story, each with its date: `teasers`
    /// (markup inside the `<aside>`), then the story with `header` (markup under its headline).
    fn sidebar_page(head: &str, teasers: &str, header: &str) -> Document {
        page(&format!(
            r#"<html><head>{head}</head><body><header class="top"><a href="/">The Tolvern Tide</a></header>
            <div class="layout"><aside class="rail"><div class="box"><h3>Just in</h3>{teasers}</div></aside>
            <main><article><h1>Harbour board approves a new ferry slip</h1>{header}
            <p>The Tolvern harbour board voted on Monday to build a second ferry slip on the east
            quay, ending two years of argument over where the island boats should berth.</p>
            <p>Board chair Isolde Marrack said the slip would cost about 1.2 million pounds.</p>
            </article></main></div><footer class="foot">The Tolvern Tide</footer></body></html>"#
        ))
    }

    const HEADLINE: &str = "Harbour board approves a new ferry slip";

    #[test]
    fn a_sidebar_teaser_s_time_gives_way_to_the_article_s() {
        // The teasers' `<time>`s come first in the page and one is marked published; the
        // article's own `<time>` is the first of the others.
        let teasers = r#"<p><a href="/a">Library hours extended</a>
            <time class="published" datetime="2024-11-21T08:00:00Z">21 Nov</time></p>
            <p><a href="/b">Bridge lights repaired</a> <time datetime="2024-11-20">20 Nov</time></p>"#;
        let d = sidebar_page(
            "",
            teasers,
            r#"<p class="byline">By Derwen Castell · <time datetime="2024-03-09T10:15:00Z">Monday</time></p>"#,
        );
        assert!(d.html.times.iter().take(2).all(|t| t.side && !t.foreign));
        let p = published(&d, HEADLINE).unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2024-03-09", "time"));
        // And to a bare `date` meta, which the markup-marked teaser outranked.
        let d = sidebar_page(
            r#"<meta name="date" content="2024-06-12T07:45:00+01:00">"#,
            teasers,
            r#"<p class="byline">By Derwen Castell</p>"#,
        );
        let p = published(&d, HEADLINE).unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2024-06-12", "meta"));
        // With no other date the teasers' stand: a side region's dates are the last resort.
        let d = sidebar_page("", teasers, r#"<p class="byline">By Derwen Castell</p>"#);
        assert_eq!(published(&d, HEADLINE).unwrap().date(), "2024-11-21");
    }

    #[test]
    fn a_sidebar_teaser_s_date_line_above_the_headline_gives_way_to_the_article_s() {
        let d = sidebar_page(
            "",
            r#"<p><a href="/a">Swimming pool roof repair finished early</a></p>
            <p class="teaser-date">November 19, 2024</p>"#,
            "<p>Joss Wickendon</p><p>May 4, 2024</p>",
        );
        let p = published(&d, HEADLINE).unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2024-05-04", "date_line"));
        // The teaser takes no rank from the article's date line.
        assert!((p.confidence - 0.78).abs() < 1e-6, "{p:?}");
    }

    #[test]
    fn a_sidebar_date_naming_the_day_of_a_markup_date_confirms_it() {
        // A "Most read" box listing the story itself, with its local day: the JSON-LD's UTC
        // time near midnight stays on the day the box shows, not the day before that the
        // `datePublished` meta (a day only) names.
        let d = page(
            r#"<html><head><meta name="datePublished" content="2019-10-18">
            <script type="application/ld+json">{"@type": "NewsArticle",
            "datePublished": "2019-10-19T03:00:00Z"}</script></head><body>
            <article><h1>Dancers take over the old locomotive shed</h1>
            <p>The company turned the locomotive shed into a stage for a week of new work, and
            the audience followed the dancers from one end of the hall to the other.</p></article>
            <aside class="sidebar"><div class="card"><a href="/a">Dancers take over the old
            locomotive shed</a><div class="meta">Ann Roe 19.10.2019, 05:00</div></div>
            <div class="card"><a href="/b">Choir opens the season</a><div class="meta">Tom Vane
            18.10.2019, 20:00</div></div></aside></body></html>"#,
        );
        let p = published(&d, "Dancers take over the old locomotive shed").unwrap();
        assert_eq!(p.date(), "2019-10-19", "{p:?}");
        assert!(d
            .lines
            .iter()
            .any(|l| l.side && d.text[l.start..l.end].contains("19.10.2019")));
    }

    #[test]
    fn an_earlier_markup_date_outranks_a_shown_update() {
        let d = page(
            r#"<html><body><h1>New cycle path opens by the river</h1><p>Aktualisiert am 19.02.2023</p>
            <p><time datetime="2022-09-26T11:40:00+02:00">26 September</time></p>
            <p>The cycle path along the river opened to the public on Monday morning.</p></body></html>"#,
        );
        let p = published(&d, "New cycle path opens by the river").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-09-26", "time"));
        // Without the earlier date, the shown update stands in for the publication.
        let d = page(
            r#"<html><body><h1>New cycle path opens by the river</h1><p>Aktualisiert am 19.02.2023</p>
            <p>The cycle path along the river opened to the public on Monday morning.</p></body></html>"#,
        );
        assert_eq!(
            published(&d, "New cycle path opens by the river")
                .unwrap()
                .date(),
            "2023-02-19"
        );
    }

    #[test]
    fn utc_near_midnight_takes_the_local_day_from_the_url() {
        let d = page(
            r#"<html><head><meta property="article:published_time" content="2023-03-04T02:30:00Z">
            <link rel="canonical" href="https://ledger.example/2023/03/03/ferry-fares"></head>
            <body><h1>Ferry fares rise again</h1><p>Fares rose by ten percent this spring.</p></body></html>"#,
        );
        let p = published_at(
            &d,
            &["https://ledger.example/2023/03/03/ferry-fares"],
            "Ferry fares rise again",
        )
        .unwrap();
        assert_eq!(p.value, "2023-03-03");
    }

    #[test]
    fn http_date_values_keep_their_time_and_zone() {
        assert_eq!(
            parse_value("Tue, 07 Mar 2023 23:40:12 GMT").unwrap().value,
            "2023-03-07T23:40:12Z"
        );
        assert_eq!(
            parse_value("7 Mar 2023 08:05 +0100").unwrap().value,
            "2023-03-07T08:05:00+01:00"
        );
        assert_eq!(parse_value("7 March 2023").unwrap().value, "2023-03-07");
    }

    #[test]
    fn an_http_date_near_midnight_utc_takes_the_local_day_shown() {
        let d = page(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished":"Wed, 08 Mar 2023 01:10:00 GMT"}</script></head><body>
            <h1>Night ferry delayed by fog</h1><p>Lina Ortiz 07.03.2023 22:10</p>
            <p>The night ferry left the harbour two hours late because of thick fog.</p></body></html>"#,
        );
        let p = published(&d, "Night ferry delayed by fog").unwrap();
        assert_eq!(p.date(), "2023-03-07");
    }

    #[test]
    fn a_dated_meta_line_marked_as_navigation_under_the_headline_is_a_last_resort() {
        let d = page(
            r#"<html><body><h1>Orchard fair draws record crowd</h1>
            <nav class="post-tools"><a href="/mail">Email</a> · 9 October 2016 · <a href="/print">Print</a></nav>
            <p>More than four thousand visitors came to the orchard fair on Saturday afternoon.</p>
            <ul class="menu"><li><a href="/a">Archive 2 May 2015</a></li></ul></body></html>"#,
        );
        let p = published(&d, "Orchard fair draws record crowd").unwrap();
        assert_eq!(p.date(), "2016-10-09");
    }

    #[test]
    fn a_url_naming_the_utc_day_keeps_it_against_a_masthead_date() {
        let d = page(
            r#"<html><head><meta property="article:published_time" content="2023-03-03T21:40:00Z">
            </head><body><p>Saturday 4 March 2023</p><h1>Ferry fares rise again</h1>
            <p>Fares rose by ten percent this spring, the ferry company said.</p></body></html>"#,
        );
        let p = published_at(
            &d,
            &["https://ledger.example/2023/03/03/ferry-fares"],
            "Ferry fares rise again",
        )
        .unwrap();
        assert_eq!(p.date(), "2023-03-03");
    }

    #[test]
    fn a_shown_date_that_is_the_markup_update_wins() {
        let body = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished":"2021-04-02T09:00:00+02:00","dateModified":"2022-01-12T15:00:00+01:00"}</script>
            </head><body><h1>How to store winter apples</h1><p>12.01.2022</p>
            <p>Apples keep best in a cool, dark and slightly damp cellar, away from potatoes.</p></body></html>"#;
        let d = page(body);
        let p = published(&d, "How to store winter apples").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-01-12", "date_line"));
        // A URL naming the first day keeps it.
        let p = published_at(
            &d,
            &["https://garden.example/2021/04/02/winter-apples"],
            "How to store winter apples",
        )
        .unwrap();
        assert_eq!(p.date(), "2021-04-02");
    }

    #[test]
    fn a_member_since_date_is_not_the_post_date() {
        let d = page(
            r#"<html><body><h1>Which pump for a small pond?</h1>
            <p>Registered: 04.02.2011, 09:15</p><p>Post by pondfan » 21.03.2013, 18:40</p>
            <p>My pond holds about two thousand litres. Which pump would you recommend?</p></body></html>"#,
        );
        let p = published(&d, "Which pump for a small pond?").unwrap();
        assert_eq!(p.date(), "2013-03-21");
    }

    #[test]
    fn a_dateline_opening_the_story_outranks_an_unlabelled_time() {
        let d = page(
            r#"<html><body><h1>Dunes project wins award</h1><p><time datetime="2024-06-03T10:00:00+02:00">3 June</time></p>
            <p>Westport, 30 May 2024 – The dune restoration project on the north beach won the regional nature prize on Thursday evening.</p>
            <p>Volunteers planted grass on the dunes for three years.</p></body></html>"#,
        );
        let p = published(&d, "Dunes project wins award").unwrap();
        assert_eq!(p.date(), "2024-05-30");
        let open = |l: &str| opens_with_dateline(l, &find_dates(l)[0]);
        assert!(open(
            "(30.05.2024) The dune project won the prize on Thursday."
        ));
        assert!(open(
            "30 May 2024. The dune project won the prize on Thursday."
        ));
        assert!(!open(
            "30 May 2024: the day the dune project won the prize."
        ));
        assert!(!open(
            "On Thursday 30 May 2024 the dune project won the prize."
        ));
    }

    #[test]
    fn nothing_is_published_after_its_shown_update() {
        let d = page(
            r#"<html><head><meta name="date" content="2021-05-12T11:52:23"></head><body>
            <h1>Tram line closed for repairs</h1><p>Stand: 11.05.2021 18:00 Uhr</p>
            <p>The tram line to the harbour is closed until the end of the month for track repairs.</p></body></html>"#,
        );
        let p = published(&d, "Tram line closed for repairs").unwrap();
        assert_eq!(p.date(), "2021-05-11");
    }

    #[test]
    fn separators_in_a_date_line_are_no_words() {
        let d = page(
            r#"<html><body><h1>Notes on moving a build to a new compiler</h1>
            <p>March 4, 2021 at 09:10 AM | tags: build, compilers | Comments</p>
            <p>The old compiler was released on June 5, 2015. Moving took most of the winter, and this post explains why.</p></body></html>"#,
        );
        let p = published(&d, "Notes on moving a build to a new compiler").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2021-03-04", "date_line"));
    }

    #[test]
    fn a_date_in_the_title_is_the_last_resort() {
        let d = page(
            r#"<html><head><title>Bear count: a record year (News of 14 January 2020)</title></head>
            <body><h1>Bear count: a record year</h1><p>Rangers counted more bears than ever.</p></body></html>"#,
        );
        let p = published(&d, "Bear count: a record year").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2020-01-14", "title"));
    }

    #[test]
    fn the_page_state_in_a_script_dates_a_page_without_other_dates() {
        let d = page(
            r#"<html><head><script>window.__STATE__ = {"users":[{"createdAt":"2015-02-01T10:00:00Z"},
            {"createdAt":"2016-02-01T10:00:00Z"},{"createdAt":"2017-02-01T10:00:00Z"},
            {"createdAt":"2018-02-01T10:00:00Z"},{"createdAt":"2019-02-01T10:00:00Z"}],
            "post":{"title":"Lake trout return","publishedAt":"2021-06-09T07:30:00+02:00"}};</script>
            </head><body><h1>Lake trout return</h1><p>Anglers report the first trout in years.</p></body></html>"#,
        );
        let p = published(&d, "Lake trout return").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2021-06-09", "script"));
        assert!(p.evidence.starts_with("publishedAt: "), "{}", p.evidence);
        // A creation key serves only when no publication key is there; escaped state too.
        let d = page(
            r#"<html><head><script>var s = "{\"createdAt\":\"2022-03-04T09:00:00Z\"}";</script>
            </head><body><h1>Ferry timetable</h1><p>The ferry runs hourly.</p></body></html>"#,
        );
        let p = published(&d, "Ferry timetable").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-03-04", "script"));
        // Any date the page shows or marks up comes first.
        let d = page(
            r#"<html><head><meta property="article:published_time" content="2023-01-05">
            <script>var s = {"publishedAt":"2020-01-01"};</script></head>
            <body><h1>Snow day</h1><p>Schools closed.</p></body></html>"#,
        );
        let p = published(&d, "Snow day").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2023-01-05", "meta"));
    }

    #[test]
    fn a_shown_local_day_keeps_a_utc_time_on_it() {
        let d = page(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished":"2023-10-21T03:00:00Z"}</script><meta name="datepublished" content="2023-10-20">
            </head><body><h1>Choir sings at the old mill</h1><p>Mara Holm 21.10.2023, 05:00 Uhr</p>
            <p>The town choir gave its autumn concert in the old mill on Friday night.</p></body></html>"#,
        );
        let p = published(&d, "Choir sings at the old mill").unwrap();
        assert_eq!(p.date(), "2023-10-21");
    }

    #[test]
    fn a_local_time_element_settles_the_day_of_a_utc_time_near_midnight() {
        let d = page(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished":"Thu, 09 Mar 2023 01:10:00 GMT"}</script></head><body>
            <h1>Council votes on the new bus lanes</h1>
            <p>The council voted late on Wednesday evening on the new bus lanes downtown.</p>
            <p>By Ana Ruiz <time datetime="2023-03-08T22:10:00-03:00">22:10</time></p></body></html>"#,
        );
        let p = published(&d, "Council votes on the new bus lanes").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2023-03-08", "time"));
    }

    #[test]
    fn a_last_changed_footer_dates_a_page_with_only_event_dates() {
        let d = page(
            "<html><body><h1>Monthly meeting of the garden club</h1>\
             <p>The next meeting is on Wed. 12. Februar 2020 at the old school.</p>\
             <footer><p>Diese Seite wurde zuletzt am 3. Februar 2020 um 10:02 Uhr geändert.</p>\
             </footer></body></html>",
        );
        let p = published(&d, "Monthly meeting of the garden club").unwrap();
        assert_eq!((p.date(), p.role.as_str()), ("2020-02-03", "modified"));
    }

    #[test]
    fn an_embedded_post_signature_is_no_date_line() {
        let d = page(
            "<html><body><h1>Council votes on the new bus lanes</h1><p>8 March 2023</p>\
             <blockquote><p>Bus lanes now!</p>— Ann Lee (@annlee_bus) March 9, 2023</blockquote>\
             <p>The council voted on the new bus lanes downtown.</p></body></html>",
        );
        let latest = Date::constant(2025, 1, 1);
        let c = candidates(
            &d,
            &[],
            Some("Council votes on the new bus lanes"),
            Plausible { latest },
            &[],
        );
        assert!(c.iter().all(|c| c.date() != "2023-03-09"));
    }

    #[test]
    fn a_range_of_days_is_no_date_line() {
        for range in [
            "Weekly report 6. - 12. März 2023",
            "Fair 10.03.2023 – 12.03.2023",
        ] {
            let d = page(&format!(
                "<html><body><h1>Snow report for the northern ridges</h1><p>{range}</p>\
                 <p>13.03.2023</p><p>Snow fell on all northern ridges this week.</p></body></html>"
            ));
            let p = published(&d, "Snow report for the northern ridges").unwrap();
            assert_eq!(
                (p.date(), p.source.as_str()),
                ("2023-03-13", "date_line"),
                "{range}"
            );
        }
        assert!(opens_range(
            "3-5 May 2022",
            &labelled_dates_all("3-5 May 2022")
        ));
        let slot = "Webinar 7.2.23, 14:00-15:30 Uhr";
        assert!(opens_range(slot, &labelled_dates_all(slot)));
        let stamp = "7.2.23, 14:00 Uhr - Anna Berg";
        assert!(!opens_range(stamp, &labelled_dates_all(stamp)));
        assert!(!opens_range(
            "5 May 2022 - 10:00",
            &labelled_dates_all("5 May 2022 - 10:00")
        ));
        let two = "Published 5 May 2022 | Updated 6 May 2022";
        assert!(!opens_range(two, &labelled_dates_all(two)));
    }

    #[test]
    fn a_label_inside_a_sentence_dates_what_the_sentence_is_about() {
        let label = |line: &str| labelled_dates_all(line).first().and_then(|(_, l)| *l);
        // Metadata labels open their line or its part, and the line ends at the date or a time.
        assert_eq!(label("Published: March 5, 2024"), Some(Label::Published));
        assert_eq!(
            label("Last updated on March 5, 2024 at 10:15 a.m. ET"),
            Some(Label::Modified)
        );
        assert_eq!(
            label("By Ann Lee | Published March 5, 2024"),
            Some(Label::Published)
        );
        assert_eq!(
            label("Posted by Ann Lee on March 5, 2024"),
            Some(Label::Published)
        );
        // In a sentence, also one wrapped at 72 columns, the label is the story's own word.
        assert_eq!(
            label("The state report was released on September 30, 2015."),
            None
        );
        assert_eq!(
            label("report, which was published on May 2, 2019, after new samples from"),
            None
        );
        assert_eq!(label("The first plan was updated on June 2, 2023."), None);
        // Labels that say a date is someone else's stay, to be left out.
        assert!(labelled_dates_all("Registered: 18.09.2008").is_empty());
    }

    #[test]
    fn a_shown_update_leaves_the_publication_day_the_url_names() {
        let d = page(
            r#"<html><head><link rel="canonical" href="https://ledger.example/news/2024/11/02/pier-closes"><meta property="article:published_time" content="2024-11-02T09:00:00+00:00"><meta property="article:modified_time" content="2024-11-20T08:00:00+00:00"></head><body><h1>Pier closes for the winter</h1><p>Updated November 20, 2024</p><p>The pier closed on Saturday for repairs, the council said.</p></body></html>"#,
        );
        let e = crate::extract(&d, &crate::Hint::default());
        assert_eq!(e.published.expect("a date").date(), "2024-11-02");
        assert_eq!(e.updated.expect("an update").date(), "2024-11-20");
    }

    /// A `<time>` in reader comments or in a list of other stories dates that comment or
    /// story: a page whose only dates stand there has no publication date, and the article's
    /// own `<time>` after a teaser list is still the first one.
    #[test]
    fn times_in_comments_and_story_lists_are_not_the_article_date() {
        let only_comments = page(
            r#"<html><body><h1>Lantern festival moves to the quay</h1><p>By Ivo Castellane</p><p>The festival will move to the quay this year, the organisers said on Monday.</p><div id="comments"><h3>2 Comments</h3><ol class="comment-list"><li class="comment"><b class="fn">Pell Marrow</b> <time datetime="2026-10-05T15:12:00+00:00">October 5, 2026</time><p>Good news.</p></li></ol></div></body></html>"#,
        );
        let e = crate::extract(&only_comments, &crate::Hint::default());
        assert!(e.published.is_none(), "{:?}", e.published);
        let teasers_first = page(
            r#"<html><body><div class="related-posts"><h3>Related stories</h3><ul><li><a href="/a">Quay lights repaired</a> <time datetime="2026-09-20">Sept 20</time></li><li><a href="/b">Boats return</a> <time datetime="2026-09-18">Sept 18</time></li></ul></div><article><h1>Lantern festival moves to the quay</h1><time datetime="2026-10-02">October 2, 2026</time><p>The festival will move to the quay this year, the organisers said on Monday.</p></article></body></html>"#,
        );
        let e = crate::extract(&teasers_first, &crate::Hint::default());
        assert_eq!(e.published.expect("a date").date(), "2026-10-02");
        assert!(
            teasers_first
                .html
                .times
                .iter()
                .filter(|t| t.foreign)
                .count()
                == 2
        );
        // A short page whose comment thread the content analysis takes for its text: the
        // thread's markup still names it, and its `<time>` stays the comment's.
        let short = page(
            r#"<html><body><h1>Ferry fares rise</h1><p>By Ivo Castellane</p><p>The board voted on Monday night to raise ferry fares, the harbour master said.</p><div id="comments"><h3>2 Comments</h3><ol class="comment-list"><li class="comment"><b class="fn">Martin Quellbrook</b> <time datetime="2026-10-05T15:12:00+00:00">October 5, 2026</time><p>About time.</p></li></ol></div></body></html>"#,
        );
        assert!(!short.html.times.is_empty());
        assert!(short.html.times.iter().all(|t| t.foreign));
    }

    /// A dateline's month and day takes the year that puts it at or before the crawl date, and
    /// "Posted 2 days ago" / "Updated 3 hours ago" count back from it, only where the page
    /// writes out no date of that kind.
    #[test]
    fn dates_relative_to_the_crawl_resolve_against_the_crawl_date() {
        let reference = Date::constant(2026, 1, 10);
        assert_eq!(
            yearless_day("Jan 9", reference),
            Some(Date::constant(2026, 1, 9))
        );
        assert_eq!(
            yearless_day("Dec 28", reference),
            Some(Date::constant(2025, 12, 28))
        );
        assert_eq!(
            yearless_day("8 janvier", reference),
            Some(Date::constant(2026, 1, 8))
        );
        // The day after the crawl would be nearly a year back: none.
        assert_eq!(yearless_day("Jan 11", reference), None);
        assert_eq!(yearless_day("Feb 30", reference), None);
        assert_eq!(yearless_day("Nov", reference), None);
        assert_eq!(
            relative_day("Posted 2 days ago", reference),
            Some(("published", Date::constant(2026, 1, 8)))
        );
        assert_eq!(
            relative_day("Updated: 3 hours ago", reference),
            Some(("modified", reference))
        );
        assert_eq!(
            relative_day("a week ago by editor", reference),
            Some(("published", Date::constant(2026, 1, 3)))
        );
        assert_eq!(
            relative_day("Yesterday at 9:12", reference),
            Some(("published", Date::constant(2026, 1, 9)))
        );
        assert_eq!(
            relative_day("Updated today, 14:05", reference),
            Some(("modified", reference))
        );
        assert_eq!(relative_day("Today", reference), None);
        assert_eq!(relative_day("Yesterday's papers", reference), None);
        assert_eq!(relative_day("3 months ago", reference), None);
        assert_eq!(relative_day("He left 2 days ago", reference), None);

        let hint = crate::Hint {
            crawl_date: Some(reference),
            ..crate::Hint::default()
        };
        let text = |s: &str| crate::text::parse(s, "UTF-8", vec![]);
        let body = "The harbour board kept its mooring fees unchanged for the third year running, its chair Tamsin Vell said.";
        let e = crate::extract(
            &text(&format!(
                "Fees held at Pellin harbour\n\nKERROWAY, Jan 9 (Reuters) - {body}\n"
            )),
            &hint,
        );
        let p = e.published.expect("a dateline date");
        assert_eq!(
            (p.value.as_str(), p.source.as_str()),
            ("2026-01-09", "dateline")
        );
        let e = crate::extract(
            &text(&format!(
                "Fees held at Pellin harbour\n\nJan 9 (Reuters) - {body}\n"
            )),
            &hint,
        );
        assert_eq!(e.published.expect("a dateline date").value, "2026-01-09");
        let e = crate::extract(
            &text(&format!(
                "Fees held at Pellin harbour\nPosted 2 days ago\n\n{body}\n"
            )),
            &hint,
        );
        let p = e.published.expect("a relative date");
        assert_eq!(
            (p.value.as_str(), p.source.as_str()),
            ("2026-01-08", "relative")
        );
        // A date the page writes out wins; the relative update stands beside it.
        let e = crate::extract(
            &text(&format!("Fees held at Pellin harbour\nBy Tamsin Vell · January 5, 2026 · Updated 3 hours ago\n\nKERROWAY, Jan 9 (Reuters) - {body}\n")),
            &hint,
        );
        assert_eq!(e.published.expect("the written date").value, "2026-01-05");
        let u = e.updated.expect("the relative update");
        assert_eq!(
            (u.value.as_str(), u.source.as_str()),
            ("2026-01-10", "relative")
        );
    }

    #[test]
    fn a_prose_label_gives_way_to_the_date_line() {
        let d = crate::text::parse(
            "Calloway report faults dam owners\nBy Ann Lee\nMarch 5, 2024\n\nThe state report was released on September 30, 2015.\n",
            "UTF-8",
            vec![],
        );
        let e = crate::extract(&d, &crate::Hint::default());
        let p = e.published.expect("a date");
        assert_eq!(
            (p.value.as_str(), p.source.as_str()),
            ("2024-03-05", "date_line")
        );
    }

    #[test]
    fn a_date_only_dateline_has_a_month_word_of_three_to_nine_letters() {
        let date = |l: &str| date_only_dateline(l).map(str::to_string);
        assert_eq!(
            date("Nov 23 (Wirefox) - Shares in Brackenford rose."),
            Some("Nov 23".into())
        );
        assert_eq!(
            date("23 nov. (Wirefox) - Las acciones subieron."),
            Some("23 nov.".into())
        );
        assert_eq!(
            date("September 3 (Wirefox) - Shares rose."),
            Some("September 3".into())
        );
        assert_eq!(
            date("3 сентября (Wirefox) - Акции выросли."),
            Some("3 сентября".into())
        );
        // Two letters, or ten, are no month.
        assert_eq!(date("No 23 (Wirefox) - Shares rose."), None);
        assert_eq!(date("Septembers 3 (Wirefox) - Shares rose."), None);
        assert_eq!(date("3 Septembers (Wirefox) - Shares rose."), None);
        assert_eq!(date("Brackenford 3 (Wirefox) - Shares rose."), None);
    }

    /// A post stamped with its month and day and no year ("November 22 at 4:31 PM ·", as a
    /// social platform's page shows it) is dated the most recent such day up to the crawl; a
    /// year-less day in a sentence, or a score line, is not.
    #[test]
    fn a_yearless_post_stamp_in_the_header_is_resolved_against_the_crawl() {
        let reference = Date::constant(2026, 11, 24);
        let resolved = |text: &str| {
            let d = crate::text::parse(text, "UTF-8", vec![]);
            crawl_resolved(&d, 1, None, reference, false)
                .into_iter()
                .map(|c| (c.role, c.value))
                .collect::<Vec<_>>()
        };
        let post = |stamp: &str| {
            format!("Greendale County Sheriff's Office\n{stamp}\n\nMISSING PERSON LOCATED SAFE\nThe man was found on Sunday.\n")
        };
        for (stamp, day) in [
            ("November 22 at 4:31 PM ·", "2026-11-22"),
            ("Nov 22, 16:31", "2026-11-22"),
            ("22 November at 16:31", "2026-11-22"),
            ("Posted October 3", "2026-10-03"),
        ] {
            assert_eq!(
                resolved(&post(stamp)),
                vec![("published".to_string(), day.to_string())],
                "{stamp}"
            );
        }
        assert_eq!(
            resolved(&post("Updated: Nov 23 at 9:05 AM")),
            vec![("modified".to_string(), "2026-11-23".to_string())]
        );
        for line in [
            "The fair opens November 22 at the park.",
            "Rovers 3 Town 22",
            "Route 22",
            "13 August",
        ] {
            assert!(resolved(&post(line)).is_empty(), "{line}");
        }
    }

    /// A dateline that writes its year after the day ("ORVEL, Norvland, March 5, 2025 /Wire/
    /// --") is dated that year, not the crawl date's; a yearless one still resolves.
    #[test]
    fn a_dateline_with_its_year_written_is_dated_that_year() {
        let reference = Date::constant(2026, 11, 24);
        let resolve = |text: &str, date_text: &str| {
            let d = crate::text::parse(text, "UTF-8", vec![]);
            let dl = crate::model::Dateline {
                place: "ORVEL".into(),
                agency: None,
                date_text: Some(date_text.into()),
                line: 2,
                distributor: None,
            };
            crawl_resolved(&d, 1, Some(&dl), reference, false)
                .into_iter()
                .find(|c| c.source == "dateline")
                .map(|c| c.value)
        };
        let head = "Orchard growers settle frost claims\n";
        assert_eq!(
            resolve(
                &format!("{head}ORVEL, Norvland, March 5, 2025 /Farmwire/ -- Growers settled.\n"),
                "March 5"
            ),
            Some("2025-03-05".into())
        );
        assert_eq!(
            resolve(
                &format!("{head}ORVEL, 5 March 2024 (Farmwire) - Growers settled.\n"),
                "5 March"
            ),
            Some("2024-03-05".into())
        );
        assert_eq!(
            resolve(
                &format!("{head}ORVEL, March 5 (Farmwire) - Growers settled.\n"),
                "March 5"
            ),
            Some("2026-03-05".into())
        );
        // A year after the crawl is no year to trust.
        assert_eq!(
            resolve(
                &format!("{head}ORVEL, March 5, 2027 /Farmwire/ -- Growers settled.\n"),
                "March 5"
            ),
            None
        );
        assert_eq!(
            written_year_after("ORVEL, March 5, 20251 --", "March 5"),
            None
        );
    }

    #[test]
    fn a_relative_day_names_its_poster_in_at_most_forty_characters() {
        let reference = Date::constant(2026, 3, 10);
        let day = |l: &str| relative_day(l, reference).map(|(_, d)| d.to_string());
        assert_eq!(
            day("Posted 2 days ago by Ann Vell"),
            Some("2026-03-08".into())
        );
        assert_eq!(
            day(&format!("Posted 2 days ago by   {}", "a".repeat(40))),
            Some("2026-03-08".into())
        );
        assert_eq!(
            day(&format!("Posted 2 days ago by {}", "a".repeat(41))),
            None
        );
        assert_eq!(day("Posted 2 days ago by Ann 2"), None);
    }

    fn labelled_dates_all(line: &str) -> Vec<(FoundDate, Option<Label>)> {
        let latest = Date::constant(2025, 1, 1);
        labelled_dates(line, SlashOrder::DayFirst, Plausible { latest })
    }

    #[test]
    fn an_empty_page_has_no_header_line_to_fail_on() {
        let d = page("<html><head><title>Only a title here</title></head><body></body></html>");
        let latest = Date::constant(2025, 1, 1);
        assert!(candidates(
            &d,
            &[],
            Some("Only a title here"),
            Plausible { latest },
            &[]
        )
        .is_empty());
    }

    #[test]
    fn the_headline_in_the_article_anchors_the_date_line() {
        // A print header repeating the title long before the article must not pull the header
        // window away from the headline and its date line.
        let mut html = String::from(
            r#"<html><head><meta name="dc.date" content="2022-03-01"></head><body>
            <aside><p>Otters return to the upper valley | Valley Gazette</p></aside>"#,
        );
        for i in 0..40 {
            html.push_str(&format!(
                "<p>Filler paragraph number {i} about other matters.</p>"
            ));
        }
        html.push_str(
            "<h1>Otters return to the upper valley</h1><p>Intro line.</p><p>07.03.2022 10</p>\
             <p>Otters have been seen again in the upper valley after twenty years.</p></body></html>",
        );
        let p = published(&page(&html), "Otters return to the upper valley").unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-03-07", "date_line"));
        // So does the title with the site's name after it.
        let title = "Otters return to the upper valley | Valley Gazette";
        let p = published(&page(&html), title).unwrap();
        assert_eq!((p.date(), p.source.as_str()), ("2022-03-07", "date_line"));
    }

    #[test]
    fn a_differently_worded_heading_anchors_the_date_line() {
        let mut html = String::from("<html><body>");
        for i in 0..40 {
            html.push_str(&format!(
                "<p>Filler paragraph number {i} about other matters.</p>"
            ));
        }
        html.push_str(
            "<h1>Mayor plans to close the old harbour bridge to cars next spring</h1>\
             <p>14/05/2021 09:30</p><p>The mayor wants the bridge closed to cars.</p></body></html>",
        );
        let d = page(&html);
        let title = "Mayor plans to close harbour bridge to cars";
        assert_eq!(header_line(&d, Some(title)), 41);
        let latest = Date::constant(2025, 1, 1);
        let c = candidates(&d, &[], Some(title), Plausible { latest }, &[]);
        assert!(c
            .iter()
            .any(|c| c.source == "date_line" && c.date() == "2021-05-14"));
    }

    /// A text's date line keeps the time of day it writes (with the offset of a zone it names),
    /// so an update later on the day of publication is reported; an update at the same time,
    /// or on a line without times, is none.
    #[test]
    fn a_date_lines_time_of_day_tells_a_same_day_update() {
        let run = |header: &str| {
            let text = format!("Gale topples the Orrin Quay crane\n\nBy Tessa Marlowe\n{header}\n\nORRIN — A crane on the quay fell in a gale on Tuesday night, the port said.\n");
            let x = crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            );
            (x.published.map(|d| d.value), x.updated.map(|d| d.value))
        };
        let some = |v: &str| Some(v.to_string());
        for (header, published, updated) in [
            (
                "Published 9:05 a.m. CT March 3, 2026 | Updated 4:40 p.m. CT March 3, 2026",
                some("2026-03-03T09:05:00-06:00"),
                some("2026-03-03T16:40:00-06:00"),
            ),
            (
                "Published 9:05 a.m. ET June 3, 2026\nUpdated 4:40 p.m. ET June 3, 2026",
                some("2026-06-03T09:05:00-04:00"),
                some("2026-06-03T16:40:00-04:00"),
            ),
            (
                "Published: 3 June 2026, 09:05 | Updated: 3 June 2026, 16:40",
                some("2026-06-03T09:05:00"),
                some("2026-06-03T16:40:00"),
            ),
            (
                "Published 9:05 a.m. GMT June 3, 2026 | Updated 9:05 a.m. GMT June 3, 2026",
                some("2026-06-03T09:05:00+00:00"),
                None,
            ),
            (
                "Published June 3, 2026 | Updated June 3, 2026",
                some("2026-06-03"),
                None,
            ),
        ] {
            assert_eq!(run(header), (published, updated), "{header}");
        }
    }

    /// An update line under the headline that writes only a time ("Updated at 3:40 p.m.") is
    /// the publication's day at that time, when later than the publication's time; without a
    /// publication time, or at an earlier one, it gives no update.
    #[test]
    fn a_time_only_update_line_is_on_the_day_of_publication() {
        let run = |header: &str| {
            let text = format!("Gale topples the Orrin Quay crane\nBy Tessa Marlowe\n{header}\n\nORRIN — A crane on the quay fell in a gale on Tuesday night, the port said.\n\nNo one was hurt.\n");
            let x = crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            );
            assert!(
                !x.body_text.contains("Updated"),
                "{header}: {}",
                x.body_text
            );
            (x.published.map(|d| d.value), x.updated.map(|d| d.value))
        };
        let some = |v: &str| Some(v.to_string());
        for (header, published, updated) in [
            (
                "Published 9:05 a.m. CT March 3, 2026\nUpdated at 3:40 p.m.",
                some("2026-03-03T09:05:00-06:00"),
                some("2026-03-03T15:40:00-06:00"),
            ),
            (
                "Published: 3 June 2026, 09:05\nUpdated 15:40",
                some("2026-06-03T09:05:00"),
                some("2026-06-03T15:40:00"),
            ),
            (
                "Published 9:05 a.m. ET June 3, 2026 | Last updated: 3:40 PM ET",
                some("2026-06-03T09:05:00-04:00"),
                some("2026-06-03T15:40:00-04:00"),
            ),
        ] {
            assert_eq!(run(header), (published, updated), "{header}");
        }
        // Earlier than the publication's time, the same time, or a publication without one,
        // or one stated in UTC while the update names no zone: no update.
        for (header, published) in [
            (
                "Published: 3 June 2026, 16:05\nUpdated 15:40",
                "2026-06-03T16:05:00",
            ),
            (
                "Published: 3 June 2026, 15:40\nUpdated 15:40",
                "2026-06-03T15:40:00",
            ),
            ("Published 3 June 2026\nUpdated at 3:40 p.m.", "2026-06-03"),
            (
                "Published 9:05 a.m. GMT June 3, 2026\nUpdated at 3:40 p.m.",
                "2026-06-03T09:05:00+00:00",
            ),
        ] {
            let text = format!("Gale topples the Orrin Quay crane\nBy Tessa Marlowe\n{header}\n\nORRIN — A crane on the quay fell in a gale on Tuesday night, the port said.\n");
            let x = crate::extract(
                &crate::text::parse(&text, "UTF-8", vec![]),
                &crate::Hint::default(),
            );
            assert_eq!(
                x.published.map(|d| d.value).as_deref(),
                Some(published),
                "{header}"
            );
            assert_eq!(x.updated, None, "{header}");
        }
        // The markup's publication time, a page's update line under its headline.
        let page = r#"<html><head><meta property="article:published_time" content="2026-03-03T09:05:00-06:00"></head><body><article><h1>Gale topples the Orrin Quay crane</h1><p class="byline">By Tessa Marlowe</p><p>Updated 15:40</p><p>A crane on the quay fell in a gale on Tuesday night, the port said. No one was hurt, and the quay reopened in the morning.</p></article></body></html>"#;
        let doc = crate::read(page.as_bytes(), &crate::Hint::default()).expect("an HTML page");
        let x = crate::extract(&doc, &crate::Hint::default());
        assert_eq!(
            x.updated.map(|d| d.value).as_deref(),
            Some("2026-03-03T15:40:00-06:00")
        );
        // A sentence that says when something was updated is no update line.
        let text = "Gale topples the Orrin Quay crane\nPublished: 3 June 2026, 09:05\n\nThe port updated its notice at 15:40, after the crane fell.\n";
        let x = crate::extract(
            &crate::text::parse(text, "UTF-8", vec![]),
            &crate::Hint::default(),
        );
        assert_eq!(x.updated, None);
    }

    #[test]
    fn compact_meta_value() {
        assert_eq!(parse_value("20231123").unwrap().value, "2023-11-23");
    }
}
