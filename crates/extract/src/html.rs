//! HTML to a [`Document`]: visible text one block a line, each line tagged with the page region it
//! came from, and the metadata the markup states (meta tags, JSON-LD, `<time>`, canonical link).
//!
//! The tree is walked with ego-tree's `traverse()` (open/close edges), never by recursion, so a page
//! of 100,000 nested `<div>`s cannot overflow the stack.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::model::{BlockKind, Document, Format, HtmlFacts, Line, TimeElement};

/// Tags whose content is never visible text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select",
    "option", "button", "head",
];

/// Tags that end a line of text before and after them.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "form",
    "main",
    "hr",
    "address",
    "title",
    "td",
    "th",
    "caption",
    "summary",
    "details",
];

/// Nesting deeper than this is not a news page but an attack or a broken generator. html5ever's
/// scope checks walk the stack of open elements, so parsing time grows with the square of the
/// depth (100,000 nested `<div>`s take minutes); such input is read as text with its tags removed.
const MAX_NESTING: usize = 2_000;

static TAG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|<!--.*?-->")
        .expect("valid regex")
});

/// Elements that never hold content, so they do not deepen the tree.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "option",
];

/// The deepest element nesting of `source`, approximately (by counting tags, not parsing).
fn approximate_depth(source: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for c in TAG.captures_iter(source) {
        let Some(name) = c.get(2) else { continue };
        if VOID.iter().any(|v| v.eq_ignore_ascii_case(name.as_str())) || &c[3] == "/" {
            continue;
        }
        if &c[1] == "/" {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Builds a Document from decoded HTML text.
pub fn parse(source: &str, encoding: &str, mut diagnostics: Vec<String>) -> Document {
    if approximate_depth(source) > MAX_NESTING {
        diagnostics.push(format!(
            "markup nested more than {MAX_NESTING} levels deep: read as text with the tags removed"
        ));
        let stripped = TAG.replace_all(source, "\n");
        let mut doc = crate::text::parse(&stripped, encoding, diagnostics);
        doc.format = Format::Html;
        return doc;
    }
    let html = Html::parse_document(source);
    let main = main_content_node(&html);
    let mut facts = HtmlFacts::default();
    let mut out = LineBuilder::default();
    // Per open element: the zone it opens (if any), and whether it hides its content.
    let mut zones: Vec<Option<BlockKind>> = Vec::new();
    let mut skip_depth = 0usize;
    let mut in_main = main.is_none();
    let mut in_article = 0usize;
    let mut title_text: Option<String> = None;
    let mut in_title = false;
    let mut capture: Vec<Capture> = Vec::new();

    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if Some(node.id()) == main {
                        in_main = true;
                    }
                    if name == "article" {
                        in_article += 1;
                    }
                    collect_facts(el, &mut facts, &mut capture, node.id());
                    if name == "title" && title_text.is_none() {
                        in_title = true;
                    }
                    if SKIP.contains(&name) {
                        skip_depth += 1;
                    }
                    let zone = zone_of(el, in_article > 0);
                    zones.push(zone);
                    if BLOCK.contains(&name) {
                        out.flush();
                    }
                }
                Node::Text(t) => {
                    for c in capture.iter_mut() {
                        c.text.push_str(t);
                    }
                    if in_title {
                        title_text.get_or_insert_with(String::new).push_str(t);
                    } else if skip_depth == 0 {
                        let zone = zones.iter().rev().find_map(|z| *z).or(if in_main {
                            None
                        } else {
                            Some(BlockKind::Furniture)
                        });
                        out.push(t, zone);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if BLOCK.contains(&name) {
                        out.flush();
                    }
                    zones.pop();
                    if SKIP.contains(&name) {
                        skip_depth = skip_depth.saturating_sub(1);
                    }
                    if name == "title" {
                        in_title = false;
                    }
                    if name == "article" {
                        in_article = in_article.saturating_sub(1);
                    }
                    if Some(node.id()) == main {
                        in_main = false;
                    }
                    if let Some(pos) = capture.iter().position(|c| c.node == node.id()) {
                        let c = capture.remove(pos);
                        finish_capture(c, &mut facts);
                    }
                }
            }
        }
    }
    out.flush();
    facts.title_tag = title_text
        .map(|t| collapse_ws(&t))
        .filter(|t| !t.is_empty());
    let (text, lines) = out.finish();
    Document {
        format: Format::Html,
        text,
        lines,
        encoding: encoding.to_string(),
        html: facts,
        diagnostics,
    }
}

