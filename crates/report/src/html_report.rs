//! The evidence report: one self-contained HTML file (no network, no external scripts or fonts)
//! with a sortable, filterable table of documents and, for each document, its text with the
//! evidence highlighted in the colour of its signal, the signal list with points, and the blocks
//! the extractor set aside.
//!
//! The page holds every document's text, so it is meant for reviewing a batch (hundreds or
//! thousands of documents), not a crawl; texts longer than [`MAX_TEXT_BYTES`] are cut.

use std::fmt::Write as _;

use credence_extract::BlockKind;

use crate::Report;

/// The most text of one document the page shows.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// A document for the page: its report and the text its evidence spans point into.
pub struct ReportedDocument {
    /// The report.
    pub report: Report,
    /// `Document::text`, when the document could be read.
    pub text: Option<String>,
}

/// The highlight classes, their colours and what they mean (the legend).
const CLASSES: &[(&str, &str, &str)] = &[
    ("linkfarm", "#f6b8b8", "unrelated headline list (A001)"),
    (
        "widget",
        "#ffd08a",
        "widget / scraper residue / spam-site marks (A002, A003, A012-A014, A016-A020)",
    ),
    (
        "brand",
        "#dcc0f5",
        "title brand, niche brand, wire under a brand, clickbait title, planted page (A004, A010, A008, A015, A022)",
    ),
    (
        "date",
        "#fff08a",
        "contradicting or stated dates (A005, A006, A011, dates)",
    ),
    ("stock", "#b5dcff", "stock phrases (B001)"),
    (
        "chatbot",
        "#ff8f8f",
        "chatbot text, AI disclosure (B007, B006, B017)",
    ),
    ("byline", "#c3f0bd", "bylines"),
    ("agency", "#a9eee0", "agency credit, dateline, contributors"),
    (
        "aside",
        "#e6e6e6",
        "set aside: appeal, navigation, caption, metadata",
    ),
];

fn class_for_signal(code: &str) -> Option<&'static str> {
    Some(match code {
        "A001" => "linkfarm",
        "A002" | "A003" | "A012" | "A013" | "A014" | "A016" | "A017" | "A018" | "A019" | "A020" => {
            "widget"
        }
        "A004" | "A008" | "A010" | "A015" | "A022" => "brand",
        "A005" | "A006" | "A011" => "date",
        "B001" => "stock",
        "B006" | "B007" | "B017" => "chatbot",
        "P001" => "agency",
        _ => return None,
    })
}

/// HTML-escapes text.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A highlighted byte range of the text.
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    title: String,
}

fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            spans.push((start, i));
            start = i + 1;
        }
    }
    spans.push((start, text.len()));
    spans
}

