//! B007 `chatbot_leakage`: the text speaks as an AI assistant ("As an AI language model", "I
//! cannot fulfill"). Unattended generation pipelines publish the model's refusals and asides;
//! NewsGuard counts such error messages as a marker of AI content farms.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B007",
    name: "chatbot_leakage",
    axis: Axis::Ai,
    doc: "The text speaks as an AI assistant (\"As an AI language model\"): generated and published unread.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let text = &cx.doc.text;
    let first = first_occurrences(cx.lex, text)?;
    let mut evidence = Vec::new();
    let mut found = Vec::new();
    for (phrase, span) in cx.lex.chatbot.iter().zip(&first) {
        let Some((start, end)) = *span else { continue };
        found.push(phrase.clone());
        let mut e = cx.line_evidence(cx.doc.line_of(start));
        e.quote = text[start..end].to_string();
        e.span = Some((start, end));
        evidence.push(e);
    }
    if found.is_empty() {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        found.len() as f64,
        rule.points(1.0),
        format!("chatbot text: \"{}\"", found[0]),
        evidence,
    ))
}

/// The first occurrence outside quotation marks (`quoted`) of each chatbot phrase (by its index in
/// `lex.chatbot`) in `text`, as `first_occurrences_by_one_search` finds them; `None` when the text
/// holds no phrase at all, quoted or not (most texts).
///
/// The packed searcher's matches over the ASCII-lower-cased text (leftmost-first, each search
/// going on from the last match's end) leave no occurrence of any phrase out of their spans
/// unless it starts inside one of them: a search from a place at or before an occurrence's start
/// finds a match starting there or before, and one starting before either reaches past the
/// occurrence's start or ends before it, where the next search starts. So the occurrences are those
/// of the overlapping search over a window from each match's start to its end plus the longest
/// pattern, starting inside the match. A phrase's first occurrence, the first the automaton
/// reports (in the order they end), is the one that ends first: two occurrences of one phrase,
/// straight and curly, never end at one place. The overlapping search over all of the text after
/// the first occurrence read each byte through the automaton: about 25,000 instructions on each
/// text with a phrase (three in ten of the speed set).
fn first_occurrences(
    lex: &crate::lexicons::Lexicons,
    text: &str,
) -> Option<Vec<Option<(usize, usize)>>> {
    let Some(packed) = &lex.chatbot_any else {
        return first_occurrences_by_one_search(lex, text);
    };
    let lowered = text.to_ascii_lowercase();
    if lex
        .chatbot_anchors
        .as_ref()
        .is_some_and(|anchors| anchors.find(&lowered).is_none())
    {
        return None;
    }
    let mut matches = packed.find_iter(&lowered).peekable();
    matches.peek()?;
    let longest = lex.chatbot_matcher.max_pattern_len();
    let mut first: Vec<Option<(usize, usize)>> = vec![None; lex.chatbot.len()];
    for m in matches {
        let window = m.start()..(m.end() - 1 + longest).min(text.len());
        let input = aho_corasick::Input::new(text).span(window);
        for o in lex.chatbot_matcher.find_overlapping_iter(input) {
            if o.start() >= m.end() {
                continue;
            }
            let k = o.pattern().as_usize() / 2;
            if let Some(slot) = first.get_mut(k) {
                if slot.is_none_or(|(_, end)| o.end() < end) && !quoted(text, o.start()) {
                    *slot = Some((o.start(), o.end()));
                }
            }
        }
    }
    Some(first)
}

