//! Main-content detection on the parsed HTML tree: which elements hold the article and which page
//! regions around and inside it are not article text.
//!
//! One iterative pass (ego-tree's `traverse()`, no recursion) gathers, per element, its visible
//! text length, link text length and comma count. Every run of paragraph text then scores the
//! elements above it, readability-style: a paragraph with more commas and more text is more likely
//! prose, and the container that collects the most prose is the article. A container's score is
//! weighed by its tag, by the hints in its class and id names and by how much of its text is link
//! text. The best container and its qualifying siblings are the article, with the blocks around it
//! built from the same template when they hold prose too (a story a page builder cut into
//! sections); everything outside them is furniture, unless the markup says more precisely what it
//! is (navigation, a headline list...). A post's category and tag classes ("category-newsletter")
//! are editors' labels, not region names.
//!
//! Elements are numbered in document (pre-)order; `html.rs` walks the same tree in the same order
//! and reads each element's [`Mark`] by that number.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use foldhash::HashMap;
use scraper::{Html, Node};

use crate::html::attr_of;
use crate::model::BlockKind;

/// What an element is, as far as the article text is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Nothing particular: its text takes the zone of its surroundings.
    Plain,
    /// One of the elements holding the article.
    Content,
    /// A region that is not article text, wherever it is.
    Zone(BlockKind),
}

/// The article's place in a page: one [`Mark`] per element in document order.
pub(crate) struct ContentMap {
    /// Marks of the elements, by their number in document order.
    pub marks: Vec<Mark>,
    /// True when an article container was found, so text outside it is furniture.
    pub found: bool,
    /// What the class and id names of the elements say, by their number in document order.
    pub names: Vec<ClassNames>,
    /// Whether the elements have an `itemprop` attribute, by their number in document order.
    pub itemprop: Vec<bool>,
}

/// A paragraph shorter than this (in non-space characters) adds nothing to its containers'
/// scores: readability's threshold, short enough for a one-sentence paragraph, long enough to
/// skip captions, labels and menu entries.
const MIN_PARAGRAPH: u32 = 25;
/// Ancestors of a paragraph that share its score (readability: parent, grandparent, and three more
/// with a falling share).
const SCORE_LEVELS: usize = 5;
/// Class and id hints weigh this much in a container's score (readability's class weight).
const HINT_WEIGHT: f32 = 25.0;
/// Characters of text from which a container's class hint counts in full (about two
/// paragraphs); below, in proportion.
const HINT_FULL_TEXT: f32 = 500.0;
/// A sibling of the best container joins the article when its score reaches this share of the
/// best score (readability: 0.2), or the fixed floor below.
const SIBLING_SHARE: f32 = 0.2;
const SIBLING_FLOOR: f32 = 10.0;
/// A marked region inside the article is only boilerplate when it holds less than this share of
/// the article's text; a "share" class on a wrapper of the whole story does not make it a widget.
const ZONE_MAX_SHARE: f32 = 0.5;
/// Inside the article, a box named like a widget (ad slot, share bar, newsletter prompt) that holds
/// this much text, nearly none of it link text, is a section of the story: widgets say little.
const WIDGET_MAX_PROSE: u32 = 300;
const PROSE_LINK_DENSITY: f32 = 0.2;
/// Inside the article, a list or box whose text is mostly link text is navigation or a headline
/// list, not prose.
const LINK_DENSE: f32 = 0.5;
/// Inside the article, a paragraph or sub-heading whose text is this much link text is a pointer
/// to another page ("Read also: <headline>", a teaser), not a sentence of the story: prose links a
/// few words of a sentence, not nearly all of it.
const LINK_LINE: f32 = 0.7;
/// Links whose text averages at least this many characters read as headlines, shorter ones as
/// menu entries.
const HEADLINE_LINK_CHARS: u32 = 25;

/// The `<article>` around the chosen text is the story's own when it holds at most this many times
/// the text's length (the rest being headline, byline, date, captions); a bigger one wraps the page.
const SCOPE_MAX_RATIO: u32 = 3;

/// A best container inside a widget region (a cookie notice...) yields to the best one outside
/// when that one scores at least this share of it.
const REGION_YIELD: f32 = 0.5;

/// Levels above the best container whose other children may join the article when they hold
/// prose (see [`widen`]): the container's parent, grandparent and great-grandparent.
const WIDEN_LEVELS: usize = 3;

/// Levels above the best container where [`template_siblings`] looks for blocks of its template,
/// and the share of its prose they must hold together.
const TEMPLATE_LEVELS: usize = 8;
const TEMPLATE_SHARE: f32 = 0.5;

/// A box named as a headline list inside the article stays one, even when it holds most of the
/// article's text, with this many links making at least this share of its text.
const RELATED_MIN_LINKS: u32 = 3;
const RELATED_MIN_DENSITY: f32 = 0.1;

/// Scoring leaves out paragraphs in unlikely regions unless fewer than this many characters of
/// paragraph text remain outside them (about two short paragraphs).
const MIN_CLEAN_PROSE: u32 = 200;

/// A paragraph between the story's `<article>` start and its text that is this long is a lead
/// (standfirst), not a byline or date line.
const LEAD_MIN_CHARS: u32 = 80;
/// A block between the headline and the text whose class names it as the lead ("lead",
/// "standfirst", "subtitle"...) is one from this length on: a one-line subtitle.
const NAMED_LEAD_MIN_CHARS: u32 = 40;
/// The lead sits close to its headline: at most this much text between the headline and the
/// story's text (byline, date, kicker, share bar, the lead itself), or the headline is another's.
const HEADLINE_GAP_MAX_TEXT: u32 = 1500;

/// Tags whose content is never visible text, or not text of the sentence: ruby annotations
/// (`<rt>`, `<rp>`) gloss a word's reading above it and would run into the sentence.
pub(crate) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "select"
            | "option"
            | "button"
            | "head"
            | "textarea"
            | "rt"
            | "rp"
    )
}

/// Tags that end a line of text before and after them.
pub(crate) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "br"
            | "tr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "dd"
            | "dt"
            | "dl"
            | "form"
            | "main"
            | "hr"
            | "address"
            | "title"
            | "td"
            | "th"
            | "caption"
            | "summary"
            | "details"
    )
}

/// Blocks that are one paragraph: their text scores their parent. Other blocks (`div`,
/// `section`...) holding text directly are containers and score themselves.
fn is_paragraph(name: &str) -> bool {
    matches!(
        name,
        "p" | "pre"
            | "li"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "dd"
            | "dt"
            | "figcaption"
            | "td"
            | "th"
            | "address"
    )
}

#[derive(Default)]
struct El {
    parent: Option<u32>,
    tag_weight: f32,
    hint: f32,
    zone: Option<BlockKind>,
    /// Non-space characters of visible text, descendants included.
    text: u32,
    /// Of which inside `<a>`.
    link: u32,
    /// `<a>` elements with text, descendants included.
    links: u32,
    /// Score from every paragraph, and from paragraphs outside unlikely regions only.
    score: [f32; 2],
    scored: [bool; 2],
    /// A region that is unlikely to hold the article (comments, navigation, sidebars...).
    unlikely: bool,
    /// Characters of scoring paragraphs owned directly, and in the whole subtree.
    own_prose: u32,
    prose: u32,
    /// Characters of scoring paragraphs outside unlikely regions, in the subtree.
    clean_prose: u32,
    is_paragraph: bool,
    is_list_box: bool,
    /// `<p>` or a sub-heading: one line of text whose links may make all of it.
    is_text_line: bool,
    /// `<article>`, `<main>`, or marked as the article by `itemprop`/`role`.
    is_article_scope: bool,
    is_body: bool,
    is_heading: bool,
    /// `<h1>`: the headline, not a sub-heading.
    is_h1: bool,
    /// `<footer>`: inside a story, its notes and author box, not its text.
    is_footer: bool,
    /// `<header>`: inside a story, its kicker, headline, byline and date, and often its lead.
    is_header: bool,
    /// A page header by tag or by class ("site-header", "article-header"): furniture outside a
    /// story, but where a story's headline, byline and lead sit when its markup has no `<article>`.
    header_region: bool,
    /// Named as the story's lead by its class or id ("lead", "standfirst", "sub-headline"...).
    lead_class: bool,
    class_key: u64,
    /// Its tag ends a line ([`is_block`]), hides its text ([`is_skipped`]), is `<a>` or
    /// `<article>`: read once when the element opens, for both of its edges.
    block: bool,
    skipped: bool,
    link_tag: bool,
    article_tag: bool,
}

/// A run of text between two block boundaries.
#[derive(Default)]
struct Run {
    chars: u32,
    commas: u32,
    owner: Option<u32>,
}

/// The attributes the analysis reads of every element, from one pass over its attributes (as
/// [`attr_of`] reads them: the first of each local name).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Attrs<'a> {
        use html5ever::local_name;
        let mut a = Attrs::default();
        for (k, v) in el.attrs.iter() {
            let slot = match k.local {
                local_name!("class") => &mut a.class,
                local_name!("id") => &mut a.id,
                local_name!("role") => &mut a.role,
                local_name!("itemprop") => &mut a.itemprop,
                _ => continue,
            };
            slot.get_or_insert(&**v);
        }
        a
    }
}

