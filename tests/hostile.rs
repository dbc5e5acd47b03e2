//! Hostile inputs, one test each: the real binary on a folder holding the hostile file beside a
//! good document. Each must yield its own row with a clear `error` or a sound score, and the good
//! document's row must come out intact.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use crate::outputs::xlsx_part;
use crate::util::{credence, Csv};

/// A small, ordinary story whose row must survive whatever sits beside it.
const GOOD: &str = "Ferry Runs Aground Near Valdora\nBy Ann Lee\nMarch 14, 2024\n\n\
VALDORA (AP) — A ferry ran aground on Thursday near the island, officials said. No one was hurt.\n";

/// Writes `name` with `bytes` and `z_good.txt` into a fresh folder, scores the folder, and checks
/// the good row. Returns the parsed CSV and the exit status.
fn score_beside_good(name: &str, bytes: &[u8]) -> (Csv, Option<i32>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    score_folder(dir.path())
}

fn score_folder(dir: &Path) -> (Csv, Option<i32>) {
    score_folder_with(dir, &[])
}

/// [`score_folder`] with more arguments for `credence score`.
fn score_folder_with(dir: &Path, args: &[&str]) -> (Csv, Option<i32>) {
    std::fs::write(dir.join("z_good.txt"), GOOD).unwrap();
    let mut all = vec!["score", "-q", "--crawl-date", "2024-06-01"];
    all.extend_from_slice(args);
    all.push(dir.to_str().unwrap());
    let out = credence(&all);
    let csv = Csv::parse(&out.stdout);
    let good = csv.row("z_good.txt");
    assert_eq!(good["error"], "", "{good:?}");
    assert_eq!(good["title"], "Ferry Runs Aground Near Valdora");
    assert_eq!(good["bylines"], "Ann Lee");
    assert_eq!(good["published"], "2024-03-14");
    (csv, out.status.code())
}

/// A row is sound: either an error with the `unknown` verdict, or a score in range.
fn assert_sound(row: &std::collections::HashMap<String, String>) {
    if row["error"].is_empty() {
        let c: u8 = row["credibility"].parse().expect("a credibility");
        assert!(c <= 100);
        for risk in ["aggregator_risk", "ai_risk"] {
            if !row[risk].is_empty() {
                let r: f64 = row[risk].parse().unwrap();
                assert!((0.0..=1.0).contains(&r), "{risk} {r}");
            }
        }
    } else {
        assert_eq!(row["verdict"], "unknown");
    }
}

#[test]
fn empty_file() {
    let (csv, code) = score_beside_good("a.txt", b"");
    assert_eq!(code, Some(1));
    assert_eq!(csv.rows.len(), 2);
    assert!(csv.row("a.txt")["error"].contains("empty"));
}

#[test]
fn png_image() {
    let (csv, code) = score_beside_good("a.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0");
    assert_eq!(code, Some(1));
    assert!(csv.row("a.html")["error"].contains("PNG"));
}

#[test]
fn elf_executable() {
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 4096));
    let (csv, code) = score_beside_good("a.txt", &elf);
    assert_eq!(code, Some(1));
    assert!(csv.row("a.txt")["error"].contains("ELF"));
}

#[test]
fn nul_bytes_in_text() {
    // A few stray NULs are removed and noted; the story still scores.
    let text = format!(
        "Harbor Reopens\0 After Storm\n\n{}\0\n",
        "The harbor reopened on Monday, officials said. ".repeat(5)
    );
    let (csv, _) = score_beside_good("a.txt", text.as_bytes());
    let row = csv.row("a.txt");
    assert_sound(row);
    assert_eq!(row["error"], "");
    assert_eq!(row["title"], "Harbor Reopens After Storm");
    // A file that is mostly NULs is not text.
    let (csv, _) = score_beside_good("b.txt", &[0u8; 5000]);
    assert!(
        csv.row("b.txt")["error"].contains("not a text document"),
        "{:?}",
        csv.row("b.txt")
    );
}

#[test]
fn invalid_utf8() {
    let (csv, _) = score_beside_good(
        "a.txt",
        b"Harbor Reopens \xc3\x28 After Storm\n\nThe harbor \xff\xfe reopened on Monday, officials said.\n",
    );
    let row = csv.row("a.txt");
    assert_eq!(row["error"], "", "invalid bytes are replaced, not fatal");
    assert_sound(row);
    assert!(
        row["title"].starts_with("Harbor Reopens"),
        "{:?}",
        row["title"]
    );
}

