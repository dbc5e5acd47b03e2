//! The fixed-size summary kept per document between scoring and clustering: a MinHash signature
//! of its word shingles, its top content terms, its entities, numbers and quotes, and the few
//! facts the origin choice needs. The text itself is not kept.

use credence_extract::Extraction;
use credence_heuristics::{Assessment, Verdict};
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::text;

/// Word n-gram length of the shingles: 5, as FineWeb's deduplication uses; long enough that two
/// independent reports of one event rarely share one, short enough that a copy with a few edits
/// keeps most.
pub const SHINGLE_WORDS: usize = 5;
/// MinHash functions per signature (64 x 4 bytes = 256 bytes). The Jaccard estimate's standard
/// error is sqrt(J(1-J)/64), at most 0.06: enough to tell a copy (J > 0.5) from a rewrite (J < 0.1).
pub const MINHASH_LEN: usize = 64;
/// The seed of the MinHash family: fixed, so signatures from different runs can be compared.
pub const MINHASH_SEED: u64 = 0x6372_6564_656e_6365;
/// Content terms kept per document for TF-IDF cosine (the most frequent ones).
pub const MAX_TERMS: usize = 48;
/// Entities kept per document (smallest hashes: a uniform sample when there are more).
pub const MAX_ENTITIES: usize = 64;
/// Numbers kept per document.
pub const MAX_NUMBERS: usize = 32;
/// Quotes kept per document.
pub const MAX_QUOTES: usize = 16;

/// Trailing paragraphs of the article text a sketch knows one by one (their hashes, and which of
/// its shingles, names, numbers, quotes and terms first occur in them): where a site's footer,
/// "about us" box or corrections policy stands, which two documents may share word for word
/// without one copying the other. A paragraph further up is "before the tail" (`TAIL_PARAGRAPHS`).
pub const TAIL_PARAGRAPHS: usize = 8;

/// A family of `MINHASH_LEN` hash functions, `h_i(x) = (a_i * x + b_i) >> 32` over a 64-bit
/// shingle hash (multiply-shift, Dietzfelbinger 1996), with fixed odd `a_i` drawn from splitmix64.
#[derive(Debug, Clone)]
pub struct MinHasher {
    params: Vec<(u64, u64)>,
}

