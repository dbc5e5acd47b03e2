//! Measurements of article text used by the style signals: tokens, sentences, burstiness,
//! lexical diversity, quotes, repetition. All rates are per word or per sentence so that they
//! transfer across lengths.

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::sync::LazyLock;

use foldhash::HashMap;

use regex::Regex;

#[cfg(test)]
use credence_extract::TokenKind;
use credence_extract::{token_spans_flagged, Tokens};

/// A word token with its byte span in the string it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Lower-cased token text (curly apostrophes made straight).
    pub text: String,
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
}

/// Tokenises as `scripts/measure_stock_phrases.py` does, so the measured phrase rates apply: a
/// token is a run of letters and digits, keeping an apostrophe only between two of them; hyphens
/// and other punctuation split tokens.
pub fn tokens(s: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(s.len() / 6);
    token_spans(s, |start, end| {
        out.push(Token {
            text: normalise_token(&s[start..end]),
            start,
            end,
        })
    });
    out
}

/// The lower-cased tokens of a text (`tokens` without the spans), as pieces of one buffer: one
/// allocation for an article's words instead of one per word, which with their frees was a
/// tenth of plain-text scoring. The buffer is the text ASCII-lower-cased as a whole (one pass
/// the compiler vectorises), an ASCII token being its own piece of it, followed by the
/// normalised forms of the tokens outside ASCII (`normalise_token` may change their length).
/// Copying each token lower-cased byte by byte cost about 17 instructions a byte.
#[derive(Debug, Clone, Default)]
pub struct Words<'t> {
    text: String,
    /// Each token's piece of `text`; empty while every token is ASCII, each then being its own
    /// piece at its raw span (`spans()`): most texts are, and a second vector pushed a token
    /// was a tenth of the walk.
    spans: Vec<(usize, usize)>,
    /// Each token's span in the string it was read from (B001 maps them back to the lines).
    raw: Cow<'t, [(usize, usize)]>,
    /// Whether each token holds an ASCII digit (`specifics_per_100_words`).
    digit: Cow<'t, [bool]>,
    /// The number of tokens all of whose characters are letters, and their length in
    /// characters (`mean_word_length`).
    alphabetic: (usize, usize),
}

impl Words<'static> {
    /// The tokens of `s`, as `tokens(s)` gives their texts.
    pub fn new(s: &str) -> Words<'static> {
        let tokens = Tokens::new(s);
        let (text, spans, alphabetic) = Words::pieces(s, &tokens);
        let (raw, digit) = tokens.into_spans_and_digits();
        Words {
            text,
            spans,
            raw: Cow::Owned(raw),
            digit: Cow::Owned(digit),
            alphabetic,
        }
    }
}

impl<'t> Words<'t> {
    /// `Words::new(s)` from the tokens of `s` read already (`Tokens::new(s)`: the extraction
    /// reads the article text's), without walking the text again, and borrowing their spans and
    /// digit flags: a copy of them was about 8K instructions a plain text.
    pub fn of_tokens(s: &str, tokens: &'t Tokens) -> Words<'t> {
        let (text, spans, alphabetic) = Words::pieces(s, tokens);
        Words {
            text,
            spans,
            raw: Cow::Borrowed(tokens.spans()),
            digit: Cow::Borrowed(tokens.digit()),
            alphabetic,
        }
    }

    /// The lowered text, the tokens' pieces of it (empty while all are ASCII) and the count and
    /// length of the alphabetic tokens, for `s` and its tokens.
    fn pieces(s: &str, tokens: &Tokens) -> (String, Vec<(usize, usize)>, (usize, usize)) {
        // ASCII lower-casing keeps every byte outside ASCII, so `text` is valid UTF-8 and its
        // ASCII tokens sit where they sat in `s`.
        let mut text = s.to_ascii_lowercase();
        // The alphabetic tokens of ASCII letters were counted as the walk found them (it knows
        // an ASCII token's kinds of bytes: reading every token again,
        // `mean_word_length_by_tokens`, was about 55 instructions a word); those outside ASCII
        // are counted here, normalised.
        let (mut n_alphabetic, mut alphabetic_chars) = tokens.ascii_letters();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        if !tokens.other().is_empty() {
            // Every ASCII token is its own piece at its raw span; those outside ASCII are
            // normalised after the text.
            spans.extend_from_slice(tokens.spans());
            for &k in tokens.other() {
                let (a, b) = spans[k];
                let from = text.len();
                push_normalised_token(&mut text, &s[a..b]);
                spans[k] = (from, text.len());
                if let Some(len) = alphabetic_len(&text[from..]) {
                    n_alphabetic += 1;
                    alphabetic_chars += len;
                }
            }
        }
        (text, spans, (n_alphabetic, alphabetic_chars))
    }

    /// `Words::new` as it read the text itself, kept to test `Words::of_tokens` against.
    #[cfg(test)]
    fn by_own_walk(s: &str) -> Words<'static> {
        let mut text = s.to_ascii_lowercase();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut raw = Vec::with_capacity(s.len() / 4);
        let mut digit = Vec::with_capacity(s.len() / 4);
        let (mut n_alphabetic, mut alphabetic_chars) = (0, 0);
        token_spans_flagged(s, |a, b, kind, has_digit| {
            raw.push((a, b));
            digit.push(has_digit);
            if kind != TokenKind::Other {
                if !spans.is_empty() {
                    spans.push((a, b));
                }
                if kind == TokenKind::AsciiLetters {
                    n_alphabetic += 1;
                    alphabetic_chars += b - a;
                }
            } else {
                if spans.is_empty() {
                    spans.reserve(raw.capacity());
                    spans.extend_from_slice(&raw[..raw.len() - 1]);
                }
                let from = text.len();
                push_normalised_token(&mut text, &s[a..b]);
                spans.push((from, text.len()));
                if let Some(len) = alphabetic_len(&text[from..]) {
                    n_alphabetic += 1;
                    alphabetic_chars += len;
                }
            }
        });
        Words {
            text,
            spans,
            raw: Cow::Owned(raw),
            digit: Cow::Owned(digit),
            alphabetic: (n_alphabetic, alphabetic_chars),
        }
    }

    /// Number of tokens starting in the byte range `from..to` of the string the words were read
    /// from. For a piece of that string bounded by white space or its ends (a sentence of it),
    /// this is `count_tokens` of the piece: no token spans white space, and an apostrophe at
    /// the piece's end is followed by no letter in either.
    pub fn count_in(&self, from: usize, to: usize) -> usize {
        self.raw.partition_point(|&(a, _)| a < to) - self.raw.partition_point(|&(a, _)| a < from)
    }

    /// `specifics_per_100_words(sentences)`, counted from the tokens instead of reading every
    /// byte of the sentences again (about 15 instructions a byte). `s` is the string the words
    /// were read from and `sentences` its sentences in order (`sentences(s)`: pieces of `s`
    /// bounded by white space, none overlapping).
    ///
    /// Why this counts the same: `specifics_per_100_words` splits a sentence at white space; a
    /// piece is a word when it holds a letter or digit, and specific when it holds an ASCII
    /// digit or, not being the sentence's first piece, its first letter or digit is upper case.
    /// The tokens are the runs of letters and digits (with inner apostrophes), and none spans
    /// white space: a piece is a word exactly when a token starts in it, its first letter or
    /// digit is its first token's first character, and its digits are its tokens' digits. Two
    /// tokens lie in one piece when no white space stands between them, and a sentence's first
    /// token lies in its first piece when no white space stands before it in the sentence.
    pub fn specifics_per_100_words(&self, s: &str, sentences: &[&str]) -> Option<f64> {
        let bytes = s.as_bytes();
        let base = s.as_ptr() as usize;
        let (mut words, mut specific) = (0usize, 0usize);
        // The sentences' byte ranges, in order; the tokens are read once, each against the
        // range of the sentence it starts in.
        let mut ranges = sentences.iter().map(|t| {
            let from = t.as_ptr() as usize - base;
            (from, from + t.len())
        });
        let (mut from, mut to) = ranges.next()?;
        // The end of the last token read in this sentence (its start before the first), and
        // whether the piece being read is counted specific already.
        let (mut prev_end, mut first_in_sentence, mut counted) = (from, true, false);
        for (&(a, b), &digit) in self.raw.iter().zip(self.digit.iter()) {
            while a >= to {
                let Some(next) = ranges.next() else {
                    return (words >= 50).then(|| specific as f64 * 100.0 / words as f64);
                };
                (from, to) = next;
                (prev_end, first_in_sentence) = (from, true);
            }
            if a < from {
                // In no sentence (white space between them holds no token: never here).
                continue;
            }
            // Most gaps are one space, or nothing at all (a hyphen's and an apostrophe's
            // tokens stand apart by one byte that is no space).
            let spaced = match bytes.get(prev_end..a) {
                Some(b" ") => true,
                Some([]) => false,
                _ => holds_white_space(s, prev_end, a),
            };
            if first_in_sentence || spaced {
                // A new piece: the sentence's first one unless white space came before.
                words += 1;
                let first_upper = match bytes[a] {
                    c if c < 0x80 => c.is_ascii_uppercase(),
                    _ => starts_upper_case(&s[a..]),
                };
                counted = spaced && first_upper;
                specific += usize::from(counted);
                first_in_sentence = false;
            }
            if digit && !counted {
                counted = true;
                specific += 1;
            }
            prev_end = b;
        }
        (words >= 50).then(|| specific as f64 * 100.0 / words as f64)
    }

