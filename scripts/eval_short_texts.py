#!/usr/bin/env python3
"""How short a text may be before the AI axis must abstain (issue #4: "abstain on too-short text").

Texts are cut at a sentence end to a random length inside each word band (30-59, 60-99, 100-149
by default), the release binary scores them with the style axis forced on (a policy override
`[axes.ai] min_words = 0`, as scripts/eval_heuristics.py does), and for each band the script prints:
  - per group: n, the share called `ai_generated`, the mean ai_risk;
  - AUROC of ai_risk, each AI group against each human group;
  - the FPR at the verdict on human texts (the issue's bar: <= 2%) and the TPR at the verdict.

Groups (read in place, nothing copied into the repo):
  xsum-human (held-out half only), xsum-gpt-3.5-turbo, xsum-gpt-4 (held-out half):
      ../shared/corpora/fastdetectgpt_xsum, split by article as eval_heuristics.py does (the
      policy was fitted on the other half, on full-length texts);
  aeb-human: English article bodies of ../shared/corpora/scrapinghub_aeb (never used to fit),
      two cuts of each, as eval_transfer.py selects them;
  claude-transfer, claude-paraphrase: data/eval/transfer/ai and data/eval/paraphrase/ai.
The seed is fixed, so a run is repeatable. The axis's `min_words` in data/policy.toml is set from
this table: the shortest band whose human FPR at the verdict stays <= 2% on both human groups and
whose AUROC against XSum human news stays >= 0.85 for both chat generators.

Usage: python3 scripts/eval_short_texts.py [--bands 30-59,60-99,100-149] [--seed 7] [--bin PATH]
Prints "skipped: ..." and exits 0 when a corpus or the binary is absent.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_heuristics import CHAT, auroc, load, run_binary  # noqa: E402  (one copy of split, runner, metrics)
from eval_transfer import load_ai, load_human  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(os.path.dirname(ROOT), "shared", "corpora")
DEFAULT_BIN = os.path.join(ROOT, "target", "release", "credence")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def cut(text: str, lo: int, hi: int, rng: random.Random) -> str | None:
    """The text's first sentences, between lo and hi words, aiming at a random length."""
    target = rng.randint(lo, hi)
    kept, n = [], 0
    for s in SENTENCE_END.split(text.strip()):
        w = len(s.split())
        if n + w > target and n >= lo:
            break
        kept.append(s)
        n += w
    return " ".join(kept) if lo <= n <= hi else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bands", default="30-59,60-99,100-149")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bin", default=DEFAULT_BIN)
    ap.add_argument("--corpora", default=CORPORA)
    args = ap.parse_args()
    xsum = os.path.join(args.corpora, "fastdetectgpt_xsum")
    aeb = os.path.join(args.corpora, "scrapinghub_aeb")
    for path in (xsum, aeb, args.bin):
        if not os.path.exists(path):
            print(f"skipped: {path} not found")
            return 0

    sources: list[tuple[str, str]] = []
    seen = set()
    for r in load(xsum):
        if r["fit"] or r["text"] in seen:
            continue
        seen.add(r["text"])
        if r["label"] == "human":
            sources.append(("xsum-human", r["text"]))
        elif r["generator"] in CHAT:
            sources.append((f"xsum-{r['generator']}", r["text"]))
    for d in load_human(aeb, args.bin):
        sources += [("aeb-human", d["text"])] * 2
    for name in ("transfer", "paraphrase"):
        for d in load_ai(os.path.join(ROOT, "data", "eval", name, "ai")):
            sources.append((f"claude-{name}", d["text"]))

    humans = ("xsum-human", "aeb-human")
    for band in args.bands.split(","):
        lo, hi = (int(x) for x in band.split("-"))
        rng = random.Random(args.seed)
        docs = [(g, t) for g, src in sources if (t := cut(src, lo, hi, rng))]
        # The forced pass of eval_heuristics' runner: every text scored with `min_words = 0`.
        scored = run_binary(args.bin, [{"text": t} for _, t in docs])
        by = defaultdict(list)
        for g, t in docs:
            rec = scored[t]["forced"]
            by[g].append((rec["ai_risk"] if rec["ai_risk"] is not None else 0.0,
                          rec["verdict"] == "ai_generated"))
        print(f"### {lo}-{hi} words (seed {args.seed})")
        print("| group | n | called ai_generated | mean ai_risk |")
        print("|---|---|---|---|")
        for g in sorted(by):
            rs = by[g]
            called = sum(c for _, c in rs)
            print(f"| {g} | {len(rs)} | {called} ({called / len(rs):.1%}) | {sum(r for r, _ in rs) / len(rs):.3f} |")
        print()
        print("| AUROC | " + " | ".join(f"vs {h}" for h in humans) + " |")
        print("|---|" + "---|" * len(humans))
        for g in sorted(by):
            if g in humans:
                continue
            cells = [f"{auroc([r for r, _ in by[g]], [r for r, _ in by[h]]):.3f}" for h in humans]
            print(f"| {g} | " + " | ".join(cells) + " |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
