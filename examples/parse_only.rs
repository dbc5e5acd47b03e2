//! The physical floor for HTML scoring: read each page and parse it with scraper (html5ever), and
//! nothing else. `scripts/bench.py` compares `credence score --jobs 1` with this.
//!
//! ```sh
//! cargo run --release --example parse_only -- DIR
//! ```
//!
//! Prints `pages bytes seconds pages/s MB/s` on one line. Single-threaded, like `--jobs 1`.

use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: parse_only DIR (a folder of HTML pages)");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the folder can be listed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let started = Instant::now();
    let (mut pages, mut bytes, mut nodes) = (0u64, 0u64, 0usize);
    for p in &paths {
        let raw = std::fs::read(p).expect("the page can be read");
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
}
