//! Output destinations: stdout, or a file written atomically (a temporary file in the same folder,
//! renamed into place when complete, so a reader never sees half a file).

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;

/// Where output goes.
pub enum Destination {
    /// Standard output.
    Stdout(BufWriter<std::io::Stdout>),
    /// A temporary file to be renamed onto the target.
    File {
        temp: BufWriter<tempfile::NamedTempFile>,
        target: std::path::PathBuf,
    },
}

impl Destination {
    /// Opens stdout or a temporary file beside `path`.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Destination> {
        match path {
            None => Ok(Destination::Stdout(BufWriter::new(std::io::stdout()))),
            Some(p) => {
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
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Destination::Stdout(w) => w.write(buf),
            Destination::File { temp, .. } => temp.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Destination::Stdout(w) => w.flush(),
            Destination::File { temp, .. } => temp.flush(),
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
