//! B013 `ornate_attribution`: the share of a text's speech verbs that are not "said". Reporters
//! attribute with "said" (and "says", "told") almost every time, by house style; chat models
//! reach for "noted", "emphasized", "underscored", "highlighted", "stated" and "explained", both
//! when they continue a story and when they rewrite one, turning the original's "said" into
//! them. On the fit half of the Fast-DetectGPT XSum pairs, BBC news averages 0.06 of its speech
//! verbs outside "said", gpt-3.5-turbo 0.71 and gpt-4 0.56 (scripts/eval_style_features.py);
//! older base models (davinci, GPT-J) write like the news they continue. English only; the
//! signal abstains on a text with fewer than `min_verbs` speech verbs. Points grow with the share
//! above the human-news median. The evidence quotes the first ornate verbs with the words before
//! them.

use std::sync::LazyLock;

use regex::Regex;

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::{Axis, Evidence};
use crate::text_stats::{first_word, VerbHit};

pub const INFO: SignalInfo = SignalInfo {
    code: "B013",
    name: "ornate_attribution",
    axis: Axis::Ai,
    doc: "Share of speech verbs other than \"said\" (\"noted\", \"emphasized\", \"underscored\"), above the human-news median (English only).",
    measure,
};

/// The plain speech verbs of news copy.
const PLAIN: &[&str] = &["said", "says", "saying", "told", "tells"];

/// Speech verbs standing in for "said". Verbs that also report things other than speech
/// ("revealed", "indicated", "observed", "expressed") are left out, and so are forms that are
/// more often nouns ("remarks", "comments", "highlights") or names ("States").
const ORNATE: &[&str] = &[
    "noted",
    "notes",
    "stated",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "underscored",
    "underscores",
    "highlighted",
    "stressed",
    "stresses",
    "explained",
    "explains",
    "acknowledged",
    "acknowledges",
    "asserted",
    "asserts",
    "remarked",
    "mentioned",
    "mentions",
    "pointed out",
    "points out",
    "reiterated",
    "reiterates",
    "affirmed",
    "affirms",
    "conveyed",
    "articulated",
    "elaborated",
    "commented",
    "clarified",
];

/// Every speech verb of both lists, as whole words in any case. ASCII word boundaries keep the
/// regex on its fast engines whatever the text holds; a letter outside ASCII right after a match
/// ("notedé") is refused by hand.
static SPEECH_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", verb_alternation()))
        .expect("B013 speech-verb pattern compiles")
});

/// Both lists' verbs as one alternation, a space in a verb matching any run of white space.
fn verb_alternation() -> String {
    let words: Vec<String> = PLAIN
        .iter()
        .chain(ORNATE)
        .map(|w| w.replace(' ', r"\s+"))
        .collect();
    words.join("|")
}

/// The first words of both lists' verbs and phrases ("pointed" of "pointed out"): looked for
/// by `text_stats::verb_hits` beside B009's attribution verbs, in one search of the text.
pub(crate) fn first_words() -> impl Iterator<Item = &'static str> {
    PLAIN.iter().chain(ORNATE).map(|w| first_word(w))
}

/// For each word of `text_stats::VERB_WORDS`, the speech verb it opens: `Some(None)` for a verb
/// of one word, `Some(Some(rest))` for a phrase's first word (its second word after white
/// space), `None` for a word of B009's alone.
static SPEECH_VERB_REST: LazyLock<Vec<Option<Option<&'static str>>>> = LazyLock::new(|| {
    crate::text_stats::VERB_WORDS
        .iter()
        .map(|v| {
            PLAIN
                .iter()
                .chain(ORNATE)
                .find(|w| first_word(w) == *v)
                .map(|w| w.split_once(' ').map(|(_, rest)| rest))
        })
        .collect()
});

