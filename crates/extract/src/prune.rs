//! Before the parse: the text of the `<script>` and `<style>` elements nothing reads is cut out of
//! the source, so html5ever does not tokenize it and the tree does not hold it.
//!
//! A third of a news page's bytes are script and style bodies (51 of the 143 MB of the 990
//! evaluation pages); the reader only ever reads a script's text for JSON-LD, Next.js state or the
//! publication-date keys of a page's own state (see `html::SCRIPT_DATE`), and a style's never.
//! Cut, the rest of the tree is the same node for node: a test parses pages both ways and compares
//! the trees, their script and style text aside.
//!
//! Written by hand: no crate tokenizes HTML without also building tokens for everything (html5ever's
//! own tokenizer is what this saves), and the cut needs only where each tag ends, which this scan
//! finds the way the HTML tokenizer does (quoted attribute values, comments, raw-text elements, the
//! script data escape states) and the tree builder's foreign content. Inside `<svg>` or `<math>`
//! nothing is cut (their `<script>` and `<style>` hold markup); where following the builder would
//! take knowing the HTML elements around (see [`unread_bodies_cut`]), or a tag is unterminated, the
//! scan stops and keeps the rest.

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

/// `source` with the bodies of the scripts and styles that nothing reads removed (their tags
/// kept), or `source` itself when there are none.
///
/// Only text in HTML content is cut, never inside `<svg>` or `<math>` (their `<script>` and
/// `<style>` hold markup). Foreign content is followed element by element, as the tree builder
/// follows it; where that takes knowing the HTML elements around it (an end tag that closes none
/// of the foreign elements, markup inside an integration point such as `<foreignObject>`,
/// `<font color>`), the scan stops and keeps the rest of the page whole.
pub(crate) fn unread_bodies_cut(source: &str) -> Cow<'_, str> {
    let s = source.as_bytes();
    // Bodies to cut, as byte ranges, in order.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Open foreign elements, outermost first; `point` when the innermost is an integration point
    // (its text is HTML's).
    let mut open: Vec<Open> = Vec::new();
    let mut point = false;
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &s[i..]).map(|p| i + p) {
        let foreign = !open.is_empty();
        match s.get(lt + 1).copied() {
            Some(b'!') => {
                i = if s[lt + 2..].starts_with(b"--") {
                    comment_end(s, lt + 4)
                } else if foreign && s[lt + 2..].starts_with(b"[CDATA[") {
                    // In SVG and MathML (an integration point too: it is still the current
                    // element here) a CDATA section, to its `]]>`.
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
                    } else {
                        let Some(at) = open
                            .iter()
                            .rposition(|o| s[o.name.0..o.name.1].eq_ignore_ascii_case(raw))
                        else {
                            // It closes an HTML element, maybe around the foreign content.
                            break;
                        };
                        open.truncate(at);
                    }
                }
                Some(b'>') => i = lt + 3,
                Some(_) => i = past_gt(s, lt + 2),
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let Some(tag) = scan_tag(s, lt + 1) else {
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
                    b"svg" | b"math" if !tag.self_closing => open.push(Open {
                        name: tag.name,
                        svg: name == b"svg",
                    }),
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
            Some(_) => i = lt + 1,
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
        // Both ends sit next to an ASCII `<` or `>`: character boundaries.
        out.push_str(&source[from..a]);
        from = b;
    }
    out.push_str(&source[from..]);
    Cow::Owned(out)
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
        i += 1;
        while i < n && !stop(s[i]) && s[i] != b'=' {
            i += 1;
        }
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
/// run of dashes before the `>`), or at once for the abrupt `<!-->` and `<!--->`.
fn comment_end(s: &[u8], from: usize) -> usize {
    let rest = s.get(from..).unwrap_or_default();
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = 0;
    while let Some(p) = memchr::memmem::find(&rest[at..], b"--") {
        let mut j = at + p + 2;
        while rest.get(j) == Some(&b'-') {
            j += 1;
        }
        match rest.get(j) {
            Some(b'>') => return from + j + 1,
            Some(b'!') if rest.get(j + 1) == Some(&b'>') => return from + j + 2,
            _ => at = j,
        }
    }
    s.len()
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

    /// A tree as a flat list: open (name and attributes), text, close. The text of a `<script>` or
    /// `<style>` element in the HTML namespace is marked, as the cut may drop it.
    #[derive(Debug, PartialEq)]
    enum Event {
        Open(String, Vec<(String, String)>),
        Text(String, bool),
        Other(String),
        Close,
    }

    fn events(html: &Html) -> Vec<Event> {
        use ego_tree::iter::Edge;
        let mut out = Vec::new();
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) => out.push(Event::Open(
                        format!("{:?}", e.name),
                        e.attrs()
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                            .collect(),
                    )),
                    Node::Text(t) => {
                        let raw = node
                            .parent()
                            .and_then(|p| p.value().as_element())
                            .is_some_and(|e| {
                                e.name.ns == html5ever::ns!(html)
                                    && matches!(e.name(), "script" | "style")
                            });
                        out.push(Event::Text(t.to_string(), raw));
                    }
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

    /// `Err` with where they part when the tree of the cut source is not the tree of the whole
    /// one, the text of scripts and styles aside (the cut one may lack it, never alter it).
    pub(crate) fn same_tree_but_raw_text(page: &str) -> Result<(), String> {
        let cut = unread_bodies_cut(page);
        let whole = events(&Html::parse_document(page));
        let part = events(&Html::parse_document(&cut));
        let mut j = 0;
        for (i, e) in whole.iter().enumerate() {
            if part.get(j) == Some(e) {
                j += 1;
                continue;
            }
            if matches!(e, Event::Text(_, true)) {
                continue;
            }
            return Err(format!(
                "event {i}: whole {e:?}, cut {:?}; whole before: {:?}",
                part.get(j),
                &whole[i.saturating_sub(3)..i]
            ));
        }
        if j != part.len() {
            return Err(format!("cut has more events: {:?}", &part[j..]));
        }
        Ok(())
    }

    /// Seeded random pages of the pieces the scan must read as the tokenizer does (quotes,
    /// comments, the script escape states, raw-text elements, foreign content, unterminated
    /// tags), with long bodies so that cuts happen: the trees must agree.
    #[test]
    fn random_pages_parse_to_the_same_tree() {
        let filler = "x".repeat(MIN_CUT);
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
        ];
        let mut rng = crate::Xorshift::new();
        let mut cut_pages = 0;
        for _ in 0..20_000 {
            let page = rng.string(&pieces, 40);
            if let Err(e) = same_tree_but_raw_text(&page) {
                panic!("{page:?}: {e}");
            }
            cut_pages += usize::from(matches!(unread_bodies_cut(&page), Cow::Owned(_)));
        }
        // The test means something only if it cuts.
        assert!(cut_pages > 2_000, "{cut_pages}");
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
            same_tree_but_raw_text(&page).unwrap();
        }
        let short = format!("<style>{}</style>", "x".repeat(MIN_CUT - 1));
        assert!(matches!(unread_bodies_cut(&short), Cow::Borrowed(_)));
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
        let (mut n, mut bad) = (0, 0);
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            let raw = std::fs::read(&path).unwrap();
            let page = String::from_utf8_lossy(&raw);
            n += 1;
            if let Err(e) = same_tree_but_raw_text(&page) {
                bad += 1;
                eprintln!("{}: {}", path.display(), &e[..e.len().min(600)]);
            }
        }
        eprintln!("{n} pages, {bad} differ");
        assert_eq!(bad, 0);
    }
}
