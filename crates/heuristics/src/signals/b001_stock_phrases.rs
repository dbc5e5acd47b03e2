//! B001 `stock_phrases`: template phrases of machine-written prose ("a testament to", "plays a
//! crucial role", "underscores"), counted per 1,000 words. Every phrase carries its measured rate
//! in human news and in AI text (`data/lexicons/stock_phrases.tsv`, see its header); phrases that
//! human news uses as often as AI does are shown but score nothing, and the first
//! `human_allowance_per_1k` hits per 1,000 words are what human news reaches anyway.
//! English only: on other languages the signal abstains.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::{Axis, Evidence};
use crate::text_stats::{token_is, token_spans};

/// Added to both rates before comparing them: about three hits in the 313k-word human sample the
/// rates were measured on, so a phrase never seen in that sample is not infinitely telling.
const SMOOTHING: f64 = 0.01;

pub const INFO: SignalInfo = SignalInfo {
    code: "B001",
    name: "stock_phrases",
    axis: Axis::Ai,
    doc: "Template phrases of machine-written prose per 1,000 words, above the rate human news shows (per-phrase rates measured).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english || cx.words.len() < 50 {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let min_ratio = rule.param("min_ratio", 2.0);
    let mut scoring_hits = 0usize;
    let mut human_rate_hits = 0usize;
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let hits = hits_by_words(cx).unwrap_or_else(|| hits_by_lines(cx));
    for h in hits {
        let p = &cx.lex.stock_phrases[h.phrase];
        let above_human = (p.ai_per_1k + SMOOTHING) >= min_ratio * (p.human_per_1k + SMOOTHING);
        if above_human {
            scoring_hits += 1;
        } else {
            human_rate_hits += 1;
        }
        let phrase = &cx.doc.line(h.line)[h.start..h.end];
        if evidence.len() < 8 {
            let l = cx.doc.lines[h.line - 1];
            // The phrase and its note, joined without the formatting machinery.
            let note = if above_human { "" } else { " (at human rate)" };
            let mut quote = String::with_capacity(phrase.len() + note.len());
            quote.push_str(phrase);
            quote.push_str(note);
            evidence.push(Evidence {
                quote,
                line: Some(h.line),
                span: Some((l.start + h.start, l.start + h.end)),
            });
        }
        // Lower-cased once, for the test and the list.
        let lower = phrase.to_lowercase();
        if !seen.contains(&lower) {
            seen.push(lower);
        }
    }
    if scoring_hits + human_rate_hits == 0 {
        return None;
    }
    let per_1k = scoring_hits as f64 * 1000.0 / cx.words.len() as f64;
    let allowance = rule.param("human_allowance_per_1k", 2.0);
    let points = rule.points(per_1k - allowance);
    let mut s = INFO.signal(
        per_1k,
        points,
        format!(
            "{scoring_hits} stock phrase(s) above the human rate in {} words ({}/1k){}: {}",
            cx.words.len(),
            Fixed(per_1k, 1),
            if human_rate_hits > 0 {
                format!(", {human_rate_hits} at the human rate")
            } else {
                String::new()
            },
            quoted_list(&seen[..seen.len().min(4)])
        ),
        evidence,
    );
    s.human_rate = Some(super::policy_label(
        (allowance.to_bits(), 1, "B001 allowance"),
        || format!("human news reaches about {allowance:.1}/1k with this lexicon"),
    ));
    Some(s)
}

/// The phrases each in double quotes, joined by ", " (as formatting each and joining them
/// gave, built in one string).
fn quoted_list(phrases: &[String]) -> String {
    let mut out = String::with_capacity(phrases.iter().map(|p| p.len() + 4).sum());
    for (k, p) in phrases.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push('"');
        out.push_str(p);
        out.push('"');
    }
    out
}

/// A stock phrase found in the article: its 1-based line, its byte span in that line and its
/// index in `Lexicons::stock_phrases`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Hit {
    line: usize,
    start: usize,
    end: usize,
    phrase: usize,
}

