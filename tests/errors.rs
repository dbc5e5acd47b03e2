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
