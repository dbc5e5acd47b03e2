//! The lexicons in `data/lexicons/`, compiled into the binary and parsed once.

use std::sync::LazyLock;

/// A news agency and the words that credit it.
#[derive(Debug, Clone)]
pub struct Agency {
    /// Short code (`AP`).
    pub code: String,
    /// Display name (`Associated Press`).
    pub name: String,
    /// Case-sensitive markers (`AP`, `Associated Press`).
    pub markers: Vec<String>,
}

/// A chrome phrase: a whole line that is site furniture.
#[derive(Debug, Clone)]
pub struct ChromePhrase {
    /// `share`, `mobile`, `prompt`, `comments`.
    pub category: String,
    /// True when it is residue of a careless scrape rather than ordinary site furniture.
    pub scraper_residue: bool,
    /// The phrase, lower-cased.
    pub phrase: String,
}

/// All lexicons the extractor uses.
#[derive(Debug)]
pub struct Lexicons {
    /// News agencies.
    pub agencies: Vec<Agency>,
    /// Headings of headline lists, lower-cased.
    pub headline_headings: Vec<String>,
    /// Whole-line chrome phrases.
    pub chrome: Vec<ChromePhrase>,
    /// Phrases of donation appeals, lower-cased.
    pub appeal_phrases: Vec<String>,
    /// Finds any agency marker in a line in one pass, so the per-agency checks run only on the
    /// few lines that can hold a credit.
    pub marker_finder: aho_corasick::AhoCorasick,
}

/// Non-comment, non-blank lines of a data file.
pub fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

impl Lexicons {
    /// Parses lexicon files in the formats of `data/lexicons/`.
    pub fn parse(agencies: &str, headings: &str, chrome: &str, appeal: &str) -> Lexicons {
        let agencies: Vec<Agency> = data_lines(agencies)
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (code, name, markers) = (f.next()?, f.next()?, f.next()?);
                Some(Agency {
                    code: code.trim().into(),
                    name: name.trim().into(),
                    markers: markers
                        .split('|')
                        .map(|m| m.trim().to_string())
                        .filter(|m| !m.is_empty())
                        .collect(),
                })
            })
            .collect();
        let chrome = data_lines(chrome)
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (category, class, phrase) = (f.next()?, f.next()?, f.next()?);
                Some(ChromePhrase {
                    category: category.into(),
                    scraper_residue: class == "scraper",
                    phrase: phrase.trim().to_lowercase(),
                })
            })
            .collect();
        let markers: Vec<&str> = agencies
            .iter()
            .flat_map(|a: &Agency| a.markers.iter().map(String::as_str))
            .collect();
        let marker_finder =
            aho_corasick::AhoCorasick::new(&markers).expect("agency markers build an automaton");
        Lexicons {
            marker_finder,
            agencies,
            headline_headings: data_lines(headings)
                .map(|l| l.trim().to_lowercase())
                .collect(),
            chrome,
            appeal_phrases: data_lines(appeal)
                .map(|l| l.trim().to_lowercase())
                .collect(),
        }
    }

    /// The agency with this code.
    pub fn agency(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.code == code)
    }

    /// The agency one of whose markers is exactly `marker`.
    pub fn agency_by_marker(&self, marker: &str) -> Option<&Agency> {
        let m = marker.trim();
        self.agencies
            .iter()
            .find(|a| a.markers.iter().any(|x| x == m) || a.name == m)
    }

    /// The chrome phrase equal to this line, if any.
    pub fn chrome_line(&self, line: &str) -> Option<&ChromePhrase> {
        let l = line.trim().to_lowercase();
        self.chrome.iter().find(|c| c.phrase == l)
    }

    /// True when the line is a headline-list heading.
    pub fn is_headline_heading(&self, line: &str) -> bool {
        let l = line.trim().trim_end_matches(':').trim().to_lowercase();
        !l.is_empty() && l.len() < 40 && self.headline_headings.contains(&l)
    }
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
}
