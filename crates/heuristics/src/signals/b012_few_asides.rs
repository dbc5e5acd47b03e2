//! B012 `few_asides`: few dashes and parentheses per sentence. Reporters hang asides, glosses and
//! attributions on dashes and brackets ("the mayor — who took office in May — said", "the
//! Harbour Authority (HA)"); chat models write them rarely, both when they continue a story and
//! when they rewrite one: a rewrite drops its original's asides in three pairs out of four
//! (scripts/eval_style_features.py). Counted: em dashes, double hyphens, and en dashes or hyphens
//! standing alone between spaces; opening parentheses. Points grow with the distance below the
//! human-news median; more asides than the median take points away, down to the rule's `floor`.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B012",
    name: "few_asides",
    axis: Axis::Ai,
    doc: "Few dashes and parentheses (asides) per sentence, below the human-news median.",
    measure,
};

/// Dashes and opening parentheses in `text`. A hyphen or en dash counts only between white space
/// ("a - b"), so compound words and number ranges ("2019–2020") do not; a run of hyphens ("--")
/// is one dash. A single dash that opens a line is a list's bullet ("- The school's 143
/// pupils..."), not an aside: chat models' summaries list their points so. Jumps between the
/// candidate bytes with `memchr` and reads a character only around them (`asides_by_chars`, the
/// character walk it replaced, is held to it by a seeded test).
pub(crate) fn asides(text: &str) -> usize {
    const EM: &[u8] = "—".as_bytes();
    const EN: &[u8] = "–".as_bytes();
    let b = text.as_bytes();
    // Both dashes start with 0xE2, a UTF-8 lead byte: where it is found a character starts.
    let spaced = |from: usize, to: usize| {
        text[..from]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
            && text[to..].chars().next().is_some_and(char::is_whitespace)
    };
    // Only white space between the line's start and `at`.
    let opens_line = |at: usize| {
        text[..at]
            .rsplit('\n')
            .next()
            .is_none_or(|head| head.trim().is_empty())
    };
    let (mut n, mut i) = (0, 0);
    while let Some(off) = memchr::memchr3(b'(', b'-', 0xE2, &b[i..]) {
        let at = i + off;
        i = at + 1;
        match b[at] {
            b'(' => n += 1,
            b'-' if b.get(at + 1) == Some(&b'-') => {
                n += 1;
                while b.get(i) == Some(&b'-') {
                    i += 1;
                }
            }
            b'-' => n += usize::from(spaced(at, at + 1) && !opens_line(at)),
            _ if b[at..].starts_with(EM) => {
                n += usize::from(!(spaced(at, at + EM.len()) && opens_line(at)));
                i = at + EM.len();
            }
            _ if b[at..].starts_with(EN) => {
                n += usize::from(spaced(at, at + EN.len()) && !opens_line(at));
                i = at + EN.len();
            }
            _ => {}
        }
    }
    n
}

/// The first form of [`asides`], a walk over every character.
#[cfg(test)]
fn asides_by_chars(text: &str) -> usize {
    let mut n = 0;
    let mut prev_space = true;
    // Only white space read since the line began.
    let mut line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let spaced_after = chars.peek().is_some_and(|c| c.is_whitespace());
        match c {
            '(' => n += 1,
            '-' if chars.peek() == Some(&'-') => {
                n += 1;
                while chars.peek() == Some(&'-') {
                    chars.next();
                }
            }
            '—' if !(line_start && spaced_after) => n += 1,
            '-' | '–' if prev_space && spaced_after && !line_start => n += 1,
            _ => {}
        }
        prev_space = c.is_whitespace();
        line_start = c == '\n' || line_start && c.is_whitespace();
    }
    n
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let rule = cx.policy.rule(INFO.code);
    let n = cx.sentences.len();
    if (n as f64) < rule.param("min_sentences", 5.0).max(1.0) {
        return None;
    }
    let count = asides(&cx.x.body_text);
    let v = count as f64 / n as f64;
    let median = rule.param("human_median", 0.2);
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!("{count} dash(es) or parenthes(es) in {n} sentences ({v:.2} a sentence)"),
            vec![],
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::{asides, asides_by_chars};
    use crate::signals::testing::run;

    #[test]
    fn the_byte_walk_counts_as_the_character_walk() {
        const PIECES: &[&str] = &[
            "-",
            "--",
            "—",
            "–",
            "(",
            ")",
            " ",
            "\u{a0}",
            "\n",
            "a",
            "é",
            "2019",
            "’",
            "\u{2003}",
            "x-y",
            " - ",
            "–\u{a0}",
            "\n- ",
            "\n— ",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for _ in 0..5000 {
            let t = rng.string(PIECES, 12);
            assert_eq!(asides(&t), asides_by_chars(&t), "{t:?}");
        }
    }

    #[test]
    fn counts_dashes_and_parentheses_not_hyphens() {
        assert_eq!(asides("The mayor — elected in May — said (again) so."), 3);
        assert_eq!(
            asides("A well-known 2019–2020 deal -- signed - then voided."),
            2
        );
        // List bullets are no asides; a dash inside the item is.
        assert_eq!(asides("- a list item\n– another\n  — a third"), 0);
        assert_eq!(asides("- one - with an aside\nThe mayor — elected"), 2);
        assert_eq!(asides("—the quote opens the line"), 1);
        assert_eq!(asides("co-op x-ray 3-2 win ---"), 1);
        assert_eq!(asides(""), 0);
    }

    #[test]
    fn asides_take_points_away_and_their_absence_scores() {
        let plain = "The harbor board approved new rules on Monday. Officials praised the plan. \
                     The vote passed easily. Work will begin in May. Residents welcomed the news. \
                     The board will meet again in June. ";
        let s = run("B012", &format!("Harbor rules approved\n{plain}\n")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
        let asides =
            "The board (five members) met on Monday. The chair — Ada Marsh — spoke first. \
                      The plan (the third) passed. Work starts in May — or June. \
                      The port (built in 1910) needs repairs. Costs (4.2 million) were cut. ";
        let s = run("B012", &format!("Harbor rules approved\n{asides}\n")).unwrap();
        assert!(s.value > 1.0);
        assert!(s.points < 0.0);
    }
}
