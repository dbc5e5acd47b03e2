//! R001 `source_reputation`: the page's own domain as the open news-domain quality lists rate it
//! (Lin et al. 2023 quality scores; Hanley & Durumeric 2024 reliable/unreliable lists). A domain
//! rated below `max_score` adds points to the aggregator axis; a reputable one adds none (it
//! informs, and never rescues a page whose own signals say spam: aggregators scrape reputable wire
//! copy). An unknown domain is not suspicious: the signal does not appear.

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Evidence};

pub const INFO: SignalInfo = SignalInfo {
    code: "R001",
    name: "source_reputation",
    axis: Axis::Aggregator,
    doc: "The page's domain as open news-quality lists rate it (0-1); points only below 0.5, none for reputable or unknown domains.",
    measure,
};

/// The page's own URL: its canonical URL, unless that came from an "Original url:" line (which
/// names another page).
pub fn own_url<'a>(cx: &'a Context) -> Option<&'a str> {
    match cx.x.canonical_source.as_deref() {
        Some("original_url_line") | None => None,
        Some(_) => cx.x.canonical_url.as_deref(),
    }
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let url = own_url(cx)?;
    let rep = crate::reputation::lookup(url)?;
    let rule = cx.policy.rule(INFO.code);
    let points = rule.points(rule.param("max_score", 0.5) - rep.score);
    let mut s = INFO.signal(
        rep.score,
        points,
        format!(
            "{} rated {:.2} by {}",
            rep.domain,
            rep.score,
            rep.lists.replace(',', " and ")
        ),
        vec![Evidence {
            quote: url.to_string(),
            line: None,
            span: None,
        }],
    );
    s.human_rate = Some("median rated news domain = 0.58 (Lin et al. 2023)".into());
    Some(s)
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn reputable_informs_without_points() {
        let page = r#"<html><head><link rel="canonical" href="https://www.reuters.com/world/harbor"><title>Harbor reopens</title></head><body><p>The harbor reopened on Monday, officials said.</p></body></html>"#;
        let s = run("R001", page).expect("listed");
        assert_eq!(s.points, 0.0);
        insta::assert_yaml_snapshot!(s);
        assert!(run("R001", "Harbor reopens\nThe harbor reopened.").is_none());
    }
}
