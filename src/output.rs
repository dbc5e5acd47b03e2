//! Output destinations: stdout, or a file written atomically (a temporary file in the same folder,
//! renamed into place when complete, so a reader never sees half a file).
//!
//! A target that already exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe)
//! is written directly: renaming onto it would replace the device node with a plain file, which
//! for `/dev/null` run as root breaks every other program on the machine. A symbolic link is
//! followed, so the link stays and the file it names is replaced.
//!
//! An output file whose name ends in `.gz` is gzip-compressed ([`Output`]); output to a terminal
//! has its control characters made visible ([`TerminalSafe`], [`terminal_safe`]); and no output
//! may be an input or another output ([`refuse_overlaps`]).

use std::borrow::Cow;
use std::io::{BufWriter, IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::args::UsageError;
use crate::inputs::Input;

/// Where output goes.
pub enum Destination {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A temporary file to be renamed onto the target.
    File {
        temp: BufWriter<tempfile::NamedTempFile>,
        target: std::path::PathBuf,
    },
    /// An existing target that is not a regular file (a device or a pipe), written in place.
    Direct {
        file: BufWriter<std::fs::File>,
        target: std::path::PathBuf,
    },
}

impl Destination {
    /// Opens stdout or a temporary file beside `path`.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Destination> {
        // "-o -" is standard output, as it is in most tools.
        let path = path.filter(|p| p.as_os_str() != "-");
        match path {
            None => Ok(Destination::Stdout(BufWriter::new(std::io::stdout()))),
            Some(p) => {
                // Follow a link to its file, so the rename replaces the file and keeps the link.
                let resolved = std::fs::canonicalize(p).ok();
                if let Some(meta) = resolved.as_ref().and_then(|r| std::fs::metadata(r).ok()) {
                    if meta.is_dir() {
                        anyhow::bail!("cannot write '{}': it is a directory", p.display());
                    }
                    if !meta.is_file() {
                        let file = std::fs::OpenOptions::new()
                            .write(true)
                            .open(p)
                            .with_context(|| format!("cannot open '{}'", p.display()))?;
                        return Ok(Destination::Direct {
                            file: BufWriter::new(file),
                            target: p.to_path_buf(),
                        });
                    }
                }
                let p = resolved.as_deref().unwrap_or(p);
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let temp = tempfile::Builder::new()
                    .prefix(".credence-")
                    .suffix(".tmp")
                    .tempfile_in(dir)
                    .with_context(|| {
                        format!("cannot create a temporary file in '{}'", dir.display())
                    })?;
                Ok(Destination::File {
                    temp: BufWriter::new(temp),
                    target: p.to_path_buf(),
                })
            }
        }
    }

    /// Flushes and, for a file, renames it into place.
    pub fn commit(self) -> anyhow::Result<()> {
        match self {
            Destination::Stdout(mut w) => Ok(w.flush()?),
            Destination::File { temp, target } => {
                let temp = temp
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .context("cannot write the output")?;
                temp.as_file().sync_all().ok();
                // tempfile creates 0600 files; an output file is for others to read too.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    temp.as_file()
                        .set_permissions(std::fs::Permissions::from_mode(0o644))
                        .ok();
                }
                temp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(|| format!("cannot write '{}'", target.display()))?;
                Ok(())
            }
            Destination::Direct { mut file, target } => file
                .flush()
                .with_context(|| format!("cannot write '{}'", target.display())),
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::File { temp, .. } => temp.write(buf),
            Destination::Direct { file, .. } => file.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Destination::Stdout(w) => w.flush(),
            Destination::File { temp, .. } => temp.flush(),
            Destination::Direct { file, .. } => file.flush(),
        }
    }
}

/// An output as the commands write it: a [`Destination`], gzip-compressed when the file's name
/// ends in `.gz`, or with control characters made visible when it is a terminal.
pub enum Output {
    /// Written as it is.
    Plain(Destination),
    /// Gzip-compressed (`-o scores.csv.gz`).
    Gzip(Box<flate2::write::GzEncoder<Destination>>),
    /// Standard output on a terminal: a document's escape sequences must not reach it.
    Terminal(TerminalSafe<Destination>),
}

/// True when a file name asks for gzip (`.gz`, in any case).
pub fn is_gzip_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".gz"))
}

