//! Authors: from JSON-LD, meta tags, byline elements and "By ..." lines, filtered hard.
//!
//! Precision over recall: users of metadata extractors complain most about site names, dates,
//! "Staff" and feed names returned as authors. A candidate that does not look like a person's
//! name is dropped; an empty byline is better than a wrong one.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::agency::pieces_upto;
use crate::lexicon::{alnum_key, name_key, Lexicons};
use crate::model::{BlockKind, Byline, Document};
use crate::Trim;

static BY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[-–—|•·]+\s*)?(?:(?:{BY_WORDS})\s*:?\s+|(?:{CJK_BY_WORDS})\s*[:：]?\s*)(?P<names>.{{2,160}})$"
    ))
    .expect("valid regex")
});
/// A whole line that labels its author: "Author: Jane Doe", "Autorin: Jane Doe", a reporter's
/// credit under an Indonesian or Turkish story ("Pewarta: Dewi Lestari", "Haber: Ayşe Demir",
/// "Muhabir: ..."). The names'
/// upper bound of 60 characters is checked after the match (`label_line_names`), not by
/// `[^|:]{4,60}`: the label and the colon have one parse, and the white space after the colon
/// goes to the names only as far as needed to reach 4 characters, so the bounded pattern took
/// the same names exactly when they are at most 60 characters (a far smaller automaton).
static LABEL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:autor(?:in)?|author|auteur|verfasser(?:in)?|pewarta|haber|muhabir)\s*:\s*(?P<names>[^|:]{4,})$")
        .expect("valid regex")
});
/// The names of a [`LABEL_LINE`] line, when they are at most 60 characters.
fn label_line_names(line: &str) -> Option<&str> {
    let names = LABEL_LINE.captures(line)?.name("names")?.as_str();
    (names.chars().count() <= 60).then_some(names)
}
/// The names of a [`LABEL_LINE`] line whose text runs on past them, cut where a byline ends: a
/// note in parentheses, a separator or a date ("Autor: Ann Lee (Gastbeitrag), Rednerin bei
/// example.org"). At most 60 characters of names, as [`label_line_names`].
fn label_line_names_before_end(line: &str) -> Option<String> {
    let names = LABEL_LINE.captures(line)?.name("names")?.as_str();
    let end = BYLINE_END_START.find(names)?.start();
    let cut = names[..end].trim_fast();
    (4..=60)
        .contains(&cut.chars().count())
        .then(|| cut.to_string())
}
/// A line of a fact box about a book or a product: "Title: ...", "Verlag: ...", "ISBN ...".
static WORK_FACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:(?:original|dt\.|deutscher)?\s*(?:titel|title|verlag|publisher|seiten|pages|preis|price|genre|erscheinungsjahr|erschienen|isbn|éditeur|editorial))\s*:")
        .expect("valid regex")
});
/// Words that introduce a byline, in the languages of the pages we read: "By", "Posted by",
/// "Compiled by", "Eingestellt von", "Publié par", "Autor:", "Автор:", Turkish "Yazar:",
/// "Muhabir:" (reporter) and "Haber:" (news, as a credit: with its colon only, the word being a
/// common noun), Indonesian "Oleh" and "Pewarta:" (reporter; the "Editor:" under it is no
/// author), "بقلم:", "מאת:", "लेखक:", Scandinavian "Av"/"Af" and Greek "Του"/"Της" (the name
/// after them is in the genitive, kept as written). The short ones are case-sensitive: "av",
/// "af" and "oleh" open sentences in lower case.
const BY_WORDS: &str = r"(?i:(?:posted|written|published|created|submitted|reported|compiled|story|words|blog\s+entry|opinion|analysis|commentary|column|essay|review|interview)\s+by|words\s*:|haber\s*:|pewarta\s*:|(?:eingestellt|veröffentlicht|geschrieben|verfasst|erstellt)\s+von|(?:publié|écrit|rédigé)\s+par|(?:escrito|publicado)\s+por|scritto\s+da|(?:eine?\s+|blog\s*)?(?:beitrag|artikel|gastbeitrag|kolumne|kommentar|glosse|reportage)\s+von|text\s+von|autor(?:in)?|author|auteur|(?:dc[:.])?creator|text|texte|автор|корреспондент|yazar|muhabir|penulis|بقلم|מאת|लेखक)|By|BY|by|Von|VON|von|Par|par|Por|por|Di|di|Door|Oleh|OLEH|Av|AV|Af|AF|Του|Της|ΤΟΥ|ΤΗΣ";
/// Byline labels of Chinese and Japanese ("作者：", "記者："), which may stand glued to the name:
/// these scripts put no space between words.
const CJK_BY_WORDS: &str = "作者|記者|记者|撰文|撰稿";
/// A byline's label at the start of a text ("By ", "Autor: ", "— By "), also glued to the name
/// as some templates render it ("AuthorJane Doe").
static BY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[-–—|•·]+\s*)?(?:(?:{BY_WORDS})(?:\s*:\s*|\s+)|(?:{CJK_BY_WORDS})\s*[:：]?\s*)"
    ))
    .expect("valid regex")
});
/// A label that themes put before the "By" of a byline, often for screen readers only:
/// "Post author By Jane Doe", "Article author: By Jane Doe".
static AUTHOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:(?:(?:post|article|entry|story)\s+author)\s*:?\s+|interview\s*:\s*)")
        .expect("valid regex")
});
/// The text of a link to an author's other work: "Alle Artikel von Jane Doe", "More by Jane Doe".
static MORE_BY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:(?:zeige\s+)?(?:alle|weitere|mehr)(?:\s+(?:artikel|beiträge|texte|posts))?\s+von|alles\s+von|(?:view\s+|see\s+)?(?:all|more)(?:\s+(?:articles|posts|stories))?\s+(?:by|from)|tous\s+les\s+articles\s+de|plus\s+d'articles\s+de)\s+")
        .expect("valid regex")
});
static GLUED_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:Author|Autor|Auteur|Von|By)\p{Lu}").expect("valid regex"));
/// Where a byline's names end: a date or time (its month first too: "By Ann Lee Nov. 19, 2026"),
/// a separator before other metadata, an
/// "Updated" or "Published" label run into the line ("By Ann Lee Updated 3:14 PM EST ..."), the credit
/// of another role ("Text von Ann Lee Illustration von Tom Vane", "By Ann Lee, photos by ...").
/// [`BYLINE_END`] is this and the rest of the text; [`BYLINE_END_START`] this alone.
const BYLINE_END_AT: &str = r"(?:\s+\d|\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*\d)|\s[|•·–—]\s|\s-\s|\s/\s|\s+[|•·–—/-]\s*$|\s*\(.*|\s+(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)(?:\s|:|$)|\s+(?:on|am|le|el|il|op)\s+\p{L}+\.?,?\s+\d|\s+(?:le|am|um|on|at|el|il|à|op)\s*$|\s+(?:le|am|um|on|at|el|il|à|op)\s+\d|(?i:\s(?:alle|weitere|all|more|view\s+all|see\s+all)\s+(?:artikel|articles|posts|beiträge|stories)\b)|(?i:\s*[,;]?\s+(?:illustrations?|fotos?|photos?|photographs?|photography|bilder|grafiken?|images?|video)\s*(?::|(?:von|by|par|de)\s)))";
static BYLINE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{BYLINE_END_AT}.*$")).expect("valid regex"));
/// Where [`BYLINE_END`] starts in a text of one line. `.*$` then takes the rest of the text
/// whatever it holds but a line break, so the leftmost match of both begins at the same place.
/// Without the tail the search stops just past where the names end; with it, it ran on to the
/// text's end and back again (two passes over a line of prose that opens with "By").
static BYLINE_END_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(BYLINE_END_AT).expect("valid regex"));
/// A site named for its owner: "Jane Doe's Blog", "Jane Does' Notes".
static SITE_OWNER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(.+?)['’]s?\s+\p{L}").expect("valid regex"));
/// Common given names, lower-cased (`data/lexicons/given_names.txt`): a site named like a person
/// on the domain that spells the name is a person's site when the name opens with one.
static GIVEN_NAMES: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::data_lines(include_str!("../../../data/lexicons/given_names.txt"))
        .flat_map(str::split_whitespace)
        .collect()
});
/// Whether `word` is a common given name ([`GIVEN_NAMES`]) whatever its case, and whatever its
/// diacritics where the list writes the name without them ("Siobhán", "JOSÉ").
fn is_given_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    GIVEN_NAMES.contains(lower.as_str())
        || (!lower.is_ascii() && GIVEN_NAMES.contains(crate::lexicon::name_key(&lower).as_str()))
}
/// The characters of a social-media handle after its `@` (counted by [`without_handles`]).
static HANDLE_CHARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\w.]+$").expect("valid regex"));

/// `t` without the social-media handles after the name ("Jane Doe @janedoe": the same person,
/// not a second), as `(?:\s+@[\w.]{2,30})+\s*$` replaced by nothing would leave it, but for white
/// space before them, which the caller trims. That regex's 30 copies of `\w` took 10 ms to
/// compile in every process. Its match is a run of whole white-space-separated words at the end,
/// each `@` and 2 to 30 word characters, with white space before the first.
fn without_handles(t: &str) -> &str {
    let mut end = t.trim_end().len();
    let mut cut = t.len();
    while let Some((at, c)) = t[..end]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
    {
        let word = &t[at + c.len_utf8()..end];
        let Some(handle) = word.strip_prefix('@') else {
            break;
        };
        if !(2..=30).contains(&handle.chars().count()) || !HANDLE_CHARS.is_match(handle) {
            break;
        }
        end = t[..at].trim_end().len();
        cut = end;
    }
    &t[..cut]
}
/// A Korean byline, the name before the word for reporter: "김민준 기자", "[한빛일보 김민준 기자]",
/// "김민준 기자 minjun@example.kr".
static KO_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*[\[(【]?(?:[^\s\]]{1,20}\s+)?(?P<names>\p{Hangul}{2,4})\s?기자(?:$|[\s\]=)】·,|/])",
    )
    .expect("valid regex")
});
/// A Chinese reporter's credit with the place reported from, at the head of the story:
/// "〔記者王怡君／台中報導〕" (Taiwanese papers), "【记者李明华/东江报道】".
static CJK_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[〔\[【(（](?:記者|记者)(?P<names>\p{Han}{2,4}(?:[、，]\p{Han}{2,4}){0,3})\s*[／/]\s*(?P<place>\p{Han}{2,8}?)(?:報導|报道|電|电)[〕\]】)）]")
        .expect("valid regex")
});
/// The names and the place of a [`CJK_REPORTER`] credit opening `line`.
pub(crate) fn cjk_reporter(line: &str) -> Option<(Vec<&str>, &str)> {
    if !line.trim_start().starts_with(['〔', '[', '【', '(', '（']) {
        return None;
    }
    let c = CJK_REPORTER.captures(line)?;
    let names = c.name("names")?.as_str().split(['、', '，']).collect();
    Some((names, c.name("place")?.as_str()))
}
/// A label of a Japanese credit and its separator: "文・" (text by), "文／", "文=", "文と写真・"
/// and "文・写真・" (text and pictures by), "写真・" (pictures by: a photo credit). The longer
/// labels first, so that "文・写真・" is not read as the text's label and a name "写真".
static JA_CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<label>文・写真|文と写真|写真・文|写真と文|文|写真)\s*[・／/=＝:：]\s*")
        .expect("valid regex")
});

/// A Japanese credit of a story's text or pictures: the writers and the photographers it names.
#[derive(Debug, PartialEq)]
pub(crate) struct JaCredit<'a> {
    /// Who wrote the text ("文・山田花子"; "文と写真・" names one person for both).
    pub(crate) writers: Vec<&'a str>,
    /// Who took the pictures ("写真・鈴木一郎").
    pub(crate) photographers: Vec<&'a str>,
    /// The credit is its line's only text; else it closes the line's last sentence ("...した。
    /// （文・山田花子）") and the line is prose too.
    pub(crate) alone: bool,
}

/// `line.contains('文') || line.contains("写真")`, looked for at the lead bytes of '文' and '写'.
fn holds_ja_credit_label(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(0xE6, 0xE5, b)
        .any(|i| b[i..].starts_with("文".as_bytes()) || b[i..].starts_with("写真".as_bytes()))
}

/// The Japanese credit of `line`: "（文・山田花子）", "（文／山田花子）", "（文＝山田花子、写真・鈴木一郎）"
/// in brackets, alone on the line or after its last sentence, or "文・山田花子" alone and bare.
/// Every part must be a label then names (`、` between two) that [`is_caseless_name`] takes; a
/// role after "＝" ("山田花子＝本紙記者") is cut. `None` when the line holds anything else.
pub(crate) fn ja_credit(line: &str) -> Option<JaCredit<'_>> {
    // Most lines hold neither label: the brackets and the regex are not looked at. Both are
    // found from their lead bytes (0xE6 of '文', 0xE5 of '写') by one SIMD scan: a substring
    // search for "写真" was set up for every line asked.
    if !holds_ja_credit_label(line) {
        return None;
    }
    let t = line.trim_fast();
    let (inner, alone) = match t.strip_suffix(['）', ')']) {
        Some(open) => {
            let at = open.rfind(['（', '('])?;
            let before = open[..at].trim_end();
            let closes_sentence =
                before.ends_with(['。', '」', '』', '！', '？', '!', '?', '.', '．']);
            if !before.is_empty() && !closes_sentence {
                return None;
            }
            let bracket = open[at..].chars().next()?;
            (&open[at + bracket.len_utf8()..], before.is_empty())
        }
        None => (t, true),
    };
    let labels: Vec<regex::Captures> = JA_CREDIT_LABEL.captures_iter(inner).collect();
    if labels.first()?.get(0)?.start() != 0 {
        return None;
    }
    let mut credit = JaCredit {
        writers: Vec::new(),
        photographers: Vec::new(),
        alone,
    };
    for (i, c) in labels.iter().enumerate() {
        let (whole, label) = (c.get(0)?, c.name("label")?.as_str());
        let end = labels.get(i + 1).map_or(inner.len(), |next| {
            next.get(0).map_or(inner.len(), |m| m.start())
        });
        // The names, without the separator before the next part and a role after "＝".
        let names = inner[whole.end()..end]
            .trim_end_matches(['、', '，', ',', ' ', '\u{3000}'])
            .split(['=', '＝'])
            .next()
            .unwrap_or("");
        for name in names.split(['、', '，']).map(str::trim) {
            if !is_caseless_name(name) {
                return None;
            }
            if label.contains('文') {
                credit.writers.push(name);
            }
            if label.contains("写真") {
                credit.photographers.push(name);
            }
        }
    }
    Some(credit)
}

/// How many of the story's last lines of text may hold its Japanese writer's credit: the credit,
/// and the pictures' credit or a note below it.
const JA_CREDIT_TAIL_LINES: usize = 3;

/// Tokens of a line that is a Korean byline and nothing else ("[한빛일보 김민준 기자]",
/// "김민준 기자 minjun@example.kr"); an ordinary sentence runs longer.
const KO_BYLINE_MAX_TOKENS: usize = 6;
/// Korean words that stand before "기자" in a sentence and name no one: time words ("이날 기자
/// 간담회에서", "at a press briefing that day"), pronouns, determiners and connectives, and the
/// kinds of reporter ("사진 기자", "a photo reporter"). Whole words, matched exactly.
const KO_NOT_A_NAME: &[&str] = &[
    "이날",
    "그날",
    "전날",
    "당일",
    "다음날",
    "이튿날",
    "오늘",
    "어제",
    "내일",
    "당시",
    "현재",
    "최근",
    "지난",
    "이번",
    "올해",
    "지난해",
    "작년",
    "금일",
    "이후",
    "한편",
    "또한",
    "이어",
    "이에",
    "이와",
    "그는",
    "그녀",
    "그녀는",
    "그가",
    "이들",
    "그들",
    "우리",
    "모든",
    "여러",
    "많은",
    "일부",
    "해당",
    "한국",
    "외국",
    "외신",
    "국내",
    "현지",
    "공동",
    "합동",
    "정례",
    "수많은",
    "담당",
    "전문",
    "방송",
    "일간",
    "주간",
    "여성",
    "남성",
    "청년",
    "신입",
    "경력",
    "스포츠",
    "정치",
    "경제",
    "사회",
    "문화",
    "국제",
    "출입",
    "전직",
    "현직",
    "동료",
    "소속",
];
/// Korean labels of the date after a byline ("김민준 기자 입력 2026.11.23 15:12", "input",
/// "edited", "approved", "registered"): the byline ends where they start.
const KO_DATE_LABELS: &[&str] = &["입력", "수정", "승인", "등록", "기사입력", "업데이트"];
/// The name of a [`KO_REPORTER`] byline opening `t`. The line must be a byline line: short
/// ([`KO_BYLINE_MAX_TOKENS`]), or the "NAME 기자" pair ends it or is closed by an email, "=",
/// or a bracket; and the name must be no word of [`CASELESS_NOT_A_PERSON`] or [`KO_NOT_A_NAME`]
/// ("이날 기자 간담회에서 ..." is a sentence about a press briefing that day).
fn ko_reporter(t: &str) -> Option<&str> {
    // Most texts have no "기자" at all: the regex is not run on them. It is looked for at the
    // lead byte of '기' (0xEA), as a search set up for each text cost more than the scan.
    let b = t.as_bytes();
    memchr::memchr_iter(0xEA, b)
        .any(|i| b[i..].starts_with("기자".as_bytes()))
        .then_some(())?;
    let c = KO_REPORTER.captures(t)?;
    let name = c.name("names")?.as_str();
    let whole = c.get(0)?;
    // The character that closed the match (white space, a bracket, "=", or none at the end).
    let closer = whole
        .as_str()
        .chars()
        .next_back()
        .filter(|_| !whole.as_str().ends_with("기자"));
    let rest = t[whole.end()..].trim_start();
    let closed = match closer {
        None => rest.is_empty(),
        Some(c) if c.is_whitespace() => {
            rest.is_empty()
                || rest.starts_with(['=', '[', '(', '【'])
                || rest.starts_with(|c: char| c.is_ascii_digit())
                || KO_DATE_LABELS.iter().any(|l| rest.starts_with(l))
                || rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.contains('@'))
        }
        Some(_) => true,
    };
    let short = t.split_whitespace().count() <= KO_BYLINE_MAX_TOKENS;
    ((short || closed)
        && !KO_NOT_A_NAME.contains(&name)
        && !CASELESS_NOT_A_PERSON.iter().any(|w| name.contains(w)))
    .then_some(name)
}
/// A byline inside a metadata line: "Veröffentlicht: 05.01.2020 | Autor: kim | Tags: ...",
/// "Posted on 3 May 2019 by kim".
static INLINE_BY: LazyLock<Regex> = LazyLock::new(|| {
    // The names are cut to 80 characters after the match (`inline_by_names`): the same names
    // and start as `[^|/•·]{2,80}` gave (nothing follows them in the pattern, so the bound never
    // changed where or how the match begins), with a far smaller automaton.
    Regex::new(r"(?:^|\s|[|/•·])(?:(?P<colon>(?i:autor(?:in)?|author|auteur|verfasser|redaktion|автор|yazar|oleh|penulis|بقلم|מאת|लेखक)\s*:|(?:作者|記者|记者)\s*[:：])|(?:von|by|By|par|por)\s)\s*(?P<names>[^|/•·]{2,})").expect("valid regex")
});
/// False when [`INLINE_BY`] cannot match `line`: each of its matches holds a colon (ASCII or
/// full-width) after a label, or "von", "by", "By", "par" or "por" right before white space.
/// The words are looked for at their last letters, which a SIMD scan skips to; most header
/// lines (a title, a date line, a short paragraph) hold none of them and skip the regex.
fn may_inline_by(line: &str) -> bool {
    let b = line.as_bytes();
    let colon = "：".as_bytes();
    if memchr::memchr(b':', b).is_some()
        || memchr::memchr_iter(colon[0], b).any(|i| b[i..].starts_with(colon))
    {
        return true;
    }
    memchr::memchr3_iter(b'y', b'n', b'r', b).any(|i| {
        let word = &b[..=i];
        (word.ends_with(b"by")
            || word.ends_with(b"By")
            || word.ends_with(b"von")
            || word.ends_with(b"par")
            || word.ends_with(b"por"))
            // `i` is an ASCII letter's byte: the next character starts right after it.
            && line[i + 1..].starts_with(char::is_whitespace)
    })
}
/// The names of an [`INLINE_BY`] match: its first 80 characters at most.
fn inline_by_names<'h>(c: &regex::Captures<'h>) -> &'h str {
    let names = c.name("names").map_or("", |m| m.as_str());
    names
        .char_indices()
        .nth(80)
        .map_or(names, |(at, _)| &names[..at])
}
/// The word before a date that follows a byline's names ("on", "am", "le").
static DATE_PREPOSITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:on|am|le|el|il|op)\s+").expect("valid regex"));
/// False when neither [`LABEL_ALONE`] nor [`LABEL_LINE`] can match `line`: both need its first
/// character after white space to open "autor", "author", "auteur", "verfasser", "von", "by",
/// "pewarta", "haber" or "muhabir", an a, v, b, p, h or m, which case folding maps to no other
/// character (`trim_start` and `\s` take the same white space). Most lines fail this one test
/// and are spared the two regexes, which every line of a document went through.
fn may_label_author(line: &str) -> bool {
    matches!(
        line.trim_start().as_bytes().first(),
        Some(b'a' | b'A' | b'v' | b'V' | b'b' | b'B' | b'p' | b'P' | b'h' | b'H' | b'm' | b'M')
    )
}
/// A line that is only a byline's label, its names on the next line ("By", "Autor", "Von:",
/// "Pewarta:").
static LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?i:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*:?|(?i:von|by|pewarta|haber|muhabir)\s*:)\s*$")
        .expect("valid regex")
});
static BY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[-–—|•·]+\s*)?(?:{BY_WORDS}|{CJK_BY_WORDS})\s*[:：]?\s*$"
    ))
    .expect("valid regex")
});
/// A profession written before a name ("Rechtsanwalt Jane Doe"): not part of it.
static PROFESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Rechtsanwalt|Rechtsanwältin|Fachanwalt|Fachanwältin|Steuerberater|Steuerberaterin|Notar|Notarin|Attorney)\s+")
        .expect("valid regex")
});
/// Between a date and the names after it: a separator, and a time of day with its own.
static TIME_AND_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*[|•·–—,-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?i:uhr|h|am|pm))?)?\s*[|•·–—-]\s+")
        .expect("valid regex")
});
static ENTITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});").expect("valid regex"));
/// A reading time alone on its line: "6–8 minutes", "4 min read".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)(?:\s+read)?\s*$")
        .expect("valid regex")
});
/// A byline without "By" that gives the writer's newsroom role: "Ann Lee, Health Reporter",
/// "Ann Lee / Staff Writer"; "Ann Lee – Korrespondentin in Paris" is not one (more words after the role), "Ann Lee, Senior
/// Transport Correspondent · 2 May 2024" is (a date may follow). Without a comma, a role of a
/// capitalised word and a role noun in lower case follows the name, as the Guardian's text
/// sets it: "Ann Lee Economics editor", "Ann Lee Coast correspondent".
static NAME_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<names>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})(?:\s*(?:,|\s[-–—|/]\s)\s*(?:[\p{L}&-]+\s+){0,3}(?i:reporter|reporterin|correspondent|correspondant|correspondante|corresponsal|korrespondent|korrespondentin|editor|writer|columnist|journalist|journalistin|journaliste|periodista|redakteur|redakteurin|rédacteur|rédactrice|redactor|redactora|photographer|producer|contributor)|\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:correspondent|editor|reporter|writer|columnist))\s*(?:[·•|–—-]\s*(?P<rest>\S.*?))?\s*$")
        .expect("valid regex")
});
/// [`NAME_ROLE`]'s match, tested first for what every match holds (most header lines and
/// every sentence fail here and skip the regex): its names open with two words that each open
/// with a capital. `\p{Lu}` letters are all `char::is_uppercase`; the first name is a whole word
/// of the line (`[\p{L}'’.\-]+` holds no white space, `\s+` follows it), and `\s` is the
/// White_Space of `split_whitespace`, so the second name opens the line's second word.
/// Words of an academic's post after the name on an author line ("Senior Lecturer", "Associate
/// Professor", "Research Fellow"), lower-cased: a line naming one of these and an institution
/// ([`is_institution_word`]) is an author's affiliation, as The Conversation sets it under the
/// headline.
const ACADEMIC_POSTS: &[&str] = &[
    "lecturer",
    "professor",
    "researcher",
    "fellow",
    "scientist",
    "postdoctoral",
    "postdoc",
    "emeritus",
    "dean",
];
/// Words that make a post academic only after a qualifier ([`ACADEMIC_QUALIFIERS`]): "PhD
/// Candidate", "Doctoral Student", "Research Associate".
const ACADEMIC_QUALIFIED_POSTS: &[&str] = &["candidate", "student", "associate", "assistant"];
const ACADEMIC_QUALIFIERS: &[&str] = &["phd", "ph.d.", "dphil", "doctoral", "graduate", "research"];
/// At most this many words after the name's comma: a post and an institution ("Senior Lecturer
/// in Marine Biology, University of Tarrow" is 8), not a sentence going on.
const ACADEMIC_LINE_MAX_WORDS: usize = 16;
/// How far under a text's headline an academic's author line is read: past a date line and
/// two or three co-authors' lines, still in the story's header.
const ACADEMIC_LINE_REACH: usize = 6;

/// True for a capitalised word naming a place of learning: "University" (and "Università",
/// "Universität", "Universidad"...), "College", "Institute", "School".
fn is_institution_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    w.starts_with("Universit")
        || w.starts_with("Universidad")
        || matches!(w, "College" | "Institute" | "Institut" | "School")
}

/// The author's name on an academic's author line: "Dana Whitcombe, Senior Lecturer in Marine
/// Biology, University of Tarrow". A name of two to four capitalised words, a comma, then a
/// post ([`ACADEMIC_POSTS`], or a qualified one: "PhD Candidate") and an institution's word
/// ([`is_institution_word`]), in at most [`ACADEMIC_LINE_MAX_WORDS`] words that end no
/// sentence: both are needed, so a sentence opening with a name and a comma is never read.
/// Whether the name is a person's is the caller's test.
pub(crate) fn academic_author(line: &str) -> Option<&str> {
    if !opens_two_capitalised_words(line) {
        return None;
    }
    // Asked of the first lines of every text, most of them headlines and sentences that open
    // with two capitalised words: the post's cheap tests first (the tests are all needed, in
    // any order), the words split only for a line that may name an institution.
    let (name, post) = split_once_comma_space(line.trim_fast())?;
    let post = post.trim_fast();
    if post.ends_with(['.', '!', '?', ':', ';'])
        || post.contains([':', '"', '“', '”'])
        || !may_name_institution(post)
    {
        return None;
    }
    let name_words = name.split_whitespace().count();
    if !(2..=4).contains(&name_words) || !written_as_name(name) {
        return None;
    }
    let words: Vec<&str> = post.split_whitespace().collect();
    if words.len() > ACADEMIC_LINE_MAX_WORDS {
        return None;
    }
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches([',', '(', ')']).to_lowercase())
        .collect();
    let has_post = lower.iter().enumerate().any(|(i, w)| {
        ACADEMIC_POSTS.contains(&w.as_str())
            || ACADEMIC_QUALIFIED_POSTS.contains(&w.as_str())
                && i > 0
                && ACADEMIC_QUALIFIERS.contains(&lower[i - 1].as_str())
    });
    (has_post && words.iter().any(|w| is_institution_word(w))).then_some(name.trim_fast())
}

/// `s.split_once(", ")`, found by a SIMD scan for the comma (the string searcher's set-up
/// alone cost more than the scan of a header line).
fn split_once_comma_space(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    memchr::memchr_iter(b',', b)
        .find(|&i| b.get(i + 1) == Some(&b' '))
        .map(|i| (&s[..i], &s[i + 2..]))
}

/// False when no word of `post` can be an [`is_institution_word`]: each holds "Universi"
/// ("Università", "Universidad"), "College", "Institut" or "School", looked for at their
/// capitals by a SIMD scan. Most lines hold none and are spared splitting their words.
fn may_name_institution(post: &str) -> bool {
    const OPENINGS: [&[u8]; 4] = [b"Universi", b"College", b"Institut", b"School"];
    let b = post.as_bytes();
    memchr::memchr3_iter(b'U', b'C', b'I', b)
        .chain(memchr::memchr_iter(b'S', b))
        .any(|i| OPENINGS.iter().any(|o| b[i..].starts_with(o)))
}

fn name_role_matches(line: &str) -> bool {
    opens_two_capitalised_words(line) && NAME_ROLE.is_match(line)
}

/// Whether the first two words of `line` (as `split_whitespace` has them) each open with a
/// capital (`char::is_uppercase`). Read byte by byte while the bytes are ASCII, where white
/// space is ' ' and \t to \r and a capital is A to Z: `split_whitespace` decoded each character
/// and asked the Unicode table, some 130 instructions a word on every header line. At the
/// first byte outside ASCII before the answer is known, the line is read as before.
fn opens_two_capitalised_words(line: &str) -> bool {
    let b = line.as_bytes();
    let white = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
    let mut i = 0;
    for _ in 0..2 {
        while i < b.len() && white(b[i]) {
            i += 1;
        }
        match b.get(i) {
            None => return false,
            Some(c) if !c.is_ascii() => return opens_two_capitalised_words_decoded(line),
            Some(c) if !c.is_ascii_uppercase() => return false,
            Some(_) => {}
        }
        while i < b.len() && !white(b[i]) {
            if !b[i].is_ascii() {
                return opens_two_capitalised_words_decoded(line);
            }
            i += 1;
        }
    }
    true
}

/// [`opens_two_capitalised_words`] read character by character.
fn opens_two_capitalised_words_decoded(line: &str) -> bool {
    let opens_upper = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let mut words = line.split_whitespace();
    opens_upper(words.next()) && opens_upper(words.next())
}
static PIPE_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<names>[A-Z][\p{L}'’.\-]+(?:\s+[A-Z][\p{L}'’.\-]+){1,3})\s*[|,]\s*(?P<agency>[A-Z][A-Za-z .\-]{1,40})\s*$").expect("valid regex")
});
/// False when [`PIPE_AGENCY`] cannot match `line`: its first character after white space (`\s`
/// and `trim` are both Unicode White_Space) must be an ASCII capital, and it must hold a `|`
/// or a `,`, the first of which (the names hold none) is followed by the agency alone: white
/// space, then at most 41 ASCII letters, spaces, dots and hyphens opening with a capital. Header
/// lines that fail here skip the regex (a sentence with a comma fails at the agency's length).
fn may_be_pipe_agency(line: &str) -> bool {
    line.trim_start()
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_uppercase)
        && memchr::memchr2(b'|', b',', line.as_bytes()).is_some_and(|at| {
            let agency = line[at + 1..].trim().as_bytes();
            (1..=41).contains(&agency.len())
                && agency[0].is_ascii_uppercase()
                && agency
                    .iter()
                    .all(|&b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'.' | b'-'))
        })
}
/// A company's legal form, or a copyright notice: the string names an organisation.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:GmbH|gGmbH|AG|KG|Inc|Ltd|LLC|PLC|S\.A|SARL|S\.L|B\.V|e\.\s?V)\b\.?|©|\bcopyright\b")
        .expect("valid regex")
});
/// A web address: a byline with one is the credit of whoever built the site ("Jane Doe -
/// https://janedoe.example"), or a site and its seat ("ledger.example, Springfield").
static WEB_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)https?://|\bwww\.|\b[a-z0-9][a-z0-9-]+\.(?:com|net|org|info|de|at|ch|fr|es|it|nl|be|uk|eu|io|co|us|ca|au)\b")
        .expect("valid regex")
});
/// A word glued to the name before it, as a template's label or kicker renders without a space:
/// "HARBOURDESKJane Doe" (a section name in capitals), "Jane BergAutor" (a label after it).
static GLUED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}{3,}\p{Ll}|\p{Ll}{3,}\p{Lu}\p{Ll}{2,}").expect("valid regex")
});
/// False when [`GLUED_WORDS`] cannot match `name`: each of its matches holds a capital right
/// after a letter (`\p{Lu}` after `\p{Lu}` or `\p{Ll}`; every `\p{Lu}` is upper case and every
/// letter alphabetic to `char`'s tests). A name's capitals open its words, so most names skip the
/// regex, and a process with none of the others never compiles it (12M instructions).
fn may_glue_words(name: &str) -> bool {
    let mut after_letter = false;
    name.chars().any(|c| {
        let glued = after_letter && c.is_uppercase();
        after_letter = c.is_alphabetic();
        glued
    })
}
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:,|;|&|/|\band\b|\bAND\b|\bund\b|\bUND\b|\bet\b|\by\b|\be\b|\ben\b|\bwith\b|\bmit\b|\bavec\b|\bcon\b|\|)\s*")
        .expect("valid regex")
});
/// False when `s` holds no [`SPLIT`] separator: none of `, ; & / |`, and none of its words as
/// a whole run of ASCII letters, digits and underscores. (The regex's Unicode word boundaries
/// need a character outside `\w` on both sides of the word, so the word is such a whole run; a
/// character outside ASCII beside it ends the run here whether or not it is a letter.) Most
/// bylines name one person: they skip the regex, whose search and split cost some 7,000
/// instructions a byline.
fn may_split(s: &str) -> bool {
    const WORDS: [&[u8]; 12] = [
        b"and", b"AND", b"und", b"UND", b"et", b"y", b"e", b"en", b"with", b"mit", b"avec", b"con",
    ];
    let b = s.as_bytes();
    memchr::memchr3(b',', b';', b'&', b).is_some()
        || memchr::memchr2(b'/', b'|', b).is_some()
        || b.split(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
            .any(|w| (1..=4).contains(&w.len()) && WORDS.contains(&w))
}

/// Words that say a candidate is a role, a desk or a label, not a person; with
/// [`OUTLET_NAME_WORDS`], the words that say it is no person.
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
    "agency",
    "agencies",
    "wire",
    "wires",
    "service",
    "correspondent",
    "columnist",
    "columnists",
    "contributor",
    "contributors",
    "writer",
    "writers",
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
    "says",
    "sagt",
    "inhalte",
    "content",
    "author",
    "autor",
    "auteur",
    "artikel",
    "articles",
    "beiträge",
    "posts",
    // A CMS's default account ("Super User").
    "user",
    // Labels of the metadata line a byline shares ("Last update", "Letzte Aktualisierung").
    "update",
    "aktualisierung",
    "aktualisiert",
    // A job title after a byline's name ("By Priya Nandakumar, Communications Officer"): an
    // organisation's staff sign its releases and appeals so.
    "officer",
    "manager",
    "coordinator",
    "communications",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    // Words of organisations' names.
    "solutions",
    "verband",
    "bundesverband",
    "verein",
    "stiftung",
    "institut",
    "institute",
    "universität",
    "university",
    "foundation",
    "association",
    "ministerium",
    "ministry",
    "kitchens",
    "council",
    "committee",
    "department",
    "government",
    "police",
    "polizei",
    "company",
    "society",
    "club",
    "feuerwehr",
    "abteilung",
    "fraktion",
    "partei",
    "verlag",
    "gmbh",
    "hochschule",
    "kommission",
    "commission",
    "behörde",
    "zentrum",
    "museum",
    "blog",
];
/// Words of a news outlet's name ("Kessvik Post", "Orlen Evening Star", "KVRT Channel 7"): a
/// candidate holding one is no person, and a masthead ends with one.
const OUTLET_NAME_WORDS: &[&str] = &[
    "news",
    "online",
    "portal",
    "digital",
    "media",
    "press",
    "times",
    "post",
    "daily",
    "journal",
    "gazette",
    "herald",
    "tribune",
    "magazine",
    "chronicle",
    "courier",
    "sentinel",
    "observer",
    "ledger",
    "star",
    "globe",
    "network",
    "record",
    "standard",
    "telegraph",
    "dispatch",
    "bulletin",
    "examiner",
    "inquirer",
    "enquirer",
    "monitor",
    "mirror",
    "review",
    "register",
    "courant",
    "echo",
    "argus",
    "beacon",
    "clarion",
    "advertiser",
    "advocate",
    "citizen",
    "democrat",
    "gleaner",
    "bugle",
    "intelligencer",
    "recorder",
    "statesman",
    "spectator",
    "express",
    "guardian",
    "independent",
    "tidings",
    "quarterly",
    "monthly",
    "weekly",
    "evening",
    "morning",
    "insider",
    "report",
    "digest",
    "headlines",
    "hub",
    // Viral, trend and feed sites' names ("Viral Zone", "Trending Today", "Daily Oz Feed").
    "feed",
    "zone",
    "viral",
    "trending",
    "today",
    "updates",
    "zeitung",
    "nachrichten",
    "rundschau",
    "kurier",
    "anzeiger",
    "tagblatt",
    "wochenblatt",
    "diario",
    "noticias",
    "periódico",
    "quotidien",
    "giornale",
    "corriere",
    "radio",
    "television",
    // A broadcaster's ("KVRT Channel 7").
    "channel",
    "broadcasting",
];

