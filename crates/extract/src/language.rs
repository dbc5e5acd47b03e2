//! Language of the article text (whatlang trigram model), as an ISO 639-1 code.

use crate::lexicon::{ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS};
use crate::tokens::Tokens;

/// Bytes of the text the detector reads: trigram scores settle long before that, and the
/// detector's cost grows with its input (13% of the plain-text profile when it read 5,000
/// characters).
const SAMPLE_BYTES: usize = 2400;
/// Windows the sample is taken from, spread evenly over the text, so a page whose first lines
/// are in another language than its article (an English menu over a German story) is judged
/// by all of it.
const SAMPLE_WINDOWS: usize = 4;

/// The byte ranges of the text the sample is made of: the whole text when short, else
/// `SAMPLE_WINDOWS` windows spread over it, each starting and ending at white space (after a
/// white-space character) or the text's end.
fn sample_windows(text: &str) -> ([(usize, usize); SAMPLE_WINDOWS], usize) {
    let mut windows = [(0, 0); SAMPLE_WINDOWS];
    if text.len() <= SAMPLE_BYTES {
        windows[0] = (0, text.len());
        return (windows, 1);
    }
    let window = SAMPLE_BYTES / SAMPLE_WINDOWS;
    let step = text.len() / SAMPLE_WINDOWS;
    for (k, w) in windows.iter_mut().enumerate() {
        let from = word_start(text, k * step);
        let to = word_start(text, (from + window).min(text.len()));
        *w = (from, to);
    }
    (windows, SAMPLE_WINDOWS)
}

/// The text itself when short, else `SAMPLE_WINDOWS` windows spread over it, each starting and
/// ending at white space, joined by newlines.
fn sample(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= SAMPLE_BYTES {
        return text.into();
    }
    let mut out = String::with_capacity(SAMPLE_BYTES + SAMPLE_WINDOWS);
    let (windows, n) = sample_windows(text);
    for &(from, to) in &windows[..n] {
        out.push_str(&text[from..to]);
        out.push('\n');
    }
    out.into()
}

/// Share of English function words at or above which a text is English without asking the
/// trigram model. English news runs at 0.26-0.59 (median 0.44) with this list; the German,
/// Spanish, French, Portuguese, Polish... pages of trafilatura_evaldata at 0.11 or less, one
/// mixed page at 0.30. A fast path: whatlang costs a fixed ~0.1 ms a call, a quarter of a
/// plain-text document's whole scoring, and most documents are English.
const ENGLISH_SHARE: f64 = 0.35;
/// Fewest words in the sample for the fast path.
const ENGLISH_MIN_WORDS: usize = 40;

/// Share of German function words (`GERMAN_FUNCTION_WORDS`, which leaves out the words other
/// languages share) at or above which a text is German without asking the trigram model, when
/// it also holds more of them than English function words. On the samples of trafilatura_evaldata
/// (990 pages), its gold pages and the 4,583 texts of the plain-text sets, the pages whatlang calls
/// German run at a median of 0.28 (647 of 698 at 0.20 or more, each called German at confidence
/// 1.0), every other page at 0.15 or less (an English menu over a German story, which
/// whatlang leaves undecided; the next is a Spanish page at 0.10). A fast path: whatlang cost
/// about 1.3 million instructions a page, a tenth of an HTML page's own work, and most pages
/// of that set are German.
const GERMAN_SHARE: f64 = 0.20;
/// Fewest words in the sample for the German fast path.
const GERMAN_MIN_WORDS: usize = ENGLISH_MIN_WORDS;

/// The language bit of an English function word in `PACKED_FUNCTION_WORDS`.
const ENGLISH: u8 = 1;
/// The language bit of a German function word in `PACKED_FUNCTION_WORDS`.
const GERMAN: u8 = 2;

/// The function words whose share can decide the language, the lower-cased ASCII ones of up to
/// 10 bytes: each word packed by `pack` (looked up as one integer, without a string to hash), with
/// the bits of the languages it is a function word of. One lookup a word serves both fast paths.
static PACKED_FUNCTION_WORDS: std::sync::LazyLock<FunctionWordTable> =
    std::sync::LazyLock::new(|| FunctionWordTable::new(&packed_function_words()));