impl MinHasher {
    /// `n` hash functions from a fixed seed.
    pub fn new(n: usize, seed: u64) -> MinHasher {
        let params = (0..n as u64)
            .map(|i| {
                let a = text::mix64(seed ^ (2 * i + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1;
                let b = text::mix64(a ^ 0xdead_beef_cafe_f00d);
                (a, b)
            })
            .collect();
        MinHasher { params }
    }

    /// The signature of a set of 64-bit hashes (`u32::MAX` everywhere for an empty set).
    pub fn signature(&self, items: impl IntoIterator<Item = u64>) -> Vec<u32> {
        let mut sig = vec![u32::MAX; self.params.len()];
        for x in items {
            for (s, (a, b)) in sig.iter_mut().zip(&self.params) {
                let h = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
                if h < *s {
                    *s = h;
                }
            }
        }
        sig
    }

    /// The signature of a set of hashes each tagged with a place (see [`DocSketch::minhash_at`]),
    /// and for each hash function the place of the item that gave its minimum (the smallest
    /// place among equal minima; `u8::MAX` for an empty set).
    pub fn signature_at(&self, items: impl IntoIterator<Item = (u64, u8)>) -> (Vec<u32>, Vec<u8>) {
        let mut sig = vec![u32::MAX; self.params.len()];
        let mut at = vec![u8::MAX; self.params.len()];
        for (x, place) in items {
            for ((s, p), (a, b)) in sig.iter_mut().zip(at.iter_mut()).zip(&self.params) {
                let h = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
                if h < *s || (h == *s && place < *p) {
                    *s = h;
                    *p = place;
                }
            }
        }
        (sig, at)
    }
}

/// The per-document facts the origin choice weighs, each with what a reviewer needs to check it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocFacts {
    /// The row id.
    pub id: String,
    /// The publication date (`YYYY-MM-DD`), as the page states it.
    pub date: Option<String>,
    /// The publication instant (Unix seconds), when the page states a time of day with its
    /// offset (midnight sharp is taken for a date without a time): orders members that share
    /// the earliest date.
    #[serde(default)]
    pub time: Option<i64>,
    /// False when the heuristics flag the date as fake (weekday or URL-date mismatch) or the page
    /// as an aggregator's: such a date never counts as evidence of being first.
    pub date_credible: bool,
    /// The news agency credited, if any.
    pub agency: Option<String>,
    /// True when the agency credit reads as the agency's own copy: a person's byline or no other
    /// outlet's name on the page. False for "By Reuters" on a newspaper's site.
    pub agency_own: bool,
    /// The outlet's name.
    pub site_name: Option<String>,
    /// The page's own canonical URL (from `rel=canonical` or `og:url`), normalised.
    pub self_url: Option<String>,
    /// The URL an "Original url:" line names, normalised.
    pub original_url: Option<String>,
    /// The outlet a republication credit names as the story's first publisher ("This article
    /// originally appeared in The Harlow Ledger"), as its letters and digits lower-cased
    /// ([`credence_extract::lexicon::alnum_key`]).
    #[serde(default)]
    pub credited_outlet: Option<String>,
    /// The verdict of the single-document heuristics.
    pub verdict: Option<Verdict>,
    /// Conversion artefacts (wrapped lines with another mark, broken quotes, broken URLs).
    pub converted: bool,
    /// Words of article text.
    pub words: u32,
    /// The weekday the lead names ("on Thursday"), 0 = Monday: when the event happened, for
    /// documents without a credible date.
    pub lead_weekday: Option<u8>,
    /// A byline names who wrote it (not only a wire credit's "(Reporting by ...)" that every
    /// copy of the text carries).
    #[serde(default)]
    pub signed: bool,
    /// The domains of the bylined reporters' e-mail addresses in the article text, as the first
    /// label of each registrable domain ("lamoilleledger" of ctrombley@lamoilleledger.com for
    /// Caleb Trombley), at most `MAX_CONTACTS` (4): the address closing a story names the outlet
    /// its reporter works for, wherever the text is run. A site's own addresses (dmca@, info@)
    /// say nothing of who wrote the story.
    #[serde(default)]
    pub contact_domains: Vec<String>,
    /// The heuristics found a brand in the title that the page never names (A004): the stamp of
    /// a site that took the story from elsewhere.
    #[serde(default)]
    pub foreign_brand: bool,
    /// The AI axis's risk, `None` when it abstained: of members nothing else tells apart, the
    /// one that reads least like machine text is the likelier original (an AI rewrite of a
    /// story scores above the story in 35 of 40 pairs of the rewrite study).
    #[serde(default)]
    pub ai_risk: Option<f64>,
}

/// Everything kept per document: [`DocFacts`] plus the text sketch. At most 1,360 bytes of sketch
/// on the heap (256 B of MinHash, 384 B of terms, 256 B of entities, 128 B of numbers, 64 B of
/// quotes, and 272 B for the last paragraphs: 48 B of hashes and counts, 224 B of places) plus the id, date, agency, site name and URLs, whatever the text's length.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocSketch {
    /// The facts.
    pub facts: DocFacts,
    /// MinHash of the word 5-gram shingles.
    pub minhash: Vec<u32>,
    /// How many distinct shingles the text has (for containment from Jaccard).
    pub shingles: u32,
    /// Top content terms (hash, count), by count.
    pub terms: Vec<(u32, u16)>,
    /// Entity hashes, sorted.
    pub entities: Vec<u32>,
    /// Number hashes, sorted.
    pub numbers: Vec<u32>,
    /// Quote hashes, sorted.
    pub quotes: Vec<u32>,
    /// Hashes of the article's last `TAIL_PARAGRAPHS` paragraphs (lower-cased words), the last
    /// paragraph first.
    #[serde(default)]
    pub tail: Vec<u32>,
    /// For each paragraph of `tail`, the distinct shingles that first occur in it.
    #[serde(default)]
    pub tail_shingles: Vec<u16>,
    /// Where the item behind each `minhash` value first occurs: 0 for the last paragraph, 1 for
    /// the one before, ... and `TAIL_PARAGRAPHS` for anywhere further up. Likewise, item by item,
    /// `terms_at`, `entities_at`, `numbers_at` and `quotes_at`. With these a pair's shared
    /// trailing paragraphs can be left out of its comparison (see `PairEvidence::of`).
    #[serde(default)]
    pub minhash_at: Vec<u8>,
    /// Where each of `terms` first occurs (as `minhash_at`).
    #[serde(default)]
    pub terms_at: Vec<u8>,
    /// Where each of `entities` first occurs (as `minhash_at`).
    #[serde(default)]
    pub entities_at: Vec<u8>,
    /// Where each of `numbers` first occurs (as `minhash_at`).
    #[serde(default)]
    pub numbers_at: Vec<u8>,
    /// Where each of `quotes` first occurs (as `minhash_at`).
    #[serde(default)]
    pub quotes_at: Vec<u8>,
}