#[test]
fn utf16_with_bom() {
    for (name, bom, le) in [
        ("le.txt", [0xFF, 0xFE], true),
        ("be.txt", [0xFE, 0xFF], false),
    ] {
        let text =
            "Überschwemmung in Valdora\n\nDie Fähre lief am Donnerstag auf Grund, sagten Beamte.\n";
        let bytes: Vec<u8> = bom
            .into_iter()
            .chain(
                text.encode_utf16()
                    .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }),
            )
            .collect();
        let (csv, _) = score_beside_good(name, &bytes);
        let row = csv.row(name);
        assert_eq!(row["error"], "", "{row:?}");
        assert_eq!(row["title"], "Überschwemmung in Valdora");
    }
}

#[test]
fn windows_1252_declared_by_meta_charset() {
    // "Café owner’s “big” day" in windows-1252: é = E9, ’ = 92, “ ” = 93 94.
    let page = b"<!doctype html><html><head><meta charset=\"windows-1252\">\
<title>Caf\xe9 owner\x92s \x93big\x94 day</title></head><body><h1>Caf\xe9 owner\x92s \x93big\x94 day</h1>\
<p>The caf\xe9 opened on Monday, its owner said.</p></body></html>";
    let (csv, _) = score_beside_good("a.html", page);
    let row = csv.row("a.html");
    assert_eq!(row["error"], "");
    assert_eq!(row["title"], "Café owner’s “big” day");
}

#[test]
fn undeclared_windows_1251_behind_much_markup_is_read_as_cyrillic() {
    // "Паром сел на мель" and a sentence in windows-1251, no charset anywhere, inside enough
    // ASCII markup that its Cyrillic bytes are a small share of the page.
    let title = b"\xcf\xe0\xf0\xee\xec \xf1\xe5\xeb \xed\xe0 \xec\xe5\xeb\xfc";
    let mut page = b"<html><head><title>".to_vec();
    page.extend_from_slice(title);
    page.extend_from_slice(b"</title></head><body>");
    for _ in 0..60 {
        page.extend_from_slice(
            b"<div class=\"menu-item\"><a href=\"/section/harbour\">harbour</a></div>\n",
        );
    }
    page.extend_from_slice(b"<h1>");
    page.extend_from_slice(title);
    page.extend_from_slice(b"</h1><p>");
    page.extend_from_slice(title);
    page.extend_from_slice(
        b" \xe2 \xef\xee\xf0\xf2\xf3, \xf1\xee\xee\xe1\xf9\xe8\xeb \xec\xfd\xf0.</p></body></html>",
    );
    let (csv, _) = score_beside_good("a.html", &page);
    let row = csv.row("a.html");
    assert_eq!(row["error"], "");
    assert_eq!(row["title"], "Паром сел на мель");
}

#[test]
fn koi8_r_declared_by_meta_charset() {
    // "Паром сел на мель" in KOI8-R.
    let title = b"\xf0\xc1\xd2\xcf\xcd \xd3\xc5\xcc \xce\xc1 \xcd\xc5\xcc\xd8";
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><title>".to_vec();
    page.extend_from_slice(title);
    page.extend_from_slice(b"</title></head><body><h1>");
    page.extend_from_slice(title);
    page.extend_from_slice(
        b"</h1><p>\xf0\xc1\xd2\xcf\xcd \xd3\xc5\xcc \xce\xc1 \xcd\xc5\xcc\xd8.</p></body></html>",
    );
    let (csv, _) = score_beside_good("a.html", &page);
    let row = csv.row("a.html");
    assert_eq!(row["error"], "");
    assert_eq!(row["title"], "Паром сел на мель");
}

/// A single 200 MB line: over the default 50 MiB cap, so an error row that says how to raise it,
/// read no further than the cap. The run completes; nothing here is timed.
#[test]
fn two_hundred_megabyte_single_line() {
    let dir = tempfile::tempdir().unwrap();
    {
        use std::io::Write;
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(dir.path().join("a.txt")).unwrap());
        let chunk = "word ".repeat(200_000); // 1 MB
        for _ in 0..200 {
            f.write_all(chunk.as_bytes()).unwrap();
        }
        f.flush().unwrap();
    }
    let (csv, code) = score_folder(dir.path());
    assert_eq!(code, Some(1));
    let row = csv.row("a.txt");
    assert!(
        row["error"].contains("limit") && row["error"].contains("--max-doc-bytes"),
        "{row:?}"
    );
    assert_eq!(row["verdict"], "unknown");
}

