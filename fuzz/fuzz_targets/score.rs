//! One document scored end to end. The first byte picks the format (text, HTML, sniffed); the rest
//! is the document. `Scorer::score` catches panics into an error row, but libFuzzer's panic hook
//! aborts first, so a panic anywhere inside is still a crash. The stages are also run directly
//! (read, extract, assess) so the invariants of each can be checked.
#![no_main]

use std::sync::LazyLock;

use credence::extract::{extract, read, Format};
use credence::heuristics::Heuristics;
use credence::{Config, Hint, Scorer};
use libfuzzer_sys::fuzz_target;

static SCORER: LazyLock<Scorer> = LazyLock::new(|| Scorer::new(Config::default()));
static HEURISTICS: LazyLock<Heuristics> = LazyLock::new(Heuristics::default);

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let format = match selector % 3 {
        0 => Some(Format::Text),
        1 => Some(Format::Html),
        _ => None,
    };
    let crawl_date = Some(jiff::civil::date(2024, 6, 1));
    let hint = Hint {
        format,
        crawl_date,
        url: (selector & 0x80 != 0).then(|| "https://news.example.com/2024/05/31/story".into()),
        ..Hint::new("fuzz")
    };
    let report = SCORER.score(bytes, &hint);
    let row = report.row();
    assert!(row.credibility.is_none_or(|c| c <= 100));

    let eh = credence::extract::Hint {
        url: hint.url.clone(),
        crawl_date,
        format,
        charset: None,
    };
    if let Ok(doc) = read(bytes, &eh) {
        let x = extract(&doc, &eh);
        credence_fuzz::check_extraction(&doc, &x);
        let a = HEURISTICS.assess(&doc, &x);
        credence_fuzz::check_assessment(&doc, &a);
        // The one refusal after a successful read: an HTML page with no visible text.
        let blank_page = doc.format == Format::Html && doc.text.trim().is_empty();
        if blank_page {
            assert_eq!(report.error.as_deref(), Some(credence::NO_TEXT));
        } else {
            assert_eq!(report.error, None, "read accepted what the scorer refused");
        }
    }
});
