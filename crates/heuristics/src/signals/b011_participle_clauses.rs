//! B011 `participle_clauses`: present-participle clauses tacked on after a comma per sentence
//! (", highlighting the need for ...", ", signaling a shift ..."). Reinhart et al. (arXiv
//! 2410.16107) found them the largest grammatical gap between human and instruction-tuned model
//! prose, and unlike vocabulary diversity or quotation density they keep their direction when a
//! model rewrites a human story instead of continuing it (scripts/eval_style_features.py): a
//! rewrite carries more of them than its original. English only. Points grow with the rate above
//! the human-news median; fewer than the median take points away, down to the rule's `floor`.
//! The evidence quotes the first clauses found.

#[cfg(test)]
use std::sync::LazyLock;

#[cfg(test)]
use regex::Regex;

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::{Axis, Evidence};

pub const INFO: SignalInfo = SignalInfo {
    code: "B011",
    name: "participle_clauses",
    axis: Axis::Ai,
    doc: "Present-participle clauses after a comma (\", highlighting the ...\") per sentence, above the human-news median (English only).",
    measure,
};

/// A comma, white space, then a lower-case word ending in -ing. The word is checked against
/// [`NOT_PARTICIPLES`] after the match (the regex crate has no look-ahead), and so is the
/// character after it: an ASCII `\b` keeps the regex on its fast engines on any text, and a
/// letter outside ASCII right after ("singé") is refused by hand. [`clause_words`] finds its
/// matches; the regex is kept as the tests' oracle.
#[cfg(test)]
static CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+[a-z]+ing(?-u:\b)").expect("B011 clause pattern compiles"));

/// The spans of the -ing words of `CLAUSE`'s matches in `text`, read from each comma (memchr):
/// white space (`\s+`, Unicode white space, as `char::is_whitespace` has it), then the run of
/// ASCII lower-case letters after it, which must end in "ing" with a letter before it and be
/// followed by no ASCII word byte (inside the run, "ing" would be followed by a letter, which
/// `(?-u:\b)` refuses). A match holds one comma, so every comma after a match's is read too, as
/// the regex's search goes on at the match's end. The regex ran its automaton from every comma
/// at a cost several times this walk's.
fn clause_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', bytes).filter_map(move |comma| {
        let after = &text[comma + 1..];
        let from = comma + 1 + (after.len() - after.trim_start().len());
        if from == comma + 1 {
            return None;
        }
        let run = bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let to = from + run;
        let word_byte_after = bytes
            .get(to)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
        (run >= 4 && bytes[from..to].ends_with(b"ing") && !word_byte_after).then_some((from, to))
    })
}

/// -ing words that open a phrase after a comma without being a participle clause: prepositions
/// ("including", "according to", "during") and nouns ("something", "morning", "king").
const NOT_PARTICIPLES: &[&str] = &[
    "including",
    "according",
    "during",
    "something",
    "nothing",
    "anything",
    "everything",
    "morning",
    "evening",
    "thing",
    "king",
    "spring",
];

/// Quotes shown as evidence at most.
const MAX_EVIDENCE: usize = 3;

