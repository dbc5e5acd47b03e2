//! P001 `wire_credit`: the story credits a news agency (a dateline "CITY (AP) —", "(Reuters) -",
//! a "Reporting by" line). No points: it tells the verdict the story is wire copy.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "P001",
    name: "wire_credit",
    axis: Axis::Provenance,
    doc:
        "The story credits a news agency (dateline or credit line). Informs the verdict; no points.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let agencies: Vec<&str> = {
        let mut a: Vec<&str> =
            cx.x.agency
                .iter()
                .map(|m| m.agency.as_str())
                .chain(cx.x.dateline.as_ref().and_then(|d| d.agency.as_deref()))
                .collect();
        a.dedup();
        a
    };
    let first = agencies.first()?;
    let mut evidence: Vec<_> =
        cx.x.agency
            .iter()
            .filter_map(|m| m.line)
            .take(3)
            .map(|n| cx.line_evidence(n))
            .collect();
    if evidence.is_empty() {
        if let Some(d) = &cx.x.dateline {
            evidence.push(cx.line_evidence(d.line));
        }
    }
    let how = match &cx.x.dateline {
        Some(d) if d.agency.is_some() => format!("dateline \"{} ({first})\"", d.place),
        _ => format!(
            "credit \"{}\"",
            cx.x.agency
                .first()
                .map(|m| m.marker.as_str())
                .unwrap_or(first)
        ),
    };
    Some(INFO.signal(
        agencies.len() as f64,
        0.0,
        format!("{first} wire story: {how}"),
        evidence,
    ))
}
