//! Candidate pairs without comparing every pair: locality-sensitive hashing by banding (Broder
//! 1997; Leskovec, Rajaraman, Ullman, *Mining of Massive Datasets* ch. 3). A signature of `b * r`
//! MinHash values is cut into `b` bands of `r` rows; two documents become candidates when any band
//! is equal, which happens with probability `1 - (1 - s^r)^b` at Jaccard `s`.
//!
//! Behind the [`CandidateIndex`] trait so another index (the `gaoya` crate, an on-disk one) can
//! replace it. We do not use `gaoya` 0.2 today: it needs an alpha `smallvec` 2.0, `rand` 0.10,
//! `sha-1` and `crossbeam` for what is 100 lines here, and its index keeps its own copy of every
//! signature, while we need two indexes over different features with a bucket cap.

/// Finds pairs of documents worth comparing.
pub trait CandidateIndex {
    /// Adds document `doc` with this signature.
    fn insert(&mut self, doc: u32, signature: &[u32]);
    /// Every candidate pair `(a, b)` with `a < b`, each once, sorted.
    fn pairs(&self) -> Vec<(u32, u32)>;
}

/// Banded LSH over MinHash signatures. Each band is a flat list of (band hash, document), sorted
/// when pairs are asked for: 12 bytes per document and band, against about 60 for a hash map of
/// vectors (whole-run peak for 100,000 documents: 277 MB against 527 MB, docs/benchmarks.md).
#[derive(Debug)]
pub struct BandedLsh {
    rows: usize,
    bands: Vec<Vec<(u64, u32)>>,
    max_bucket: usize,
}

impl BandedLsh {
    /// An index of `bands` bands of `rows` rows. A bucket holding more than `max_bucket`
    /// documents (one boilerplate passage shared by thousands of pages) links each of them to the
    /// bucket's first document only, so the pair count stays linear in such buckets.
    pub fn new(bands: usize, rows: usize, max_bucket: usize) -> BandedLsh {
        BandedLsh {
            rows,
            bands: vec![Vec::new(); bands],
            max_bucket,
        }
    }
}

impl CandidateIndex for BandedLsh {
    fn insert(&mut self, doc: u32, signature: &[u32]) {
        for (band, list) in self.bands.iter_mut().enumerate() {
            let Some(rows) = signature.get(band * self.rows..(band + 1) * self.rows) else {
                break;
            };
            // An empty text's signature is all u32::MAX: it must not collide with other empties.
            if rows.iter().all(|r| *r == u32::MAX) {
                continue;
            }
            let mut h: u64 = band as u64;
            for r in rows {
                h = crate::text::mix64(h ^ u64::from(*r));
            }
            list.push((h, doc));
        }
    }

    fn pairs(&self) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for band in &self.bands {
            let mut list = band.clone();
            list.sort_unstable();
            for run in list.chunk_by(|a, b| a.0 == b.0) {
                let docs: Vec<u32> = run.iter().map(|(_, d)| *d).collect();
                if docs.len() < 2 {
                    continue;
                }
                if docs.len() > self.max_bucket {
                    out.extend(docs[1..].iter().map(|d| (docs[0].min(*d), docs[0].max(*d))));
                    continue;
                }
                for (i, a) in docs.iter().enumerate() {
                    for b in &docs[i + 1..] {
                        out.push(((*a).min(*b), (*a).max(*b)));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_bands_pair_up() {
        let mut lsh = BandedLsh::new(2, 2, 100);
        lsh.insert(0, &[1, 2, 3, 4]);
        lsh.insert(1, &[9, 9, 3, 4]);
        lsh.insert(2, &[5, 6, 7, 8]);
        assert_eq!(lsh.pairs(), vec![(0, 1)]);
    }

    #[test]
    fn big_buckets_become_stars() {
        let mut lsh = BandedLsh::new(1, 1, 2);
        for d in 0..5 {
            lsh.insert(d, &[7]);
        }
        assert_eq!(lsh.pairs(), vec![(0, 1), (0, 2), (0, 3), (0, 4)]);
    }
}