/// [`NOT_A_PERSON`] and [`OUTLET_NAME_WORDS`] as a set: every word of every candidate name is
/// looked up, and a scan of the list compared it with each of its 200-odd words in turn (most of
/// `is_person_name`'s cost).
static NOT_A_PERSON_SET: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| {
    NOT_A_PERSON
        .iter()
        .chain(OUTLET_NAME_WORDS)
        .copied()
        .collect()
});
/// Words of [`NOT_A_PERSON`] that are also surnames: after a common given name, one is the
/// surname ("Jörg Staff"), not the desk ("Metro Staff"); see [`is_person_name`].
const SURNAME_ROLE_WORDS: &[&str] = &["staff"];
/// The words after which a profile text's opening name ends ("Ann Lee - engineer", "Ann Lee ist
/// Redakteurin"); see [`bio_full_names`].
const BIO_NAME_ENDS: &[&str] = &["-", "–", "—", "is", "ist", "est", "es", "was", "war"];
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "al", "el",
    "bin", "ibn", "ter", "dos", "das", "y", "st.",
];

/// Accounts and placeholders that stand where an author's name should be.
const PLACEHOLDERS: &[&str] = &[
    "admin",
    "administrator",
    "unknown",
    "anonymous",
    "anonym",
    "anonyme",
    "anónimo",
    "user",
    "guest",
    "gast",
    "webmaster",
    "root",
    "moderator",
    "support",
    "author",
    "autor",
    "auteur",
    "redaktion",
    "redaction",
    "rédaction",
    "redacción",
    "redazione",
    "editor",
    "staff",
    "team",
    "none",
    "null",
    "undefined",
    "by",
    "von",
    // The label of a byline whose name is missing ("Veröffentlicht" then a date), and the
    // desk abbreviation of German-language papers ("red").
    "published",
    "posted",
    "reblogged",
    // Credits that stand where a name should ("courtesy", the CMS's "publisher" account).
    "publisher",
    "courtesy",
    "cortesía",
    "cortesia",
    "veröffentlicht",
    "publiziert",
    "rebloggt",
    "publicado",
    "publié",
    "pubblicato",
    "hecho",
    "red",
    "phd",
    "md",
    "msc",
    "mba",
    "dr",
    "prof",
    "view",
    "name",
    "zeige",
    "show",
    "more",
    "mehr",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
];

/// A byline text with its label ("By", "Posted by", "Autor:") and what follows the names (a
/// date, "| 3 Comments", "All articles") removed. True in the second place when a label was there.
/// The names of one byline text (a meta tag's value, an author element's text, a byline line):
/// its label and trailer removed, split into names. Nothing when the text names an organisation
/// (a legal form, a copyright notice), or, for the markup's own statements (`credit`), when it
/// carries a web address, whatever follows the names.
fn byline_names(text: &str, credit: bool) -> (Vec<String>, bool) {
    if ORGANISATION.is_match(text) || credit && WEB_ADDRESS.is_match(text) {
        return (Vec::new(), false);
    }
    let (names, labelled) = strip_byline(text);
    (split_names(&names), labelled)
}

pub fn strip_byline(text: &str) -> (String, bool) {
    strip_byline_in(text, || false)
}

/// Labels that are also given names: Indonesian "Oleh" is the Ukrainian "Oleh", Greek "Του"/"Της"
/// and Scandinavian "Av"/"Af" are short enough to open a name. Written without a colon, such a
/// label stands before a full name of two words or more; "Oleh Kovalenko" is one person.
const GIVEN_NAME_LABELS: &[&str] = &[
    "Oleh", "OLEH", "Av", "AV", "Af", "AF", "Του", "Της", "ΤΟΥ", "ΤΗΣ",
];

/// [`strip_byline`] on a page whose language may use "Oleh" as its byline label before a single
/// name (Indonesian and Malay writers often have one name: "Oleh Sutrisno"): `oleh_label`, asked
/// only of a text opening with "Oleh" (the answer may search the whole page).
fn strip_byline_in(text: &str, oleh_label: impl FnOnce() -> bool) -> (String, bool) {
    let stripped = strip_byline_labels(text);
    if !stripped.1 {
        return stripped;
    }
    let t = text
        .trim_fast()
        .trim_start_matches(['-', '–', '—', '|', '•', '·'])
        .trim_start();
    let given = GIVEN_NAME_LABELS.iter().find(|l| {
        t.strip_prefix(**l)
            .is_some_and(|r| r.starts_with(char::is_whitespace) && !r.trim_start().starts_with(':'))
    });
    match given {
        Some(label)
            if !(label.eq_ignore_ascii_case("oleh") && oleh_label())
                && stripped.0.split_whitespace().count() == 1
                && stripped.0.chars().next().is_some_and(char::is_uppercase) =>
        {
            // The label is the given name, the one word after it the surname.
            (format!("{label} {}", stripped.0), false)
        }
        _ => stripped,
    }
}

/// How many texts' answers [`strip_byline_labels`] keeps.
const RECENT_STRIPPED_KEPT: usize = 4;
/// The longest text [`strip_byline_labels`] keeps the answer for: a byline's line, not prose.
const RECENT_STRIPPED_MAX_BYTES: usize = 512;

thread_local! {
    /// The texts [`strip_byline_labels`] read last, trimmed, with what it gave.
    static RECENT_STRIPPED: crate::recent::Answers<(), (String, bool)> = Default::default();
}

/// A byline text without its label and what follows the names, see [`read_byline_labels`]. The
/// title's rules ask it of the header lines (is a line a byline and nothing else?), then the
/// bylines' own rules of the same line again: each asking costs thousands of instructions in
/// its regexes. The answer depends on the trimmed text alone (the lexicons read are the
/// compiled-in ones), and is kept for the last few texts read.
fn strip_byline_labels(text: &str) -> (String, bool) {
    let t = text.trim_fast();
    crate::recent::remembered(
        &RECENT_STRIPPED,
        (RECENT_STRIPPED_KEPT, RECENT_STRIPPED_MAX_BYTES),
        (),
        t,
        || read_byline_labels(t),
    )
}

/// [`strip_byline_labels`] worked out: `text` (trimmed first) without its label ("By",
/// "Posted by", a Korean reporter's credit) and what follows the names.
fn read_byline_labels(text: &str) -> (String, bool) {
    let mut t = text.trim_fast();
    let mut labelled = false;
    let mut label_in: &[&str] = &[];
    if let Some(name) = ko_reporter(t) {
        return (name.to_string(), true);
    }
    // Each label regex below opens with `^\s*` and then one of a few letters (`opens_with`):
    // a text whose first character after white space is another ASCII one is not searched.
    if opens_with(t, b"peasi") {
        if let Some(m) = AUTHOR_LABEL.find(t) {
            t = &t[m.end()..];
            labelled = true;
        }
    }
    if let Some(m) = opens_with(t, b"zawmvstp")
        .then(|| MORE_BY_PREFIX.find(t))
        .flatten()
    {
        t = &t[m.end()..];
        labelled = true;
    } else if let Some(m) = BY_PREFIX.find(t) {
        label_in = place_word_after(m.as_str());
        t = &t[m.end()..];
        labelled = true;
    } else if let Some(m) = t
        .trim_start()
        .starts_with(['A', 'V', 'B'])
        .then(|| GLUED_PREFIX.find(t))
        .flatten()
    {
        let last = t[..m.end()].chars().next_back().map_or(0, char::len_utf8);
        t = &t[m.end() - last..];
        labelled = true;
    }
    let t = without_byline_end(t);
    let t = without_handles(&t);
    // A place or an outlet after the names of a labelled byline only: a text with no label is
    // as often a shop's or a site's name ("Iberian Wines in Kessvik" as a page's author).
    let t = if labelled {
        without_places_and_outlets(t, label_in)
    } else {
        Cow::Borrowed(t)
    };
    (without_role_tail(t.trim_fast()).to_string(), labelled)
}

/// False when a case-insensitive regex `^\s*(?i:...)` whose alternatives all open with one of
/// the ASCII letters `firsts` (lower case) cannot match `t`: the first character after white
/// space (`trim_start` and `\s` are both Unicode White_Space) is ASCII and none of them in
/// either case. A character outside ASCII may fold to one of them ("ſ" to "s", "K" to "k"),
/// and the regex is run.
fn opens_with(t: &str, firsts: &[u8]) -> bool {
    t.trim_start()
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() || firsts.contains(&(c.to_ascii_lowercase() as u8)))
}

/// The words for "in" before a place in the language of a byline's label, where it is not the
/// English one: Spanish and Portuguese "Por Ana Ruiz en Madrid" / "em Lisboa", French "Par Anne
/// Roy à Lyon". (Dutch "en" is "and": "Door Jan de Vries en Piet Jansen" keeps both names.)
fn place_word_after(label: &str) -> &'static [&'static str] {
    let last = label
        .trim_fast()
        .trim_end_matches([':', ' '])
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    match last.as_str() {
        "por" => &["en", "em"],
        "par" => &["à"],
        _ => &[],
    }
}

/// Lower-case nouns that may close a place after "in" ("By Ann Lee in Kessvik harbour").
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "harbour", "harbor", "port", "county", "district", "province",
    "region", "state", "island", "islands", "valley", "bay",
];
/// Lower-case words inside a place's name ("Newcastle upon Tyne", "Rio de Janeiro", "Frankfurt
/// am Main").
const PLACE_JOINS: &[&str] = &[
    "upon", "on", "of", "de", "del", "da", "do", "dos", "la", "am", "an", "der", "sur",
];
/// Nouns of the phrases "by" opens in notices and travel, written in title case ("By Royal
/// Appointment in Kessvik", "By Popular Demand", "By Order of the Court", "By Night Ferry in
/// Kessvik", "By Private Jet"): no person's name before a place. Words that are also common
/// surnames ("Coach", "Land") are not here.
const BY_PHRASE_NOUNS: &[&str] = &[
    "appointment",
    "arrangement",
    "bicycle",
    "boat",
    "bus",
    "canoe",
    "car",
    "command",
    "consent",
    "decree",
    "default",
    "demand",
    "design",
    "ferry",
    "helicopter",
    "invitation",
    "jet",
    "kayak",
    "order",
    "permission",
    "plane",
    "request",
    "ship",
    "taxi",
    "train",
    "tram",
    "warrant",
    "yacht",
];

/// `t`, a byline's names, without the place or the outlet written after each name: "Ann Lee in
/// Kessvik and Ola Brun in Tromvik" is "Ann Lee and Ola Brun", "Ann Lee for the Kessvik Post"
/// and "Ann Lee for kessvikpost.com" are "Ann Lee" (British and wire bylines, and a
/// contributor's). Each name runs from the text's start or a separator ("and", "&", a comma) to
/// "in" or "for", and must be a person's name to [`is_person_name`]; the place is capitalised
/// words (a join such as "upon" inside, a noun such as "harbour" last), the outlet capitalised
/// words after an optional "the", or a web address; each runs to the next separator or the end.
/// Anything else ("By noon in Kessvik the rain had stopped", "Ann Lee's count in Kessvik") is
/// left whole, and is no name. Hand-written: a regex would need a look-ahead for the separator.
fn without_places_and_outlets<'a>(t: &'a str, label_in: &[&str]) -> Cow<'a, str> {
    // In title case too ("By Ann Lee In Kessvik" was read as a name of four words); and the
    // label's language's own word ("Por Ana Ruiz en Madrid", "Par Anne Roy à Lyon").
    let is_in = |w: &str| matches!(w, "in" | "In" | "IN") || label_in.contains(&w);
    let is_for = |w: &str| matches!(w, "for" | "For" | "FOR");
    if !t.split_whitespace().any(|w| is_in(w) || is_for(w)) {
        return Cow::Borrowed(t);
    }
    // Each word with its byte range in `t`.
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let end = |i: usize| words[i].0 + words[i].1.len();
    // The names' separators of [`SPLIT`] written as words.
    let separator = |w: &str| {
        !label_in.contains(&w)
            && matches!(
                w,
                "and"
                    | "AND"
                    | "&"
                    | "und"
                    | "UND"
                    | "et"
                    | "y"
                    | "e"
                    | "en"
                    | "with"
                    | "mit"
                    | "avec"
                    | "con"
            )
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    // Whether the segment before ended in a place cut and a comma: "in Santa Fe, New Mexico".
    let mut place_then_comma = false;
    while from < words.len() {
        // The segment `from..to` holds one name and what follows it; `next` opens the next.
        let (to, next) = match words[from..]
            .iter()
            .position(|(_, w)| separator(w) || w.ends_with([',', ';']))
        {
            Some(i) if separator(words[from + i].1) => (from + i, from + i + 1),
            Some(i) => (from + i + 1, from + i + 1),
            None => (words.len(), words.len()),
        };
        let seg = &words[from..to];
        let after_place = std::mem::take(&mut place_then_comma);
        // The last segment, after a place and a comma, with no "and" before it, is the place's
        // region or country ("By Ann Lee in Santa Fe, New Mexico"): a list of names ends with
        // "and" ("By Ann Lee in Kessvik, Ola Brun and Per Lid").
        if after_place && to == words.len() {
            let region: Vec<&str> = seg
                .iter()
                .map(|(_, w)| w.trim_end_matches([',', ';', '.']))
                .collect();
            if !seg.iter().any(|(_, w)| is_in(w) || is_for(w)) && is_place(&region) {
                if let Some(cut) = cuts.last_mut() {
                    cut.1 = end(to - 1);
                }
                break;
            }
        }
        if let Some(k) = seg.iter().position(|(_, w)| is_in(w) || is_for(w)) {
            let tail: Vec<&str> = seg[k + 1..]
                .iter()
                .map(|(_, w)| w.trim_end_matches([',', ';', '.']))
                .collect();
            let name = &t[seg[0].0..end(from + k.max(1) - 1)];
            // A place may be followed by the outlet ("in Kessvik for the Kessvik Post").
            let fits = if is_in(seg[k].1) {
                match tail.iter().position(|w| is_for(w)) {
                    Some(j) => is_place(&tail[..j]) && is_outlet(&tail[j + 1..]),
                    None => is_place(&tail),
                }
            } else {
                is_outlet(&tail)
            };
            if k >= 2
                && fits
                && !name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| BY_PHRASE_NOUNS.contains(&w.to_lowercase().as_str()))
                && is_person_name(trim_name(name), &crate::lexicon::BUILTIN, None)
            {
                // Up to the separator's comma or semicolon, which the split still needs.
                let last = seg[seg.len() - 1].1;
                let kept = last.len() - last.trim_end_matches([',', ';']).len();
                cuts.push((end(from + k - 1), end(to - 1) - kept));
                place_then_comma = is_in(seg[k].1) && last.ends_with(',');
            }
        }
        from = next;
    }
    if cuts.is_empty() {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut at = 0;
    for (a, b) in cuts {
        out.push_str(&t[at..a]);
        at = b;
    }
    out.push_str(&t[at..]);
    Cow::Owned(out)
}

/// True when `words` name a place after "in": one to four capitalised words, a join such as
/// "upon" between them, and perhaps a noun such as "harbour" last.
fn is_place(words: &[&str]) -> bool {
    let words = match words.split_last() {
        Some((last, rest)) if !rest.is_empty() && PLACE_NOUNS.contains(last) => rest,
        _ => words,
    };
    (1..=4).contains(&words.len())
        && words.first().is_some_and(|w| written_as_name(w))
        && words.last().is_some_and(|w| written_as_name(w))
        && words
            .iter()
            .all(|w| written_as_name(w) || PLACE_JOINS.contains(w))
}

/// True when `words` name an outlet after "for": a web address, or one to five capitalised
/// words after an optional "the" ("the Kessvik Post").
fn is_outlet(words: &[&str]) -> bool {
    if let [word] = words {
        if WEB_ADDRESS.is_match(word) && !word.contains('@') {
            return true;
        }
    }
    let words = match words.split_first() {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") => rest,
        _ => words,
    };
    (1..=5).contains(&words.len()) && words.iter().all(|w| written_as_name(w))
}

/// The compiled-in agencies' markers of more than one word ("Associated Press"), in the
/// lexicon's order, which [`without_role_tail`] cuts from a byline's end. Picked out once: every
/// byline text was testing each of the lexicon's markers for a space, about 4,000 instructions.
static SPACED_AGENCY_MARKERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::BUILTIN
        .agencies
        .iter()
        .flat_map(|a| a.markers.iter())
        .filter(|m| m.contains(' '))
        .map(String::as_str)
        .collect()
});

/// Newsroom roles written after a byline's name with no separator ("By Jane Doe Staff Writer",
/// AP's "By DIEGO FUENTES Associated Press"): an agency's name of two words or more, or a role
/// ("Staff Writer", "Senior Correspondent") in capitals or title case. Two words of name stay.
fn without_role_tail(t: &str) -> &str {
    const ROLE_WORDS: &[&str] = &[
        "staff",
        "senior",
        "chief",
        "special",
        "contributing",
        "political",
        "sports",
        "business",
        "science",
        "health",
        "foreign",
        "national",
        "investigative",
        "associate",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "columnist",
    ];
    const ROLE_ENDS: &[&str] = &[
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "columnist",
    ];
    let name_words = |s: &str| s.split_whitespace().count() >= 2;
    for m in SPACED_AGENCY_MARKERS.iter() {
        if let Some(rest) = t
            .strip_suffix(m)
            .filter(|r| r.ends_with(' ') && !r.contains([',', ';', '|', '/']))
        {
            let rest = rest.trim_end();
            let rest = rest.strip_suffix(" The").unwrap_or(rest);
            if name_words(rest) {
                return rest;
            }
        }
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let role = words
        .iter()
        .rev()
        .take_while(|w| capitalised(w) && ROLE_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    // The name before the role: two to four capitalised words, none a function word ("Letters
    // to the Editor" is no name and its editor), and no separator (", AP Auto Writer" is
    // another part, which the split reads).
    let name = &words[..words.len() - role];
    if role == 0
        || !words
            .last()
            .is_some_and(|w| ROLE_ENDS.contains(&w.to_lowercase().as_str()))
        || !(2..=4).contains(&name.len())
        || t.contains([',', ';', '|', '/'])
        || !name.iter().all(|w| {
            capitalised(w)
                && !["to", "the", "of", "for", "from", "and", "a", "an"]
                    .contains(&w.to_lowercase().as_str())
        })
    {
        return t;
    }
    // The byte where the role's first word starts.
    let keep = words.len() - role;
    let mut at = 0;
    for w in &words[..keep] {
        at = t[at..].find(w).map_or(at, |i| at + i + w.len());
    }
    t[..at].trim_end()
}

/// `BYLINE_END.replace(t, "")`: the text up to where [`BYLINE_END`] starts, found by
/// [`BYLINE_END_START`] in a text of one line.
fn without_byline_end(t: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\n', t.as_bytes()).is_some() {
        return BYLINE_END.replace(t, "");
    }
    Cow::Borrowed(BYLINE_END_START.find(t).map_or(t, |m| &t[..m.start()]))
}

/// True when `name` is one word that can stand for its author: a handle or a first name given by
/// markup or a byline label ("Posted by gizzmo"), not a placeholder, a role or the site.
fn is_handle(name: &str, site: Option<&str>) -> bool {
    let n = name.trim_fast();
    // A word in a script without capitals: a name only when short and no role's or desk's.
    if !n.is_ascii() && !n.chars().any(|c| c.is_uppercase() || c.is_lowercase()) {
        return is_caseless_name(n);
    }
    let letters = n.chars().filter(|c| c.is_alphabetic()).count();
    let lower = n.to_lowercase();
    !n.contains(char::is_whitespace)
        && (2..=30).contains(&n.chars().count())
        && letters >= 2
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '\''))
        && crate::dates::month_number(n).is_none()
        && !PLACEHOLDERS.contains(&lower.as_str())
        && !lower
            .split(['-', '_'])
            .any(|part| NOT_A_PERSON_SET.contains(part) || PLACEHOLDERS.contains(&part))
        // A numbered default account ("user5105", "guest42").
        && !PLACEHOLDERS.contains(&lower.trim_end_matches(|c: char| c.is_ascii_digit()))
        && !is_bot_handle(n)
        // An administrator's account glued to its tool's name ("wordpressadmin", "adminweb").
        && !lower.starts_with("admin")
        && !lower.ends_with("admin")
        // A desk's or a team's login written in lower case ("newsdesk", "webteam"): an account,
        // no person. Capitalised, it is the name the site shows for the desk ("Newsdesk", which
        // the trafilatura gold keeps as a page's author).
        && !(n == lower
            && ["desk", "team", "staff", "newsroom", "editor", "editors"]
                .iter()
                .any(|d| lower.len() >= d.len() + 3 && lower.ends_with(d)))
        && site.is_none_or(|s| {
            let s = s.to_lowercase();
            s.is_empty() || !(lower.contains(&s) || s.contains(&lower))
        })
}

/// True for a lower-case handle that names a program posting for a site, not a person:
/// "newsbot", "auto-poster", "rss_feed", "feedbot" (one of its parts is such a word, or it is one
/// glued to "bot"). A capitalised word ("Talbot") is a name.
fn is_bot_handle(handle: &str) -> bool {
    const PROGRAM_WORDS: &[&str] = &[
        "bot",
        "auto",
        "autopost",
        "autoposter",
        "poster",
        "feed",
        "feeds",
        "rss",
        "importer",
        "import",
        "crawler",
        "scraper",
        "script",
        "syndication",
        "aggregator",
        "cron",
    ];
    const GLUED_TO_BOT: &[&str] = &[
        "news", "feed", "auto", "post", "rss", "ai", "chat", "wire", "press", "content", "blog",
    ];
    if handle.chars().any(char::is_uppercase) {
        return false;
    }
    handle
        .split(['-', '_', '.'])
        .any(|part| PROGRAM_WORDS.contains(&part))
        || ["bot", "poster"].iter().any(|program| {
            handle
                .strip_suffix(program)
                .is_some_and(|stem| GLUED_TO_BOT.contains(&stem))
        })
}

/// True when `name` is the site's name spelt otherwise: the same letters and digits
/// ("Harbour Courier" for "HarbourCourier.example"), or its initials ("Harbour Rescue Service"
/// for "HRS e.V.").
fn names_the_site(name: &str, site: &str) -> bool {
    let (n, s) = (alnum_key(name), alnum_key(site));
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let first_word = site
        .split_whitespace()
        .next()
        .map(alnum_key)
        .unwrap_or_default();
    (n.chars().count() >= 4 && s.contains(&n))
        || (initials.chars().count() >= 3 && initials == first_word)
}

/// True for one word of four or more capitals ("HARBOUR", "NWRA"): an organisation's or an
/// agency's short name, not a person's handle. Shorter ones stay: desks sign with initials.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4 && !word.chars().any(char::is_lowercase)
}

/// The page's own URL as its markup gives it: the canonical link, else `og:url`.
fn page_url(doc: &Document) -> Option<&str> {
    doc.html.canonical.as_deref().or_else(|| {
        doc.html
            .meta
            .iter()
            .find(|(k, _)| k == "og:url")
            .map(|(_, v)| v.as_str())
    })
}

/// `name` without the academic titles before it ("Dr. Jane Doe", "Prof. Dr. Jane Doe").
fn without_honorifics(name: &str) -> &str {
    let mut rest = name.trim_fast();
    while let Some((first, after)) = rest.split_once(char::is_whitespace) {
        if !matches!(
            first.to_lowercase().as_str(),
            "dr." | "prof." | "dr" | "prof" | "dipl.-ing." | "mag." | "ing."
        ) {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// A name made presentable: "JANE DOE" → "Jane Doe", white space collapsed.
pub fn display_form(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    // A name rendered twice (a visible one and a screen reader's copy): "Jane Doe Jane Doe".
    let words = if words.len() >= 4
        && words.len() % 2 == 0
        && words[..words.len() / 2] == words[words.len() / 2..]
    {
        &words[..words.len() / 2]
    } else {
        &words[..]
    };
    let collapsed = words.join(" ");
    // The same glued, for a handle or a name: "kestrel42kestrel42", "Ann LeeAnn Lee" (not
    // "Lulu": halves of 4+).
    let half = collapsed.len() / 2;
    let collapsed = if collapsed.len() >= 8
        && collapsed.len() % 2 == 0
        && collapsed.is_char_boundary(half)
        && collapsed[..half] == collapsed[half..]
    {
        collapsed[..half].to_string()
    } else {
        collapsed
    };
    let letters: Vec<char> = collapsed.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        collapsed
            .split(' ')
            .map(|w| {
                // Each part of a double name starts a word ("FISCHER-HOLM": "Fischer-Holm"), and
                // so does the name after a one-letter prefix ("O'MALLEY": "O'Malley").
                let mut out = String::with_capacity(w.len());
                let mut prev: Option<char> = None;
                for (i, c) in w.chars().enumerate() {
                    let starts = match prev {
                        None => true,
                        Some('-') => true,
                        Some('\'' | '’') => i == 2,
                        Some(_) => false,
                    };
                    if starts {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                    prev = Some(c);
                }
                out
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        collapsed
    }
}

/// `name` with its lower-case words after the first capitalised ("Ann lee" → "Ann Lee"),
/// particles kept as written ("Jan van der berg" → "Jan van der Berg"); `None` when no word changes
/// or the first word is not capitalised. An account's display name is a phrase typed the same
/// way ("Happy camper", "Kitchen witch"), and a publishing tool (Yoast, Blogger) fills the
/// JSON-LD, the author tag and the author link from one setting, so their agreeing is weak
/// evidence: only a common given name first ([`GIVEN_NAMES`]), or a surname of 4 letters or more
/// that the site's `domain` spells (a cook's "hassankitchen" for "Ali hassan"), makes the phrase
/// a person's name.
fn capitalised_surname(name: &str, domain: Option<&str>) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?;
    let last = words.last()?.to_lowercase();
    if !first.chars().next()?.is_uppercase()
        || !(is_given_name(first)
            || words.len() >= 2
                && last.chars().count() >= 4
                && domain.is_some_and(|d| d.contains(&last)))
    {
        return None;
    }
    let mut changed = false;
    let out: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c)
                    if i > 0
                        && c.is_lowercase()
                        && !PARTICLES.contains(&w.to_lowercase().as_str()) =>
                {
                    changed = true;
                    c.to_uppercase().chain(chars).collect()
                }
                _ => (*w).to_string(),
            }
        })
        .collect();
    changed.then(|| out.join(" "))
}

/// The full name of a blog owner who signs with a common given name ("Ann") on a site named
/// for their surname ("lee" of lee.example), or for both names ("annlee"): "Ann Lee", when the
/// page's furniture (a sidebar's "More from Ann Lee", a photo credit, the footer) or a short
/// line spells given name and surname together. Without that spelling the surname is a guess
/// from the domain, and `None` is returned; so it is for an uncommon first word, which may be a
/// handle. The story's own prose may name a namesake (an ancestor, a founder), so long lines
/// of article text are not read; and the pair must stand alone, not inside a longer name:
/// no capitalised word just before or after it ("Port Elizabeth Harbour", "Carl Peter
/// Tollander", "Henry Tollander Foundation") and no second part joined by a hyphen
/// ("Anna Tollander-Berg").
fn spelt_with_site_surname(
    doc: &Document,
    lex: &Lexicons,
    given: &str,
    domain: &str,
) -> Option<String> {
    let lower = given.to_lowercase();
    if !GIVEN_NAMES.contains(lower.as_str()) || !domain.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // The domain is the surname, or the given name and then the surname.
    let surname = domain.strip_prefix(lower.as_str()).unwrap_or(domain);
    if surname.len() < 4 || surname == lower {
        return None;
    }
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // A word written as a name part or an organisation's word ("Foundation", "Harbour"); a word
    // in capitals is a label of an all-caps line ("MORE FROM HENRY LEE").
    // A word set off by punctuation ("Photo: Ann Lee", "Ann Lee (1880-1959)") is not part of it.
    let name_like = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.starts_with(char::is_alphanumeric)
                && w.ends_with(char::is_alphanumeric)
                && (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    || NOT_A_PERSON_SET.contains(w.to_lowercase().as_str()))
        })
    };
    (1..=doc.lines.len()).find_map(|n| {
        let line = doc.line(n);
        if doc.lines[n - 1].zone.is_none() && line.split_whitespace().nth(8).is_some() {
            return None;
        }
        // ASCII lower-casing keeps every byte offset, so a match indexes the line as written.
        let folded = line.to_ascii_lowercase();
        folded.match_indices(surname).find_map(|(at, _)| {
            let end = at + surname.len();
            let mut after = line[end..].chars();
            if word_char(after.next())
                || line[end..].starts_with('-') && after.next().is_some_and(char::is_alphabetic)
                || line[end..].starts_with(char::is_whitespace)
                    && name_like(line[end..].split_whitespace().next())
            {
                return None;
            }
            let before = line[..at].trim_end();
            if before.len() == line[..at].len() {
                return None;
            }
            let start = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map(|(i, _)| i)?;
            if before[start..].to_lowercase() != lower
                || word_char(before[..start].chars().last())
                || before[..start].ends_with(char::is_whitespace)
                    && name_like(before[..start].split_whitespace().next_back())
            {
                return None;
            }
            let name = display_form(&line[start..end]);
            is_person_name(&name, lex, None).then_some(name)
        })
    })
}

/// The full names that the page graph's one-word people give in their own description: a
/// publishing tool's account shows a first name ("Ann") and the author's profile text opens
/// with the full one ("Ann Lee - engineer and ...", "Ann Lee ist Redakteurin ..."). The
/// name is the account's word and at most two capitalised words after it, none hyphenated, and
/// must end at a separator ("-", "–", "—", a comma, "(") or a copula ("is", "ist", "est", "es",
/// "was", "war"); an account's word that is no common given name ([`GIVEN_NAMES`]) only at a
/// dash ("Tobin Marsk - engineer"). Capitalised words running
/// on are a place or a school ("Ann Arbor native", "Sam Houston State graduate", "Maya
/// Lisbon-based writer"), and an organisation's account opens with no given name ("Velorution
/// Grenoble est une association").
fn bio_full_names(doc: &Document, lex: &Lexicons, site: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc
        .html
        .json_ld
        .iter()
        .filter(|o| o.get("@type").is_some() && is_person_node(o))
    {
        let (Some(name), Some(bio)) = (
            node.get("name").and_then(|v| v.as_str()).map(str::trim),
            node.get("description").and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        if name.is_empty() || name.contains(char::is_whitespace) {
            continue;
        }
        let Some(rest) = bio
            .trim_start()
            .strip_prefix(name)
            .filter(|r| r.starts_with(char::is_whitespace))
        else {
            continue;
        };
        let given = is_given_name(name);
        let mut words = vec![name];
        let mut ended = false;
        for w in rest.split_whitespace() {
            // An account that is no common given name is spelt out only by a profile's "Name -
            // role" shape ("Stefan Holm - Maschinenbauer"), not by a sentence's copula.
            if words.len() >= 2
                && (if given {
                    BIO_NAME_ENDS.contains(&w) || w.starts_with('(')
                } else {
                    matches!(w, "-" | "–" | "—")
                })
            {
                ended = true;
                break;
            }
            let comma = w.strip_suffix(',');
            let bare = comma.unwrap_or(w);
            // A capitalised word with a dot is an initial or a sentence's end, one with a hyphen
            // a place's adjective ("Lisbon-based"): no name read.
            if words.len() == 3 || !written_as_name(bare) || bare.contains(['.', '-', '‐']) {
                break;
            }
            words.push(bare);
            if comma.is_some() {
                ended = given;
                break;
            }
        }
        let full = words.join(" ");
        if ended && words.len() >= 2 && is_person_name(&full, lex, site) {
            out.push(full);
        }
    }
    out
}

/// True when line `n` stands in the article's header: in the article's text or a metadata
/// zone, from three lines above the headline's line `anchor` down to before the story's text.
/// Between the headline and `n` may stand only the line of text right under the headline (or
/// under a later copy of it: a standfirst, a date line, a publishing tool's "Posted by" line),
/// blank lines, lines outside the article's text (zoned) and short lines with a date or a byline; any other line is the article's
/// own text (a paragraph, a verse, a book's title), so `n` is in the story or past it (a
/// sidebar). The lines are read from below `from` when it is below the headline (a byline line
/// there: the free line is taken). Asked only of the few byline lines the account rules weigh.
fn in_article_header(doc: &Document, anchor: usize, from: usize, n: usize) -> bool {
    if n == 0 || n > doc.lines.len() || n + 3 < anchor {
        return false;
    }
    if doc.lines[n - 1]
        .zone
        .is_some_and(|z| z != BlockKind::Metadata)
    {
        return false;
    }
    let headline = doc.line(anchor).trim_fast();
    // The first line of text under the headline (or under a copy of it further down: the
    // anchor may be a copy in the page's top bar) may be anything.
    let mut free = from <= anchor;
    (anchor.max(from) + 1..n).all(|m| {
        let line = doc.line(m).trim_fast();
        if doc.lines[m - 1].zone.is_some() || line.is_empty() {
            return true;
        }
        if line == headline {
            free = true;
            return true;
        }
        std::mem::take(&mut free)
            || pieces_upto(line, 13) <= 12
                && (BY_LINE.is_match(line) || !crate::dates::find_dates(line).is_empty())
    })
}

/// True when byline `line` ends with its names (`out`, the last of them as the line spells it),
/// or with them and a date or a role ("Story by Ann Lee, 7 July", "By Ann Lee, Health
/// Reporter"), and its first letter is no lower-case one: not a sentence going on past the names
/// ("por Ana Robles, la concejala defendió ...") nor one continued from the line above.
fn byline_of_its_own(line: &str, out: &[Byline]) -> bool {
    let line = line.trim_fast();
    if line
        .chars()
        .find(|c| c.is_alphabetic())
        .is_none_or(char::is_lowercase)
    {
        return false;
    }
    let lower = line.to_lowercase();
    let Some(last) = out
        .last()
        .and_then(|b| b.name.split_whitespace().last())
        .map(str::to_lowercase)
    else {
        return false;
    };
    let Some(at) = lower.rfind(&last) else {
        return false;
    };
    // Lower-casing keeps the offsets but for a few letters; then the rest as lower-cased is
    // read, and no role is.
    let text = if lower.len() == line.len() {
        line
    } else {
        &lower
    };
    let rest = text
        .get(at + last.len()..)
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric());
    rest.is_empty()
        || !crate::dates::find_dates(rest).is_empty()
        || pieces_upto(rest, 4) <= 3 && written_as_name(rest)
}

