//! Before the parse: what nothing reads is cut out of the source, so html5ever does not tokenize
//! it and the tree does not hold it: the text of `<script>` and `<style>` elements, the markup
//! of the icons drawn in `<svg>`, and the text of comments.
//!
//! A third of a news page's bytes are script and style bodies (51 of the 143 MB of the 990
//! evaluation pages); the reader only ever reads a script's text for JSON-LD, Next.js state or the
//! publication-date keys of a page's own state (see `html::SCRIPT_DATE`), and a style's never.
//! Inline svg holds 7.5 MB more. Of an svg's content the reader reads the text (white space too:
//! the captures and a button's text join it), elements by their name whatever their namespace
//! (an svg `<title>` is a block, an `<a>` a link) and three attributes on any element: an svg
//! whose content is drawing elements without those attributes, and white space, loses its markup
//! and keeps its white space (4.3 MB of the 990 pages; see [`unread_bodies_cut`]). Nothing reads
//! a comment's text (2.9 MB; 1.2 MB of it in comments of [`MIN_CUT`] or more, outside raw text
//! and the svgs cut): `html::ends_heading_or_lead` only asks whether a sibling is a comment. A
//! comment keeps its `<!--` and `-->`, so that the text on either side stays two nodes.
//!
//! Cut, the rest of the tree is the same node for node: a test parses pages both ways and compares
//! the trees, with script and style text, comment text and the content of the svgs cut aside (an
//! svg cut holds the white space of its content, joined, and nothing else), on all 1,413 corpus
//! pages and on seeded random pages.
//!
//! Written by hand: no crate tokenizes HTML without also building tokens for everything (html5ever's
//! own tokenizer is what this saves), and the cut needs only where each tag ends, which this scan
//! finds the way the HTML tokenizer does (quoted attribute values, comments, raw-text elements, the
//! script data escape states) and the tree builder's foreign content. Inside `<svg>` or `<math>`
//! no script or style is cut (their `<script>` and `<style>` hold markup); where following the
//! builder would take knowing the HTML elements around (see [`unread_bodies_cut`]), or a tag is
//! unterminated, the scan stops and keeps the rest.

use std::borrow::Cow;

/// A body shorter than this is kept: cutting it saves less than the copy costs.
const MIN_CUT: usize = 64;

/// Start tags that close foreign content ("breakout" tags), as html5ever has them (`<font>` with
/// some attributes too: this scan stops there).
const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

/// An element open inside `<svg>` or `<math>`: its name (a range of the source) and whether it
/// is in the SVG namespace (an `<svg>` inside `<math>` is MathML's).
#[derive(Clone, Copy)]
struct Open {
    name: (usize, usize),
    svg: bool,
}

/// The content of an `<svg>` opened in HTML content, followed while the scan reads it: whether
/// it is still inert (see [`unread_bodies_cut`]), where the current run of markup began, and how
/// many cuts were listed when it opened (comment bodies inside, replaced by its runs when cut).
struct SvgContent {
    inert: bool,
    run: Option<usize>,
    cuts_at: usize,
}

impl SvgContent {
    /// Reads the text between the markup at `from` and the next `<` at `lt`: white space ends the
    /// current run of markup (and is kept), anything else makes the content read. The `<` at
    /// `lt` starts a run or goes on with one.
    fn text(&mut self, s: &[u8], from: usize, lt: usize, runs: &mut Vec<(usize, usize)>) {
        if from < lt {
            if !s[from..lt].iter().all(|&b| is_space(b)) {
                self.inert = false;
                return;
            }
            if let Some(r) = self.run.take() {
                runs.push((r, from));
            }
        }
        self.run.get_or_insert(lt);
    }
}

