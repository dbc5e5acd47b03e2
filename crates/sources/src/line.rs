//! Reading one line with a cap, so a file without line breaks cannot fill memory.

use std::io::{self, BufRead};

/// How a line read ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum LineEnd {
    /// Nothing left to read.
    Eof,
    /// A whole line (with or without a final `\n` at end of stream).
    Complete,
    /// The line was longer than the cap: the buffer holds its first `cap` bytes, the rest was
    /// consumed and dropped.
    TooLong,
}

/// Reads the next line into `buf` (cleared first, without the `\n`), keeping at most `cap` bytes.
/// Returns how it ended and how many bytes were consumed from the reader.
pub(crate) fn read_line_capped<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(LineEnd, u64)> {
    buf.clear();
    let mut consumed = 0u64;
    let mut too_long = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            let end = if consumed == 0 {
                LineEnd::Eof
            } else if too_long {
                LineEnd::TooLong
            } else {
                LineEnd::Complete
            };
            return Ok((end, consumed));
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let content = if done { &chunk[..take - 1] } else { chunk };
        let room = cap.saturating_sub(buf.len());
        if content.len() > room {
            too_long = true;
        }
        buf.extend_from_slice(&content[..content.len().min(room)]);
        reader.consume(take);
        consumed += take as u64;
        if done {
            let end = if too_long {
                LineEnd::TooLong
            } else {
                LineEnd::Complete
            };
            return Ok((end, consumed));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_caps() {
        let mut r = &b"short\nmuch too long a line\nlast"[..];
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            (LineEnd::Complete, 6)
        );
        assert_eq!(buf, b"short");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap().0,
            LineEnd::TooLong
        );
        assert_eq!(buf, b"much too");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            (LineEnd::Complete, 4)
        );
        assert_eq!(buf, b"last");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 8).unwrap().0,
            LineEnd::Eof
        );
    }
}