/// Byte ranges in `text` of each participle clause's opening: the -ing word and up to four words
/// after it.
pub(crate) fn clauses(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !text.contains("ing") {
        return out;
    }
    for (start, stop) in clause_words(text) {
        let word = &text[start..stop];
        let rest = &text[stop..];
        if NOT_PARTICIPLES.contains(&word)
            || rest
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        // The quote runs to the fourth word after the participle or the next punctuation.
        let mut end = stop;
        let mut words = 0;
        let mut in_word = false;
        for (i, ch) in rest.char_indices() {
            if matches!(ch, '.' | ',' | ';' | ':' | '!' | '?' | '\n') {
                break;
            }
            if ch.is_whitespace() {
                if in_word {
                    words += 1;
                    if words == 4 {
                        break;
                    }
                }
                in_word = false;
            } else {
                in_word = true;
                end = stop + i + ch.len_utf8();
            }
        }
        out.push((start, end));
    }
    out
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let n = cx.sentences.len();
    if (n as f64) < rule.param("min_sentences", 5.0).max(1.0) {
        return None;
    }
    let body = &cx.x.body_text;
    let found = clauses(body);
    let v = found.len() as f64 / n as f64;
    let median = rule.param("human_median", 0.1);
    let evidence: Vec<Evidence> = found
        .iter()
        .take(MAX_EVIDENCE)
        .map(|&(a, b)| cx.quote_evidence(&body[a..b]))
        .collect();
    Some(
        INFO.signal(
            v,
            rule.points(v - median),
            format!(
                "{} participle clause(s) after a comma in {n} sentences ({} a sentence)",
                found.len(),
                Fixed(v, 2)
            ),
            evidence,
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::clauses;
    use crate::signals::testing::run;

    /// `clause_words` finds the -ing words of `CLAUSE`'s matches, on seeded random texts.
    #[test]
    fn clause_words_as_the_regex() {
        const PIECES: &[&str] = &[
            ",",
            ", ",
            ",  ",
            ",\n",
            ",\u{a0}",
            ",\u{2003}",
            " ",
            "\t",
            "sing",
            "ing",
            "ring",
            "signaling",
            "Going",
            "going",
            "s",
            "x",
            "X",
            "1",
            "_",
            "é",
            "’",
            ".",
            "-",
            "ingé",
        ];
        let oracle = |t: &str| -> Vec<(usize, usize)> {
            super::CLAUSE
                .find_iter(t)
                .map(|m| {
                    let word = m
                        .as_str()
                        .trim_start_matches(|c: char| c == ',' || c.is_whitespace());
                    (m.end() - word.len(), m.end())
                })
                .collect()
        };
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut found = 0usize;
        for _ in 0..30_000 {
            let t = rng.string(PIECES, 30);
            let want = oracle(&t);
            found += want.len();
            assert_eq!(super::clause_words(&t).collect::<Vec<_>>(), want, "{t:?}");
        }
        assert!(found > 5_000, "{found}");
    }

    #[test]
    fn finds_clauses_and_skips_prepositions_and_nouns() {
        let t = "The council approved the budget, signaling a shift in priorities. \
                 Costs rose, including fuel, during spring. It rained in the morning, \
                 and later, something changed. Crews worked late, clearing the road quickly today.";
        let got: Vec<&str> = clauses(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            got,
            vec![
                "signaling a shift in priorities",
                "clearing the road quickly today"
            ]
        );
        // Capitalised or mid-word forms are not clauses.
        assert!(clauses("Rain fell, Bring it on, singingly, ringside, singé").is_empty());
        assert!(clauses("").is_empty());
    }

    #[test]
    fn clause_heavy_text_scores_and_quotes() {
        let body = "The harbor board approved new rules on Monday, highlighting the need for safer docks. \
                    Officials praised the plan, underscoring its value for the town. \
                    The vote passed easily, reflecting broad support among members. \
                    Work will begin in May, marking a new chapter for the port. \
                    Residents welcomed the news, expressing hope for more jobs. \
                    The board will meet again in June. ";
        let s = run("B011", &format!("Harbor rules approved\n{body}\n")).expect("measured");
        assert!(s.value > 0.5, "{}", s.value);
        assert!(s.points > 0.0);
        assert_eq!(s.evidence.len(), 3);
        assert_eq!(s.evidence[0].quote, "highlighting the need for safer");
        assert!(s.evidence[0].span.is_some());
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn plain_reporting_takes_points_away_and_short_text_abstains() {
        let body = "The harbor board met on Monday. Members voted five to two for the plan. \
                    \"We waited long enough,\" said Ada Marsh, the chair. Work starts in May. \
                    The cost is put at 4.2 million. Two members voted against it. ";
        let s = run("B011", &format!("Harbor vote\n{body}\n")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points <= 0.0);
        assert!(run("B011", "Harbor vote\nThe board met, voting late.\n").is_none());
    }
}
