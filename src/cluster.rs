//! `credence cluster` and `credence score --provenance`: the batch pass. Inputs are scored in
//! parallel as for `score`; each report's provenance sketch is kept (about 1 KB) and the report
//! itself, without its article text, goes to an anonymous temporary file. Once every input is
//! scored the sketches are clustered, and the reports are read back in input order, given their
//! placement, scored again with it and written.

use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

use rayon::prelude::*;

use credence::provenance::{cluster, ClusterConfig};
use credence::report::{ClusterCsvSink, ClusterJsonlSink, CsvSink, JsonlSink, Sink};

use crate::args::{BatchArgs, ClusterArgs, OutputFormat, ScoreArgs, UsageError};
use crate::inputs::{self, Input};
use crate::output::{Output, SideOutputs};

/// Inputs in flight at once per worker, as in `score`.
const IN_FLIGHT_PER_JOB: usize = 8;
/// A window also ends once it holds this many document bytes (as in `score`).
const WINDOW_BYTES: usize = 32 * 1024 * 1024;

/// Scores, clusters and writes every input; returns the exit status.
fn run_batch(
    b: &BatchArgs,
    outputs: &[(&'static str, Option<&std::path::Path>)],
    sink: &mut dyn Sink,
    mut side: Option<&mut SideOutputs>,
) -> anyhow::Result<u8> {
    let scorer = b.scoring.scorer()?;
    let inputs: Vec<Input> = inputs::expand(&b.paths, b.quiet);
    crate::output::refuse_overlaps(&inputs, outputs)?;
    let jobs = b.worker_threads();
    // WARC and JSON Lines inputs hold many documents: read them as the score command does.
    let mut units =
        crate::stream::Units::new(inputs, b.input_format, b.jsonl.fields(), b.scoring.clone());
    let mut documents = 0usize;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let started = std::time::Instant::now();
    let mut spill = BufWriter::new(tempfile::tempfile()?);
    let mut sketches = Vec::new();
    let mut failed = 0usize;
    loop {
        let chunk = units.take_window(jobs * IN_FLIGHT_PER_JOB, WINDOW_BYTES);
        if chunk.is_empty() {
            break;
        }
        documents += chunk.len();
        let scored: Vec<(credence::Report, credence::provenance::DocSketch)> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|u| {
                    let mut r = u.score(&scorer);
                    let sketch = scorer.sketch(&r);
                    // The text is in the sketch now; the rows do not need it.
                    if let Some(x) = r.extraction.as_mut() {
                        x.body_text = String::new();
                        x.body_lines = Vec::new();
                    }
                    (r, sketch)
                })
                .collect()
        });
        for (r, sketch) in scored {
            if let Some(e) = &r.error {
                failed += 1;
                if !b.quiet {
                    let line = format!("credence: {}: {e}", r.id);
                    eprintln!("{}", crate::output::terminal_safe(&line));
                }
            }
            serde_json::to_writer(&mut spill, &r)?;
            spill.write_all(b"\n")?;
            sketches.push(sketch);
        }
    }
    let scored_in = started.elapsed().as_secs_f64();
    let sketch_bytes: usize = sketches.iter().map(|s| s.heap_bytes()).sum();
    let placements = cluster(&sketches, &ClusterConfig::default());
    let clusters = placements.iter().map(|p| p.cluster).max().unwrap_or(0);
    drop(sketches);
    let clustered_in = started.elapsed().as_secs_f64() - scored_in;
    let mut file = spill.into_inner().map_err(|e| e.into_error())?;
    file.rewind()?;
    let mut lines = BufReader::new(file).lines();
    for placement in placements {
        let line = lines
            .next()
            .ok_or_else(|| anyhow::anyhow!("the temporary file of scored reports is short"))??;
        let mut report: credence::Report = serde_json::from_str(&line)?;
        scorer.apply_provenance(&mut report, placement);
        sink.write(&report)?;
        if let Some(side) = side.as_mut() {
            side.add(&report);
        }
    }
    sink.finish()?;
    if !b.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "credence: {} documents, {failed} errors, {clusters} clusters; scored in {scored_in:.1}s, clustered in {clustered_in:.1}s, {secs:.1}s in all; sketches {:.0} bytes a document",
            documents,
            sketch_bytes as f64 / documents.max(1) as f64
        );
    }
    Ok(if failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}

/// `credence score --provenance`.
pub fn score_with_provenance(a: ScoreArgs) -> anyhow::Result<u8> {
    let excel = a.batch.excel;
    let side = SideOutputs::open(a.xlsx.as_deref(), a.sources.as_deref())?;
    write_batch(
        &a.batch,
        &a.outputs(),
        Some(side),
        |dest, format| match format {
            OutputFormat::Csv | OutputFormat::Xlsx => {
                Box::new(CsvSink::new(dest, excel).with_provenance_columns())
            }
            OutputFormat::Jsonl => Box::new(JsonlSink::new(dest)),
        },
    )
}

/// `credence cluster`.
pub fn run(a: ClusterArgs) -> anyhow::Result<u8> {
    let excel = a.batch.excel;
    let outputs = [("-o", a.batch.output.as_deref())];
    write_batch(&a.batch, &outputs, None, |dest, format| match format {
        OutputFormat::Csv | OutputFormat::Xlsx => Box::new(ClusterCsvSink::new(dest, excel)),
        OutputFormat::Jsonl => Box::new(ClusterJsonlSink::new(dest)),
    })
}

/// Runs the batch into the sink `sink_for` makes for the output's format, and commits the
/// output once every row is written, then the side outputs (`--xlsx`, `--sources`).
fn write_batch(
    b: &BatchArgs,
    outputs: &[(&'static str, Option<&std::path::Path>)],
    mut side: Option<SideOutputs>,
    sink_for: impl for<'d> FnOnce(&'d mut Output, OutputFormat) -> Box<dyn Sink + 'd>,
) -> anyhow::Result<u8> {
    let format = b.output_format();
    if format == OutputFormat::Xlsx {
        // The workbook has no provenance columns: refused rather than written without them.
        return Err(UsageError(format!(
            "-o '{}': this command writes CSV or JSON Lines (a workbook comes from `credence score` without --provenance); name the output .csv or .jsonl",
            b.output.as_deref().unwrap_or(std::path::Path::new("-")).display()
        ))
        .into());
    }
    let mut dest = Output::open(b.output.as_deref())?;
    let code = {
        let mut sink = sink_for(&mut dest, format);
        run_batch(b, outputs, sink.as_mut(), side.as_mut())?
    };
    dest.commit()?;
    if let Some(side) = side {
        side.commit()?;
    }
    Ok(code)
}
