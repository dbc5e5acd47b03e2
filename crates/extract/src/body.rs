//! The article text: the lines no block claimed, hard-wrapped lines joined back into paragraphs,
//! and the artefacts a conversion left (wraps, hyphenation, mismatched quotes).

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Artefacts, Document, Format};

/// One character of Unicode `\w` (the regex crate's word class), for characters outside ASCII.
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\w\z").expect("valid regex"));

/// A character of `\w` as the regex crate has it: `[0-9A-Za-z_]` in ASCII.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        WORD_CHAR.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// Mismatched quotes in `text`: the matches that `'"|"'|"\w[^"'\n]{0,200}?\w'(?:\s|$|[.,;])`
/// finds one after another, counted without that regex (its 200 bounded copies of a Unicode class
/// cost 13M instructions to compile in every process).
///
/// The three alternatives cannot match at one position together (the first opens with `'`, the
/// second has `'` after `"`, the third a word character), so the leftmost match is the first
/// position where one matches. In the third, no character between the opening `"` and word
/// character and the closing `'` may be `"`, `'` or a line break, so the closing `'` is the first
/// of those three after them: it matches when that one is `'`, 1 to 201 characters follow the
/// first word character up to it, the last of them a word character, and after the `'` comes
/// white space (taken into the match), one of `.,;` (taken too) or the text's end.
fn mismatched_quotes(text: &str) -> usize {
    let mut count = 0;
    let mut i = 0;
    while let Some(at) = memchr::memchr2(b'"', b'\'', &text.as_bytes()[i..]) {
        i += at;
        let rest = &text[i..];
        if rest.starts_with("'\"") || rest.starts_with("\"'") {
            count += 1;
            i += 2;
            continue;
        }
        if let Some(end) = rest.strip_prefix('"').and_then(quoted_word_end) {
            count += 1;
            i += 1 + end;
            continue;
        }
        i += 1;
    }
    count
}

/// For `s` after an opening `"`: the length of `\w[^"'\n]{0,200}?\w'(?:\s|$|[.,;])` matched at its
/// start, if it matches (see [`mismatched_quotes`]).
fn quoted_word_end(s: &str) -> Option<usize> {
    let first = s.chars().next().filter(|&c| is_word_char(c))?;
    let inner = &s[first.len_utf8()..];
    let q = inner.find(['"', '\'', '\n'])?;
    let run = &inner[..q];
    if !inner[q..].starts_with('\'') || run.chars().count() > 201 {
        return None;
    }
    if !run.chars().next_back().is_some_and(is_word_char) {
        return None;
    }
    let after = &inner[q + 1..];
    let tail = match after.chars().next() {
        None => 0,
        Some(c) if c.is_whitespace() || matches!(c, '.' | ',' | ';') => c.len_utf8(),
        Some(_) => return None,
    };
    Some(first.len_utf8() + q + 1 + tail)
}

/// Ends a sentence or a paragraph: a line ending so was not wrapped.
fn ends_paragraph(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    t.ends_with(['.', '!', '?', ':', ';', '…']) || t.is_empty()
}