/// A long single line under the cap scores (no quadratic blow-up on one huge line).
#[test]
fn two_megabyte_single_line_scores() {
    let line = "The council met on Monday and the mayor said the harbor would reopen soon. "
        .repeat(27_000);
    let (csv, _) = score_beside_good("a.txt", line.as_bytes());
    let row = csv.row("a.txt");
    assert_eq!(row["error"], "");
    assert_sound(row);
}

#[test]
fn hundred_thousand_nested_divs() {
    let mut page = String::from("<html><head><title>Deep page</title></head><body>");
    page.push_str(&"<div>".repeat(100_000));
    page.push_str("<p>The harbor reopened on Monday, officials said.</p>");
    page.push_str(&"</div>".repeat(100_000));
    page.push_str("</body></html>");
    let (csv, _) = score_beside_good("a.html", page.as_bytes());
    let row = csv.row("a.html");
    assert_sound(row);
}

#[test]
fn ten_thousand_links() {
    let mut page = String::from(
        "<html><head><title>Link farm</title></head><body><h1>Link farm</h1><p>The harbor reopened on Monday, officials said.</p><ul>",
    );
    for i in 0..10_000 {
        page.push_str(&format!(
            "<li><a href=\"https://example.com/story/{i}\">Story number {i}</a></li>"
        ));
    }
    page.push_str("</ul></body></html>");
    let (csv, _) = score_beside_good("a.html", page.as_bytes());
    let row = csv.row("a.html");
    assert_sound(row);
    assert_eq!(row["error"], "");
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(&f, GOOD).unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&f).is_ok() {
        eprintln!("skipped: running as a user who can read a chmod-000 file (root?), so the unreadable case cannot be made");
        return;
    }
    let (csv, code) = score_folder(dir.path());
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(code, Some(1));
    assert!(
        csv.row("a.txt")["error"].contains("permission denied"),
        "{:?}",
        csv.row("a.txt")
    );
}

#[cfg(unix)]
#[test]
fn directory_symlink_loop() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("story.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    let (csv, code) = score_folder(dir.path());
    assert_eq!(code, Some(1));
    let looped = csv
        .rows
        .iter()
        .find(|r| r["id"].ends_with("loop"))
        .expect("a row for the loop");
    assert!(looped["error"].contains("symlink loop"), "{looped:?}");
    assert_eq!(
        csv.row("story.txt")["title"],
        "Ferry Runs Aground Near Valdora"
    );
    assert_eq!(csv.rows.len(), 3, "the loop is not followed");
}

/// Spreadsheet safety end to end, in both spreadsheet outputs of one run
/// (`-o out.csv --xlsx out.xlsx`): a formula title, and the `<html lang>` fallback for the
/// language cell (found by fuzzing). In the CSV both cells are neutralised with a leading `'`; in
/// the workbook both are string cells holding the raw value, and no cell is a formula. JSON Lines
/// keeps the raw title.
#[test]
fn formula_cells_csv_neutralised_xlsx_strings_jsonl_raw() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let title = "=HYPERLINK(\"http://x\",\"y\")";
    std::fs::write(
        docs.join("a.html"),
        format!("<html lang=\"=1\"><head><title>{title}</title></head><body><h1>{title}</h1><p>Short.</p></body></html>"),
    )
    .unwrap();
    let (out_csv, out_xlsx) = (dir.path().join("out.csv"), dir.path().join("out.xlsx"));
    std::fs::write(docs.join("z_good.txt"), GOOD).unwrap();
    let out = credence(&[
        "score",
        "-q",
        docs.to_str().unwrap(),
        "-o",
        out_csv.to_str().unwrap(),
        "--xlsx",
        out_xlsx.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "the rows went to the file");

    let csv = Csv::parse(&std::fs::read(&out_csv).unwrap());
    assert_eq!(csv.rows.len(), 2);
    let row = csv.row("a.html");
    assert_eq!(row["title"], format!("'{title}"));
    assert_eq!(row["language"], "'=1");
    assert_eq!(
        csv.row("z_good.txt")["title"],
        "Ferry Runs Aground Near Valdora"
    );

    let sheet = Sheet::read(&out_xlsx);
    assert!(
        !sheet.xml.contains("<f>") && !sheet.xml.contains("<f "),
        "no cell of the scores sheet is a formula"
    );
    assert!(sheet.text("id", 2).ends_with("a.html"));
    for (column, raw) in [("title", title), ("language", "=1")] {
        let cell = sheet.cell(column, 2);
        assert!(
            cell.kind == "s" || cell.kind == "inlineStr",
            "{column}: a string cell, not {:?}",
            cell.kind
        );
        assert!(!cell.formula, "{column}: not a formula");
        assert_eq!(
            sheet.text(column, 2),
            raw,
            "{column}: the raw value, as text"
        );
    }
    assert_eq!(sheet.text("title", 3), "Ferry Runs Aground Near Valdora");

    let out = credence(&[
        "score",
        "-q",
        "--format",
        "jsonl",
        docs.join("a.html").to_str().unwrap(),
    ]);
    let line = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["title"], title, "JSON keeps the raw value");
}

