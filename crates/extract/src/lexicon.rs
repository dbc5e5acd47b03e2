//! The lexicons in `data/lexicons/`, compiled into the binary and parsed once.

use std::sync::LazyLock;

use crate::Trim;

/// A news agency and the words that credit it.
#[derive(Debug, Clone)]
pub struct Agency {
    /// Short code (`AP`).
    pub code: String,
    /// Display name (`Associated Press`).
    pub name: String,
    /// Case-sensitive markers (`AP`, `Associated Press`).
    pub markers: Vec<String>,
    /// The markers that also name something else (`PAP`, Singapore's ruling party; `APA`, a
    /// citation style): they credit only where a credit stands, never in parentheses inside a
    /// sentence (see `agency::markers`).
    pub strict: Vec<String>,
}

/// A chrome phrase: a whole line that is site furniture.
#[derive(Debug, Clone)]
pub struct ChromePhrase {
    /// `share`, `mobile`, `prompt`, `comments`, `footer`.
    pub category: String,
    /// True when it is residue of a careless scrape rather than ordinary site furniture.
    pub scraper_residue: bool,
    /// The phrase, lower-cased.
    pub phrase: String,
}

/// All lexicons the extractor uses.
#[derive(Debug, Clone)]
pub struct Lexicons {
    /// News agencies.
    pub agencies: Vec<Agency>,
    /// Headings of headline lists, lower-cased.
    pub headline_headings: Vec<String>,
    /// Whole-line chrome phrases.
    pub chrome: Vec<ChromePhrase>,
    /// Phrases of donation appeals, lower-cased.
    pub appeal_phrases: Vec<String>,
    /// Finds every appeal phrase in a line in one pass (pattern `k` is `appeal_phrases[k]`):
    /// thirty `str::contains` calls a line, each building its searcher, were 3% of plain-text
    /// scoring.
    pub appeal_finder: aho_corasick::AhoCorasick,
    /// Finds any agency marker in a line in one pass, so the per-agency checks run only on the
    /// few lines that can hold a credit.
    pub marker_finder: aho_corasick::AhoCorasick,
    /// Whether a line holds any appeal phrase / any agency marker, by the SIMD searcher for a few
    /// dozen literals (`packed_any`), which skips ahead where the automata above read every byte
    /// of every line. `None` where it cannot be built: the automata answer then.
    appeal_any: Option<Vec<aho_corasick::packed::Searcher>>,
    marker_any: Option<Vec<aho_corasick::packed::Searcher>>,
    /// `headline_headings` as a set: every short line of a page is asked whether it is a
    /// heading, and a scan of the 250-odd headings in 25 languages was 1.5% of HTML scoring.
    heading_set: foldhash::HashSet<String>,
}

/// Searchers that together find whether any of `patterns` occurs (the same answer as an
/// `AhoCorasick` over them, which also reports no empty match here: empty patterns get none).
///
/// The SIMD searcher checks every candidate against the patterns of its bucket, and the more
/// patterns, the more share a bucket: the agencies' markers (about a hundred, many of two or
/// three capitals) cost half as much again in one searcher as in chunks of 16, each a narrower
/// searcher. So one searcher per chunk; `None` when any chunk gets none (the caller falls back to
/// its automaton).
fn packed_any<'p>(
    patterns: impl IntoIterator<Item = &'p str>,
) -> Option<Vec<aho_corasick::packed::Searcher>> {
    const CHUNK: usize = 16;
    let patterns: Vec<&str> = patterns.into_iter().collect();
    if patterns.is_empty() || patterns.iter().any(|p| p.is_empty()) {
        return None;
    }
    patterns
        .chunks(CHUNK)
        .map(|chunk| aho_corasick::packed::Searcher::new(chunk.iter().copied()))
        .collect()
}

/// English function words (`data/lexicons/stopwords_en.txt`): the language check's fast path and
/// the heuristics' content-word filter read this one set.
pub static ENGLISH_FUNCTION_WORDS: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| {
        data_lines(include_str!("../../../data/lexicons/stopwords_en.txt"))
            .flat_map(str::split_whitespace)
            .collect()
    });

