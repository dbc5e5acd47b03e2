#!/usr/bin/env python3
"""Evaluate `credence extract` against public gold data, beside trafilatura and htmldate.

Prints one table (field | corpus | n | credence | trafilatura | htmldate | note) and a pages/s
line per tool. The gold corpora live in `../shared/corpora/` relative to the repository root
and are read in place; nothing is copied into the repository.

Usage:
    python3 scripts/eval_extract.py                    # full run, peers when importable
    python3 scripts/eval_extract.py --limit 50         # first 50 pages of each corpus
    python3 scripts/eval_extract.py --no-peers --failures 10
    python3 scripts/eval_extract.py --no-credence      # peers only (checks this script)
    python3 scripts/eval_extract.py --json out.json

Corpora (each folder's README.md gives source, commit and licence):
    trafilatura_evaldata/  990 pages: gold title (845), date (728), author (538), and for every
                           page 'with' / 'without' snippet lists for the main text.
    htmldate_default/      800 gold rows (799 distinct files; 562 rows point into
                           ../trafilatura_evaldata/html/): gold publication day.
    scrapinghub_aeb/       181 pages: gold article body ('articleBody').
All pages are gzip files. The current binary refuses gzip input, so by default each page is
decompressed once into a temporary directory outside the repository (deleted at exit) and the
binary is given those paths; `--gz-input pass` hands it the .gz files instead.

Credence CLI contract: `credence extract --format jsonl PATH...` prints one JSON object per input
line, {"id", "error", "extraction": {"title", "bylines": [{"name", ...}], "published": {"value",
...} | null, "body_text", ...}}. A missing or null key counts as empty. Paths go 200 per call.

Metrics (n = pages with the gold field; a tool error or a missing answer counts as empty):

date (trafilatura_evaldata and htmldate_default, separately)
    accuracy = #pages whose predicted publication date, cut to YYYY-MM-DD, equals the gold day
               / n. This is htmldate's own measure ((tp + tn) / all, with every page dated).
    coverage = #pages with any predicted date / n.
    Credence's date is `extraction.published.value`; trafilatura's is `date` from
    `bare_extraction`; htmldate's is `find_date(html, extensive_search=True, original_date=True)`.
    Two trafilatura_evaldata gold dates are malformed upstream ('2022-01.26', '2022-11-1'); they
    are read as 2022-01-26 and 2022-11-01. Two more are written year-day-month ('2022-29-11',
    '2022-25-10'), which no calendar allows; they are read as 2022-11-29 and 2022-10-25. The same
    gold is used for every tool.

author (trafilatura_evaldata)
    normalise(s) = NFC, casefold, strip, collapse runs of whitespace to one space.
    The gold is a string, or a list for 4 pages, which trafilatura's own evaluation joins with
    "; " (trafilatura itself returns several authors as one "; "-joined string). Credence's
    byline names are joined the same way, in output order.
    exact      = #pages with normalise(pred) == normalise(gold) / n.
    precision  = exact matches / #pages with gold author and a non-empty prediction.
    FP no gold = #pages WITHOUT gold author where the tool names an author (count, and the
                 share of such pages in parentheses). Unannotated does not always mean
                 authorless, so this is a diagnostic, not a target.
    name-set   = diagnostic: both sides split into names on ; , & | / " and " " und ", the name
                 sets compared (catches "A, B" vs "A; B"); not a target.
    strict ==  = diagnostic: raw string equality, no normalisation, as trafilatura's own
                 tests/eval_authors.py (result['author'] == gold); comparable to upstream figures.

title (trafilatura_evaldata)
    normalise(s) = NFKC, casefold, every Unicode punctuation (P*) or symbol (S*) character
    replaced by a space, whitespace collapsed and stripped.
    accuracy = #pages with normalise(pred) == normalise(gold) != "" / n.
    strict ==  = diagnostic: raw string equality, for comparison with upstream figures.

snippets (trafilatura_evaldata; as trafilatura's tests/eval_common.py count_item)
    Whitespace runs become one space on both sides (re.sub(r"\\s+", " ", s).strip()), then plain
    case-sensitive substring tests against the extracted main text:
    'with' snippet found = TP, missing = FN; 'without' snippet found = FP, absent = TN.
    Counts are summed over all pages: P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN).
    Credence's text is `extraction.body_text`; trafilatura's is the text of the same
    `bare_extraction` call run with trafilatura's benchmark settings (fast=False,
    include_comments=False, include_tables=True, include_formatting=False).

body (scrapinghub_aeb; as the benchmark's evaluate.py)
    Tokens are `\\w+` matches (case kept). Shingles are the token 4-grams (a text of 1-3 tokens
    gives one shorter shingle; no tokens, none). Per page, with multiset counts:
    tp = sum min(gold, pred), fp = sum excess pred, fn = sum excess gold, then tp, fp, fn are
    divided by their sum so each page weighs the same.
    P = mean per-page precision over pages with tp+fp > 0 (pages where the tool output nothing
        are left out of P, not counted as 0), R = mean per-page recall over pages with
        tp+fn > 0 (per page: 1 when fp = fn = 0, 0 when tp = 0), F1 = 2PR/(P+R) of the means.

speed
    pages/s = distinct pages / seconds. Every tool sees the same distinct pages (the union of
    the selected corpora). Credence: wall clock of all `credence extract` calls (process start
    included). Peers: in-process time of their calls over bytes read into memory beforehand,
    after one warm-up call.

Targets (for credence): date >= 0.93, author exact >= 0.70 with precision >= 0.85,
title >= 0.80, snippet F1 >= 0.93, AEB body F1 >= 0.96.

Exit status: 0 after a run (targets missed or not), 0 with "skipped: corpus not found" when the
corpora folder is absent, 1 when the binary is missing or cannot be run, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPORA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "corpora"))
DEFAULT_BIN = os.path.join(REPO_ROOT, "target", "release", "credence")

TRAF = "trafilatura_evaldata"
HTMLDATE = "htmldate_default"
AEB = "scrapinghub_aeb"

TOOLS = ("credence", "trafilatura", "htmldate")

# Paths per `credence extract` call: long enough to amortise process start, short enough that
# one crash loses little and the command line stays far below ARG_MAX.
BATCH_SIZE = 200

# Seconds allowed per page in one call before the batch is given up (pages take milliseconds).
SECONDS_PER_PAGE_LIMIT = 5.0

# The figures the extractor is built to reach (from the project brief).
TARGETS = {
    "date": 0.93,
    "author_exact": 0.70,
    "author_precision": 0.85,
    "title": 0.80,
    "snippet_f1": 0.93,
    "body_f1": 0.96,
}

# trafilatura's benchmark settings (tests/eval_common.py EXTRACT_OPTS, fallback runner).
TRAFILATURA_OPTS = {"fast": False, "include_comments": False, "include_tables": True, "include_formatting": False}


# --------------------------------------------------------------------------------------------
# Gold data


@dataclass
class Page:
    """One distinct HTML file on disk, shared by every corpus row that points at it."""

    path: str  # absolute path of the .gz file
    label: str  # short name for messages: corpus/html/file
    data: bytes | None = None  # decompressed bytes, once read


@dataclass
class GoldRow:
    """One gold record; `fields` holds what that corpus annotates."""

    corpus: str
    label: str
    page: Page
    fields: dict[str, Any] = field(default_factory=dict)


def read_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm_gold_date(value: Any) -> str | None:
    """Gold day as YYYY-MM-DD; tolerates the malformed upstream values (2022-01.26, 2022-11-1,
    2022-29-11: see the module docstring)."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*(\d{4})\D(\d{1,2})\D(\d{1,2})\s*", value)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if mo > 12 and d <= 12:
        # Written year-day-month upstream (2022-29-11): the only valid reading is the swap.
        mo, d = d, mo
    return f"{y}-{mo:02d}-{d:02d}"


