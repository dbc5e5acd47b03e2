//! What every signal reads: the document, its extraction, the policy, the lexicons and the
//! measurements of the article text computed once.

use std::cell::OnceCell;

use foldhash::HashSet;

use credence_extract::{Document, Extraction};

use crate::lexicons::Lexicons;
use crate::model::Evidence;
use crate::policy::Policy;
use crate::text_stats;

/// Longest quote an evidence string carries.
const MAX_QUOTE_CHARS: usize = 120;

/// Inputs shared by all signals.
pub struct Context<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its extraction.
    pub x: &'a Extraction,
    /// The policy.
    pub policy: &'a Policy,
    /// The heuristics lexicons.
    pub lex: &'a Lexicons,
    /// Sentences of the article text.
    pub sentences: Vec<&'a str>,
    /// Length in tokens of each sentence.
    pub sentence_lens: Vec<usize>,
    /// Lower-cased word tokens of the article text.
    pub words: text_stats::Words<'a>,
    /// For each word, the index of its type (`Words::types`).
    pub word_type_ids: Vec<u32>,
    /// Number of distinct words.
    pub word_types: usize,
    /// For each word type, its word packed (`Words::type_keys_and_ids`; 0 past 15 bytes).
    pub(crate) word_type_keys: Vec<u128>,
    /// Content words of the article (see [`Context::body_vocabulary`]), built on first use: only
    /// A001 reads them, on the few documents with a headline list.
    body_vocabulary: OnceCell<HashSet<String>>,
    /// Attribution verbs per sentence (see [`Context::attributions_per_sentence`]), counted on
    /// first use: B009 reads them, and the signals that ask whether the text reads as a report.
    attributions: OnceCell<Option<f64>>,
    /// Whether the article text holds no character a case-insensitive regex folds to an ASCII
    /// letter (`text_stats::holds_no_fold`), looked for once: B009's and B013's searches ask.
    no_fold: OnceCell<bool>,
    /// The verbs B009 and B013 look for in `ascii_lowered` (`text_stats::verb_hits`), found once
    /// for both.
    verb_hits: OnceCell<Vec<text_stats::VerbHit>>,
    /// Spam sites' marks in the document text (see [`Context::spam_marks`]), found on first
    /// use.
    spam_marks: OnceCell<crate::spam_marks::Marks>,
    /// True when the article is in English (or the language is unknown but the text is Latin script
    /// rich in English function words).
    pub english: bool,
}

