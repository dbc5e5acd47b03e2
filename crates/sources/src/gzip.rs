//! Transparent gzip and byte counting.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use flate2::bufread::MultiGzDecoder;

/// The buffer between the decoder and the record parsers: large enough that line reads rarely
/// refill, small enough to be noise next to the documents in flight.
const DECODED_BUFFER_BYTES: usize = 256 * 1024;

/// True when `bytes` start with the gzip magic number (RFC 1952: `1f 8b`).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// A stream read as it is, or through a multi-member gzip decoder.
pub enum MaybeGz<R: BufRead> {
    /// Not gzip: read as is.
    Plain(R),
    /// gzip: every member in turn (`MultiGzDecoder`, not `GzDecoder`, which stops after the
    /// first member: a Common Crawl `.warc.gz` is one member per record).
    Gz(Box<BufReader<MultiGzDecoder<R>>>),
}

impl<R: BufRead> MaybeGz<R> {
    /// True when the stream is being decompressed.
    pub fn is_gzip(&self) -> bool {
        matches!(self, MaybeGz::Gz(_))
    }
}

/// Wraps `reader` in a gzip decoder when its first bytes are the gzip magic number, whatever the
/// file is called (a `.gz` suffix on stdin cannot be seen).
pub fn decompress<R: BufRead>(mut reader: R) -> io::Result<MaybeGz<R>> {
    let head = reader.fill_buf()?;
    // A gzip header is 10 bytes; seeing only the first two still decides it.
    if is_gzip(head) {
        Ok(MaybeGz::Gz(Box::new(BufReader::with_capacity(
            DECODED_BUFFER_BYTES,
            MultiGzDecoder::new(reader),
        ))))
    } else {
        Ok(MaybeGz::Plain(reader))
    }
}

/// [`decompress`] for a reader's constructor: the stream, or the error to yield first (a
/// constructor cannot fail; an iterator can say so on its first step).
pub(crate) fn open<R: BufRead>(reader: R) -> (Option<MaybeGz<R>>, Option<io::Error>) {
    match decompress(reader) {
        Ok(r) => (Some(r), None),
        Err(e) => (None, Some(e)),
    }
}

impl<R: BufRead> Read for MaybeGz<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            MaybeGz::Plain(r) => r.read(buf),
            MaybeGz::Gz(r) => r.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for MaybeGz<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            MaybeGz::Plain(r) => r.fill_buf(),
            MaybeGz::Gz(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, n: usize) {
        match self {
            MaybeGz::Plain(r) => r.consume(n),
            MaybeGz::Gz(r) => r.consume(n),
        }
    }
}

/// A reader that adds every byte it reads to a shared counter: the raw (compressed) bytes of an
/// input, for a progress bar on another thread.
pub struct CountingReader<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R> CountingReader<R> {
    /// Counts `inner`'s bytes into `count`.
    pub fn new(inner: R, count: Arc<AtomicU64>) -> CountingReader<R> {
        CountingReader { inner, count }
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn reads_every_gzip_member() {
        let mut bytes = gz(b"first ");
        bytes.extend(gz(b"second"));
        let mut out = String::new();
        decompress(&bytes[..])
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "first second");
    }

    #[test]
    fn plain_passes_through() {
        let mut r = decompress(&b"plain"[..]).unwrap();
        assert!(!r.is_gzip());
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, "plain");
    }

    #[test]
    fn truncated_member_is_an_error_not_a_short_read() {
        let bytes = gz(b"a document long enough to be cut in the middle of its member");
        let cut = &bytes[..bytes.len() - 12];
        let mut out = Vec::new();
        let err = decompress(cut).unwrap().read_to_end(&mut out).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                io::ErrorKind::UnexpectedEof
                    | io::ErrorKind::InvalidInput
                    | io::ErrorKind::InvalidData
            ),
            "{err:?}"
        );
    }

    #[test]
    fn counts_raw_bytes() {
        let count = Arc::new(AtomicU64::new(0));
        let mut r = CountingReader::new(&b"12345"[..], count.clone());
        io::copy(&mut r, &mut io::sink()).unwrap();
        assert_eq!(count.load(Ordering::Relaxed), 5);
    }
}