/// One cell of a worksheet, as stored.
struct Cell {
    /// The `t` attribute: `s` (shared string), `inlineStr`, `str` (a formula's string result),
    /// empty for a number.
    kind: String,
    /// The `<v>` value (for a shared string, its index), or an inline string's text.
    value: String,
    /// Whether the cell holds a formula (`<f>`).
    formula: bool,
}

/// The workbook's first sheet (the scores), read from its XML with the shared strings.
struct Sheet {
    xml: String,
    cells: HashMap<String, Cell>,
    strings: Vec<String>,
}

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text of the first `<tag ...>...</tag>` in `xml`.
fn element_text(xml: &str, tag: &str) -> Option<String> {
    let open = xml
        .find(&format!("<{tag}>"))
        .or_else(|| xml.find(&format!("<{tag} ")))?;
    let body = &xml[open + xml[open..].find('>')? + 1..];
    Some(xml_unescape(&body[..body.find(&format!("</{tag}>"))?]))
}

impl Sheet {
    fn read(book: &Path) -> Sheet {
        let xml = xlsx_part(book, "xl/worksheets/sheet1.xml");
        let strings = xlsx_part(book, "xl/sharedStrings.xml")
            .split("<si>")
            .skip(1)
            .map(|si| element_text(si, "t").expect("a shared string's text"))
            .collect();
        let mut cells = HashMap::new();
        for part in xml.split("<c ").skip(1) {
            let tag = &part[..part.find('>').unwrap()];
            let attr = |name: &str| {
                tag.split_whitespace()
                    .find_map(|a| a.strip_prefix(&format!("{name}=\"")))
                    .map(|v| v.trim_end_matches('/').trim_end_matches('"').to_string())
            };
            let body = if tag.ends_with('/') {
                ""
            } else {
                &part[tag.len() + 1..part.find("</c>").unwrap()]
            };
            let cell = Cell {
                kind: attr("t").unwrap_or_default(),
                value: element_text(body, "v")
                    .or_else(|| element_text(body, "t"))
                    .unwrap_or_default(),
                formula: body.contains("<f>") || body.contains("<f "),
            };
            cells.insert(attr("r").expect("a cell reference"), cell);
        }
        Sheet {
            xml,
            cells,
            strings,
        }
    }

