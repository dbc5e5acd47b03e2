//! Turns command-line paths into an ordered list of inputs: files as given, folders walked
//! recursively in sorted order, '-' for stdin. A path that cannot be walked becomes an input that
//! fails with the reason, so it still gets its row. A file reached twice (`crawl/ crawl/a.html`,
//! a path given twice, a symbolic link to a file also walked) is read once, where it is first
//! reached: a second copy would be scored twice and, with `--provenance`, called a copy of itself. Each input is one document, or a stream of
//! them (WARC, JSON Lines); its name says which (`--input-format` overrides).

use std::io::Read;
use std::path::PathBuf;

use crate::args::InputFormat;

/// File extensions read when walking a folder (each also with `.gz`).
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    "txt", "text", "html", "htm", "xhtml", "shtml", "warc", "jsonl", "ndjson",
];

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One document: text or HTML when known, else sniffed.
    Document(Option<credence::Format>),
    /// WARC records.
    Warc,
    /// JSON Lines.
    Jsonl,
}

impl InputKind {
    /// The kind a name implies, a `.gz` suffix looked through: `crawl.warc.gz` is WARC,
    /// `page.html.gz` one HTML document.
    pub fn from_name(name: &str) -> InputKind {
        let lower = name.to_ascii_lowercase();
        let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
        match inner.rsplit('.').next() {
            Some("warc") => InputKind::Warc,
            Some("jsonl" | "ndjson") => InputKind::Jsonl,
            _ => InputKind::Document(credence::Hint::format_from_path(inner)),
        }
    }

    /// The kind `--input-format` forces.
    pub fn from_flag(f: InputFormat) -> InputKind {
        match f {
            InputFormat::Text => InputKind::Document(Some(credence::Format::Text)),
            InputFormat::Html => InputKind::Document(Some(credence::Format::Html)),
            InputFormat::Jsonl => InputKind::Jsonl,
            InputFormat::Warc => InputKind::Warc,
        }
    }
}

/// One input to score.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file path (and the id to report it under).
    File { id: String, path: PathBuf },
    /// Standard input.
    Stdin,
    /// A path that could not be listed.
    Broken { id: String, error: String },
}

impl Input {
    /// The row id.
    pub fn id(&self) -> &str {
        match self {
            Input::File { id, .. } | Input::Broken { id, .. } => id,
            Input::Stdin => "-",
        }
    }

    /// What the input holds: `--input-format` when given, else what its name says (stdin: one
    /// document, sniffed).
    pub fn kind(&self, flag: Option<InputFormat>) -> InputKind {
        match (flag, self) {
            (Some(f), _) => InputKind::from_flag(f),
            (None, Input::Stdin) => InputKind::Document(None),
            (None, Input::File { path, .. }) => InputKind::from_name(&path.to_string_lossy()),
            (None, Input::Broken { id, .. }) => InputKind::from_name(id),
        }
    }

