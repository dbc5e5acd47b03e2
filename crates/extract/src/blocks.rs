//! Non-article blocks: headline lists, donation appeals, widget and navigation chrome.
//!
//! For HTML the markup already tags lines with the region they came from (see `html.rs`); here
//! those zones become blocks, and the same text rules as for plain text find what the markup did
//! not say (a scraper that flattened a page to text keeps its "Related" list, but not the `<aside>`).

use std::sync::LazyLock;

use regex::Regex;

use crate::decode::FloorCharBoundary;
use crate::lexicon::Lexicons;
use crate::model::{Block, BlockKind, Document};
use crate::Trim;

static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-•*·–—▪►]|\d{1,2}[.)])\s+").expect("valid regex"));
/// Engagement counters: a short word or camel-case pair with a count in parentheses
/// ("veryGood! (637)", "Like (12)", "👍 (40)"). What [`is_counter`] finds is what this regex
/// would: `^\s*[\p{L}\p{So}][\p{L}\p{So} ]{0,24}[!?.]?\s*\(\s*\d{1,7}\s*\)\s*$`. Its bounded
/// copies of `\p{L}` took 7 ms to compile in every process, so the regex here has the same shape
/// without the bounds, which [`counters_fit`] checks.
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\p{L}\p{So}][\p{L}\p{So} ]*[!?.]?\s*\(\s*\d+\s*\)\s*$").expect("valid regex")
});
/// A reaction bar: several counters on one line, maybe after a prompt of its own ("Rate this:
/// veryGood! (818) Bad (12)", "What is your reaction? veryGood! (412) Sad (140)"). See [`is_reaction_bar`] for what tells it from a line of names
/// with numbers ("Kane (12) Roe (45)"). As with [`COUNTER`], the bounds of
/// `(?:[\p{L}\p{So}][\p{L}\p{So} ]{0,24}[!?.]?\s*\(\s*\d{1,7}\s*\)\s*){2,8}` (65 ms to compile)
/// are left to [`counters_fit`]. Case-blind in the prompt only: a case-blind `[\p{L}\p{So}]` is
/// that class and U+0345, written out as `[\p{L}\p{So}\x{345}]` without the case folding of
/// two large classes to compute (4 M instructions of the 10 M it took to compile).
static REACTION_BAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<prompt>(?i:rate this|(?:what(?:'s| is) )?your reaction|reactions?|react|how do you feel|what do you think)\s*[:?]\s*)?(?:[\p{L}\p{So}\x{345}][\p{L}\p{So}\x{345} ]*[!?.]?\s*\(\s*\d+\s*\)\s*)+$",
    )
    .expect("valid regex")
});

/// How many counters `s` holds when each fits the bounds the unbounded [`COUNTER`] and
/// [`REACTION_BAR`] leave out (a label of at most 25 characters, a count of at most 7 digits),
/// or `None` when one does not. `s` must match the unbounded counters, so it splits one way:
/// a label and a count hold no `(` or `)`, and a label starts with a letter or symbol, never
/// white space. The label ends at a `!?.` (which must follow it at once) or at the `(` or the
/// white space other than a space before it; spaces at its end may be left to the `\s*` after it.
fn counters_fit(s: &str) -> Option<usize> {
    let mut rest = s.trim_start();
    let mut n = 0;
    while !rest.is_empty() {
        let end = rest.find(|c: char| {
            matches!(c, '!' | '?' | '.' | '(') || (c.is_whitespace() && c != ' ')
        })?;
        let label = &rest[..end];
        let label = if rest[end..].starts_with(['!', '?', '.']) {
            label
        } else {
            label.trim_end_matches(' ')
        };
        let open = rest.find('(')?;
        let close = rest.find(')')?;
        if label.chars().count() > 25 || rest[open + 1..close].trim_fast().chars().count() > 7 {
            return None;
        }
        rest = rest[close + 1..].trim_start();
        n += 1;
    }
    Some(n)
}

/// A word a reaction button carries ("Like (12)", "Wow (3)").
static REACTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:likes?|dislikes?|loves?|wow|haha|sad|angry|funny|useful|upvotes?|downvotes?|thumbs up|thumbs down)\s*\(")
        .expect("valid regex")
});
/// A label opening with two or more lower-case letters and a capital inside: template camel-case
/// ("veryGood!", "niceWork!"); a one-letter prefix is a product name ("ePaper (308)", "iPhone").
static CAMEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\p{Ll}{2,}\p{Lu}").expect("valid regex"));

/// One counter alone on a line is a reaction button when it is exclaimed, drawn, camel-cased or
/// a reaction word ("veryGood! (637)", "👍 (40)", "Like (12)"). A plain word with a number is a
/// category or tag count in a sidebar ("Gardening (12)", "Comments (35)"), normal on any blog.
fn is_counter(line: &str) -> bool {
    ends_in_count(line)
        && COUNTER.is_match(line)
        && counters_fit(line) == Some(1)
        && (line.contains('!')
            || SYMBOL.is_match(line)
            || CAMEL.is_match(line)
            || REACTION_WORD.is_match(line))
}

/// True when `line` ends in a count in parentheses ("(12)", "( 7 )  "), as every line that
/// [`COUNTER`] or [`REACTION_BAR`] matches does (both end in `\(\s*\d+\s*\)\s*$`; a `\d`
/// digit is `char::is_numeric` and `\s` is `char::is_whitespace`). Tested before them: lines
/// that merely end in a parenthesis ("(AP)", "(file photo)") are common, counts rare, and a text
/// with none never compiles the two regexes (15 ms of Unicode classes in every process).
fn ends_in_count(line: &str) -> bool {
    let Some(inside) = line.trim_end().strip_suffix(')') else {
        return false;
    };
    let inside = inside.trim_end();
    let before = inside.trim_end_matches(char::is_numeric);
    before.len() < inside.len() && before.trim_end().ends_with('(')
}

/// A drawn reaction: a pictograph ("👍", "❤"), not an arrow or a geometric shape ("► Mai (2)",
/// "▼ June (3)": the disclosure triangles of a blog's archive tree, with post counts).
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{So}--[\x{2190}-\x{21FF}\x{25A0}-\x{25FF}\x{2B00}-\x{2BFF}]]")
        .expect("valid regex")
});

/// A share-bar label with a count in parentheses ("Like (974)", "Share (152)", "Comment (0)"):
/// two or more on one line are a share bar's counters, where "Comments (35)" alone is a blog's
/// category count. Views and votes are no social action ("Views (1204)  Votes (31)" is a
/// page's or a poll's own count).
static WIDGET_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\))\s*(?:likes?|shares?|comments?|tweets?|retweets?|reposts?|pins?|saves?|reactions?|claps?|loves?)\s*\(")
        .expect("valid regex")
});

/// Modern engagement counters, without parentheses: a pictograph with a count ("👍 2.4K",
/// "💬 318", "👍 1,8 тыс.", "👁 41K views"), a compact count with a widget word ("41K views",
/// "1.2K shares"), and the share buttons among them ("🔁 Share"). A whole line must be made of
/// them; see [`is_modern_counter`] for which lines count. The pictograph class is [`SYMBOL`]'s.
/// A counter is a pictograph and a count, or a word after a pictograph, a count or both: the
/// same lines as `{pict}\s*(?:{count}(?:\s*{word})?|{word})|{count}\s*{word}`, with one copy
/// of the case-blind word list (its `\w`s) where that had three (18 ms to compile; only asked
/// whether a line matches, so which alternative matches does not matter).
static MODERN_COUNTERS: LazyLock<Regex> = LazyLock::new(|| {
    let pict = r"[\p{So}--[\x{2190}-\x{21FF}\x{25A0}-\x{25FF}\x{2B00}-\x{2BFF}]]\x{FE0F}?";
    let pict = format!(r"(?:{pict}|{REACTION_PICT})");
    let count = MODERN_COUNT;
    let word = r"(?:likes?|shares?|views?|comments?|reactions?|retweets?|reposts?|tweets?|pins?|saves?|votes?|claps?|loves?|reads?|(?:просмотр|комментари|лайк|репост)\w*)";
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:{pict}\s*{count}|(?:{pict}\s*(?:{count}\s*)?|{count}\s*){word})\s*(?:[·|•,]\s*)?)+$"
    ))
    .expect("valid regex")
});
/// A count as a share bar shows it: "318", "2.4K", "1,8 тыс.".
const MODERN_COUNT: &str = r"\d[\d.,]*(?:\s?(?:[KkMmBb]\b|тыс\.?|млн\.?|k\b))?";
/// The pictographs of reactions and social actions: thumbs, hands, hearts, faces, fire, 💯,
/// 🎉, speech balloons (comments), repeat arrows and ↗ ➦ ↪ 📤 🔗 (share or repost), 🔖 📌
/// (save, pin). Not an eye (views), a camera (a gallery's photos), weather, a ball or a star
/// (a rating): one of those with a number is an honest page's own count.
const REACTION_PICT: &str = r"[\x{1F44D}-\x{1F44F}\x{1F64C}\x{1F64F}\x{2764}\x{2665}\x{1F494}-\x{1F49F}\x{1F5A4}\x{1F90D}\x{1F9E1}\x{1F600}-\x{1F637}\x{1F910}-\x{1F92F}\x{1F970}-\x{1F97A}\x{1F525}\x{1F4AF}\x{1F389}\x{1F4AC}\x{1F5E8}\x{1F5EF}\x{1F501}\x{1F504}\x{2197}\x{27A6}\x{21AA}\x{1F4E4}\x{1F517}\x{1F516}\x{1F4CC}]\x{FE0F}?";
/// One counted reaction of a modern share bar: a reaction pictograph with a count, maybe a word
/// after it ("👍 2.4K", "🔥 5.2K reactions"), or a count with a reaction or social action's word
/// ("1.2K shares", "974 likes"). Views, votes and reads are no reaction: `word` is checked.
static MODERN_REACTION: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:likes?|shares?|views?|comments?|reactions?|retweets?|reposts?|tweets?|pins?|saves?|votes?|claps?|loves?|reads?|(?:просмотр|комментари|лайк|репост)\w*)";
    Regex::new(&format!(
        r"(?i)(?:{REACTION_PICT}\s*{MODERN_COUNT}(?:\s*(?P<w1>{word}))?|{MODERN_COUNT}\s*(?P<w2>{word}))"
    ))
    .expect("valid regex")
});
/// A count in compact notation ("2.4K", "41K", "1,8 тыс.") before a widget word, or a
/// pictograph before a count: what a scraped share bar shows and a sentence or a byline line
/// does not.
static MODERN_EVIDENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[\p{So}--[\x{2190}-\x{21FF}\x{25A0}-\x{25FF}\x{2B00}-\x{2BFF}]]\x{FE0F}?\s*\d|\d(?:[KkMmBb]|\s?тыс\.?|\s?млн\.?)\s*(?:[\p{So}\x{FE0F}·|•,]|\s\p{L}|$))")
        .expect("valid regex")
});

