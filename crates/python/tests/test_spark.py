"""scripts/spark/score_warcs.py on local[2]: its Parquet rows equal the CLI's JSON Lines records
for the same WARC files. Skipped, with the reason, when pyspark or Java is missing."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from conftest import CRAWL_DATE, REPO, cli_records, crawl_records, write_warc

SCRIPT = REPO / "scripts" / "spark" / "score_warcs.py"


def missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install pyspark)"
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))):
        return "no Java runtime (java on PATH or JAVA_HOME), which Spark needs"
    return None


REASON = missing()
if REASON:
    print(f"test_spark: skipped: {REASON}", file=sys.stderr)
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def spark_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    env["PYSPARK_PYTHON"] = sys.executable
    env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    return env


def test_spark_job_rows_equal_cli(cli, tmp_path):
    a = write_warc(tmp_path / "a.warc.gz", crawl_records("a-"))
    b = write_warc(tmp_path / "b.warc.gz", crawl_records("b-"))
    missing_file = tmp_path / "missing.warc.gz"
    listing = tmp_path / "warc.paths"
    listing.write_text(f"# two crawls and a file that is not there\n{a}\nfile://{b}\n{missing_file}\n")
    out = tmp_path / "scores.parquet"
    run = subprocess.run(
        [
            sys.executable,
            SCRIPT,
            listing,
            out,
            "--master",
            "local[2]",
            "--num-input-partitions",
            "2",
            "--num-output-partitions",
            "1",
            "--crawl-date",
            CRAWL_DATE,
        ],
        env=spark_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-4000:]

    expected = cli_records(cli, a, b, missing_file)
    os.environ.update({k: v for k, v in spark_env().items() if k.startswith(("SPARK", "PYSPARK"))})
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[1]").appName("credence-test-read").getOrCreate()
    try:
        df = spark.read.parquet(str(out))
        columns = df.columns
        rows = [r.asDict(recursive=True) for r in df.collect()]
    finally:
        spark.stop()
    assert columns == list(expected[0].keys())
    by_id = lambda r: r["id"]  # noqa: E731
    assert sorted(rows, key=by_id) == sorted(expected, key=by_id)