def gold_author_string(value: Any) -> str | None:
    """Gold author as one string; lists are joined with "; " as trafilatura's evaluation does."""
    if isinstance(value, list):
        value = "; ".join(str(v).strip() for v in value if str(v).strip())
    if isinstance(value, str) and value.strip():
        return value
    return None


def load_corpus(corpora: str, corpus: str, limit: int | None, pages: dict[str, Page]) -> list[GoldRow]:
    """Rows of one corpus (first `limit`), registering their files in `pages` by absolute path."""
    base = os.path.join(corpora, corpus)
    records = read_jsonl(os.path.join(base, "gold.jsonl"))
    if limit is not None:
        records = records[:limit]
    rows = []
    for rec in records:
        path = os.path.normpath(os.path.join(base, rec["file"]))
        page = pages.get(path)
        if page is None:
            label = os.path.relpath(path, corpora)
            page = pages[path] = Page(path=path, label=label)
        fields: dict[str, Any] = {}
        if corpus == TRAF:
            fields["date"] = norm_gold_date(rec.get("date"))
            fields["author"] = gold_author_string(rec.get("author"))
            title = rec.get("title")
            fields["title"] = title if isinstance(title, str) and title.strip() else None
            fields["with"] = list(rec.get("with") or [])
            fields["without"] = list(rec.get("without") or [])
        elif corpus == HTMLDATE:
            fields["date"] = norm_gold_date(rec.get("date"))
        elif corpus == AEB:
            fields["body"] = rec.get("articleBody") or ""
        rows.append(GoldRow(corpus=corpus, label=os.path.join(corpus, rec["file"]), page=page, fields=fields))
    return rows


