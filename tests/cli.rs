//! The command line's contract: header, formats, stdin, exit codes, help with examples.

use crate::util::{credence, credence_stdin, Csv};

#[test]
fn csv_header_is_the_contract() {
    let out = credence(&["score", "-q", "data/samples/b_wire.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = Csv::parse(&out.stdout);
    let fixed = [
        "id",
        "verdict",
        "credibility",
        "aggregator_risk",
        "ai_risk",
        "why",
        "title",
        "bylines",
        "published",
        "published_source",
        "agency",
        "dateline",
        "site_name",
        "canonical_url",
        "urls",
        "language",
        "words",
        "error",
        "source_domain",
        "source_reputation",
    ];
    assert_eq!(&csv.header[..fixed.len()], fixed);
    assert!(csv.header[fixed.len()..]
        .iter()
        .all(|h| h.starts_with("sig_")));
    assert_eq!(csv.rows.len(), 1);
}

#[test]
fn samples_folder_one_row_per_document_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("scores.csv");
    let out = credence(&[
        "score",
        "-q",
        "data/samples",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = Csv::parse(&std::fs::read(&out_path).unwrap());
    let mut expected: Vec<String> = std::fs::read_dir(crate::util::root().join("data/samples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".html"))
        .collect();
    expected.sort();
    let got: Vec<String> = csv
        .rows
        .iter()
        .map(|r| r["id"].rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(got, expected);
    // No temporary file is left beside the output.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn jsonl_carries_signals_with_evidence() {
    let out = credence(&[
        "score",
        "-q",
        "--format",
        "jsonl",
        "data/samples/a_aggregator.txt",
    ]);
    let line = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["verdict"], "aggregator_spam");
    let a001 = v["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "A001")
        .expect("A001 fired");
    assert!(a001["evidence"][0]["line"].as_u64().unwrap() > 0);
}

#[test]
fn stdin_is_scored_as_dash() {
    let out = credence_stdin(&["score", "-q", "-"], b"Harbor Reopens After Storm\nBy Ann Lee\nMarch 14, 2024\n\nThe harbor reopened on Thursday, officials said.\n");
    assert!(out.status.success());
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows[0]["id"], "-");
    assert_eq!(csv.rows[0]["bylines"], "Ann Lee");
}

/// "By NAME in PLACE" and "By NAME for OUTLET": the names are the bylines, a sentence opening
/// "By noon in ..." none.
#[test]
fn a_bylines_place_and_outlet_are_no_names() {
    let score = |byline: &str| {
        let text = format!("Ferry Fares Rise Again\n{byline}\nMarch 14, 2024\n\nThe ferry company raised its fares on Thursday, officials said.\n");
        let out = credence_stdin(&["score", "-q", "-"], text.as_bytes());
        assert!(out.status.success());
        Csv::parse(&out.stdout).rows[0]["bylines"].clone()
    };
    assert_eq!(
        score("By Nora Quist in Kessvik and Ola Brun in Tromvik"),
        "Nora Quist; Ola Brun"
    );
    assert_eq!(score("By Nora Quist for the Kessvik Post"), "Nora Quist");
    assert_eq!(score("By noon in Kessvik the rain had stopped"), "");
}

#[test]
fn excel_flag_adds_bom() {
    let out = credence(&["score", "-q", "--excel", "data/samples/b_wire.txt"]);
    assert!(out.stdout.starts_with("\u{feff}id,".as_bytes()));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(credence(&["score"]).status.code(), Some(2));
    assert_eq!(
        credence(&["score", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[axes.ai]\nthreshold = \"high\"\n").unwrap();
    let out = credence(&[
        "score",
        "--policy",
        bad.to_str().unwrap(),
        "data/samples/b_wire.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("threshold"));
}

#[test]
fn help_has_examples_and_exit_codes() {
    let out = credence(&["--help"]);
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("credence score data/samples -o scores.csv"));
    assert!(help.contains("Exit status"));
    let out = credence(&["score", "--help"]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("Examples:"));
}

#[test]
fn extract_prints_json() {
    let out = credence(&["extract", "data/samples/a_original.html"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["extraction"]["bylines"][0]["name"], "Teodora Vance");
    assert_eq!(v["extraction"]["published"]["source"], "jsonld");
}

#[test]
fn explain_shows_points_and_evidence_lines() {
    let out = credence(&["explain", "data/samples/a_aggregator.txt"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("A001 unrelated_headline_list"), "{text}");
    assert!(text.contains("pts"));
    assert!(text.contains("line "));
}

#[test]
fn explain_colours_only_when_asked_or_on_a_terminal() {
    let piped = credence(&["explain", "data/samples/a_aggregator.txt"]);
    assert!(!piped.stdout.contains(&0x1b), "no escape codes when piped");
    let forced = credence(&[
        "explain",
        "--color",
        "always",
        "data/samples/a_aggregator.txt",
    ]);
    let text = String::from_utf8(forced.stdout).unwrap();
    assert!(text.contains("\x1b[4m"), "evidence underlined");
    assert!(text.contains("\x1b[1;31maggregator_spam"), "verdict in red");
    let json = credence(&[
        "explain",
        "--format",
        "json",
        "data/samples/a_aggregator.txt",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["verdict"], "aggregator_spam");
}

#[test]
fn signals_and_policy_listings() {
    let out = credence(&["signals"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("A001") && text.contains("B007"));
    let out = credence(&["policy", "show"]);
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("[signals.A001]"));
}

#[test]
fn policy_adds_lexicon_files_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("doc.txt"),
        "Fjord Ferry Strike Ends\n\nBERGEN (NPA) — Ferry crews on the western fjords returned to \
         work on Tuesday after a three-day strike, the union said.\n\n\"We are glad to be back,\" \
         said deckhand Ola Brekke.\n\nAcross the fjords\nGoat cheese prices climb at winter \
         market\nNew tunnel lighting tested near Voss\nChoir wins regional prize in Molde\nSki \
         jump hill gets fresh coat of paint\n",
    )
    .unwrap();
    std::fs::create_dir(d.join("lex")).unwrap();
    std::fs::write(
        d.join("lex/agencies.tsv"),
        "# our regional wire\nNPA\tNordic Press Agency\tNPA|Nordic Press Agency\n",
    )
    .unwrap();
    std::fs::write(d.join("lex/headings.txt"), "Across the fjords\n").unwrap();
    std::fs::write(
        d.join("policy.toml"),
        "[lexicons]\nagencies = [\"lex/agencies.tsv\"]\nheadline_headings = [\"lex/headings.txt\"]\n",
    )
    .unwrap();
    let doc = d.join("doc.txt");
    let plain = Csv::parse(&credence(&["score", "-q", doc.to_str().unwrap()]).stdout);
    assert_eq!(plain.rows[0]["agency"], "");
    assert_eq!(plain.rows[0]["sig_A001_unrelated_headline_list"], "");
    let policy = d.join("policy.toml");
    let out = credence(&[
        "score",
        "-q",
        "--policy",
        policy.to_str().unwrap(),
        doc.to_str().unwrap(),
    ]);
    let tuned = Csv::parse(&out.stdout);
    assert_eq!(tuned.rows[0]["agency"], "NPA");
    assert_ne!(tuned.rows[0]["sig_A001_unrelated_headline_list"], "");

    let score_with_policy = || {
        credence(&[
            "score",
            "--policy",
            policy.to_str().unwrap(),
            doc.to_str().unwrap(),
        ])
    };
    // A malformed agency line is a usage error naming the file and the line.
    std::fs::write(d.join("lex/agencies.tsv"), "NPA Nordic Press Agency\n").unwrap();
    let out = score_with_policy();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("agencies.tsv") && err.contains("line 1"),
        "{err}"
    );
    // So is a lexicon file that is not there.
    std::fs::remove_file(d.join("lex/headings.txt")).unwrap();
    std::fs::write(d.join("lex/agencies.tsv"), "").unwrap();
    let out = score_with_policy();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("headings.txt"));
}

/// A text's header as scrapes and exports leave it: the byline alone under the headline, names
/// before the date, a station's name and menu on top, a mail's header, a closing bio. The
/// headline and the names come out apart.
#[test]
fn text_headers_give_the_headline_and_its_byline() {
    let extract = |text: &str| {
        let out = credence_stdin(&["extract", "-"], text.as_bytes());
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let x = &v["extraction"];
        let names: Vec<String> = x["bylines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["name"].as_str().unwrap().to_string())
            .collect();
        (x["title"].as_str().unwrap_or("").to_string(), names)
    };
    let body = "\nThe ferry company raised its fares on Thursday, the first rise in six years, officials said.\n";
    let h = "Ferry fares to rise after a wet week";
    assert_eq!(
        extract(&format!("{h}\nNora Quist and Ola Brun\n{body}")),
        (h.to_string(), vec!["Nora Quist".into(), "Ola Brun".into()])
    );
    assert_eq!(
        extract(&format!(
            "{h}\nNora Quist, Ola Brun | 3 October 2026\n{body}"
        )),
        (h.to_string(), vec!["Nora Quist".into(), "Ola Brun".into()])
    );
    assert_eq!(
        extract(&format!("Skip to content\nWKSV Channel 9\nWatch Live\nWeather\nTraffic\n{h}\nby: Nora Quist\nPosted: Oct 21, 2026\n{body}")),
        (h.to_string(), vec!["Nora Quist".into()])
    );
    assert_eq!(
        extract(&format!(
            "From: Kessvik Post <news@kessvik.example>\nSubject: {h}\n{body}"
        ))
        .0,
        h
    );
    assert_eq!(
        extract(&format!(
            "{h}\n{body}\nNora Quist-Lund is a senior fellow at the Kessvik Institute.\n"
        )),
        (h.to_string(), vec!["Nora Quist-Lund".into()])
    );
}
