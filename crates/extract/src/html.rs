//! HTML to a [`Document`]: visible text one block a line, each line tagged with the page region it
//! came from, and the metadata the markup states (meta tags, JSON-LD, `<time>`, canonical link).
//!
//! The tree is walked with ego-tree's `traverse()` (open/close edges), never by recursion, so a page
//! of 100,000 nested `<div>`s cannot overflow the stack.

use std::borrow::Cow;

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::model::{BlockKind, Document, Format, HtmlFacts, Line, TimeElement};

use crate::main_content::{self, is_block, is_skipped, ClassNames, Mark};

/// Nesting deeper than this is not a news page but an attack or a broken generator. html5ever's
/// scope checks walk the stack of open elements, so parsing time grows with the square of the
/// depth (100,000 nested `<div>`s take minutes); such input is read as text with its tags removed.
const MAX_NESTING: usize = 2_000;

/// Tags and comments, for reading over-deep markup as text.
static TAG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|<!--.*?-->")
        .expect("valid regex")
});

/// What a tag name means to [`approximate_depth`].
#[derive(Clone, Copy, PartialEq)]
enum TagKind {
    /// An element that never holds content (or whose end tag is often left out), so it does not
    /// deepen the tree.
    Void,
    /// An element whose content is raw text (a `<div` inside a script string is not a tag),
    /// with its lower-cased name.
    RawText(&'static [u8]),
    Other,
}

/// The kind of tag `name` (ASCII letters and digits), in any case: lower-cased on the stack and
/// matched once, as this runs for every tag of every page.
fn tag_kind(name: &[u8]) -> TagKind {
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return TagKind::Other;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"source" | b"track" | b"wbr" | b"p" | b"li" | b"option" => TagKind::Void,
        b"script" => TagKind::RawText(b"script"),
        b"style" => TagKind::RawText(b"style"),
        b"textarea" => TagKind::RawText(b"textarea"),
        b"title" => TagKind::RawText(b"title"),
        b"xmp" => TagKind::RawText(b"xmp"),
        _ => TagKind::Other,
    }
}

/// The deepest element nesting of `source`, approximately (by counting tags, not parsing). A
/// byte scan: it runs before every parse, so it must cost a small fraction of the parse.
fn approximate_depth(source: &str) -> usize {
    let s = source.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(lt) = next_byte(s, i, b'<') {
        i = lt + 1;
        if s[i..].starts_with(b"!--") {
            i = s
                .get(i + 3..)
                .and_then(|rest| COMMENT_END.find(rest))
                .map_or(s.len(), |e| i + 3 + e + 3);
            continue;
        }
        let closing = s.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let end = s[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(s.len(), |p| start + p);
        if end == start || !s[start].is_ascii_alphabetic() {
            continue;
        }
        let kind = tag_kind(&s[start..end]);
        let Some(gt) = next_byte(s, end, b'>') else {
            break;
        };
        i = gt + 1;
        if kind == TagKind::Void || s[gt - 1] == b'/' {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        if let TagKind::RawText(raw) = kind {
            // Skip to the matching end tag; the element itself does not deepen the tree.
            i = find_end_tag(s, i, raw).unwrap_or(s.len());
            continue;
        }
        depth += 1;
        max = max.max(depth);
    }
    max
}

/// Whether `source`, which holds `lt` `<`s, nests deeper than [`MAX_NESTING`] by
/// [`approximate_depth`]. The depth rises only at a `<` followed by an ASCII letter, each read
/// once, so a page with no more such start tags than that cannot be deeper: 97% of the
/// evaluation pages (90% of their tags) are out after a count, without the full tag scan (a
/// second scan of every tag after `prune`'s, 2% of the HTML time). The decision is the full
/// scan's on every page.
fn nests_too_deep(source: &str, lt: usize) -> bool {
    if lt <= MAX_NESTING {
        return false;
    }
    let s = source.as_bytes();
    let start_tags = memchr::memchr_iter(b'<', s)
        .filter(|&p| s.get(p + 1).is_some_and(u8::is_ascii_alphabetic))
        .count();
    start_tags > MAX_NESTING && approximate_depth(source) > MAX_NESTING
}

/// Searchers for the comment end and an end tag's opening, built once: `memmem::find` builds one
/// a call, and the depth scan calls it for every comment and every `</` in a script.
static COMMENT_END: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"-->"));
static END_TAG_OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"</"));

/// Position of byte `b` in `s` at or after `from`. Tags sit close together: the next few bytes
/// are read by hand before memchr, whose set-up costs more than a short scan.
fn next_byte(s: &[u8], from: usize, b: u8) -> Option<usize> {
    const NEAR: usize = 16;
    let near = &s[from..s.len().min(from + NEAR)];
    match near.iter().position(|&c| c == b) {
        Some(p) => Some(from + p),
        None => memchr::memchr(b, &s[from + near.len()..]).map(|p| from + near.len() + p),
    }
}

/// Position just past `</name ...>` at or after `from`, case-insensitively.
fn find_end_tag(s: &[u8], mut from: usize, name: &[u8]) -> Option<usize> {
    loop {
        let lt = from + END_TAG_OPEN.find(s.get(from..)?)?;
        let after = lt + 2;
        if s.get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return memchr::memchr(b'>', &s[after..]).map(|p| after + p + 1);
        }
        from = after;
    }
}

/// The parse tree's nodes reserved per `<` of the source: a page has about 1.1 nodes a `<`
/// (its elements and the text between them; a script's `<`s make none), 1.6 at most on the
/// evaluation pages.
const NODES_PER_LT: usize = 3;
const NODES_PER_LT_DIV: usize = 2;
/// Reserved nodes at most (a node is 128 bytes: 32 MiB): a larger page grows its tree as it
/// parses.
const MAX_RESERVED_NODES: usize = 256 * 1024;

/// `Html::parse_document`, with the tree's node vector sized from the source up front. Grown by
/// doubling as the parser appends, the vector was copied as it grew (13% of the instructions
/// spent in `memcpy`, and 3% of the data cache misses, on the evaluation pages); sized by the
/// count of `<`, it mostly never grows. The tree is the same either way (a seeded random test
/// compares them).
///
/// `lt` is the count of `<` in `source` (counted once for this and [`nests_too_deep`]).
fn parse_document(source: &str, lt: usize) -> Html {
    use html5ever::tendril::TendrilSink;
    let nodes = (lt * NODES_PER_LT / NODES_PER_LT_DIV + 16).min(MAX_RESERVED_NODES);
    let mut doc = Html::new_document();
    doc.tree = ego_tree::Tree::with_capacity(Node::Document, nodes);
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(doc), Default::default())
        .one(source)
}

/// What [`parse`] keeps of an open element: the zone its text is in, whether it is one of the
/// article's containers, whether it is inside another text's region, whether its tag ends a line,
/// whether it hides its text, the region its class and id names name outside an `<article>`, and
/// whether it is inside a side region of the page (see [`side_region`]).
type OpenElement = (
    Option<BlockKind>,
    bool,
    bool,
    bool,
    bool,
    Option<BlockKind>,
    bool,
);

/// `source` with a `</title>` put before the markup an unclosed `<title>` ran into. A title's
/// text is raw text to the HTML parser (it ends only at `</title>`), so a page that never closes
/// it ("<title>Headline :: Site" and then `<meta>`, `<body>`...) is all title to html5ever, as to
/// a browser, and has no visible text. A title's own text holds no tag: the first `<` that opens
/// one (a letter, `/` or `!` after it) before the first `</title` (or the end) is where the
/// writer meant the title to end. A page whose title holds no such `<` is returned as it is.
/// Written by hand: the repair happens before any parser sees the page.
fn close_unclosed_title(source: &str) -> Cow<'_, str> {
    let s = source.as_bytes();
    let Some(open) = find_ascii_ci(s, 0, b"<title") else {
        return Cow::Borrowed(source);
    };
    // Only a `<title>` or `<title attr...>` tag, not `<titles>`.
    if !s
        .get(open + 6)
        .is_some_and(|&b| b == b'>' || b.is_ascii_whitespace())
    {
        return Cow::Borrowed(source);
    }
    let Some(gt) = memchr::memchr(b'>', &s[open..]).map(|p| open + p + 1) else {
        return Cow::Borrowed(source);
    };
    let end = find_ascii_ci(s, gt, b"</title").unwrap_or(s.len());
    let markup = memchr::memchr_iter(b'<', &s[gt..end])
        .map(|p| gt + p)
        .find(|&p| {
            s.get(p + 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!')
        });
    match markup {
        Some(at) => {
            let mut fixed = String::with_capacity(source.len() + 8);
            fixed.push_str(&source[..at]);
            fixed.push_str("</title>");
            fixed.push_str(&source[at..]);
            Cow::Owned(fixed)
        }
        None => Cow::Borrowed(source),
    }
}

/// The first place from `from` where `needle` (lower-case ASCII) occurs in `s`, in any case.
fn find_ascii_ci(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), s.get(from..)?)
        .map(|p| from + p)
        .find(|&p| {
            s.get(p..p + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        })
}

