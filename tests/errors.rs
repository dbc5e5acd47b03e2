//! Inputs that fail: each still gets its row with a clear error, and the batch goes on.

use crate::util::{credence, Csv};

#[test]
fn failed_inputs_keep_their_rows_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a_empty.txt"), b"").unwrap();
    std::fs::write(
        d.join("b_binary.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    )
    .unwrap();
    std::fs::write(d.join("c_invalid_utf8.txt"), b"Ferry Runs Aground\n\nThe ferry \xff\xfe ran aground on Tuesday near the island, officials said, and no one was hurt.\n").unwrap();
    std::fs::write(d.join("d_good.txt"), b"Ferry Runs Aground\nBy Ann Lee\n\nThe ferry ran aground on Tuesday near the island, officials said.\n").unwrap();
    let missing = d.join("no_such_file.txt");
    let out = credence(&["score", d.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a_empty.txt") && stderr.contains("empty"),
        "{stderr}"
    );
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 5);
    assert!(csv.row("a_empty.txt")["error"].contains("empty"));
    assert!(csv.row("b_binary.txt")["error"].contains("PNG"));
    assert_eq!(csv.row("b_binary.txt")["verdict"], "unknown");
    let bad = csv.row("c_invalid_utf8.txt");
    assert_eq!(bad["error"], "", "invalid bytes are replaced, not fatal");
    assert_eq!(bad["title"], "Ferry Runs Aground");
    assert_eq!(csv.row("d_good.txt")["bylines"], "Ann Lee");
    assert!(csv.row("no_such_file.txt")["error"].contains("no such file"));
}

#[test]
fn oversized_document_gets_an_error_row() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("big.txt");
    std::fs::write(&f, "word ".repeat(1000)).unwrap();
    let out = credence(&[
        "score",
        "-q",
        "--max-doc-bytes",
        "1000",
        f.to_str().unwrap(),
    ]);
    let csv = Csv::parse(&out.stdout);
    assert!(csv.rows[0]["error"].contains("limit"), "{:?}", csv.rows[0]);
}

#[test]
fn formula_cells_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("evil.txt");
    std::fs::write(&f, "=HYPERLINK(\"http://x.example\",\"y\") storm hits harbor town\n\nThe storm hit the harbor town on Monday, officials said, and boats were lost.\n").unwrap();
    let out = credence(&["score", "-q", f.to_str().unwrap()]);
    let csv = Csv::parse(&out.stdout);
    assert!(
        csv.rows[0]["title"].starts_with("'=HYPERLINK"),
        "{:?}",
        csv.rows[0]["title"]
    );
}

/// `--max-doc-seconds`: a budget too small for any document gives every document its own error
/// row naming the budget, and the batch goes on to the end (exit 1). Nothing is timed: one
/// microsecond is spent before any document's signals are done. A generous budget changes no byte.
#[test]
fn time_budget_per_document_gives_error_rows_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a_empty.txt"), b"").unwrap();
    for name in ["b_story.txt", "c_story.txt"] {
        std::fs::write(d.join(name), b"Ferry Runs Aground\nBy Ann Lee\n\nThe ferry ran aground on Tuesday near the island, officials said.\n").unwrap();
    }
    std::fs::write(d.join("d_page.html"), b"<html><head><title>Harbor Reopens</title></head><body><h1>Harbor Reopens</h1><p>The harbor reopened on Monday, officials said.</p></body></html>").unwrap();
    let folder = d.to_str().unwrap();

    let out = credence(&["score", "--max-doc-seconds", "0.000001", folder]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "documents failed, the run did not"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("4 documents, 4 errors"), "{stderr}");
    let csv = Csv::parse(&out.stdout);
    let ids: Vec<&str> = csv.rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
    assert!(ids[0].ends_with("a_empty.txt") && ids[3].ends_with("d_page.html"));
    // An unreadable document still says why; the others name the budget and how to raise it.
    assert!(csv.rows[0]["error"].contains("empty"), "{:?}", csv.rows[0]);
    for row in &csv.rows[1..] {
        let e = &row["error"];
        assert!(
            e.contains("over the 0.000001-second time budget per document")
                && e.contains("--max-doc-seconds"),
            "{e}"
        );
        assert_eq!(row["verdict"], "unknown");
        assert_eq!(row["credibility"], "");
    }

    // `explain` and `extract` take the flag too.
    let story = d.join("b_story.txt");
    for cmd in ["explain", "extract"] {
        let out = credence(&[
            cmd,
            "--max-doc-seconds",
            "0.000001",
            story.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(all.contains("time budget"), "{cmd}: {all}");
    }

    // A budget no document comes near changes nothing.
    let plain = credence(&["score", "-q", folder]);
    let budgeted = credence(&["score", "-q", "--max-doc-seconds", "3600", folder]);
    assert_eq!(budgeted.status.code(), Some(1), "only the empty file fails");
    assert_eq!(plain.stdout, budgeted.stdout);

    // Zero, negative or not a number: a usage error.
    for bad in ["0", "-1", "soon"] {
        let out = credence(&["score", "--max-doc-seconds", bad, folder]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}
