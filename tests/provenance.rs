//! Story clusters (`credence cluster`, `score --provenance`) on the team's fixtures, against
//! `EXPECTED.toml`'s `relation` and `origin`, and on the seeds in `../shared/seeds` (read in place;
//! skipped with a printed reason when absent).

use std::collections::HashMap;

use crate::util::{credence, seed, seeds_dir, Csv};

fn name(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

#[test]
fn fixture_clusters_origins_and_relations() {
    let out = credence(&["cluster", "-q", "data/samples"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = Csv::parse(&out.stdout);
    assert_eq!(
        csv.header,
        [
            "id",
            "title",
            "published",
            "cluster",
            "cluster_size",
            "origin_id",
            "relation",
            "similarity"
        ]
    );
    let text = std::fs::read_to_string(crate::util::root().join("data/samples/EXPECTED.toml"))
        .expect("EXPECTED.toml");
    let exp: toml::Table = text.parse().expect("valid TOML");
    let exp = exp["files"].as_table().expect("[files]");
    let mut cluster_of_family: HashMap<String, String> = HashMap::new();
    let mut misses = Vec::new();
    for (file, e) in exp {
        let e = e.as_table().unwrap();
        let row = csv.row(file);
        let want = e["relation"].as_str().unwrap();
        if row["relation"] != want {
            misses.push(format!(
                "{file}: relation {} (want {want})",
                row["relation"]
            ));
        }
        if let Some(origin) = e.get("origin").and_then(|o| o.as_str()) {
            if name(&row["origin_id"]) != origin {
                misses.push(format!(
                    "{file}: origin {} (want {origin})",
                    row["origin_id"]
                ));
            }
        }
        let family = e["family"].as_str().unwrap();
        if family == "none" {
            assert_eq!(row["cluster_size"], "1", "{file} stands alone");
        } else if let Some(c) = cluster_of_family.insert(family.into(), row["cluster"].clone()) {
            assert_eq!(c, row["cluster"], "{file}: family {family} is one cluster");
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
    let clusters: std::collections::HashSet<&String> = cluster_of_family.values().collect();
    assert_eq!(clusters.len(), 3, "three families, three clusters");
}

#[test]
fn provenance_columns_follow_error_and_feed_the_verdict() {
    let out = credence(&["score", "-q", "--provenance", "data/samples"]);
    assert!(out.status.success());
    let csv = Csv::parse(&out.stdout);
    // After the fixed contract (which ends error, source_domain, source_reputation).
    let at = csv
        .header
        .iter()
        .position(|h| h == "source_reputation")
        .unwrap();
    assert_eq!(
        csv.header[at + 1..at + 6],
        [
            "cluster",
            "cluster_size",
            "origin_id",
            "relation",
            "similarity"
        ]
    );
    assert!(csv.header[at + 6].starts_with("sig_"));
    let agg = csv.row("a_aggregator.txt");
    assert_eq!(agg["verdict"], "aggregator_spam");
    assert_eq!(agg["relation"], "copy");
    assert!(agg["sig_A009_copy_date_lag"].parse::<f64>().unwrap() > 0.0);
    // The near-verbatim copy is a copy; the paraphrase keeps its own (style) verdict.
    assert_eq!(csv.row("c_copy.txt")["verdict"], "copy");
    assert_eq!(csv.row("c_paraphrase.txt")["verdict"], "ai_generated");
    assert!(csv.row("a_original.html")["why"].contains("origin of cluster"));
    // Without --provenance the columns are absent.
    let plain = Csv::parse(&credence(&["score", "-q", "data/samples"]).stdout);
    assert!(!plain.header.iter().any(|h| h == "relation"));

    let out = credence(&[
        "score",
        "-q",
        "--provenance",
        "--format",
        "jsonl",
        "data/samples",
    ]);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let agg = lines
        .iter()
        .find(|v| v["id"].as_str().unwrap().ends_with("a_aggregator.txt"))
        .unwrap();
    assert_eq!(agg["relation"], "copy");
    let summary = |code: &str| {
        agg["signals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == code)
            .unwrap_or_else(|| panic!("signal {code}"))["summary"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        summary("A009"),
        "dated 2025-04-19, 13 months after its origin data/samples/a_original.html (2024-03-14)"
    );
    // Another outlet's copy, crediting no one.
    assert!(summary("A021")
        .starts_with("Vexarium republishes data/samples/a_original.html (The Harbor Ledger)"));
}

/// With every date past the crawl date (so none credible), the wire text stays the origin of the
/// page that republishes it: both carry the wire's closing "(Reporting by ...)" credit, which
/// names the republished page's authors but signs the story, not the page.
#[test]
fn a_reporters_credit_does_not_make_a_republication_the_origin() {
    let out = credence(&[
        "cluster",
        "-q",
        "--crawl-date",
        "2024-06-01",
        "data/samples/b_republished.html",
        "data/samples/n_opinion_column.html",
        "data/samples/b_wire.txt",
    ]);
    let csv = Csv::parse(&out.stdout);
    for file in ["b_republished.html", "b_wire.txt"] {
        assert_eq!(name(&csv.row(file)["origin_id"]), "b_wire.txt", "{file}");
    }
    assert_eq!(
        csv.row("b_republished.html")["relation"],
        "wire_republication"
    );
}

/// The provenance pass keeps reports in a temporary file between scoring and rescoring: the
/// values read back must be the ones written, so every signal but the batch ones (A009, A021, P003,
/// P004)
/// has the same points and value, to the last digit of the JSON text, as without
/// `--provenance`. The numbers are compared as text: parsing them could hide the difference.
#[test]
fn provenance_keeps_every_other_signal_value_exactly() {
    // Each signal's code, points and value as written (a record's keys are sorted; evidence has
    // no `points` or `value` key, and a `"` inside a string is escaped).
    fn number_after<'a>(line: &'a str, key: &str) -> &'a str {
        let at = line.find(key).expect("the key") + key.len();
        let rest = &line[at..];
        &rest[..rest.find([',', '}']).expect("the number ends")]
    }
    let signals = |args: &[&str]| -> Vec<Vec<(String, String, String)>> {
        let out = credence(args);
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                line.split("{\"axis\":")
                    .skip(1)
                    .map(|s| {
                        let code = number_after(s, "\"code\":").trim_matches('"').to_string();
                        let points = number_after(s, "\"points\":").to_string();
                        let value = number_after(s, "\"value\":").to_string();
                        (code, points, value)
                    })
                    .filter(|(code, _, _)| {
                        !matches!(code.as_str(), "A009" | "A021" | "P003" | "P004")
                    })
                    .collect()
            })
            .collect()
    };
    let plain = signals(&["score", "-q", "--format", "jsonl", "data/samples"]);
    let batch = signals(&[
        "score",
        "-q",
        "--provenance",
        "--format",
        "jsonl",
        "data/samples",
    ]);
    assert!(plain.len() >= 10 && plain.iter().all(|s| s.len() >= 3));
    assert_eq!(plain, batch);
}

#[test]
fn failed_inputs_keep_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let d = dir.path().to_str().unwrap();
    let out = credence(&["cluster", "-q", d, "data/samples/b_wire.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 2);
    assert_eq!(csv.row("empty.txt")["relation"], "");
    assert_eq!(csv.row("b_wire.txt")["relation"], "unique");
}

#[test]
fn seed_story_cluster() {
    let Some(dir) = seeds_dir() else { return };
    let out = credence(&["cluster", "-q", dir.to_str().unwrap()]);
    let csv = Csv::parse(&out.stdout);
    let row = |p: &str| csv.row(name(&seed(&dir, p))).clone();
    let story = row("000")["cluster"].clone();
    for p in ["001", "002", "003"] {
        assert_eq!(row(p)["cluster"], story, "{p} is in the story cluster");
    }
    let origin = name(&row("000")["origin_id"]).to_string();
    assert!(
        origin.starts_with("000") || origin.starts_with("001"),
        "{origin}"
    );
    let other = if origin.starts_with("000") {
        "001"
    } else {
        "000"
    };
    assert_eq!(row(other)["relation"], "copy");
    assert_eq!(row("002")["relation"], "same_event");
    assert_eq!(row("003")["relation"], "paraphrase");
    let r004 = row("004");
    assert!(
        r004["relation"] == "related" || r004["cluster"] != story,
        "004: {r004:?}"
    );
    assert_ne!(r004["relation"], "copy");
    // The AP credit is noted in 002's evidence.
    let scored =
        Csv::parse(&credence(&["score", "-q", "--provenance", dir.to_str().unwrap()]).stdout);
    let s002 = scored.row(name(&seed(&dir, "002")));
    assert!(s002["why"].contains("AP credit"), "{}", s002["why"]);
}

/// A newsroom's explainer that retells its own report is a paraphrase of it, but its rewording
/// is no finding of a machine (no P004 `batch_paraphrase`, which the `ai_generated` verdict may
/// stand on); a stranger's page retelling the report in the same words carries it.
#[test]
fn a_newsroom_retelling_its_own_report_is_no_machine_paraphrase() {
    let report = "Ferry to Skarra Island halted after hull crack found\n\
        By Ines Lothar\nNovember 18, 2026\n\n\
        KARVIK — The ferry linking Karvik with Skarra Island was taken out of service on Tuesday after \
        inspectors found a 40-centimetre crack in its hull, the Karvik Harbour Authority said.\n\n\
        The MV Sula carries about 300 passengers a day and is the island's only scheduled link. \
        A chartered fishing boat will run two crossings a day from Thursday, harbour director Pal \
        Ovrum said. \"Nobody was ever in danger,\" Ovrum said. \"The crack was found during the \
        annual survey, which is what the survey is for.\"\n\n\
        Repairs at the Halden yard are expected to take six weeks and cost about 2.1 million \
        kroner, the authority said. Islanders said the timing was poor. \"Six weeks in November \
        means six weeks of storms,\" said Marta Eik, who runs the island's shop.\n";
    let explainer = |site: &str| {
        format!(
            "{site}\n\nSkarra ferry crack: what you need to know\n\nNovember 19, 2026\n\n\
            The ferry between Karvik and Skarra Island was withdrawn on Tuesday when inspectors \
            found a 40-centimetre crack in its hull, according to the Karvik Harbour Authority.\n\n\
            The MV Sula is the only scheduled connection to the island and carries some 300 people \
            daily. From Thursday a chartered fishing boat will make two crossings each day, \
            harbour director Pal Ovrum said, adding that nobody had been in danger.\n\n\
            The repairs at the Halden yard should take around six weeks and cost roughly 2.1 \
            million kroner. Islanders, such as shopkeeper Marta Eik, worry about crossings in \
            November storms.\n"
        )
    };
    // Each retelling in a batch of its own beside the report: the two retellings are one text.
    for (site, machine) in [("Karvik Courier", false), ("Nordic Buzz Hub", true)] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a_report.txt"),
            format!("Karvik Courier\n\n{report}"),
        )
        .unwrap();
        std::fs::write(dir.path().join("b_retelling.txt"), explainer(site)).unwrap();
        let out = credence(&[
            "score",
            "-q",
            "--provenance",
            "--crawl-date",
            "2026-11-24",
            "--format",
            "jsonl",
            dir.path().to_str().unwrap(),
        ]);
        let v: serde_json::Value = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find(|v| v["id"].as_str().unwrap().ends_with("b_retelling.txt"))
            .expect("the retelling's row");
        assert_eq!(
            name(v["origin_id"].as_str().unwrap()),
            "a_report.txt",
            "{v}"
        );
        assert_eq!(v["relation"], "paraphrase", "{v}");
        let p004 = v["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["code"] == "P004");
        assert_eq!(p004, machine, "{site}: {v}");
    }
}
