//! Ctrl-C (SIGINT, and SIGTERM on Unix) during `credence score`: the first signal asks the run to
//! stop after the documents in flight; the rows already scored are flushed, kept beside the output
//! as `<output>.partial` (or flushed to stdout), the previous output file is left untouched, and
//! the count is reported. A second signal ends the process at once (the previous output file is
//! still untouched: results only reach it by an atomic rename).
//!
//! `score` calls [`install`] once; its reader checks [`requested`] before reading each document
//! (the documents already read are scored and written), and the destination goes to [`finish`]
//! when the run stopped early.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;

use crate::output::Destination;

/// Exit status after an interruption (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: u8 = 130;

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler. Failing to install one (a handler already set) is not fatal: Ctrl-C then
/// ends the process the default way, which still never touches the previous output file.
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            eprintln!("\ncredence: interrupted again: stopping now");
            std::process::exit(EXIT_INTERRUPTED.into());
        }
        eprintln!(
            "\ncredence: interrupted: finishing the documents in flight (Ctrl-C again to stop now)"
        );
    });
}

/// True once an interruption was asked for.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// Ends an interrupted run: the complete rows written so far are flushed and, for an output file,
/// kept as `<output>.partial` (the output file itself is left as it was). Returns the exit status.
pub fn finish(dest: Destination, done: u64, inputs: usize) -> anyhow::Result<u8> {
    match dest {
        Destination::Direct { mut file, target } => {
            file.flush()?;
            eprintln!(
                "credence: interrupted after {done} documents (of {inputs} inputs); their rows were written to '{}'",
                target.display()
            );
        }
        Destination::Stdout(mut w) => {
            w.flush()?;
            eprintln!(
                "credence: interrupted after {done} documents (of {inputs} inputs); their rows were written"
            );
        }
        Destination::File { temp, target } => {
            let temp = temp
                .into_inner()
                .map_err(|e| e.into_error())
                .context("cannot write the output")?;
            let mut partial = target.clone().into_os_string();
            partial.push(".partial");
            temp.persist(&partial)
                .map_err(|e| e.error)
                .with_context(|| format!("cannot write '{}'", partial.to_string_lossy()))?;
            eprintln!(
                "credence: interrupted after {done} documents (of {inputs} inputs); their rows are in '{}', '{}' was left as it was",
                partial.to_string_lossy(),
                target.display()
            );
        }
    }
    Ok(EXIT_INTERRUPTED)
}