/// A counted word that is no reaction: how often a page was seen or a poll answered.
fn is_audience_word(w: &str) -> bool {
    let w = w.to_lowercase();
    w.starts_with("view")
        || w.starts_with("vote")
        || w.starts_with("read")
        || w.starts_with("просмотр")
}

/// A modern reaction bar ("👍 2.4K   💬 318   🔁 Share", "❤️ 1.1K  😂 203", "3.4M views | 12K
/// likes | 800 shares"): a line made only of counters (see [`MODERN_COUNTERS`]) holding at
/// least two counted reactions or social actions ([`MODERN_REACTION`]: likes, comments, shares,
/// reaction pictographs), with a pictograph before a count or a compact count ("1.2K") among
/// them. One count is an honest page's own: a view count under a video ("👁 1,204", "41K
/// views"), a poll's votes, a gallery's "📷 24", a weather widget ("☀️ 14 · 🌧 9"), "💬 0"
/// beside the comments link; views, votes and reads never count, and weather, camera, star or
/// ball pictographs are no reaction. Short lines with a digit only are tried (prose is longer,
/// and the regexes are compiled only when such a line comes).
fn is_modern_counter(line: &str) -> bool {
    let t = line.trim_fast();
    t.len() <= 100
        && t.bytes().any(|b| b.is_ascii_digit())
        && (!t.is_ascii() || t.ends_with(['s', 'S']))
        && t.split_whitespace().count() <= 16
        && MODERN_COUNTERS.is_match(t)
        && MODERN_EVIDENCE.is_match(t)
        && MODERN_REACTION
            .captures_iter(t)
            .filter(|c| {
                c.name("w1")
                    .or_else(|| c.name("w2"))
                    .is_none_or(|w| !is_audience_word(w.as_str()))
            })
            .count()
            >= 2
}

/// True when a line before `n` (within three, blank lines skipped) signs an embedded social
/// post ("Wenna Tholby (@wtholby) November 22, 2026", "— @harbourfc"): the counters under
/// it are the post's own, quoted by the page, not the page's share bar.
fn under_embedded_post(doc: &Document, n: usize) -> bool {
    (1..n)
        .rev()
        .filter(|&m| !doc.line(m).trim_fast().is_empty())
        .take(3)
        .any(|m| {
            let l = doc.line(m);
            l.match_indices('@').any(|(i, _)| {
                let before = l[..i].trim_end();
                let handle = l[i + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .count();
                handle >= 2 && (before.ends_with(['(', '—', '-', '–']) || before.is_empty())
            })
        })
}

/// Words of reaction buttons, lower case: the feelings and verdicts a reaction bar offers
/// ("Love (56) Haha (3) Wow (112)", "Great(41)  Boring(3)  Touched(17)"). Two of them labelling
/// counters on one line make a reaction bar; one alone does not (see [`REACTION_WORD`] for the
/// few that make a lone button), so a tag cloud's "Happy (3)" stays a tag.
const REACTION_LABELS: &[&str] = &[
    "like",
    "likes",
    "dislike",
    "dislikes",
    "love",
    "loves",
    "wow",
    "haha",
    "lol",
    "sad",
    "angry",
    "funny",
    "useful",
    "useless",
    "great",
    "good",
    "bad",
    "cool",
    "nice",
    "awesome",
    "amazing",
    "boring",
    "bored",
    "touched",
    "moved",
    "happy",
    "unhappy",
    "inspired",
    "surprised",
    "shocked",
    "excited",
    "amused",
    "interesting",
    "informative",
    "helpful",
    "agree",
    "disagree",
    "upvote",
    "downvote",
    "omg",
    "cute",
    "scary",
    "confused",
    "meh",
    "fail",
    "win",
];

/// How many counters of `line` are labelled with a reaction word ([`REACTION_LABELS`]): the label
/// before each count in parentheses, pictographs and a final `!?.` set aside, in any case.
fn reaction_labels(line: &str) -> usize {
    line.split(')')
        .filter_map(|piece| piece.split_once('('))
        .filter(|(label, count)| {
            let label = label
                .trim_fast()
                .trim_end_matches(['!', '?', '.'])
                .trim_start_matches(|c: char| !c.is_alphabetic())
                .to_lowercase();
            count.trim_fast().chars().all(|c| c.is_numeric())
                && REACTION_LABELS.contains(&label.as_str())
        })
        .count()
}

/// A reaction word and its count, as one control of a reaction bar shows it ("Love (56)", "Like
/// 231", "👍 Like (1.2K)", "Wow! 12"): a pictograph may open it, the word is one of
/// [`REACTION_LABELS`] (an exclamation after it allowed), and the count is digits with a
/// thousands mark or a compact "K"/"M", in parentheses or not. A share or comment button's count
/// ("Share (152)", "Comments 12") is none: those are a publisher's own. The label and its
/// count, or `None`.
fn reaction_control(text: &str) -> Option<(&str, &str)> {
    let t = text
        .trim_fast()
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        .trim_start();
    if t.len() > 40 {
        return None;
    }
    let word_end = t.find(|c: char| !c.is_alphabetic())?;
    let (word, rest) = t.split_at(word_end);
    let rest = rest.trim_start_matches(['!', '?', '.']).trim_fast();
    let count = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .map_or(rest, str::trim);
    let digits = count.trim_end_matches(['K', 'k', 'M', 'm']);
    let fits = !word.is_empty()
        && REACTION_LABELS.contains(&word.to_lowercase().as_str())
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.len() <= 9
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'));
    fits.then_some((word, count))
}

/// True when `text`, the whole text of one control (a `<button>`, a link), is a reaction word
/// with its count ([`reaction_control`]): the HTML reader lays out the buttons of a reaction bar
/// made of several of them (`html.rs`), which it otherwise skips.
pub(crate) fn is_reaction_control(text: &str) -> bool {
    reaction_control(text).is_some()
}

/// A reaction bar whose counts stand without parentheses ("Like 231  Love 12  Wow 3", "👍 Like
/// 231 😮 Wow 48"): a line made only of two to eight reaction words (a template's bar has seven:
/// Like, Dislike, Love, Funny, Angry, Sad, Wow), each with its count. Every
/// label must be a reaction word: "Kane 12 Roe 45" or "Share 152 Comments 12" are no bar.
fn is_bare_reaction_bar(line: &str) -> bool {
    let t = line.trim_fast();
    if t.len() > 160
        || !t.ends_with(|c: char| c.is_ascii_digit() || matches!(c, 'K' | 'k' | 'M' | 'm'))
    {
        return false;
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    // Each control is an optional pictograph token, a word and a count: group the tokens so.
    let mut n = 0;
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].chars().any(char::is_alphanumeric) {
            i += 1;
            continue;
        }
        let Some(count) = tokens.get(i + 1) else {
            return false;
        };
        if reaction_control(&format!("{} {count}", tokens[i])).is_none() {
            return false;
        }
        n += 1;
        i += 2;
    }
    (2..=8).contains(&n)
}

/// Several counters on a line are a reaction bar when a prompt introduces them or they are
/// exclaimed or drawn ("Wow! (3) Sad (1)", "👍 (40) 👎 (2)"), when two of them are share-bar
/// labels ("Like (974)  Share (152)"), or when two are reaction words ("Love (56) Haha (3)");
/// plain names with numbers are not.
fn is_reaction_bar(line: &str) -> bool {
    // Two counters or more, each closed by a parenthesis (the prompt holds none): a line with
    // one closing parenthesis, a sidebar's "November 2026 (5)", is spared the regex.
    ends_in_count(line)
        && memchr::memchr_iter(b')', line.as_bytes()).nth(1).is_some()
        && REACTION_BAR.captures(line).is_some_and(|c| {
            // The prompt ends in `:` or in `?` and white space before a label, where the counters
            // cannot go on, so the unbounded regex takes it exactly when the bounded one would.
            let prompt = c.name("prompt");
            counters_fit(&line[prompt.map_or(0, |p| p.end())..])
                .is_some_and(|n| (2..=8).contains(&n))
                && (prompt.is_some()
                    || line.contains('!')
                    || SYMBOL.is_match(line)
                    || WIDGET_LABEL.find_iter(line).count() >= 2
                    || reaction_labels(line) >= 2)
        })
}
/// The word a breadcrumb trail starts from, in the languages of the lexicons and the scripts
/// news sites are written in ("Home", "Главная", "Startseite", "Beranda", "首页", "홈"...): an
/// alternation for [`BREADCRUMB`] and the title's breadcrumb prefix (`title.rs`). A few words,
/// fixed, so a constant rather than a lexicon file.
pub(crate) const HOME_WORDS: &str = "home|homepage|главная|главная страница|головна|начало|startseite|accueil|inicio|início|página inicial|home page|beranda|utama|anasayfa|ana sayfa|strona główna|etusivu|forside|startsida|hem|hjem|úvod|domů|αρχική|首页|首頁|ホーム|トップ|홈|الرئيسية|דף הבית|मुख्य पृष्ठ|होम|trang chủ|trang nhất";

/// Breadcrumb trails: "Home > News", "Current:Home > News", "Current Location: Home >
/// International", "Home » World", "Главная > Новости", "Startseite › Politik": a home word in
/// any language, maybe after a label of where the reader is, then a trail separator.
static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:current(?:\s+(?:location|position|page))?|you are here|your location|location)\s*:\s*)?(?:{HOME_WORDS})\s*(?:>|»|›|/)"
    ))
    .expect("valid regex")
});
/// True when a line that [`BREADCRUMB`] matches is a trail, not a sentence that opens with a
/// home word ("Home / work balance was the theme of the meeting, Tholby said."): two to six
/// segments between separators (`>`, `»`, `›`, `/`, `|`), each of one to four words, none
/// opening in lower case or ending in a sentence's punctuation; the last (often the story's
/// headline, maybe glued to the section and the site: "NewsDockworkers walk off ... -Site")
/// may hold up to twenty words.
fn breadcrumb_shaped(line: &str) -> bool {
    let t = line.trim_fast();
    let t = t
        .split_once(':')
        .filter(|(head, _)| {
            let h = head.trim_fast().to_lowercase();
            matches!(
                h.as_str(),
                "current"
                    | "current location"
                    | "current position"
                    | "current page"
                    | "you are here"
                    | "your location"
                    | "location"
            )
        })
        .map_or(t, |(_, rest)| rest);
    let segments: Vec<&str> = t
        .split(['>', '»', '›', '/', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let last = segments.len().saturating_sub(1);
    (2..=6).contains(&segments.len())
        && segments.iter().enumerate().all(|(i, s)| {
            let words = s.split_whitespace().count();
            (1..=if i == last { 20 } else { 4 }).contains(&words)
                && !s.chars().next().is_some_and(char::is_lowercase)
                && !s.ends_with(['.', ',', ';', '!', '?', ':'])
                && !s.contains(", ")
                && !s.contains(". ")
        })
}
/// An inline promo line: "Related article: ...", "READ MORE: ...".
static INLINE_PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(related(?: article| story| stories| content)?|read more|read also|also read|see also|more on this|recommended|lire aussi|à lire aussi|à lire également|leer más|lea también|lea más|vea también|puedes ver|le puede interesar|te puede interesar|leia também|veja também|leggi anche|lesen sie auch|lies auch|auch interessant|zum weiterlesen|weiterlesen|czytaj też|czytaj także|czytaj również|czytaj więcej|zobacz też|zobacz także|zobacz również|lue myös|lees ook|читайте также|читайте також|baca juga|leia mais|lee también|ये भी पढ़ें|यह भी पढ़ें)\s*:\s+\S").expect("valid regex")
});

