//! `credence report`: one self-contained HTML page with every document's evidence highlighted.

use std::io::Write;

use rayon::prelude::*;

use credence::report::{render_html, ReportedDocument};

use crate::args::ReportArgs;
use crate::inputs;
use crate::output::Output;
use crate::stream::Units;

/// Documents scored at once: the page holds every document anyway, so this only bounds the
/// bytes read and not yet scored.
const WINDOW_DOCS: usize = 256;
/// A window also ends once it holds this many document bytes (as in `score`).
const WINDOW_BYTES: usize = 32 * 1024 * 1024;

pub fn run(a: ReportArgs) -> anyhow::Result<u8> {
    let scorer = a.scoring.scorer()?;
    // Read as `score` reads: a WARC or JSON Lines file is many documents, with the same ids.
    let inputs = inputs::expand(&a.paths, a.quiet);
    crate::output::refuse_overlaps(&inputs, &[("-o", a.output.as_deref())])?;
    let mut units = Units::new(inputs, a.input_format, a.jsonl.fields(), a.scoring.clone());
    // The page holds every document, so they are gathered first (see MAX_TEXT_BYTES).
    let mut docs: Vec<ReportedDocument> = Vec::new();
    loop {
        let window = units.take_window(WINDOW_DOCS, WINDOW_BYTES);
        if window.is_empty() {
            break;
        }
        docs.par_extend(window.into_par_iter().map(|u| {
            let (report, text) = u.score_with_text(&scorer);
            ReportedDocument { report, text }
        }));
    }
    if let Some(note) = crate::stream::skipped_note(&units.skipped) {
        eprintln!("credence: {note}");
    }
    let failed = docs.iter().filter(|d| d.report.error.is_some()).count();
    let mut dest = Output::open(a.output.as_deref())?;
    dest.write_all(render_html(&docs).as_bytes())?;
    dest.commit()?;
    if let Some(p) = a.output.as_ref().filter(|_| !a.quiet) {
        eprintln!(
            "credence: wrote {} documents to {}",
            docs.len(),
            p.display()
        );
    }
    Ok(if failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}