/// The spans of `SPEECH_VERB`'s matches in `text`, found in `lowered` (`text` ASCII-lower-cased,
/// byte for byte) from its `verb_hits`: the regex matches a verb as a whole run of ASCII word
/// bytes, and a phrase ("pointed out") as its first word so, white space (`\s+`: Unicode white
/// space, which `trim_start` takes), and its second word with no word byte after it.
fn speech_verb_spans(lowered: &str, hits: &[VerbHit]) -> Vec<(usize, usize)> {
    let bytes = lowered.as_bytes();
    let word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let rest_of = &*SPEECH_VERB_REST;
    hits.iter()
        .filter_map(|&(start, end, k)| match rest_of[k]? {
            None => Some((start, end)),
            Some(rest) => {
                // The word ends on an ASCII letter: a character boundary.
                let after = &lowered[end..];
                let space = after.len() - after.trim_start().len();
                let end = end + space + rest.len();
                (space > 0 && after[space..].starts_with(rest) && !word(end))
                    .then_some((start, end))
            }
        })
        .collect()
}

/// Quotes shown as evidence at most.
const MAX_EVIDENCE: usize = 3;
/// Words before an ornate verb that its quote shows ("the mayor noted").
const WORDS_BEFORE: usize = 3;

/// Plain and ornate speech verbs in `text`: their counts and the byte ranges of the ornate ones.
#[cfg(test)]
fn speech_verbs(text: &str) -> (usize, Vec<(usize, usize)>) {
    speech_verbs_lowered(text, "")
}

/// `speech_verbs(text)`, the verbs found in `lowered` when it starts with `text` ASCII-lower-cased
/// (`Words::lowered`) and `text` holds no character of `text_stats::FOLDS_TO_ASCII`: then `SPEECH_VERB`
/// matches `text` where `speech_verb_spans` finds them in `lowered` (the words are lower-case ASCII,
/// its case folding is ASCII lower-casing there, and lower-casing keeps every byte's place, its
/// white space and whether it is a word byte). Else `text` is searched by `SPEECH_VERB`.
#[cfg(test)]
fn speech_verbs_lowered(text: &str, lowered: &str) -> (usize, Vec<(usize, usize)>) {
    let lowered = crate::text_stats::ascii_lowered(text, lowered);
    let hits = lowered.map(crate::text_stats::verb_hits);
    speech_verbs_in(text, lowered.zip(hits.as_deref()))
}

/// `speech_verbs_lowered` given `ascii_lowered(text, lowered)` and its `verb_hits`
/// (`Context::verb_hits`).
fn speech_verbs_in(text: &str, found: Option<(&str, &[VerbHit])>) -> (usize, Vec<(usize, usize)>) {
    let (mut plain, mut ornate) = (0, Vec::new());
    let found = match found {
        Some((l, hits)) => speech_verb_spans(l, hits),
        None => SPEECH_VERB
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect(),
    };
    for (start, end) in found {
        if text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
            || text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        let word = &text[start..end];
        if PLAIN.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            plain += 1;
        } else {
            ornate.push((start, end));
        }
    }
    (plain, ornate)
}