/// The packed function words (see `PACKED_FUNCTION_WORDS`) with their languages' bits.
fn packed_function_words() -> foldhash::HashMap<u128, u8> {
    let mut m = foldhash::HashMap::default();
    for (words, bit) in [
        (&*ENGLISH_FUNCTION_WORDS, ENGLISH),
        (&*GERMAN_FUNCTION_WORDS, GERMAN),
    ] {
        // The words a lower-cased ASCII word can equal.
        for w in words
            .iter()
            .filter(|w| w.len() <= 10 && w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()))
        {
            *m.entry(pack(w.as_bytes())).or_insert(0) |= bit;
        }
    }
    m
}

/// The packed function words in an open-addressing table at most a quarter full, probed
/// linearly from a multiplicative hash of the word's two halves: a lookup is a multiplication,
/// a shift and a comparison or two, where the hash map's (hashing the 16 bytes, a group probe)
/// was about 43 instructions, on nine words in ten of the sample (those the ends table passes).
struct FunctionWordTable {
    /// Each slot's packed word, 0 when empty (no packed word is 0: its length byte is not).
    keys: Box<[u128]>,
    /// Each slot's language bits.
    bits: Box<[u8]>,
    /// 64 minus the number of slot bits.
    shift: u32,
}

impl FunctionWordTable {
    fn new(words: &foldhash::HashMap<u128, u8>) -> FunctionWordTable {
        let slots = (4 * words.len()).next_power_of_two().max(16);
        let mut table = FunctionWordTable {
            keys: vec![0; slots].into_boxed_slice(),
            bits: vec![0; slots].into_boxed_slice(),
            shift: 64 - slots.trailing_zeros(),
        };
        for (&key, &bits) in words {
            let mut slot = table.slot(key);
            while table.keys[slot] != 0 {
                slot = (slot + 1) & (slots - 1);
            }
            table.keys[slot] = key;
            table.bits[slot] = bits;
        }
        table
    }