/// A list item's line ("- 4.5% from January", "• Wages", "2. Schedules"): it starts a line of
/// its own and is finished without a full stop, in a converted copy or not.
fn list_item(line: &str) -> bool {
    let t = line.trim_start();
    if ["- ", "* ", "• ", "– "].iter().any(|b| t.starts_with(b)) {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// A document whose non-blank lines are often left unfinished at a similar length was
/// hard-wrapped by a converter: join its paragraphs back. List items, unfinished by nature, are
/// not counted.
fn is_hard_wrapped(doc: &Document, lines: &[usize]) -> bool {
    if doc.format == Format::Html {
        return false;
    }
    let long: Vec<&str> = lines
        .iter()
        .map(|&n| doc.line(n))
        .filter(|l| l.trim().len() >= 40 && !list_item(l))
        .collect();
    if long.len() < 4 {
        return false;
    }
    let unfinished = long.iter().filter(|l| !ends_paragraph(l)).count();
    unfinished * 10 >= long.len() * 3
}

/// The article text (one paragraph a line), its line numbers and its artefacts. The paragraphs
/// are written into the text as they grow (`current` is the text from `from` on), not each
/// into a string of its own joined at the end: a string a paragraph, its regrowth and the
/// join's copy were about 3K instructions a plain-text document.
pub fn assemble(doc: &Document, body_lines: &[usize]) -> (String, Artefacts) {
    let mut artefacts = Artefacts::default();
    let wrapped = is_hard_wrapped(doc, body_lines);
    let mut text = String::new();
    // Where the paragraph under way starts in `text`; it is empty when `from == text.len()`.
    let mut from = 0;
    let mut prev: Option<usize> = None;
    for &n in body_lines {
        let line = doc.line(n).trim();
        let adjacent = prev.is_some_and(|p| p + 1 == n);
        if line.is_empty() {
            // The paragraph under way, if any, ends here: the next one starts after a break.
            if text.len() > from {
                text.push('\n');
                from = text.len();
            }
            prev = Some(n);
            continue;
        }
        let current = &text[from..];
        let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        // In hard-wrapped text, blank lines separate paragraphs and every other break is a wrap;
        // otherwise a line is a paragraph unless it stops mid-sentence before a lower-case word.
        // A list item starts a line of its own, wrapped text or not.
        let join = !current.is_empty()
            && adjacent
            && !list_item(line)
            && (wrapped || (!ends_paragraph(current) && next_starts_lower));
        if join {
            artefacts.wrapped_lines += 1;
            if current.ends_with('-')
                && next_starts_lower
                && current
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(char::is_alphabetic)
            {
                text.pop();
                artefacts.hyphen_joins += 1;
            } else {
                text.push(' ');
            }
            text.push_str(line);
        } else {
            if !current.is_empty() {
                text.push('\n');
                from = text.len();
            }
            text.push_str(line);
        }
        prev = Some(n);
    }
    // A break opened after the last paragraph, with none after it, is no separator.
    if text.len() == from && text.ends_with('\n') {
        text.pop();
    }
    artefacts.mismatched_quotes = mismatched_quotes(&text);
    (text, artefacts)
}

/// Words in a text: white-space separated tokens holding a letter or digit. Chinese and
/// Japanese are written without spaces between words, so there each Han, Hiragana or Katakana
/// character counts as one word, the convention of word processors (a 200-character article
/// is 200 words, not the 3 to 8 of its spaces); a token mixing them with other letters or
/// digits ("2026年11月") counts its CJK characters and one word for the rest. Korean Hangul is
/// written with spaces and counts by them. See `is_cjk`.
pub fn count_words(text: &str) -> usize {
    count_words_upto(text, usize::MAX)
}

/// `count_words(text).min(limit)`, stopping at the block where the count reaches `limit`.
///
/// A word starts at a letter or digit with no letter or digit since the last white space (as
/// `char::is_whitespace` has it) or the text's start, the state `armed` carries from character to
/// character; a Han or kana character is a word of its own and leaves that state as it is (see
/// [`is_cjk`]).
///
/// The text is read in blocks of 64 bytes. In a block of ASCII (most of a page's text) where no
/// punctuation follows white space, every piece opens with a letter or digit, so its words are the
/// letters and digits right after white space: pairs of bytes, counted without branches in a form
/// the compiler vectorises. Other blocks are read a character at a time. The walk of a piece at a
/// time before this cost about 13 instructions a byte of article text, on every document.
pub(crate) fn count_words_upto(text: &str, limit: usize) -> usize {
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let (mut n, mut i) = (0usize, 0usize);
    let mut armed = true;
    while i < bytes.len() && n < limit {
        let end = (i + BLOCK).min(bytes.len());
        // A whole block of ASCII (the text's last bytes, under 64, are read by characters).
        if let Some(block) = <&[u8; BLOCK]>::try_from(&bytes[i..end])
            .ok()
            .filter(|b| b.is_ascii())
        {
            if let Some((starts, armed_after)) = ascii_block_words(block, armed) {
                n += usize::from(starts);
                armed = armed_after;
                i = end;
                continue;
            }
        }
        // Characters up to the block's end (the last may run past it).
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                match ASCII_CLASS[usize::from(b)] {
                    WHITE => armed = true,
                    ALNUM => {
                        n += usize::from(armed);
                        armed = false;
                    }
                    _ => {}
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8();
                if c.is_whitespace() {
                    armed = true;
                } else if c.is_alphanumeric() {
                    // A CJK character starts with a byte from 0xE3 (U+3040 on): the byte is
                    // tested before the character is asked.
                    if b >= 0xE3 && is_cjk(c) {
                        n += 1;
                    } else {
                        n += usize::from(armed);
                        armed = false;
                    }
                }
            }
        }
    }
    n.min(limit)
}

/// The words starting in a block of ASCII and the state after it (see [`count_words_upto`]),
/// or `None` when two punctuation bytes stand right before a letter or digit, or end the block
/// ("(\"We"): the state there is that of a byte further back, which this does not read. One
/// punctuation byte is looked through ("\"We", "(AP)"): the state after it is the state after
/// the byte before it, white space arming it and a letter or digit disarming it. Before the
/// block stands a byte of the state it starts in (white space when armed, a letter when not).
/// Fixed-length loops over bytes as 0 or 1, without early exits, which the compiler vectorises.
/// (Falling back on every block with punctuation after white space sent a sixth of the
/// blocks of news text to the walk a character at a time.)
fn ascii_block_words(block: &[u8; 64], armed: bool) -> Option<(u8, bool)> {
    // white[k + 2], other[k + 2]: block[k] is white space, punctuation (neither white space nor
    // a letter or digit); [1] is the byte before the block, [0] one that is never read as
    // either.
    let mut white = [0u8; 66];
    let mut other = [0u8; 66];
    white[1] = u8::from(armed);
    for k in 0..64 {
        let b = block[k];
        let w = u8::from(matches!(b, b' ' | b'\t'..=b'\r'));
        white[k + 2] = w;
        other[k + 2] = u8::from(!b.is_ascii_alphanumeric()) & !w & 1;
    }
    // At most 64 starts: a `u8`.
    let (mut starts, mut too_deep) = (0u8, 0u8);
    for k in 0..64 {
        let alnum = !(white[k + 2] | other[k + 2]) & 1;
        // The state before block[k]: white space before it, or punctuation after white space.
        let armed_here = white[k + 1] | (other[k + 1] & white[k]);
        starts += alnum & armed_here;
        too_deep |= alnum & other[k + 1] & other[k];
    }
    too_deep |= other[65] & other[64];
    let armed_after = white[65] | (other[65] & white[64]);
    (too_deep == 0).then_some((starts, armed_after == 1))
}

/// A character of the main Chinese, Japanese or Korean blocks: kana, Han (the basic block and
/// extension A) or Hangul syllables. Width and label tests use it (a title's site segment, a date
/// label that needs no word edges); word counts use [`is_cjk`], which leaves Hangul out.
pub(crate) fn is_cjk_or_hangul(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// A Han (CJK ideographs and their extensions and compatibility forms), Hiragana or Katakana
/// character (full and half width): the scripts written without spaces between words. Hangul
/// is not one.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'     // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'   // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // Han extension A
        | '\u{4E00}'..='\u{9FFF}'   // Han
        | '\u{F900}'..='\u{FAFF}'   // Han compatibility
        | '\u{FF66}'..='\u{FF9F}'   // half-width Katakana
        | '\u{20000}'..='\u{2FA1F}' // Han extensions B-F, compatibility supplement
    ) && c.is_alphanumeric()
}

