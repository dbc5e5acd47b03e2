//! The progress bar on stderr (only when stderr is a terminal and not `--quiet`) and the lines
//! printed around it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

/// Progress of a `score` run: input bytes consumed (and ETA when the total is known), documents
/// and documents per second.
pub struct Progress {
    bar: ProgressBar,
    raw_bytes: Arc<AtomicU64>,
    started: Instant,
}

impl Progress {
    /// A bar over `total` input bytes (unknown when reading stdin), fed by `raw_bytes`; hidden
    /// unless `visible`.
    pub fn new(visible: bool, total: Option<u64>, raw_bytes: Arc<AtomicU64>) -> Progress {
        let bar = if !visible {
            ProgressBar::hidden()
        } else if let Some(total) = total {
            ProgressBar::new(total).with_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {msg} ETA {eta}",
                )
                .expect("a valid template")
                .progress_chars("=> "),
            )
        } else {
            ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{spinner} {elapsed_precise} {bytes} {msg}")
                    .expect("a valid template"),
            )
        };
        Progress {
            bar,
            raw_bytes,
            started: Instant::now(),
        }
    }

    /// Shows that `documents` rows are done.
    pub fn update(&self, documents: u64) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar
            .set_position(self.raw_bytes.load(Ordering::Relaxed));
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        self.bar.set_message(format!(
            "{documents} docs, {:.0} docs/s",
            documents as f64 / secs
        ));
    }

    /// Prints a line on stderr without tearing the bar; its control characters (from a document
    /// id or an error quoting a document) are made visible.
    pub fn println(&self, line: &str) {
        let line = crate::output::terminal_safe(line);
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Removes the bar; returns the seconds since the start.
    pub fn finish(&self) -> f64 {
        self.bar.finish_and_clear();
        self.started.elapsed().as_secs_f64()
    }
}
