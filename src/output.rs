//! Output destinations: stdout, or a file written atomically (a temporary file in the same folder,
//! renamed into place when complete, so a reader never sees half a file).
//!
//! A target that already exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe)
//! is written directly: renaming onto it would replace the device node with a plain file, which
//! for `/dev/null` run as root breaks every other program on the machine. A symbolic link is
//! followed, so the link stays and the file it names is replaced.

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