/// The article text's paragraphs (its lines holding a word), numbered from the end for the
/// sketch's `*_at` places.
struct Paragraphs {
    /// Byte offset where each paragraph starts, in text order.
    starts: Vec<usize>,
}

impl Paragraphs {
    fn new(body: &str) -> Paragraphs {
        let mut starts = Vec::new();
        let mut at = 0;
        for line in body.split('\n') {
            if line.chars().any(char::is_alphanumeric) {
                starts.push(at);
            }
            at += line.len() + 1;
        }
        Paragraphs { starts }
    }

    /// The place of the paragraph holding byte `offset`: 0 for the last, capped at
    /// `TAIL_PARAGRAPHS`.
    fn place(&self, offset: usize) -> u8 {
        let ordinal = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        self.starts
            .len()
            .saturating_sub(1 + ordinal)
            .min(TAIL_PARAGRAPHS) as u8
    }

    /// Each paragraph with its place, in text order.
    fn iter<'t>(&'t self, body: &'t str) -> impl Iterator<Item = (&'t str, u8)> + 't {
        let n = self.starts.len();
        self.starts.iter().enumerate().map(move |(k, &start)| {
            let end = body[start..].find('\n').map_or(body.len(), |e| start + e);
            (&body[start..end], (n - 1 - k).min(TAIL_PARAGRAPHS) as u8)
        })
    }
}

/// The `n` smallest keys with their places, as two vectors in key order.
fn smallest_at(map: HashMap<u32, u8>, n: usize) -> (Vec<u32>, Vec<u8>) {
    let mut v: Vec<(u32, u8)> = map.into_iter().collect();
    v.sort_unstable();
    v.truncate(n);
    v.into_iter().unzip()
}

/// Normalises a URL for matching: scheme, `www.`, query, fragment and a trailing slash dropped,
/// lower-cased.
pub fn normalise_url(url: &str) -> String {
    let u = url.trim().to_lowercase();
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(&u);
    let u = u.strip_prefix("www.").unwrap_or(u);
    let u = u.split(['?', '#']).next().unwrap_or(u);
    u.trim_end_matches('/').to_string()
}

