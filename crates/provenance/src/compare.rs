//! The evidence one document pair gives: shingle resemblance and containment (near-verbatim
//! copies), entity, number and quote overlap and TF-IDF cosine (rewrites and reports of the same
//! event), and the link it implies.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::sketch::DocSketch;

/// The thresholds that turn pair evidence into links. Set by the team on the fixtures in
/// `data/samples` and the five seeds, halfway between the values of the pairs they separate (see
/// `docs/benchmarks.md`); not fitted on a labelled corpus yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Shingle containment of the shorter text in the longer at or above which a pair is a
    /// near-verbatim copy. Copies measure 0.9-1.0, rewrites and other reports under 0.06.
    pub verbatim_containment: f64,
    /// A rewrite: TF-IDF cosine at or above this (rewrites of the fixtures measure 0.25-0.56,
    /// unrelated stories under 0.1) ...
    pub paraphrase_cosine: f64,
    /// ... with at most this share of one side's names and numbers missing from the other (the
    /// facts kept: rewrites measure 0-0.11, other reports of the same story 0.32 and more) ...
    pub paraphrase_novelty: f64,
    /// ... and at least this entity-and-number overlap (share of the smaller set in the other).
    pub paraphrase_entities: f64,
    /// Another report of the same event: TF-IDF cosine at or above this (0.34-0.43 on the
    /// fixtures and seeds), with `same_event_entities` overlap, at the same time (dates within
    /// `same_event_days`, or the same weekday named in both leads when a date is missing).
    pub same_event_cosine: f64,
    /// Entity-and-number overlap needed for the same event (0.33-0.82 measured).
    pub same_event_entities: f64,
    /// Days two credible dates may differ for one event.
    pub same_event_days: i64,
    /// TF-IDF cosine at or above which two texts share a topic.
    pub related_cosine: f64,
    /// Entity overlap needed for a topic link.
    pub related_entities: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            verbatim_containment: 0.5,
            paraphrase_cosine: 0.22,
            paraphrase_novelty: 0.2,
            paraphrase_entities: 0.4,
            same_event_cosine: 0.30,
            same_event_entities: 0.25,
            same_event_days: 3,
            related_cosine: 0.15,
            related_entities: 0.25,
        }
    }
}

/// Inverse document frequencies of the sketch terms over the batch.
#[derive(Debug, Clone, Default)]
pub struct Idf {
    df: HashMap<u32, u32>,
    n: f64,
}

impl Idf {
    /// Counts, for each term, the sketches that keep it.
    pub fn new(sketches: &[DocSketch]) -> Idf {
        let mut df: HashMap<u32, u32> = HashMap::new();
        for s in sketches {
            for (t, _) in &s.terms {
                *df.entry(*t).or_default() += 1;
            }
        }
        Idf {
            df,
            n: sketches.len() as f64,
        }
    }

    /// Smoothed idf: `ln((N + 1) / (df + 1)) + 1`.
    pub fn idf(&self, term: u32) -> f64 {
        let df = f64::from(self.df.get(&term).copied().unwrap_or(0));
        ((self.n + 1.0) / (df + 1.0)).ln() + 1.0
    }
}

/// How two documents relate, from their sketches alone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PairEvidence {
    /// Estimated Jaccard resemblance of the shingle sets.
    pub jaccard: f64,
    /// Estimated share of the first document's shingles found in the second.
    pub contained_ab: f64,
    /// Estimated share of the second document's shingles found in the first.
    pub contained_ba: f64,
    /// TF-IDF cosine of the top content terms.
    pub cosine: f64,
    /// Share of the smaller entity-and-number set found in the other.
    pub entity_overlap: f64,
    /// Share of the first document's entities and numbers missing from the second.
    pub novelty_ab: f64,
    /// Share of the second document's entities and numbers missing from the first.
    pub novelty_ba: f64,
    /// Quotes of the first document found in the second.
    pub shared_quotes: usize,
    /// Days between the two credible dates, when both have one.
    pub days_apart: Option<i64>,
    /// Whether both leads name the same weekday, when both name one.
    pub same_lead_weekday: Option<bool>,
}

/// The link a pair's evidence implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Link {
    /// No link.
    None,
    /// Same topic, told differently.
    Related,
    /// The same story: a rewrite or another report of the same event.
    Story,
    /// Near-verbatim: one contains most of the other.
    Verbatim,
}