/// The element holding the article, when the page marks one clearly: `itemprop=articleBody`,
/// `<article>`, `<main>` or `role=main`, and it holds a fair share of the page's paragraph text.
/// Lines outside it are furniture.
fn main_content_node(html: &Html) -> Option<ego_tree::NodeId> {
    static SEL: std::sync::LazyLock<scraper::Selector> = std::sync::LazyLock::new(|| {
        scraper::Selector::parse("[itemprop=articleBody], article, main, [role=main]")
            .expect("valid selector")
    });
    static P: std::sync::LazyLock<scraper::Selector> =
        std::sync::LazyLock::new(|| scraper::Selector::parse("p").expect("valid selector"));
    let para_len = |el: scraper::ElementRef| -> usize {
        el.select(&P)
            .map(|p| p.text().map(str::len).sum::<usize>())
            .sum()
    };
    let total = para_len(html.root_element());
    if total == 0 {
        return None;
    }
    // The smallest marked element that still holds most of the paragraph text.
    html.select(&SEL)
        .map(|el| (el, para_len(el)))
        .filter(|(_, n)| *n as f64 >= 0.6 * total as f64)
        .min_by_key(|(_, n)| *n)
        .map(|(el, _)| el.id())
}

/// Text being gathered for an element whose whole text we need (JSON-LD, author, time).
struct Capture {
    node: ego_tree::NodeId,
    what: CaptureKind,
    text: String,
}

enum CaptureKind {
    JsonLd,
    Author,
    Time(String),
    H1,
}

fn collect_facts(
    el: &scraper::node::Element,
    facts: &mut HtmlFacts,
    capture: &mut Vec<Capture>,
    id: ego_tree::NodeId,
) {
    let name = el.name();
    let attr = |a: &str| el.attr(a).map(str::trim).filter(|v| !v.is_empty());
    match name {
        "html" => facts.lang = attr("lang").map(str::to_string),
        "meta" => {
            let key = attr("property")
                .or(attr("name"))
                .or(attr("itemprop"))
                .or(attr("http-equiv"));
            if let (Some(k), Some(v)) = (key, attr("content")) {
                facts.meta.push((k.to_ascii_lowercase(), v.to_string()));
            }
        }
        "link" => {
            let rel = attr("rel").unwrap_or("").to_ascii_lowercase();
            if rel.split_whitespace().any(|r| r == "canonical") && facts.canonical.is_none() {
                facts.canonical = attr("href").map(str::to_string);
            }
        }
        "script" if attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
            capture.push(Capture {
                node: id,
                what: CaptureKind::JsonLd,
                text: String::new(),
            });
        }
        "a" => {
            if let Some(h) = attr("href") {
                facts.links.push(h.to_string());
            }
            if attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("author"))
            }) {
                capture.push(Capture {
                    node: id,
                    what: CaptureKind::Author,
                    text: String::new(),
                });
            }
        }
        "h1" => capture.push(Capture {
            node: id,
            what: CaptureKind::H1,
            text: String::new(),
        }),
        _ => {}
    }
    let itemprop = attr("itemprop").unwrap_or("").to_ascii_lowercase();
    let classes = class_tokens(el);
    let role_of = |s: &str| {
        if s.contains("modif") || s.contains("updat") {
            "modified"
        } else if s.contains("publish")
            || s.contains("pubdate")
            || s.contains("created")
            || s.contains("posted")
        {
            "published"
        } else {
            "unknown"
        }
    };
    if name == "time" || itemprop.starts_with("date") {
        let role = if el.attr("pubdate").is_some() {
            "published"
        } else {
            role_of(&format!("{itemprop} {}", classes.join(" ")))
        };
        match attr("datetime").or(if name == "meta" {
            None
        } else {
            attr("content")
        }) {
            Some(v) => facts.times.push(TimeElement {
                value: v.to_string(),
                role: role.into(),
            }),
            None if name != "meta" => capture.push(Capture {
                node: id,
                what: CaptureKind::Time(role.into()),
                text: String::new(),
            }),
            None => {}
        }
    }
    let authorish = itemprop == "author"
        || classes.iter().any(|c| {
            c.contains("byline")
                || c == "author"
                || c.ends_with("-author")
                || c.starts_with("author-name")
                || c == "author-name"
                || c.ends_with("__author")
                || c == "by-author"
        });
    if authorish && name != "meta" && name != "a" {
        capture.push(Capture {
            node: id,
            what: CaptureKind::Author,
            text: String::new(),
        });
    }
}

