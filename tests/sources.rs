//! Stream inputs: WARC (one gzip member per record), JSON Lines, gzip, truncation, stdin. The
//! files are generated here from short fictional stories.

use std::io::Write;
use std::path::Path;

use crate::util::{credence, credence_stdin, Csv};

const STORY: &str = "Ferry Runs Aground Near Valdora</h1><p>By Ann Lee</p><p>VALDORA (AP) — A ferry ran aground on Thursday near the island, officials said, and the 40 passengers were brought ashore by fishing boats.</p>";

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn warc_record(kind: &str, id: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: https://news.example/{id}\r\nWARC-Date: 2024-03-15T08:00:00Z\r\nContent-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

/// A crawl: warcinfo, a request, four HTML 200 responses (one in windows-1252), a 404, an image.
fn crawl_records() -> Vec<Vec<u8>> {
    let page = |n: u32| {
        format!("<html><head><title>Story {n}</title></head><body><h1>{STORY}</h1></body></html>")
    };
    let mut latin = b"<html><body><h1>Caf\xe9 Reopens on the Quay</h1><p>The caf\xe9 on the quay reopened on Monday after the storm, its owner said.</p></body></html>".to_vec();
    latin.shrink_to_fit();
    vec![
        warc_record("warcinfo", "info", b"software: credence-tests\r\n"),
        warc_record(
            "request",
            "req1",
            b"GET /a1 HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ),
        warc_record(
            "response",
            "a1",
            &response("200 OK", "text/html; charset=utf-8", page(1).as_bytes()),
        ),
        warc_record(
            "response",
            "a2",
            &response("404 Not Found", "text/html", b"<p>gone</p>"),
        ),
        warc_record(
            "response",
            "a3",
            &response("200 OK", "image/jpeg", b"\xff\xd8\xff\xe0"),
        ),
        warc_record(
            "response",
            "a4",
            &response("200 OK", "text/html; charset=windows-1252", &latin),
        ),
        warc_record(
            "response",
            "a5",
            &response("200 OK", "text/html", page(5).as_bytes()),
        ),
        warc_record(
            "response",
            "a6",
            &response("200 OK", "text/html", page(6).as_bytes()),
        ),
    ]
}

fn write_warc_gz(path: &Path, records: &[Vec<u8>]) -> Vec<u8> {
    let bytes: Vec<u8> = records.iter().flat_map(|r| gz(r)).collect();
    std::fs::write(path, &bytes).unwrap();
    bytes
}

#[test]
fn warc_gz_responses_become_rows_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    write_warc_gz(&path, &crawl_records());
    let out = credence(&["score", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let csv = Csv::parse(&out.stdout);
    let ids: Vec<&str> = csv.rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "<urn:uuid:a1>",
            "<urn:uuid:a4>",
            "<urn:uuid:a5>",
            "<urn:uuid:a6>"
        ]
    );
    assert!(csv.rows.iter().all(|r| r["error"].is_empty()), "{stderr}");
    assert_eq!(
        csv.row("a4>")["title"],
        "Café Reopens on the Quay",
        "the HTTP charset decides"
    );
    assert!(
        stderr.contains("4 documents, 0 errors, 2 skipped (1 not HTML, 1 status not 200)"),
        "{stderr}"
    );
}

#[test]
fn plain_warc_on_stdin_reads_the_same() {
    let plain: Vec<u8> = crawl_records().concat();
    let out = credence_stdin(&["score", "-q", "--input-format", "warc", "-"], &plain);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(Csv::parse(&out.stdout).rows.len(), 4);
    // gzip is recognised by its magic number, on stdin too.
    let gzipped: Vec<u8> = crawl_records().iter().flat_map(|r| gz(r)).collect();
    let out = credence_stdin(&["score", "-q", "--input-format", "warc", "-"], &gzipped);
    assert_eq!(Csv::parse(&out.stdout).rows.len(), 4);
}

#[test]
fn truncated_warc_gz_keeps_the_rows_before_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.warc.gz");
    let bytes = write_warc_gz(&path, &crawl_records());
    // Cut inside the last record's gzip member.
    std::fs::write(&path, &bytes[..bytes.len() - 40]).unwrap();
    let out = credence(&["score", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "a broken input is a failure");
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 4, "three documents, then the error row");
    assert_scored(&csv.rows[..3]);
    let last = &csv.rows[3];
    assert!(last["id"].ends_with("cut.warc.gz"));
    let e = &last["error"];
    assert!(
        e.contains("cut.warc.gz") && e.contains("truncated or corrupt gzip stream"),
        "{e}"
    );
    assert!(
        e.contains("record 8") && e.contains(&format!("byte {}", bytes.len() - 40)),
        "{e}"
    );
    assert!(
        e.contains("the 7 records before it were read and their 3 documents scored"),
        "{e}"
    );
}

