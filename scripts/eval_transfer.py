#!/usr/bin/env python3
"""Measure Credence's AI-text axis for TRANSFER (issue #4): AI-written news in many registers
against real human news from other sources, with the scorer unchanged.

AI side: data/eval/transfer/ai/NNN_register.txt, 60 fictional news bodies written by an AI model
(see data/eval/transfer/README.md; the register is the part of the file name after the number,
the form comes from manifest.tsv beside the folder when present). `--ai-dir
data/eval/paraphrase/ai` scores instead the 60 AI rewrites of fictional news stories (see
data/eval/paraphrase/README.md; the "register" column is then the user's request: rewrite, seo,
unique, short, engaging, formal).

Human side: ../shared/corpora/scrapinghub_aeb/gold.jsonl (Scrapinghub's Article Extraction
Benchmark, 181 pages, commit 4a3bc97; licence MIT, per the corpus README), read in place, never
copied into the repo. The text is the gold `articleBody` (the page's clean body: no title, no
byline, like the AI side). Kept: English bodies of >= 150 whitespace-separated words, English
meaning that at least 20% of the word tokens are common English function words (a cheap test:
the benchmark's Korean, Portuguese, Italian, Indonesian, Russian and German pages score 0.16 or
less, its English prose 0.20 or more; it also drops two English pages that are almost all lists, a
box-score round-up and a meal plan). Of 181 pages, 148 are kept. The benchmark holds news and also blog, how-to, product-review and
press-release pages; every kept page counts as "human". Publication year: from the page URL when
it has /YYYY/ in it, else the date Credence extracts from the page's own HTML
(html/<file>.html.gz, read in place), else unknown; the counts are printed. On the 2026-11-23 run
every kept page had a year, 2014-2020 (126 of 148 from 2019): before chat models were public, so
the human label is sound.

What it prints, for two passes of the release binary (`score -q --format jsonl`, each text
written to a temporary directory as a .txt file):
  1. the policy as shipped (the AI axis abstains under `axes.ai.min_words` words of article text),
  2. the style axis forced on for every text (a policy override `[axes.ai] min_words = 0`, as
     scripts/eval_heuristics.py does),
each with: n human, n AI, coverage (share with an ai_risk), AUROC with abstentions ranked lowest
and AUROC on the covered texts only, TPR at 1% and 5% FPR (abstentions ranked lowest), the FPR on
human texts at the `ai_generated` verdict and the TPR at that verdict (both over all texts, an
abstention counting as not called), a per-register and a per-form table of the AI texts (mean
ai_risk over the covered ones, share called ai_generated), and the human texts with the highest
and the AI texts with the lowest ai_risk with the AI-axis signals that carried points.

Targets (issue #4): AUROC >= 0.85, FPR at the ai_generated verdict <= 2%. Nothing here is fitted:
the set must never be used to tune the policy.

Usage: python3 scripts/eval_transfer.py [--corpus DIR] [--ai-dir DIR] [--bin PATH] [--json OUT]
Stdlib only. Prints "skipped: ..." and exits 0 when the corpus, the AI texts or the binary is
absent.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_heuristics import auroc, tpr_at_fpr  # noqa: E402  (one copy of the metrics)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_WORDS = 150
MIN_ENGLISH_SHARE = 0.20
EXTREMES = 5
# Common English function words: their share of a text's word tokens separates English
# prose (0.2 and more) from the benchmark's other languages (0.16 or less) without a language model.
ENGLISH_STOPWORDS = set(
    "the of and to a in is that for it on was with as at by be this are from have has not but or an "
    "his her they he she we you their which will were been had its said would who there more about".split()
)


def english_share(text: str) -> float:
    words = re.findall(r"[A-Za-z']+", text)
    return sum(w.lower() in ENGLISH_STOPWORDS for w in words) / max(1, len(words))


def load_human(corpus: str, binary: str):
    """Kept gold bodies as dicts: id, text, url, file, year, year_source."""
    docs = []
    with open(os.path.join(corpus, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            body = g.get("articleBody") or ""
            if len(body.split()) < MIN_WORDS or english_share(body) < MIN_ENGLISH_SHARE:
                continue
            domain = re.sub(r"^https?://(www\.)?", "", g.get("url", "")).split("/")[0]
            sha = os.path.basename(g["file"]).split(".")[0]
            m = re.search(r"/((?:19|20)\d\d)[/-]", g.get("url", ""))
            docs.append({
                "id": f"aeb:{sha[:10]}:{domain}", "text": body, "url": g.get("url", ""),
                "file": os.path.join(corpus, g["file"]), "year": m.group(1) if m else None,
                "year_source": "url" if m else None, "label": 0, "register": None, "form": None,
            })
    # Pages without a year in the URL: the date Credence extracts from the page's own HTML.
    undated = [d for d in docs if d["year"] is None and os.path.exists(d["file"])]
    if undated:
        res = subprocess.run([binary, "score", "-q", "--format", "jsonl", *[d["file"] for d in undated]],
                             capture_output=True, text=True)
        by_path = {}
        for line in res.stdout.splitlines():
            rec = json.loads(line)
            by_path[rec["id"]] = rec.get("published") or ""
        for d in undated:
            m = re.match(r"((?:19|20)\d\d)", by_path.get(d["file"], ""))
            if m:
                d["year"], d["year_source"] = m.group(1), "page"
    return docs


def load_ai(ai_dir: str):
    forms = {}
    manifest = os.path.join(os.path.dirname(ai_dir), "manifest.tsv")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 3 and cols[0] != "file":
                    # transfer/manifest.tsv: file, register, form, words; paraphrase/manifest.tsv:
                    # ai/file, original, style, words (the style is already in the file name).
                    name = os.path.basename(cols[0])
                    forms[name] = cols[2] if not cols[0].startswith("ai/") else None
    docs = []
    for name in sorted(os.listdir(ai_dir)):
        m = re.fullmatch(r"(\d{3})_([a-z]+)\.txt", name)
        if not m:
            continue
        with open(os.path.join(ai_dir, name), encoding="utf-8") as f:
            text = f.read()
        docs.append({"id": f"ai:{name[:-4]}", "text": text, "label": 1, "register": m.group(2),
                     "form": forms.get(name)})
    return docs


def run_binary(binary: str, docs) -> None:
    """Scores every text twice (shipped policy, style axis forced on); stores the records."""
    with tempfile.TemporaryDirectory(prefix="credence-transfer-") as tmp:
        folder = os.path.join(tmp, "docs")
        os.mkdir(folder)
        for i, d in enumerate(docs):
            with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(d["text"])
        policy = os.path.join(tmp, "policy.toml")
        with open(policy, "w") as f:
            f.write("[axes.ai]\nmin_words = 0\n")
        for setting, extra in (("shipped", []), ("forced", ["--policy", policy])):
            res = subprocess.run([binary, "score", "-q", "--format", "jsonl", *extra, folder],
                                 capture_output=True, text=True)
            if res.returncode not in (0, 1):
                sys.exit(f"credence failed: {res.stderr[:500]}")
            for line in res.stdout.splitlines():
                rec = json.loads(line)
                i = int(os.path.basename(rec["id"]).split(".")[0])
                docs[i][setting] = rec


# The AI-axis signals whose value the policy reads, and the direction in which a value counts as
# more AI-like (see data/policy.toml): +1 higher = more AI, -1 lower = more AI.
SIGNAL_DIRECTIONS = [("B001", +1), ("B002", -1), ("B003", -1), ("B004q", -1), ("B005", +1),
                     ("B008", -1), ("B009", -1), ("B010", +1), ("B011", +1), ("B012", -1),
                     ("B013", +1), ("B014", -1), ("B015", +1), ("B016", -1)]


def signal_value(rec, code):
    sig = {s["code"]: s for s in rec.get("signals", [])}
    if code == "B004q":  # quotes per sentence, from the summary, as eval_heuristics.py reads it
        m = re.search(r"(\d+) direct quote\(s\) in (\d+) sentences", sig.get("B004", {}).get("summary", ""))
        return int(m.group(1)) / max(1, int(m.group(2))) if m else None
    if code == "B001":
        return sig["B001"]["value"] if "B001" in sig else 0.0
    return sig[code]["value"] if code in sig else None


def signal_points(rec, code):
    return sum(s["points"] for s in rec.get("signals", []) if s["code"] == code.rstrip("q"))


def ai_points(rec) -> str:
    sig = [s for s in rec.get("signals", []) if s.get("axis") == "ai" and s.get("points", 0) >= 0.05]
    sig.sort(key=lambda s: -s["points"])
    return ", ".join(f"{s['code']} {s['name']} +{s['points']:.1f} ({s['summary']})" for s in sig) or "no AI-axis points"


def evaluate(setting: str, human, ai, threshold: float) -> dict:
    def risk(d):
        return d[setting].get("ai_risk")

    def ranked(d):  # an abstention ranks below every score
        r = risk(d)
        return -1.0 if r is None else r

    pos, neg = [ranked(d) for d in ai], [ranked(d) for d in human]
    pos_c = [risk(d) for d in ai if risk(d) is not None]
    neg_c = [risk(d) for d in human if risk(d) is not None]
    called = lambda ds: sum(1 for d in ds if d[setting].get("verdict") == "ai_generated")
    res = {
        "n_human": len(human), "n_ai": len(ai),
        "coverage_human": len(neg_c) / max(1, len(human)), "coverage_ai": len(pos_c) / max(1, len(ai)),
        "auroc": auroc(pos, neg), "auroc_covered": auroc(pos_c, neg_c), "n_covered": len(pos_c) + len(neg_c),
        "tpr_at_1pct_fpr": tpr_at_fpr(pos, neg, 0.01), "tpr_at_5pct_fpr": tpr_at_fpr(pos, neg, 0.05),
        "fpr_verdict": called(human) / max(1, len(human)), "n_human_called": called(human),
        "tpr_verdict": called(ai) / max(1, len(ai)), "n_ai_called": called(ai),
        "fpr_threshold": sum(1 for v in neg_c if v >= threshold) / max(1, len(human)),
        "human_risk_median": sorted(neg_c)[len(neg_c) // 2] if neg_c else None,
        "ai_risk_median": sorted(pos_c)[len(pos_c) // 2] if pos_c else None,
    }
    for key, field in (("registers", "register"), ("forms", "form")):
        groups = defaultdict(list)
        for d in ai:
            groups[d[field] or "-"].append(d)
        res[key] = {}
        for g, ds in sorted(groups.items()):
            rs = [risk(d) for d in ds if risk(d) is not None]
            res[key][g] = {"n": len(ds), "mean_ai_risk": sum(rs) / len(rs) if rs else None,
                           "share_ai_generated": called(ds) / len(ds)}
    res["signals"] = {}
    for code, direction in SIGNAL_DIRECTIONS:
        hv = [signal_value(d[setting], code) for d in human]
        av = [signal_value(d[setting], code) for d in ai]
        hv, av = [direction * x for x in hv if x is not None], [direction * x for x in av if x is not None]
        res["signals"][code] = {
            "auroc": auroc(av, hv), "n": len(hv) + len(av),
            "mean_points_human": sum(signal_points(d[setting], code) for d in human) / max(1, len(human)),
            "mean_points_ai": sum(signal_points(d[setting], code) for d in ai) / max(1, len(ai)),
        }
    top_h = sorted(human, key=lambda d: -ranked(d))[:EXTREMES]
    low_ai = sorted(ai, key=ranked)[:EXTREMES]
    res["human_highest"] = [{"id": d["id"], "ai_risk": risk(d), "verdict": d[setting].get("verdict"),
                             "words": d[setting].get("words"), "signals": ai_points(d[setting])} for d in top_h]
    res["ai_lowest"] = [{"id": d["id"], "ai_risk": risk(d), "verdict": d[setting].get("verdict"),
                         "words": d[setting].get("words"), "signals": ai_points(d[setting])} for d in low_ai]
    return res


def fmt(v, spec=".3f"):
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else format(v, spec)


def print_pass(title: str, r: dict, threshold: float):
    print(f"== {title}")
    print(f"n human {r['n_human']}, n AI {r['n_ai']}")
    print(f"coverage (ai_risk computed): human {r['coverage_human']:.3f}, AI {r['coverage_ai']:.3f}")
    print(f"AUROC, abstentions ranked lowest: {fmt(r['auroc'])}   (target >= 0.85: {'met' if r['auroc'] >= 0.85 else 'MISSED'})")
    print(f"AUROC, covered texts only (n={r['n_covered']}): {fmt(r['auroc_covered'])}")
    print(f"TPR at 1% FPR: {fmt(r['tpr_at_1pct_fpr'])}   TPR at 5% FPR: {fmt(r['tpr_at_5pct_fpr'])}")
    print(f"median ai_risk: human {fmt(r['human_risk_median'], '.2f')}, AI {fmt(r['ai_risk_median'], '.2f')}")
    print(f"FPR on human at the ai_generated verdict: {r['fpr_verdict']:.3f} ({r['n_human_called']}/{r['n_human']})"
          f"   (target <= 0.02: {'met' if r['fpr_verdict'] <= 0.02 else 'MISSED'}); at ai_risk >= {threshold:.2f}: {r['fpr_threshold']:.3f}")
    print(f"TPR at the ai_generated verdict: {r['tpr_verdict']:.3f} ({r['n_ai_called']}/{r['n_ai']})")
    for key, label in (("registers", "register"), ("forms", "form")):
        print()
        print(f"  {label:<14} {'n':>3} {'mean ai_risk':>12} {'ai_generated':>12}")
        for g, v in r[key].items():
            print(f"  {g:<14} {v['n']:>3} {fmt(v['mean_ai_risk'], '.2f'):>12} {v['share_ai_generated']:>12.2f}")
    print()
    print(f"  {'signal':<7} {'n':>4} {'AUROC':>6} {'mean pts human':>14} {'mean pts AI':>11}   (AUROC of the value, read in the policy's direction)")
    for code, v in r["signals"].items():
        print(f"  {code:<7} {v['n']:>4} {fmt(v['auroc']):>6} {v['mean_points_human']:>14.1f} {v['mean_points_ai']:>11.1f}")
    for key, label in (("human_highest", "human texts with the highest ai_risk"), ("ai_lowest", "AI texts with the lowest ai_risk")):
        print()
        print(f"  {label}:")
        for e in r[key]:
            print(f"    {e['id']}  ai_risk {fmt(e['ai_risk'], '.2f')}  {e['verdict']}  {e['words']} words")
            print(f"      {e['signals']}")
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "scrapinghub_aeb"))
    ap.add_argument("--ai-dir", default=os.path.join(ROOT, "data", "eval", "transfer", "ai"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "credence"))
    ap.add_argument("--json", help="also write the results as JSON to this file")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.corpus, "gold.jsonl")):
        print(f"skipped: corpus not found ({args.corpus})")
        return 0
    if not os.path.isdir(args.ai_dir):
        print(f"skipped: AI texts not found ({args.ai_dir})")
        return 0
    if not os.path.exists(args.bin):
        print(f"skipped: credence binary not found at {args.bin} (run `cargo build --release`)")
        return 0
    human = load_human(args.corpus, args.bin)
    ai = load_ai(args.ai_dir)
    docs = human + ai
    run_binary(args.bin, docs)
    policy_text = subprocess.run([args.bin, "policy", "show"], capture_output=True, text=True).stdout
    m = re.search(r"\[axes\.ai\][^\[]*?threshold = ([0-9.]+)", policy_text)
    threshold = float(m.group(1)) if m else 0.5
    v = re.search(r'version = "([^"]+)"', policy_text)

    years = Counter(d["year"] or "unknown" for d in human)
    sources = Counter(d["year_source"] or "none" for d in human)
    print(f"Credence AI axis, transfer: AI-written fictional news ({os.path.relpath(args.ai_dir, ROOT)}) vs human news bodies "
          "(scrapinghub_aeb gold articleBody, English, >= 150 words)")
    print(f"policy {v.group(1) if v else '?'} as compiled in; ai_generated threshold {threshold:.2f}")
    print("human publication years: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items()))
          + f"  (year from: url {sources['url']}, page date {sources['page']}, none {sources['none']})")
    print()
    results = {"threshold": threshold, "human_years": dict(years)}
    for setting, title in (("shipped", "policy as shipped"), ("forced", "style axis forced on (axes.ai.min_words = 0)")):
        r = evaluate(setting, human, ai, threshold)
        results[setting] = r
        print_pass(title, r, threshold)
    if all(d["shipped"].get("ai_risk") == d["forced"].get("ai_risk") for d in docs):
        print("(the two passes agree on every text: every text has at least min_words words of article text)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