fn finish_capture(c: Capture, facts: &mut HtmlFacts) {
    match c.what {
        CaptureKind::JsonLd => {
            // Publishers leave trailing commas and HTML comments in JSON-LD; try as is, then cleaned.
            let raw = c
                .text
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw) {
                flatten_json_ld(v, &mut facts.json_ld);
            }
        }
        CaptureKind::Author => {
            let t = collapse_ws(&c.text);
            if !t.is_empty() && t.len() <= 120 {
                facts.author_elements.push(t);
            }
        }
        CaptureKind::Time(role) => {
            let t = collapse_ws(&c.text);
            if !t.is_empty() && t.len() <= 80 {
                facts.times.push(TimeElement { value: t, role });
            }
        }
        CaptureKind::H1 => {
            if facts.h1.is_none() {
                let t = collapse_ws(&c.text);
                if !t.is_empty() {
                    facts.h1 = Some(t);
                }
            }
        }
    }
}

/// Every object with an `@type`, from arrays and `@graph`s at any depth (iteratively).
fn flatten_json_ld(v: serde_json::Value, out: &mut Vec<serde_json::Value>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Array(items) => stack.extend(items.into_iter().rev()),
            serde_json::Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    stack.push(graph);
                }
                if map.contains_key("@type") {
                    out.push(serde_json::Value::Object(map));
                }
            }
            _ => {}
        }
        if out.len() > 256 {
            break;
        }
    }
}

fn class_tokens(el: &scraper::node::Element) -> Vec<String> {
    let mut tokens: Vec<String> = el.classes().map(|c| c.to_ascii_lowercase()).collect();
    if let Some(id) = el.id() {
        tokens.push(id.to_ascii_lowercase());
    }
    tokens
}

/// The page region an element opens, from its tag, role and class/id names.
fn zone_of(el: &scraper::node::Element, in_article: bool) -> Option<BlockKind> {
    let name = el.name();
    match name {
        "nav" => return Some(BlockKind::Navigation),
        "footer" if !in_article => return Some(BlockKind::Furniture),
        "header" => {
            return Some(if in_article {
                BlockKind::Metadata
            } else {
                BlockKind::Furniture
            })
        }
        "aside" => return Some(BlockKind::Furniture),
        "figcaption" => return Some(BlockKind::Caption),
        "form" => return Some(BlockKind::Widget),
        _ => {}
    }
    if let Some(role) = el.attr("role") {
        match role {
            "navigation" | "menu" | "menubar" => return Some(BlockKind::Navigation),
            "banner" | "contentinfo" | "complementary" => return Some(BlockKind::Furniture),
            "dialog" | "alertdialog" => return Some(BlockKind::Widget),
            _ => {}
        }
    }
    for token in class_tokens(el) {
        let parts: Vec<&str> = token.split(['-', '_', ' ']).collect();
        let has = |w: &str| parts.contains(&w);
        if has("related")
            || has("recommended")
            || has("recommendations")
            || has("trending")
            || has("popular")
            || token.contains("more-stories")
            || token.contains("most-read")
            || token.contains("read-more")
            || token.contains("readmore")
        {
            return Some(BlockKind::HeadlineList);
        }
        if has("comments") || has("comment") || token == "disqus_thread" {
            return Some(BlockKind::Comments);
        }
        if has("share")
            || has("sharing")
            || has("social")
            || has("sharebar")
            || has("advert")
            || has("ad")
            || has("ads")
            || has("advertisement")
            || has("sponsored")
            || has("cookie")
            || has("consent")
            || has("newsletter")
            || has("modal")
            || has("popup")
        {
            return Some(BlockKind::Widget);
        }
        if has("donate") || has("donation") || has("appeal") || has("membership") || has("paywall")
        {
            return Some(BlockKind::Appeal);
        }
        if has("nav")
            || has("navbar")
            || has("menu")
            || has("breadcrumb")
            || has("breadcrumbs")
            || has("pagination")
        {
            return Some(BlockKind::Navigation);
        }
        if has("sidebar") || has("footer") || has("masthead") || (has("header") && !in_article) {
            return Some(BlockKind::Furniture);
        }
        if has("caption") || has("credit") {
            return Some(BlockKind::Caption);
        }
    }
    None
}

