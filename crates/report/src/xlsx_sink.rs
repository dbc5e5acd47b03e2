//! The Excel workbook: the CSV's rows in a "Scores" sheet (frozen header, autofilter, widths,
//! wrapped `why`, colour scales on the risks and credibility, URLs as hyperlinks, every text cell
//! written as a string so no formula is ever evaluated), a "Columns" sheet documenting every column
//! and signal, and a "Sources" sheet (the per-source view, worst first).
//!
//! rust_xlsxwriter assembles the workbook in memory and writes it on [`XlsxSink::save`]; Excel's
//! sheet limit is 1,048,576 rows, so rows past it are refused with an error (use CSV for more).

use rust_xlsxwriter::{
    Color, ConditionalFormat3ColorScale, ConditionalFormatType, Format, Url, Workbook, Worksheet,
    XlsxError,
};

use credence_heuristics::REGISTRY;

use crate::csv_sink::{COLUMNS, COLUMN_DOCS, SIGNAL_COLUMNS};
use crate::sources::{SourcesSummary, VERDICTS};
use crate::{Report, Sink};

/// Excel's last row index.
const MAX_ROWS: u32 = 1_048_575;

/// The most a cell holds: Excel refuses longer strings, counted in UTF-16 units (rust_xlsxwriter
/// checks the same count and fails the whole write).
const MAX_CELL_UTF16: usize = 32_767;

/// A cell's text within Excel's limit. A longer text (the `urls` of a link farm with hundreds of
/// links, a huge id) is cut at a character boundary and ends with a marker saying how long it
/// was: one long cell must not cost the workbook, and the CSV and JSON Lines keep the whole text.
fn excel_cell(s: &str) -> std::borrow::Cow<'_, str> {
    // A UTF-8 string has at least as many bytes as UTF-16 units: short strings need no count.
    if s.len() <= MAX_CELL_UTF16 || s.encode_utf16().count() <= MAX_CELL_UTF16 {
        return std::borrow::Cow::Borrowed(s);
    }
    let marker = format!(
        " … [truncated: {} characters; the CSV has the whole cell]",
        s.chars().count()
    );
    let room = MAX_CELL_UTF16 - marker.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if units + c.len_utf16() > room {
            break;
        }
        units += c.len_utf16();
        end = i + c.len_utf8();
    }
    std::borrow::Cow::Owned(format!("{}{marker}", &s[..end]))
}

/// Writes reports into an Excel workbook.
pub struct XlsxSink {
    workbook: Workbook,
    rows: u32,
    sources: SourcesSummary,
    text: Format,
    wrap: Format,
}

fn xlsx_err(e: XlsxError) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

impl Default for XlsxSink {
    fn default() -> Self {
        XlsxSink::new()
    }
}