/// The label of a headline list found inside page furniture (a sidebar, footer or widget).
pub const FURNITURE_LIST: &str = "furniture";

/// True when a line could be one headline in a list: short, not a sentence of prose.
pub(crate) fn is_headline_like(line: &str) -> bool {
    let t = BULLET.replace(line.trim_fast(), "");
    // Counted up to 31 by `pieces_upto`, which stops there (`split_whitespace` read every
    // character of a paragraph): every count past 30 fails alike.
    let words = crate::agency::pieces_upto(&t, 31);
    if !(2..=30).contains(&words) || t.len() > 220 {
        return false;
    }
    // A headline rarely ends in a full stop; a list item of prose does.
    let ends_sentence = t.ends_with('.') && !t.ends_with("..") && words > 12;
    !ends_sentence
}

/// Strips a list bullet.
pub(crate) fn strip_bullet(line: &str) -> String {
    BULLET.replace(line.trim_fast(), "").trim_fast().to_string()
}

/// A headline-list heading is a few words ("Related stories", "Most read"); the lexicon lookup
/// lower-cases the line, so longer lines are turned away first. The lexicon's own limit is 40
/// bytes after lower-casing, which can grow a line by a few bytes at most.
const MAX_HEADING_BYTES: usize = 80;

fn is_heading(lex: &Lexicons, line: &str) -> bool {
    line.len() <= MAX_HEADING_BYTES && lex.is_headline_heading(line)
}

/// Finds the non-article blocks of a document.
/// True when `line` holds one of the two characters outside ASCII whose lower case holds ASCII
/// letters: 'İ' ("i̇") and the Kelvin sign ("k"), as a test checks over every character. In a
/// line without them, lower-casing turns ASCII into ASCII and the rest into characters outside
/// ASCII, so the runs of ASCII of `to_lowercase` are those of `to_ascii_lowercase`, and an
/// ASCII phrase is in one where it is in the other: the appeal phrases (all ASCII) are looked
/// for in the ASCII-lower-cased line, copied into a reused buffer, instead of in a new string
/// of the whole line lower-cased (a paragraph with one curly quote in it, on many lines).
fn lower_case_holds_ascii(line: &str) -> bool {
    // Found by their first bytes (0xC4 of 'İ', 0xE2 of the Kelvin sign), which a SIMD scan
    // skips to: a search for the two characters decoded every character of the line.
    let b = line.as_bytes();
    memchr::memchr2_iter(0xC4, 0xE2, b).any(|i| {
        b[i..].starts_with("\u{130}".as_bytes()) || b[i..].starts_with("\u{212a}".as_bytes())
    })
}

/// For each line, whether it may hold an appeal phrase: the whole text lower-cased once and
/// searched once, instead of each line copied and searched (a search set up for every line of
/// every document). As each line is lower-cased for the phrases when they are all ASCII and the
/// text holds neither 'İ' nor the Kelvin sign (see [`lower_case_holds_ascii`]), the lines'
/// lower-cased texts are the spans of the text's. No phrase holds a line break, so every match
/// lies within a line, and a line holding a phrase holds a match (no match runs into it from
/// an earlier line). `None` when those conditions fail, or a match does run past its line (the
/// text between lines is more than a line break): every line is then searched.
fn appeal_lines(doc: &Document, lex: &Lexicons, ascii_phrases: bool) -> Option<Vec<bool>> {
    if !ascii_phrases || lower_case_holds_ascii(&doc.text) {
        return None;
    }
    let lower = doc.text.to_ascii_lowercase();
    let mut may = vec![false; doc.lines.len()];
    for (start, end) in lex.appeal_matches(&lower) {
        let i = doc.lines.partition_point(|l| l.end < end);
        let line = doc.lines.get(i)?;
        if line.start > start || end > line.end {
            return None;
        }
        may[i] = true;
    }
    Some(may)
}

/// For each line zoned as reader comments: whether its run of such lines holds a comment, i.e.
/// a line of prose (five words or more) that is not a counter. A run of counters alone is a
/// reaction box that merely carries a comments name.
fn comment_threads(doc: &Document) -> Vec<bool> {
    let mut out = vec![false; doc.lines.len()];
    let mut i = 0;
    while i < doc.lines.len() {
        if doc.lines[i].zone != Some(BlockKind::Comments) {
            i += 1;
            continue;
        }
        let start = i;
        while i < doc.lines.len() && doc.lines[i].zone == Some(BlockKind::Comments) {
            i += 1;
        }
        let prose = (start..i).any(|k| {
            let line = doc.line(k + 1);
            line.split_whitespace().nth(4).is_some() && !is_counter(line) && !is_reaction_bar(line)
        });
        out[start..i].fill(prose);
    }
    out
}