    /// The reference ("G2") of the cell in the column headed `column` on spreadsheet row `row`
    /// (1 is the header).
    fn reference(&self, column: &str, row: u32) -> String {
        let header = self
            .cells
            .keys()
            .filter(|r| r.trim_start_matches(char::is_alphabetic) == "1")
            .find(|r| self.text_at(r) == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        format!("{}{row}", header.trim_end_matches(char::is_numeric))
    }

    fn cell(&self, column: &str, row: u32) -> &Cell {
        &self.cells[&self.reference(column, row)]
    }

    /// The text of a cell, a shared string resolved.
    fn text(&self, column: &str, row: u32) -> String {
        self.text_at(&self.reference(column, row))
    }

    fn text_at(&self, reference: &str) -> String {
        let cell = &self.cells[reference];
        match cell.kind.as_str() {
            "s" => self.strings[cell.value.parse::<usize>().unwrap()].clone(),
            _ => cell.value.clone(),
        }
    }
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A gzip bomb: 60 MiB of zeros in about 60 KB (one compressed MiB, as 60 gzip members). It is
/// decompressed only up to the document cap, 50 MiB by default, and gets one error row naming
/// the cap; the story beside it scores.
#[test]
fn gzip_bomb_stops_at_the_default_cap() {
    let bomb = gz(&vec![0u8; 1 << 20]).repeat(60);
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    let (csv, code) = score_beside_good("a.txt.gz", &bomb);
    assert_eq!(code, Some(1));
    assert_eq!(csv.rows.len(), 2);
    assert_eq!(
        csv.row("a.txt.gz")["error"],
        "document decompresses to more than 52428800 bytes, over the 52428800-byte limit (raise it with --max-doc-bytes); read no further"
    );
}

/// `--max-doc-bytes` caps what gzip may expand to, for a gzipped page and for a WARC response
/// whose HTTP body is `Content-Encoding: gzip`; the documents before and after score, and the
/// same document gzipped under the cap scores too.
#[test]
fn gzip_bomb_stops_at_max_doc_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let text = "All work and no play makes the harbor a dull town. ".repeat(100_000); // 5 MB
    let compressed = gz(text.as_bytes());
    assert!(compressed.len() < 100_000, "{}", compressed.len());
    std::fs::write(dir.path().join("a_bomb.txt.gz"), &compressed).unwrap();
    std::fs::write(dir.path().join("b_fine.txt.gz"), gz(GOOD.as_bytes())).unwrap();
    let page = |title: &str| {
        format!("<html><head><title>{title}</title></head><body><h1>{title}</h1><p>The harbor reopened on Monday, officials said.</p></body></html>")
    };
    let mut warc = Vec::new();
    for (id, encoding, body) in [
        ("r1", "", page("Harbor Reopens").into_bytes()),
        ("r2", "Content-Encoding: gzip\r\n", compressed.clone()),
        ("r3", "", page("Ferry Returns").into_bytes()),
    ] {
        let mut block =
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{encoding}\r\n").into_bytes();
        block.extend_from_slice(&body);
        let mut record = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: https://news.example/{id}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n", block.len()).into_bytes();
        record.extend_from_slice(&block);
        record.extend_from_slice(b"\r\n\r\n");
        warc.extend_from_slice(&gz(&record));
    }
    std::fs::write(dir.path().join("c_crawl.warc.gz"), &warc).unwrap();

    let (csv, code) = score_folder_with(dir.path(), &["--max-doc-bytes", "100000"]);
    assert_eq!(code, Some(1));
    let ids: Vec<&str> = csv.rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), 6, "{ids:?}");
    let capped = "document decompresses to more than 100000 bytes, over the 100000-byte limit (raise it with --max-doc-bytes); read no further";
    assert_eq!(csv.row("a_bomb.txt.gz")["error"], capped);
    assert_eq!(csv.row("r2>")["error"], capped);
    assert_eq!(csv.row("b_fine.txt.gz")["error"], "");
    assert_eq!(
        csv.row("b_fine.txt.gz")["title"],
        "Ferry Runs Aground Near Valdora"
    );
    assert_eq!(csv.row("r1>")["title"], "Harbor Reopens");
    assert_eq!(csv.row("r3>")["title"], "Ferry Returns");
    for row in &csv.rows {
        assert_sound(row);
    }
}

/// A plain file over the cap: the error states its real size (it is read no further than a byte
/// over the cap), as does stdin, whose size is unknown ("more than").
#[test]
fn oversized_file_and_stdin_state_their_size() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "word ".repeat(2000)).unwrap();
    let (csv, code) = score_folder_with(dir.path(), &["--max-doc-bytes", "1000"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        csv.row("a.txt")["error"],
        "document is 10000 bytes, over the 1000-byte limit (raise it with --max-doc-bytes)"
    );
    let out = crate::util::credence_stdin(
        &["score", "-q", "--max-doc-bytes", "1000", "-"],
        "word ".repeat(2000).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        Csv::parse(&out.stdout).rows[0]["error"],
        "document is more than 1000 bytes, over the 1000-byte limit (raise it with --max-doc-bytes); read no further"
    );
}

/// A gzipped page cut short: one error row saying so; the story beside it scores.
#[test]
fn truncated_gz_page() {
    let page = format!(
        "<html><head><title>Harbor Reopens</title></head><body>{}</body></html>",
        "<p>The harbor reopened on Monday, officials said, and the ferries ran again.</p>"
            .repeat(200)
    );
    let full = gz(page.as_bytes());
    let (csv, code) = score_beside_good("a.html.gz", &full[..full.len() / 2]);
    assert_eq!(code, Some(1));
    assert_eq!(csv.rows.len(), 2);
    let e = &csv.row("a.html.gz")["error"];
    assert!(
        e.starts_with("cannot read: truncated or corrupt gzip stream")
            && e.contains("bytes of output"),
        "{e}"
    );
}
