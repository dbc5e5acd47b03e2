//! A004 `title_brand_mismatch`: the title carries a brand ("... -Quillnest") that the page itself
//! never names: not in the text, not in its URL, not an agency or an author. Aggregators stamp
//! their brand on whatever they scraped; an outlet's own name shows up in its markup or URL.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A004",
    name: "title_brand_mismatch",
    axis: Axis::Aggregator,
    doc: "A brand suffixed to the title that the page never names (not in its text, URL, credits or markup).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if cx.x.site_name_source.as_deref() != Some("title_suffix") {
        return None;
    }
    let brand = cx.x.site_name.as_deref()?;
    let key: String = brand
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if key.len() < 3 {
        return None;
    }
    let body: String =
        cx.x.body_text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
    let in_urls = cx.x.urls.iter().any(|u| {
        credence_extract::host(&u.url).is_some_and(|h| h.replace(['.', '-'], "").contains(&key))
    });
    let is_credit = cx.x.agency.iter().any(|a| a.agency.to_lowercase() == key)
        || cx
            .x
            .bylines
            .iter()
            .any(|b| b.name.to_lowercase().contains(&brand.to_lowercase()));
    if body.contains(&key) || in_urls || is_credit {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    // The brand's line; when the text never shows it (it is only in `<title>`), the brand itself
    // is the evidence, with no line (line 1 was quoted before, which may not exist).
    let evidence = match cx.doc.text.find(brand) {
        Some(p) => cx.line_evidence(cx.doc.line_of(p)),
        None => cx.quote_evidence(brand),
    };
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!("title brand \"{brand}\" is named nowhere else on the page"),
        vec![evidence],
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn glued_brand_fires() {
        let src = "Current:Home > NewsHarbor chief quits over bridge row -Quillnest\nHarbor chief quits over bridge row\nDate:2024-05-02 10:00:00\nThe harbor chief resigned on Tuesday after a row over the bridge closure, officials said.\n";
        let s = run("A004", src).expect("fires");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn named_brand_does_not_fire() {
        let src = "Harbor chief quits over bridge row -Quillnest\nThe harbor chief told Quillnest on Tuesday that he would resign after the bridge row.\n";
        assert!(run("A004", src).is_none());
    }
}
