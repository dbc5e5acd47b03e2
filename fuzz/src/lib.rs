//! Invariant checks shared by the fuzz targets: each panics (so libFuzzer reports a crash) when a
//! documented invariant of the extraction or the assessment does not hold.

use credence::extract::{Document, Extraction};
use credence::heuristics::Assessment;

/// `Document` invariants: line spans are ordered, inside the text and on char boundaries.
pub fn check_document(doc: &Document) {
    let mut prev_end = 0;
    for (i, l) in doc.lines.iter().enumerate() {
        assert!(l.start <= l.end, "line {} starts after it ends", i + 1);
        assert!(l.end <= doc.text.len(), "line {} ends past the text", i + 1);
        assert!(
            l.start >= prev_end,
            "line {} overlaps the previous one",
            i + 1
        );
        assert!(doc.text.is_char_boundary(l.start) && doc.text.is_char_boundary(l.end));
        prev_end = l.end;
    }
}

/// `Extraction` invariants: every line number it gives is a line of the document.
pub fn check_extraction(doc: &Document, x: &Extraction) {
    let n = doc.lines.len();
    let ok = |l: usize| (1..=n).contains(&l);
    for b in &x.bylines {
        assert!(b.line.is_none_or(ok), "byline line {:?} of {n}", b.line);
    }
    for b in &x.blocks {
        assert!(
            b.start_line <= b.end_line && ok(b.start_line) && ok(b.end_line),
            "block {b:?} of {n} lines"
        );
    }
    for l in &x.body_lines {
        assert!(ok(*l), "body line {l} of {n}");
    }
    if let Some(d) = &x.dateline {
        assert!(ok(d.line), "dateline line {} of {n}", d.line);
    }
}

/// `Assessment` invariants: risks in [0, 1] or `None` with a reason, credibility 0–100, evidence
/// spans inside the text, on char boundaries, and equal to the quote.
pub fn check_assessment(doc: &Document, a: &Assessment) {
    for axis in [&a.aggregator, &a.ai] {
        match axis.risk {
            Some(r) => assert!((0.0..=1.0).contains(&r), "risk {r}"),
            None => assert!(
                axis.abstain_reason.is_some(),
                "an axis abstained without a reason"
            ),
        }
        assert!(axis.points.is_finite(), "points {}", axis.points);
    }
    assert!(a.credibility <= 100, "credibility {}", a.credibility);
    for s in &a.signals {
        assert!(
            s.points.is_finite() && s.value.is_finite(),
            "{} is not finite",
            s.code
        );
        for e in &s.evidence {
            if let Some((start, end)) = e.span {
                assert!(
                    start <= end && end <= doc.text.len(),
                    "{}: span {start}..{end} of {}",
                    s.code,
                    doc.text.len()
                );
                assert!(
                    doc.text.is_char_boundary(start) && doc.text.is_char_boundary(end),
                    "{}: span off a char boundary",
                    s.code
                );
                assert!(
                    quote_matches(&doc.text[start..end], &e.quote),
                    "{}: span text {:?} is not the quote {:?}",
                    s.code,
                    &doc.text[start..end],
                    e.quote
                );
            }
            if let Some(l) = e.line {
                assert!(
                    (1..=doc.lines.len()).contains(&l),
                    "{}: evidence line {l} of {}",
                    s.code,
                    doc.lines.len()
                );
            }
        }
    }
}

/// The quote is the span's text; or, for a long passage, its opening shortened with a final `…`;
/// or the span's text with a note in parentheses (B001 marks phrases "(at human rate)").
pub fn quote_matches(span_text: &str, quote: &str) -> bool {
    span_text == quote
        || quote
            .strip_suffix('…')
            .is_some_and(|head| span_text.starts_with(head) && span_text.len() > head.len())
        || quote
            .strip_prefix(span_text)
            .is_some_and(|note| note.starts_with(" (") && note.ends_with(')'))
}