    /// The string the words were read from ASCII-lower-cased, its bytes at their places, then
    /// the normalised forms of the tokens outside ASCII: `&lowered()[..s.len()]` is
    /// `s.to_ascii_lowercase()`.
    pub fn lowered(&self) -> &str {
        &self.text
    }

    /// Each token's piece of `text`.
    #[inline]
    fn spans(&self) -> &[(usize, usize)] {
        if self.spans.is_empty() {
            &self.raw
        } else {
            &self.spans
        }
    }

    /// The lower-cased text of token `k`.
    #[inline]
    pub fn word(&self, k: usize) -> &str {
        let (a, b) = self.spans()[k];
        &self.text[a..b]
    }

    /// The span of token `k` in the string the words were read from.
    #[inline]
    pub fn raw_span(&self, k: usize) -> (usize, usize) {
        self.raw[k]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    /// True when there is no token.
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The tokens in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans().iter().map(|&(a, b)| &self.text[a..b])
    }

    /// The length in bytes of each token, in order.
    pub fn lens(&self) -> impl Iterator<Item = usize> + '_ {
        self.spans().iter().map(|&(a, b)| b - a)
    }

    /// The tokens in order, collected.
    pub fn to_vec(&self) -> Vec<&str> {
        self.iter().collect()
    }

    /// Mean length in characters of the alphabetic words (at least 50 of them), counted as the
    /// words were read.
    pub fn mean_word_length(&self) -> Option<f64> {
        let (n, sum) = self.alphabetic;
        (n >= 50).then(|| sum as f64 / n as f64)
    }

    /// `mean_word_length` reading every word again, each as bytes: the form it had, kept to
    /// test the count the tokeniser keeps.
    #[cfg(test)]
    fn mean_word_length_by_tokens(&self) -> Option<f64> {
        let (mut n, mut sum) = (0usize, 0usize);
        for w in self.iter() {
            if let Some(len) = alphabetic_len(w) {
                n += 1;
                sum += len;
            }
        }
        (n >= 50).then(|| sum as f64 / n as f64)
    }

    /// The distinct tokens (word types) in order of first appearance, and for each token the
    /// index of its type there: one hashing pass that MTLD and the vocabulary share.
    pub fn types(&self) -> (Vec<&str>, Vec<u32>) {
        let mut types = Vec::new();
        let ids = type_ids_of_spans(&self.text, self.spans(), |k, _| types.push(self.word(k)));
        (types, ids)
    }

    /// Each distinct token (word type, in the order of `types`) packed as `pack_word` packs it,
    /// 0 for a word longer than 15 bytes (no packed word is 0: its length byte is not), and each
    /// token's type id: `types` without the types' texts. The keys are those the type ids were
    /// found by, kept for B001 to look the types up by, instead of packing each again.
    pub fn type_keys_and_ids(&self) -> (Vec<u128>, Vec<u32>) {
        // Room for a type a word: the vector never grows (regrowing it from empty, a copy each
        // time it doubled, cost more than the pushes).
        let mut keys = Vec::with_capacity(self.raw.len());
        let ids = type_ids_of_spans(&self.text, self.spans(), |_, key| keys.push(key));
        (keys, ids)
    }
}

/// The mask keeping the low `len` bytes of a u128, looked up: a shift of a u128 by a variable
/// amount is a dozen instructions, on every word.
const LOW_BYTES: [u128; 16] = {
    let mut t = [0u128; 16];
    let mut len = 0;
    while len < 16 {
        t[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    t
};

/// The bytes `a..b` of `bytes`, at most 15, as `pack_word` packs them, by one 16-byte load with
/// the bytes past the word masked off; `None` for a longer word or one within 16 bytes of the
/// end.
#[inline]
fn packed_at(bytes: &[u8], a: usize, b: usize) -> Option<u128> {
    let len = b - a;
    if len > 15 {
        return None;
    }
    let w = <[u8; 16]>::try_from(bytes.get(a..a + 16)?).ok()?;
    Some((u128::from_le_bytes(w) & LOW_BYTES[len]) | ((len as u128) << 120))
}

/// The length in characters of a lower-cased token when all its characters are letters.
fn alphabetic_len(w: &str) -> Option<usize> {
    let bytes = w.as_bytes();
    // One pass for the usual word: all bytes ASCII letters means ASCII and all letters.
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        Some(bytes.len())
    } else if bytes.is_ascii() {
        None
    } else {
        w.chars()
            .all(char::is_alphabetic)
            .then(|| w.chars().count())
    }
}

/// Type ids of packed short words (`pack_word`'s integers): an open-addressing table at most
/// half full, probed linearly from a multiplicative hash of the word's two halves, whose slots
/// hold an entry's index plus one (0: empty) in two bytes; the entries, each word with its id,
/// are kept apart in the order they came, so that only the small slot array is zeroed (a table
/// of the words themselves was 20 KB to clear for a 500-word text, 34K instructions). The hash
/// map it replaced (hashing, probing, entry handling) cost about 130 instructions a word.
struct ShortTypes {
    slots: Vec<u16>,
    entries: Vec<(u128, u32)>,
    shift: u32,
}

impl ShortTypes {
    /// A table for up to `words` distinct words, fewer than `u16::MAX` (`None` for more).
    fn with_room_for(words: usize) -> Option<ShortTypes> {
        if words >= usize::from(u16::MAX) {
            return None;
        }
        let slots = (2 * words).next_power_of_two().max(16);
        Some(ShortTypes {
            slots: vec![0; slots],
            entries: Vec::with_capacity(words),
            shift: 64 - slots.trailing_zeros(),
        })
    }

    /// The id of `word`, `next` when it is new.
    #[inline(always)]
    fn id_or_insert(&mut self, word: u128, next: u32) -> u32 {
        let mask = self.slots.len() - 1;
        let folded = (word as u64) ^ ((word >> 64) as u64);
        let mut slot = (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        loop {
            match self.slots[slot] {
                0 => {
                    self.entries.push((word, next));
                    self.slots[slot] = self.entries.len() as u16;
                    return next;
                }
                e => {
                    let (w, id) = self.entries[usize::from(e) - 1];
                    if w == word {
                        return id;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
    }
}

/// `type_ids` of the words at `spans` of `text` (the ids; `new_type` is called with the index of
/// each type's first word, in order, and the word packed, 0 past 15 bytes), a short word packed by one 16-byte load from the text,
/// its bytes past the word masked off, instead of a copy of its bytes of whatever length (a
/// call to `memcpy` a word); the last words of the text, within 16 bytes of its end, are packed
/// by `pack_word`. The same ids and types as `type_ids` (a seeded random test).
fn type_ids_of_spans(
    text: &str,
    spans: &[(usize, usize)],
    mut new_type: impl FnMut(usize, u128),
) -> Vec<u32> {
    let bytes = text.as_bytes();
    let Some(mut short) = ShortTypes::with_room_for(spans.len()) else {
        // A text of 65,535 words or more: the hash map.
        let (types, ids) = type_ids(spans.iter().map(|&(a, b)| &text[a..b]));
        let mut first = vec![false; types.len()];
        for (k, &id) in ids.iter().enumerate() {
            if !std::mem::replace(&mut first[id as usize], true) {
                let (a, b) = spans[k];
                new_type(k, pack_word(&bytes[a..b]).unwrap_or(0));
            }
        }
        return ids;
    };
    // Ids count up across the short words' table and the long words' map.
    let mut long: HashMap<&str, u32> = HashMap::default();
    let mut types = 0u32;
    spans
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            let next = types;
            let (id, key) = if b - a <= 15 {
                let key = packed_at(bytes, a, b)
                    .or_else(|| pack_word(&bytes[a..b]))
                    .unwrap_or_default();
                (short.id_or_insert(key, next), key)
            } else {
                (*long.entry(&text[a..b]).or_insert(next), 0)
            };
            if id == next {
                types += 1;
                new_type(k, key);
            }
            id
        })
        .collect()
}

/// The distinct words of `words` in order of first appearance, and each word's index there.
///
/// A word of up to 15 bytes (almost every one) is looked up as one integer (`pack_word`), whose
/// hash and comparison cost less than a string's (a call to compare bytes at each hit); longer
/// words go through a table of strings. Ids count up across both tables, so they are the same.
fn type_ids<'w>(words: impl Iterator<Item = &'w str>) -> (Vec<&'w str>, Vec<u32>) {
    // Sized for the words at once (a news text's types are about half its words): no rehashing
    // as the table grows.
    let words = words.into_iter();
    let mut short: HashMap<u128, u32> = HashMap::default();
    short.reserve(words.size_hint().0 / 2);
    let mut long: HashMap<&str, u32> = HashMap::default();
    let mut types = Vec::new();
    let ids = words
        .map(|w| {
            let next = types.len() as u32;
            let id = match pack_word(w.as_bytes()) {
                Some(k) => *short.entry(k).or_insert(next),
                None => *long.entry(w).or_insert(next),
            };
            if id == next {
                types.push(w);
            }
            id
        })
        .collect();
    (types, ids)
}

/// A word of up to 15 bytes as one integer: its bytes little-endian and its length in the top
/// byte, so two words get the same integer only when they are equal. `None` for longer words.
pub(crate) fn pack_word(w: &[u8]) -> Option<u128> {
    if w.len() > 15 {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..w.len()].copy_from_slice(w);
    bytes[15] = w.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// Number of tokens `tokens` would return, without building them.
pub fn count_tokens(s: &str) -> usize {
    let mut n = 0;
    token_spans(s, |_, _| n += 1);
    n
}

/// Calls `f` with the byte span of every token of `s`, in order. Runs of ASCII letters and digits
/// and of ASCII separators are skipped by a table lookup a byte, and a character is decoded only
/// outside ASCII: this runs over every article several times. Same spans as
/// `token_spans_by_chars` (the character walk it replaced; a seeded random test compares them).
pub fn token_spans(s: &str, mut f: impl FnMut(usize, usize)) {
    token_spans_flagged(s, |a, b, _, _| f(a, b));
}

/// `token_spans` as a walk over every character: the form the measuring script's tokeniser was
/// ported in, kept to test the byte walk against.
#[cfg(test)]
fn token_spans_by_chars(s: &str, mut f: impl FnMut(usize, usize)) {
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inside_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, d)| d.is_alphanumeric());
        if c.is_alphanumeric() || inside_apostrophe {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            f(st, i);
        }
    }
    if let Some(st) = start {
        f(st, s.len());
    }
}

/// True when the token text `t` (a span `token_spans` gave) normalises to `lower`, a token as
/// `tokens` returns it. Allocates only outside ASCII.
pub fn token_is(t: &str, lower: &str) -> bool {
    if t.is_ascii() {
        t.eq_ignore_ascii_case(lower)
    } else {
        normalise_token(t) == lower
    }
}

/// Appends `normalise_token(t)` to `out`, a character at a time, without the two strings
/// `to_lowercase` and `replace` make (about 740 instructions a token outside ASCII, with their
/// allocations). `str::to_lowercase` lower-cases each character by itself (`char::to_lowercase`)
/// but for 'Σ', whose lower case depends on its neighbours: a token holding one is normalised the
/// old way.
fn push_normalised_token(out: &mut String, t: &str) {
    if t.contains('Σ') {
        out.push_str(&normalise_token(t));
        return;
    }
    for c in t.chars() {
        match c {
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Lower case, curly apostrophes made straight.
fn normalise_token(t: &str) -> String {
    if t.is_ascii() {
        t.to_ascii_lowercase()
    } else {
        t.to_lowercase().replace('’', "'")
    }
}

/// True when `candidate` ends in a full stop after an abbreviation or an initial, as the regex
/// `(?:(?-u:\b)(?:Mr|Mrs|…|approx)|(?-u:\b)[A-Z])\.$` matches it (the test keeps the regex),
/// read backwards from the stop: a regex search at every candidate break cost more than the
/// few bytes it needs to read. Every alternative is ASCII letters after an ASCII word boundary,
/// so the word before the stop is the whole run of ASCII word bytes (letters, digits, `_`).
fn ends_in_abbreviation(candidate: &str) -> bool {
    let Some(before) = candidate.as_bytes().strip_suffix(b".") else {
        return false;
    };
    let word_start = before
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .map_or(0, |p| p + 1);
    // A `match` on byte strings compiles to a switch on the length and a few comparisons.
    matches!(
        &before[word_start..],
        [b'A'..=b'Z']
            | b"Mr"
            | b"Mrs"
            | b"Ms"
            | b"Dr"
            | b"Prof"
            | b"Sen"
            | b"Rep"
            | b"Gov"
            | b"Gen"
            | b"Col"
            | b"Lt"
            | b"Sgt"
            | b"St"
            | b"Jr"
            | b"Sr"
            | b"Inc"
            | b"Ltd"
            | b"Co"
            | b"Corp"
            | b"vs"
            | b"etc"
            | b"No"
            | b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Sept"
            | b"Oct"
            | b"Nov"
            | b"Dec"
            | b"Mt"
            | b"Ft"
            | b"Ave"
            | b"Blvd"
            | b"approx"
    )
}

/// The pieces of `text` between its line breaks, as `text.split('\n')` gives them (an empty
/// piece for each line break at an end or next to another, and one piece for a text without
/// any), found by the memchr crate's SIMD search: `str::split` steps through core's
/// word-at-a-time `memchr`, about 1.5 instructions a byte of the article text, and three
/// measures split it (a test compares the pieces on seeded random texts).
pub(crate) fn split_lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            // `end` is a line break (an ASCII byte: a character boundary) or the text's end.
            let piece = &text[start..end];
            start = end + 1;
            piece
        })
}

/// Splits text into sentences: at `.`, `!` or `?` (with closing quotes) followed by white space and
/// an upper-case letter, a digit or an opening quote; not after common abbreviations or initials.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for para in split_lines(text) {
        let bytes = para.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // To the next `.`, `!` or `?` by memchr3 (the bytes between are only stepped over).
            let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) else {
                break;
            };
            i += at;
            let c = bytes[i];
            if matches!(c, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                // closing quotes and brackets (ASCII or the UTF-8 bytes of ” ’)
                while j < bytes.len()
                    && (matches!(bytes[j], b'"' | b'\'' | b')')
                        || para[j..].starts_with('”')
                        || para[j..].starts_with('’'))
                {
                    j += if bytes[j] < 0x80 { 1 } else { 3 };
                }
                if j < bytes.len() && bytes[j] == b' ' {
                    let rest = para[j..].trim_start();
                    let next = rest.chars().next();
                    let candidate = &para[start..=i];
                    if next.is_some_and(|n| {
                        n.is_uppercase()
                            || n.is_ascii_digit()
                            || matches!(n, '"' | '“' | '‘' | '\'')
                    }) && !ends_in_abbreviation(candidate)
                    {
                        out.push(para[start..j].trim());
                        start = j;
                    }
                }
                i = j.max(i + 1);
                continue;
            }
            i += 1;
        }
        let tail = para[start..].trim();
        if !tail.is_empty() {
            out.push(tail);
        }
    }
    out.retain(|s| s.chars().any(char::is_alphanumeric));
    out
}

