//! `credence score`: documents read in input order, scored in parallel, rows written in input
//! order.
//!
//! One thread reads (and decompresses), the workers score, the main thread writes (see
//! [`pipeline`]). Memory is bounded by the window size, whatever the input's length: at most two
//! windows of documents are between reading and writing.

use std::io::IsTerminal;

use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

use credence::report::{CsvSink, JsonlSink, Sink, XlsxWriter};
use credence::{Report, Scorer};

use crate::args::{OutputFormat, ScoreArgs};
use crate::inputs::{self, Input};
use crate::output::{Output, SideOutputs};
use crate::progress::Progress;
use crate::stream::{Unit, Units};

/// Documents per worker in a window: the pipeline holds up to two windows between reading and
/// writing, so that one slow page, whose row holds back the rows after it, does not idle the
/// other workers for long.
const IN_FLIGHT_PER_JOB: usize = 32;
/// A window is also at most this many document bytes, so a run of large pages cannot grow
/// memory (the README states the resulting bound).
const WINDOW_BYTES: usize = 32 * 1024 * 1024;

/// Rows written so far, and the side outputs that see every row.
struct Tally {
    rows: u64,
    failed: u64,
    side: SideOutputs,
}

pub fn run(a: ScoreArgs) -> anyhow::Result<u8> {
    if a.provenance {
        return crate::cluster::score_with_provenance(a);
    }
    let scorer = a.batch.scoring.scorer()?;
    let inputs = inputs::expand(&a.batch.paths, a.batch.quiet);
    crate::output::refuse_overlaps(&inputs, &a.outputs())?;
    let show_progress = !a.batch.quiet && std::io::stderr().is_terminal();
    // The bar's total, asked of the file system (a `stat` a file) only when the bar is shown.
    let total_bytes = if !show_progress || inputs.iter().any(|i| matches!(i, Input::Stdin)) {
        None
    } else {
        Some(inputs.iter().filter_map(Input::size).sum())
    };
    let format = a.batch.output_format();
    let jobs = a.batch.worker_threads();
    let n_inputs = inputs.len();
    let mut units = Units::new(
        inputs,
        a.batch.input_format,
        a.batch.jsonl.fields(),
        a.batch.scoring.clone(),
    );
    let progress = Progress::new(show_progress, total_bytes, units.raw_bytes.clone());
    let window = jobs * IN_FLIGHT_PER_JOB;
    crate::interrupt::install();
    let mut dest = Output::open(a.batch.output.as_deref())?;
    let mut tally = Tally {
        rows: 0,
        failed: 0,
        side: SideOutputs::open(a.xlsx.as_deref(), a.sources.as_deref())?,
    };
    {
        let mut sink: Box<dyn Sink + '_> = match format {
            OutputFormat::Csv => Box::new(CsvSink::new(&mut dest, a.batch.excel)),
            OutputFormat::Jsonl => Box::new(JsonlSink::new(&mut dest)),
            OutputFormat::Xlsx => Box::new(XlsxWriter::new(&mut dest)),
        };
        let limits = Limits {
            docs: window,
            bytes: WINDOW_BYTES,
        };
        pipeline(&mut units, &scorer, jobs, limits, |report| {
            write_rows(
                &mut *sink,
                std::slice::from_ref(&report),
                &mut tally,
                &progress,
                a.batch.quiet,
            )?;
            progress.update(tally.rows);
            Ok(())
        })?;
        sink.finish()?;
    }
    if crate::interrupt::requested() {
        return crate::interrupt::finish(dest.into_destination()?, tally.rows, n_inputs);
    }
    dest.commit()?;
    // After the main output is safe: a side output's failure must not cost the rows.
    let side = tally.side.commit();
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
    side?;
    Ok(if tally.failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}

/// Writes rows in order, reporting each failed one on stderr (unless quiet).
fn write_rows(
    sink: &mut (dyn Sink + '_),
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
        tally.side.add(r);
        tally.rows += 1;
    }
    Ok(())
}

/// How much the pipeline may hold between reading a document and writing its row.
#[derive(Clone, Copy)]
struct Limits {
    /// Documents read and not yet written (one window).
    docs: usize,
    /// Their document bytes (one window's worth).
    bytes: usize,
}

/// Documents read and not yet written, shared by the reader (which adds) and the writer (which
/// takes away), with the stop flag the writer raises when it fails.
#[derive(Default)]
struct InFlight {
    docs: usize,
    bytes: usize,
    stop: bool,
}

