//! The source-reputation table (`data/reputation/domains.tsv`, built by
//! `scripts/build_reputation.py` from Lin et al. 2023 and Hanley & Durumeric 2024; attribution in
//! `data/reputation/README.md`), compiled in.

use serde::{Deserialize, Serialize};

/// A domain's reputation as the open lists give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceReputation {
    /// The registrable domain looked up.
    pub domain: String,
    /// 0 (lowest quality) to 1 (highest).
    pub score: f64,
    /// The lists the domain is on (`lin2023`, `hanley2024_reliable`, `hanley2024_unreliable`).
    pub lists: String,
}

/// The table as compiled in: comment lines, then one row per domain, `domain<TAB>score<TAB>lists`,
/// sorted by domain (`scripts/build_reputation.py` writes them so; `table_rows_sorted` checks it).
const TABLE: &str = include_str!("../../../data/reputation/domains.tsv");

/// The row of `domain`, found by a binary search of the table's text. Why not a map: building a
/// `HashMap` of the 11,857 rows at the first lookup was 17.6M instructions, 8% of scoring one page;
/// the search reads about 14 rows.
fn row(domain: &str) -> Option<&'static str> {
    // `lo` and `hi` are always the starts of rows (or the text's end); the rows in between are
    // the ones still to search.
    let mut lo = rows_start();
    let mut hi = TABLE.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // Bytes, as `mid` may fall inside a character ("kbmt–12newsnow.com"); a row starts after
        // a line feed, which is on a character boundary.
        let start = TABLE.as_bytes()[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = TABLE[start..].find('\n').map_or(TABLE.len(), |i| start + i);
        let line = &TABLE[start..end];
        let key = line.split('\t').next().unwrap_or(line);
        match key.cmp(domain) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return Some(line),
        }
    }
    None
}

/// Where the rows start: past the comment lines that open the table.
fn rows_start() -> usize {
    let mut at = 0;
    while TABLE[at..].starts_with('#') {
        at = TABLE[at..].find('\n').map_or(TABLE.len(), |i| at + i + 1);
    }
    at
}

/// The reputation of the registrable domain of `url`, when the lists know it.
pub fn lookup(url: &str) -> Option<SourceReputation> {
    let domain = credence_extract::registrable_domain(url)?;
    let mut fields = row(&domain)?.split('\t');
    let (_, score, lists) = (fields.next()?, fields.next()?, fields.next()?);
    Some(SourceReputation {
        score: score.parse().ok()?,
        lists: lists.to_string(),
        domain,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_and_unknown_domains() {
        let r = super::lookup("https://www.reuters.com/world/some-story").expect("listed");
        assert_eq!(r.domain, "reuters.com");
        assert!(r.score > 0.9);
        assert!(super::lookup("https://harborledger.example/2024/03/14/x").is_none());
    }

    /// The binary search needs the rows sorted by domain, byte-wise, each domain once (a
    /// duplicate would make which row is found depend on the search's path).
    #[test]
    fn table_rows_sorted() {
        let rows: Vec<&str> = super::TABLE[super::rows_start()..].lines().collect();
        assert!(rows.len() > 10_000);
        assert!(!rows.iter().any(|r| r.starts_with('#') || r.contains('\r')));
        for pair in rows.windows(2) {
            let key = |r: &str| r.split('\t').next().unwrap_or(r).to_string();
            assert!(
                key(pair[0]) < key(pair[1]),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
    }

    /// Every row is found by its domain, the first and last ones too, and names between rows are
    /// not.
    #[test]
    fn every_row_found() {
        for line in super::TABLE[super::rows_start()..].lines() {
            let domain = line.split('\t').next().unwrap_or(line);
            assert_eq!(super::row(domain), Some(line));
            assert_eq!(super::row(&format!("{domain}\u{1}")), None);
        }
        assert_eq!(super::row(""), None);
        assert_eq!(super::row("~"), None);
    }
}