def read_page(page: Page) -> bytes:
    if page.data is None:
        with open(page.path, "rb") as f:
            raw = f.read()
        page.data = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    return page.data


# --------------------------------------------------------------------------------------------
# Predictions


@dataclass
class Prediction:
    title: str = ""
    author: str = ""  # several names joined with "; "
    date: str | None = None  # as returned; compared on its first 10 characters
    text: str = ""
    error: str | None = None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def credence_prediction(obj: dict[str, Any]) -> Prediction:
    """Read one JSON line of `credence extract --format jsonl`; missing keys are empty."""
    ex = obj.get("extraction")
    ex = ex if isinstance(ex, dict) else {}
    names = []
    for byline in ex.get("bylines") or []:
        name = byline.get("name") if isinstance(byline, dict) else byline
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    published = ex.get("published")
    date = published.get("value") if isinstance(published, dict) else published
    error = obj.get("error")
    return Prediction(
        title=_str(ex.get("title")),
        author="; ".join(names),
        date=date if isinstance(date, str) and date.strip() else None,
        text=_str(ex.get("body_text")),
        error=str(error) if error not in (None, "", False) else None,
    )


class BinaryError(Exception):
    """The credence binary could not be run at all."""


def run_credence(
    binary: str, pages: list[Page], gz_input: str, extra_args: list[str]
) -> tuple[dict[str, Prediction], float]:
    """Run the binary over `pages` in batches; returns predictions by page path and wall seconds."""
    tmpdir = None
    given: dict[str, str] = {}  # path handed to the binary -> page path
    try:
        if gz_input == "decompress":
            tmpdir = tempfile.mkdtemp(prefix="credence-eval-")
            for i, page in enumerate(pages):
                # a plain .html name so the binary never guesses the format from "x.gz" or "x.net"
                tmp = os.path.join(tmpdir, f"{i:05d}.html")
                with open(tmp, "wb") as f:
                    f.write(read_page(page))
                given[tmp] = page.path
        else:
            given = {page.path: page.path for page in pages}
        args = list(given)
        preds: dict[str, Prediction] = {}
        elapsed = 0.0
        for start in range(0, len(args), BATCH_SIZE):
            batch = args[start : start + BATCH_SIZE]
            cmd = [binary, "extract", "--format", "jsonl", *extra_args, *batch]
            t0 = time.perf_counter()
            try:
                proc = subprocess.run(
                    cmd, capture_output=True, timeout=max(60.0, SECONDS_PER_PAGE_LIMIT * len(batch))
                )
            except subprocess.TimeoutExpired:
                elapsed += time.perf_counter() - t0
                for p in batch:
                    preds[given[p]] = Prediction(error="timeout of the whole batch")
                print(f"warning: credence timed out on pages {start + 1}-{start + len(batch)}", file=sys.stderr)
                continue
            except OSError as err:
                raise BinaryError(f"cannot run {binary}: {err}") from err
            elapsed += time.perf_counter() - t0
            lines = [ln for ln in proc.stdout.decode("utf-8", "replace").splitlines() if ln.strip()]
            if proc.returncode != 0:
                tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
                print(
                    f"warning: credence exited {proc.returncode} on pages {start + 1}-{start + len(batch)} "
                    f"({len(lines)} lines of output): {' | '.join(tail)}",
                    file=sys.stderr,
                )
            by_id: dict[str, dict[str, Any]] = {}
            in_order: list[dict[str, Any] | None] = []
            for ln in lines:
                try:
                    obj = json.loads(ln)
                except json.JSONDecodeError:
                    in_order.append(None)
                    continue
                if not isinstance(obj, dict):
                    in_order.append(None)
                    continue
                in_order.append(obj)
                if isinstance(obj.get("id"), str):
                    by_id[obj["id"]] = obj
            for i, p in enumerate(batch):
                obj = by_id.get(p)
                if obj is None and len(in_order) == len(batch):
                    obj = in_order[i]  # ids rewritten (e.g. made relative): fall back to input order
                if obj is None:
                    preds[given[p]] = Prediction(error="no output line for this input")
                else:
                    preds[given[p]] = credence_prediction(obj)
            print(f"  credence: {min(start + BATCH_SIZE, len(args))}/{len(args)} pages", file=sys.stderr)
        return preds, elapsed
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)


