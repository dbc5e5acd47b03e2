#!/usr/bin/env python3
"""Measure human and AI base rates for the Credence stock-phrase lexicon.

Reads the hand-written candidate list (data/lexicons/stock_phrases_candidates.txt)
and the Fast-DetectGPT XSum corpus (BBC news human texts + AI continuations,
see ../shared/corpora/fastdetectgpt_xsum/README.md), counts every candidate
phrase as a whole-word token sequence, and writes data/lexicons/stock_phrases.tsv
with hits per 1,000 words and document counts for human and AI text.

Only the FIT half of the corpus is read for measurement (the held-out half is
left untouched for validating the scorer later):

* The split unit is the underlying XSum *article*, not the pair id. The corpus
  reuses each article across generators (3 in xsum_gpt3to4, 5 in
  xsum_open_models, and a few across both files), with a different pair_id and a
  differently truncated human text each time. Splitting by pair_id would put the
  same human article on both sides. So the split key is the first 12 tokens of
  the pair's human text (all truncations of one article share it; checked on the
  corpus: grouping by 12 tokens gives groups whose texts are all prefixes of the
  longest one). An AI text uses the key of its own pair's human text, so a human
  text and its AI continuation always land on the same side.
* side = "fit" if int(sha256("credence-stock-phrases/v1\\0" + key)[:16 hex], 16)
  is even, else "held-out" (about 50/50, deterministic, no RNG).

Measurement details (fit half only):

* Tokenisation: lower-case; curly apostrophes -> "'"; a token is a maximal run
  of Unicode letters/digits, with an apostrophe kept only when it sits between
  two letters/digits ("today's" is one token). Everything else (hyphens,
  punctuation, whitespace) separates tokens, so "far-reaching" == "far reaching".
  Candidate phrases are tokenised the same way. The Rust scorer must use the
  same rule for the rates to be comparable.
* Human texts are de-duplicated: within each article group only the longest
  truncation is counted (the others are its prefixes), so an article reused by
  five generators is counted once.
* AI texts are continuations of a human prompt (~20-30 words). The longest
  common token prefix with the pair's human text is removed before counting,
  so the AI side measures only model-written words (--keep-prompt-prefix turns
  this off).
* Rates are pooled: total hits / total words * 1000 per side; *_docs is the
  number of documents with at least one hit.
* The AI rate (`ai_per_1k`, the one the scorer compares) is that of the chat
  models (gpt-3.5-turbo, gpt-4): people paraphrase news with chat models, and
  the older base models' continuations (pooled into `ai_all_per_1k`, shown
  only) would dilute chat vocabulary. `--ai all` restores the pooled rate.
* The chat side also holds the texts of data/fit/chat_news/ (`--ai-dir`): news
  articles, rewrites, summaries, blog posts and explainers written in 2026 by a
  chat model in its default style. The 2023 XSum continuations are a few
  sentences each and miss the phrasing of whole chat-written articles
  ("a significant milestone", "The Bottom Line"). Never point `--ai-dir` at
  data/eval/: those sets measure transfer and are not fitted on.
* The human rate adds web news to the BBC fit half: the English article bodies
  (>= 150 words, as `credence extract` finds them) of the pages in
  ../shared/corpora/trafilatura_evaldata and ../shared/corpora/htmldate_default
  (read in place), so that a word BBC style happens to avoid is not taken for
  a machine word. It needs the release binary (`cargo build --release`);
  `--no-web-human` measures on BBC text alone. The AI-transfer human side
  (scrapinghub_aeb) is never read here.

Stdlib only. Usage (from the repo root):

    python3 scripts/measure_stock_phrases.py
    python3 scripts/measure_stock_phrases.py --corpus /path/to/fastdetectgpt_xsum --out /tmp/x.tsv

If the corpus directory (or its .jsonl files) is absent it prints
"skipped: corpus not found" and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpora" / "fastdetectgpt_xsum"
DEFAULT_CANDIDATES = REPO / "data" / "lexicons" / "stock_phrases_candidates.txt"
DEFAULT_OUT = REPO / "data" / "lexicons" / "stock_phrases.tsv"
DEFAULT_BIN = REPO / "target" / "release" / "credence"
# Today's chat assistants' news text, written for this measurement (a FIT set, see its README).
DEFAULT_AI_DIR = REPO / "data" / "fit" / "chat_news"
WEB_CORPORA = ("trafilatura_evaldata", "htmldate_default")
WEB_MIN_WORDS = 150

MEASURED_DATE = "2026-11-23"
SPLIT_SALT = "credence-stock-phrases/v1\0"
SPLIT_KEY_TOKENS = 12
RATIO_SMOOTHING = 0.01  # sort key: ai_per_1k / (human_per_1k + 0.01)
CHAT_GENERATORS = {"gpt-3.5-turbo", "gpt-4"}

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.lower().translate(_APOS))


def split_side(human_tokens: list[str]) -> str:
    key = " ".join(human_tokens[:SPLIT_KEY_TOKENS])
    digest = hashlib.sha256((SPLIT_SALT + key).encode("utf-8")).hexdigest()
    return "fit" if int(digest[:16], 16) % 2 == 0 else "heldout"


def load_candidates(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Return [(display phrase, token tuple)] in file order, de-duplicated."""
    out: list[tuple[str, tuple[str, ...]]] = []
    seen: set[tuple[str, ...]] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        toks = tuple(tokenize(line))
        if not toks or toks in seen:
            continue
        seen.add(toks)
        out.append((" ".join(line.split()), toks))
    return out


