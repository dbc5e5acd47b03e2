//! The source-reputation table (`data/reputation/domains.tsv`, built by
//! `scripts/build_reputation.py` from Lin et al. 2023 and Hanley & Durumeric 2024; attribution in
//! `data/reputation/README.md`), compiled in.

use std::collections::HashMap;
use std::sync::LazyLock;

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

static TABLE: LazyLock<HashMap<&'static str, (f64, &'static str)>> = LazyLock::new(|| {
    include_str!("../../../data/reputation/domains.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (d, s, lists) = (f.next()?, f.next()?, f.next()?);
            Some((d, (s.parse().ok()?, lists)))
        })
        .collect()
});

/// The reputation of the registrable domain of `url`, when the lists know it.
pub fn lookup(url: &str) -> Option<SourceReputation> {
    let domain = credence_extract::registrable_domain(url)?;
    let (score, lists) = TABLE.get(domain.as_str())?;
    Some(SourceReputation {
        domain,
        score: *score,
        lists: lists.to_string(),
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
}
