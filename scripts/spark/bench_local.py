#!/usr/bin/env python3
"""Measure score_warcs.py's throughput on local[1] and local[2] (docs/s, Spark start-up included).

    python scripts/spark/bench_local.py ../shared/corpora/trafilatura_evaldata/html --files 8 --copies 2

Builds WARC files (one gzip member per record) from a folder of HTML pages in a temporary
folder (the pages are read in place, never copied into the repository), then runs the job on
each master and prints documents per second. Needs the credence wheel and pyspark installed.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JOB = Path(__file__).resolve().parent / "score_warcs.py"


def warc_response(n: int, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bench-{n}>\r\n"
        f"WARC-Target-URI: https://bench.example/{n}\r\nWARC-Date: 2024-06-01T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + http + b"\r\n\r\n", compresslevel=1)


def read_page(path: Path) -> bytes:
    """A page's bytes, gunzipped when the corpus stores it as `.gz`."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("html_dir", type=Path)
    p.add_argument("--files", type=int, default=8, help="WARC files (and input partitions)")
    p.add_argument("--copies", type=int, default=1, help="times each page is repeated")
    p.add_argument("--masters", default="local[1],local[2]")
    args = p.parse_args()
    pages = sorted(q for q in args.html_dir.iterdir() if q.is_file())
    if not pages:
        print(f"bench_local: skipped: no pages in {args.html_dir}", file=sys.stderr)
        return 0
    env = dict(os.environ, SPARK_LOCAL_IP=os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"))
    env["PYSPARK_PYTHON"] = env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        outs = [open(Path(tmp) / f"bench-{i}.warc.gz", "wb") for i in range(args.files)]
        docs = 0
        for _ in range(args.copies):
            for page in pages:
                outs[docs % args.files].write(warc_response(docs, read_page(page)))
                docs += 1
        for f in outs:
            f.close()
        listing = Path(tmp) / "warc.paths"
        listing.write_text("".join(f"{f.name}\n" for f in outs))
        print(f"{docs} documents in {args.files} WARC files from {len(pages)} pages")
        import credence  # noqa: PLC0415

        start = time.perf_counter()
        errors = sum(bool(r["error"]) for f in outs for r in credence.score_warc(f.name))
        secs = time.perf_counter() - start
        print(f"one process, no Spark: {secs:.1f} s, {docs / secs:.0f} docs/s ({errors} error rows)")
        for master in args.masters.split(","):
            out = Path(tmp) / f"out-{master.replace('[', '').replace(']', '')}"
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, JOB, listing, out, "--master", master,
                 "--num-input-partitions", str(args.files), "--num-output-partitions", "1"],
                env=env, check=True, capture_output=True,
            )
            secs = time.perf_counter() - start
            print(f"{master}: {secs:.1f} s, {docs / secs:.0f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
