//! The word tokens of the article text, as the heuristics read them (runs of letters and digits,
//! keeping an apostrophe, straight or curly, only between two of them), found once a document:
//! the language's function words are counted from them, and the heuristics build their words
//! (`credence_heuristics::text_stats::Words`) from them, where each walked the text before.

/// The tokens of one text: each one's byte span, whether it holds an ASCII digit, which ones hold
/// a character outside ASCII, and the number and length of those all ASCII letters.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    /// The address and length of the string the tokens were read from, and a hash of its bytes:
    /// `read_from` tells a reader whether they are that string's.
    source: (usize, usize, u64),
    /// Each token's byte span, in order.
    spans: Vec<(usize, usize)>,
    /// Whether each token holds an ASCII digit.
    digit: Vec<bool>,
    /// The indices of the tokens holding a character outside ASCII, in order.
    other: Vec<usize>,
    /// The number of tokens of ASCII letters only, and their length.
    ascii_letters: (usize, usize),
}

/// The address, length and a hash of the bytes of `s` (foldhash with a fixed seed: about 1,000
/// instructions a 3 KB text).
fn source_of(s: &str) -> (usize, usize, u64) {
    use std::hash::BuildHasher;
    let hash = foldhash::fast::FixedState::with_seed(0x5eed).hash_one(s.as_bytes());
    (s.as_ptr() as usize, s.len(), hash)
}

impl Tokens {
    /// The tokens of `s`.
    pub fn new(s: &str) -> Tokens {
        // News text runs at about 6 bytes a token, a short-worded text at 5: room for a token
        // every 4 bytes spares the vectors' regrowth (a copy of each) on most texts.
        let mut spans = Vec::with_capacity(s.len() / 4);
        let mut digit = Vec::with_capacity(s.len() / 4);
        let mut other = Vec::new();
        let (mut letters, mut letter_bytes) = (0, 0);
        token_spans_flagged(s, |a, b, kind, has_digit| {
            match kind {
                TokenKind::AsciiLetters => {
                    letters += 1;
                    letter_bytes += b - a;
                }
                TokenKind::Other => other.push(spans.len()),
                TokenKind::Ascii => {}
            }
            spans.push((a, b));
            digit.push(has_digit);
        });
        Tokens {
            source: source_of(s),
            spans,
            digit,
            other,
            ascii_letters: (letters, letter_bytes),
        }
    }

    /// True when these are the tokens of `s` itself (the same string in memory, which the
    /// extraction moved but did not change): a copy of the text, or a text changed since, is
    /// tokenised again by its reader.
    pub fn read_from(&self, s: &str) -> bool {
        // The address and length first (a copy has another address); the hash then tells a text
        // changed in place (`Extraction::body_text` is a public field), whose char boundaries
        // may no longer be the spans' ends.
        self.source.0 == s.as_ptr() as usize
            && self.source.1 == s.len()
            && self.source == source_of(s)
    }

    /// Each token's byte span, in order.
    pub fn spans(&self) -> &[(usize, usize)] {
        &self.spans
    }

    /// Whether each token holds an ASCII digit, in order.
    pub fn digit(&self) -> &[bool] {
        &self.digit
    }

    /// The indices of the tokens holding a character outside ASCII, in order.
    pub fn other(&self) -> &[usize] {
        &self.other
    }

    /// The number of tokens of ASCII letters only, and their length in bytes.
    pub fn ascii_letters(&self) -> (usize, usize) {
        self.ascii_letters
    }

    /// The spans and the digit flags, taken apart (a reader that owns the tokens keeps them).
    pub fn into_spans_and_digits(self) -> (Vec<(usize, usize)>, Vec<bool>) {
        (self.spans, self.digit)
    }
}

/// ASCII letters and digits (`char::is_alphanumeric` on ASCII); false for every byte from 0x80.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// What `token_spans_flagged` tells of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// ASCII letters only.
    AsciiLetters,
    /// ASCII, with a digit or an apostrophe.
    Ascii,
    /// A character outside ASCII.
    Other,
}

/// The kind of an ASCII byte inside a token: a letter, a digit, else 0 (no token byte); and
/// the flag `token_spans_flagged` sets for an apostrophe inside a token.
const LETTER: u8 = 1;
const DIGIT_BYTE: u8 = 2;
const APOSTROPHE: u8 = 4;
static TOKEN_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT_BYTE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Each byte's lane of a `u64` is 0x80 where the byte is set, else 0.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// A byte of `n` in each lane.
const fn lanes(n: u8) -> u64 {
    0x0101_0101_0101_0101 * n as u64
}