/// Collapses white-space runs to one space and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gathers text into lines; a line's zone is the zone of its first text.
#[derive(Default)]
struct LineBuilder {
    text: String,
    lines: Vec<Line>,
    current: String,
    zone: Option<BlockKind>,
}

impl LineBuilder {
    fn push(&mut self, t: &str, zone: Option<BlockKind>) {
        if self.current.is_empty() {
            if t.trim().is_empty() {
                return;
            }
            self.zone = zone;
        }
        self.current.push_str(t);
    }

    fn flush(&mut self) {
        let line = collapse_ws(&self.current);
        self.current.clear();
        if line.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.text.push_str(&line);
        self.lines.push(Line {
            start,
            end: self.text.len(),
            zone: self.zone.take(),
        });
    }

    fn finish(self) -> (String, Vec<Line>) {
        (self.text, self.lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_zones_and_facts() {
        let page = r#"<!doctype html><html lang="en"><head><title>Flood closes bridge - The Ledger</title>
<meta property="og:site_name" content="The Ledger"><link rel="canonical" href="https://ledger.example/2024/03/14/flood">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Flood closes bridge","datePublished":"2024-03-14T08:00:00Z"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><header><h1>Flood closes bridge</h1><span class="byline">By Ann Lee</span><time datetime="2024-03-14" pubdate>March 14</time></header>
<p>The river rose two metres overnight, officials said.</p><p>Second paragraph here.</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Other flood story</a></li></ul></div></article>
<footer>Copyright</footer></body></html>"#;
        let d = parse(page, "UTF-8", vec![]);
        assert_eq!(
            d.html.title_tag.as_deref(),
            Some("Flood closes bridge - The Ledger")
        );
        assert_eq!(d.html.h1.as_deref(), Some("Flood closes bridge"));
        assert_eq!(d.html.json_ld.len(), 1);
        assert_eq!(
            d.html.canonical.as_deref(),
            Some("https://ledger.example/2024/03/14/flood")
        );
        assert_eq!(d.html.author_elements, vec!["By Ann Lee".to_string()]);
        assert_eq!(d.html.times[0].role, "published");
        let zone_of_line = |needle: &str| {
            let i = (1..=d.lines.len())
                .find(|&n| d.line(n).contains(needle))
                .unwrap();
            d.lines[i - 1].zone
        };
        assert_eq!(zone_of_line("Home"), Some(BlockKind::Navigation));
        assert_eq!(zone_of_line("river rose"), None);
        assert_eq!(zone_of_line("Other flood"), Some(BlockKind::HeadlineList));
        assert_eq!(zone_of_line("Copyright"), Some(BlockKind::Furniture));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!(
            "<html><body>{}deep{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let d = parse(&page, "UTF-8", vec![]);
        assert!(d.text.contains("deep"));
        assert!(d.diagnostics[0].contains("nested"));
    }
}
