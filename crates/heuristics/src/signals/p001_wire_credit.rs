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

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    /// A press release sent out by a release service ("/PRNewswire/", "(BUSINESS WIRE)") is a
    /// company's own text, not wire copy: its dateline's distributor credits no agency, so
    /// neither this signal nor A008 reads it as one, under a brand or not.
    #[test]
    fn a_press_release_service_is_no_wire_credit() {
        for credit in ["/PRNewswire/ --", "(GLOBE NEWSWIRE) --"] {
            let src = format!("Norvane Robotics opens assembly plant -Quillnest\nNorvane Robotics opens assembly plant\n\nCHICAGO, March 3, 2026 {credit} Norvane Robotics, a maker of warehouse automation systems, today announced a new assembly plant in Dayton, Ohio.\n");
            assert!(run("P001", &src).is_none(), "{credit}");
            assert!(run("A008", &src).is_none(), "{credit}");
        }
        let src = "Ferry runs aground near island\n\nVALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.\n";
        assert!(run("P001", src).is_some());
    }
}