/// Finds the article's containers and the non-article regions of a parsed page.
pub(crate) fn analyse(html: &Html) -> ContentMap {
    // Sized up front: grown by doubling, the per-element vectors were copied over and over.
    // The node count bounds the element count, and is known without a pass over the nodes.
    let elements = html.tree.values().len();
    let mut els: Vec<El> = Vec::with_capacity(elements);
    let mut stack: Vec<u32> = Vec::new();
    // The tree node of each element, to read a block's text when a rule needs its words.
    let mut nodes: Vec<ego_tree::NodeId> = Vec::with_capacity(elements);
    let mut blocks: Vec<u32> = Vec::new();
    let (mut skip, mut in_link, mut in_article) = (0usize, 0usize, 0usize);
    let mut run = Run::default();
    // A page repeats its class lists (every item of a list, every teaser of a row): each
    // distinct class list is read once. An id is the page's one element's (a lookup would miss):
    // an element with one is read at once.
    let mut read_names: HashMap<&str, ClassNames> = HashMap::default();
    // And the distinct lists share most of their tokens ("col-md-6", "item"): each distinct
    // token is read once too, and once for all the pages this thread reads (see `TOKENS`).
    let mut read_tokens = TOKENS.take();
    let mut names: Vec<ClassNames> = Vec::with_capacity(elements);
    let mut itemprop: Vec<bool> = Vec::with_capacity(elements);

    // Paragraphs long enough to score: (owner element, characters, commas).
    let mut paragraphs: Vec<(u32, u32, u32)> = Vec::new();
    let flush = |run: &mut Run, paragraphs: &mut Vec<(u32, u32, u32)>| {
        let r = std::mem::take(run);
        if let Some(owner) = r.owner.filter(|_| r.chars >= MIN_PARAGRAPH) {
            paragraphs.push((owner, r.chars, r.commas));
        }
    };

    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    let idx = els.len() as u32;
                    let (block, skipped) = (is_block(name), is_skipped(name));
                    let (link_tag, article_tag) = (name == "a", name == "article");
                    if article_tag {
                        in_article += 1;
                    }
                    let attrs = Attrs::of(el);
                    let (class, id) = (attrs.class.unwrap_or(""), attrs.id.unwrap_or(""));
                    let n = if class.is_empty() && id.is_empty() {
                        ClassNames::default()
                    } else if !id.is_empty() {
                        read_class_names(class, id, &mut read_tokens)
                    } else {
                        *read_names
                            .entry(class)
                            .or_insert_with(|| read_class_names(class, id, &mut read_tokens))
                    };
                    let zone = markup_zone(name, attrs.role, in_article > 0)
                        .unwrap_or(n.zone[usize::from(in_article > 0)]);
                    let (hint, class_key, maybe) = (n.hint, n.key, n.maybe);
                    let (header_region, lead_class) = (n.header, n.lead);
                    names.push(n);
                    itemprop.push(attrs.itemprop.is_some());
                    let is_unlikely = !maybe
                        && name != "form"
                        && zone.is_some_and(|k| {
                            !matches!(k, BlockKind::Caption | BlockKind::Metadata)
                        });
                    els.push(El {
                        parent: stack.last().copied(),
                        tag_weight: tag_weight(name),
                        hint,
                        zone,
                        unlikely: is_unlikely,
                        is_paragraph: is_paragraph(name),
                        is_text_line: matches!(name, "p" | "h2" | "h3" | "h4" | "h5" | "h6"),
                        is_list_box: matches!(
                            name,
                            "ul" | "ol" | "dl" | "div" | "section" | "table" | "nav" | "menu"
                        ),
                        is_article_scope: matches!(name, "article" | "main")
                            || attrs.role == Some("main")
                            || attrs.itemprop.is_some_and(|p| p.contains("article")),
                        is_body: name == "body",
                        is_heading: matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"),
                        is_h1: name == "h1",
                        is_footer: name == "footer",
                        is_header: name == "header",
                        header_region: name == "header" || header_region,
                        lead_class,
                        class_key,
                        block,
                        skipped,
                        link_tag,
                        article_tag,
                        ..El::default()
                    });
                    stack.push(idx);
                    nodes.push(node.id());
                    if skipped {
                        skip += 1;
                    }
                    if link_tag {
                        in_link += 1;
                    }
                    if block {
                        flush(&mut run, &mut paragraphs);
                        blocks.push(idx);
                    }
                }
                Node::Text(t) if skip == 0 => {
                    let (chars, commas) = measure(t);
                    if chars == 0 {
                        continue;
                    }
                    if let Some(&owner) = stack.last() {
                        let e = &mut els[owner as usize];
                        e.text += chars;
                        if in_link > 0 {
                            e.link += chars;
                        }
                    }
                    run.chars += chars;
                    run.commas += commas;
                    if run.owner.is_none() {
                        run.owner = blocks.last().copied();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !node.value().is_element() {
                    continue;
                }
                // Every element's open edge pushed it: this is the element closing.
                let Some(idx) = stack.pop() else { continue };
                let e = &els[idx as usize];
                let (block, skipped, link_tag, article_tag) =
                    (e.block, e.skipped, e.link_tag, e.article_tag);
                if block {
                    flush(&mut run, &mut paragraphs);
                    blocks.pop();
                }
                if skipped {
                    skip = skip.saturating_sub(1);
                }
                if link_tag {
                    in_link = in_link.saturating_sub(1);
                }
                if article_tag {
                    in_article = in_article.saturating_sub(1);
                }
                if link_tag && els[idx as usize].text > 0 {
                    els[idx as usize].links += 1;
                }
                if let Some(p) = els[idx as usize].parent {
                    let (text, link, links) = {
                        let e = &els[idx as usize];
                        (e.text, e.link, e.links)
                    };
                    let p = &mut els[p as usize];
                    p.text += text;
                    p.link += link;
                    p.links += links;
                }
            }
        }
    }
    flush(&mut run, &mut paragraphs);
    score(&mut els, &paragraphs);
    // Leave unlikely regions out of the choice, unless that leaves hardly any prose.
    let clean_prose: u32 = els
        .iter()
        .filter(|e| e.parent.is_none())
        .map(|e| e.clean_prose)
        .sum();
    let set = usize::from(clean_prose >= MIN_CLEAN_PROSE);
    TOKENS.set(read_tokens);
    ContentMap {
        names,
        itemprop,
        ..mark(html, &els, &nodes, set)
    }
}

/// Scores the containers of every paragraph, readability-style, twice: with all paragraphs, and
/// with those outside unlikely regions only. A region named like a sidebar or a footer that
/// holds most of the page's prose is a misleading wrapper ("above-footer"), not unlikely.
fn score(els: &mut [El], paragraphs: &[(u32, u32, u32)]) {
    // Paragraph characters directly owned, then summed up the tree (children follow parents in
    // document order, so a backward pass adds each element to its parent after its own children).
    for &(owner, chars, _) in paragraphs {
        els[owner as usize].own_prose += chars;
    }
    for e in els.iter_mut() {
        e.prose += e.own_prose;
    }
    for i in (0..els.len()).rev() {
        if let Some(p) = els[i].parent {
            let prose = els[i].prose;
            els[p as usize].prose += prose;
        }
    }
    let total = els
        .iter()
        .filter(|e| e.parent.is_none())
        .map(|e| e.prose)
        .sum::<u32>();
    let mut under: Vec<bool> = vec![false; els.len()];
    for i in 0..els.len() {
        let inherited = els[i].parent.is_some_and(|p| under[p as usize]);
        let own = els[i].unlikely && (els[i].prose as f32) < ZONE_MAX_SHARE * total as f32;
        under[i] = inherited || own;
    }
    for &(owner, chars, commas) in paragraphs {
        let sets: &[usize] = if under[owner as usize] { &[0] } else { &[0, 1] };
        if !under[owner as usize] {
            els[owner as usize].clean_prose += chars;
        }
        let score = 1.0 + commas as f32 + (chars as f32 / 100.0).min(3.0);
        let mut at = if els[owner as usize].is_paragraph {
            els[owner as usize].parent
        } else {
            Some(owner)
        };
        for level in 0..SCORE_LEVELS {
            let Some(i) = at else { break };
            let e = &mut els[i as usize];
            let share = match level {
                0 => score,
                1 => score / 2.0,
                _ => score / (level as f32 * 3.0),
            };
            for &k in sets {
                if !e.scored[k] {
                    e.scored[k] = true;
                    e.score[k] = e.tag_weight;
                }
                e.score[k] += share;
            }
            at = e.parent;
        }
    }
    // Clean prose summed up the tree too (only the roots' totals are read).
    for i in (0..els.len()).rev() {
        if let Some(p) = els[i].parent {
            let c = els[i].clean_prose;
            els[p as usize].clean_prose += c;
        }
    }
}

fn final_score(e: &El, set: usize) -> f32 {
    let density = if e.text == 0 {
        0.0
    } else {
        e.link as f32 / e.text as f32
    };
    // The class hint counts in full only for a container with some text: a 30-character box
    // named "entry-meta" must not outscore the story.
    let hint = e.hint * (e.text as f32 / HINT_FULL_TEXT).min(1.0);
    (e.score[set] + hint) * (1.0 - density)
}

/// The story often reaches beyond its best container: a lead paragraph in a block of its own
/// before the text, or the text split into sections a page builder wraps one by one. Up to
/// [`WIDEN_LEVELS`] levels above the container, while the ancestor is the story's and not the
/// page's (it holds at most [`SCOPE_MAX_RATIO`] times the container's text), its children that
/// hold prose join the article: those before the branch holding the container, and those after
/// it built from the same template (the same class). Other blocks after the text hold prose of
/// another kind too often (disclaimers, author notes, calls to subscribe): on the trafilatura
/// evaluation pages they brought in more boilerplate than article text.
fn widen(els: &[El], top: u32, roots: &mut Vec<u32>) {
    let content_text: u32 = roots.iter().map(|&r| els[r as usize].text).sum();
    let mut branch = top;
    for _ in 0..WIDEN_LEVELS {
        let Some(a) = els[branch as usize].parent else {
            break;
        };
        let ae = &els[a as usize];
        if ae.parent.is_none()
            || ae.is_body
            || ae.text > content_text.saturating_mul(SCOPE_MAX_RATIO)
        {
            break;
        }
        for (i, e) in els.iter().enumerate().skip(a as usize + 1) {
            let i = i as u32;
            let before_or_alike =
                i < branch || (e.class_key != 0 && e.class_key == els[branch as usize].class_key);
            if e.parent == Some(a)
                && i != branch
                && before_or_alike
                && !roots.contains(&i)
                && holds_prose(e)
            {
                roots.push(i);
            }
        }
        branch = a;
    }
}

/// A story a page builder cut into blocks of one template (the same class) wins with one block
/// only, when the blocks sit too high for [`widen`] to reach (each a child of `<body>`). Up to
/// [`TEMPLATE_LEVELS`] levels above the best container, the first ancestor-or-self whose siblings
/// of the same class hold prose, together at least [`TEMPLATE_SHARE`] of its own, brings them in.
fn template_siblings(els: &[El], top: u32, roots: &mut Vec<u32>) {
    let mut branch = top;
    for _ in 0..TEMPLATE_LEVELS {
        let Some(a) = els[branch as usize].parent else {
            break;
        };
        let key = els[branch as usize].class_key;
        if els[a as usize].parent.is_none() {
            break;
        }
        if key != 0 {
            let alike: Vec<u32> = children(els, a)
                .filter(|&i| i != branch && els[i as usize].class_key == key)
                .filter(|&i| holds_prose(&els[i as usize]) && !roots.contains(&i))
                .collect();
            let prose: u32 = alike.iter().map(|&i| els[i as usize].clean_prose).sum();
            if !alike.is_empty()
                && prose as f32 >= TEMPLATE_SHARE * els[branch as usize].clean_prose as f32
            {
                roots.extend(alike);
                return;
            }
        }
        if els[a as usize].is_body {
            break;
        }
        branch = a;
    }
}

/// The children of element `a`, in document order.
fn children(els: &[El], a: u32) -> impl Iterator<Item = u32> + '_ {
    els.iter()
        .enumerate()
        .skip(a as usize + 1)
        // Past `a`'s subtree, the next element's parent comes before `a`.
        .take_while(move |(_, e)| e.parent.is_some_and(|p| p >= a))
        .filter(move |(_, e)| e.parent == Some(a))
        .map(|(i, _)| i as u32)
}

/// A block that is prose: paragraphs of some length make most of its text, few of them links,
/// and neither its markup nor its class names say it is something else.
fn holds_prose(e: &El) -> bool {
    e.zone.is_none()
        && !e.unlikely
        && !e.is_heading
        && !e.is_footer
        && e.hint >= 0.0
        && e.clean_prose >= LEAD_MIN_CHARS
        && e.clean_prose.saturating_mul(2) >= e.text
        && (e.link as f32) < PROSE_LINK_DENSITY * e.text as f32
}

fn is_ancestor(els: &[El], anc: u32, mut of: u32) -> bool {
    while let Some(p) = els[of as usize].parent {
        if p == anc {
            return true;
        }
        of = p;
    }
    false
}

