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

/// A writer whose reader went away, as stdout under `credence score | head -1`.
struct ClosedPipe;

impl std::io::Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
}

/// tests/interrupt.rs (`broken_pipe_exits_quietly`): the CSV writer turned a closed pipe into an
/// `Other` error, so the binary printed "Broken pipe" and exited 3 instead of ending quietly with
/// 0. Both writers now keep the error's kind.
#[test]
fn a_closed_pipe_stays_a_broken_pipe_error() {
    let report = Report::failed("a.txt", "x".repeat(1000));
    let mut sink = CsvSink::new(ClosedPipe, false);
    let err = (0..100)
        .map(|_| sink.write(&report))
        .find_map(Result::err)
        .expect("the csv buffer fills and the write fails");
    assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe);
    let mut sink = credence_report::JsonlSink::new(ClosedPipe);
    assert_eq!(
        sink.write(&report).unwrap_err().kind(),
        std::io::ErrorKind::BrokenPipe
    );
}