    /// The slot a probe for `key` starts at.
    #[inline(always)]
    fn slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The language bits of the packed word `key`, 0 when it is no function word.
    #[inline(always)]
    fn get(&self, key: u128) -> u8 {
        let mask = self.keys.len() - 1;
        let mut slot = self.slot(key);
        loop {
            match self.keys[slot] {
                k if k == key => return self.bits[slot],
                0 => return 0,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// For each length (up to 10) and lower-cased first byte of a word of `PACKED_FUNCTION_WORDS`,
/// the lower-cased last bytes it may end in (bit `last & 63`). A word missing here is no function
/// word (the converse need not hold: bits are shared), and most words of a text are turned away by
/// this before they are packed and hashed.
static FUNCTION_WORD_ENDS: std::sync::LazyLock<Box<[[u64; 128]; 11]>> =
    std::sync::LazyLock::new(|| {
        let mut t = Box::new([[0u64; 128]; 11]);
        let words = ENGLISH_FUNCTION_WORDS
            .iter()
            .chain(GERMAN_FUNCTION_WORDS.iter());
        for w in words.map(|w| w.as_bytes()) {
            if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
                if w.len() <= 10 && w.is_ascii() && !w.iter().any(u8::is_ascii_uppercase) {
                    t[w.len()][usize::from(first)] |= 1 << (last & 63);
                }
            }
        }
        t
    });

/// `pack(w)` for a word of `WORD_BYTE` bytes only, up to 10: laid out in two `u64` halves, and
/// lower-cased by setting bit 0x20 of each byte, which is `to_ascii_lowercase` on ASCII letters,
/// digits and the apostrophe (the latter two have that bit set already).
fn pack_word_bytes(w: &[u8]) -> u128 {
    debug_assert!(w.len() <= 10 && w.iter().all(|&b| b < 0x80 && WORD_BYTE[usize::from(b)]));
    let (mut lo, mut hi) = (0u64, (w.len() as u64) << 56);
    for (i, &b) in w.iter().enumerate() {
        let b = u64::from(b | 0x20);
        if i < 8 {
            lo |= b << (8 * i);
        } else {
            hi |= b << (8 * (i - 8));
        }
    }
    (u128::from(hi) << 64) | u128::from(lo)
}

/// The mask keeping the low `len` bytes of a u128, looked up (a shift of a u128 by a variable
/// amount is about a dozen instructions).
const LOW_BYTES: [u128; 11] = {
    let mut t = [0u128; 11];
    let mut len = 0;
    while len < 11 {
        t[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    t
};

/// `pack_word_bytes(&bytes[a..b])` for a word of the sample: its bytes read by one 16-byte load,
/// lower-cased by setting bit 0x20 of each and those past the word masked off, instead of a
/// shift and an or a byte (about 9 instructions a byte of each word that passes the ends
/// filter). A word within 16 bytes of the sample's end is packed by `pack_word_bytes`.
#[inline(always)]
fn packed_word_at(bytes: &[u8], a: usize, b: usize) -> u128 {
    const LOWER: u128 = u128::from_le_bytes([0x20; 16]);
    let len = b - a;
    match bytes
        .get(a..a + 16)
        .and_then(|w| <[u8; 16]>::try_from(w).ok())
    {
        Some(w) if len <= 10 => {
            ((u128::from_le_bytes(w) | LOWER) & LOW_BYTES[len]) | ((len as u128) << 120)
        }
        _ => pack_word_bytes(&bytes[a..b]),
    }
}

/// Up to 10 bytes, ASCII lower-cased, and their number, in one integer (distinct for distinct
/// lower-cased byte strings of that length).
fn pack(w: &[u8]) -> u128 {
    // Byte `i` at bits `8 * i`, the length in the top byte: the bytes laid out little-endian, as a
    // shift and an or a byte (about 10 instructions each on a u128) laid them.
    let mut bytes = [0u8; 16];
    bytes[..w.len()].copy_from_slice(w);
    bytes.make_ascii_lowercase();
    bytes[15] = w.len() as u8;
    u128::from_le_bytes(bytes)
}

/// ASCII bytes that belong to a word: letters, digits and the apostrophe.
static WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize;
        b += 1;
    }
    t
};

/// `w` without its outer ASCII apostrophes. Most words have none at either end: both ends are
/// tested once before any trimming loop (the two loops alone, run on every word of the sample,
/// cost about 10 instructions a word; the tests keep them as the oracle). Always inlined: it
/// runs on every word of the sample, and the call cost a third of what the guard saved.
#[inline(always)]
fn trim_apostrophes(mut w: &[u8]) -> &[u8] {
    if w.first() == Some(&b'\'') || w.last() == Some(&b'\'') {
        while let [b'\'', rest @ ..] = w {
            w = rest;
        }
        while let [rest @ .., b'\''] = w {
            w = rest;
        }
    }
    w
}

/// The words of a sample and how many of them are English and German function words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct FunctionWords {
    words: usize,
    english: usize,
    german: usize,
}

impl FunctionWords {
    /// English beyond doubt by its function words.
    fn plainly_english(self) -> bool {
        self.words >= ENGLISH_MIN_WORDS && self.english as f64 >= ENGLISH_SHARE * self.words as f64
    }

    /// German beyond doubt by its function words.
    fn plainly_german(self) -> bool {
        self.words >= GERMAN_MIN_WORDS
            && self.german > self.english
            && self.german as f64 >= GERMAN_SHARE * self.words as f64
    }
}

/// True when the sample is English beyond doubt by its function words.
#[cfg(test)]
fn plainly_english(sample: &str) -> bool {
    function_words(sample).plainly_english()
}

/// True when the sample is German beyond doubt by its function words.
#[cfg(test)]
fn plainly_german(sample: &str) -> bool {
    function_words(sample).plainly_german()
}

/// Counts the words of the sample and its English and German function words, in one pass.
fn function_words(sample: &str) -> FunctionWords {
    let (mut words, mut english, mut german) = (0usize, 0usize, 0usize);
    let function_words = &*PACKED_FUNCTION_WORDS;
    let ends = &**FUNCTION_WORD_ENDS;
    // A word: the text between characters that are neither letters, digits nor apostrophes,
    // without its outer apostrophes. Read by bytes, decoding only outside ASCII.
    let bytes = sample.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    loop {
        let start = i;
        let mut ascii = true;
        // The run up to the next separator (or the end); `i` stops on the separator.
        let mut separator_len = 0;
        while i < n {
            let b = bytes[i];
            if b < 0x80 {
                if WORD_BYTE[b as usize] {
                    i += 1;
                    continue;
                }
                separator_len = 1;
                break;
            }
            let c = sample[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                ascii = false;
                i += c.len_utf8();
                continue;
            }
            separator_len = c.len_utf8();
            break;
        }
        // Its outer apostrophes (ASCII) trimmed.
        let w = trim_apostrophes(&bytes[start..i]);
        if !w.is_empty() {
            words += 1;
            // `w` is letters, digits and apostrophes, without outer apostrophes: its first and
            // last bytes are letters or digits, lower-cased by `| 0x20`.
            if ascii
                && w.len() <= 10
                && ends[w.len()][usize::from(w[0] | 0x20)]
                    & (1u64 << ((w[w.len() - 1] | 0x20) & 63))
                    != 0
            {
                // `w` is a piece of `bytes`: its offset in them.
                let a = w.as_ptr() as usize - bytes.as_ptr() as usize;
                let bits = function_words.get(packed_word_at(bytes, a, a + w.len()));
                english += usize::from(bits & ENGLISH != 0);
                german += usize::from(bits & GERMAN != 0);
            }
        }
        if i >= n {
            break;
        }
        i += separator_len;
    }
    FunctionWords {
        words,
        english,
        german,
    }
}

/// The first byte at or after `i` that starts a word (follows white space), or the text's end.
fn word_start(text: &str, i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    let mut j = i.min(text.len());
    while !text.is_char_boundary(j) {
        j += 1;
    }
    match text[j..].char_indices().find(|(_, c)| c.is_whitespace()) {
        Some((k, c)) => j + k + c.len_utf8(),
        None => text.len(),
    }
}

/// ISO 639-1 code of the text's language, when the detector is confident.
pub fn detect(text: &str) -> Option<String> {
    detect_by(text, |sampled| {
        function_words(sampled.get_or_init(|| sample(text)))
    })
}

/// `detect(text)` for a text whose tokens were just read (`tokens`, `Tokens::new(text)`, as the
/// extraction reads them): the sample's function words counted from them
/// (`function_words_of_tokens`), not by a walk over the sample's bytes, which cost about 18
/// instructions a byte of it. The caller vouches that the tokens are the text's: asking
/// `Tokens::read_from` again would hash the text for nothing (about 1,200 instructions).
pub(crate) fn detect_with_fresh(text: &str, tokens: &Tokens) -> Option<String> {
    debug_assert!(tokens.read_from(text));
    detect_by(text, |_| function_words_of_tokens(text, tokens))
}

/// `detect`, the sample's function words counted by `count`, given the cell that holds the
/// sample once it is built (by `count` or for the trigram model).
fn detect_by<'t>(
    text: &'t str,
    count: impl FnOnce(&std::cell::OnceCell<std::borrow::Cow<'t, str>>) -> FunctionWords,
) -> Option<String> {
    // Trigram detection is unreliable on a sentence or two; 20 words is where it settles.
    if crate::body::count_words_upto(text, 20) < 20 {
        return None;
    }
    // The sample is built when the function words are counted from it, or when the trigram
    // model reads it; not at all when the tokens count them and settle the language.
    let sampled = std::cell::OnceCell::new();
    let counts = count(&sampled);
    if counts.plainly_english() {
        return Some("en".to_string());
    }
    if counts.plainly_german() {
        return Some("de".to_string());
    }
    let info = whatlang::detect(sampled.get_or_init(|| sample(text)))?;
    if info.confidence() < 0.3 {
        return None;
    }
    Some(iso639_1(info.lang()).to_string())
}

/// `function_words(&sample(text))` counted from the text's tokens (`Tokens::new(text)`), those
/// in the sample's windows, each read once.
///
/// Why this counts the same: a word of `function_words` is a run of letters, digits and ASCII
/// apostrophes holding a letter or digit, its outer apostrophes trimmed. A token is a run of
/// letters and digits joined by single apostrophes, straight or curly, each before a letter or
/// digit; cut at its curly apostrophes (which end a word), its pieces each lie in one word, a
/// word's letters and digits are all in its pieces, and two pieces in a row are in the same
/// word exactly when only ASCII apostrophes stand between them. The word without its outer
/// apostrophes runs from its first piece's start to its last piece's end, ASCII when they all
/// are. A window starts after white space (or at the text's start) and ends after white space
/// (or at its end), so no token crosses its edges, and the newlines the sample puts between
/// windows end a word as the white space does.
fn function_words_of_tokens(text: &str, tokens: &Tokens) -> FunctionWords {
    let mut words = WordsOfPieces {
        text,
        function_words: &PACKED_FUNCTION_WORDS,
        ends: &FUNCTION_WORD_ENDS,
        open: None,
        counts: FunctionWords::default(),
    };
    let bytes = text.as_bytes();
    let spans = tokens.spans();
    let other = tokens.other();
    let (windows, n) = sample_windows(text);
    for &(from, to) in &windows[..n] {
        let first = spans.partition_point(|&(a, _)| a < from);
        let mut next_other = other.partition_point(|&k| k < first);
        for (k, &(a, b)) in spans.iter().enumerate().skip(first) {
            if a >= to {
                break;
            }
            if other.get(next_other) != Some(&k) {
                words.piece(a, b, true);
                continue;
            }
            next_other += 1;
            // A token outside ASCII: its pieces between curly apostrophes.
            let mut p = a;
            for q in memchr::memchr_iter(0xe2, &bytes[a..b]).map(|q| a + q) {
                if bytes[q..].starts_with("’".as_bytes()) {
                    words.piece(p, q, bytes[p..q].is_ascii());
                    p = q + "’".len();
                }
            }
            words.piece(p, b, bytes[p..b].is_ascii());
        }
    }
    words.counts
}

/// The words of a text read from its tokens' pieces (see `function_words_of_tokens`), counted
/// with its function words.
struct WordsOfPieces<'t> {
    text: &'t str,
    function_words: &'t FunctionWordTable,
    ends: &'t [[u64; 128]; 11],
    /// The start of the word the last pieces began, and whether they were all ASCII, while only
    /// ASCII apostrophes stand between the last piece and a letter or digit.
    open: Option<(usize, bool)>,
    counts: FunctionWords,
}

impl WordsOfPieces<'_> {
    /// The piece `a..b` of the text, ASCII or not: it ends its word unless apostrophes and a
    /// letter or digit follow it. Always inlined: it runs on every token of the sample.
    #[inline(always)]
    fn piece(&mut self, a: usize, b: usize, ascii: bool) {
        let bytes = self.text.as_bytes();
        let (start, ascii) = match self.open.take() {
            Some((start, all_ascii)) => (start, all_ascii && ascii),
            None => (a, ascii),
        };
        if bytes.get(b) == Some(&b'\'') && self.apostrophes_join(b) {
            self.open = Some((start, ascii));
            return;
        }
        self.counts.words += 1;
        let len = b - start;
        if ascii && len <= 10 {
            let (first, last) = (bytes[start] | 0x20, bytes[b - 1] | 0x20);
            if self.ends[len][usize::from(first)] & (1u64 << (last & 63)) != 0 {
                let bits = self.function_words.get(packed_word_at(bytes, start, b));
                self.counts.english += usize::from(bits & ENGLISH);
                self.counts.german += usize::from((bits & GERMAN) >> 1);
            }
        }
    }

