//! The CSV writer: the column contract, RFC 4180 quoting (crate `csv`), UTF-8, optional BOM for
//! Excel, and every text cell neutralised against formula injection.

use std::io::Write;
use std::sync::LazyLock;

use credence_heuristics::REGISTRY;

use crate::{Report, Sink};

/// The contract's fixed columns, in order. The `sig_<code>_<name>` columns follow.
pub const COLUMNS: &[&str] = &[
    "id",
    "verdict",
    "credibility",
    "aggregator_risk",
    "ai_risk",
    "why",
    "title",
    "bylines",
    "published",
    "published_source",
    "agency",
    "dateline",
    "site_name",
    "canonical_url",
    "urls",
    "language",
    "words",
    "error",
    "source_domain",
    "source_reputation",
];

/// What each fixed column holds (the README's table, for the workbook's "Columns" sheet).
pub const COLUMN_DOCS: &[(&str, &str)] = &[
    ("id", "The input: the path as given, '-' for stdin, or a record id."),
    ("verdict", "original, wire, copy, aggregator_spam, ai_generated or unknown."),
    ("credibility", "0-100, higher is more credible: 100 x (1 - aggregator_risk) x (1 - 0.7 x ai_risk), lowered for copies and pages without provenance."),
    ("aggregator_risk", "0.00-1.00: probability that the page is a spam aggregator's copy; empty when not computed."),
    ("ai_risk", "0.00-1.00: probability that the text is AI-generated or AI-paraphrased; empty when not computed (too little text)."),
    ("why", "The top reasons: signal (+points): evidence; the deciding axis's first; a copy or wire row opens with the finding that made it."),
    ("title", "The headline, site-name suffix removed."),
    ("bylines", "Authors, '; '-separated (people only)."),
    ("published", "Publication date, ISO 8601 (a date-time where the page or its date line gives one)."),
    ("published_source", "Where the date came from: jsonld, meta, time, url, date_line, text, original_url, script, title."),
    ("agency", "News agencies credited (AP, Reuters, AFP...)."),
    ("dateline", "The dateline's place."),
    ("site_name", "The outlet's name."),
    ("canonical_url", "The canonical URL, og:url, the article's mainEntityOfPage, or the URL of an 'Original url:' line."),
    ("urls", "Every URL in the text, space-separated, wrapped ones repaired."),
    ("language", "ISO 639-1 code of the article text."),
    ("words", "Words of article text (lists, appeals, chrome and metadata excluded)."),
    ("error", "Why the document could not be scored, if it could not."),
    ("source_domain", "Registrable domain of the page's own URL."),
    ("source_reputation", "0.00-1.00 from open news-domain quality lists (Lin et al. 2023; Hanley & Durumeric 2024); empty when unlisted."),
];

/// The provenance columns (`score --provenance`), placed right after `source_reputation` (the
/// last of [`COLUMNS`]), before the signal columns.
pub const PROVENANCE_COLUMNS: &[&str] = &[
    "cluster",
    "cluster_size",
    "origin_id",
    "relation",
    "similarity",
];

/// The signal columns, in registry order.
pub static SIGNAL_COLUMNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    REGISTRY
        .iter()
        .map(|s| format!("sig_{}_{}", s.code, s.name))
        .collect()
});

