//! The text features a sketch is built from: word shingles, content terms, named entities,
//! numbers and quotes. Deterministic hashing (FNV-1a with a splitmix finaliser), so the same text
//! gives the same sketch on every run and machine.

use std::collections::{HashMap, HashSet};

// English function words and news filler (`data/lexicons/stopwords_en.txt`, the set extraction and
// the heuristics read): they carry no content, so they never count as terms or entities.
use credence_extract::lexicon::ENGLISH_FUNCTION_WORDS as STOPWORDS;

/// 64-bit FNV-1a of `bytes`, finalised with splitmix64 so nearby inputs spread over all bits.
pub fn hash64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// splitmix64's finaliser.
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A word of the text with where it stands.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// As written (apostrophes normalised, possessive `'s` removed).
    pub text: &'a str,
    /// Lower-cased.
    pub lower: String,
    /// First in its sentence.
    pub sentence_start: bool,
}

/// Splits text into words: runs of letters and digits (with inner apostrophes and hyphens split
/// off), each marked when it opens a sentence.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start_of_sentence = true;
    let mut i = 0;
    let bytes = text.as_bytes();
    // The first word and byte of the current line, for `mark_heading`.
    let (mut line_start, mut line_begin) = (0, 0);
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            let begin = i;
            let mut end = i;
            for (off, ch) in text[begin..].char_indices() {
                if ch.is_alphanumeric() {
                    end = begin + off + ch.len_utf8();
                } else {
                    break;
                }
            }
            let mut w = &text[begin..end];
            // "Armenia's" / "Armenia’s": the possessive is the same name.
            let rest = &text[end..];
            let mut next = end;
            for apos in ["'s", "’s"] {
                if rest.starts_with(apos)
                    && !rest[apos.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                {
                    next = end + apos.len();
                }
            }
            if w.is_empty() {
                w = &text[begin..begin + c.len_utf8()];
            }
            out.push(Word {
                text: w,
                lower: w.to_lowercase(),
                sentence_start: start_of_sentence,
            });
            start_of_sentence = false;
            i = next.max(begin + 1);
            continue;
        }
        if c == '\n' {
            mark_heading(&mut out[line_start..], &text[line_begin..i]);
            line_start = out.len();
            line_begin = i + 1;
        }
        if matches!(c, '.' | '!' | '?' | '\n' | ':' | '—') {
            // "6.3" and "U.S." do not end sentences: the next byte must not be a letter or digit.
            let next_alnum = bytes
                .get(i + c.len_utf8())
                .is_some_and(|b| b.is_ascii_alphanumeric());
            if !next_alnum {
                start_of_sentence = true;
            }
        }
        i += c.len_utf8();
    }
    let end = out.len();
    mark_heading(
        &mut out[line_start..end],
        &text[line_begin.min(text.len())..],
    );
    out
}

/// A line set in title case ("Concerns From Local Businesses", "Title: Council Approves Car
/// Ban"): a headline or subheading, whose capitals mark its style, not names. Its words are
/// marked as opening a sentence, so that they count as names only where the text also
/// capitalises them inside a sentence (see [`entities_first`]). A line of at least two words,
/// every word of letters capitalised but function words, not ending a sentence; one word ending
/// with a full stop, question mark or quotation mark reads as a sentence and is left alone.
fn mark_heading(line_words: &mut [Word<'_>], line: &str) {
    if line_words.len() < 2
        || line
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}', ','])
    {
        return;
    }
    let title_case = line_words.iter().all(|w| {
        !w.text.chars().next().is_some_and(char::is_alphabetic)
            || w.text.chars().next().is_some_and(char::is_uppercase)
            || STOPWORDS.contains(w.lower.as_str())
    });
    if title_case {
        for w in line_words {
            w.sentence_start = true;
        }
    }
}