/// Coefficient of variation of sentence lengths in words (standard deviation / mean): low values
/// mean uniform sentences. `lens` are the sentences' lengths in tokens (`count_tokens`). `None`
/// with fewer than 5 sentences.
pub fn sentence_length_cv(lens: &[usize]) -> Option<f64> {
    if lens.len() < 5 {
        return None;
    }
    let lens: Vec<f64> = lens.iter().map(|&l| l as f64).collect();
    let mean = lens.iter().sum::<f64>() / lens.len() as f64;
    if mean == 0.0 {
        return None;
    }
    let var = lens.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / (lens.len() as f64 - 1.0);
    Some(var.sqrt() / mean)
}

/// MTLD (McCarthy & Jarvis 2010): the mean length of word runs that keep their type/token ratio
/// above 0.72, averaged over a forward and a backward pass. Stable across text lengths, unlike
/// plain type/token ratio. `None` under 50 tokens.
pub fn mtld(words: &[&str]) -> Option<f64> {
    if words.len() < 50 {
        return None;
    }
    let (types, ids) = type_ids(words.iter().copied());
    mtld_of_ids(&ids, types.len())
}

/// The type/token ratio under which MTLD closes a run (McCarthy & Jarvis): 18/25.
const MTLD_THRESHOLD: f64 = 0.72;

/// `mtld` of words given as type ids (`Words::types`), below `n_types`.
pub fn mtld_of_ids(ids: &[u32], n_types: usize) -> Option<f64> {
    const THRESHOLD: f64 = MTLD_THRESHOLD;
    let words = ids;
    if words.len() < 50 {
        return None;
    }
    // The passes count a run's types by stamping type ids with the run's number instead of
    // hashing every word into a set, twice. A generic function, not a closure over a `dyn
    // Iterator`: a dynamic call a word was a third of its cost.
    fn pass<'a>(iter: impl Iterator<Item = &'a u32>, n_types: usize, n_words: usize) -> f64 {
        let mut factors = 0.0;
        // `seen_in[id] == run`: the type was seen in the current run (runs are numbered from 1).
        let mut seen_in = vec![0u32; n_types];
        let mut run = 1u32;
        let mut types = 0usize;
        let mut count = 0usize;
        for &id in iter {
            count += 1;
            let seen = &mut seen_in[id as usize];
            if *seen != run {
                // A new type: the ratio does not fall. Before it `types * 25 > count * 18` (or
                // the run was ended), so `(types + 1) * 25 > count * 18 + 25 > (count + 1) * 18`;
                // a run's first word is 1/1. The test below is false here: not made.
                *seen = run;
                types += 1;
                continue;
            }
            // `types as f64 / count as f64 <= THRESHOLD` as integers: THRESHOLD is 18/25 (to the
            // nearest f64), and a quotient of counts under 2^40 is either at most 18/25, when
            // it rounds to THRESHOLD or below, or above it by at least 1/(25 count), far more
            // than the rounding (a test compares both forms for every count to 5,000). No
            // division a word.
            if types * 25 <= count * 18 {
                factors += 1.0;
                run += 1;
                types = 0;
                count = 0;
            }
        }
        if count > 0 {
            let ttr = types as f64 / count as f64;
            factors += (1.0 - ttr) / (1.0 - THRESHOLD);
        }
        if factors == 0.0 {
            n_words as f64
        } else {
            n_words as f64 / factors
        }
    }
    let fwd = pass(ids.iter(), n_types, words.len());
    let bwd = pass(ids.iter().rev(), n_types, words.len());
    Some((fwd + bwd) / 2.0)
}

