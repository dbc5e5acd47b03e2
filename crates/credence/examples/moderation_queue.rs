//! A moderation queue: JSON lines on stdin (`{"id": ..., "url": ..., "html": ...}` or `"text"`,
//! optionally `"date"`), scored on a few threads sharing one [`Scorer`], each routed by its
//! verdict to `publish`, `review` or `reject`, one JSON line per document on stdout (in the
//! order they finish).
//!
//! ```sh
//! printf '%s\n' '{"id":"n1","text":"Ferry Runs Aground\nBy Ann Lee\n\nVALDORA (AP) - A ferry ran aground."}' \
//!   | cargo run -p credence --example moderation_queue -- 4
//! ```
//!
//! The argument is the number of scoring threads (default 4).

use std::io::{BufWriter, Write};
use std::sync::mpsc;
use std::thread;

use credence::sources::{Item, JsonlFields, JsonlReader};
use credence::{Config, Hint, Report, Scorer, Verdict};

/// Documents waiting for a scorer: bounds memory when stdin is faster than scoring.
const QUEUE_DEPTH: usize = 64;

/// Where a document goes.
fn route(report: &Report) -> &'static str {
    match report.assessment.as_ref().map(|a| a.verdict) {
        Some(Verdict::AggregatorSpam | Verdict::AiGenerated) => "reject",
        Some(Verdict::Original | Verdict::Wire) => "publish",
        // Copies need a person to check the credit; unreadable or unscorable input too.
        _ => "review",
    }
}

fn main() {
    let threads: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(4)
        .max(1);
    // Built once: the lexicons compile here, then every thread shares them.
    let scorer = Scorer::new(Config::default());
    let (work_tx, work_rx) = mpsc::sync_channel::<(Hint, Vec<u8>)>(QUEUE_DEPTH);
    let work_rx = std::sync::Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<Report>();

    thread::scope(|s| {
        for _ in 0..threads {
            let (scorer, work_rx, done_tx) = (&scorer, &work_rx, done_tx.clone());
            s.spawn(move || loop {
                // A worker that panicked while holding the lock leaves the receiver intact: the
                // others keep taking work rather than losing the rest of the queue.
                let next = work_rx
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .recv();
                let Ok((hint, body)) = next else { break };
                if done_tx.send(scorer.score(&body, &hint)).is_err() {
                    break;
                }
            });
        }
        // The reader keeps one sender for lines that are not documents.
        let failed_tx = done_tx;

        s.spawn(move || {
            let out = std::io::stdout();
            let mut out = BufWriter::new(out.lock());
            for report in done_rx {
                let row = report.row();
                let line = serde_json::json!({
                    "queue": route(&report),
                    "id": row.id,
                    "verdict": row.verdict,
                    "credibility": row.credibility,
                    "why": if row.error.is_empty() { row.why } else { row.error },
                });
                if writeln!(out, "{line}").is_err() {
                    return; // stdout closed: nobody is reading the queue
                }
            }
            let _ = out.flush();
        });

        let stdin = std::io::stdin();
        for item in JsonlReader::new(stdin.lock(), JsonlFields::default(), "stdin") {
            let (hint, body) = match item {
                Ok(Item::Document(r)) => Hint::from_record(r),
                // A line that is not a document still gets a row: `review`, with the reason.
                Ok(Item::Failed { id, error }) => {
                    let _ = failed_tx.send(Report::failed(id, error));
                    continue;
                }
                Ok(Item::Skipped { .. }) => continue,
                Err(e) => {
                    eprintln!("moderation_queue: cannot read stdin: {e}");
                    break;
                }
            };
            if work_tx.send((hint, body)).is_err() {
                break;
            }
        }
        drop(work_tx);
        drop(failed_tx);
    });
}
