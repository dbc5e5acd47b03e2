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

#[test]
fn a_copy_under_a_new_lead_is_still_a_copy() {
    // The story's body copied word for word under a new headline and opening sentence: its
    // closing paragraphs are shared, but they are far more than a site's footer.
    let source = "Kestle mill reopens as a museum\n\nBy Anwen Prydderch\nPublished 2026-06-02\n\nThe old wool mill at Kestle opened its doors as a museum on Monday, eleven years after its looms stopped, the Kestle Heritage Trust said.\n\nThe trust raised 1.8 million pounds from 4,200 donors and a lottery grant to repair the roof and the water wheel.\n\n\"My grandmother worked the third loom from the door,\" said volunteer guide Hywel Brannock, 71.\n\nVisitors can see the carding engine, built in 1884, running on Saturdays.\n\nThe trust expects 30,000 visitors a year and has hired six staff.\n\nEntry is free for children under twelve.\n";
    let copy = source.replace(
        "Kestle mill reopens as a museum\n\nBy Anwen Prydderch\nPublished 2026-06-02\n\nThe old wool mill at Kestle opened its doors as a museum on Monday, eleven years after its looms stopped, the Kestle Heritage Trust said.",
        "Historic mill gets second life\n\nPublished 2026-06-09\n\nIn welcome news for lovers of local history, a long-silent landmark is back in business.",
    );
    let placed = place(&[("source.txt", source), ("copy.txt", &copy)]);
    assert_eq!(placed[0].relation, Relation::Origin, "{placed:?}");
    assert_eq!(placed[1].relation, Relation::Copy, "{placed:?}");
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
