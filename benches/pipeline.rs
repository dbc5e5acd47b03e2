//! Micro-benchmarks (divan) of the stages of scoring one document, on the team's fixtures in
//! `data/samples`: reading and extraction, the heuristics (`assess`, and each signal family
//! alone), the CSV writer, and the WARC and JSON Lines readers. Not run by `cargo test`; run
//! with `cargo bench`.

use std::path::PathBuf;

use credence::extract::{self, Hint};
use credence::heuristics::Heuristics;
use credence::report::{CsvSink, Sink};
use credence::{Policy, Report, Scorer};

fn main() {
    divan::main();
}

/// The fixtures' (name, bytes), sorted by name.
fn samples() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("data/samples")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let name = p.file_name()?.to_str()?.to_string();
            (name.ends_with(".txt") || name.ends_with(".html"))
                .then(|| (name, std::fs::read(&p).expect("readable")))
        })
        .filter(|(n, _)| n != "README.md")
        .collect();
    out.sort();
    out
}

fn hint(name: &str) -> Hint {
    Hint {
        format: credence::Hint::format_from_path(name),
        ..Hint::default()
    }
}

/// The fixtures read and extracted, for the benches of the heuristics.
fn extracted() -> Vec<(extract::Document, extract::Extraction)> {
    samples()
        .iter()
        .map(|(name, b)| {
            let h = hint(name);
            let doc = extract::read(b, &h).expect("a text document");
            let x = extract::extract(&doc, &h);
            (doc, x)
        })
        .collect()
}

/// Decoding and extraction of every fixture (one iteration = all of them).
#[divan::bench]
fn extract_all(bencher: divan::Bencher) {
    let docs = samples();
    let bytes: usize = docs.iter().map(|(_, b)| b.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            for (name, b) in &docs {
                let h = hint(name);
                let doc = extract::read(divan::black_box(b), &h).expect("a text document");
                divan::black_box(extract::extract(&doc, &h));
            }
        });
}

/// The heuristics on already extracted fixtures.
#[divan::bench]
fn assess_all(bencher: divan::Bencher) {
    let heuristics = Heuristics::new(Policy::default());
    let extracted = extracted();
    bencher.bench(|| {
        for (doc, x) in &extracted {
            divan::black_box(heuristics.assess(doc, x));
        }
    });
}

/// Each signal family alone on the extracted fixtures: `context` measures no signal (the
/// article's sentences, words and types every family shares), `A` the aggregator signals, `B`
/// the AI-text signals, `P` provenance, `R` source reputation. A family's own cost is its time
/// minus `context`'s.
#[divan::bench(args = ["context", "A", "B", "P", "R"])]
fn signal_family(bencher: divan::Bencher, family: &str) {
    let heuristics = Heuristics::new(Policy::default());
    let extracted = extracted();
    bencher.bench(|| {
        for (doc, x) in &extracted {
            divan::black_box(heuristics.measure_selected(doc, x, |s| s.code.starts_with(family)));
        }
    });
}

/// Writing the fixtures' reports as CSV rows (100 rows an iteration).
#[divan::bench]
fn csv_rows(bencher: divan::Bencher) {
    let scorer = Scorer::new(credence::Config::default());
    let reports: Vec<Report> = samples()
        .iter()
        .map(|(name, b)| scorer.score(b, &credence::Hint::new(name.clone())))
        .collect();
    bencher.bench(|| {
        let mut out = Vec::with_capacity(1 << 20);
        let mut sink = CsvSink::new(&mut out, false);
        for r in reports.iter().cycle().take(100) {
            sink.write(r).expect("writes to memory");
        }
        sink.finish().expect("flushes");
        drop(sink);
        divan::black_box(out.len())
    });
}

/// A WARC of the HTML fixtures, one gzip member per record, 50 copies.
fn warc_gz() -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::new();
    for i in 0..50 {
        for (name, b) in samples().iter().filter(|(n, _)| n.ends_with(".html")) {
            let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec();
            http.extend_from_slice(b);
            let mut rec = format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:{i}:{name}>\r\nContent-Length: {}\r\n\r\n",
                http.len()
            )
            .into_bytes();
            rec.extend(http);
            rec.extend_from_slice(b"\r\n\r\n");
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(&rec).expect("in memory");
            out.extend(e.finish().expect("in memory"));
        }
    }
    out
}

/// Reading (gunzip and parse) a per-record-gzip WARC; the counter is compressed bytes.
#[divan::bench]
fn warc_gz_read(bencher: divan::Bencher) {
    let bytes = warc_gz();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| divan::black_box(credence_sources::parse_warc_stream(&bytes).len()));
}
