//! Helpers: run the built binary, read its CSV, find the shared folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `credence` with these arguments from the repository root.
pub fn credence(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_credence"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the credence binary runs")
}

/// Runs `credence` with stdin.
pub fn credence_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_credence"))
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the credence binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("finishes")
}

/// A parsed CSV: header and rows as maps.
pub struct Csv {
    pub header: Vec<String>,
    pub rows: Vec<std::collections::HashMap<String, String>>,
}

impl Csv {
    pub fn parse(bytes: &[u8]) -> Csv {
        let mut rdr = csv::Reader::from_reader(bytes);
        let header: Vec<String> = rdr
            .headers()
            .expect("header")
            .iter()
            .map(str::to_string)
            .collect();
        let rows = rdr
            .records()
            .map(|r| {
                let r = r.expect("well-formed row");
                assert_eq!(
                    r.len(),
                    header.len(),
                    "every row has the header's field count"
                );
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(str::to_string))
                    .collect()
            })
            .collect();
        Csv { header, rows }
    }

    /// The row whose id ends with `suffix`.
    pub fn row(&self, suffix: &str) -> &std::collections::HashMap<String, String> {
        self.rows
            .iter()
            .find(|r| r["id"].ends_with(suffix))
            .unwrap_or_else(|| panic!("no row for {suffix}"))
    }
}

/// `../shared/seeds`, or `None` with a printed reason when absent.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/seeds");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/seeds not found (the seed tests need the shared folder beside the repository)");
        None
    }
}

/// The seed file whose name starts with `prefix` ("002").
pub fn seed(dir: &Path, prefix: &str) -> String {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    names
        .into_iter()
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .expect("seed exists")
        .display()
        .to_string()
}

/// The JSON Lines record `command` ("score" or "extract") writes for one HTML page on stdin,
/// with the crawl date the fixtures are written for.
pub fn html_record(command: &str, html: &str) -> serde_json::Value {
    let out = credence_stdin(
        &[
            command,
            "--format",
            "jsonl",
            "--input-format",
            "html",
            "--crawl-date",
            "2026-11-24",
            "-",
        ],
        html.as_bytes(),
    );
    serde_json::from_slice(&out.stdout).expect("one JSON line on stdout")
}
