//! The lexicons the heuristics use (stock phrases with measured rates, chatbot phrases, function
//! words), compiled in from `data/lexicons/`.

use foldhash::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use credence_extract::lexicon::{data_lines, ENGLISH_FUNCTION_WORDS};

/// A stock phrase with its measured rates.
#[derive(Debug, Clone)]
pub struct StockPhrase {
    /// The phrase as tokens.
    pub tokens: Vec<String>,
    /// Hits per 1,000 words in human news.
    pub human_per_1k: f64,
    /// Hits per 1,000 words in AI text.
    pub ai_per_1k: f64,
}

/// The stock phrases starting with one token (indices into `Lexicons::stock_phrases`, in their
/// order): those of that one token, and the longer ones by their second token. Indexed by two
/// tokens for speed: "a", "in" and "the" start dozens of phrases and come in every sentence, and
/// trying each such phrase at each of them was most of B001's time.
#[derive(Debug, Clone, Default)]
pub struct StockStarts {
    /// Phrases of this one token.
    pub single: Vec<usize>,
    /// Longer phrases by their second token.
    pub by_second: HashMap<String, Vec<usize>>,
}

impl StockStarts {
    fn add(&mut self, tokens: &[String], i: usize) {
        match tokens.get(1) {
            Some(second) => self.by_second.entry(second.clone()).or_default().push(i),
            None => self.single.push(i),
        }
    }
}

/// The stock phrases with their tokens numbered: every distinct token of any phrase has a
/// number from 1 (0: a word that is no phrase's token), so that B001 looks each word type of a
/// text up once and then matches phrases by comparing numbers, not strings. Two words have the
/// same number exactly when they are the same phrase token, so comparing numbers is comparing
/// the words. The phrases starting with a token are listed in the order `StockStarts` lists
/// them (those of one token, then the longer ones by their second token, each in phrase order).
#[derive(Debug, Clone, Default)]
pub struct StockNumbers {
    /// Each phrase token's number.
    numbers: HashMap<String, u32>,
    /// The numbers of the tokens of up to 15 bytes by their packed form (`pack_word`): an
    /// open-addressing table, probed linearly from a multiplicative hash, of (packed token,
    /// number) with 0 for an empty slot (a packed token holds its length, at least 1). Looking a
    /// word up by one integer cost a third of hashing its string.
    short: Vec<(u128, u32)>,
    /// `64 - log2(short.len())`: the hash's top bits index `short`.
    short_shift: u32,
    /// A bit for the `stock_key` of every phrase token: a word whose key's bit is clear is no
    /// phrase's token, found without hashing it (equal words have equal keys).
    keys: Vec<u64>,
    /// For each phrase, its tokens' numbers.
    pub phrases: Vec<Vec<u32>>,
    /// For each token number, the phrases of that one token.
    pub single: Vec<Vec<usize>>,
    /// For each token number, whether a longer phrase starts with it.
    pub starts_longer: Vec<bool>,
    /// The longer phrases by their first two tokens' numbers.
    pub longer: HashMap<(u32, u32), Vec<usize>>,
}

impl StockNumbers {
    fn new(phrases: &[StockPhrase]) -> StockNumbers {
        let mut n = StockNumbers {
            keys: vec![0u64; STOCK_KEYS / 64],
            // Number 0 is no token.
            single: vec![Vec::new()],
            starts_longer: vec![false],
            ..StockNumbers::default()
        };
        for (i, p) in phrases.iter().enumerate() {
            let numbers: Vec<u32> = p
                .tokens
                .iter()
                .map(|t| {
                    let next = n.numbers.len() as u32 + 1;
                    *n.numbers.entry(t.clone()).or_insert_with(|| {
                        set_key(&mut n.keys, t);
                        n.single.push(Vec::new());
                        n.starts_longer.push(false);
                        next
                    })
                })
                .collect();
            match numbers[..] {
                [first] => n.single[first as usize].push(i),
                [first, second, ..] => {
                    n.starts_longer[first as usize] = true;
                    n.longer.entry((first, second)).or_default().push(i);
                }
                [] => {}
            }
            n.phrases.push(numbers);
        }
        // At most a quarter full.
        let slots = (4 * n.numbers.len()).next_power_of_two().max(16);
        n.short = vec![(0, 0); slots];
        n.short_shift = 64 - slots.trailing_zeros();
        for (t, &number) in &n.numbers {
            if let Some(key) = crate::text_stats::pack_word(t.as_bytes()) {
                let mut slot = n.short_slot(key);
                while n.short[slot].0 != 0 {
                    slot = (slot + 1) & (slots - 1);
                }
                n.short[slot] = (key, number);
            }
        }
        n
    }

