//! The physical floor for HTML scoring: read each page and parse it with scraper (html5ever), and
//! nothing else. `scripts/bench.py` compares `credence score --jobs 1` with this.
//!
//! ```sh
//! cargo run --release --example parse_only -- DIR
//! ```
//!
//! Prints `pages bytes seconds pages/s MB/s` on one line. Single-threaded, like `--jobs 1`.

use std::process::ExitCode;
use std::time::Instant;

/// The allocator `credence` itself runs on (see `src/main.rs`), so the floor's parse costs what
/// the same parse costs inside credence.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_only DIR (a folder of HTML pages)");
        return ExitCode::from(2);
    };
    let listing = match std::fs::read_dir(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("parse_only: cannot list {dir}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut paths: Vec<_> = listing
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let started = Instant::now();
    let (mut pages, mut bytes, mut nodes) = (0u64, 0u64, 0usize);
    for p in &paths {
        // A page that cannot be read is left out of both the count and the time's meaning,
        // as credence reports it as an error row without parsing it.
        let raw = match std::fs::read(p) {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("parse_only: skipped {}: {e}", p.display());
                continue;
            }
        };
        bytes += raw.len() as u64;
        // Decoding as credence's UTF-8 fallback does; no charset detection.
        let text = String::from_utf8_lossy(&raw);
        let html = scraper::Html::parse_document(&text);
        // Touch the tree so the parse cannot be optimised away.
        nodes += html.tree.nodes().count();
        pages += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!("parse_only: {nodes} nodes");
    println!(
        "{pages} {bytes} {secs:.3} {:.1} {:.2}",
        pages as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    ExitCode::SUCCESS
}
