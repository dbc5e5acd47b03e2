//! The team's fixtures in `data/samples` against their expected fields (`EXPECTED.toml`).

use crate::util::{credence, Csv};

fn expected() -> toml::Table {
    let text = std::fs::read_to_string(crate::util::root().join("data/samples/EXPECTED.toml"))
        .expect("EXPECTED.toml");
    let t: toml::Table = text.parse().expect("valid TOML");
    t["files"].as_table().expect("[files]").clone()
}

fn got_field(row: &std::collections::HashMap<String, String>, key: &str) -> String {
    match key {
        "published" => row["published"].chars().take(10).collect(),
        "dateline" => row["dateline"].split(',').next().unwrap_or("").to_string(),
        "canonical_url" => row["canonical_url"].trim_end_matches('/').to_string(),
        _ => row[key].clone(),
    }
}

fn want_field(e: &toml::Table, key: &str) -> String {
    match e.get(key) {
        Some(toml::Value::String(s)) if key == "canonical_url" => {
            s.trim_end_matches('/').to_string()
        }
        Some(toml::Value::String(s)) => s.clone(),
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}

#[test]
fn extraction_fields_match_expected() {
    let out = credence(&["score", "-q", "data/samples"]);
    let csv = Csv::parse(&out.stdout);
    let exp = expected();
    assert_eq!(csv.rows.len(), exp.len(), "one row per fixture");
    let mut misses = Vec::new();
    for (name, e) in &exp {
        let e = e.as_table().unwrap();
        let row = csv.row(name);
        assert_eq!(row["error"], "", "{name}");
        for key in [
            "title",
            "published",
            "bylines",
            "agency",
            "dateline",
            "canonical_url",
        ] {
            let (got, want) = (got_field(row, key), want_field(e, key));
            if got != want {
                misses.push(format!("{name} {key}: got {got:?}, want {want:?}"));
            }
        }
    }
    assert!(
        misses.is_empty(),
        "extraction misses:\n{}",
        misses.join("\n")
    );
}

/// Verdicts and site names are judgement calls; the floor is what the current heuristics reach
/// (n_chatbot_leak's brand stands only in a "Posted by" line). A regression below it fails.
/// The verdicts are the folder's as a batch: c_copy.txt, a hard-wrapped text like any scraped
/// page, is a copy because its original is beside it (`--provenance`).
#[test]
fn verdicts_and_site_names_reach_the_floor() {
    let out = credence(&["score", "-q", "--provenance", "data/samples"]);
    let csv = Csv::parse(&out.stdout);
    let exp = expected();
    for (key, floor) in [("verdict", 16), ("site_name", 15)] {
        let mut right = 0;
        let mut misses = Vec::new();
        for (name, e) in &exp {
            let (got, want) = (
                got_field(csv.row(name), key),
                want_field(e.as_table().unwrap(), key),
            );
            if got == want {
                right += 1;
            } else {
                misses.push(format!("{name}: got {got:?}, want {want:?}"));
            }
        }
        eprintln!("{key}: {right}/{} right; misses: {misses:?}", exp.len());
        assert!(
            right >= floor,
            "{key}: {right}/{} right, floor {floor}; misses:\n{}",
            exp.len(),
            misses.join("\n")
        );
    }
}

#[test]
fn hard_negatives_are_not_flagged() {
    let out = credence(&["score", "-q", "data/samples"]);
    let csv = Csv::parse(&out.stdout);
    for name in [
        "a_original.html",
        "n_opinion_column.html",
        "n_wire_brief.txt",
        "c_local_original.html",
        "n_non_english.html",
    ] {
        let row = csv.row(name);
        assert!(
            !matches!(row["verdict"].as_str(), "aggregator_spam" | "ai_generated"),
            "{name}: {row:?}"
        );
    }
    // The short brief abstains on the AI axis rather than calling it clean.
    let brief = csv.row("n_wire_brief.txt");
    assert_eq!(brief["ai_risk"], "");
    assert!(brief["why"].contains("not computed"));
}