fn marks_for(report: &Report, text: &str) -> Vec<Mark> {
    let lines = line_spans(text);
    let line = |n: usize| lines.get(n.wrapping_sub(1)).copied();
    let mut marks = Vec::new();
    let add_line = |marks: &mut Vec<Mark>, n: usize, class: &'static str, title: String| {
        if let Some((s, e)) = line(n) {
            if e > s {
                marks.push(Mark {
                    start: s,
                    end: e,
                    class,
                    title,
                });
            }
        }
    };
    if let Some(a) = &report.assessment {
        for s in &a.signals {
            let Some(class) = class_for_signal(&s.code) else {
                continue;
            };
            for e in &s.evidence {
                match (e.span, e.line) {
                    (Some((st, en)), _)
                        if en <= text.len()
                            && st < en
                            && text.is_char_boundary(st)
                            && text.is_char_boundary(en) =>
                    {
                        marks.push(Mark {
                            start: st,
                            end: en,
                            class,
                            title: format!("{} {} ({:+.0})", s.code, s.name, s.points),
                        })
                    }
                    (_, Some(n)) => {
                        add_line(&mut marks, n, class, format!("{} {}", s.code, s.name))
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some(x) = &report.extraction {
        for b in &x.blocks {
            let class = match b.kind {
                BlockKind::HeadlineList => "linkfarm",
                BlockKind::Widget => "widget",
                BlockKind::Appeal
                | BlockKind::Navigation
                | BlockKind::Furniture
                | BlockKind::Comments
                | BlockKind::Caption
                | BlockKind::Metadata => "aside",
            };
            for n in b.start_line..=b.end_line.min(b.start_line + 2000) {
                add_line(
                    &mut marks,
                    n,
                    class,
                    format!("{:?} block, lines {}–{}", b.kind, b.start_line, b.end_line),
                );
            }
        }
        for by in &x.bylines {
            if let Some(n) = by.line {
                add_line(&mut marks, n, "byline", format!("byline: {}", by.name));
            }
        }
        for m in &x.agency {
            if let Some(n) = m.line {
                add_line(
                    &mut marks,
                    n,
                    "agency",
                    format!("agency {}: {}", m.agency, m.marker),
                );
            }
        }
        if let Some(d) = &x.dateline {
            add_line(
                &mut marks,
                d.line,
                "agency",
                format!("dateline {}", d.place),
            );
        }
        for c in &x.contributors {
            add_line(&mut marks, c.line, "agency", "contributor line".into());
        }
        if let Some(n) = x.published.as_ref().and_then(|p| p.line) {
            add_line(
                &mut marks,
                n,
                "date",
                format!(
                    "published: {}",
                    x.published.as_ref().map(|p| p.value.as_str()).unwrap_or("")
                ),
            );
        }
    }
    // Exact spans first, then wider line marks: the first mark over a byte wins.
    marks.sort_by_key(|m| {
        (
            m.end - m.start > 0 && m.class == "aside",
            m.end - m.start,
            m.start,
        )
    });
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut kept = Vec::new();
    for m in marks {
        if taken.iter().all(|&(s, e)| m.end <= s || e <= m.start) {
            taken.push((m.start, m.end));
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.start);
    kept
}

fn render_text(out: &mut String, report: &Report, text: &str, anchor: &str) {
    let text = if text.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        &text[..cut]
    } else {
        text
    };
    let marks = marks_for(report, text);
    out.push_str("<div class=\"text\">");
    for (i, (ls, le)) in line_spans(text).into_iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"ln\" id=\"{}-L{}\"><span class=\"no\">{}</span><span class=\"tx\">",
            anchor,
            i + 1,
            i + 1
        );
        let mut pos = ls;
        for m in marks.iter().filter(|m| m.start < le && m.end > ls) {
            let (s, e) = (m.start.max(ls), m.end.min(le));
            if s > pos {
                out.push_str(&esc(&text[pos..s]));
            }
            let _ = write!(
                out,
                "<mark class=\"{}\" title=\"{}\">{}</mark>",
                m.class,
                esc(&m.title),
                esc(&text[s..e])
            );
            pos = e;
        }
        if pos < le {
            out.push_str(&esc(&text[pos..le]));
        }
        out.push_str("</span></div>");
    }
    out.push_str("</div>");
}

/// The most characters of an id kept in its anchor (enough to recognise it in the address bar).
const ANCHOR_ID_CHARS: usize = 60;

/// The anchor of the document at `index` on the page: `d<n>-` and the id's ASCII letters and
/// digits, other runs of characters as one `-`. The number makes it unique on the page: ids
/// alone collided (`x.b.txt` and `x-b.txt`, names in other scripts, repeated record ids), and the
/// links jumped to the wrong document.
fn anchor(index: usize, id: &str) -> String {
    let mut a = format!("d{}-", index + 1);
    let mut dash = true;
    for c in id.chars().take(ANCHOR_ID_CHARS) {
        if c.is_ascii_alphanumeric() {
            a.push(c);
            dash = false;
        } else if !dash {
            a.push('-');
            dash = true;
        }
    }
    if a.ends_with('-') {
        a.pop();
    }
    a
}

const STYLE: &str = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d1d1f;background:#fafafa}header{padding:16px 24px;background:#203040;color:#fff}header h1{margin:0;font-size:20px}main{padding:16px 24px}table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}th{cursor:pointer;background:#eef2f6;position:sticky;top:0}th:after{content:' \\2195';color:#999}.v{font-weight:600;border-radius:4px;padding:1px 6px}.v-aggregator_spam{background:#f6b8b8}.v-ai_generated{background:#b5dcff}.v-copy{background:#e6e6e6}.v-wire{background:#a9eee0}.v-original{background:#c3f0bd}.v-unknown{background:#ddd}.controls{margin:12px 0;display:flex;gap:12px}.controls input{flex:1;padding:6px}section.doc{background:#fff;margin:24px 0;padding:12px 16px;border:1px solid #ddd;border-radius:6px}section.doc h2{font-size:16px;margin:4px 0}.sig td{font-size:13px}.text{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;border:1px solid #eee;max-height:520px;overflow:auto;white-space:pre-wrap}.ln{display:flex}.no{color:#999;min-width:3.5em;text-align:right;padding-right:10px;user-select:none}.tx{flex:1}mark{border-radius:2px;padding:0 1px}.legend span{display:inline-block;margin:2px 10px 2px 0}.legend mark{padding:0 8px}.err{color:#a00}";

const SCRIPT: &str = r#"(function(){var t=document.getElementById('docs');var rows=function(){return Array.prototype.slice.call(t.tBodies[0].rows)};var ths=t.tHead.rows[0].cells;for(var i=0;i<ths.length;i++){(function(i){var asc=true;ths[i].addEventListener('click',function(){var r=rows();r.sort(function(a,b){var x=a.cells[i].getAttribute('data-v')||a.cells[i].textContent,y=b.cells[i].getAttribute('data-v')||b.cells[i].textContent;var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c});asc=!asc;r.forEach(function(x){t.tBodies[0].appendChild(x)})})})(i)}var q=document.getElementById('q'),v=document.getElementById('verdict');function f(){var s=q.value.toLowerCase(),w=v.value;rows().forEach(function(r){var ok=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&(!w||r.getAttribute('data-verdict')===w);r.style.display=ok?'':'none'})}q.addEventListener('input',f);v.addEventListener('change',f)})();"#;

/// Renders the whole page.
pub fn render(docs: &[ReportedDocument]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Credence evidence report</title><style>");
    out.push_str(STYLE);
    for (class, colour, _) in CLASSES {
        let _ = write!(out, "mark.{class}{{background:{colour}}}");
    }
    out.push_str("</style></head><body><header><h1>Credence evidence report</h1>");
    let _ = write!(out, "<div>{} documents", docs.len());
    for v in crate::sources::VERDICTS {
        let n = docs.iter().filter(|d| d.report.row().verdict == *v).count();
        if n > 0 {
            let _ = write!(out, " · {n} {}", v.replace('_', " "));
        }
    }
    out.push_str("</div></header><main>");
    out.push_str("<div class=\"legend\">");
    for (class, _, what) in CLASSES {
        let _ = write!(
            out,
            "<span><mark class=\"{class}\">&nbsp;</mark> {}</span>",
            esc(what)
        );
    }
    out.push_str("</div><div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Filter: any text in the row\" aria-label=\"filter\"><select id=\"verdict\" aria-label=\"verdict\"><option value=\"\">all verdicts</option>");
    for v in crate::sources::VERDICTS {
        let _ = write!(out, "<option value=\"{v}\">{v}</option>");
    }
    out.push_str("</select></div><table id=\"docs\"><thead><tr><th>document</th><th>verdict</th><th>credibility</th><th>aggregator risk</th><th>AI risk</th><th>title</th><th>why</th></tr></thead><tbody>");
    for (i, d) in docs.iter().enumerate() {
        let r = d.report.row();
        let _ = write!(
            out,
            "<tr data-verdict=\"{v}\"><td><a href=\"#{a}\">{id}</a></td><td><span class=\"v v-{v}\">{v}</span></td><td data-v=\"{c}\">{c}</td><td>{ar}</td><td>{ai}</td><td>{t}</td><td>{w}</td></tr>",
            v = esc(&r.verdict),
            a = anchor(i, &r.id),
            id = esc(&r.id),
            c = r.credibility.map(|c| c.to_string()).unwrap_or_default(),
            ar = esc(&r.aggregator_risk),
            ai = esc(&r.ai_risk),
            t = esc(&r.title),
            w = esc(&r.why),
        );
    }
    out.push_str("</tbody></table>");
    for (i, d) in docs.iter().enumerate() {
        render_document(&mut out, d, &anchor(i, &d.report.id));
    }
    out.push_str("</main><script>");
    out.push_str(SCRIPT);
    out.push_str("</script></body></html>\n");
    out
}

fn render_document(out: &mut String, d: &ReportedDocument, anchor: &str) {
    let r = d.report.row();
    let _ = write!(
        out,
        "<section class=\"doc\" id=\"{}\"><h2>{}</h2>",
        anchor,
        esc(if r.title.is_empty() { &r.id } else { &r.title })
    );
    let _ = write!(out, "<div><span class=\"v v-{v}\">{v}</span> credibility {c} · aggregator risk {ar} · AI risk {ai} · <code>{id}</code></div>", v = esc(&r.verdict), c = r.credibility.map(|c| c.to_string()).unwrap_or_else(|| "–".into()), ar = if r.aggregator_risk.is_empty() { "not computed".into() } else { esc(&r.aggregator_risk) }, ai = if r.ai_risk.is_empty() { "not computed".into() } else { esc(&r.ai_risk) }, id = esc(&r.id));
    if let Some(e) = &d.report.error {
        let _ = write!(out, "<p class=\"err\">{}</p></section>", esc(e));
        return;
    }
    let facts = [
        ("bylines", &r.bylines),
        ("published", &r.published),
        ("agency", &r.agency),
        ("dateline", &r.dateline),
        ("site", &r.site_name),
        ("URL", &r.canonical_url),
    ];
    out.push_str("<p>");
    for (k, v) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = write!(out, "<b>{k}</b> {} &nbsp; ", esc(v));
    }
    out.push_str("</p>");
    if let Some(a) = &d.report.assessment {
        out.push_str("<table class=\"sig\"><tr><th>signal</th><th>points</th><th>measured</th><th>evidence</th></tr>");
        for s in &a.signals {
            let class = class_for_signal(&s.code).unwrap_or("");
            let ev: Vec<String> = s
                .evidence
                .iter()
                .take(4)
                .map(|e| match e.line {
                    Some(n) => format!(
                        "<a href=\"#{}-L{n}\">line {n}</a>: <mark class=\"{class}\">{}</mark>",
                        anchor,
                        esc(&e.quote)
                    ),
                    None => format!("<mark class=\"{class}\">{}</mark>", esc(&e.quote)),
                })
                .collect();
            let _ = write!(
                out,
                "<tr><td>{} {}</td><td data-v=\"{:.1}\">{:+.1}</td><td>{}{}</td><td>{}</td></tr>",
                esc(&s.code),
                esc(&s.name),
                s.points,
                s.points,
                esc(&s.summary),
                s.human_rate
                    .as_ref()
                    .map(|h| format!("<br><small>{}</small>", esc(h)))
                    .unwrap_or_default(),
                ev.join("<br>")
            );
        }
        out.push_str("</table>");
    }
    if let Some(text) = &d.text {
        render_text(out, &d.report, text, anchor);
    }
    out.push_str("</section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_marks() {
        let page = render(&[ReportedDocument {
            report: Report::failed("<x>.txt", "not a text document"),
            text: None,
        }]);
        assert!(page.contains("&lt;x&gt;.txt"));
        assert!(!page.contains("<x>.txt"));
        assert!(page.contains("id=\"docs\""));
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "self-contained: no external resources"
        );
    }

    #[test]
    fn anchors_are_unique_on_the_page() {
        let ids = ["x.b.txt", "x-b.txt", "記事.txt", "報道.txt", "dup", "dup"];
        let docs: Vec<ReportedDocument> = ids
            .iter()
            .map(|id| ReportedDocument {
                report: Report::failed(*id, "empty document"),
                text: None,
            })
            .collect();
        let page = render(&docs);
        let mut anchors: Vec<&str> = page
            .match_indices("<section class=\"doc\" id=\"")
            .map(|(i, m)| {
                let rest = &page[i + m.len()..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        assert_eq!(anchors[0], "d1-x-b-txt");
        assert_eq!(anchors[2], "d3-txt");
        for a in &anchors {
            assert!(page.contains(&format!("href=\"#{a}\"")), "{a} is linked");
        }
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), ids.len());
    }
}