/// The names and markers of the compiled-in agencies, ASCII lower-cased: [`names_an_agency`]
/// looks a name up here instead of comparing it with each of them (about 4,000 instructions a
/// name, and every byline candidate is asked).
static BUILTIN_AGENCY_NAMES: LazyLock<foldhash::HashSet<String>> = LazyLock::new(|| {
    crate::lexicon::BUILTIN
        .agencies
        .iter()
        .flat_map(|a| std::iter::once(&a.name).chain(&a.markers))
        .map(|m| m.to_ascii_lowercase())
        .collect()
});

/// Whether `n` is an agency's name or marker of `lex`, in any ASCII case. For the compiled-in
/// lexicons (an immutable static) the set of their lower-cased names answers: two strings are
/// equal but for ASCII case exactly when their ASCII lower-cased forms are equal.
fn names_an_agency(n: &str, lex: &Lexicons) -> bool {
    if std::ptr::eq(lex, &*crate::lexicon::BUILTIN) {
        return BUILTIN_AGENCY_NAMES.contains(&n.to_ascii_lowercase());
    }
    lex.agencies.iter().any(|a| {
        a.name.eq_ignore_ascii_case(n) || a.markers.iter().any(|m| m.eq_ignore_ascii_case(n))
    })
}

/// True when `name` looks like one person's name: 2–5 words, capitalised (particles aside), no
/// digits, URLs, e-mail or role words.
pub fn is_person_name(name: &str, lex: &Lexicons, site: Option<&str>) -> bool {
    let n = name.trim_fast();
    if n.len() < 4
        || n.len() > 60
        || n.contains(['@', '/', ':', '#', '(', ')', '|', '“', '"', '…'])
        // Two dots in a row, read from each dot's next byte: `contains("..")` sets up a
        // substring searcher for each name asked.
        || memchr::memchr_iter(b'.', n.as_bytes()).any(|i| n.as_bytes().get(i + 1) == Some(&b'.'))
        || n.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || may_glue_words(n) && GLUED_WORDS.is_match(n) {
        return false;
    }
    let lower = n.to_lowercase();
    // A role word that is also a surname ("Staff") names a person after a common given name
    // ("Jörg Staff"), written as a name is; "Sports Staff", "Jörg STAFF" stay refused.
    let surname_role = match words[..] {
        [given, last] => {
            SURNAME_ROLE_WORDS.contains(&last.to_lowercase().as_str())
                && written_as_name(last)
                && last.chars().skip(1).all(char::is_lowercase)
                && is_given_name(given)
                // A desk named for the site's town ("Tyler Staff" on the Tyler Courier).
                && !site.is_some_and(|s| {
                    s.split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(given))
                })
        }
        _ => false,
    };
    if lower
        .split(|c: char| !c.is_alphanumeric())
        .enumerate()
        .any(|(i, w)| NOT_A_PERSON_SET.contains(w) && !(surname_role && i > 0))
    {
        return false;
    }
    if names_an_agency(n, lex) {
        return false;
    }
    if let Some(s) = site {
        let s = s.to_lowercase();
        if !s.is_empty() && (lower.contains(&s) || s.contains(&lower)) {
            return false;
        }
        if names_the_site(n, &s) {
            return false;
        }
    }
    // A name opening with an article names a title or an organisation ("The Harbour Ledger",
    // "Die Hafenzeitung", "Les Amis du Port"), not a person.
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "die" | "der" | "das" | "les" | "los" | "las" | "une" | "ein" | "eine"
        )
    }) {
        return false;
    }
    // Particles stand inside a name, never at its end ("Matthieu Hy le" is a name and the
    // sentence after it).
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase() || PARTICLES.contains(&w.to_lowercase().as_str())
    }) && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
}

/// A name in one script without letter case: its words of letters and marks (the vowel signs
/// and viramas of Devanagari, Arabic's harakat) joined by single spaces, hyphens or a middle dot.
static CASELESS_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{L}\p{M}]+(?:[ \u{3000}\-'’·・][\p{L}\p{M}]+)*$").expect("valid regex")
});
/// Words of roles, desks and outlets in scripts without letter case ("編集部", "기자",
/// "التحرير", "מערכת", "संवाददाता"): a byline that holds one names no person. Matched inside
/// the name, as Chinese and Japanese write words without spaces.
const CASELESS_NOT_A_PERSON: &[&str] = &[
    "编辑",
    "編集",
    "记者",
    "記者",
    "本报",
    "本報",
    "通讯员",
    "通訊員",
    "特派",
    "报道",
    "報導",
    "報道",
    "新闻",
    "新聞",
    "社",
    "网",
    "網",
    "来源",
    "來源",
    "供稿",
    "편집",
    "기자",
    "뉴스",
    "특파원",
    "취재",
    "사진",
    "영상",
    "객원",
    "수습",
    "온라인",
    "신문",
    "التحرير",
    "فريق",
    "مراسل",
    "وكالة",
    "أخبار",
    "اخبار",
    "موقع",
    "מערכת",
    "כתב",
    "חדשות",
    "צוות",
    "संवाददाता",
    "ब्यूरो",
    "डेस्क",
    "समाचार",
    "टीम",
    "संपादक",
    "न्यूज़",
];

/// True when `name` may be one person's name written in a script without letter case (Arabic,
/// Hebrew, Devanagari, Chinese, Japanese, Korean, Thai), where [`is_person_name`]'s test of
/// capitals cannot apply. The caller asks it only of a name that a byline's label or markup
/// vouches for: such a line is a name only there (precision over recall). Names stay short:
/// Chinese, Japanese and Korean ones are 2–4 characters, or two parts of 1–4 with a space
/// between ("佐藤 健"); others are 2–4 words of 2–20 characters each, 40 at most in all.
pub(crate) fn is_caseless_name(name: &str) -> bool {
    let n = name.trim_fast();
    if n.is_ascii()
        || n.chars().any(|c| c.is_uppercase() || c.is_lowercase())
        || !CASELESS_WORDS.is_match(n)
        || CASELESS_NOT_A_PERSON.iter().any(|w| n.contains(w))
        || crate::dates::month_number(n).is_some()
    {
        return false;
    }
    let words: Vec<&str> = n
        .split([' ', '\u{3000}', '-', '\'', '’', '·', '・'])
        .collect();
    let count = |w: &str| w.chars().count();
    let ideographic = |c: char| {
        matches!(c as u32,
            0x3040..=0x30FF // Hiragana, Katakana
            | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
            | 0x1100..=0x11FF | 0xAC00..=0xD7AF | 0x3130..=0x318F) // Hangul
    };
    if n.chars().any(ideographic) {
        let all: usize = words.iter().map(|w| count(w)).sum();
        n.chars()
            .all(|c| ideographic(c) || matches!(c, ' ' | '\u{3000}' | '・'))
            && match words.len() {
                1 => (2..=4).contains(&all),
                2 => words.iter().all(|w| (1..=4).contains(&count(w))) && all <= 7,
                _ => false,
            }
    } else {
        (2..=4).contains(&words.len())
            && words.iter().all(|w| (2..=20).contains(&count(w)))
            && count(n) <= 40
    }
}

/// True when what follows `names` in `segment` is what follows a byline in a metadata line:
/// nothing, a separator or a date, not the rest of a sentence ("... users of Ferrox 7 got the
/// update", where the "by" or "von" before the names was a preposition in prose).
fn ends_metadata(segment: &str, names: &str) -> bool {
    let rest = segment
        .find(names)
        .map_or(segment, |at| &segment[at + names.len()..])
        .trim_start();
    rest.is_empty()
        || rest.starts_with([',', ';', '|', '•', '·', '–', '—', '-', '/', '('])
        || crate::dates::find_dates(rest)
            .first()
            .is_some_and(|d| d.start == 0)
}

/// True when a date follows `names` in `segment`, after a separator or "on"/"am"/"le" at most:
/// "by Jane Doe on August 3, 2019", "By Jane Doe | 3 May 2019".
fn date_follows(segment: &str, names: &str) -> bool {
    let Some(at) = segment.find(names).filter(|_| !names.is_empty()) else {
        return false;
    };
    let rest = segment[at + names.len()..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | '–' | '—' | '-')
    });
    let rest = DATE_PREPOSITION
        .find(rest)
        .map_or(rest, |m| &rest[m.end()..]);
    // The line ends with the date, or other metadata follows it, not the rest of a sentence.
    crate::dates::find_dates(rest).first().is_some_and(|d| {
        let tail = rest[d.end..].trim_start();
        d.start == 0
            && (tail.is_empty()
                || tail.starts_with([',', '|', '•', '·', '–', '—', '-', '/'])
                || tail.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// What follows a date at the start of `line`, after a separator and a time of day: the names of
/// "14.03.2024 - Ann Lee" or "14.03.2024 | 12:45 Uhr | Ann Lee". None without a separator.
/// `pieces` is `pieces_upto(line, k)` for some `k` above 12.
fn names_after_date(line: &str, pieces: usize) -> Option<&str> {
    let line = line.trim_fast();
    // The separator after the date and the time of day must be there before the dates are
    // read (most header lines have none: a title, a byline, a paragraph).
    if pieces > 12 || !separator_then_space(line) {
        return None;
    }
    let date = crate::dates::find_dates(line).into_iter().next()?;
    if date.start != 0 {
        return None;
    }
    let rest = TIME_AND_SEPARATOR.find(&line[date.end..])?;
    let names = line[date.end + rest.end()..].trim_fast();
    (names.split_whitespace().count() <= 8).then_some(names)
}

/// False when [`TIME_AND_SEPARATOR`] cannot match in `s`: every match ends with one of its
/// separators (`|`, `•`, `·`, `–`, `—`, `-`) and white space. Looked for at the separators'
/// bytes and first bytes (0xE2 of `•`, `–` and `—`; 0xC2 of `·`), which a SIMD scan skips to.
fn separator_then_space(s: &str) -> bool {
    let b = s.as_bytes();
    let at = |i: usize| {
        let mut chars = s[i..].chars();
        matches!(chars.next(), Some('|' | '•' | '·' | '–' | '—' | '-'))
            && chars.next().is_some_and(char::is_whitespace)
    };
    memchr::memchr3_iter(b'|', b'-', 0xE2, b).any(at) || memchr::memchr_iter(0xC2, b).any(at)
}

/// `t`'s words joined by single spaces, lower-cased: a headline's key.
fn fold_words(t: &str) -> String {
    // Lower-cased first, then its words pushed one by one (no vector of words, no second
    // string joined): no character lower-cases to white space or from it, and the one whose
    // form depends on its neighbours ('Σ') looks only as far as white space, whatever its run.
    let lowered = t.to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    for w in lowered.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether [`fold_words`]`(line)` is `key`, compared word by word without building it (the
/// bylines' rules ask it of every header line). `to_lowercase` lower-cases a text character by
/// character but for 'Σ', whose form depends on its neighbours: a line holding one is folded.
/// No character lower-cases to white space, so the key's words are the lines' lower-cased.
fn folds_to(line: &str, key: &str) -> bool {
    // An ASCII line (most) word by word as bytes: its white space is ' ' and \t to \r, its
    // lower-casing ASCII's, and the key holds no capital (a key's word outside ASCII differs).
    if line.is_ascii() {
        let mut keys = key.split(' ');
        return line
            .as_bytes()
            .split(|&b| matches!(b, b' ' | b'\t'..=b'\r'))
            .filter(|w| !w.is_empty())
            .all(|w| {
                keys.next()
                    .is_some_and(|k| w.eq_ignore_ascii_case(k.as_bytes()))
            })
            && keys.next().is_none();
    }
    if line.contains('Σ') {
        return fold_words(line) == key;
    }
    let mut keys = key.split(' ');
    line.split_whitespace().all(|w| {
        keys.next()
            .is_some_and(|k| w.chars().flat_map(char::to_lowercase).eq(k.chars()))
    }) && keys.next().is_none()
}

/// Where a byline's label ("By ", "Story by ", "Von ", "Autor: ") at the start of `line` ends.
pub(crate) fn label_end(line: &str) -> Option<usize> {
    BY_PREFIX.find(line).map(|m| m.end())
}

/// True for a word (any case) that names a role, a desk or an outlet rather than a person
/// ("staff", "news", "observer", "gazette"; see [`NOT_A_PERSON`] and [`OUTLET_NAME_WORDS`]).
pub(crate) fn is_outlet_or_role_word(word: &str) -> bool {
    NOT_A_PERSON_SET.contains(word.to_lowercase().as_str())
}

/// True for a word (any case) of a news outlet's name, no role's or label's ("Post", "Ledger",
/// "Channel"; not "Staff", "Updated"): see [`OUTLET_NAME_WORDS`].
pub(crate) fn is_outlet_name_word(word: &str) -> bool {
    OUTLET_NAME_WORDS.contains(&word.to_lowercase().as_str())
}

/// True when `line` reads as a byline line by its opening alone: a byline word ("By", "Story
/// by", "Von", "Por"), a full name and a newsroom role, a full name and a news agency ("Ann
/// Lee | Reuters") or outlet ("Ann Lee | The Kessvik Courier", [`name_and_outlet`]), or an
/// academic's author line ([`academic_author`]). The title rules ask it of the lines around a
/// headline.
pub(crate) fn opens_byline(line: &str) -> bool {
    opens_byline_but_role(line)
        || name_role_matches(line)
        || name_and_outlet(line, &crate::lexicon::BUILTIN).is_some()
        || academic_author(line).is_some()
}

/// Whether `line` opens with a byline's label ("By ", "Por ", "Story by "): see [`BY_PREFIX`].
pub(crate) fn has_by_label(line: &str) -> bool {
    BY_PREFIX.is_match(line)
}

/// [`opens_byline`] but for a name and a role: a byline word or a name and an agency.
fn opens_byline_but_role(line: &str) -> bool {
    BY_PREFIX.is_match(line)
        || may_be_pipe_agency(line)
            && PIPE_AGENCY.captures(line).is_some_and(|c| {
                crate::lexicon::BUILTIN
                    .agency_by_marker(&c["agency"])
                    .is_some()
            })
}

/// True when `line` is a byline and nothing else: [`opens_byline`], and what follows the byline
/// word is one or more people's names ("Story by Carl Wendt", not "Von Brücken und Fähren").
pub(crate) fn is_byline_line(line: &str) -> bool {
    let lex = &*crate::lexicon::BUILTIN;
    if name_role_matches(line)
        || name_and_outlet(line, lex).is_some()
        || academic_author(line).is_some_and(|n| is_person_name(n, lex, None))
    {
        return true;
    }
    // The name and role form was just turned away: not asked twice.
    if !opens_byline_but_role(line) {
        return false;
    }
    let (names, _) = strip_byline(line);
    if opens_lowercase(&names) {
        return false;
    }
    let names = split_names(&names);
    !names.is_empty()
        && names
            .iter()
            .any(|n| is_person_name(trim_name(n), lex, None) || is_caseless_name(trim_name(n)))
}

/// The people a line names and nothing else: one full name, or full names joined by "and",
/// "&" or commas ("Tom Rell and Ana Quill", "Ilse Varnholt, Tomas Oberin"), each of two or three
/// words written as a name and passing [`is_person_name`]. One of them must open with a common
/// given name, which tells two people from a pair of places or a title-case phrase
/// ("North Harbour and South Bay"). `None` for any other line.
pub(crate) fn names_only(line: &str, lex: &Lexicons, site: Option<&str>) -> Option<Vec<String>> {
    let line = line.trim_fast();
    if line.len() > 120 || line.ends_with(['.', '!', '?', ':', ',']) {
        return None;
    }
    let names = split_names(line);
    let full = |n: &String| {
        (2..=3).contains(&n.split_whitespace().count())
            && written_as_name(n)
            && is_person_name(n, lex, site)
    };
    ((1..=4).contains(&names.len())
        && names.iter().all(full)
        && names.iter().any(|n| is_given_full_name(n)))
    .then_some(names)
}

/// True when line `n` opens with a lower-case word and carries on the sentence of the line
/// before, which neither ends a sentence nor is blank: "... entered its second week on
/// Thursday" then "by Gloria Amsel, the harbor chair, who said ..." is prose wrapped at a
/// preposition, not a byline.
fn continues_prose(doc: &Document, n: usize, anchor: usize) -> bool {
    let line = doc.line(n).trim_start();
    // A page's lines are its elements: a line of its own there is no wrap. A label with its
    // colon ("by: Ann Lee") opens no clause of a sentence.
    if doc.format == crate::model::Format::Html
        || n < 2
        || !line.starts_with(|c: char| c.is_lowercase())
        || line
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(':'))
    {
        return false;
    }
    let before = doc.line(n - 1).trim_fast();
    // A short line under the text's headline ("Riapre la ferrovia del lago" / "di Marco
    // Ferri"), its first line or the one the title rules chose past the site's masthead, is
    // the byline under it, not the rest of a sentence.
    let under_headline = (n - 1 == anchor
        || (1..n - 1).all(|k| doc.line(k).trim_fast().is_empty()))
        && line.split_whitespace().count() <= 6;
    before.split_whitespace().count() >= 5
        && !before.ends_with(['.', '!', '?', ':', '"', '”', '»', '|'])
        && !under_headline
}

/// The name in an author element's text that is a copyright sign and the same name twice ("©
/// Ann Lee Ann Lee": a portrait's credit, then the name); `None` for any other text.
fn without_portrait_credit(t: &str) -> Option<String> {
    let rest = t
        .strip_prefix('©')
        .or_else(|| t.strip_prefix("(c)"))
        .or_else(|| t.strip_prefix("(C)"))?
        .trim_start();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let half = words.len() / 2;
    (half >= 2 && words.len() % 2 == 0 && words[..half] == words[half..])
        .then(|| words[..half].join(" "))
}

/// True for two or three words opening with a common given name ("Ann Lee", not "Harbour
/// Courier" or "Weitere Informationen").
/// Co-authors linked one by one ("<a>Ann Lee</a>, <a>Tom Vane</a> y <a>Rosa Quill</a>"): each
/// link is an author element of its own, and the first one alone was chosen. The line of the
/// page that holds the first name and is a byline of full names, each of them also an author
/// element, names them all.
fn with_linked_co_authors(
    doc: &Document,
    lex: &Lexicons,
    site: Option<&str>,
    chosen: Vec<Byline>,
) -> Vec<Byline> {
    let [first] = &chosen[..] else {
        return chosen;
    };
    let elements = &doc.html.author_elements;
    if first.source != "author_element" || elements.len() < 2 {
        return chosen;
    }
    let linked = |name: &str| {
        elements
            .iter()
            .any(|e| display_form(e.trim_fast()).eq_ignore_ascii_case(name))
    };
    let together = (1..=doc.lines.len())
        .map(|n| doc.line(n))
        .filter(|l| l.len() <= 200 && l.contains(first.name.as_str()))
        .find_map(|l| {
            let (names, _) = byline_names(l, false);
            let names: Vec<String> = names.iter().map(|n| display_form(trim_name(n))).collect();
            (names.len() > 1
                && names[0] == first.name
                && names
                    .iter()
                    .all(|n| n.contains(' ') && is_person_name(n, lex, site) && linked(n)))
            .then_some(names)
        });
    match together {
        Some(names) => names
            .into_iter()
            .map(|name| Byline {
                name,
                source: first.source.clone(),
                line: first.line,
            })
            .collect(),
        None => chosen,
    }
}

/// A name written surname first, as library and citation tags write it ("Doe, Jane", "van
/// Berg, Ann Marie"), turned round ("Jane Doe"): one comma, a given name opening the part after
/// it and none opening the part before ("Lee, Tom" is Tom Lee; "Ann Lee, Tom Vane" is a list).
fn surname_first(v: &str) -> Option<String> {
    let (surname, given) = v.split_once(',')?;
    let (surname, given) = (surname.trim_fast(), given.trim_fast());
    let words = |s: &str| s.split_whitespace().count();
    let capitalised = |s: &str| {
        s.split_whitespace()
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let is_given = |s: &str| s.split_whitespace().next().is_some_and(is_given_name);
    (!given.contains(',')
        && (1..=3).contains(&words(surname))
        && (1..=2).contains(&words(given))
        && capitalised(surname)
        && capitalised(given)
        && is_given(given)
        && !is_given(surname))
    .then(|| format!("{given} {surname}"))
}

fn is_given_full_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next();
    // Up to three more words counted, not all: a line of prose runs to hundreds, and a third
    // already fails the test.
    (1..=2).contains(&words.take(3).count()) && first.is_some_and(is_given_name)
}

/// True when `line`, the story's last line `n`, is a name alone after a paragraph of prose
/// ("... in Stockholm.", then "Ann Lee"): two or three capitalised words opening with a common
/// given name. Capitalised words alone are as often a link or a heading ("Weitere
/// Informationen", "Top Stories").
fn bare_sign_off(doc: &Document, n: usize, line: &str) -> bool {
    let capitalised = written_as_name(line);
    let prose_before = (1..n)
        .rev()
        .find(|&k| doc.lines[k - 1].zone.is_none() && !doc.line(k).trim_fast().is_empty())
        .map(|k| doc.line(k).trim_fast())
        .is_some_and(|p| p.len() >= 80 && p.ends_with(['.', '!', '?', '"', '“', '”', '»', '«']));
    capitalised && is_given_full_name(line) && prose_before
}

/// True when every word of `line` opens with a capital and holds only letters, hyphens, dots
/// and apostrophes after it ("Ann-Marie O'Neil", "J. Lee"): the way a name alone is written.
fn written_as_name(line: &str) -> bool {
    line.split_whitespace().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
    })
}

/// True when `line` of a plain text is a name alone: two or three capitalised words opening with
/// a common given name, or (`person` given: the name test of [`is_person_name`]) a person's
/// name of two words.
fn bare_name(line: &str, person: Option<&dyn Fn(&str) -> bool>) -> bool {
    // The length first: most lines of a text are longer, and the name tests read the line's
    // words and look its first up lower-cased (about 700 instructions a line).
    if line.len() > 40 {
        return false;
    }
    let capitalised = written_as_name(line);
    let named = is_given_full_name(line)
        || person.is_some_and(|p| line.split_whitespace().count() == 2 && p(line));
    if !capitalised || !named {
        return false;
    }
    // Three words are a given name, a middle name and a surname ("Mary Clare Jalonick"), not a
    // name and a noun ("Emma Watson Interview", "Jack Frost Returns"): the middle word is a
    // given name too, or an initial.
    let words: Vec<&str> = line.split_whitespace().collect();
    if let [_, middle, _] = words[..] {
        let initial = middle.trim_end_matches('.').chars().count() == 1;
        if !initial && !is_given_name(middle) {
            return false;
        }
    }
    true
}

/// True when line `n` of a plain text is a name alone (two or three capitalised words opening
/// with a common given name) and the next filled line is a date line, or a short line (the
/// outlet's name, the writer's role) with the date line after it.
///
/// Right under the headline (`person` given: the name test of [`is_person_name`]), a person's
/// name of two words needs no common given name: the place vouches for it ("Rosalind Pike" /
/// "Sun 9 Mar 2025"), as a heading there would not stand over the date.
fn bare_name_over_date(
    doc: &Document,
    n: usize,
    line: &str,
    person: Option<&dyn Fn(&str) -> bool>,
) -> bool {
    if doc.format != crate::model::Format::Text || !bare_name(line.trim_fast(), person) {
        return false;
    }
    // A date line, or the reading time a browser's reader view sets under the name ("6–8
    // minutes").
    let dated = |k: usize| {
        let l = doc.line(k);
        l.len() <= 120 && !crate::dates::find_dates(l).is_empty() || READING_TIME.is_match(l)
    };
    let filled: Vec<usize> = (n + 1..=doc.lines.len().min(n + 4))
        .filter(|&k| !doc.line(k).trim_fast().is_empty())
        .take(2)
        .collect();
    match filled[..] {
        [a, ..] if dated(a) => true,
        [a, b] => doc.line(a).split_whitespace().count() <= 4 && dated(b),
        _ => false,
    }
}

/// Characters of the line after a name under the date line that make it a paragraph of the
/// story, not one more line of the header (an outlet's name, a section's): a sentence of ten
/// words or so.
const PARAGRAPH_MIN_CHARS: usize = 60;

/// True when line `n` of a plain text is a name alone right under the story's date line, which
/// is itself the first filled line under the headline (`under_headline`), with a blank line, the
/// text's end or a paragraph after it: "River council approves barrier" / "October 2, 2026" /
/// "Laura Penhallow".
///
/// Stricter than [`bare_name_over_date`]: under a date line stand a section's or a place's name
/// as often ("Local Politics", "Kessvik Harbour"), so the name must open with a common given
/// name, pass [`is_person_name`] (no outlet's, organisation's or the site's word) and hold no
/// place's noun ("Helen County").
///
/// Like [`bare_name_over_paragraph`] and [`bare_name_over_dateline`], asked only of a plain
/// text's line that is a bare name (`bare_name` of the trimmed line, no person test): the
/// caller, `find_at`, asks that once for the three.
fn bare_name_under_date(
    doc: &Document,
    n: usize,
    line: &str,
    under_headline: &dyn Fn(usize) -> bool,
    person: &dyn Fn(&str) -> bool,
) -> bool {
    let line = line.trim_fast();
    if n < 2 {
        return false;
    }
    // The date line right above, a blank line at most between.
    let Some(date_line) = (n.saturating_sub(2).max(1)..n)
        .rev()
        .find(|&k| !doc.line(k).trim_fast().is_empty())
    else {
        return false;
    };
    if !mostly_dated(doc.line(date_line)) || !under_headline(date_line) {
        return false;
    }
    let after = (n + 1..=doc.lines.len().min(n + 2)).find(|&k| !doc.line(k).trim_fast().is_empty());
    let own_line = n == doc.lines.len()
        || doc.line(n + 1).trim_fast().is_empty()
        || after.is_some_and(|k| doc.line(k).trim_fast().len() >= PARAGRAPH_MIN_CHARS);
    own_line && person_not_place(line, person)
}

/// True when `line` passes the `person` test ([`is_person_name`]) and holds no place's noun
/// ("Helen County", "Kessvik Harbour").
fn person_not_place(line: &str, person: &dyn Fn(&str) -> bool) -> bool {
    person(line)
        && !line
            .split_whitespace()
            .any(|w| PLACE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// True when line `n` of a plain text is a name alone right under a headline wrapped over two
/// lines (`under_headline`), set off by a blank line from the story's first paragraph: a printed
/// page's byline as a PDF's text keeps it ("FreshWay fined $18.5 million" / "over fake
/// discounts" / "Liam Hardcastle" / "SYDNEY: Supermarket chain FreshWay ..."). Under a headline
/// on one line, as a web page's scrape sets it, a name alone may be a profile's subject or a
/// caption's: there the byline needs a date line by it ([`bare_name_over_date`]). The name opens
/// with a common given name ([`bare_name`]), passes [`is_person_name`] and holds no place's noun.
fn bare_name_over_paragraph(
    doc: &Document,
    n: usize,
    line: &str,
    under_headline: &dyn Fn(usize) -> bool,
    person: &dyn Fn(&str) -> bool,
) -> bool {
    let line = line.trim_fast();
    if n >= doc.lines.len() || !doc.line(n + 1).trim_fast().is_empty() || !under_headline(n) {
        return false;
    }
    let after = (n + 2..=doc.lines.len().min(n + 3)).find(|&k| !doc.line(k).trim_fast().is_empty());
    after.is_some_and(|k| doc.line(k).trim_fast().len() >= PARAGRAPH_MIN_CHARS)
        && person_not_place(line, person)
}

/// Filled lines above a name, under the headline, that [`bare_name_over_dateline`] lets stand
/// between the two: a standfirst, a kicker, a date line.
const DATELINE_NAME_REACH: usize = 3;

/// True when line `n` of a plain text is a name alone a few lines under the headline (line
/// `anchor`; a standfirst may stand between), set off by a blank line from a paragraph that opens
/// with the story's dateline: "Siobhan Keaveney" / "TULLAMORE — Three schools were closed ...".
/// The story starts right under it, so the name is its byline: a profile's subject or a
/// caption's name has no dateline after it. The name opens with a common given name
/// ([`bare_name`]), passes [`is_person_name`] and holds no place's noun.
fn bare_name_over_dateline(
    doc: &Document,
    lex: &Lexicons,
    n: usize,
    line: &str,
    anchor: usize,
    person: &dyn Fn(&str) -> bool,
) -> bool {
    let line = line.trim_fast();
    if anchor == 0 || n <= anchor || n >= doc.lines.len() || !doc.line(n + 1).trim_fast().is_empty()
    {
        return false;
    }
    let filled_between = (anchor + 1..n)
        .filter(|&k| !doc.line(k).trim_fast().is_empty())
        .count();
    if filled_between > DATELINE_NAME_REACH {
        return false;
    }
    let Some(after) =
        (n + 2..=doc.lines.len().min(n + 3)).find(|&k| !doc.line(k).trim_fast().is_empty())
    else {
        return false;
    };
    crate::agency::dateline(doc, lex, &[after]).is_some_and(|d| d.line == after)
        && person_not_place(line, person)
}

/// True for a short line that opens with a date ("3 October 2026", "Posted: Oct 21, 2026").
fn mostly_dated(line: &str) -> bool {
    let line = line.trim_fast();
    line.len() <= 80
        && crate::dates::find_dates(line)
            .first()
            .is_some_and(|d| 3 * (d.end - d.start) >= line.len())
}

/// The separators between a name and the date on a dated row: a space, a mark and a space.
const DATED_ROW_SEPARATORS: [&str; 6] = [" | ", " · ", " • ", " — ", " – ", " - "];

/// `line` cut at its first [`DATED_ROW_SEPARATORS`] separator: the part before and the part
/// after. Every separator opens with a space and no two open at the same place (none is the
/// start of another), so the first space a separator opens at is where the earliest of the
/// six substring searches, each with its searcher set up, found one (most of
/// [`name_before_date`]'s cost).
fn split_dated_row(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    memchr::memchr_iter(b' ', b).find_map(|i| {
        let sep = DATED_ROW_SEPARATORS
            .iter()
            .find(|sep| b[i..].starts_with(sep.as_bytes()))?;
        Some((&line[..i], &line[i + sep.len()..]))
    })
}

/// The name before a date or a reading time on a byline row: "Ann Lee | March 4, 2025 | 5 min
/// read", "Ann Lee · 6 min read". The caller checks that it is a person's name.
fn name_before_date(line: &str) -> Option<&str> {
    let line = line.trim_fast();
    if line.len() > 120 {
        return None;
    }
    let (head, rest) = split_dated_row(line)?;
    let rest = rest.trim_start();
    let first = rest.split(['|', '·', '•']).next().unwrap_or(rest);
    let dated = crate::dates::find_dates(rest)
        .first()
        .is_some_and(|d| d.start == 0)
        || READING_TIME.is_match(first);
    if !dated && crate::title::names_outlet(head.trim_fast()) {
        // The outlet's name first, as an app's share text sets the row ("Harborlight Gazette ·
        // Ryo Castellane · 11 Nov 2026"): the name before the date follows it.
        return name_before_date(rest);
    }
    dated.then_some(head.trim_fast())
}

/// A byline row of people's names and the outlet's name, set off by a bar, a dash or a bullet:
/// "Dana Vell | The Quarry Courier", "By Dana Vell · Kessvik Post". The names are a person's
/// name alone ([`bare_name`], [`is_person_name`]) or co-authors' ([`names_only`]), and the
/// outlet reads as a masthead ([`crate::title::names_outlet`]): a name beside a section's or a
/// desk's ("Ann Lee | City Desk") is no such row.
pub(crate) fn name_and_outlet<'l>(line: &'l str, lex: &Lexicons) -> Option<NameAndOutlet<'l>> {
    let line = line.trim_fast();
    // The length first: a header's row is short, a paragraph is not.
    if line.len() > 120 {
        return None;
    }
    let (names, outlet) = crate::title::split_header_row(line)?;
    let label = label_end(names);
    let names = names[label.unwrap_or(0)..].trim_fast();
    let outlet = outlet.trim_fast();
    if !crate::title::names_outlet(outlet) {
        return None;
    }
    let person = |l: &str| is_person_name(l, lex, Some(outlet));
    // Vouched for by a byline's label or a common given name; two capitalised words alone
    // beside an outlet are as often a column's name ("Harbor Notes | The Harbor Ledger").
    let vouched = (label.is_some() && written_as_name(names) || bare_name(names, None))
        && person(names)
        || names_only(names, lex, Some(outlet)).is_some();
    (vouched || bare_name(names, Some(&person)) && person(names)).then_some(NameAndOutlet {
        names,
        outlet,
        vouched,
    })
}

/// A newsroom's credit line in place of a byline: "Staff report", "From staff reports", "Staff
/// and wire reports", "The Quarry Courier staff report".
static STAFF_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:from|by)\s+)?(?:(?P<outlet>[^|:;,.]{2,60}?)\s+)?(?i:staff(?:\s+and\s+wire)?\s+reports?)\.?$",
    )
    .expect("valid regex")
});

/// Whether `line` is a newsroom's credit line ([`STAFF_CREDIT`]), which names no person: `Some`
/// of the outlet it names, when the words before "staff report" read as a masthead
/// ([`crate::title::names_outlet`]: "The Quarry Courier staff report"), `Some(None)` for a
/// credit alone ("Staff report", "From staff reports"), `None` for other lines, such as a
/// headline about a report ("Council shelves staff report").
pub(crate) fn staff_credit(line: &str) -> Option<Option<&str>> {
    let line = line.trim_fast();
    // The cheap test first: the credit ends in its "report".
    if line.len() > 90
        || !line
            .trim_end_matches(['.', 's'])
            .to_ascii_lowercase()
            .ends_with("report")
    {
        return None;
    }
    let c = STAFF_CREDIT.captures(line)?;
    match c.name("outlet") {
        None => Some(None),
        Some(o) => crate::title::names_outlet(o.as_str().trim_fast())
            .then_some(Some(o.as_str().trim_fast())),
    }
}

