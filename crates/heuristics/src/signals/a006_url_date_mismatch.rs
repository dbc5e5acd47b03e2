//! A006 `url_date_mismatch`: the page's date disagrees with the date in its own URL path by more
//! than a couple of days. Outlets put the publication date in the path; a page whose stated date
//! differs was re-dated, or copied from the URL it names.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A006",
    name: "url_date_mismatch",
    axis: Axis::Aggregator,
    doc: "The page date (or, when the URL's date was chosen as the page's, the date the page shows) and the date in its own URL path differ by more than two days.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let rule = cx.policy.rule(INFO.code);
    let mut published = cx.x.published.as_ref()?;
    // The URL's date chosen as the page's (the earliest of equally trusted dates): the date the
    // page shows (a date line, its metadata) is the one set against it.
    if published.source == "url" {
        published = shown_date(cx)?;
    }
    // The page's own URL only: an "Original url:" line names another page, on purpose.
    if cx.x.canonical_source.as_deref() == Some("original_url_line") {
        return None;
    }
    let url = cx.x.canonical_url.as_deref()?;
    let in_url = credence_extract::dates::date_in_url(url)?;
    let page: jiff::civil::Date = published.date().parse().ok()?;
    let days = (page - in_url.date).get_days().abs();
    if (days as f64) <= rule.param("max_days", 2.0) {
        return None;
    }
    let mut evidence = vec![cx.quote_evidence(url)];
    if let Some(l) = published.line {
        evidence.push(cx.line_evidence(l));
    }
    Some(INFO.signal(
        days as f64,
        rule.points(1.0),
        format!(
            "page date {} but its URL says {} ({days} days apart)",
            published.date(),
            in_url.value
        ),
        evidence,
    ))
}

/// When the URL's date was chosen as the page's, the publication date the page itself shows (a
/// date line, its metadata, a `<time>` element) with the most confidence, at least A006's
/// `min_shown_confidence`. A005 also reads it.
pub(super) fn shown_date<'c>(cx: &'c Context) -> Option<&'c credence_extract::DateCandidate> {
    let rule = cx.policy.rule(INFO.code);
    cx.x.date_candidates
        .iter()
        .filter(|c| c.source != "url" && c.role == "published")
        .filter(|c| c.confidence >= rule.param("min_shown_confidence", 0.7) as f32)
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn mismatch_fires() {
        let src = r#"<html><head><title>Bridge closes</title><link rel="canonical" href="https://ledger.example/2023/11/20/bridge-closes"><meta property="article:published_time" content="2025-02-01T10:00:00Z"></head><body><p>The bridge closed on Monday, officials said, after inspectors found cracks.</p></body></html>"#;
        let s = run("A006", src).expect("fires");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn a_date_line_against_the_url_chosen_as_the_page_date_fires() {
        // The URL's March date is the earlier, so it is the page's date; the November the page
        // shows under its headline is set against it.
        let src = "Council tax frozen\nPublished November 20, 2025\nBy Ann Lee\n\nThe council froze council tax for the coming year, officials said.\n\nURL: https://ledger.example/2025/03/02/council-tax-frozen/\n";
        let s = run("A006", src).expect("fires");
        assert_eq!(s.value, 263.0);
        assert!(s.summary.contains("2025-11-20"), "{}", s.summary);
        // No shown date: the URL's alone is nothing to contradict.
        let src = "Council tax frozen\nBy Ann Lee\n\nThe council froze council tax for the coming year, officials said.\n\nURL: https://ledger.example/2025/03/02/council-tax-frozen/\n";
        assert!(run("A006", src).is_none());
    }
}
