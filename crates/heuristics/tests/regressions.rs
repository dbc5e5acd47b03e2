//! Regression tests for bugs found by fuzzing (fuzz/), each with its minimised input.

use credence_extract::{extract, read, Format, Hint};
use credence_heuristics::Heuristics;

/// fuzz/score: line evidence carried the whole line's span while its quote was trimmed and
/// shortened, so `text[span]` was not the quote (context.rs `line_evidence`). The span is now the
/// quoted text's own bytes; a long quote is that text's opening with a final `…`.
#[test]
fn line_evidence_span_is_the_quoted_text() {
    let dateline = "  PINE HOLLOW, Mont. (AP) — A fire at a grain elevator forced about 300 residents of a small eastern Montana town from their homes Thursday, officials said.  ";
    let text = format!(
        "Fire Forces Evacuation\nBy Ann Lee\n\n{dateline}\n\nCrews worked through the night.\n"
    );
    let hint = Hint {
        format: Some(Format::Text),
        ..Hint::default()
    };
    let doc = read(text.as_bytes(), &hint).unwrap();
    let x = extract(&doc, &hint);
    let a = Heuristics::default().assess(&doc, &x);
    let p001 = a
        .signals
        .iter()
        .find(|s| s.code == "P001")
        .expect("wire credit");
    let e = &p001.evidence[0];
    let (start, end) = e.span.expect("a span");
    let quoted = &doc.text[start..end];
    assert_eq!(quoted, dateline.trim());
    let head = e.quote.strip_suffix('…').expect("a long line is shortened");
    assert!(quoted.starts_with(head));
}

/// fuzz/score: A004 fell back to quoting line 1 when the title's brand is not in the text, which
/// for a page whose only text is its `<title>` is a line that does not exist (evidence line 1 of
/// 0). Minimised from the crash: a head with a branded title and an empty body. A004 now reads
/// plain text only (an HTML title suffix is the site's own name); no evidence may point past the
/// text either way.
#[test]
fn brand_only_in_the_title_tag_is_quoted_without_a_line() {
    let page = "<html lang=\"en\"><head><title>Library board votes 5-2 to close Fenwick Avenue branch in January – The Elmstead Beacon</title></head><body></body></html>";
    let hint = Hint {
        format: Some(Format::Html),
        ..Hint::default()
    };
    let doc = read(page.as_bytes(), &hint).unwrap();
    let x = extract(&doc, &hint);
    let a = Heuristics::default().assess(&doc, &x);
    assert!(a.signals.iter().all(|s| s.code != "A004"));
    for s in &a.signals {
        for e in &s.evidence {
            if let Some(l) = e.line {
                assert!(
                    (1..=doc.lines.len()).contains(&l),
                    "{}: line {l} of {}",
                    s.code,
                    doc.lines.len()
                );
            }
        }
    }
}