/// What [`name_and_outlet`] reads on a byline row.
pub(crate) struct NameAndOutlet<'l> {
    /// The people's names, without the byline's label.
    pub names: &'l str,
    /// The outlet's name.
    pub outlet: &'l str,
    /// Whether a byline's label or a common given name vouches for the names; else they are a
    /// person's name of two words ([`bare_name`]'s `person` test), a byline only beside the
    /// headline.
    pub vouched: bool,
}

/// True when line `n` opens a note below a story ("(1) These figures...", "[2] See...", "* Name
/// changed"), as the notes a writer's signature stands above.
fn opens_note(doc: &Document, n: usize) -> bool {
    let line = doc.line(n).trim_start();
    // The cheap test first: most lines open with a letter.
    (line.starts_with(['(', '[', '*', '¹', '²', '³'])
        || line.as_bytes().first().is_some_and(u8::is_ascii_digit))
        && NOTE.is_match(line)
}

/// A note's marker opening a line: "(1)", "[1]", "1)", "*", "¹".
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[(\[]\d{1,2}[)\]]|\d{1,2}\)|\*+|[¹²³])\s*\S").expect("valid regex")
});

/// True when line `n`, set all in emphasis (`<strong>Ann Lee</strong>`), is a name alone signing
/// the story: two or three capitalised words opening with a common given name, on the story's
/// last line or after a paragraph of prose with the story's notes below it ("(1) ..."); not the
/// last of a list of names. Emphasis alone on a last line is as often a call to action or a
/// heading ("Weitere Informationen", which `is_person_name` lets through), which a given name
/// rules out.
fn emphasised_sign_off(doc: &Document, n: usize, last: bool) -> bool {
    let line = doc.line(n).trim_fast();
    if !doc.lines[n - 1].emphasis
        || doc.lines[n - 1].zone.is_some()
        || line.len() > 40
        || !written_as_name(line)
        || !is_given_full_name(line)
    {
        return false;
    }
    // The last of a list of names ("Cathy Young, journalist" / "Ann Lee") closes the list, not
    // the story: the line above opens with no name.
    let listed = (1..n)
        .rev()
        .find(|&k| doc.lines[k - 1].zone.is_none() && !doc.line(k).trim_fast().is_empty())
        .is_some_and(|k| {
            let head = doc
                .line(k)
                .split([',', '(', '|', '–', '—'])
                .next()
                .unwrap_or("");
            let head = head.trim_fast();
            (2..=3).contains(&head.split_whitespace().count()) && written_as_name(head)
        });
    if listed {
        return false;
    }
    last || (n > 1
        && n < doc.lines.len()
        && opens_note(doc, n + 1)
        && doc.lines[n - 2].zone.is_none()
        && {
            let p = doc.line(n - 1).trim_fast();
            p.len() >= 80 && p.ends_with(['.', '!', '?', '"', '“', '”', '»', '«'])
        })
}

/// The name signing the story at its end, with its line: the last non-empty line of article
/// text (outside every marked page region) when it is only "(Name)" or "— Name", or ends the
/// story's last sentence with "(Name)". A bare name on the last line is not read: closing
/// links and headings ("Weitere Informationen", "Zum Magazin") and table rows share its shape.
/// The caller checks that the name is a person's.
fn sign_off(doc: &Document) -> Option<(usize, String)> {
    let last = (1..=doc.lines.len())
        .rev()
        .find(|&n| doc.lines[n - 1].zone.is_none() && !doc.line(n).trim_fast().is_empty())?;
    sign_off_at(doc, last).or_else(|| {
        // A name in emphasis above the story's notes signs it too. Only HTML marks emphasis,
        // and only a line above one opening a note is read (few lines open so).
        if doc.format != crate::model::Format::Html {
            return None;
        }
        (2..last)
            .filter(|&k| doc.lines[k].zone.is_none() && opens_note(doc, k + 1))
            .find(|&k| emphasised_sign_off(doc, k, false))
            .map(|k| (k, doc.line(k).trim_fast().to_string()))
    })
}

/// A writer's bio closing a text: a full name of two to four capitalised words, "is a", "is an"
/// or "is the", and the post and where it is held ("Ann Lee is a senior fellow at the Kessvik
/// Institute."), perhaps opened by a dash or set in asterisks.
static CLOSING_BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[*_—–-]*\s*(?P<name>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})\s+is\s+(?:a|an|the)\s+[^.;:!?]{0,120}?\s(?:at|of|for)\s+\S[^;:!?]*[.*_]*$")
        .expect("valid regex")
});
/// Words a closing bio runs to at most: a line or two, not a paragraph of the story ("Ann Lee
/// is a senior fellow at the Kessvik Institute." has 10, with a book's title after it some 25).
const CLOSING_BIO_WORDS: usize = 30;

/// The writer a plain text's closing bio names, on one of its last two lines of text: the line
/// and the name. A name further up is someone the story is about; so may be a long paragraph.
fn closing_bio(doc: &Document, lex: &Lexicons, site: Option<&str>) -> Option<(usize, String)> {
    if doc.format != crate::model::Format::Text {
        return None;
    }
    (1..=doc.lines.len())
        .rev()
        .filter(|&n| doc.lines[n - 1].zone.is_none() && !doc.line(n).trim_fast().is_empty())
        .take(2)
        .find_map(|n| {
            let line = doc.line(n).trim_fast();
            if pieces_upto(line, CLOSING_BIO_WORDS + 1) > CLOSING_BIO_WORDS {
                return None;
            }
            let c = CLOSING_BIO.captures(line)?;
            let name = c.name("name")?.as_str();
            // The writer is not in the story: a surname the text used above is someone it
            // is about ("Kowalczyk said ...", then "Dale Kowalczyk is the sheriff of ...").
            let surname = name.split_whitespace().last()?;
            let named_above = memchr::memmem::find(
                &doc.text.as_bytes()[..doc.lines[n - 1].start],
                surname.as_bytes(),
            )
            .is_some();
            (written_as_name(name) && is_person_name(name, lex, site) && !named_above)
                .then(|| (n, name.to_string()))
        })
}

/// The name signing the story's last line `n` ("— Ann Lee", "(Ann Lee)", a name alone).
fn sign_off_at(doc: &Document, n: usize) -> Option<(usize, String)> {
    let line = doc
        .line(n)
        .trim_fast()
        .trim_end_matches(['+', ' ', '\u{a0}']);
    if line.len() > 2000 {
        return None;
    }
    let name = if let Some(dashed) = line.strip_prefix(['—', '–', '―']) {
        dashed
    } else if let Some(inner) = line.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        inner
    } else if let Some(open) = line.strip_suffix(')').and_then(|b| b.rfind('(')) {
        // "(Name)" after the story's last sentence, not an aside inside it.
        let before = line[..open].trim_end();
        if !before.ends_with(['.', '!', '?', '"', '“', '”', '»', '«']) {
            return None;
        }
        &line[open + 1..line.len() - 1]
    } else if bare_sign_off(doc, n, line) || emphasised_sign_off(doc, n, true) {
        line
    } else {
        return None;
    };
    let name = name.trim_fast();
    // A full name of two to four words, not a sentence or a caption.
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words) && name.len() <= 40 && !name.ends_with(['.', ':', ',', '!', '?']))
        .then(|| (n, name.to_string()))
}

/// A copyright notice and the name after it: "© 2019 Ann Lee", "(c) Ann Lee • Impressum",
/// "Copyright (c) 2012- Ann Lee. All rights reserved.", opening a line. The name is two or three capitalised
/// words; what ends it is checked by [`copyright_holder`].
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:©|\([cC]\)|(?i:copyright))\s*(?:©|\([cC]\))?\s*(?P<year>\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,2})(?P<rest>.*)$")
        .expect("valid regex")
});

/// The person a copyright notice at the page's end names ("© 2019 Ann Lee" closing the story,
/// "Copyright (c) 2012- Ann Lee. All rights reserved." in the footer): on a page that names no
/// author anywhere else, the owner of a personal site, who wrote it. Only below the story's
/// last paragraph of prose, or its last line when no paragraph is prose (a picture's credit
/// inside the story is a photographer's) and opening its line (a
/// caption's "Harbour © Ann Lee / Agency" credits a picture, an excerpt's "Copyright © 2018 by
/// Ann Lee" a book), only a full name that opens with a common given name and has no word in
/// capitals (a company's notice names the company: "Luigi HARBOUR SPA"), only one such person,
/// only when the notice ends after the name (a full stop, a separator, "All rights reserved"),
/// not where a sentence or a credit goes on ("Ann Lee / Agency"), and only when it states a year
/// or rights, as a site's notice does and a picture's credit ("© Ann Lee") does not.
/// Whether `line` holds '©', "(c)", "(C)" or "copyright" in any case, as its `to_lowercase`
/// would: no character outside ASCII lower-cases to one of the word's letters but 'İ' (to 'i'
/// and a combining dot, which no 'g' follows). Read by a SIMD scan for the bytes that open them,
/// without a lower-cased copy of every line of a page's end (about 78K instructions a page).
fn may_note_copyright(line: &str) -> bool {
    let b = line.as_bytes();
    line.contains('©')
        || memchr::memchr3_iter(b'(', b'c', b'C', b).any(|i| {
            let rest = &b[i..];
            rest.starts_with(b"(c)")
                || rest.starts_with(b"(C)")
                || rest
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"))
        })
}

fn copyright_holder(doc: &Document, lex: &Lexicons, site: Option<&str>) -> Option<(usize, String)> {
    let last = (1..=doc.lines.len())
        .rev()
        .find(|&n| doc.lines[n - 1].zone.is_none() && !doc.line(n).trim_fast().is_empty())?;
    // A notice may close the story's text above a contact box the page counts as content: read
    // from the line after the story's last paragraph of prose.
    let prose = |k: usize| {
        let p = doc.line(k).trim_fast();
        doc.lines[k - 1].zone.is_none()
            && p.len() >= 80
            && p.ends_with(['.', '!', '?', '"', '“', '”', '»', '«'])
    };
    let first = (1..=last)
        .rev()
        .find(|&k| prose(k))
        .map_or(last, |k| (k + 1).min(last));
    let mut found: Option<(usize, String)> = None;
    for n in first..=doc.lines.len() {
        let line = doc.line(n);
        // The cheap test first: most lines hold no notice.
        if !may_note_copyright(line) {
            continue;
        }
        let Some(c) = COPYRIGHT.captures(line) else {
            continue;
        };
        let name = c["name"].trim_fast();
        let rest = c["rest"].trim_start();
        let ends = rest.is_empty()
            || rest.starts_with(['.', ',', '|', '•', '·', '–', '—', '-'])
            || rest.to_lowercase().starts_with("all rights")
            || rest.to_lowercase().starts_with("alle rechte");
        // A site's notice states its years or its rights; a picture's credit below a teaser
        // ("© Ann Lee") states neither.
        let lower_rest = rest.to_lowercase();
        let site_notice = c.name("year").is_some()
            || ["rights", "rechte", "droits", "derechos", "diritti"]
                .iter()
                .any(|w| lower_rest.contains(w));
        let capitals = name.split_whitespace().any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
        if !ends
            || !site_notice
            || capitals
            || !written_as_name(name)
            || !is_given_full_name(name)
            || !is_person_name(name, lex, site)
        {
            continue;
        }
        let name = display_form(name);
        match &found {
            Some((_, f)) if !f.eq_ignore_ascii_case(&name) => return None,
            Some(_) => {}
            None => found = Some((n, name)),
        }
    }
    found
}

/// Splits a byline string into names ("Jane Doe and John Roe" → two).
/// Lower-case particles that may open a surname written alone ("van der Berg", "de Souza").
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "al", "el",
    "bin", "ibn", "ter", "zu",
];

/// True when `names` opens with a lower-case word that no name opens with, and more words follow
/// (a handle alone, "Verfasst von: annlee", is written in lower case).
fn opens_lowercase(names: &str) -> bool {
    let mut words = names.split_whitespace();
    let first = words.next();
    words.next().is_some()
        && first.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !NAME_PARTICLES.contains(&w.trim_end_matches([',', '.']))
        })
}

fn split_names(s: &str) -> Vec<String> {
    // Undecoded HTML entities ("Redacci&oacute;n") would be split into nonsense at the ';'.
    // A company's name with its seat ("Example Verlag GmbH, Munich, Germany") names no person,
    // and splitting it would make its town and country look like two.
    if ENTITY.is_match(s) || ORGANISATION.is_match(s) {
        return Vec::new();
    }
    let s = s.trim_fast().trim_end_matches([',', ';']);
    // Drop a trailing affiliation: "Jane Doe, Reuters" / "Jane Doe | The Ledger" handled by split + filter.
    let split = may_split(s).then(|| SPLIT.split(s));
    let whole = split.is_none().then_some(s);
    split
        .into_iter()
        .flatten()
        .chain(whole)
        .map(|p| {
            p.trim_fast()
                .trim_start_matches("By ")
                .trim_fast()
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Schema.org types besides articles whose `author` is the page's author: a recipe's cook, the
/// opening post's writer of a forum thread. (Reviews and comments inside them are not.)
fn is_signed_work(obj: &serde_json::Value) -> bool {
    const SIGNED: &[&str] = &["recipe", "discussionforumposting"];
    let ty = |t: &serde_json::Value| {
        t.as_str()
            .is_some_and(|s| SIGNED.contains(&s.to_ascii_lowercase().as_str()))
    };
    match obj.get("@type") {
        Some(serde_json::Value::Array(a)) => a.iter().any(ty),
        Some(t) => ty(t),
        None => false,
    }
}

/// True when a JSON-LD node's `@type` is absent or `Person` (in a list of types too).
fn is_person_node(v: &serde_json::Value) -> bool {
    match v.get("@type") {
        None => true,
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .any(|t| t.as_str().is_some_and(|t| t.eq_ignore_ascii_case("person"))),
        Some(t) => t.as_str().is_none_or(|t| t.eq_ignore_ascii_case("person")),
    }
}

/// True for a node typed both `Person` and `Organization`: a site that stands for a person.
fn represents_person(v: &serde_json::Value) -> bool {
    let Some(serde_json::Value::Array(types)) = v.get("@type") else {
        return false;
    };
    let has = |t: &str| {
        types
            .iter()
            .any(|x| x.as_str().is_some_and(|x| x.eq_ignore_ascii_case(t)))
    };
    has("person") && has("organization")
}

/// The name of an author node: its own `name`, or, for a bare reference (`{"@id": "..."}`, as
/// Yoast and other generators write an article's author), the name of the `Person` node of the
/// page's graph with that `@id`.
fn person_name<'a>(v: &'a serde_json::Value, people: &[(&'a str, &'a str)]) -> Option<&'a str> {
    if let Some(n) = v.get("name") {
        return n.as_str().filter(|_| is_person_node(v));
    }
    let id = v.get("@id")?.as_str()?;
    people.iter().find(|(i, _)| *i == id).map(|(_, n)| *n)
}

/// True for a `WebPage` node whose author is a reference to a `Person` of the graph: how Yoast
/// and similar generators mark a post's writer when they type the post as a page.
fn is_authored_page(obj: &serde_json::Value, people: &[(&str, &str)]) -> bool {
    let page = match obj.get("@type") {
        Some(serde_json::Value::Array(a)) => a.iter().any(|t| t == "WebPage"),
        Some(t) => t == "WebPage",
        None => false,
    };
    page && obj
        .get("author")
        .and_then(|a| a.get("@id"))
        .and_then(|id| id.as_str())
        .is_some_and(|id| people.iter().any(|(i, _)| *i == id))
}

/// The names of the organisations among an article's JSON-LD authors: nodes typed
/// `Organization` or one of its kinds (`NewsMediaOrganization`, `Corporation`), and not `Person`
/// too (a site set to stand for a person, see [`represents_person`]).
fn organisation_authors<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    let organisation = |node: &serde_json::Value| {
        let types: Vec<&str> = match node.get("@type") {
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect(),
            Some(serde_json::Value::String(t)) => vec![t.as_str()],
            _ => vec![],
        };
        types
            .iter()
            .any(|t| t.ends_with("Organization") || *t == "Corporation")
            && !types.iter().any(|t| t.eq_ignore_ascii_case("person"))
    };
    let nodes: Vec<&serde_json::Value> = match v {
        serde_json::Value::Array(a) => a.iter().take(20).collect(),
        node => vec![node],
    };
    out.extend(
        nodes
            .into_iter()
            .filter(|n| organisation(n))
            .filter_map(|n| n.get("name")?.as_str()),
    );
}

fn json_ld_authors(v: &serde_json::Value, people: &[(&str, &str)], out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.extend(split_names(s)),
        serde_json::Value::Array(a) => a.iter().take(20).for_each(|x| {
            if let Some(s) = x.as_str() {
                out.extend(split_names(s));
            } else if let Some(n) = person_name(x, people) {
                out.push(n.to_string());
            }
        }),
        serde_json::Value::Object(_) => {
            if let Some(n) = person_name(v, people) {
                out.extend(split_names(n));
            }
        }
        _ => {}
    }
}

/// Trailing punctuation off a name, keeping the dot of an initial or of "Jr." ("Joe S.").
fn trim_name(name: &str) -> &str {
    let n = name
        .trim_fast()
        .trim_end_matches([',', ';', ':', '\'', '"', '’', '”'])
        .trim_fast();
    match n.strip_suffix('.') {
        // Not the dots of an ellipsis ("Erweiterte Suche..."), which no name ends with.
        Some(rest)
            if !rest.ends_with('.')
                && rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.chars().count() > 3) =>
        {
            rest
        }
        _ => n,
    }
}

/// Meta tags that name the author, the most specific first: scholarly citation tags and Dublin
/// Core, the tags of publishing tools, then the generic ones.
pub(crate) const META_AUTHOR_KEYS: &[&str] = &[
    "citation_author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "article:author",
    "author",
    "twitter:creator:name",
];

/// The labels of a link preview's author row, as publishing tools write them.
const WRITTEN_BY: &[&str] = &[
    "written by",
    "verfasst von",
    "geschrieben von",
    "escrito por",
    "écrit par",
    "scritto da",
    "geschreven door",
];

/// Candidate names from one place: one JSON-LD article, the meta tags, one author element or one
/// byline line. `vouched` names come with markup or a byline label, so one word may be a name.
struct Group {
    source: &'static str,
    line: Option<usize>,
    /// Each name, whether it is vouched for, and which of the group's texts it was split from.
    names: Vec<(String, bool, usize)>,
    /// The text said it was a byline ("By ...", "Autor: ..."), not only its markup.
    labelled: bool,
}

impl Group {
    /// The writers of a Japanese credit ("（文・山田花子）"), labelled and vouched for, at `line`
    /// when the credit has its line to itself.
    fn of_ja_writers(c: JaCredit<'_>, line: Option<usize>) -> Group {
        Group {
            source: "byline_line",
            labelled: true,
            line,
            names: c
                .writers
                .into_iter()
                .map(|x| (x.to_string(), true, 0))
                .collect(),
        }
    }
}

/// [`find_at`] with the headline's line found here.
#[cfg(test)]
pub fn find(
    doc: &Document,
    lex: &Lexicons,
    site: Option<&str>,
    headline: Option<&str>,
    header_lines: &[usize],
) -> Vec<Byline> {
    let anchor = crate::dates::anchor_keyed(doc, headline).line;
    find_at(doc, lex, site, headline, header_lines, anchor)
}