/// Words of the lead searched for a weekday: a news lead's first two sentences.
const LEAD_WORDS: usize = 60;
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn lead_weekday(words: &[text::Word<'_>]) -> Option<u8> {
    words
        .iter()
        .take(LEAD_WORDS)
        .find_map(|w| WEEKDAYS.iter().position(|d| *d == w.lower))
        .map(|i| i as u8)
}

/// The instant an ISO 8601 date-time with an offset names, in Unix seconds; `None` for a bare
/// date, a time without an offset, or midnight sharp (what a page writes when it knows only the
/// day).
fn instant(value: &str) -> Option<i64> {
    if value.get(10..11) != Some("T") || value.get(11..19) == Some("00:00:00") {
        return None;
    }
    value
        .parse::<jiff::Timestamp>()
        .ok()
        .map(jiff::Timestamp::as_second)
}

/// E-mail domains kept a document: a story closes on one or two addresses; a page listing many
/// is a directory, and the first few say as much as all.
pub const MAX_CONTACTS: usize = 4;

/// The first labels of the registrable domains of the e-mail addresses in `text` whose local
/// part holds the surname of one of `names` (3 letters or more), lower-cased, each once, at
/// most [`MAX_CONTACTS`] ("lamoilleledger" of "reach him at ctrombley@lamoilleledger.com." for
/// Caleb Trombley).
fn contact_domains(text: &str, names: &[&str]) -> Vec<String> {
    let surnames: Vec<String> = names
        .iter()
        .filter_map(|n| n.split_whitespace().next_back())
        // Folded: an address spells "Oyarzún" "oyarzun".
        .map(credence_extract::lexicon::name_key)
        .filter(|k| k.len() >= 3)
        .collect();
    if surnames.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for (at, _) in text.match_indices('@') {
        if out.len() >= MAX_CONTACTS {
            break;
        }
        // The local part before the `@` (a handle's "@name" has none), holding a surname.
        let local_at = text[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))
            .map_or(0, |p| p + 1);
        let local = credence_extract::lexicon::alnum_key(&text[local_at..at]);
        let local = !local.is_empty() && surnames.iter().any(|s| local.contains(s.as_str()));
        let domain = text[at + 1..]
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', '-']);
        if !local || !domain.contains('.') {
            continue;
        }
        // As a URL: the registrable domain reads hosts of URLs.
        let label = credence_extract::registrable_domain(&format!("https://{domain}"))
            .and_then(|d| {
                d.split('.')
                    .next()
                    .map(credence_extract::lexicon::alnum_key)
            })
            .filter(|l| !l.is_empty());
        if let Some(l) = label.filter(|l| !out.contains(l)) {
            out.push(l);
        }
    }
    out
}

/// True when signal `s` says the page's date is not to be trusted: its URL names another day
/// (A006), or its lead's weekday lies three to five days before it (A005). A lag of two days is
/// how late a weekly or a Sunday paper reports the week's news, and six back is also one day
/// ahead (a UTC date on an evening story): A005 gives those half its points, and the date stands.
fn flags_date(s: &credence_heuristics::Signal) -> bool {
    match s.code.as_str() {
        "A006" => true,
        "A005" => (3.0..=5.0).contains(&s.value),
        _ => false,
    }
}

