//! Every command reads inputs as `score` does: a WARC or JSON Lines file is one document per
//! record, under the same ids; an empty container is an error row; a file reached twice is read
//! once. The stories are fictional.

use std::io::Write;
use std::path::Path;

use crate::util::{credence, Csv};

/// Two records with titles of their own, and one line without an id.
const FEED: &str = concat!(
    r#"{"id":"kelp","html":"<html><head><title>Kelp Harvest Doubles at Orrin Bay</title></head><body><h1>Kelp Harvest Doubles at Orrin Bay</h1><p>ORRIN BAY — Growers on the bay landed twice last year's kelp, the cooperative said on Monday.</p></body></html>"}"#,
    "\n",
    r#"{"id":"moose","text":"White Moose Seen Near Lake Tarn\n\nHikers near Lake Tarn photographed a white moose on Sunday, the park office said."}"#,
    "\n",
    r#"{"text":"Ferry Timetable Changes\n\nThe Halden ferry will leave at seven from next week, the operator said."}"#,
    "\n",
);

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

/// WARC response records: (record id, HTTP headers after the status line, payload). Headers
/// without a Content-Type get `text/html`.
fn warc(records: &[(Option<&str>, &str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (id, headers, body) in records {
        let html = if headers.contains("Content-Type") {
            ""
        } else {
            "Content-Type: text/html\r\n"
        };
        let mut block = format!("HTTP/1.1 200 OK\r\n{html}{headers}\r\n").into_bytes();
        block.extend_from_slice(body);
        let id_line = id
            .map(|i| format!("WARC-Record-ID: <urn:uuid:{i}>\r\n"))
            .unwrap_or_default();
        out.extend(
            format!(
                "WARC/1.1\r\nWARC-Type: response\r\n{id_line}WARC-Target-URI: https://tarn.example/a\r\nContent-Length: {}\r\n\r\n",
                block.len()
            )
            .into_bytes(),
        );
        out.extend(block);
        out.extend_from_slice(b"\r\n\r\n");
    }
    out
}

fn ids_of_score(path: &str) -> Vec<String> {
    let out = credence(&["score", "-q", "--crawl-date", "2026-11-24", path]);
    Csv::parse(&out.stdout)
        .rows
        .iter()
        .map(|r| r["id"].clone())
        .collect()
}

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

#[test]
fn every_command_reads_a_feed_record_by_record() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write(dir.path(), "feed.jsonl", FEED.as_bytes());
    let ids = ids_of_score(&feed);
    assert_eq!(ids, ["kelp", "moose", format!("{feed}:3").as_str()]);

    let out = credence(&["extract", &feed]);
    assert!(out.status.success());
    let records = json_lines(&out.stdout);
    let got: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(got, ids);
    assert_eq!(
        records[0]["extraction"]["title"],
        "Kelp Harvest Doubles at Orrin Bay"
    );
    assert_eq!(
        records[1]["extraction"]["title"],
        "White Moose Seen Near Lake Tarn"
    );

    let out = credence(&[
        "explain",
        "--format",
        "json",
        "--crawl-date",
        "2026-11-24",
        &feed,
    ]);
    assert!(out.status.success());
    let got: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, ids);

    let out = credence(&["cluster", "-q", &feed]);
    let rows = Csv::parse(&out.stdout).rows;
    assert_eq!(rows.len(), 3);

    let page = dir.path().join("r.html");
    let out = credence(&[
        "report",
        "--crawl-date",
        "2026-11-24",
        &feed,
        "-o",
        &page.display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Kelp Harvest Doubles") && html.contains("White Moose Seen"));
    assert!(
        !html.contains(r#"{"id":"kelp""#),
        "the raw JSON is no document"
    );

    // The field options work beyond `score`.
    let custom = write(
        dir.path(),
        "custom.jsonl",
        br#"{"key":"k9","body":"Tern Colony Counted\n\nVolunteers counted 400 terns on the spit."}"#,
    );
    let out = credence(&[
        "extract",
        "--id-field",
        "key",
        "--text-field",
        "body",
        &custom,
    ]);
    assert_eq!(json_lines(&out.stdout)[0]["id"], "k9");
}

#[test]
fn empty_containers_are_error_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = vec![
        write(dir.path(), "a.warc", b""),
        write(dir.path(), "b.warc.gz", b""),
        write(dir.path(), "c.jsonl", b""),
        write(dir.path(), "d.jsonl", b"\n  \n"),
    ];
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"").unwrap();
    paths.push(write(dir.path(), "e.jsonl.gz", &gz.finish().unwrap()));
    let mut args = vec!["score", "--crawl-date", "2026-11-24"];
    args.extend(paths.iter().map(String::as_str));
    let out = credence(&args);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 5);
    for r in &csv.rows {
        assert_eq!(r["error"], "empty file: no records", "{}", r["id"]);
    }
    // A WARC whose records are all skipped has no row, and says why on stderr.
    let skipped = write(
        dir.path(),
        "img.warc",
        &warc(&[(Some("p1"), "Content-Type: image/png\r\n", b"\x89PNG")]),
    );
    let out = credence(&["score", "--crawl-date", "2026-11-24", &skipped]);
    assert_eq!(out.status.code(), Some(0));
    assert!(Csv::parse(&out.stdout).rows.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 not HTML"));
}

#[test]
fn warc_codings_ids_and_blank_pages() {
    let dir = tempfile::tempdir().unwrap();
    let page = b"<html><head><title>Lake Tarn Ice Thins Early</title></head><body><p>The ice on Lake Tarn thinned two weeks early this year, rangers said on Friday.</p></body></html>";
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(page).unwrap();
    let zlib = z.finish().unwrap();
    let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    d.write_all(page).unwrap();
    let raw = d.finish().unwrap();
    let mut br = Vec::new();
    let mut b = brotli::CompressorWriter::new(&mut br, 4096, 9, 22);
    b.write_all(page).unwrap();
    drop(b);
    let path = write(
        dir.path(),
        "c.warc",
        &warc(&[
            (Some("z"), "Content-Encoding: deflate\r\n", &zlib),
            (Some("r"), "Content-Encoding: deflate\r\n", &raw),
            (Some("b"), "Content-Encoding: br\r\n", &br),
            (
                Some("x"),
                "Content-Encoding: compress\r\n",
                b"\x1f\x9d\x90\x3c",
            ),
            (
                Some("g"),
                "Content-Encoding: br\r\n",
                b"\x8f\xff\x00\x13garbage",
            ),
            (None, "", page),
            (
                Some("e"),
                "",
                b"<html><head><title></title></head><body><div></div></body></html>",
            ),
        ]),
    );
    let out = credence(&["score", "--crawl-date", "2026-11-24", &path]);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 7);
    for id in ["<urn:uuid:z>", "<urn:uuid:r>", "<urn:uuid:b>"] {
        let r = csv.row(id);
        assert_eq!(
            (r["title"].as_str(), r["error"].as_str()),
            ("Lake Tarn Ice Thins Early", "")
        );
    }
    assert_eq!(
        csv.row("<urn:uuid:x>")["error"],
        "unsupported Content-Encoding: compress"
    );
    assert_eq!(
        csv.row("<urn:uuid:g>")["error"],
        "Content-Encoding: br payload does not decode"
    );
    assert_eq!(csv.rows[5]["id"], format!("{path}:record 6"));
    let blank = csv.row("<urn:uuid:e>");
    assert_eq!(blank["error"], "no text: the page has no visible text");
    assert_eq!(
        (blank["verdict"].as_str(), blank["credibility"].as_str()),
        ("unknown", "")
    );
}