/// Makes a text cell safe to open in a spreadsheet (OWASP CSV-injection guidance): a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so it is
/// shown as text and never evaluated as a formula.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    // A lone "-" or "+" (stdin's id, an empty marker) cannot be a formula and stays as it is.
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !matches!(cell, "-" | "+") {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The I/O error inside a csv error, as it was: csv's own conversion wraps it in an `Other` error,
/// which hid a closed pipe (`credence score | head`) from the binary's quiet exit.
fn io_error(e: csv::Error) -> std::io::Error {
    if !e.is_io_error() {
        return std::io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        kind => std::io::Error::other(format!("{kind:?}")),
    }
}

/// Writes reports as CSV rows. Cells are written whole, however long: the CSV is the data
/// contract. A spreadsheet may split a cell over 32,767 characters (Excel's limit); the workbook
/// (`--xlsx`) cuts such a cell with a marker instead.
pub struct CsvSink<W: Write> {
    writer: csv::Writer<W>,
    header_written: bool,
    bom: bool,
    provenance: bool,
}

impl<W: Write> CsvSink<W> {
    /// A CSV writer; `excel_bom` starts the file with a UTF-8 byte-order mark so Excel reads UTF-8.
    pub fn new(out: W, excel_bom: bool) -> CsvSink<W> {
        CsvSink {
            writer: csv::WriterBuilder::new().from_writer(out),
            header_written: false,
            bom: excel_bom,
            provenance: false,
        }
    }

    /// Adds the provenance columns (`cluster` ... `similarity`) after `source_reputation`.
    pub fn with_provenance_columns(mut self) -> CsvSink<W> {
        self.provenance = true;
        self
    }

    fn header(&mut self) -> std::io::Result<()> {
        let mut cols: Vec<String> = COLUMNS
            .iter()
            .map(|c| c.to_string())
            .chain(
                PROVENANCE_COLUMNS
                    .iter()
                    .filter(|_| self.provenance)
                    .map(|c| c.to_string()),
            )
            .chain(SIGNAL_COLUMNS.iter().cloned())
            .collect();
        if self.bom {
            // The byte-order mark goes before the first header cell; csv does not quote it.
            cols[0].insert(0, '\u{feff}');
        }
        self.writer.write_record(cols).map_err(io_error)?;
        self.header_written = true;
        Ok(())
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        if !self.header_written {
            self.header()?;
        }
        let r = report.row();
        // Field by field into the csv writer's own buffer: a record of owned strings cost about 70
        // allocations a row (3% of a plain-text document's whole cost).
        let w = &mut self.writer;
        let mut number = String::new();
        let mut put_number = |w: &mut csv::Writer<W>, n: Option<&dyn std::fmt::Display>| {
            number.clear();
            if let Some(n) = n {
                use std::fmt::Write as _;
                let _ = write!(number, "{n}");
            }
            w.write_field(number.as_bytes())
        };
        let text = |w: &mut csv::Writer<W>, s: &str| w.write_field(neutralise(s).as_bytes());
        text(w, &r.id).map_err(io_error)?;
        w.write_field(&r.verdict).map_err(io_error)?;
        put_number(w, r.credibility.as_ref().map(|c| c as _)).map_err(io_error)?;
        w.write_field(&r.aggregator_risk).map_err(io_error)?;
        w.write_field(&r.ai_risk).map_err(io_error)?;
        for cell in [&r.why, &r.title, &r.bylines, &r.published] {
            text(w, cell).map_err(io_error)?;
        }
        w.write_field(&r.published_source).map_err(io_error)?;
        for cell in [
            &r.agency,
            &r.dateline,
            &r.site_name,
            &r.canonical_url,
            &r.urls,
            &r.language,
        ] {
            text(w, cell).map_err(io_error)?;
        }
        put_number(w, r.words.as_ref().map(|n| n as _)).map_err(io_error)?;
        text(w, &r.error).map_err(io_error)?;
        text(w, &r.source_domain).map_err(io_error)?;
        w.write_field(&r.source_reputation).map_err(io_error)?;
        if self.provenance {
            for cell in crate::ProvenanceCells::csv_cells(r.provenance.as_ref()) {
                w.write_field(cell).map_err(io_error)?;
            }
        }
        for p in &r.signal_points {
            // Most points are whole: printed as an integer, which is what `{}` prints for a whole
            // f64 (but a negative zero, which `round2` has turned into zero), without the float
            // formatter's cost.
            let whole = p
                .filter(|p| {
                    p.fract() == 0.0 && p.abs() < 1e15 && !(*p == 0.0 && p.is_sign_negative())
                })
                .map(|p| p as i64);
            match whole {
                Some(n) => put_number(w, Some(&n)),
                None => put_number(w, p.as_ref().map(|p| p as _)),
            }
            .map_err(io_error)?;
        }
        // An empty record ends the one the fields above began.
        w.write_record(None::<&[u8]>).map_err(io_error)?;
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if !self.header_written {
            self.header()?;
        }
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_documented() {
        let documented: Vec<&str> = COLUMN_DOCS.iter().map(|(c, _)| *c).collect();
        assert_eq!(documented, COLUMNS);
    }

    #[test]
    fn neutralises_formulas() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Plain title"), "Plain title");
        assert_eq!(neutralise("-"), "-");
    }

    #[test]
    fn header_and_failed_row_shape() {
        let mut out = Vec::new();
        {
            let mut sink = CsvSink::new(&mut out, true);
            sink.write(&Report::failed("=evil.txt", "not a text document"))
                .unwrap();
            sink.finish().unwrap();
        }
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with('\u{feff}'));
        let mut rdr = csv::Reader::from_reader(s.trim_start_matches('\u{feff}').as_bytes());
        let headers = rdr.headers().unwrap().clone();
        assert_eq!(headers.len(), COLUMNS.len() + REGISTRY.len());
        let row = rdr.records().next().unwrap().unwrap();
        assert_eq!(&row[0], "'=evil.txt");
        assert_eq!(&row[1], "unknown");
        assert_eq!(&row[17], "not a text document");
        insta::assert_snapshot!(headers.iter().collect::<Vec<_>>().join("\n"));
    }
}