impl<'a> Context<'a> {
    /// Computes the shared measurements.
    pub fn new(
        doc: &'a Document,
        x: &'a Extraction,
        policy: &'a Policy,
        lex: &'a Lexicons,
    ) -> Context<'a> {
        let sentences = text_stats::sentences(&x.body_text);
        // The extraction read the article text's tokens for its language: the words are built
        // from them, unless the text is no longer the one they were read from.
        let words = if x.body_tokens.read_from(&x.body_text) {
            text_stats::Words::of_tokens(&x.body_text, &x.body_tokens)
        } else {
            text_stats::Words::new(&x.body_text)
        };
        // Sentences are pieces of the article text bounded by white space: their tokens are the
        // text's tokens that start inside them, counted without reading them again.
        let body_start = x.body_text.as_ptr() as usize;
        let sentence_lens = sentences
            .iter()
            .map(|s| {
                let from = s.as_ptr() as usize - body_start;
                words.count_in(from, from + s.len())
            })
            .collect();
        let (word_type_keys, word_type_ids) = words.type_keys_and_ids();
        let word_types = word_type_keys.len();
        let english = match x.language.as_deref() {
            Some(l) => l == "en",
            None => {
                let function = words.iter().filter(|w| lex.stopwords.contains(*w)).count();
                !words.is_empty() && function * 4 >= words.len()
            }
        };
        Context {
            doc,
            x,
            policy,
            lex,
            sentences,
            sentence_lens,
            words,
            word_type_ids,
            word_types,
            word_type_keys,
            body_vocabulary: OnceCell::new(),
            attributions: OnceCell::new(),
            no_fold: OnceCell::new(),
            verb_hits: OnceCell::new(),
            spam_marks: OnceCell::new(),
            english,
        }
    }

    /// Content words of the article (no function words, 4+ letters) and capitalised names.
    pub fn body_vocabulary(&self) -> &HashSet<String> {
        self.body_vocabulary
            .get_or_init(|| vocabulary(&self.words.types().0, self.lex))
    }

    /// Attribution verbs ("said", "told", "according to") per sentence of the article text, in
    /// any language; `None` under five sentences.
    pub fn attributions_per_sentence(&self) -> Option<f64> {
        *self.attributions.get_or_init(|| {
            let n = self.sentences.len();
            // Under five sentences the measure is `None` before any text is read.
            let found = if n < 5 { None } else { self.verb_hits() };
            text_stats::attributions_per_sentence_in(&self.x.body_text, found, n)
        })
    }

    /// The marks spam sites leave ("By admin", "Source link", "does not own this content",
    /// "Share if you agree", "Advertisement", "Best online casinos", "Guest posts accepted",
    /// "< Prev | Next >"): A012-A014 and A016-A020 read them, found in one pass.
    pub fn spam_marks(&self) -> &crate::spam_marks::Marks {
        self.spam_marks
            .get_or_init(|| crate::spam_marks::find(self.doc))
    }

    /// `text_stats::ascii_lowered(&x.body_text, words.lowered())`, its test of the text made
    /// once.
    pub(crate) fn ascii_lowered(&self) -> Option<&str> {
        let text = &self.x.body_text;
        self.words
            .lowered()
            .get(..text.len())
            .filter(|_| *self.no_fold.get_or_init(|| text_stats::holds_no_fold(text)))
    }

    /// `ascii_lowered` and the verbs of B009 and B013 found in it (`text_stats::verb_hits`),
    /// searched for once; `None` when the article text is to be searched by the regexes.
    pub(crate) fn verb_hits(&self) -> Option<(&str, &[text_stats::VerbHit])> {
        let lowered = self.ascii_lowered()?;
        let hits = self
            .verb_hits
            .get_or_init(|| text_stats::verb_hits(lowered));
        Some((lowered, hits))
    }

    /// Whether the story reads as a news report: an agency dateline, or at least two attribution
    /// verbs ("said", "told", "according to", "stated", "announced"...: B009's list, which counts
    /// the "stated" of a synonym-spun copy too) and one in ten sentences at least (a long blog
    /// post quotes a few people too; human news attributes in a quarter of its sentences), in a
    /// story of five sentences or more. A010, A011, B009 and B014 ask it.
    pub fn reads_as_report(&self) -> bool {
        let n = self.sentences.len();
        self.x.dateline.is_some()
            || self
                .attributions_per_sentence()
                .is_some_and(|per| per >= 0.1 && per * n as f64 >= 1.5)
    }

    /// The brand stamped on the title, and whether it is glued to the dash: a plain text's title
    /// suffix (" -Quillnest", " | The Harbour Ledger"), or, on an HTML page, a brand glued to
    /// the end of `<title>` with no space after the dash ("... -Quillnest"). An HTML page's
    /// spaced suffix is the site's own name (" | Harbour Ledger"); no page of the 990 + 181 gold
    /// pages glues one.
    pub fn title_brand(&self) -> Option<(&'a str, bool)> {
        match self.doc.format {
            credence_extract::Format::Text => {
                if self.x.site_name_source.as_deref() != Some("title_suffix") {
                    return None;
                }
                let brand = self.x.site_name.as_deref()?;
                let glued = self.doc.text.find(brand).is_some_and(|p| {
                    self.doc.text[..p]
                        .chars()
                        .next_back()
                        .is_some_and(|c| matches!(c, '-' | '–' | '—' | '|'))
                });
                Some((brand, glued))
            }
            credence_extract::Format::Html => {
                let title = self.doc.html.title_tag.as_deref()?.trim_end();
                let dash = title.rfind(['-', '–', '—'])?;
                let brand = &title[dash + title[dash..].chars().next()?.len_utf8()..];
                let words: Vec<&str> = brand.split(' ').collect();
                // Labels of what the page is ("-Video", "-LIVE", "-Page 2") are no brand.
                const LABELS: &[&str] = &[
                    "video",
                    "videos",
                    "photo",
                    "photos",
                    "gallery",
                    "live",
                    "updated",
                    "update",
                    "opinion",
                    "editorial",
                    "analysis",
                    "review",
                    "interview",
                    "podcast",
                    "watch",
                    "exclusive",
                    "breaking",
                    "page",
                    "part",
                    "audio",
                    "listen",
                    "read",
                ];
                let first_word = brand.split(' ').next().unwrap_or("").to_lowercase();
                let glued = title[..dash].ends_with(' ')
                    && !LABELS.contains(&first_word.as_str())
                    && brand.starts_with(char::is_uppercase)
                    && (1..=3).contains(&words.len())
                    && (3..=31).contains(&words[0].chars().count())
                    && words
                        .iter()
                        .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric));
                glued.then_some((brand, true))
            }
        }
    }

    /// True when one of the page's bylines names a person (see [`names_a_person`]): a login
    /// handle or a desk's role ("savingshub", "newsdesk", "Editor") signs for nobody one could
    /// ask about the story, so the signals that weigh a missing author (A001's sidebar lists,
    /// A007) read such a page as unsigned. Extraction keeps these bylines (a personal blog's
    /// handle is its author), and so does every other reader of them.
    pub fn names_an_author(&self) -> bool {
        self.x.bylines.iter().any(|b| names_a_person(&b.name))
    }

    /// Evidence quoting 1-based line `n` of the document.
    pub fn line_evidence(&self, n: usize) -> Evidence {
        let l = self.doc.lines.get(n.wrapping_sub(1));
        let text = self.doc.line(n);
        let trimmed = text.trim();
        // The span is the quoted text's own bytes: the line without its surrounding white space.
        let lead = text.len() - text.trim_start().len();
        Evidence {
            quote: shorten(trimmed),
            line: Some(n),
            span: l.map(|l| (l.start + lead, l.start + lead + trimmed.len())),
        }
    }

    /// Evidence quoting `needle` where it first occurs in the document text (exact span), or the
    /// quote alone when the text holds it only across a line wrap.
    pub fn quote_evidence(&self, needle: &str) -> Evidence {
        let find = |needle: &str| find_first(self.doc.text.as_bytes(), needle.as_bytes());
        match find(needle) {
            Some(pos) => Evidence {
                quote: shorten(needle),
                line: Some(self.doc.line_of(pos)),
                span: Some((pos, pos + needle.len())),
            },
            None => {
                // A sentence wrapped over lines: locate its opening words.
                let head: String = needle.chars().take(30).collect();
                let pos = find(&head);
                Evidence {
                    quote: shorten(needle),
                    line: pos.map(|p| self.doc.line_of(p)),
                    span: None,
                }
            }
        }
    }
}