/// German function words that other languages do not share as common words
/// (`data/lexicons/function_words_de.txt`): the language check's fast path for German.
pub static GERMAN_FUNCTION_WORDS: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| {
    data_lines(include_str!("../../../data/lexicons/function_words_de.txt"))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether [`alnum_key`]`(s)` is `key`, without building it: read only as far as the two
/// agree, most lines differing from a headline's key at their first letter (a search for the
/// headline's line built every line's key).
pub(crate) fn alnum_key_is(s: &str, key: &str) -> bool {
    let mut rest = key.as_bytes();
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                match rest.split_first() {
                    Some((&b, tail)) if b == c.to_ascii_lowercase() as u8 => rest = tail,
                    _ => return false,
                }
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                let mut buf = [0; 4];
                let Some(tail) = rest.strip_prefix(l.encode_utf8(&mut buf).as_bytes()) else {
                    return false;
                };
                rest = tail;
            }
        }
    }
    rest.is_empty()
}

/// The letters and digits of `s`, lower-cased: the key two spellings of one name share
/// ("Harbour-Courier" and "harbour courier"), used to compare titles, site names and bylines.
pub fn alnum_key(s: &str) -> String {
    // An ASCII character is alphanumeric and lower-cases as in ASCII: tested and pushed as a
    // byte, without the `ToLowercase` iterator a character (this runs on many lines of every
    // document, and was 60 instructions a character).
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Small Latin letters with a diacritic (Latin-1 and Latin Extended-A, Romanian's comma-below
/// letters) and, at the same position of [`FOLD_TO`], the letter without it: "José" and "Jose"
/// are one person's name as two sources write it. Letters written with a stroke (ø, ł, đ) fold too.
const FOLD_FROM: &str =
    "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžșțøłđħŧıð";
const FOLD_TO: &str =
    "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzstoldhtid";

/// [`alnum_key`] with the diacritics of Latin letters dropped and the ligatures spelt out ("ß"
/// as "ss", "æ" as "ae"): the key under which two spellings of a person's name are the same
/// person ("José Díaz", "JOSE DIAZ", "Jose Diaz").
pub fn name_key(s: &str) -> String {
    let key = alnum_key(s);
    if key.is_ascii() {
        return key;
    }
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            _ => match FOLD_FROM.chars().position(|f| f == c) {
                Some(i) => out.extend(FOLD_TO.chars().nth(i)),
                None => out.push(c),
            },
        }
    }
    out
}

/// Non-comment, non-blank lines of a data file.
pub fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim_fast().is_empty() && !l.trim_start().starts_with('#'))
}