/// Chooses the article's containers and marks every element.
fn mark(html: &Html, els: &[El], nodes: &[ego_tree::NodeId], set: usize) -> ContentMap {
    let mut marks: Vec<Mark> = els
        .iter()
        .map(|e| e.zone.map_or(Mark::Plain, Mark::Zone))
        .collect();
    let mut ranked: Vec<(u32, f32)> = els
        .iter()
        .enumerate()
        .filter(|(_, e)| e.scored[set])
        .map(|(i, e)| (i as u32, final_score(e, set)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    // A best container inside a widget region (a cookie notice, an ad or share box, a modal) gives
    // way to the best container outside such regions, and not around the first, that scores at
    // least [`REGION_YIELD`] of it: a long consent text is not the story.
    if let Some(&(first, first_score)) = ranked.first() {
        let widget = |mut i: u32| loop {
            if els[i as usize].zone == Some(BlockKind::Widget) {
                break true;
            }
            match els[i as usize].parent {
                Some(p) => i = p,
                None => break false,
            }
        };
        if widget(first) {
            if let Some(pos) = ranked.iter().position(|&(i, s)| {
                s >= REGION_YIELD * first_score && !is_ancestor(els, i, first) && !widget(i)
            }) {
                let alt = ranked.remove(pos);
                ranked.insert(0, alt);
            }
        }
    }
    let Some(&(mut top, top_score)) = ranked.first() else {
        // No prose anywhere: keep the markup's zones, except those that cover most of the page.
        let total = els.first().map_or(0, |e| e.text);
        for (m, e) in marks.iter_mut().zip(els) {
            if matches!(m, Mark::Zone(_)) && e.text as f32 > ZONE_MAX_SHARE * total as f32 {
                *m = Mark::Plain;
            }
        }
        return ContentMap {
            marks,
            found: false,
            names: Vec::new(),
            itemprop: Vec::new(),
        };
    };
    if top_score <= 0.0 {
        return ContentMap {
            marks,
            found: false,
            names: Vec::new(),
            itemprop: Vec::new(),
        };
    }

    // Readability: when several near-best candidates share an ancestor, the article is that
    // ancestor (a story split into several blocks).
    let close: Vec<u32> = ranked[1..]
        .iter()
        .take(4)
        .filter(|(_, s)| *s >= 0.75 * top_score)
        .map(|(i, _)| *i)
        .collect();
    if close.len() >= 3 {
        let mut at = els[top as usize].parent;
        while let Some(a) = at {
            if els[a as usize].parent.is_none() || els[a as usize].is_body {
                break;
            }
            if close.iter().filter(|&&c| is_ancestor(els, a, c)).count() >= 3 {
                top = a;
                break;
            }
            at = els[a as usize].parent;
        }
    }

    // Readability: climb while the ancestors keep a fair share of the score; an ancestor that
    // scores higher than the container below it gathers more of the story (a story split into
    // column blocks).
    let mut last = final_score(&els[top as usize], set);
    let floor = last / 3.0;
    let mut at = els[top as usize].parent;
    while let Some(a) = at {
        let e = &els[a as usize];
        if e.parent.is_none() || e.is_body {
            break;
        }
        if e.scored[set] {
            let s = final_score(e, set);
            if s < floor {
                break;
            }
            if s > last {
                top = a;
                break;
            }
            last = s;
        }
        at = e.parent;
    }

    // The best container and its siblings that look like part of the same story.
    let top_el = &els[top as usize];
    let threshold = SIBLING_FLOOR.max(final_score(top_el, set) * SIBLING_SHARE);
    let mut roots: Vec<u32> = vec![top];
    if let Some(parent) = top_el.parent {
        for (i, e) in els.iter().enumerate() {
            let i = i as u32;
            if e.parent != Some(parent) || i == top {
                continue;
            }
            let bonus = if e.class_key != 0 && e.class_key == top_el.class_key {
                final_score(top_el, set) * SIBLING_SHARE
            } else {
                0.0
            };
            let density = if e.text == 0 {
                1.0
            } else {
                e.link as f32 / e.text as f32
            };
            let joins = (e.scored[set] && final_score(e, set) + bonus >= threshold)
                || (e.is_paragraph && e.text > 80 && density < 0.25);
            if joins && e.zone.is_none() && e.hint >= 0.0 {
                roots.push(i);
            }
        }
    }
    widen(els, top, &mut roots);
    template_siblings(els, top, &mut roots);

    for &r in &roots {
        marks[r as usize] = Mark::Content;
        let mut at = els[r as usize].parent;
        while let Some(a) = at {
            // A container of the article is not a region to leave out.
            marks[a as usize] = Mark::Plain;
            at = els[a as usize].parent;
        }
    }
    // The story's header (kicker, headline, byline, date) often sits before the text in the same
    // `<article>`: metadata, not furniture, so bylines and dates can still be read from it.
    let first = roots.iter().copied().min().unwrap_or(top);
    let content_text: u32 = roots.iter().map(|&r| els[r as usize].text).sum();
    let mut story_start = first;
    let mut at = els[first as usize].parent;
    while let Some(a) = at {
        let e = &els[a as usize];
        if e.text > content_text.saturating_mul(SCOPE_MAX_RATIO) {
            break;
        }
        if e.is_article_scope {
            for i in a + 1..first {
                if marks[i as usize] == Mark::Plain && !is_ancestor(els, i, first) {
                    marks[i as usize] = Mark::Zone(BlockKind::Metadata);
                }
            }
            story_start = a;
            break;
        }
        at = e.parent;
    }
    // Inside the article: markup zones that do not cover most of it, and link-dense boxes.
    let article_text: u32 = roots.iter().map(|&r| els[r as usize].text).sum();
    let mut inside: Vec<Option<u32>> = vec![None; els.len()];
    for (i, e) in els.iter().enumerate() {
        let root = if roots.contains(&(i as u32)) {
            Some(i as u32)
        } else {
            e.parent.and_then(|p| inside[p as usize])
        };
        inside[i] = root;
        if root.is_none() || roots.contains(&(i as u32)) {
            continue;
        }
        if let Mark::Zone(k) = marks[i] {
            let density = e.link as f32 / e.text.max(1) as f32;
            // An "ads" or "share" class on a section of the story ("Section--Ads": a section
            // that carries an ad slot) does not make its prose a widget.
            let prose_widget = k == BlockKind::Widget
                && e.text >= WIDGET_MAX_PROSE
                && density < PROSE_LINK_DENSITY;
            // A box of several links named as a headline list is one, whatever its share: a
            // story's wrapper is not a list of links to other pages.
            let link_list = k == BlockKind::HeadlineList
                && e.is_list_box
                && e.links >= RELATED_MIN_LINKS
                && density >= RELATED_MIN_DENSITY;
            if (e.text as f32 > ZONE_MAX_SHARE * article_text as f32 && !link_list) || prose_widget
            {
                marks[i] = Mark::Plain;
            }
        } else if e.is_list_box
            && e.text > 0
            && e.links >= 2
            && e.link as f32 >= LINK_DENSE * e.text as f32
            && (e.text as f32) < ZONE_MAX_SHARE * article_text as f32
        {
            marks[i] = Mark::Zone(if e.link / e.links.max(1) >= HEADLINE_LINK_CHARS {
                BlockKind::HeadlineList
            } else {
                BlockKind::Navigation
            });
        } else if e.is_text_line
            && e.links >= 1
            && e.link as f32 >= LINK_LINE * e.text as f32
            && (e.text as f32) < ZONE_MAX_SHARE * article_text as f32
        {
            // Metadata, not a headline list: a linked line may still be the story's byline or
            // date ("<p><a href="/author/...">Jane Roe</a></p>").
            marks[i] = Mark::Zone(BlockKind::Metadata);
        }
    }
    // Inside the article, a sub-heading right before a headline list or a menu ("More on this
    // topic") is that list's title, not a heading of the story.
    for i in 0..els.len() {
        let e = &els[i];
        if !(e.is_heading && !e.is_h1 && marks[i] == Mark::Plain && inside[i].is_some()) {
            continue;
        }
        // The next element after the heading's own subtree (whose elements all have a parent at
        // or after it), when it is the heading's sibling.
        let next = (i + 1..els.len())
            .find(|&j| els[j].parent.is_none_or(|p| (p as usize) < i))
            .filter(|&j| els[j].parent == e.parent);
        if let Some(Mark::Zone(k @ (BlockKind::HeadlineList | BlockKind::Navigation))) =
            next.map(|j| marks[j])
        {
            marks[i] = Mark::Zone(k);
        }
    }
    // A story's header (the `<header>` of its `<article>`, or what precedes its text) often holds
    // the lead paragraph (standfirst), in a paragraph or written straight into a `<div>`: prose
    // there is article text, not metadata.
    let mut in_meta: Vec<bool> = vec![false; els.len()];
    // One short lead: more blocks so named are a list's teasers, or copies for other screens.
    let mut short_lead = false;
    for (i, e) in els.iter().enumerate() {
        let parent_meta = e.parent.is_some_and(|p| in_meta[p as usize]);
        in_meta[i] = match marks[i] {
            // Only the header's metadata: what follows the text (a `<footer>`, an author box)
            // holds notes about the story, not its lead.
            Mark::Zone(BlockKind::Metadata) => !e.is_footer && (e.is_header || i < first as usize),
            Mark::Zone(_) | Mark::Content => false,
            Mark::Plain => parent_meta,
        };
        let in_story = inside[i].is_some() || (story_start as usize..first as usize).contains(&i);
        let density = e.link as f32 / e.text.max(1) as f32;
        let min = lead_min_chars(els, e);
        if in_meta[i]
            && in_story
            && (e.is_paragraph || e.own_prose >= min)
            && !e.is_heading
            && e.text >= min
            && density < PROSE_LINK_DENSITY
            && (e.text >= LEAD_MIN_CHARS || !short_lead)
        {
            short_lead |= e.text < LEAD_MIN_CHARS;
            marks[i] = Mark::Content;
            in_meta[i] = false;
        }
    }
    headline_lead(html, els, nodes, &mut marks, &roots, first);
    ContentMap {
        marks,
        found: true,
        names: Vec::new(),
        itemprop: Vec::new(),
    }
}

/// The lead (standfirst) between the headline and the text, when the page's markup puts it
/// outside the story's containers: in a page header, a "hero" block, a title row. After the last
/// `<h1>` before the text (not a link: that is the site's title), and no further from it than [`HEADLINE_GAP_MAX_TEXT`], the first block
/// of prose is article text: one of [`LEAD_MIN_CHARS`], or, when its class names it as the lead
/// ("lead", "standfirst", "sub-headline"...), a shorter one ([`NAMED_LEAD_MIN_CHARS`]); unless a
/// region named otherwise
/// holds it (a byline, a caption, a share bar, a sidebar), most of its words are links, or it
/// repeats the story's own text (a teaser copy of the first paragraph). One lead: a second copy
/// is for another screen size.
/// The fewest characters of prose a lead block needs: fewer when it or its parent is named as
/// the lead.
fn lead_min_chars(els: &[El], e: &El) -> u32 {
    let named = e.lead_class || e.parent.is_some_and(|p| els[p as usize].lead_class);
    if named {
        NAMED_LEAD_MIN_CHARS
    } else {
        LEAD_MIN_CHARS
    }
}

fn headline_lead(
    html: &Html,
    els: &[El],
    nodes: &[ego_tree::NodeId],
    marks: &mut [Mark],
    roots: &[u32],
    first: u32,
) {
    let first = first as usize;
    let outside = |i: usize| !is_ancestor(els, i as u32, first as u32);
    let Some(h1) = (0..first).rev().find(|&j| els[j].is_h1 && outside(j)) else {
        return;
    };
    // A headline that is one link is the site's title (a blog's name linking home), not the
    // story's.
    if els[h1].links >= 1 && els[h1].link as f32 >= LINK_LINE * els[h1].text as f32 {
        return;
    }
    // The first element after the headline's subtree.
    let start = (h1 + 1..first)
        .find(|&k| !is_ancestor(els, h1 as u32, k as u32))
        .unwrap_or(first);
    // Text between the headline and the story: each outermost block of the gap once.
    let gap: u32 = (start..first)
        .filter(|&i| outside(i))
        .filter(|&i| {
            els[i]
                .parent
                .is_none_or(|p| (p as usize) < start || !outside(p as usize))
        })
        .map(|i| els[i].text)
        .sum();
    if gap > HEADLINE_GAP_MAX_TEXT {
        return;
    }
    let lead = (start..first).find(|&i| {
        let e = &els[i];
        let min = lead_min_chars(els, e);
        outside(i)
            && !e.is_h1
            && e.own_prose >= min
            && (e.link as f32) < PROSE_LINK_DENSITY * e.text as f32
    });
    let Some(lead) = lead else { return };
    // Up to the story's containers, no region named as something else than a header.
    let mut at = Some(lead as u32);
    while let Some(a) = at {
        if !outside(a as usize) {
            break;
        }
        let ae = &els[a as usize];
        if ae.zone.is_some() && !ae.header_region {
            return;
        }
        at = ae.parent;
    }
    let text_of = |i: usize| {
        html.tree
            .get(nodes[i])
            .and_then(scraper::ElementRef::wrap)
            .map(|el| {
                el.text()
                    .flat_map(str::split_whitespace)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    let words = text_of(lead);
    if roots.iter().any(|&r| text_of(r as usize).contains(&words)) {
        return;
    }
    marks[lead] = Mark::Content;
}

/// Parts of class and id names that name a story's lead ("lead", "standfirst", "intro-text",
/// "bajada"...).
const LEAD_WORDS: &[&str] = &[
    "lead",
    "lede",
    "leadtext",
    "standfirst",
    "intro",
    "introtext",
    "teaser",
    "summary",
    "subtitle",
    "subheadline",
    "subline",
    "subhead",
    "deck",
    "dek",
    "excerpt",
    "abstract",
    "bajada",
    "chapo",
    "chapeau",
    "entradilla",
    "sumario",
    "vorspann",
];
/// After a part "sub", these name a lead too ("sub-headline", "sub_title").
const AFTER_SUB: &[&[u8]] = &[b"title", b"headline", b"heading", b"line"];

/// Non-space characters and commas of a text node.
fn measure(t: &str) -> (u32, u32) {
    let (mut chars, mut commas) = (0u32, 0u32);
    let mut rest = t;
    while !rest.is_empty() {
        // An ASCII run a byte at a time, without decoding: a byte is a character, and its white
        // space is '\t' to '\r' and ' ' (`char::is_whitespace` on ASCII). The white space
        // between a page's tags ("\n    "), most of its text nodes, is such a run too.
        let ascii = ascii_prefix(rest.as_bytes());
        let (spaces, run_commas) = spaces_and_commas(&rest.as_bytes()[..ascii]);
        chars += ascii as u32 - spaces;
        commas += run_commas;
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if !c.is_whitespace() {
            chars += 1;
            commas += u32::from(matches!(c, '，' | '、' | '،'));
        }
        rest = &rest[c.len_utf8()..];
    }
    (chars, commas)
}

/// The ASCII white space bytes and the commas of `run` (ASCII), counted together in byte-wide
/// lanes 16 bytes a step (blocks of 240 bytes cannot overflow them), and the last bytes through
/// [`SPACE_COMMA`]: most text nodes are short (the white space between tags, "\n    "), and the
/// lanes' own byte loop after them cost 14 instructions a byte.
fn spaces_and_commas(run: &[u8]) -> (u32, u32) {
    let (lanes, tail) = run.split_at(run.len() - run.len() % 16);
    let (mut spaces, mut commas) = (0u32, 0u32);
    for block in lanes.chunks(240) {
        let (s, c) = block.iter().fold((0u8, 0u8), |(s, c), &b| {
            (
                s + u8::from(matches!(b, b'\t'..=b'\r' | b' ')),
                c + u8::from(b == b','),
            )
        });
        spaces += u32::from(s);
        commas += u32::from(c);
    }
    let packed: u32 = tail
        .iter()
        .map(|&b| SPACE_COMMA[usize::from(b & 0x7f)])
        .sum();
    (spaces + (packed & 0xffff), commas + (packed >> 16))
}

/// Per ASCII byte, 1 for white space ('\t' to '\r', ' ') and 1 << 16 for a comma: summed over
/// fewer than 65,536 bytes, the low half counts the white space and the high half the commas.
static SPACE_COMMA: [u32; 128] = {
    let mut t = [0u32; 128];
    let mut b = b'\t';
    while b <= b'\r' {
        t[b as usize] = 1;
        b += 1;
    }
    t[b' ' as usize] = 1;
    t[b',' as usize] = 1 << 16;
    t
};

/// The length of the ASCII run `b` starts with, eight bytes at a time: a byte loop here was the
/// hottest line of the analysis, as every text node of the page goes through it.
fn ascii_prefix(b: &[u8]) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut words = b.chunks_exact(8);
    let mut at = 0;
    for w in &mut words {
        // `chunks_exact(8)` gives eight bytes, so `first_chunk` always has them.
        let Some(&w) = w.first_chunk::<8>() else {
            break;
        };
        let high = u64::from_le_bytes(w) & HIGH_BITS;
        if high != 0 {
            // Little-endian: the lowest set bit is in the first non-ASCII byte.
            return at + (high.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + words
        .remainder()
        .iter()
        .position(|c| !c.is_ascii())
        .unwrap_or(words.remainder().len())
}

/// Readability's starting score by tag: containers of prose up, lists and headings down.
fn tag_weight(name: &str) -> f32 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Words in class and id names that mark article text, and those that mark the rest.
const POSITIVE_HINTS: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog",
];
/// Words that may name the article's wrapper even beside a word of the other kind
/// ("content-with-sidebar"): readability's "maybe candidate" list.
const MAYBE_HINTS: &[&str] = &["article", "body", "column", "content", "main", "shadow"];
const NEGATIVE_HINTS: &[&str] = &[
    "comment",
    "comments",
    "sidebar",
    "footer",
    "foot",
    "related",
    "share",
    "sharing",
    "social",
    "promo",
    "nav",
    "navbar",
    "menu",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "sponsor",
    "sponsored",
    "widget",
    "masthead",
    "meta",
    "tags",
    "teaser",
    "recommended",
    "popular",
    "newsletter",
    "subscribe",
    "cookie",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "author",
    "byline",
    "header",
    "disqus",
    "outbrain",
    "taboola",
];

/// What a word of a class or id name says (see [`token_names`]).
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    /// In [`POSITIVE_HINTS`], [`NEGATIVE_HINTS`], [`MAYBE_HINTS`].
    positive: bool,
    negative: bool,
    maybe: bool,
    /// "header": names a page header.
    header: bool,
    /// In [`LEAD_WORDS`].
    lead: bool,
}

/// Every hint, header and lead word, lower-case, for one hash lookup a word.
static WORDS: LazyLock<HashMap<&'static [u8], Word>> = LazyLock::new(|| {
    let mut map: HashMap<&'static [u8], Word> = HashMap::default();
    for &w in POSITIVE_HINTS {
        map.entry(w.as_bytes()).or_default().positive = true;
    }
    for &w in NEGATIVE_HINTS {
        map.entry(w.as_bytes()).or_default().negative = true;
    }
    for &w in MAYBE_HINTS {
        map.entry(w.as_bytes()).or_default().maybe = true;
    }
    for &w in LEAD_WORDS {
        map.entry(w.as_bytes()).or_default().lead = true;
    }
    map.entry(b"header").or_default().header = true;
    map
});

/// The longest word in [`WORDS`]: longer parts are not looked up. Hints are words of 2 to 13
/// letters (readability's class weight never counted "articlecontentwrapper").
const MAX_WORD: usize = 13;

/// What the class and id names of an element say.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct ClassNames {
    /// The region they name, outside and inside an `<article>` ("header" names one only
    /// outside).
    pub zone: [Option<BlockKind>; 2],
    /// The readability weight: ±[`HINT_WEIGHT`] for the class and for the id.
    pub hint: f32,
    /// A word that may name the article's wrapper (see [`MAYBE_HINTS`]).
    pub maybe: bool,
    /// Identifies the class attribute (0 without one), so siblings built from the same template
    /// can be recognised.
    pub key: u64,
    /// They name a page header ("site-header", "article__header").
    pub header: bool,
    /// They name a story's lead ("lead", "standfirst", "sub-headline"...).
    pub lead: bool,
    /// A class, or the id, names a byline ("byline", "author-name", "post__author"), not the
    /// credit of a picture or the byline of a teaser (see [`names_byline`]).
    pub byline: bool,
    /// The first class, or the id, that names an hAtom or microformats2 date ("published",
    /// "dt-updated"): its role, "published" or "modified".
    pub date_role: Option<&'static str>,
    /// A class names its element a date ("date", "post-date", "ngart-hl__date", "datum"): an
    /// inline element so named stands apart from the text around it (see `html::parse`).
    pub dated: bool,
}

/// Reads the class and id names of `el` once for everything the analysis asks of them: this
/// runs for every element of every page, and class lists are long.
pub(crate) fn class_names(el: &scraper::node::Element) -> ClassNames {
    read_class_names(
        attr_of(el, "class").unwrap_or(""),
        attr_of(el, "id").unwrap_or(""),
        &mut TokenCache::default(),
    )
}

/// [`class_names`], from the class and id attributes (`""` when absent), with the tokens read so
/// far.
fn read_class_names(class: &str, id: &str, tokens: &mut TokenCache) -> ClassNames {
    if class.is_empty() && id.is_empty() {
        return ClassNames::default();
    }
    // Whether the class list is a post's, asked only for a token that reads as a category or a
    // tag: most lists hold none.
    let mut post: Option<bool> = None;
    let mut out = ClassNames {
        key: if class.is_empty() {
            0
        } else {
            class.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
            })
        },
        ..ClassNames::default()
    };
    for (attr, is_id) in [(class, false), (id, true)] {
        let (mut pos, mut neg) = (false, false);
        for token in attr.split_ascii_whitespace() {
            let t = tokens.get(token);
            out.header |= t.header;
            out.lead |= t.lead;
            if !is_id {
                out.byline |= t.byline;
                out.date_role = out.date_role.or(t.date_role);
                out.dated |= t.dated;
            }
            // A post's category and tag classes ("category-newsletter") are editors' labels:
            // no hint, and in the class no region either.
            let label =
                is_taxonomy_term(token) && *post.get_or_insert_with(|| is_post_class(class));
            if !label {
                pos |= t.positive;
                neg |= t.negative;
                out.maybe |= t.maybe;
            }
            if !label || is_id {
                // The first token that names a region decides it.
                for (z, tz) in out.zone.iter_mut().zip(t.zone) {
                    if z.is_none() {
                        *z = tz;
                    }
                }
            }
        }
        if neg {
            out.hint -= HINT_WEIGHT;
        }
        if pos {
            out.hint += HINT_WEIGHT;
        }
    }
    // For bylines and dates the id is one name, spaces and all.
    let id = id.trim();
    if !id.is_empty() {
        // Most elements with an id have an id of their own, read once each: lower-cased on the
        // stack.
        with_ascii_lower(id, |lower| {
            out.byline |= names_byline(lower);
            out.date_role = out.date_role.or(date_role(lower));
        });
    }
    out
}