    /// Opens the input as a byte stream (for WARC and JSON Lines).
    pub fn open(&self) -> Result<Box<dyn Read + Send>, String> {
        match self {
            Input::Broken { error, .. } => Err(error.clone()),
            Input::Stdin => Ok(Box::new(std::io::stdin())),
            Input::File { path, .. } => {
                if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
                    return Err("is a directory".into());
                }
                let f = std::fs::File::open(path).map_err(|e| describe_io(&e))?;
                Ok(Box::new(f))
            }
        }
    }

    /// The input's size on disk, when it is a file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            _ => None,
        }
    }

    /// Reads one document's bytes, gzip undone when the bytes start with its magic number. At
    /// most `max` bytes of document are held: a larger document (on disk, on stdin or once
    /// decompressed, as from a gzip bomb) is an error naming the limit, read no further than a
    /// byte over it. The size is stated when it is known (a plain file), else "more than".
    pub fn read(&self, max: usize) -> Result<Vec<u8>, String> {
        let (raw, size): (Box<dyn Read>, Option<u64>) = match self {
            Input::Broken { error, .. } => return Err(error.clone()),
            Input::Stdin => (Box::new(std::io::stdin().lock()), None),
            Input::File { path, .. } => {
                let meta = std::fs::metadata(path).map_err(|e| describe_io(&e))?;
                if meta.is_dir() {
                    return Err("is a directory".into());
                }
                let f = std::fs::File::open(path).map_err(|e| describe_io(&e))?;
                (Box::new(f), Some(meta.len()))
            }
        };
        let what = if matches!(self, Input::Stdin) {
            "stdin"
        } else {
            "file"
        };
        let stream = credence_sources::decompress(std::io::BufReader::new(raw))
            .map_err(|e| format!("cannot read {what}: {e}"))?;
        let gzip = stream.is_gzip();
        let mut buf = Vec::with_capacity(match size {
            Some(n) if !gzip => n.min(max as u64 + 1) as usize,
            _ => 0,
        });
        if let Err(e) = stream.take(max as u64 + 1).read_to_end(&mut buf) {
            return Err(if gzip {
                format!(
                    "cannot read: truncated or corrupt gzip stream ({e}) after {} bytes of output",
                    buf.len()
                )
            } else {
                describe_io(&e)
            });
        }
        if buf.len() <= max {
            return Ok(buf);
        }
        Err(match size {
            Some(size) if !gzip => credence::extract::InputError::TooLarge { size: size as usize, limit: max }.to_string(),
            _ => format!(
                "document {} more than {max} bytes, over the {max}-byte limit (raise it with --max-doc-bytes); read no further",
                if gzip { "decompresses to" } else { "is" }
            ),
        })
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "cannot read: no such file".into(),
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// Expands the command-line paths, in order, each file once (see the module doc); unless
/// `quiet`, one line on stderr says how many were given more than once.
pub fn expand(paths: &[String], quiet: bool) -> Vec<Input> {
    let (inputs, repeats) = dedupe(expand_all(paths));
    if let (false, Some((first, _))) = (quiet, repeats.first()) {
        let more = match repeats.len() {
            1 => String::new(),
            n => format!(" (and {} more files)", n - 1),
        };
        eprintln!("credence: '{first}' was given more than once{more}; each file is read once, where it first appears");
    }
    inputs
}

/// Drops the files whose canonical path an earlier input has, keeping the first; returns the
/// inputs kept and, for each dropped one, its id and the kept input's id. A path that cannot be
/// made canonical (it vanished) is kept: its read will say why.
fn dedupe(inputs: Vec<Reached>) -> (Vec<Input>, Vec<(String, String)>) {
    let mut seen: std::collections::HashMap<PathBuf, String> = std::collections::HashMap::new();
    let mut repeats = Vec::new();
    let mut kept = Vec::with_capacity(inputs.len());
    for Reached { input, canonical } in inputs {
        if let Input::File { id, path } = &input {
            if let Some(canonical) = canonical.or_else(|| std::fs::canonicalize(path).ok()) {
                match seen.entry(canonical) {
                    std::collections::hash_map::Entry::Occupied(first) => {
                        repeats.push((id.clone(), first.get().clone()));
                        continue;
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(id.clone());
                    }
                }
            }
        }
        kept.push(input);
    }
    (kept, repeats)
}

/// An input and, when the folder walk already knows it, its canonical path (see [`walk`]);
/// `None` leaves it to [`dedupe`] to ask the file system.
struct Reached {
    input: Input,
    canonical: Option<PathBuf>,
}

impl From<Input> for Reached {
    fn from(input: Input) -> Reached {
        Reached {
            input,
            canonical: None,
        }
    }
}

/// Every input the paths name, repeats included.
fn expand_all(paths: &[String]) -> Vec<Reached> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin.into());
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Err(e) => out.push(
                Input::Broken {
                    id: p.clone(),
                    error: describe_io(&e),
                }
                .into(),
            ),
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => out.push(
                Input::File {
                    id: p.clone(),
                    path,
                }
                .into(),
            ),
        }
    }
    out
}

/// True for names a folder walk reads: a document extension, optionally followed by `.gz`.
fn is_document_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    inner
        .rsplit_once('.')
        .is_some_and(|(_, ext)| DOCUMENT_EXTENSIONS.contains(&ext))
}

