//! Turns command-line paths into an ordered list of inputs: files as given, folders walked
//! recursively in sorted order, '-' for stdin. A path that cannot be walked becomes an input that
//! fails with the reason, so it still gets its row.

use std::io::Read;
use std::path::PathBuf;

/// File extensions read when walking a folder.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "shtml"];

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

    /// Reads the input's bytes, refusing files larger than `max` before reading them.
    pub fn read(&self, max: usize) -> Result<Vec<u8>, String> {
        match self {
            Input::Broken { error, .. } => Err(error.clone()),
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .take(max as u64 + 1)
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("cannot read stdin: {e}"))?;
                Ok(buf)
            }
            Input::File { path, .. } => {
                let meta = std::fs::metadata(path).map_err(|e| describe_io(&e))?;
                if meta.is_dir() {
                    return Err("is a directory".into());
                }
                if meta.len() > max as u64 {
                    // Leave it to the scorer to word the error; read only a byte over the limit.
                    let mut buf = Vec::new();
                    std::fs::File::open(path)
                        .and_then(|f| f.take(max as u64 + 1).read_to_end(&mut buf))
                        .map_err(|e| describe_io(&e))?;
                    return Ok(buf);
                }
                std::fs::read(path).map_err(|e| describe_io(&e))
            }
        }
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "cannot read: no such file".into(),
        std::io::ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// Expands the command-line paths, in order.
pub fn expand(paths: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Err(e) => out.push(Input::Broken {
                id: p.clone(),
                error: describe_io(&e),
            }),
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => out.push(Input::File {
                id: p.clone(),
                path,
            }),
        }
    }
    out
}

fn walk(root: &str, out: &mut Vec<Input>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let ext = e
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .map(str::to_ascii_lowercase);
                if ext.is_some_and(|x| DOCUMENT_EXTENSIONS.contains(&x.as_str())) {
                    out.push(Input::File {
                        id: e.path().display().to_string(),
                        path: e.path().to_path_buf(),
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
                out.push(Input::Broken { id, error });
            }
        }
    }
}