pub fn find(doc: &Document, lex: &Lexicons) -> Vec<Block> {
    let n_lines = doc.lines.len();
    let mut kind_of: Vec<Option<BlockKind>> = doc.lines.iter().map(|l| l.zone).collect();
    let mut blocks: Vec<Block> = Vec::new();

    // Headline lists under a heading.
    let mut i = 1;
    while i <= n_lines {
        let line = doc.line(i);
        // A list's heading in page furniture (a sidebar, a footer, a `div.widget`: what the markup
        // set apart) still opens a headline list: a template's link farm sits there as often as
        // in the article. Its items stay in that region, and the region keeps its block.
        let zone = doc.lines[i - 1].zone;
        let in_furniture = zone == Some(BlockKind::Furniture) && kind_of[i - 1] == zone;
        // A list the page analysis zoned by its links inside the site's furniture (a theme's
        // sidebar of widgets in the story's wrapper: "Recent Posts") is the site's own too.
        let site_list = in_furniture
            || zone == Some(BlockKind::HeadlineList)
                && doc.lines[i - 1].side
                && !doc.lines[i - 1].foreign;
        // The zone first: a line of a menu or a footer (many of a page's short lines) is no
        // list's heading there, and is not looked up.
        if (in_furniture || kind_of[i - 1].is_none_or(|k| k == BlockKind::HeadlineList))
            && is_heading(lex, line)
        {
            let mut items = Vec::new();
            let mut j = i + 1;
            let mut last = i;
            while j <= n_lines {
                let l = doc.line(j);
                if l.trim_fast().is_empty() {
                    // One blank line may separate items; two end the list.
                    if j < n_lines && doc.line(j + 1).trim_fast().is_empty() {
                        break;
                    }
                    j += 1;
                    continue;
                }
                // Items of one list share their bullet style; a line ending in ':' or ',' opens
                // something else (an appeal, a paragraph).
                let bulleted = BULLET.is_match(l);
                let style_breaks = items.first().is_some_and(|&(first, _): &(usize, String)| {
                    BULLET.is_match(doc.line(first)) != bulleted
                });
                // A bulleted item may end in a full stop (a dek or a two-sentence teaser).
                let item_like =
                    is_headline_like(l) || (bulleted && l.split_whitespace().count() <= 35);
                // A reaction counter under a list is the template's next widget, not an item.
                let counter = l.trim_end().ends_with(')') && (is_counter(l) || is_reaction_bar(l));
                // A list opened in a side region (a sidebar, a menu) ends where the region
                // does: the story after it is no item.
                let left_side = doc.lines[i - 1].side && !doc.lines[j - 1].side;
                if is_heading(lex, l)
                    || counter
                    || left_side
                    || (in_furniture && doc.lines[j - 1].zone != zone)
                    || !item_like
                    || style_breaks
                    || l.trim_end().ends_with([':', ','])
                {
                    break;
                }
                items.push((j, strip_bullet(l)));
                last = j;
                j += 1;
            }
            if items.len() >= 2 {
                for k in i..=last {
                    kind_of[k - 1] = Some(BlockKind::HeadlineList);
                }
                blocks.push(Block {
                    kind: BlockKind::HeadlineList,
                    heading: Some(line.trim_fast().to_string()),
                    start_line: i,
                    end_line: last,
                    items,
                    label: site_list.then(|| FURNITURE_LIST.to_string()),
                });
                i = last + 1;
                continue;
            }
            // A heading over other stories with no list under it (the list is an image grid, or
            // a script fills it in) is chrome on its own: no article says only "Read also".
            if kind_of[i - 1].is_none() {
                kind_of[i - 1] = Some(BlockKind::Widget);
                blocks.push(Block {
                    kind: BlockKind::Widget,
                    heading: Some(line.trim_fast().to_string()),
                    start_line: i,
                    end_line: i,
                    items: vec![],
                    label: Some("lone_heading".into()),
                });
                i += 1;
                continue;
            }
        }
        // `is_match` first: most lines fail within a few bytes, and `captures` allocates. Every
        // match holds a colon, which most lines lack: a SIMD scan spares them the search.
        if let Some(c) = (memchr::memchr(b':', line.as_bytes()).is_some()
            && INLINE_PROMO.is_match(line))
        .then(|| INLINE_PROMO.captures(line))
        .flatten()
        {
            if kind_of[i - 1].is_none() && line.split_whitespace().count() <= 30 {
                // The match ends with the item's first character, which may be several bytes.
                let end = c.get_match().end();
                let first = line[..end].char_indices().next_back().map_or(0, |(i, _)| i);
                let item = line[first..].trim_fast().to_string();
                kind_of[i - 1] = Some(BlockKind::HeadlineList);
                blocks.push(Block {
                    kind: BlockKind::HeadlineList,
                    heading: Some(c[1].to_string()),
                    start_line: i,
                    end_line: i,
                    items: vec![(i, item)],
                    label: Some("inline_promo".into()),
                });
            }
        }
        i += 1;
    }

    // Donation appeals: a run of lines rich in appeal phrases (two at least, gaps of two lines).
    // An ASCII line (most) is lower-cased into one reused buffer, as `to_lowercase` would do
    // it, instead of into a new string a line.
    let mut lower = String::new();
    let ascii_phrases = lex.appeal_phrases.iter().all(|p| p.is_ascii());
    let may_appeal = appeal_lines(doc, lex, ascii_phrases);
    let mut appeal_hit = |n: usize| {
        let line = doc.line(n);
        if may_appeal.as_ref().is_some_and(|may| !may[n - 1]) {
            0
        } else if line.is_ascii() || (ascii_phrases && !lower_case_holds_ascii(line)) {
            lower.clear();
            lower.push_str(line);
            lower.make_ascii_lowercase();
            lex.appeal_phrases_in(&lower)
        } else {
            lex.appeal_phrases_in(&line.to_lowercase())
        }
    };
    let mut n = 1;
    while n <= n_lines {
        if kind_of[n - 1].is_some() || appeal_hit(n) == 0 {
            n += 1;
            continue;
        }
        let (start, mut end, mut hits, mut gap) = (n, n, appeal_hit(n), 0);
        let mut m = n + 1;
        while m <= n_lines && gap <= 2 {
            if doc.line(m).trim_fast().is_empty() {
                m += 1;
                continue;
            }
            let h = appeal_hit(m);
            if h > 0 {
                hits += h;
                end = m;
                gap = 0;
            } else {
                gap += 1;
            }
            m += 1;
        }
        if hits >= 3 && end > start {
            for k in start..=end {
                kind_of[k - 1] = Some(BlockKind::Appeal);
            }
            blocks.push(Block {
                kind: BlockKind::Appeal,
                heading: Some(doc.line(start).trim_fast().to_string()),
                start_line: start,
                end_line: end,
                items: vec![],
                label: None,
            });
        }
        n = end + 1;
    }

    // Single-line chrome: widget phrases (alone or a bar of them), counters, breadcrumbs.
    // A chrome phrase is a whole line: an ASCII line (lower-cased, the same length) longer or
    // shorter than every phrase is none, and most lines are prose, far longer, or blank. Lines
    // outside ASCII are always looked up: lower-casing may change their length.
    let chrome_lens = lex.chrome.iter().map(|c| c.phrase.len());
    let chrome_lens =
        chrome_lens.clone().min().unwrap_or(usize::MAX)..=chrome_lens.max().unwrap_or(0);
    let may_be_chrome = |line: &str| {
        let t = line.trim_fast();
        chrome_lens.contains(&t.len()) || !t.is_ascii()
    };
    let thread = comment_threads(doc);
    for n in 1..=n_lines {
        let line = doc.line(n);
        if kind_of[n - 1].is_some() {
            // A reaction counter inside page furniture is still one: an HTML template's reaction
            // box ("Love (213)") sits in a region the markup already set apart. It is marked as a
            // counter without changing the region's kind. Not in a thread of reader comments: a
            // like count on each comment ("Like (5)") is the thread's furniture, which real
            // outlets keep, inside their `<article>` or after it. A region named after comments
            // that holds only counters ("commentsBar": Like, Love, Share, Comments) is a
            // reaction box, and its counters count.
            let zoned = doc.lines[n - 1].zone;
            if zoned.is_some()
                && kind_of[n - 1] == zoned
                && !matches!(zoned, Some(BlockKind::HeadlineList | BlockKind::Navigation))
                && !(zoned == Some(BlockKind::Comments) && thread[n - 1])
                && (line.trim_end().ends_with(')')
                    && (is_counter(line) || is_reaction_bar(line))
                    // Camel case alone is not enough there: a sidebar's tag cloud has
                    // "dayDream (4)".
                    && (line.contains('!')
                        || SYMBOL.is_match(line)
                        || REACTION_WORD.is_match(line)
                        || reaction_labels(line) >= 2)
                    || is_bare_reaction_bar(line))
            {
                blocks.push(Block {
                    kind: BlockKind::Widget,
                    heading: None,
                    start_line: n,
                    end_line: n,
                    items: vec![],
                    label: Some("counter".to_string()),
                });
            }
            continue;
        }
        let found = if let Some(c) = may_be_chrome(line)
            .then(|| lex.chrome_line(line))
            .flatten()
            .or_else(|| chrome_bar(lex, line))
        {
            Some((
                BlockKind::Widget,
                format!(
                    "chrome:{}:{}",
                    c.category,
                    if c.scraper_residue { "scraper" } else { "site" }
                ),
            ))
        } else if line.trim_fast() == "X" && between_share_targets(doc, lex, n) {
            // "X" alone is a share target only in a share bar laid out one target a line
            // ("Share" / "Facebook" / "X" / "Email"); elsewhere it is a letter or a name.
            Some((BlockKind::Widget, "chrome:share:site".to_string()))
        } else if line.trim_end().ends_with(')') && (is_counter(line) || is_reaction_bar(line)) {
            // (Both end in a closing parenthesis: most lines are spared the two regexes.)
            Some((BlockKind::Widget, "counter".to_string()))
        } else if (is_modern_counter(line) || is_bare_reaction_bar(line))
            && !under_embedded_post(doc, n)
        {
            Some((BlockKind::Widget, "counter".to_string()))
        } else if BREADCRUMB.is_match(line) && breadcrumb_shaped(line) {
            Some((BlockKind::Navigation, "breadcrumb".to_string()))
        } else {
            None
        };
        if let Some((k, label)) = found {
            kind_of[n - 1] = Some(k);
            blocks.push(Block {
                kind: k,
                heading: None,
                start_line: n,
                end_line: n,
                items: vec![],
                label: Some(label),
            });
        }
    }

    // A press release's closing boilerplate: the company's "About" paragraph, the legal
    // statements, the media contacts, the distributor's "SOURCE" line, to the text's end.
    if let Some(start) = release_tail(doc, &kind_of) {
        let end = (start..=n_lines)
            .rev()
            .find(|&k| !doc.line(k).trim_fast().is_empty())
            .unwrap_or(start);
        for k in start..=end {
            kind_of[k - 1].get_or_insert(BlockKind::Furniture);
        }
        blocks.push(Block {
            kind: BlockKind::Furniture,
            heading: Some(doc.line(start).trim_fast().to_string()),
            start_line: start,
            end_line: end,
            items: vec![],
            label: Some("release_boilerplate".into()),
        });
    }

    // Zones from HTML markup: runs of lines with the same zone.
    let mut n = 1;
    while n <= n_lines {
        let Some(zone) = doc.lines[n - 1].zone else {
            n += 1;
            continue;
        };
        let start = n;
        while n < n_lines && doc.lines[n].zone == Some(zone) {
            n += 1;
        }
        // A headline list found inside the region does not stand for it: the region's block
        // still sets its other lines apart. A run of lines zoned as a list is that list.
        if !blocks.iter().any(|b| {
            b.start_line <= n
                && start <= b.end_line
                && (b.label.as_deref() != Some(FURNITURE_LIST) || zone == BlockKind::HeadlineList)
        }) {
            let items = if zone == BlockKind::HeadlineList {
                // Copied once kept: a zoned list's lines are many, its items fewer.
                (start..=n)
                    .map(|k| (k, doc.line(k)))
                    .filter(|(k, l)| is_headline_like(l) && !is_heading(lex, l) && *k > 0)
                    .map(|(k, l)| (k, l.to_string()))
                    .collect()
            } else {
                vec![]
            };
            let heading = if zone == BlockKind::HeadlineList && is_heading(lex, doc.line(start)) {
                Some(doc.line(start).to_string())
            } else {
                None
            };
            // A list of links the page analysis found in the site's furniture (a sidebar's
            // latest posts) is the site's own, as a list under a heading there is.
            let site_list = zone == BlockKind::HeadlineList
                && doc.lines[start - 1..n].iter().all(|l| l.side && !l.foreign);
            blocks.push(Block {
                kind: zone,
                heading,
                start_line: start,
                end_line: n,
                items,
                label: Some(if site_list { FURNITURE_LIST } else { "markup" }.into()),
            });
        }
        n += 1;
    }
    blocks.sort_by_key(|b| b.start_line);
    blocks
}

/// The first phrase of a line that is a bar of chrome phrases side by side ("Share  Tweet  Email
/// Print", "Privacy Policy | Terms of Use"): two or more pieces, split at runs of two spaces, tabs,
/// "|", "·" or "•", every one a chrome phrase. Short lines only (a bar is a few words).
/// The heading lines a press release's boilerplate opens with, after its story: the legal
/// statements and the contacts ("Forward-Looking Statements", "Media Contact:"), the end mark
/// ("###", "- ends -") and a distributor's closing credit ("SOURCE Norvale Biotech Inc.").
static RELEASE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)(?: regarding [\w -]+)?|(?:media|press|investor|investor relations)(?: (?:and|&) (?:media|investor))? (?:contacts?|enquiries|inquiries)|contacts?|###|-+ ?ends? ?-+)\s*:?|SOURCE [A-Z][^.]{1,80})$",
    )
    .expect("valid regex")
});

/// The first line of a press release's closing boilerplate: a [`RELEASE_TAIL`] heading, or an
/// "About <Company>" heading over a paragraph that says what the company is ("... is a",
/// "founded in"); past the text's first third, after three prose lines, in no block yet. The
/// boilerplate runs from it to the end.
fn release_tail(doc: &Document, kind_of: &[Option<BlockKind>]) -> Option<usize> {
    let filled: Vec<usize> = (1..=doc.lines.len())
        .filter(|&n| !doc.line(n).trim_fast().is_empty())
        .collect();
    let third = filled.get(filled.len() / 3).copied()?;
    let mut prose = 0;
    for (i, &n) in filled.iter().enumerate() {
        let line = doc.line(n).trim_fast();
        // Words are counted only while three prose lines are still to be seen, and on a short
        // line that may be a heading (most lines are neither).
        if prose < 3 {
            prose += usize::from(line.split_whitespace().nth(7).is_some());
            continue;
        }
        if n < third
            || line.len() > 120
            || kind_of[n - 1].is_some()
            || line.split_whitespace().nth(8).is_some()
        {
            continue;
        }
        if RELEASE_TAIL.is_match(line) {
            return Some(n);
        }
        let about = line
            .strip_prefix("About ")
            .is_some_and(|name| name.starts_with(char::is_uppercase) && !line.ends_with('.'));
        let describes = || {
            filled.get(i + 1).is_some_and(|&m| {
                let next = doc.line(m);
                let head = &next[..next.floor_char_boundary_compat(200)];
                [
                    " is a ",
                    " is an ",
                    " is the ",
                    "founded in",
                    "headquartered in",
                ]
                .iter()
                .any(|p| head.contains(p))
            })
        };
        if about && describes() {
            return Some(n);
        }
    }
    None
}

