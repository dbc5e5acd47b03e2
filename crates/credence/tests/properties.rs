//! Properties of scoring, checked on generated documents (proptest): evidence spans lie inside the
//! document text on char boundaries and equal their quote; risks are in [0, 1] or absent with a
//! reason; credibility is 0–100; CSV rows read back with the header's field count; a document's
//! score does not depend on what was scored before it.

use credence::extract::{extract, read, Format, Hint as ExtractHint};
use credence::heuristics::{Assessment, Heuristics};
use credence::report::{CsvSink, Report, Sink};
use credence::{Config, Hint, Scorer};
use proptest::prelude::*;

/// Lines that make the pipeline's branches fire: titles, bylines, dates, datelines, agency credits,
/// headline lists, appeals, URLs (wrapped too), quotes, chatbot leakage, markup.
const LINES: &[&str] = &[
    "Ferry Runs Aground Near Valdora",
    "By Ann Lee and Tom Park",
    "March 14, 2024",
    "Published: 2024-03-14T09:30:00Z",
    "VALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.",
    "MOSCOW (Reuters) - The ministry said on Monday that talks would resume.",
    "\"We are relieved,\" said the mayor, Ana Ruiz. \"Nobody was hurt.\"",
    "Related",
    "Trending now",
    "• Ten things you missed this week",
    "Please support our journalism: donate today.",
    "Share this article on Facebook Twitter WhatsApp",
    "Original url: https://news.example.com/2024/03/14/ferry-aground",
    "https://news.example.com/2024/03/14/a-very-long-",
    "wrapped-url-continues-here.html",
    "As an AI language model, I cannot browse the internet.",
    "In today's fast-paced world, it is important to note that the landscape is evolving.",
    "The council voted 7-2 to approve the $4.5 million budget, according to records.",
    "Photo: Jane Doe/AP",
    "Jane Doe contributed to this report.",
    "------",
    "",
    "   ",
    "Überschwemmung in Valdora: Die Fähre lief auf Grund.",
    "Паром сел на мель у острова, сообщили власти.",
    "漁船が座礁した。",
    "e\u{301}te\u{301} 🎉 ‘quoted’ “smart”",
    "<p>Markup in text</p>",
    "hyphen-",
    "ated words joined",
];

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(LINES).prop_map(str::to_string),
        1 => "\\PC{0,80}",
        1 => "[ -~]{0,60}",
    ]
}

fn document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..40),
        prop::sample::select(&["\n", "\r\n", "\n\n"][..]),
    )
        .prop_map(|(lines, sep)| lines.join(sep))
}

fn html_document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..30),
        prop::sample::select(&["p", "div", "li", "h2", "nav", "aside", "time", "span"][..]),
        line(),
    )
        .prop_map(|(lines, tag, title)| {
            let body: String = lines.iter().map(|l| format!("<{tag}>{l}</{tag}>\n")).collect();
            format!(
                "<!doctype html><html lang=\"en\"><head><title>{title} | The Valdora Post</title>\
                 <meta property=\"og:site_name\" content=\"The Valdora Post\">\
                 <link rel=\"canonical\" href=\"https://valdora-post.example/2024/03/14/story\"></head>\
                 <body><h1>{title}</h1>{body}</body></html>"
            )
        })
}

fn crawl_date() -> jiff::civil::Date {
    jiff::civil::date(2024, 6, 1)
}

fn check(doc_text: &str, a: &Assessment) -> Result<(), TestCaseError> {
    for axis in [&a.aggregator, &a.ai] {
        match axis.risk {
            Some(r) => prop_assert!((0.0..=1.0).contains(&r), "risk {}", r),
            None => prop_assert!(axis.abstain_reason.is_some(), "None without a reason"),
        }
    }
    prop_assert!(a.credibility <= 100);
    for s in &a.signals {
        for e in &s.evidence {
            if let Some((start, end)) = e.span {
                prop_assert!(
                    start <= end && end <= doc_text.len(),
                    "{}: span {}..{} of {}",
                    s.code,
                    start,
                    end,
                    doc_text.len()
                );
                prop_assert!(
                    doc_text.is_char_boundary(start) && doc_text.is_char_boundary(end),
                    "{}: span off a char boundary",
                    s.code
                );
                prop_assert!(
                    quote_matches(&doc_text[start..end], &e.quote),
                    "{}: span text {:?} is not the quote {:?}",
                    s.code,
                    &doc_text[start..end],
                    e.quote
                );
            }
        }
    }
    Ok(())
}

fn assess(text: &str, format: Format) -> Option<(String, Assessment)> {
    let hint = ExtractHint {
        format: Some(format),
        crawl_date: Some(crawl_date()),
        ..ExtractHint::default()
    };
    let doc = read(text.as_bytes(), &hint).ok()?;
    let x = extract(&doc, &hint);
    let a = Heuristics::default().assess(&doc, &x);
    Some((doc.text, a))
}

fn csv_of(reports: &[Report]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut sink = CsvSink::new(&mut out, false);
    for r in reports {
        sink.write(r).unwrap();
    }
    sink.finish().unwrap();
    drop(sink);
    out
}

fn hint(id: &str) -> Hint {
    Hint {
        crawl_date: Some(crawl_date()),
        ..Hint::new(id)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn text_evidence_spans_and_ranges(text in document()) {
        if let Some((doc_text, a)) = assess(&text, Format::Text) {
            check(&doc_text, &a)?;
        }
    }

    #[test]
    fn html_evidence_spans_and_ranges(page in html_document()) {
        if let Some((doc_text, a)) = assess(&page, Format::Html) {
            check(&doc_text, &a)?;
        }
    }

    #[test]
    fn csv_rows_round_trip(texts in prop::collection::vec(document(), 1..5)) {
        let scorer = Scorer::new(Config::default());
        let reports: Vec<Report> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| scorer.score_str(t, &hint(&format!("doc{i}.txt"))))
            .collect();
        let csv = csv_of(&reports);
        let mut rdr = csv::Reader::from_reader(&csv[..]);
        let width = rdr.headers().unwrap().len();
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        prop_assert_eq!(rows.len(), reports.len());
        for (row, report) in rows.iter().zip(&reports) {
            prop_assert_eq!(row.len(), width);
            prop_assert_eq!(&row[0], report.id.as_str());
            let cred = &row[2];
            if !cred.is_empty() {
                prop_assert!(cred.parse::<u8>().unwrap() <= 100);
            }
        }
    }

    #[test]
    fn score_does_not_depend_on_the_batch(texts in prop::collection::vec(document(), 2..5)) {
        let scorer = Scorer::new(Config::default());
        let alone = csv_of(&[scorer.score_str(&texts[0], &hint("doc.txt"))]);
        // The same document after others, with a scorer that has seen them.
        for t in &texts[1..] {
            scorer.score_str(t, &hint("other.txt"));
        }
        let after = csv_of(&[scorer.score_str(&texts[0], &hint("doc.txt"))]);
        prop_assert_eq!(alone, after);
    }
}

/// The quote is the span's text; or, for a long passage, its opening shortened with a final `…`;
/// or the span's text with a note in parentheses (B001 marks phrases "(at human rate)").
fn quote_matches(span_text: &str, quote: &str) -> bool {
    span_text == quote
        || quote
            .strip_suffix('…')
            .is_some_and(|head| span_text.starts_with(head) && span_text.len() > head.len())
        || quote
            .strip_prefix(span_text)
            .is_some_and(|note| note.starts_with(" (") && note.ends_with(')'))
}