/// Walks a folder. A file reached through no symbolic link below the root has the canonical
/// path of the root followed by the names walked to it: known without asking the file system
/// for every file (`canonicalize` reads each component of a path as a link, several system calls
/// a file). From the walk's first link on, its files are left to [`dedupe`]: a link may lead
/// anywhere, into this walk or another.
fn walk(root: &str, out: &mut Vec<Reached>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    // The root itself may be a link or hold one ("./crawl", "../x"): made canonical once.
    let mut canonical_root = std::fs::canonicalize(root).ok();
    for entry in walker {
        match entry {
            Ok(e) if e.depth() > 0 && e.path_is_symlink() => {
                canonical_root = None;
                if e.file_type().is_file() && is_document_name(&e.file_name().to_string_lossy()) {
                    out.push(
                        Input::File {
                            id: e.path().display().to_string(),
                            path: e.path().to_path_buf(),
                        }
                        .into(),
                    );
                }
            }
            Ok(e) if e.file_type().is_file() => {
                if is_document_name(&e.file_name().to_string_lossy()) {
                    let canonical = canonical_root
                        .as_ref()
                        .and_then(|c| e.path().strip_prefix(root).ok().map(|below| c.join(below)));
                    out.push(Reached {
                        input: Input::File {
                            id: e.path().display().to_string(),
                            path: e.path().to_path_buf(),
                        },
                        canonical,
                    });
                }
            }
            Ok(_) => {}
            Err(e) => {
                let id = e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| root.to_string());
                let error = if e.loop_ancestor().is_some() {
                    "directory symlink loop: skipped".to_string()
                } else {
                    format!("cannot read: {e}")
                };
                out.push(Input::Broken { id, error }.into());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decide_kinds() {
        assert_eq!(InputKind::from_name("a/CC.warc.gz"), InputKind::Warc);
        assert_eq!(InputKind::from_name("feed.ndjson"), InputKind::Jsonl);
        assert_eq!(
            InputKind::from_name("page.HTML.gz"),
            InputKind::Document(Some(credence::Format::Html))
        );
        assert_eq!(InputKind::from_name("notes"), InputKind::Document(None));
        assert!(is_document_name("x.jsonl.gz") && is_document_name("y.txt"));
        assert!(!is_document_name("z.gz") && !is_document_name("w.png"));
    }

    #[test]
    fn a_file_reached_twice_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("crawl");
        std::fs::create_dir(&root).unwrap();
        for name in ["a.txt", "b.txt"] {
            std::fs::write(root.join(name), "Gull census\n\nThe count rose.").unwrap();
        }
        let root_s = root.display().to_string();
        let a = root.join("a.txt").display().to_string();
        let dotted = format!("{root_s}/./a.txt");
        let (inputs, repeats) = dedupe(expand_all(&[a.clone(), root_s, dotted.clone(), a.clone()]));
        let ids: Vec<&str> = inputs.iter().map(Input::id).collect();
        assert_eq!(ids, [a.as_str(), &root.join("b.txt").display().to_string()]);
        assert_eq!(repeats.len(), 3);
        assert_eq!(repeats[1], (dotted, a.clone()));
        // Missing paths and stdin are not files to compare: each keeps its row.
        let (inputs, repeats) = dedupe(expand_all(&[
            "nope.txt".into(),
            "nope.txt".into(),
            "-".into(),
        ]));
        assert_eq!((inputs.len(), repeats.len()), (3, 0));
    }

    #[cfg(unix)]
    #[test]
    fn a_file_reached_through_a_link_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("crawl");
        let other = dir.path().join("other");
        std::fs::create_dir(&root).unwrap();
        std::fs::create_dir(&other).unwrap();
        for (at, name) in [(&root, "a.txt"), (&root, "b.txt"), (&other, "c.txt")] {
            std::fs::write(at.join(name), "Gull census\n\nThe count rose.").unwrap();
        }
        // A link to a file of the same walk, and a folder link into another folder.
        std::os::unix::fs::symlink(root.join("a.txt"), root.join("z.txt")).unwrap();
        std::os::unix::fs::symlink(&other, root.join("linked")).unwrap();
        // The root named through "..": the walk's own canonical paths must match.
        let root_s = format!("{}/../crawl", root.display());
        let c = other.join("c.txt").display().to_string();
        let b = root.join("b.txt").display().to_string();
        let (inputs, repeats) = dedupe(expand_all(&[root_s.clone(), c.clone(), b.clone()]));
        let ids: Vec<&str> = inputs.iter().map(Input::id).collect();
        assert_eq!(
            ids,
            [
                format!("{root_s}/a.txt"),
                format!("{root_s}/b.txt"),
                format!("{root_s}/linked/c.txt"),
            ]
        );
        let dropped: Vec<&str> = repeats.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(dropped, [format!("{root_s}/z.txt"), c, b]);
        // Every path the walk worked out is the file system's own.
        let mut known = 0;
        for r in expand_all(&[root_s]) {
            if let (Input::File { path, .. }, Some(canonical)) = (&r.input, &r.canonical) {
                assert_eq!(&std::fs::canonicalize(path).unwrap(), canonical);
                known += 1;
            }
        }
        // a.txt and b.txt, before the walk's first link.
        assert_eq!(known, 2);
    }
}