/// `source` with the bodies of the scripts and styles that nothing reads removed (their tags
/// kept), the markup inside inert `<svg>` elements, and the text of long comments (`<!---->`
/// kept), or `source` itself when there is none of these.
///
/// Only script and style text in HTML content is cut, never inside `<svg>` or `<math>` (their
/// `<script>` and `<style>` hold markup). Foreign content is followed element by element, as the
/// tree builder follows it; where that takes knowing the HTML elements around it (an end tag that
/// closes none of the foreign elements, markup inside an integration point such as
/// `<foreignObject>`, `<font color>`), the scan stops and keeps the rest of the page whole.
///
/// An `<svg>` opened in HTML content and followed to its own `</svg>` (not closed by a breakout
/// tag, `</p>` or `</br>`) loses its markup when the reader reads nothing inside: all its text is
/// white space, each element one of the drawing elements of [`is_drawing`] without a `class`,
/// `role` or `itemprop` attribute, and no CDATA section. Its tags and its white space stay; the
/// runs of markup between are cut, all of them or, under [`MIN_CUT`] in all, none.
///
/// What the reader reads of an svg's content, and why the rest is inert:
/// - text: the captures (a heading's, a byline link's, a `<time>`'s text: every descendant's),
///   a button's text (`html::in_reaction_bar`, CSS of an svg `<style>` too), the words of a
///   lead (`main_content::headline_lead`), an svg `<title>` as the page's title when it has none
///   yet, an svg `<script>`'s date keys. White space stays, as it was (one text node now): every
///   concatenation of the text is the same;
/// - element names, whatever the namespace: `<title>` (a block, which ends the line before it),
///   `<a>` (links, `rel=author`), `<script>` (JSON-LD), `<time>`, `<link>`, `<html>`, the block,
///   skipped and emphasis names. No drawing element is one;
/// - on any element, `class` (bylines, dates, kickers; a class naming a date makes its element a
///   line of its own), `role` (regions) and `itemprop` (dates, authors). An `id` names regions,
///   leads and hints, which count for the text inside (white space) and the elements' scores
///   (they hold no prose, and no HTML element is inside them): inert.
///
/// Comments of [`MIN_CUT`] or more lose their text wherever the tokenizer reads them (in HTML
/// and foreign content, not in raw text, nor unterminated).
pub(crate) fn unread_bodies_cut(source: &str) -> Cow<'_, str> {
    let s = source.as_bytes();
    // Bodies to cut, as byte ranges, in order.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Open foreign elements, outermost first; `point` when the innermost is an integration point
    // (its text is HTML's).
    let mut open: Vec<Open> = Vec::new();
    let mut point = false;
    // The `<svg>` at the bottom of `open`, when it was opened in HTML content, and the runs of
    // markup read in it.
    let mut svg: Option<SvgContent> = None;
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &s[i..]).map(|p| i + p) {
        let foreign = !open.is_empty();
        let content = svg.as_mut().filter(|c| c.inert);
        let inert = content.is_some();
        if let Some(c) = content {
            c.text(s, i, lt, &mut runs);
        }
        match s.get(lt + 1).copied() {
            Some(b'!') => {
                i = if s[lt + 2..].starts_with(b"--") {
                    let (end, body_end) = comment_end(s, lt + 4);
                    if let Some(b) = body_end.filter(|&b| b >= lt + 4 + MIN_CUT) {
                        cuts.push((lt + 4, b));
                    }
                    end
                } else if foreign && s[lt + 2..].starts_with(b"[CDATA[") {
                    // In SVG and MathML (an integration point too: it is still the current
                    // element here) a CDATA section, to its `]]>`: text.
                    if let Some(c) = svg.as_mut() {
                        c.inert = false;
                    }
                    memchr::memmem::find(&s[lt + 9..], b"]]>").map_or(s.len(), |p| lt + 9 + p + 3)
                } else {
                    past_gt(s, lt + 2)
                };
            }
            Some(b'?') => i = past_gt(s, lt + 2),
            Some(b'/') => match s.get(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let Some(tag) = scan_tag(s, lt + 2) else {
                        break;
                    };
                    i = tag.end;
                    if !foreign {
                        continue;
                    }
                    let raw = &s[tag.name.0..tag.name.1];
                    if point {
                        // Only the integration point's own end tag, with nothing but text in it.
                        let top = open[open.len() - 1].name;
                        if !s[top.0..top.1].eq_ignore_ascii_case(raw) {
                            break;
                        }
                        open.pop();
                        point = false;
                    } else if raw.eq_ignore_ascii_case(b"br") || raw.eq_ignore_ascii_case(b"p") {
                        open.clear();
                        svg = None;
                        runs.clear();
                    } else {
                        let Some(at) = open
                            .iter()
                            .rposition(|o| s[o.name.0..o.name.1].eq_ignore_ascii_case(raw))
                        else {
                            // It closes an HTML element, maybe around the foreign content.
                            break;
                        };
                        open.truncate(at);
                        if at == 0 {
                            // The svg's own end tag: the runs of markup before it go, in place
                            // of the comment bodies cut in them.
                            if let Some(c) = svg.take().filter(|c| c.inert) {
                                if let Some(r) = c.run.filter(|&r| r < lt) {
                                    runs.push((r, lt));
                                }
                                if runs.iter().map(|(a, b)| b - a).sum::<usize>() >= MIN_CUT {
                                    cuts.truncate(c.cuts_at);
                                    cuts.append(&mut runs);
                                }
                            }
                            runs.clear();
                        }
                    }
                }
                Some(b'>') => i = lt + 3,
                Some(_) => i = past_gt(s, lt + 2),
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let tag = if inert {
                    // Inside an svg followed for its cut: its attributes are read too.
                    let mut read = false;
                    let tag = scan_tag_with(s, lt + 1, |name| read |= is_read_attribute(name));
                    if read
                        || tag
                            .as_ref()
                            .is_some_and(|t| !is_drawing(&s[t.name.0..t.name.1]))
                    {
                        if let Some(c) = svg.as_mut() {
                            c.inert = false;
                        }
                    }
                    tag
                } else {
                    scan_tag(s, lt + 1)
                };
                let Some(tag) = tag else {
                    break;
                };
                i = tag.end;
                let raw = &s[tag.name.0..tag.name.1];
                if foreign {
                    if point || raw.eq_ignore_ascii_case(b"font") || open.len() >= MAX_FOREIGN {
                        break;
                    }
                    if BREAKOUT.iter().any(|b| b.eq_ignore_ascii_case(raw)) {
                        // Back to HTML, where this tag opens an element like any other.
                        open.clear();
                        svg = None;
                        runs.clear();
                        continue;
                    }
                    if !tag.self_closing {
                        let parent = open[open.len() - 1];
                        let svg = parent.svg
                            || raw.eq_ignore_ascii_case(b"svg")
                                && s[parent.name.0..parent.name.1]
                                    .eq_ignore_ascii_case(b"annotation-xml");
                        point = is_integration_point(raw, svg, &s[lt..tag.end]);
                        open.push(Open {
                            name: tag.name,
                            svg,
                        });
                    }
                    continue;
                }
                let Some(name) = tag.name(s) else {
                    continue;
                };
                match name {
                    b"svg" | b"math" if !tag.self_closing => {
                        open.push(Open {
                            name: tag.name,
                            svg: name == b"svg",
                        });
                        if name == b"svg" {
                            runs.clear();
                            svg = Some(SvgContent {
                                inert: true,
                                run: None,
                                cuts_at: cuts.len(),
                            });
                        }
                    }
                    b"svg" | b"math" => {}
                    b"plaintext" => break,
                    b"script" => {
                        let body_end = script_end(s, i);
                        let body = &source[i..body_end];
                        if body.len() >= MIN_CUT && !script_is_read(&s[lt..tag.end], body) {
                            cuts.push((i, body_end));
                        }
                        i = body_end;
                    }
                    b"style" => {
                        let body_end = raw_text_end(s, i, b"style");
                        if body_end - i >= MIN_CUT {
                            cuts.push((i, body_end));
                        }
                        i = body_end;
                    }
                    _ => i = raw_text_end(s, i, name),
                }
            }
            Some(_) => {
                // A `<` that is text.
                if let Some(c) = svg.as_mut() {
                    c.inert = false;
                }
                i = lt + 1;
            }
            None => break,
        }
        if i >= s.len() {
            break;
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(source);
    }
    let cut: usize = cuts.iter().map(|(a, b)| b - a).sum();
    let mut out = String::with_capacity(source.len() - cut);
    let mut from = 0;
    for (a, b) in cuts {
        // Both ends sit next to an ASCII `<` or `>`, or inside a comment's `<!--` and `-->`:
        // character boundaries.
        out.push_str(&source[from..a]);
        from = b;
    }
    out.push_str(&source[from..]);
    Cow::Owned(out)
}

