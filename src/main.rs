//! The `credence` command line: argument parsing, input walking, wiring and exit codes. All
//! scoring lives in the library crates; this binary only reads files and writes outputs.

mod args;
mod cluster;
mod explain;
mod inputs;
mod interrupt;
mod output;
mod progress;
mod report_cmd;
mod score;
mod stream;

use std::process::ExitCode;

use clap::Parser;

/// Exit status when every input was processed.
pub const EXIT_OK: u8 = 0;
/// Exit status when some inputs failed (their rows were still written, with `error` set).
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit status on usage errors (bad flags, unreadable policy file).
pub const EXIT_USAGE: u8 = 2;
/// Exit status when the run itself failed (the output could not be written).
pub const EXIT_FATAL: u8 = 3;

/// mimalloc, not the system allocator: scoring makes many small, short-lived allocations (a line's
/// words, a candidate's string), and glibc's malloc and free were about a tenth of the
/// instructions on plain text. Built without transparent huge pages (the `no_thp` feature in
/// Cargo.toml): with them, every 2 MiB region mimalloc gave back and took again was zeroed by the
/// kernel on its first touch (about a tenth of the CPU time on HTML), and resident memory doubled.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Score(a) => score::run(a),
        args::Command::Report(a) => report_cmd::run(a),
        args::Command::Cluster(a) => cluster::run(a),
        args::Command::Extract(a) => explain::extract(a),
        args::Command::Explain(a) => explain::explain(a),
        args::Command::Signals => explain::signals(),
        args::Command::Policy(a) => explain::policy(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::from(EXIT_OK);
            }
            let code = if e.downcast_ref::<args::UsageError>().is_some() {
                EXIT_USAGE
            } else {
                EXIT_FATAL
            };
            eprintln!("credence: {e:#}");
            ExitCode::from(code)
        }
    }
}