/// Builds a Document from decoded HTML text.
pub fn parse(source: &str, encoding: &str, mut diagnostics: Vec<String>) -> Document {
    let repaired = close_unclosed_title(source);
    if matches!(repaired, Cow::Owned(_)) {
        diagnostics.push(
            "the <title> element was never closed: closed before the markup it ran into"
                .to_string(),
        );
    }
    let source = repaired.as_ref();
    // The depth scan reads the source with what nothing reads cut (`prune`): it skips script and
    // style bodies either way, and cut they cost it nothing (a third of a page's bytes).
    let cut = crate::prune::unread_bodies_cut(source);
    let lt = memchr::memchr_iter(b'<', cut.as_bytes()).count();
    if nests_too_deep(&cut, lt) {
        diagnostics.push(format!(
            "markup nested more than {MAX_NESTING} levels deep: read as text with the tags removed"
        ));
        let stripped = TAG.replace_all(source, "\n");
        let mut doc = crate::text::parse(&stripped, encoding, diagnostics);
        doc.format = Format::Html;
        return doc;
    }
    let html = parse_document(&cut, lt);
    let content = main_content::analyse(&html);
    let mut facts = HtmlFacts::default();
    let mut out = LineBuilder::default();
    // Per open element: the zone its text is in (its own, or the nearest enclosing one), and
    // whether it is one of the article's containers.
    // Per open element, also whether it is inside another text's region (see
    // `foreign_byline_zone`).
    // Per open element, also whether its tag ends a line and whether it hides its text, read
    // once when it opens for both of its edges.
    // Per open element, also the region its class and id names name outside an `<article>`
    // (read once by the main-content analysis), for the date elements below it.
    let mut zones: Vec<OpenElement> = Vec::new();
    let mut element = 0usize;
    let mut skip_depth = 0usize;
    let mut in_content = 0usize;
    // How many `<article>` elements are open, and whether the article's content has begun.
    let mut in_article = 0usize;
    let mut content_seen = false;
    let mut title_text: Option<String> = None;
    let mut in_title = false;
    let mut capture: Vec<Capture> = Vec::new();
    // Open kicker elements inside an open <h1> capture.
    let mut kickers: Vec<ego_tree::NodeId> = Vec::new();
    // The element holding the last text pushed, to tell where one inline element's text meets
    // the next one's.
    let mut last_text_parent: Option<ego_tree::NodeId> = None;
    // How many emphasis elements (`<strong>`, `<b>`, `<em>`, `<i>`) are open, to mark lines
    // whose text is all emphasised (see `Line::emphasis`).
    let mut emphasis = 0usize;
    // Words of article text laid out so far (inside the content, in no region): past a
    // paragraph's worth, the story has begun, and a box of other stories after it is theirs.
    let mut story_words = 0usize;

    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if name == "article" {
                        in_article += 1;
                    }
                    let mark = content.marks.get(element).copied().unwrap_or(Mark::Plain);
                    let names = content.names.get(element).copied().unwrap_or_default();
                    let has_itemprop = content.itemprop.get(element).copied().unwrap_or(true);
                    element += 1;
                    let zone = match mark {
                        Mark::Zone(k) => Some(k),
                        Mark::Content => {
                            in_content += 1;
                            content_seen = true;
                            None
                        }
                        Mark::Plain => zones.last().and_then(|z| z.0),
                    };
                    // Inside a side region of the page (a sidebar, a menu, the site's footer)
                    // until the article's content opens again.
                    let side = match mark {
                        Mark::Content => false,
                        Mark::Zone(k) => {
                            zones.last().is_some_and(|z| z.6)
                                || side_region(
                                    el,
                                    k,
                                    content_seen && in_content == 0,
                                    in_article > 0,
                                )
                        }
                        Mark::Plain => zones.last().is_some_and(|z| z.6),
                    };
                    // A region its tag names (`aside`: furniture) may hold, by its class, other
                    // stories ("related") or comments: their bylines and dates are theirs too.
                    let foreign = zones.last().is_some_and(|z| z.2)
                        || matches!(mark, Mark::Zone(k) if foreign_byline_zone(Some(k))
                            && main_content::zone_of(el, false) == Some(k))
                        || matches!(mark, Mark::Zone(_)) && foreign_byline_zone(names.zone[0]);
                    // The story's date run on at the end of its standfirst ("... its
                    // recovery?<span class=\"hl__date\">Monday, 6 January 2020</span></h2>")
                    // is laid out apart: its own line, where it reads as the page's date line.
                    // Only a `<time>` or an element its class names the page's date (not its
                    // update: "date updated"), as the last thing in a heading or a lead after a
                    // finished sentence, outside comments, lists and widgets: in a paragraph of
                    // the story, after a byline or a label ("By Ann Lee | <time>", "Am <time>")
                    // it stays on its line.
                    let run_on_date = !is_block(name)
                        && (names.dated || name == "time")
                        && names.date_role != Some("modified")
                        && !crate::dates::foreign_zone(zone)
                        && ends_sentence(&out.current)
                        && ends_heading_or_lead(node);
                    // A `<button>` is skipped (its label is no text of the page), but for one of
                    // a reaction bar's buttons ("Love (56)", "Wow (112)"): those counts are text
                    // the page shows, and A002 reads them as a scraped page's are read.
                    let (block, skipped) = (
                        is_block(name) || run_on_date,
                        is_skipped(name) && !(name == "button" && in_reaction_bar(node)),
                    );
                    zones.push((
                        zone,
                        mark == Mark::Content,
                        foreign,
                        block,
                        skipped,
                        names.zone[0],
                        side,
                    ));
                    if name == "h1"
                        && facts.h1.is_none()
                        && !capture.iter().any(|c| matches!(c.what, CaptureKind::H1))
                    {
                        facts.h1_in_banner = std::iter::once(node)
                            .chain(node.ancestors())
                            .filter_map(|a| a.value().as_element())
                            .any(is_banner);
                    }
                    // A date element inside a region its markup names as reader comments or a
                    // list of other stories is that comment's or story's, even where the
                    // content analysis took the region for the article's (a short page whose
                    // comment thread outweighs its text).
                    // The open elements below the top of `zones` (this element's entry) are
                    // its element ancestors, innermost last: their class names were read.
                    let foreign = foreign
                        || (name == "time" || names.date_role.is_some())
                            && node
                                .ancestors()
                                .filter_map(|a| a.value().as_element())
                                .zip(zones.iter().rev().skip(1))
                                .any(|(a, z)| {
                                    // The tag may name the region (`aside`) and the class what
                                    // it holds ("related"): either names it foreign.
                                    foreign_byline_zone(z.5)
                                        || main_content::markup_zone(
                                            a.name(),
                                            attr_of(a, "role"),
                                            false,
                                        )
                                        .is_some_and(foreign_byline_zone)
                                });
                    collect_facts(
                        el,
                        &names,
                        &mut facts,
                        &mut capture,
                        node.id(),
                        Whose { foreign, side },
                        has_itemprop,
                    );
                    if has_itemprop && facts.microdata_publisher.is_none() {
                        facts.microdata_publisher = microdata_publisher(node, el);
                    }
                    if name != "h1"
                        && capture
                            .iter()
                            .any(|c| matches!(c.what, CaptureKind::H1 | CaptureKind::Heading))
                        && is_kicker(el)
                    {
                        kickers.push(node.id());
                    }
                    if name == "title" && title_text.is_none() {
                        in_title = true;
                    }
                    if skipped {
                        skip_depth += 1;
                    }
                    if is_emphasis(name) {
                        emphasis += 1;
                    }
                    if block {
                        out.flush();
                    }
                }
                Node::Text(t) => {
                    // A script's or style's text is code, not text of the element around it
                    // (CSS-in-JS libraries put `<style>` inside headings; a `<noscript>` holds
                    // markup as text): only the capture of a script itself reads it.
                    let parent_name = node
                        .parent()
                        .and_then(|p| p.value().as_element().map(|e| e.name()));
                    let in_code = matches!(parent_name, Some("script" | "style" | "noscript"));
                    for c in capture.iter_mut() {
                        if in_code && !matches!(c.what, CaptureKind::JsonLd | CaptureKind::NextData)
                        {
                            continue;
                        }
                        if !kickers.is_empty()
                            && matches!(c.what, CaptureKind::H1 | CaptureKind::Heading)
                        {
                            c.kicker.push_str(t);
                        } else {
                            c.text.push_str(t);
                        }
                    }
                    if in_title {
                        title_text.get_or_insert_with(String::new).push_str(t);
                    } else if skip_depth > 0 {
                        if facts.script_dates.len() < MAX_SCRIPT_DATES
                            && parent_name == Some("script")
                        {
                            script_dates(t, &mut facts.script_dates);
                        }
                    } else {
                        let parent = node.parent();
                        let parent_id = parent.map(|p| p.id());
                        let script = |id: Option<ego_tree::NodeId>| {
                            id.and_then(|id| html.tree.get(id))
                                .and_then(|p| p.value().as_element().map(|e| e.name()))
                                .is_some_and(|n| matches!(n, "sub" | "sup"))
                        };
                        // Two inline elements whose text meets at a letter and a digit were laid
                        // out apart ("<a>Jane Roe</a><span>3.11.2023</span>"): keep a space
                        // between them so the name and the date stay two words. Sub- and
                        // superscripts ("CO<sub>2</sub>") join as written.
                        if parent_id != last_text_parent
                            && glued(&out.current, t)
                            && !script(parent_id)
                            && !script(last_text_parent)
                        {
                            out.current.push(' ');
                        }
                        last_text_parent = parent_id;
                        let zone = zones.last().and_then(|z| z.0).or(
                            if content.found && in_content == 0 {
                                Some(BlockKind::Furniture)
                            } else {
                                None
                            },
                        );
                        // Outside the article's content, or inside it once the story has begun:
                        // before its text, a box its class names "related" ("related-topics")
                        // may hold the story's own byline and date.
                        let foreign = (in_content == 0 || story_words >= STORY_BEGUN_WORDS)
                            && zones.last().is_some_and(|z| z.2);
                        // Counted only up to where the story has begun: only that is asked.
                        if in_content > 0 && zone.is_none() && story_words < STORY_BEGUN_WORDS {
                            story_words += t.split_whitespace().count();
                        }
                        let side = zones.last().is_some_and(|z| z.6);
                        out.push(t, zone, emphasis > 0, Whose { foreign, side });
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    // Every element's open edge pushed it: this is the element closing.
                    let (content, block, skipped) = zones
                        .pop()
                        .map_or((false, false, false), |z| (z.1, z.3, z.4));
                    if block {
                        out.flush();
                    }
                    if content {
                        in_content = in_content.saturating_sub(1);
                    }
                    if skipped {
                        skip_depth = skip_depth.saturating_sub(1);
                    }
                    if name == "title" {
                        in_title = false;
                    }
                    if name == "article" {
                        in_article = in_article.saturating_sub(1);
                    }
                    if is_emphasis(name) {
                        emphasis = emphasis.saturating_sub(1);
                    }
                    if kickers.last() == Some(&node.id()) {
                        kickers.pop();
                    }
                    // An element may hold more than one capture (an `<h1>` that is also an
                    // entry's headline).
                    while let Some(pos) = capture.iter().position(|c| c.node == node.id()) {
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

/// True when `node` (a control: a `<button>`) is one of a reaction bar's controls: its whole
/// text is a reaction word with a count ("Love (56)", "Like 231"; see
/// `blocks::is_reaction_control`), and so is the text of another child of its parent or, for
/// controls wrapped one by one (`<span><button>Love (56)</button></span>`), of its
/// grandparent. One such button is a lone "Like" of a social plugin; share and comment buttons'
/// counts are no reaction words.
fn in_reaction_bar(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let text_of = |n: ego_tree::NodeRef<'_, Node>| -> String {
        let mut t = String::new();
        for d in n.descendants() {
            if let Node::Text(x) = d.value() {
                t.push_str(x);
                if t.len() > 80 {
                    break;
                }
            }
        }
        t
    };
    if !crate::blocks::is_reaction_control(&text_of(node)) {
        return false;
    }
    node.ancestors().take(2).any(|a| {
        a.children()
            .filter(|c| c.value().is_element())
            .filter(|c| crate::blocks::is_reaction_control(&text_of(*c)))
            .nth(1)
            .is_some()
    })
}

/// Publication-date keys of the JSON state that pages embed in inline scripts, and the date
/// string each holds. JSON-LD is read as JSON elsewhere; this is for the rest (application
/// state, shop data), which is JavaScript rather than JSON, so a pattern is all that applies.
/// Escaped quotes (`\"publishedAt\":\"...\"`) occur when the state is itself a string.
pub(crate) static SCRIPT_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"\\?"(datePublished|date_published|publishedAt|published_at|publishDate|publish_date|publishedDate|firstPublishedAt|createdAt|created_at)\\?"\s*:\s*\\?"([0-9][0-9:.+TZ /-]{7,34})\\?""#,
    )
    .expect("static pattern")
});

