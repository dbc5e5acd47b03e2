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
    /// Closing paragraphs both documents end with, word for word, left out of every measure
    /// above: a site's footer, about box or corrections policy (0 when none were).
    #[serde(default)]
    pub furniture: u32,
}

/// Own content left, after a pair's shared closing paragraphs are set aside, below which the
/// pair is measured on its whole texts: at least this many shingles on each side (about 20
/// words) ...
const MIN_OWN_SHINGLES: u32 = 16;
/// ... and this many MinHash values drawn from it (the estimate's error is then under 0.18).
const MIN_OWN_SLOTS: usize = 8;

/// Closing paragraphs a site's furniture under its stories runs to (an about box, a corrections
/// policy, a newsletter box): more shared paragraphs are copied story text.
const MAX_FOOTER_PARAGRAPHS: usize = 3;

/// How many closing paragraphs two documents share word for word, counted from the last.
fn shared_tail(a: &DocSketch, b: &DocSketch) -> usize {
    a.tail
        .iter()
        .zip(&b.tail)
        .take_while(|(x, y)| x == y)
        .count()
}

/// Whether a quote first occurs in the last `run` paragraphs of `s`. A pair's shared run is
/// asked of both sides (a quote may also stand earlier in one of them), so that the answer does
/// not depend on which comes first.
fn quotes_within(s: &DocSketch, run: usize) -> bool {
    s.quotes_at.iter().any(|&p| usize::from(p) < run)
}