impl Lexicons {
    /// Parses the compiled-in lexicon files (formats of `data/lexicons/`); others go through
    /// [`Lexicons::with_extras`], which returns its errors.
    fn parse(agencies: &str, headings: &str, chrome: &str, appeal: &str) -> Lexicons {
        let agencies: Vec<Agency> = data_lines(agencies)
            .skip(1)
            .filter_map(|l| parse_agency(l).ok())
            .collect();
        let chrome = data_lines(chrome)
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (category, class, phrase) = (f.next()?, f.next()?, f.next()?);
                Some(ChromePhrase {
                    category: category.into(),
                    scraper_residue: class == "scraper",
                    phrase: phrase.trim_fast().to_lowercase(),
                })
            })
            .collect();
        // Only ever called on the lexicons compiled in, which a unit test builds.
        let marker_finder =
            marker_finder(&agencies).expect("the compiled-in agency markers build an automaton");
        let appeal_phrases: Vec<String> = data_lines(appeal)
            .map(|l| l.trim_fast().to_lowercase())
            .collect();
        let appeal_finder = aho_corasick::AhoCorasick::builder()
            .kind(Some(NFA_KIND))
            .build(&appeal_phrases)
            .expect("the compiled-in appeal phrases build an automaton");
        let marker_any = packed_any(
            agencies
                .iter()
                .flat_map(|a| a.markers.iter().map(String::as_str)),
        );
        let appeal_any = packed_any(appeal_phrases.iter().map(String::as_str));
        let headline_headings: Vec<String> = data_lines(headings)
            .map(|l| l.trim_fast().to_lowercase())
            .collect();
        Lexicons {
            marker_finder,
            marker_any,
            appeal_any,
            agencies,
            heading_set: headline_headings.iter().cloned().collect(),
            headline_headings,
            chrome,
            appeal_phrases,
            appeal_finder,
        }
    }

    /// True when `line` holds an agency marker (`marker_finder.is_match(line)`).
    pub fn has_marker(&self, line: &str) -> bool {
        match &self.marker_any {
            Some(s) => s.iter().any(|s| s.find(line).is_some()),
            None => self.marker_finder.is_match(line),
        }
    }

    /// The spans of the agency markers found in `text`, left to right (spans of different
    /// searchers may overlap): every place a marker occurs is inside or overlaps one of them (a
    /// search of a whole document, where `has_marker` asks one line).
    pub fn marker_spans<'t>(
        &'t self,
        text: &'t str,
    ) -> Box<dyn Iterator<Item = (usize, usize)> + 't> {
        match &self.marker_any {
            Some(s) => {
                let mut spans: Vec<(usize, usize)> = s
                    .iter()
                    .flat_map(|s| s.find_iter(text).map(|m| (m.start(), m.end())))
                    .collect();
                spans.sort_unstable();
                Box::new(spans.into_iter())
            }
            None => Box::new(
                self.marker_finder
                    .find_iter(text)
                    .map(|m| (m.start(), m.end())),
            ),
        }
    }

    /// The spans of the appeal phrases found in `lower` by searches that do not overlap their
    /// own matches (one search a searcher): a text of many lines is searched once. A part of
    /// the text that holds a phrase, and where no match runs in from before it, holds a match.
    pub(crate) fn appeal_matches(&self, lower: &str) -> Vec<(usize, usize)> {
        match &self.appeal_any {
            Some(searchers) => searchers
                .iter()
                .flat_map(|s| s.find_iter(lower).map(|m| (m.start(), m.end())))
                .collect(),
            None => self
                .appeal_finder
                .find_iter(lower)
                .map(|m| (m.start(), m.end()))
                .collect(),
        }
    }

    /// How many of the appeal phrases occur in `lower` (a lower-cased line): each phrase counts
    /// once however often it occurs, as `appeal_phrases.filter(|p| lower.contains(p)).count()`.
    pub fn appeal_phrases_in(&self, lower: &str) -> usize {
        // Most lines hold none: one search that can skip ahead before the overlapping one.
        let any = match &self.appeal_any {
            Some(s) => s.iter().any(|s| s.find(lower).is_some()),
            None => self.appeal_finder.is_match(lower),
        };
        if !any {
            return 0;
        }
        let mut seen = vec![false; self.appeal_finder.patterns_len()];
        for m in self.appeal_finder.find_overlapping_iter(lower) {
            seen[m.pattern().as_usize()] = true;
        }
        seen.into_iter().filter(|&s| s).count()
    }

    /// These lexicons with a user's additions: agencies in the format of
    /// `data/lexicons/agencies.tsv` (code, name and `|`-separated markers, tab-separated, then
    /// optionally the strict markers; a header line `code<TAB>name<TAB>markers` may be there) and
    /// headline-list headings, one a line.
    /// `#` comments and blank lines are skipped. A malformed agency line is an error naming its
    /// line number.
    pub fn with_extras(&self, agencies: &str, headings: &str) -> Result<Lexicons, String> {
        let mut out = self.clone();
        for (n, l) in agencies.lines().enumerate() {
            let t = l.trim_fast();
            if t.is_empty() || t.starts_with('#') || t.to_lowercase().starts_with("code\t") {
                continue;
            }
            let a = parse_agency(l).map_err(|e| format!("line {}: {e}", n + 1))?;
            out.agencies.retain(|x| x.code != a.code);
            out.agencies.push(a);
        }
        for h in data_lines(headings) {
            let h = h
                .trim_fast()
                .trim_end_matches(':')
                .trim_fast()
                .to_lowercase();
            if !h.is_empty() && out.heading_set.insert(h.clone()) {
                out.headline_headings.push(h);
            }
        }
        out.marker_finder = marker_finder(&out.agencies)?;
        out.marker_any = packed_any(
            out.agencies
                .iter()
                .flat_map(|a| a.markers.iter().map(String::as_str)),
        );
        Ok(out)
    }

    /// The agency with this code.
    pub fn agency(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.code == code)
    }

    /// The agency one of whose markers is exactly `marker`.
    pub fn agency_by_marker(&self, marker: &str) -> Option<&Agency> {
        let m = marker.trim_fast();
        self.agencies
            .iter()
            .find(|a| a.markers.iter().any(|x| x == m) || a.name == m)
    }

    /// The chrome phrase equal to this line, if any.
    pub fn chrome_line(&self, line: &str) -> Option<&ChromePhrase> {
        let t = line.trim_fast();
        if t.is_ascii() {
            // Lower-casing ASCII keeps the length and is `eq_ignore_ascii_case` (a phrase is
            // lower-cased; one outside ASCII equals no ASCII line): no copy of every line.
            return self
                .chrome
                .iter()
                .find(|c| c.phrase.len() == t.len() && c.phrase.eq_ignore_ascii_case(t));
        }
        // Lower-casing turns each character into one or more, of a byte or more: a line of more
        // characters than the longest phrase has bytes equals no phrase once lower-cased, and is
        // not lower-cased (a whole paragraph with a curly quote in it was copied for this).
        let longest = self
            .chrome
            .iter()
            .map(|c| c.phrase.len())
            .max()
            .unwrap_or(0);
        if t.chars().count() > longest {
            return None;
        }
        let l = t.to_lowercase();
        self.chrome.iter().find(|c| c.phrase == l)
    }

    /// True when the line is a headline-list heading: one of the headings, in any case, with a
    /// typographic apostrophe ("Don’t miss") and a trailing colon, ellipsis or arrow ("Read
    /// more »"), or a heading and one word that says what is listed ("Read more stories").
    pub fn is_headline_heading(&self, line: &str) -> bool {
        let t = line
            .trim_fast()
            .trim_end_matches([':', '»', '›', '>', '…', '.', '→', ' '])
            .trim_fast();
        if t.is_empty() || t.len() >= 48 {
            return false;
        }
        let listed = |t: &str| {
            if t.is_ascii() {
                // The headings are lower-cased, and lower-casing ASCII is
                // `eq_ignore_ascii_case`. Into a buffer on the stack (`t` is shorter than 48
                // bytes): this runs for every short line of a page, and a `String` a line was
                // most of its cost.
                let mut buf = [0u8; 48];
                let Some(lower) = buf.get_mut(..t.len()) else {
                    return self.heading_set.contains(&t.to_ascii_lowercase());
                };
                lower.copy_from_slice(t.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|l| self.heading_set.contains(l))
            } else {
                let l = t.to_lowercase().replace(['’', '‘', 'ʼ', '′'], "'");
                self.heading_set.contains(&l)
            }
        };
        if listed(t) {
            return true;
        }
        const WHAT: &[&str] = &[
            "stories",
            "news",
            "articles",
            "posts",
            "headlines",
            "videos",
        ];
        t.rsplit_once(' ').is_some_and(|(head, last)| {
            WHAT.iter().any(|w| w.eq_ignore_ascii_case(last)) && listed(head.trim_end())
        })
    }
}