/// Words of a line for the tests that tell a short metadata line from prose (a date line, a
/// label's lead): its white-space tokens (`alnum_only`: those holding a letter or digit), but a
/// token holding Han or kana characters counts one word for every two of them, the average
/// length of a Chinese or Japanese word (these scripts write a whole paragraph without a space,
/// which would otherwise be one "word" and pass any short-line test; one word a character made
/// an outlet's name in a Japanese byline line too long for one). A line without a byte from 0xE3
/// (every ASCII and European line) is only split.
pub(crate) fn line_words(s: &str, alnum_only: bool) -> usize {
    let tokens = s
        .split_whitespace()
        .filter(|w| !alnum_only || w.chars().any(char::is_alphanumeric));
    if !s.bytes().any(|b| b >= 0xE3) {
        return tokens.count();
    }
    tokens
        .map(|w| {
            if w.bytes().any(|b| b >= 0xE3) {
                let (cjk, other) = w.chars().fold((0usize, false), |(cjk, other), c| {
                    if is_cjk(c) {
                        (cjk + 1, other)
                    } else {
                        (cjk, other || c.is_alphanumeric())
                    }
                });
                (cjk.div_ceil(2) + usize::from(other)).max(1)
            } else {
                1
            }
        })
        .sum()
}

const OTHER: u8 = 0;
const WHITE: u8 = 1;
const ALNUM: u8 = 2;