/// The items of a sketch list whose place (see `DocSketch::minhash_at`) is at or above `skip`:
/// all of them for `skip` 0, or when the places are missing.
fn kept<'s, T: Copy>(items: &'s [T], at: &'s [u8], skip: usize) -> impl Iterator<Item = T> + 's {
    items
        .iter()
        .enumerate()
        .filter(move |(i, _)| skip == 0 || at.get(*i).is_none_or(|p| usize::from(*p) >= skip))
        .map(|(_, x)| *x)
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

/// TF-IDF cosine over the terms both sketches keep (each from its place `skip` up). The weights
/// are summed in term order (not a hash map's), so the value is the same to the last bit whatever
/// the run or input order.
fn cosine(a: &DocSketch, b: &DocSketch, idf: &Idf, skip: usize) -> f64 {
    let weights = |s: &DocSketch| -> Vec<(u32, f64)> {
        let mut w: Vec<(u32, f64)> = kept(&s.terms, &s.terms_at, skip)
            .map(|(t, c)| (t, f64::from(c) * idf.idf(t)))
            .collect();
        w.sort_unstable_by_key(|(t, _)| *t);
        w
    };
    let (wa, wb) = (weights(a), weights(b));
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < wa.len() && j < wb.len() {
        match wa[i].0.cmp(&wb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += wa[i].1 * wb[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let norm = |w: &[(u32, f64)]| w.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
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
    /// The evidence read the other way round: the second document first.
    pub fn reversed(&self) -> PairEvidence {
        PairEvidence {
            contained_ab: self.contained_ba,
            contained_ba: self.contained_ab,
            novelty_ab: self.novelty_ba,
            novelty_ba: self.novelty_ab,
            ..*self
        }
    }

    /// Compares two sketches. Closing paragraphs both end with word for word (a site's footer
    /// under two of its stories) are no evidence that one copied the other: when the pair shares
    /// some, every measure is taken on what precedes them, each document's own content, as long
    /// as enough of it is left to measure (`MIN_OWN_SHINGLES`, `MIN_OWN_SLOTS`); two identical
    /// short texts share all their paragraphs and are measured whole. When what precedes the
    /// shared paragraphs is itself on one topic (a `Related` link or more under `t`), the shared
    /// paragraphs are the story's own text, copied under a new headline or lead, and the pair is
    /// measured whole too: a footer sits under unrelated stories.
    ///
    /// Furniture is a few blocks: more than `MAX_FOOTER_PARAGRAPHS` shared closing paragraphs are
    /// the story's body copied under a new lead, and the pair is measured whole.
    ///
    /// Nor is a run of shared paragraphs that quotes someone furniture: an about box or a
    /// corrections policy quotes nobody, while a story's closing paragraphs, copied under a new
    /// lead, often end on what a witness said.
    pub fn of(a: &DocSketch, b: &DocSketch, idf: &Idf, t: &Thresholds) -> PairEvidence {
        let run = shared_tail(a, b);
        (run > 0
            && run <= MAX_FOOTER_PARAGRAPHS
            && !quotes_within(a, run)
            && !quotes_within(b, run))
        .then(|| Self::measure(a, b, idf, run))
        .flatten()
        .filter(|own| own.link(t) == Link::None)
        .or_else(|| Self::measure(a, b, idf, 0))
        .unwrap_or_else(|| Self::nothing(a, b))
    }

    /// No evidence at all (only for sketches too broken to measure).
    fn nothing(a: &DocSketch, b: &DocSketch) -> PairEvidence {
        PairEvidence {
            jaccard: 0.0,
            contained_ab: 0.0,
            contained_ba: 0.0,
            cosine: 0.0,
            entity_overlap: 0.0,
            novelty_ab: 0.0,
            novelty_ba: 0.0,
            shared_quotes: 0,
            days_apart: days_apart(a, b),
            same_lead_weekday: None,
            furniture: 0,
        }
    }

    /// The evidence with the items first occurring in the last `skip` paragraphs left out;
    /// `None` when too little is left to measure (never for `skip` 0).
    fn measure(a: &DocSketch, b: &DocSketch, idf: &Idf, skip: usize) -> Option<PairEvidence> {
        let (jaccard, na, nb) = if skip == 0 {
            let equal = a
                .minhash
                .iter()
                .zip(&b.minhash)
                .filter(|(x, y)| x == y && **x != u32::MAX)
                .count();
            let j = equal as f64 / a.minhash.len().max(1) as f64;
            (j, f64::from(a.shingles), f64::from(b.shingles))
        } else {
            let own = |s: &DocSketch| {
                let set_aside: u32 = s
                    .tail_shingles
                    .iter()
                    .take(skip)
                    .map(|&c| u32::from(c))
                    .sum();
                s.shingles.saturating_sub(set_aside)
            };
            let (na, nb) = (own(a), own(b));
            if na < MIN_OWN_SHINGLES || nb < MIN_OWN_SHINGLES {
                return None;
            }
            // A value is a fair sample of the own contents' union when the union's minimum (the
            // smaller of the two) comes from before the shared paragraphs: set aside, the
            // others are MinHash of what is left.
            let (mut used, mut equal) = (0usize, 0usize);
            for (i, (x, y)) in a.minhash.iter().zip(&b.minhash).enumerate() {
                if *x == u32::MAX && *y == u32::MAX {
                    continue;
                }
                let place = if x <= y {
                    a.minhash_at.get(i)
                } else {
                    b.minhash_at.get(i)
                };
                if place.is_some_and(|p| usize::from(*p) < skip) {
                    continue;
                }
                used += 1;
                equal += usize::from(x == y);
            }
            if used < MIN_OWN_SLOTS {
                return None;
            }
            (equal as f64 / used as f64, f64::from(na), f64::from(nb))
        };
        // |A ∩ B| = J (|A| + |B|) / (1 + J).
        let inter = jaccard * (na + nb) / (1.0 + jaccard);
        let share = |inter: f64, n: f64| if n > 0.0 { (inter / n).min(1.0) } else { 0.0 };
        let facts = |s: &DocSketch| -> Vec<u32> {
            let mut v: Vec<u32> = kept(&s.entities, &s.entities_at, skip)
                .chain(kept(&s.numbers, &s.numbers_at, skip))
                .collect();
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
        let quotes = |s: &DocSketch| -> Vec<u32> { kept(&s.quotes, &s.quotes_at, skip).collect() };
        Some(PairEvidence {
            jaccard,
            contained_ab: share(inter, na),
            contained_ba: share(inter, nb),
            cosine: cosine(a, b, idf, skip),
            entity_overlap: if smaller > 0.0 { common / smaller } else { 0.0 },
            novelty_ab: novelty(&fa),
            novelty_ba: novelty(&fb),
            shared_quotes: sorted_overlap(&quotes(a), &quotes(b)),
            days_apart: days_apart(a, b),
            same_lead_weekday: a
                .facts
                .lead_weekday
                .zip(b.facts.lead_weekday)
                .map(|(x, y)| x == y),
            furniture: skip as u32,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Quote places count from the last paragraph (0): a quote first met in the closing run
    /// makes it story text; one further up, or none, leaves it possible furniture.
    #[test]
    fn a_quote_in_the_closing_run_is_story_text() {
        let s = DocSketch {
            quotes_at: vec![4, 1],
            ..DocSketch::default()
        };
        assert!(!quotes_within(&s, 1));
        assert!(quotes_within(&s, 2));
        assert!(!quotes_within(&DocSketch::default(), 3));
    }
}
