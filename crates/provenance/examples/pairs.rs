//! Prints the pair evidence between documents and where each is placed: a tool for setting the
//! thresholds in `compare.rs`. Usage: `cargo run -p credence-provenance --example pairs -- FILE...`
use credence_extract::{extract, read, Hint};
use credence_heuristics::Heuristics;
use credence_provenance::{
    cluster, ClusterConfig, DocSketch, Idf, MinHasher, PairEvidence, MINHASH_LEN,
};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let h = Heuristics::default();
    let hasher = MinHasher::new(MINHASH_LEN, 1);
    let sketches: Vec<DocSketch> = files
        .iter()
        .filter_map(|f| {
            // An unreadable or non-text file is named and left out, not a panic.
            let bytes = std::fs::read(f)
                .map_err(|e| eprintln!("pairs: skipped {f}: {e}"))
                .ok()?;
            let hint = Hint::default();
            let doc = read(&bytes, &hint)
                .map_err(|e| eprintln!("pairs: skipped {f}: {e}"))
                .ok()?;
            let x = extract(&doc, &hint);
            let a = h.assess(&doc, &x);
            Some(DocSketch::new(
                f.rsplit('/').next().unwrap_or(f),
                &x,
                Some(&a),
                &hasher,
            ))
        })
        .collect();
    let idf = Idf::new(&sketches);
    for i in 0..sketches.len() {
        for j in i + 1..sketches.len() {
            let e = PairEvidence::of(&sketches[i], &sketches[j], &idf, &Default::default());
            if e.cosine < 0.05 && e.jaccard == 0.0 {
                continue;
            }
            println!(
                "{:<24} {:<24} J {:.2} c {:.2}/{:.2} cos {:.2} ent {:.2} nov {:.2}/{:.2} q {} -> {:?}",
                sketches[i].facts.id, sketches[j].facts.id, e.jaccard, e.contained_ab, e.contained_ba,
                e.cosine, e.entity_overlap, e.novelty_ab, e.novelty_ba, e.shared_quotes,
                e.link(&Default::default())
            );
        }
    }
    for (s, p) in sketches
        .iter()
        .zip(cluster(&sketches, &ClusterConfig::default()))
    {
        println!(
            "{:<24} cluster {} size {} origin {:<24} {:<18} {:?} | {}",
            s.facts.id,
            p.cluster,
            p.cluster_size,
            p.origin_id,
            p.relation.as_str(),
            p.similarity,
            p.why
        );
    }
}
