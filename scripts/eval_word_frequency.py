#!/usr/bin/env python3
"""Word-frequency likelihood on the AI-text axis: a study (issue #4, transfer). It ships nothing.

The likelihood detectors (DetectGPT, Fast-DetectGPT, Binoculars) rest on one fact: a model
prefers probable tokens. Without a language model the nearest thing is a unigram model, a table of
how often each word occurs in human news. This script measures whether the unigram analogues
separate AI text from human text, and whether they keep their direction when the AI text is a
rewrite of a human story rather than a continuation:
  - mean surprisal (-log2 p(word)) and mean log rank of the words,
  - the share of words outside the top-N most frequent words,
  - the spread of surprisal: std and CV over words, std and CV of the per-sentence mean,
  - a Binoculars-like normalisation: mean surprisal under the table divided by the entropy of the
    document's own word distribution,
  - the same on function/common words only (the top 300 table words) and on the other words only.

The table comes from the HUMAN side of the XSum FIT half only (the split of
scripts/eval_heuristics.py). To keep a human text's own words from lowering its own surprisal,
the fit half is cut in two by article and each fold is scored with the table of the other fold
(two-fold cross-fitting); dev texts are scored with the table of the whole fit half. Words are
lowercased; a word must occur in at least MIN_DOCS documents to enter the table (topic words of
one story stay out), and every other word gets the out-of-vocabulary surprisal, a cap.

Printed, per feature: AUROC (AI = positive) on XSum fit (gpt-3.5-turbo, gpt-4), on the dev set
(human originals vs AI rewrites, a folder each, paired by file name; only the names in the AI
folder's manifest.tsv when there is one), and the dev paired shift (share of pairs where the
rewrite is higher minus share where it is lower). With --heldout, the held-out sets' figures
are printed once at the end (for the record; nothing is chosen on them).

Also printed: a plain logistic regression fitted on the XSum fit half with the direction-stable
style features of scripts/eval_style_features.py, alone and with each frequency feature added,
scored on the XSum held-out half and the dev set. WF_MIN_DOCS (default 3) and WF_COMMON (default
300) in the environment change the table's document floor and the common-word cut.

Usage:
  python3 scripts/eval_word_frequency.py --human-dir /tmp/dev/orig --ai-dir /tmp/dev/ai [--heldout]
Stdlib only. Prints "skipped: ..." and exits 0 when the XSum corpus is absent.
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import re
import statistics as st
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_heuristics import auroc, fit_and_auroc, load  # noqa: E402
from eval_style_features import SUBSETS, feature_cells, xsum_side  # noqa: E402
from eval_style_features import features as style_features  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHAT = ("gpt-3.5-turbo", "gpt-4")
WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
SENT = re.compile(r'(?<=[.!?])["”’\']?\s+(?=["“‘]?[A-Z0-9])')
MIN_DOCS = int(os.environ.get("WF_MIN_DOCS", "3"))
COMMON = int(os.environ.get("WF_COMMON", "300"))


class Table:
    def __init__(self, texts: list[str]):
        tf: Counter = Counter()
        df: Counter = Counter()
        for t in texts:
            ws = WORD.findall(t.lower())
            tf.update(ws)
            df.update(set(ws))
        kept = {w: c for w, c in tf.items() if df[w] >= MIN_DOCS}
        total = sum(kept.values()) + 1
        self.surprisal = {w: -math.log2(c / total) for w, c in kept.items()}
        # Out of vocabulary: as rare as a word seen once, a cap so a name cannot dominate.
        self.oov = -math.log2(1 / total)
        ranked = sorted(kept, key=lambda w: -kept[w])
        self.rank = {w: i + 1 for i, w in enumerate(ranked)}
        self.oov_rank = len(ranked) + 1
        self.common = set(ranked[:COMMON])
        self.size = len(ranked)

    def s(self, w: str) -> float:
        return self.surprisal.get(w, self.oov)


def features(text: str, tab: Table) -> dict[str, float]:
    flat = re.sub(r"\s+", " ", text.strip())
    words = WORD.findall(flat.lower())
    if not words:
        return {}
    sur = [tab.s(w) for w in words]
    ranks = [tab.rank.get(w, tab.oov_rank) for w in words]
    mean = st.mean(sur)
    sd = st.pstdev(sur)
    sent_means = []
    for s in SENT.split(flat):
        ws = WORD.findall(s.lower())
        if len(ws) >= 5:
            sent_means.append(st.mean(tab.s(w) for w in ws))
    counts = Counter(words)
    n = len(words)
    entropy = -sum(c / n * math.log2(c / n) for c in counts.values())
    common = [x for w, x in zip(words, sur) if w in tab.common]
    rare = [x for w, x in zip(words, sur) if w not in tab.common]
    known = [x for w, x in zip(words, sur) if w in tab.surprisal]
    known_rare = [x for w, x in zip(words, sur) if w not in tab.common and w in tab.surprisal]
    f = {
        "mean_surprisal": mean,
        "mean_log_rank": st.mean(math.log(r) for r in ranks),
        "median_surprisal": st.median(sur),
        "share_outside_top100": sum(r > 100 for r in ranks) / n,
        "share_outside_top300": sum(r > 300 for r in ranks) / n,
        "share_outside_top600": sum(r > 600 for r in ranks) / n,
        "share_oov": sum(w not in tab.surprisal for w in words) / n,
        "surprisal_std": sd,
        "surprisal_cv": sd / mean if mean else 0.0,
        "sentence_surprisal_std": st.pstdev(sent_means) if len(sent_means) > 1 else 0.0,
        "sentence_surprisal_cv": st.pstdev(sent_means) / st.mean(sent_means) if len(sent_means) > 1 else 0.0,
        "surprisal_over_entropy": mean / entropy if entropy else 0.0,
        "surprisal_minus_entropy": mean - entropy,
        "common_share": len(common) / n,
        "common_mean_surprisal": st.mean(common) if common else 0.0,
        "rare_mean_surprisal": st.mean(rare) if rare else 0.0,
        "known_rare_mean_surprisal": st.mean(known_rare) if known_rare else 0.0,
        "known_rare_std": st.pstdev(known_rare) if len(known_rare) > 1 else 0.0,
        "known_mean_surprisal": st.mean(known) if known else 0.0,
        "known_surprisal_std": st.pstdev(known) if len(known) > 1 else 0.0,
    }
    return f


def read_dir(folder: str) -> dict[str, str]:
    return {os.path.basename(p): open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(folder, "*.txt")))}


def manifest_names(folder: str) -> set[str] | None:
    path = os.path.join(folder, "manifest.tsv")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0].strip() + ".txt" for line in f if line.strip()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora"))
    ap.add_argument("--human-dir")
    ap.add_argument("--ai-dir")
    ap.add_argument("--heldout", action="store_true", help="print the held-out sets' figures once at the end")
    args = ap.parse_args()
    xsum = os.path.join(args.corpora, "fastdetectgpt_xsum")
    if not os.path.isdir(xsum):
        print(f"skipped: corpus not found: {xsum}")
        return 0
    rows = load(xsum)
    fit_humans: dict[str, str] = {}
    for r in rows:
        if r["fit"] and r["label"] == "human":
            fit_humans.setdefault(r["key"], r["text"])
    keys = sorted(fit_humans)
    fold = {k: i % 2 for i, k in enumerate(keys)}
    tabs = [Table([fit_humans[k] for k in keys if fold[k] != f]) for f in (0, 1)]
    full = Table(list(fit_humans.values()))
    print(f"table: {len(fit_humans)} XSum fit-half human texts, {full.size} words in >= {MIN_DOCS} texts "
          f"(folds {tabs[0].size} / {tabs[1].size}); common = top {COMMON}")

    for r in rows:
        if r["fit"]:
            r["W"] = features(r["text"], tabs[fold[r["key"]]])
    names = list(features("The council said the plan would go ahead next year.", full))

    xs = {g: xsum_side(rows, True, g) for g in CHAT}
    dev = None
    dev_texts = None
    if args.human_dir and args.ai_dir:
        ai, hu = read_dir(args.ai_dir), read_dir(args.human_dir)
        only = manifest_names(args.ai_dir)
        if only is not None:
            ai = {k: v for k, v in ai.items() if k in only}
        fa = {k: features(v, full) for k, v in ai.items()}
        fh = {k: features(v, full) for k, v in hu.items()}
        dev = (fa, fh)
        dev_texts = (ai, hu)
        print(f"dev set: {len(ai)} AI rewrites, {len(hu)} human originals ({sum(k in hu for k in ai)} paired)")

    print("\n| feature | XSum fit gpt-3.5 | XSum fit gpt-4 | dev AUROC | dev paired shift |")
    print("|---|---:|---:|---:|---:|")
    for k in names:
        cells = feature_cells(k, xs, "W", dev)
        print(f"| {k} | " + " | ".join(cells) + " |")

    logistic(rows, xs, full, dev_texts, names)

    if args.heldout:
        print("\nheld-out sets, printed once (measurement only; the table is the whole fit half):")
        for r in rows:
            if not r["fit"]:
                r["W"] = features(r["text"], full)
        held = {g: xsum_side(rows, False, g) for g in CHAT}
        print("| feature | XSum held-out gpt-3.5 | XSum held-out gpt-4 | transfer | paraphrase |")
        print("|---|---:|---:|---:|---:|")
        extra = held_out_sets(args.corpora, full)
        for k in names:
            cells = [f"{auroc([r['W'][k] for r in held[g][0]], [r['W'][k] for r in held[g][1]]):.2f}" for g in CHAT]
            for ai_f, hu_f in extra:
                cells.append(f"{auroc([f[k] for f in ai_f], [f[k] for f in hu_f]):.2f}" if ai_f else "-")
            print(f"| {k} | " + " | ".join(cells) + " |")
    return 0


STYLE_BASE = SUBSETS["direction-stable ten"]


def logistic(rows, xs, full: Table, dev_texts, names) -> None:
    """Does a frequency feature add to the direction-stable style features? A plain logistic
    regression fitted on the XSum fit half (human vs gpt-3.5-turbo + gpt-4), scored unchanged on
    the XSum held-out half (table: the whole fit half) and on the dev set."""
    fit_ai = [r for g in CHAT for r in xs[g][0]]
    fit_hu = list({id(r): r for g in CHAT for r in xs[g][1]}.values())
    held_ai = [r for r in rows if not r["fit"] and r["generator"] in CHAT]
    pairs = {r["pair_id"] for r in held_ai}
    held_hu = [r for r in rows if not r["fit"] and r["label"] == "human" and r["pair_id"] in pairs]
    for r in held_ai + held_hu:
        r.setdefault("H", features(r["text"], full))
    for r in fit_ai + fit_hu + held_ai + held_hu:
        r.setdefault("S", style_features(r["text"]))
    dev = None
    if dev_texts:
        ai, hu = dev_texts
        dev = ([(style_features(t), features(t, full)) for t in ai.values()],
               [(style_features(t), features(t, full)) for t in hu.values()])
    print("\nlogistic regression on the XSum fit half, scored unchanged (style = the direction-stable ten of"
          " eval_style_features.py):")
    print("| features | XSum held-out AUROC | dev AUROC |")
    print("|---|---:|---:|")
    sets = {"style only": ([], STYLE_BASE), "frequency features only": (names, [])}
    for k in names:
        sets[f"style + {k}"] = ([k], STYLE_BASE)
    for label, (wf, sf) in sets.items():
        def vec(s, w):
            return [s[k] for k in sf] + [w[k] for k in wf]
        held, d = fit_and_auroc(
            [vec(r["S"], r["W"]) for r in fit_hu], [vec(r["S"], r["W"]) for r in fit_ai],
            [vec(r["S"], r["H"]) for r in held_ai], [vec(r["S"], r["H"]) for r in held_hu],
            ([vec(s, f) for s, f in dev[0]], [vec(s, f) for s, f in dev[1]]) if dev else None)
        d = "-" if d is None else f"{d:.3f}"
        print(f"| {label} | {held:.3f} | {d} |")


def held_out_sets(corpora: str, tab: Table):
    """The AI sides of data/eval/transfer and data/eval/paraphrase against the AEB human bodies
    that scripts/eval_transfer.py keeps (its own loader, so both scripts score the same texts)."""
    import json

    from eval_transfer import MIN_ENGLISH_SHARE, MIN_WORDS, english_share

    out = []
    gold = os.path.join(corpora, "scrapinghub_aeb", "gold.jsonl")
    if not os.path.exists(gold):
        print(f"  (AEB gold not found: {gold})")
        return [([], []), ([], [])]
    humans = []
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                body = json.loads(line).get("articleBody") or ""
                if len(body.split()) >= MIN_WORDS and english_share(body) >= MIN_ENGLISH_SHARE:
                    humans.append(body)
    hu_f = [features(t, tab) for t in humans]
    for name, sub in (("transfer", "ai"), ("paraphrase", "ai")):
        folder = os.path.join(ROOT, "data", "eval", name, sub)
        texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]
        out.append(([features(t, tab) for t in texts], hu_f))
    return out


if __name__ == "__main__":
    sys.exit(main())
