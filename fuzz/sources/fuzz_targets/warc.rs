//! The WARC reader (gzip-wrapped or not) on arbitrary bytes: it must end with items or a
//! positioned error, never panic, and stop after its first fatal error. The same bytes also go in
//! as the payload of a response record under each content coding the reader undoes, so the
//! gzip, deflate, brotli and zstd decoders see damaged streams too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let items = credence_sources::parse_warc_stream(data);
    if let Some(i) = items.iter().position(|r| r.is_err()) {
        assert_eq!(i + 1, items.len(), "the reader went on after a fatal error");
    }
    let _ = credence_sources::parse_http_response(data);
    for coding in ["gzip", "deflate", "br", "zstd"] {
        let http = [
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {coding}\r\n\r\n")
                .as_bytes(),
            data,
        ]
        .concat();
        let record = [
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:f>\r\nContent-Length: {}\r\n\r\n",
                http.len()
            )
            .as_bytes(),
            &http,
            b"\r\n\r\n",
        ]
        .concat();
        let items = credence_sources::parse_warc_stream(&record);
        assert_eq!(items.len(), 1, "one record, one item ({coding})");
    }
});
