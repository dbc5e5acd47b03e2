//! A004 `title_brand_mismatch`: the title carries a brand ("... -Quillnest") that the page itself
//! never names: not in the text, not in its URL, not an agency or an author. Aggregators stamp
//! their brand on whatever they scraped; an outlet's own name shows up in its markup or URL.
//! Plain text only (see `measure`).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A004",
    name: "title_brand_mismatch",
    axis: Axis::Aggregator,
    doc: "A brand glued to a plain text's title that the text never names (not in its body, URLs or credits).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // Plain text only. An HTML page's title suffix is the site's own name, which its articles
    // rarely repeat ("| Zoll online", "- BUND Naturschutz in Bayern e.V."): on the 968
    // trafilatura_evaldata pages this fired 59 times, on publishers, associations and shops. A
    // brand glued to a scraped text's title is the aggregator's stamp the seeds show.
    if cx.doc.format != credence_extract::Format::Text
        || cx.x.site_name_source.as_deref() != Some("title_suffix")
    {
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
    fn an_html_title_suffix_is_the_site_s_own_name() {
        let page = "<html><head><title>Harbor chief quits over bridge row | Quillnest Weekly</title></head>\
            <body><article><h1>Harbor chief quits over bridge row</h1><p>The harbor chief resigned on \
            Tuesday after a row over the bridge closure, officials said. The council will meet on \
            Friday to choose a successor, the mayor said.</p></article></body></html>";
        assert!(run("A004", page).is_none());
    }

    #[test]
    fn named_brand_does_not_fire() {
        let src = "Harbor chief quits over bridge row -Quillnest\nThe harbor chief told Quillnest on Tuesday that he would resign after the bridge row.\n";
        assert!(run("A004", src).is_none());
    }
}
