//! The batch pass on fictional batches: shared site furniture is no evidence of copying, no
//! result depends on the order the documents are given in, and clusters are numbered 1..K.

mod common_texts;

use std::collections::{BTreeMap, BTreeSet};

use common_texts::{with_footer, BRIEFS, LATER, NOTICE, STORY};
use credence_extract::{extract, read, Hint};
use credence_heuristics::Heuristics;
use credence_provenance::{
    cluster, ClusterConfig, DocSketch, MinHasher, Placement, Relation, MINHASH_LEN, MINHASH_SEED,
};

fn sketches(docs: &[(&str, &str)]) -> Vec<DocSketch> {
    let hasher = MinHasher::new(MINHASH_LEN, MINHASH_SEED);
    let h = Heuristics::default();
    docs.iter()
        .map(|(id, text)| {
            let hint = Hint::default();
            let doc = read(text.as_bytes(), &hint).expect("plain text reads");
            let x = extract(&doc, &hint);
            let a = h.assess(&doc, &x);
            DocSketch::new(id, &x, Some(&a), &hasher)
        })
        .collect()
}

fn place(docs: &[(&str, &str)]) -> Vec<Placement> {
    cluster(&sketches(docs), &ClusterConfig::default())
}

#[test]
fn a_shared_site_footer_is_no_evidence_of_copying() {
    let texts: Vec<String> = BRIEFS.iter().map(|b| with_footer(b)).collect();
    let docs: Vec<(&str, &str)> = ["a.txt", "b.txt", "c.txt"]
        .into_iter()
        .zip(texts.iter().map(String::as_str))
        .collect();
    for p in place(&docs) {
        assert_eq!(p.relation, Relation::Unique, "{p:?}");
    }
}

#[test]
fn identical_stories_under_the_same_footer_are_still_copies() {
    let first = with_footer(BRIEFS[0]);
    let other = with_footer(BRIEFS[1]);
    let placed = place(&[("a.txt", &first), ("b.txt", &other), ("c.txt", &first)]);
    assert_eq!(placed[0].relation, Relation::Origin);
    assert_eq!(placed[2].relation, Relation::Copy);
    assert_eq!(placed[1].relation, Relation::Unique);
}

/// Each document's cluster (as the set of its members' ids), origin id and relation, by id.
fn outcome(docs: &[(&str, &str)]) -> BTreeMap<String, (BTreeSet<String>, String, Relation)> {
    let placed = place(docs);
    docs.iter()
        .zip(&placed)
        .map(|((id, _), p)| {
            let members = docs
                .iter()
                .zip(&placed)
                .filter(|(_, q)| q.cluster == p.cluster)
                .map(|((m, _), _)| m.to_string())
                .collect();
            (id.to_string(), (members, p.origin_id.clone(), p.relation))
        })
        .collect()
}

#[test]
fn no_result_depends_on_input_order() {
    let footed: Vec<String> = BRIEFS.iter().map(|b| with_footer(b)).collect();
    let batch: Vec<(&str, &str)> = vec![
        ("q_notice.txt", NOTICE),
        ("later.txt", LATER),
        ("story.txt", STORY),
        ("brief_a.txt", &footed[0]),
        ("p_notice.txt", NOTICE),
        ("story_copy.txt", STORY),
        ("brief_b.txt", &footed[1]),
        ("brief_c.txt", &footed[2]),
    ];
    let want = outcome(&batch);
    // The identical undated, unsigned notices: the smaller id is the origin, whichever comes
    // first.
    assert_eq!(want["q_notice.txt"].1, "p_notice.txt");
    assert_eq!(want["q_notice.txt"].2, Relation::Copy);
    assert_eq!(want["later.txt"].2, Relation::Related);
    let mut orders = vec![batch.iter().rev().copied().collect::<Vec<_>>()];
    for k in 1..batch.len() {
        let mut v = batch.clone();
        v.rotate_left(k);
        orders.push(v);
    }
    // A fixed shuffle.
    orders.push([5, 2, 7, 0, 3, 6, 1, 4].iter().map(|&i| batch[i]).collect());
    for order in orders {
        let ids: Vec<&str> = order.iter().map(|(id, _)| *id).collect();
        assert_eq!(outcome(&order), want, "order {ids:?}");
    }
}

#[test]
fn clusters_are_numbered_densely_by_their_first_document() {
    // The related report comes first and joins the story's cluster: that cluster is number 1,
    // and the lone notice number 2 (not 3).
    let placed = place(&[
        ("later.txt", LATER),
        ("story.txt", STORY),
        ("story_copy.txt", STORY),
        ("notice.txt", NOTICE),
    ]);
    let numbers: Vec<u32> = placed.iter().map(|p| p.cluster).collect();
    assert_eq!(numbers, [1, 1, 1, 2]);
    assert_eq!(placed[0].relation, Relation::Related);
}
