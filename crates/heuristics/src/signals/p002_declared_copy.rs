//! P002 `declared_copy`: the document says it is a copy ("Original url: ...") or carries the marks
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
    doc: "An \"Original url:\" line, or the marks of a converted copy (hard wraps, broken quotes). Informs the verdict; no points.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let a = &cx.x.artefacts;
    let declared = cx.x.canonical_source.as_deref() == Some("original_url_line");
    let vp = &cx.policy.verdict;
    let other_artefacts = a.hyphen_joins + a.mismatched_quotes + a.repaired_urls;
    let converted = a.wrapped_lines >= vp.copy_wrapped_alone
        || (a.wrapped_lines >= vp.copy_min_wrapped_lines && other_artefacts > 0);
    if !declared && !converted {
        return None;
    }
    let mut evidence = Vec::new();
    let mut parts = Vec::new();
    if declared {
        let url = cx.x.canonical_url.as_deref().unwrap_or_default();
        parts.push(format!("names its original: {url}"));
        evidence.push(cx.quote_evidence(url));
    }
    parts.push(format!(
        "{} wrapped lines, {} hyphen joins, {} mismatched quotes, {} repaired URLs",
        a.wrapped_lines, a.hyphen_joins, a.mismatched_quotes, a.repaired_urls
    ));
    Some(INFO.signal(
        if declared { 1.0 } else { 0.5 },
        0.0,
        parts.join("; "),
        evidence,
    ))
}