/// True for a lower-cased class name of a byline ("byline", "author-name", "post__author"),
/// unless it names the credit of a picture or the byline of a teaser in a list or a slider
/// ("img-author", "license-author", "slider-teaser__author").
pub(crate) fn names_byline(c: &[u8]) -> bool {
    const CREDIT_OR_TEASER: &[&[u8]] = &[
        b"license",
        b"photo",
        b"image",
        b"img",
        b"foto",
        b"bild",
        b"caption",
        b"teaser",
        b"listing",
        b"slider",
        b"carousel",
    ];
    // Every name of a byline holds "byline" or "author": most names are out after two scans.
    if !c.windows(6).any(|w| matches!(w, b"author" | b"byline")) {
        return false;
    }
    (holds(c, b"byline")
        || holds(c, b"authorname")
        || c == b"author"
        || c.ends_with(b"-author")
        || c.ends_with(b"-author-name")
        || c.starts_with(b"author-name")
        || c == b"author-name"
        || c.ends_with(b"__author")
        || c == b"by-author")
        && !CREDIT_OR_TEASER.iter().any(|w| holds(c, w))
}

/// The word for author as a whole class name in Spanish, Portuguese, Polish, German, French and
/// Italian templates (`class="autor"`, `"auteur"`, `"autore"`), which the English names of
/// bylines do not cover. Whole names only: "autor" inside a longer one ("autorenbox-teaser") may
/// name anything.
const FOREIGN_AUTHOR_CLASSES: &[&[u8]] = &[
    b"autor", b"autores", b"autora", b"auteur", b"auteurs", b"autore", b"autori",
];

/// hAtom and microformats2 mark an entry's dates by class ("published", "updated",
/// "dt-published"): the role of such a lower-cased name.
fn date_role(c: &[u8]) -> Option<&'static str> {
    match c {
        b"published" | b"dt-published" => Some("published"),
        b"updated" | b"dt-updated" => Some("modified"),
        _ => None,
    }
}

/// The tokens of class and id names read so far, with what each says. Pages share most of
/// theirs ("container", "col-md-6", "wp-block-image": 43% of the distinct tokens of a page of
/// the evaluation set were on an earlier page), so the cache outlives a page; each thread has
/// its own. What a token says depends on the token alone, so a cached answer is the one a new
/// reading would give.
#[derive(Default)]
struct TokenCache(HashMap<Box<str>, TokenNames>);

/// Tokens cached at most, and the longest token cached (a few MB a thread in all): past the
/// count, and for longer tokens (a page's generated or base64 class names), a token is read and
/// not kept.
const MAX_CACHED_TOKENS: usize = 1 << 16;
const MAX_CACHED_TOKEN_BYTES: usize = 48;

