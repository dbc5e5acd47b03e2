"""Shared helpers: the credence CLI (the reference the module's records must equal) and a small
WARC writer. The WARC files are generated here from the team's fictional sample documents."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "data" / "samples"
CRAWL_DATE = "2024-06-01"


def cli_path() -> Path:
    """The CLI binary: $CREDENCE_BIN, else the workspace's debug build (built here if needed;
    after `cargo test --workspace` this is a no-op)."""
    if os.environ.get("CREDENCE_BIN"):
        return Path(os.environ["CREDENCE_BIN"])
    subprocess.run(
        ["cargo", "build", "--quiet", "--bin", "credence"],
        cwd=REPO,
        check=True,
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
    return target / "debug" / "credence"


@pytest.fixture(scope="session")
def cli() -> Path:
    return cli_path()


def cli_records(cli: Path, *args: str | Path) -> list[dict]:
    """`credence score --format jsonl` on `args`, parsed. Exit status 1 (some inputs failed)
    is expected for error rows."""
    out = subprocess.run(
        [cli, "score", "--format", "jsonl", "--quiet", "--crawl-date", CRAWL_DATE, *args],
        capture_output=True,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr.decode()
    return [json.loads(line) for line in out.stdout.splitlines()]


def sample_files() -> list[Path]:
    return sorted(
        p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html") and p.name != "README.md"
    )


def warc_record(kind: str, rid: str, block: bytes, date: str = "2024-03-15T08:00:00Z") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Target-URI: https://news.example/{rid}\r\nWARC-Date: {date}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http_response(status: str, content_type: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def crawl_records(prefix: str = "") -> list[bytes]:
    """A small crawl: warcinfo, a request, every HTML sample as a 200 response, a 404, an image
    and a windows-1252 page."""
    records = [
        warc_record("warcinfo", f"{prefix}info", b"software: credence-tests\r\n"),
        warc_record("request", f"{prefix}req", b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"),
    ]
    for n, p in enumerate(sample_files()):
        if p.suffix == ".html":
            body = http_response("200 OK", "text/html; charset=utf-8", p.read_bytes())
            records.append(warc_record("response", f"{prefix}{p.stem}", body))
        if n == 3:
            records.append(
                warc_record("response", f"{prefix}gone", http_response("404 Not Found", "text/html", b"<p>gone</p>"))
            )
            records.append(
                warc_record("response", f"{prefix}img", http_response("200 OK", "image/jpeg", b"\xff\xd8\xff\xe0"))
            )
    latin = (
        b"<html><body><h1>Caf\xe9 Reopens on the Quay</h1><p>The caf\xe9 on the quay reopened on"
        b" Monday after the storm, its owner said.</p></body></html>"
    )
    records.append(
        warc_record("response", f"{prefix}latin", http_response("200 OK", "text/html; charset=windows-1252", latin))
    )
    return records


def write_warc(path: Path, records: list[bytes], gzip_per_record: bool = True) -> Path:
    """Writes `records`, one gzip member each (as Common Crawl does) or plain."""
    with open(path, "wb") as f:
        for r in records:
            f.write(gzip.compress(r, compresslevel=1) if gzip_per_record else r)
    return path