def load_peers(wanted: bool) -> tuple[dict[str, Callable[[bytes], Prediction]], dict[str, str]]:
    """Peer runners that import, and a note for each peer that does not."""
    runners: dict[str, Callable[[bytes], Prediction]] = {}
    notes: dict[str, str] = {}
    if not wanted:
        return runners, notes
    try:
        import trafilatura  # noqa: PLC0415

        def run_trafilatura(data: bytes) -> Prediction:
            doc = trafilatura.bare_extraction(data, with_metadata=True, **TRAFILATURA_OPTS)
            if doc is None:
                return Prediction()
            get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
            date = get("date")
            return Prediction(
                title=_str(get("title")),
                author=_str(get("author")),
                date=date if isinstance(date, str) and date else None,
                text=_str(get("text")),
            )

        runners["trafilatura"] = run_trafilatura
        notes["trafilatura_version"] = getattr(trafilatura, "__version__", "?")
    except Exception as err:  # ImportError, or lxml>=5.2 without lxml_html_clean
        notes["trafilatura"] = f"not importable ({type(err).__name__}: {err}); pip install trafilatura lxml_html_clean"
    try:
        from htmldate import find_date  # noqa: PLC0415
        import htmldate  # noqa: PLC0415

        def run_htmldate(data: bytes) -> Prediction:
            date = find_date(data, extensive_search=True, original_date=True)
            return Prediction(date=date if isinstance(date, str) and date else None)

        runners["htmldate"] = run_htmldate
        notes["htmldate_version"] = getattr(htmldate, "__version__", "?")
    except Exception as err:
        notes["htmldate"] = f"not importable ({type(err).__name__}: {err}); pip install htmldate"
    return runners, notes


def run_peer(name: str, fn: Callable[[bytes], Prediction], pages: list[Page]) -> tuple[dict[str, Prediction], float]:
    """Time `fn` over pages already in memory; an exception is that page's error."""
    try:
        fn(b"<html><head><title>warm up</title></head><body><p>Warm-up text.</p></body></html>")
    except Exception:
        pass
    preds: dict[str, Prediction] = {}
    elapsed = 0.0
    for i, page in enumerate(pages, 1):
        data = page.data or b""
        t0 = time.perf_counter()
        try:
            pred = fn(data)
        except Exception as err:
            pred = Prediction(error=f"{type(err).__name__}: {err}")
        elapsed += time.perf_counter() - t0
        preds[page.path] = pred
        if i % 200 == 0 or i == len(pages):
            print(f"  {name}: {i}/{len(pages)} pages", file=sys.stderr)
    return preds, elapsed


# --------------------------------------------------------------------------------------------
# Metrics


def pred_day(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    return "-".join(m.groups()) if m else value.strip()[:10]


def norm_ws(text: str) -> str:
    """trafilatura eval_common.norm: whitespace runs to one space, stripped."""
    return re.sub(r"\s+", " ", text).strip()


def norm_author(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_NAME_SPLIT = re.compile(r"\s*(?:[;,&|/]|\band\b|\bund\b)\s*")


def author_name_set(text: str) -> frozenset[str]:
    return frozenset(n for n in (norm_author(p) for p in _NAME_SPLIT.split(norm_author(text))) if n)


def norm_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)
    return " ".join(text.split())


_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    """Token n-gram multiset as in the AEB evaluate.py (_ngrams)."""
    tokens = _TOKEN_RE.findall(text or "")
    out: Counter = Counter()
    for i in range(0, max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i : i + n])
        if gram:
            out[gram] += 1
    return out