impl XlsxSink {
    /// An empty workbook with its "Scores" sheet and header.
    pub fn new() -> XlsxSink {
        let mut workbook = Workbook::new();
        let bold = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDDE6F0));
        let sheet = workbook.add_worksheet();
        let _ = sheet.set_name("Scores");
        for (c, name) in COLUMNS
            .iter()
            .copied()
            .chain(SIGNAL_COLUMNS.iter().map(String::as_str))
            .enumerate()
        {
            let _ = sheet.write_string_with_format(0, c as u16, name, &bold);
        }
        XlsxSink {
            workbook,
            rows: 0,
            sources: SourcesSummary::new(),
            text: Format::new(),
            wrap: Format::new().set_text_wrap(),
        }
    }

    fn scores(&mut self) -> Result<&mut Worksheet, XlsxError> {
        self.workbook.worksheet_from_index(0)
    }

    /// Lays out the sheets and writes the workbook to `path`.
    pub fn save(mut self, path: &std::path::Path) -> std::io::Result<()> {
        self.finish_sheets().map_err(xlsx_err)?;
        self.workbook.save(path).map_err(xlsx_err)
    }

    /// Lays out the sheets and returns the workbook's bytes.
    pub fn to_buffer(mut self) -> std::io::Result<Vec<u8>> {
        self.finish_sheets().map_err(xlsx_err)?;
        self.workbook.save_to_buffer().map_err(xlsx_err)
    }

    fn finish_sheets(&mut self) -> Result<(), XlsxError> {
        let last_row = self.rows.max(1);
        let n_cols = (COLUMNS.len() + SIGNAL_COLUMNS.len()) as u16;
        // A name missing from `COLUMNS` is an error of this file, reported as the workbook's
        // error rather than a panic in the middle of a run.
        let col = |name: &str| -> Result<u16, XlsxError> {
            COLUMNS
                .iter()
                .position(|c| *c == name)
                .map(|i| i as u16)
                .ok_or_else(|| XlsxError::ParameterError(format!("no column named {name}")))
        };
        let risk_scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0.0)
            .set_midpoint(ConditionalFormatType::Number, 0.5)
            .set_maximum(ConditionalFormatType::Number, 1.0)
            .set_minimum_color(Color::RGB(0x63BE7B))
            .set_midpoint_color(Color::RGB(0xFFEB84))
            .set_maximum_color(Color::RGB(0xF8696B));
        let credibility_scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_midpoint(ConditionalFormatType::Number, 50)
            .set_maximum(ConditionalFormatType::Number, 100)
            .set_minimum_color(Color::RGB(0xF8696B))
            .set_midpoint_color(Color::RGB(0xFFEB84))
            .set_maximum_color(Color::RGB(0x63BE7B));
        let widths: Vec<(u16, f64)> = vec![
            (col("id")?, 36.0),
            (col("verdict")?, 16.0),
            (col("credibility")?, 12.0),
            (col("aggregator_risk")?, 16.0),
            (col("ai_risk")?, 9.0),
            (col("published_source")?, 16.0),
            (col("why")?, 70.0),
            (col("title")?, 48.0),
            (col("bylines")?, 24.0),
            (col("published")?, 20.0),
            (col("site_name")?, 22.0),
            (col("canonical_url")?, 40.0),
            (col("urls")?, 40.0),
            (col("error")?, 30.0),
            (col("source_domain")?, 22.0),
        ];
        let sheet = self.scores()?;
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, n_cols - 1)?;
        for (c, w) in widths {
            sheet.set_column_width(c, w)?;
        }
        sheet.add_conditional_format(
            1,
            col("aggregator_risk")?,
            last_row,
            col("ai_risk")?,
            &risk_scale,
        )?;
        sheet.add_conditional_format(
            1,
            col("credibility")?,
            last_row,
            col("credibility")?,
            &credibility_scale,
        )?;

        let bold = Format::new().set_bold();
        let wrap = Format::new().set_text_wrap();
        let docs = self.workbook.add_worksheet();
        docs.set_name("Columns")?;
        docs.set_column_width(0, 34.0)?;
        docs.set_column_width(1, 100.0)?;
        docs.write_string_with_format(0, 0, "column", &bold)?;
        docs.write_string_with_format(0, 1, "meaning", &bold)?;
        let mut r = 1;
        for (name, doc) in COLUMN_DOCS {
            docs.write_string(r, 0, *name)?;
            docs.write_string_with_format(r, 1, *doc, &wrap)?;
            r += 1;
        }
        for (info, name) in REGISTRY.iter().zip(SIGNAL_COLUMNS.iter()) {
            docs.write_string(r, 0, name)?;
            docs.write_string_with_format(
                r,
                1,
                format!(
                    "Points added by signal {} ({:?} axis): {}",
                    info.code, info.axis, info.doc
                ),
                &wrap,
            )?;
            r += 1;
        }

        let rows = self.sources.rows();
        let header = SourcesSummary::header();
        let src = self.workbook.add_worksheet();
        src.set_name("Sources")?;
        for (c, h) in header.iter().enumerate() {
            src.write_string_with_format(0, c as u16, h, &bold)?;
        }
        src.set_column_width(0, 30.0)?;
        src.set_column_width((header.len() - 2) as u16, 36.0)?;
        for (i, s) in rows.iter().enumerate() {
            let r = i as u32 + 1;
            src.write_string(r, 0, excel_cell(&s.source))?;
            src.write_number(r, 1, s.documents as f64)?;
            if let Some(c) = s.mean_credibility {
                src.write_number(r, 2, (c * 10.0).round() / 10.0)?;
            }
            for (k, share) in s.verdict_shares.iter().enumerate() {
                src.write_number(r, 3 + k as u16, (share * 100.0).round() / 100.0)?;
            }
            let base = 3 + VERDICTS.len() as u16;
            if let Some(rep) = s.reputation {
                src.write_number(r, base, rep)?;
            }
            src.write_string(r, base + 1, excel_cell(&s.worst_id))?;
            if let Some(c) = s.worst_credibility {
                src.write_number(r, base + 2, f64::from(c))?;
            }
        }
        if !rows.is_empty() {
            src.set_freeze_panes(1, 0)?;
            src.autofilter(0, 0, rows.len() as u32, header.len() as u16 - 1)?;
            src.add_conditional_format(1, 2, rows.len() as u32, 2, &credibility_scale)?;
        }
        Ok(())
    }
}