/// One agency line: `code<TAB>name<TAB>marker|marker...`, then optionally `<TAB>` and the
/// strict markers, `marker|marker...`, each one of the agency's markers.
fn parse_agency(l: &str) -> Result<Agency, String> {
    let mut f = l.split('\t');
    let (Some(code), Some(name), Some(markers)) = (f.next(), f.next(), f.next()) else {
        return Err("expected code<TAB>name<TAB>markers".into());
    };
    let list = |s: &str| -> Vec<String> {
        s.split('|')
            .map(|m| m.trim_fast().to_string())
            .filter(|m| !m.is_empty())
            .collect()
    };
    let markers = list(markers);
    if code.trim_fast().is_empty() || markers.is_empty() {
        return Err("an agency needs a code and at least one marker".into());
    }
    let strict = f.next().map(list).unwrap_or_default();
    if let Some(m) = strict.iter().find(|m| !markers.contains(m)) {
        return Err(format!(
            "strict marker {m:?} is not one of the agency's markers"
        ));
    }
    Ok(Agency {
        code: code.trim_fast().into(),
        name: name.trim_fast().into(),
        markers,
        strict,
    })
}

/// The automaton the lexicons' phrase searches are built as. The kind changes how fast a search
/// runs, never what it finds; left to choose, aho-corasick built a DFA of the agency markers and
/// of the appeal phrases, 7.7M instructions at the first page, where the contiguous NFA is built
/// in a fraction of that.
pub(crate) const NFA_KIND: aho_corasick::AhoCorasickKind =
    aho_corasick::AhoCorasickKind::ContiguousNFA;

/// One automaton over every agency's markers; an error when the markers are too many or too
/// long for one.
fn marker_finder(agencies: &[Agency]) -> Result<aho_corasick::AhoCorasick, String> {
    let markers: Vec<&str> = agencies
        .iter()
        .flat_map(|a| a.markers.iter().map(String::as_str))
        .collect();
    aho_corasick::AhoCorasick::builder()
        .kind(Some(NFA_KIND))
        .build(&markers)
        .map_err(|e| format!("the agency markers do not fit one search automaton: {e}"))
}