/// A quotation: an opening mark, eight characters or more that are no quotation mark or line
/// break (as few as reach a closing mark), a closing mark. [`direct_quotes`] finds its matches;
/// the regex is kept as the tests' oracle.
#[cfg(test)]
static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[“"«„]([^“”"«»„\n]{8,}?)[”"»“]"#).expect("valid regex"));

/// A quotation mark or a line break of a text (the characters `QUOTE`'s inside may not hold):
/// its byte span and whether it opens and whether it closes a quotation.
struct QuoteStop {
    start: usize,
    end: usize,
    opening: bool,
    closing: bool,
}

/// The quotation marks (“ ” „ « » and '"') and line breaks of `text`, in order: the bytes that
/// may start one found by memchr (`"`, the line break and the lead byte of “ ” „ in one search,
/// the lead byte of « » in another, the two merged), then the character read there.
fn quote_stops(text: &str) -> impl Iterator<Item = QuoteStop> + '_ {
    let b = text.as_bytes();
    let mut common = memchr::memchr3_iter(b'"', b'\n', 0xE2, b).peekable();
    let mut guillemets = memchr::memchr_iter(0xC2, b).peekable();
    let stop = |start: usize, len: usize, opening: bool, closing: bool| QuoteStop {
        start,
        end: start + len,
        opening,
        closing,
    };
    std::iter::from_fn(move || loop {
        let k = match (common.peek(), guillemets.peek()) {
            (Some(&x), Some(&y)) if y < x => guillemets.next(),
            (Some(_), _) => common.next(),
            (None, _) => guillemets.next(),
        }?;
        let found = match (b[k], b.get(k + 1), b.get(k + 2)) {
            (b'"', _, _) => Some(stop(k, 1, true, true)),
            (b'\n', _, _) => Some(stop(k, 1, false, false)),
            // “ ” „ (U+201C to U+201E).
            (0xE2, Some(0x80), Some(0x9C)) => Some(stop(k, 3, true, true)),
            (0xE2, Some(0x80), Some(0x9D)) => Some(stop(k, 3, false, true)),
            (0xE2, Some(0x80), Some(0x9E)) => Some(stop(k, 3, true, false)),
            // « » (U+00AB, U+00BB).
            (0xC2, Some(0xAB), _) => Some(stop(k, 2, true, false)),
            (0xC2, Some(0xBB), _) => Some(stop(k, 2, false, true)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    })
}

/// Direct quotations of three words or more.
///
/// `QUOTE`'s matches, read from the quotation marks and line breaks of the text alone
/// (`quote_stops`): the inside of a match holds none, so a match is an opening mark, the text
/// up to the next stop (at least eight characters) and that stop when it closes; where it does
/// not, the next match can start at that stop at the earliest, and after a match at the stop
/// after it. The regex ran its automaton on every byte (about 6 instructions a byte of article
/// text).
pub fn direct_quotes(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut stops = quote_stops(text).peekable();
    while let Some(open) = stops.next() {
        if !open.opening {
            continue;
        }
        let Some(close) = stops.peek() else {
            break;
        };
        let inside = &text[open.end..close.start];
        // Eight characters take at most 32 bytes.
        let long = inside.len() >= 32 || inside.chars().nth(7).is_some();
        if long && close.closing {
            stops.next();
            if inside.split_whitespace().count() >= 3 {
                out.push(inside);
            }
        }
    }
    out
}

/// Share of word-token characters inside duplicated word 5-grams (Gopher's repetition measure;
/// their filter drops documents above 0.15).
pub fn duplicate_ngram_char_fraction(words: &[&str], n: usize) -> Option<f64> {
    // Equal words get equal ids, and the ids' form does the counting.
    let mut ids_of: HashMap<&str, u32> = HashMap::default();
    let ids: Vec<u32> = words
        .iter()
        .map(|w| {
            let next = ids_of.len() as u32;
            *ids_of.entry(w).or_insert(next)
        })
        .collect();
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    duplicate_ngram_char_fraction_of_ids(&ids, &lens, n)
}

/// `duplicate_ngram_char_fraction` of words given as type ids (`Words::types`: equal words have
/// equal ids) with their lengths in bytes (`Words::lens`). Each n-gram is counted by its ids
/// packed into one integer (up to five ids), else by a 64-bit hash of its ids, instead of by its
/// slice: no string comparisons, and two different n-grams of one document sharing a 64-bit hash
/// is beyond any practical chance.
///
/// Only the n-grams without a word the text holds once are keyed and go into the table: such a
/// word would have to stand at two places for its n-gram to come twice. On generated news text
/// about a quarter of the 5-grams are left (B005 went from 44K to 28K instructions a document).
pub fn duplicate_ngram_char_fraction_of_ids(ids: &[u32], lens: &[usize], n: usize) -> Option<f64> {
    duplicate_ngram_char_fraction_with_lens(ids, n, || lens.iter().copied())
}

/// `duplicate_ngram_char_fraction_of_ids` with the words' lengths given by an iterator, made
/// only when some n-gram comes twice (B005 reads them from `Words::lens` instead of collecting
/// them first). Without a repeated n-gram the fraction is `0 / total`, +0.0 whatever the
/// total: most texts repeat no 5-gram and never read the lengths.
pub fn duplicate_ngram_char_fraction_with_lens<L: Iterator<Item = usize>>(
    ids: &[u32],
    n: usize,
    lens: impl FnOnce() -> L,
) -> Option<f64> {
    if n == 0 || ids.len() < n * 4 {
        return None;
    }
    let n_types = ids.iter().max().map_or(0, |&m| m as usize + 1);
    let starts = repeatable_grams(ids, n, n_types);
    // An n-gram of up to five ids below 2^25 (a text's type ids are below its number of words)
    // is packed whole into a u128, 25 bits an id: the key is the n-gram itself, where hashing
    // its ids as a slice of bytes (a length and 20 bytes) was most of B005's cost. The ids are
    // all below 2^25 when the largest is.
    const ID_BITS: usize = 25;
    let dup = if n * ID_BITS <= 128 && n_types <= 1 << ID_BITS {
        let keys = starts.iter().map(|&i| {
            let key = ids[i..i + n]
                .iter()
                .fold(0u128, |k, &id| (k << ID_BITS) | u128::from(id));
            (i, key)
        });
        let first_at: std::collections::HashMap<u128, usize, foldhash::fast::RandomState> =
            std::collections::HashMap::with_capacity_and_hasher(
                starts.len(),
                foldhash::fast::RandomState::default(),
            );
        duplicated_grams(keys, first_at, ids.len(), n)
    } else {
        let state = foldhash::fast::FixedState::default();
        // The keys are hashes already: the table takes their bits as they are (`Prehashed`)
        // instead of hashing each again, at each insert and each look-up. Which slot a key lands
        // in changes nothing counted.
        let first_at: std::collections::HashMap<u64, usize, BuildPrehashed> =
            std::collections::HashMap::with_capacity_and_hasher(starts.len(), BuildPrehashed);
        let keys = starts.iter().map(|&i| (i, state.hash_one(&ids[i..i + n])));
        duplicated_grams(keys, first_at, ids.len(), n)
    };
    let Some(dup) = dup else {
        return Some(0.0);
    };
    // One pass for both sums (integers: their order changes nothing), the lengths past the
    // last word's (none from `Words::lens`) counted in the total only. `dup` leads the zip, so
    // that the length after its last is not taken and dropped.
    let mut lens = lens();
    let (mut total, mut dup_chars) = (0usize, 0usize);
    for (&d, l) in dup.iter().zip(lens.by_ref()) {
        total += l;
        dup_chars += if d { l } else { 0 };
    }
    total += lens.sum::<usize>();
    Some(dup_chars as f64 / total.max(1) as f64)
}

/// The first positions of the n-grams of `ids` that may occur twice: those holding no id that
/// occurs once in `ids` (whose ids are below `n_types`). A few in ten of a news text's n-grams,
/// whose keys alone are made.
fn repeatable_grams(ids: &[u32], n: usize, n_types: usize) -> Vec<usize> {
    // How often each id occurs, counted up to 2.
    let mut seen = vec![0u8; n_types];
    for &id in ids {
        let s = &mut seen[id as usize];
        *s = (*s + 1).min(2);
    }
    // The n-gram ending at `end` is repeatable when the last word seen once, up to `end`,
    // stands before its first word.
    let mut after_single = 0usize;
    let mut out = Vec::new();
    for (end, &id) in ids.iter().enumerate() {
        if seen[id as usize] == 1 {
            after_single = end + 1;
        }
        if end + 1 >= after_single + n {
            out.push(end + 1 - n);
        }
    }
    out
}

/// Which of `len` words lie in an n-gram that occurs more than once, given the n-grams that may
/// (by their first word's position, in order) with their keys (equal n-grams, equal keys);
/// `None` when no n-gram occurs twice. One pass: each n-gram's first position is kept until it
/// comes again, when both it and every later one are marked.
fn duplicated_grams<K, S>(
    keys: impl Iterator<Item = (usize, K)>,
    mut first_at: std::collections::HashMap<K, usize, S>,
    len: usize,
    n: usize,
) -> Option<Vec<bool>>
where
    K: std::hash::Hash + Eq,
    S: BuildHasher,
{
    const MARKED: usize = usize::MAX;
    let mut dup: Option<Vec<bool>> = None;
    for (i, g) in keys {
        match first_at.entry(g) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let dup = dup.get_or_insert_with(|| vec![false; len]);
                let f = *o.get();
                if f != MARKED {
                    dup[f..f + n].fill(true);
                    o.insert(MARKED);
                }
                dup[i..i + n].fill(true);
            }
        }
    }
    dup
}