impl Output {
    /// Opens `path` (stdout when `None` or `-`) as [`Destination::open`] does.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Output> {
        let dest = Destination::open(path)?;
        Ok(match dest {
            Destination::Stdout(_) if std::io::stdout().is_terminal() => {
                Output::Terminal(TerminalSafe::new(dest))
            }
            Destination::Stdout(_) => Output::Plain(dest),
            _ if path.is_some_and(is_gzip_name) => Output::Gzip(Box::new(
                flate2::write::GzEncoder::new(dest, flate2::Compression::default()),
            )),
            _ => Output::Plain(dest),
        })
    }

    /// Ends the compressed stream (or the pending bytes of a terminal) and returns the
    /// destination, not yet committed.
    pub fn into_destination(self) -> std::io::Result<Destination> {
        match self {
            Output::Plain(d) => Ok(d),
            Output::Gzip(g) => g.finish(),
            Output::Terminal(t) => t.into_inner(),
        }
    }

    /// Ends the stream and commits the destination (see [`Destination::commit`]).
    pub fn commit(self) -> anyhow::Result<()> {
        self.into_destination()
            .context("cannot write the output")?
            .commit()
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Plain(d) => d.write(buf),
            Output::Gzip(g) => g.write(buf),
            Output::Terminal(t) => t.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Plain(d) => d.flush(),
            Output::Gzip(g) => g.flush(),
            Output::Terminal(t) => t.flush(),
        }
    }
}

/// `\u{1b}` for a control character: visible, and read back as the character it stands for.
fn escaped(code: u32) -> String {
    format!("\\u{{{code:x}}}")
}

/// Text from a document made safe to print on a terminal: every control character (C0, DEL, C1:
/// ESC starts the sequences that retitle the window, clear the screen or forge links; a bare CR
/// overwrites what was printed) except newline and tab is shown as `\u{1b}`. Text without one is
/// returned as it is.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&escaped(c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer to a terminal that shows control bytes as `\u{1b}`: C0 except tab, newline and
/// carriage return (the CSV's line ends), DEL, and the C1 characters (U+0080 to U+009F, written
/// in UTF-8 as 0xC2 then 0x80 to 0x9F, which may be split between two writes).
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// A 0xC2 byte held back until the next byte says whether it starts a C1 character.
    held_c2: bool,
}

impl<W: Write> TerminalSafe<W> {
    /// Wraps a writer.
    pub fn new(inner: W) -> TerminalSafe<W> {
        TerminalSafe {
            inner,
            held_c2: false,
        }
    }