/// The lexicons compiled into the binary.
pub static BUILTIN: LazyLock<Lexicons> = LazyLock::new(|| {
    Lexicons::parse(
        include_str!("../../../data/lexicons/agencies.tsv"),
        include_str!("../../../data/lexicons/headline_headings.txt"),
        include_str!("../../../data/lexicons/chrome_phrases.tsv"),
        include_str!("../../../data/lexicons/appeal_phrases.txt"),
    )
});

#[cfg(test)]
mod tests {
    #[test]
    fn headline_headings_in_typographic_and_longer_forms() {
        let l = &*super::BUILTIN;
        for h in [
            "Don’t Miss",
            "DON'T MISS:",
            "Read more »",
            "Read More Stories",
            "Most read…",
            "Related",
            // A sidebar's recent posts, as blog engines title them.
            "Recent Posts",
            "LATEST POSTS:",
            "Entradas recientes",
            "Neueste Beiträge",
            "Свежие записи",
        ] {
            assert!(l.is_headline_heading(h), "{h}");
        }
        for h in [
            "Read more about the vote",
            "Related to the case, the council said",
            "Don’t",
            "Stories",
            "Recent posts show the council was right",
        ] {
            assert!(!l.is_headline_heading(h), "{h}");
        }
    }

    use super::Lexicons;

    /// `chrome_line` as it was, lower-casing every line outside ASCII: the oracle for the
    /// length test that spares long lines the copy.
    fn chrome_line_lowering(l: &Lexicons, line: &str) -> Option<String> {
        let t = line.trim();
        if t.is_ascii() {
            return l
                .chrome
                .iter()
                .find(|c| c.phrase.len() == t.len() && c.phrase.eq_ignore_ascii_case(t))
                .map(|c| c.phrase.clone());
        }
        let lower = t.to_lowercase();
        l.chrome
            .iter()
            .find(|c| c.phrase == lower)
            .map(|c| c.phrase.clone())
    }

    /// `chrome_line` finds what lower-casing every line found, on seeded random lines: the
    /// phrases in mixed case, with characters outside ASCII whose lower case is longer or shorter
    /// ('İ', the Kelvin sign, 'Σ'), and long lines.
    #[test]
    fn chrome_line_as_lowering_every_line() {
        let l = &*super::BUILTIN;
        let mut pieces: Vec<String> = l
            .chrome
            .iter()
            .flat_map(|c| [c.phrase.clone(), c.phrase.to_uppercase()])
            .collect();
        pieces.extend(
            [
                " ", "é", "É", "İ", "\u{212a}", "Σ", "ß", "’", "“", "x", "Share", "more",
            ]
            .map(String::from),
        );
        let mut rng = crate::Xorshift::new();
        let mut found = 0;
        for k in 0..20_000 {
            let line = rng.string(&pieces, if k % 2 == 0 { 3 } else { 40 });
            let want = chrome_line_lowering(l, &line);
            found += usize::from(want.is_some());
            assert_eq!(
                l.chrome_line(&line).map(|c| c.phrase.clone()),
                want,
                "{line:?}"
            );
        }
        assert!(found > 500, "{found}");
    }

    /// The packed searchers say what the automata say: whether a line holds any agency marker or
    /// appeal phrase, on seeded random lines of markers, phrases, their pieces and words, short
    /// lines (below the SIMD searcher's minimum) too.
    #[test]
    fn alnum_key_is_compares_the_keys() {
        for (s, key) in [
            ("Harbour-Courier", "harbourcourier"),
            ("ÄRGER über Ölpreis 2026", "ärgerüberölpreis2026"),
            ("İstanbul", "i\u{307}stanbul"),
            ("Harbour", "harbourx"),
            ("Harbour x", "harbour"),
            ("", ""),
            ("—", ""),
            ("Σ", "σ"),
        ] {
            assert_eq!(
                super::alnum_key_is(s, key),
                super::alnum_key(s) == key,
                "{s}"
            );
        }
    }

