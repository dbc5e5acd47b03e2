//! B006 `chat_title_prefix`: the document opens with "Title: ..." (or "Headline: ..."), the way a
//! chat assistant formats an article it was asked to write. Newsrooms do not label their headlines.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B006",
    name: "chat_title_prefix",
    axis: Axis::Ai,
    doc: "The text opens with \"Title:\" as a chat assistant's output does.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if cx.x.title_source.as_deref() != Some("title_line") {
        return None;
    }
    // The labelled line among the first lines (the title rule reads a few), else the first.
    let labelled = |n: &usize| {
        let t = cx.doc.line(*n).trim_start().to_ascii_lowercase();
        t.starts_with("title") || t.starts_with("headline")
    };
    let filled = (1..=cx.doc.lines.len()).filter(|&n| !cx.doc.line(n).trim().is_empty());
    let first = filled.clone().next()?;
    let n = filled.take(6).find(labelled).unwrap_or(first);
    // "Title:" in a header of other fields ("Author: ...", "Published: ...", "URL: ...") is an
    // export's or a scraper's record of the page, not a chat answer's heading.
    if in_field_header(cx, n) {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!(
            "opens with \"{}\"",
            crate::context::shorten(cx.doc.line(n).trim())
        ),
        vec![cx.line_evidence(n)],
    ))
}

/// Keys of the fields an export or a scraper writes beside a title, lower-cased.
const FIELD_KEYS: &[&str] = &[
    "author",
    "authors",
    "by",
    "byline",
    "writer",
    "published",
    "publication date",
    "date",
    "updated",
    "url",
    "link",
    "source",
    "section",
    "category",
    "tags",
    "site",
    "publication",
    "autor",
    "datum",
    "date published",
    "date modified",
    "canonical url",
    "image url",
    "image",
    "subtitle",
    "description",
    "keywords",
];

/// True when the filled line before or after line `n` (the title's; blank lines may stand
/// between) is another field of a record: a key of [`FIELD_KEYS`], a colon and a value that is no placeholder ("Author:
/// [Your Name]" is a chat answer's template).
fn in_field_header(cx: &Context, n: usize) -> bool {
    let field = |m: usize| {
        let line = cx.doc.line(m).trim();
        line.split_once(':').is_some_and(|(key, value)| {
            let value = value.trim();
            FIELD_KEYS.contains(&key.trim().to_lowercase().as_str())
                && !value.is_empty()
                && !value.starts_with(['[', '<', '{'])
        })
    };
    // The filled lines before and after the title's (a blank line may set the fields apart).
    let filled = |k: &usize| !cx.doc.line(*k).trim().is_empty();
    let before = (1..n).rev().find(filled);
    let after = (n + 1..=cx.doc.lines.len().min(n + 3)).find(filled);
    [before, after].into_iter().flatten().any(field)
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn title_prefix() {
        let s = run("B006", "Title: Harbor Reopens\nThe harbor reopened.\n").expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run("B006", "Harbor Reopens\nThe harbor reopened.\n").is_none());
    }

    #[test]
    fn a_title_field_among_other_fields_is_a_record() {
        let body =
            "\nThe harbor reopened on Monday after a week of repairs, the port office said.\n";
        for header in [
            "Title: Harbor Reopens\nAuthor: Ann Lee\nPublished: 2026-11-19\n",
            "Title: Harbor Reopens\nURL: https://harbourpost.example/2026/11/19/harbor\n",
            "Source: Harbour Post\nTitle: Harbor Reopens\n",
            "Title: Harbor Reopens\n\nAutor: Ann Lee\nDatum: 19.11.2026\n",
        ] {
            assert!(
                run("B006", &format!("{header}{body}")).is_none(),
                "{header}"
            );
        }
        // A chat answer's template, or fields apart from the title, leave it a chat heading.
        for header in [
            "Title: Harbor Reopens\nAuthor: [Your Name]\n",
            "Title: Harbor Reopens\n\nIn a world where harbors matter, the reopening is news.\n",
        ] {
            assert!(
                run("B006", &format!("{header}{body}")).is_some(),
                "{header}"
            );
        }
    }
}
