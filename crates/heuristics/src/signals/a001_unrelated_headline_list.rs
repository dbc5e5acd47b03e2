//! A001 `unrelated_headline_list`: headline lists (Related, Ranking, Recommendation, Trending...)
//! whose items have nothing to do with the article. Aggregators pad scraped stories with link-farm
//! lists of unrelated headlines; a real outlet's related-stories box shares the story's names and
//! words, and does not fire.
//!
//! An item is related when it shares at least two content words (or one capitalised name) with
//! the article. Value: the number of unrelated items in lists where most items are unrelated.

use super::SignalInfo;
use crate::context::{content_words, Context};
use crate::model::{Axis, Evidence};
use credence_extract::{BlockKind, FURNITURE_LIST};
use foldhash::HashSet;

pub const INFO: SignalInfo = SignalInfo {
    code: "A001",
    name: "unrelated_headline_list",
    axis: Axis::Aggregator,
    doc: "Headline lists (Related, Ranking, Trending...) whose items share no names or content words with the article: a link farm. Lists in a sidebar, widget or footer count only on a page that names no author (a login handle or a desk's role is none).",
    measure,
};

/// Whether a list item shares the article's subject. Words of the site's own name do not count:
/// a coupon site's "Promo Codes" list shares "codes" with the site's masthead, not with the story
/// it lifted.
fn related(item: &str, cx: &Context, brand: &HashSet<String>) -> bool {
    let words = content_words(item, cx.lex);
    let shared = words
        .iter()
        .filter(|w| cx.body_vocabulary().contains(*w) && !brand.contains(*w))
        .count();
    // A shared capitalised name (not the item's first word) counts on its own.
    let shared_name = item
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 4)
        .any(|w| {
            let key = crate::context::stem(
                w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
            );
            cx.body_vocabulary().contains(&key) && !brand.contains(&key)
        });
    shared >= 2 || shared_name
}

