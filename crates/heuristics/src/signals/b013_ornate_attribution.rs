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

/// `SPEECH_VERB` for an ASCII-lower-cased text: the same words, lower-case, looked for as
/// literals by a SIMD search (Teddy), a phrase ("pointed out") by its first word, whose white
/// space and second word ([`SPEECH_VERB_REST`]) are read after it. No word is a prefix of another
/// (a test checks), so at most one occurs at a place, and the regex's next match from a place is
/// the first occurrence from there with no ASCII word byte just before or after it (see
/// [`speech_verb_spans`]). The lower-case regex this replaced ran its automaton wherever one of
/// its literals was, about 13 instructions a byte of article text.
static SPEECH_VERB_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(PLAIN.iter().chain(ORNATE).map(|w| first_word(w)))
        .expect("the speech verbs build an automaton")
});

/// For each pattern of [`SPEECH_VERB_FINDER`], the word after the white space of a phrase.
static SPEECH_VERB_REST: LazyLock<Vec<Option<&'static str>>> = LazyLock::new(|| {
    PLAIN
        .iter()
        .chain(ORNATE)
        .map(|w| w.split_once(' ').map(|(_, rest)| rest))
        .collect()
});

/// The first word of a verb or phrase.
fn first_word(w: &str) -> &str {
    w.split_once(' ').map_or(w, |(first, _)| first)
}

/// The spans of `SPEECH_VERB`'s matches in `text`, found in `lowered` (`text` ASCII-lower-cased,
/// byte for byte): an occurrence with a word byte just before it or just after it is passed over
/// (the search goes on a byte after its start), and after a match the search goes on at its end,
/// as the regex's does. A phrase's words are separated by white space (`\s+`: Unicode white
/// space, which `trim_start` takes).
fn speech_verb_spans(lowered: &str) -> Vec<(usize, usize)> {
    let bytes = lowered.as_bytes();
    let word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let rest_of = &*SPEECH_VERB_REST;
    let (mut spans, mut from) = (Vec::new(), 0usize);
    while let Some(m) =
        SPEECH_VERB_FINDER.find(aho_corasick::Input::new(bytes).span(from..bytes.len()))
    {
        let end = match rest_of[m.pattern().as_usize()] {
            None => Some(m.end()),
            Some(rest) => {
                // The match ends on an ASCII letter: a character boundary.
                let after = &lowered[m.end()..];
                let space = after.len() - after.trim_start().len();
                (space > 0 && after[space..].starts_with(rest))
                    .then(|| m.end() + space + rest.len())
            }
        };
        match end {
            Some(end) if !m.start().checked_sub(1).is_some_and(word) && !word(end) => {
                spans.push((m.start(), end));
                from = end;
            }
            _ => from = m.start() + 1,
        }
    }
    spans
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
    speech_verbs_in(text, crate::text_stats::ascii_lowered(text, lowered))
}

/// `speech_verbs_lowered` given `ascii_lowered(text, lowered)` (`Context::ascii_lowered`).
fn speech_verbs_in(text: &str, lowered: Option<&str>) -> (usize, Vec<(usize, usize)>) {
    let (mut plain, mut ornate) = (0, Vec::new());
    let found = match lowered {
        Some(l) => speech_verb_spans(l),
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
    let (plain, ornate) = speech_verbs_in(body, cx.ascii_lowered());
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
        // No first word is a prefix of another: `speech_verb_spans` reads one at a place.
        let firsts: Vec<&str> = super::PLAIN
            .iter()
            .chain(super::ORNATE)
            .map(|w| super::first_word(w))
            .collect();
        for a in &firsts {
            for b in &firsts {
                assert!(a == b || !b.starts_with(a), "{a} {b}");
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
