//! Regression tests for bugs found by fuzzing (fuzz/), each with its minimised input.

use credence_extract::Extraction;
use credence_report::{CsvSink, Report, Sink};

fn csv_row(report: &Report) -> (csv::StringRecord, csv::StringRecord) {
    let mut out = Vec::new();
    {
        let mut sink = CsvSink::new(&mut out, false);
        sink.write(report).unwrap();
        sink.finish().unwrap();
    }
    let mut rdr = csv::Reader::from_reader(&out[..]);
    let header = rdr.headers().unwrap().clone();
    let row = rdr.records().next().unwrap().unwrap();
    (header, row)
}

/// fuzz/csv_writer: the `language` cell was written raw. It comes from `<html lang>` when the text
/// is too short to detect, so a page with `<html lang="=1">` put a formula cell in the CSV.
#[test]
fn language_cell_is_neutralised() {
    for lang in ["\rx", "=1", "+1", "@x", "-1"] {
        let report = Report {
            extraction: Some(Extraction {
                language: Some(lang.into()),
                ..Extraction::default()
            }),
            ..Report::failed("a.html", "")
        };
        let (header, row) = csv_row(&Report {
            error: None,
            ..report
        });
        let col = header.iter().position(|h| h == "language").unwrap();
        assert_eq!(&row[col], format!("'{lang}"));
    }
}
