//! The batch pass: candidate pairs (shingle LSH for copies, rare shared names for rewrites),
//! verified on their sketches, joined into story clusters, an origin chosen per cluster, and each
//! member's relation to it.

use std::collections::HashMap;

use crate::compare::{Idf, Link, PairEvidence, Thresholds};
use crate::lsh::{BandedLsh, CandidateIndex};
use crate::model::{DateLag, Placement, Relation};
use crate::origin;
use crate::sketch::{DocSketch, MINHASH_LEN};

/// Shingle LSH: 32 bands of 2 rows over the 64 MinHash values. A pair with Jaccard 0.3 becomes a
/// candidate with probability 0.95, one with 0.05 with probability 0.08 (and is then dropped by
/// the check on its sketches).
const SHINGLE_BANDS: usize = 32;
const SHINGLE_ROWS: usize = MINHASH_LEN / SHINGLE_BANDS;
/// Documents in one LSH bucket or on one name's posting list beyond which they are linked to the
/// first member only: a boilerplate passage or a name in every document says nothing.
const MAX_BUCKET: usize = 200;
/// Rare names and numbers each document posts for rewrite candidates: its `RARE_KEYS` entities or
/// numbers with the fewest other documents (but at least one). Two documents sharing
/// `MIN_SHARED_KEYS` of them are compared.
const RARE_KEYS: usize = 12;
const MIN_SHARED_KEYS: u32 = 2;

/// How the batch pass is set up.
#[derive(Debug, Clone, Default)]
pub struct ClusterConfig {
    /// The link thresholds.
    pub thresholds: Thresholds,
}

struct UnionFind(Vec<u32>);

impl UnionFind {
    fn find(&mut self, x: u32) -> u32 {
        let mut r = x;
        while self.0[r as usize] != r {
            r = self.0[r as usize];
        }
        let mut x = x;
        while self.0[x as usize] != r {
            let next = self.0[x as usize];
            self.0[x as usize] = r;
            x = next;
        }
        r
    }
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index becomes the root: clusters are numbered by their first document.
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.0[hi as usize] = lo;
        }
    }
}