impl TokenCache {
    /// What `token` says, read once.
    fn get(&mut self, token: &str) -> TokenNames {
        if let Some(t) = self.0.get(token) {
            return *t;
        }
        let t = token_names(token);
        if self.0.len() < MAX_CACHED_TOKENS && token.len() <= MAX_CACHED_TOKEN_BYTES {
            self.0.insert(token.into(), t);
        }
        t
    }
}

thread_local! {
    /// The thread's [`TokenCache`], taken by [`analyse`] for a page and put back after it.
    static TOKENS: std::cell::RefCell<TokenCache> = std::cell::RefCell::default();
}

/// What one class or id token says: its words (see [`Word`]) and the region it names.
#[derive(Debug, Clone, Copy, Default)]
struct TokenNames {
    positive: bool,
    negative: bool,
    maybe: bool,
    header: bool,
    lead: bool,
    /// Outside and inside an `<article>`.
    zone: [Option<BlockKind>; 2],
    byline: bool,
    date_role: Option<&'static str>,
    dated: bool,
}

/// Calls `f` with `s` lower-cased (ASCII) into a buffer on the stack: class and id names are
/// short, and a long one goes to the heap.
fn with_ascii_lower<R>(s: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() {
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        f(b)
    } else {
        f(s.to_ascii_lowercase().as_bytes())
    }
}

fn token_names(token: &str) -> TokenNames {
    with_ascii_lower(token, token_names_lower)
}

/// [`token_names`] of a lower-cased token.
fn token_names_lower(lower: &[u8]) -> TokenNames {
    let mut out = TokenNames {
        zone: token_zone(lower),
        byline: names_byline(lower) || FOREIGN_AUTHOR_CLASSES.contains(&lower),
        date_role: date_role(lower),
        ..TokenNames::default()
    };
    // Words: the runs of ASCII letters and digits (any other character separates them).
    let mut words = lower
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut prev: Option<&[u8]> = None;
    while let Some(w) = words.next() {
        if w == b"sub" && words.peek().is_some_and(|n| AFTER_SUB.contains(n)) {
            out.lead = true;
        }
        // The date word ends the token, after no word naming another kind of date
        // ("event-date", "update-date").
        out.dated = DATE_WORDS.contains(&w) && !prev.is_some_and(|p| OTHER_DATES.contains(&p));
        prev = Some(w);
        if w.len() < 2 || w.len() > MAX_WORD {
            continue;
        }
        if let Some(word) = WORDS.get(w) {
            out.positive |= word.positive;
            out.negative |= word.negative;
            out.maybe |= word.maybe;
            out.header |= word.header;
            out.lead |= word.lead;
        }
    }
    out
}

/// The words of class names that name a date element ("post-date", "news__datum"), in the
/// languages of the date lexicon. Whole words only: "update" or "dateline" is another thing.
const DATE_WORDS: &[&[u8]] = &[
    b"date",
    b"pubdate",
    b"postdate",
    b"datum",
    b"fecha",
    b"timestamp",
];

/// Words before a date word that name a date other than the page's: an event's, an update's,
/// a deadline's ("event-date", "update-date", "meeting-date").
const OTHER_DATES: &[&[u8]] = &[
    b"event",
    b"events",
    b"meeting",
    b"update",
    b"updated",
    b"modified",
    b"mod",
    b"edit",
    b"edited",
    b"revision",
    b"expiry",
    b"expires",
    b"expiration",
    b"due",
    b"start",
    b"end",
    b"deadline",
    b"birth",
    b"death",
    b"release",
    b"review",
    b"comment",
    b"reply",
    b"match",
    b"game",
    b"race",
    b"concert",
    b"show",
    b"valid",
    b"closing",
    b"opening",
    b"sale",
    b"last",
];

/// Runs of list names that name a headline list inside a token ("more-stories", "readmore").
/// Each holds "re", which most tokens do not: the check that they are absent is one scan.
const MORE_STORIES: &[&[u8]] = &[b"more-stories", b"most-read", b"read-more", b"readmore"];

/// True when `needle` (not empty) occurs in `hay`. The first byte is compared before the rest:
/// a slice comparison is a call, and most places do not start the needle.
fn holds(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w[0] == needle[0] && w == needle)
}

/// The region a lower-cased class or id token names, outside and inside an `<article>`. Its
/// parts are the runs between '-' and '_'.
fn token_zone(lower: &[u8]) -> [Option<BlockKind>; 2] {
    let parts = || lower.split(|&b| b == b'-' || b == b'_');
    // "related" also names a list run into another word ("relatedPosts", "sectionRelated").
    // Most tokens are distinct (a page's own names), read once each: the parts are split only
    // for a token that holds "related", which a part starting or ending with it puts there, and
    // every name below holds "re" (seeded test `token_zones_read_as_before_the_pre_tests`).
    if holds(lower, b"re")
        && (MORE_STORIES.iter().any(|w| holds(lower, w))
            || holds(lower, b"related")
                && parts().any(|p| p.starts_with(b"related") || p.ends_with(b"related")))
    {
        return [Some(BlockKind::HeadlineList); 2];
    }
    // A comment thread's name run into another word ("commentlist", "commentsArea",
    // "CommentsSection"), as "related" above; not "commentary", an opinion column. Both hold
    // "comment".
    if lower == b"disqus_thread"
        || holds(lower, b"comment")
            && parts().any(|p| p.starts_with(b"comments") || p == b"commentlist")
    {
        return [Some(BlockKind::Comments); 2];
    }
    // A link back to the top of the page ("back-to-top", "scroll_top", "totop"), and the
    // first kind in ZONE_WORDS's order that any of the parts names.
    let mut prev: &[u8] = b"";
    let mut best: [Option<(u8, BlockKind)>; 2] = [None; 2];
    for part in parts() {
        if matches!(part, b"totop" | b"backtotop" | b"scrolltop")
            || (part == b"top" && matches!(prev, b"to" | b"scroll"))
        {
            return [Some(BlockKind::Navigation); 2];
        }
        prev = part;
        if let Some(&(rank, kind, only_outside_article)) = ZONE_WORDS.get(part) {
            for (inside, b) in best.iter_mut().enumerate() {
                if !(only_outside_article && inside == 1) && b.is_none_or(|(r, _)| rank < r) {
                    *b = Some((rank, kind));
                }
            }
        }
    }
    best.map(|b| b.map(|(_, kind)| kind))
}

/// A class list a blog engine writes on a post's container: it names the post ("post-123",
/// "type-post", "hentry") and then the post's categories and tags, one class each.
fn is_post_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|t| {
        t.eq_ignore_ascii_case("hentry")
            || t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("type-"))
            || t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("post-"))
                && t[5..].bytes().all(|b| b.is_ascii_digit())
                && t.len() > 5
    })
}

/// A category or tag of the post ("category-no-newsletter", "tag-social-media"): an editor's
/// label for the story, not a name for a region of the page.
fn is_taxonomy_term(token: &str) -> bool {
    ["category-", "tag-"].iter().any(|p| {
        token.len() > p.len() && token.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    })
}

/// A region word's rank, kind, and whether it counts only outside an `<article>`.
type ZoneWord = (u8, BlockKind, bool);

/// Parts of class and id names ("related" in "post-related_list") that name a page region: the
/// kind, its rank (a token naming two kinds takes the lower rank), and whether it counts only
/// outside an `<article>`. One hash lookup a part: this runs for every element of every page.
static ZONE_WORDS: LazyLock<HashMap<&'static [u8], ZoneWord>> = LazyLock::new(|| {
    let groups: [(BlockKind, &[&str]); 8] = [
        (
            BlockKind::HeadlineList,
            &[
                "related",
                "recommended",
                "recommendations",
                "trending",
                "popular",
            ],
        ),
        (
            BlockKind::Comments,
            &[
                "comments",
                "comment",
                "kommentar",
                "kommentare",
                "commentaires",
                "comentarios",
                "respond",
            ],
        ),
        (
            BlockKind::Widget,
            &[
                "share",
                "sharing",
                "social",
                "sharebar",
                "advert",
                "ad",
                "ads",
                "advertisement",
                "sponsored",
                "cookie",
                "cookies",
                "consent",
                "gdpr",
                "dsgvo",
                "newsletter",
                "modal",
                "popup",
                "affiliate",
                "disclosure",
                "disclaimer",
                "ratings",
                "shariff",
                "sharedaddy",
            ],
        ),
        // Not "paywall": it names the box that holds the gated story ("paywall-container") as
        // often as the appeal, and "non-paywall" wraps free stories.
        (
            BlockKind::Appeal,
            &["donate", "donation", "appeal", "membership"],
        ),
        (
            BlockKind::Navigation,
            &[
                "nav",
                "navbar",
                "menu",
                "breadcrumb",
                "breadcrumbs",
                "pagination",
            ],
        ),
        (
            BlockKind::Furniture,
            &[
                "sidebar",
                "footer",
                "masthead",
                "header",
                "copyright",
                "noprint",
            ],
        ),
        (
            BlockKind::Caption,
            &[
                "caption",
                "credit",
                "legend",
                "legende",
                "leyenda",
                "bildunterschrift",
                "bildtext",
                "didascalia",
            ],
        ),
        (
            BlockKind::Metadata,
            &[
                "meta",
                "metadata",
                "postmeta",
                "postmetadata",
                "byline",
                "author",
                "authors",
                "bio",
                "tags",
                "categories",
                "utility",
            ],
        ),
    ];
    let mut map = HashMap::default();
    for (rank, (kind, words)) in groups.into_iter().enumerate() {
        for &w in words {
            map.insert(w.as_bytes(), (rank as u8, kind, w == "header"));
        }
    }
    map
});

/// The page region an element opens by its tag or its role, or `None` when they leave it to
/// the class and id names ([`ClassNames::zone`]).
pub(crate) fn markup_zone(
    name: &str,
    role: Option<&str>,
    in_article: bool,
) -> Option<Option<BlockKind>> {
    match name {
        "nav" => return Some(Some(BlockKind::Navigation)),
        "footer" | "header" => {
            return Some(Some(if in_article {
                BlockKind::Metadata
            } else {
                BlockKind::Furniture
            }))
        }
        "aside" => return Some(Some(BlockKind::Furniture)),
        "figcaption" => return Some(Some(BlockKind::Caption)),
        "form" => return Some(Some(BlockKind::Widget)),
        "html" | "body" => return Some(None),
        _ => {}
    }
    match role? {
        "navigation" | "menu" | "menubar" => Some(Some(BlockKind::Navigation)),
        "banner" | "contentinfo" | "complementary" => Some(Some(BlockKind::Furniture)),
        "dialog" | "alertdialog" => Some(Some(BlockKind::Widget)),
        _ => None,
    }
}

/// The page region an element opens, from its tag, role and class/id names.
pub(crate) fn zone_of(el: &scraper::node::Element, in_article: bool) -> Option<BlockKind> {
    markup_zone(el.name(), attr_of(el, "role"), in_article)
        .unwrap_or_else(|| class_names(el).zone[usize::from(in_article)])
}

#[cfg(test)]
/// The class-name readers [`class_names`] replaced, one pass each, kept to test it against.
mod oracle {
    use super::*;

    /// [`token_zone`] before its pre-tests: the parts split for "related" and "comments" in
    /// every token.
    pub(super) fn token_zone(lower: &[u8]) -> [Option<BlockKind>; 2] {
        let parts = || lower.split(|&b| b == b'-' || b == b'_');
        if (lower.windows(2).any(|w| w == b"re") && MORE_STORIES.iter().any(|w| holds(lower, w)))
            || parts().any(|p| p.starts_with(b"related") || p.ends_with(b"related"))
        {
            return [Some(BlockKind::HeadlineList); 2];
        }
        if lower == b"disqus_thread"
            || parts().any(|p| p.starts_with(b"comments") || p == b"commentlist")
        {
            return [Some(BlockKind::Comments); 2];
        }
        super::token_zone(lower)
    }

