//! Side outputs of `credence score`: the Excel workbook and the per-source summary.

use std::io::Read;

use crate::util::{credence, Csv};

/// One part of a workbook (a zip), as text.
pub fn xlsx_part(path: &std::path::Path, name: &str) -> String {
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("an xlsx is a zip");
    let mut part = zip
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the workbook"));
    let mut s = String::new();
    part.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn workbook_has_three_sheets_and_no_formulas_from_input() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("evil.txt");
    std::fs::write(&doc, "=HYPERLINK(\"http://x.example\",\"y\") storm hits harbor town\n\nThe storm hit the harbor town on Monday, officials said, and boats were lost.\n").unwrap();
    let book = dir.path().join("scores.xlsx");
    let out = credence(&[
        "score",
        "-q",
        "data/samples",
        doc.to_str().unwrap(),
        "-o",
        dir.path().join("s.csv").to_str().unwrap(),
        "--xlsx",
        book.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workbook = xlsx_part(&book, "xl/workbook.xml");
    for sheet in ["Scores", "Columns", "Sources"] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "{sheet} sheet"
        );
    }
    let sheet1 = xlsx_part(&book, "xl/worksheets/sheet1.xml");
    assert!(
        !sheet1.contains("<f>"),
        "no cell of the scores sheet is a formula"
    );
    assert!(
        sheet1.contains("<pane") && sheet1.contains("autoFilter"),
        "frozen header and autofilter"
    );
    assert!(
        sheet1.contains("colorScale"),
        "colour scales on risks and credibility"
    );
    let strings = xlsx_part(&book, "xl/sharedStrings.xml");
    assert!(
        strings.contains("<t>=HYPERLINK(\"http://x.example\",\"y\") storm hits harbor town</t>"),
        "the title is kept as a string"
    );
}

#[test]
fn sources_summary_worst_first() {
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("sources.csv");
    let out = credence(&[
        "score",
        "-q",
        "data/samples",
        "-o",
        dir.path().join("s.csv").to_str().unwrap(),
        "--sources",
        sources.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let csv = Csv::parse(&std::fs::read(&sources).unwrap());
    assert_eq!(
        &csv.header[..3],
        ["source", "documents", "mean_credibility"]
    );
    let means: Vec<f64> = csv
        .rows
        .iter()
        .map(|r| r["mean_credibility"].parse().unwrap())
        .collect();
    assert!(
        means.windows(2).all(|w| w[0] <= w[1]),
        "sorted worst first: {means:?}"
    );
    assert_eq!(
        csv.rows[0]["share_aggregator_spam"], "1.00",
        "the aggregator's brand is the worst source"
    );
    let total: usize = csv
        .rows
        .iter()
        .map(|r| r["documents"].parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, 16);
}