/// Pairs sharing at least `MIN_SHARED_KEYS` names or numbers, one of them among the rarest
/// `RARE_KEYS` of either document. Each document posts only its rarest keys; every document then
/// looks all its keys up, so the work is bounded by `RARE_KEYS` postings per document.
fn rare_key_pairs(sketches: &[DocSketch]) -> Vec<(u32, u32)> {
    let keys = |s: &DocSketch| -> Vec<u32> {
        let mut k: Vec<u32> = s.entities.iter().chain(&s.numbers).copied().collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    let mut df: HashMap<u32, u32> = HashMap::new();
    for s in sketches {
        for k in keys(s) {
            *df.entry(k).or_default() += 1;
        }
    }
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (i, s) in sketches.iter().enumerate() {
        let mut ks: Vec<(u32, u32)> = keys(s)
            .into_iter()
            .map(|k| (df[&k], k))
            .filter(|(d, _)| *d >= 2 && *d as usize <= MAX_BUCKET)
            .collect();
        ks.sort_unstable();
        for (_, k) in ks.into_iter().take(RARE_KEYS) {
            postings.entry(k).or_default().push(i as u32);
        }
    }
    let mut out = Vec::new();
    let mut shared: HashMap<u32, u32> = HashMap::new();
    for (i, s) in sketches.iter().enumerate() {
        shared.clear();
        for k in keys(s) {
            for &d in postings.get(&k).map_or(&[][..], Vec::as_slice) {
                if d as usize != i {
                    *shared.entry(d).or_default() += 1;
                }
            }
        }
        for (&d, &n) in &shared {
            if n >= MIN_SHARED_KEYS {
                out.push((d.min(i as u32), d.max(i as u32)));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

fn months_between(earlier: &str, later: &str) -> Option<(i64, String)> {
    let a: jiff::civil::Date = earlier.get(..10)?.parse().ok()?;
    let b: jiff::civil::Date = later.get(..10)?.parse().ok()?;
    let days = i64::from(a.until(b).ok()?.get_days());
    let months = a
        .until((jiff::Unit::Month, b))
        .map(|s| i64::from(s.get_months()))
        .unwrap_or(0);
    let phrase = if months >= 2 {
        format!("{months} months")
    } else {
        format!("{days} days")
    };
    Some((days, phrase))
}

/// Orders two documents by id, then by place in the batch (equal ids: a path given twice): the
/// last tie-break everywhere, so that no choice depends on the order the inputs were given in
/// (short of identical ids).
pub(crate) fn by_id(a: u32, b: u32, sketches: &[DocSketch]) -> std::cmp::Ordering {
    sketches[a as usize]
        .facts
        .id
        .cmp(&sketches[b as usize].facts.id)
        .then(a.cmp(&b))
}

/// Whether `(doc, cosine)` is a better related partner than `current`: the higher cosine, on a
/// tie the smaller id.
fn better_partner(cand: (u32, f64), current: (u32, f64), sketches: &[DocSketch]) -> bool {
    match cand.1.total_cmp(&current.1) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => by_id(cand.0, current.0, sketches).is_lt(),
    }
}

/// Clusters a batch: one [`Placement`] per sketch, in order.
pub fn cluster(sketches: &[DocSketch], config: &ClusterConfig) -> Vec<Placement> {
    let t = &config.thresholds;
    let n = sketches.len();
    let idf = Idf::new(sketches);
    let mut lsh = BandedLsh::new(SHINGLE_BANDS, SHINGLE_ROWS, MAX_BUCKET);
    for (i, s) in sketches.iter().enumerate() {
        lsh.insert(i as u32, &s.minhash);
    }
    let mut candidates = lsh.pairs();
    candidates.extend(rare_key_pairs(sketches));
    // An "Original url:" line naming another document's canonical URL links them outright.
    let by_url: HashMap<&str, u32> = sketches
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.facts.self_url.as_deref().map(|u| (u, i as u32)))
        .collect();
    let mut named: Vec<(u32, u32)> = Vec::new();
    for (i, s) in sketches.iter().enumerate() {
        if let Some(&o) = s.facts.original_url.as_deref().and_then(|u| by_url.get(u)) {
            if o as usize != i {
                named.push((o.min(i as u32), o.max(i as u32)));
            }
        }
    }
    candidates.extend(&named);
    candidates.sort_unstable();
    candidates.dedup();

    let mut links: HashMap<(u32, u32), (Link, PairEvidence)> = HashMap::new();
    let mut uf = UnionFind((0..n as u32).collect());
    let mut related: Vec<(u32, u32, f64)> = Vec::new();
    for &(a, b) in &candidates {
        let ev = PairEvidence::of(&sketches[a as usize], &sketches[b as usize], &idf, t);
        let mut link = ev.link(t);
        if named.binary_search(&(a, b)).is_ok() {
            link = Link::Verbatim;
        }
        match link {
            Link::Verbatim | Link::Story => uf.union(a, b),
            Link::Related => related.push((a, b, ev.cosine)),
            Link::None => continue,
        }
        links.insert((a, b), (link, ev));
    }

    let mut members: HashMap<u32, Vec<u32>> = HashMap::new();
    for i in 0..n as u32 {
        members.entry(uf.find(i)).or_default().push(i);
    }
    // Related documents alone in their cluster attach to the cluster of their best related
    // partner, without joining it to anything else.
    let mut satellites: HashMap<u32, (u32, f64)> = HashMap::new();
    for &(a, b, cos) in &related {
        for (lone, other) in [(a, b), (b, a)] {
            let root = uf.find(other);
            if members[&uf.find(lone)].len() == 1 && members[&root].len() > 1 {
                let e = satellites.entry(lone).or_insert((other, cos));
                // Ties go to the partner with the smaller id, not the one given first.
                if better_partner((other, cos), *e, sketches) {
                    *e = (other, cos);
                }
            }
        }
    }

    let mut attached: HashMap<u32, Vec<u32>> = HashMap::new();
    for (&lone, &(other, _)) in &satellites {
        attached.entry(uf.find(other)).or_default().push(lone);
    }
    for sats in attached.values_mut() {
        sats.sort_unstable();
    }
    // Clusters are numbered 1..K without gaps, in the order of each cluster's first document (its
    // attached related documents included); a related document that joined another cluster
    // leaves no number behind.
    let mut roots: Vec<(u32, u32)> = members
        .iter()
        .filter(|(_, ms)| !(ms.len() == 1 && satellites.contains_key(&ms[0])))
        .map(|(&root, _)| {
            let first = attached
                .get(&root)
                .and_then(|s| s.first())
                .map_or(root, |&s| s.min(root));
            (first, root)
        })
        .collect();
    roots.sort_unstable();
    let roots: Vec<u32> = roots.into_iter().map(|(_, root)| root).collect();
    let cluster_no: HashMap<u32, u32> = roots
        .iter()
        .enumerate()
        .map(|(k, r)| (*r, k as u32 + 1))
        .collect();

    let retellings = Retellings::of(&links, t);
    let mut out: Vec<Option<Placement>> = vec![None; n];
    let evidence = |a: u32, b: u32| -> PairEvidence {
        let (x, y) = (a.min(b), a.max(b));
        let ev = match links.get(&(x, y)) {
            Some((_, ev)) => *ev,
            None => PairEvidence::of(&sketches[x as usize], &sketches[y as usize], &idf, t),
        };
        if a <= b {
            ev
        } else {
            ev.reversed()
        }
    };
    for root in &roots {
        let ms = &members[root];
        let extra = attached.get(root).map_or(0, Vec::len);
        let size = (ms.len() + extra) as u32;
        let cluster = cluster_no[root];
        if ms.len() == 1 {
            out[ms[0] as usize] = Some(alone(ms[0], cluster, size, extra, sketches));
        } else {
            place_cluster(
                ms,
                cluster,
                size,
                sketches,
                &evidence,
                &links,
                &retellings,
                t,
                &mut out,
            );
        }
        if let Some(sats) = attached.get(root) {
            let origin = out[ms[0] as usize].as_ref().map_or(ms[0], |p| p.origin);
            let oid = sketches[origin as usize].facts.id.clone();
            for &s in sats {
                let ev = evidence(s, origin);
                out[s as usize] = Some(Placement {
                    cluster,
                    cluster_size: size,
                    origin_id: oid.clone(),
                    origin,
                    relation: Relation::Related,
                    similarity: Some(round2(ev.cosine)),
                    why: format!(
                        "related to {oid} (same topic, another event): TF-IDF cosine {:.2}, {} of its names and numbers new",
                        ev.cosine,
                        percent(ev.novelty_ab)
                    ),
                    date_lag: None,
                    uncredited: None,
                    same_outlet: false,
                });
            }
        }
    }
    // Every document is placed above; should one ever be missed, it stands alone in a cluster of
    // its own rather than failing the batch.
    let mut next_cluster = out.iter().flatten().map(|p| p.cluster).max().unwrap_or(0);
    out.into_iter()
        .enumerate()
        .map(|(i, p)| {
            p.unwrap_or_else(|| {
                next_cluster += 1;
                alone(i as u32, next_cluster, 1, 0, sketches)
            })
        })
        .collect()
}

/// The placement of a document that is its story's only member: `unique`, or the `origin` of the
/// `extra` related documents attached to it.
fn alone(doc: u32, cluster: u32, size: u32, extra: usize, sketches: &[DocSketch]) -> Placement {
    Placement {
        cluster,
        cluster_size: size,
        origin_id: sketches[doc as usize].facts.id.clone(),
        origin: doc,
        relation: if extra > 0 {
            Relation::Origin
        } else {
            Relation::Unique
        },
        similarity: None,
        why: if extra > 0 {
            format!("origin of cluster {cluster}: the only document of its story; {extra} related")
        } else {
            "unique: no copy, rewrite or report of the same story in the batch".into()
        },
        date_lag: None,
        uncredited: None,
        same_outlet: false,
    }
}

/// How much more of the source's names and numbers a retelling leaves out than it adds (see
/// [`retells`]).
const RETELLING_MARGIN: f64 = 0.25;

/// Whether the first document of `ev` retells the second: on one story (`paraphrase_cosine`),
/// nearly all its names and numbers found in the second (at most `paraphrase_novelty` new), and
/// the second's missing from it by `RETELLING_MARGIN` more. A rewrite or summary drops detail and
/// rarely adds any; two reports of one event each hold facts the other lacks.
pub(crate) fn retells(ev: &PairEvidence, t: &Thresholds) -> bool {
    ev.cosine >= t.paraphrase_cosine
        && ev.novelty_ab <= t.paraphrase_novelty
        && ev.novelty_ba >= ev.novelty_ab + RETELLING_MARGIN
}

/// Who retells whom (see [`retells`]), among the linked pairs only: a retelling tells its
/// source's story, so the two are linked, and no pair is measured anew (a cluster of thousands
/// would cost millions of measures). Near-verbatim copies are copies, not retellings.
#[derive(Debug, Default)]
struct Retellings {
    /// For each document, the documents it retells.
    sources: HashMap<u32, Vec<u32>>,
    /// For each document, the documents that retell it.
    retold_by: HashMap<u32, Vec<u32>>,
}

impl Retellings {
    fn of(links: &HashMap<(u32, u32), (Link, PairEvidence)>, t: &Thresholds) -> Retellings {
        let mut r = Retellings::default();
        for (&(a, b), (link, ev)) in links {
            if *link == Link::Verbatim {
                continue;
            }
            let swapped = ev.reversed();
            for (teller, source, e) in [(a, b, ev), (b, a, &swapped)] {
                if retells(e, t) {
                    r.sources.entry(teller).or_default().push(source);
                    r.retold_by.entry(source).or_default().push(teller);
                }
            }
        }
        r
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[allow(clippy::too_many_arguments)]
fn place_cluster(
    ms: &[u32],
    cluster: u32,
    size: u32,
    sketches: &[DocSketch],
    evidence: &dyn Fn(u32, u32) -> PairEvidence,
    links: &HashMap<(u32, u32), (Link, PairEvidence)>,
    retellings: &Retellings,
    t: &Thresholds,
    out: &mut [Option<Placement>],
) {
    let verbatim = |a: u32, b: u32| {
        links
            .get(&(a.min(b), a.max(b)))
            .is_some_and(|(l, _)| *l == Link::Verbatim)
    };
    let copies: Vec<usize> = ms
        .iter()
        .map(|&a| ms.iter().filter(|&&b| b != a && verbatim(a, b)).count())
        .collect();
    let centrality: Vec<f64> = ms
        .iter()
        .map(|&a| {
            ms.iter()
                .filter(|&&b| b != a)
                .map(|&b| evidence(a, b).cosine)
                .sum::<f64>()
                / (ms.len() - 1) as f64
        })
        .collect();
    // Only a member that retells no other member can be the retellings' source (a summary of the
    // original retells it, and holds a rewrite's facts too).
    let in_cluster = |d: &u32| ms.binary_search(d).is_ok();
    let retold: Vec<Vec<&str>> = ms
        .iter()
        .map(|a| {
            if retellings
                .sources
                .get(a)
                .is_some_and(|s| s.iter().any(in_cluster))
            {
                return Vec::new();
            }
            // A near-verbatim copy of the source holds what the source holds: the retellings
            // linked to either count for both (which of the two a retelling was linked to is the
            // linking's choice, no evidence).
            let twins = ms.iter().filter(|&&b| b != *a && verbatim(*a, b));
            let mut r: Vec<&str> = std::iter::once(a)
                .chain(twins)
                .filter_map(|d| retellings.retold_by.get(d))
                .flatten()
                .filter(|b| in_cluster(b) && *b != a && !verbatim(*a, **b))
                .map(|&b| sketches[b as usize].facts.id.as_str())
                .collect();
            r.sort_unstable();
            r.dedup();
            r
        })
        .collect();
    let claims = origin::claims(ms, sketches, &copies, &centrality, &retold);
    let Some(best) = origin::choose(&claims, sketches) else {
        return;
    };
    let o = best.doc;
    let of = &sketches[o as usize].facts;
    let origin_why = format!(
        "origin of cluster {cluster} ({size} documents): {}",
        if best.reasons.is_empty() {
            "the member most like the others".to_string()
        } else {
            best.reasons.join(", ")
        }
    );
    // The origin's near-verbatim family: a copy of a copy is still a copy.
    let core: Vec<u32> = ms
        .iter()
        .copied()
        .filter(|&m| m == o || verbatim(m, o))
        .collect();
    for &m in ms {
        let f = &sketches[m as usize].facts;
        if m == o {
            out[m as usize] = Some(Placement {
                cluster,
                cluster_size: size,
                origin_id: of.id.clone(),
                origin: o,
                relation: Relation::Origin,
                similarity: None,
                why: origin_why.clone(),
                date_lag: None,
                uncredited: None,
                same_outlet: false,
            });
            continue;
        }
        let ev = evidence(m, o);
        let names_origin = f.original_url.is_some() && f.original_url == of.self_url;
        let via = core
            .iter()
            .copied()
            .filter(|&c| c != m)
            .map(|c| (c, evidence(m, c)))
            .max_by(|a, b| {
                a.1.contained_ab
                    .total_cmp(&b.1.contained_ab)
                    .then_with(|| by_id(b.0, a.0, sketches))
            });
        let near = names_origin
            || ev.link(t) == Link::Verbatim
            || via.is_some_and(|(c, e)| verbatim(m, c) && e.link(t) == Link::Verbatim);
        // A word-for-word copy of another member than the origin's family (a scrape of one
        // report in a cluster whose origin is another outlet's live page): a copy of that
        // member, when the member's claim to be first beats its own.
        let twin = (!near)
            .then(|| {
                let claim = |d: u32| claims.iter().find(|c| c.doc == d).cloned();
                let own = claim(m)?;
                let beating: Vec<origin::OriginClaim> = ms
                    .iter()
                    .copied()
                    .filter(|&c| c != m && verbatim(m, c))
                    .filter_map(claim)
                    .filter(|c| {
                        origin::choose(&[c.clone(), own.clone()], sketches)
                            .is_some_and(|w| w.doc == c.doc)
                    })
                    .collect();
                origin::choose(&beating, sketches).map(|w| w.doc)
            })
            .flatten();
        // The member the copy is of: the origin, or that twin.
        let (src, of) = match twin {
            Some(c) => (c, &sketches[c as usize].facts),
            None => (o, of),
        };
        let ev = if twin.is_some() { evidence(m, src) } else { ev };
        let near = near || twin.is_some();
        let (relation, similarity, why) = if near {
            let c = if ev.containment() > 0.0 {
                ev.containment()
            } else {
                via.map_or(0.0, |(_, e)| e.containment())
            };
            let wire = f.agency.is_some() && !f.converted;
            let rel = if wire {
                Relation::WireRepublication
            } else {
                Relation::Copy
            };
            let mut why = if wire {
                format!(
                    "{} story republished from {}: {} of the shorter text contained in the other (Jaccard {:.2})",
                    f.agency.as_deref().unwrap_or_default(),
                    of.id,
                    percent(c),
                    ev.jaccard
                )
            } else {
                format!(
                    "copy of {}: {} of the shorter text contained in the other (Jaccard {:.2})",
                    of.id,
                    percent(c),
                    ev.jaccard
                )
            };
            if names_origin {
                why.push_str("; its \"Original url:\" names it");
            }
            if src != o {
                why.push_str(&format!(
                    "; {} tells the same story as the origin {}",
                    of.id, sketches[o as usize].facts.id
                ));
            }
            (rel, c, why)
        } else {
            let facts = format!(
                "TF-IDF cosine {:.2}, {} of its names and numbers found in {}, 5-gram containment {}, {} of its {} quotes shared",
                ev.cosine,
                percent(1.0 - ev.novelty_ab),
                of.id,
                percent(ev.containment()),
                ev.shared_quotes,
                sketches[m as usize].quotes.len()
            );
            if ev.novelty_ab <= t.paraphrase_novelty && ev.cosine >= t.paraphrase_cosine {
                (
                    Relation::Paraphrase,
                    ev.cosine,
                    format!("paraphrase of {}: {facts}", of.id),
                )
            } else {
                let mut why = format!("same event as {}, with facts it lacks: {facts}", of.id);
                if let Some(a) = &f.agency {
                    why.push_str(&format!("; {a} credit: the agency's own report"));
                }
                (Relation::SameEvent, ev.cosine, why)
            }
        };
        // Another outlet's word-for-word copy that credits no one: what a scraper publishes. A
        // converted copy (hard wraps, broken quotes) is the same page in another format.
        let uncredited = (relation == Relation::Copy
            && !f.converted
            && f.agency.is_none()
            && f.credited_outlet.is_none()
            && f.original_url.is_none())
        .then(|| origin::other_outlets(f, of))
        .flatten()
        .map(|(copy, first)| {
            format!(
                "{copy} republishes {} ({first}) word for word and credits no one: no agency, no \
                 \"originally published in\" line, no original URL",
                of.id
            )
        });
        let date_lag = match (&f.date, &of.date) {
            (Some(d), Some(od))
                if of.date_credible
                    && matches!(
                        relation,
                        Relation::Copy | Relation::WireRepublication | Relation::Paraphrase
                    ) =>
            {
                months_between(od, d)
                    .filter(|(days, _)| *days > 0)
                    .map(|(days, phrase)| DateLag {
                        date: d.clone(),
                        origin_date: od.clone(),
                        origin_id: of.id.clone(),
                        days,
                        phrase,
                    })
            }
            _ => None,
        };
        out[m as usize] = Some(Placement {
            cluster,
            cluster_size: size,
            origin_id: sketches[o as usize].facts.id.clone(),
            origin: o,
            relation,
            similarity: Some(round2(similarity)),
            why: format!("{why}. Origin: {}", best.reasons.join(", ")),
            date_lag,
            uncredited,
            same_outlet: origin::one_outlet(f, of),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(cosine: f64, novelty_ab: f64, novelty_ba: f64) -> PairEvidence {
        PairEvidence {
            jaccard: 0.0,
            contained_ab: 0.0,
            contained_ba: 0.0,
            cosine,
            entity_overlap: 1.0 - novelty_ab.min(novelty_ba),
            novelty_ab,
            novelty_ba,
            shared_quotes: 0,
            days_apart: None,
            same_lead_weekday: None,
            furniture: 0,
        }
    }

    #[test]
    fn a_retelling_drops_its_sources_facts_and_adds_none() {
        let t = Thresholds::default();
        // A summary: all its names and numbers in the report, half the report's not in it.
        assert!(retells(&pair(0.4, 0.0, 0.5), &t));
        // The report does not retell its summary.
        assert!(!retells(&pair(0.4, 0.5, 0.0), &t));
        // Two reports of one event, each with facts of its own.
        assert!(!retells(&pair(0.4, 0.15, 0.3), &t));
        // Nearly the same facts both ways: no telling which came first.
        assert!(!retells(&pair(0.4, 0.05, 0.2), &t));
        // Another story that happens to name the same people.
        assert!(!retells(&pair(0.1, 0.0, 0.5), &t));
    }

    /// A summary linked to a converted copy of the original, not to the original: the
    /// original, a near-verbatim twin of that copy, holds the summary's facts as much, and its
    /// own copy's conversion artefacts leave it the origin.
    #[test]
    fn a_retelling_of_a_copy_counts_for_the_copy_s_original_too() {
        let t = Thresholds::default();
        let member = |id: &str, converted: bool| {
            let mut d = DocSketch::default();
            d.facts.id = id.into();
            d.facts.date = Some("2026-11-12".into());
            d.facts.date_credible = true;
            d.facts.signed = true;
            d.facts.converted = converted;
            d
        };
        let sketches = vec![
            member("original", false),
            member("pdf-copy", true),
            member("summary", false),
        ];
        let mut links = HashMap::new();
        links.insert((0, 1), (Link::Verbatim, pair(0.95, 0.0, 0.0)));
        // The summary (2) retells the copy (1): the copy holds facts the summary lacks.
        links.insert((1, 2), (Link::Story, pair(0.5, 0.5, 0.0)));
        let retellings = Retellings::of(&links, &t);
        let evidence = |a: u32, b: u32| {
            links
                .get(&(a.min(b), a.max(b)))
                .map_or(pair(0.3, 0.5, 0.5), |(_, e)| *e)
        };
        let mut out = vec![None, None, None];
        place_cluster(
            &[0, 1, 2],
            1,
            3,
            &sketches,
            &evidence,
            &links,
            &retellings,
            &t,
            &mut out,
        );
        let origin = out[0].as_ref().map(|p| p.origin_id.clone());
        assert_eq!(origin.as_deref(), Some("original"), "{out:?}");
    }

    #[test]
    fn retellings_come_from_linked_pairs_other_than_copies() {
        let t = Thresholds::default();
        let mut links = HashMap::new();
        links.insert((0, 1), (Link::Story, pair(0.4, 0.5, 0.0)));
        links.insert((1, 2), (Link::Story, pair(0.4, 0.0, 0.4)));
        links.insert((2, 3), (Link::Verbatim, pair(0.9, 0.0, 0.4)));
        let r = Retellings::of(&links, &t);
        // (In the links' order, which a cluster's use does not depend on.)
        let mut of_1 = r.sources.get(&1).cloned().unwrap_or_default();
        of_1.sort_unstable();
        assert_eq!(of_1, [0, 2]);
        assert_eq!(r.retold_by.get(&0), Some(&vec![1]));
        assert!(!r.sources.contains_key(&2), "a copy is no retelling");
    }
}