/// How common each byte is in English news text, roughly (higher: more common): `find_first`
/// looks for a quote by its least common byte. Only the choice of byte depends on it, never
/// what is found.
static BYTE_RANK: [u8; 256] = {
    let mut t = [0u8; 256];
    // Lower-case letters by their frequency in English, then the space and punctuation.
    let common: &[u8] = b" etaoinshrdlucmwfgypb,.vk'\"-";
    let mut k = 0;
    while k < common.len() {
        t[common[k] as usize] = 250 - k as u8;
        k += 1;
    }
    t[b'x' as usize] = 150;
    t[b'j' as usize] = 140;
    t[b'\n' as usize] = 130;
    // Lead and continuation bytes of UTF-8 (curly quotes and dashes): common enough.
    let mut b = 0x80;
    while b < 256 {
        t[b] = 120;
        b += 1;
    }
    t
};

/// The first occurrence of `needle` in `hay`, as `memchr::memmem::find` (and `str::find`) gives
/// it. Each quote is searched for once, and building memchr's searcher for it (its prefilter
/// and Two-Way tables) cost more than the search: the places of the needle's least common byte
/// among its first sixteen (`BYTE_RANK`; at offset `k` in it) are found by memchr and the needle
/// compared where it would start, `k` bytes before. Every occurrence has that byte there, and
/// the places come in order, so the first match is the first occurrence. (The needle's first
/// byte, a common lower-case letter, took the 32 tries on most quotes.) After a few places that
/// do not match (a text repeating that byte), the rest of the text is searched by memchr's
/// searcher, which has no quadratic case.
fn find_first(hay: &[u8], needle: &[u8]) -> Option<usize> {
    const TRIES: usize = 32;
    if needle.is_empty() {
        return Some(0);
    }
    let (k, &rare) = needle
        .iter()
        .take(16)
        .enumerate()
        .min_by_key(|&(_, &b)| BYTE_RANK[usize::from(b)])?;
    // `hay[k + p] == rare`: the needle may start at `p`.
    for (tries, p) in memchr::memchr_iter(rare, hay.get(k..)?).enumerate() {
        if hay[p..].starts_with(needle) {
            return Some(p);
        }
        if tries + 1 == TRIES {
            return memchr::memmem::find(&hay[p + 1..], needle).map(|q| p + 1 + q);
        }
    }
    None
}