/// Enough script dates to choose from; a page's state can repeat them thousands of times.
const MAX_SCRIPT_DATES: usize = 4;

/// Keeps one creation key at most ("createdAt" also dates users and comments, which may come
/// first), so that a publication key later in the state still finds room.
fn script_dates(t: &str, out: &mut Vec<(String, String)>) {
    for c in SCRIPT_DATE.captures_iter(t) {
        if out.len() >= MAX_SCRIPT_DATES {
            return;
        }
        let created = c[1].starts_with("created");
        if created && out.iter().any(|(k, _)| k.starts_with("created")) {
            continue;
        }
        out.push((c[1].to_string(), c[2].trim().to_string()));
    }
}

/// Text being gathered for an element whose whole text we need (JSON-LD, author, time).
struct Capture {
    node: ego_tree::NodeId,
    what: CaptureKind,
    text: String,
    /// Text inside a kicker element of a heading (see [`is_kicker`]).
    kicker: String,
}

impl Capture {
    fn new(node: ego_tree::NodeId, what: CaptureKind) -> Capture {
        Capture {
            node,
            what,
            text: String::new(),
            kicker: String::new(),
        }
    }
}

/// True for an element inside a heading that holds its kicker rather than the headline: the
/// class names news templates give it ("kicker", "dachzeile", "topline", "overline", ...).
fn is_kicker(el: &scraper::node::Element) -> bool {
    const KICKER_CLASSES: &[&str] = &[
        "kicker",
        "dachzeile",
        "topline",
        "overline",
        "roofline",
        "eyebrow",
        "spitzmarke",
        "supertitle",
        "pretitle",
        "pre-title",
        "overtitle",
        "catchline",
    ];
    attr_of(el, "class").is_some_and(|c| {
        let c = c.to_ascii_lowercase();
        KICKER_CLASSES.iter().any(|k| c.contains(k))
    })
}

enum CaptureKind {
    JsonLd,
    /// Next.js's `<script id="__NEXT_DATA__">`, the page's props as JSON (see `next_data`).
    NextData,
    Author,
    Attribution,
    /// A heading marked as the entry's headline (see [`is_entry_heading`]).
    Heading,
    /// A date element's text, its role and whose region it is in.
    Time(String, Whose),
    H1,
}

/// The publisher's name when `el` (the element `node` holds) is the `itemprop="name"` of an
/// item scope marked `itemprop="publisher"` (`<div itemprop="publisher" itemscope><meta
/// itemprop="name" content="Westmarch Gazette">`): its `content`, or its text. Asked only of
/// the few elements that carry `itemprop`.
fn microdata_publisher(
    node: ego_tree::NodeRef<'_, Node>,
    el: &scraper::node::Element,
) -> Option<String> {
    let prop = attr_of(el, "itemprop")?;
    if !prop
        .split_ascii_whitespace()
        .any(|p| p.eq_ignore_ascii_case("name"))
    {
        return None;
    }
    let scope = node.ancestors().find_map(|a| match a.value() {
        Node::Element(e) if attr_of(e, "itemscope").is_some() => Some(e),
        _ => None,
    })?;
    let publisher = attr_of(scope, "itemprop").is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case("publisher"))
    });
    if !publisher {
        return None;
    }
    let value = match attr_of(el, "content") {
        Some(c) => c.trim().to_string(),
        None => node
            .descendants()
            .filter_map(|d| match d.value() {
                Node::Text(t) => Some(&**t),
                _ => None,
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    };
    (!value.is_empty() && value.chars().count() <= 80).then_some(value)
}

/// How many distinct `mainEntityOfPage` addresses are kept: one is the page's own, and a second
/// already says they are a list's items; a few more only bound the work.
const MAIN_ENTITY_ADDRESSES: usize = 4;

/// Keeps `address` when `itemprop` names it the page's `mainEntityOfPage` (schema.org
/// microdata: `<link itemprop="mainEntityOfPage" href>`, `<meta itemprop="mainEntityOfPage"
/// content>`), distinct ones only.
fn push_main_entity(facts: &mut HtmlFacts, itemprop: Option<&str>, address: Option<&str>) {
    let (Some(prop), Some(address)) = (itemprop, address) else {
        return;
    };
    if prop
        .split_ascii_whitespace()
        .any(|p| p.eq_ignore_ascii_case("mainEntityOfPage"))
        && facts.main_entity_of_page.len() < MAIN_ENTITY_ADDRESSES
        && !facts.main_entity_of_page.iter().any(|a| a == address)
    {
        facts.main_entity_of_page.push(address.to_string());
    }
}

/// `names` is what the class and id names of `el` say (read once by the main-content analysis).
/// `whose.foreign` is true inside a region whose bylines belong to other texts (see
/// [`foreign_byline_zone`]), `whose.side` inside a side region of the page ([`side_region`]).
fn collect_facts(
    el: &scraper::node::Element,
    names: &ClassNames,
    facts: &mut HtmlFacts,
    capture: &mut Vec<Capture>,
    id: ego_tree::NodeId,
    whose: Whose,
    has_itemprop: bool,
) {
    let Whose { foreign, side } = whose;
    let name = el.name();
    let attr = |a: &str| attr_of(el, a).map(str::trim).filter(|v| !v.is_empty());
    match name {
        // XHTML pages may state their language only as `xml:lang`.
        "html" => {
            facts.lang = attr("lang")
                .or_else(|| attr("xml:lang"))
                .map(str::to_string)
        }
        "meta" => {
            let key = attr("property")
                .or(attr("name"))
                .or(attr("itemprop"))
                .or(attr("http-equiv"));
            if let (Some(k), Some(v)) = (key, attr("content")) {
                facts.meta.push((k.to_ascii_lowercase(), v.to_string()));
            }
            if has_itemprop && !foreign {
                push_main_entity(facts, attr("itemprop"), attr("content"));
            }
        }
        "link" => {
            let rel = attr("rel").unwrap_or("").to_ascii_lowercase();
            if rel.split_whitespace().any(|r| r == "canonical") && facts.canonical.is_none() {
                facts.canonical = attr("href").map(str::to_string);
            }
            if has_itemprop && !foreign {
                push_main_entity(facts, attr("itemprop"), attr("href"));
            }
            if facts.feed_title.is_none()
                && rel.split_whitespace().any(|r| r == "alternate")
                && attr("type").is_some_and(|t| {
                    let t = t.to_ascii_lowercase();
                    t == "application/rss+xml" || t == "application/atom+xml"
                })
            {
                facts.feed_title = attr("title").map(str::to_string);
            }
        }
        "script" if attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
            capture.push(Capture::new(id, CaptureKind::JsonLd));
        }
        "script" if attr("id") == Some("__NEXT_DATA__") && facts.next_data_authors.is_empty() => {
            capture.push(Capture::new(id, CaptureKind::NextData));
        }
        "a" => {
            if let Some(h) = attr("href") {
                facts.links.push(h.to_string());
                // The first `<h1>` linking to the site's home page is the site's title (Blogger's
                // `<h1 class="title"><a href="https://blog.example/">Blog</a></h1>`).
                if facts.h1.is_none()
                    && capture.iter().any(|c| matches!(c.what, CaptureKind::H1))
                    && links_home(h)
                {
                    facts.h1_in_banner = true;
                }
            }
            let rel = attr("rel");
            if rel.is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("author"))
            }) && !foreign
            {
                capture.push(Capture::new(id, CaptureKind::Author));
            }
            // A Creative Commons licence notice names its licensor: "<work> by <a
            // rel="cc:attributionURL">Jane Doe</a> is licensed under ...".
            if facts.attribution.is_none()
                && rel.is_some_and(|r| {
                    r.split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("cc:attributionURL"))
                })
            {
                capture.push(Capture::new(id, CaptureKind::Attribution));
            }
        }
        "h1" => capture.push(Capture::new(id, CaptureKind::H1)),
        _ => {}
    }
    // Later `<h1>`s, and headings marked as an entry's headline.
    if matches!(name, "h1" | "h2" | "h3")
        && !foreign
        && (name == "h1" && facts.h1.is_some() || is_entry_heading(el))
    {
        capture.push(Capture::new(id, CaptureKind::Heading));
    }
    // Read only where the main-content analysis saw the attribute: most elements have none.
    let itemprop = if has_itemprop {
        attr("itemprop").unwrap_or("").to_ascii_lowercase()
    } else {
        String::new()
    };
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
        let role = if attr_of(el, "pubdate").is_some() {
            "published"
        } else {
            role_of(&format!("{itemprop} {}", class_tokens(el).join(" ")))
        };
        match attr("datetime").or(if name == "meta" {
            None
        } else {
            attr("content")
        }) {
            Some(v) => facts.times.push(TimeElement {
                value: v.to_string(),
                role: role.into(),
                foreign,
                side,
            }),
            None if name != "meta" => {
                capture.push(Capture::new(id, CaptureKind::Time(role.into(), whose)))
            }
            None => {}
        }
    } else if let Some(role) = names.date_role {
        // hAtom and microformats2 mark an entry's dates by class ("published", "updated",
        // "dt-published") and give the machine-readable value in the element's `title`
        // (`<abbr class="published" title="2016-10-09T08:00:00+02:00">`). The title is read
        // only where the class names a date.
        if let Some(title) = attr("title") {
            facts.times.push(TimeElement {
                value: title.to_string(),
                role: role.into(),
                foreign,
                side,
            });
        }
    }
    // A class that names the credit of a picture or the byline of a teaser in a list or a
    // slider ("img-author", "license-author", "slider-teaser__author") is no article's byline.
    let authorish = itemprop == "author" || names.byline;
    // A link to the author's page ("/author/jane-roe/", WordPress's and most CMSs' pattern) is
    // a byline; other links in an author-classed element are not (a "more by" link, a profile).
    let author_link = name == "a"
        && attr("href").is_some_and(|h| {
            // The last path segment only for the few links that pass the cheap test.
            let last = || {
                let last = h.split(['?', '#']).next().unwrap_or(h);
                last.trim_end_matches('/').rsplit('/').next().unwrap_or("")
            };
            is_author_page(h)
                && !matches!(
                    last().to_ascii_lowercase().as_str(),
                    "feed" | "rss" | "atom" | "index" | "page" | "all"
                )
        })
        && !authorish_rel(el);
    if ((authorish && name != "meta" && name != "a") || author_link) && !foreign {
        capture.push(Capture::new(id, CaptureKind::Author));
    }
}

