//! A008 `wire_on_unknown_brand`: an agency's dateline ("MOSCOW (AP) —") under a brand stamped on
//! the title, with no byline or credit line giving the agency its due. Licensed clients credit the
//! agency; aggregators lift the dateline with the text.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A008",
    name: "wire_on_unknown_brand",
    axis: Axis::Aggregator,
    doc: "An agency dateline reproduced under a title brand with no byline or credit line for the agency.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let dateline = cx.x.dateline.as_ref()?;
    let agency = dateline.agency.as_deref()?;
    let (brand, _) = cx.title_brand()?;
    let credited = cx.x.bylines.iter().any(|b| b.name.contains(agency))
        || cx
            .x
            .agency
            .iter()
            .any(|m| m.agency == agency && m.line != Some(dateline.line));
    if credited || brand.eq_ignore_ascii_case(agency) {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!(
            "{agency} dateline \"{}\" under the brand \"{brand}\" with no credit line",
            dateline.place
        ),
        vec![cx.line_evidence(dateline.line)],
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn uncredited_wire_under_brand() {
        let src = "NewsFerry runs aground near island -Quillnest\nFerry runs aground near island\nVALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.\n";
        let s = run("A008", src).expect("fires");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn html_wire_under_a_glued_brand() {
        let page = |title: &str| {
            format!(
                r#"<html><head><title>{title}</title></head><body><article><h1>Ferry runs aground near island</h1><p>VALDORA (AP) — A ferry ran aground on Thursday near the island, officials said. All 212 passengers were taken ashore.</p></article></body></html>"#
            )
        };
        assert!(run("A008", &page("Ferry runs aground near island -Quillnest")).is_some());
        // A page titled with its own name, set off with spaces, is a licensed client's.
        assert!(run("A008", &page("Ferry runs aground near island - Quillnest")).is_none());
    }
}