/// A hasher for keys that are 64-bit hashes already: the key is its own hash.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is meant to be called; any other key still hashes, if slowly.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

#[derive(Default, Clone, Copy)]
struct BuildPrehashed;

impl BuildHasher for BuildPrehashed {
    type Hasher = Prehashed;

    fn build_hasher(&self) -> Prehashed {
        Prehashed(0)
    }
}

/// Specific references per 100 words: capitalised words that do not open a sentence (names,
/// places, organisations) and tokens holding a digit (numbers, dates, amounts).
pub fn specifics_per_100_words(sentences: &[&str]) -> Option<f64> {
    let mut words = 0usize;
    let mut specific = 0usize;
    for s in sentences {
        if s.is_ascii() {
            let (w, sp) = ascii_specifics(s.as_bytes());
            words += w;
            specific += sp;
            continue;
        }
        for (i, t) in s.split_whitespace().enumerate() {
            let core = t.trim_matches(|c: char| !c.is_alphanumeric());
            if core.is_empty() {
                continue;
            }
            words += 1;
            let first_upper = match core.as_bytes()[0] {
                b if b.is_ascii() => b.is_ascii_uppercase(),
                _ => core.chars().next().is_some_and(char::is_uppercase),
            };
            if core.bytes().any(|b| b.is_ascii_digit()) || (i > 0 && first_upper) {
                specific += 1;
            }
        }
    }
    (words >= 50).then(|| specific as f64 * 100.0 / words as f64)
}

/// True when the first character of `s` is upper case (`char::is_uppercase`).
#[cold]
fn starts_upper_case(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// True when the bytes `from..to` of `s` (the few between two tokens, at character boundaries)
/// hold a white-space character, as `char::is_whitespace` (and so `split_whitespace`) has it:
/// in ASCII the space and \t to \r. The characters outside ASCII are decoded only when there.
#[inline(never)]
fn holds_white_space(s: &str, from: usize, to: usize) -> bool {
    let mut other = false;
    for &b in &s.as_bytes()[from..to] {
        match b {
            b' ' | b'\t'..=b'\r' => return true,
            0x80.. => other = true,
            _ => {}
        }
    }
    other && s[from..to].chars().any(char::is_whitespace)
}

/// Flags of an ASCII byte for [`ascii_specifics`]: white space as `char::is_whitespace` has it
/// in ASCII (space, \t to \r), a letter or digit, a digit, an upper-case letter.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const DIGIT: u8 = 4;
const UPPER: u8 = 8;
static SPECIFICS_FLAGS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t'..=b'\r' => SPACE,
            b'0'..=b'9' => ALNUM | DIGIT,
            b'A'..=b'Z' => ALNUM | UPPER,
            b'a'..=b'z' => ALNUM,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The words and the specific ones among them of an ASCII sentence, as the character walk of
/// `specifics_per_100_words` counts them, in one pass over the bytes (a split by a per-byte
/// predicate and three scans of every token cost about 28 instructions a byte). A token is a
/// run of bytes other than white space, counted (for "not the first") whether or not it holds a
/// letter or digit; a word is a token holding one. It is specific when it holds a digit (any
/// digit lies inside its core of letters and digits) or, after the first token, when its first
/// letter or digit is upper case.
fn ascii_specifics(s: &[u8]) -> (usize, usize) {
    let (mut words, mut specific) = (0usize, 0usize);
    let flags = |i: usize| SPECIFICS_FLAGS[usize::from(s[i])];
    let n = s.len();
    let mut index = 0usize;
    let mut i = 0;
    loop {
        while i < n && flags(i) & SPACE != 0 {
            i += 1;
        }
        if i >= n {
            break;
        }
        // The token's bytes up to its first letter or digit, then the flags of the rest.
        let mut first = 0u8;
        while i < n {
            let f = flags(i);
            if f & (SPACE | ALNUM) != 0 {
                first = f;
                break;
            }
            i += 1;
        }
        if first & ALNUM != 0 {
            let mut seen = first;
            i += 1;
            while i < n {
                let f = flags(i);
                if f & SPACE != 0 {
                    break;
                }
                seen |= f;
                i += 1;
            }
            words += 1;
            if seen & DIGIT != 0 || (index > 0 && first & UPPER != 0) {
                specific += 1;
            }
        }
        index += 1;
    }
    (words, specific)
}

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:said|says|told|according to|added|stated|explained|announced|asked|noted|wrote|confirmed|insisted|warned|argued)(?-u:\b)").expect("valid regex")
});

/// Attribution verbs ("said", "told", "according to") per sentence.
pub fn attributions_per_sentence(sentences: &[&str]) -> Option<f64> {
    if sentences.len() < 5 {
        return None;
    }
    let n: usize = sentences
        .iter()
        .map(|s| ATTRIBUTION.find_iter(s).count())
        .sum();
    Some(n as f64 / sentences.len() as f64)
}

/// `attributions_per_sentence` of the `n_sentences` sentences that `sentences` splits `text`
/// into, counted over the text in one search: the pieces between its sentences are white space,
/// and no attribution verb spans a sentence break.
pub fn attributions_per_sentence_of(text: &str, n_sentences: usize) -> Option<f64> {
    if n_sentences < 5 {
        return None;
    }
    Some(ATTRIBUTION.find_iter(text).count() as f64 / n_sentences as f64)
}

/// The attribution verbs of `ATTRIBUTION`, lower-cased, for `attribution_count_lowered`.
const ATTRIBUTION_WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "added",
    "stated",
    "explained",
    "announced",
    "asked",
    "noted",
    "wrote",
    "confirmed",
    "insisted",
    "warned",
    "argued",
];

/// The characters outside ASCII that a case-insensitive Unicode regex folds to an ASCII letter:
/// the long s ('ſ', as 's') and the Kelvin sign ('K', as 'k').
pub(crate) const FOLDS_TO_ASCII: [char; 2] = ['\u{17f}', '\u{212a}'];

/// The start of `lowered` that is `text` ASCII-lower-cased (`Words::lowered`), when a
/// case-insensitive regex of lower-case ASCII words may be read as a case-sensitive one on it:
/// `text` holds no character of `FOLDS_TO_ASCII` (memchr's SIMD substring search, not a walk of
/// the text's characters). Lower-casing keeps every byte's place, its white space and whether it
/// is a word byte.
pub(crate) fn ascii_lowered<'a>(text: &str, lowered: &'a str) -> Option<&'a str> {
    // The two searchers are built once (`memmem::find` built one a call, about 1K instructions
    // a document over the four signals that ask).
    static FOLDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        FOLDS_TO_ASCII.map(|c| {
            memchr::memmem::Finder::new(c.encode_utf8(&mut [0; 4]).as_bytes()).into_owned()
        })
    });
    lowered
        .get(..text.len())
        .filter(|_| FOLDS.iter().all(|f| f.find(text.as_bytes()).is_none()))
}

/// True when `text` holds no character of `FOLDS_TO_ASCII`: `ascii_lowered`'s test, for
/// `Context` to make once.
pub(crate) fn holds_no_fold(text: &str) -> bool {
    ascii_lowered(text, text).is_some()
}

/// The first word of a verb or phrase ("according" of "according to").
pub(crate) fn first_word(w: &str) -> &str {
    w.split_once(' ').map_or(w, |(first, _)| first)
}

/// The first words of `ATTRIBUTION_WORDS` (B009) and of B013's speech verbs, each once: the
/// words one search of an article looks for on behalf of both signals (two searches of the
/// same text, one a signal, cost about 8K instructions a plain text more). No word is a prefix
/// of another (a test checks).
pub(crate) static VERB_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let b013 = crate::signals::b013_ornate_attribution::first_words();
    for w in ATTRIBUTION_WORDS.iter().map(|w| first_word(w)).chain(b013) {
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words
});

/// `VERB_WORDS` found case-sensitively in an ASCII-lower-cased text: a SIMD literal search
/// (Teddy). The case-insensitive Unicode regexes have no literal to search for and run their
/// automata on every byte (about 10 instructions a byte of article text). An overlapping
/// search would not use Teddy, and cost more than the regex.
static VERB_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(&*VERB_WORDS)
        .expect("the verbs build an automaton")
});

/// A word of `VERB_WORDS` in an ASCII-lower-cased text, standing as a whole run of ASCII word
/// bytes (letters, digits, '_'): its byte span and its index in `VERB_WORDS`.
pub(crate) type VerbHit = (usize, usize, usize);

