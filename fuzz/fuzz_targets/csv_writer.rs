//! The CSV writer on a report built from fuzzed strings: every row reads back with the header's
//! field count, every text cell comes back as written after neutralisation, and no cell that a
//! spreadsheet would evaluate as a formula survives.
#![no_main]

use credence::extract::{Byline, Extraction, UrlRef};
use credence::provenance::{Placement, Relation};
use credence::report::{neutralise, CsvSink, JsonlSink, Report, Sink};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Fields separated by 0xFF (never valid UTF-8, so never inside a field after lossy decoding).
    let fields: Vec<String> = data
        .split(|&b| b == 0xFF)
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    let field = |i: usize| fields.get(i).cloned().unwrap_or_default();
    let failed = Report::failed(field(0), field(1));
    let extraction = Extraction {
        title: Some(field(2)),
        site_name: Some(field(3)),
        bylines: vec![Byline {
            name: field(4),
            source: "byline_line".into(),
            line: Some(1),
        }],
        urls: vec![UrlRef {
            url: field(5),
            line: None,
            repaired: false,
        }],
        canonical_url: Some(field(6)),
        language: Some(field(7)),
        ..Extraction::default()
    };
    let extracted = Report {
        id: field(8),
        error: None,
        format: None,
        encoding: None,
        extraction: Some(extraction),
        assessment: None,
        diagnostics: vec![field(9)],
        // The provenance columns carry another document's id, as fuzzed as this one's.
        provenance: Some(Placement {
            cluster: 1,
            cluster_size: 2,
            origin_id: field(10),
            origin: 0,
            relation: Relation::Copy,
            similarity: Some(0.9),
            why: field(11),
            date_lag: None,
            uncredited: Some(field(12)),
            same_outlet: false,
        }),
    };

    let mut out = Vec::new();
    {
        let mut sink = CsvSink::new(&mut out, false).with_provenance_columns();
        sink.write(&failed).unwrap();
        sink.write(&extracted).unwrap();
        sink.finish().unwrap();
    }
    let mut rdr = csv::Reader::from_reader(&out[..]);
    let header = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2, "two rows written, {} read back", rows.len());
    for r in &rows {
        assert_eq!(r.len(), header.len());
        for cell in r.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell == "-" || cell == "+",
                "formula cell survived: {cell:?}"
            );
        }
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][col("id")], neutralise(&field(0)));
    assert_eq!(&rows[0][col("error")], neutralise(&field(1)));
    assert_eq!(&rows[1][col("title")], neutralise(&field(2)));
    assert_eq!(&rows[1][col("site_name")], neutralise(&field(3)));
    assert_eq!(&rows[1][col("bylines")], neutralise(&field(4)));
    assert_eq!(&rows[1][col("origin_id")], neutralise(&field(10)));

    // JSON Lines keeps the raw values and one object per line.
    let mut out = Vec::new();
    {
        let mut sink = JsonlSink::new(&mut out);
        sink.write(&failed).unwrap();
        sink.write(&extracted).unwrap();
        sink.finish().unwrap();
    }
    let lines: Vec<&[u8]> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 2);
    let v: serde_json::Value = serde_json::from_slice(lines[1]).unwrap();
    assert_eq!(v["title"].as_str(), Some(field(2).as_str()));
});