impl DocSketch {
    /// Sketches one scored document.
    pub fn new(id: &str, x: &Extraction, a: Option<&Assessment>, hasher: &MinHasher) -> DocSketch {
        let body = x.body_text.as_str();
        let words = text::words(body);
        let paragraphs = Paragraphs::new(body);
        // Each word's paragraph place (word texts are slices of the body).
        let word_at: Vec<u8> = words
            .iter()
            .map(|w| paragraphs.place(w.text.as_ptr() as usize - body.as_ptr() as usize))
            .collect();
        let place_of = |i: usize| word_at.get(i).copied().unwrap_or(TAIL_PARAGRAPHS as u8);
        let shingles = text::shingles_first(&words, SHINGLE_WORDS);
        let mut tail_shingles = vec![0u16; TAIL_PARAGRAPHS.min(paragraphs.starts.len())];
        for (_, first) in &shingles {
            if let Some(c) = tail_shingles.get_mut(usize::from(place_of(*first))) {
                *c = c.saturating_add(1);
            }
        }
        // The tail paragraphs' hashes, the last first.
        let mut tail_text = vec![String::new(); tail_shingles.len()];
        for (w, &p) in words.iter().zip(&word_at) {
            if let Some(t) = tail_text.get_mut(usize::from(p)) {
                t.push_str(&w.lower);
                t.push(' ');
            }
        }
        let tail: Vec<u32> = tail_text
            .iter()
            .map(|t| text::hash64(t.as_bytes()) as u32)
            .collect();
        let mut terms: Vec<(u32, u16, u8)> = text::term_counts_first(&words)
            .into_iter()
            .map(|(t, (c, first))| (t, c.min(u32::from(u16::MAX)) as u16, place_of(first)))
            .collect();
        terms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(MAX_TERMS);
        let terms_at: Vec<u8> = terms.iter().map(|t| t.2).collect();
        let terms: Vec<(u32, u16)> = terms.into_iter().map(|(t, c, _)| (t, c)).collect();
        let entities: HashMap<u32, u8> = text::entities_first(&words)
            .into_iter()
            .map(|(e, first)| (e, place_of(first)))
            .collect();
        let mut numbers: HashMap<u32, u8> = HashMap::new();
        let mut quotes: HashMap<u32, u8> = HashMap::new();
        for (para, place) in paragraphs.iter(body) {
            text::for_each_number(para, |n| {
                numbers.entry(n).or_insert(place);
            });
            text::for_each_quote(para, |q| {
                quotes.entry(q).or_insert(place);
            });
        }
        let (entities, entities_at) = smallest_at(entities, MAX_ENTITIES);
        let (numbers, numbers_at) = smallest_at(numbers, MAX_NUMBERS);
        let (quotes, quotes_at) = smallest_at(quotes, MAX_QUOTES);
        let (minhash, minhash_at) =
            hasher.signature_at(shingles.iter().map(|(h, first)| (*h, place_of(*first))));
        let verdict = a.map(|a| a.verdict);
        let fired = |code: &str| a.is_some_and(|a| a.signals.iter().any(|s| s.code == code));
        let date_flagged = a.is_some_and(|a| a.signals.iter().any(flags_date))
            || verdict == Some(Verdict::AggregatorSpam);
        let agency = x
            .dateline
            .as_ref()
            .and_then(|d| d.agency.clone())
            .or_else(|| x.agency.first().map(|m| m.agency.clone()));
        let declared = x.canonical_source.as_deref() == Some("original_url_line");
        // A reporters' credit at a wire story's foot ("(Reporting by ...)") travels with the text
        // to every page that runs it: it signs the story, not the page.
        let signed = x.bylines.iter().any(|b| b.source != "reporting_credit");
        let facts = DocFacts {
            id: id.to_string(),
            date: x.published.as_ref().map(|p| p.date().to_string()),
            time: x.published.as_ref().and_then(|p| instant(&p.value)),
            date_credible: x.published.is_some() && !date_flagged,
            agency_own: agency.is_some() && (x.site_name.is_none() || signed),
            agency,
            site_name: x.site_name.clone(),
            self_url: x
                .canonical_url
                .as_deref()
                .filter(|_| !declared)
                .map(normalise_url),
            original_url: x
                .canonical_url
                .as_deref()
                .filter(|_| declared)
                .map(normalise_url),
            credited_outlet: x
                .republished_from
                .as_ref()
                .and_then(|c| c.names.first())
                .map(|n| credence_extract::lexicon::alnum_key(n))
                .filter(|k| !k.is_empty()),
            verdict,
            converted: fired("P002"),
            words: x.words.min(u32::MAX as usize) as u32,
            lead_weekday: lead_weekday(&words),
            signed,
            contact_domains: contact_domains(
                body,
                &x.bylines
                    .iter()
                    .map(|b| b.name.as_str())
                    .collect::<Vec<_>>(),
            ),
            foreign_brand: fired("A004"),
            ai_risk: a.and_then(|a| a.ai.risk),
        };
        DocSketch {
            facts,
            minhash,
            shingles: shingles.len() as u32,
            terms,
            entities,
            numbers,
            quotes,
            tail,
            tail_shingles,
            minhash_at,
            terms_at,
            entities_at,
            numbers_at,
            quotes_at,
        }
    }

