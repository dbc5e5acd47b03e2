//! The WARC reader (gzip-wrapped or not) on arbitrary bytes: it must end with items or a
//! positioned error, never panic, and stop after its first fatal error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let items = credence_sources::parse_warc_stream(data);
    if let Some(i) = items.iter().position(|r| r.is_err()) {
        assert_eq!(i + 1, items.len(), "the reader went on after a fatal error");
    }
    let _ = credence_sources::parse_http_response(data);
});