/// The searcher for two spaces, built once: `str::contains` sets one up for each line asked.
static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

fn chrome_bar<'l>(lex: &'l Lexicons, line: &str) -> Option<&'l crate::lexicon::ChromePhrase> {
    let t = line.trim_fast();
    if let Some(c) = labelled_share_bar(lex, t) {
        return Some(c);
    }
    if t.len() > 120
        || !(DOUBLE_SPACE.find(t.as_bytes()).is_some() || t.contains(['|', '·', '•', '\t']))
    {
        return None;
    }
    let mut first: Option<&crate::lexicon::ChromePhrase> = None;
    let mut pieces = 0;
    for piece in t.split(['|', '·', '•', '\t']).flat_map(|p| p.split("  ")) {
        let piece = piece.trim_fast();
        if piece.is_empty() {
            continue;
        }
        let c = lex.chrome_line(piece)?;
        // A site's share bar holds "Share" beside "Tweet" and "Email": ordinary furniture, not
        // the residue "Share" alone is. The bar is residue only when every piece is.
        if first.is_none_or(|f| f.scraper_residue && !c.scraper_residue) {
            first = Some(c);
        }
        pieces += 1;
    }
    (pieces >= 2).then_some(first).flatten()
}

/// Whether the lines right above and below line `n` are both share targets or labels
/// ("Facebook", "Email", "Share"): the share bar of a page laid out one target a line.
fn between_share_targets(doc: &Document, lex: &Lexicons, n: usize) -> bool {
    let share = |k: usize| {
        (1..=doc.lines.len()).contains(&k)
            && lex
                .chrome_line(doc.line(k).trim_fast())
                .is_some_and(|c| c.category == "share")
    };
    n > 1 && share(n - 1) && share(n + 1)
}

/// Whether `head`, white space aside, opens with "share" in any ASCII case: its first five bytes
/// compared without case, where a lower-cased copy of the head of every line with a colon (a
/// time, a quote's lead-in) cost an allocation each. ASCII lower-casing leaves other bytes as
/// they are, none of them a letter of "share".
fn opens_with_share(head: &str) -> bool {
    head.trim_start()
        .as_bytes()
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"share"))
}