/// The phrases of the article's lines found from the words `Context` has already read, lower-cased
/// and numbered by type, instead of tokenising and lower-casing every line again (which was
/// most of B001's cost, a tenth of plain-text scoring): each word type is looked up once, for
/// its number as a phrase token (`StockNumbers`), and phrases are matched by comparing numbers.
/// The same hits as `hits_by_lines` (a seeded random test).
///
/// The article text is its body lines trimmed and joined by a space or a line break, but for a
/// hyphen joined over a line break (and whatever `assemble` may do some day): the lines are
/// found in the text one after the other, and `None` (read the lines again) unless the text is
/// exactly those lines with one space or line break between them. Then a line's tokens are the
/// text's tokens inside its piece, as white space ends every token, and phrases are matched
/// within one piece, as they are within one line.
fn hits_by_words(cx: &Context) -> Option<Vec<Hit>> {
    let text = cx.x.body_text.as_bytes();
    let stock = &cx.lex.stock_numbers;
    // For each word type, once looked up: its number as a phrase token (`UNSEEN` before).
    const UNSEEN: u32 = u32::MAX;
    let mut number_of_type: Vec<u32> = vec![UNSEEN; cx.word_types];
    let mut number = |t: usize| {
        let id = cx.word_type_ids[t] as usize;
        let n = &mut number_of_type[id];
        if *n == UNSEEN {
            // The type's word packed when its ids were found: not packed again.
            *n = stock.number_of_key(cx.word_type_keys[id], || cx.words.word(t));
        }
        *n
    };
    let mut hits = Vec::new();
    // The next byte of the text and the next token.
    let (mut at, mut k) = (0, 0);
    for (i, &n) in cx.x.body_lines.iter().enumerate() {
        let line = cx.doc.line(n);
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        if i > 0 {
            if !matches!(text.get(at), Some(b' ' | b'\n')) {
                return None;
            }
            at += 1;
        }
        if text.get(at..at + trimmed.len()) != Some(trimmed.as_bytes()) {
            return None;
        }
        let piece = at;
        at += trimmed.len();
        // This line's tokens: `first..end`.
        let first = k;
        while k < cx.words.len() && cx.words.raw_span(k).0 < at {
            k += 1;
        }
        let end = k;
        let mut t = first;
        while t < end {
            let head = number(t) as usize;
            if head == 0 {
                t += 1;
                continue;
            }
            let longer = match t + 1 < end && stock.starts_longer[head] {
                true => match number(t + 1) {
                    0 => None,
                    second => stock.longer.get(&(head as u32, second)),
                },
                false => None,
            };
            // Longest phrase starting here (of equal lengths, the last: they are the same words).
            let mut best: Option<(usize, usize)> = None;
            for &p in stock.single[head]
                .iter()
                .chain(longer.into_iter().flatten())
            {
                let tokens = &stock.phrases[p];
                if tokens.len() <= end - t
                    && tokens.iter().enumerate().all(|(j, &w)| number(t + j) == w)
                    && best.is_none_or(|(_, len)| tokens.len() >= len)
                {
                    best = Some((p, tokens.len()));
                }
            }
            let Some((phrase, len)) = best else {
                t += 1;
                continue;
            };
            let a = cx.words.raw_span(t).0;
            let b = cx.words.raw_span(t + len - 1).1;
            hits.push(Hit {
                line: n,
                start: lead + a - piece,
                end: lead + b - piece,
                phrase,
            });
            // Matches do not overlap: go on after this one.
            t += len;
        }
    }
    (at == text.len() && k == cx.words.len()).then_some(hits)
}

/// The phrases of the article's lines, each line tokenised again: for an article text that is
/// not its lines joined (see `hits_by_words`).
fn hits_by_lines(cx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    // Token spans of one line at a time, reused; a token is lower-cased into `first` only to
    // look it up, and compared in place for the rest of a phrase.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let (mut first, mut second) = (String::new(), String::new());
    for &n in &cx.x.body_lines {
        let line = cx.doc.line(n);
        spans.clear();
        token_spans(line, |a, b| spans.push((a, b)));
        let mut i = 0;
        while i < spans.len() {
            let (a, b) = spans[i];
            let raw = &line.as_bytes()[a..b];
            if raw.is_ascii() && !cx.lex.may_start_stock_phrase(raw) {
                i += 1;
                continue;
            }
            let Some(starts) = cx.lex.stock_index.get(lowered(&mut first, &line[a..b])) else {
                i += 1;
                continue;
            };
            // The phrases of more than one token are looked up by the next token: a phrase's
            // tokens are lower-cased as `lowered` does, so no phrase that matches is missed.
            let longer = match spans.get(i + 1) {
                Some(&(a, b)) if !starts.by_second.is_empty() => {
                    starts.by_second.get(lowered(&mut second, &line[a..b]))
                }
                _ => None,
            };
            // Longest phrase starting here (of equal lengths, the last: they are the same words).
            let best = starts
                .single
                .iter()
                .chain(longer.into_iter().flatten())
                .map(|&k| (k, &cx.lex.stock_phrases[k]))
                .filter(|(_, p)| {
                    p.tokens.len() <= spans.len() - i
                        && p.tokens
                            .iter()
                            .zip(&spans[i..])
                            .all(|(t, &(a, b))| token_is(&line[a..b], t))
                })
                .max_by_key(|(_, p)| p.tokens.len());
            let Some((phrase, p)) = best else {
                i += 1;
                continue;
            };
            hits.push(Hit {
                line: n,
                start: spans[i].0,
                end: spans[i + p.tokens.len() - 1].1,
                phrase,
            });
            // Matches do not overlap: go on after this one.
            i += p.tokens.len();
        }
    }
    hits
}

