//! `read` with the format forced to Html, then `extract`: `read` may refuse the bytes, `extract`
//! must return for any document it accepted, and both must keep their invariants.
#![no_main]

use credence::extract::{extract, read, Format, Hint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hint = Hint {
        format: Some(Format::Html),
        crawl_date: Some(jiff::civil::date(2024, 6, 1)),
        ..Hint::default()
    };
    if let Ok(doc) = read(data, &hint) {
        credence_fuzz::check_document(&doc);
        let x = extract(&doc, &hint);
        credence_fuzz::check_extraction(&doc, &x);
    }
});
