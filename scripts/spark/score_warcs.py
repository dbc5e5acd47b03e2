#!/usr/bin/env python3
"""Score WARC files on Spark with the `credence` Python module, in the shape of Common Crawl's
cc-pyspark jobs: the input is a text file listing WARC paths (local, file:// or s3://), split
into --num-input-partitions partitions; each task scores its files with credence.score_warc
(gzip, WARC parsing and scoring all in Rust) and the records are written as Parquet (or JSON
Lines) with the fields `credence score --format jsonl` writes, signals and evidence included.

    spark-submit scripts/spark/score_warcs.py warc.paths out/ --num-input-partitions 400

Every executor needs the credence wheel installed (and boto3 for s3:// paths). A file that
cannot be read still gets a row whose `error` says why, as in the CLI.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from typing import Iterable, Iterator

LOG = logging.getLogger("credence.spark")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="a text file of WARC paths, one per line (local, file:// or s3://)")
    p.add_argument("output", help="the output directory (it must not exist)")
    p.add_argument(
        "--num-input-partitions",
        "--num_input_partitions",
        dest="num_input_partitions",
        type=int,
        default=400,
        help="partitions of the path list, i.e. tasks (default: 400, as cc-pyspark)",
    )
    p.add_argument(
        "--num-output-partitions",
        "--num_output_partitions",
        dest="num_output_partitions",
        type=int,
        default=10,
        help="output files (default: 10)",
    )
    p.add_argument("--output-format", choices=["parquet", "jsonl"], default="parquet")
    p.add_argument("--policy", help="a partial TOML policy file (read here, sent to the executors)")
    p.add_argument("--crawl-date", help="YYYY-MM-DD for records without a WARC-Date")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    p.add_argument(
        "--local-temp-dir",
        help="where executors download s3:// files (default: the system temporary folder)",
    )
    return p.parse_args(argv)


def local_copy(path: str, temp_dir: str | None) -> tuple[str, bool]:
    """A local path for `path`, and whether it is a temporary copy to delete."""
    if path.startswith("file://"):
        return path[len("file://") :], False
    if path.startswith("s3://") or path.startswith("s3a://"):
        try:
            import boto3  # noqa: PLC0415: only executors reading s3:// need it
        except ImportError:
            raise RuntimeError(
                f"cannot read '{path}': reading s3:// paths needs boto3 on every executor "
                "(pip install boto3), or list local or file:// paths instead"
            ) from None
        bucket, _, key = path.split("://", 1)[1].partition("/")
        fd, tmp = tempfile.mkstemp(suffix=".warc.gz", dir=temp_dir)
        os.close(fd)
        try:
            boto3.client("s3").download_file(bucket, key, tmp)
        except Exception:
            os.unlink(tmp)
            raise
        return tmp, True
    return path, False


def process_warcs(
    paths: Iterable[str],
    policy_text: str | None,
    crawl_date: str | None,
    temp_dir: str | None,
) -> Iterator[str]:
    """One task: every record of every WARC in `paths`, as JSON."""
    import credence  # noqa: PLC0415: imported on the executor

    policy = None
    if policy_text is not None:
        fd, policy = tempfile.mkstemp(suffix=".toml", dir=temp_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(policy_text)
    try:
        for line in paths:
            path = line.strip()
            if not path or path.startswith("#"):
                continue
            local, temporary = local_copy(path, temp_dir)
            try:
                records = credence.score_warc(local, policy=policy, crawl_date=crawl_date, name=path)
                for record in records:
                    yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                LOG.info("%s: skipped %s", path, records.skipped)
            finally:
                if temporary:
                    os.unlink(local)
    finally:
        if policy is not None:
            os.unlink(policy)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from pyspark import StorageLevel  # noqa: PLC0415
    from pyspark.sql import SparkSession  # noqa: PLC0415

    policy_text = None
    if args.policy:
        with open(args.policy, encoding="utf-8") as f:
            policy_text = f.read()
        import credence  # noqa: PLC0415: fail here, not on every executor

        credence.score(text="policy check", policy=args.policy)

    builder = SparkSession.builder.appName("credence-score-warcs")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        paths = sc.textFile(args.input, minPartitions=args.num_input_partitions)
        crawl_date, temp_dir = args.crawl_date, args.local_temp_dir
        lines = paths.mapPartitions(
            lambda part: process_warcs(part, policy_text, crawl_date, temp_dir)
        ).persist(StorageLevel.MEMORY_AND_DISK)
        if args.output_format == "jsonl":
            lines.coalesce(args.num_output_partitions).saveAsTextFile(args.output)
        else:
            # Spark infers the schema from the records themselves, so the columns follow
            # whatever fields the CLI's JSON Lines writer has; the scoring runs once (persisted).
            df = spark.read.json(lines)
            if not df.columns:
                print(f"score_warcs: no documents in the files listed in {args.input}", file=sys.stderr)
                return 1
            order = list(json.loads(lines.first()).keys())
            df = df.select(*[c for c in order if c in df.columns])
            df.coalesce(args.num_output_partitions).write.parquet(args.output)
        lines.unpersist()
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    sys.exit(main())
