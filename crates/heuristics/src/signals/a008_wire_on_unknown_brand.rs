//! A008 `wire_on_unknown_brand`: an agency's dateline ("MOSCOW (AP) —") under a brand stamped on
//! the title, or under the name of a non-news niche site (A010's finding: a coupon blog, a pet
//! shop), with no byline or credit line giving the agency its due. Licensed clients credit the
//! agency and are news outlets; aggregators lift the dateline with the text.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A008",
    name: "wire_on_unknown_brand",
    axis: Axis::Aggregator,
    doc: "An agency dateline reproduced under a title brand, or under a non-news niche site's name (A010), with no byline or credit line for the agency.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let dateline = cx.x.dateline.as_ref()?;
    let agency = dateline.agency.as_deref()?;
    let brand = match cx.title_brand() {
        Some((brand, _)) => brand,
        None => super::a010_niche_brand_mismatch::find(cx)?.name,
    };
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

    #[test]
    fn wire_on_a_niche_site() {
        let page = |site: &str, credit: &str| {
            format!(
                r#"<html><head><title>Ferry runs aground near island | {site}</title><meta property="og:site_name" content="{site}"></head><body><article><h1>Ferry runs aground near island</h1><p>VALDORA (AP) — A ferry ran aground on Thursday near the island of Sorn, officials said. All 212 passengers were taken ashore by lifeboats and fishing vessels, the coast guard said. The ship, the Valdora Star, had left the mainland port an hour earlier in calm weather, and investigators said they would examine its navigation logs. The operator said services on the route would run on a smaller vessel until the end of the month. Passengers told reporters the crew had kept everyone calm during the evacuation.</p>{credit}</article></body></html>"#
            )
        };
        let s = run("A008", &page("Whisker Kennel Supplies", ""))
            .expect("a pet shop lifted the dateline");
        assert!(
            s.summary.contains("Whisker Kennel Supplies"),
            "{}",
            s.summary
        );
        // Credited, the wire copy is licensed; on a news outlet's page there is no niche brand.
        assert!(run(
            "A008",
            &page(
                "Whisker Kennel Supplies",
                "<p>The Associated Press contributed to this report.</p>"
            )
        )
        .is_none());
        assert!(run("A008", &page("Sorn Island Courier", "")).is_none());
    }
}
