//! `credence score`: documents read in input order, scored in parallel in bounded windows,
//! rows written in input order.
//!
//! The loop keeps two windows alive: while the pool scores window k, one task writes the rows
//! of window k-1 and reads window k+1 (reading and decompressing overlap scoring). Memory is
//! bounded by the window size, whatever the input's length.

use std::io::IsTerminal;

use rayon::prelude::*;

use credence::report::{CsvSink, JsonlSink, Sink, SourcesSummary, XlsxSink};
use credence::{Report, Scorer};

use crate::args::{OutputFormat, ScoreArgs};
use crate::inputs::{self, Input};
use crate::output::Destination;
use crate::progress::Progress;
use crate::stream::Units;

/// Documents read ahead per worker: enough that one slow page does not idle the other workers
/// for long at the end of a window.
const IN_FLIGHT_PER_JOB: usize = 32;
/// A window also ends once it holds this many document bytes, so a run of large pages cannot
/// grow memory (the README states the resulting bound).
const WINDOW_BYTES: usize = 32 * 1024 * 1024;

/// Rows written so far, and the side outputs that see every row.
#[derive(Default)]
struct Tally {
    rows: u64,
    failed: u64,
    xlsx: Option<XlsxSink>,
    sources: Option<SourcesSummary>,
}

/// Scores one input as one document (for `explain`).
pub fn score_input(scorer: &Scorer, input: &Input, opts: &crate::args::ScoringOptions) -> Report {
    match input.read(opts.max_doc_bytes) {
        Ok(bytes) => scorer.score(&bytes, &opts.hint(input.id())),
        Err(e) => Report::failed(input.id(), e),
    }
}

pub fn run(a: ScoreArgs) -> anyhow::Result<u8> {
    if a.provenance {
        return crate::cluster::score_with_provenance(a);
    }
    let scorer = a.batch.scoring.scorer()?;
    let inputs = inputs::expand(&a.batch.paths);
    let total_bytes = if inputs.iter().any(|i| matches!(i, Input::Stdin)) {
        None
    } else {
        Some(inputs.iter().filter_map(Input::size).sum())
    };
    let format = a.batch.output_format();
    let jobs = a.batch.worker_threads();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let n_inputs = inputs.len();
    let mut units = Units::new(
        inputs,
        a.batch.input_format,
        a.batch.jsonl.fields(),
        a.batch.scoring.clone(),
    );
    let progress = Progress::new(
        !a.batch.quiet && std::io::stderr().is_terminal(),
        total_bytes,
        units.raw_bytes.clone(),
    );
    let window = jobs * IN_FLIGHT_PER_JOB;
    crate::interrupt::install();
    let mut dest = Destination::open(a.batch.output.as_deref())?;
    let mut tally = Tally {
        xlsx: a.xlsx.as_ref().map(|_| XlsxSink::new()),
        sources: a.sources.as_ref().map(|_| SourcesSummary::new()),
        ..Tally::default()
    };
    {
        let mut sink: Box<dyn Sink + Send + '_> = match format {
            OutputFormat::Csv => Box::new(CsvSink::new(&mut dest, a.batch.excel)),
            OutputFormat::Jsonl => Box::new(JsonlSink::new(&mut dest)),
        };
        let mut written: Vec<Report> = Vec::new();
        let mut next = units.take_window(window, WINDOW_BYTES);
        while !next.is_empty() && !crate::interrupt::requested() {
            let current = std::mem::take(&mut next);
            let to_write = std::mem::take(&mut written);
            let (scored, (wrote, read)) = pool.install(|| {
                rayon::join(
                    || {
                        current
                            .into_par_iter()
                            .with_max_len(1)
                            .map(|u| u.score(&scorer))
                            .collect::<Vec<_>>()
                    },
                    || {
                        let wrote =
                            write_rows(&mut *sink, &to_write, &mut tally, &progress, a.batch.quiet);
                        (wrote, units.take_window(window, WINDOW_BYTES))
                    },
                )
            });
            wrote?;
            next = read;
            written = scored;
            progress.update(tally.rows);
        }
        write_rows(&mut *sink, &written, &mut tally, &progress, a.batch.quiet)?;
        sink.finish()?;
    }
    if crate::interrupt::requested() {
        return crate::interrupt::finish(dest, tally.rows, n_inputs);
    }
    dest.commit()?;
    if let (Some(path), Some(book)) = (&a.xlsx, tally.xlsx.take()) {
        let mut d = Destination::open(Some(path))?;
        std::io::Write::write_all(&mut d, &book.to_buffer()?)?;
        d.commit()?;
    }
    if let (Some(path), Some(summary)) = (&a.sources, tally.sources.take()) {
        let mut d = Destination::open(Some(path))?;
        summary.write_csv(&mut d)?;
        d.commit()?;
    }
    let secs = progress.finish();
    if !a.batch.quiet {
        let s = units.skipped;
        let mut line = format!(
            "credence: {} documents, {} errors, {} skipped ({} not HTML, {} status not 200)",
            tally.rows,
            tally.failed,
            s.not_html + s.not_ok,
            s.not_html,
            s.not_ok
        );
        if s.not_response > 0 {
            line += &format!(", {} WARC records that are not responses", s.not_response);
        }
        line += &format!(
            ", {secs:.1}s, {:.0} docs/s",
            tally.rows as f64 / secs.max(1e-9)
        );
        eprintln!("{line}");
    }
    Ok(if tally.failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}

/// Writes rows in order, reporting each failed one on stderr (unless quiet).
fn write_rows(
    sink: &mut (dyn Sink + Send + '_),
    reports: &[Report],
    tally: &mut Tally,
    progress: &Progress,
    quiet: bool,
) -> std::io::Result<()> {
    for r in reports {
        if let Some(e) = &r.error {
            tally.failed += 1;
            if !quiet {
                progress.println(&format!("credence: {}: {e}", r.id));
            }
        }
        sink.write(r)?;
        if let Some(x) = tally.xlsx.as_mut() {
            x.write(r)?;
        }
        if let Some(s) = tally.sources.as_mut() {
            s.add(r);
        }
        tally.rows += 1;
    }
    Ok(())
}