#[test]
fn jsonl_bom_and_numeric_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "n.jsonl",
        b"\xef\xbb\xbf{\"id\":123456789012345678901,\"text\":\"Gull Census\\n\\nThe gull count rose.\"}\r\n{\"id\":1e3,\"text\":\"Seal Census\\n\\nThe seal count fell.\"}\r\n",
    );
    assert_eq!(ids_of_score(&path), ["123456789012345678901", "1e3"]);
}

#[test]
fn a_file_given_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("crawl");
    std::fs::create_dir(&sub).unwrap();
    let a = write(
        &sub,
        "a.txt",
        b"Harbor Vote Passes\nBy Mina Castell\n\nThe Orrin harbor board voted 7 to 2 on Thursday to dredge the north channel, its chair said.",
    );
    let sub = sub.display().to_string();
    let out = credence(&[
        "score",
        "--provenance",
        "--crawl-date",
        "2026-11-24",
        &sub,
        &a,
        &a,
    ]);
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 1);
    assert_ne!(csv.rows[0]["relation"], "copy");
    assert!(String::from_utf8_lossy(&out.stderr).contains("given more than once"));
    let out = credence(&["score", "-q", &a, &a]);
    assert!(out.stderr.is_empty(), "-q keeps stderr empty");
    assert_eq!(Csv::parse(&out.stdout).rows.len(), 1);
}