/// The reader's credit: it waits while the documents between reading and writing fill the
/// window twice over, and goes on once they are down to one window, so it wakes once per
/// window's worth of written rows rather than once a row.
struct Credit {
    state: Mutex<InFlight>,
    room: Condvar,
    limits: Limits,
}

impl Credit {
    fn full(&self, s: &InFlight) -> bool {
        s.docs >= 2 * self.limits.docs || (s.docs > 0 && s.bytes >= 2 * self.limits.bytes)
    }

    fn low(&self, s: &InFlight) -> bool {
        s.docs <= self.limits.docs && s.bytes <= self.limits.bytes
    }

    /// Waits for room for one more document; false when the writer stopped.
    fn acquire(&self) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if self.full(&s) {
            while !s.stop && !self.low(&s) {
                s = self.room.wait(s).unwrap_or_else(|e| e.into_inner());
            }
        }
        !s.stop
    }

    fn add(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.docs += 1;
        s.bytes += bytes;
    }

    fn release(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let was_low = self.low(&s);
        s.docs -= 1;
        s.bytes -= bytes;
        if !was_low && self.low(&s) {
            self.room.notify_all();
        }
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).stop = true;
        self.room.notify_all();
    }
}

/// Scores `units` on `jobs` worker threads and hands the reports to `write` in input order.
///
/// One thread reads (and decompresses) documents, `jobs` threads score them, and the calling
/// thread writes the rows, reordering the reports by their place in the input. Documents flow
/// one at a time rather than in windows that all end together: a window of scoring ended with
/// the slowest page of the window while the other workers waited, and the reading and writing ran
/// on a scoring thread. Memory stays bounded: at most two windows of documents (by count and by
/// bytes, plus the one document that crosses the byte limit) are read and not yet written. After
/// Ctrl-C the reader stops; the documents already read are scored and written. When `write`
/// fails, reading stops, the workers finish the documents in hand, and its error is returned.
fn pipeline<W>(
    units: &mut Units,
    scorer: &Scorer,
    jobs: usize,
    limits: Limits,
    mut write: W,
) -> std::io::Result<()>
where
    W: FnMut(Report) -> std::io::Result<()>,
{
    let credit = Credit {
        state: Mutex::new(InFlight::default()),
        room: Condvar::new(),
        limits,
    };
    // Unbounded channels: the credit bounds what they can hold.
    let (to_score, work) = mpsc::channel::<(usize, usize, Unit)>();
    let work = Arc::new(Mutex::new(work));
    let (to_write, scored) = mpsc::channel::<(usize, usize, Report)>();
    std::thread::scope(|s| {
        let credit = &credit;
        s.spawn(move || {
            let mut seq = 0;
            while credit.acquire() && !crate::interrupt::requested() {
                let Some(unit) = units.next() else { break };
                let bytes = match &unit {
                    Unit::Score(_, body) => body.len(),
                    Unit::Ready(_) => 0,
                };
                credit.add(bytes);
                if to_score.send((seq, bytes, unit)).is_err() {
                    break;
                }
                seq += 1;
            }
        });
        for _ in 0..jobs.max(1) {
            let work = work.clone();
            let to_write = to_write.clone();
            s.spawn(move || loop {
                // The lock is held only to take the next document, not while scoring it.
                let next = work.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((seq, bytes, unit)) = next else { break };
                if to_write.send((seq, bytes, unit.score(scorer))).is_err() {
                    break;
                }
            });
        }
        drop(to_write);
        // Reports that arrived before an earlier one, by their place after the next to write.
        let mut pending: VecDeque<Option<(usize, Report)>> = VecDeque::new();
        let mut next = 0;
        let mut result = Ok(());
        for (seq, bytes, report) in scored.iter() {
            if result.is_err() {
                // Failed: drain what the workers finish, so they are not left sending.
                continue;
            }
            let at = seq - next;
            if pending.len() <= at {
                pending.resize_with(at + 1, || None);
            }
            pending[at] = Some((bytes, report));
            while let Some(Some((bytes, report))) = pending.front_mut().map(Option::take) {
                pending.pop_front();
                next += 1;
                let wrote = write(report);
                credit.release(bytes);
                if let Err(e) = wrote {
                    credit.stop();
                    result = Err(e);
                    break;
                }
            }
        }
        result
    })
}