/// Hashes of the word `n`-grams (lower-cased words, punctuation ignored), deduplicated.
pub fn shingles(words: &[Word<'_>], n: usize) -> Vec<u64> {
    let mut set: HashSet<u64> = HashSet::new();
    if words.len() < n {
        if !words.is_empty() {
            let joined: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
            set.insert(hash64(joined.join(" ").as_bytes()));
        }
    } else {
        let mut buf = String::new();
        for win in words.windows(n) {
            buf.clear();
            for w in win {
                buf.push_str(&w.lower);
                buf.push(' ');
            }
            set.insert(hash64(buf.as_bytes()));
        }
    }
    let mut v: Vec<u64> = set.into_iter().collect();
    v.sort_unstable();
    v
}

/// Hashes of the word `n`-grams, as [`shingles`], each with the index of the first word of its
/// first occurrence; sorted by hash.
pub fn shingles_first(words: &[Word<'_>], n: usize) -> Vec<(u64, usize)> {
    let mut first: HashMap<u64, usize> = HashMap::new();
    if words.len() < n {
        if !words.is_empty() {
            let joined: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
            first.insert(hash64(joined.join(" ").as_bytes()), 0);
        }
    } else {
        let mut buf = String::new();
        for (i, win) in words.windows(n).enumerate() {
            buf.clear();
            for w in win {
                buf.push_str(&w.lower);
                buf.push(' ');
            }
            first.entry(hash64(buf.as_bytes())).or_insert(i);
        }
    }
    let mut v: Vec<(u64, usize)> = first.into_iter().collect();
    v.sort_unstable();
    v
}

/// A content word's stem: lower-cased, a plural `s` removed ("cranes" and "crane" match).
fn stem(lower: &str) -> &str {
    if lower.len() > 4 && lower.ends_with('s') && !lower.ends_with("ss") {
        &lower[..lower.len() - 1]
    } else {
        lower
    }
}

/// Content terms with their counts: stems of alphabetic words of 3+ letters that are not
/// function words.
pub fn term_counts(words: &[Word<'_>]) -> HashMap<u32, u32> {
    term_counts_first(words)
        .into_iter()
        .map(|(t, (c, _))| (t, c))
        .collect()
}

/// [`term_counts`], each term with the index of the word where it first occurs.
pub fn term_counts_first(words: &[Word<'_>]) -> HashMap<u32, (u32, usize)> {
    let mut tf: HashMap<u32, (u32, usize)> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.lower.chars().count() < 3
            || !w.lower.chars().all(char::is_alphabetic)
            || STOPWORDS.contains(w.lower.as_str())
        {
            continue;
        }
        tf.entry(hash64(stem(&w.lower).as_bytes()) as u32)
            .or_insert((0, i))
            .0 += 1;
    }
    tf
}

/// Named entities, as hashes of lower-cased capitalised words. A capitalised word opening a
/// sentence counts only when the text also capitalises it mid-sentence ("Despite" does not,
/// "Armenia" does). Function words and all-caps words of one letter never count.
pub fn entities(words: &[Word<'_>]) -> HashSet<u32> {
    entities_first(words).into_keys().collect()
}

/// [`entities`], each with the index of the word where it first occurs.
pub fn entities_first(words: &[Word<'_>]) -> HashMap<u32, usize> {
    let capitalised = |w: &Word<'_>| {
        w.text.chars().next().is_some_and(char::is_uppercase)
            && w.text.chars().count() > 1
            && !STOPWORDS.contains(w.lower.as_str())
    };
    let mid: HashSet<&str> = words
        .iter()
        .filter(|w| !w.sentence_start && capitalised(w))
        .map(|w| w.lower.as_str())
        .collect();
    let mut out: HashMap<u32, usize> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if capitalised(w) && (!w.sentence_start || mid.contains(w.lower.as_str())) {
            out.entry(hash64(stem(&w.lower).as_bytes()) as u32)
                .or_insert(i);
        }
    }
    out
}

/// Numbers written in the text ("27", "6.3", "2,000" as 2000, "$310" as 310), as hashes.
/// Single digits are left out: "one of 3" is not a fact worth matching.
pub fn numbers(text: &str) -> HashSet<u32> {
    let mut out = HashSet::new();
    for_each_number(text, |n| {
        out.insert(n);
    });
    out
}

/// Calls `f` with the hash of every number [`numbers`] finds, in text order (repeats included).
pub fn for_each_number(text: &str, mut f: impl FnMut(u32)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let mut digits = String::new();
            let mut j = i;
            while j < b.len() {
                if b[j].is_ascii_digit() {
                    digits.push(b[j] as char);
                } else if matches!(b[j], b',' | b'.')
                    && b.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    if b[j] == b'.' {
                        digits.push('.');
                    }
                } else {
                    break;
                }
                j += 1;
            }
            if digits.len() > 1 {
                f(hash64(digits.as_bytes()) as u32);
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Direct quotations of four or more words, as hashes of their first five lower-cased words (a
/// quote split by a converter's broken quote marks still matches on its opening).
pub fn quotes(text: &str) -> HashSet<u32> {
    let mut out = HashSet::new();
    for para in text.split('\n') {
        for_each_quote(para, |q| {
            out.insert(q);
        });
    }
    out
}

/// Calls `f` with the hash of every quotation [`quotes`] finds in one paragraph, in order.
pub fn for_each_quote(para: &str, mut f: impl FnMut(u32)) {
    {
        let mut rest = para;
        while let Some(open) = rest.find(['"', '“']) {
            let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
            let Some(close) = after.find(['"', '”']) else {
                break;
            };
            let inner = &after[..close];
            let ws = words(inner);
            if ws.len() >= 4 {
                let head: Vec<&str> = ws.iter().take(5).map(|w| w.lower.as_str()).collect();
                f(hash64(head.join(" ").as_bytes()) as u32);
            }
            rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_mark_sentences_and_drop_possessives() {
        let w = words("Armenia’s leader met Putin. Despite talks, Armenia left. It was 6.3 km.");
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts[0], "Armenia");
        assert!(w[0].sentence_start && w[4].sentence_start && !w[5].sentence_start);
        let e = entities(&w);
        assert!(e.contains(&(hash64(b"armenia") as u32)));
        assert!(e.contains(&(hash64(b"putin") as u32)));
        assert!(!e.contains(&(hash64(b"despite") as u32)));
    }

    fn names(text: &str) -> HashSet<u32> {
        entities(&words(text))
    }

    fn name(word: &str) -> u32 {
        hash64(stem(word).as_bytes()) as u32
    }

    #[test]
    fn title_case_heading_lines_are_not_names() {
        let e = names(
            "Harbour Board Backs New Ferry Pier For Quillan\n\nWhat Islanders Need to Know\n\n\
             The harbour board in Quillan voted on Tuesday to build a pier, chair Odile Farrant said.",
        );
        for word in [
            "harbour",
            "board",
            "backs",
            "ferry",
            "pier",
            "islanders",
            "need",
            "know",
        ] {
            assert!(!e.contains(&name(word)), "{word} is a heading's style");
        }
        // Capitalised inside a sentence too: a name, wherever else it stands.
        for word in ["quillan", "odile", "farrant"] {
            assert!(e.contains(&name(word)), "{word} is a name");
        }
    }

    #[test]
    fn a_line_ending_a_sentence_or_holding_lower_case_words_is_no_heading() {
        // "Ask Vell." reads as a sentence, "Ask Vell" as a heading.
        assert!(names("Ask Vell.\n").contains(&name("vell")));
        assert!(!names("Ask Vell\n").contains(&name("vell")));
        // A line with a lower-case content word is running text, whatever its capitals.
        let e = names("Mayor Odile Farrant opened Kestle Bridge\n");
        for word in ["odile", "farrant", "kestle", "bridge"] {
            assert!(e.contains(&name(word)), "{word}");
        }
        // One capitalised word on its own line is left to the sentence rule.
        assert!(names("Notes\nWe met Vell there.").contains(&name("vell")));
    }

    #[test]
    fn numbers_are_normalised() {
        let n = numbers("About 2,000 people; $310 million; magnitude 6.3; 1 of 3.");
        assert!(n.contains(&(hash64(b"2000") as u32)));
        assert!(n.contains(&(hash64(b"310") as u32)));
        assert!(n.contains(&(hash64(b"6.3") as u32)));
        assert_eq!(n.len(), 3);
    }

    #[test]
    fn quotes_match_on_their_opening() {
        let a = quotes("He said: \"The harbor will reopen before the spring tides.\"");
        // A converter's stray apostrophe before the opening quote (body text joins the wraps).
        let b = quotes("He said: '\"The harbor will reopen before the spring tides.\"");
        assert_eq!(a.len(), 1);
        assert_eq!(a, b);
    }

    #[test]
    fn shingles_ignore_punctuation_and_case() {
        let a = shingles(&words("The port, they said, was closed on Monday."), 3);
        let b = shingles(&words("the port they said was closed on monday"), 3);
        assert_eq!(a, b);
    }
}