/// Whose region an element or a text is in: another text's (`foreign`: reader comments, a
/// list of other stories), or a side region of the page (`side`: see [`side_region`]).
#[derive(Debug, Clone, Copy)]
struct Whose {
    foreign: bool,
    side: bool,
}

/// True for an element the page analysis zoned as `kind` that opens a side region of the page,
/// the site's furniture beside or around the article: a sidebar or the site's footer (`<aside>`,
/// a complementary region, a class naming a sidebar or footer), a menu. Its dates are the
/// teasers' and the site's, never the article's while the page has any other (see
/// `dates::candidates`), and a list under a heading there is the site's own (see
/// `blocks::find`). Not the page's header or masthead: the story's own header may sit in a
/// `<header>` above its text, outside its `<article>`.
///
/// `after_content` says the element opens after the article's content has begun and outside
/// it, `in_article` inside an `<article>`: only a footer after the story is the site's (a
/// template may put the story's own "footer", "27.01.2022 News", over its text), and an
/// `<aside>` in an `<article>` that its class does not name a sidebar is the story's box of
/// facts (`<aside class="meta" role="complementary">`), as HTML means an `<aside>` there.
fn side_region(
    el: &scraper::node::Element,
    kind: BlockKind,
    after_content: bool,
    in_article: bool,
) -> bool {
    match kind {
        // Only where the markup names the menu: the page analysis also zones a link-dense box
        // of the story's as one (a box of the story's facts with its date under a label,
        // "Veröffentlicht am 07.06.2019", beside its tags). (A list of other stories the markup
        // names is their region, `foreign`, already.)
        BlockKind::Navigation => main_content::zone_of(el, in_article) == Some(kind),
        BlockKind::Furniture => {
            let tokens = class_tokens(el);
            let named = |w: &str| tokens.iter().any(|t| t.split(['-', '_']).any(|p| p == w));
            let role = attr_of(el, "role").map(str::trim);
            if el.name() == "footer"
                || role.is_some_and(|r| r.eq_ignore_ascii_case("contentinfo"))
                || named("footer")
                || named("copyright")
            {
                after_content
            } else if named("sidebar") {
                true
            } else if el.name() == "aside"
                || role.is_some_and(|r| r.eq_ignore_ascii_case("complementary"))
            {
                !in_article
            } else {
                false
            }
        }
        _ => false,
    }
}

/// Words of article text after which the story has begun (a lead paragraph's worth; a headline
/// and a standfirst stay under it): see `Line::foreign`.
const STORY_BEGUN_WORDS: usize = 60;

/// True for the regions whose bylines belong to other texts than the article: reader comments
/// ("comment-author" is the commenter) and lists of other stories (each teaser's own byline).
/// Only regions their markup names count (`class="comments"`, `"related-posts"`): a list marked
/// as headlines for its link density alone may be the story's own metadata list.
fn foreign_byline_zone(zone: Option<BlockKind>) -> bool {
    matches!(zone, Some(BlockKind::Comments | BlockKind::HeadlineList))
}

/// An author's page: a last path segment under `/author/`, `/autor/`, `/auteur/`... that reads
/// as a name slug ("jane-roe"), not a feed or an index. Case-blind in the folder's name only: a
/// case-blind `[\p{L}0-9]` is that class and U+0345 (the one character outside the letters that
/// folds to one), written out here as `[\p{L}0-9\x{345}]`, whose case folding is not computed
/// (half of the 10 M instructions the regex took to compile).
///
/// Anchored at its start: it is asked from each '/' that opens such a folder (see
/// [`is_author_page`]). Unanchored, the regex crate searched it backwards from the end of the
/// link (it ends in `$`), whose lazy DFA built a state for each of the many shapes of slug and
/// query string read backwards: 12M instructions on 150 pages; forwards from the folder it
/// builds few.
static AUTHOR_PAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?i:/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori)/)[\p{L}0-9\x{345}]+(?:[-_.][\p{L}0-9\x{345}]+)*/?(?:[?#].*)?$")
        .expect("valid regex")
});

/// Whether `href` is an author's page ([`AUTHOR_PAGE`] unanchored): every match opens with a
/// '/' and "author", "autor" or "auteur" in any case (no other character folds to a, u, t, h,
/// o, r or e), so the anchored regex is asked at each such '/' and nowhere else.
fn is_author_page(href: &str) -> bool {
    author_folders(href).any(|i| AUTHOR_PAGE.is_match(&href[i..]))
}

/// The byte offsets of the '/'s in `href` followed by "author", "autor" or "auteur" in any
/// (ASCII) case.
fn author_folders(href: &str) -> impl Iterator<Item = usize> + '_ {
    let h = href.as_bytes();
    (0..h.len()).filter(move |&i| {
        h[i] == b'/'
            && [&b"author"[..], b"autor", b"auteur"].iter().any(|w| {
                h.get(i + 1..i + 1 + w.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(w))
            })
    })
}

/// True for a link with `rel="author"`, which is captured as a byline already.
fn authorish_rel(el: &scraper::node::Element) -> bool {
    attr_of(el, "rel").is_some_and(|r| {
        r.split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("author"))
    })
}

fn finish_capture(c: Capture, facts: &mut HtmlFacts) {
    match c.what {
        CaptureKind::JsonLd => {
            // Publishers leave trailing commas, HTML comments, CDATA wrappers and raw line
            // breaks in JSON-LD: try as is, then cleaned (see `clean_json_ld`).
            let raw = c
                .text
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            let parsed = serde_json::from_str::<serde_json::Value>(raw)
                .or_else(|_| serde_json::from_str(&clean_json_ld(raw)));
            if let Ok(v) = parsed {
                flatten_json_ld(v, &mut facts.json_ld);
            }
        }
        CaptureKind::NextData => {
            facts.next_data_authors = crate::next_data::authors(c.text.trim());
        }
        CaptureKind::Author => {
            let t = collapse_ws(&c.text);
            if !t.is_empty() && t.len() <= 120 {
                facts.author_elements.push(t);
            }
        }
        CaptureKind::Attribution => {
            let t = collapse_ws(&c.text);
            if facts.attribution.is_none() && !t.is_empty() && t.len() <= 80 {
                facts.attribution = Some(t);
            }
        }
        CaptureKind::Time(role, Whose { foreign, side }) => {
            let t = collapse_ws(&c.text);
            if !t.is_empty() && t.len() <= 80 {
                facts.times.push(TimeElement {
                    value: t,
                    role,
                    foreign,
                    side,
                });
            }
        }
        CaptureKind::Heading => push_heading(facts, collapse_ws(&c.text)),
        CaptureKind::H1 => {
            if facts.h1.is_none() {
                let t = collapse_ws(&c.text);
                let k = collapse_ws(&c.kicker);
                if t.is_empty() {
                    // All of it was marked as kicker: then it is the heading after all.
                    if !k.is_empty() {
                        facts.h1 = Some(k);
                    }
                } else {
                    facts.h1 = Some(t);
                    facts.h1_kicker = Some(k).filter(|k| !k.is_empty());
                }
            }
        }
    }
}

/// The JSON of a JSON-LD block that strict JSON refused, with the slips publishers make
/// repaired, for one more try:
/// - wrappers around the data: `<![CDATA[` and `]]>` (also as `//<![CDATA[ ... //]]>` and
///   `/*<![CDATA[*/`), `<!--` and `-->`, and `//` and `/* */` comments;
/// - raw control characters inside strings (a line break or a tab in an `articleBody`),
///   written as escapes (`\n`, `\t`, `\r`, `\u001f`);
/// - a comma before a closing `}` or `]`.
///
/// None of these can be valid JSON outside a string, so removing them changes no value a
/// strict parser would have read. No crate in the dependency tree reads lenient JSON
/// (serde_json is strict, and JSON5 parsers would accept far more than these slips), hence
/// this small state machine, which only has to know whether it is inside a string. One pass,
/// linear in the input; it never fails, and whatever it returns is for serde_json to judge.
fn clean_json_ld(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 16);
    // A comma outside a string and the white space after it, held back until the next
    // character tells whether it ends an object or an array (then the comma is dropped).
    let mut comma: Option<String> = None;
    let mut in_string = false;
    let mut escaped = false;
    let mut rest = raw;
    while let Some(ch) = rest.chars().next() {
        if in_string {
            rest = &rest[ch.len_utf8()..];
            if escaped {
                escaped = false;
                out.push(ch);
            } else if ch == '\\' {
                escaped = true;
                out.push(ch);
            } else if ch == '"' {
                in_string = false;
                out.push(ch);
            } else if (ch as u32) < 0x20 {
                match ch {
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    '\r' => out.push_str("\\r"),
                    _ => out.push_str(&format!("\\u{:04x}", ch as u32)),
                }
            } else {
                out.push(ch);
            }
            continue;
        }
        // Outside a string: wrappers and comments are skipped whole.
        let skip = if rest.starts_with("<![CDATA[") {
            "<![CDATA[".len()
        } else if rest.starts_with("]]>") {
            "]]>".len()
        } else if rest.starts_with("<!--") {
            "<!--".len()
        } else if rest.starts_with("-->") {
            "-->".len()
        } else if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map_or(rest.len(), |end| end + 4)
        } else {
            0
        };
        if skip > 0 {
            rest = &rest[skip..];
            continue;
        }
        rest = &rest[ch.len_utf8()..];
        if ch.is_whitespace() {
            match comma.as_mut() {
                Some(held) => held.push(ch),
                None => out.push(ch),
            }
            continue;
        }
        if let Some(held) = comma.take() {
            if ch == '}' || ch == ']' {
                out.push_str(&held[1..]);
            } else {
                out.push_str(&held);
            }
        }
        match ch {
            ',' => comma = Some(String::from(",")),
            '"' => {
                in_string = true;
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    if let Some(held) = comma {
        out.push_str(&held);
    }
    out
}

/// How many of the article's other headings are kept (see `HtmlFacts::headings`).
const MAX_HEADINGS: usize = 8;

fn push_heading(facts: &mut HtmlFacts, t: String) {
    if !t.is_empty()
        && t.len() <= 300
        && facts.headings.len() < MAX_HEADINGS
        && !facts.headings.contains(&t)
    {
        facts.headings.push(t);
    }
}

/// A heading its page marks as an entry's headline: hAtom's `entry-title`, the `post-title`
/// and `headline` classes of blog and news themes, schema.org's `itemprop="headline"`.
fn is_entry_heading(el: &scraper::node::Element) -> bool {
    attr_of(el, "itemprop").is_some_and(|p| p.trim().eq_ignore_ascii_case("headline"))
        || attr_of(el, "class").is_some_and(|c| {
            c.split_ascii_whitespace().any(|t| {
                [
                    "entry-title",
                    "post-title",
                    "article-title",
                    "headline",
                    "article-headline",
                ]
                .iter()
                .any(|n| t.eq_ignore_ascii_case(n))
            })
        })
}

/// A link to a site's home page: "/", "https://host/", "//host".
fn links_home(href: &str) -> bool {
    let rest = href
        .strip_prefix("https:")
        .or_else(|| href.strip_prefix("http:"))
        .unwrap_or(href);
    match rest.strip_prefix("//") {
        Some(host) => !host.trim_end_matches('/').contains(['/', '?', '#']),
        None => rest == "/",
    }
}

/// An element that holds the site's name or logo in its header: `role="banner"`, or a class or
/// id naming the site's title or branding ("site-title", "site-branding", "logo", "masthead").
fn is_banner(el: &scraper::node::Element) -> bool {
    attr_of(el, "role").is_some_and(|r| r.trim().eq_ignore_ascii_case("banner"))
        || class_tokens(el).iter().any(|t| {
            t.contains("site-title")
                || t.contains("site-name")
                || t.contains("branding")
                || t.contains("masthead")
                || t == "logo"
                || t.starts_with("logo-")
                || t.ends_with("-logo")
                || t.ends_with("_logo")
        })
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
    // Split here rather than through `Element::classes`, which interns every class name in
    // html5ever's global atom table first.
    let class = attr_of(el, "class").unwrap_or("");
    let id = attr_of(el, "id").map(str::trim).filter(|i| !i.is_empty());
    class
        .split_ascii_whitespace()
        .chain(id)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// The value of attribute `name` (lower-case, no namespace) of `el`. A linear scan of the
/// element's few attributes: `Element::attr` first turns `name` into an html5ever atom, which
/// costs a hash lookup per call, and this runs several times for every element of a page.
pub(crate) fn attr_of<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    use html5ever::local_name;
    // The names asked for most are static atoms of html5ever's, and an attribute of that name
    // always carries that atom: compared as one integer rather than as text.
    let atom = match name {
        "class" => local_name!("class"),
        "id" => local_name!("id"),
        "role" => local_name!("role"),
        "itemprop" => local_name!("itemprop"),
        "content" => local_name!("content"),
        "property" => local_name!("property"),
        "name" => local_name!("name"),
        "rel" => local_name!("rel"),
        "href" => local_name!("href"),
        "type" => local_name!("type"),
        "title" => local_name!("title"),
        "datetime" => local_name!("datetime"),
        _ => return el.attrs().find_map(|(k, v)| (k == name).then_some(v)),
    };
    el.attrs
        .iter()
        .find(|(k, _)| k.local == atom)
        .map(|(_, v)| &**v)
}

/// Collapses white-space runs to one space and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out
}