    /// The first slot of `short` to probe for `key`.
    #[inline]
    fn short_slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.short_shift) as usize
    }

    /// `number(word)` for a word given packed as `Words::type_keys_and_ids` packs it: by its key,
    /// or by its text (`word`) when the key is 0 (longer than 15 bytes).
    #[inline(never)]
    pub(crate) fn number_of_key<'w>(&self, key: u128, word: impl FnOnce() -> &'w str) -> u32 {
        match key {
            0 => self.number(word()),
            key => self.number_of_packed(key),
        }
    }

    /// `number(word)` for a word of up to 15 bytes given packed (`pack_word`), looked up in
    /// `short`: a packed phrase token is there, and a word of up to 15 bytes that is none is
    /// not.
    fn number_of_packed(&self, key: u128) -> u32 {
        let mask = self.short.len() - 1;
        let mut slot = self.short_slot(key);
        loop {
            match self.short[slot] {
                (0, _) => return 0,
                (k, number) if k == key => return number,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The number of `word` (lower-cased, as `tokens` gives it), 0 when it is no phrase's token.
    pub fn number(&self, word: &str) -> u32 {
        let k = stock_key(word.as_bytes());
        if self.keys[k / 64] & (1 << (k % 64)) == 0 {
            return 0;
        }
        self.numbers.get(word).copied().unwrap_or(0)
    }
}

/// All heuristics lexicons.
#[derive(Debug, Clone)]
pub struct Lexicons {
    /// Stock phrases.
    pub stock_phrases: Vec<StockPhrase>,
    /// Index: first token → the phrases starting with it.
    pub stock_index: HashMap<String, StockStarts>,
    /// A bit for the `stock_key` of every key of `stock_index`: a token whose key's bit is clear
    /// starts no phrase, found without lower-casing or hashing it.
    stock_keys: Vec<u64>,
    /// A bit for the `stock_key` of every second token of a stock phrase (every key of a
    /// `StockStarts::by_second`): a token whose key's bit is clear is the second token of no
    /// phrase, found without hashing it.
    second_keys: Vec<u64>,
    /// The stock phrases by token numbers (see `StockNumbers`), rebuilt whenever phrases are
    /// added.
    pub stock_numbers: StockNumbers,
    /// Chatbot self-reference phrases, lower-cased.
    pub chatbot: Vec<String>,
    /// Finds the chatbot phrases in a text, ASCII case-insensitive, with straight or curly
    /// apostrophes; a match's pattern id divided by 2 is its index in `chatbot`.
    pub chatbot_matcher: AhoCorasick,
    /// Whether an ASCII-lower-cased text holds any of `chatbot_matcher`'s patterns (ASCII
    /// lower-cased), by aho-corasick's packed (SIMD) searcher, which skips ahead where the
    /// automaton reads every byte: the same answer as `chatbot_matcher.is_match` on the text, as
    /// ASCII case-insensitive equality of two strings is equality of their ASCII lower-cased
    /// forms. `None` where no packed searcher can be built.
    pub chatbot_any: Option<aho_corasick::packed::Searcher>,
    /// Whether an ASCII-lower-cased text may hold a chatbot phrase: the packed searcher of
    /// `CHATBOT_ANCHORS`, built when every pattern of `chatbot_any` holds one of them (`None`
    /// else). A text holding no anchor holds no phrase. A dozen anchors whose first bytes are
    /// rarer in prose than the phrases' ("as ", "her", "i c") are searched 32 bytes at a time
    /// where the 62 phrases' forms were 16, with fewer places to check: about a third of the
    /// phrases' search on a text without one (most texts).
    pub chatbot_anchors: Option<aho_corasick::packed::Searcher>,
    /// Function words.
    pub stopwords: HashSet<String>,
    /// Version notes (first comment line of each file) for `policy show`.
    pub versions: Vec<(String, String)>,
}

/// Pieces of the chatbot phrases (`data/lexicons/chatbot_leaks.txt`), ASCII lower-case and
/// without apostrophes, each phrase holding one in both its forms: `Lexicons::chatbot_anchors`.
/// A phrase added to the list that holds none of them turns the anchors off, not the phrase.
const CHATBOT_ANCHORS: &[&str] = &[
    "ai language model",
    "ai assistant",
    "fulfil",
    ", but i ca",
    "unable to provide",
    "knowledge",
    "! here",
    "rewrit",
    "regenerate",
    ", here",
    "news-style",
    "like me to",
    "summary of the",
];

impl Lexicons {
    /// Parses lexicon files in the formats of `data/lexicons/` (the compiled-in ones only).
    fn parse(stock: &str, chatbot: &str) -> Lexicons {
        let stock_phrases: Vec<StockPhrase> = data_lines(stock)
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some(StockPhrase {
                    tokens: crate::text_stats::tokens(f.first()?)
                        .into_iter()
                        .map(|t| t.text)
                        .collect(),
                    human_per_1k: f.get(1)?.parse().ok()?,
                    ai_per_1k: f.get(2)?.parse().ok()?,
                })
            })
            .filter(|p| !p.tokens.is_empty())
            .collect();
        let mut stock_index: HashMap<String, StockStarts> = HashMap::default();
        let mut stock_keys = vec![0u64; STOCK_KEYS / 64];
        let mut second_keys = vec![0u64; STOCK_KEYS / 64];
        for (i, p) in stock_phrases.iter().enumerate() {
            stock_index
                .entry(p.tokens[0].clone())
                .or_default()
                .add(&p.tokens, i);
            set_key(&mut stock_keys, &p.tokens[0]);
            if let Some(second) = p.tokens.get(1) {
                set_key(&mut second_keys, second);
            }
        }
        let chatbot: Vec<String> = data_lines(chatbot)
            .map(|l| l.trim().to_lowercase())
            .collect();
        // Each phrase twice: as written, and with curly apostrophes.
        let patterns: Vec<String> = chatbot
            .iter()
            .flat_map(|p| [p.clone(), p.replace('\'', "’")])
            .collect();
        // Each distinct pattern once: a phrase without an apostrophe is written the same both
        // ways, and the packed searcher takes at most 64 patterns.
        let distinct: std::collections::BTreeSet<String> =
            patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
        let chatbot_any = if distinct.iter().any(String::is_empty) {
            None
        } else {
            aho_corasick::packed::Searcher::new(&distinct)
        };
        let chatbot_anchors = distinct
            .iter()
            .all(|p| CHATBOT_ANCHORS.iter().any(|a| p.contains(a)))
            .then(|| aho_corasick::packed::Searcher::new(CHATBOT_ANCHORS.iter()))
            .flatten();
        // Only the compiled-in list comes here (`parse` is private); a unit test builds it.
        // A contiguous NFA rather than the DFA aho-corasick picks for so few phrases: the same
        // matches; the DFA took 3.4M instructions to build at the first page.
        let chatbot_matcher = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .build(patterns)
            .expect("the compiled-in chatbot phrases fit one automaton");
        Lexicons {
            stock_numbers: StockNumbers::new(&stock_phrases),
            stock_phrases,
            stock_index,
            stock_keys,
            second_keys,
            chatbot,
            chatbot_matcher,
            chatbot_any,
            chatbot_anchors,
            stopwords: ENGLISH_FUNCTION_WORDS
                .iter()
                .map(|w| w.to_string())
                .collect(),
            versions: vec![],
        }
    }

    /// Adds phrases from a user's file (one phrase a line), scored as never seen in human news.
    pub fn add_stock_phrases(&mut self, text: &str) {
        for l in data_lines(text) {
            let tokens: Vec<String> = crate::text_stats::tokens(l)
                .into_iter()
                .map(|t| t.text)
                .collect();
            if tokens.is_empty() {
                continue;
            }
            self.stock_index
                .entry(tokens[0].clone())
                .or_default()
                .add(&tokens, self.stock_phrases.len());
            set_key(&mut self.stock_keys, &tokens[0]);
            if let Some(second) = tokens.get(1) {
                set_key(&mut self.second_keys, second);
            }
            self.stock_phrases.push(StockPhrase {
                tokens,
                human_per_1k: 0.0,
                ai_per_1k: 1.0,
            });
        }
        self.stock_numbers = StockNumbers::new(&self.stock_phrases);
    }
}

