//! The five seed documents in `../shared/seeds` (read in place, never copied): the fields issue #2
//! names and the verdicts the seeds define. Skipped with a printed reason when the folder is absent.

use crate::util::{credence, seed, seeds_dir, Csv};

#[test]
fn seed_extraction() {
    let Some(dir) = seeds_dir() else { return };
    let out = credence(&["score", "-q", dir.to_str().unwrap()]);
    let csv = Csv::parse(&out.stdout);
    assert_eq!(csv.rows.len(), 5);
    let s001 = csv.row(seed(&dir, "001").rsplit('/').next().unwrap());
    assert_eq!(s001["published"], "2023-11-23");
    // The URL is wrapped over the two lines after "Original url:"; joined, it is the expected
    // value (read from the seed rather than written here: the seeds are someone else's text).
    let text = std::fs::read_to_string(seed(&dir, "001")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Original url"))
        .expect("Original url line");
    let wrapped = format!("{}{}", lines[at + 1].trim(), lines[at + 2].trim());
    assert!(
        wrapped.starts_with("https://www.themoscowtimes.com/2023/11/23/")
            && wrapped.ends_with("-a83205")
    );
    assert!(
        s001["urls"].split(' ').any(|u| u == wrapped),
        "{}",
        s001["urls"]
    );
    assert_eq!(s001["canonical_url"], wrapped);
    assert!(
        s001["title"].starts_with("Kremlin Says"),
        "{}",
        s001["title"]
    );
    let s002 = csv.row(seed(&dir, "002").rsplit('/').next().unwrap());
    assert_eq!(s002["agency"], "AP");
    assert_eq!(s002["dateline"], "MOSCOW");
    assert!(s002["published"].starts_with("2025-04-05"));
    assert!(s002["title"].starts_with("Armenia"), "{}", s002["title"]);
}

#[test]
fn seed_blocks_credits_and_words() {
    let Some(dir) = seeds_dir() else { return };
    let extract = |prefix: &str| -> serde_json::Value {
        let out = credence(&["extract", &seed(&dir, prefix)]);
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let x001 = &extract("001")["extraction"];
    assert_eq!(
        x001["photo_credits"].as_array().unwrap().len(),
        1,
        "{}",
        x001["photo_credits"]
    );
    assert!(x001["photo_credits"][0]["text"]
        .as_str()
        .unwrap()
        .contains(" / "));
    let x002 = &extract("002")["extraction"];
    assert!(x002["contributors"][0]["text"]
        .as_str()
        .unwrap()
        .contains("contributed to this report"));
    let headings: Vec<&str> = x002["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "headline_list")
        .filter_map(|b| b["heading"].as_str())
        .collect();
    assert_eq!(headings, ["Related", "Ranking", "Recommendation"]);
    let x000 = &extract("000")["extraction"];
    let appeal = x000["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "appeal")
        .expect("appeal block");
    assert!(appeal["end_line"].as_u64().unwrap() > appeal["start_line"].as_u64().unwrap());
    let body = x000["body_text"].as_str().unwrap();
    assert!(!body.contains("Dear readers") && !body.contains("Remind me later"));
    assert!(
        x000["words"].as_u64().unwrap() < 300,
        "the appeal is not counted"
    );
}

#[test]
fn seed_verdicts() {
    let Some(dir) = seeds_dir() else { return };
    let out = credence(&["score", "-q", dir.to_str().unwrap()]);
    let csv = Csv::parse(&out.stdout);
    let row = |p: &str| csv.row(seed(&dir, p).rsplit('/').next().unwrap()).clone();
    assert_eq!(row("000")["verdict"], "original");
    assert_eq!(row("001")["verdict"], "copy");
    assert_eq!(row("002")["verdict"], "aggregator_spam");
    assert!(row("002")["why"].contains("unrelated"));
    let ai = |p: &str| row(p)["ai_risk"].parse::<f64>().unwrap();
    for p in ["003", "004"] {
        assert_eq!(row(p)["verdict"], "ai_generated", "{p}");
        for human in ["000", "001", "002"] {
            assert!(ai(p) > ai(human), "{p} ai risk above {human}");
        }
    }
    let s004 = out.stdout.clone();
    assert!(String::from_utf8(s004)
        .unwrap()
        .contains("Exit mobile version"));
}