/// Whether byte `i` of `bytes` is an ASCII word byte (`(?-u:\b)`'s word byte).
fn is_word_byte(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The `VERB_WORDS` of `lowered` (an ASCII-lower-cased text) standing as whole runs of ASCII
/// word bytes, in order. No word is a prefix of another, so at most one occurs at a place: an
/// occurrence with a word byte just before or after it is passed over (the search goes on a
/// byte after its start), and after a whole one the search goes on at its end. These are the
/// places where each signal's case-insensitive regex, its words between ASCII word boundaries,
/// can match: each signal reads its own words' hits (and a phrase's second word after one).
pub(crate) fn verb_hits(lowered: &str) -> Vec<VerbHit> {
    let bytes = lowered.as_bytes();
    let (mut hits, mut from) = (Vec::new(), 0usize);
    while let Some(m) = VERB_FINDER.find(aho_corasick::Input::new(bytes).span(from..bytes.len())) {
        let glued = m
            .start()
            .checked_sub(1)
            .is_some_and(|i| is_word_byte(bytes, i))
            || is_word_byte(bytes, m.end());
        if glued {
            from = m.start() + 1;
        } else {
            hits.push((m.start(), m.end(), m.pattern().as_usize()));
            from = m.end();
        }
    }
    hits
}

/// For each word of `VERB_WORDS`, the rest of the attribution verb it opens (" to" after
/// "according", "" for a verb of one word), `None` for a word of B013's alone.
static ATTRIBUTION_REST: LazyLock<Vec<Option<&'static str>>> = LazyLock::new(|| {
    VERB_WORDS
        .iter()
        .map(|v| {
            ATTRIBUTION_WORDS
                .iter()
                .find(|w| first_word(w) == *v)
                .map(|w| &w[v.len()..])
        })
        .collect()
});

/// `attributions_per_sentence_of(text, n_sentences)`, the verbs found in `lowered`, which starts
/// with `text` ASCII-lower-cased (`Words::lowered`: the lower-casing the words already did).
/// The regex's case folding is ASCII lower-casing but for `FOLDS_TO_ASCII` (a text holding one
/// is searched by the regex). The regex's matches are its words standing as whole runs of ASCII
/// word bytes ("according" followed by " to" and no word byte): `verb_hits` of its words.
pub fn attributions_per_sentence_lowered(
    text: &str,
    lowered: &str,
    n_sentences: usize,
) -> Option<f64> {
    if n_sentences < 5 {
        return None;
    }
    let lowered = ascii_lowered(text, lowered);
    let hits = lowered.map(verb_hits);
    attributions_per_sentence_in(text, lowered.zip(hits.as_deref()), n_sentences)
}

