//! One JSON Lines record on arbitrary bytes, and the streaming reader on the whole input: a bad
//! line is a failed item with an id (the record's own, else the line's), never a panic.
#![no_main]

use credence_sources::{parse_jsonl_line, Item, JsonlFields, JsonlReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fields = JsonlFields::default();
    if let Item::Failed { id, .. } = parse_jsonl_line(data, &fields, "feed.jsonl:1") {
        assert!(!id.is_empty(), "a failed record without an id");
    }
    for item in JsonlReader::new(data, fields, "feed.jsonl") {
        let _ = item;
    }
});
