//! P002 `declared_copy`: the document says it is a copy ("Original url: ...", "This story
//! originally appeared in the Valley Courier") or carries the marks
//! of a converted copy (hard wraps, hyphenation, mismatched quotes, a URL broken over lines). No
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
    let other_artefacts = a.hyphen_joins + a.mismatched_quotes + a.repaired_urls;
    // In HTML, lines end where the markup breaks them (<br>, cells, list items), so broken lines
    // alone say nothing of a conversion: 12 publisher pages of trafilatura_evaldata (recipes,
    // blogs, wikis) had 23-458 of them and no other mark. A converted page also shows a
    // hyphenated word or a URL broken over lines.
    let wrapped_alone =
        cx.doc.format == credence_extract::Format::Text && a.wrapped_lines >= vp.copy_wrapped_alone;
    let converted =
        wrapped_alone || (a.wrapped_lines >= vp.copy_min_wrapped_lines && other_artefacts > 0);
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
    if converted || a.wrapped_lines + other_artefacts > 0 {
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

    #[test]
    fn hard_wraps_alone_mark_a_converted_text() {
        let text = format!("Ferry leaves at dawn\n\n{}\n", wrapped(44).join("\n"));
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
        // With a word hyphenated over a break, it is one.
        let mut lines = wrapped(44);
        lines[10] = "The ferry crew said the har-".into();
        lines[11] = "bor would open at dawn today.".into();
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