/// Words of a byline that name a role, a desk or a site's account, not a person: a byline made
/// only of them ("Editor", "News Desk", "Staff", "Webmaster", "Redaktion") signs for nobody.
const ROLE_WORDS: &[&str] = &[
    "admin",
    "administrator",
    "editor",
    "editors",
    "editorial",
    "staff",
    "desk",
    "news",
    "newsdesk",
    "newsroom",
    "webmaster",
    "moderator",
    "team",
    "author",
    "publisher",
    "redaktion",
    "redaction",
    "rédaction",
    "redacción",
    "redazione",
    "web",
    "online",
    "digital",
];

/// True when a byline's name names a person: not a login handle (one token in lower case,
/// "savingshub", "newsdesk", "admin", or one holding a digit or an underscore, "user5105",
/// "Kestrel_42") and not made only of [`ROLE_WORDS`] ("Editor", "News Desk", "Staff"). A name in
/// a script without letter case ("山田花子") is a person's: it has no lower case to test.
pub fn names_a_person(name: &str) -> bool {
    let name = name.trim();
    let one_token = !name.contains(char::is_whitespace);
    let handle = one_token
        && (name.chars().any(char::is_lowercase) && !name.chars().any(char::is_uppercase)
            || name.chars().any(|c| c.is_ascii_digit() || c == '_'));
    let role = name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | '&' | ','))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            w.is_empty() || ROLE_WORDS.contains(&w.as_str())
        });
    !name.is_empty() && !handle && !role
}

/// Shortens a quote for display, on a character boundary.
pub fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_QUOTE_CHARS {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX_QUOTE_CHARS - 1).collect();
        t.push('…');
        t
    }
}

/// Content words (lower-cased, 4+ letters, not function words) and capitalised words of a text.
pub fn content_words(text: &str, lex: &Lexicons) -> HashSet<String> {
    vocabulary(&text_stats::Words::new(text).types().0, lex)
}

/// The content words among distinct lower-cased tokens (see `content_words`). Taking the word
/// types, not every token, runs the filter and `stem` (an allocation) once per type.
fn vocabulary(types: &[&str], lex: &Lexicons) -> HashSet<String> {
    types
        .iter()
        .copied()
        .filter(|w| {
            w.chars().count() >= 4
                && !lex.stopwords.contains(*w)
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .map(stem)
        .collect()
}

/// A crude English stem (plural and possessive endings) so "strikes" meets "strike".
pub fn stem(w: &str) -> String {
    let w = w.trim_end_matches("'s");
    for suffix in ["ies", "es", "s"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            return w[..w.len() - suffix.len()].to_string();
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    /// Login handles and desks' roles name nobody; names, one-word names in capitals and names
    /// without letter case do.
    #[test]
    fn handles_and_roles_name_no_person() {
        for nobody in [
            "savingshub",
            "user5105",
            "admin",
            "Admin",
            "Editor",
            "News Desk",
            "newsdesk",
            "Staff",
            "Webmaster",
            "Redaktion",
            "Kestrel_42",
            "Editorial Team",
        ] {
            assert!(!super::names_a_person(nobody), "{nobody}");
        }
        for person in [
            "Ann Lee",
            "Hanne Lyngstad",
            "Gizzmo",
            "ann lee",
            "山田花子",
            "Mira Desk-Castellane",
            "Jörg Staff",
        ] {
            assert!(super::names_a_person(person), "{person}");
        }
    }

    /// memchr's substring search and `find_first` (`quote_evidence`) find what `str::find` did,
    /// on seeded random texts and quotes (the quote often a piece of the text, sometimes not in
    /// it; texts long and repetitive enough to pass `find_first`'s tries).
    #[test]
    fn memmem_finds_what_str_find_did() {
        const PIECES: &[&str] = &[
            "the ", "harbor", "é", "’", "a", "aa", "\n", " ", "日本", ".",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        for round in 0..20_000 {
            let text = rng.string(PIECES, if round % 4 == 0 { 400 } else { 40 });
            let needle = match rng.below(3) {
                0 => rng.string(PIECES, 4),
                _ => {
                    let chars: Vec<char> = text.chars().collect();
                    let from = rng.below(chars.len() + 1);
                    let to = from + rng.below(chars.len() - from + 1).min(12);
                    chars[from..to].iter().collect()
                }
            };
            assert_eq!(
                memchr::memmem::find(text.as_bytes(), needle.as_bytes()),
                text.find(needle.as_str()),
                "{needle:?} in {text:?}"
            );
            assert_eq!(
                super::find_first(text.as_bytes(), needle.as_bytes()),
                text.find(needle.as_str()),
                "{needle:?} in {text:?}"
            );
        }
    }
}