/// Finds the document's authors. `header_lines` are the lines where a text byline may stand (the
/// first lines and metadata zones); the lines around `headline` are searched too. `anchor` is
/// the headline's line ([`crate::dates::anchor_keyed`] of the document and `headline`):
/// `extract` finds it once for this and for the dates' header line, which asks the same of the
/// same title.
///
/// The first group of the most trusted source that yields a name wins, so the bylines of teasers
/// and comments further down never join the article's.
pub(crate) fn find_at(
    doc: &Document,
    lex: &Lexicons,
    site: Option<&str>,
    headline: Option<&str>,
    header_lines: &[usize],
    anchor: usize,
) -> Vec<Byline> {
    let mut groups: Vec<Group> = Vec::new();
    // The organisations the page's graph gives as the article's author ("author": {"@type":
    // "Organization", "name": "Verdance Home Energy"}): a byline that names one names no person
    // (a sponsor's "By Verdance Home Energy", a brand studio's).
    let mut organisations: Vec<&str> = Vec::new();
    // The page graph's people by `@id`, for authors given as a reference to one of them.
    let people: Vec<(&str, &str)> = doc
        .html
        .json_ld
        .iter()
        .filter(|o| o.get("@type").is_some() && is_person_node(o))
        .filter_map(|o| Some((o.get("@id")?.as_str()?, o.get("name")?.as_str()?)))
        .collect();
    for obj in doc.html.json_ld.iter().filter(|o| {
        crate::dates::is_article_type(o) || is_signed_work(o) || is_authored_page(o, &people)
    }) {
        let mut names = Vec::new();
        for key in ["author", "creator"] {
            if let Some(a) = obj.get(key) {
                json_ld_authors(a, &people, &mut names);
                organisation_authors(a, &mut organisations);
            }
        }
        groups.push(Group {
            source: "jsonld",
            labelled: false,
            line: None,
            names: names
                .into_iter()
                .map(|n| (strip_byline(&n).0, true, 0))
                .collect(),
        });
    }
    // One group per key, the most specific first: a page's generic `author` tags also come
    // from microdata further down (the authors of cited works in a reference list).
    for key in META_AUTHOR_KEYS {
        let mut names = Vec::new();
        for (text, (k, v)) in doc.html.meta.iter().enumerate() {
            if k == key && !v.starts_with("http") {
                let turned = surname_first(v);
                let v = turned.as_deref().unwrap_or(v);
                let (found, _) = byline_names(v, true);
                names.extend(found.into_iter().map(|n| (n, true, text)));
            }
        }
        groups.push(Group {
            source: "meta",
            labelled: false,
            line: None,
            names,
        });
    }
    // Last of the tags, the "Written by" row of a link preview: SEO plugins (Yoast) write the
    // label in `twitter:labelN` ("Written by", "Verfasst von") and the author in `twitter:dataN`.
    let meta_value = |key: &str| {
        doc.html
            .meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let mut names = Vec::new();
    // A page without such a label (every plain text, most pages) skips building the keys.
    let labels = doc
        .html
        .meta
        .iter()
        .any(|(k, _)| k.starts_with("twitter:label"));
    for i in (1..=4).filter(|_| labels) {
        let label = meta_value(&format!("twitter:label{i}")).map(str::trim);
        if label.is_some_and(|l| {
            WRITTEN_BY
                .iter()
                .any(|w| l.trim_end_matches(':').eq_ignore_ascii_case(w))
        }) {
            if let Some(v) =
                meta_value(&format!("twitter:data{i}")).filter(|v| !v.starts_with("http"))
            {
                let (found, _) = byline_names(v, true);
                names.extend(found.into_iter().map(|n| (n, true, 0)));
            }
        }
    }
    groups.push(Group {
        source: "meta",
        labelled: false,
        line: None,
        names,
    });
    for (i, t) in doc.html.author_elements.iter().enumerate() {
        // An author link around the author's portrait holds the portrait's credit before the
        // name: "© Ann Lee Ann Lee" is Ann Lee.
        let credited = without_portrait_credit(t);
        let t = credited.as_deref().unwrap_or(t);
        // The first author element is the article's byline more often than not; later ones need
        // a label to be read as one word.
        let (names, said) = byline_names(t, false);
        let labelled = said || i == 0;
        groups.push(Group {
            labelled: said,
            source: "author_element",
            line: None,
            names: names.into_iter().map(|n| (n, labelled, 0)).collect(),
        });
    }
    let near_headline = (anchor.saturating_sub(3)..=anchor + 12)
        .filter(|&n| n >= 1 && n <= doc.lines.len())
        .filter(|&n| {
            let line = &doc.lines[n - 1];
            !line.foreign
                && line
                    .zone
                    .is_none_or(|z| matches!(z, BlockKind::Metadata | BlockKind::Furniture))
        });
    // Line `n` is the first filled line under the headline's.
    let blank = |k: usize| doc.line(k).trim_fast().is_empty();
    let under_headline = |n: usize| anchor > 0 && n > anchor && (anchor + 1..n).all(blank);
    // Line `n` is the first filled line under a headline wrapped over two lines, as a printed
    // page's text (a PDF's, a hard-wrapped copy) sets it: the two filled lines above `n` are the
    // headline's halves, which no one line holds.
    // A headline may open with a byline's word ("Von Brücken und Fähren", "By the River"): the
    // headline's own line is never its byline.
    let headline_key = headline.map(fold_words).filter(|h| !h.is_empty());
    let under_wrapped_headline = |n: usize| {
        headline_key.as_deref().is_some_and(|h| {
            let mut above = (1..n).rev().filter(|&k| !blank(k));
            let (Some(second), Some(first)) = (above.next(), above.next()) else {
                return false;
            };
            first + 1 == second
                && fold_words(&format!("{} {}", doc.line(first), doc.line(second))) == h
        })
    };
    let mut lines: Vec<usize> = header_lines.iter().copied().chain(near_headline).collect();
    lines.sort_unstable();
    lines.dedup();
    // Folding keeps the number of words, so a line with another count is not the headline:
    // counted (and stopped early) before the words are compared.
    // (The key's words are joined by single spaces: counted as its spaces and one.)
    let headline_words = headline_key
        .as_deref()
        .map_or(0, |h| memchr::memchr_iter(b' ', h.as_bytes()).count() + 1);
    // A line's words are counted once, as far as any rule below asks (`pieces_upto(line, k)` is
    // `pieces.min(k)` for every `k` up to that far).
    let pieces_read = 26.max(headline_words + 1);
    let is_headline = |line: &str, pieces: usize| {
        headline_key
            .as_deref()
            .is_some_and(|h| pieces == headline_words && folds_to(line, h))
    };
    // An Indonesian or Malay page, where "Oleh" is the byline's label even before one name:
    // its `<html lang>`, else its text using the language's commonest word ("yang"). Asked
    // only of a byline line opening with "Oleh", once.
    let oleh_page = std::cell::OnceCell::new();
    let oleh_label = || {
        *oleh_page.get_or_init(|| {
            doc.html
                .lang
                .as_deref()
                .is_some_and(|l| l.starts_with("id") || l.starts_with("ms"))
                || memchr::memmem::find(doc.text.as_bytes(), b" yang ").is_some()
        })
    };
    // The lines of academics' author lines read (see [`academic_author`]): co-authors each have
    // one, one under the other.
    let mut academic_lines: Vec<usize> = Vec::new();
    // The words of the line after the one read, counted for it and kept for the next turn:
    // header lines mostly follow one another.
    let mut counted_next: Option<(usize, usize)> = None;
    for n in lines {
        let line = doc.line(n);
        let pieces = match counted_next {
            Some((m, pieces)) if m == n => pieces,
            _ => pieces_upto(line, pieces_read),
        };
        let next = (n < doc.lines.len()).then(|| doc.line(n + 1));
        let next_pieces = next.map(|l| pieces_upto(l, pieces_read));
        counted_next = next_pieces.map(|p| (n + 1, p));
        if is_headline(line, pieces) {
            continue;
        }
        // The Korean, Chinese and Japanese credits below each need a word in their script
        // ("기자", "記者", "文", "写真"): an ASCII line, most lines of most texts, holds none, and
        // one test of the line spares the three searches (about a thousand instructions a line).
        let cjk = !line.is_ascii();
        // (The next line's words, counted already, are the first test; then this line's: a label
        // alone is one to five words, "— Blog entry by :" at most, and a blank line none.)
        if let Some(next) = next.filter(|_| {
            next_pieces.is_some_and(|p| p <= 6)
                && (1..=5).contains(&pieces)
                && (LABEL_ALONE.is_match(line) || BY_ALONE.is_match(line))
        }) {
            let (names, _) = strip_byline(next);
            groups.push(Group {
                source: "byline_line",
                labelled: true,
                line: Some(n + 1),
                // Full names only: a label on a line of its own is also a form's ("Von:").
                names: split_names(&names)
                    .into_iter()
                    .map(|x| (x, false, 0))
                    .collect(),
            });
        } else if pieces > 0 && BY_LINE.is_match(line) && !continues_prose(doc, n, anchor) {
            let (names, labelled) = strip_byline_in(line, oleh_label);
            // "By signing up, you agree to ...", "By contrast, Mayor Ann Lee ...": a sentence
            // opening with "By", whose first word after it is no name's.
            if opens_lowercase(&names) {
                continue;
            }
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: split_names(&names)
                    .into_iter()
                    .map(|x| (x, labelled, 0))
                    .collect(),
            });
        } else if let Some(name) = cjk.then(|| ko_reporter(line)).flatten() {
            // "김민준 기자": a Korean reporter's name before the word for reporter.
            groups.push(Group {
                source: "byline_line",
                labelled: true,
                line: Some(n),
                names: vec![(name.to_string(), true, 0)],
            });
        } else if let Some((names, _)) = cjk.then(|| cjk_reporter(line)).flatten() {
            // "〔記者王怡君／台中報導〕": a reporter's credit and place opening the story. The
            // line is the story's first paragraph too: no line of its own to take from the body.
            groups.push(Group {
                source: "byline_line",
                labelled: true,
                line: None,
                names: names
                    .into_iter()
                    .map(|x| (x.to_string(), true, 0))
                    .collect(),
            });
        } else if let Some(c) = cjk
            .then(|| ja_credit(line))
            .flatten()
            .filter(|c| c.alone && !c.writers.is_empty())
        {
            // "（文・山田花子）": a Japanese credit of the text on a line of its own.
            groups.push(Group::of_ja_writers(c, Some(n)));
        } else if let Some(c) = (pieces < 25 && may_inline_by(line))
            .then(|| INLINE_BY.captures(line))
            .flatten()
        {
            // "Autor:" anywhere; "von"/"by" only after the line's date ("Posted on 3 May by"),
            // as German and English prose use both words everywhere.
            let at = c.get(0).map_or(0, |m| m.start());
            // After the line's date, with at most a time of day between ("3 May 2019 at 10:15
            // by", "03.05.2019 um 10:15 Uhr von"): a date inside a sentence or a headline
            // ("... seit 1.1.2021 und die Abrechnung von Übergangsfällen") is no metadata line.
            let after_date = || {
                crate::dates::find_dates(line)
                    .iter()
                    .filter(|d| d.end <= at)
                    .any(|d| {
                        line[d.end..at]
                            .split(|c: char| {
                                c.is_whitespace()
                                    || matches!(c, ',' | '|' | '•' | '·' | '–' | '—' | '-' | '/')
                            })
                            .all(|w| {
                                w.chars().count() <= 3
                                    || w.contains(|c: char| c.is_ascii_digit())
                                    || w.eq_ignore_ascii_case("uhr")
                            })
                    })
            };
            // After the byline word, a place or a blog's category may follow the names ("on 3
            // May 2019 by Ann Lee in Travel"): cut as after any byline label.
            let label_in = c.get(0).map_or(&[][..], |m| place_word_after(m.as_str()));
            let raw_names = without_places_and_outlets(inline_by_names(&c), label_in);
            let (names, _) = strip_byline(&raw_names);
            // The tests are pure; the dates of the whole line, the dearest, are looked for last.
            if c.name("colon").is_some()
                || date_follows(&line[at..], &names)
                || ends_metadata(&raw_names, &names) && after_date()
            {
                // An editor's label ("Redaktion:") names a desk as often as a person
                // ("Redaktion: Politik"): full names only after it.
                let vouched = !c
                    .name("colon")
                    .is_some_and(|l| l.as_str().to_lowercase().starts_with("redaktion"));
                groups.push(Group {
                    source: "byline_line",
                    labelled: false,
                    line: Some(n),
                    names: split_names(&names)
                        .into_iter()
                        .map(|x| (x, vouched, 0))
                        .collect(),
                });
            }
        } else if pieces <= 6 && GLUED_PREFIX.is_match(line) {
            // "ByJane Doe": the label and the name in two inline elements laid out apart.
            let (names, labelled) = strip_byline(line);
            groups.push(Group {
                source: "byline_line",
                labelled,
                line: Some(n),
                names: split_names(&names)
                    .into_iter()
                    .map(|x| (x, labelled, 0))
                    .collect(),
            });
        } else if let Some(names) = names_after_date(line, pieces) {
            // "14.03.2024 - Ann Lee", "14.03.2024 | 12:45 Uhr | Ann Lee": a metadata line that
            // is a date, then full names and nothing else.
            let names: Vec<String> = split_names(names);
            if !names.is_empty()
                && names
                    .iter()
                    .all(|x| is_person_name(trim_name(x), lex, site))
            {
                groups.push(Group {
                    source: "byline_line",
                    labelled: false,
                    line: Some(n),
                    names: names.into_iter().map(|x| (x, false, 0)).collect(),
                });
            }
        } else if bare_name_over_date(doc, n, line, {
            under_headline(n).then_some(&|l: &str| is_person_name(l, lex, site))
        }) {
            // "Jessamy Orrell" / "Millbrook Observer" / "Published 6:02 a.m. ET Nov. 17, 2026":
            // a name alone on its line above the story's date line, as Gannett-style pages lay
            // out their bylines (a scrape keeps the lines, not the markup).
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: vec![(line.trim_fast().to_string(), false, 0)],
            });
        } else if doc.format == crate::model::Format::Text
            // Each of the three needs a plain text's line to be a bare name (`bare_name` of the
            // trimmed line, no person test): asked once here, not again by each.
            && bare_name(line.trim_fast(), None)
            && (bare_name_under_date(doc, n, line, &under_headline, &|l: &str| {
                is_person_name(l, lex, site)
            }) || bare_name_over_paragraph(
            doc,
            n,
            line,
            &under_wrapped_headline,
            &|l: &str| is_person_name(l, lex, site),
        ) || bare_name_over_dateline(doc, lex, n, line, anchor, &|l: &str| {
                is_person_name(l, lex, site)
            }))
        {
            // "Laura Penhallow" alone under the date line that stands under the headline: the
            // byline set below the date, as a scrape keeps it.
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: vec![(line.trim_fast().to_string(), false, 0)],
            });
        } else if let Some(name) = (doc.format != crate::model::Format::Html
            && anchor > 0
            && n > anchor
            && n <= anchor + ACADEMIC_LINE_REACH)
            .then(|| academic_author(line))
            .flatten()
        {
            // "Dana Whitcombe, Senior Lecturer in Marine Biology, University of Tarrow" under a
            // text's headline: its author and her post; a co-author's such line may follow.
            academic_lines.push(n);
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: vec![(name.to_string(), false, 0)],
            });
        } else if let Some(c) = name_role_matches(line)
            .then(|| NAME_ROLE.captures(line))
            .flatten()
            .filter(|c| {
                // Nothing after the role but the line's date ("· 2 May 2024").
                c.name("rest")
                    .is_none_or(|r| !crate::dates::find_dates(r.as_str()).is_empty())
            })
        {
            // "Ann Lee, Health Reporter": a full name and a newsroom role.
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: vec![(c["names"].to_string(), false, 0)],
            });
        } else if let Some(row) = name_and_outlet(line, lex)
            .filter(|r| r.vouched || under_headline(n) || n < anchor && (n + 1..anchor).all(blank))
        {
            // "Dana Vell | The Quarry Courier": the byline row of a scrape that keeps the
            // writer's name and the outlet's on one line (the outlet names the site: the title
            // rules read it). A name without a common given name only right above or under the
            // headline, as [`bare_name_over_date`] reads one.
            let names = row.names;
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: split_names(names)
                    .into_iter()
                    .map(|x| (x, false, 0))
                    .collect(),
            });
        } else if let Some(c) = (may_be_pipe_agency(line) && PIPE_AGENCY.is_match(line))
            .then(|| PIPE_AGENCY.captures(line))
            .flatten()
        {
            if lex.agency_by_marker(&c["agency"]).is_some() {
                groups.push(Group {
                    source: "byline_line",
                    labelled: false,
                    line: Some(n),
                    names: vec![(c["names"].to_string(), false, 0)],
                });
            }
        } else if let Some(names) = under_headline(n)
            .then(|| name_before_date(line))
            .flatten()
            .and_then(|h| {
                if (2..=3).contains(&h.split_whitespace().count())
                    && written_as_name(h)
                    && is_person_name(h, lex, site)
                {
                    Some(vec![h.to_string()])
                } else {
                    // Co-authors before the date ("Ann Lee, Tom Vane | March 4, 2025").
                    names_only(h, lex, site).filter(|names| names.len() >= 2)
                }
            })
        {
            // "Ann Lee | March 4, 2025 | 5 min read" right under the headline: a blog's or a
            // magazine's byline row, the name set off from the date.
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: names.into_iter().map(|x| (x, false, 0)).collect(),
            });
        } else if let Some(names) = (n == anchor + 1
            && doc.format == crate::model::Format::Text
            // Not the end of a headline that breaks off before a name ("... pays tribute to"
            // / "Margaret Hollis"): the title rules joined it to the headline.
            && !crate::title::ends_on_a_link_word(doc.line(anchor)))
        .then(|| names_only(line, lex, site))
        .flatten()
        .filter(|_| {
            // A line of its own: a blank line, or the date line, or the end after it.
            (n + 1 > doc.lines.len())
                || doc.line(n + 1).trim_fast().is_empty()
                || mostly_dated(doc.line(n + 1))
        }) {
            // "Tom Rell and Ana Quill" alone on the line right under a text's headline: its
            // byline without a label, as a scrape keeps it.
            groups.push(Group {
                source: "byline_line",
                labelled: false,
                line: Some(n),
                names: names.into_iter().map(|x| (x, false, 0)).collect(),
            });
        }
    }
    // Last, a line that is only "Author: Jane Doe" anywhere on the page (an author box below
    // the story, a footer), outside other texts' regions.
    for n in 1..=doc.lines.len() {
        let zone = doc.lines[n - 1].zone;
        if matches!(zone, Some(BlockKind::Comments | BlockKind::HeadlineList))
            || doc.lines[n - 1].foreign
        {
            continue;
        }
        // In a fact box about a book or a product ("Title: ...", "Publisher: ...", "Pages:
        // ...") the author is the work's, not the page's.
        // (Checked after the label, which few lines hold, not five times for every line.)
        if !may_label_author(doc.line(n)) {
            continue;
        }
        let label_alone = n < doc.lines.len() && LABEL_ALONE.is_match(doc.line(n));
        let names = if label_alone {
            let next = doc.line(n + 1).trim_fast();
            if !(4..=60).contains(&next.len()) || next.contains([':', '|']) {
                continue;
            }
            strip_byline(next).0
        } else if let Some(names) = memchr::memchr(b':', doc.line(n).as_bytes())
            // `LABEL_LINE` needs a colon after its label: a line without one skips both searches.
            .and_then(|_| {
                label_line_names(doc.line(n))
                    .map(|s| s.trim_fast().to_string())
                    .or_else(|| label_line_names_before_end(doc.line(n)))
            })
        {
            names
        } else {
            continue;
        };
        let near = n.saturating_sub(2).max(1)..=(n + 2).min(doc.lines.len());
        if near.into_iter().any(|m| WORK_FACT.is_match(doc.line(m))) {
            continue;
        }
        groups.push(Group {
            source: "byline_line",
            labelled: true,
            line: Some(n),
            names: split_names(&names)
                .into_iter()
                .map(|x| (x, !label_alone, 0))
                .collect(),
        });
    }
    // A Japanese story credits its writer at its end: "（文・山田花子）" on a line of its own or
    // after the last sentence, or "文・山田花子", perhaps above the pictures' credit
    // ("（写真・鈴木一郎）"). A credit inside the last paragraph leaves that paragraph to the
    // body: it has no line of its own, as a Chinese reporter's credit opening the story.
    let tail = (1..=doc.lines.len())
        .rev()
        .filter(|&n| {
            let l = &doc.lines[n - 1];
            l.zone.is_none() && !l.foreign && !doc.line(n).trim_fast().is_empty()
        })
        .take(JA_CREDIT_TAIL_LINES);
    if let Some((n, c)) = tail
        .filter_map(|n| Some((n, ja_credit(doc.line(n))?)))
        .find(|(_, c)| !c.writers.is_empty())
    {
        let line = c.alone.then_some(n);
        groups.push(Group::of_ja_writers(c, line));
    }
    // Last of all, the story signed at its end: a closing line that is only the writer's name
    // ("— Ann Lee", "(Ann Lee)"), or a name in parentheses after the last sentence ("... bleibt
    // spannend. (Ann Lee)"), as regional papers and blogs sign. Read only when nothing above
    // named anyone (see SOURCES), and only on the story's last line of text.
    if let Some((n, name)) = sign_off(doc) {
        groups.push(Group {
            source: "sign_off",
            labelled: false,
            line: Some(n),
            names: vec![(name, false, 0)],
        });
    }
    // So is a text whose writer's bio closes it ("Ann Lee is a senior fellow at ..."), as an
    // opinion piece ends; the bio is no line of the byline's own, it stays in the body.
    if let Some((_, name)) = closing_bio(doc, lex, site) {
        groups.push(Group {
            source: "sign_off",
            labelled: false,
            line: None,
            names: vec![(name, false, 0)],
        });
    }
    // A Next.js page's props (`__NEXT_DATA__`), where some sites keep the story's author and
    // nowhere else: one group per author key, read only when no other source names anyone (see
    // SOURCES). The props hold related stories' authors too; the story's come first more often
    // than not, and the first group that names a person wins.
    for found in &doc.html.next_data_authors {
        let names: Vec<(String, bool, usize)> = found
            .iter()
            .flat_map(|v| byline_names(v, true).0)
            .map(|n| (n, false, 0))
            .collect();
        groups.push(Group {
            source: "next_data",
            labelled: false,
            line: None,
            names,
        });
    }
    // The site's own name as its domain spells it ("bayrische-bembel.de" → "bayrischebembel").
    let domain: Option<String> = page_url(doc)
        .and_then(crate::urls::host)
        .and_then(|h| {
            let h = h.trim_start_matches("www.");
            let labels: Vec<&str> = h.split('.').collect();
            (labels.len() >= 2).then(|| labels[labels.len() - 2].replace('-', ""))
        })
        .filter(|d| d.len() >= 4);
    let is_site = |name: &str| {
        let n = alnum_key(name);
        // A full name that holds the domain as a small part ("Jo Harbour" on harbour.example)
        // is a person on a personal site; most of a full name is a site's name ("The Harbour").
        let most = |d: &str| !name.trim_fast().contains(' ') || 3 * d.len() >= 2 * n.len();
        // A common given name opening a domain that goes on with more letters is the owner's
        // first name on a site named for the owner ("Ann" on ann-lee.example, signing "von
        // Ann"), not the site's name.
        let owners_first_name = |d: &str| {
            !name.trim_fast().contains(' ')
                && d.len() > n.len()
                && d.starts_with(&n)
                && GIVEN_NAMES.contains(n.as_str())
        };
        domain.as_deref().is_some_and(|d| {
            n.len() >= 4 && (n.contains(d) && most(d) || d.contains(&n) && !owners_first_name(d))
        })
    };
    // The site's initials in capitals ("HL" for "Harbour Ledger"): the site signing, as papers
    // sign their desk's pieces, not a person's initials.
    let site_initials: Option<String> = site
        .map(|s| {
            s.split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .filter_map(|w| w.chars().next())
                .collect::<String>()
        })
        .filter(|i| (2..=4).contains(&i.chars().count()));
    let is_site_initials = |name: &str| {
        site_initials
            .as_deref()
            .is_some_and(|i| name.trim_fast() == i)
    };
    // A site named for its owner ("Jane Doe's Blog") is signed by that owner: the name is then
    // the author's, not the site's. So is a site named after a person and served from that
    // person's name, when an academic title or a common given name says the name is a
    // person's ("Dr. Jane Doe" or "Jane Doe" on janedoe.example). Without one, capitalised words
    // on their own domain are as often a brand ("Harbour Courier" on harbourcourier.example,
    // "Al Jazeera" on aljazeera.example), and a `Person` node of the page's graph
    // with the site's name is no proof either: sites sign as a user account named after them.
    let host_key: Option<String> = page_url(doc)
        .and_then(crate::urls::host)
        .map(|h| alnum_key(&h));
    let owner: Option<&str> = site
        .and_then(|s| SITE_OWNER.captures(s))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim_fast())
        .or_else(|| {
            let site = site?.trim_fast();
            let name = without_honorifics(site);
            let key = alnum_key(name);
            // A common given name says the name is a person's as surely as a title does.
            ((name.len() < site.len() || is_given_full_name(name))
                && key.len() >= 6
                && host_key.as_deref().is_some_and(|h| h.contains(&key))
                && is_person_name(name, lex, None))
            .then_some(name)
        })
        // The page's graph says the site represents a person: a node typed both `Person` and
        // `Organization` (Yoast writes one when a site is set to stand for a person).
        .or_else(|| {
            doc.html
                .json_ld
                .iter()
                .find(|o| represents_person(o))
                .and_then(|o| o.get("name")?.as_str())
                .map(str::trim)
                .filter(|n| is_person_name(n, lex, None))
        });
    // A name whose surname is written in lower case ("Ann lee") is a name all the same when two
    // kinds of markup give it alike (the JSON-LD author and the author tag, or either and the
    // author element): a typing habit then, not a sentence's words. Shown capitalised.
    let agreed: Vec<String> = {
        let mut seen: Vec<(&str, String)> = Vec::new();
        for g in groups
            .iter()
            .filter(|g| matches!(g.source, "jsonld" | "meta" | "author_element"))
        {
            for (name, _, _) in &g.names {
                let key = display_form(trim_name(name)).to_lowercase();
                if !seen.iter().any(|(s, k)| *s == g.source && *k == key) {
                    seen.push((g.source, key));
                }
            }
        }
        let mut out: Vec<String> = Vec::new();
        for (i, (source, key)) in seen.iter().enumerate() {
            if seen[i + 1..].iter().any(|(s, k)| s != source && k == key) && !out.contains(key) {
                out.push(key.clone());
            }
        }
        out
    };
    let accepted = |g: &Group| -> Vec<Byline> {
        let mut out: Vec<(Byline, usize)> = Vec::new();
        let mut refused: Vec<usize> = Vec::new();
        for (name, vouched, text) in &g.names {
            let trimmed = trim_name(name);
            let trimmed = PROFESSION
                .find(trimmed)
                .map_or(trimmed, |m| &trimmed[m.end()..]);
            // Academic titles are no part of the name ("Dr. Ann Lee" is Ann Lee, as other
            // outlets spell her), when a full name remains ("Dr Oetker" stays).
            let bare = without_honorifics(trimmed);
            let trimmed = if bare.len() < trimmed.len() && bare.contains(char::is_whitespace) {
                bare
            } else {
                trimmed
            };
            let mut name = display_form(trimmed);
            // `is_person_name(&name, lex, site)`, asked once of a vouched name below and again
            // in the test after it: kept, unless the name is replaced in between.
            let mut person = None;
            if *vouched {
                let is_person = is_person_name(&name, lex, site);
                person = Some(is_person);
                if !is_person {
                    if let Some(capitalised) =
                        capitalised_surname(&name, domain.as_deref()).filter(|c| {
                            agreed.contains(&name.to_lowercase()) && is_person_name(c, lex, site)
                        })
                    {
                        name = capitalised;
                        person = None;
                    }
                }
            }
            let ok = if organisations
                .iter()
                .any(|o| o.trim_fast().eq_ignore_ascii_case(&name))
            {
                false
            } else if owner.is_some_and(|o| o.eq_ignore_ascii_case(&name)) {
                is_person_name(&name, lex, None) || *vouched && is_handle(&name, None)
            } else {
                !is_site(&name)
                    && !is_site_initials(&name)
                    && (person.unwrap_or_else(|| is_person_name(&name, lex, site))
                        || *vouched
                            && is_handle(&name, site)
                            && !is_acronym(trimmed)
                            && lex.agency_by_marker(trimmed).is_none()
                        // A name in a script without capitals, vouched for by a label or markup.
                        || *vouched && is_caseless_name(&name))
            };
            if !ok {
                refused.push(*text);
            } else if !out.iter().any(|(b, _)| b.name.eq_ignore_ascii_case(&name)) {
                let byline = Byline {
                    name,
                    source: g.source.to_string(),
                    line: g.line,
                };
                out.push((byline, *text));
            }
        }
        // One-word parts of a text whose other parts are no names are the pieces of an
        // organisation's name or address ("Ledger Media Desk, Springfield, Utopia"), not handles.
        let with_full_name: Vec<usize> = out
            .iter()
            .filter(|(b, _)| b.name.contains(' '))
            .map(|(_, t)| *t)
            .collect();
        out.retain(|(_, text)| !refused.contains(text) || with_full_name.contains(text));
        let mut out: Vec<Byline> = out.into_iter().map(|(b, _)| b).collect();
        // Beside full names, a one-word part is a place, a role or an outlet ("Jane Doe,
        // Springfield", "Jane Doe; CEO"), not a second author.
        if out.iter().any(|b| b.name.contains(' ')) {
            out.retain(|b| b.name.contains(' '));
        }
        // Several one-word "names" after a byline word in the text are a list of things ("von
        // Brot, Käse und Wein").
        if g.source == "byline_line" && out.len() > 1 && !out.iter().any(|b| b.name.contains(' ')) {
            out.clear();
        }
        out.truncate(8);
        out
    };
    // Each group's accepted names, worked out once: the choice below asks for a source's first
    // group several times (the chosen source, the markup's rivals, then every source again for
    // the full names), and `accepted` is pure given the page. The names run through
    // `is_person_name` twice or three times each, so asking again was 2% of plain-text work.
    let accepted_of: Vec<std::cell::OnceCell<Vec<Byline>>> =
        groups.iter().map(|_| std::cell::OnceCell::new()).collect();
    let accepted_at = |i: usize| accepted_of[i].get_or_init(|| accepted(&groups[i])).clone();
    let first_of = |source: &str| {
        let mut found = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.source == source)
            .map(|(i, g)| (g.labelled, accepted_at(i)))
            .filter(|(_, out)| !out.is_empty());
        let (labelled, first) = found.next()?;
        // Author elements without a label are also the bylines of teasers around the article;
        // one that says "By ..." is the article's when the two disagree.
        if source == "author_element" && !labelled {
            if let Some((_, said)) = found.find(|(l, _)| *l) {
                if !said.iter().any(|b| first.iter().any(|f| f.name == b.name)) {
                    return Some(said);
                }
            }
        }
        // A publishing tool's metadata line names the account that saved the post ("Saved by
        // tidewatch on 7 July"); a byline with a full name a few lines below it ("Blog post by
        // Ann Lee") names the writer.
        // The later line must be a byline of its own in the article's header: its label
        // capitalised (a lower-case "by", "por" goes on from the line above: "..., / por Ana
        // Robles, la concejala ..."), the names ending it (a date or a role may follow), and
        // nothing of the article's text between (a book's details block "The Salt Road / By
        // Maria Gomez", a quoted poem's "by Oriel Banks").
        // Co-authors' academic author lines, one under the other: each line names one.
        let mut first = first;
        if let Some(mut at) = first
            .first()
            .and_then(|b| b.line)
            .filter(|l| source == "byline_line" && academic_lines.contains(l))
        {
            while academic_lines.contains(&(at + 1)) {
                at += 1;
                let more = groups
                    .iter()
                    .position(|g| g.source == source && g.line == Some(at))
                    .map(accepted_at)
                    .unwrap_or_default();
                if more.is_empty() {
                    break;
                }
                for b in more {
                    if !first.iter().any(|f| f.name.eq_ignore_ascii_case(&b.name)) {
                        first.push(b);
                    }
                }
            }
        }
        if source == "byline_line" && !first.iter().any(|b| b.name.contains(' ')) {
            if let Some(at) = first.first().and_then(|b| b.line) {
                if let Some((_, full)) = found.find(|(_, out)| {
                    out.iter().any(|b| b.name.contains(' '))
                        && out[0].line.is_some_and(|l| {
                            l > at
                                && l <= at + 8
                                && in_article_header(doc, anchor, at, l)
                                && byline_of_its_own(doc.line(l), out)
                        })
                }) {
                    return Some(full);
                }
            }
        }
        Some(first)
    };
    const SOURCES: [&str; 6] = [
        "jsonld",
        "meta",
        "author_element",
        "byline_line",
        "sign_off",
        "next_data",
    ];
    let chosen = 'chosen: {
        for source in SOURCES {
            let Some(out) = first_of(source) else {
                continue;
            };
            // A page template's author meta tag often names the site's owner or designer; the
            // byline element of the article knows better when the two disagree.
            if source == "meta" {
                let element_texts: Vec<String> = doc
                    .html
                    .author_elements
                    .iter()
                    .map(|t| t.to_lowercase())
                    .collect();
                let agree = out.iter().any(|m| {
                    let m = m.name.to_lowercase();
                    element_texts.iter().any(|t| t.contains(&m))
                });
                if let Some(element) = first_of("author_element")
                    .filter(|e| !agree && e.iter().any(|b| b.name.contains(' ')))
                {
                    break 'chosen element;
                }
            }
            // Markup naming only accounts typed in lower case ("tidewatch", "ann-l") names who
            // posted the page; a byline with a label the page shows ("Autor: Ann Lee") names
            // who wrote it.
            if matches!(source, "jsonld" | "meta")
                && out
                    .iter()
                    .all(|b| !b.name.contains(' ') && !b.name.chars().any(char::is_uppercase))
            {
                if let Some(shown) = groups
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| {
                        g.source == "byline_line"
                            && (g.labelled || g.names.iter().all(|(_, vouched, _)| *vouched))
                            // In the article's header, not a sidebar's teaser or a letter
                            // quoted in the story ("Written by Oriel Banks").
                            && g.line.is_some_and(|l| in_article_header(doc, anchor, anchor, l))
                    })
                    .map(|(i, _)| accepted_at(i))
                    .find(|o| !o.is_empty() && o.iter().all(|b| b.name.contains(' ')))
                {
                    break 'chosen shown;
                }
            }
            // Publishing tools put the post's owner in the markup (Yoast's JSON-LD and author
            // tag name one user); the byline the page shows may name co-authors beside them
            // ("von Rudolf Fischer, Simon Kohler"). Every marked-up name in the shown byline,
            // and more full names there: the shown byline.
            if matches!(source, "jsonld" | "meta") {
                if let Some(element) = first_of("author_element").filter(|e| {
                    e.len() > out.len()
                        && e.iter().all(|b| b.name.contains(' '))
                        && out
                            .iter()
                            .all(|o| e.iter().any(|b| b.name.eq_ignore_ascii_case(&o.name)))
                }) {
                    break 'chosen element;
                }
            }
            break 'chosen out;
        }
        // Nobody named on a personal site: its owner wrote it. Only a full name; a one-word
        // owner ("Ann's Kitchen") may be a brand.
        if let Some(o) = owner.filter(|o| o.contains(' ') && is_person_name(o, lex, None)) {
            return vec![Byline {
                name: display_form(o),
                source: "site_owner".to_string(),
                line: None,
            }];
        }
        // Nor named in a byline: the person whose copyright the page's end states.
        return copyright_holder(doc, lex, site)
            .map(|(n, name)| Byline {
                name,
                source: "copyright".to_string(),
                line: Some(n),
            })
            .into_iter()
            .collect();
    };
    // The same person as a handle or a first name in one place ("annlee", "Ann") and in full in
    // another ("By Ann Lee"): the full name, when one other source spells out exactly one.
    // The licensor a Creative Commons notice names spells out a blog owner's handle or initials
    // too; it is never a byline by itself (it licenses the whole site).
    let licensor = doc
        .html
        .attribution
        .as_deref()
        .map(display_form)
        .filter(|n| is_person_name(n, lex, site));
    let full: Vec<String> = SOURCES
        .iter()
        .filter_map(|s| first_of(s))
        .flatten()
        .map(|b| b.name)
        .chain(licensor)
        .chain(bio_full_names(doc, lex, site))
        .filter(|n| n.contains(' '))
        // A name, not a name and the label or the date beside it ("Ann Published", "Ann May").
        .filter(|n| {
            n.split_whitespace().all(|w| {
                crate::dates::month_number(w).is_none()
                    && !PLACEHOLDERS.contains(&w.to_lowercase().as_str())
            })
        })
        .collect();
    let chosen = with_linked_co_authors(doc, lex, site, chosen);
    // The site's surname spells out a lone signer; of two ("Anna & Peter Tollander") the page
    // may pair it with one only, and a list half spelt out reads as two families.
    let alone = chosen.len() == 1;
    let mut out: Vec<Byline> = Vec::new();
    for mut b in chosen {
        if !b.name.contains(' ') {
            let (key, lower) = (alnum_key(&b.name), b.name.to_lowercase());
            // Initials sign too ("DT" for Dana Tull, "kj").
            let initials =
                (2..=3).contains(&lower.chars().count()) && lower.chars().all(char::is_alphabetic);
            let mut spelt: Vec<&String> = full
                .iter()
                .filter(|f| {
                    alnum_key(f) == key
                        || f.split_whitespace()
                            .next()
                            .is_some_and(|w| w.to_lowercase() == lower)
                        || initials
                            && f.split_whitespace()
                                .filter_map(|w| w.chars().next())
                                .flat_map(char::to_lowercase)
                                .collect::<String>()
                                == lower
                })
                .collect();
            spelt.sort_unstable_by_key(|f| f.to_lowercase());
            spelt.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
            if let [one] = spelt[..] {
                b.name = one.clone();
            } else if spelt.is_empty() && alone {
                if let Some(name) = domain
                    .as_deref()
                    .and_then(|d| spelt_with_site_surname(doc, lex, &b.name, d))
                {
                    b.name = name;
                }
            }
        }
        if !out.iter().any(|o| same_name(&o.name, &b.name)) {
            out.push(b);
        }
    }
    out
}

/// Whether two names are one person's as two places write them: the same letters and digits
/// whatever their case, diacritics and punctuation ("José Díaz", "JOSE DIAZ"; see
/// [`name_key`]). Bylines are deduplicated so, and a contributor credit repeating a byline's
/// name is dropped so.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || {
        let key = name_key(a);
        !key.is_empty() && key == name_key(b)
    }
}

#[cfg(test)]
mod tests {
    /// `split_dated_row` as it was: each separator's first occurrence, the earliest kept.
    fn split_dated_row_by_searches(line: &str) -> Option<(&str, &str)> {
        super::DATED_ROW_SEPARATORS
            .iter()
            .filter_map(|sep| line.split_once(sep))
            .min_by_key(|(head, _)| head.len())
    }

