//! P002 `declared_copy`: the document says it is a copy ("Original url: ...", "This story
//! originally appeared in the Valley Courier") or carries the marks
//! of a converted copy (hard wraps with hyphenated line ends or mismatched quotes). No
//! points: degraded text is a copy's nature, not a sign of spam or AI, and the style signals read
//! the repaired text.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "P002",
    name: "declared_copy",
    axis: Axis::Provenance,
    doc: "An \"Original url:\" line, a republication credit (\"This article is republished from ...\"), or the marks of a converted copy (hard wraps, broken quotes). Informs the verdict; no points.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let a = &cx.x.artefacts;
    let declared = cx.x.canonical_source.as_deref() == Some("original_url_line");
    let republished = cx.x.republished_from.as_ref();
    let vp = &cx.policy.verdict;
    // Hard wraps and URLs broken over lines are how scrapers and text exports save any page,
    // an original too (three blind reviews wrote originals so, and the team's own c_copy.txt is
    // a wrapped text that only the batch shows to be a copy); in HTML, lines end where the
    // markup breaks them. A converted copy (a PDF's or a print edition's text) also hyphenates
    // words at line ends or splits quotes: `copy_min_marks` of those beside the wraps.
    let converted = a.wrapped_lines >= vp.copy_min_wrapped_lines
        && a.hyphen_joins + a.mismatched_quotes >= vp.copy_min_marks;
    if !declared && !converted && republished.is_none() {
        return None;
    }
    let mut evidence = Vec::new();
    let mut parts = Vec::new();
    if declared {
        let url = cx.x.canonical_url.as_deref().unwrap_or_default();
        parts.push(format!("names its original: {url}"));
        evidence.push(cx.quote_evidence(url));
    }
    if let Some(r) = republished {
        parts.push(format!(
            "credits its first publisher: {}",
            r.names.join(", ")
        ));
        evidence.push(cx.line_evidence(r.line));
    }
    // The marks of a conversion, when they are what made it a copy or there are any.
    if converted || a.wrapped_lines + a.hyphen_joins + a.mismatched_quotes + a.repaired_urls > 0 {
        parts.push(format!(
            "{} wrapped lines, {} hyphen joins, {} mismatched quotes, {} repaired URLs",
            a.wrapped_lines, a.hyphen_joins, a.mismatched_quotes, a.repaired_urls
        ));
    }
    Some(INFO.signal(
        if declared || republished.is_some() {
            1.0
        } else {
            0.5
        },
        0.0,
        // Not "; ": the row's `why` separates its reasons so.
        parts.join(" — "),
        evidence,
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    /// A story hard-wrapped at about 40 columns: `lines` lines broken inside sentences.
    fn wrapped(lines: usize) -> Vec<String> {
        (0..lines)
            .map(|i| {
                if i % 2 == 0 {
                    format!("The ferry crew number {i} said the boat")
                } else {
                    "would leave the harbor at dawn today.".to_string()
                }
            })
            .collect()
    }

    /// Hard wraps and a URL broken over lines are what a scraper leaves on any page; hyphenated
    /// line ends beside the wraps are a converted copy's.
    #[test]
    fn hard_wraps_with_hyphenated_ends_mark_a_converted_text() {
        let mut lines = wrapped(44);
        lines[20] = "Details: https://ferry.example/time".into();
        lines[21] = "tables/2026 would say the same today.".into();
        let text = format!("Ferry leaves at dawn\n\n{}\n", lines.join("\n"));
        assert!(run("P002", &text).is_none());
        lines[10] = "The ferry crew said the har-".into();
        lines[11] = "bor would open at dawn today.".into();
        lines[30] = "The ferry crew said the tim-".into();
        lines[31] = "etable would hold at dawn today.".into();
        let text = format!("Ferry leaves at dawn\n\n{}\n", lines.join("\n"));
        let s = run("P002", &text).expect("a converted copy");
        assert_eq!(s.value, 0.5);
    }

    #[test]
    fn line_breaks_of_html_markup_alone_are_no_conversion() {
        let html = format!(
            "<html><body><article><h1>Ferry leaves at dawn</h1><p>{}</p></article></body></html>",
            wrapped(44).join("<br>")
        );
        assert!(run("P002", &html).is_none());
        // With words hyphenated over breaks, it is one.
        let mut lines = wrapped(44);
        lines[10] = "The ferry crew said the har-".into();
        lines[11] = "bor would open at dawn today.".into();
        lines[30] = "The ferry crew said the tim-".into();
        lines[31] = "etable would hold at dawn today.".into();
        let html = format!(
            "<html><body><article><h1>Ferry leaves at dawn</h1><p>{}</p></article></body></html>",
            lines.join("<br>")
        );
        assert!(run("P002", &html).is_some());
    }

    #[test]
    fn a_republication_credit_declares_a_copy() {
        let s = run(
            "P002",
            "Ferry service resumes\n\nThe island ferry ran again on Monday after a week of storms, the operator said.\n\nThis story originally appeared in the Tarrow Valley Courier.\n",
        )
        .expect("a republished copy");
        assert_eq!(s.value, 1.0);
        assert!(s.summary.contains("Tarrow Valley Courier"), "{}", s.summary);
    }
}
