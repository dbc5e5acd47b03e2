//! What the outputs must never do: lose the rows over one long cell, overwrite an input or each
//! other, pass a document's escape sequences to a terminal, or write a format other than the one
//! the file's name asks for.

use std::io::Read;

use crate::outputs::xlsx_part;
use crate::util::{credence, Csv};

const STORY: &str = "Ferry timetable changes at Quillport\n\nThe Quillport ferry will leave at 7:40 from Monday, the harbour office said on Thursday.\n\nCaptain Odile Marsh said the earlier crossing suits the market traders.\n";

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_cell_over_excels_limit_is_cut_in_the_workbook_and_whole_in_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Link list of the Quillport Gazette\n\nArchive pages follow.\n\n");
    for i in 0..700 {
        text += &format!("https://gazette.example/archive/2026/item-{i:05}.html\n");
    }
    let doc = write(dir.path(), "links.txt", &text);
    let csv = dir.path().join("s.csv");
    let book = dir.path().join("s.xlsx");
    let out = credence(&[
        "score",
        "-q",
        "--crawl-date",
        "2026-11-24",
        &doc,
        "-o",
        csv.to_str().unwrap(),
        "--xlsx",
        book.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = Csv::parse(&std::fs::read(&csv).unwrap());
    assert!(
        rows.rows[0]["urls"].len() > 32_767,
        "the CSV keeps the whole cell"
    );
    let strings = xlsx_part(&book, "xl/sharedStrings.xml");
    assert!(strings.contains("[truncated: "), "the workbook says it cut");
}

#[test]
fn an_output_that_is_an_input_or_another_output_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write(
        dir.path(),
        "feed.jsonl",
        "{\"id\":\"a\",\"text\":\"Harbour vote passes in Quillport.\"}\n",
    );
    let before = std::fs::read(&feed).unwrap();
    let out = credence(&["score", "-q", &feed, "-o", &feed]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the input"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(&feed).unwrap(),
        before,
        "the input is untouched"
    );
    // The same file inside a folder given as input, under another spelling.
    let spelled = format!("{}/./feed.jsonl", dir.path().display());
    let out = credence(&["score", "-q", dir.path().to_str().unwrap(), "-o", &spelled]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&feed).unwrap(), before);

    let r = dir.path().join("r.csv");
    let r = r.to_str().unwrap();
    for flag in ["--xlsx", "--sources"] {
        for extra in [&[][..], &["--provenance"][..]] {
            let mut args = vec!["score", "-q", &feed, "-o", r, flag, r];
            args.extend_from_slice(extra);
            let out = credence(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains("the same file"), "{}", stderr(&out));
            assert!(!std::path::Path::new(r).exists(), "nothing written");
        }
    }
    let out = credence(&["report", "-q", &feed, "-o", &feed]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = credence(&["cluster", "-q", &feed, "-o", &feed]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&feed).unwrap(), before);
}

#[test]
fn the_output_name_chooses_the_format_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "ferry.txt", STORY);
    let score_to = |name: &str| {
        let p = dir.path().join(name);
        let out = credence(&["score", "-q", &doc, "-o", p.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        std::fs::read(&p).unwrap()
    };
    assert!(score_to("X.JSONL").starts_with(b"{"), "JSON Lines");
    assert!(score_to("W.XLSX").starts_with(b"PK"), "a workbook");
    let gz = score_to("s.csv.gz");
    let mut csv = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut csv)
        .expect("gzip");
    assert!(csv.starts_with("id,verdict,"));
    let gz = score_to("s.jsonl.GZ");
    let mut jsonl = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut jsonl)
        .expect("gzip");
    assert!(jsonl.starts_with('{'));
    assert!(score_to("s.tsv").starts_with(b"id,verdict,"), "else CSV");
    // A workbook has no provenance or cluster columns: refused rather than written without.
    let c = dir.path().join("c.xlsx");
    let out = credence(&["cluster", "-q", &doc, "-o", c.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn provenance_runs_write_the_side_outputs_too() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "ferry.txt", STORY);
    let book = dir.path().join("p.xlsx");
    let sources = dir.path().join("p-sources.csv");
    let out = credence(&[
        "score",
        "-q",
        "--provenance",
        &doc,
        "-o",
        dir.path().join("p.csv").to_str().unwrap(),
        "--xlsx",
        book.to_str().unwrap(),
        "--sources",
        sources.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    assert!(std::fs::read_to_string(&sources)
        .unwrap()
        .starts_with("source,"));
}

#[test]
fn explain_shows_a_documents_control_characters_instead_of_sending_them() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(
        dir.path(),
        "esc.txt",
        "Harbour \u{1b}]0;OWNED\u{7}\u{1b}[2J vote in Quillport\n\nThe council voted 7 to 2 on Thursday, the clerk Ines Varga said.\n",
    );
    let out = credence(&[
        "explain",
        "--color",
        "never",
        "--crawl-date",
        "2026-11-24",
        &doc,
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text}"
    );
    assert!(text.contains("\\u{1b}]0;OWNED\\u{7}"), "{text}");
    // Colour codes of the explanation itself are still printed.
    let out = credence(&["explain", "--color", "always", &doc]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\u{1b}[1m") && !text.contains("\u{1b}]0;"));
}

#[test]
fn report_is_quiet_with_q_and_its_anchors_are_unique() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    write(&docs, "x.b.txt", STORY);
    write(
        &docs,
        "x-b.txt",
        "Moose seen near Lake Ardent\n\nA white moose was seen near the lake on Sunday.\n",
    );
    let page = dir.path().join("r.html");
    let out = credence(&[
        "report",
        "-q",
        docs.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    let ids: Vec<&str> = html
        .match_indices("<section class=\"doc\" id=\"")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn policy_values_that_make_no_sense_are_usage_errors_naming_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "ferry.txt", STORY);
    for (text, key) in [
        ("[axes.aggregator]\nintercept = nan\n", "intercept"),
        ("[credibility]\ncopy_factor = 2.0\n", "copy_factor"),
        ("[credibility]\nspam_max = 500.0\n", "spam_max"),
        (
            "[signals.Z999]\nweight = 3.0\n",
            "unknown signal code 'Z999'",
        ),
    ] {
        let policy = write(dir.path(), "p.toml", text);
        let out = credence(&["score", "-q", "--policy", &policy, &doc]);
        assert_eq!(out.status.code(), Some(2), "{text:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("p.toml") && err.contains(key),
            "{text:?}: {err}"
        );
        assert!(
            !err.contains("line 1"),
            "no line of the merged default: {err}"
        );
    }
}

#[test]
fn no_signal_column_prints_a_negative_zero() {
    let out = credence(&["score", "-q", "data/samples"]);
    let csv = Csv::parse(&out.stdout);
    for row in &csv.rows {
        for (k, v) in row {
            assert!(
                !(k.starts_with("sig_") && v == "-0"),
                "{k} in {}",
                row["id"]
            );
        }
    }
}