fn sorted_overlap(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn cosine(a: &DocSketch, b: &DocSketch, idf: &Idf) -> f64 {
    let weights = |s: &DocSketch| -> HashMap<u32, f64> {
        s.terms
            .iter()
            .map(|(t, c)| (*t, f64::from(*c) * idf.idf(*t)))
            .collect()
    };
    let (wa, wb) = (weights(a), weights(b));
    let dot: f64 = wa
        .iter()
        .filter_map(|(t, x)| wb.get(t).map(|y| x * y))
        .sum();
    let norm = |w: &HashMap<u32, f64>| w.values().map(|x| x * x).sum::<f64>().sqrt();
    let d = norm(&wa) * norm(&wb);
    if d == 0.0 {
        0.0
    } else {
        dot / d
    }
}

fn days_apart(a: &DocSketch, b: &DocSketch) -> Option<i64> {
    let date = |s: &DocSketch| -> Option<jiff::civil::Date> {
        s.facts
            .date
            .as_deref()
            .filter(|_| s.facts.date_credible)
            .and_then(|d| d.get(..10)?.parse().ok())
    };
    let (x, y) = (date(a)?, date(b)?);
    x.until(y).ok().map(|s| i64::from(s.get_days()).abs())
}

impl PairEvidence {
    /// Compares two sketches.
    pub fn of(a: &DocSketch, b: &DocSketch, idf: &Idf) -> PairEvidence {
        let equal = a
            .minhash
            .iter()
            .zip(&b.minhash)
            .filter(|(x, y)| x == y && **x != u32::MAX)
            .count();
        let jaccard = equal as f64 / a.minhash.len().max(1) as f64;
        // |A ∩ B| = J (|A| + |B|) / (1 + J).
        let (na, nb) = (f64::from(a.shingles), f64::from(b.shingles));
        let inter = jaccard * (na + nb) / (1.0 + jaccard);
        let share = |inter: f64, n: f64| if n > 0.0 { (inter / n).min(1.0) } else { 0.0 };
        let facts = |s: &DocSketch| -> Vec<u32> {
            let mut v: Vec<u32> = s.entities.iter().chain(&s.numbers).copied().collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (fa, fb) = (facts(a), facts(b));
        let common = sorted_overlap(&fa, &fb) as f64;
        let novelty = |f: &[u32]| {
            if f.is_empty() {
                0.0
            } else {
                1.0 - common / f.len() as f64
            }
        };
        let smaller = fa.len().min(fb.len()) as f64;
        PairEvidence {
            jaccard,
            contained_ab: share(inter, na),
            contained_ba: share(inter, nb),
            cosine: cosine(a, b, idf),
            entity_overlap: if smaller > 0.0 { common / smaller } else { 0.0 },
            novelty_ab: novelty(&fa),
            novelty_ba: novelty(&fb),
            shared_quotes: sorted_overlap(&a.quotes, &b.quotes),
            days_apart: days_apart(a, b),
            same_lead_weekday: a
                .facts
                .lead_weekday
                .zip(b.facts.lead_weekday)
                .map(|(x, y)| x == y),
        }
    }

    /// Shingle containment of the shorter text in the longer.
    pub fn containment(&self) -> f64 {
        self.contained_ab.max(self.contained_ba)
    }

    /// Whether both tell of the same time: credible dates within `same_event_days`, else the
    /// same weekday named in both leads; `None` when neither can be compared.
    pub fn same_time(&self, t: &Thresholds) -> Option<bool> {
        match self.days_apart {
            Some(d) => Some(d <= t.same_event_days),
            None => self.same_lead_weekday,
        }
    }

    /// True when one side keeps the other's facts and adds almost none: a rewrite.
    pub fn rewrite(&self, t: &Thresholds) -> bool {
        self.cosine >= t.paraphrase_cosine
            && self.entity_overlap >= t.paraphrase_entities
            && self.novelty_ab.min(self.novelty_ba) <= t.paraphrase_novelty
    }

    /// The link these measurements imply.
    pub fn link(&self, t: &Thresholds) -> Link {
        if self.containment() >= t.verbatim_containment && self.jaccard > 0.0 {
            Link::Verbatim
        } else if self.rewrite(t)
            || (self.cosine >= t.same_event_cosine
                && self.entity_overlap >= t.same_event_entities
                && self.same_time(t) == Some(true))
        {
            Link::Story
        } else if self.cosine >= t.related_cosine && self.entity_overlap >= t.related_entities {
            Link::Related
        } else {
            Link::None
        }
    }
}
