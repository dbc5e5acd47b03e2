"""The module's records equal the CLI's JSON Lines records for the same inputs, and its
arguments are checked."""

from __future__ import annotations

import datetime
import gzip
import threading

import pytest

import credence
from conftest import (
    CRAWL_DATE,
    SAMPLES,
    cli_records,
    crawl_records,
    sample_files,
    warc_record,
    write_warc,
)


def sample_kwargs(path) -> dict:
    kind = "html" if path.suffix == ".html" else "text"
    return {kind: path.read_bytes(), "id": str(path), "crawl_date": CRAWL_DATE}


def test_score_equals_cli_on_every_sample(cli):
    files = sample_files()
    assert len(files) >= 10
    expected = cli_records(cli, *files)
    got = [credence.score(**sample_kwargs(p)) for p in files]
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    for g, e in zip(got, expected):
        assert g == e, g["id"]


def test_score_many_equals_cli(cli):
    files = sample_files()
    expected = cli_records(cli, *files)
    got = credence.score_many(
        [{k: v for k, v in sample_kwargs(p).items() if k != "crawl_date"} for p in files],
        crawl_date=CRAWL_DATE,
    )
    assert got == expected


def test_text_as_str_equals_bytes_and_strings_are_text():
    story = (s for s in sample_files() if s.suffix == ".txt")
    text = next(story).read_text(encoding="utf-8")
    a = credence.score(text=text, crawl_date=CRAWL_DATE)
    b = credence.score(text=text.encode(), crawl_date=CRAWL_DATE)
    assert a == b
    assert a["id"] == ""
    [c] = credence.score_many([text], crawl_date=CRAWL_DATE)
    assert c == a


def test_url_is_the_default_id_and_a_hint():
    html = "<html><head><title>Ferry Runs Aground</title></head><body><p>A ferry ran aground.</p></body></html>"
    r = credence.score(html=html, url="https://news.example/2024/03/14/ferry", crawl_date=CRAWL_DATE)
    assert r["id"] == "https://news.example/2024/03/14/ferry"
    assert r["verdict"] in {"original", "wire", "copy", "aggregator_spam", "ai_generated", "unknown"}


def test_crawl_date_accepts_date_and_datetime():
    text = sample_files()[0].read_bytes()
    a = credence.score(text=text, crawl_date=CRAWL_DATE)
    assert credence.score(text=text, crawl_date=datetime.date(2024, 6, 1)) == a
    assert credence.score(text=text, crawl_date=datetime.datetime(2024, 6, 1, 23, 59)) == a


def test_policy_file_equals_cli_policy(cli, tmp_path):
    policy = tmp_path / "strict.toml"
    policy.write_text("[axes.ai]\nthreshold = 0.05\n[axes.aggregator]\nthreshold = 0.05\n")
    files = sample_files()
    expected = cli_records(cli, "--policy", policy, *files)
    got = [credence.score(**sample_kwargs(p), policy=policy) for p in files]
    assert got == expected
    default = [credence.score(**sample_kwargs(p)) for p in files]
    assert [r["verdict"] for r in got] != [r["verdict"] for r in default]


def test_failed_documents_are_rows_not_exceptions(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    [expected] = cli_records(cli, empty)
    got = credence.score(text=b"", id=str(empty), crawl_date=CRAWL_DATE)
    assert got == expected
    assert got["verdict"] == "unknown" and got["error"]


def test_html_without_visible_text_is_the_clis_error_row(cli, tmp_path):
    shell = tmp_path / "shell.html"
    shell.write_bytes(b"<html><head><title>Loading</title></head><body><div id=app></div></body></html>")
    [expected] = cli_records(cli, shell)
    got = credence.score(html=shell.read_bytes(), id=str(shell), crawl_date=CRAWL_DATE)
    assert got == expected
    assert got["error"] == "no text: the page has no visible text"


@pytest.mark.parametrize("per_record", [True, False])
def test_score_warc_equals_cli(cli, tmp_path, per_record):
    path = write_warc(tmp_path / ("crawl.warc.gz" if per_record else "crawl.warc"), crawl_records(), per_record)
    expected = cli_records(cli, path)
    scores = credence.score_warc(path, crawl_date=CRAWL_DATE)
    got = list(scores)
    assert len(got) == len([p for p in sample_files() if p.suffix == ".html"]) + 1
    assert got == expected
    assert scores.skipped == {"not_html": 1, "not_ok": 1, "not_response": 2}


def test_truncated_warc_ends_with_the_clis_error_row(cli, tmp_path):
    whole = b"".join(gzip.compress(r, compresslevel=1) for r in crawl_records())
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    expected = cli_records(cli, path)
    got = list(credence.score_warc(path, crawl_date=CRAWL_DATE))
    assert got == expected
    assert got[-1]["id"] == str(path)
    assert "truncated or corrupt gzip stream" in got[-1]["error"]
    assert all(not r["error"] for r in got[:-1])


def test_unopenable_warc_is_one_error_row(cli, tmp_path):
    missing = tmp_path / "missing.warc.gz"
    expected = cli_records(cli, missing)
    assert list(credence.score_warc(missing)) == expected
    [row] = credence.score_warc(missing, name="s3://bucket/missing.warc.gz")
    assert row["id"] == "s3://bucket/missing.warc.gz"


def test_warc_records_without_a_date_take_crawl_date(tmp_path):
    page = (SAMPLES / "a_original.html").read_bytes()
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    rec = warc_record("response", "nodate", block).replace(b"WARC-Date: 2024-03-15T08:00:00Z\r\n", b"")
    path = write_warc(tmp_path / "nodate.warc", [rec], gzip_per_record=False)
    [a] = credence.score_warc(path, crawl_date="2024-06-01")
    [b] = credence.score_warc(path, crawl_date="1990-01-01")
    assert a["id"] == "<urn:uuid:nodate>"
    assert a["published"].startswith("2024-03-14")
    assert b["published"] == ""  # after the crawl date: implausible


def test_warc_iterators_run_on_threads(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    expected = list(credence.score_warc(path, crawl_date=CRAWL_DATE))
    results: list[list[dict]] = [[] for _ in range(4)]

    def work(i: int) -> None:
        results[i] = list(credence.score_warc(path, crawl_date=CRAWL_DATE))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({}, ValueError),
        ({"text": "a", "html": "<p>a</p>"}, ValueError),
        ({"text": 42}, TypeError),
        ({"text": "a", "crawl_date": "14 March 2024"}, ValueError),
        ({"text": "a", "crawl_date": 2024}, TypeError),
        ({"text": "a", "policy": "/nonexistent/policy.toml"}, OSError),
    ],
)
def test_bad_arguments_raise(kwargs, error):
    with pytest.raises(error):
        credence.score(**kwargs)


def test_invalid_policy_raises_value_error(tmp_path):
    policy = tmp_path / "bad.toml"
    policy.write_text("[axes.ai]\nthreshold = 'high'\n")
    with pytest.raises(ValueError, match="invalid policy file"):
        credence.score(text="a", policy=policy)


def test_score_many_names_the_bad_item():
    with pytest.raises(ValueError, match="item 1 of score_many: unknown key 'txt'"):
        credence.score_many(["fine", {"txt": "typo"}])
    with pytest.raises(TypeError, match="item 0"):
        credence.score_many([3])


def test_version():
    assert credence.__version__.count(".") == 2