impl Sink for XlsxSink {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        if self.rows >= MAX_ROWS {
            return Err(std::io::Error::other(
                "more rows than an Excel sheet holds (1,048,575): write CSV or JSON Lines instead",
            ));
        }
        self.sources.add(report);
        self.rows += 1;
        let r = self.rows;
        let row = report.row();
        let (text, wrap) = (self.text.clone(), self.wrap.clone());
        let sheet = self.scores().map_err(xlsx_err)?;
        let mut c: u16 = 0;
        let put_text =
            |sheet: &mut Worksheet, c: &mut u16, v: &str, f: &Format| -> Result<(), XlsxError> {
                if !v.is_empty() {
                    // Strings are written as strings: a title like "=HYPERLINK(...)" is never a formula.
                    sheet.write_string_with_format(r, *c, excel_cell(v), f)?;
                }
                *c += 1;
                Ok(())
            };
        let put_num =
            |sheet: &mut Worksheet, c: &mut u16, v: Option<f64>| -> Result<(), XlsxError> {
                if let Some(v) = v {
                    sheet.write_number(r, *c, v)?;
                }
                *c += 1;
                Ok(())
            };
        (|| -> Result<(), XlsxError> {
            put_text(sheet, &mut c, &row.id, &text)?;
            put_text(sheet, &mut c, &row.verdict, &text)?;
            put_num(sheet, &mut c, row.credibility.map(f64::from))?;
            put_num(sheet, &mut c, row.aggregator_risk.parse().ok())?;
            put_num(sheet, &mut c, row.ai_risk.parse().ok())?;
            put_text(sheet, &mut c, &row.why, &wrap)?;
            for v in [
                &row.title,
                &row.bylines,
                &row.published,
                &row.published_source,
                &row.agency,
                &row.dateline,
                &row.site_name,
            ] {
                put_text(sheet, &mut c, v, &text)?;
            }
            if row.canonical_url.starts_with("http") && row.canonical_url.len() < 2000 {
                sheet.write_url(r, c, Url::new(row.canonical_url.as_str()))?;
            } else if !row.canonical_url.is_empty() {
                sheet.write_string(r, c, excel_cell(&row.canonical_url))?;
            }
            c += 1;
            put_text(sheet, &mut c, &row.urls, &text)?;
            put_text(sheet, &mut c, &row.language, &text)?;
            put_num(sheet, &mut c, row.words.map(|w| w as f64))?;
            put_text(sheet, &mut c, &row.error, &wrap)?;
            put_text(sheet, &mut c, &row.source_domain, &text)?;
            put_num(sheet, &mut c, row.source_reputation.parse().ok())?;
            for p in &row.signal_points {
                put_num(sheet, &mut c, *p)?;
            }
            Ok(())
        })()
        .map_err(xlsx_err)
    }

    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An [`XlsxSink`] whose workbook goes to a writer when the rows are done (`credence score -o
/// scores.xlsx`): the workbook is assembled in memory, so its bytes exist only at the end.
pub struct XlsxWriter<W: std::io::Write> {
    book: Option<XlsxSink>,
    out: W,
}

impl<W: std::io::Write> XlsxWriter<W> {
    /// A workbook to be written to `out` on [`Sink::finish`].
    pub fn new(out: W) -> XlsxWriter<W> {
        XlsxWriter {
            book: Some(XlsxSink::new()),
            out,
        }
    }
}

impl<W: std::io::Write> Sink for XlsxWriter<W> {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        match self.book.as_mut() {
            Some(book) => book.write(report),
            None => Err(std::io::Error::other("the workbook was already written")),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if let Some(book) = self.book.take() {
            self.out.write_all(&book.to_buffer()?)?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbook_builds_with_a_formula_like_title() {
        let mut sink = XlsxSink::new();
        sink.write(&Report::failed(
            "=HYPERLINK(\"http://x\",\"y\")",
            "empty document",
        ))
        .unwrap();
        let bytes = sink.to_buffer().unwrap();
        assert!(bytes.starts_with(b"PK"), "an xlsx is a zip");
    }

    #[test]
    fn a_cell_over_excels_limit_is_cut_with_a_marker() {
        // 'é' is one UTF-16 unit and two UTF-8 bytes; '𝄞' two units, so the cut counts units.
        let long = "é".repeat(20_000) + &"𝄞".repeat(10_000);
        let cell = excel_cell(&long);
        assert!(cell.encode_utf16().count() <= MAX_CELL_UTF16);
        assert!(cell.ends_with("[truncated: 30000 characters; the CSV has the whole cell]"));
        assert!(cell.starts_with("ééé"));
        assert_eq!(excel_cell("Quillport council"), "Quillport council");
        let exact = "a".repeat(MAX_CELL_UTF16);
        assert_eq!(excel_cell(&exact), exact.as_str());
    }

    #[test]
    fn a_report_with_a_huge_cell_still_makes_a_workbook() {
        let mut sink = XlsxSink::new();
        let id = "https://quill.example/archive/item.html ".repeat(1_000);
        sink.write(&Report::failed(id, "not a text document"))
            .unwrap();
        let bytes = sink.to_buffer().unwrap();
        assert!(bytes.starts_with(b"PK"));
    }
}