    /// The character walk [`measure`] replaced.
    pub(super) fn measure(t: &str) -> (u32, u32) {
        let (mut chars, mut commas) = (0u32, 0u32);
        for c in t.chars() {
            if !c.is_whitespace() {
                chars += 1;
                if matches!(c, ',' | '，' | '、' | '،') {
                    commas += 1;
                }
            }
        }
        (chars, commas)
    }

    /// `html.rs` read these from the lower-cased class names and the whole id.
    pub(super) fn byline_and_date_role(class: &str, id: &str) -> (bool, Option<&'static str>) {
        let id = Some(id.trim()).filter(|i| !i.is_empty());
        let classes: Vec<String> = class
            .split_ascii_whitespace()
            .chain(id)
            .map(str::to_ascii_lowercase)
            .collect();
        let credit_or_teaser = |c: &str| {
            [
                "license", "photo", "image", "img", "foto", "bild", "caption", "teaser", "listing",
                "slider", "carousel",
            ]
            .iter()
            .any(|w| c.contains(w))
        };
        let foreign = class.split_ascii_whitespace().any(|c| {
            [
                "autor", "autores", "autora", "auteur", "auteurs", "autore", "autori",
            ]
            .iter()
            .any(|w| c.eq_ignore_ascii_case(w))
        });
        let byline = foreign
            || classes.iter().any(|c| {
                (c.contains("byline")
                    || c.contains("authorname")
                    || c == "author"
                    || c.ends_with("-author")
                    || c.ends_with("-author-name")
                    || c.starts_with("author-name")
                    || c == "author-name"
                    || c.ends_with("__author")
                    || c == "by-author")
                    && !credit_or_teaser(c)
            });
        let role = classes.iter().find_map(|c| match c.as_str() {
            "published" | "dt-published" => Some("published"),
            "updated" | "dt-updated" => Some("modified"),
            _ => None,
        });
        (byline, role)
    }