/// True for the elements an svg draws with, which no reader acts on by their name (unlike
/// `<title>`, `<a>`, `<script>`, `<style>`, `<text>`, `<foreignObject>`...): shapes, paths,
/// groups and their definitions, paint servers, clips and masks, filters and animations.
fn is_drawing(raw: &[u8]) -> bool {
    let mut lower = [0u8; 20];
    let Some(name) = lower.get_mut(..raw.len()) else {
        return false;
    };
    name.copy_from_slice(raw);
    name.make_ascii_lowercase();
    matches!(
        &*name,
        b"svg"
            | b"g"
            | b"defs"
            | b"symbol"
            | b"use"
            | b"path"
            | b"rect"
            | b"circle"
            | b"ellipse"
            | b"line"
            | b"polyline"
            | b"polygon"
            | b"image"
            | b"clippath"
            | b"mask"
            | b"pattern"
            | b"marker"
            | b"lineargradient"
            | b"radialgradient"
            | b"stop"
            | b"filter"
            | b"feblend"
            | b"fecolormatrix"
            | b"fecomponenttransfer"
            | b"fecomposite"
            | b"feconvolvematrix"
            | b"fediffuselighting"
            | b"fedisplacementmap"
            | b"fedistantlight"
            | b"fedropshadow"
            | b"feflood"
            | b"fefunca"
            | b"fefuncb"
            | b"fefuncg"
            | b"fefuncr"
            | b"fegaussianblur"
            | b"feimage"
            | b"femerge"
            | b"femergenode"
            | b"femorphology"
            | b"feoffset"
            | b"fepointlight"
            | b"fespecularlighting"
            | b"fespotlight"
            | b"fetile"
            | b"feturbulence"
            | b"animate"
            | b"animatemotion"
            | b"animatetransform"
            | b"set"
            | b"mpath"
    )
}

/// True for the attributes the reader reads on an element of any name: `class` (bylines, dates,
/// kickers, regions), `role` (regions), `itemprop` (dates, authors).
fn is_read_attribute(name: &[u8]) -> bool {
    name.eq_ignore_ascii_case(b"class")
        || name.eq_ignore_ascii_case(b"role")
        || name.eq_ignore_ascii_case(b"itemprop")
}

/// Just past the first `>` at or after `from` (or the end of the source): where a doctype, a
/// bogus comment (`<?...>`, `<!x...>`, `</ ...>`) ends, even with a `>` in quotes.
fn past_gt(s: &[u8], from: usize) -> usize {
    memchr::memchr(b'>', &s[from..]).map_or(s.len(), |p| from + p + 1)
}

/// Foreign elements open at once past which the scan stops (an icon nests a few).
const MAX_FOREIGN: usize = 256;

/// True when `raw` opens an HTML integration point in SVG (`svg`) or MathML: `<foreignObject>`,
/// `<desc>`, `<title>`; `<mi>`, `<mo>`, `<mn>`, `<ms>`, `<mtext>`, and `<annotation-xml>` of an
/// HTML encoding.
fn is_integration_point(raw: &[u8], svg: bool, tag: &[u8]) -> bool {
    let points: &[&[u8]] = if svg {
        &[b"foreignobject", b"desc", b"title"]
    } else {
        &[b"mi", b"mo", b"mn", b"ms", b"mtext"]
    };
    if points.iter().any(|p| p.eq_ignore_ascii_case(raw)) {
        return true;
    }
    !svg && raw.eq_ignore_ascii_case(b"annotation-xml") && {
        let lower = tag.to_ascii_lowercase();
        memchr::memmem::find(&lower, b"text/html").is_some()
            || memchr::memmem::find(&lower, b"application/xhtml+xml").is_some()
    }
}

/// True when the reader reads this script's text: JSON of any kind (JSON-LD, Next.js state), or
/// state naming a publication or creation date.
fn script_is_read(tag: &[u8], body: &str) -> bool {
    // Any `json` or `__NEXT_DATA__` in the tag, whatever attribute holds it: the reader's own test
    // is narrower, so this keeps all it reads.
    memchr::memmem::find(&tag.to_ascii_lowercase(), b"json").is_some()
        || memchr::memmem::find(tag, b"__NEXT_DATA__").is_some()
        || crate::html::SCRIPT_DATE.is_match(body)
}

/// A tag's extent: where its name is, where it ends (past its `>`), and whether it closes itself.
struct Tag {
    name: (usize, usize),
    end: usize,
    self_closing: bool,
}