/// `attributions_per_sentence_lowered` given `ascii_lowered(text, lowered)` and its
/// `verb_hits` (`Context` finds them once for the two signals that ask).
pub(crate) fn attributions_per_sentence_in(
    text: &str,
    found: Option<(&str, &[VerbHit])>,
    n_sentences: usize,
) -> Option<f64> {
    if n_sentences < 5 {
        return None;
    }
    let Some((lowered, hits)) = found else {
        return attributions_per_sentence_of(text, n_sentences);
    };
    let bytes = lowered.as_bytes();
    let rest_of = &*ATTRIBUTION_REST;
    let n = hits
        .iter()
        .filter(|&&(_, end, k)| {
            rest_of[k].is_some_and(|rest| {
                rest.is_empty()
                    || bytes[end..].starts_with(rest.as_bytes())
                        && !is_word_byte(bytes, end + rest.len())
            })
        })
        .count();
    Some(n as f64 / n_sentences as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenises_like_the_measuring_script() {
        let t: Vec<String> = tokens("Far-reaching, isn’t it? The mayor's plan.")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["far", "reaching", "isn't", "it", "the", "mayor's", "plan"]
        );
    }

    #[test]
    fn tokens_outside_ascii_and_counts() {
        let text = "Straße’s ÉTÉ café—naïve 42km l'été isn’t O’Neill's.";
        let t: Vec<String> = tokens(text).into_iter().map(|t| t.text).collect();
        assert_eq!(
            t,
            [
                "straße's",
                "été",
                "café",
                "naïve",
                "42km",
                "l'été",
                "isn't",
                "o'neill's"
            ]
        );
        for s in [
            text,
            "",
            "’",
            "a’",
            "’a",
            "...",
            "one two  three",
            "日本語 テキスト",
        ] {
            assert_eq!(count_tokens(s), tokens(s).len(), "{s}");
            for t in tokens(s) {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            }
        }
    }

    #[test]
    fn byte_walk_tokens_agree_with_the_character_walk() {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "9",
            " ",
            "'",
            "’",
            "‘",
            "-",
            ".",
            "\n",
            "\t",
            "é",
            "É",
            "ß",
            "日",
            "٣",
            "Σ",
            "\u{a0}",
            "\u{2003}",
            "\u{200b}",
            "\u{7f}",
            "\u{300}",
            "K",
            "İ",
            "ǅ",
            "—",
            "“",
            "x'",
            "'s",
            "’t",
            "O’",
            "42",
            "\u{10ffff}",
            "😀",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let s = rng.string(PIECES, 24);
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            token_spans(&s, |a, b| fast.push((a, b)));
            token_spans_by_chars(&s, |a, b| slow.push((a, b)));
            assert_eq!(fast, slow, "{s:?}");
            // The flag is what `str::is_ascii` says of the token (which `Words::new` asked).
            let mut flagged = Vec::new();
            token_spans_flagged(&s, |a, b, kind, digit| {
                let t = &s[a..b];
                assert_eq!(
                    digit,
                    t.bytes().any(|b| b.is_ascii_digit()),
                    "{t:?} in {s:?}"
                );
                assert_eq!(kind != TokenKind::Other, t.is_ascii(), "{t:?} in {s:?}");
                assert_eq!(
                    kind == TokenKind::AsciiLetters,
                    t.bytes().all(|b| b.is_ascii_alphabetic()),
                    "{t:?} in {s:?}"
                );
                flagged.push((a, b));
            });
            assert_eq!(flagged, slow, "{s:?}");
        }
    }

    /// `Words::of_tokens` builds the words `Words::new` built reading the text itself: the same
    /// lowered text, pieces, spans, digit flags and alphabetic counts, on seeded random texts
    /// with tokens outside ASCII, curly apostrophes and 'Σ' among ASCII ones.
    #[test]
    fn words_of_tokens_as_by_their_own_walk() {
        const PIECES: &[&str] = &[
            "a",
            "The",
            "mayor's",
            "42",
            "x9",
            " ",
            "  ",
            "\n",
            "'",
            "’",
            "-",
            ".",
            "é",
            "Été",
            "ΣΑΣ",
            "straße",
            "İ",
            "日本",
            "don’t",
            "O’Neill",
            "café",
            "\u{a0}",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for round in 0..20_000 {
            let s = rng.string(PIECES, if round % 4 == 0 { 200 } else { 24 });
            let (new, old) = (Words::new(&s), Words::by_own_walk(&s));
            assert_eq!(new.text, old.text, "{s:?}");
            assert_eq!(new.spans(), old.spans(), "{s:?}");
            assert_eq!(new.raw, old.raw, "{s:?}");
            assert_eq!(new.digit, old.digit, "{s:?}");
            assert_eq!(new.alphabetic, old.alphabetic, "{s:?}");
        }
    }

    /// `split_lines` gives the pieces `str::split('\n')` gives, on seeded random texts of line
    /// breaks, carriage returns, spaces, letters and characters outside ASCII.
    #[test]
    fn lines_as_split() {
        const PIECES: &[&str] = &[
            "\n", "\n\n", "\r\n", " ", "a", "Word", "é", "—", "\u{2028}", "’",
        ];
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5_000 {
            let s = rng.string(PIECES, 20);
            let fast: Vec<&str> = split_lines(&s).collect();
            let slow: Vec<&str> = s.split('\n').collect();
            assert_eq!(fast, slow, "{s:?}");
        }
        assert_eq!(split_lines("").collect::<Vec<_>>(), vec![""]);
    }

    /// `type_ids` against the table of strings it replaced, on seeded random texts with words
    /// longer than 15 bytes and words that differ only past a zero byte's place.
    #[test]
    fn type_ids_as_a_table_of_strings() {
        fn by_strings<'w>(words: &[&'w str]) -> (Vec<&'w str>, Vec<u32>) {
            let mut index: std::collections::HashMap<&str, u32> = Default::default();
            let mut types = Vec::new();
            let ids: Vec<u32> = words
                .iter()
                .map(|&w| {
                    *index.entry(w).or_insert_with(|| {
                        types.push(w);
                        (types.len() - 1) as u32
                    })
                })
                .collect();
            (types, ids)
        }
        let pieces = [
            "a",
            "ab",
            "a\0",
            "\0",
            "harbour",
            "harbourmasters",
            "harbourmastership",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "é",
            "ééééééé",
            "ééééééééé",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let words: Vec<String> = (0..rng.below(60)).map(|_| rng.string(&pieces, 4)).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            assert_eq!(
                type_ids(words.iter().copied()),
                by_strings(&words),
                "{words:?}"
            );
        }
    }

    /// `push_normalised_token` appends what `normalise_token` returns, on seeded random tokens.
    #[test]
    fn normalised_token_pushed_as_returned() {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "’",
            "'",
            "7",
            "é",
            "É",
            "İ",
            "ß",
            "Σ",
            "σ",
            "ς",
            "ǅ",
            "Ω",
            "ﬁ",
            "ᾼ",
            "日",
            "\u{300}",
            "Straße",
            "O’NEILL",
        ];
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let t = rng.string(PIECES, 8);
            let mut out = String::from("x");
            push_normalised_token(&mut out, &t);
            assert_eq!(out, format!("x{}", normalise_token(&t)), "{t:?}");
        }
    }

    /// The table of packed words gives the ids a hash map gives, on seeded random texts of
    /// many distinct words (up to 15 bytes, and longer ones), so that slots collide and probes
    /// wrap around the table's end.
    #[test]
    fn short_type_table_as_a_hash_map() {
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for k in 0..300 {
            let vocabulary = 1 + rng.below([5, 50, 500, 5_000][k % 4]);
            let words: Vec<String> = (0..rng.below(600))
                .map(|_| {
                    let w = rng.below(vocabulary);
                    let len = 1 + w % [7, 15, 20][w % 3];
                    (0..len)
                        .map(|i| char::from(b'a' + ((w >> (i % 12)) % 26) as u8))
                        .collect::<String>()
                        + &w.to_string()
                })
                .collect();
            let text = words.join(" ");
            let w = Words::new(&text);
            assert_eq!(w.types(), type_ids(w.iter()), "{text:?}");
            let (types, ids) = w.types();
            assert_eq!(
                w.type_keys_and_ids(),
                (packed_types(&types), ids),
                "{text:?}"
            );
        }
    }

    /// A text of 65,535 words or more takes the hash map, with the same ids.
    #[test]
    fn type_ids_of_a_long_text() {
        let text: String = (0..70_000).map(|k| format!("w{} ", k % 40_000)).collect();
        let w = Words::new(&text);
        assert_eq!(w.types(), type_ids(w.iter()));
        let (types, ids) = w.types();
        assert_eq!(w.type_keys_and_ids(), (packed_types(&types), ids));
    }

    /// The keys `type_keys_and_ids` gives the types: `pack_word`'s, 0 past 15 bytes.
    fn packed_types(types: &[&str]) -> Vec<u128> {
        types
            .iter()
            .map(|t| pack_word(t.as_bytes()).unwrap_or(0))
            .collect()
    }

    /// The repeated n-grams found among those without a word seen once are those found by
    /// counting every n-gram by its slice, on seeded random id sequences from small vocabularies
    /// (much repeated) to large ones (mostly words seen once), ids past the packed keys' 25 bits
    /// included.
    #[test]
    fn repeated_grams_skipping_single_words_as_counting_all() {
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for k in 0..4_000 {
            let vocabulary = 1 + rng.below([3, 20, 200, 2_000][k % 4]);
            let len = rng.below(120);
            let high = if k % 7 == 0 { 1 << 26 } else { 0 };
            let ids: Vec<u32> = (0..len)
                .map(|_| (high + rng.below(vocabulary)) as u32)
                .collect();
            let lens: Vec<usize> = ids.iter().map(|&id| 1 + id as usize % 9).collect();
            for n in [1, 2, 3, 5, 6] {
                let by_slices = (ids.len() >= n * 4).then(|| {
                    let mut count: std::collections::HashMap<&[u32], usize> =
                        std::collections::HashMap::new();
                    for g in ids.windows(n) {
                        *count.entry(g).or_default() += 1;
                    }
                    let mut dup = vec![false; ids.len()];
                    for (i, g) in ids.windows(n).enumerate() {
                        if count[g] > 1 {
                            dup[i..i + n].fill(true);
                        }
                    }
                    let total: usize = lens.iter().sum();
                    let d: usize = lens
                        .iter()
                        .zip(&dup)
                        .filter(|(_, d)| **d)
                        .map(|(l, _)| l)
                        .sum();
                    d as f64 / total.max(1) as f64
                });
                assert_eq!(
                    duplicate_ngram_char_fraction_of_ids(&ids, &lens, n),
                    by_slices,
                    "{n} {ids:?}"
                );
            }
        }
    }

    /// The types and ids of a text's words by 16-byte loads are those of `type_ids` on the
    /// words, on seeded random texts cut at every length near their ends.
    #[test]
    fn type_ids_of_spans_as_type_ids() {
        for t in random_texts() {
            let cuts = (0..=t.len())
                .rev()
                .filter(|&i| t.is_char_boundary(i))
                .take(40);
            for cut in cuts {
                let w = Words::new(&t[..cut]);
                assert_eq!(w.types(), type_ids(w.iter()), "{:?}", &t[..cut]);
            }
        }
    }

    #[test]
    fn words_are_the_tokens_texts() {
        for s in [
            "Far-reaching, isn’t it? The mayor's plan.",
            "Straße’s ÉTÉ café—naïve 42km l'été isn’t O’Neill's ΣΑΣ.",
            "",
            "...",
        ] {
            let w = Words::new(s);
            let t: Vec<String> = tokens(s).into_iter().map(|t| t.text).collect();
            assert_eq!(w.to_vec(), t);
            assert_eq!(w.len(), t.len());
            assert_eq!(w.is_empty(), t.is_empty());
        }
        // Seeded random texts, ASCII and not: the pieces of the lower-cased buffer and the
        // normalised forms after it are the tokens' texts, with their lengths.
        for s in random_texts() {
            let w = Words::new(&s);
            let t: Vec<String> = tokens(&s).into_iter().map(|t| t.text).collect();
            assert_eq!(w.to_vec(), t, "{s:?}");
            let lens: Vec<usize> = t.iter().map(String::len).collect();
            assert_eq!(w.lens().collect::<Vec<_>>(), lens, "{s:?}");
            let ascii = s.replace(['é', 'É', 'ß', '’', '“', '”', '«', '»', '„'], "e");
            let t: Vec<String> = tokens(&ascii).into_iter().map(|t| t.text).collect();
            assert_eq!(Words::new(&ascii).to_vec(), t, "{ascii:?}");
        }
    }

    /// `ends_in_abbreviation` is the regex it replaced, on seeded random candidates.
    #[test]
    fn abbreviation_test_as_the_regex() {
        // The regex `sentences` ran (`(?-u:\b)`: ASCII word boundaries around ASCII words).
        let abbreviation = Regex::new(r"(?:(?-u:\b)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|approx)|(?-u:\b)[A-Z])\.$").expect("valid regex");
        const PIECES: &[&str] = &[
            "Mr", "Mrs", "rs", "M", "A", "z", "Z", "Sept", "Sep", "t", "approx", "etc", "vs", "No",
            "no", "Inc", "I", "U", "S", "5", "_", ".", ". ", " ", "-", "é", "É", "’", "(", "\"",
            "!", "?", "St", "Blvd", "e", "x", "Ave",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut ends = 0;
        for _ in 0..50_000 {
            let mut c = rng.string(PIECES, 6);
            if rng.below(4) > 0 {
                c.push('.');
            }
            assert_eq!(ends_in_abbreviation(&c), abbreviation.is_match(&c), "{c:?}");
            ends += usize::from(ends_in_abbreviation(&c));
        }
        assert!(ends > 5000, "{ends}");
    }

    #[test]
    fn splits_sentences() {
        let s = sentences(
            "Mr. Lee said no. \"We will wait,\" he said. The U.S. team won 3-1! Next one? Yes.",
        );
        assert_eq!(
            s,
            [
                "Mr. Lee said no.",
                "\"We will wait,\" he said.",
                "The U.S. team won 3-1!",
                "Next one?",
                "Yes."
            ]
        );
    }

    /// `mtld_of_ids` as it was, dividing counts a word: the oracle for its integer test.
    fn mtld_of_ids_dividing(ids: &[u32], n_types: usize) -> Option<f64> {
        const THRESHOLD: f64 = 0.72;
        let words = ids;
        if words.len() < 50 {
            return None;
        }
        // The passes count a run's types by stamping type ids with the run's number instead of
        // hashing every word into a set, twice. A generic function, not a closure over a `dyn
        // Iterator`: a dynamic call a word was a third of its cost.
        fn pass<'a>(iter: impl Iterator<Item = &'a u32>, n_types: usize, n_words: usize) -> f64 {
            let mut factors = 0.0;
            // `seen_in[id] == run`: the type was seen in the current run (runs are numbered from 1).
            let mut seen_in = vec![0u32; n_types];
            let mut run = 1u32;
            let mut types = 0usize;
            let mut count = 0usize;
            for &id in iter {
                count += 1;
                let seen = &mut seen_in[id as usize];
                if *seen != run {
                    *seen = run;
                    types += 1;
                }
                let ttr = types as f64 / count as f64;
                if ttr <= THRESHOLD {
                    factors += 1.0;
                    run += 1;
                    types = 0;
                    count = 0;
                }
            }
            if count > 0 {
                let ttr = types as f64 / count as f64;
                factors += (1.0 - ttr) / (1.0 - THRESHOLD);
            }
            if factors == 0.0 {
                n_words as f64
            } else {
                n_words as f64 / factors
            }
        }
        let fwd = pass(ids.iter(), n_types, words.len());
        let bwd = pass(ids.iter().rev(), n_types, words.len());
        Some((fwd + bwd) / 2.0)
    }

    /// The integer test of `mtld_of_ids` is the division it replaced, for every count of words
    /// and types to 5,000, and the measure is the same on seeded random id sequences.
    #[test]
    fn mtld_integer_test_as_the_division() {
        assert_eq!(MTLD_THRESHOLD, 18.0 / 25.0);
        for count in 1usize..=5000 {
            for types in 0..=count {
                assert_eq!(
                    types * 25 <= count * 18,
                    types as f64 / count as f64 <= MTLD_THRESHOLD,
                    "{types}/{count}"
                );
            }
        }
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let n_types = 1 + rng.below(400);
            let ids: Vec<u32> = (0..rng.below(700))
                .map(|_| rng.below(n_types) as u32)
                .collect();
            assert_eq!(
                mtld_of_ids(&ids, n_types),
                mtld_of_ids_dividing(&ids, n_types),
                "{ids:?}"
            );
        }
    }

    #[test]
    fn mtld_orders_diversity() {
        let rep: Vec<&str> = "the cat sat on the mat and the cat sat on the mat"
            .split(' ')
            .cycle()
            .take(120)
            .collect();
        let text = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty red green blue yellow purple orange";
        let div: Vec<&str> = text.split(' ').collect();
        assert!(mtld(&rep).unwrap() < 10.0);
        assert!(mtld(&div).unwrap() > 40.0);
    }

    /// Texts drawn from pieces that exercise the tokeniser, the sentence splitter and the
    /// attribution verbs (a fixed xorshift seed: the same cases every run).
    fn random_texts() -> Vec<String> {
        const PIECES: &[&str] = &[
            "the ",
            "harbor ",
            "said ",
            "Said. ",
            "according to ",
            "according  to ",
            "told. ",
            "Mr. ",
            "Straße ",
            "café’s ",
            "isn't ",
            "U.S. ",
            "42 ",
            "3.5% ",
            "\"We wait,\" ",
            "“quoted words here” ",
            "«cité ici» ",
            "„Zitat hier“ ",
            ". ",
            "? ",
            "! ",
            "\n",
            "\n\n",
            "- ",
            "saids ",
            "resaid ",
            "ÉTÉ ",
            "l'été ",
            "2024 ",
            "\t",
            "(Harbor) ",
            "x2-a ",
            "--A ",
            "A. ",
            "wrote",
            "noted—",
            "(added) ",
            "O’Neill ",
        ];
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        (0..300).map(|_| rng.string(PIECES, 400)).collect()
    }

    #[test]
    fn measures_on_word_ids_agree_with_measures_on_words() {
        for t in random_texts() {
            let w = Words::new(&t);
            for s in sentences(&t) {
                let from = s.as_ptr() as usize - t.as_ptr() as usize;
                assert_eq!(
                    w.count_in(from, from + s.len()),
                    count_tokens(s),
                    "{s:?} in {t:?}"
                );
            }
            let words = w.to_vec();
            let (_, ids) = w.types();
            let lens: Vec<usize> = w.lens().collect();
            // The n-grams counted by their slices of words, in two passes (the first form); 6 is
            // past the five ids a packed key holds.
            for n in [1, 2, 5, 6] {
                let by_slices = (n > 0 && words.len() >= n * 4).then(|| {
                    let mut count: std::collections::HashMap<&[&str], usize> =
                        std::collections::HashMap::new();
                    for g in words.windows(n) {
                        *count.entry(g).or_default() += 1;
                    }
                    let mut dup = vec![false; words.len()];
                    for (i, g) in words.windows(n).enumerate() {
                        if count[g] > 1 {
                            dup[i..i + n].fill(true);
                        }
                    }
                    let total: usize = words.iter().map(|w| w.len()).sum();
                    let d: usize = words
                        .iter()
                        .zip(&dup)
                        .filter(|(_, d)| **d)
                        .map(|(w, _)| w.len())
                        .sum();
                    d as f64 / total.max(1) as f64
                });
                assert_eq!(
                    duplicate_ngram_char_fraction_of_ids(&ids, &lens, n),
                    by_slices,
                    "{t:?}"
                );
            }
            assert_eq!(
                duplicate_ngram_char_fraction(&words, 5),
                duplicate_ngram_char_fraction_of_ids(&ids, &lens, 5),
                "{t:?}"
            );
            // The mean word length as the character walk measures it.
            let (n, sum) = words
                .iter()
                .filter(|w| w.chars().all(char::is_alphabetic))
                .fold((0usize, 0usize), |(n, sum), w| {
                    (n + 1, sum + w.chars().count())
                });
            let by_chars = (n >= 50).then(|| sum as f64 / n as f64);
            assert_eq!(w.mean_word_length(), by_chars, "{t:?}");
            assert_eq!(w.mean_word_length_by_tokens(), by_chars, "{t:?}");
            // The quotes as the capture group of the whole match gives them.
            let captured: Vec<&str> = QUOTE
                .captures_iter(&t)
                .filter_map(|c| c.get(1))
                .map(|m| m.as_str())
                .filter(|q| q.split_whitespace().count() >= 3)
                .collect();
            assert_eq!(direct_quotes(&t), captured, "{t:?}");
            let s = sentences(&t);
            // The specifics as the character walk counts them.
            let by_chars = |sentences: &[&str]| {
                let (mut words, mut specific) = (0usize, 0usize);
                for s in sentences {
                    for (i, t) in s.split_whitespace().enumerate() {
                        let core = t.trim_matches(|c: char| !c.is_alphanumeric());
                        if core.is_empty() {
                            continue;
                        }
                        words += 1;
                        let first = core.chars().next().unwrap_or(' ');
                        if core.chars().any(|c| c.is_ascii_digit())
                            || (i > 0 && first.is_uppercase())
                        {
                            specific += 1;
                        }
                    }
                }
                (words >= 50).then(|| specific as f64 * 100.0 / words as f64)
            };
            let ascii: Vec<String> = s
                .iter()
                .map(|x| x.replace(['é', 'É', 'ß', '’'], "e"))
                .collect();
            let ascii: Vec<&str> = ascii.iter().map(String::as_str).collect();
            for set in [&s, &ascii] {
                assert_eq!(specifics_per_100_words(set), by_chars(set), "{t:?}");
            }
            assert_eq!(
                w.specifics_per_100_words(&t, &s),
                specifics_per_100_words(&s),
                "{t:?}"
            );
            assert_eq!(
                attributions_per_sentence(&s),
                attributions_per_sentence_of(&t, s.len()),
                "{t:?}"
            );
            assert_eq!(
                attributions_per_sentence_lowered(&t, Words::new(&t).lowered(), s.len()),
                attributions_per_sentence_of(&t, s.len()),
                "{t:?}"
            );
        }
    }

    /// The specifics counted from the tokens are those of the sentences' pieces, on seeded
    /// random texts with white space outside ASCII, pieces glued by punctuation, capitals and
    /// digits inside and at the start of pieces, and upper-case letters outside ASCII.
    #[test]
    fn specifics_from_tokens_are_those_of_the_sentences() {
        const PIECES: &[&str] = &[
            "harbor", "Harbor", "A", "b", "É", "été", "ß", "3", "x2", "2x", " ", " ", "  ", "\t",
            "\n", "\n\n", "\u{a0}", "\u{2003}", "\u{200b}", "—", "-", "_", "'", "’", "\"", "“",
            "(", ")", ".", ". ", "? ", "! ", ". The ", ". 42 ", "Mr. ", "U.S.", "日本", "Ǆ", ",",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut measured = 0;
        for _ in 0..5000 {
            let t = rng.string(PIECES, 600);
            let s = sentences(&t);
            let want = specifics_per_100_words(&s);
            measured += usize::from(want.is_some());
            assert_eq!(
                Words::new(&t).specifics_per_100_words(&t, &s),
                want,
                "{t:?}"
            );
        }
        assert!(measured > 2000, "{measured}");
    }

    /// The only characters outside ASCII that the regex's case folding matches to an ASCII
    /// letter are `FOLDS_TO_ASCII`.
    #[test]
    fn only_two_characters_fold_to_ascii_letters() {
        let any_letter = Regex::new("(?i)^[a-z]$").expect("valid regex");
        let folding: Vec<char> = (0x80..=0x10_ffff)
            .filter_map(char::from_u32)
            .filter(|c| any_letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, FOLDS_TO_ASCII);
    }

    /// The attribution verbs counted in the lower-cased words' text are the regex's matches, on
    /// seeded random texts of the verbs in any case, glued to word bytes or not, and the two
    /// characters that fold to ASCII letters.
    #[test]
    fn attributions_in_lowered_text_are_the_regex_matches() {
        const PIECES: &[&str] = &[
            "said",
            "SAYS",
            "Told",
            "according to",
            "ACCORDING TO",
            "according told",
            "added",
            "Asked",
            "noted",
            "wrote",
            "argued",
            "warned",
            "to",
            "ld",
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
            "a",
            "S",
            "id",
            "ays",
            "ccording",
            // B013's words, found by the same search.
            "pointed out",
            "Asserted",
            "notes",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut found = 0usize;
        for _ in 0..20_000 {
            let t = rng.string(PIECES, 30);
            let want = attributions_per_sentence_of(&t, 5);
            found += usize::from(want.is_some_and(|v| v > 0.0));
            let w = Words::new(&t);
            assert_eq!(
                attributions_per_sentence_lowered(&t, w.lowered(), 5),
                want,
                "{t:?}"
            );
        }
        assert!(found > 1000, "{found}");
        // A text shorter than its lowered form's start (not the words of this text) is
        // counted by the regex.
        let t = "He said so. She said no. They said yes. We said it. You said.";
        assert_eq!(
            attributions_per_sentence_lowered(t, "", 5),
            attributions_per_sentence_of(t, 5)
        );
    }

    #[test]
    fn quotes_and_repetition() {
        assert_eq!(
            direct_quotes("He said “we will rebuild the pier” and left. \"No.\""),
            ["we will rebuild the pier"]
        );
        let w: Vec<&str> = "a b c d e a b c d e f g h i j k l m n o p"
            .split(' ')
            .collect();
        assert!(duplicate_ngram_char_fraction(&w, 5).unwrap() > 0.4);
    }
}