    /// Writes a byte still held back and returns the writer.
    pub fn into_inner(mut self) -> std::io::Result<W> {
        if self.held_c2 {
            self.inner.write_all(&[0xC2])?;
        }
        Ok(self.inner)
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 8);
        for &b in buf {
            if std::mem::take(&mut self.held_c2) {
                if (0x80..=0x9F).contains(&b) {
                    out.extend_from_slice(escaped(u32::from(b)).as_bytes());
                    continue;
                }
                out.push(0xC2);
            }
            match b {
                0xC2 => self.held_c2 = true,
                b'\t' | b'\n' | b'\r' => out.push(b),
                0..=0x1F | 0x7F => out.extend_from_slice(escaped(u32::from(b)).as_bytes()),
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Refuses outputs that would overwrite an input or each other: `score f.jsonl -o f.jsonl`
/// replaced the data it read, and `-o r.csv --xlsx r.csv` kept only the workbook. `outputs` are
/// the flags with their paths (`None` and `-` are stdout). Paths are compared as files: an
/// existing file by its identity (a link or another spelling of the same path is the same
/// file), one still to be written by its canonical folder and name. Outputs that already exist
/// and are not regular files (`/dev/null`) may be shared: nothing is replaced there.
pub fn refuse_overlaps(inputs: &[Input], outputs: &[(&str, Option<&Path>)]) -> anyhow::Result<()> {
    let files: Vec<(&str, &Path, Place)> = outputs
        .iter()
        .filter_map(|(flag, p)| p.map(|p| (*flag, p)))
        .filter(|(_, p)| p.as_os_str() != "-")
        .filter_map(|(flag, p)| Place::of(p).map(|place| (flag, p, place)))
        .collect();
    for (i, (flag_a, a, place_a)) in files.iter().enumerate() {
        for (flag_b, b, place_b) in &files[i + 1..] {
            if place_a == place_b {
                return Err(UsageError(format!(
                    "{flag_a} '{}' and {flag_b} '{}' are the same file: give each output its own name",
                    a.display(),
                    b.display()
                ))
                .into());
            }
        }
    }
    // Only an output that exists can be an input (the inputs were listed before any output is
    // written), so the inputs are looked at only then: one metadata call each.
    let existing: Vec<&(&str, &Path, Place)> = files
        .iter()
        .filter(|(_, _, place)| matches!(place, Place::File(_)))
        .collect();
    if existing.is_empty() {
        return Ok(());
    }
    for input in inputs {
        let Input::File { id, path } = input else {
            continue;
        };
        let Some(place) = Place::of(path) else {
            continue;
        };
        if let Some((flag, out, _)) = existing.iter().find(|(_, _, p)| *p == place) {
            return Err(UsageError(format!(
                "{flag} '{}' is the input '{id}': writing it would replace what is read; write the output elsewhere",
                out.display()
            ))
            .into());
        }
    }
    Ok(())
}

/// Where an output goes, for comparing paths.
#[derive(PartialEq, Eq)]
enum Place {
    /// An existing regular file, by identity.
    File(FileIdentity),
    /// A file still to be created: its canonical folder and its name.
    New(PathBuf),
}

#[cfg(unix)]
type FileIdentity = (u64, u64);
#[cfg(not(unix))]
type FileIdentity = PathBuf;

impl Place {
    /// The place of `path`; `None` for something that is not a regular file (a device, a pipe, a
    /// folder: [`Destination::open`] deals with those).
    fn of(path: &Path) -> Option<Place> {
        match std::fs::metadata(path) {
            Ok(m) if m.is_file() => {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::MetadataExt;
                    Some(Place::File((m.dev(), m.ino())))
                }
                #[cfg(not(unix))]
                {
                    Some(Place::File(std::fs::canonicalize(path).ok()?))
                }
            }
            Ok(_) => None,
            Err(_) => {
                let name = path.file_name()?;
                let parent = path
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let dir = std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
                Some(Place::New(dir.join(name)))
            }
        }
    }
}

/// The outputs written beside the rows (`score --xlsx FILE`, `--sources FILE`): each sees every
/// report and is written after the main output. Their files are opened before the run, so a bad
/// path is refused before any scoring; a failure of one after that (a workbook over Excel's row
/// limit) is reported once the main output is safely written, never in its place.
pub struct SideOutputs {
    xlsx: Option<Side<credence::report::XlsxSink>>,
    sources: Option<Side<credence::report::SourcesSummary>>,
}

struct Side<T> {
    path: PathBuf,
    out: Output,
    /// `None` once writing to it failed; the error is kept.
    book: Option<T>,
    error: Option<String>,
}

impl<T> Side<T> {
    fn open(path: &Path, book: T) -> anyhow::Result<Side<T>> {
        Ok(Side {
            path: path.to_path_buf(),
            out: Output::open(Some(path))?,
            book: Some(book),
            error: None,
        })
    }
}

impl SideOutputs {
    /// Opens the side outputs that are asked for.
    pub fn open(xlsx: Option<&Path>, sources: Option<&Path>) -> anyhow::Result<SideOutputs> {
        Ok(SideOutputs {
            xlsx: xlsx
                .map(|p| Side::open(p, credence::report::XlsxSink::new()))
                .transpose()?,
            sources: sources
                .map(|p| Side::open(p, credence::report::SourcesSummary::new()))
                .transpose()?,
        })
    }

    /// Adds one report. A side output that fails stops taking rows; the run goes on.
    pub fn add(&mut self, report: &credence::Report) {
        use credence::report::Sink as _;
        if let Some(x) = self.xlsx.as_mut() {
            if let Some(book) = x.book.as_mut() {
                if let Err(e) = book.write(report) {
                    x.error = Some(e.to_string());
                    x.book = None;
                }
            }
        }
        if let Some(s) = self.sources.as_mut().and_then(|s| s.book.as_mut()) {
            s.add(report);
        }
    }

    /// Writes every side output that did not fail; the error names each one that did (the main
    /// output, already written, is not touched).
    pub fn commit(self) -> anyhow::Result<()> {
        let mut errors = Vec::new();
        if let Some(mut x) = self.xlsx {
            let written = match x.book.take() {
                Some(book) => book
                    .to_buffer()
                    .map_err(anyhow::Error::from)
                    .and_then(|bytes| Ok(x.out.write_all(&bytes)?))
                    .and_then(|()| x.out.commit()),
                None => Err(anyhow::anyhow!(x.error.take().unwrap_or_default())),
            };
            if let Err(e) = written {
                errors.push(format!(
                    "cannot write the workbook '{}': {e:#}",
                    x.path.display()
                ));
            }
        }
        if let Some(mut s) = self.sources {
            let written = match s.book.take() {
                Some(summary) => summary
                    .write_csv(&mut s.out)
                    .map_err(anyhow::Error::from)
                    .and_then(|()| s.out.commit()),
                None => Err(anyhow::anyhow!(s.error.take().unwrap_or_default())),
            };
            if let Err(e) = written {
                errors.push(format!("cannot write '{}': {e:#}", s.path.display()));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            anyhow::bail!("{} (the rows were written)", errors.join("; "))
        }
    }
}

/// True when an error is a closed pipe on stdout (`credence score ... | head`): not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old contents that are longer").unwrap();
        let mut d = Destination::open(Some(&path)).unwrap();
        d.write_all(b"new").unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"old contents that are longer"
        );
        d.commit().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_kept_and_its_file_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        let link = dir.path().join("link.csv");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let mut d = Destination::open(Some(&link)).unwrap();
        d.write_all(b"new").unwrap();
        d.commit().unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        match std::fs::metadata(null) {
            Ok(m) if m.file_type().is_char_device() => {}
            _ => {
                println!("skipped: /dev/null is not a character device on this machine");
                return;
            }
        }
        let mut d = Destination::open(Some(null)).unwrap();
        assert!(matches!(d, Destination::Direct { .. }));
        d.write_all(b"discarded").unwrap();
        d.commit().unwrap();
        assert!(std::fs::metadata(null)
            .unwrap()
            .file_type()
            .is_char_device());
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(terminal_safe("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            terminal_safe("a\u{1b}[2Jb\u{7}\r\u{9b}c"),
            "a\\u{1b}[2Jb\\u{7}\\u{d}\\u{9b}c"
        );
        // The byte filter, with a C1 character split between two writes, and an ordinary
        // two-byte character (é is 0xC3 0xA9; £ is 0xC2 0xA3) left alone.
        let mut t = TerminalSafe::new(Vec::new());
        t.write_all(b"x\x1b]0;t\x07 \xc2").unwrap();
        t.write_all(b"\x9b2J \xc2\xa3 \xc3\xa9\r\n").unwrap();
        let out = String::from_utf8(t.into_inner().unwrap()).unwrap();
        assert_eq!(out, "x\\u{1b}]0;t\\u{7} \\u{9b}2J £ é\r\n");
    }

    #[test]
    fn outputs_may_not_be_inputs_or_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.jsonl");
        std::fs::write(&input, "{}").unwrap();
        let inputs = vec![Input::File {
            id: "in.jsonl".into(),
            path: input.clone(),
        }];
        let other = dir.path().join("out.csv");
        let respelled = dir.path().join(".").join("out.csv");
        let usage = |r: anyhow::Result<()>| r.unwrap_err().downcast::<UsageError>().is_ok();
        assert!(usage(refuse_overlaps(&inputs, &[("-o", Some(&input))])));
        assert!(usage(refuse_overlaps(
            &inputs,
            &[("-o", Some(&other)), ("--xlsx", Some(&respelled))]
        )));
        refuse_overlaps(
            &inputs,
            &[
                ("-o", Some(&other)),
                ("--xlsx", None),
                ("--sources", Some(Path::new("-"))),
            ],
        )
        .unwrap();
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert!(usage(refuse_overlaps(&inputs, &[("-o", Some(&link))])));
            // Two outputs on a device replace nothing.
            if Path::new("/dev/null").exists() {
                let null = Path::new("/dev/null");
                refuse_overlaps(&inputs, &[("-o", Some(null)), ("--xlsx", Some(null))]).unwrap();
            }
        }
    }

    #[test]
    fn a_gz_name_is_compressed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rows.CSV.GZ");
        let mut o = Output::open(Some(&path)).unwrap();
        assert!(matches!(o, Output::Gzip(_)));
        o.write_all(b"id,verdict\n").unwrap();
        o.commit().unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap()),
            &mut text,
        )
        .unwrap();
        assert_eq!(text, "id,verdict\n");
    }

    #[test]
    fn a_dash_is_standard_output() {
        let d = Destination::open(Some(Path::new("-"))).unwrap();
        assert!(matches!(d, Destination::Stdout(_)));
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = Destination::open(Some(dir.path())).err().unwrap();
        assert!(err.to_string().contains("is a directory"), "{err}");
    }
}