impl Tag {
    /// The tag's name, lower-cased, when it is one this scan acts on (all ASCII, at most 9 bytes:
    /// `plaintext`), else `None`.
    fn name(&self, s: &[u8]) -> Option<&'static [u8]> {
        let raw = &s[self.name.0..self.name.1];
        const NAMES: &[&[u8]] = &[
            b"script",
            b"style",
            b"svg",
            b"math",
            b"plaintext",
            b"title",
            b"textarea",
            b"xmp",
            b"iframe",
            b"noembed",
            b"noframes",
            b"noscript",
        ];
        NAMES.iter().copied().find(|n| n.eq_ignore_ascii_case(raw))
    }
}

/// HTML's whitespace between attributes (a carriage return is a line feed by then).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The tag whose name starts at `from` (just past `<` or `</`), read as the HTML tokenizer reads
/// it: the name runs to a space, `/` or `>`; a `>` inside a quoted attribute value does not end
/// the tag; a `/` in an unquoted value is part of it (`<a href=/a/>` does not close itself).
/// `None` when the source ends inside it.
///
/// The tokenizer's attribute states, each as a tight loop (a per-byte state match cost twice as
/// much, 280 instructions a tag).
fn scan_tag(s: &[u8], from: usize) -> Option<Tag> {
    scan_tag_with(s, from, |_| {})
}

