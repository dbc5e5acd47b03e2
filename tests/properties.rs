//! Properties of a whole run: a document's row does not depend on the other documents in the batch
//! nor on `--jobs`, and every CSV row has the header's field count.

use std::path::Path;

use crate::util::{credence, root, Csv};

/// A folder of varied documents: the samples, and variants of them cut and spliced so that
/// neighbouring documents differ in size and kind.
fn corpus(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    let mut samples: Vec<_> = std::fs::read_dir(root().join("data/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .collect();
    samples.sort();
    for (i, p) in samples.iter().enumerate() {
        let text = std::fs::read(p).unwrap();
        let ext = p.extension().unwrap().to_str().unwrap();
        for (j, part) in [&text[..], &text[..text.len() / 2], &text[text.len() / 3..]]
            .iter()
            .enumerate()
        {
            let name = format!("d{i:02}_{j}.{ext}");
            std::fs::write(dir.join(&name), part).unwrap();
            names.push(name);
        }
    }
    names
}

fn score(args: &[&str]) -> Vec<u8> {
    let mut all = vec!["score", "-q", "--crawl-date", "2024-06-01"];
    all.extend_from_slice(args);
    let out = credence(&all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn output_does_not_depend_on_jobs() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let d = dir.path().to_str().unwrap();
    let one = score(&["--jobs", "1", d]);
    let two = score(&["--jobs", "2", d]);
    let three = score(&["--jobs", "3", d]);
    assert!(one == two, "--jobs 1 and --jobs 2 differ");
    assert!(one == three, "--jobs 1 and --jobs 3 differ");
    let csv = Csv::parse(&one);
    assert!(csv.rows.len() >= 40);
    let one = score(&["--jobs", "1", "--format", "jsonl", d]);
    let two = score(&["--jobs", "2", "--format", "jsonl", d]);
    assert!(one == two, "JSON Lines differ between --jobs 1 and 2");
}

#[test]
fn a_row_does_not_depend_on_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let names = corpus(dir.path());
    let batch = Csv::parse(&score(&["--jobs", "2", dir.path().to_str().unwrap()]));
    // Every fifth document alone (ids are the same path strings, so whole rows compare).
    for name in names.iter().step_by(5) {
        let path = dir.path().join(name);
        let alone = Csv::parse(&score(&[path.to_str().unwrap()]));
        assert_eq!(alone.rows.len(), 1);
        assert_eq!(
            &alone.rows[0],
            batch.row(name),
            "{name} alone vs in the batch"
        );
    }
}