/// Appends the words of `s` to `out`, one space between them: `collapse_ws` without its own
/// string. Returns false when `s` has no word (then nothing is appended).
fn push_collapsed(out: &mut String, s: &str) -> bool {
    // `split_whitespace`, with ASCII bytes read without decoding ('\t' to '\r' and ' ' are its
    // ASCII white space): news text is mostly ASCII with the odd curly quote or accent, and
    // decoding every character of it cost more than the rest of the line building. A space run
    // and then a word are each read in a loop of their own, which tests one byte at a time
    // rather than carrying the state of a word through every byte.
    let bytes = s.as_bytes();
    // The white space at `i`, and its length in bytes (0: not white space).
    let space_at = |i: usize| -> usize {
        let b = bytes[i];
        if b.is_ascii() {
            usize::from(matches!(b, b'\t'..=b'\r' | b' '))
        } else {
            s[i..]
                .chars()
                .next()
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8)
        }
    };
    let (mut i, mut any) = (0, false);
    loop {
        while i < bytes.len() {
            match space_at(i) {
                0 => break,
                n => i += n,
            }
        }
        if i >= bytes.len() {
            return any;
        }
        let start = i;
        // Words that one ASCII space parts, as prose's are, are copied as one run.
        loop {
            while i < bytes.len() {
                let b = bytes[i];
                // Printable ASCII first, in one test: most of the text.
                if (b'!'..=b'~').contains(&b) {
                    i += 1;
                } else if b.is_ascii() {
                    if matches!(b, b'\t'..=b'\r' | b' ') {
                        break;
                    }
                    i += 1;
                } else {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    if c.is_whitespace() {
                        break;
                    }
                    i += c.len_utf8();
                }
            }
            if bytes.get(i) == Some(&b' ') && i + 1 < bytes.len() && space_at(i + 1) == 0 {
                i += 1;
            } else {
                break;
            }
        }
        if any {
            out.push(' ');
        }
        out.push_str(&s[start..i]);
        any = true;
    }
}

/// True when `next` would run on from `before` with a letter against a digit: "Roe" + "3.11.2023".
fn glued(before: &str, next: &str) -> bool {
    match (before.chars().next_back(), next.chars().next()) {
        (Some(a), Some(b)) => {
            (a.is_alphabetic() && b.is_ascii_digit()) || (a.is_ascii_digit() && b.is_alphabetic())
        }
        _ => false,
    }
}

/// `t.chars().all(char::is_whitespace)`, with ASCII bytes read without decoding: most texts
/// that are all white space are the markup's indentation between two tags.
fn all_white(t: &str) -> bool {
    let b = t.as_bytes();
    match b.iter().position(|&c| !matches!(c, b'\t'..=b'\r' | b' ')) {
        None => true,
        Some(p) => !b[p].is_ascii() && t[p..].chars().all(char::is_whitespace),
    }
}

/// The bytes of `t` that are not ASCII white space: a region's share of a line.
fn non_space_bytes(t: &str) -> usize {
    t.bytes().filter(|b| !b.is_ascii_whitespace()).count()
}

/// Inline elements that emphasise their text.
/// True when the line so far is prose that has finished a sentence: five words or more, ending
/// at a full stop, a question or exclamation mark, or the closing quote after one (English,
/// German and French quotes, spaced or not: `." `, `.“`, `. »`).
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}'
            )
    });
    t.ends_with(['.', '?', '!', '\u{2026}']) && t.split_whitespace().nth(4).is_some()
}

