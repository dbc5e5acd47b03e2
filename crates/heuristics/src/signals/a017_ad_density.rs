//! A017 `ad_density`: the story has more ad slots inside it than paragraphs ("Advertisement"
//! after every line or two). A made-for-advertising page stretches a thin story across as many
//! ad slots as it can hold; the industry's definition of such sites is a high ad-to-content
//! ratio. A publisher's page places an ad every few paragraphs, well under one a paragraph, so
//! neither it nor a scraped copy of it fires. Only the slots between the article's first and
//! last paragraph count: a short story on a page with banner, rail and footer ads is no denser.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A017",
    name: "ad_density",
    axis: Axis::Aggregator,
    doc: "At least min_labels ad-slot labels (\"Advertisement\", \"Anzeige\", \"Publicidad\") between the article's paragraphs, and at least one a paragraph: a made-for-advertising page.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let all = &cx.spam_marks().ad_label;
    let rule = cx.policy.rule(INFO.code);
    let min_labels = rule.param("min_labels", 5.0);
    if all.is_empty() || (all.len() as f64) < min_labels {
        return None;
    }
    let nonempty = || cx.x.body_text.lines().filter(|l| !l.trim().is_empty());
    let first = nonempty().next()?.trim();
    let last = nonempty().next_back()?.trim();
    let paragraphs = nonempty().count();
    // The article's first and last paragraph in the page's text; the slots between them are
    // the story's own.
    let start = cx.doc.line_of(cx.doc.text.find(first)?);
    let end = cx.doc.line_of(cx.doc.text.rfind(last)?);
    let labels: Vec<_> = all
        .iter()
        .filter(|m| m.line > start && m.line < end)
        .copied()
        .collect();
    if (labels.len() as f64) < min_labels {
        return None;
    }
    let per_paragraph = labels.len() as f64 / paragraphs as f64;
    if per_paragraph < rule.param("min_per_paragraph", 1.0) {
        return None;
    }
    let mut s = crate::spam_marks::signal(cx, &INFO, &labels, 1.0, "ad slots")?;
    s.value = per_paragraph;
    s.summary = format!(
        "{} ad-slot labels between {} paragraph(s) of article text",
        labels.len(),
        paragraphs
    );
    Some(s)
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    fn page(ads_every: usize) -> String {
        let mut s = String::from("Mall to close in January\n\n");
        for i in 1..=10 {
            s.push_str(&format!("The mall's owner said on Monday that shop number {i} would close by the end of January.\n\n"));
            if i % ads_every == 0 {
                s.push_str("Advertisement\n\nAdvertisement\n\n");
            }
        }
        s
    }

    #[test]
    fn more_ads_than_paragraphs_fires_an_ad_every_few_paragraphs_does_not() {
        let s = run("A017", &page(1)).expect("fires");
        assert_eq!(s.value, 1.8);
        assert_eq!(s.points, 20.0);
        // The two slots after the last paragraph are outside the story.
        assert_eq!(s.evidence.len(), 18);
        assert!(run("A017", &page(3)).is_none());
    }
}