    /// Each hint word: (positive, negative, maybe), from the three lists above.
    static HINT_WORDS: LazyLock<HashMap<&'static str, (bool, bool, bool)>> = LazyLock::new(|| {
        let mut map: HashMap<&'static str, (bool, bool, bool)> = HashMap::default();
        for &w in POSITIVE_HINTS {
            map.entry(w).or_default().0 = true;
        }
        for &w in NEGATIVE_HINTS {
            map.entry(w).or_default().1 = true;
        }
        for &w in MAYBE_HINTS {
            map.entry(w).or_default().2 = true;
        }
        map
    });

    /// The class/id weight (readability: ±25) and a key identifying the class attribute, so siblings
    /// built from the same template can be recognised.
    pub(super) fn class_hint(class: &str, id: &str) -> (f32, u64, bool) {
        if class.is_empty() && id.is_empty() {
            return (0.0, 0, false);
        }
        let mut weight = 0.0;
        let mut maybe = false;
        let post = is_post_class(class);
        for attr in [class, id] {
            if attr.is_empty() {
                continue;
            }
            let (mut pos, mut neg) = (false, false);
            // Lower-cased into a buffer on the stack and looked up once: this runs for every element.
            let mut buf = [0u8; 13];
            let words = attr
                .split_ascii_whitespace()
                .filter(|t| !(post && is_taxonomy_term(t)))
                .flat_map(|t| t.split(|c: char| !c.is_ascii_alphanumeric()));
            for w in words {
                if w.len() < 2 || w.len() > 13 {
                    continue;
                }
                let lower = &mut buf[..w.len()];
                lower.copy_from_slice(w.as_bytes());
                lower.make_ascii_lowercase();
                // `w` is ASCII alphanumerics only, so its lower-cased bytes are valid UTF-8.
                let Ok(lower) = std::str::from_utf8(lower) else {
                    continue;
                };
                if let Some(&(p, n, m)) = HINT_WORDS.get(lower) {
                    pos |= p;
                    neg |= n;
                    maybe |= m;
                }
            }
            if neg {
                weight -= HINT_WEIGHT;
            }
            if pos {
                weight += HINT_WEIGHT;
            }
        }
        let key = class.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
        });
        (weight, if class.is_empty() { 0 } else { key }, maybe)
    }

    /// Whether a class or id names a page header ("site-header", "article__header") and whether it
    /// names a story's lead ("lead", "standfirst", "intro-text", "sub-headline", "bajada"...).
    pub(super) fn header_and_lead_names(class: &str, id: &str) -> (bool, bool) {
        let (mut header, mut lead) = (false, false);
        for attr in [Some(class), Some(id)].into_iter().flatten() {
            // Parts compared ASCII-case-insensitively in place: this runs on every element, so no
            // lower-cased copy or list of parts is built.
            for token in attr.split_ascii_whitespace() {
                let mut parts = token
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|p| !p.is_empty())
                    .peekable();
                while let Some(part) = parts.next() {
                    let is = |w: &str| part.eq_ignore_ascii_case(w);
                    header |= is("header");
                    lead |= LEAD_WORDS.iter().any(|w| is(w))
                        || (is("sub")
                            && parts.peek().is_some_and(|n| {
                                ["title", "headline", "heading", "line"]
                                    .iter()
                                    .any(|w| n.eq_ignore_ascii_case(w))
                            }));
                }
            }
        }
        (header, lead)
    }

    /// The old `zone_of` from the class and id names on (its tag and role part is [`markup_zone`]).
    pub(super) fn class_zone(class: &str, id: &str, in_article: bool) -> Option<BlockKind> {
        if class.is_empty() && id.is_empty() {
            return None;
        }
        let post = is_post_class(class);
        for token in class
            .split_ascii_whitespace()
            .filter(|t| !(post && is_taxonomy_term(t)))
            .chain(id.split_ascii_whitespace())
        {
            let lower;
            let token = if token.bytes().any(|b| b.is_ascii_uppercase()) {
                lower = token.to_ascii_lowercase();
                lower.as_str()
            } else {
                token
            };
            // "related" also names a list run into another word ("relatedPosts", "sectionRelated").
            if ["more-stories", "most-read", "read-more", "readmore"]
                .iter()
                .any(|w| token.contains(w))
                || token
                    .split(['-', '_'])
                    .any(|part| part.starts_with("related") || part.ends_with("related"))
            {
                return Some(BlockKind::HeadlineList);
            }
            if token == "disqus_thread"
                || token
                    .split(['-', '_'])
                    .any(|part| part.starts_with("comments") || part == "commentlist")
            {
                return Some(BlockKind::Comments);
            }
            // A link back to the top of the page ("back-to-top", "scroll_top", "totop").
            let mut prev = "";
            for part in token.split(['-', '_']) {
                if matches!(part, "totop" | "backtotop" | "scrolltop")
                    || (part == "top" && matches!(prev, "to" | "scroll"))
                {
                    return Some(BlockKind::Navigation);
                }
                prev = part;
            }
            // The first kind in ZONE_WORDS's order that any of the token's parts names.
            let best = token
                .split(['-', '_'])
                .filter_map(|part| ZONE_WORDS.get(part.as_bytes()).copied())
                .filter(|&(_, _, only_outside_article)| !(only_outside_article && in_article))
                .min_by_key(|&(rank, _, _)| rank);
            if let Some((_, kind, _)) = best {
                return Some(kind);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Class names read with the tokens of earlier lists cached (and a cache that fills up on
    /// the way) say what they say read afresh: seeded random class and id lists of region,
    /// byline, date and hint words, their parts and case variants.
    #[test]
    fn class_names_read_with_cached_tokens_as_afresh() {
        let pieces = [
            "related",
            "Related",
            "-",
            "_",
            "posts",
            "comments",
            "byline",
            "author",
            "date",
            "post",
            "category-",
            "tag-",
            "hentry",
            "type-",
            "post-12",
            "sub",
            "title",
            "to",
            "top",
            "nav",
            "sidebar",
            "header",
            "article",
            "content",
            "entry",
            "published",
            "updated",
            "x",
            "é",
            "col-md-6",
            "event",
            "datum",
            " ",
            " ",
            "  ",
        ];
        let mut shared = TokenCache::default();
        for i in 0..MAX_CACHED_TOKENS - 200 {
            shared.get(&format!("filler{i}"));
        }
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let (class, id) = (rng.string(&pieces, 8), rng.string(&pieces, 4));
            assert_eq!(
                read_class_names(&class, &id, &mut shared),
                read_class_names(&class, &id, &mut TokenCache::default()),
                "{class:?} {id:?}"
            );
        }
        assert_eq!(shared.0.len(), MAX_CACHED_TOKENS);
    }

    /// The region a token names is the one it named before the pre-tests that skip splitting
    /// its parts: seeded random tokens of list, comment and region words run together.
    #[test]
    fn token_zones_read_as_before_the_pre_tests() {
        let pieces = [
            "related",
            "relate",
            "r",
            "e",
            "re",
            "d",
            "more",
            "stories",
            "most",
            "read",
            "-",
            "_",
            "comments",
            "comment",
            "commentlist",
            "list",
            "s",
            "disqus",
            "thread",
            "nav",
            "sidebar",
            "footer",
            "to",
            "top",
            "back",
            "post",
            "x",
            "é",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut related, mut comments) = (0, 0);
        for _ in 0..50_000 {
            let token = rng.string(&pieces, 6);
            let zone = token_zone(token.as_bytes());
            assert_eq!(zone, oracle::token_zone(token.as_bytes()), "{token:?}");
            related += usize::from(zone[0] == Some(BlockKind::HeadlineList));
            comments += usize::from(zone[0] == Some(BlockKind::Comments));
        }
        assert!(related > 1_000 && comments > 1_000, "{related} {comments}");
    }

    #[test]
    fn attributes_read_in_one_pass_as_one_by_one() {
        let page = r#"<html><body><div class="a" CLASS="b" id="x" role="main" itemprop="articleBody">
            <svg><a xlink:role="r" role="s" id="i" xml:id="j">z</a></svg><p ROLE="Note" Id="y">t</p>
            <span itemprop="" class="">u</span></div></body></html>"#;
        let html = Html::parse_document(page);
        let mut seen = 0;
        for el in html.tree.nodes().filter_map(|n| n.value().as_element()) {
            let a = Attrs::of(el);
            assert_eq!(a.class, attr_of(el, "class"), "{}", el.name());
            assert_eq!(a.id, attr_of(el, "id"), "{}", el.name());
            assert_eq!(a.role, attr_of(el, "role"), "{}", el.name());
            assert_eq!(a.itemprop, attr_of(el, "itemprop"), "{}", el.name());
            seen += [a.class, a.id, a.role, a.itemprop].iter().flatten().count();
        }
        assert!(seen >= 10, "{seen}");
    }

    #[test]
    fn ascii_runs_count_their_white_space_and_commas() {
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let run: Vec<u8> = (0..rng.below(600))
                .map(|_| match rng.below(4) {
                    0 => b" \t\n\r\x0b\x0c,"[rng.below(7)],
                    _ => rng.below(128) as u8,
                })
                .collect();
            let spaces = run.iter().filter(|&&b| (b as char).is_whitespace()).count() as u32;
            let commas = run.iter().filter(|&&b| b == b',').count() as u32;
            assert_eq!(spaces_and_commas(&run), (spaces, commas), "{run:?}");
        }
    }

    #[test]
    fn text_is_measured_as_the_character_walk_did() {
        let pieces = [
            "a", "Bé", " ", "  ", "\n", "\t", "\u{b}", "\u{c}", "\r", "\u{1f}", "\u{85}", "\u{a0}",
            "\u{2009}", "\u{3000}", ",", "，", "、", "،", "x,y", "中文", "🙂", "",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let t = rng.string(&pieces, 12);
            assert_eq!(measure(&t), oracle::measure(&t), "{t:?}");
        }
        // Longer texts, mostly ASCII, across the counting's blocks and words.
        let long = [" ", "\n", "word", ",", "é", "\u{a0}", "a,b c", "  \t"];
        for _ in 0..2_000 {
            let t = rng.string(&long, 400);
            assert_eq!(measure(&t), oracle::measure(&t), "{t:?}");
        }
    }

    #[test]
    fn ascii_prefix_is_the_byte_search_it_replaced() {
        let pieces = [
            "a", "bc", " ", ",", "12345678", "é", "中文", "🙂", "\u{80}", "\t", "xyzw",
        ];
        let mut rng = crate::Xorshift::new();
        for _ in 0..20_000 {
            let t = rng.string(&pieces, 24);
            let old = t.bytes().position(|b| !b.is_ascii()).unwrap_or(t.len());
            assert_eq!(ascii_prefix(t.as_bytes()), old, "{t:?}");
        }
    }

    #[test]
    fn ids_longer_than_the_stack_buffer_are_read_as_well() {
        for (id, byline, role) in [
            (format!("{}-Author", "x".repeat(70)), true, None),
            (format!("{}-Author", "x".repeat(50)), true, None),
            (format!("photo-{}-author", "x".repeat(70)), false, None),
            ("  Published ".to_string(), false, Some("published")),
            ("DT-Updated".to_string(), false, Some("modified")),
        ] {
            let names = read_class_names("", &id, &mut TokenCache::default());
            assert_eq!((names.byline, names.date_role), (byline, role), "{id:?}");
            assert_eq!(
                oracle::byline_and_date_role("", &id),
                (byline, role),
                "{id:?}"
            );
        }
    }

    #[test]
    fn class_names_read_as_the_three_readers_they_replaced() {
        let pieces = [
            " ",
            "  ",
            "\t",
            "-",
            "_",
            "--",
            ":",
            ".",
            "/",
            "é",
            "K",
            "ſ",
            "a",
            "x1",
            "top",
            "to",
            "scroll",
            "back",
            "totop",
            "scrollTop",
            "related",
            "Related",
            "more-stories",
            "most-read",
            "READ-MORE",
            "readmore",
            "re",
            "disqus_thread",
            "disqus",
            "post-12",
            "post-",
            "type-post",
            "hentry",
            "category-",
            "tag-",
            "Category-Ads",
            "tag-share",
            "sub",
            "SUB",
            "title",
            "headline",
            "line",
            "heading",
            "header",
            "Header",
            "lead",
            "standfirst",
            "intro",
            "dek",
            "article",
            "Content",
            "entry",
            "main",
            "column",
            "shadow",
            "body",
            "comment",
            "comments",
            "sidebar",
            "footer",
            "nav",
            "ad",
            "ads",
            "advertisement",
            "advertisements",
            "share",
            "social",
            "widget",
            "meta",
            "author",
            "byline",
            "caption",
            "credit",
            "legend",
            "cookie",
            "gdpr",
            "donate",
            "menu",
            "breadcrumb",
            "masthead",
            "copyright",
            "noprint",
            "bio",
            "tags",
            "kommentar",
            "respond",
            "popular",
            "trending",
            "modal",
            "articlecontentwrapper",
            "7",
            "author",
            "-author",
            "author-name",
            "__author",
            "by-author",
            "Byline",
            "AuthorName",
            "img",
            "photo",
            "teaser",
            "slider",
            "published",
            "dt-published",
            "Updated",
            "dt-updated",
        ];
        let mut rng = crate::Xorshift::new();
        let (mut zones, mut hints, mut heads, mut bylines, mut dates) = (0, 0, 0, 0, 0);
        for _ in 0..40_000 {
            let class = rng.string(&pieces, 9);
            let id = if rng.below(3) == 0 {
                rng.string(&pieces, 4)
            } else {
                String::new()
            };
            let page = format!(r#"<div class="{class}" id="{id}">x</div>"#);
            let html = Html::parse_document(&page);
            let el = html
                .tree
                .root()
                .descendants()
                .filter_map(|n| n.value().as_element())
                .find(|e| e.name() == "div")
                .expect("the div");
            // The attributes as the element holds them (html5ever may normalise them).
            let class = attr_of(el, "class").unwrap_or("");
            let id = attr_of(el, "id").unwrap_or("");
            let names = class_names(el);
            for inside in [false, true] {
                let want = oracle::class_zone(class, id, inside);
                assert_eq!(
                    names.zone[usize::from(inside)],
                    want,
                    "{class:?} {id:?} {inside}"
                );
                zones += usize::from(want.is_some());
            }
            let (hint, key, maybe) = oracle::class_hint(class, id);
            assert_eq!(
                (names.hint, names.key, names.maybe),
                (hint, key, maybe),
                "{class:?} {id:?}"
            );
            let (header, lead) = oracle::header_and_lead_names(class, id);
            assert_eq!(
                (names.header, names.lead),
                (header, lead),
                "{class:?} {id:?}"
            );
            let (byline, date_role) = oracle::byline_and_date_role(class, id);
            assert_eq!(names.byline, byline, "{class:?} {id:?}");
            assert_eq!(names.date_role, date_role, "{class:?} {id:?}");
            bylines += usize::from(byline);
            dates += usize::from(date_role.is_some());
            hints += usize::from(hint != 0.0);
            heads += usize::from(header || lead);
        }
        assert!(
            zones > 10_000 && hints > 5_000 && heads > 1_000 && bylines > 1_000 && dates > 200,
            "{zones} {hints} {heads} {bylines} {dates}"
        );
        assert!(WORDS.keys().all(|w| (2..=MAX_WORD).contains(&w.len())));
    }

    fn marks_of(page: &str) -> (Html, ContentMap) {
        let html = Html::parse_document(page);
        let map = analyse(&html);
        (html, map)
    }

    /// The zone and class hint of the first element named `tag` in `page`.
    fn zone_and_hint(page: &str, tag: &str, in_article: bool) -> (Option<BlockKind>, f32, bool) {
        let html = Html::parse_document(page);
        let el = html
            .tree
            .root()
            .descendants()
            .filter_map(|n| n.value().as_element())
            .find(|e| e.name() == tag)
            .expect("the element is on the page");
        let names = class_names(el);
        (zone_of(el, in_article), names.hint, names.maybe)
    }

    #[test]
    fn class_words_name_zones_and_hints_whatever_their_case() {
        let z = |class: &str, in_article: bool| {
            zone_and_hint(
                &format!(r#"<div class="{class}">x</div>"#),
                "div",
                in_article,
            )
        };
        assert_eq!(
            z("Post-Related_List", false).0,
            Some(BlockKind::HeadlineList)
        );
        // One token naming two kinds: the headline list ranks first.
        assert_eq!(
            z("comments-related", false).0,
            Some(BlockKind::HeadlineList)
        );
        // A second token decides only when the first names nothing.
        assert_eq!(z("share-bar nav", false).0, Some(BlockKind::Widget));
        assert_eq!(z("MOST-READ box", false).0, Some(BlockKind::HeadlineList));
        // "related" run into another word, and comment sections named in other languages.
        assert_eq!(z("relatedPosts", true).0, Some(BlockKind::HeadlineList));
        assert_eq!(
            z("section-sectionRelated", true).0,
            Some(BlockKind::HeadlineList)
        );
        assert_eq!(z("kommentar-modul", true).0, Some(BlockKind::Comments));
        assert_eq!(z("zona-comentarios", true).0, Some(BlockKind::Comments));
        for fused in [
            "commentlist",
            "commentsArea",
            "CommentsSection",
            "post-commentsWrap",
        ] {
            assert_eq!(z(fused, true).0, Some(BlockKind::Comments), "{fused}");
        }
        assert_eq!(z("commentary", true).0, None);
        assert_eq!(z("site-header", false).0, Some(BlockKind::Furniture));
        assert_eq!(z("site-header", true).0, None);
        assert_eq!(z("entry-content", false).0, None);
        // Notes about the story: its author, its categories and tags.
        assert_eq!(z("entry-meta", true).0, Some(BlockKind::Metadata));
        assert_eq!(z("author-bio", true).0, Some(BlockKind::Metadata));
        assert_eq!(z("post_tags", true).0, Some(BlockKind::Metadata));
        // Notes on the page's business, and rating boxes.
        assert_eq!(z("affiliate-info", true).0, Some(BlockKind::Widget));
        assert_eq!(z("editorial-disclosure", true).0, Some(BlockKind::Widget));
        assert_eq!(z("b-disclaimer", true).0, Some(BlockKind::Widget));
        assert_eq!(z("post-ratings", true).0, Some(BlockKind::Widget));
        // Share-button plugins, copyright lines and what is hidden from print.
        assert_eq!(z("shariff-buttons", true).0, Some(BlockKind::Widget));
        assert_eq!(z("sharedaddy sd-block", true).0, Some(BlockKind::Widget));
        assert_eq!(z("image-copyright", true).0, Some(BlockKind::Furniture));
        assert_eq!(z("box noprint", true).0, Some(BlockKind::Furniture));
        // A link back to the top of the page, not a word that merely ends in "to".
        assert_eq!(z("back-to-top", false).0, Some(BlockKind::Navigation));
        assert_eq!(z("scrollTop", true).0, Some(BlockKind::Navigation));
        assert_eq!(z("photo-top", true).0, None);
        // Picture legends, named in several languages.
        assert_eq!(z("image-legend", true).0, Some(BlockKind::Caption));
        assert_eq!(z("foto_bildunterschrift", true).0, Some(BlockKind::Caption));
        assert_eq!(z("leyenda-foto", true).0, Some(BlockKind::Caption));
        let (_, hint, maybe) = z("Entry-Content", false);
        assert!(hint > 0.0 && maybe);
        let (_, hint, _) = z("sidebar-widget", false);
        assert!(hint < 0.0);
        // Words over 13 letters are not hint words.
        assert_eq!(z("articlecontentwrapper", false).1, 0.0);
    }

    #[test]
    fn picks_the_story_container_over_the_sidebar() {
        let para = "<p>The council met on Tuesday, and after a long debate, it voted to keep the old library open for another year.</p>";
        let page = format!(
            r#"<html><body class="has-sidebar"><div id="wrap"><div class="story">{}</div>
<div class="sidebar"><ul><li><a href="/a">Another story about something else entirely</a></li>
<li><a href="/b">Yet another story with a long headline here</a></li></ul></div></div></body></html>"#,
            para.repeat(4)
        );
        let (html, map) = marks_of(&page);
        assert!(map.found);
        let names: Vec<(String, Mark)> = html
            .tree
            .root()
            .descendants()
            .filter_map(|n| n.value().as_element().map(|e| e.name().to_string()))
            .zip(map.marks.iter().copied())
            .collect();
        let story = names
            .iter()
            .position(|(n, m)| n == "div" && *m == Mark::Content);
        assert!(story.is_some(), "{names:?}");
        // The body's "has-sidebar" class does not make the whole page furniture.
        assert!(names.iter().any(|(n, m)| n == "body" && *m == Mark::Plain));
    }

    fn body_of(page: &str) -> String {
        let doc = crate::read(page.as_bytes(), &crate::Hint::default()).expect("an HTML page");
        crate::extract(&doc, &crate::Hint::default()).body_text
    }

    #[test]
    fn a_cookie_notice_with_more_prose_than_the_story_does_not_win() {
        let notice = "<p>This site stores small files on your device, for example to count visits, to remember your choices and, with your consent, to show videos from other services.</p>";
        let story = "<p>The bakery on the corner, closed since the fire, opens again on Saturday with a new oven, the owner said.</p>";
        let page = format!(
            r#"<html><body><div class="page"><div class="article-text">{}</div></div>
<div class="privacy-column why-cookies"><div class="service-text">{}</div><div class="service-text">{}</div></div></body></html>"#,
            story.repeat(4),
            notice.repeat(3),
            notice.repeat(3)
        );
        let body = body_of(&page);
        assert!(body.contains("The bakery on the corner"), "{body}");
        assert!(!body.contains("This site stores small files"), "{body}");
    }

    #[test]
    fn a_story_in_a_box_named_for_its_paywall_is_article_text() {
        let story = "<p>The river rose by two metres overnight, and the town, which had built a new wall last year, kept its streets dry.</p>";
        let teaser = r#"<li><a href="/x"><p>Readers in the valley share their photographs of the highest water in forty years</p></a></li>"#;
        let page = format!(
            r#"<html><body><main><section class="row non-paywall"><article>{}</article></section>
<ul class="more-links">{}</ul></main></body></html>"#,
            story.repeat(2),
            teaser.repeat(5)
        );
        let body = body_of(&page);
        assert!(body.contains("The river rose by two metres"), "{body}");
    }

    #[test]
    fn ruby_readings_do_not_run_into_the_sentence() {
        let para = "<p>The <ruby>kanji<rp>(</rp><rt>reading</rt><rp>)</rp></ruby> stay, and the glosses above them, which help young readers, are left out of the text.</p>";
        let body = body_of(&format!(
            "<html><body><article>{}</article></body></html>",
            para.repeat(3)
        ));
        assert!(body.contains("The kanji stay, and the glosses"), "{body}");
        assert!(!body.contains("reading"), "{body}");
    }

    #[test]
    fn a_lead_in_its_own_block_before_the_text_is_article_text() {
        let para = "<p>The ferry company said on Monday that the crossing to the island, closed since the storm, would open again in the spring.</p>";
        let page = format!(
            r#"<html><body><div class="page"><div class="promo-links"><a href="/x">Weather</a> <a href="/y">Tides</a></div>
<div class="story"><div class="lead-box"><div class="intro-text">Islanders who have relied on a borrowed fishing boat for three months will have a regular service again.</div></div>
<div class="story-body">{}</div></div></div></body></html>"#,
            para.repeat(5)
        );
        let body = body_of(&page);
        assert!(body.contains("Islanders who have relied"), "{body}");
        assert!(body.contains("The ferry company said"), "{body}");
        assert!(!body.contains("Weather"), "{body}");
    }

    #[test]
    fn a_story_split_into_sections_of_one_template_is_read_whole() {
        let section = |text: &str, n: usize| {
            format!(
                r#"<section class="block"><div class="row"><div class="inner">{}</div></div></section>"#,
                format!("<p>{text}</p>").repeat(n)
            )
        };
        let page = format!(
            r#"<html><body><main><div class="builder">{}{}</div><div class="note"><p>{}</p></div></main></body></html>"#,
            section("The orchard on the hill lost half its trees in the frost, and the growers, who had hoped for a record year, now count on next season.", 4),
            section("Volunteers from the village came with ladders and baskets, picking what the frost had spared before it could spoil on the branches.", 1),
            "Comments on this story are closed, but readers may write to the editors by post, as they always could, at the usual address."
        );
        let body = body_of(&page);
        assert!(body.contains("The orchard on the hill"), "{body}");
        assert!(body.contains("Volunteers from the village"), "{body}");
        // A following block of another kind is not pulled in.
        assert!(!body.contains("Comments on this story"), "{body}");
    }

    #[test]
    fn a_lead_written_straight_into_a_header_div_is_article_text() {
        let para = "<p>The bakery on Mill Street, which has sold bread since the war, will close at the end of the month, its owners said.</p>";
        let page = format!(
            r#"<html><body><article><header><h1>Old bakery to close</h1><div class="byline">By Tom Reed</div>
<div class="summary">After eighty years, the family behind the town's oldest bakery is retiring and no buyer has come forward.</div></header>
<div class="text">{}</div></article></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("After eighty years"), "{body}");
        assert!(!body.contains("By Tom Reed"), "{body}");
    }

    #[test]
    fn a_lead_named_so_between_the_headline_and_the_text_is_article_text() {
        let para = "<p>The town council voted on Tuesday to keep the old tram depot, which had been due for demolition, and to turn it into a market hall.</p>";
        let page = |lead: &str| {
            format!(
                r#"<html><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="page-header"><h1>Tram depot saved</h1><div class="byline">By Ann Lee, 3 May</div>
<p class="article-sub-headline">{lead}</p></div>
<div class="main"><div class="story-body">{}</div></div></body></html>"#,
                para.repeat(4)
            )
        };
        let body = body_of(&page(
            "Stallholders will move in next spring, after a vote that split the council.",
        ));
        assert!(body.contains("Stallholders will move in"), "{body}");
        assert!(!body.contains("By Ann Lee"), "{body}");
        assert!(body.contains("The town council voted"), "{body}");
        // A teaser copy of the story's own first paragraph is not read twice.
        let body = body_of(&page(
            "The town council voted on Tuesday to keep the old tram depot, which had been due for demolition, and to turn it into a market hall.",
        ));
        assert_eq!(body.matches("The town council voted").count(), 4, "{body}");
    }

    #[test]
    fn a_sentence_long_lead_in_the_page_header_is_article_text_whatever_its_class() {
        let para = "<p>The night bus to the airport, cut last winter to save money, will run again from June, the transport authority said.</p>";
        let page = format!(
            r#"<html><body><header class="top"><h1>Night bus returns</h1><span>By Ann Lee</span>
<div class="box"><p>Shift workers and travellers with early flights had complained for months that the only way to the airport before dawn was a taxi.</p></div></header>
<div class="main"><div class="story-body">{}</div></div>
<aside><p>Other readers liked our guide to the cheapest parking near the terminals and the new cycle route along the river.</p></aside></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("Shift workers and travellers"), "{body}");
        assert!(!body.contains("By Ann Lee"), "{body}");
        assert!(!body.contains("Other readers liked"), "{body}");
    }

    #[test]
    fn a_short_lead_named_so_in_the_story_header_is_article_text() {
        let para = "<p>Anglers along the lower river reported the first salmon of the season this week, a month earlier than in most years.</p>";
        let page = format!(
            r#"<html><body><div class="logo"><h1>River News</h1></div><article><header><h2>Fishing report</h2>
<p class="story-intro">An early run of salmon surprises the lower river</p><p>By Tom Reed</p></header>
<div class="text">{}</div></article></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("An early run of salmon"), "{body}");
        assert!(!body.contains("Fishing report"), "{body}");
        assert!(!body.contains("By Tom Reed"), "{body}");
    }

    #[test]
    fn a_paragraph_that_is_all_link_text_is_not_article_text() {
        let para = "<p>The harbour master said on Friday that the old pier, damaged in the winter gales, will be rebuilt in stone by the autumn.</p>";
        let page = format!(
            r#"<html><body><div class="story">{}<p>Next: <a href="/pier-history">A short history of the town's wooden piers</a></p>
<p>Fishermen, who moor at the pier, welcomed the news, though <a href="/fleet">the fleet</a> will have to moor elsewhere for a while.</p>
<h3><a href="/ferries">Ferry timetables for the winter months</a></h3>
<p><a href="/author/ann-lee">Ann Lee</a></p></div></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(!body.contains("A short history"), "{body}");
        assert!(!body.contains("Ferry timetables"), "{body}");
        // A sentence with a link in it stays.
        assert!(body.contains("Fishermen, who moor at the pier"), "{body}");
        let doc = crate::read(page.as_bytes(), &crate::Hint::default()).expect("an HTML page");
        let x = crate::extract(&doc, &crate::Hint::default());
        // A linked line is metadata: a byline there is still read.
        assert!(
            x.bylines.iter().any(|b| b.name == "Ann Lee"),
            "{:?}",
            x.bylines
        );
    }

    #[test]
    fn notes_after_the_story_in_its_footer_or_author_box_are_not_article_text() {
        let para = "<p>The county library will open on Sundays from March, the council said, after a petition signed by nearly two thousand readers.</p>";
        let page = format!(
            r#"<html><body><article><h1>Library to open on Sundays</h1><div class="entry">{}
<div class="author-box"><p>Mara Quill writes about schools, libraries and local government for the paper, and before that she taught history for ten years.</p></div>
<div class="post-meta">Filed under Libraries, Council</div></div>
<footer><p>This entry was posted in Town news by the editors and has been kept in the archive of the county paper since it first ran.</p></footer></article></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("The county library will open"), "{body}");
        assert!(!body.contains("Mara Quill writes"), "{body}");
        assert!(!body.contains("Filed under"), "{body}");
        assert!(!body.contains("This entry was posted"), "{body}");
    }

    #[test]
    fn a_post_filed_under_a_category_named_like_a_widget_is_still_the_story() {
        let para = "<p>The village choir, which lost its hall to damp last winter, will sing in the church again from May, the vicar said.</p>";
        let mail = "<p>Someone would like to share the post with you, and you can read the whole of it at the address below, or reply to them.</p>";
        let page = format!(
            r#"<html><body><div class="mail-form"><div class="mail-text">{}</div></div>
<article class="post-42 post type-post hentry category-no-newsletter tag-social-media"><div class="entry-content">{}</div></article></body></html>"#,
            mail.repeat(2),
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("The village choir"), "{body}");
        assert!(!body.contains("Someone would like to share"), "{body}");
        // Outside a post's class list, the same words still name regions.
        let z =
            |class: &str| zone_and_hint(&format!(r#"<div class="{class}">x</div>"#), "div", false);
        assert_eq!(z("category-newsletter").0, Some(BlockKind::Widget));
        assert_eq!(z("post-7 category-newsletter").0, None);
        assert_eq!(z("post-7 category-newsletter").1, z("post-7").1);
        assert!(z("category-newsletter").1 < 0.0);
        assert_eq!(z("post-7 newsletter").0, Some(BlockKind::Widget));
    }

    #[test]
    fn a_story_in_blocks_of_one_template_under_the_body_is_read_whole() {
        let block = |text: &str, n: usize| {
            format!(
                r#"<div class="wide band"><div class="frame"><div class="row"><div class="col">{}</div></div></div></div>"#,
                format!("<p>{text}</p>").repeat(n)
            )
        };
        let page = format!(
            r#"<html><body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>{}<div class="table-block"><p>Boiling point: 78 degrees</p></div>{}{}
<div class="site-end"><a href="/about">About us</a> <a href="/contact">Contact</a></div></body></html>"#,
            block("The new fuel, made from farm waste, burns with less soot than diesel, and two bus companies, the first of many, will test it this year.", 2),
            block("Engineers at the depot said that the engines, once adjusted, ran as well as before, though the tanks had to be fitted with new seals.", 4),
            block("The city council, which pays for most of the buses, has asked for a report on the costs, the emissions and the noise by the end of the year.", 2),
        );
        let body = body_of(&page);
        assert!(
            body.contains("The new fuel, made from farm waste"),
            "{body}"
        );
        assert!(body.contains("Engineers at the depot"), "{body}");
        assert!(body.contains("The city council, which pays"), "{body}");
        assert!(!body.contains("About us"), "{body}");
    }

    #[test]
    fn a_long_related_list_inside_a_short_story_is_not_article_text() {
        let para = "<p>The town's only cinema, shut for two years, will show films again from June, after a group of neighbours, who raised the money themselves, bought it.</p>";
        let item = r#"<li><a href="/x">Neighbours buy the old swimming pool</a><small>A group of residents, who met at a council meeting, has raised enough money to buy the pool and open it again next summer.</small></li>"#;
        let page = format!(
            r#"<html><body><div class="post"><div class="entry">{}<h2>More on this</h2><ul class="related_post">{}</ul></div></div></body></html>"#,
            para.repeat(2),
            item.repeat(6)
        );
        let body = body_of(&page);
        assert!(body.contains("The town's only cinema"), "{body}");
        assert!(
            !body.contains("Neighbours buy the old swimming pool"),
            "{body}"
        );
        assert!(!body.contains("A group of residents"), "{body}");
    }

    #[test]
    fn the_heading_of_a_link_list_inside_the_story_goes_with_the_list() {
        let para = "<p>The ferry to the island, which stopped in March after a storm damaged the pier, will run twice a day again from Monday, the operator said.</p>";
        let page = format!(
            r#"<html><body><div class="story">{}<h3>Background</h3><p>The pier was built in 1910, and it has been repaired, at great cost, four times since then.</p>
<h3>More about the islands</h3><ul><li><a href="/a">Island school gets a new roof</a></li><li><a href="/b">Fishing quotas cut again</a></li><li><a href="/c">A lighthouse for sale</a></li></ul></div></body></html>"#,
            para.repeat(4)
        );
        let body = body_of(&page);
        assert!(body.contains("The ferry to the island"), "{body}");
        assert!(body.contains("Background"), "{body}");
        assert!(!body.contains("More about the islands"), "{body}");
        assert!(!body.contains("A lighthouse for sale"), "{body}");
    }

    #[test]
    fn no_prose_no_container() {
        let (_, map) = marks_of("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        assert!(!map.found);
    }
}