/// True when `node` is the last thing in its parent (white space aside) and the parent is a
/// heading or an element its class names a lead ("standfirst", "deck"...).
fn ends_heading_or_lead(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let last = node.next_siblings().all(|s| match s.value() {
        Node::Text(t) => t.trim().is_empty(),
        Node::Comment(_) => true,
        _ => false,
    });
    last && node
        .parent()
        .and_then(|p| p.value().as_element())
        .is_some_and(|p| {
            matches!(p.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                || main_content::class_names(p).lead
        })
}

fn is_emphasis(name: &str) -> bool {
    matches!(name, "strong" | "b" | "em" | "i")
}

/// Gathers text into lines. A line's zone is the zone of its first text, unless that text is in
/// a region other than the article's metadata and at least twice as much of the line is article
/// text or metadata: a badge ("hot!" marked trending) before a byline does not make the byline
/// line a headline list.
#[derive(Default)]
struct LineBuilder {
    text: String,
    lines: Vec<Line>,
    current: String,
    zone: Option<BlockKind>,
    shares: Vec<(Option<BlockKind>, usize)>,
    /// Whether all of the current line's text so far is emphasised.
    emphasis: bool,
    /// Whether all of the current line's text so far is in other texts' region.
    foreign: bool,
    /// Whether all of the current line's text so far is in a side region of the page.
    side: bool,
}

impl LineBuilder {
    fn push(&mut self, t: &str, zone: Option<BlockKind>, emphasis: bool, whose: Whose) {
        let Whose { foreign, side } = whose;
        if self.current.is_empty() {
            // `t.trim().is_empty()`, without trimming from both ends.
            if all_white(t) {
                return;
            }
            self.zone = zone;
            self.shares.clear();
            self.emphasis = emphasis;
            self.foreign = foreign;
            self.side = side;
        } else if (self.emphasis && !emphasis || self.foreign && !foreign || self.side && !side)
            && !all_white(t)
        {
            // (White space between emphasised words, as markup's line breaks leave it, is
            // tested only while the line is all emphasis so far.)
            self.emphasis &= emphasis;
            self.foreign &= foreign;
            self.side &= side;
        }
        // How much of the line each region holds, kept only when the first text's region may
        // give way (see `flush`); bytes, not characters, as only the proportion counts. The
        // first region's share is what the others leave of the line, counted in `flush` for the
        // few lines that hold another region's text: most lines are one region's.
        if self.zone.is_some_and(|k| k != BlockKind::Metadata) && zone != self.zone {
            let n = non_space_bytes(t);
            match self.shares.iter_mut().find(|(z, _)| *z == zone) {
                Some((_, c)) => *c += n,
                None => self.shares.push((zone, n)),
            }
        }
        self.current.push_str(t);
    }

    fn flush(&mut self) {
        // The first region's share of a line that holds others' (see `push`).
        if self.zone.is_some_and(|k| k != BlockKind::Metadata) && !self.shares.is_empty() {
            let others: usize = self.shares.iter().map(|(_, c)| c).sum();
            let first = non_space_bytes(&self.current).saturating_sub(others);
            self.shares.push((self.zone, first));
        }
        // The line is collapsed straight into the text, after its line break.
        let had_text = !self.text.is_empty();
        if had_text {
            self.text.push('\n');
        }
        let start = self.text.len();
        let filled = push_collapsed(&mut self.text, &self.current);
        self.current.clear();
        if !filled {
            if had_text {
                self.text.pop();
            }
            return;
        }
        let first = self.zone.take();
        let count = |zone: Option<BlockKind>| {
            self.shares
                .iter()
                .find(|(z, _)| *z == zone)
                .map_or(0, |(_, c)| *c)
        };
        let zone = match first {
            Some(k) if k != BlockKind::Metadata => [None, Some(BlockKind::Metadata)]
                .into_iter()
                .filter(|&z| count(z) >= 2 * count(first).max(1))
                .max_by_key(|&z| count(z))
                .unwrap_or(first),
            _ => first,
        };
        self.lines.push(Line {
            start,
            end: self.text.len(),
            zone,
            emphasis: std::mem::take(&mut self.emphasis),
            foreign: std::mem::take(&mut self.foreign),
            side: std::mem::take(&mut self.side),
        });
    }

    fn finish(self) -> (String, Vec<Line>) {
        (self.text, self.lines)
    }
}

/// The tag scan [`approximate_depth`] replaced (a list search per tag), to test it against.
#[cfg(test)]
mod oracle {
    /// Elements that never hold content (or whose end tag is often left out), so they do not deepen
    /// the tree.
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"source", b"track", b"wbr", b"p", b"li", b"option",
    ];

    /// Elements whose content is raw text: a `<div` inside a script string is not a tag.
    const RAW_TEXT: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp"];

    /// The deepest element nesting of `source`, approximately (by counting tags, not parsing). A
    /// byte scan: it runs before every parse, so it must cost a small fraction of the parse.
    pub(super) fn approximate_depth(source: &str) -> usize {
        let s = source.as_bytes();
        let (mut depth, mut max) = (0usize, 0usize);
        let mut i = 0;
        while let Some(off) = memchr::memchr(b'<', &s[i..]) {
            i += off + 1;
            if s[i..].starts_with(b"!--") {
                i = memchr::memmem::find(s.get(i + 3..).unwrap_or_default(), b"-->")
                    .map_or(s.len(), |e| i + 3 + e + 3);
                continue;
            }
            let closing = s.get(i) == Some(&b'/');
            let start = i + usize::from(closing);
            let mut end = start;
            while end < s.len() && s[end].is_ascii_alphanumeric() {
                end += 1;
            }
            if end == start || !s[start].is_ascii_alphabetic() {
                continue;
            }
            let name = &s[start..end];
            let Some(gt) = memchr::memchr(b'>', &s[end..]).map(|p| end + p) else {
                break;
            };
            i = gt + 1;
            if VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) || s[gt - 1] == b'/' {
                continue;
            }
            if closing {
                depth = depth.saturating_sub(1);
                continue;
            }
            if let Some(raw) = RAW_TEXT.iter().find(|r| r.eq_ignore_ascii_case(name)) {
                // Skip to the matching end tag; the element itself does not deepen the tree.
                i = super::find_end_tag(s, i, raw).unwrap_or(s.len());
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
        max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_title_ends_where_its_markup_starts() {
        let page = "<html><head>\n<title>Pier fire closes boardwalk :: Saltmere Voice\n\
                    <meta name=\"author\" content=\"Ida Moreau\">\n<body>\n<h1>Pier fire closes boardwalk\n\
                    <p>SALTMERE — A fire on the north pier closed the boardwalk on Sunday, the fire chief said.\n\
                    <p>No one was hurt, and the pier will reopen once engineers have checked it.\n</html>";
        let fixed = super::close_unclosed_title(page);
        assert!(fixed.contains("Saltmere Voice\n</title><meta"), "{fixed}");
        let doc = super::parse(page, "utf-8", vec![]);
        assert!(
            doc.text
                .contains("A fire on the north pier closed the boardwalk"),
            "{}",
            doc.text
        );
        assert!(doc.diagnostics.iter().any(|d| d.contains("<title>")));
        // A closed title, a title with a lone "<", and no title at all are left as they are.
        for ok in [
            "<title>Pier fire</title><p>Text",
            "<TITLE lang=en>Rates < 5% for now</TITLE><p>Text",
            "<p>No title here",
            "<titles>x<p>y",
            "<title>",
        ] {
            assert!(
                matches!(super::close_unclosed_title(ok), Cow::Borrowed(_)),
                "{ok}"
            );
        }
        assert!(super::close_unclosed_title("<TITLE>Fire<BODY>x").contains("Fire</title><BODY>"));
    }

    #[test]
    fn the_pre_sized_parse_builds_scrapers_tree() {
        let pieces = [
            "<",
            ">",
            "</",
            "<div>",
            "</div>",
            "<p>",
            "<p class=\"a\">",
            "</p>",
            "<script>",
            "</script>",
            "<table><td>",
            "<!--",
            "-->",
            "<br/>",
            "text ",
            "a<b",
            "&amp;",
            "é",
            "<html>",
            "<body>",
            "<li>",
            "<title>",
            "</title>",
            " ",
            "\n",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..3_000 {
            let page = rng.string(&pieces, 40);
            assert!(
                parse_document(&page, memchr::memchr_iter(b'<', page.as_bytes()).count()).tree
                    == Html::parse_document(&page).tree,
                "{page:?}"
            );
        }
    }

    #[test]
    fn attributes_read_by_atom_or_by_name_agree() {
        let names = [
            "class", "id", "role", "itemprop", "content", "property", "name", "rel", "href",
            "type", "title", "datetime", "pubdate", "xml:lang", "data-x", "CLASS",
        ];
        let page = r#"<html xml:lang="de"><body><div class="a b" id="x" role="main" itemprop="articleBody"
            data-x="1" CLASS="dup"><time datetime="2024-01-02" pubdate title="t">x</time><a href="/h" rel="author"
            type="t" name="n">y</a><meta property="og:url" content="c"><svg><a xlink:href="/s" href="/t">z</a></svg></div></body></html>"#;
        let html = Html::parse_document(page);
        let mut seen = 0;
        for el in html.tree.nodes().filter_map(|n| n.value().as_element()) {
            for name in names {
                let by_name = el.attrs().find_map(|(k, v)| (k == name).then_some(v));
                assert_eq!(attr_of(el, name), by_name, "{name} on {}", el.name());
                seen += usize::from(by_name.is_some());
            }
        }
        assert!(seen >= 15, "{seen}");
    }

    /// `AUTHOR_PAGE` case-blind in its folder's name only matches where it matched case-blind
    /// throughout: the class it spells out is the case-blind one, character by character, and
    /// `is_author_page` agrees with the old regex on seeded random links.
    #[test]
    fn author_page_blind_to_case_in_the_folder_only_matches_as_before() {
        crate::same_class(r"(?i)[\p{L}0-9]", r"[\p{L}0-9\x{345}]");
        let old = regex::Regex::new(r"(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori)/[\p{L}0-9]+(?:[-_.][\p{L}0-9]+)*/?(?:[?#].*)?$").unwrap();
        let folders = [
            "/author/",
            "/AUTHORS/",
            "/Autor/",
            "/autorin/",
            "/auteurs/",
            "/autori/",
            "/authorſ/",
            "/autore",
            "/authors",
            "/\u{212a}/",
            "/",
        ];
        let pieces = [
            "jane", "Roe", "-", "_", ".", "/", "?", "#", "x=1", "é", "\u{345}", "Ω", "9", "feed",
            "K", "\u{212a}", " ",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..30_000 {
            let href = format!(
                "{}{}{}",
                rng.string(&pieces, 3),
                folders[rng.below(folders.len())],
                rng.string(&pieces, 6)
            );
            let now = is_author_page(&href);
            matched += usize::from(now);
            assert_eq!(now, old.is_match(&href), "{href:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    /// `is_author_page` (the anchored regex asked at each folder's '/') finds what the regex
    /// searched over the whole link did, on seeded random links of folder names' pieces.
    #[test]
    fn author_page_asked_at_each_folder_as_over_the_whole_link() {
        let unanchored = regex::Regex::new(r"(?i:/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori)/)[\p{L}0-9\x{345}]+(?:[-_.][\p{L}0-9\x{345}]+)*/?(?:[?#].*)?$").unwrap();
        let pieces = [
            "/",
            "aut",
            "AUT",
            "Aut",
            "hor",
            "HORS",
            "or",
            "s",
            "ſ",
            "en",
            "in",
            "eur",
            "e",
            "i",
            "jane-roe",
            "Ünal",
            "_",
            ".",
            "?",
            "#x",
            "feed",
            "page",
            "/autor/",
            "/Authors/",
            "/auteurs/",
            "autori",
            "AUTORE",
            "ore",
            "en",
            "/aut",
            "eurs",
        ];
        let mut rng = crate::Xorshift::new();
        let mut matched = 0;
        for _ in 0..20_000 {
            let h = rng.string(&pieces, 10);
            let now = is_author_page(&h);
            matched += usize::from(now);
            assert_eq!(now, unanchored.is_match(&h), "{h:?}");
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn lines_collapse_as_a_split_and_join_would() {
        let pieces = [
            "a", "Bé", " ", "  ", "\n", "\t", "\u{a0}", "\u{3000}", "x y", "", "\u{b}", "\u{c}",
            "\u{1f}", "\r", "b", "’", "\u{2028}", "\u{85}", "中",
        ];
        let mut rng = crate::Xorshift::new();
        let mut out = LineBuilder::default();
        let mut want: Vec<String> = Vec::new();
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 12);
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_ws(&s), joined, "{s:?}");
            out.push(
                &s,
                None,
                false,
                Whose {
                    foreign: false,
                    side: false,
                },
            );
            out.flush();
            if !joined.is_empty() {
                want.push(joined);
            }
        }
        let (text, lines) = out.finish();
        assert_eq!(text, want.join("\n"));
        assert_eq!(lines.len(), want.len());
        for (l, w) in lines.iter().zip(&want) {
            assert_eq!(&text[l.start..l.end], w);
        }
    }

    /// The zone of a line of `texts` as `LineBuilder` read it before it counted only the other
    /// regions' shares: every text's bytes counted under its region.
    fn line_zone_counting_all(texts: &[(&str, Option<BlockKind>)]) -> Option<BlockKind> {
        let texts: Vec<_> = texts
            .iter()
            .skip_while(|(t, _)| t.chars().all(char::is_whitespace))
            .collect();
        let first = texts.first()?.1;
        let count = |zone: Option<BlockKind>| -> usize {
            texts
                .iter()
                .filter(|(_, z)| *z == zone)
                .map(|(t, _)| t.bytes().filter(|b| !b.is_ascii_whitespace()).count())
                .sum()
        };
        match first {
            Some(k) if k != BlockKind::Metadata => [None, Some(BlockKind::Metadata)]
                .into_iter()
                .filter(|&z| count(z) >= 2 * count(first).max(1))
                .max_by_key(|&z| count(z))
                .unwrap_or(first),
            _ => first,
        }
    }

    #[test]
    fn a_lines_zone_is_read_from_the_other_regions_shares_as_from_all() {
        let pieces = [
            "ab",
            "Bé cd",
            " ",
            "\n",
            "\u{a0}",
            "x y z",
            "\u{b}",
            "longer words here",
        ];
        let zones = [
            None,
            Some(BlockKind::Metadata),
            Some(BlockKind::Furniture),
            Some(BlockKind::Navigation),
        ];
        let mut rng = crate::Xorshift::new();
        let mut out = LineBuilder::default();
        let mut want = Vec::new();
        let mut mixed = 0;
        for _ in 0..5_000 {
            let texts: Vec<(String, Option<BlockKind>)> = (0..rng.below(5))
                .map(|_| (rng.string(&pieces, 4), zones[rng.below(zones.len())]))
                .collect();
            let whose = Whose {
                foreign: false,
                side: false,
            };
            for (t, z) in &texts {
                out.push(t, *z, false, whose);
            }
            out.flush();
            let texts: Vec<(&str, Option<BlockKind>)> =
                texts.iter().map(|(t, z)| (t.as_str(), *z)).collect();
            if texts
                .iter()
                .any(|(t, _)| t.split_whitespace().next().is_some())
            {
                let zone = line_zone_counting_all(&texts);
                mixed += usize::from(
                    zone != texts
                        .iter()
                        .find(|(t, _)| t.split_whitespace().next().is_some())
                        .and_then(|t| t.1),
                );
                want.push(zone);
            }
        }
        let (_, lines) = out.finish();
        let got: Vec<_> = lines.iter().map(|l| l.zone).collect();
        assert_eq!(got, want);
        assert!(mixed > 100, "{mixed}");
    }

    #[test]
    fn white_space_is_read_as_chars_read_it() {
        let pieces = [
            " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{85}", "\u{3000}", "\u{1f}", "a",
            "é",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 6);
            assert_eq!(all_white(&s), s.chars().all(char::is_whitespace), "{s:?}");
        }
    }

    #[test]
    fn lines_all_in_emphasis_are_marked() {
        let d = parse(
            "<body><p>Plain <b>half</b></p><p>\n <strong>Tom Vane</strong>\n</p><p><em><span>Ann</span> \
             <i>Lee</i></em></p><p><b>Bold</b> tail</p></body>",
            "UTF-8",
            vec![],
        );
        let marked: Vec<(&str, bool)> = d
            .lines
            .iter()
            .map(|l| (&d.text[l.start..l.end], l.emphasis))
            .collect();
        assert_eq!(
            marked,
            [
                ("Plain half", false),
                ("Tom Vane", true),
                ("Ann Lee", true),
                ("Bold tail", false)
            ]
        );
    }

    #[test]
    fn credits_of_pictures_and_teasers_are_no_bylines() {
        let d = parse(
            r#"<html><body><h1>Pier repairs begin</h1><span class="authorname-txt">Ann Lee</span><span class="img-author">Tom Vane</span><div class="news-teaser__author">Rosa Quill</div><span class="license-author">Ed Moss</span><div class="teaser-box author">Ann Lee</div><p>Text.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(
            d.html.author_elements,
            vec!["Ann Lee".to_string(), "Ann Lee".to_string()]
        );
    }

    #[test]
    fn an_author_class_in_other_languages_is_a_byline() {
        let d = parse(
            r#"<html><body><h1>Muelle reparado</h1><div class="autor"><h6>Ana Ríos | Publicado hace 3 horas</h6></div><span class="autorenbox-teaser">Tom Vane</span><p>Texto.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(
            d.html.author_elements,
            vec!["Ana Ríos | Publicado hace 3 horas".to_string()]
        );
    }

    #[test]
    fn a_link_to_an_author_page_is_a_byline() {
        let d = parse(
            r#"<html><body><h1>Ferry returns</h1><a class="name" href="/author/ann-lee/">Ann Lee</a><a href="/authors/">All authors</a><a href="/author/feed">Feed</a><p>Text.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.author_elements, vec!["Ann Lee".to_string()]);
    }

    #[test]
    fn bylines_of_comments_and_teasers_are_not_the_articles() {
        let d = parse(
            r#"<html><body><article><h1>Pier repairs begin</h1><span class="byline">By Ann Lee</span>
<p>The council voted on Tuesday to repair the old pier before the summer season, officials said.</p>
<p>Work starts next week and should last three months, weather permitting, the harbour master added.</p></article>
<div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Gulls return</a><span class="post-author">Tom Vane</span></li></ul></div>
<div id="comments"><div class="comment"><span class="comment-author">Rosa Quill</span><p>Finally!</p></div></div></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.author_elements, vec!["By Ann Lee".to_string()]);
    }

    #[test]
    fn a_link_list_of_the_storys_own_metadata_keeps_its_byline() {
        let d = parse(
            r#"<html><body><article><header><h1>Pier repairs begin</h1><ul class="post-meta"><li class="post-author">By <a href="/author/ann-lee/">Ann Lee</a></li><li class="post-date"><a href="/2024/03/14/">March 14, 2024</a></li><li class="post-comments"><a href="/pier#respond">No comments</a></li></ul></header>
<p>The council voted on Tuesday to repair the old pier before the summer season, officials said.</p>
<p>Work starts next week and should last three months, weather permitting, the harbour master added.</p></article></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert!(
            d.html.author_elements.iter().any(|a| a.contains("Ann Lee")),
            "{:?}",
            d.html.author_elements
        );
    }

    #[test]
    fn inline_elements_meeting_at_a_letter_and_a_digit_stay_apart() {
        let d = parse(
            r#"<html><body><div><a href="/a">Jane Roe</a><span>3.11.2023</span></div><p>CO<sub>2</sub> levels rose.</p><p><span class="drop">T</span>he tide turned.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert!(d.text.contains("Jane Roe 3.11.2023"), "{}", d.text);
        assert!(d.text.contains("CO2 levels rose."), "{}", d.text);
        assert!(d.text.contains("The tide turned."), "{}", d.text);
    }

    #[test]
    fn the_language_of_an_xhtml_page() {
        let d = parse(
            r#"<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><body><p>Hello.</p></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.lang.as_deref(), Some("en-GB"));
        let d = parse(
            r#"<html lang="fr" xml:lang="en"><body></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn dates_under_comments_and_story_lists_are_foreign_at_any_depth() {
        let d = parse(
            r#"<html><body><article><h1>Ferry timetable changes at Lindholm</h1>
            <time datetime="2031-04-02">2 April</time>
            <p>The island's ferry will leave an hour earlier from May, the harbour office said.</p>
            <div id="comment-list" class="thread"><ul><li><p>
            <time datetime="2031-04-03">3 April</time></p></li></ul></div>
            <aside><div class="Related_Posts box"><div><span class="published"
            title="2031-03-30">30 March</span></div></div></aside>
            <div class="sidebar"><div><time datetime="2031-03-01">1 March</time></div></div>
            <nav><time datetime="2031-02-01">1 February</time></nav>
            </article></body></html>"#,
            "UTF-8",
            vec![],
        );
        let times: Vec<(&str, bool)> = d
            .html
            .times
            .iter()
            .map(|t| (t.value.as_str(), t.foreign))
            .collect();
        assert_eq!(
            times,
            [
                ("2031-04-02", false),
                ("2031-04-03", true),
                ("2031-03-30", true),
                ("2031-03-01", false),
                ("2031-02-01", false)
            ]
        );
    }

    #[test]
    fn dates_in_sidebars_menus_and_the_site_footer_are_side_dates() {
        let d = parse(
            r#"<html><body><aside class="rail"><time datetime="2031-05-01">1 May</time></aside>
            <div class="widget-area" role="complementary"><p>Posted 2 May 2031</p></div>
            <article><div class="footer">Filed <time datetime="2031-04-02">2 April</time></div>
            <h1>Ferry timetable changes at Lindholm</h1>
            <aside class="meta" role="complementary"><time datetime="2031-04-03">3 April</time></aside>
            <p>The island's ferry will leave an hour earlier from May, the harbour office said on
            Tuesday, and the last boat of the evening will run only at weekends.</p>
            <nav><time datetime="2031-02-01">1 February</time></nav>
            <ul class="related-links"><li><a href="/a">A story</a> <time datetime="2031-01-05">5 Jan</time></li></ul>
            </article><div class="sidebar"><time datetime="2031-03-01">1 March</time></div>
            <footer><time datetime="2031-06-01">1 June</time></footer></body></html>"#,
            "UTF-8",
            vec![],
        );
        let times: Vec<(&str, bool)> = d
            .html
            .times
            .iter()
            .map(|t| (t.value.as_str(), t.side))
            .collect();
        assert_eq!(
            times,
            [
                ("2031-05-01", true),
                // A footer over the story's text is the story's; so is an `<aside>` in its
                // `<article>` that its class does not name a sidebar.
                ("2031-04-02", false),
                ("2031-04-03", false),
                ("2031-02-01", true),
                // A list of other stories is theirs (`foreign`), wherever it stands.
                ("2031-01-05", false),
                ("2031-03-01", true),
                ("2031-06-01", true),
            ]
        );
        let line = |s: &str| {
            d.lines
                .iter()
                .find(|l| d.text[l.start..l.end].contains(s))
                .copied()
                .expect("the line")
        };
        assert!(d
            .html
            .times
            .iter()
            .any(|t| t.value == "2031-01-05" && t.foreign));
        assert!(line("Posted 2 May 2031").side);
        assert!(!line("Ferry timetable changes").side);
        assert!(!line("The island's ferry").side);
    }

    #[test]
    fn itemprops_are_read_wherever_they_stand() {
        let d = parse(
            r#"<html><body><div class="story"><h1 itemprop="Headline">Harbour dues rise</h1>
            <p><span itemprop="AUTHOR">Mira Tellen</span>
            <span itemprop="datePublished" content="2032-05-06">6 May</span>
            <span itemprop="DateModified">7 May 2032</span></p>
            <p itemprop="articleBody">The council of Vessby raised the harbour dues again.</p>
            <div title="2032-01-01">no date class</div></div></body></html>"#,
            "UTF-8",
            vec![],
        );
        assert_eq!(d.html.author_elements, vec!["Mira Tellen".to_string()]);
        let times = times_of(&d);
        assert_eq!(
            times,
            [("2032-05-06", "published"), ("7 May 2032", "modified")]
        );
    }

    /// The name of the item scope marked as the publisher, by its `content` or its text; the
    /// author's `name` is not it.
    #[test]
    fn microdata_publisher_names_the_site() {
        let page = |inner: &str| {
            parse(
                &format!(r#"<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Harbour dues rise</h1>
                <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Mira Tellen</span></span>
                {inner}<p itemprop="articleBody">The council of Vessby raised the harbour dues again.</p></article></body></html>"#),
                "UTF-8",
                vec![],
            )
            .html
            .microdata_publisher
        };
        assert_eq!(
            page(r#"<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Vessby Gazette"></div>"#).as_deref(),
            Some("Vessby Gazette")
        );
        assert_eq!(
            page(
                r#"<div itemprop="publisher" itemscope><span itemprop="name"> Vessby
            Gazette </span></div>"#
            )
            .as_deref(),
            Some("Vessby Gazette")
        );
        assert_eq!(page(""), None);
    }

    /// The page's date elements as (value, role).
    fn times_of(d: &Document) -> Vec<(&str, &str)> {
        d.html
            .times
            .iter()
            .map(|t| (t.value.as_str(), t.role.as_str()))
            .collect()
    }

    #[test]
    fn hatom_dates_in_title_attributes() {
        let d = parse(
            r#"<html><body><div class="hentry"><h1>Quiet week at the marina</h1>
            <abbr class="published" title="2016-10-09T08:00:00+02:00">Sunday</abbr>
            <span class="updated" title="2016-10-11T09:30:00+02:00"></span>
            <span class="note" title="2001-01-01">hover</span><p>Few boats left the marina.</p></div></body></html>"#,
            "UTF-8",
            vec![],
        );
        let times = times_of(&d);
        assert_eq!(
            times,
            [
                ("2016-10-09T08:00:00+02:00", "published"),
                ("2016-10-11T09:30:00+02:00", "modified")
            ]
        );
    }

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

    fn zone_of_line(d: &Document, needle: &str) -> Option<BlockKind> {
        let n = (1..=d.lines.len())
            .find(|&n| d.line(n).contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?}"));
        d.lines[n - 1].zone
    }

    #[test]
    fn a_short_lead_in_another_region_does_not_zone_its_line() {
        let page = r#"<html><body><h1>Pier repairs begin</h1><div class="meta"><span class="trending">hot!</span> By Ann Lee | April 3, 2021</div><p>The council voted to repair the pier.</p></body></html>"#;
        let d = parse(page, "UTF-8", vec![]);
        // Most of the line is the article's metadata: the badge before it does not make it a
        // headline list.
        assert_eq!(zone_of_line(&d, "By Ann Lee"), Some(BlockKind::Metadata));
        // A line that is mostly the list's text stays in it.
        let page = r#"<html><body><h1>Pier repairs begin</h1><p>The council voted to repair the pier.</p><div class="trending"><a href="/a">Pier closes for the winter after the storm</a> <span class="meta">2 min</span></div></body></html>"#;
        let d = parse(page, "UTF-8", vec![]);
        assert_eq!(
            zone_of_line(&d, "Pier closes"),
            Some(BlockKind::HeadlineList)
        );
    }

    #[test]
    fn story_beats_a_longer_comment_thread_and_keeps_its_lead() {
        let para = "<p>The ferry service, suspended since the storm, will resume on Monday, the harbour office said, after divers checked the pier.</p>";
        let comment = "<div class=\"content\"><p>I took that ferry for years, and honestly, the delays were never about the pier, they were about staffing, and everyone knew it.</p></div>";
        let page = format!(
            r#"<html><body class="has-sidebar"><div class="above-footer">
<article><header><h1>Ferry returns</h1><p class="standfirst">After three weeks without a crossing, islanders will be able to reach the mainland again from Monday morning.</p><p>By Ann Lee</p></header>
<div class="story-body">{}</div></article>
<section class="comments">{}</section></div>
<footer><p>Copyright The Ledger, all rights reserved, 2024.</p></footer></body></html>"#,
            para.repeat(3),
            comment.repeat(6)
        );
        let d = parse(&page, "UTF-8", vec![]);
        assert_eq!(zone_of_line(&d, "divers checked"), None);
        assert_eq!(zone_of_line(&d, "islanders will be able"), None);
        assert_eq!(zone_of_line(&d, "By Ann Lee"), Some(BlockKind::Metadata));
        assert_eq!(zone_of_line(&d, "staffing"), Some(BlockKind::Comments));
        assert_eq!(zone_of_line(&d, "Copyright"), Some(BlockKind::Furniture));
    }

    #[test]
    fn the_depth_scan_reads_tags_as_the_list_search_did() {
        let pieces = [
            "<div>",
            "</div>",
            "<DIV class=x>",
            "<p>",
            "</P>",
            "<li>",
            "<br/>",
            "<img src=a>",
            "<span/>",
            "<Script>",
            "</script>",
            "<style>",
            "</STYLE >",
            "<textarea>",
            "</textarea>",
            "<title>",
            "</title>",
            "<xmp>",
            "</xmp>",
            "<!--",
            "-->",
            "<",
            ">",
            "</",
            "<1a>",
            "<a1>",
            "<textareas>",
            "<scripts>",
            "<options>",
            "<option>",
            "<h2>",
            "</h2>",
            "<section>",
            "text",
            " ",
            "é",
            "<é>",
            "<meta>",
            "<LINK>",
            "<wbr>",
        ];
        let mut rng = crate::Xorshift::new();
        let mut deep = 0;
        for _ in 0..30_000 {
            let page = rng.string(&pieces, 40);
            let want = oracle::approximate_depth(&page);
            assert_eq!(approximate_depth(&page), want, "{page:?}");
            deep += usize::from(want >= 3);
        }
        assert!(deep > 3_000, "{deep}");
    }

    #[test]
    fn the_depth_gate_decides_as_the_full_scan() {
        // Pieces biased to start tags, so that pages pass the gate's counts.
        let pieces = [
            "<div>",
            "<div><div>",
            "<DIV class=x>",
            "<div><div><div>",
            "</div>",
            "<p>",
            "<br/>",
            "<span/>",
            "<Script>",
            "</script>",
            "<!--",
            "-->",
            "<",
            "</",
            "<a1>",
            "<title>",
            "</title>",
            "text",
            "<é>",
        ];
        let mut rng = crate::Xorshift::new();
        // Pages deeper than the limit, pages out at each of the gate's two counts, and pages
        // that take the full scan to clear.
        let (mut deep, mut few_lt, mut few_starts, mut scanned) = (0, 0, 0, 0);
        // And a mix of few start tags among many `<`, every other page.
        let closing = ["</div>", "</p>", "<", "<!---->", "<div>", "text", "</"];
        for i in 0..300 {
            let page = if i % 2 == 0 {
                rng.string(&pieces, 40_000)
            } else {
                rng.string(&closing, 15_000)
            };
            let lt = memchr::memchr_iter(b'<', page.as_bytes()).count();
            let starts = page
                .as_bytes()
                .windows(2)
                .filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
                .count();
            let want = oracle::approximate_depth(&page) > MAX_NESTING;
            assert_eq!(nests_too_deep(&page, lt), want, "{page:?}");
            deep += usize::from(want);
            few_lt += usize::from(lt <= MAX_NESTING);
            few_starts += usize::from(lt > MAX_NESTING && starts <= MAX_NESTING);
            scanned += usize::from(starts > MAX_NESTING && !want);
        }
        assert!(
            deep > 10 && few_lt > 10 && few_starts > 10 && scanned > 10,
            "{deep} {few_lt} {few_starts} {scanned}"
        );
        // Just over and just under the limit, nested `<div>`s.
        for n in [MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1] {
            let page = "<div>".repeat(n);
            let lt = n;
            assert_eq!(nests_too_deep(&page, lt), n > MAX_NESTING, "{n}");
        }
    }

    #[test]
    fn depth_scan_skips_script_text_and_comments() {
        let page = format!(
            "<html><body><script>var s = '{}';</script><!-- {} --><div><p>x</div></body></html>",
            "<div>".repeat(5_000),
            "<div>".repeat(5_000)
        );
        assert_eq!(approximate_depth(&page), 3);
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

    /// JSON-LD with a publisher's slips is read after cleaning: a trailing comma, a CDATA
    /// wrapper behind `//`, a raw line break and tab inside a string, an HTML comment.
    #[test]
    fn json_ld_is_read_after_cleaning() {
        let blocks = [
            r#"{"@type":"NewsArticle","headline":"Gull census ends","author":{"@type":"Person","name":"Orla Penhallow"},}"#,
            "//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"Gull census ends\",\"author\":{\"@type\":\"Person\",\"name\":\"Orla Penhallow\"}}\n//]]>",
            "/*<![CDATA[*/{\"@type\":\"NewsArticle\",\"headline\":\"Gull census ends\",\"author\":[{\"@type\":\"Person\",\"name\":\"Orla Penhallow\"},]}/*]]>*/",
            "{\"@type\":\"NewsArticle\",\"headline\":\"Gull census ends\",\"articleBody\":\"Line one.\nLine\ttwo.\",\"author\":{\"@type\":\"Person\",\"name\":\"Orla Penhallow\"}}",
            "<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Gull census ends\",\"author\":{\"@type\":\"Person\",\"name\":\"Orla Penhallow\"}, } -->",
        ];
        for b in blocks {
            let page = format!(
                "<html><head><script type=\"application/ld+json\">{b}</script></head><body><h1>Gull census ends</h1><p>Text.</p></body></html>"
            );
            let d = parse(&page, "UTF-8", vec![]);
            assert_eq!(d.html.json_ld.len(), 1, "{b}");
            assert_eq!(d.html.json_ld[0]["headline"], "Gull census ends", "{b}");
            assert!(
                d.html.json_ld[0]["author"]
                    .to_string()
                    .contains("Orla Penhallow"),
                "{b}"
            );
        }
        // The cleaning changes nothing inside strings but their control characters.
        assert_eq!(
            clean_json_ld("{\"a\":\"x, ]// <![CDATA[ -->\",\"b\":[1,2,],}"),
            "{\"a\":\"x, ]// <![CDATA[ -->\",\"b\":[1,2]}"
        );
        assert_eq!(
            clean_json_ld("[\"a\nb\u{1}\\\"\t\"]"),
            "[\"a\\nb\\u0001\\\"\\t\"]"
        );
        // Valid JSON comes through unchanged.
        let valid = r#"{"@type":"Thing","name":"Port \"Ess\", [1]","list":[1, 2, {"k": "v"}]}"#;
        assert_eq!(clean_json_ld(valid), valid);
    }

    /// The cleaning never panics and stays linear: seeded random mixes of JSON's pieces and the
    /// slips it repairs, and one long run of each piece.
    #[test]
    fn json_ld_cleaning_never_panics() {
        let pieces = [
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "\\\"",
            "//",
            "/*",
            "*/",
            "<![CDATA[",
            "]]>",
            "<!--",
            "-->",
            "\n",
            "\t",
            "\r",
            " ",
            "a",
            "é",
            "中",
            "\u{0}",
            "1",
            "null",
            "\"k\"",
            "-",
            "<",
            "!",
            "/",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let s = rng.string(&pieces, 24);
            let cleaned = clean_json_ld(&s);
            assert!(cleaned.len() <= s.len() * 6 + 16, "{s:?}");
            let _ = serde_json::from_str::<serde_json::Value>(&cleaned);
        }
        for p in pieces {
            let long = p.repeat(200_000 / p.len().max(1));
            let start = std::time::Instant::now();
            let _ = clean_json_ld(&long);
            assert!(start.elapsed().as_secs() < 5, "{p:?}");
        }
    }
}