    /// Heap bytes this sketch holds (for the memory figure in docs/benchmarks.md).
    pub fn heap_bytes(&self) -> usize {
        let f = &self.facts;
        self.minhash.capacity() * 4
            + self.terms.capacity() * 8
            + (self.entities.capacity() + self.numbers.capacity() + self.quotes.capacity()) * 4
            + self.tail.capacity() * 4
            + self.tail_shingles.capacity() * 2
            + self.minhash_at.capacity()
            + self.terms_at.capacity()
            + self.entities_at.capacity()
            + self.numbers_at.capacity()
            + self.quotes_at.capacity()
            + f.id.capacity()
            + f.date.as_ref().map_or(0, String::capacity)
            + f.agency.as_ref().map_or(0, String::capacity)
            + f.site_name.as_ref().map_or(0, String::capacity)
            + f.self_url.as_ref().map_or(0, String::capacity)
            + f.original_url.as_ref().map_or(0, String::capacity)
            + f.credited_outlet.as_ref().map_or(0, String::capacity)
            + f.contact_domains
                .iter()
                .map(String::capacity)
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_need_a_time_and_an_offset() {
        assert_eq!(instant("2025-10-21T11:00:00+01:00"), Some(1_761_040_800));
        assert_eq!(instant("2025-10-21T10:00:00Z"), Some(1_761_040_800));
        assert_eq!(instant("2025-10-21"), None);
        assert_eq!(instant("2025-10-21T00:00:00Z"), None);
        assert_eq!(instant("2025-10-21T11:00:00"), None);
        assert_eq!(instant("2025-10-21T25:00:00Z"), None);
    }

    /// A weekday lag of three to five days, or a URL naming another day, makes a page's date not
    /// credible; two or six days (half of A005's points) leave it standing.
    #[test]
    fn only_a_clear_date_contradiction_flags_the_date() {
        let signal = |code: &str, value: f64| credence_heuristics::Signal {
            code: code.into(),
            name: String::new(),
            axis: credence_heuristics::Axis::Aggregator,
            value,
            points: 1.0,
            human_rate: None,
            summary: String::new(),
            evidence: Vec::new(),
        };
        for days in [3.0, 4.0, 5.0] {
            assert!(flags_date(&signal("A005", days)), "{days}");
        }
        for days in [2.0, 6.0] {
            assert!(!flags_date(&signal("A005", days)), "{days}");
        }
        assert!(flags_date(&signal("A006", 9.0)));
        assert!(!flags_date(&signal("A011", 40.0)));
    }

    /// The reporters' addresses' domains, each once, by their registrable domain's first label;
    /// a site's own address (dmca@, news@), a handle ("@trombley") or an address without a
    /// dotted domain is none.
    #[test]
    fn contact_domains_name_the_outlets_of_the_reporters_addresses() {
        let names = ["Caleb Trombley", "Ana Ruiz-Oyarzún"];
        assert_eq!(
            contact_domains(
                "Caleb Trombley can be reached at ctrombley@lamoilleledger.com. Tips: \
                 news@mail.lamoilleledger.com or dmca@instanewshub.online; follow @trombley, \
                 trombley@localhost, c.trombley@news.lamoille-ledger.co.uk, \
                 ana.ruiz-oyarzun@valley.example.",
                &names
            ),
            ["lamoilleledger", "valley"]
        );
        assert!(contact_domains("reach him at ctrombley@lamoilleledger.com", &[]).is_empty());
        let many: String = (0..10)
            .map(|i| format!("trombley@site{i}.example "))
            .collect();
        assert_eq!(contact_domains(&many, &names).len(), MAX_CONTACTS);
    }

    #[test]
    fn urls_normalise() {
        assert_eq!(
            normalise_url("https://www.Example.com/a/b/?utm=1#x"),
            "example.com/a/b"
        );
    }

    #[test]
    fn minhash_estimates_jaccard() {
        let h = MinHasher::new(MINHASH_LEN, 7);
        let a = h.signature(0..1000u64);
        let b = h.signature(500..1500u64);
        let same = a.iter().zip(&b).filter(|(x, y)| x == y).count() as f64 / MINHASH_LEN as f64;
        // True Jaccard 1/3.
        assert!((same - 1.0 / 3.0).abs() < 0.2, "{same}");
    }
}