/// A share bar written as a label and its targets with single spaces between them ("Share this:
/// Facebook Twitter WhatsApp Email", "Share: Facebook X Email"): a share phrase before the colon,
/// then two or more words each a share phrase or "X" (no phrase alone). Its label's phrase is
/// returned (site chrome).
fn labelled_share_bar<'l>(lex: &'l Lexicons, t: &str) -> Option<&'l crate::lexicon::ChromePhrase> {
    if t.len() > 120 {
        return None;
    }
    let (head, rest) = t.split_once(':')?;
    if !opens_with_share(head) {
        return None;
    }
    let label = lex.chrome_line(head).filter(|c| c.category == "share")?;
    let targets: Vec<&str> = rest.split_whitespace().collect();
    (targets.len() >= 2
        && targets
            .iter()
            .all(|w| *w == "X" || lex.chrome_line(w).is_some_and(|c| c.category == "share")))
    .then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `opens_with_share` answers as the lower-cased copy did: seeded random heads of the
    /// label's letters in both cases, white space, the long s and the Kelvin sign (which
    /// Unicode lower-casing would fold, ASCII lower-casing does not) and other words.
    #[test]
    fn share_label_test_is_the_lower_cased_copy() {
        let pieces = [
            "s", "S", "h", "H", "a", "A", "r", "R", "e", "E", "share", "SHARE", "Share", " ", "\t",
            "\u{a0}", "ſ", "\u{212a}", "é", "this", "x",
        ];
        let yes = crate::same_answers(
            &pieces,
            6,
            40_000,
            |head| head.trim_start().to_ascii_lowercase().starts_with("share"),
            opens_with_share,
        );
        assert!(yes > 500, "{yes}");
    }

    #[test]
    fn a_press_releases_closing_boilerplate_is_furniture() {
        let story = "Norvale Biotech reports higher revenue\n\nBRENMOOR, Nov. 17, 2026 /PRNewswire/ -- Norvale Biotech today reported revenue of $42.1 million for the quarter.\n\n\"We delivered another quarter of strong growth,\" said Ines Valdor, its chief executive.\n\nThe company expects full-year revenue of $160 million to $165 million.\n\n";
        let tail_of = |tail: &str| {
            let d = doc(&format!("{story}{tail}"));
            find(&d, &BUILTIN)
                .into_iter()
                .find(|b| b.label.as_deref() == Some("release_boilerplate"))
                .map(|b| (b.start_line, b.end_line))
        };
        assert_eq!(
            tail_of("About Norvale Biotech\n\nNorvale Biotech is a company developing enzyme therapies.\n\nMedia Contact:\nLars Oden\npress@norvale.example\n\nSOURCE Norvale Biotech Inc.\n"),
            Some((9, 17))
        );
        assert_eq!(
            tail_of("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results may differ.\n"),
            Some((9, 11))
        );
        // Prose that opens with "About", a heading over no description, no boilerplate at all.
        assert_eq!(
            tail_of("About 200 people attended the meeting, the company said.\n"),
            None
        );
        assert_eq!(
            tail_of("About the harbour\n\nThe harbour was dredged in March, officials said.\n"),
            None
        );
        assert_eq!(tail_of(""), None);
        // A long description in another script is read to a character's edge.
        let long = format!("x{}", "Über ".repeat(60));
        assert_eq!(tail_of(&format!("About Norvale Biotech\n\n{long}\n")), None);
    }

    #[test]
    fn a_labelled_share_bar_is_site_chrome() {
        for bar in [
            "Share this: Facebook Twitter WhatsApp Email",
            "Share: Facebook X Email",
            "Share this:",
        ] {
            let d = doc(&format!(
                "Mill reopens\nThe mill reopened on Monday, the owner said.\n{bar}\n"
            ));
            assert!(
                find(&d, &BUILTIN)
                    .iter()
                    .any(|b| b.label.as_deref() == Some("chrome:share:site") && b.start_line == 3),
                "{bar}"
            );
        }
        // "X" between share targets laid out one a line is one of them.
        let d = doc("Mill reopens\nShare\nFacebook\nX\nEmail\nThe mill reopened on Monday, the owner said.\n");
        assert!(find(&d, &BUILTIN)
            .iter()
            .any(|b| b.label.as_deref() == Some("chrome:share:site") && b.start_line == 4));
        // "X" alone, or marks in a results table, are no share bar.
        let d = doc("Long jump\nOrla Benn won with 5,14 m, the club said.\n4,51  x  x\nX\n");
        assert!(!find(&d, &BUILTIN).iter().any(|b| b
            .label
            .as_deref()
            .is_some_and(|l| l.starts_with("chrome:share"))));
        for not in [
            "Share this: the mill reopened on Monday",
            "Share: Facebook rose 3% on Monday",
            "Twitter: Facebook Email",
            "Share: Kessvik Post",
        ] {
            assert!(labelled_share_bar(&BUILTIN, not).is_none(), "{not}");
        }
    }

    /// The characters outside ASCII whose lower case holds ASCII are the two that
    /// `lower_case_holds_ascii` looks for, every character checked; and the appeal phrases found
    /// in an ASCII-lower-cased line without them are those in its full lower case, on seeded
    /// random lines.
    #[test]
    fn ascii_lower_casing_finds_the_appeal_phrases() {
        let outside: Vec<char> = (0x80..=0x10_ffff)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(outside, ['\u{130}', '\u{212a}']);
        let lex = &*crate::lexicon::BUILTIN;
        assert!(lex.appeal_phrases.iter().all(|p| p.is_ascii()));
        let mut pieces: Vec<String> = lex
            .appeal_phrases
            .iter()
            .flat_map(|p| [p.clone(), p.to_uppercase()])
            .collect();
        pieces.extend(
            [
                " ", "“", "”", "é", "É", "Σ", "ß", "ẞ", "’", "x", "Ω", "ǅ", "\u{212b}", "İ",
                "\u{212a}",
            ]
            .map(String::from),
        );
        let mut rng = crate::Xorshift::new();
        let mut hits = 0;
        for _ in 0..20_000 {
            let line = rng.string(&pieces, 12);
            if line.is_ascii() || lower_case_holds_ascii(&line) {
                continue;
            }
            let want = lex.appeal_phrases_in(&line.to_lowercase());
            hits += usize::from(want > 0);
            assert_eq!(
                lex.appeal_phrases_in(&line.to_ascii_lowercase()),
                want,
                "{line:?}"
            );
        }
        assert!(hits > 1000, "{hits}");
    }
    use crate::lexicon::BUILTIN;

    fn doc(s: &str) -> Document {
        crate::text::parse(s, "UTF-8", vec![])
    }

    #[test]
    fn a_bar_of_chrome_phrases_is_chrome() {
        let label = |line: &str| {
            let d = doc(&format!("Pier repairs begin\n\nThe council voted on Monday to repair the pier before summer.\n{line}\n"));
            find(&d, &BUILTIN)
                .into_iter()
                .find(|b| b.start_line == 4)
                .and_then(|b| b.label)
        };
        assert_eq!(
            label("Share  Tweet  Email  Print").as_deref(),
            Some("chrome:share:site")
        );
        assert_eq!(
            label("Privacy Policy | Terms of Use").as_deref(),
            Some("chrome:footer:site")
        );
        // "Share." alone is the residue of a theme aggregator copies carry; beside a site's
        // other buttons, not.
        assert_eq!(label("Share.").as_deref(), Some("chrome:share:scraper"));
        assert_eq!(label("Share.  Tweet").as_deref(), Some("chrome:share:site"));
        // One phrase among words, or a single piece, is no bar.
        assert_eq!(label("Share  your story with us"), None);
        assert_eq!(label("Terms | of the deal were not disclosed"), None);
    }

    /// `MODERN_COUNTERS` with one copy of the widget words takes the lines it took with three,
    /// and `MODERN_REACTION` with the Russian stems sharing one `\w*` finds the same groups,
    /// on seeded random lines of pictographs, counts, widget words and separators.
    #[test]
    fn modern_counters_match_as_with_three_copies_of_the_words() {
        let pict = r"[\p{So}--[\x{2190}-\x{21FF}\x{25A0}-\x{25FF}\x{2B00}-\x{2BFF}]]\x{FE0F}?";
        let pict = format!(r"(?:{pict}|{REACTION_PICT})");
        let count = MODERN_COUNT;
        let word = r"(?:likes?|shares?|views?|comments?|reactions?|retweets?|reposts?|tweets?|pins?|saves?|votes?|claps?|loves?|reads?|просмотр\w*|комментари\w*|лайк\w*|репост\w*)";
        let counters = Regex::new(&format!(
            r"(?i)^\s*(?:(?:{pict}\s*(?:{count}(?:\s*{word})?|{word})|{count}\s*{word})\s*(?:[·|•,]\s*)?)+$"
        ))
        .unwrap();
        let reaction = Regex::new(&format!(
            r"(?i)(?:{REACTION_PICT}\s*{MODERN_COUNT}(?:\s*(?P<w1>{word}))?|{MODERN_COUNT}\s*(?P<w2>{word}))"
        ))
        .unwrap();
        let pieces = [
            " ",
            "  ",
            "👍",
            "👍\u{fe0f}",
            "💬",
            "🔁",
            "👁",
            "▶",
            "★",
            "2.4K",
            "318",
            "1,8",
            " тыс.",
            "млн",
            "k",
            "K",
            "views",
            "Shares",
            "like",
            "likes",
            "просмотров",
            "Лайки",
            "репост",
            "комментариев",
            "x",
            "Share",
            " · ",
            "|",
            "•",
            ", ",
            "é",
            "9",
        ];
        let spans = |c: Option<regex::Captures>| {
            c.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
        };
        let mut rng = crate::Xorshift::new();
        let (mut lines, mut reactions) = (0, 0);
        for _ in 0..30_000 {
            let line = rng.string(&pieces, 8);
            let now = MODERN_COUNTERS.is_match(&line);
            lines += usize::from(now);
            assert_eq!(now, counters.is_match(&line), "{line:?}");
            let all = |r: &Regex| {
                r.captures_iter(&line)
                    .map(|c| spans(Some(c)))
                    .collect::<Vec<_>>()
            };
            let found = all(&MODERN_REACTION);
            reactions += found.len();
            assert_eq!(found, all(&reaction), "{line:?}");
        }
        assert!(lines > 500 && reactions > 2_000, "{lines} {reactions}");
    }

    /// `REACTION_BAR` case-blind in its prompt only matches as it did case-blind throughout:
    /// the class it spells out is the case-blind one, character by character, and the two
    /// regexes find the same groups on seeded random lines.
    #[test]
    fn reaction_bar_blind_to_case_in_the_prompt_only_matches_as_before() {
        crate::same_class(r"(?i)[\p{L}\p{So}]", r"[\p{L}\p{So}\x{345}]");
        let old = Regex::new(r"(?i)^\s*(?P<prompt>(?:rate this|your reaction|reactions?|react|how do you feel|what do you think)\s*[:?]\s*)?(?:[\p{L}\p{So}][\p{L}\p{So} ]*[!?.]?\s*\(\s*\d+\s*\)\s*)+$").unwrap();
        let pieces = [
            "Rate this",
            "RATE THIS",
            "React",
            "what do you think",
            ":",
            "?",
            " ",
            "Wow",
            "veryGood",
            "!",
            ".",
            "👍",
            "Ⓐ",
            "ⓑ",
            "\u{345}",
            "é",
            "(",
            ")",
            "12",
            "( 7 )",
            "\t",
            "K",
            "\u{212a}",
        ];
        let matched = crate::same_captures(&REACTION_BAR, &old, &pieces, 10);
        assert!(matched > 100, "{matched}");
    }

    /// The bounded regexes `COUNTER` and `REACTION_BAR` stood for before their bounds moved to
    /// `counters_fit`, on hand-made lines and seeded random ones.
    #[test]
    fn counters_match_what_the_bounded_regexes_do() {
        let counter =
            Regex::new(r"^\s*[\p{L}\p{So}][\p{L}\p{So} ]{0,24}[!?.]?\s*\(\s*\d{1,7}\s*\)\s*$")
                .unwrap();
        // (Eight bounded counters outgrow the default size limit.)
        let bar = regex::RegexBuilder::new(
            r"(?i)^\s*(?P<prompt>(?:rate this|(?:what(?:'s| is) )?your reaction|reactions?|react|how do you feel|what do you think)\s*[:?]\s*)?(?:[\p{L}\p{So}][\p{L}\p{So} ]{0,24}[!?.]?\s*\(\s*\d{1,7}\s*\)\s*){2,8}$",
        )
        .size_limit(1 << 26)
        .build().unwrap();
        let old_counter = |l: &str| {
            counter.is_match(l)
                && (l.contains('!')
                    || SYMBOL.is_match(l)
                    || CAMEL.is_match(l)
                    || REACTION_WORD.is_match(l))
        };
        let old_bar = |l: &str| {
            bar.captures(l).is_some_and(|c| {
                c.name("prompt").is_some()
                    || l.contains('!')
                    || SYMBOL.is_match(l)
                    || WIDGET_LABEL.find_iter(l).count() >= 2
                    || reaction_labels(l) >= 2
            })
        };
        let mut cases: Vec<String> = vec![
            "Rate this: greatRead! (211) Boring (9)".into(),
            "What is your reaction? veryGood! (412) ThumbUp (87) Heart (23) Joy (5) Surprise (61) Sad (140) Angry (9)".into(),
            "What do you think? (5) Wow (2)".into(),
            "Rate this? (5) Wow! (2)".into(),
            "Reactions ? Wow (3) Sad (2)".into(),
            "react :  Wow (3)  Sad (2) ".into(),
            "Abc \t(5) Def! (1)".into(),
            "Abc \t!(5) Def! (1)".into(),
            "ͅabc (1) Def! (2)".into(),
            "Ⓐ (1) ⓑ! (2)".into(),
            "A (1) (2) B! (3)".into(),
            "A (１２) B! (٣)".into(),
        ];
        for n in [23, 24, 25, 26, 27] {
            let label = format!("W{}", "o".repeat(n));
            cases.push(format!("{label}! (1)"));
            cases.push(format!("{label}   (1) Sad! (2)"));
            cases.push(format!("Like {} (1)", "x".repeat(n - 5)));
            cases.push(format!("Wow! ({}) Sad (2)", "9".repeat(n / 3)));
            cases.push(format!("Rate this: {label}! (1) Sad (2)"));
        }
        for k in 1..=8 {
            cases.push("Wow! (1) ".repeat(k));
        }
        // Random strings over the characters that matter, from a fixed seed.
        let words = [
            "Wow",
            "like",
            "veryGood",
            "👍",
            "Ⓐ",
            "é",
            "x",
            "ͅ",
            " ",
            "  ",
            "\t",
            "\u{3000}",
            "!",
            "?",
            ".",
            ":",
            "(",
            ")",
            "1",
            "1234",
            "٣",
            "rate this",
            "react",
            "What do you think",
            "(12)",
            ") ",
            "-",
        ];
        let mut rng = crate::Xorshift::new();
        cases.extend((0..30_000).map(|_| rng.string(&words, 14)));
        // Lines shaped like counters, so that most reach the bounds.
        for _ in 0..20_000 {
            let k = 1 + rng.below(7);
            let mut t = String::new();
            if rng.below(3) == 0 {
                t.push_str(["Rate this: ", "react? ", "Your reaction : "][rng.below(3)]);
            }
            for _ in 0..k {
                let label = ["W", "Wow", "Ⓐ", "veryGood", "é"][rng.below(5)];
                t.push_str(label);
                t.push_str(&"o ".repeat(rng.below(14)));
                t.push_str(["", "!", "?", "."][rng.below(4)]);
                t.push_str([" ", "", "\t"][rng.below(3)]);
                t.push('(');
                t.push_str(&"7".repeat(1 + rng.below(9)));
                t.push_str([") ", ")", " )  "][rng.below(3)]);
            }
            cases.push(t);
        }
        for c in &cases {
            assert_eq!(is_counter(c), old_counter(c), "counter {c:?}");
            assert_eq!(is_reaction_bar(c), old_bar(c), "bar {c:?}");
            // The cheap test before the regexes lets by every line they match.
            if COUNTER.is_match(c) || REACTION_BAR.is_match(c) {
                assert!(ends_in_count(c), "{c:?}");
            }
        }
    }

    #[test]
    fn modern_counters_without_parentheses() {
        for bar in [
            "👍 2.4K   💬 318   🔁 Share",
            "❤️ 1.1K  😂 203",
            "👍 1,8 тыс.  💬 412",
            "1.2K shares · 3K likes",
            "3.4M views | 12K likes | 800 shares",
            "🔥 5.2K reactions · 💬 96 · 👁 41K views",
            "👍 88 ↗ 12",
        ] {
            assert!(is_modern_counter(bar), "{bar}");
        }
        for not in [
            // An outlet's own comment link or share count, and prose or a date line.
            "12 comments",
            "3 shares",
            "12 likes · 3 comments",
            "Comments (35)",
            "Share this story",
            "November 23, 2026",
            "The video drew 41K views within a day, the club said.",
            "📅 Published on 4 March",
            "▶ 12 videos",
            // One count is an honest page's: views, votes, a gallery, a comment count.
            "👁 1,204",
            "41K views",
            "3.4K votes",
            "📷 24",
            "💬 0",
            "🔥 5.2K reactions · 👁 41K views",
            "👁 41K views · 2.1K reads",
            // Weather, a score and a rating are no reactions.
            "☀️ 14 · 🌧 9",
            "⚽ 3 · 1",
            "⭐ 4.8 · 👍 2.4K",
        ] {
            assert!(!is_modern_counter(not), "{not}");
        }
        assert!(is_reaction_bar("Like (974)  Share (152)  Comment (0)"));
        assert!(!is_reaction_bar("Views (1204)  Votes (31)"));
        assert!(!is_reaction_bar("Comments (35)  Gardening (12)"));
        let d = doc("Mill reopens\nThe mill reopened on Monday, the owner said.\n👍 2.4K   💬 318   🔁 Share\n");
        let b = find(&d, &BUILTIN);
        assert!(b
            .iter()
            .any(|b| b.label.as_deref() == Some("counter") && b.start_line == 3));
        // The counters of an embedded post are the post's, not the page's share bar.
        let d = doc("Mill reopens\nThe mill reopened on Monday, the owner said.\nOrla Benn (@orlabenn) March 2, 2026\nWe are open again!\n💬 12  🔁 48  ❤️ 1.1K\n");
        assert!(!find(&d, &BUILTIN)
            .iter()
            .any(|b| b.label.as_deref() == Some("counter")));
    }

    #[test]
    fn headings_and_breadcrumbs_in_other_languages() {
        for (heading, lang) in [
            ("Популярное", "ru"),
            ("Читайте также:", "ru"),
            ("Похожие новости", "ru"),
            ("Lesen Sie auch", "de"),
            ("À lire aussi", "fr"),
            ("Lee también", "es"),
            ("Leia também", "pt"),
            ("Populer", "id"),
            ("Baca Juga", "id"),
            ("Çok okunanlar", "tr"),
            ("İlgili Haberler", "tr"),
            ("人気記事", "ja"),
            ("相关新闻", "zh"),
            ("많이 본 뉴스", "ko"),
            ("Hot Right Now", "en"),
        ] {
            assert!(is_heading(&BUILTIN, heading), "{lang}: {heading}");
        }
        let d = doc("Мост откроют в мае\nГородской совет одобрил строительство моста через реку Вельку.\nПопулярное\n- Певица Тави Розетти вышла в блестящем платье\n- Девять супов, которые готовятся сами\n- Этот плед продаётся везде\n");
        let b = find(&d, &BUILTIN);
        assert!(b
            .iter()
            .any(|b| b.kind == BlockKind::HeadlineList && b.items.len() == 3));
        for crumb in [
            "Главная > Новости",
            "Startseite › Politik › Ausland",
            "Beranda / Berita",
            "首页 > 新闻",
            "Home > News > World",
        ] {
            assert!(BREADCRUMB.is_match(crumb), "{crumb}");
        }
        for not in ["Homework > play, the coach said", "Главная новость дня"] {
            assert!(!BREADCRUMB.is_match(not), "{not}");
        }
        for crumb in [
            "Home > News > Local",
            "You are here: Home » Sport » Harbour FC",
            "Current Location: Home > International",
            "Your location: Home > Sport > Harbour FC",
            "Главная > Новости > Город",
            "Hem / Nyheter",
            "Home > News > Harbour budget passes after a long night at the council",
            "首页 > 新闻",
        ] {
            assert!(breadcrumb_shaped(crumb), "{crumb}");
        }
        for not in [
            "Home / work balance was the theme of the meeting, Tholby said.",
            "Home / work balance",
            "Home > away form matters more, the coach said",
            "Home /",
        ] {
            assert!(!breadcrumb_shaped(not), "{not}");
        }
        let d = doc("Mill reopens\nHome / work balance was the theme of the meeting, Orla Benn said.\nThe mill reopened on Monday.\n");
        assert!(!find(&d, &BUILTIN)
            .iter()
            .any(|b| b.label.as_deref() == Some("breadcrumb")));
    }

    /// The parenthesis count before [`REACTION_BAR`] and the colon before [`INLINE_PROMO`] turn
    /// away only lines the regexes' tests would: on seeded random lines of counters, prompts,
    /// promos and prose, `is_reaction_bar` answers as it did with the regex asked first, and
    /// every promo match holds a colon.
    #[test]
    fn reaction_bar_and_promo_pre_tests_keep_the_answers() {
        fn reaction_bar_before(line: &str) -> bool {
            ends_in_count(line)
                && REACTION_BAR.captures(line).is_some_and(|c| {
                    let prompt = c.name("prompt");
                    counters_fit(&line[prompt.map_or(0, |p| p.end())..])
                        .is_some_and(|n| (2..=8).contains(&n))
                        && (prompt.is_some()
                            || line.contains('!')
                            || SYMBOL.is_match(line)
                            || WIDGET_LABEL.find_iter(line).count() >= 2
                            || reaction_labels(line) >= 2)
                })
        }
        const PIECES: &[&str] = &[
            "Like (12)",
            " Love (3) ",
            "veryGood! (818)",
            "👍 (40)",
            "Rate this: ",
            "What is your reaction? ",
            "Kane (12)",
            "(",
            ")",
            "12",
            " ",
            "  ",
            "!",
            "Share",
            "Related: ",
            "READ MORE: ",
            "Lies auch:",
            "Ferry fares rise",
            "\t",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut bars, mut promos) = (0, 0);
        for _ in 0..20_000 {
            let line = rng.string(PIECES, 7);
            let bar = is_reaction_bar(&line);
            assert_eq!(bar, reaction_bar_before(&line), "{line:?}");
            bars += usize::from(bar);
            if INLINE_PROMO.is_match(&line) {
                promos += 1;
                assert!(line.contains(':'), "{line:?}");
            }
        }
        assert!(bars > 100 && promos > 100, "{bars} {promos}");
    }

    #[test]
    fn reaction_bars_with_several_counters() {
        for bar in [
            "Rate this: greatRead! (211) Boring (9)",
            "Wow! (31) Sad (4) Angry (2)",
            "👍 (40) 👎 (2)",
            "Your reaction? Like (5) Love (3)",
            "Love (56) Haha (3) Wow (112) Sad (87) Angry (14)",
            "Great(41)  Boring(3)  Touched(17)",
            "😀 Happy (12) 😢 Sad (4)",
        ] {
            assert!(is_reaction_bar(bar), "{bar}");
        }
        for button in ["veryGood! (637)", "Like (12)", "👍 (40)", "niceWork (9)"] {
            assert!(is_counter(button), "{button}");
        }
        for count in [
            "Gardening (12)",
            "Comments (35)",
            "Green Algae (4)",
            "Tencent Doctorwork (2015)",
            // A blog's archive tree and product names are no reaction buttons.
            "► Mai (2)",
            "▼ June (24)",
            "►WordPress(53)",
            "ePaper (308)",
        ] {
            assert!(!is_counter(count), "{count}");
        }
        for prose in [
            "Kane (12) Roe (45)",
            "Goals: Kane (12) Roe (45)",
            "The ferry (built 1988) sank (twice).",
            // One reaction word among names, or reaction words without counts, is no bar.
            "Happy (3) Gardening (12)",
            "Great Yarmouth (4) Lowestoft (2)",
            "Good (news) Bad (news)",
        ] {
            assert!(!is_reaction_bar(prose), "{prose}");
        }
        let d = doc("Mill reopens\nThe mill reopened on Monday, the owner said.\nRate this: greatRead! (211) Boring (9)\n");
        let b = find(&d, &BUILTIN);
        assert!(b
            .iter()
            .any(|b| b.label.as_deref() == Some("counter") && b.start_line == 3));
    }

    #[test]
    fn a_reaction_box_in_page_furniture_is_a_counter() {
        let page = "<html><body><article><h1>Water rates rise</h1>\
            <p>The council voted on Monday to raise water rates by a fifth from January.</p>\
            <p>The mayor said the pipes under the old town could wait no longer.</p></article>\
            <div class=\"reaction-box\"><div>What is your reaction?</div>\
            <div class=\"react\"><span>&#128077;</span>Like (<b>187</b>)</div>\
            <div class=\"react\"><span>&#128558;</span>Wow (<b>45</b>)</div></div>\
            <aside class=\"sidebar\"><h3>Archive</h3><ul><li>&#9658; June (24)</li>\
            <li>&#9658; May (38)</li></ul></aside></body></html>";
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let b = find(&d, &BUILTIN);
        let counters: Vec<&str> = b
            .iter()
            .filter(|b| b.label.as_deref() == Some("counter"))
            .map(|b| d.line(b.start_line).trim_fast())
            .collect();
        assert_eq!(counters.len(), 2, "{counters:?}");
        // A camel-cased tag with a count in a sidebar is a tag cloud's entry.
        let d = crate::html::parse(
            &page.replace("&#9658; June (24)", "dayDream (4)"),
            "UTF-8",
            vec![],
        );
        assert_eq!(
            find(&d, &BUILTIN)
                .iter()
                .filter(|b| b.label.as_deref() == Some("counter"))
                .count(),
            2
        );
        assert!(counters
            .iter()
            .all(|c| c.contains("Like") || c.contains("Wow")));
    }

    /// One control's reaction word and count, with or without parentheses; share and comment
    /// counts, names with numbers and longer text are none.
    #[test]
    fn a_reaction_control_is_a_reaction_word_and_its_count() {
        for yes in [
            "Love (56)",
            " Like 231 ",
            "👍 Like (1.2K)",
            "Wow! 12",
            "Sad (1,204)",
        ] {
            assert!(is_reaction_control(yes), "{yes}");
        }
        for no in [
            "Share (152)",
            "Comments 12",
            "Tweet (20)",
            "Kane (12)",
            "Love",
            "Like this story",
            "(56)",
            "Love (56) Haha (3)",
        ] {
            assert!(!is_reaction_control(no), "{no}");
        }
    }

    /// A bar of reaction words with bare counts is a counter, on a text line or in a page's
    /// furniture; names with numbers and a share bar's counts are not.
    #[test]
    fn a_reaction_bar_without_parentheses() {
        for bar in [
            "Like 231  Love 12  Wow 3",
            "👍 Like 231 😮 Wow 48",
            "Love 1.2K Sad 87",
            "Like 0 Dislike 0 Love 0 Funny 0 Angry 0 Sad 0 Wow 0",
        ] {
            assert!(is_bare_reaction_bar(bar), "{bar}");
            let d = doc(&format!(
                "Pier repairs begin\n\nThe council voted on Monday to repair the pier before summer.\n{bar}\n"
            ));
            assert!(
                find(&d, &BUILTIN)
                    .iter()
                    .any(|b| b.label.as_deref() == Some("counter") && b.start_line == 4),
                "{bar}"
            );
        }
        for not in [
            "Like 231",
            "Kane 12 Roe 45",
            "Share 152 Comments 12",
            "Like 231 Share 40",
            "Love 3 Haha",
            "Sad 87 days after the flood",
            "Like 1 Love 2 Wow 3 Sad 4 Angry 5 Funny 6 Haha 7 Cool 8 Nice 9",
        ] {
            assert!(!is_bare_reaction_bar(not), "{not}");
        }
    }

    /// A reaction bar made of `<button>`s ("Love (56)", "Haha (3)") is laid out and read as a
    /// counter; a lone "Like" button and share buttons with counts stay unread.
    #[test]
    fn a_reaction_bar_of_buttons_is_a_counter() {
        let page = |bar: &str| {
            format!(
                "<html><body><article><h1>Water rates rise</h1>\
                 <p>The council voted on Monday to raise water rates by a fifth from January.</p>\
                 <p>The mayor said the pipes under the old town could wait no longer.</p></article>\
                 <div class=\"reactions\"><h4>What do you think?</h4>{bar}</div></body></html>"
            )
        };
        let counters = |bar: &str| {
            let d = crate::html::parse(&page(bar), "UTF-8", vec![]);
            find(&d, &BUILTIN)
                .iter()
                .filter(|b| b.label.as_deref() == Some("counter"))
                .map(|b| d.line(b.start_line).trim_fast().to_string())
                .collect::<Vec<_>>()
        };
        for bar in [
            "<button>Love (56)</button> <button>Haha (3)</button> <button>Wow (112)</button>",
            "<span><button>Like 231</button></span> <span><button>Sad 19</button></span>",
        ] {
            let c = counters(bar);
            assert_eq!(c.len(), 1, "{bar}: {c:?}");
        }
        for not in [
            "<button>Like (12)</button> <button>Share (152)</button>",
            "<button>Share (152)</button> <button>Tweet (20)</button> <button>Comments (8)</button>",
            "<button>Menu</button> <button>Search</button>",
        ] {
            assert!(counters(not).is_empty(), "{not}");
            let d = crate::html::parse(&page(not), "UTF-8", vec![]);
            assert!(!d.text.contains("(1"), "{not}: buttons stay unread");
        }
    }

    #[test]
    fn like_counts_on_reader_comments_are_the_thread_s_not_counters() {
        // Reader comments inside the story's `<article>`, each with its like count.
        let page = "<html><body><article><h1>Ferry fares rise</h1>\
            <p>The harbour office said on Monday that fares to Quillby Island will rise by a tenth \
            from April, the first increase in six years.</p>\
            <p>Islanders said the timetable mattered more to them than the price.</p>\
            <section class=\"comments\"><h3>2 comments</h3>\
            <div class=\"comment\"><p>About time they fixed the timetable.</p>\
            <span>Like (5)</span></div><div class=\"comment\"><p>Fares, again.</p>\
            <span>Like (2) Reply (1)</span></div></section></article></body></html>";
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let blocks = find(&d, &BUILTIN);
        assert!(
            !blocks.iter().any(|b| b.label.as_deref() == Some("counter")),
            "{blocks:?}"
        );
        // The thread keeps its block.
        assert!(
            blocks.iter().any(|b| b.kind == BlockKind::Comments),
            "{blocks:?}"
        );
    }

    #[test]
    fn a_reaction_box_named_after_comments_still_counts() {
        // Only counters under a comments name: the post's reaction box, not a thread.
        let page = "<html><body><article><h1>Ferry fares rise</h1>\
            <p>The harbour office said on Monday that fares to Quillby Island will rise by a tenth \
            from April, the first increase in six years.</p>\
            <div class=\"commentsBar\"><div>Like (1.2K)</div><div>Love (312)</div>\
            <div>Wow (88)</div><div>Comments (96)</div></div></article></body></html>";
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let blocks = find(&d, &BUILTIN);
        assert!(
            blocks.iter().any(|b| b.label.as_deref() == Some("counter")),
            "{blocks:?}"
        );
    }

    /// A blog theme's page: the post and its sidebar (`<aside class="widget-area">` of
    /// widgets) in one wrapper, which the content analysis takes for the article's container
    /// when the post is short. `widget` is the sidebar's first widget.
    fn theme_page(widget: &str) -> String {
        format!(
            r#"<html><body class="single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Fenlight Notes</a></p></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post-412 post type-post hentry"><header class="entry-header">
<h1 class="entry-title">Volunteers count the winter finches at Brackwater Marsh</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2026-02-14">February 14, 2026</time>
<span class="byline"> by <a href="/author/orla-penhale/">Orla Penhale</a></span></div></header>
<div class="entry-content"><p>Twenty-two volunteers walked the reed beds of Brackwater Marsh on
Saturday for the winter finch count, and the tally of siskins was the highest in nine years.</p>
<p>The count leader said the mild autumn had left the alders heavy with seed, which draws the
small finches down from the hills. Her teams logged 340 siskins and 95 redpolls.</p></div>
</article></main></div>
<aside id="secondary" class="widget-area">{widget}
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="/2026/02/">February 2026</a></li><li><a href="/2026/01/">January 2026</a></li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><p>Fenlight Notes, a diary of the marsh.</p></footer>
</div></body></html>"#
        )
    }

    /// A recent-posts widget of five posts.
    const RECENT_POSTS: &str = r#"<section class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/2026/02/new-boardwalk/">New boardwalk opens on the north bank</a></li>