    /// `split_dated_row` cuts where the six searches did: seeded random lines of the separators,
    /// their marks with and without spaces, other characters with the same lead bytes ('’',
    /// '…', '©', '\u{a0}'), runs of spaces and words.
    #[test]
    fn split_dated_row_is_the_earliest_separator() {
        let pieces = [
            " ", "  ", "|", "—", "–", "·", "•", "-", "’", "…", "©", "\u{a0}", " | ", " — ", " – ",
            " · ", " • ", " - ", "Ann", "Lee", "x", "||", "--", "Ann Lee", "3 May",
        ];
        let mut rng = crate::Xorshift::new();
        let mut cut = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 9);
            let want = split_dated_row_by_searches(&line);
            cut += usize::from(want.is_some());
            assert_eq!(super::split_dated_row(&line), want, "{line:?}");
        }
        assert!(cut > 1000, "{cut}");
    }

    /// `opens_two_capitalised_words` answers as the character-by-character reading: seeded
    /// random lines of capitalised and lower-case words, ASCII and Unicode white space (no-break
    /// and em spaces, U+0085), capitals and letters outside ASCII, digits and marks.
    #[test]
    fn two_capitalised_words_read_by_bytes_as_by_characters() {
        let pieces = [
            " ", "\t", "\n", "\u{b}", "\u{a0}", "\u{2003}", "\u{85}", "Ann", "Lee", "ann", "lee",
            "É", "é", "Ölz", "Σ", "A", "x", "1", "-", "’", ",",
        ];
        let yes = crate::same_answers(
            &pieces,
            7,
            60_000,
            super::opens_two_capitalised_words_decoded,
            super::opens_two_capitalised_words,
        );
        assert!(yes > 2_000, "{yes}");
    }

    /// `holds_ja_credit_label` answers as the searches for '文' and "写真" did: seeded random
    /// lines of the labels, their halves, other characters ('日', '本', '文字' holds '文') and
    /// ASCII.
    #[test]
    fn ja_label_scans_are_the_searches() {
        let pieces = [
            "文", "写", "真", "写真", "日", "本", "文字", "・", "a", " ", "（", "）",
        ];
        crate::same_answers(
            &pieces,
            6,
            20_000,
            |line| line.contains('文') || line.contains("写真"),
            super::holds_ja_credit_label,
        );
    }

    /// The test before `NAME_ROLE` turns away no line the regex matches: seeded random lines of
    /// names, roles, separators and white space of several kinds, capitals of other scripts and
    /// letters that are upper case without being `\p{Lu}` ("Ⓐ").
    #[test]
    fn name_role_test_misses_no_match() {
        let pieces = [
            "Ann",
            "Lee",
            "ann",
            "O’Neil",
            "J.",
            "Økland",
            "Ⓐnn",
            "Σofia",
            "ǅemal",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            ", ",
            " - ",
            " | ",
            " / ",
            "reporter",
            "Economics",
            "editor",
            "Staff",
            "writer",
            "·",
            " 2 May 2024",
            "x",
            "-",
            "'",
            "1",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..40_000 {
            // Names, then anything: most lines open as a byline would.
            let names = rng.string(&["Ann ", "Lee ", "Økland ", "O’Neil ", "Ⓐnn ", "ann "], 4);
            let line = format!("{names}{}", rng.string(&pieces, 8));
            let want = super::NAME_ROLE.is_match(&line);
            assert_eq!(super::name_role_matches(&line), want, "{line:?}");
            matched += usize::from(want);
        }
        assert!(matched > 20, "{matched}");
    }

    /// The tests before the label regexes of `strip_byline_labels` turn away no text one of them
    /// matches: seeded random texts of their words in either case, white space of several kinds
    /// and letters that fold to ASCII ones ("ſ", "K").
    #[test]
    fn label_tests_miss_no_label() {
        let pieces = [
            "Post",
            "author",
            "AUTHOR",
            "ſtory",
            "interview",
            "Interview",
            ":",
            " ",
            "\u{a0}",
            "\t",
            "Alle",
            "Artikel",
            "von",
            "VIEW",
            "all",
            "posts",
            "by",
            "Tous",
            "les",
            "articles",
            "de",
            "plus",
            "d'articles",
            "Autor",
            "Von",
            "By",
            "Ann",
            "Lee",
            "ÄNN",
            "Kelvin",
            "x",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..40_000 {
            let t = rng.string(&pieces, 8);
            for (re, firsts) in [
                (&*super::AUTHOR_LABEL, &b"peasi"[..]),
                (&*super::MORE_BY_PREFIX, &b"zawmvstp"[..]),
            ] {
                if re.is_match(&t) {
                    matched += 1;
                    assert!(super::opens_with(&t, firsts), "{t:?}");
                }
            }
            if super::GLUED_PREFIX.is_match(&t) {
                matched += 1;
                assert!(t.trim_start().starts_with(['A', 'V', 'B']), "{t:?}");
            }
        }
        assert!(matched > 100, "{matched}");
    }

    /// The kept answers of `strip_byline_labels` are the ones worked out: the same texts asked
    /// again and again, with white space around them, in a seeded random order.
    #[test]
    fn stripped_labels_kept_are_the_ones_read() {
        let texts = [
            "By Tomas Ferro",
            "  By Tomas Ferro ",
            "Post author By Ann Lee",
            "Oleh Dewi Lestari",
            "[항구일보 박서윤 기자]",
            "By Ann Lee in Kessvik and Ola Brun in Tromvik",
            "Von Ann Lee -",
            "Ann Lee",
            "",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..2_000 {
            let t = texts[rng.below(texts.len())];
            assert_eq!(
                super::strip_byline_labels(t),
                super::read_byline_labels(t),
                "{t:?}"
            );
        }
    }

    /// The test before `SPLIT` turns away no byline the regex matches: seeded random texts of
    /// its separators and words, with ASCII and other letters, digits, marks and underscores
    /// glued to them on either side, names and white space of several kinds.
    #[test]
    fn split_test_misses_no_separator() {
        let pieces = [
            ",", ";", "&", "/", "|", "and", "AND", "And", "und", "UND", "et", "y", "e", "en",
            "with", "mit", "avec", "con", "Jane", "Doe", "Ana", "María", "é", "ß", "\u{301}", "_",
            "7", "٣", "Ω", "ʼ", "-", ".", "'", " ", "  ", "\u{a0}", "\u{3000}", "\t",
        ];
        let mut rng = crate::Xorshift::new();
        let mut hits = 0;
        for _ in 0..100_000 {
            let t = rng.string(&pieces, 8);
            if super::SPLIT.is_match(&t) {
                assert!(super::may_split(&t), "{t:?}");
                hits += 1;
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    /// `may_glue_words` turns away no name `GLUED_WORDS` matches: seeded random names of letters
    /// in both cases from several scripts (title-case digraphs, capitals outside ASCII, letters
    /// with no case), apostrophes, hyphens and white space.
    #[test]
    fn glue_test_misses_no_glued_words() {
        let pieces = [
            "Ann",
            "LEE",
            "lee",
            "A",
            "b",
            "É",
            "é",
            "Ö",
            "ß",
            "\u{1c5}",
            "\u{1c4}",
            "\u{1c6}",
            "\u{3a3}",
            "\u{3c3}",
            "\u{2160}",
            "\u{24b6}",
            "日",
            "'",
            "-",
            " ",
            "Mc",
            "Donald",
            "desk",
            "Autor",
            "\u{10400}",
            "\u{10428}",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..40_000 {
            let name = rng.string(&pieces, 8);
            if GLUED_WORDS.is_match(&name) {
                matched += 1;
                assert!(may_glue_words(&name), "{name:?}");
            }
        }
        assert!(matched > 5000, "{matched}");
    }

    /// `without_byline_end` cuts what `BYLINE_END.replace(t, "")` did: seeded random texts of
    /// names, digits, separators, parentheses, role credits, "on"/"am" and dates, white space
    /// (line breaks too, where the replacement itself is used) and words outside ASCII.
    #[test]
    fn byline_end_start_cuts_what_the_replacement_did() {
        let pieces = [
            "Ann Lee",
            "Bo",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\n",
            "\r",
            "5",
            "2024",
            " | ",
            " • ",
            " – ",
            " - ",
            "-",
            " / ",
            "/",
            "(",
            ")",
            "on",
            "am",
            " le ",
            "à",
            "Mai",
            "May",
            ", ",
            ";",
            "photos",
            "Fotos",
            "Illustration",
            " von ",
            " by ",
            ":",
            "View all",
            "Articles",
            "stories",
            "é",
            "Ö",
            "x",
            "\u{17f}",
            "\u{212a}",
        ];
        let mut rng = crate::Xorshift::new();
        let mut cut = 0;
        for _ in 0..40_000 {
            let t = rng.string(&pieces, 12);
            let want = BYLINE_END.replace(&t, "");
            cut += usize::from(want.len() < t.len());
            assert_eq!(without_byline_end(&t), want, "{t:?}");
        }
        assert!(cut > 10_000, "{cut}");
    }

    /// `label_line_names` gives what `LABEL_LINE` with `[^|:]{4,60}` captured, on seeded random
    /// lines of labels, colons, white space (Unicode too) and names around 60 characters.
    #[test]
    fn label_line_names_are_the_bounded_regex() {
        let old = regex::Regex::new(
            r"^\s*(?i:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*:\s*(?P<names>[^|:]{4,60})$",
        )
        .unwrap();
        let pieces = [
            "Autor",
            "autorin",
            "AUTHOR",
            "auteur",
            "Verfasserin",
            "verfaſſer",
            ":",
            " ",
            "   ",
            "\t",
            "\u{a0}",
            "|",
            "Jane Doe",
            "é",
            "x",
            "in",
            "Ann Lee and Bo Li, ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for k in 0..40_000 {
            let mut line = rng.string(&pieces, 8);
            if k % 2 == 0 {
                line.push_str(&"ö".repeat(rng.below(66)));
            }
            let want = old.captures(&line).map(|c| c["names"].to_string());
            matched += usize::from(want.is_some());
            assert_eq!(
                super::label_line_names(&line).map(str::to_string),
                want,
                "{line:?}"
            );
        }
        assert!(matched > 200, "{matched}");
    }

    /// `INLINE_BY` with its names cut by `inline_by_names` finds what the bounded regex did: the
    /// same start, colon and names, on seeded random lines of labels, separators, white space
    /// and long runs of words.
    #[test]
    fn inline_by_cut_names_are_the_bounded_regex() {
        let old = regex::Regex::new(r"(?:^|\s|[|/•·])(?:(?P<colon>(?i:autor(?:in)?|author|auteur|verfasser|redaktion|автор|yazar|oleh|penulis|بقلم|מאת|लेखक)\s*:|(?:作者|記者|记者)\s*[:：])|(?:von|by|By|par|por)\s)\s*(?P<names>[^|/•·]{2,80})").unwrap();
        let pieces = [
            "by",
            "By",
            "von",
            "par",
            "por",
            "Autor",
            "AUTORIN",
            "author",
            "verfaſſer",
            ":",
            " ",
            "  ",
            "\u{a0}",
            "|",
            "/",
            "•",
            "·",
            "Ann Lee",
            "é",
            "x",
            "12",
            "Straße und Köln ",
            "a long run of words that goes on and on ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 14);
            let want = old.captures(&line).map(|c| {
                (
                    c.get(0).unwrap().start(),
                    c.name("colon").is_some(),
                    c["names"].to_string(),
                )
            });
            let got = super::INLINE_BY.captures(&line).map(|c| {
                let names = super::inline_by_names(&c).to_string();
                (c.get(0).unwrap().start(), c.name("colon").is_some(), names)
            });
            matched += usize::from(want.is_some());
            assert_eq!(got, want, "{line:?}");
        }
        assert!(matched > 1000, "{matched}");
    }

    /// `may_be_pipe_agency` turns away no line `PIPE_AGENCY` matches: seeded random lines of
    /// names, agencies, separators and white space (Unicode too).
    /// `fold_words`, lower-casing before it joins the words, is the words joined and lower-cased;
    /// `folds_to` (an ASCII line as bytes) compares a line to a key as its `fold_words`.
    #[test]
    fn fold_words_as_joined_and_lowered() {
        let pieces = [
            "Harbour", "VOTE", "by", " ", "  ", "\t", "\n", "\u{b}", "\u{c}", "\r", "x", "-", "'",
            "é", "Σ", "ΣΑ", "\u{a0}", "\u{2003}", "K",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..30_000 {
            let t = rng.string(&pieces, 10);
            let want = t
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert_eq!(super::fold_words(&t), want, "{t:?}");
            // A line folds to a key as its words, joined and lower-cased, are the key (a key of
            // some words: `find_at` has no empty one).
            if want.is_empty() {
                continue;
            }
            let line = rng.string(&pieces, 10);
            let folded = line
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert_eq!(
                super::folds_to(&line, &want),
                folded == want,
                "{line:?} {want:?}"
            );
            assert!(super::folds_to(&t, &want), "{t:?}");
            let upper = t.to_ascii_uppercase();
            let folded = upper
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert_eq!(super::folds_to(&upper, &want), folded == want, "{upper:?}");
        }
    }

    /// The copyright notice's pre-test is the searches of the line and its lower-cased copy it
    /// replaced, on seeded random lines of the word in any case, its pieces and the characters
    /// outside ASCII that lower-case to ASCII letters.
    #[test]
    fn copyright_pre_test_as_lower_cased_search() {
        let pieces = [
            "Copyright",
            "COPYRIGHT",
            "copy",
            "right",
            "COPYRİGHT",
            "İ",
            "K",
            "ſ",
            "©",
            "(c)",
            "(C)",
            "(",
            "c",
            "C",
            ")",
            " ",
            "2026",
            "Ann Lee",
            "é",
            "Σ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut found = 0;
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 8);
            let want = line.contains('©')
                || line.contains("(c)")
                || line.contains("(C)")
                || line.to_lowercase().contains("copyright");
            found += usize::from(want);
            assert_eq!(super::may_note_copyright(&line), want, "{line:?}");
        }
        assert!(found > 1000, "{found}");
    }

    /// `academic_author` as it read every line before its cheap tests came first.
    fn academic_author_in_order(line: &str) -> Option<&str> {
        if !super::opens_two_capitalised_words(line) {
            return None;
        }
        let (name, post) = line.trim_fast().split_once(", ")?;
        let name_words = name.split_whitespace().count();
        if !(2..=4).contains(&name_words) || !super::written_as_name(name) {
            return None;
        }
        let post = post.trim_fast();
        let words: Vec<&str> = post.split_whitespace().collect();
        if words.len() > super::ACADEMIC_LINE_MAX_WORDS
            || post.ends_with(['.', '!', '?', ':', ';'])
            || post.contains([':', '"', '“', '”'])
        {
            return None;
        }
        let lower: Vec<String> = words
            .iter()
            .map(|w| w.trim_matches([',', '(', ')']).to_lowercase())
            .collect();
        let has_post = lower.iter().enumerate().any(|(i, w)| {
            super::ACADEMIC_POSTS.contains(&w.as_str())
                || super::ACADEMIC_QUALIFIED_POSTS.contains(&w.as_str())
                    && i > 0
                    && super::ACADEMIC_QUALIFIERS.contains(&lower[i - 1].as_str())
        });
        (has_post && words.iter().any(|w| super::is_institution_word(w)))
            .then_some(name.trim_fast())
    }

    /// The academic's author line read with its cheap tests first is the line read in order,
    /// on seeded random lines of names, posts, institutions, commas and sentence ends.
    #[test]
    fn academic_author_as_read_in_order() {
        let names = ["Dana ", "Whitcombe", "Ann Lee", "ann", " ", "Jo-Anne ", ","];
        let seps = [", ", ",", " , ", ",  ", ""];
        let posts = [
            "Senior Lecturer ",
            "Professor",
            " ",
            "\u{a0}",
            "PhD ",
            "Candidate ",
            "in Marine Biology ",
            "University of Tarrow",
            "Università",
            "(Universidad)",
            "College",
            "Institute ",
            "School",
            "Schools",
            "Universe",
            ", ",
            ".",
            ":",
            "\"",
            "and the council met on Tuesday ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut found = 0;
        for _ in 0..60_000 {
            let line = rng.string(&names, 5) + &rng.string(&seps, 2) + &rng.string(&posts, 9);
            let want = academic_author_in_order(&line);
            found += usize::from(want.is_some());
            assert_eq!(super::academic_author(&line), want, "{line:?}");
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn pipe_agency_test_turns_away_no_match() {
        let pieces = [
            "Ann",
            "Lee",
            "O'Neil",
            "Žak",
            "ann",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{2003}",
            "|",
            ",",
            " | ",
            ", ",
            "Reuters",
            "AP",
            "Associated Press",
            "-",
            ".",
            "x",
            "é",
            "1",
            "Agence France-Presse",
            "the council met on Tuesday to vote on the harbour",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..60_000 {
            let line = rng.string(&pieces, 9);
            let want = super::PIPE_AGENCY.is_match(&line);
            matched += usize::from(want);
            assert!(!want || super::may_be_pipe_agency(&line), "{line:?}");
        }
        assert!(matched > 100, "{matched}");
    }

    use super::*;
    use crate::lexicon::BUILTIN;

    /// The bylines of a story of 30 lines (far past the header lines) followed by `trailer`.
    fn below_the_story(trailer: &str) -> Vec<Byline> {
        let mut page = String::from("Pier repairs begin\n");
        for i in 0..30 {
            page.push_str(&format!(
                "The council met for the {i}th time to talk about the pier.\n"
            ));
        }
        page.push_str(trailer);
        let d = crate::text::parse(&page, "UTF-8", vec![]);
        find(&d, &BUILTIN, None, Some("Pier repairs begin"), &[1])
    }

    /// The names found in a document whose site is "The Ledger", every line a header line.
    fn names_in(d: &Document) -> Vec<String> {
        let lines: Vec<usize> = (1..=d.lines.len()).collect();
        find(d, &BUILTIN, Some("The Ledger"), None, &lines)
            .into_iter()
            .map(|b| b.name)
            .collect()
    }

    fn names(s: &str) -> Vec<String> {
        names_in(&crate::text::parse(s, "UTF-8", vec![]))
    }

    fn html_names(page: &str) -> Vec<String> {
        names_in(&crate::html::parse(page, "UTF-8", vec![]))
    }

    fn meta_page(author: &str, body: &str) -> String {
        format!(
            r#"<html><head><meta name="author" content="{author}"><link rel="canonical" href="https://harbourcourier.example/2024/pier"></head><body><h1>Pier repairs begin</h1>{body}<p>The council voted to repair the pier.</p></body></html>"#
        )
    }

    /// An organisation's job title after the name is no second person.
    #[test]
    fn a_job_title_after_the_name_is_no_name() {
        for line in [
            "By Priya Nandakumar, Communications Officer",
            "By Priya Nandakumar, Project Manager",
            "By Priya Nandakumar, Volunteer Coordinator",
        ] {
            assert_eq!(
                names(&format!("Winter appeal opens\n\n{line}\n18 November 2026\n\nThe food bank handed out 1,842 parcels in October, its manager said.\n")),
                vec!["Priya Nandakumar".to_string()],
                "{line}"
            );
        }
    }

    /// "By NAME in PLACE" (British and wire bylines, one place a reporter) and "By NAME for
    /// OUTLET" (a contributor's): the name is the byline, the place and the outlet are not.
    #[test]
    fn a_place_or_an_outlet_after_the_name() {
        let byline = |line: &str| {
            names(&format!(
                "Ferry fares rise on the Tromvik crossing\n\n{line}\n\nThe ferry company raised its fares by a tenth on Monday, the third rise this year.\n"
            ))
        };
        for (line, want) in [
            ("By Nora Quist in Kessvik", &["Nora Quist"][..]),
            ("By Nora Quist in Kessvik harbour.", &["Nora Quist"]),
            ("BY NORA QUIST IN KESSVIK", &["Nora Quist"]),
            ("By Dr. Nora Quist in Kessvik", &["Nora Quist"]),
            ("By Nora Quist in Newcastle upon Tyne", &["Nora Quist"]),
            ("By Nora Quist In Kessvik", &["Nora Quist"]),
            ("By Nora Quist For The Kessvik Post", &["Nora Quist"]),
            (
                "By Nora Quist in Kessvik for the Kessvik Post",
                &["Nora Quist"],
            ),
            ("Por Ana Ruiz en Nueva Vila", &["Ana Ruiz"]),
            ("Por Ana Ruiz em Porto Alto", &["Ana Ruiz"]),
            ("Par Anne Roy à Villebrune", &["Anne Roy"]),
            (
                "Por Ana Ruiz en Vila Alta y Luis Gil en Costa Nova",
                &["Ana Ruiz", "Luis Gil"],
            ),
            // A region after the place ends the byline; a list of names ends with "and".
            ("By Ann Lee in Vale Rosa, New Kessland", &["Ann Lee"]),
            (
                "By Ann Lee in Kessvik, Ola Brun and Per Lid",
                &["Ann Lee", "Ola Brun", "Per Lid"],
            ),
            // Dutch "en" is "and".
            (
                "Door Jan de Vries en Piet Jansen",
                &["Jan de Vries", "Piet Jansen"],
            ),
            (
                "By Nora Quist in Kessvik and Ola Brun in Tromvik",
                &["Nora Quist", "Ola Brun"],
            ),
            (
                "By Nora Quist in Kessvik, Ola Brun in Tromvik and Per Lid in Vollen",
                &["Nora Quist", "Ola Brun", "Per Lid"],
            ),
            (
                "By Nora Quist in Kessvik and Ola Brun",
                &["Nora Quist", "Ola Brun"],
            ),
            ("By Nora Quist in Kessvik | 4 min read", &["Nora Quist"]),
            ("By Nora Quist for the Kessvik Post", &["Nora Quist"]),
            ("By Nora Quist for Kessvikpost.com", &["Nora Quist"]),
            ("By Nora Quist for kessvikpost.com", &["Nora Quist"]),
            ("Words by Nora Quist for the Kessvik Post", &["Nora Quist"]),
            // The forms read before stay read.
            ("By Nora Quist, Kessvik", &["Nora Quist"]),
            ("By Nora Quist, Kessvik correspondent", &["Nora Quist"]),
            ("By Nora Quist (Kessvik)", &["Nora Quist"]),
            (
                "By Nora Quist, Ola Brun and Per Lid",
                &["Nora Quist", "Ola Brun", "Per Lid"],
            ),
        ] {
            assert_eq!(byline(line), want, "{line}");
        }
        // Prose and notices that open with "By", and a place or an outlet of the wrong shape.
        for line in [
            "By noon in Kessvik the rain had stopped",
            "By 2030 in Kessvik every bus will be electric",
            "By Tuesday in Kessvik, officials had gone home",
            "By Order of the Court in Kessvik",
            "By Royal Appointment in Kessvik",
            "By Popular Demand in Kessvik",
            "By Night Ferry in Kessvik",
            "By Sea Kayak in Kessvik",
            "By Private Jet in Kessvik",
            "By Nora Quist's count in Kessvik, the port lost a week of trade",
            "By Nora Quist in the harbour",
            "By Nora Quist in Kessvik the ferries stopped",
            "By Nora Quist for the record",
            "By Nora Quist for years the ferry ran late",
            "Photographs by Nora Quist in Kessvik",
        ] {
            assert!(byline(line).is_empty(), "{line}");
        }
        // A byline element of a page, the names linked.
        let page = |byline: &str| {
            html_names(&format!(
                r#"<html><body><article><h1>Ferry fares rise</h1><div class="byline">{byline}</div><p>The ferry company raised its fares by a tenth on Monday, the third rise this year.</p></article></body></html>"#
            ))
        };
        assert_eq!(
            page(
                r#"By <a href="/staff/nq">Nora Quist</a> in Kessvik and <a href="/staff/ob">Ola Brun</a> in Tromvik"#
            ),
            ["Nora Quist", "Ola Brun"]
        );
        assert_eq!(page("By Nora Quist for Kessvikpost.com"), ["Nora Quist"]);
        assert!(page("By Royal Appointment in Kessvik").is_empty());
        // Without a byline's label, a shop's or a site's name: the page's author meta tag.
        assert!(html_names(&meta_page("Kessvik Wines in Tromvik - Fine Wines", "")).is_empty());
        assert_eq!(
            strip_byline("Nora Quist in Kessvik").0,
            "Nora Quist in Kessvik"
        );
        assert_eq!(strip_byline("By Nora Quist in Kessvik").0, "Nora Quist");
        // The cut itself: each name's place or outlet, the separators kept.
        for (t, want) in [
            ("Nora Quist in Kessvik", "Nora Quist"),
            (
                "Nora Quist in Kessvik, Ola Brun in Tromvik",
                "Nora Quist, Ola Brun",
            ),
            ("Nora Quist in Kessvik & Ola Brun", "Nora Quist & Ola Brun"),
            ("Nora Quist for The Kessvik Post.", "Nora Quist"),
            (
                "Nora Quist in Kessvik city and Ola Brun",
                "Nora Quist and Ola Brun",
            ),
            ("noon in Kessvik", "noon in Kessvik"),
            ("Nora Quist in Kessvik today", "Nora Quist in Kessvik today"),
            (
                "Royal Appointment in Kessvik",
                "Royal Appointment in Kessvik",
            ),
            ("Nora Quist infor", "Nora Quist infor"),
            ("in Kessvik", "in Kessvik"),
        ] {
            assert_eq!(without_places_and_outlets(t, &[]), want, "{t}");
        }
    }

    /// The names of a text's byline without a label: alone on the line under the headline, or
    /// before the date on it; a lower-case "by" under a headline that stands below the site's
    /// name.
    #[test]
    fn unlabelled_and_lower_case_bylines_under_a_text_headline() {
        let found = |top: &str, headline: &str| {
            let page = format!(
                "{top}\n\nThe ferry company raised its fares on Thursday, officials said.\n"
            );
            let d = crate::text::parse(&page, "UTF-8", vec![]);
            let at = top.lines().position(|l| l == headline).map_or(1, |i| i + 1);
            find_at(&d, &BUILTIN, None, Some(headline), &[], at)
                .into_iter()
                .map(|b| b.name)
                .collect::<Vec<_>>()
        };
        let h = "Ferry fares to rise after a wet week";
        assert_eq!(
            found(&format!("{h}\nOdile Brisk and Tom Vane"), h),
            ["Odile Brisk", "Tom Vane"]
        );
        assert_eq!(found(&format!("{h}\nTom Vane"), h), ["Tom Vane"]);
        assert_eq!(
            found(&format!("{h}\nOdile Brisk, Tom Vane | 3 October 2026"), h),
            ["Odile Brisk", "Tom Vane"]
        );
        assert_eq!(
            found(
                &format!("{h}\nOdile Brisk and Tom Vane - 3 October 2026"),
                h
            ),
            ["Odile Brisk", "Tom Vane"]
        );
        // The outlet first, as an app's share text sets the row.
        assert_eq!(
            found(&format!("{h}\nKessvik Gazette · Tom Vane · 3 Oct 2026"), h),
            ["Tom Vane"]
        );
        // A feed item's Dublin Core creator field.
        assert_eq!(
            found(&format!("{h}\ndc:creator: Tom Vane"), h),
            ["Tom Vane"]
        );
        for by in ["by: Tom Vane", "by Tom Vane"] {
            assert_eq!(
                found(&format!("Kessvik Harbour Radio\n{h}\n{by}"), h),
                ["Tom Vane"],
                "{by}"
            );
        }
        // A name the headline breaks off before is its end, no byline.
        assert!(found(
            "Harbour pays tribute to\nMargaret Hollis",
            "Harbour pays tribute to"
        )
        .is_empty());
        // Places joined by "and" under the headline are no byline.
        assert!(found(&format!("{h}\nNorth Harbour and South Bay"), h).is_empty());
    }

    /// A closing bio names the writer of a text with no other byline; a name in the story's
    /// last paragraph of prose does not.
    #[test]
    fn a_closing_bio_names_the_writer() {
        for bio in [
            "Odile Brisk-Varga is a senior fellow at the Kessvik Institute.",
            "— Odile Brisk-Varga is the author of a history of the harbour.",
            "*Odile Brisk-Varga is an economist for the Kessvik Trust.*",
        ] {
            let found = below_the_story(&format!("\n{bio}\n"));
            assert_eq!(
                found.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
                ["Odile Brisk-Varga"],
                "{bio}"
            );
        }
        // Someone the story quoted is no writer.
        let found = below_the_story("Kowalczyk said the pier would open in May.\nDale Kowalczyk is the sheriff of Moss County.\n");
        assert!(found.is_empty(), "{found:?}");
        // A long closing paragraph of the story about someone is no bio.
        let found = below_the_story("\nMia Holt is a fisher at the harbour who has sailed these waters for forty years and says that the new pier, when it opens next spring after two years of delays and rising costs, will change the town.\n");
        assert!(found.is_empty(), "{found:?}");
    }

    /// A sentence of the body that opens with a name's possessive and a place stays prose; the
    /// byline above it is read.
    #[test]
    fn a_possessive_and_a_place_in_the_body_is_no_byline() {
        let text = "Ferry fares rise on the Tromvik crossing\n\nBy Ola Brun in Tromvik\n\nBy Nora Quist's count in Kessvik, the crossing lost a fifth of its riders.\n";
        assert_eq!(names(text), ["Ola Brun"]);
    }

    /// A columnist's title after a comma is the name's role, not a second author.
    #[test]
    fn a_columnist_title_after_a_comma_is_no_second_author() {
        let text = "Let the ferry run on Sundays\n\nBy Odalys Trevanion, Contributing Columnist\nNov. 18, 2026\n\nThe Sunday ferry to Quillan Island carried 300 riders a week before it was cut.\n";
        assert_eq!(names(text), ["Odalys Trevanion"]);
        assert!(!is_person_name(
            "Guest Columnist",
            &crate::lexicon::BUILTIN,
            None
        ));
    }

    /// "Staff" after a common given name is a surname; as a desk's word it stays refused.
    #[test]
    fn staff_is_a_surname_after_a_given_name() {
        let lex = &crate::lexicon::BUILTIN;
        assert!(is_person_name("Jörg Staff", lex, None));
        assert!(is_person_name("Anna Staff", lex, None));
        assert!(!is_person_name("Metro Staff", lex, None));
        assert!(!is_person_name("Anna STAFF", lex, None));
        assert!(!is_person_name("Anna Staff Writer", lex, None));
        assert!(!is_person_name("Anna Editor", lex, None));
        assert_eq!(html_names(&meta_page("Jörg Staff", "")), ["Jörg Staff"]);
        assert!(html_names(&meta_page("Courier Staff", "")).is_empty());
        // A desk named for the site's town.
        assert!(is_person_name("Tyler Staff", lex, None));
        assert!(!is_person_name("Tyler Staff", lex, Some("Tyler Courier")));
    }

    /// A surname typed in lower case is read, capitalised, when two kinds of markup agree on
    /// the name and it opens with a common given name; one source alone is not enough, nor an
    /// account's phrase both give alike ("Lazy baker").
    #[test]
    fn a_lower_case_surname_agreed_by_two_sources() {
        let page = |name: &str, meta: bool| {
            let meta = if meta {
                format!(r#"<meta name="author" content="{name}">"#)
            } else {
                String::new()
            };
            format!(
                r#"<html><head>{meta}<script type="application/ld+json">{{"@type":"BlogPosting","headline":"Okra stew","author":{{"@type":"Person","name":"{name}"}}}}</script></head><body><h1>Okra stew</h1><p>The stew takes an hour to cook slowly.</p></body></html>"#
            )
        };
        assert_eq!(html_names(&page("Helen vell", true)), ["Helen Vell"]);
        assert!(html_names(&page("Helen vell", false)).is_empty());
        // Agreement on a phrase that opens with no given name stays refused.
        for phrase in [
            "Lazy baker",
            "Happy camper",
            "Kitchen witch",
            "Backfee elbufer",
        ] {
            assert!(html_names(&page(phrase, true)).is_empty(), "{phrase}");
        }
        assert_eq!(
            capitalised_surname("Helen van der vell", None).as_deref(),
            Some("Helen van der Vell")
        );
        assert_eq!(capitalised_surname("Helen Vell", None), None);
        assert_eq!(capitalised_surname("helen vell", None), None);
        assert_eq!(capitalised_surname("Lazy baker", None), None);
        // A surname the site's domain spells: the owner's blog.
        assert_eq!(
            capitalised_surname("Tarik osmanli", Some("osmanlikitchen")).as_deref(),
            Some("Tarik Osmanli")
        );
        assert_eq!(capitalised_surname("Lazy baker", Some("bestrecipes")), None);
    }

    /// The account a publishing tool names as the post's saver gives way to the full name a
    /// byline gives a few lines below; far below, that byline is another story's.
    #[test]
    fn a_saving_account_gives_way_to_the_byline_below() {
        let page = |gap: usize| {
            let filler = "<p>The harbour board met on Monday to plan the works.</p>".repeat(gap);
            format!(
                r#"<html><body><h1>Pier repairs begin</h1><p>Posted by tidewatch on 7 July 2019</p>{filler}<p>Story by Ann Lee</p><p>The council voted to repair the pier before the storms of the coming winter.</p></body></html>"#
            )
        };
        assert_eq!(html_names(&page(0)), ["Ann Lee"]);
        // A paragraph of the story between: the byline below is in the story, not its header.
        assert_eq!(html_names(&page(1)), ["tidewatch"]);
        assert_eq!(html_names(&page(12)), ["tidewatch"]);
        let below = |rest: &str| {
            html_names(&format!(
                r#"<html><body><h1>Pier repairs begin</h1><p>Posted by tidewatch on 7 July 2019</p>{rest}<p>The council voted to repair the pier before the storms of the coming winter, and the works start in March.</p></body></html>"#
            ))
        };
        assert_eq!(below("<p>Story by Ann Lee</p>"), ["Ann Lee"]);
        // A book's details block, a quoted poem's credit, a sentence running on: no byline.
        assert_eq!(
            below("<p>The Salt Road<br>By Maria Gomez<br>Harbor Lane Press, 312 pages</p>"),
            ["tidewatch"]
        );
        assert_eq!(
            below("<blockquote><p>Grey boards above the grey sea.</p><p>by Oriel Banks</p></blockquote>"),
            ["tidewatch"]
        );
        assert_eq!(
            below("<p>In her column last week,</p><p>by Ann Lee, the councillor argued for the works.</p>"),
            ["tidewatch"]
        );
        assert!(!byline_of_its_own(
            "por Ana Robles, la concejala defendió la obra",
            &[Byline {
                name: "Ana Robles".into(),
                source: String::new(),
                line: None
            }]
        ));
    }

    /// Markup naming only a lower-case account gives way to the labelled byline the page
    /// shows; markup naming a person does not.
    #[test]
    fn a_marked_up_account_gives_way_to_a_labelled_byline() {
        let page = |author: &str, byline: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"Article","headline":"Pier repairs begin","author":{{"@type":"Person","name":"{author}"}}}}</script></head><body><h1>Pier repairs begin</h1><p>{byline}</p><p>The council voted to repair the pier before the storms of the coming winter.</p></body></html>"#
            )
        };
        assert_eq!(
            html_names(&page("tidewatch", "Autor Ann Lee:")),
            ["Ann Lee"]
        );
        assert_eq!(
            html_names(&page("Tom Vane", "Autor Ann Lee:")),
            ["Tom Vane"]
        );
        assert_eq!(html_names(&page("tidewatch", "")), ["tidewatch"]);
        // Past the story (a sidebar's teaser) or inside it (a quoted letter's signature): no.
        let body =
            "<p>The council voted to repair the pier before the storms of the coming winter.</p>";
        let after =
            "<aside><h2>Guest column</h2><p>Why the ferry matters</p><p>By Ann Lee</p></aside>";
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"Article","headline":"Pier repairs begin","author":{{"@type":"Person","name":"tidewatch"}}}}</script></head><body><h1>Pier repairs begin</h1><p>Engineers found that eleven of the timber piles had rotted below the waterline.</p>{body}{after}</body></html>"#
        );
        assert_eq!(html_names(&page), ["tidewatch"]);
    }

    /// A one-word account name, a given name, is spelt out by the full name its profile text
    /// opens with, when a separator or a copula ends that name.
    #[test]
    fn an_account_name_spelt_out_by_its_bio() {
        let page = |name: &str, bio: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@graph":[{{"@type":"Article","headline":"Tubeless tyres","author":{{"@id":"https://trailnews.example/#/person/3"}}}},{{"@type":"Person","@id":"https://trailnews.example/#/person/3","name":"{name}","description":"{bio}"}}]}}</script></head><body><h1>Tubeless tyres</h1><p>Sealant keeps the tyre tight on the rim.</p></body></html>"#
            )
        };
        let kevin = |bio: &str| html_names(&page("Kevin", bio));
        assert_eq!(
            kevin("Kevin Marsk - engineer and rider since 2002."),
            ["Kevin Marsk"]
        );
        assert_eq!(kevin("Kevin Marsk, engineer."), ["Kevin Marsk"]);
        assert_eq!(kevin("Kevin Marsk ist Ingenieur."), ["Kevin Marsk"]);
        assert_eq!(kevin("Kevin Marsk (born 1980) rides."), ["Kevin Marsk"]);
        // No full name at the bio's start: the account name stays.
        assert_eq!(kevin("Kevin rides every weekend."), ["Kevin"]);
        assert_eq!(kevin("Kevinson Marsk writes here."), ["Kevin"]);
        // Capitalised words running on are a sentence, a place or a school, not a name.
        assert_eq!(kevin("Kevin Loves Big Mountain Trails Here"), ["Kevin"]);
        assert_eq!(kevin("Kevin Dunmore native and trail rider."), ["Kevin"]);
        assert_eq!(kevin("Kevin Brackley State graduate, rider."), ["Kevin"]);
        assert_eq!(kevin("Kevin Oporto-based writer and rider."), ["Kevin"]);
        assert_eq!(kevin("Kevin Marsk Orvel Dane, engineer."), ["Kevin"]);
        // An account that is no given name: an organisation's, not spelt out.
        assert_eq!(
            html_names(&page("Pedalo", "Pedalo Varenne est une association.")),
            ["Pedalo"]
        );
    }

    /// Academic titles are dropped from the name shown, when a full name remains.
    #[test]
    fn honorifics_are_no_part_of_the_name() {
        assert_eq!(
            names("Pier repairs begin\nBy Dr. Ann Lee\nText."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("Pier repairs begin\nBy Prof. Dr. Ann Lee-Berg\nText."),
            ["Ann Lee-Berg"]
        );
        assert_eq!(html_names(&meta_page("Dr. Ann Lee", "")), ["Ann Lee"]);
    }

    /// Programs that post for a site are no authors; a name ending in "bot" is.
    #[test]
    fn bot_handles_are_no_authors() {
        assert!(names("Pier repairs begin\nby newsbot\nText.").is_empty());
        assert!(names("Pier repairs begin\nBy: auto-poster\nText.").is_empty());
        assert!(!is_handle("rss_feed", None));
        assert!(!is_handle("feedbot", None));
        assert!(is_handle("Talbot", None));
        assert!(is_handle("kestrel42", None));
        assert_eq!(
            names("Pier repairs begin\nBy Ann Talbot\nText."),
            ["Ann Talbot"]
        );
    }

    /// Names in scripts without capitals are read after a byline's label or in byline markup,
    /// and only when short; the same words without a label are not (precision over recall).
    #[test]
    fn caseless_names_need_a_label_or_markup() {
        assert!(is_caseless_name("רותם שגיא"));
        assert!(is_caseless_name("अनिल सक्सेना"));
        assert!(is_caseless_name("ليلى العطار"));
        assert!(is_caseless_name("高橋 蓮"));
        assert!(is_caseless_name("周晓岚"));
        assert!(is_caseless_name("박서윤"));
        // Too long for a Chinese name, a desk, a sentence, a cased name.
        assert!(!is_caseless_name("市政府今天宣布"));
        assert!(!is_caseless_name("本报记者"));
        assert!(!is_caseless_name("编辑部"));
        assert!(!is_caseless_name("فريق التحرير"));
        assert!(!is_caseless_name("הוא אמר את זה אתמול בערב"));
        assert!(!is_caseless_name("Ann Lee"));
        assert!(!is_caseless_name("周晓岚，说"));
        assert_eq!(
            names("Pier repairs begin\nBy अनिल सक्सेना\nText."),
            ["अनिल सक्सेना"]
        );
        assert_eq!(
            html_names(
                r#"<html><body><h1>כותרת</h1><p class="byline">מאת: רותם שגיא</p><p>The council met on the pier.</p></body></html>"#
            ),
            ["רותם שגיא"]
        );
        assert_eq!(
            html_names(
                r#"<html><body><h1>見出し</h1><p class="byline">記者：高橋　蓮</p><p>The council met on the pier.</p></body></html>"#
            ),
            ["高橋 蓮"]
        );
        // No label: a short line in Hebrew under the headline is no byline.
        assert!(names("Pier repairs begin\nרותם שגיא\nText.").is_empty());
        // Prose opening with "reporter" in Chinese is no byline.
        assert!(names("Pier repairs begin\n记者从市交通局获悉\nText.").is_empty());
    }

    /// Byline labels of more languages, before or after the name, stripped from it.
    #[test]
    fn byline_labels_of_more_languages() {
        assert_eq!(
            names("Pier repairs begin\nАвтор: Олеся Гринько\nText."),
            ["Олеся Гринько"]
        );
        assert_eq!(
            names("Pier repairs begin\nYazar: Deniz Aksoy\nText."),
            ["Deniz Aksoy"]
        );
        assert_eq!(
            names("Pier repairs begin\nOleh: Sutrisno | Editor: Wulan Sari\nText."),
            ["Sutrisno"]
        );
        assert_eq!(
            names("Pier repairs begin\nAv Ingrid Moe\nText."),
            ["Ingrid Moe"]
        );
        assert_eq!(strip_byline("Af Søren Holm").0, "Søren Holm");
        assert_eq!(strip_byline("Της Ελένης Σταύρου").0, "Ελένης Σταύρου");
        assert_eq!(
            names("Pier repairs begin\nبقلم: ليلى العطار — ٢٣ نوفمبر\nText."),
            ["ليلى العطار"]
        );
        assert_eq!(
            names("Pier repairs begin\n2026年3月2日  来源：港口日报  作者：周晓岚\nText."),
            ["周晓岚"]
        );
        assert_eq!(
            names("Pier repairs begin\n박서윤 기자 입력 2026.03.02 09:10\nText."),
            ["박서윤"]
        );
        assert_eq!(strip_byline("[항구일보 박서윤 기자]").0, "박서윤");
        assert_eq!(
            names("Pier repairs begin\n〔記者林佳蓉／高雄報導〕高雄港今日完成碼頭整修。\nText."),
            ["林佳蓉"]
        );
        assert_eq!(
            cjk_reporter("〔記者林佳蓉、陳冠宇／高雄報導〕高雄港今日完成碼頭整修。"),
            Some((vec!["林佳蓉", "陳冠宇"], "高雄"))
        );
        // Lower-case "av", "oleh" open sentences, not bylines.
        assert!(names("Pier repairs begin\nav alla hamnar i landet\nText.").is_empty());
        assert!(names("Pier repairs begin\noleh karena itu Pasar Baru ditutup\nText.").is_empty());
        // A role word after the Korean word for reporter is no name.
        assert!(names("Pier repairs begin\n사진 기자\nText.").is_empty());
    }

    /// A byline naming the organisation the page's graph gives as the article's author is no
    /// person's: a sponsor's "By Verdance Home Energy". A person's byline beside it stays.
    #[test]
    fn an_organisation_the_graph_gives_as_author_is_no_byline() {
        let authors = |author: &str, byline: &str| {
            let page = format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Heat pumps this winter","author":{author}}}</script><title>Heat pumps this winter</title></head><body><article><h1>Heat pumps this winter</h1><p class="byline">{byline}</p><p>Heat pump sales rose by a third this autumn, installers in the valley said on Tuesday, and waiting lists now run into March.</p></article></body></html>"#
            );
            let doc = crate::read(page.as_bytes(), &crate::Hint::default()).unwrap();
            crate::extract(&doc, &crate::Hint::default())
                .bylines
                .into_iter()
                .map(|b| b.name)
                .collect::<Vec<_>>()
        };
        let organisation = r#"{"@type":"Organization","name":"Verdance Home Energy"}"#;
        assert!(authors(organisation, "By Verdance Home Energy").is_empty());
        let array = r#"[{"@type":["Corporation"],"name":"Verdance Home Energy"}]"#;
        assert!(authors(array, "By Verdance Home Energy").is_empty());
        assert_eq!(
            authors(organisation, "By Ilse Quarrington"),
            ["Ilse Quarrington"]
        );
        let person = r#"{"@type":"Person","name":"Ilse Quarrington"}"#;
        assert_eq!(authors(person, "By Ilse Quarrington"), ["Ilse Quarrington"]);
    }

    /// A Next.js page whose author is only in its `__NEXT_DATA__` props: the first author key
    /// naming a person, after every other source; a name that is no person's is passed by.
    #[test]
    fn an_author_only_in_next_data() {
        let authors = |next: &str, body: &str| {
            let page = format!(
                r#"<html><head><title>Pier closes for the winter</title></head><body><h1>Pier closes for the winter</h1>{body}<p>The harbour council voted on Tuesday to close the old pier for the winter, after engineers found cracks in three of its pilings.</p><script id="__NEXT_DATA__" type="application/json">{next}</script></body></html>"#
            );
            let doc = crate::read(page.as_bytes(), &crate::Hint::default()).unwrap();
            crate::extract(&doc, &crate::Hint::default())
                .bylines
                .into_iter()
                .map(|b| (b.name, b.source))
                .collect::<Vec<_>>()
        };
        let next = r#"{"props":{"pageProps":{"story":{"author":{"id":3,"name":"Harbour Post Staff"},"authors":[{"fullName":"Wenna Polglaze"},{"displayName":"Ilse Quarrington"}]},"related":[{"author":{"name":"Tamsin Achterberg"}}]}},"page":"/[slug]"}"#;
        assert_eq!(
            authors(next, ""),
            [
                ("Wenna Polglaze".to_string(), "next_data".to_string()),
                ("Ilse Quarrington".to_string(), "next_data".to_string())
            ]
        );
        // A byline the page shows comes first.
        assert_eq!(
            authors(next, "<p>By Ann Lee</p>"),
            [("Ann Lee".to_string(), "byline_line".to_string())]
        );
        // A string byline with its label; a script of another id is not read.
        assert_eq!(
            authors(r#"{"props":{"byline":"By Ola Brun"}}"#, ""),
            [("Ola Brun".to_string(), "next_data".to_string())]
        );
        let page = r#"<html><body><h1>Pier closes</h1><p>The harbour council voted on Tuesday to close the old pier for the winter.</p><script id="__APP_STATE__" type="application/json">{"author":{"name":"Ola Brun"}}</script></body></html>"#;
        let doc = crate::read(page.as_bytes(), &crate::Hint::default()).unwrap();
        assert!(crate::extract(&doc, &crate::Hint::default())
            .bylines
            .is_empty());
    }

    #[test]
    fn japanese_credits_of_text_and_pictures() {
        fn credit(l: &str) -> Option<(Vec<&str>, Vec<&str>, bool)> {
            ja_credit(l).map(|c| (c.writers, c.photographers, c.alone))
        }
        assert_eq!(
            credit("（文・山辺小夜）"),
            Some((vec!["山辺小夜"], vec![], true))
        );
        assert_eq!(
            credit("（文／山辺 小夜）"),
            Some((vec!["山辺 小夜"], vec![], true))
        );
        assert_eq!(
            credit("(文=山辺小夜)"),
            Some((vec!["山辺小夜"], vec![], true))
        );
        assert_eq!(
            credit("文・山辺小夜"),
            Some((vec!["山辺小夜"], vec![], true))
        );
        assert_eq!(
            credit("（文・山辺小夜、写真・柚木蒼一）"),
            Some((vec!["山辺小夜"], vec!["柚木蒼一"], true))
        );
        assert_eq!(
            credit("（文と写真・ハンナ・ベルク）"),
            Some((vec!["ハンナ・ベルク"], vec!["ハンナ・ベルク"], true))
        );
        assert_eq!(
            credit("（文・山辺小夜、汐見拓）"),
            Some((vec!["山辺小夜", "汐見拓"], vec![], true))
        );
        // A role after "＝" is cut.
        assert_eq!(
            credit("（文・山辺小夜＝本紙）"),
            Some((vec!["山辺小夜"], vec![], true))
        );
        // After the paragraph's last sentence: the line is prose too.
        assert_eq!(
            credit("漁船は北の岸壁を使う。（文・山辺小夜）"),
            Some((vec!["山辺小夜"], vec![], false))
        );
        assert_eq!(
            credit("（写真・柚木蒼一）"),
            Some((vec![], vec!["柚木蒼一"], true))
        );
        // Not a credit: prose around the label, an aside inside a sentence, a desk, a long run.
        for l in [
            "市は文・写真の展示を始めた。",
            "工事（文・山辺小夜）は続く",
            "（文・編集部）",
            "（文・港の古い桟橋で修理が始まった）",
            "（本文・山辺小夜）",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    /// A Japanese story's writer credited at its end or under its headline is its byline; the
    /// pictures' credit is a photo credit, never a byline.
    #[test]
    fn a_japanese_credit_is_a_byline_and_the_pictures_credit_a_photo_credit() {
        let read = |text: &str| {
            let doc = crate::read(text.as_bytes(), &crate::Hint::default()).unwrap();
            let x = crate::extract(&doc, &crate::Hint::default());
            (
                x.bylines
                    .iter()
                    .map(|b| (b.name.clone(), b.line))
                    .collect::<Vec<_>>(),
                x.photo_credits
                    .iter()
                    .flat_map(|c| c.names.clone())
                    .collect::<Vec<_>>(),
                x.body_text,
            )
        };
        let story = "港の桟橋、修理始まる\n\n港の古い桟橋で二十日、修理が始まった。市によると、工事は春まで続く見込みだ。\n\n漁船はその間、北の岸壁を使う。";
        let (bylines, photos, _) = read(&format!(
            "{story}\n\n（文・山辺小夜）\n\n（写真・柚木蒼一）\n"
        ));
        assert_eq!(bylines, [("山辺小夜".to_string(), Some(7))]);
        assert_eq!(photos, ["柚木蒼一"]);
        let (bylines, _, _) = read(&format!("{story}\n\n文・山辺小夜\n"));
        assert_eq!(bylines, [("山辺小夜".to_string(), Some(7))]);
        // After the last sentence: the byline has no line, and the paragraph stays in the body.
        let (bylines, _, body) = read(&format!("{story}（文＝山辺小夜）\n"));
        assert_eq!(bylines, [("山辺小夜".to_string(), None)]);
        assert!(body.contains("北の岸壁を使う。"), "{body}");
        // Under the headline.
        let (bylines, _, _) = read(&story.replacen("\n\n", "\n\n（文／山辺小夜）\n\n", 1));
        assert_eq!(bylines, [("山辺小夜".to_string(), Some(3))]);
        // The pictures' credit alone names no writer.
        let (bylines, photos, _) = read(&format!("{story}\n\n（写真・柚木蒼一）\n"));
        assert!(bylines.is_empty(), "{bylines:?}");
        assert_eq!(photos, ["柚木蒼一"]);
    }

    #[test]
    fn a_korean_sentence_with_the_word_for_reporter_is_no_byline() {
        // "At a press briefing that day, the office head said ...": a time word before "기자".
        assert!(ko_reporter("이날 기자 간담회에서 소장은 방문객이 많았다고 말했다.").is_none());
        // A name at the head of a long sentence, "기자" running on into it.
        assert!(
            ko_reporter("한도윤 기자 회견에서 시장은 새 부두가 다음 달 문을 연다고 밝혔다.")
                .is_none()
        );
        // Byline lines: alone, with an email, "=", an outlet in brackets, or a short line.
        assert_eq!(ko_reporter("한도윤 기자"), Some("한도윤"));
        // A byline element running on into its date labels.
        assert_eq!(
            ko_reporter("한도윤 기자 입력 2026.11.23 오후 3:12 수정 2026.11.24 오전 9:00"),
            Some("한도윤")
        );
        assert_eq!(
            ko_reporter("한도윤 기자 doyun@harbour.invalid 시장이 부두를 찾았다 그리고 말했다"),
            Some("한도윤")
        );
        assert_eq!(
            ko_reporter("(서해=연합) 한도윤 기자 = 새 부두가 문을 열었다 시장이 말했다"),
            Some("한도윤")
        );
        assert_eq!(ko_reporter("[물결일보 한도윤 기자]"), Some("한도윤"));
    }

    #[test]
    fn a_label_that_is_also_a_given_name_keeps_it() {
        // "Oleh Marchuk": the Ukrainian given name, not the Indonesian label before one name.
        assert_eq!(strip_byline("Oleh Marchuk"), ("Oleh Marchuk".into(), false));
        assert_eq!(strip_byline("Oleh Dewi Lestari").0, "Dewi Lestari");
        assert_eq!(strip_byline("Oleh: Sutrisno").0, "Sutrisno");
        assert_eq!(strip_byline_in("Oleh Sutrisno", || true).0, "Sutrisno");
        assert_eq!(strip_byline("Av Karin Ekholm").0, "Karin Ekholm");
        assert_eq!(strip_byline("Της Ελένης Σταύρου").0, "Ελένης Σταύρου");
        assert_eq!(
            names("Council approves harbour budget\nOleh Marchuk\nThe council voted 7-2 to fund it.\n"),
            ["Oleh Marchuk"]
        );
        // An Indonesian page: "Oleh" labels a single name.
        assert_eq!(
            names(
                "Dermaga baru dibuka\nOleh Sutrisno\nDermaga yang baru dibuka pada hari Senin.\n"
            ),
            ["Sutrisno"]
        );
    }

    /// Seeded random lines made of the labels' pieces, case variants and white space: a line
    /// `may_label_author` turns away matches neither label regex.
    #[test]
    fn label_prefilter_misses_no_label() {
        let pieces = [
            "Autor",
            "autorin",
            "AUTHOR",
            "auteur",
            "Verfasser",
            "verfasserin",
            "pewarta",
            "HABER",
            "Muhabir",
            "von",
            "VON",
            "by",
            "By",
            ":",
            " ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            "Jane Doe",
            "|",
            "ſ",
            "K",
            "x",
            "é",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 6);
            let label = LABEL_ALONE.is_match(&line) || LABEL_LINE.is_match(&line);
            matched += usize::from(label);
            assert!(!label || may_label_author(&line), "{line:?}");
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn without_handles_cuts_what_the_bounded_regex_did() {
        let oracle = Regex::new(r"(?:\s+@[\w.]{2,30})+\s*$").unwrap();
        let mut cases: Vec<String> = vec![
            "Jane Doe @janedoe".into(),
            "Jane Doe @janedoe @jd.news  ".into(),
            "@janedoe".into(),
            "@janedoe @jd".into(),
            "Jane @j".into(),
            "Jane @@jd".into(),
            "Jane\u{3000}@jd\t@jé_9".into(),
            "Jane @jd-x".into(),
            "Jane @a٣ͅb".into(),
        ];
        for n in [1, 2, 29, 30, 31] {
            cases.push(format!("Jane Doe @{}", "x".repeat(n)));
            cases.push(format!("Jane Doe @{} @ab", "é".repeat(n)));
        }
        let alphabet: Vec<String> = "@ab.é_9٣ \t\u{3000}-ͅ".chars().map(String::from).collect();
        let mut rng = crate::Xorshift::new();
        cases.extend((0..30_000).map(|_| rng.string(&alphabet, 24)));
        for c in &cases {
            assert_eq!(
                without_handles(c).trim_fast(),
                oracle.replace(c, "").trim_fast(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn credits_addresses_and_organisations_in_meta_are_no_authors() {
        assert!(html_names(&meta_page("Tom Vane - https://vane.example", "")).is_empty());
        assert!(html_names(&meta_page("Harbour Courier", "")).is_empty());
        // On a personal site, the domain is a small part of the owner's full name.
        let personal = |author: &str| {
            html_names(&format!(
                r#"<html><head><meta name="author" content="{author}"><link rel="canonical" href="https://annlee.example/pier"></head><body><p>Text.</p></body></html>"#
            ))
        };
        assert_eq!(personal("Ann Leeward"), ["Ann Leeward"]);
        assert!(personal("The Annlee").is_empty());
        assert!(html_names(&meta_page("Ledger Online, Springfield, Utopia", "")).is_empty());
        assert!(
            html_names(&meta_page("Institut für Hafenkunde und Seewesen - IHS", "")).is_empty()
        );
        assert!(html_names(&meta_page("NWRA", "")).is_empty());
        assert!(html_names(&meta_page("dpa", "")).is_empty());
        assert_eq!(
            html_names(&meta_page("Ann Lee, Springfield", "")),
            ["Ann Lee"]
        );
        assert_eq!(html_names(&meta_page("kestrel", "")), ["kestrel"]);
    }

    #[test]
    fn a_byline_element_beats_a_disagreeing_author_meta_tag() {
        assert_eq!(
            html_names(&meta_page(
                "Tom Vane",
                r#"<span class="byline">By Ann Lee</span>"#
            )),
            ["Ann Lee"]
        );
        // The meta tag's name is in the element, with the author's role glued on.
        assert_eq!(
            html_names(&meta_page(
                "Ann Lee",
                r#"<span class="byline">Ann LeeEditor for harbours</span>"#
            )),
            ["Ann Lee"]
        );
        // A section word in an author element does not outweigh the meta tag.
        assert_eq!(
            html_names(&meta_page(
                "Ann Lee",
                r#"<span class="byline">Opinion</span>"#
            )),
            ["Ann Lee"]
        );
    }

    #[test]
    fn a_labelled_author_element_beats_an_unlabelled_one() {
        let page = r#"<html><body><div class="teaser"><span class="author">Tom Vane</span></div><h1>Pier repairs begin</h1><span class="byline">By Ann Lee</span><p>Text.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
        let page = r#"<html><body><h1>Pier repairs begin</h1><span class="author">Ann Lee</span><span class="byline">By Ann Lee</span><p>Text.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
    }

    #[test]
    fn a_name_alone_over_the_date_line() {
        let story = "The library will keep its Sunday hours after the finance committee restored the money it had cut.";
        for header in [
            "Jessica Orrell\nMillbrook Observer\nPublished 6:02 a.m. ET Nov. 17, 2026",
            "Jessica Orrell\nNov. 17, 2026",
        ] {
            assert_eq!(
                names(&format!(
                    "Library stays open Sundays\n\n{header}\n\n{story}\n"
                )),
                ["Jessica Orrell"],
                "{header}"
            );
        }
        // A name and a noun over a date line is a heading.
        assert!(names(&format!(
            "Library stays open Sundays\n\nEmma Watson Interview\nNov. 17, 2026\n\n{story}\n"
        ))
        .is_empty());
        // A name alone with no date line after it, or a phrase in capitals, is no byline.
        assert!(names(&format!(
            "Library stays open Sundays\n\nJessica Orrell\n\n{story}\n"
        ))
        .is_empty());
        assert!(names(&format!(
            "Library stays open Sundays\n\nLocal News Today\nNov. 17, 2026\n\n{story}\n"
        ))
        .is_empty());
    }

    /// A name alone under a text's headline (a standfirst may stand between), over a paragraph
    /// that opens with the story's dateline, is its byline, whatever the diacritics of its given
    /// name; a name over a paragraph with no dateline, a place's name or a name further down
    /// is not.
    #[test]
    fn a_name_alone_over_the_dateline() {
        let lead = "KESSVIK — Three schools near the harbour were closed on Friday as smoke from a peat fire drifted across the town, fire chiefs said.";
        let plain = "Three schools near the harbour were closed on Friday as smoke from a peat fire drifted across the town, fire chiefs said.";
        let standfirst = "Firefighters say the fire could smoulder underground for weeks.";
        for (header, body, want) in [
            ("Siobhán Keaveney", lead, vec!["Siobhán Keaveney"]),
            (
                &format!("{standfirst}\n\nSiobhan Keaveney") as &str,
                lead,
                vec!["Siobhan Keaveney"],
            ),
            ("Siobhan Keaveney", plain, vec![]),
            ("Helen Valley", lead, vec![]),
        ] {
            assert_eq!(
                names(&format!(
                    "Peat fire closes three schools\n\n{header}\n\n{body}\n\n\"We need rain,\" one said.\n"
                )),
                want,
                "{header}"
            );
        }
        assert!(is_given_name("Siobhán"));
        assert!(is_given_name("JOSÉ"));
        assert!(!is_given_name("Kessvik"));
    }

    /// A name alone right under the date line that stands under a text's headline is its byline
    /// ("Flood barrier approved" / "October 2, 2026" / "Laura Penhallow"); a section's or a
    /// place's name there, a name that opens with no common given name, a name under a date
    /// further down or one more short line after the name are not.
    #[test]
    fn a_name_alone_under_the_date_line() {
        let story = "The river council voted on Tuesday to build a flood barrier along the east bank of the Marrow, ending two years of debate.";
        for header in [
            "October 2, 2026\nLaura Penhallow",
            "October 2, 2026\n\nLaura Penhallow",
            "Oct. 2, 2026 10:14 a.m.\nDaniel J. Penhallow",
        ] {
            assert_eq!(
                names(&format!(
                    "River council approves flood barrier\n{header}\n\n{story}\n"
                )),
                [header.rsplit('\n').next().unwrap()],
                "{header}"
            );
        }
        // The story's first paragraph right under the name.
        assert_eq!(
            names(&format!(
                "River council approves flood barrier\nOctober 2, 2026\nLaura Penhallow\n{story}\n"
            )),
            ["Laura Penhallow"]
        );
        for header in [
            // A section, a place, a name with no common given name, an outlet.
            "October 2, 2026\nLocal Politics",
            "October 2, 2026\nHelen Valley",
            "October 2, 2026\nAnsel Brightwater",
            "October 2, 2026\nLaura Penhallow Gazette",
            // One more short line under the name: a list, not a byline.
            "October 2, 2026\nLaura Penhallow\nDaniel Reyes",
        ] {
            assert!(
                names(&format!(
                    "River council approves flood barrier\n{header}\n\n{story}\n"
                ))
                .is_empty(),
                "{header}"
            );
        }
        // The date line is not the headline's: a name under a date in the story.
        assert!(names(&format!(
            "River council approves flood barrier\n\n{story}\n\nOctober 2, 2026\nLaura Penhallow\n\n{story}\n"
        ))
        .is_empty());
    }

    /// A name alone right under a headline wrapped over two lines, a blank line before the
    /// story's first paragraph, is its byline, as a printed page's text keeps it; under a
    /// headline on one line it is not (see `a_name_alone_over_the_date_line`), nor is a
    /// section's or a place's name, or a name with one more short line under it.
    #[test]
    fn a_name_alone_between_a_printed_headline_and_the_story() {
        let story = "HARLOW: The river council voted on Tuesday to build a flood barrier along the east bank of the Marrow, ending two years of debate.";
        let found = |headline: &str, name: &str| {
            let text = format!("{headline}\n\n{name}\n\n{story}\n");
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            find_at(
                &d,
                &BUILTIN,
                None,
                Some(&headline.replace('\n', " ")),
                &[],
                1,
            )
            .into_iter()
            .map(|b| b.name)
            .collect::<Vec<_>>()
        };
        let wrapped = "River council approves flood barrier\nafter two years of debate";
        for name in ["Liam Hardcastle", "Laura Penhallow"] {
            assert_eq!(found(wrapped, name), [name], "{name}");
            assert!(found("River council approves flood barrier", name).is_empty());
        }
        for name in [
            "Local Politics",
            "Helen Valley",
            "Breaking News",
            "Photo Gallery",
            "Liam Hardcastle\nDaniel Reyes",
        ] {
            assert!(found(wrapped, name).is_empty(), "{name}");
        }
    }

    #[test]
    fn co_authors_linked_one_by_one() {
        let page = r#"<html><body><h1>Pier repairs begin</h1><div class="byline"><a href="/autor/ann-lee">Ann Lee</a>, <a href="/autor/tom-vane">Tom Vane</a> y <a href="/autor/rosa-quill">Rosa Quill</a></div><p>The council voted on Tuesday to repair the old pier before the summer season.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee", "Tom Vane", "Rosa Quill"]);
        // A name beside the first that no author link names stays out.
        let page = r#"<html><body><h1>Pier repairs begin</h1><div class="byline"><a href="/autor/ann-lee">Ann Lee</a> and Tom Vane</div><p>The council voted on Tuesday.</p><div class="more"><a href="/autor/rosa-quill">Rosa Quill</a></div></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
    }

    #[test]
    fn a_surname_first_tag_is_turned_round() {
        assert_eq!(
            super::surname_first("Doe, Jane").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            super::surname_first("van Berg, Ann Marie").as_deref(),
            Some("Ann Marie van Berg")
        );
        assert_eq!(super::surname_first("Ann Lee, Tom Vane"), None);
        assert_eq!(super::surname_first("Harbour Post, Springfield"), None);
        assert_eq!(super::surname_first("Doe, Jane, Lee, Ann"), None);
        let page = r#"<html><head><meta name="dc.creator" content="Doe, Jane"></head><body><h1>Water rates rise</h1><p>The council voted on Monday.</p></body></html>"#;
        assert_eq!(html_names(page), ["Jane Doe"]);
    }

    #[test]
    fn opinion_labels_italian_di_and_capital_and() {
        let story = "The council voted on Monday night to raise water rates by 8 percent, the director said.";
        for (byline, want) in [
            ("Opinion by Ravi Oyel", vec!["Ravi Oyel"]),
            (
                "Analysis by Ann Lee, Harbour Post Editor-at-large",
                vec!["Ann Lee"],
            ),
            ("di Marco Bellandi", vec!["Marco Bellandi"]),
            ("BY ANN LEE AND TOM VANE", vec!["Ann Lee", "Tom Vane"]),
        ] {
            assert_eq!(
                html_names(&format!(
                    "<html><body><h1>Water rates rise</h1><p>{byline}</p><p>{story}</p></body></html>"
                )),
                want,
                "{byline}"
            );
        }
    }

    #[test]
    fn a_role_or_an_agency_after_the_name_without_a_separator() {
        let story = "The council voted on Monday night to raise water rates by 8 percent, the director said.";
        for (byline, want) in [
            ("By DIEGO FUENTES Associated Press", "Diego Fuentes"),
            ("By Jane Doe Staff Writer", "Jane Doe"),
            ("BY ANN LEE SENIOR CORRESPONDENT", "Ann Lee"),
            ("By Tom Vane, AP Auto Writer", "Tom Vane"),
        ] {
            assert_eq!(
                names(&format!("Water rates rise\n\n{byline}\n\n{story}\n")),
                [want],
                "{byline}"
            );
        }
        assert_eq!(
            super::without_role_tail("Letters To The Editor"),
            "Letters To The Editor"
        );
        assert_eq!(super::without_role_tail("Ann Editor"), "Ann Editor");
        assert_eq!(
            super::without_role_tail("Michael Bloomberg"),
            "Michael Bloomberg"
        );
    }

    #[test]
    fn a_sentence_opening_with_by_is_no_byline() {
        let story = "The council voted on Monday night to raise water rates by 8 percent, the director said.";
        assert!(names(&format!(
            "Water rates rise\n\n{story}\n\nBy contrast, Mayor Ruth Alden and Councillor Tom Vane voted no.\n"
        ))
        .is_empty());
        assert!(html_names(&format!(
            "<html><body><h1>Water rates rise</h1><p>By signing up, you agree to our Terms of Use and Privacy Policy.</p><p>{story}</p></body></html>"
        ))
        .is_empty());
        // A surname's particle may open a byline.
        assert!(!super::opens_lowercase("van der Berg, Ann Lee"));
        assert!(super::opens_lowercase("contrast, Mayor Ruth Alden"));
        assert!(!super::opens_lowercase("annlee"));
        assert_eq!(
            names(&format!("Water rates rise\n\nBy Ann Lee\n\n{story}\n")),
            ["Ann Lee"]
        );
    }

    #[test]
    fn the_shown_byline_adds_co_authors_to_the_marked_up_owner() {
        let head = r#"<head><meta name="author" content="Ann Lee"><script type="application/ld+json">{"@type":"Article","headline":"Pier repairs begin","author":{"@type":"Person","name":"Ann Lee"}}</script></head>"#;
        let page = format!(
            r#"<html>{head}<body><h1>Pier repairs begin</h1><span class="byline">By Ann Lee, Tom Vane</span><p>Text.</p></body></html>"#
        );
        assert_eq!(html_names(&page), ["Ann Lee", "Tom Vane"]);
        // A shown byline that leaves the marked-up author out, or adds a one-word name, is
        // not the same byline: the markup stands.
        let page = format!(
            r#"<html>{head}<body><h1>Pier repairs begin</h1><span class="byline">By Tom Vane, Rosa Quill</span><p>Text.</p></body></html>"#
        );
        assert_eq!(html_names(&page), ["Ann Lee"]);
        let page = format!(
            r#"<html>{head}<body><h1>Pier repairs begin</h1><span class="byline">By Ann Lee and Rosa</span><p>Text.</p></body></html>"#
        );
        assert_eq!(html_names(&page), ["Ann Lee"]);
    }

    #[test]
    fn a_portrait_credit_inside_the_author_link_is_no_part_of_the_name() {
        let page = r#"<html><body><h1>Pier closed after the storm</h1><a href="/autoren/ann-lee-684"><span><img src="a.jpg" alt="Ann Lee"><span class="copyright">&copy; Ann Lee</span></span><span itemprop="name"> Ann
            Lee </span></a><p>The pier was closed on Tuesday.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
        assert_eq!(
            super::without_portrait_credit("© Ann Lee Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            super::without_portrait_credit("(c) Anna Ann Anna Ann").as_deref(),
            Some("Anna Ann")
        );
        // A credit of someone else, or no credit sign: left to the byline rules.
        assert_eq!(super::without_portrait_credit("© Tom Vane Ann Lee"), None);
        assert_eq!(super::without_portrait_credit("Ann Lee Ann Lee"), None);
    }

    #[test]
    fn specific_author_meta_tags_come_before_generic_ones() {
        let page = r#"<html><head><meta name="citation_author" content="Ann Lee"></head><body><h1>Pier loads</h1><p>Text.</p><ol><li><meta itemprop="author" content="Tom Vane">Vane, T. (2001). Piers.</li></ol></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
    }

    #[test]
    fn a_site_named_for_its_owner_is_signed_by_the_owner() {
        let page = r#"<html><head><meta property="og:site_name" content="Ann Lee's Notebook"></head><body><h1>On piers</h1><span class="author">Ann Lee</span><p>Text.</p></body></html>"#;
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let found = find(&d, &BUILTIN, Some("Ann Lee's Notebook"), None, &[]);
        assert_eq!(found[0].name, "Ann Lee");
        assert!(find(&d, &BUILTIN, Some("Ann Lee"), None, &[]).is_empty());
    }

    #[test]
    fn a_titled_owner_on_their_own_domain_signs_the_site() {
        let page = |site: &str, host: &str, byline: &str| {
            let html = format!(
                r#"<html><head><meta property="og:site_name" content="{site}"><link rel="canonical" href="https://{host}/2021/tides"></head><body><h1>On tides</h1>{byline}<p>The tide came in early.</p></body></html>"#
            );
            let d = crate::html::parse(&html, "UTF-8", vec![]);
            find(&d, &BUILTIN, Some(site), Some("On tides"), &[])
        };
        // Nobody named: the titled owner of the site named for them, without the title.
        let found = page("Dr. Ann Lee", "ann-lee.example", "");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Ann Lee");
        assert_eq!(found[0].source, "site_owner");
        let found = page("Prof. Dr. Ann Lee", "blog.annlee.example", "");
        assert_eq!(found[0].name, "Ann Lee");
        // A byline on the page still wins.
        let found = page("Dr. Ann Lee", "annlee.example", "<p>By Tom Vane</p>");
        assert_eq!(found[0].name, "Tom Vane");
        // Without a title, capitalised words on their own domain are as often a brand.
        assert!(page("Harbour Courier", "harbourcourier.example", "").is_empty());
        // A title, but someone else's domain: the site is about the person, not theirs.
        assert!(page("Dr. Ann Lee", "harbourcourier.example", "").is_empty());
        // A common given name says it as a title does; an author tag naming the owner is kept.
        let found = page("Ann Lee", "annlee.example", "");
        assert_eq!(
            (found[0].name.as_str(), found[0].source.as_str()),
            ("Ann Lee", "site_owner")
        );
        let found = page(
            "Ann Lee",
            "annlee.example",
            r#"<span class="author">Ann Lee</span>"#,
        );
        assert_eq!(found[0].name, "Ann Lee");
        // Not on someone else's domain, nor for a name that opens with another word.
        assert!(page("Ann Lee", "tidenotes.example", "").is_empty());
        assert!(page("Harbour Lee", "harbourlee.example", "").is_empty());
    }

    #[test]
    fn a_copyright_notice_below_the_story_names_a_personal_sites_owner() {
        let page = |byline: &str, footer: &str| {
            let html = format!(
                r#"<html><head><link rel="canonical" href="https://tidenotes.example/2021/tides"></head><body><article><h1>On tides</h1>{byline}<p>The tide came in early this morning, and the boats at the north quay sat on the mud until noon.</p></article><footer><p>{footer}</p></footer></body></html>"#
            );
            let d = crate::html::parse(&html, "UTF-8", vec![]);
            find(&d, &BUILTIN, Some("Tide Notes"), Some("On tides"), &[])
                .into_iter()
                .map(|b| (b.name, b.source))
                .collect::<Vec<_>>()
        };
        let owner = vec![("Ann Lee".to_string(), "copyright".to_string())];
        assert_eq!(
            page("", "Copyright (c) 2011- Ann Lee. All rights reserved."),
            owner
        );
        assert_eq!(page("", "© 2019 Ann Lee"), owner);
        assert_eq!(page("", "(c) Ann Lee • Alle Rechte beim Autor"), owner);
        // A byline wins.
        assert_eq!(
            page("<p>By Tom Vane</p>", "© 2019 Ann Lee")[0].0,
            "Tom Vane"
        );
        // A picture's credit states no year and no rights; a caption's credit does not open
        // its line; a company's notice holds a word in capitals; a sentence goes on.
        assert!(page("", "© Ann Lee").is_empty());
        assert!(page("", "Harbour at dawn © 2019 Ann Lee / Quayside Pictures").is_empty());
        assert!(page("", "© 2019 Ann HARBOUR SPA, all rights reserved").is_empty());
        assert!(page("", "© 2019 Ann Lee and the tide tables we keep").is_empty());
        // Not a person: no common given name first.
        assert!(page("", "© 2019 Harbour Ledger. All rights reserved.").is_empty());
        // Closing the story's prose, above a contact box the page keeps in the article.
        let closing = |notice: &str| {
            let html = format!(
                r#"<html><body><article><h1>On tides</h1><p>The tide came in early this morning, and the boats at the north quay sat on the mud until noon.</p><p>{notice}</p><p>Address</p><p>Tide Office</p><p>Quay Road 4</p><p>10115 Lowmere</p></article></body></html>"#
            );
            let d = crate::html::parse(&html, "UTF-8", vec![]);
            find(&d, &BUILTIN, Some("Tide Notes"), Some("On tides"), &[])
                .into_iter()
                .map(|b| (b.name, b.source))
                .collect::<Vec<_>>()
        };
        assert_eq!(closing("© 2019 Ann Lee"), owner);
        // A notice above the story's last paragraph is no closing notice (a picture's credit).
        let html = r#"<html><body><article><h1>On tides</h1><p>© 2019 Ann Lee</p><p>The tide came in early this morning, and the boats at the north quay sat on the mud until noon.</p></article></body></html>"#;
        let d = crate::html::parse(html, "UTF-8", vec![]);
        assert!(find(&d, &BUILTIN, Some("Tide Notes"), Some("On tides"), &[]).is_empty());
    }

    #[test]
    fn an_author_label_line_keeps_its_name_before_a_note() {
        let page = r#"<html><body><h1>On tides</h1><p>The tide came in early this morning, and the boats sat on the mud.</p><p>Autor: Ann Lee (Gastbeitrag), Rednerin beim Hafenverein Tidenstadt und Lotsin</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
    }

    #[test]
    fn the_sites_initials_sign_for_the_site() {
        let page = |first: &str| {
            let html = format!(
                r#"<html><head><meta property="og:site_name" content="Harbour Ledger"></head><body><h1>On tides</h1><span class="author">{first}</span><p>The tide came in early.</p><span class="author">Tom Vane</span></body></html>"#
            );
            let d = crate::html::parse(&html, "UTF-8", vec![]);
            find(&d, &BUILTIN, Some("Harbour Ledger"), Some("On tides"), &[])
                .into_iter()
                .map(|b| b.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(page("HL"), ["Tom Vane"]);
        // Other initials are a person's or a desk's.
        assert_eq!(page("DT"), ["DT"]);
    }

    #[test]
    fn a_given_name_opening_the_owners_domain_is_the_owner() {
        let page = |host: &str| {
            html_names(&format!(
                r#"<html><head><link rel="canonical" href="https://{host}/2021/tides"></head><body><h1>On tides</h1><span class="author">Anna</span><p>The tide came in early.</p></body></html>"#
            ))
        };
        assert_eq!(page("anna-lee.example"), ["Anna"]);
        // The domain that is only the word is the site's name.
        assert!(page("anna.example").is_empty());
    }

    #[test]
    fn a_site_that_stands_for_a_person_is_signed_by_them() {
        let page = |types: &str, name: &str| {
            let html = format!(
                r#"<html><head><meta property="og:site_name" content="Tide Notes"><script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":{types},"@id":"https://tidenotes.example/#/schema/person/1","name":"{name}"}},{{"@type":"WebSite","name":"Tide Notes"}}]}}</script></head><body><h1>On tides</h1><p>The tide came in early.</p></body></html>"#
            );
            let d = crate::html::parse(&html, "UTF-8", vec![]);
            find(&d, &BUILTIN, Some("Tide Notes"), Some("On tides"), &[])
        };
        let found = page(r#"["Person","Organization"]"#, "Ann Lee");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].name.as_str(), found[0].source.as_str()),
            ("Ann Lee", "site_owner")
        );
        // A user account of the graph is no claim about the site.
        assert!(page(r#""Person""#, "Ann Lee").is_empty());
        // Nor is a one-word or non-person name.
        assert!(page(r#"["Person","Organization"]"#, "annlee").is_empty());
        assert!(page(r#"["Person","Organization"]"#, "Tide Notes Team").is_empty());
    }

    #[test]
    fn a_licence_notice_spells_out_initials_and_first_names() {
        let page = |signed: &str| {
            html_names(&format!(
                r#"<html><body><h1>On tides</h1><span class="author">{signed}</span><p>The tide came in early.</p><footer><span>Tide Notes</span> by <a href="https://tidenotes.example/" rel="cc:attributionURL">Dana Tull</a> is licensed under a Creative Commons licence.</footer></body></html>"#
            ))
        };
        assert_eq!(page("DT"), ["Dana Tull"]);
        assert_eq!(page("Dana"), ["Dana Tull"]);
        // Other initials are someone else's.
        assert_eq!(page("KJ"), ["KJ"]);
        // The notice alone names no author: it licenses the whole site.
        let d = crate::html::parse(
            r#"<html><body><h1>On tides</h1><p>The tide came in early.</p><footer><a rel="cc:attributionURL" href="/">Dana Tull</a></footer></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.attribution.as_deref(), Some("Dana Tull"));
        assert!(names_in(&d).is_empty());
    }

    /// A blog owner signing with a first name on a site named for their surname (or for both
    /// names) is spelt out where the page's furniture spells the two together; without that,
    /// the name stays as signed, and so does a handle, a first name the page pairs with another
    /// surname, a namesake in the story's prose or inside a longer name, and a pair of signers.
    #[test]
    fn a_first_name_on_a_site_named_for_the_surname_is_spelt_out() {
        let page = |host: &str, signed: &str, aside: &str, prose: &str| {
            html_names(&format!(
                r#"<html><head><link rel="canonical" href="https://www.{host}/2024/11/pier/"></head><body><article><h1>Pier repairs begin</h1><div class="entry-meta">Am <time datetime="2024-11-02">2. November 2024</time> Von <a href="https://www.{host}/author/x/" rel="author">{signed}</a></div><p>The council voted to repair the pier before the winter storms. {prose}</p></article><aside><h3>{aside}</h3></aside></body></html>"#
            ))
        };
        let aside = |host: &str, signed: &str, aside: &str| page(host, signed, aside, "");
        assert_eq!(
            aside("tollander.example", "Henry", "MEHR VON HENRY TOLLANDER"),
            ["Henry Tollander"]
        );
        assert_eq!(
            aside(
                "henry-tollander.example",
                "Henry",
                "Mehr von Henry Tollander"
            ),
            ["Henry Tollander"]
        );
        assert_eq!(
            aside("tollander.example", "Henry", "Photo: Henry Tollander"),
            ["Henry Tollander"]
        );
        // Not spelt in the page: the domain's word alone makes no surname.
        assert_eq!(aside("tollander.example", "Henry", "Archiv"), ["Henry"]);
        // Another surname, a longer word or name, or a handle that is no common given name.
        for (signed, spelt) in [
            ("Henry", "Henry Marsh"),
            ("Henry", "Henry Tollanders Hof"),
            ("Henry", "The Henry Tollander Foundation"),
            ("Henry", "Henry Tollander-Berg"),
            ("Peter", "Carl Peter Tollander"),
            ("Kestrel", "Kestrel Tollander"),
        ] {
            assert_eq!(
                aside("tollander.example", signed, spelt),
                [signed],
                "{spelt}"
            );
        }
        // A namesake in the story's prose: an ancestor, not the writer.
        assert_eq!(
            page(
                "tollander.example",
                "Emma",
                "Archiv",
                "My great-grandmother Emma Tollander kept the harbour ledger from 1910 until 1950."
            ),
            ["Emma"]
        );
        // Two signers: the page pairs the surname with one of them at most.
        let d = crate::html::parse(
            r#"<html><head><link rel="canonical" href="https://www.tollander.example/2024/11/pier/"></head><body><article><h1>Pier repairs begin</h1><p class="byline">By <a href="/author/anna/" rel="author">Anna</a> and <a href="/author/peter/" rel="author">Peter</a></p><p>The council voted to repair the pier before the winter storms.</p></article><aside><h3>Peter Tollander</h3></aside></body></html>"#,
            "UTF-8",
            vec![],
        );
        let names = names_in(&d);
        assert!(
            !names.is_empty() && names.iter().all(|n| !n.contains("Tollander")),
            "{names:?}"
        );
    }

    #[test]
    fn a_link_preview_row_written_by_names_the_author() {
        let page = |label: &str| {
            html_names(&format!(
                r#"<html><head><meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="Ann Lee"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes"></head><body><h1>On tides</h1><p>Text.</p></body></html>"#
            ))
        };
        assert_eq!(page("Written by"), ["Ann Lee"]);
        assert_eq!(page("Verfasst von"), ["Ann Lee"]);
        // Another row of the preview names no author.
        assert!(page("Est. reading time").is_empty());
        assert!(page("Photos").is_empty());
    }

    #[test]
    fn a_byline_may_open_with_a_dash_or_a_separator() {
        assert_eq!(
            names("On tides\n---- by Ann Lee\nThe tide came in early."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("On tides\n— By Ann Lee\nThe tide came in early."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("On tides\n| By\nAnn Lee\nThe tide came in early."),
            ["Ann Lee"]
        );
        // A dash before prose is no byline.
        assert!(names("On tides\n— by the pier, the water rose\nMore.").is_empty());
    }

    #[test]
    fn an_editor_labelled_after_the_date_is_the_byline() {
        assert_eq!(
            names(
                "On tides\n05.02.2020 - Redaktion: Ann Lee (Pressesprecherin)\nThe tide came in."
            ),
            ["Ann Lee"]
        );
        // A desk is no person.
        assert!(names("On tides\n05.02.2020 - Redaktion: Politik\nThe tide came in.").is_empty());
    }

    #[test]
    fn an_author_given_as_a_reference_to_a_person_of_the_graph() {
        let page = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://pier.example/#article","headline":"Pier repairs begin","author":{"@id":"https://pier.example/#/person/7"}},{"@type":["Person"],"@id":"https://pier.example/#/person/7","name":"Ann Lee"},{"@type":"Person","@id":"https://pier.example/#/person/8","name":"Tom Vane"}]}</script></head><body><p>Text.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
        // A reference to no person of the graph (an organisation) names nobody.
        let page = page.replace("person/7\"}}", "org\"}}");
        assert!(html_names(&page).is_empty());
    }

    #[test]
    fn a_post_typed_as_a_page_names_its_author_by_reference() {
        let graph = |page_type: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@graph":[{{"@type":"{page_type}","@id":"https://annlee.example/pier/","author":{{"@id":"https://annlee.example/#/person/1"}}}},{{"@type":"Person","@id":"https://annlee.example/#/person/1","name":"Ann Lee"}}]}}</script></head><body><p>Text.</p></body></html>"#
            )
        };
        assert_eq!(html_names(&graph("WebPage")), ["Ann Lee"]);
        assert!(html_names(&graph("ItemPage")).is_empty());
    }

    #[test]
    fn a_handle_or_first_name_spelt_out_elsewhere_is_the_full_name() {
        let page = |author: &str, byline: &str| {
            html_names(&format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","author":{{"@type":"Person","name":"{author}"}}}}</script></head><body><h1>Pier repairs begin</h1><span class="byline">{byline}</span><p>Text.</p></body></html>"#
            ))
        };
        assert_eq!(page("annlee", "von Ann Lee"), ["Ann Lee"]);
        assert_eq!(page("Ann", "By Ann Lee"), ["Ann Lee"]);
        // Another person, or two candidates, leave the name as it is.
        assert_eq!(page("Ann", "By Tom Vane"), ["Ann"]);
        assert_eq!(page("Ann", "By Ann Lee and Ann Berg"), ["Ann"]);
        assert_eq!(page("Ann", "Ann September"), ["Ann"]);
        assert_eq!(page("ann_lee", "ann_lee Veröffentlicht"), ["ann_lee"]);
    }

    #[test]
    fn byline_forms_of_templates_and_text_lines() {
        // A separator or a role after the name, an agency after a slash.
        assert_eq!(strip_byline("Von Ann Lee -").0, "Ann Lee");
        assert_eq!(
            strip_byline("Ann Lee (Sprecherin des Hafenamts)").0,
            "Ann Lee"
        );
        assert_eq!(
            names("Pier repairs begin\nBy Ann Lee (Harbour desk)\nText."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("Pier repairs begin\nAutor: Ann Lee/HPA\nText."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("Pier repairs begin\nAutor: Rechtsanwalt Ann Lee"),
            ["Ann Lee"]
        );
        // A column's label, a date after "on".
        assert_eq!(
            names("Pier repairs begin\nEine Kolumne von Ann Lee\nText."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("Pier repairs begin\nPosted in Piers by kestrel on August 3, 2019\nText."),
            ["kestrel"]
        );
        assert_eq!(
            names("Pier repairs begin\nNews | By Ann Lee | April 13, 2020\nText."),
            ["Ann Lee"]
        );
        assert!(names("Pier repairs begin\nThe pier was built by Ann Lee on a whim.").is_empty());
        assert!(names("Pier repairs begin\nPiers by Ann Lee on 3 May 2019 and more").is_empty());
        // The label on a line of its own, the names on the next.
        assert_eq!(names("Pier repairs begin\nBy\nAnn Lee\nText."), ["Ann Lee"]);
        assert_eq!(below_the_story("Autor\nAnn Lee,\n")[0].name, "Ann Lee");
        // A form's label and the text of a button are no byline.
        assert!(names("Von:\nErweiterte Suche...\nText.").is_empty());
        // Interview credits.
        assert_eq!(strip_byline("Interview: Ann Lee").0, "Ann Lee");
    }

    #[test]
    fn a_date_then_full_names_is_a_byline_line() {
        assert_eq!(
            names("Pier repairs begin\n14.03.2024 - Ann Lee\nText."),
            ["Ann Lee"]
        );
        assert_eq!(
            names("Pier repairs begin\n14.03.2024 | 12:45 Uhr | Ann Lee\nText."),
            ["Ann Lee"]
        );
        assert!(
            names("Pier repairs begin\n14.03.2024 - Pier repairs begin today\nText.").is_empty()
        );
        assert!(names("Pier repairs begin\n14.03.2024 Ann Lee\nText.").is_empty());
    }

    #[test]
    fn recipes_and_forum_threads_are_signed_works() {
        let page = r#"<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Pier pie","author":{"@type":"Person","name":"Ann Lee"},"review":[{"@type":"Review","author":{"@type":"Person","name":"Tom Vane"}}]}</script></head><body><p>Text.</p></body></html>"#;
        assert_eq!(html_names(page), ["Ann Lee"]);
    }

    #[test]
    fn glued_labels_and_kickers_are_not_names() {
        let lex = &crate::lexicon::BUILTIN;
        assert!(!is_person_name("HARBOURDESKAnn Lee", lex, None));
        assert!(!is_person_name("Ann BergAutor", lex, None));
        assert!(is_person_name("Ann MacArthur", lex, None));
        assert!(is_acronym("NWRA"));
        assert!(!is_acronym("OZ"));
    }

    /// The names a page whose story ends with `trailer` (HTML) yields, with their sources.
    fn html_signed(trailer: &str) -> Vec<(String, String)> {
        let page = format!(
            "<html><body><article><h1>Pier repairs begin</h1><p>The council of Lowmere met on \
             Tuesday to talk about the old pier, which has stood on the harbour since 1890.</p>\
             <p>Work on the pier will start in May and should end before the summer season \
             brings the ferries back.</p>{trailer}</article><footer><p>Impressum</p><p>Datenschutz\
             </p></footer></body></html>"
        );
        let d = crate::html::parse(&page, "UTF-8", vec![]);
        find(&d, &BUILTIN, None, Some("Pier repairs begin"), &[1])
            .into_iter()
            .map(|b| (b.name, b.source))
            .collect()
    }

    #[test]
    fn a_name_in_emphasis_signs_the_story_at_its_end() {
        let signed = |n: &str| vec![(n.to_string(), "sign_off".to_string())];
        // A name all in emphasis closing the story, after prose or a fact box.
        assert_eq!(
            html_signed("<p class=\"x\">\n <strong>Tom Korvath</strong>\n</p>"),
            signed("Tom Korvath")
        );
        assert_eq!(
            html_signed("<p><b>Ledgerwood, 212 pages</b></p><p><em>Ann Lee</em></p>"),
            signed("Ann Lee")
        );
        // Not in emphasis and after no prose paragraph: a link or a heading as often.
        assert!(html_signed("<p><b>Ledgerwood, 212 pages</b></p><p>Tom Korvath</p>").is_empty());
        // Only when all of the line is emphasised.
        assert!(html_signed("<p>Photo <b>Tom Korvath</b></p>").is_empty());
        // Calls to action, headings and the last of a list of names sign nothing.
        for other in [
            "<p><strong>Weitere Informationen</strong></p>",
            "<p><strong>Read More</strong></p>",
            "<p><strong>Kontakt</strong></p>",
            "<p><b>Jetzt Bestellen</b></p>",
            "<p><strong>Share This Story</strong></p>",
            "<p><b>Related Articles</b></p>",
            "<p><strong>Harbour Council</strong></p>",
            "<p><strong>Ann Lee said so.</strong></p>",
            "<p>Cathy Vane, Lowmere</p><p>Tom Marsh, Eastby</p><p><b>Ann Lee</b></p>",
        ] {
            assert!(html_signed(other).is_empty(), "{other}");
        }
        // Above the story's notes, a full name in emphasis after a paragraph of prose.
        assert_eq!(
            html_signed(
                "<p>The ferry company said it would run two more boats a day once the pier is \
                 open again.</p><p align=\"right\"><em>Ann Lee</em></p><p>(1) Figures from the \
                 harbour office.</p><p>More on the pier's past</p><p>The pier was built by the \
                 navy and sold to the town in 1950, when the last warship left.</p>"
            ),
            signed("Ann Lee")
        );
        // Without notes below, a name inside the text is a heading or a caption.
        assert!(html_signed(
            "<p><em>Ann Lee</em></p><p>The pier was built by the navy and sold to the town in \
             1950, when the last warship left.</p>"
        )
        .is_empty());
    }

    #[test]
    fn a_story_signed_at_its_end() {
        let names = |t: &str| -> Vec<(String, String)> {
            below_the_story(t)
                .into_iter()
                .map(|b| (b.name, b.source))
                .collect()
        };
        let signed = |n: &str| vec![(n.to_string(), "sign_off".to_string())];
        // "(Name)" after the last sentence, "(Name)" or "— Name" on a line of its own.
        assert_eq!(
            names("The work ends in May. (Ann Lee) +++\n"),
            signed("Ann Lee")
        );
        assert_eq!(names("(Tom Vane)\n"), signed("Tom Vane"));
        assert_eq!(names("—Tom Vane\n"), signed("Tom Vane"));
        // A bare closing line is a link or a heading as often as a name.
        assert!(names("Weitere Informationen\n").is_empty());
        assert!(names("Ann Lee\n").is_empty());
        // After a paragraph of prose, a name alone closes the story as its signature; a link, a
        // heading or a place does not.
        let prose =
            "The council will meet again in June to decide whether the old pier can be saved.\n";
        assert_eq!(names(&format!("{prose}Ann Lee\n")), signed("Ann Lee"));
        for other in [
            "Weitere Informationen",
            "Read More",
            "Share This Story",
            "Top Stories",
            "Related Articles",
            "Mehr Zum Thema",
            "Harbour Council",
            "Ann Lee said so.",
            "Photo Gallery",
        ] {
            assert!(names(&format!("{prose}{other}\n")).is_empty(), "{other}");
        }
        // An aside inside the sentence, a caption, no person.
        assert!(names("The pier was built by the navy (Harbour Works)\n").is_empty());
        assert!(names("The work ends in May. (Photo: Ann Lee)\n").is_empty());
        assert!(names("The work ends in May. (Harbour Council)\n").is_empty());
        // Only the story's last line: a sign-off above other text is not read as one.
        assert!(names("The work ends. (Ann Lee)\nThe council meets again in June.\n").is_empty());
        // A byline in the header wins.
        let mut page = String::from("Pier repairs begin\nBy Jo Marsh\n");
        for i in 0..30 {
            page.push_str(&format!("The council met for the {i}th time.\n"));
        }
        page.push_str("(Ann Lee)\n");
        let d = crate::text::parse(&page, "UTF-8", vec![]);
        let found = find(&d, &BUILTIN, None, Some("Pier repairs begin"), &[1, 2]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Jo Marsh");
    }

    /// "Compiled by" over a digest, the Indonesian reporter's "Pewarta:" under the story (its
    /// "Editor:" no author) and the Turkish "Haber:" and "Muhabir:" credits.
    #[test]
    fn compiled_by_pewarta_haber_and_muhabir_label_the_author() {
        let authors = |text: &str| -> Vec<String> {
            let d = crate::text::parse(text, "UTF-8", vec![]);
            crate::extract(&d, &crate::Hint::default())
                .bylines
                .into_iter()
                .map(|b| b.name)
                .collect()
        };
        let harbour = "\nThe harbour council voted on Tuesday to build a second ferry pier, ending four years of debate.\n\nWork starts in May, the council said.\n";
        assert_eq!(
            authors(&format!(
                "Harbour council approves ferry pier\nCompiled by Jane Roe\n4 May 2026\n{harbour}"
            )),
            ["Jane Roe"]
        );
        let panen = "Warga Desa Tarung Panen Padi Lebih Awal\n\nKota Tarung - Warga desa Tarung memanen padi lebih awal tahun ini karena cuaca yang baik, kata kepala desa pada hari Senin.\n\nPanen tahun ini diperkirakan naik dua kali lipat dibanding tahun lalu.\n\n";
        assert_eq!(
            authors(&format!(
                "{panen}Pewarta: Dewi Lestari\nEditor: Budi Santoso\n"
            )),
            ["Dewi Lestari"]
        );
        assert_eq!(
            authors(&format!(
                "{panen}Pewarta:\nDewi Lestari\nEditor: Budi Santoso\n"
            )),
            ["Dewi Lestari"]
        );
        assert!(authors(&format!("{panen}Editor: Budi Santoso\n")).is_empty());
        let iskele = "\nTarung belediye meclisi salı günü ikinci bir feribot iskelesi yapılmasına karar verdi.\n\nÇalışmalar mayıs ayında başlayacak.\n";
        for label in ["Haber:", "HABER :", "Muhabir:"] {
            assert_eq!(
                authors(&format!("Tarung Limanı yeni iskele için onay aldı\n{label} Ayşe Demir\n3 Mart 2026\n{iskele}")),
                ["Ayşe Demir"],
                "{label}"
            );
        }
        assert_eq!(
            authors(&format!(
                "Tarung Limanı yeni iskele için onay aldı{iskele}\nHaber: Ayşe Demir\n"
            )),
            ["Ayşe Demir"]
        );
        // "Haber" without its colon is the noun: a line of prose, the news desk's name.
        assert!(names("Haber Merkezi\nTarung belediye meclisi salı günü karar verdi.").is_empty());
        assert!(names("Haber Ajansları Salı Günü Duyurdu\nText.").is_empty());
        // "Compiled by" opening a sentence of prose.
        assert!(
            names("Compiled by the harbour office, the figures show a rise.\nText.").is_empty()
        );
    }

    /// An academic's author line under a text's headline, The Conversation's way: the name,
    /// then a post and an institution; co-authors one line each.
    #[test]
    fn an_academic_author_line_under_the_headline_names_the_author() {
        let extract = |text: &str| {
            let d = crate::text::parse(text, "UTF-8", vec![]);
            crate::extract(&d, &crate::Hint::default())
        };
        let authors = |text: &str| -> Vec<String> {
            extract(text).bylines.into_iter().map(|b| b.name).collect()
        };
        let headline = "Why the kelp forests of Tarrow Bay are coming back";
        let story = "\nTen years ago the kelp forests of Tarrow Bay were nearly gone. Sea urchins had eaten most of them, and warm summers finished the rest.\n\nToday divers see the kelp again, and our surveys show why.\n";
        let dana = "Dana Whitcombe, Senior Lecturer in Marine Biology, University of Tarrow";
        let x = extract(&format!(
            "{headline}\n{dana}\nPublished: March 3, 2026 3:14pm GMT\n{story}"
        ));
        assert_eq!(x.title.as_deref(), Some(headline));
        assert_eq!(
            x.bylines
                .iter()
                .map(|b| b.name.as_str())
                .collect::<Vec<_>>(),
            ["Dana Whitcombe"]
        );
        assert!(!x.body_text.contains("Lecturer"));
        let x = extract(&format!(
            "{headline}\nPublished: March 3, 2026 3:14pm GMT\n{dana}\nOrin Maddox, PhD Candidate, Institute of Coastal Studies\n{story}"
        ));
        assert_eq!(
            x.bylines
                .iter()
                .map(|b| b.name.as_str())
                .collect::<Vec<_>>(),
            ["Dana Whitcombe", "Orin Maddox"]
        );
        assert!(!x.body_text.contains("Candidate"), "{}", x.body_text);
        for line in [
            "Orin Maddox, Associate Professor of Ecology, Kessvik College",
            "Orin Maddox, Research Fellow, School of Earth Sciences, Tarrow",
        ] {
            assert_eq!(
                authors(&format!("{headline}\n{line}\n{story}")),
                ["Orin Maddox"],
                "{line}"
            );
        }
        // A post without an institution, an institution without a post, a sentence, or the
        // line far down the story: no author.
        for line in [
            "Dana Whitcombe, Senior Lecturer in Marine Biology",
            "Dana Whitcombe, University of Tarrow",
            "Dana Whitcombe, a lecturer at the University of Tarrow, counted the urchins herself.",
            "Dana Whitcombe, Senior Lecturer: University of Tarrow",
        ] {
            assert!(
                authors(&format!("{headline}\n{line}\n{story}")).is_empty(),
                "{line}"
            );
        }
        let far = format!("{headline}\n{story}\nThe divers counted again in May.\n\nThe urchins moved east.\n\n{dana}\n\nMore surveys follow.\n");
        assert!(authors(&far).is_empty());
        // The title rules see the line as a byline, not the headline's wrapped end.
        assert!(is_byline_line(dana) && opens_byline(dana));
        assert!(!is_byline_line(
            "Tarrow Bay, home of the University of Tarrow's kelp lab"
        ));
    }

    /// A magazine's "Words:" label, and a byline in lower case ("di", "by") right under a text's
    /// headline that does not end a sentence.
    #[test]
    fn a_words_label_and_a_lower_case_label_under_the_headline() {
        let body = "\nThe orchard growers filed their suit on Monday, their lawyer said.\n";
        for (text, want) in [
            (
                "Frost suit filed\nWords: Corin Vashti\n4 May 2026",
                "Corin Vashti",
            ),
            (
                "Riapre il frantoio di Orvel dopo vent'anni\ndi Marco Ferri\n4 maggio 2026",
                "Marco Ferri",
            ),
            (
                "Growers take insurers to court over frost\nby Corin Vashti",
                "Corin Vashti",
            ),
        ] {
            let d = crate::text::parse(&format!("{text}{body}"), "UTF-8", vec![]);
            let found = find(&d, &BUILTIN, None, None, &[4]);
            assert_eq!(
                found.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
                vec![want],
                "{text}"
            );
        }
        // Prose wrapped at a preposition further down stays prose.
        let d = crate::text::parse(
            "Growers sue\n\nThe suit entered its second week on the docket of the court\nby Corin Vashti, the growers' lawyer, who said it would go on.\n",
            "UTF-8",
            vec![],
        );
        assert!(find(&d, &BUILTIN, None, None, &[3, 4]).is_empty());
    }

    /// A name alone right under a text's headline and over its date line is the byline even
    /// without a common given name; further down it still needs one.
    #[test]
    fn a_bare_name_under_the_headline_over_the_date_signs_it() {
        let headline = "Orchard growers settle frost claims";
        let body = "\nThe growers settled their claims on Monday, their lawyer said.\n";
        let found = |text: String| -> Vec<String> {
            let d = crate::text::parse(&text, "UTF-8", vec![]);
            find(&d, &BUILTIN, None, Some(headline), &[])
                .into_iter()
                .map(|b| b.name)
                .collect()
        };
        assert_eq!(
            found(format!("{headline}\nCorvin Lask\nSun 9 Mar 2025{body}")),
            ["Corvin Lask"]
        );
        // Not under the headline: a heading over a date is no byline.
        assert!(found(format!(
            "{headline}\nThe growers met twice before the deal.\nHarvest Results\nSun 9 Mar 2025{body}"
        ))
        .is_empty());
        // A reader view's copy: the name over the reading time.
        assert_eq!(
            found(format!(
                "harbourpost.example\n{headline}\nCorvin Lask\n6–8 minutes{body}"
            )),
            ["Corvin Lask"]
        );
    }

    /// A name then its role with no comma between, the role's noun in lower case ("Corvin
    /// Lask Valley correspondent"), is a byline; a title-case role there is not told from a name.
    #[test]
    fn a_name_and_a_role_without_a_comma_is_a_byline() {
        assert!(is_byline_line("Corvin Lask Valley correspondent"));
        assert!(is_byline_line("Ada Merrow Economics editor"));
        assert!(is_byline_line("Ada Merrow Deputy political editor"));
        assert!(!is_byline_line("Valley Orchards Hire New Editor"));
        assert!(!is_byline_line("Growers meet the editor"));
        // A slash between the name and the role, as a flattened byline box sets it.
        assert!(is_byline_line("Corvin Lask / Staff Writer"));
    }

    /// A byline row of a name, then the date or the reading time, right under the headline.
    #[test]
    fn a_name_before_the_date_under_the_headline_signs_it() {
        let head = "Orchard growers settle frost claims\n";
        let body = "\nThe growers settled their claims on Monday, their lawyer said.\n";
        for row in [
            "Corvin Lask | March 4, 2025 | 5 min read",
            "Corvin Lask · 6 min read",
            "Rosalind Pike - 4 March 2025",
        ] {
            let want = row.split(['|', '·', '-']).next().unwrap_or("").trim_fast();
            assert_eq!(names(&format!("{head}{row}{body}")), [want], "{row}");
        }
        // Not a person, or not under the headline, or not a date after it.
        for text in [
            format!("{head}Harbour News | March 4, 2025{body}"),
            format!("{head}The growers met on Monday.\nCorvin Lask | March 4, 2025{body}"),
            format!("{head}Corvin Lask | Orchard news{body}"),
        ] {
            assert!(names(&text).is_empty(), "{text}");
        }
    }

    /// An "Updated" or "Published" label run into a byline's line ends the names.
    #[test]
    fn an_update_label_after_the_name_ends_the_byline() {
        for line in [
            "By Corvin Lask Updated 3:14 PM EST, Tue March 4, 2025",
            "By Corvin Lask PUBLISHED: 09:12, 4 March 2025",
            "By Corvin Lask Posted March 4, 2025",
        ] {
            assert_eq!(
                names(&format!(
                    "Orchard growers settle frost claims\n{line}\nThe growers settled on Monday."
                )),
                ["Corvin Lask"],
                "{line}"
            );
        }
        // A surname that only begins like a label is kept.
        assert_eq!(
            names("Orchard growers settle frost claims\nBy Ann Postedal\nThe growers settled on Monday."),
            ["Ann Postedal"]
        );
    }

    #[test]
    fn labels_trailers_and_handles_around_a_name() {
        assert_eq!(strip_byline("Post author By Ann Lee").0, "Ann Lee");
        assert_eq!(
            strip_byline("von kestrel am 26/10/13, 03:48 pm").0,
            "kestrel"
        );
        assert_eq!(strip_byline("Zeige alle Beiträge von Ann Lee").0, "Ann Lee");
        assert_eq!(strip_byline("Por Ann Lee @annlee").0, "Ann Lee");
    }

    #[test]
    fn headlines_and_prose_are_not_bylines() {
        let d = crate::text::parse("Von Brücken und Fähren\nText.", "UTF-8", vec![]);
        assert!(find(&d, &BUILTIN, None, Some("Von Brücken und Fähren"), &[1, 2]).is_empty());
        assert!(names("Am 3. Mai 2019 bekamen die Nutzer von Ferrox 7 ein Update").is_empty());
        assert!(names("Ein Menü von Brot, Käse und Wein").is_empty());
        assert_eq!(
            names("Headline\nVeröffentlicht am 3. Mai 2019 von Ann Lee | Tags"),
            ["Ann Lee"]
        );
    }

    #[test]
    fn glued_article_phrase_and_labelled_bylines() {
        assert_eq!(names("Pier repairs begin\nByAnn Lee\nText."), ["Ann Lee"]);
        assert_eq!(
            names("Pier repairs begin\nEin Artikel von Ann Lee | 14.03.2024 - 12:45"),
            ["Ann Lee"]
        );
        // "Author: ..." alone on a line far below the story, outside the header lines.
        assert_eq!(below_the_story("Author: Ann Lee\n")[0].name, "Ann Lee");
        // The author line of a book's fact box names the book's author.
        assert!(
            below_the_story("Title: Piers\nAuthor: Tom Vane\nPublisher: Harbour Books\n")
                .is_empty()
        );
    }

    #[test]
    fn site_names_spelt_otherwise_credits_and_doubled_names() {
        let lex = &crate::lexicon::BUILTIN;
        assert!(!is_person_name(
            "Harbour Courier",
            lex,
            Some("HarbourCourier.example")
        ));
        assert!(!is_person_name(
            "Harbour Rescue Service",
            lex,
            Some("HRS e.V.")
        ));
        assert!(is_person_name(
            "Ann Lee",
            lex,
            Some("HarbourCourier.example")
        ));
        assert!(!is_handle("Ledger-Redaktion", None));
        assert!(!is_handle("publisher", None));
        assert!(!is_handle("wordpressadmin", None));
        // A posting program written as one word. ("Newsdesk" is kept: the trafilatura gold
        // names a page's "Newsdesk" as its author.)
        assert!(!is_handle("newsposter", None));
        assert!(is_handle("Newsdesk", None));
        // The same desk's login in lower case is an account.
        assert!(!is_handle("newsdesk", None));
        assert!(!is_handle("webteam", None));
        assert!(is_handle("steam", None));
        assert!(!is_handle("AdminWeb", None));
        assert!(is_handle("badmintonfan", None));
        assert!(!is_handle("user5105", None));
        assert!(!is_handle("Blog", None));
        assert!(is_handle("kestrel42", None));
        assert!(!is_person_name("Feuerwehr Springfield", lex, None));
        assert!(!is_person_name("The Harbour Ledger", lex, None));
        assert!(!is_person_name("Les Amis du Port", lex, None));
        assert!(is_person_name("Ann van der Berg", lex, None));
        assert!(!is_person_name("Abteilung Wasserrettung", lex, None));
        assert!(!is_person_name("Super User", lex, None));
        assert_eq!(display_form("Ann Lee Ann Lee"), "Ann Lee");
        assert_eq!(display_form("Ann LeeAnn Lee"), "Ann Lee");
        assert_eq!(display_form("kestrel42kestrel42"), "kestrel42");
        assert_eq!(display_form("Lulu"), "Lulu");
        assert_eq!(display_form("R. R."), "R. R.");
        assert_eq!(display_form("Ann Lee"), "Ann Lee");
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
        // "Story by", "Words by"; "with" joins a second author.
        assert_eq!(
            names(
                "Story by Carl Wendt
Text."
            ),
            ["Carl Wendt"]
        );
        assert_eq!(
            names(
                "Words by Mia Holt
Text."
            ),
            ["Mia Holt"]
        );
        assert_eq!(
            names(
                "By Carl Wendt with Mia Holt
Text."
            ),
            ["Carl Wendt", "Mia Holt"]
        );
        assert_eq!(
            names(
                "Par Luc Marin avec AFP
Text."
            ),
            ["Luc Marin"]
        );
        // Capitals spelt out: each part of a double name, and the name after "O'".
        assert_eq!(
            names(
                "BY LENA FISCHER-HOLM and SEAN O'MALLEY
Text."
            ),
            ["Lena Fischer-Holm", "Sean O'Malley"]
        );
        // A full name and a newsroom role, with the date after it or nothing.
        assert_eq!(
            names(
                "Clinics report more coughs\n\nPriya Nandakumar, Health Reporter\nMarch 6, 2024\n"
            ),
            ["Priya Nandakumar"]
        );
        assert_eq!(
            names("Trams return\nNadia Okonkwo, Senior Transport Correspondent · 2 May 2024\n"),
            ["Nadia Okonkwo"]
        );
        assert!(names(
            "Trams return\nNadia Okonkwo, Transport Correspondent for twenty years, said no\n"
        )
        .is_empty());
        // "by" carrying on the sentence of the line before is prose.
        assert!(names(
            "Harbor strike enters second week\nMarch 14, 2024\n\nThe strike at the Port of Merrow entered its second week on Thursday\nby Gloria Amsel, the harbor chair, who said talks had stalled.\n"
        )
        .is_empty());
        // An outlet is no person.
        for outlet in [
            "By Westmark Chronicle",
            "By Orlen Evening Star",
            "By Harbour Courier",
            "Von Kellenbrücker Rundschau",
        ] {
            assert!(names(&format!("{outlet}\nText.")).is_empty(), "{outlet}");
        }
    }

    #[test]
    fn labels_and_handles() {
        assert_eq!(names("Posted by kestrel42\nText."), ["kestrel42"]);
        assert_eq!(names("Eingestellt von Wanda Moor\nText."), ["Wanda Moor"]);
        assert_eq!(
            names("Headline here\nVeröffentlicht: 05.01.2020 | Autor: kestrel | Tags: Bridges"),
            ["kestrel"]
        );
        assert_eq!(names("Posted on 3 May 2019 by Ann Lee"), ["Ann Lee"]);
        // A blog's category or a place after the names, as after any byline label.
        assert_eq!(
            names("Posted on 3 May 2019 by Ann Lee in Travel"),
            ["Ann Lee"]
        );
        assert_eq!(
            names("3 May 2019 by Ann Lee in Harbour News, Boats"),
            ["Ann Lee"]
        );
        assert!(names("Posted on 3 May 2019 by admin in Travel").is_empty());
        assert_eq!(names("By Ann Lee, August 14, 2020 2:30 pm"), ["Ann Lee"]);
        assert_eq!(names("By Perry Vale Jr."), ["Perry Vale Jr."]);
        // The writer's credit, not the illustrator's or the photographer's beside it.
        assert_eq!(
            names("Text von Ann Lee   Illustration von Tom Vane"),
            ["Ann Lee"]
        );
        assert_eq!(names("By Ann Lee, photographs by Tom Vane"), ["Ann Lee"]);
        assert_eq!(names("Text: Ann Lee, Fotos: Tom Vane"), ["Ann Lee"]);
        assert!(names("Posted by admin").is_empty());
        assert!(names("By Donnerstag").is_empty());
        assert!(names("Brücken von Wien 3 May 2019 und mehr").is_empty());
        // After the date, a time of day may stand before the label, not the rest of a sentence.
        assert_eq!(
            names("Headline here\n03.05.2019 um 10:15 Uhr von Ann Lee"),
            ["Ann Lee"]
        );
        assert!(
            names("Headline here\nNeue Tarife seit 1.1.2021 und die Abrechnung von Altfällen")
                .is_empty()
        );
    }

    #[test]
    fn strip() {
        assert_eq!(strip_byline("AuthorJane Doe"), ("Jane Doe".into(), true));
        assert_eq!(
            strip_byline("By Jane Doe 8 January 2020, 3:51 pm"),
            ("Jane Doe".into(), true)
        );
        assert_eq!(
            strip_byline("Jane Doe Alle Artikel"),
            ("Jane Doe".into(), false)
        );
        // A date with its month first ends the names too (AP's "Nov. 19, 2026").
        for line in [
            "By Cora Vell Nov. 19, 2026",
            "By Cora Vell November 19, 2026",
            "By Cora Vell Sept. 3, 2026 at 4:10 p.m.",
            "By Cora Vell Nov.19",
        ] {
            assert_eq!(strip_byline(line), ("Cora Vell".into(), true), "{line}");
        }
        // A surname that is a month's name stays, without a date after it.
        assert_eq!(
            strip_byline("By Theresa May and Ann March"),
            ("Theresa May and Ann March".into(), true)
        );
    }

    #[test]
    fn an_organisation_with_its_seat_is_no_author() {
        assert!(split_names("Harbour Press GmbH, Munich, Germany").is_empty());
        assert!(split_names("Copyright Example Media Ltd.").is_empty());
        assert_eq!(split_names("Maren Holt, Jonas Berg").len(), 2);
        // "Ag" inside a name is not a legal form.
        assert_eq!(split_names("Agnes Agathe").len(), 1);
    }

    #[test]
    fn more_by_links_give_the_name() {
        assert_eq!(strip_byline("Alle Artikel von Maren Holt").0, "Maren Holt");
        assert_eq!(strip_byline("More by Maren Holt").0, "Maren Holt");
        assert_eq!(strip_byline("Alles von Maren Holt").0, "Maren Holt");
        assert!(!is_person_name(
            "Alle Beiträge",
            &crate::lexicon::BUILTIN,
            None
        ));
    }

    #[test]
    fn labels_without_names_and_trailing_particles_are_dropped() {
        let lex = &crate::lexicon::BUILTIN;
        assert!(!is_handle("Veröffentlicht", None));
        assert!(!is_handle("red", None));
        assert!(!is_person_name("No Author", lex, None));
        assert!(!is_person_name("Maren Holt le", lex, None));
        assert!(is_person_name("Ludwig van Beethoven", lex, None));
        assert_eq!(trim_name("Maren Holt'"), "Maren Holt");
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