    #[test]
    fn packed_any_is_the_automata() {
        let l = &*super::BUILTIN;
        let mut pieces: Vec<String> = l
            .agencies
            .iter()
            .flat_map(|a| a.markers.iter().cloned())
            .chain(l.appeal_phrases.iter().cloned())
            .collect();
        let halves: Vec<String> = pieces
            .iter()
            .flat_map(|p| {
                let cut = p
                    .char_indices()
                    .nth(p.chars().count() / 2)
                    .map_or(0, |(i, _)| i);
                [p[..cut].to_string(), p[cut..].to_string()]
            })
            .collect();
        pieces.extend(halves);
        pieces.extend([" ", "(", ")", "x", "é", "the council said ", "\u{2014}"].map(String::from));
        let mut rng = crate::Xorshift::new();
        let (mut markers, mut appeals) = (0, 0);
        for _ in 0..40_000 {
            let line = rng.string(&pieces, 6);
            let want = l.marker_finder.is_match(&line);
            markers += usize::from(want);
            assert_eq!(l.has_marker(&line), want, "{line:?}");
            let want = l.appeal_finder.is_match(&line);
            appeals += usize::from(want);
            assert_eq!(l.appeal_phrases_in(&line) > 0, want, "{line:?}");
        }
        assert!(markers > 1000 && appeals > 1000, "{markers} {appeals}");
        assert!(l.marker_any.is_some() && l.appeal_any.is_some());
    }

    #[test]
    fn agency_lines_with_strict_markers() {
        let a =
            super::parse_agency("PAP\tPolish Press Agency\tPAP|Polish Press Agency\tPAP").unwrap();
        assert_eq!(a.strict, ["PAP"]);
        let a = super::parse_agency("NPA\tNordic Press Agency\tNPA").unwrap();
        assert!(a.strict.is_empty());
        assert!(super::parse_agency("NPA\tNordic Press Agency\tNPA\tNP").is_err());
        let l = &*super::BUILTIN;
        for (code, strict) in [("PAP", true), ("APA", true), ("TT", true), ("JTA", false)] {
            let a = l.agency(code).unwrap();
            assert_eq!(a.strict.contains(&a.code), strict, "{code}");
        }
        // Every agency of the file parsed: none was dropped for a malformed line.
        let lines = super::data_lines(include_str!("../../../data/lexicons/agencies.tsv")).count();
        assert_eq!(l.agencies.len(), lines - 1);
    }

    #[test]
    fn builtin_lexicons_parse() {
        let l = &*super::BUILTIN;
        assert!(l
            .agency("AP")
            .unwrap()
            .markers
            .contains(&"Associated Press".to_string()));
        assert!(l.is_headline_heading("Ranking"));
        assert!(l.is_headline_heading("You may also like:"));
        assert!(
            l.chrome_line("Exit mobile version")
                .unwrap()
                .scraper_residue
        );
        assert!(l.appeal_phrases.iter().any(|p| p == "dear readers"));
    }

    /// Two spellings of one name share a `name_key` whatever their case, diacritics and
    /// punctuation; other names do not.
    #[test]
    fn name_key_folds_case_and_diacritics() {
        use super::name_key;
        assert_eq!(
            super::FOLD_FROM.chars().count(),
            super::FOLD_TO.chars().count()
        );
        assert_eq!(name_key("José Díaz"), name_key("JOSE DIAZ"));
        assert_eq!(name_key("Łucja Nowák-Øien"), name_key("lucja nowak oien"));
        assert_eq!(name_key("Jörg Straße"), "jorgstrasse");
        assert_eq!(name_key("Ștefan Țurcanu"), "stefanturcanu");
        assert_ne!(name_key("Ann Lee"), name_key("Ann Leer"));
        // Letters outside the table are kept, lower-cased.
        assert_eq!(name_key("Анна Ли"), "аннали");
    }

    /// `alnum_key` against the character walk it replaced, on seeded random strings of ASCII
    /// and other letters, digits, marks and punctuation.
    #[test]
    fn alnum_key_as_the_character_walk() {
        let by_chars = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let pieces = [
            "A", "z", "Q", "0", "9", " ", "-", "'", "É", "ß", "İ", "Σ", "ς", "K", "ǅ", "٣", "Ⅻ",
            "\u{301}", "日", "—", "Harbour", "COURIER", "\t",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 12);
            assert_eq!(super::alnum_key(&s), by_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn appeal_phrases_counted_as_by_contains() {
        let l = &*super::BUILTIN;
        for line in [
            "",
            "dear readers, dear readers",
            "dear readers: please support us. donate today and support independent journalism",
            &l.appeal_phrases.join(" "),
            &l.appeal_phrases.concat(),
        ] {
            let by_contains = l
                .appeal_phrases
                .iter()
                .filter(|p| line.contains(p.as_str()))
                .count();
            assert_eq!(l.appeal_phrases_in(line), by_contains, "{line}");
        }
        // Every pattern is reported, a phrase listed twice too.
        let twice = aho_corasick::AhoCorasick::new(["ab", "ab", "b"]).unwrap();
        assert_eq!(twice.find_overlapping_iter("xab").count(), 3);
    }
}