/// [`scan_tag`], handing each attribute's name to `attribute` (as written: any case).
#[inline(always)]
fn scan_tag_with(s: &[u8], from: usize, mut attribute: impl FnMut(&[u8])) -> Option<Tag> {
    let n = s.len();
    let stop = |b: u8| b == b'>' || b == b'/' || is_space(b);
    let mut i = from;
    while i < n && !stop(s[i]) {
        i += 1;
    }
    let name_end = i;
    loop {
        // Before an attribute's name (also after a name, a value, or a stray `/`).
        while i < n && is_space(s[i]) {
            i += 1;
        }
        match *s.get(i)? {
            b'>' => return Some(tag(from, name_end, i + 1, false)),
            b'/' => {
                if *s.get(i + 1)? == b'>' {
                    return Some(tag(from, name_end, i + 2, true));
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // The name: its first character may be anything (`=`, a quote), then up to a space, `/`,
        // `>` or `=`.
        let name = i;
        i += 1;
        while i < n && !stop(s[i]) && s[i] != b'=' {
            i += 1;
        }
        attribute(&s[name..i]);
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if *s.get(i)? != b'=' {
            continue;
        }
        i += 1;
        while i < n && is_space(s[i]) {
            i += 1;
        }
        match *s.get(i)? {
            b'>' => return Some(tag(from, name_end, i + 1, false)),
            q @ (b'"' | b'\'') => i += 1 + memchr::memchr(q, &s[i + 1..])? + 1,
            _ => {
                while i < n && s[i] != b'>' && !is_space(s[i]) {
                    i += 1;
                }
            }
        }
    }
}

fn tag(from: usize, name_end: usize, end: usize, self_closing: bool) -> Tag {
    Tag {
        name: (from, name_end),
        end,
        self_closing,
    }
}

/// Where a comment whose text starts at `from` (past `<!--`) ends: past its `-->` or `--!>` (any
/// run of dashes before the `>`), or at once for the abrupt `<!-->` and `<!--->`; and where its
/// text ends (before the last two dashes), unless the source ends inside it.
fn comment_end(s: &[u8], from: usize) -> (usize, Option<usize>) {
    let rest = s.get(from..).unwrap_or_default();
    if rest.starts_with(b">") {
        return (from + 1, Some(from));
    }
    if rest.starts_with(b"->") {
        return (from + 2, Some(from));
    }
    let mut at = 0;
    while let Some(p) = memchr::memmem::find(&rest[at..], b"--") {
        let mut j = at + p + 2;
        while rest.get(j) == Some(&b'-') {
            j += 1;
        }
        match rest.get(j) {
            Some(b'>') => return (from + j + 1, Some(from + j - 2)),
            Some(b'!') if rest.get(j + 1) == Some(&b'>') => {
                return (from + j + 2, Some(from + j - 2));
            }
            _ => at = j,
        }
    }
    (s.len(), None)
}

/// True when `at` starts `</name`, the element's end tag: its name, in any case, followed by a
/// space, `/` or `>` (`</scripts>` is text).
fn is_end_tag(s: &[u8], at: usize, name: &[u8]) -> bool {
    let n = at + 2;
    s.get(at + 1) == Some(&b'/')
        && s.get(n..n + name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name))
        && s.get(n + name.len())
            .is_some_and(|&b| b == b'/' || b == b'>' || is_space(b))
}

/// Where the text of a raw-text or RCDATA element (`<style>`, `<title>`, ...) starting at `from`
/// ends: at its end tag's `<`, or the end of the source.
fn raw_text_end(s: &[u8], mut from: usize, name: &[u8]) -> usize {
    while let Some(p) = memchr::memmem::find(&s[from..], b"</") {
        let at = from + p;
        if is_end_tag(s, at, name) {
            return at;
        }
        from = at + 2;
    }
    s.len()
}

/// Where a script's text starting at `from` ends: at its `</script` end tag's `<`, or the end of
/// the source. Follows the tokenizer's script data states: inside `<!--`, a `<script` opens a
/// double-escaped run where `</script>` does not end the element, until `-->` or `</script>`
/// leaves it.
fn script_end(s: &[u8], from: usize) -> usize {
    /// Script data, or its escaped run (`double`: the double-escaped one), with how many dashes
    /// (up to two) were just read: `-->` after two leaves either run.
    #[derive(Clone, Copy)]
    enum St {
        Data,
        Escaped { double: bool, dashes: u8 },
    }
    let mut st = St::Data;
    let mut i = from;
    while i < s.len() {
        let b = s[i];
        match st {
            St::Data => {
                // Only `<` matters here: jump to it.
                let Some(p) = memchr::memchr(b'<', &s[i..]) else {
                    return s.len();
                };
                i += p;
                if is_end_tag(s, i, b"script") {
                    return i;
                }
                if s[i + 1..].starts_with(b"!--") {
                    // `<!--` then straight into the escaped run, two dashes read.
                    st = St::Escaped {
                        double: false,
                        dashes: 2,
                    };
                    i += 4;
                    continue;
                }
                i += 1;
                continue;
            }
            St::Escaped { double, dashes } => {
                let dashes = match b {
                    b'<' if !double && is_end_tag(s, i, b"script") => return i,
                    b'<' if !double && opens_script(s, i + 1) => {
                        st = St::Escaped {
                            double: true,
                            dashes: 0,
                        };
                        i += 1 + 6;
                        continue;
                    }
                    b'<' if double && s.get(i + 1) == Some(&b'/') && opens_script(s, i + 2) => {
                        st = St::Escaped {
                            double: false,
                            dashes: 0,
                        };
                        i += 2 + 6;
                        continue;
                    }
                    b'-' => (dashes + 1).min(2),
                    b'>' if dashes == 2 => {
                        st = St::Data;
                        i += 1;
                        continue;
                    }
                    _ => 0,
                };
                st = St::Escaped { double, dashes };
            }
        }
        i += 1;
    }
    s.len()
}

/// True when `script` (any case) followed by a space, `/` or `>` starts at `at`: the word that
/// moves the escaped script states in and out of their double-escaped run.
fn opens_script(s: &[u8], at: usize) -> bool {
    s.get(at..at + 6)
        .is_some_and(|t| t.eq_ignore_ascii_case(b"script"))
        && s.get(at + 6)
            .is_some_and(|&b| b == b'/' || b == b'>' || is_space(b))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use scraper::{Html, Node};

    /// A tree as a flat list: open (name, attributes, and whether it is an `<svg>` in HTML
    /// content), text, comment, close. The text of a `<script>` or `<style>` element in the HTML
    /// namespace is marked, as the cut may drop it.
    #[derive(Debug, PartialEq)]
    enum Event {
        Open(String, Vec<(String, String)>, bool, String),
        Text(String, bool),
        Comment(String),
        Other(String),
        Close,
    }

    fn events(html: &Html) -> Vec<Event> {
        use ego_tree::iter::Edge;
        use html5ever::ns;
        let mut out = Vec::new();
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) => {
                        let svg_in_html = e.name.ns == ns!(svg)
                            && e.name() == "svg"
                            && !node
                                .parent()
                                .and_then(|p| p.value().as_element())
                                .is_some_and(|p| p.name.ns == ns!(svg) || p.name.ns == ns!(mathml));
                        out.push(Event::Open(
                            format!("{:?}", e.name),
                            e.attrs()
                                .map(|(k, v)| (k.to_string(), v.to_string()))
                                .collect(),
                            svg_in_html,
                            e.name().to_string(),
                        ));
                    }
                    Node::Text(t) => {
                        let raw = node
                            .parent()
                            .and_then(|p| p.value().as_element())
                            .is_some_and(|e| {
                                e.name.ns == ns!(html) && matches!(e.name(), "script" | "style")
                            });
                        out.push(Event::Text(t.to_string(), raw));
                    }
                    Node::Comment(c) => out.push(Event::Comment(c.to_string())),
                    other => out.push(Event::Other(format!("{other:?}"))),
                },
                Edge::Close(node) => {
                    if node.value().is_element() {
                        out.push(Event::Close);
                    }
                }
            }
        }
        out
    }

    /// The index of the `Close` of the element opened at `at`.
    fn close_of(events: &[Event], at: usize) -> usize {
        let mut depth = 0usize;
        for (k, e) in events.iter().enumerate().skip(at) {
            match e {
                Event::Open(..) => depth += 1,
                Event::Close => {
                    depth -= 1;
                    if depth == 0 {
                        return k;
                    }
                }
                _ => {}
            }
        }
        events.len()
    }

    /// The text of `events`, end to end.
    fn text_of(events: &[Event]) -> String {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Text(t, _) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    /// What the cut took from a page's tree: svg contents and comment texts.
    #[derive(Debug, Default)]
    pub(crate) struct Taken {
        pub svg: usize,
        pub comments: usize,
    }

    /// `Err` with where they part when the tree of the cut source is not the tree of the whole
    /// one but for what the cut may take: the text of scripts and styles (the cut one may lack
    /// it, never alter it), the text of comments (the cut one may be empty), and the content of
    /// an `<svg>` in HTML content, which may be nothing but its text, all of it white space and
    /// the same once its text nodes are joined.
    pub(crate) fn same_tree_but_unread(page: &str) -> Result<Taken, String> {
        let cut = unread_bodies_cut(page);
        let whole = events(&Html::parse_document(page));
        let part = events(&Html::parse_document(&cut));
        let mut taken = Taken::default();
        let (mut i, mut j) = (0, 0);
        while let Some(e) = whole.get(i) {
            let p = part.get(j);
            match (e, p) {
                (Event::Comment(w), Some(Event::Comment(c))) if c.is_empty() && !w.is_empty() => {
                    taken.comments += 1;
                }
                (Event::Open(_, _, true, _), Some(p)) if p == e => {
                    let (k, m) = (close_of(&whole, i), close_of(&part, j));
                    let (inner, kept) = (&whole[i + 1..k], &part[j + 1..m]);
                    if inner != kept && kept.iter().all(|e| matches!(e, Event::Text(..))) {
                        // Only white space, the same, and only elements nothing reads.
                        let text = text_of(inner);
                        let read = inner.iter().any(|e| {
                            matches!(e, Event::Open(_, attrs, _, name) if !is_drawing(name.as_bytes())
                                || attrs.iter().any(|(k, _)| is_read_attribute(k.as_bytes())))
                        });
                        if kept.len() > 1
                            || text_of(kept) != text
                            || !text.bytes().all(is_space)
                            || read
                        {
                            return Err(format!(
                                "event {i}: svg content {inner:?}, cut to {kept:?}"
                            ));
                        }
                        taken.svg += 1;
                        (i, j) = (k, m);
                    }
                }
                (_, Some(p)) if p == e => {}
                (Event::Text(_, true), _) => {
                    i += 1;
                    continue;
                }
                _ => {
                    return Err(format!(
                        "event {i}: whole {e:?}, cut {p:?}; whole before: {:?}",
                        &whole[i.saturating_sub(3)..i]
                    ))
                }
            }
            i += 1;
            j += 1;
        }
        if j != part.len() {
            return Err(format!("cut has more events: {:?}", &part[j..]));
        }
        Ok(taken)
    }

    /// Seeded random pages of the pieces the scan must read as the tokenizer does (quotes,
    /// comments, the script escape states, raw-text elements, foreign content, unterminated
    /// tags), with long bodies so that cuts happen: the trees must agree.
    #[test]
    fn random_pages_parse_to_the_same_tree() {
        let filler = "x".repeat(MIN_CUT);
        let path = format!("<path d=\"{filler}\"/>");
        let comment = format!("<!--{filler}-->");
        let bang_comment = format!("<!--{filler}--!>");
        let pieces = [
            "<script>",
            "<SCRIPT type=\"text/javascript\">",
            "<script type=\"application/ld+json\">",
            "<script data-a='>' src=x>",
            "<script/>",
            "</script>",
            "</SCRIPT >",
            "</scripts>",
            "</script",
            "<style>",
            "<style media=\"a>b\">",
            "</style>",
            "<!--",
            "-->",
            "--!>",
            "<!-->",
            "<!--->",
            "-",
            "<",
            ">",
            "/",
            "\"",
            "'",
            "=",
            " ",
            "<p>",
            "<div class=\"<script>\">",
            "</div>",
            "<svg>",
            "</svg>",
            "<svg/>",
            "<svg / >",
            "<svg x=/y/>",
            "<math a = \"1\"/>",
            "<a href=/x/>",
            "<desc>",
            "</desc>",
            "<mi>",
            "</mi>",
            "<font color=red>",
            "<g>",
            "</g>",
            "<math>",
            "</math>",
            "<foreignObject>",
            "<title>",
            "</title>",
            "<textarea>",
            "</textarea>",
            "<noscript>",
            "</noscript>",
            "<iframe>",
            "</iframe>",
            "<xmp>",
            "</xmp>",
            "<select>",
            "</select>",
            "<table>",
            "<td>",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE html>",
            "<?php",
            "</>",
            "</ x>",
            "\"datePublished\":\"2024-01-02\"",
            "text",
            "é",
            &filler,
            "<SVG viewBox=\"0 0 1 1\">",
            "</SVG >",
            &path,
            "\n  ",
            "<g id=\"a\">",
            "<rect class=\"c\"/>",
            "<circle role=\"img\"/>",
            "<use itemprop=\"x\" href=\"#a\"/>",
            "<feColorMatrix values=\"1 0\"/>",
            "<text>",
            "</text>",
            "<!-- </svg> -->",
            "<![CDATA[</svg>]]>",
            "<g data-x=\"</svg>\">",
            "<b>",
            "</p>",
            "</br>",
            "&amp;",
            &comment,
            &bang_comment,
        ];
        let mut rng = crate::Xorshift::new();
        let (mut cut_pages, mut taken) = (0, Taken::default());
        for _ in 0..20_000 {
            let page = rng.string(&pieces, 40);
            match same_tree_but_unread(&page) {
                Ok(t) => {
                    taken.svg += t.svg;
                    taken.comments += t.comments;
                }
                Err(e) => panic!("{page:?}: {e}"),
            }
            cut_pages += usize::from(matches!(unread_bodies_cut(&page), Cow::Owned(_)));
        }
        // The test means something only if it cuts.
        assert!(cut_pages > 2_000, "{cut_pages}");
        assert!(taken.svg > 0 && taken.comments > 1_000, "{taken:?}");
    }

    /// Seeded random pages of svgs: mostly drawing elements and white space inside, with the
    /// pieces that must keep an svg's content or end it elsewhere (svg inside svg and inside
    /// math, integration points holding HTML, breakout tags, `</p>`, unclosed elements, `</svg>`
    /// in comments, CDATA and attribute values, upper case, text, the elements and attributes
    /// the reader reads), between pieces of HTML.
    #[test]
    fn random_svg_pages_parse_to_the_same_tree() {
        let path = format!("<path d=\"M{}\"/>", "1 ".repeat(MIN_CUT / 2));
        let open_path = format!("<path d='M{}'>", "1 ".repeat(MIN_CUT / 2));
        let comment = format!("<!--{}-->", "-x".repeat(MIN_CUT / 2));
        let openers = [
            "<svg>",
            "<SVG width=1>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon\">",
            "<math><svg>",
            "<math><annotation-xml encoding=\"text/html\"><svg>",
            "<svg><foreignObject>",
            "<svg/>",
        ];
        let group = format!("<g>{path}</g>");
        let nested = format!("<svg viewBox=\"0 0 1 1\">\n{path}\n</svg>");
        let drawing = [
            &group,
            &nested,
            "<g><G ID=a>\n</g></G>",
            "<g data-x=\"</svg>\"></g>",
            &path,
            &path,
            &open_path,
            "<linearGradient id=\"l\">",
            "<stop offset=0/>",
            "</linearGradient>",
            "<feGaussianBlur/>",
            "<use href=\"#a\" title='</svg>'/>",
            "<rect data-class=x/>",
            "\n",
            "  ",
            "\r\n\t",
            "<!-- </svg> -->",
            &comment,
            "<?x </svg>?>",
            "</ x>",
            "</>",
            "<!DOCTYPE svg>",
        ];
        // Pieces that keep the svg's content, or end it otherwise than by its end tag, or stop
        // the scan.
        let other = [
            "<svg>",
            "</svg>",
            "<g>",
            "</g>",
            "</path>",
            "x",
            "&#32;",
            "<",
            "<title>",
            "</title>",
            "<desc>",
            "</desc>",
            "<foreignObject>",
            "</foreignObject>",
            "<text>",
            "</text>",
            "<a href=x>",
            "</a>",
            "<rect class=c/>",
            "<rect CLASS=c/>",
            "<rect role=img/>",
            "<rect itemprop=x/>",
            "<style>",
            "</style>",
            "<script>",
            "</script>",
            "<![CDATA[</svg>]]>",
            "<![CDATA[ ]]>",
            "<!--",
            "<p>",
            "</p>",
            "</br>",
            "<b>",
            "<div>",
            "</div>",
            "<img>",
            "<font>",
            "<font color=red>",
            "<math>",
            "</math>",
            "<mi>",
            "</mi>",
        ];
        let closers = [
            "</svg>",
            "</svg>",
            "</svg>",
            "</SVG >",
            "</svg x=1>",
            "</p>",
            "</br>",
            "<b>",
            "</g>",
            "</div>",
            "",
        ];
        let html = [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<h1>",
            "</h1>",
            "<table>",
            "<td>",
            "<select>",
            "</select>",
            "<template>",
            "</template>",
            "<a>",
            "</a>",
            "text",
            " ",
            &comment,
        ];
        let mut rng = crate::Xorshift::new();
        let mut taken = Taken::default();
        for _ in 0..20_000 {
            let mut page = String::new();
            for _ in 0..rng.below(4) {
                page += &rng.string(&html, 4);
                page += openers[rng.below(openers.len())];
                page += &rng.string(&drawing, 12);
                if rng.below(3) == 0 {
                    page += &rng.string(&other, 3);
                    page += &rng.string(&drawing, 4);
                }
                page += closers[rng.below(closers.len())];
            }
            page += &rng.string(&html, 4);
            match same_tree_but_unread(&page) {
                Ok(t) => {
                    taken.svg += t.svg;
                    taken.comments += t.comments;
                }
                Err(e) => panic!("{page:?}: {e}"),
            }
        }
        assert!(taken.svg > 1_500 && taken.comments > 5_000, "{taken:?}");
    }

    #[test]
    fn the_bodies_read_are_kept() {
        let body = "x".repeat(100);
        for (page, kept) in [
            (format!("<script>{body}</script>"), false),
            (format!("<style>{body}</style>"), false),
            (format!("<script>var a = 1; {body}</script>"), false),
            (
                format!(r#"<script type="application/ld+json">{body}</script>"#),
                true,
            ),
            (
                format!(r#"<script type="Application/JSON" id="x">{body}</script>"#),
                true,
            ),
            (
                format!(r#"<script id="__NEXT_DATA__">{body}</script>"#),
                true,
            ),
            (
                format!(r#"<script>{body}{{"datePublished":"2024-01-02T10:00"}}</script>"#),
                true,
            ),
            (format!("<svg><style>{body}</style></svg>"), true),
            (format!("<svg><script>{body}</script></svg>"), true),
            (format!("<svg/><style>{body}</style>"), false),
            (format!("<textarea><style>{body}</style></textarea>"), true),
            (format!("<!-- <style> -->{body}</style>"), true),
            (format!(r#"<div title="<style>">{body}</style>"#), true),
            (format!("<plaintext><style>{body}</style>"), true),
        ] {
            let cut = unread_bodies_cut(&page);
            assert_eq!(cut.contains(&body), kept, "{page}: {cut}");
            same_tree_but_unread(&page).unwrap();
        }
        let short = format!("<style>{}</style>", "x".repeat(MIN_CUT - 1));
        assert!(matches!(unread_bodies_cut(&short), Cow::Borrowed(_)));
    }

    #[test]
    fn inert_svg_content_is_cut_to_its_white_space() {
        let d = "M0 0L1 1".repeat(10);
        for (page, cut) in [
            (
                format!(r#"<p>a<svg viewBox="0 0 1 1" class="icon"><path d="{d}"/></svg>b"#),
                r#"<p>a<svg viewBox="0 0 1 1" class="icon"></svg>b"#,
            ),
            (
                format!("<svg>\n  <g id=\"a\"><path d=\"{d}\"/></g>\n  <use href=\"#a\"/>\n</svg>"),
                "<svg>\n  \n  \n</svg>",
            ),
            (format!("<SVG><PATH D='{d}'/></SVG >"), "<SVG></SVG >"),
            (
                format!("<svg><svg><path d='{d}'/></svg><rect/></svg>"),
                "<svg></svg>",
            ),
            (format!("<svg><path d='{d}'></svg>"), "<svg></svg>"),
            (
                format!("<svg><!-- </svg> --><path d='{d}'/></svg>"),
                "<svg></svg>",
            ),
            (
                format!("<svg><path data-x='</svg>' d='{d}'/></svg>"),
                "<svg></svg>",
            ),
            (
                format!("<svg><filter id=f><feColorMatrix values='{d}'/></filter></svg>"),
                "<svg></svg>",
            ),
            (
                format!("<svg><!--{d}-->\n<path d='{d}'/></svg><!--{d}-->"),
                "<svg>\n</svg><!---->",
            ),
        ] {
            assert_eq!(unread_bodies_cut(&page), cut, "{page}");
            assert_eq!(same_tree_but_unread(&page).unwrap().svg, 1, "{page}");
        }
    }

    #[test]
    fn svg_content_read_or_not_followed_to_its_end_is_kept() {
        let path = format!("<path d='{}'/>", "M0 0L1 1".repeat(10));
        for page in [
            format!("<svg><title>Share</title>{path}</svg>"),
            format!("<svg><desc>Share</desc>{path}</svg>"),
            format!("<svg><text>Share</text>{path}</svg>"),
            format!("<svg><a href='/author/jane-roe'>{path}</a></svg>"),
            format!("<svg><style>.a {{ fill: red }}</style>{path}</svg>"),
            format!("<svg><script>var a;</script>{path}</svg>"),
            format!("<svg><time datetime=2024-01-02>{path}</time></svg>"),
            format!("<svg>{path}<g class='date'></g></svg>"),
            format!("<svg>{path}<g role='img'></g></svg>"),
            format!("<svg>{path}<g ItemProp='author'></g></svg>"),
            format!("<svg>{path}<![CDATA[ ]]></svg>"),
            format!("<svg>{path}&#32;</svg>"),
            format!("<svg>{path} x </svg>"),
            format!("<svg>{path} < </svg>"),
            format!("<svg>{path}<foreignObject><p>x</p></foreignObject></svg>"),
            format!("<p><svg>{path}</p>"),
            format!("<svg>{path}</br></svg>"),
            format!("<svg>{path}<b>x</b></svg>"),
            format!("<svg>{path}"),
            format!("<svg>{path}<!--"),
            format!("<math><svg>{path}</svg></math>"),
            format!("<svg>{path}</g></svg>"),
            format!("<svg>{path}<font color=red></svg>"),
        ] {
            let cut = unread_bodies_cut(&page);
            assert!(cut.contains(&path), "{page}: {cut}");
            assert_eq!(same_tree_but_unread(&page).unwrap().svg, 0, "{page}");
        }
        let short = "<svg>\n<path d='M0 0'/>\n<g><rect/></g>\n</svg>";
        assert!(matches!(unread_bodies_cut(short), Cow::Borrowed(_)));
    }

    #[test]
    fn long_comments_lose_their_text() {
        let x = "x".repeat(MIN_CUT);
        for (page, cut) in [
            (format!("a<!--{x}-->b"), "a<!---->b"),
            (format!("a<!--{x}--!>b"), "a<!----!>b"),
            (format!("a<!--{x}--->b"), "a<!---->b"),
            (format!("a<!--{x}---->b"), "a<!---->b"),
            (format!("a<!--{x} -- {x} --!x -->b"), "a<!---->b"),
            (format!("a<!--<!--{x}-->b"), "a<!---->b"),
            (
                format!("<svg><title><!--{x}--></title></svg>"),
                "<svg><title><!----></title></svg>",
            ),
            (format!("<math><!--{x}--></math>"), "<math><!----></math>"),
        ] {
            assert_eq!(unread_bodies_cut(&page), cut, "{page}");
            assert_eq!(same_tree_but_unread(&page).unwrap().comments, 1, "{page}");
        }
        for page in [
            format!("<!--{}-->", &x[1..]),
            format!("<!--{x}"),
            format!("<!--{x}--"),
            format!(r#"<script type="application/json"><!--{x}--></script>"#),
            format!("<textarea><!--{x}--></textarea>"),
            format!("<title><!--{x}--></title>"),
            format!("<xmp><!--{x}--></xmp>"),
            format!("<noscript><!--{x}--></noscript>"),
            format!("<!{x}>"),
            format!("<?{x}>"),
            format!("</ {x}>"),
        ] {
            assert!(
                matches!(unread_bodies_cut(&page), Cow::Borrowed(_)),
                "{page}"
            );
            assert_eq!(same_tree_but_unread(&page).unwrap().comments, 0, "{page}");
        }
    }

    #[test]
    fn script_ends_follow_the_escape_states() {
        for (body, end) in [
            ("a</script>", 1),
            ("a</scripts></script>", 11),
            ("<<script></script>", 9),
            ("<!-- a </script>", 7),
            ("<!-- <script> </script> --> b</script>", 29),
            ("<!-- <script> </script> </script>", 24),
            ("<!-- <scripts> </script>", 15),
            ("<!--> </script>", 6),
            ("<!-- <script> --> </script>", 18),
            ("no end", 6),
        ] {
            assert_eq!(script_end(body.as_bytes(), 0), end, "{body}");
        }
    }

    /// A debugging aid: every page of a folder (decompressed HTML), the trees compared.
    #[test]
    #[ignore = "PRUNE_DIR=folder cargo test --release -p credence-extract -- --ignored pages_of"]
    fn pages_of() {
        let dir = std::env::var("PRUNE_DIR").expect("PRUNE_DIR");
        let (mut n, mut bad, mut taken, mut bytes, mut cut) = (0, 0, Taken::default(), 0, 0);
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            let raw = std::fs::read(&path).unwrap();
            let page = String::from_utf8_lossy(&raw);
            n += 1;
            bytes += page.len();
            cut += page.len() - unread_bodies_cut(&page).len();
            match same_tree_but_unread(&page) {
                Ok(t) => {
                    taken.svg += t.svg;
                    taken.comments += t.comments;
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("{}: {}", path.display(), &e[..e.len().min(600)]);
                }
            }
        }
        eprintln!("{n} pages, {bad} differ; {cut} of {bytes} bytes cut; {taken:?}");
        assert_eq!(bad, 0);
    }
}