impl Lexicons {
    /// False when the token `t` (as written, ASCII) is sure to start no stock phrase: its
    /// lower-cased form is no key of `stock_index`. Lower-casing ASCII keeps a token's length and
    /// each byte's low five bits, which is all `stock_key` reads.
    pub fn may_start_stock_phrase(&self, t: &[u8]) -> bool {
        let k = stock_key(t);
        self.stock_keys[k / 64] & (1 << (k % 64)) != 0
    }

    /// False when `token` (lower-cased, as `tokens` gives it) is sure to be the second token of
    /// no stock phrase: no `StockStarts::by_second` has it as a key (equal tokens have equal
    /// keys). "the", "a" and "in" open phrases and come in every sentence: the word after each
    /// was hashed to be looked up, and rarely found.
    pub fn may_continue_stock_phrase(&self, token: &str) -> bool {
        let k = stock_key(token.as_bytes());
        self.second_keys[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Bits in `Lexicons::stock_keys`.
const STOCK_KEYS: usize = 1 << 15;

/// A token's first and last bytes' low five bits (the same for an ASCII letter in either case)
/// and its length up to 31.
fn stock_key(t: &[u8]) -> usize {
    let (first, last) = match t {
        [] => (0, 0),
        [f, .., l] => (*f, *l),
        [f] => (*f, *f),
    };
    (usize::from(first & 31) << 10) | (usize::from(last & 31) << 5) | t.len().min(31)
}

fn set_key(keys: &mut [u64], token: &str) {
    let k = stock_key(token.as_bytes());
    keys[k / 64] |= 1 << (k % 64);
}

/// The lexicons compiled into the binary.
pub static BUILTIN: LazyLock<Lexicons> = LazyLock::new(|| {
    Lexicons::parse(
        include_str!("../../../data/lexicons/stock_phrases.tsv"),
        include_str!("../../../data/lexicons/chatbot_leaks.txt"),
    )
});

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_parses() {
        let l = &*super::BUILTIN;
        assert!(l.stock_phrases.len() > 100);
        assert!(l.stock_index.contains_key("a"));
        assert!(l.stopwords.contains("the"));
        assert!(l.chatbot.iter().any(|c| c == "as an ai language model"));
        // Every chatbot phrase holds an anchor (a phrase added without one turns them off).
        assert!(l.chatbot_anchors.is_some());
    }

    /// Every second token of every phrase passes the second-token filter (so a token it turns
    /// away has no `by_second` entry), and most words of a text are turned away.
    #[test]
    fn every_second_token_passes_its_filter() {
        let mut l = super::BUILTIN.clone();
        l.add_stock_phrases("Zephyrine quays glitter\nover-the-top\nÉté brûlant");
        let mut seconds = 0;
        for starts in l.stock_index.values() {
            for second in starts.by_second.keys() {
                assert!(l.may_continue_stock_phrase(second), "{second}");
                seconds += 1;
            }
        }
        assert!(seconds > 50, "{seconds}");
        assert!(l.may_continue_stock_phrase("quays") && l.may_continue_stock_phrase("brûlant"));
        let words = [
            "harbor",
            "council",
            "thursday",
            "engineers",
            "bridge",
            "2024",
            "said",
            "mayor",
        ];
        let passing = words
            .iter()
            .filter(|w| l.may_continue_stock_phrase(w))
            .count();
        assert!(passing < words.len() / 2, "{passing}");
    }

    /// The packed table gives every phrase token its number and every other word 0, as the
    /// map of strings does.
    #[test]
    fn packed_numbers_are_the_numbers() {
        let mut l = super::BUILTIN.clone();
        l.add_stock_phrases(
            "Zephyrine quays glitter\nover-the-top\nÉté brûlant\nextraordinarilylongword here",
        );
        let n = &l.stock_numbers;
        let mut words: Vec<String> = l
            .stock_phrases
            .iter()
            .flat_map(|p| p.tokens.clone())
            .collect();
        words.extend(
            [
                "harbor",
                "",
                "x",
                "thee",
                "tha",
                "été",
                "extraordinarilylongwor",
                "said",
            ]
            .map(String::from),
        );
        let mut found = 0;
        for w in &words {
            if let Some(packed) = crate::text_stats::pack_word(w.as_bytes()) {
                assert_eq!(n.number_of_packed(packed), n.number(w), "{w}");
            }
            found += usize::from(n.number(w) > 0);
        }
        assert!(found > 500, "{found}");
        assert_eq!(n.number("harbor"), 0);
    }

    #[test]
    fn every_phrase_start_passes_the_key_filter() {
        let mut l = super::BUILTIN.clone();
        l.add_stock_phrases("Zephyrine quays\nover-the-top");
        for k in l.stock_index.keys().filter(|k| k.is_ascii()) {
            for form in [k.clone(), k.to_ascii_uppercase(), {
                let mut t = k.clone();
                t[..1].make_ascii_uppercase();
                t
            }] {
                assert!(l.may_start_stock_phrase(form.as_bytes()), "{form}");
            }
        }
        // Most words start none.
        let words = [
            "harbor",
            "council",
            "Thursday",
            "engineers",
            "bridge",
            "2024",
        ];
        let passing = words
            .iter()
            .filter(|w| l.may_start_stock_phrase(w.as_bytes()))
            .count();
        assert!(passing < words.len());
    }
}