def load_corpus(corpus: Path) -> tuple[list[dict], list[Path]]:
    files = sorted(corpus.glob("*.jsonl"))
    records: list[dict] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    records.append(json.loads(line))
    return records, files


def common_prefix_len(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class Matcher:
    def __init__(self, phrases: list[tuple[str, ...]]):
        self.by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for i, toks in enumerate(phrases):
            self.by_first[toks[0]].append((i, toks))

    def count(self, tokens: list[str]) -> dict[int, int]:
        hits: dict[int, int] = defaultdict(int)
        n = len(tokens)
        for pos, tok in enumerate(tokens):
            for idx, toks in self.by_first.get(tok, ()):
                k = len(toks)
                if pos + k <= n and (k == 1 or tuple(tokens[pos:pos + k]) == toks):
                    hits[idx] += 1
        return hits


class Tally:
    def __init__(self, n: int):
        self.hits = [0] * n
        self.docs = [0] * n
        self.words = 0
        self.ndocs = 0

    def add(self, doc_hits: dict[int, int], nwords: int) -> None:
        self.words += nwords
        self.ndocs += 1
        for i, c in doc_hits.items():
            self.hits[i] += c
            self.docs[i] += 1

    def per_1k(self, i: int) -> float:
        return 1000.0 * self.hits[i] / self.words if self.words else 0.0


def web_human_bodies(corpora: Path, binary: Path) -> tuple[list[str], str]:
    """English article bodies of the web gold corpora's pages, as `credence extract` finds
    them; returns (bodies, description for the header)."""
    if not binary.is_file():
        sys.exit(f"error: {binary} not found: run `cargo build --release` first, or pass --no-web-human")
    bodies: list[str] = []
    desc = []
    with tempfile.TemporaryDirectory(prefix="credence-stock-") as tmp:
        for name in WEB_CORPORA:
            pages = sorted((corpora / name / "html").glob("*"))
            if not pages:
                continue
            out_dir = Path(tmp) / name
            out_dir.mkdir()
            files = []
            for i, page in enumerate(pages):
                raw = page.read_bytes()
                if raw[:2] == b"\x1f\x8b":
                    try:
                        raw = gzip.decompress(raw)
                    except (OSError, EOFError):
                        continue
                f = out_dir / f"{i:05d}.html"
                f.write_bytes(raw)
                files.append(str(f))
            res = subprocess.run([str(binary), "extract", "--format", "jsonl", *files],
                                 capture_output=True, text=True)
            n = 0
            for line in res.stdout.splitlines():
                x = (json.loads(line).get("extraction") or {})
                body = x.get("body_text") or ""
                if x.get("language") == "en" and len(body.split()) >= WEB_MIN_WORDS:
                    bodies.append(body)
                    n += 1
            desc.append(f"{name} ({n} of {len(pages)} pages)")
    return bodies, ", ".join(desc)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="directory with the Fast-DetectGPT XSum *.jsonl files")
    ap.add_argument("--candidates", type=Path, default=DEFAULT_CANDIDATES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--keep-prompt-prefix", action="store_true",
                    help="do not strip the human prompt prefix from AI continuations")
    ap.add_argument("--top", type=int, default=25, help="rows to show in the summary")
    ap.add_argument("--ai", choices=("chat", "all"), default="chat",
                    help="AI rate the scorer compares: chat models only (default) or all generators pooled")
    ap.add_argument("--no-web-human", action="store_true",
                    help="human rate from the BBC fit half alone (no web pages, no binary needed)")
    ap.add_argument("--bin", type=Path, default=DEFAULT_BIN, help="credence binary for --web-human bodies")
    ap.add_argument("--ai-dir", type=Path, default=DEFAULT_AI_DIR,
                    help="folder of chat-model texts (*.txt) added to the chat AI side; 'none' for none")
    args = ap.parse_args(argv)

    corpus = args.corpus
    if not corpus.is_dir() or not any(corpus.glob("*.jsonl")):
        print("skipped: corpus not found")
        return 0

    candidates = load_candidates(args.candidates)
    if not candidates:
        print(f"error: no candidates in {args.candidates}", file=sys.stderr)
        return 1
    matcher = Matcher([t for _, t in candidates])
    records, files = load_corpus(corpus)

    # Pair up records.
    pairs: dict[str, dict[str, dict]] = defaultdict(dict)
    for r in records:
        pairs[r["pair_id"]][r["label"]] = r

    n = len(candidates)
    human = Tally(n)
    ai = Tally(n)
    ai_chat = Tally(n)
    side_counts = {"fit": 0, "heldout": 0}
    human_groups: dict[str, list[list[str]]] = defaultdict(list)  # fit-side article -> truncations
    fit_keys: set[str] = set()
    heldout_keys: set[str] = set()
    skipped_pairs = 0
    prefix_stripped = 0

    for pid in sorted(pairs):
        pr = pairs[pid]
        if "human" not in pr:
            skipped_pairs += 1
            continue
        htoks = tokenize(pr["human"]["text"])
        if not htoks:
            skipped_pairs += 1
            continue
        key = " ".join(htoks[:SPLIT_KEY_TOKENS])
        side = split_side(htoks)
        side_counts[side] += 1
        if side != "fit":
            heldout_keys.add(key)
            continue
        fit_keys.add(key)
        human_groups[key].append(htoks)
        a = pr.get("ai")
        if a is None:
            continue
        atoks = tokenize(a["text"])
        if not args.keep_prompt_prefix:
            cut = common_prefix_len(htoks, atoks)
            prefix_stripped += cut
            atoks = atoks[cut:]
        if not atoks:
            continue
        h = matcher.count(atoks)
        ai.add(h, len(atoks))
        if a.get("generator") in CHAT_GENERATORS:
            ai_chat.add(h, len(atoks))

    assert not (fit_keys & heldout_keys), "split leak: article on both sides"

    # The fit set of whole chat-written articles, counted on the chat side (and in the pool).
    fit_dir_desc = "none"
    if str(args.ai_dir) != "none":
        if "eval" in args.ai_dir.resolve().parts:
            print(f"error: {args.ai_dir} is an evaluation set, never fitted on", file=sys.stderr)
            return 1
        fit_files = sorted(args.ai_dir.glob("*.txt")) if args.ai_dir.is_dir() else []
        fit_words = 0
        for f in fit_files:
            toks = tokenize(f.read_text(encoding="utf-8"))
            if not toks:
                continue
            h = matcher.count(toks)
            ai.add(h, len(toks))
            ai_chat.add(h, len(toks))
            fit_words += len(toks)
        if fit_files:
            try:
                shown = args.ai_dir.resolve().relative_to(REPO)
            except ValueError:
                shown = args.ai_dir
            fit_dir_desc = f"{shown}/ ({len(fit_files)} texts, {fit_words} words)"
        else:
            print(f"note: no chat fit texts in {args.ai_dir}; XSum continuations only")

    # De-duplicate human truncations: keep the longest text of each prefix chain.
    for key in sorted(human_groups):
        reps: list[list[str]] = []
        for toks in sorted(human_groups[key], key=len, reverse=True):
            if any(r[:len(toks)] == toks for r in reps):
                continue
            reps.append(toks)
        for toks in reps:
            human.add(matcher.count(toks), len(toks))
    bbc_docs, bbc_words = human.ndocs, human.words
    web_desc = "not used (--no-web-human)"
    if not args.no_web_human:
        bodies, web_desc = web_human_bodies(corpus.parent, args.bin)
        for body in bodies:
            toks = tokenize(body)
            human.add(matcher.count(toks), len(toks))
    scored = ai_chat if args.ai == "chat" else ai

    rows = []
    for i, (phrase, _) in enumerate(candidates):
        h1k = round(human.per_1k(i), 4)
        a1k = round(scored.per_1k(i), 4)
        ratio = a1k / (h1k + RATIO_SMOOTHING)
        rows.append((ratio, a1k, h1k, phrase, i))
    rows.sort(key=lambda r: (-r[0], -r[1], r[2], r[3]))

    gens = sorted({r.get("generator", "?") for r in records if r.get("label") == "ai"})
    file_desc = ", ".join(f"{f.name} (sha256 {file_digest(f)}...)" for f in files)
    seen = sum(1 for i in range(n) if human.hits[i] or scored.hits[i])
    ai_gt = sum(1 for r in rows if r[1] > r[2])
    never = n - seen

    ai_desc = ("gpt-3.5-turbo and gpt-4 only (chat models)" if args.ai == "chat"
               else "all generators pooled")
    header = f"""\
# Credence stock-phrase lexicon: stock/template phrases and chat-model vocabulary
# typical of LLM-written news, each with its measured base rate in human news
# text and in AI-generated text. Parsed by the Credence AI-paraphrase scorer.
#
# Measured: {MEASURED_DATE}
# Regenerate (from the repo root): cargo build --release && python3 scripts/measure_stock_phrases.py
#   (options: --corpus DIR --candidates FILE --out FILE --ai chat|all --no-web-human --ai-dir DIR|none);
#   candidates are in data/lexicons/stock_phrases_candidates.txt.
# Corpus: Fast-DetectGPT XSum pairs (Bao et al., ICLR 2024), read in place from
#   ../shared/corpora/fastdetectgpt_xsum/: {file_desc}.
#   Human = BBC XSum articles (truncated). AI = continuations of the first ~30
#   tokens of each article by: {", ".join(gens)}. The rate the scorer compares
#   (ai_per_1k) is that of {ai_desc}; ai_all_per_1k pools every generator.
#   Chat fit set added to both AI sides: {fit_dir_desc}.
# Split: FIT half only. Unit = XSum article (first {SPLIT_KEY_TOKENS} tokens of the pair's human
#   text, since articles are reused across generators under different pair ids);
#   fit iff int(sha256("credence-stock-phrases/v1\\0" + key)[:16 hex]) is even.
#   A human text and its AI continuation are always on the same side. The
#   held-out half ({side_counts['heldout']} pairs, {len(heldout_keys)} articles) was not counted.
# Fit half: {side_counts['fit']} pairs, {len(fit_keys)} articles; BBC human {bbc_docs} docs / {bbc_words} words
#   (each article counted once, longest truncation); AI {scored.ndocs} docs / {scored.words} words
#   (all generators: {ai.ndocs} docs / {ai.words} words;
#   {"human prompt prefix kept" if args.keep_prompt_prefix else "shared human prompt prefix stripped from each AI text"}).
# Web human text added to the human side: English article bodies of at least {WEB_MIN_WORDS} words
#   from {web_desc}, read in place
#   and extracted by `credence extract`. Human side in all: {human.ndocs} docs / {human.words} words.
# Tokenisation: lower-case, curly apostrophes -> ', token = run of Unicode
#   letters/digits with inner apostrophes kept ("today's"); hyphens and other
#   punctuation split tokens ("far-reaching" == "far reaching"). A phrase hit is
#   a whole-token sequence match; each start position counts once.
# Columns:
#   phrase         candidate phrase (lower-case, as written in the candidates file)
#   human_per_1k   hits per 1,000 words in the human texts (pooled: hits/words*1000)
#   ai_per_1k      hits per 1,000 words in AI fit-half texts ({ai_desc})
#   human_docs     number of human documents with >= 1 hit
#   ai_docs        number of those AI documents with >= 1 hit
#   ai_all_per_1k  hits per 1,000 words in AI fit-half texts, all generators pooled (shown only)
# Rows: all {n} candidates, including those never seen (0 / 0: kept as reviewer
#   evidence). Sorted by ai_per_1k / (human_per_1k + {RATIO_SMOOTHING}) descending. The scorer
#   treats a phrase whose ai_per_1k does not reach min_ratio x human_per_1k as scoring zero.
# Caveat: rates for rare phrases rest on a handful of hits; check the *_docs counts before
#   trusting a ratio.
"""
    out_lines = [header.rstrip("\n"), "phrase\thuman_per_1k\tai_per_1k\thuman_docs\tai_docs\tai_all_per_1k"]
    for _ratio, a1k, h1k, phrase, i in rows:
        out_lines.append(f"{phrase}\t{h1k:.4f}\t{a1k:.4f}\t{human.docs[i]}\t{scored.docs[i]}\t{ai.per_1k(i):.4f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out_lines) + "\n", encoding="utf-8")

    # ---- summary ---------------------------------------------------------
    print(f"corpus: {corpus} ({len(records)} records, {len(pairs)} pairs, {skipped_pairs} skipped)")
    print(f"split: fit {side_counts['fit']} pairs / {len(fit_keys)} articles; "
          f"held-out {side_counts['heldout']} pairs / {len(heldout_keys)} articles (not counted)")
    print(f"fit human: {human.ndocs} docs, {human.words} words (deduplicated articles)")
    print(f"fit AI:    {ai.ndocs} docs, {ai.words} words "
          f"(chat models gpt-3.5/gpt-4: {ai_chat.ndocs} docs, {ai_chat.words} words; "
          f"{prefix_stripped} prompt-prefix tokens stripped)")
    print(f"candidates: {n}; kept in TSV: {n} (seen in fit half: {seen}, never seen: {never}); "
          f"ai_per_1k > human_per_1k: {ai_gt}")
    print(f"wrote {args.out}")
    print()
    print(f"top {args.top} by ai_per_1k/(human_per_1k+{RATIO_SMOOTHING}):")
    print(f"  {'phrase':34s} {'human/1k':>9s} {'ai/1k':>8s} {'chat/1k':>8s} {'h_docs':>6s} {'ai_docs':>7s} {'ratio':>7s}")
    for ratio, a1k, h1k, phrase, i in rows[:args.top]:
        print(f"  {phrase:34s} {h1k:9.4f} {a1k:8.4f} {ai_chat.per_1k(i):8.4f} "
              f"{human.docs[i]:6d} {ai.docs[i]:7d} {ratio:7.1f}")
    def show(sel):
        for ratio, a1k, h1k, phrase, i in sel:
            print(f"  {phrase:34s} {h1k:9.4f} {a1k:8.4f} {ai_chat.per_1k(i):8.4f} "
                  f"{human.docs[i]:6d} {ai.docs[i]:7d} {ratio:7.1f}")

    at_human = [r for r in rows if human.docs[r[4]] >= 2 and r[1] <= 1.5 * r[2]]
    at_human.sort(key=lambda r: (-r[2], r[3]))
    print()
    print("comparable to human rate (human_docs >= 2 and ai_per_1k <= 1.5 x human_per_1k), by human rate:")
    show(at_human[:args.top])
    chat = [r for r in rows if ai_chat.hits[r[4]] > 0]
    chat.sort(key=lambda r: (-ai_chat.per_1k(r[4]) / (r[2] + RATIO_SMOOTHING), r[3]))
    print()
    print("top by chat-model rate only (gpt-3.5-turbo + gpt-4; informational, not written to the TSV):")
    show(chat[:args.top])
    return 0


if __name__ == "__main__":
    sys.exit(main())