/// `first_occurrences` by one overlapping search of the text from the first occurrence of any
/// phrase: the form it had, the path of a phrase list the packed searcher cannot take, and the
/// oracle of its test.
fn first_occurrences_by_one_search(
    lex: &crate::lexicons::Lexicons,
    text: &str,
) -> Option<Vec<Option<(usize, usize)>>> {
    // Most texts hold none: one search that can skip ahead before the overlapping one. It finds
    // the leftmost occurrence of any phrase (the packed searcher's matches are leftmost-first),
    // and the overlapping search starts there: it finds the same occurrences, as none starts
    // before, in the same order (the automaton's state at each place then differs only by text
    // before the first occurrence, which no phrase that ends there reaches back into).
    let from = match &lex.chatbot_any {
        Some(s) => s.find(text.to_ascii_lowercase()).map(|m| m.start()),
        None => lex.chatbot_matcher.is_match(text).then_some(0),
    };
    let from = from?;
    // First occurrence of each phrase; the automaton reports them in the order they end. A
    // phrase inside quotation marks is someone quoting a chatbot (a reporter showing its reply),
    // not the text speaking as one.
    let mut first: Vec<Option<(usize, usize)>> = vec![None; lex.chatbot.len()];
    let input = aho_corasick::Input::new(text).span(from..text.len());
    for m in lex.chatbot_matcher.find_overlapping_iter(input) {
        let k = m.pattern().as_usize() / 2;
        if let Some(slot @ None) = first.get_mut(k) {
            if !quoted(text, m.start()) {
                *slot = Some((m.start(), m.end()));
            }
        }
    }
    Some(first)
}

