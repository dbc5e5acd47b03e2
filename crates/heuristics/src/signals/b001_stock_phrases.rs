//! B001 `stock_phrases`: template phrases of machine-written prose ("a testament to", "plays a
//! crucial role", "underscores"), counted per 1,000 words. Every phrase carries its measured rate
//! in human news and in AI text (`data/lexicons/stock_phrases.tsv`, see its header); phrases that
//! human news uses as often as AI does are shown but score nothing, and the first
//! `human_allowance_per_1k` hits per 1,000 words are what human news reaches anyway.
//! English only: on other languages the signal abstains.

use super::SignalInfo;
use crate::context::Context;
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
                .map(|&k| &cx.lex.stock_phrases[k])
                .filter(|p| {
                    p.tokens.len() <= spans.len() - i
                        && p.tokens
                            .iter()
                            .zip(&spans[i..])
                            .all(|(t, &(a, b))| token_is(&line[a..b], t))
                })
                .max_by_key(|p| p.tokens.len());
            let Some(p) = best else {
                i += 1;
                continue;
            };
            let (start, end) = (spans[i].0, spans[i + p.tokens.len() - 1].1);
            let above_human = (p.ai_per_1k + SMOOTHING) >= min_ratio * (p.human_per_1k + SMOOTHING);
            if above_human {
                scoring_hits += 1;
            } else {
                human_rate_hits += 1;
            }
            let phrase = &line[start..end];
            if evidence.len() < 8 {
                let l = cx.doc.lines[n - 1];
                evidence.push(Evidence {
                    quote: format!(
                        "{phrase}{}",
                        if above_human { "" } else { " (at human rate)" }
                    ),
                    line: Some(n),
                    span: Some((l.start + start, l.start + end)),
                });
            }
            if !seen.contains(&phrase.to_lowercase()) {
                seen.push(phrase.to_lowercase());
            }
            // Matches do not overlap: go on after this one.
            i += p.tokens.len();
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
        format!("{scoring_hits} stock phrase(s) above the human rate in {} words ({per_1k:.1}/1k){}: {}", cx.words.len(), if human_rate_hits > 0 { format!(", {human_rate_hits} at the human rate") } else { String::new() }, seen.iter().take(4).map(|p| format!("\"{p}\"")).collect::<Vec<_>>().join(", ")),
        evidence,
    );
    s.human_rate = Some(format!(
        "human news reaches about {allowance:.1}/1k with this lexicon"
    ));
    Some(s)
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
    use crate::signals::testing::run;

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