def shingle_tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = fp = fn = 0.0
    for key in g.keys() | p.keys():
        gc, pc = g.get(key, 0), p.get(key, 0)
        tp += min(gc, pc)
        fp += max(0, pc - gc)
        fn += max(0, gc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


@dataclass
class Failure:
    """One page a tool got wrong, for --failures. Higher `badness` prints first."""

    label: str
    gold: str
    pred: str
    badness: float


def metric_date(rows: list[GoldRow], preds: dict[str, Prediction]) -> tuple[dict[str, Any], list[Failure]]:
    n = correct = covered = 0
    fails = []
    for row in rows:
        gold = row.fields.get("date")
        if not gold:
            continue
        n += 1
        pred = preds.get(row.page.path, Prediction())
        day = pred_day(pred.date)
        covered += day is not None
        if day == gold:
            correct += 1
        else:
            shown = pred.date or (f"(none; error: {pred.error})" if pred.error else "(none)")
            fails.append(Failure(row.label, gold, shown, 2.0 if day else 1.0))
    return {"n": n, "correct": correct, "accuracy": _ratio(correct, n), "covered": covered,
            "coverage": _ratio(covered, n)}, fails


def metric_author(rows: list[GoldRow], preds: dict[str, Prediction]) -> tuple[dict[str, Any], list[Failure]]:
    n = correct = nonempty = nameset = strict = 0
    n_nogold = fp_nogold = 0
    fails = []
    for row in rows:
        if row.corpus != TRAF:
            continue
        gold = row.fields.get("author")
        pred = preds.get(row.page.path, Prediction())
        p = norm_author(pred.author)
        if not gold:
            n_nogold += 1
            if p:
                fp_nogold += 1
                fails.append(Failure(row.label, "(no gold author)", pred.author, 0.5))
            continue
        n += 1
        if p:
            nonempty += 1
        if p == norm_author(gold):
            correct += 1
        else:
            fails.append(Failure(row.label, gold, pred.author or "(none)", 2.0 if p else 1.0))
        if p and author_name_set(pred.author) == author_name_set(gold):
            nameset += 1
        strict += pred.author == gold
    return {
        "n": n, "correct": correct, "exact": _ratio(correct, n),
        "nonempty": nonempty, "precision": _ratio(correct, nonempty),
        "name_set": _ratio(nameset, n), "name_set_correct": nameset,
        "strict": _ratio(strict, n), "strict_correct": strict,
        "n_no_gold": n_nogold, "fp_no_gold": fp_nogold, "fp_no_gold_rate": _ratio(fp_nogold, n_nogold),
    }, fails


def metric_title(rows: list[GoldRow], preds: dict[str, Prediction]) -> tuple[dict[str, Any], list[Failure]]:
    n = correct = strict = 0
    fails = []
    for row in rows:
        gold = row.fields.get("title")
        if row.corpus != TRAF or not gold:
            continue
        n += 1
        pred = preds.get(row.page.path, Prediction())
        strict += pred.title == gold
        g, p = norm_title(gold), norm_title(pred.title)
        if g and p == g:
            correct += 1
        else:
            fails.append(Failure(row.label, gold, pred.title or "(none)", 2.0 if p else 1.0))
    return {"n": n, "correct": correct, "accuracy": _ratio(correct, n),
            "strict": _ratio(strict, n), "strict_correct": strict}, fails


def metric_snippets(rows: list[GoldRow], preds: dict[str, Prediction]) -> tuple[dict[str, Any], list[Failure]]:
    tp = fp = fn = tn = pages = 0
    fails = []
    for row in rows:
        if row.corpus != TRAF:
            continue
        pages += 1
        pred = preds.get(row.page.path, Prediction())
        text = norm_ws(pred.text) if pred.text else ""
        missing = [w for w in row.fields["with"] if not (text and norm_ws(w) in text)]
        present = [w for w in row.fields["without"] if text and norm_ws(w) in text]
        tp += len(row.fields["with"]) - len(missing)
        fn += len(missing)
        fp += len(present)
        tn += len(row.fields["without"]) - len(present)
        if missing or present:
            gold = "missing: " + " | ".join(missing) if missing else ""
            extra = "unwanted: " + " | ".join(present) if present else ""
            fails.append(Failure(row.label, gold or "(all 'with' found)",
                                 extra or f"(no unwanted; text {len(pred.text)} chars)",
                                 len(missing) + len(present)))
    return {
        "pages": pages, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "f1": _ratio(2 * tp, 2 * tp + fp + fn),
    }, fails


def metric_body(rows: list[GoldRow], preds: dict[str, Prediction]) -> tuple[dict[str, Any], list[Failure]]:
    precisions, recalls = [], []
    fails = []
    for row in rows:
        if row.corpus != AEB:
            continue
        pred = preds.get(row.page.path, Prediction())
        tp, fp, fn = shingle_tp_fp_fn(row.fields["body"], pred.text)
        if tp + fp > 0:
            precisions.append(_precision(tp, fp, fn))
        if tp + fn > 0:
            recalls.append(_recall(tp, fp, fn))
        page_f1 = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 1.0
        if page_f1 < 1.0:
            fails.append(Failure(
                f"{row.label} (page F1 {page_f1:.3f}, P {_precision(tp, fp, fn):.2f}, R {_recall(tp, fp, fn):.2f})",
                row.fields["body"], pred.text or "(empty)", 1.0 - page_f1))
    # upstream's statistics.mean would raise on an empty list; here an undefined mean is None
    p = sum(precisions) / len(precisions) if precisions else None
    r = sum(recalls) / len(recalls) if recalls else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else 0.0
    return {"pages": len(recalls), "pages_with_output": len(precisions), "precision": p, "recall": r, "f1": f1}, fails


# --------------------------------------------------------------------------------------------
# Report


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def target_note(value: float | None, target: float, tool_ran: bool) -> str:
    base = f"target >= {target:.2f}"
    if not tool_ran:
        return base
    if value is None:
        return f"{base}: MISSED (undefined, no answers)"
    return f"{base}: {'met' if value >= target else 'MISSED'}"


def build_rows(results: dict[str, dict[str, Any]], present: list[str], ran: dict[str, bool]) -> list[list[str]]:
    """Table rows: field, corpus, n, one cell per tool, note."""
    rows: list[list[str]] = []

    def cells(getter: Callable[[dict[str, Any]], str], tools: tuple[str, ...] = TOOLS) -> list[str]:
        out = []
        for tool in TOOLS:
            if tool not in tools or not ran.get(tool):
                out.append("-" if tool not in tools else "n/a")
            else:
                out.append(getter(results[tool]))
        return out

    def cred(key: str, sub: str) -> float | None:
        return results["credence"][key][sub] if ran.get("credence") else None

    any_res = next((results[t] for t in TOOLS if ran.get(t)), None)
    if any_res is None:
        return rows
    date_tools = TOOLS
    for corpus in (TRAF, HTMLDATE):
        key = f"date/{corpus}"
        if corpus not in present:
            continue
        n = str(any_res[key]["n"])
        rows.append(["date", corpus, n, *cells(lambda r: fmt(r[key]["accuracy"]), date_tools),
                     target_note(cred(key, "accuracy"), TARGETS["date"], ran.get("credence", False))])
        rows.append(["date coverage", corpus, n, *cells(lambda r: fmt(r[key]["coverage"]), date_tools),
                     "share of pages with any date"])
    if TRAF in present:
        meta_tools = ("credence", "trafilatura")
        a = any_res["author"]
        rows.append(["author exact", TRAF, str(a["n"]), *cells(lambda r: fmt(r["author"]["exact"]), meta_tools),
                     target_note(cred("author", "exact"), TARGETS["author_exact"], ran.get("credence", False))])
        rows.append(["author precision", TRAF, str(a["n"]),
                     *cells(lambda r: f"{fmt(r['author']['precision'])} ({r['author']['correct']}/{r['author']['nonempty']})",
                            meta_tools),
                     target_note(cred("author", "precision"), TARGETS["author_precision"], ran.get("credence", False))])
        rows.append(["author name-set", TRAF, str(a["n"]), *cells(lambda r: fmt(r["author"]["name_set"]), meta_tools),
                     "diagnostic: separators ignored"])
        rows.append(["author strict ==", TRAF, str(a["n"]), *cells(lambda r: fmt(r["author"]["strict"]), meta_tools),
                     "diagnostic: raw ==, as upstream"])
        rows.append(["author FP, no gold", TRAF, str(a["n_no_gold"]),
                     *cells(lambda r: f"{r['author']['fp_no_gold']} ({fmt(r['author']['fp_no_gold_rate'])})", meta_tools),
                     "pages w/o gold author given one"])
        rows.append(["title", TRAF, str(any_res["title"]["n"]), *cells(lambda r: fmt(r["title"]["accuracy"]), meta_tools),
                     target_note(cred("title", "accuracy"), TARGETS["title"], ran.get("credence", False))])
        rows.append(["title strict ==", TRAF, str(any_res["title"]["n"]),
                     *cells(lambda r: fmt(r["title"]["strict"]), meta_tools), "diagnostic: raw ==, as upstream"])
        s = any_res["snippets"]
        n_snip = f"{s['pages']}p/{s['tp'] + s['fn'] + s['fp'] + s['tn']}s"
        rows.append(["snippet precision", TRAF, n_snip, *cells(lambda r: fmt(r["snippets"]["precision"]), meta_tools),
                     "n: p = pages, s = snippets"])
        rows.append(["snippet recall", TRAF, n_snip, *cells(lambda r: fmt(r["snippets"]["recall"]), meta_tools), ""])
        rows.append(["snippet F1", TRAF, n_snip, *cells(lambda r: fmt(r["snippets"]["f1"]), meta_tools),
                     target_note(cred("snippets", "f1"), TARGETS["snippet_f1"], ran.get("credence", False))])
    if AEB in present:
        text_tools = ("credence", "trafilatura")
        n = str(any_res["body"]["pages"])
        rows.append(["body precision", AEB, n, *cells(lambda r: fmt(r["body"]["precision"]), text_tools),
                     "mean over pages with output"])
        rows.append(["body recall", AEB, n, *cells(lambda r: fmt(r["body"]["recall"]), text_tools), ""])
        rows.append(["body F1", AEB, n, *cells(lambda r: fmt(r["body"]["f1"]), text_tools),
                     target_note(cred("body", "f1"), TARGETS["body_f1"], ran.get("credence", False))])
    rows.append(["errors", "all", str(any_res["pages"]), *cells(lambda r: str(r["errors"])), "pages the tool failed on"])
    return rows


def print_table(rows: list[list[str]]) -> None:
    header = ["field", "corpus", "n", *TOOLS, "note"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = {2, 3, 4, 5}

    def line(r: list[str]) -> str:
        parts = [r[i].rjust(widths[i]) if i in numeric else r[i].ljust(widths[i]) for i in range(len(r))]
        return " | ".join(parts).rstrip()

    print(line(header))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def print_failures(tool: str, failures: dict[str, list[Failure]], limit: int) -> None:
    width = 160
    for name, fails in failures.items():
        if not fails:
            continue
        worst = sorted(fails, key=lambda f: -f.badness)[:limit]
        print(f"\n{tool}: worst {len(worst)} of {len(fails)} on {name}")
        for f in worst:
            print(f"  {f.label}")
            print(f"    gold: {norm_ws(f.gold)[:width]}")
            print(f"    pred: {norm_ws(f.pred)[:width]}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Evaluate `credence extract` (and trafilatura/htmldate) on public gold corpora.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Metric definitions: see the module docstring at the top of this script.",
    )
    parser.add_argument("--corpora", default=DEFAULT_CORPORA, help="corpora folder (default: %(default)s)")
    parser.add_argument("--bin", default=DEFAULT_BIN, help="credence binary (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="first N gold rows per corpus (the first 75 trafilatura_evaldata rows carry "
                             "snippets only, so use N >= 150 to see date/author/title rows)")
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura and htmldate")
    parser.add_argument("--no-credence", action="store_true",
                        help="skip the binary (peers only; checks gold loading and metrics)")
    parser.add_argument("--json", metavar="OUT", help="write all numbers to this JSON file")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print the N worst pages per field")
    parser.add_argument("--failures-tool", choices=TOOLS, default=None,
                        help="whose failures to print (default: credence, or trafilatura with --no-credence)")
    parser.add_argument("--gz-input", choices=("decompress", "pass"), default="decompress",
                        help="decompress pages to a temporary folder outside the repo for the binary "
                             "(default), or pass the .gz files as they are")
    parser.add_argument("--bin-args", default="", metavar="ARGS",
                        help="extra arguments for `credence extract`, one shell-quoted string")
    args = parser.parse_args()
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    corpora = os.path.abspath(args.corpora)
    present = [c for c in (TRAF, HTMLDATE, AEB) if os.path.isfile(os.path.join(corpora, c, "gold.jsonl"))]
    if not present:
        print("skipped: corpus not found")
        return 0
    missing = [c for c in (TRAF, HTMLDATE, AEB) if c not in present]

    run_cred = not args.no_credence
    binary = os.path.abspath(args.bin)
    if run_cred and not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"error: credence binary not found at {binary}; build it with `cargo build --release` "
              f"(from {REPO_ROOT}) or point --bin at it", file=sys.stderr)
        return 1

    pages: dict[str, Page] = {}
    gold: dict[str, list[GoldRow]] = {c: load_corpus(corpora, c, args.limit, pages) for c in present}
    all_rows = [r for c in present for r in gold[c]]
    page_list = list(pages.values())

    logging.disable(logging.CRITICAL)  # trafilatura/htmldate log every odd page
    peers, peer_notes = load_peers(not args.no_peers)
    if peers or (run_cred and args.gz_input == "decompress"):
        t0 = time.perf_counter()
        for page in page_list:
            read_page(page)
        print(f"read {len(page_list)} pages into memory in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    preds: dict[str, dict[str, Prediction]] = {}
    seconds: dict[str, float] = {}
    if run_cred:
        try:
            preds["credence"], seconds["credence"] = run_credence(
                binary, page_list, args.gz_input, shlex.split(args.bin_args))
        except BinaryError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        ok = [p for p in preds["credence"].values() if not p.error]
        if ok and not any(p.text or p.title for p in ok):
            print("warning: credence returned no title and no body text for any page; check the JSON "
                  "field names (extraction.title, extraction.body_text)", file=sys.stderr)
        errs = Counter(p.error for p in preds["credence"].values() if p.error)
        if errs:
            common = "; ".join(f"{n}x {e[:100]}" for e, n in errs.most_common(3))
            print(f"warning: credence errors on {sum(errs.values())} pages, most common: {common}", file=sys.stderr)
    for name, fn in peers.items():
        preds[name], seconds[name] = run_peer(name, fn, page_list)

    ran = {tool: tool in preds for tool in TOOLS}
    results: dict[str, dict[str, Any]] = {}
    failures: dict[str, dict[str, list[Failure]]] = {}
    for tool, tool_preds in preds.items():
        res: dict[str, Any] = {"pages": len(page_list),
                               "errors": sum(1 for p in tool_preds.values() if p.error)}
        fails: dict[str, list[Failure]] = {}
        for corpus in (TRAF, HTMLDATE):
            if corpus in present:
                res[f"date/{corpus}"], fails[f"date/{corpus}"] = metric_date(gold[corpus], tool_preds)
        if TRAF in present:
            res["author"], fails["author/" + TRAF] = metric_author(gold[TRAF], tool_preds)
            res["title"], fails["title/" + TRAF] = metric_title(gold[TRAF], tool_preds)
            res["snippets"], fails["snippets/" + TRAF] = metric_snippets(gold[TRAF], tool_preds)
        if AEB in present:
            res["body"], fails["body/" + AEB] = metric_body(gold[AEB], tool_preds)
        res["seconds"] = seconds[tool]
        res["pages_per_second"] = _ratio(len(page_list), seconds[tool])
        results[tool] = res
        failures[tool] = fails

    print(f"Credence extraction eval: {len(all_rows)} gold rows, {len(page_list)} distinct pages"
          + (f" (first {args.limit} per corpus)" if args.limit else "") + f", corpora {corpora}")
    if missing:
        print(f"not found, skipped: {', '.join(missing)}")
    if not results:
        print("nothing was run (--no-credence with --no-peers, or no peer importable)")
    else:
        print()
        print_table(build_rows(results, present, ran))
    print()
    for tool in TOOLS:
        if tool in results:
            r = results[tool]
            version = peer_notes.get(f"{tool}_version")
            what = f" {version}" if version else ""
            print(f"pages/s {tool}{what}: {r['pages_per_second']:.1f} ({r['pages']} pages in {r['seconds']:.1f} s)")
        elif tool == "credence":
            print("pages/s credence: not run (--no-credence)")
        elif args.no_peers:
            print(f"pages/s {tool}: not run (--no-peers)")
        else:
            print(f"pages/s {tool}: not run: {peer_notes.get(tool, 'unavailable')}")
    print("targets (credence): date >= 0.93, author exact >= 0.70 with precision >= 0.85, title >= 0.80, "
          "snippet F1 >= 0.93, AEB body F1 >= 0.96")

    if args.failures > 0:
        tool = args.failures_tool or ("credence" if run_cred else next(iter(results), None))
        if tool in failures:
            print_failures(tool, failures[tool], args.failures)
        else:
            print(f"\nno failures to show: {tool} was not run")

    if args.json:
        payload = {
            "corpora": corpora,
            "corpora_present": present,
            "limit": args.limit,
            "distinct_pages": len(page_list),
            "targets": TARGETS,
            "peer_versions": {k[: -len("_version")]: v for k, v in peer_notes.items() if k.endswith("_version")},
            "results": results,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(payload, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