/// The content words of the site's names (its stated name, the brand on its title).
fn brand_vocabulary(cx: &Context) -> HashSet<String> {
    let mut out = HashSet::default();
    for name in [cx.x.site_name.as_deref(), cx.title_brand().map(|(b, _)| b)]
        .into_iter()
        .flatten()
    {
        out.extend(content_words(name, cx.lex));
    }
    out
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let rule = cx.policy.rule(INFO.code);
    let min_items = rule.param("min_items", 3.0) as usize;
    let max_related_share = rule.param("max_related_share", 0.34);
    // Without a headline list there is nothing to measure (and no vocabulary to build).
    if !cx
        .x
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::HeadlineList)
        || cx.body_vocabulary().len() < 10
    {
        return None;
    }
    let mut unrelated_total = 0usize;
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut lists = Vec::new();
    // A list in the page's furniture (a sidebar's "Most read", a footer's "Latest") is the
    // outlet's own on every page it signs; it counts only on a page that names no author, as a
    // template's link farm around a lifted story does. A login handle or a desk's role
    // ("newsdesk", "Editor") names no author (`Context::names_an_author`).
    let signed = cx.names_an_author();
    let brand = brand_vocabulary(cx);
    for b in cx.x.blocks.iter().filter(|b| {
        b.kind == BlockKind::HeadlineList && !(signed && b.label.as_deref() == Some(FURNITURE_LIST))
    }) {
        let unrelated: Vec<&(usize, String)> = b
            .items
            .iter()
            .filter(|(_, item)| !related(item, cx, &brand))
            .collect();
        let n = b.items.len();
        let related_share = (n - unrelated.len()) as f64 / n.max(1) as f64;
        if n >= min_items && related_share <= max_related_share {
            unrelated_total += unrelated.len();
            lists.push(format!(
                "{} ({} of {} unrelated)",
                b.heading.as_deref().unwrap_or("list"),
                unrelated.len(),
                n
            ));
            evidence.push(cx.line_evidence(b.start_line));
            evidence.extend(
                unrelated
                    .iter()
                    .take(3)
                    .map(|(line, _)| cx.line_evidence(*line)),
            );
        }
    }
    if unrelated_total == 0 {
        return None;
    }
    // A publisher's HTML page carries its own "Most popular" and "Read next" boxes, unrelated to
    // the article by design; in a scraped plain text such lists are residue of a link farm.
    let factor = if cx.doc.format == credence_extract::Format::Html {
        rule.param("html_factor", 1.0)
    } else {
        1.0
    };
    let points = rule.points(unrelated_total as f64) * factor;
    Some(INFO.signal(
        unrelated_total as f64,
        points,
        format!(
            "{unrelated_total} unrelated headlines in lists: {}",
            lists.join(", ")
        ),
        evidence,
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    const ARTICLE: &str = "Harbor strike enters second week\n\nDockworkers at the Port of Merrow stayed off the job on Monday as talks over automated cranes stalled again, union leaders said.\nThe union says the cranes would cut 300 jobs at the harbor terminal.\nPort managers said the machines are needed to compete with larger harbors.\n";

    #[test]
    fn fires_on_unrelated_list() {
        let src = format!("{ARTICLE}Ranking\n- Pop singer announces farewell tour dates\n- Ten kitchen gadgets you need this winter\n- Quarterback traded in surprise deal\n- Recipe: slow-cooked lentil soup\n");
        let s = run("A001", &src).expect("fires");
        assert_eq!(s.value, 4.0);
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);
    }

    /// Four headlines that share nothing with the harbor strike story, as list items.
    const UNRELATED_ITEMS: &str =
        "<li><a href=\"/a\">Pop singer announces farewell tour dates</a></li>\
        <li><a href=\"/b\">Ten kitchen gadgets you need this winter</a></li>\
        <li><a href=\"/c\">Quarterback traded in surprise deal</a></li>\
        <li><a href=\"/d\">Recipe: slow-cooked lentil soup</a></li>";

    #[test]
    fn an_html_page_s_own_boxes_weigh_less() {
        let items = UNRELATED_ITEMS;
        let html = format!(
            "<html><body><article><h1>Harbor strike enters second week</h1><p>Dockworkers at the Port \
             of Merrow stayed off the job on Monday as talks over automated cranes stalled again, \
             union leaders said. The union says the cranes would cut 300 jobs at the harbor \
             terminal. Port managers said the machines are needed to compete with larger \
             harbors.</p><h2>Most popular</h2><ul>{items}</ul></article></body></html>"
        );
        let text = format!("{ARTICLE}Most popular\n- Pop singer announces farewell tour dates\n- Ten kitchen gadgets you need this winter\n- Quarterback traded in surprise deal\n- Recipe: slow-cooked lentil soup\n");
        let h = run("A001", &html).expect("fires on HTML too");
        let t = run("A001", &text).expect("fires on text");
        assert_eq!(h.value, t.value);
        let factor = crate::policy::Policy::default()
            .rule("A001")
            .param("html_factor", 1.0);
        assert!(factor < 1.0);
        assert!((h.points - t.points * factor).abs() < 1e-9);
    }

    #[test]
    fn a_sidebar_list_counts_on_an_unsigned_page_only() {
        let unsigned =
            run("A001", &sidebar_page("")).expect("a template's farm around an unsigned story");
        assert_eq!(unsigned.value, 4.0);
        assert!(run(
            "A001",
            &sidebar_page("<p class=\"byline\">By Ilsa Varn</p>")
        )
        .is_none());
    }

    /// The harbor strike story with `byline` (HTML) above it and a "Most read" sidebar of
    /// unrelated headlines.
    fn sidebar_page(byline: &str) -> String {
        format!(
            "<html><body><article><h1>Harbor strike enters second week</h1>{byline}<p>\
             Dockworkers at the Port of Merrow stayed off the job on Monday as talks over \
             automated cranes stalled again, union leaders said. The union says the cranes \
             would cut 300 jobs at the harbor terminal. Port managers said the machines are \
             needed to compete with larger harbors.</p></article><aside><h3>Most read</h3>\
             <ul>{UNRELATED_ITEMS}</ul></aside></body></html>"
        )
    }

    /// The harbor strike story as a blog theme lays it out, with `byline` under its headline:
    /// the post and its sidebar of widgets (`<aside class="widget-area">`, the unrelated
    /// headlines under "Hot News") share one wrapper, which the content analysis takes for the
    /// article's container.
    fn theme_page(byline: &str) -> String {
        format!(
            "<html><body><div id=\"page\" class=\"site\"><div id=\"content\" class=\"site-content\">\
             <div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\
             <article class=\"post type-post hentry\"><header class=\"entry-header\"><h1>Harbor \
             strike enters second week</h1>{byline}</header><div class=\"entry-content\"><p>\
             Dockworkers at the Port of Merrow stayed off the job on Monday as talks over \
             automated cranes stalled again, union leaders said.</p><p>The union says the cranes \
             would cut 300 jobs at the harbor terminal. Port managers said the machines are \
             needed to compete with larger harbors.</p></div></article></main></div>\
             <aside id=\"secondary\" class=\"widget-area\"><section class=\"widget \
             widget_recent_entries\"><h2 class=\"widget-title\">Hot News</h2><ul>{UNRELATED_ITEMS}\
             </ul></section></aside></div></div></body></html>"
        )
    }

    #[test]
    fn a_theme_s_sidebar_in_the_story_s_wrapper_is_the_site_s_furniture() {
        // Signed, the site's own recent posts are its furniture; unsigned, the same widget
        // around a lifted story is still a template's link farm.
        let signed = theme_page(
            "<span class=\"byline\">by <a href=\"/author/ilsa-varn/\">Ilsa Varn</a></span>",
        );
        assert!(run("A001", &signed).is_none());
        let unsigned = run("A001", &theme_page("")).expect("the farm around an unsigned story");
        assert_eq!(unsigned.value, 4.0);
    }

    /// A byline that is a login handle or a desk ("by newsdesk") names no author: the sidebar's
    /// farm counts as on an unsigned page; a person's name still signs it.
    #[test]
    fn a_handle_or_a_desk_does_not_sign_the_page() {
        let page = |byline: &str| {
            sidebar_page(&format!(
                "<div class=\"post-meta\">by <a href=\"/author/{byline}\">{byline}</a></div>"
            ))
        };
        let s = run("A001", &page("newsdesk")).expect("a desk signs for nobody");
        assert_eq!(s.value, 4.0);
        assert!(run("A001", &page("Ilsa Varn")).is_none());
    }

    #[test]
    fn the_site_s_own_name_relates_no_item() {
        // A coupon site's list shares "Coupons" with its masthead, which the lifted story repeats
        // in its footer; the items are still unrelated to the harbor strike.
        let src = "Harbor strike enters second week | Dealhaven Coupons\n\nDockworkers at the Port of Merrow stayed off the job on Monday as talks over automated cranes stalled again, union leaders said.\nThe union says the cranes would cut 300 jobs at the harbor terminal.\nPort managers said the machines are needed to compete with larger harbors.\nMore from Dealhaven Coupons.\n\nYou May Also Like\n- Pizza Coupons That Actually Work\n- Best Grocery Coupons This Week\n- Printable Coupons For Pet Food\n";
        let s = run("A001", src).expect("fires");
        assert_eq!(s.value, 3.0);
    }

    #[test]
    fn on_topic_related_list_does_not_fire() {
        let src = format!("{ARTICLE}Related stories\n- Merrow union rejects port offer on cranes\n- Automated cranes arrive at harbor despite strike\n- What the Merrow dockworkers want\n");
        assert!(run("A001", &src).is_none());
    }
}