#[test]
fn truncated_plain_warc_record_is_an_error_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.warc");
    let plain: Vec<u8> = crawl_records().concat();
    std::fs::write(&path, &plain[..plain.len() - 50]).unwrap();
    let out = credence(&["score", "-q", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 4, "three documents, then the error row");
    assert_scored(&csv.rows[..3]);
    let e = &csv.rows[3]["error"];
    assert!(
        e.contains("truncated record") && e.contains("record 8"),
        "{e}"
    );
    assert!(
        e.contains("the 7 records before it were read and their 3 documents scored"),
        "{e}"
    );
}

/// Rows that scored: no error, a credibility and a title.
fn assert_scored(rows: &[std::collections::HashMap<String, String>]) {
    for row in rows {
        assert_eq!(row["error"], "", "{row:?}");
        assert!(
            !row["credibility"].is_empty() && !row["title"].is_empty(),
            "{row:?}"
        );
    }
}

#[test]
fn jsonl_bad_line_and_missing_field_get_error_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let good = "Harbor Storm Sinks Boats\\n\\nThe storm hit the harbor town on Monday, officials said, and boats were lost.";
    let lines = [
        format!("{{\"id\": \"s1\", \"text\": \"{good}\", \"url\": \"https://news.example/s1\", \"date\": \"2024-03-15\"}}"),
        format!("{{\"text\": \"{good}\"}}"),
        "{this is not json".to_string(),
        String::new(),
        "{\"id\": \"s5\", \"title\": \"no body\"}".to_string(),
        format!("{{\"id\": 6, \"html\": \"<h1>{STORY}\"}}"),
        "[\"JSON\", \"but not an object\"]".to_string(),
        "{\"id\": \"s8\", \"text\": 8}".to_string(),
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = credence(&["score", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    let ids: Vec<&str> = csv.rows.iter().map(|r| r["id"].as_str()).collect();
    let p = path.to_str().unwrap();
    assert_eq!(
        ids,
        [
            "s1",
            &format!("{p}:2"),
            &format!("{p}:3"),
            "s5",
            "6",
            &format!("{p}:7"),
            "s8"
        ]
    );
    assert_eq!(csv.rows[0]["error"], "");
    assert_eq!(csv.rows[0]["title"], "Harbor Storm Sinks Boats");
    assert!(csv.rows[2]["error"].contains("line 3 is not JSON"));
    assert!(csv.rows[3]["error"].contains("no string field 'text' or 'html'"));
    assert!(csv.rows[5]["error"].contains("line 7 is JSON but not an object"));
    assert!(
        csv.rows[6]["error"].contains("no string field 'text' or 'html'"),
        "a number is not text"
    );
    assert_eq!(
        csv.rows[4]["bylines"], "Ann Lee",
        "the html field is read as HTML"
    );
}

#[test]
fn jsonl_field_flags_and_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl.gz");
    let line = "{\"doc\": \"k1\", \"body\": \"Harbor Storm Sinks Boats\\n\\nThe storm hit the harbor town on Monday.\"}\n";
    std::fs::write(&path, gz(line.repeat(3).as_bytes())).unwrap();
    let out = credence(&[
        "score",
        "-q",
        "--id-field",
        "doc",
        "--text-field",
        "body",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 3);
    assert!(csv
        .rows
        .iter()
        .all(|r| r["id"] == "k1" && r["error"].is_empty()));

    // Truncated: the lines before the cut are scored, then one error row.
    let full = gz(line.repeat(200).as_bytes());
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &full[..full.len() / 2]).unwrap();
    let out = credence(&["score", "-q", "--text-field", "body", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    let last = csv.rows.last().unwrap();
    assert!(last["error"].contains("gzip"), "{:?}", last["error"]);
    assert!(csv.rows[..csv.rows.len() - 1]
        .iter()
        .all(|r| r["error"].is_empty()));
}

#[test]
fn folders_pick_up_streams_and_gzipped_pages() {
    let dir = tempfile::tempdir().unwrap();
    write_warc_gz(&dir.path().join("b_crawl.warc.gz"), &crawl_records());
    std::fs::write(
        dir.path().join("a_page.html.gz"),
        gz(format!("<html><body><h1>{STORY}</body></html>").as_bytes()),
    )
    .unwrap();
    std::fs::write(dir.path().join("c_ignored.gz"), gz(b"no extension inside")).unwrap();
    let out = credence(&["score", "-q", dir.path().to_str().unwrap()]);
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 5);
    assert!(csv.rows[0]["id"].ends_with("a_page.html.gz"));
    assert_eq!(csv.rows[0]["bylines"], "Ann Lee");
}