    /// Whether the apostrophes from `b` on are followed by a letter or digit.
    #[cold]
    fn apostrophes_join(&self, b: usize) -> bool {
        let bytes = self.text.as_bytes();
        let next = b + bytes[b..].iter().take_while(|&&c| c == b'\'').count();
        next < bytes.len()
            && self.text[next..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    }
}

/// whatlang speaks ISO 639-3; the CSV contract speaks ISO 639-1.
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Fra => "fr",
        Deu => "de",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Mkd => "mk",
        Bel => "be",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Mar => "mr",
        Tam => "ta",
        Tel => "te",
        Kan => "kn",
        Mal => "ml",
        Guj => "gu",
        Pan => "pa",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Tha => "th",
        Vie => "vi",
        Ind => "id",
        Tgl => "tl",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Uzb => "uz",
        Epo => "eo",
        Lat => "la",
        Afr => "af",
        Zul => "zu",
        Aka => "ak",
        Amh => "am",
        Cat => "ca",
        Jav => "jv",
        Khm => "km",
        Mya => "my",
        Nep => "ne",
        Ori => "or",
        Sin => "si",
        Sna => "sn",
        Yid => "yi",
        Cym => "cy",
        Tuk => "tk",
    }
}

#[cfg(test)]
mod tests {
    /// `trim_apostrophes` trims as the two loops alone did, on seeded random words.
    #[test]
    fn apostrophes_trimmed_as_by_the_loops() {
        fn by_loops(mut w: &[u8]) -> &[u8] {
            while let [b'\'', rest @ ..] = w {
                w = rest;
            }
            while let [rest @ .., b'\''] = w {
                w = rest;
            }
            w
        }
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let w = rng.string(&["'", "''", "a", "don", "t", "9", "é"], 8);
            assert_eq!(
                super::trim_apostrophes(w.as_bytes()),
                by_loops(w.as_bytes()),
                "{w:?}"
            );
        }
    }

    /// The function words counted from the text's tokens are those the walk over the sample
    /// counts, on seeded random texts of function words, apostrophes straight and curly, words
    /// outside ASCII and white space, some longer than the sample (read in windows).
    #[test]
    fn function_words_of_tokens_as_of_the_sample() {
        const PIECES: &[&str] = &[
            "the",
            "The",
            "and",
            "of",
            "der",
            "die",
            "und",
            "It",
            "it",
            "s",
            "don't",
            "it’s",
            "'tis",
            "a''b",
            "''",
            "'",
            "’",
            "é",
            "Été",
            "日本",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            ".",
            "-",
            "O’Neill",
            "isn't",
            "l'été",
            "abcdefghijk",
            "\u{a0}",
            "9",
            "ich’s",
            "'the'",
            "the'",
            "x",
            "'é",
        ];
        let mut rng = crate::Xorshift::new();
        for round in 0..20_000 {
            let text = rng.string(PIECES, if round % 16 == 0 { 1800 } else { 40 });
            let tokens = crate::tokens::Tokens::new(&text);
            assert_eq!(
                super::function_words_of_tokens(&text, &tokens),
                super::function_words(&super::sample(&text)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn detects_common_languages() {
        assert_eq!(super::detect("The council voted on Tuesday to close the old library branch, a decision that angered many residents who had campaigned for years to keep it open.").as_deref(), Some("en"));
        assert_eq!(super::detect("Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque, une décision qui a provoqué la colère de nombreux habitants du quartier.").as_deref(), Some("fr"));
        assert_eq!(super::detect("Too short."), None);
    }

    #[test]
    fn function_words_settle_english_only() {
        let en = "The council said on Tuesday that it would not be able to keep the library open after the end of the year, and that the staff would be moved to other branches in the city.";
        assert!(super::plainly_english(&en.repeat(2)));
        for other in [
            "Der Gemeinderat hat am Dienstag beschlossen, die alte Bibliothek im Stadtteil zu schließen, obwohl viele Anwohner jahrelang für ihren Erhalt gekämpft hatten, und das Personal wird in andere Filialen versetzt.",
            "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque, une décision qui a provoqué la colère de nombreux habitants du quartier qui avaient fait campagne pendant des années.",
            "De gemeenteraad heeft dinsdag besloten de oude bibliotheek in de wijk te sluiten, hoewel veel bewoners jarenlang hebben gestreden voor het behoud ervan en het personeel naar andere vestigingen gaat.",
        ] {
            assert!(!super::plainly_english(&other.repeat(2)), "{other}");
        }
        // Too few words: left to the trigram model.
        assert!(!super::plainly_english("It is in the way of the city."));
    }

    /// German function words settle German, and only where whatlang would say German itself;
    /// other languages, English and an English page quoting German are left to their own paths.
    #[test]
    fn function_words_settle_german_only() {
        let de = [
            "Der Gemeinderat von Lindenbrück hat am Dienstag beschlossen, die alte Bibliothek im Stadtteil zu schließen, obwohl viele Anwohner sich seit Jahren für ihren Erhalt eingesetzt hatten. Das Personal wird nach Angaben der Stadt auf andere Filialen verteilt, und die Bücher sollen zum Teil an Schulen gehen.",
            "Die Feuerwehr ist am Sonntagabend zu einem Brand in einer Lagerhalle am Hafen von Kellersee ausgerückt. Verletzt wurde nach ersten Angaben niemand, doch der Schaden ist hoch. Die Ursache des Feuers war noch nicht bekannt, die Polizei hat mit den Ermittlungen begonnen und sucht Zeugen.",
        ];
        for text in de {
            let text = text.repeat(2);
            assert!(super::plainly_german(&text), "{text}");
            assert_eq!(
                whatlang::detect(&text).map(|i| i.lang()),
                Some(whatlang::Lang::Deu)
            );
            assert_eq!(super::detect(&text).as_deref(), Some("de"));
        }
        for other in [
            "The council said on Tuesday that it would not be able to keep the library open after the end of the year, and that the staff would be moved to other branches in the city.",
            "De gemeenteraad heeft dinsdag besloten de oude bibliotheek in de wijk te sluiten, hoewel veel bewoners jarenlang hebben gestreden voor het behoud ervan en het personeel naar andere vestigingen gaat.",
            "Die stadsraad het Dinsdag besluit om die ou biblioteek in die buurt te sluit, hoewel baie inwoners jare lank daarvoor geveg het, en die personeel sal na ander takke verskuif word.",
            "Byrådet besluttede tirsdag at lukke det gamle bibliotek i bydelen, selv om mange beboere der har kæmpet for det i årevis, og personalet skal flyttes til andre afdelinger i byen.",
            "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque, une décision qui a provoqué la colère de nombreux habitants du quartier qui avaient fait campagne pendant des années.",
            // English with a German sign quoted: more English function words than German.
            "The sign on the door of the old library said \"Die Bibliothek ist nicht mehr auf\", and the staff said that it would not be open again until the end of the year, when the council meets.",
        ] {
            assert!(!super::plainly_german(&other.repeat(2)), "{other}");
        }
        // Too few words: left to the trigram model.
        assert!(!super::plainly_german(
            "Das ist nicht mit der Stadt und dem Rat."
        ));
    }

    #[test]
    fn function_words_by_bytes_agree_with_a_split() {
        // The old form: a split at every character that is no letter, digit or apostrophe.
        fn by_split(sample: &str) -> (bool, bool) {
            let (mut words, mut function, mut german) = (0usize, 0usize, 0usize);
            for w in sample.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                let w = w.trim_matches('\'');
                if w.is_empty() {
                    continue;
                }
                words += 1;
                if w.len() <= 10 && w.is_ascii() {
                    let l = w.to_ascii_lowercase();
                    function += usize::from(super::ENGLISH_FUNCTION_WORDS.contains(l.as_str()));
                    german += usize::from(super::GERMAN_FUNCTION_WORDS.contains(l.as_str()));
                }
            }
            (
                words >= super::ENGLISH_MIN_WORDS
                    && function as f64 >= super::ENGLISH_SHARE * words as f64,
                words >= super::GERMAN_MIN_WORDS
                    && german > function
                    && german as f64 >= super::GERMAN_SHARE * words as f64,
            )
        }
        let pieces = [
            "the ",
            "The ",
            "of ",
            "AND ",
            "it's ",
            "'tis ",
            "'' ",
            "der ",
            "Und ",
            "NICHT ",
            "für ",
            "Straße ",
            "été ",
            "x",
            "-",
            "\u{a0}",
            "’",
            "9 ",
            "because ",
            "nevertheless ",
            "ünd ",
            "日本 ",
            ", ",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut yes, mut no, mut german) = (0, 0, 0);
        for _ in 0..3000 {
            let s = rng.string(&pieces, 140);
            let (want, want_german) = by_split(&s);
            assert_eq!(super::plainly_english(&s), want, "{s:?}");
            assert_eq!(super::plainly_german(&s), want_german, "{s:?}");
            if want {
                yes += 1;
            } else {
                no += 1;
            }
            german += usize::from(want_german);
        }
        assert!(yes > 100 && no > 100 && german > 100, "{yes} {no} {german}");
    }

    /// `pack` against the shifts it replaced, on seeded random words of up to 10 bytes.
    #[test]
    fn pack_as_the_shifts() {
        let by_shifts = |w: &[u8]| {
            let mut k = (w.len() as u128) << 120;
            for (i, b) in w.iter().enumerate() {
                k |= u128::from(b.to_ascii_lowercase()) << (8 * i);
            }
            k
        };
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let w: Vec<u8> = (0..rng.below(11)).map(|_| rng.below(256) as u8).collect();
            assert_eq!(super::pack(&w), by_shifts(&w), "{w:?}");
        }
    }

    #[test]
    fn long_text_is_judged_by_all_of_it() {
        // An English menu over a German article: the prefix alone would say English.
        let menu =
            "Home News Sport Weather Contact Subscribe Login Register Privacy Terms ".repeat(30);
        let story = "Der Gemeinderat hat am Dienstag beschlossen, die alte Bibliothek im Stadtteil zu schließen, obwohl viele Anwohner jahrelang für ihren Erhalt gekämpft hatten. ".repeat(40);
        assert_eq!(
            super::detect(&format!("{menu}\n{story}")).as_deref(),
            Some("de")
        );
    }

    /// The function-word lookup of `plainly_english` (the ends filter, then `pack_word_bytes`)
    /// says what `PACKED_FUNCTION_WORDS.get(pack(w))` says, and that table what the hash map
    /// of the packed words it is built from says, on words of any case drawn from the function
    /// words and from random letters, digits and apostrophes.
    #[test]
    fn function_word_lookup_is_the_packed_set() {
        use super::*;
        let packed = packed_function_words();
        let mut rng = crate::Xorshift::new();
        let words: Vec<&str> = ENGLISH_FUNCTION_WORDS
            .iter()
            .chain(GERMAN_FUNCTION_WORDS.iter())
            .copied()
            .collect();
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'";
        let (mut hits, mut passed) = (0, 0);
        for _ in 0..200_000 {
            let mut w: Vec<u8> = if rng.below(2) == 0 {
                words[rng.below(words.len())].bytes().collect()
            } else {
                (0..1 + rng.below(10))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect()
            };
            for b in &mut w {
                if rng.below(3) == 0 {
                    b.make_ascii_uppercase();
                }
            }
            // As `plainly_english` reads a word: outer apostrophes trimmed, ASCII word bytes.
            let w = String::from_utf8(w).unwrap();
            let w = w.trim_matches('\'').as_bytes();
            if w.is_empty()
                || w.len() > 10
                || !w.iter().all(|&b| b < 0x80 && WORD_BYTE[usize::from(b)])
            {
                continue;
            }
            assert_eq!(pack_word_bytes(w), pack(w), "{w:?}");
            // Read in place, as `function_words` reads it: after and before other bytes, near
            // the sample's end or not.
            let mut sample: Vec<u8> = (0..rng.below(4)).map(|_| b' ').collect();
            let a = sample.len();
            sample.extend_from_slice(w);
            sample.extend((0..rng.below(24)).map(|_| alphabet[rng.below(alphabet.len())]));
            assert_eq!(packed_word_at(&sample, a, a + w.len()), pack(w), "{w:?}");
            let want = PACKED_FUNCTION_WORDS.get(pack(w)) != 0;
            assert_eq!(
                PACKED_FUNCTION_WORDS.get(pack(w)),
                packed.get(&pack(w)).copied().unwrap_or(0),
                "{w:?}"
            );
            let pass = FUNCTION_WORD_ENDS[w.len()][usize::from(w[0] | 0x20)]
                & (1u64 << ((w[w.len() - 1] | 0x20) & 63))
                != 0;
            assert!(pass || !want, "{w:?}");
            hits += usize::from(want);
            passed += usize::from(pass);
        }
        assert!(hits > 10_000 && passed > hits, "{hits} {passed}");
    }

    #[test]
    fn sample_windows_cut_at_white_space_on_any_text() {
        // No-break spaces and multi-byte letters around every cut point: no panic, whole words.
        let text = "Grüße\u{a0}aus\u{2003}Köln ünd Straße ".repeat(500);
        let s = super::sample(&text);
        assert!(s.len() <= super::SAMPLE_BYTES + 200, "{}", s.len());
        for w in s.lines() {
            assert!(text.contains(w));
        }
        for i in 0..text.len() {
            let j = super::word_start(&text, i);
            assert!(text.is_char_boundary(j) && j >= i.min(text.len()));
        }
    }
}
