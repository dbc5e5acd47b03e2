//! `credence report`: one self-contained HTML page with every document's evidence highlighted.

use std::io::Write;

use rayon::prelude::*;

use credence::report::{render_html, ReportedDocument};
use credence::Scorer;

use crate::args::ReportArgs;
use crate::inputs::{self, Input};
use crate::output::Output;

fn score_keeping_text(
    scorer: &Scorer,
    input: &Input,
    opts: &crate::args::ScoringOptions,
) -> ReportedDocument {
    match input.read(opts.max_doc_bytes) {
        Ok(bytes) => {
            let (report, text) = scorer.score_with_text(&bytes, &opts.hint(input.id()));
            ReportedDocument { report, text }
        }
        Err(e) => ReportedDocument {
            report: credence::Report::failed(input.id(), e),
            text: None,
        },
    }
}

pub fn run(a: ReportArgs) -> anyhow::Result<u8> {
    let scorer = a.scoring.scorer()?;
    let inputs = inputs::expand(&a.paths);
    crate::output::refuse_overlaps(&inputs, &[("-o", a.output.as_deref())])?;
    // The page holds every document, so they are gathered first (see MAX_TEXT_BYTES).
    let docs: Vec<ReportedDocument> = inputs
        .par_iter()
        .map(|i| score_keeping_text(&scorer, i, &a.scoring))
        .collect();
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