/// True when byte `at` of `text` is inside a quotation opened earlier in its paragraph: an opening
/// curly or guillemet quote not yet closed, or an odd number of straight double quotes.
fn quoted(text: &str, at: usize) -> bool {
    let para_start = text[..at].rfind("\n\n").map_or(0, |p| p + 2);
    let before = &text[para_start..at];
    let (mut depth, mut german, mut straight) = (0i32, 0i32, 0usize);
    for c in before.chars() {
        match c {
            // German quotes open with "„" and close with "“", the English opening mark.
            '„' => german += 1,
            '“' if german > 0 => german -= 1,
            '“' | '«' => depth += 1,
            '”' | '»' => depth = (depth - 1).max(0),
            '"' => straight += 1,
            _ => {}
        }
    }
    depth > 0 || german > 0 || straight % 2 == 1
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    /// Pieces of random test texts: each chatbot phrase as it is, upper-cased, with a curly
    /// apostrophe, and cut in halves, then `words`.
    fn phrase_pieces(words: &[&str]) -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        for p in &crate::lexicons::BUILTIN.chatbot {
            let cut = p.len() / 2;
            pieces.extend([
                p.clone(),
                p.to_uppercase(),
                p.replace('\'', "’"),
                p[..cut].into(),
                p[cut..].into(),
            ]);
        }
        pieces.extend(words.iter().map(|w| w.to_string()));
        pieces
    }

    /// The packed search over the ASCII-lower-cased text says what the automaton says, on seeded
    /// random texts of the phrases in mixed case, with curly apostrophes, cut in halves, and words.
    #[test]
    fn packed_search_is_the_automaton() {
        let lex = &*crate::lexicons::BUILTIN;
        let pieces = phrase_pieces(&[" ", "x", "É", "The council said ", "\n"]);
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        let mut hits = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.below(6) {
                let p = &pieces[rng.below(pieces.len())];
                // Flip the case of some ASCII letters.
                text.extend(p.chars().map(|c| {
                    if rng.below(4) == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                }));
            }
            let want = lex.chatbot_matcher.is_match(text.as_str());
            hits += usize::from(want);
            // The anchors are found wherever a phrase is.
            let anchored = lex
                .chatbot_anchors
                .as_ref()
                .expect("built")
                .find(text.to_ascii_lowercase())
                .is_some();
            assert!(anchored || !want, "{text:?}");
            let got = lex
                .chatbot_any
                .as_ref()
                .expect("built")
                .find(text.to_ascii_lowercase())
                .is_some();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(hits > 1000, "{hits}");
    }

    /// The overlapping search started at the packed searcher's first occurrence reports what
    /// the search of the whole text reports, in the same order, on seeded random texts of
    /// phrases, their pieces and words.
    #[test]
    fn overlapping_search_from_the_first_occurrence() {
        let lex = &*crate::lexicons::BUILTIN;
        let pieces = phrase_pieces(&["as ", "i ", "sure", "here", " ", "x", "É", "\n"]);
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for _ in 0..20_000 {
            let text: String = (0..rng.below(8))
                .map(|_| pieces[rng.below(pieces.len())].as_str())
                .collect();
            let all: Vec<_> = lex
                .chatbot_matcher
                .find_overlapping_iter(text.as_str())
                .map(|m| (m.pattern(), m.start(), m.end()))
                .collect();
            let packed = lex.chatbot_any.as_ref().expect("built");
            let Some(first) = packed.find(text.to_ascii_lowercase()) else {
                assert!(all.is_empty(), "{text:?}");
                continue;
            };
            found += 1;
            let input = aho_corasick::Input::new(text.as_str()).span(first.start()..text.len());
            let from_first: Vec<_> = lex
                .chatbot_matcher
                .find_overlapping_iter(input)
                .map(|m| (m.pattern(), m.start(), m.end()))
                .collect();
            assert_eq!(from_first, all, "{text:?}");
        }
        assert!(found > 5000, "{found}");
    }

    /// The first occurrences found in the windows around the packed searcher's matches are those
    /// of the overlapping search of the whole text from the first occurrence, on seeded random
    /// texts of phrases, their pieces, quotation marks, paragraphs and words.
    #[test]
    fn first_occurrences_in_windows_as_by_one_search() {
        let lex = &*crate::lexicons::BUILTIN;
        let pieces = phrase_pieces(&[
            "as ",
            "i ",
            "sure",
            "here",
            " ",
            "x",
            "É",
            "\n",
            "\n\n",
            "\"",
            "“",
            "”",
            "„",
            "«",
            "»",
            "The council said ",
        ]);
        let mut rng = crate::Xorshift::seeded(0x5851_f42d_4c95_7f2d);
        let (mut found, mut quoted) = (0, 0);
        for round in 0..30_000 {
            let text: String = (0..rng.below(if round % 10 == 0 { 40 } else { 10 }))
                .map(|_| pieces[rng.below(pieces.len())].as_str())
                .collect();
            let want = super::first_occurrences_by_one_search(lex, &text);
            assert_eq!(super::first_occurrences(lex, &text), want, "{text:?}");
            if let Some(first) = want {
                found += 1;
                quoted += usize::from(first.iter().all(Option::is_none));
            }
        }
        assert!(found > 10_000 && quoted > 300, "{found} {quoted}");
    }

    #[test]
    fn a_chatbot_quoted_by_the_text_is_no_leak() {
        assert!(run(
            "B007",
            "Clerk shows chatbot reply\nOne printout showed the reply: \"As an AI language model, I cannot access county records.\" The clerk laughed.\n"
        )
        .is_none());
        assert!(run(
            "B007",
            "Clerk shows chatbot reply\nThe printout read: “I'm sorry, but I cannot help with that.”\n"
        )
        .is_none());
        // After the quotation closes, the text speaks for itself again.
        assert!(run(
            "B007",
            "Fair opens\nShe said \"fine\". As an AI language model, I cannot browse the web.\n"
        )
        .is_some());
    }

    #[test]
    fn leak_found() {
        let s = run("B007", "County fair opens\nThe fair opens Friday. As an AI language model, I cannot browse the web.\n").expect("fires");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn any_case_and_curly_apostrophes() {
        let text = "Fair opens\nThe fair opens Friday. AS AN AI LANGUAGE MODEL, I can’t browse.\n";
        let s = run("B007", text).expect("fires");
        let e = &s.evidence[0];
        assert_eq!(e.quote, "AS AN AI LANGUAGE MODEL");
        let (a, b) = e.span.expect("span");
        assert_eq!(&text[a..b], "AS AN AI LANGUAGE MODEL");
        assert!(run(
            "B007",
            "Fair opens\nThe fair opens Friday with rides for all.\n"
        )
        .is_none());
    }
}