/// For eight bytes read as a little-endian `u64`: the lanes (bit 0x80 of a byte) of the ASCII
/// letters, of the ASCII digits, and of the bytes that stop a run of them (any other byte, one
/// from 0x80 included), as `TOKEN_BYTE` classes them a byte at a time. A byte's low seven bits
/// plus a constant under 0x81 sets its bit 0x80 exactly when they reach a bound, and carries
/// into no other lane: `b | 0x20` is a lower-case letter when it is at least `a` and not above
/// `z`, `b` a digit when it is at least `0` and not above `9`.
#[inline(always)]
fn ascii_word_bytes(w: u64) -> (u64, u64, u64) {
    let low = w & !HIGH_BITS;
    let lower = low | lanes(0x20);
    let ascii = !w & HIGH_BITS;
    let letters = (lower + lanes(0x80 - b'a')) & !(lower + lanes(0x7f - b'z')) & ascii;
    let digits = (low + lanes(0x80 - b'0')) & !(low + lanes(0x7f - b'9')) & ascii;
    (letters, digits, HIGH_BITS & !(letters | digits))
}

/// `token_spans` (the heuristics' walk over a text's tokens: runs of letters and digits, an
/// apostrophe kept only between two of them), telling `f` also the token's kind and whether it holds an ASCII digit: the walk
/// knows whether it is all ASCII, as a token's bytes outside ASCII are the characters it
/// decodes, and which kinds of ASCII bytes it stepped over (a test holds the kind to
/// `str::is_ascii` and the letter test, and the flag to a digit search), and `Words::new` need
/// not read each token again to learn them.
pub fn token_spans_flagged(s: &str, mut f: impl FnMut(usize, usize, TokenKind, bool)) {
    let bytes = s.as_bytes();
    let n = bytes.len();
    // The character starting at `i` (a char boundary) is a letter or digit.
    let alnum_at = |i: usize| -> bool {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => ASCII_ALNUM[b as usize],
            Some(_) => s[i..].chars().next().is_some_and(char::is_alphanumeric),
            None => false,
        }
    };
    let mut i = 0;
    while i < n {
        // Separators: outside a token an apostrophe is one too.
        let b = bytes[i];
        if b < 0x80 {
            if !ASCII_ALNUM[b as usize] {
                i += 1;
                continue;
            }
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut ascii = true;
        // The kinds of the token's ASCII bytes (`TOKEN_BYTE`, and `APOSTROPHE` for an inner one).
        let mut kinds = 0u8;
        loop {
            // The run of ASCII letters and digits from `i`: eight bytes at a time while eight
            // remain, then a byte at a time. A byte at a time cost about 11 instructions a byte
            // of every word.
            if let Some(chunk) = bytes
                .get(i..i + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
            {
                let (letters, digits, stops) = ascii_word_bytes(u64::from_le_bytes(chunk));
                // The bits below the first stop (all of them when there is none): the run's bytes.
                let run = stops.wrapping_sub(1) & !stops;
                kinds |= (u8::from(letters & run != 0) * LETTER)
                    | (u8::from(digits & run != 0) * DIGIT_BYTE);
                if stops == 0 {
                    i += 8;
                    continue;
                }
                i += (stops.trailing_zeros() / 8) as usize;
            } else {
                while i < n {
                    let kind = TOKEN_BYTE[usize::from(bytes[i])];
                    if kind == 0 {
                        break;
                    }
                    kinds |= kind;
                    i += 1;
                }
            }
            if i >= n {
                break;
            }
            let b = bytes[i];
            if b == b'\'' {
                if alnum_at(i + 1) {
                    kinds |= APOSTROPHE;
                    i += 1;
                    continue;
                }
                break;
            }
            if b < 0x80 {
                break;
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            let next = i + c.len_utf8();
            if c.is_alphanumeric() || (c == '’' && alnum_at(next)) {
                ascii = false;
                i = next;
                continue;
            }
            break;
        }
        let kind = match (ascii, kinds) {
            (false, _) => TokenKind::Other,
            (true, LETTER) => TokenKind::AsciiLetters,
            (true, _) => TokenKind::Ascii,
        };
        // Every ASCII byte of the token went through the `TOKEN_BYTE` loop: an ASCII digit
        // anywhere in it set `DIGIT_BYTE`.
        f(start, i, kind, kinds & DIGIT_BYTE != 0);
        // The character at `i` (if any) is a separator: the loop above skips it.
    }
}

/// `token_spans_flagged` reading a token's ASCII letters and digits a byte at a time: the form
/// it had, kept to test the walk eight bytes at a time against.
#[cfg(test)]
fn token_spans_flagged_by_bytes(s: &str, mut f: impl FnMut(usize, usize, TokenKind, bool)) {
    let bytes = s.as_bytes();
    let n = bytes.len();
    // The character starting at `i` (a char boundary) is a letter or digit.
    let alnum_at = |i: usize| -> bool {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => ASCII_ALNUM[b as usize],
            Some(_) => s[i..].chars().next().is_some_and(char::is_alphanumeric),
            None => false,
        }
    };
    let mut i = 0;
    while i < n {
        // Separators: outside a token an apostrophe is one too.
        let b = bytes[i];
        if b < 0x80 {
            if !ASCII_ALNUM[b as usize] {
                i += 1;
                continue;
            }
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut ascii = true;
        // The kinds of the token's ASCII bytes (`TOKEN_BYTE`, and `APOSTROPHE` for an inner one).
        let mut kinds = 0u8;
        loop {
            while i < n {
                let kind = TOKEN_BYTE[usize::from(bytes[i])];
                if kind == 0 {
                    break;
                }
                kinds |= kind;
                i += 1;
            }
            if i >= n {
                break;
            }
            let b = bytes[i];
            if b == b'\'' {
                if alnum_at(i + 1) {
                    kinds |= APOSTROPHE;
                    i += 1;
                    continue;
                }
                break;
            }
            if b < 0x80 {
                break;
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            let next = i + c.len_utf8();
            if c.is_alphanumeric() || (c == '’' && alnum_at(next)) {
                ascii = false;
                i = next;
                continue;
            }
            break;
        }
        let kind = match (ascii, kinds) {
            (false, _) => TokenKind::Other,
            (true, LETTER) => TokenKind::AsciiLetters,
            (true, _) => TokenKind::Ascii,
        };
        // Every ASCII byte of the token went through the `TOKEN_BYTE` loop: an ASCII digit
        // anywhere in it set `DIGIT_BYTE`.
        f(start, i, kind, kinds & DIGIT_BYTE != 0);
        // The character at `i` (if any) is a separator: the loop above skips it.
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ascii_word_bytes` classes every byte value in every lane as `TOKEN_BYTE` does, whatever
    /// the bytes around it (a carry from a neighbour would show here).
    #[test]
    fn word_byte_lanes_as_the_table() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                for filler in [0x00, 0x20, 0x7f, 0x80, 0xc3, 0xff, b'a', b'Z', b'9', b'\''] {
                    let mut bytes = [filler; 8];
                    bytes[lane] = b;
                    let (letters, digits, stops) = ascii_word_bytes(u64::from_le_bytes(bytes));
                    let bit = 0x80u64 << (8 * lane);
                    let kind = TOKEN_BYTE[usize::from(b)];
                    assert_eq!(letters & bit != 0, kind == LETTER, "{b:#x} {lane}");
                    assert_eq!(digits & bit != 0, kind == DIGIT_BYTE, "{b:#x} {lane}");
                    assert_eq!(stops & bit != 0, kind == 0, "{b:#x} {lane}");
                }
            }
        }
    }

    /// The walk eight bytes at a time finds the spans, kinds and digit flags the walk a byte at
    /// a time found, on seeded random texts of long and short words, digits, apostrophes,
    /// punctuation and characters outside ASCII (every byte value from 0x20 to 0x7f among them).
    #[test]
    fn flagged_walk_by_words_as_by_bytes() {
        let ascii: Vec<String> = (0x20u8..0x80).map(|b| char::from(b).to_string()).collect();
        let mut pieces: Vec<&str> = ascii.iter().map(String::as_str).collect();
        pieces.extend([
            "harbour",
            "Quillnest",
            "abcdefgh",
            "ABCDEFGHIJKLMNOP",
            "2026",
            "12345678",
            "x9y8z7w6",
            "isn't",
            "’",
            "é",
            "日本",
            " ",
            "\n",
            "\t",
            "don’t",
            "straße",
            "@[`{/:",
        ]);
        let mut rng = crate::Xorshift(0x5851_f42d_4c95_7f2d);
        for round in 0..30_000 {
            let s = rng.string(&pieces, if round % 3 == 0 { 60 } else { 16 });
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            token_spans_flagged(&s, |a, b, kind, digit| fast.push((a, b, kind, digit)));
            token_spans_flagged_by_bytes(&s, |a, b, kind, digit| slow.push((a, b, kind, digit)));
            assert_eq!(fast, slow, "{s:?}");
        }
    }

    /// A token's kind and flags as the tokens keep them: the kinds the walk told, the digit
    /// flags, the tokens outside ASCII and the count of those of ASCII letters.
    #[test]
    fn tokens_keep_what_the_walk_told() {
        let text = "Straße’s ÉTÉ café—naïve 42km l'été isn’t O’Neill's. The 3 mayors' plan";
        let t = Tokens::new(text);
        assert!(t.read_from(text));
        let copy = String::from(text);
        assert!(!t.read_from(copy.as_str()));
        // A text changed in place, same address and length: not the tokens' any more.
        let mut owned = String::from("Harbour dues rise again");
        let t2 = Tokens::new(&owned);
        assert!(t2.read_from(&owned));
        owned.make_ascii_uppercase();
        assert!(!t2.read_from(&owned));
        let mut n = 0;
        token_spans_flagged(text, |a, b, kind, digit| {
            assert_eq!(t.spans()[n], (a, b));
            assert_eq!(t.digit()[n], digit);
            assert_eq!(t.other().contains(&n), kind == TokenKind::Other);
            n += 1;
        });
        assert_eq!(n, t.spans().len());
        // "O’Neill's" holds a curly apostrophe; "The", "mayors" and "plan" are ASCII letters.
        assert_eq!(t.ascii_letters(), (3, 13));
    }
}
