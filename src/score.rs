//! `credence score`: inputs scored in parallel, rows written in input order.

use rayon::prelude::*;

use credence::report::{CsvSink, JsonlSink, Sink};
use credence::Scorer;

use crate::args::{OutputFormat, ScoreArgs};
use crate::inputs::{self, Input};
use crate::output::Destination;

/// Inputs in flight at once per worker: enough to keep every core busy, small enough that memory
/// stays bounded however many inputs there are.
const IN_FLIGHT_PER_JOB: usize = 8;

/// Scores one input into its report.
pub fn score_input(
    scorer: &Scorer,
    input: &Input,
    opts: &crate::args::ScoringOptions,
) -> credence::Report {
    match input.read(opts.max_doc_bytes) {
        Ok(bytes) => scorer.score(&bytes, &opts.hint(input.id())),
        Err(e) => credence::Report::failed(input.id(), e),
    }
}

pub fn run(a: ScoreArgs) -> anyhow::Result<u8> {
    let scorer = Scorer::new(a.scoring.config()?);
    let inputs = inputs::expand(&a.paths);
    let format = a.format.unwrap_or_else(|| {
        match a
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
        {
            Some("jsonl") | Some("json") | Some("ndjson") => OutputFormat::Jsonl,
            _ => OutputFormat::Csv,
        }
    });
    let jobs = a
        .jobs
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    crate::interrupt::install();
    let mut dest = Destination::open(a.output.as_deref())?;
    let started = std::time::Instant::now();
    let (mut done, mut failed) = (0usize, 0usize);
    {
        let mut sink: Box<dyn Sink + '_> = match format {
            OutputFormat::Csv => Box::new(CsvSink::new(&mut dest, a.excel)),
            OutputFormat::Jsonl => Box::new(JsonlSink::new(&mut dest)),
        };
        for chunk in inputs.chunks(jobs * IN_FLIGHT_PER_JOB) {
            if crate::interrupt::requested() {
                break;
            }
            let reports: Vec<credence::Report> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|i| score_input(&scorer, i, &a.scoring))
                    .collect()
            });
            for r in &reports {
                if let Some(e) = &r.error {
                    failed += 1;
                    if !a.quiet {
                        eprintln!("credence: {}: {e}", r.id);
                    }
                }
                sink.write(r)?;
                done += 1;
            }
        }
        sink.finish()?;
    }
    if crate::interrupt::requested() {
        return crate::interrupt::finish(dest, done, inputs.len());
    }
    dest.commit()?;
    if !a.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "credence: {done} documents, {failed} errors, {:.1}s ({:.0} docs/s)",
            secs,
            done as f64 / secs.max(1e-9)
        );
    }
    Ok(if failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}