/// The start of the quote for a verb at `at`: up to `WORDS_BEFORE` words back, not past the
/// sentence's start or a line break.
fn quote_start(text: &str, at: usize) -> usize {
    let mut start = at;
    let mut words = 0;
    let mut in_word = false;
    for (i, ch) in text[..at].char_indices().rev() {
        if matches!(ch, '.' | '!' | '?' | '\n' | '"' | '“' | '”') {
            break;
        }
        if ch.is_whitespace() {
            if in_word {
                words += 1;
                if words == WORDS_BEFORE {
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
            start = i;
        }
    }
    start
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let body = &cx.x.body_text;
    let (plain, ornate) = speech_verbs_in(body, cx.verb_hits());
    let total = plain + ornate.len();
    if (total as f64) < rule.param("min_verbs", 3.0).max(1.0) {
        return None;
    }
    let v = ornate.len() as f64 / total as f64;
    let median = rule.param("human_median", 0.0);
    let evidence: Vec<Evidence> = ornate
        .iter()
        .take(MAX_EVIDENCE)
        .map(|&(a, b)| cx.quote_evidence(&body[quote_start(body, a)..b]))
        .collect();
    Some(
        INFO.signal(
            v,
            rule.points(v - median),
            format!(
                "{} of {total} speech verbs are not \"said\" ({})",
                ornate.len(),
                Fixed(v, 2)
            ),
            evidence,
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::{quote_start, speech_verbs};
    use crate::signals::testing::run;

    #[test]
    fn counts_plain_and_ornate_verbs_as_whole_words() {
        let t = "The mayor said the pier would reopen. Officials noted delays, and she \
                 EMPHASIZED costs. He pointed  out the tide. Notedly, the saidé vote passed; \
                 the United States says so. She told us.";
        let (plain, ornate) = speech_verbs(t);
        assert_eq!(plain, 3);
        let words: Vec<&str> = ornate.iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(words, ["noted", "EMPHASIZED", "pointed  out"]);
        assert_eq!(speech_verbs(""), (0, vec![]));
    }

    /// The verbs found in the lower-cased words' text are those the case-insensitive regex
    /// finds, on seeded random texts of the verbs in any case, glued to word bytes or not,
    /// spaced by any white space, and the two characters that fold to ASCII letters.
    #[test]
    fn verbs_in_lowered_text_are_the_regex_matches() {
        const PIECES: &[&str] = &[
            "said",
            "SAYS",
            "Told",
            "noted",
            "NOTES",
            "Stressed",
            "pointed",
            "POINTS",
            " out",
            "\u{a0}out",
            "\u{2003}",
            "out",
            "emphasized",
            "highlighted",
            " ",
            "  ",
            "\n",
            "_",
            "2",
            "x",
            ".",
            ",",
            "’",
            "é",
            "É",
            "ſ",
            "\u{212a}",
            "s",
            "ed",
            "tres",
            // B009's words, found by the same search.
            "asked",
            "According",
            " to",
            "wrote",
        ];
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        let mut found = 0usize;
        for _ in 0..20_000 {
            let t = rng.string(PIECES, 24);
            let want = super::speech_verbs_lowered(&t, "");
            found += usize::from(want.0 + want.1.len() > 0);
            let w = crate::text_stats::Words::new(&t);
            assert_eq!(super::speech_verbs_lowered(&t, w.lowered()), want, "{t:?}");
        }
        assert!(found > 2000, "{found}");
        // The words are lower-case ASCII, as the lower-case regex needs them.
        assert!(super::PLAIN
            .iter()
            .chain(super::ORNATE)
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')));
        // No verb's first word is another's (each word found opens one verb), and no word the
        // search looks for (B009's too) is a prefix of another: one occurs at a place.
        let firsts: Vec<&str> = super::first_words().collect();
        for (i, a) in firsts.iter().enumerate() {
            assert!(!firsts[i + 1..].contains(a), "{a}");
        }
        let words = &*crate::text_stats::VERB_WORDS;
        for a in words {
            for b in words {
                assert!(std::ptr::eq(a, b) || !b.starts_with(a), "{a} {b}");
            }
        }
    }

    #[test]
    fn the_quote_reaches_back_three_words_within_the_sentence() {
        let t = "It rained. The harbour master Ann Lee noted the delay.";
        let at = t.find("noted").unwrap();
        assert_eq!(&t[quote_start(t, at)..at], "master Ann Lee ");
        let t = "Lee noted it.";
        assert_eq!(quote_start(t, 4), 0);
    }

    #[test]
    fn ornate_attribution_scores_and_said_does_not() {
        let ornate = "The council approved the harbour budget on Monday, officials noted. \
                      The mayor emphasized that repairs would start soon. Engineers stated the \
                      pier was safe. Residents highlighted the long delays. The plan, the \
                      treasurer explained, is funded. ";
        let s = run("B013", &format!("Harbour budget\n{ornate}\n")).expect("measured");
        assert_eq!(s.value, 1.0);
        assert!(s.points > 0.0);
        assert_eq!(s.evidence.len(), 3);
        let said = ornate
            .replace("noted", "said")
            .replace("emphasized", "said")
            .replace("stated", "said")
            .replace("highlighted", "said")
            .replace("explained", "said");
        let s = run("B013", &format!("Harbour budget\n{said}\n")).expect("measured");
        assert_eq!((s.value, s.points), (0.0, 0.0));
        // Too few speech verbs to judge: the signal abstains.
        assert!(run(
            "B013",
            "Harbour budget\nThe mayor noted delays. It rained.\n"
        )
        .is_none());
    }

    #[test]
    fn snapshot() {
        let text = "Harbour budget\nThe council approved the harbour budget, officials noted. \
                    The mayor said repairs would start soon. Engineers stated the pier was safe. \
                    Residents told reporters about the long delays.\n";
        insta::assert_yaml_snapshot!(run("B013", text));
    }
}