/// `token` lower-cased, curly apostrophes made straight (as the lexicon's tokens are): the token
/// itself when it is lower-case ASCII already (most words of a text), else a copy in `buf`.
fn lowered<'a>(buf: &'a mut String, token: &'a str) -> &'a str {
    if token
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
    {
        return token;
    }
    buf.clear();
    if token.is_ascii() {
        buf.push_str(token);
        buf.make_ascii_lowercase();
    } else {
        *buf = token.to_lowercase().replace('’', "'");
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::{hits_by_lines, hits_by_words};
    use crate::context::Context;
    use crate::signals::testing::run;

    /// `quoted_list` gives what quoting each phrase by `format!` and joining them gave.
    #[test]
    fn quoted_list_as_formatted_and_joined() {
        let phrases: Vec<String> = ["", "a", "delve into", "it’s worth noting", "\"x\""]
            .iter()
            .map(|p| p.to_string())
            .collect();
        for from in 0..phrases.len() {
            for to in from..=phrases.len() {
                let list = &phrases[from..to];
                let old = list
                    .iter()
                    .map(|p| format!("\"{p}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                assert_eq!(super::quoted_list(list), old);
            }
        }
    }

    /// The hits found from `Context`'s words are those of reading each line again, on seeded
    /// random documents: stock phrases in any case, with curly apostrophes, split over lines,
    /// next to words outside ASCII, with hyphens at line ends (the article text then joins two
    /// lines into one word, and the lines are read again), blank and indented lines.
    #[test]
    fn hits_from_the_words_are_the_hits_of_the_lines() {
        const PIECES: &[&str] = &[
            "a testament to ",
            "A Testament To ",
            "UNDERSCORES ",
            "underscores",
            "in today's ",
            "in today’s fast-paced ",
            "In Today’s ",
            "it's important to note ",
            "it’s worth noting ",
            "serves as a ",
            "the importance of ",
            "the ",
            "a ",
            "in ",
            "harbor ",
            "Harbor. ",
            "said. ",
            "café ",
            "Straße ",
            "ÉTÉ ",
            "naïve’s ",
            "日本 ",
            "—",
            "-",
            "far-",
            "\n",
            "\n",
            "\n\n",
            "\n  ",
            "\t",
            "\u{a0}",
            ", ",
            ". ",
            "\"",
            "'",
            "’",
            "2024 ",
            "sent shockwaves ",
            "critics argue ",
            "could potentially ",
        ];
        let policy = crate::policy::Policy::default();
        let hint = credence_extract::Hint::default();
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let (mut fast, mut hits) = (0, 0);
        // A user's phrases too: one already listed, one of one word, one outside ASCII.
        let mut extra = crate::lexicons::BUILTIN.clone();
        extra.add_stock_phrases("a testament to\nharbor\nÉté brûlant\ncafé in\nthe harbor said");
        for round in 0..2000 {
            let src = format!("Harbor title here\n\n{}", rng.string(PIECES, 300));
            let doc = credence_extract::read(src.as_bytes(), &hint).expect("reads");
            let x = credence_extract::extract(&doc, &hint);
            let lex = if round % 2 == 0 {
                &*crate::lexicons::BUILTIN
            } else {
                &extra
            };
            let cx = Context::new(&doc, &x, &policy, lex);
            let by_lines = hits_by_lines(&cx);
            if let Some(by_words) = hits_by_words(&cx) {
                assert_eq!(by_words, by_lines, "{src:?}");
                fast += 1;
                hits += by_words.len();
            }
        }
        // Most documents take the fast way, and they hold phrases; some join a hyphenated word
        // over a line break and take the slow one.
        assert!(fast > 1500 && fast < 2000 && hits > 5000, "{fast} {hits}");
    }

    #[test]
    fn phrases_found_with_spans() {
        let body = "The decision underscores the importance of the harbor for the region and it is a testament to the work of the union. ".repeat(6);
        let s = run("B001", &format!("Title here\n{body}\n")).expect("fires");
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn abstains_on_french() {
        let body = "Le conseil municipal a voté mardi la fermeture de la bibliothèque, une décision qui a provoqué la colère des habitants du quartier. ".repeat(5);
        assert!(run("B001", &format!("Titre\n{body}\n")).is_none());
    }
}
