//! Plain text to a [`Document`]: line breaks normalised to `\n`, every line kept (blank ones too), so
//! line numbers match what a person sees in an editor.

use crate::model::{Document, Format, HtmlFacts, Line};

/// Builds a Document from decoded plain text.
pub fn parse(source: &str, encoding: &str, diagnostics: Vec<String>) -> Document {
    let text = if source.contains('\r') {
        source.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        source.to_string()
    };
    let lines = line_spans(&text);
    Document {
        format: Format::Text,
        text,
        lines,
        encoding: encoding.to_string(),
        html: HtmlFacts::default(),
        diagnostics,
    }
}

/// Spans of the `\n`-separated lines of `text`.
pub(crate) fn line_spans(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    // memchr skips a line's bytes many at a time; a byte-by-byte walk cost 10 instructions a byte.
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(Line {
            start,
            end: i,
            zone: None,
            emphasis: false,
            foreign: false,
            side: false,
        });
        start = i + 1;
    }
    if start < text.len() {
        lines.push(Line {
            start,
            end: text.len(),
            zone: None,
            emphasis: false,
            foreign: false,
            side: false,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_blank_lines_and_crlf() {
        let d = super::parse("Title\r\n\r\nBody line.\r\nLast", "UTF-8", vec![]);
        assert_eq!(d.lines.len(), 4);
        assert_eq!(d.line(1), "Title");
        assert_eq!(d.line(2), "");
        assert_eq!(d.line(4), "Last");
        assert_eq!(d.line_of(d.text.find("Body").unwrap()), 3);
    }
}