<li><a href="/2026/01/otter-tracks/">Otter tracks in the January frost</a></li>
<li><a href="/2026/01/old-hide/">Mending the old hide before spring</a></li>
<li><a href="/2025/12/solstice-walk/">A solstice walk along the dyke path</a></li>
<li><a href="/2025/12/moth-trap/">Last moth trap results of the year</a></li></ul></section>"#;

    #[test]
    fn a_list_opened_in_a_sidebar_ends_with_the_sidebar() {
        let page = r#"<html><body><div id="wrap"><div id="sidebar-left" class="sidebar">
            <div class="widget trending"><h4>Trending</h4>
            <div class="teaser"><a href="/a/market">Market day moves to Thursday</a><div>November 18, 2026</div></div>
            <div class="teaser"><a href="/a/roof">School roof fund reaches target</a><div>November 17, 2026</div></div>
            </div></div><div id="content"><h1>Orchard growers report a late pear harvest</h1>
            <div class="meta">Ansel Brightwater</div><div class="meta">October 2, 2026</div>
            <p>Pear growers across the Vell valley began picking two weeks later than usual this year after a cold, wet spring, the growers' cooperative said on Thursday.</p>
            <p>Cooperative secretary Maren Holloway said the crop was smaller but the fruit was sound.</p>
            </div></div></body></html>"#;
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let headline = (1..=d.lines.len())
            .find(|&n| d.line(n).contains("Orchard growers"))
            .expect("the headline's line");
        let list = find(&d, &BUILTIN)
            .into_iter()
            .find(|b| b.heading.as_deref() == Some("Trending"))
            .expect("the sidebar's list");
        assert!(list.end_line < headline, "{list:?}");
        assert!(list.items.iter().all(|(_, item)| !item.contains("Orchard")));
    }

    #[test]
    fn a_theme_s_sidebar_in_the_story_s_wrapper_is_furniture() {
        let d = crate::html::parse(&theme_page(RECENT_POSTS), "UTF-8", vec![]);
        let blocks = find(&d, &BUILTIN);
        // The recent posts are the site's own list, in its furniture, as the sidebar's lists
        // are outside the wrapper; the archives stay in the furniture with them.
        let lists: Vec<_> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::HeadlineList)
            .map(|b| (b.heading.as_deref(), b.label.as_deref(), b.items.len()))
            .collect();
        assert_eq!(lists, [(Some("Recent Posts"), Some(FURNITURE_LIST), 5)]);
        insta::assert_yaml_snapshot!(blocks);
    }

    #[test]
    fn a_list_under_a_heading_in_page_furniture_is_a_headline_list() {
        let page = "<html><body><article><h1>Pier repairs begin</h1><p>The council voted on \
            Monday to repair the pier before summer, the mayor said.</p></article><aside>\
            <div class=\"widget\"><h3>Hot News</h3><ul><li><a href=\"/a\">Pop singer announces \
            farewell tour</a></li><li><a href=\"/b\">Ten kitchen gadgets for winter</a></li>\
            <li><a href=\"/c\">Quarterback traded in surprise deal</a></li></ul>\
            <div>veryGood! (637)</div></div><p>About us: a site for everyone</p></aside>\
            </body></html>";
        let d = crate::html::parse(page, "UTF-8", vec![]);
        let blocks = find(&d, &BUILTIN);
        let list = blocks
            .iter()
            .find(|b| b.kind == BlockKind::HeadlineList)
            .expect("a list in the sidebar");
        assert_eq!(list.label.as_deref(), Some(FURNITURE_LIST));
        assert_eq!(list.items.len(), 3, "{list:?}");
        // The counter after the list is a counter, not a fourth item.
        assert!(blocks.iter().any(|b| b.label.as_deref() == Some("counter")));
        // Without the counter (a block of its own there), the sidebar keeps its block beside
        // the list, so its other lines stay set apart.
        let d = crate::html::parse(
            &page.replace("<div>veryGood! (637)</div>", ""),
            "UTF-8",
            vec![],
        );
        let blocks = find(&d, &BUILTIN);
        let about = d
            .lines
            .iter()
            .position(|l| d.text[l.start..l.end].contains("About us"))
            .expect("about line")
            + 1;
        assert!(
            blocks.iter().any(|b| b.kind == BlockKind::Furniture
                && b.start_line <= about
                && about <= b.end_line),
            "{blocks:?}"
        );
    }

    #[test]
    fn headline_list_appeal_and_chrome() {
        let d = doc("Storm hits coast\nThe storm arrived at dawn, said the mayor.\nniceWork! (412)\nRelated\n- Singer wins award for third album\n- Ten gadgets for your kitchen\n- Local team loses final\nA Message from The Ledger:\nDear readers,\nWe need your help to keep going.\nYour support makes a difference.\nShare.\nExit mobile version");
        let b = find(&d, &BUILTIN);
        let kinds: Vec<_> = b
            .iter()
            .map(|b| (b.kind, b.start_line, b.end_line))
            .collect();
        assert!(kinds.contains(&(BlockKind::Widget, 3, 3)), "{kinds:?}");
        assert!(
            kinds.contains(&(BlockKind::HeadlineList, 4, 7)),
            "{kinds:?}"
        );
        assert!(kinds.contains(&(BlockKind::Appeal, 8, 11)), "{kinds:?}");
        assert!(kinds.contains(&(BlockKind::Widget, 12, 12)), "{kinds:?}");
        assert_eq!(
            b.iter()
                .find(|b| b.kind == BlockKind::HeadlineList)
                .unwrap()
                .items
                .len(),
            3
        );
    }

    #[test]
    fn prose_after_heading_word_is_not_a_list() {
        let d = doc("Trending\nThe council voted on Tuesday to close the library, a decision that angered many residents who had campaigned for years.\nIt will shut in May.");
        assert!(find(&d, &BUILTIN)
            .iter()
            .all(|b| b.kind != BlockKind::HeadlineList));
    }

    #[test]
    fn a_lone_heading_over_other_stories_and_promo_lines_in_other_languages_are_chrome() {
        let d = doc("Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek ein weiteres Jahr offen zu halten.\nZum Weiterlesen:\nDie Abstimmung fiel knapp aus, wie die Sprecherin des Rates am Abend vor dem Rathaus sagte.\nLea también: El puerto reabre tras la tormenta");
        let b = find(&d, &BUILTIN);
        let spans: Vec<_> = b.iter().map(|b| (b.kind, b.start_line)).collect();
        assert!(spans.contains(&(BlockKind::Widget, 2)), "{spans:?}");
        assert!(spans.contains(&(BlockKind::HeadlineList, 4)), "{spans:?}");
        // The prose around them is no block.
        assert!(!spans.iter().any(|&(_, l)| l == 1 || l == 3), "{spans:?}");
    }

    #[test]
    fn single_appeal_phrase_in_prose_is_not_an_appeal() {
        let d = doc("The mayor thanked residents for their support.\n\"Your support matters,\" she said.\nThe vote is next week.");
        assert!(find(&d, &BUILTIN).is_empty());
    }
}