/// The class of each ASCII byte for `count_words_upto`.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\t'..=b'\r') {
            t[b] = WHITE;
        } else if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        }
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_hard_wraps_and_hyphens() {
        let src = "The port authority said on Thursday that it would close the bridge to all\ntraffic while engineers inspect the damaged supports, a process that regu-\nlators expect to take weeks.\n\nA second paragraph starts here and runs on past the wrapping column so\nthat it wraps as well.";
        let d = crate::text::parse(src, "UTF-8", vec![]);
        let lines: Vec<usize> = (1..=d.lines.len()).collect();
        let (text, a) = assemble(&d, &lines);
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.contains("regulators expect"));
        assert_eq!(a.hyphen_joins, 1);
        assert_eq!(a.wrapped_lines, 3);
    }

    /// Lists of unpunctuated items are no hard wrap: the items stay lines of their own.
    #[test]
    fn list_items_are_no_wrapped_lines() {
        let src = "The committee reached a tentative agreement after eleven months of talks.\n\nWages\n- 4.5% general increase effective January 1, 2027\n- 3.75% effective January 1, 2028 for every grade\n- Progression to the top rate shortened to 36 months\n\nSafety\n1. No split shift longer than 13 hours from sign-on\n2. Full operator barriers on every bus by the end of 2027\n";
        let d = crate::text::parse(src, "UTF-8", vec![]);
        let lines: Vec<usize> = (1..=d.lines.len()).collect();
        let (text, a) = assemble(&d, &lines);
        assert_eq!(a.wrapped_lines, 0, "{text}");
        assert!(text.contains("\n- 3.75% effective"), "{text}");
    }

    #[test]
    fn one_paragraph_a_line_stays() {
        let src = "First paragraph ends here.\nSecond paragraph ends too.\n\"A quote,\" she said.";
        let d = crate::text::parse(src, "UTF-8", vec![]);
        let (text, a) = assemble(&d, &[1, 2, 3]);
        assert_eq!(text.lines().count(), 3);
        assert_eq!(a.wrapped_lines, 0);
        assert!(super::list_item(
            "- 4.5% general increase effective January 1, 2027"
        ));
        assert!(super::list_item("12. Top operator rate"));
        assert!(!super::list_item("-5 degrees overnight"));
        assert!(!super::list_item("2026 was a hard year"));
    }

    /// `assemble` as it was, each paragraph a string of its own, joined at the end: the oracle
    /// for the text written in place.
    fn assemble_by_paragraphs(doc: &Document, body_lines: &[usize]) -> (String, Artefacts) {
        let mut artefacts = Artefacts::default();
        let wrapped = is_hard_wrapped(doc, body_lines);
        let mut paragraphs: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut prev: Option<usize> = None;
        for &n in body_lines {
            let line = doc.line(n).trim();
            let adjacent = prev.is_some_and(|p| p + 1 == n);
            if line.is_empty() {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
                prev = Some(n);
                continue;
            }
            let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
            let join = !current.is_empty()
                && adjacent
                && !list_item(line)
                && (wrapped || (!ends_paragraph(&current) && next_starts_lower));
            if join {
                artefacts.wrapped_lines += 1;
                if current.ends_with('-')
                    && next_starts_lower
                    && current
                        .chars()
                        .rev()
                        .nth(1)
                        .is_some_and(char::is_alphabetic)
                {
                    current.pop();
                    artefacts.hyphen_joins += 1;
                } else {
                    current.push(' ');
                }
                current.push_str(line);
            } else {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
                current.push_str(line);
            }
            prev = Some(n);
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
        let text = paragraphs.join("\n");
        artefacts.mismatched_quotes = mismatched_quotes(&text);
        (text, artefacts)
    }

    /// The text written in place is the paragraphs joined, with the same artefacts, on seeded
    /// random documents of blank, short, long, hyphenated, lower-case and finished lines, read
    /// whole, with lines left out, and from the middle.
    #[test]
    fn assembled_in_place_as_joined_paragraphs() {
        let pieces = [
            "The port authority said ",
            "the bridge will close ",
            "regu-",
            "x-",
            "- ",
            "done.",
            "“Quoted,” she said. ",
            "wait:",
            "\n",
            "\n",
            "\n\n",
            "  \n",
            "é ",
            "\t",
            "and then ",
            "Ends?",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..5_000 {
            let src = rng.string(&pieces, 60);
            let d = crate::text::parse(&src, "UTF-8", vec![]);
            let all: Vec<usize> = (1..=d.lines.len()).collect();
            let some: Vec<usize> = all.iter().copied().filter(|n| n % 3 != 0).collect();
            let middle: Vec<usize> = all.iter().copied().skip(2).collect();
            for lines in [&all, &some, &middle] {
                let (text, a) = assemble(&d, lines);
                let (by_paragraphs, b) = assemble_by_paragraphs(&d, lines);
                assert_eq!(text, by_paragraphs, "{src:?} {lines:?}");
                assert_eq!(a, b, "{src:?}");
            }
        }
    }

    /// `count_words_upto` as it was before it read a word's bytes in a loop of their own: one
    /// loop over the bytes, each tested for white space and for a letter or digit.
    fn count_words_upto_by_classes(text: &str, limit: usize) -> usize {
        let mut n = 0;
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut i = 0;
        // Runs: white space, then a piece up to the next white space (a word when it holds a letter
        // or digit). ASCII by a table lookup a byte (white space as `char::is_whitespace` has it:
        // space, \t to \r); other characters decoded.
        while i < len {
            let b = bytes[i];
            if b < 0x80 {
                if ASCII_CLASS[b as usize] == WHITE {
                    i += 1;
                    continue;
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
            }
            let mut has_alnum = false;
            while i < len {
                let b = bytes[i];
                if b < 0x80 {
                    match ASCII_CLASS[b as usize] {
                        WHITE => break,
                        ALNUM => has_alnum = true,
                        _ => {}
                    }
                    i += 1;
                } else {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if c.is_whitespace() {
                        break;
                    }
                    has_alnum |= c.is_alphanumeric();
                    i += c.len_utf8();
                }
            }
            if has_alnum {
                n += 1;
                if n >= limit {
                    return n;
                }
            }
        }
        n
    }

    #[test]
    fn word_count_by_bytes_agrees_with_chars() {
        // The old form: every character decoded.
        fn by_chars(text: &str, limit: usize) -> usize {
            let mut n = 0;
            let mut has_alnum = false;
            for c in text.chars() {
                if c.is_whitespace() {
                    if has_alnum {
                        n += 1;
                        if n >= limit {
                            return n;
                        }
                    }
                    has_alnum = false;
                } else if !has_alnum && c.is_alphanumeric() {
                    has_alnum = true;
                }
            }
            n + usize::from(has_alnum)
        }
        let pieces = [
            "a", "Z", "9", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}",
            "\u{2003}", "\u{3000}", "é", "ß", "ж", "٣", "-", "—", "'", ".", "\u{200b}", "\u{7f}",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..5000 {
            let s = rng.string(&pieces, 30);
            for limit in [1, 3, 20, usize::MAX] {
                assert_eq!(count_words_upto(&s, limit), by_chars(&s, limit), "{s:?}");
            }
        }
        // Against the one-loop byte walk it replaced, on longer texts of word-like pieces.
        let words = [
            "harbor",
            "Port",
            "42",
            "x-ray",
            "don't",
            "“quoted”",
            "(see",
            "...",
            "—",
            "é",
            "жук",
            "a\u{a0}b",
            "--",
            "'",
            "\u{2003}",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{85}",
            "_",
            "\u{7f}",
        ];
        for _ in 0..20_000 {
            let s = rng.string(&words, 60);
            for limit in [1, 2, 7, 20, usize::MAX] {
                assert_eq!(
                    count_words_upto(&s, limit),
                    count_words_upto_by_classes(&s, limit),
                    "{s:?}"
                );
            }
        }
    }

    /// Chinese and Japanese count a word a Han or kana character; a mixed token its CJK
    /// characters and one for the rest; Hangul, punctuation and spaced scripts by white space.
    /// The word count by `split_whitespace`, each CJK character a word of its own: the oracle
    /// of `count_words_upto`'s tests.
    fn words_oracle(s: &str, limit: usize) -> usize {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| {
                let cjk = w.chars().filter(|&c| is_cjk(c)).count();
                cjk + usize::from(w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)))
            })
            .sum::<usize>()
            .min(limit)
    }

    #[test]
    fn cjk_characters_count_as_words() {
        assert_eq!(count_words("柳川市议会周一批准了新桥的建设。"), 15);
        assert_eq!(count_words("新しい橋の建設が始まった"), 12);
        assert_eq!(count_words("2026年11月21日 10:20"), 5);
        assert_eq!(count_words("새 다리 건설이 시작됐다"), 4);
        assert_eq!(count_words("The bridge, 新桥, opens"), 5);
        assert_eq!(count_words_upto("柳川市议会周一批准了新桥的建设", 5), 5);
        let pieces = [
            "a",
            "9",
            " ",
            "\n",
            "\u{3000}",
            "é",
            "日",
            "本",
            "の",
            "カ",
            "ｶ",
            "。",
            "・",
            "ー",
            "한",
            "\u{20000}",
            "\u{2FA1F}",
            "\u{2FA20}",
            "\u{E000}",
            "﹏",
            "-",
            "\u{a0}",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 40);
            for limit in [1, 3, 20, usize::MAX] {
                assert_eq!(
                    count_words_upto(&s, limit),
                    words_oracle(&s, limit),
                    "{s:?}"
                );
            }
        }
    }

    /// The blocks of 64 bytes: long texts, mostly of ASCII words, with quotes and brackets
    /// opening pieces, runs of punctuation, white space of other scripts and CJK, against the
    /// counts of `split_whitespace`.
    #[test]
    fn word_count_over_blocks_as_split_whitespace() {
        let pieces = [
            "the ", "harbour ", "Council", " ", " ", "\n", "\n\n", "\t", "\"", "'", "(", ")", ",",
            ".", "-", "--", "...", "42", "2026", "é", "’", "“", "—", "\u{a0}", "\u{3000}", "日",
            "の", "한", "\u{85}", "\u{1c}", "_", "~",
        ];
        let ascii: Vec<&str> = pieces.iter().copied().filter(|p| p.is_ascii()).collect();
        let mut rng = crate::Xorshift::new();
        for k in 0..6_000 {
            let s = if k % 2 == 0 {
                rng.string(&ascii, 400)
            } else {
                rng.string(&pieces, 400)
            };
            for limit in [1, 20, 63, 64, 65, 200, usize::MAX] {
                assert_eq!(
                    count_words_upto(&s, limit),
                    words_oracle(&s, limit),
                    "{s:?}"
                );
            }
        }
    }

    /// `mismatched_quotes` against the regex it replaced, on seeded random texts of quotes, word
    /// characters (marks and `_` too), white space, line breaks and long runs near the
    /// 200-character bound.
    #[test]
    fn mismatched_quotes_as_the_regex() {
        let regex = Regex::new(r#"'"|"'|"\w[^"'\n]{0,200}?\w'(?:\s|$|[.,;])"#).unwrap();
        let pieces = [
            "\"",
            "'",
            "a",
            "Z",
            "_",
            "9",
            "é",
            "\u{301}",
            "٣",
            " ",
            "\n",
            "\u{a0}",
            ".",
            ",",
            ";",
            "-",
            "!",
            "“",
            "’",
            &"x".repeat(50),
            &"é".repeat(49),
        ];
        let mut rng = crate::Xorshift::new();
        let mut some = 0;
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 14);
            let want = regex.find_iter(&s).count();
            some += usize::from(want > 0);
            assert_eq!(mismatched_quotes(&s), want, "{s:?}");
        }
        assert!(some > 300, "{some}");
    }

    #[test]
    fn mismatched_quotes_counted() {
        let d = crate::text::parse(
            "He said: '\"We can wait.\"\nShe called it \"unfair' and left.",
            "UTF-8",
            vec![],
        );
        let (_, a) = assemble(&d, &[1, 2]);
        assert_eq!(a.mismatched_quotes, 2);
    }
}
