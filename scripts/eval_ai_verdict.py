#!/usr/bin/env python3
"""Where the `ai_generated` VERDICT stands (not the AI risk's ranking): which gate stops each AI
set, and what the threshold and the quotable-style gate trade against human texts called
ai_generated.

Sets, each scored once by the release binary (`score -q --format jsonl`), read in place:
  FIT (tuning allowed):
    xsum fit half      ../shared/corpora/fastdetectgpt_xsum: human BBC texts and gpt-3.5-turbo /
                       gpt-4 continuations on the fit side of eval_heuristics.py's split (scored
                       with `axes.ai.min_words = 0`, as eval_heuristics.py does)
    chat_news          data/fit/chat_news (48 chat-written news texts)
    htmldate_own_en    ../shared/corpora/htmldate_default pages NOT in trafilatura_evaldata whose
                       extracted language is English (human web pages with paragraphs)
  HELD OUT (measure only, never tune on them):
    xsum held-out half (humans and the two chat models), AEB gold bodies (148 kept as in
    eval_transfer.py, and all 181), trafilatura_evaldata's 990 pages, AEB's 181 pages,
    data/eval/transfer/ai and data/eval/paraphrase/ai.

Prints: the verdict counts per set; the gate table (per AI set: risk quantiles, texts with >= 1
quotable point, and how many are stopped by the risk, by the quotable gate or by both); and the
trade-off (share called at AI thresholds 0.40-0.60 with the quotable minimum 0 and the policy's,
simulated from the records). A policy that lets the statistics alone make the verdict from a
risk (`ai_statistics_alone`, tried on 2026-11-26 and not adopted: see docs/benchmarks.md) has that
bar applied throughout; the shipped policy has none.

Usage: python3 scripts/eval_ai_verdict.py [--bin PATH] [--corpora DIR] [--policy FILE]
Stdlib only. Prints "skipped: ..." and exits 0 when the corpora or the binary are absent.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_heuristics import auroc, load as load_xsum  # noqa: E402
from eval_transfer import MIN_ENGLISH_SHARE, MIN_WORDS, english_share  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# crates/heuristics/src/scoring.rs AI_STYLE_CODES: the signals whose evidence is a quote.
QUOTABLE = {"B001", "B005", "B006", "B007", "B017"}
CHAT = ("gpt-3.5-turbo", "gpt-4")


def score(binary, items, policy, forced=False):
    """items: (id, 'text' | 'file', payload). Returns id -> JSON record."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="credence-aiverdict-") as tmp:
        names = {}
        for i, (iid, kind, payload) in enumerate(items):
            if kind == "text":
                path = os.path.join(tmp, f"{i:06d}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(payload)
            else:  # a symlink: the page is read in place, never copied
                ext = ".html.gz" if payload.endswith(".html.gz") else os.path.splitext(payload)[1]
                path = os.path.join(tmp, f"{i:06d}{ext}")
                os.symlink(os.path.abspath(payload), path)
            names[os.path.basename(path)] = iid
        text = open(policy).read() if policy else ""
        if forced:
            text = text.replace("[axes.ai]", "[axes.ai]\nmin_words = 0", 1) if "[axes.ai]" in text else text + "\n[axes.ai]\nmin_words = 0\n"
        cmd = [binary, "score", "-q", "--format", "jsonl"]
        if text.strip():
            pf = os.path.join(tmp, "policy.override")
            with open(pf, "w") as f:
                f.write(text)
            cmd += ["--policy", pf]
        res = subprocess.run(cmd + [tmp], capture_output=True, text=True)
        if res.returncode not in (0, 1):
            sys.exit(f"credence failed: {res.stderr[:500]}")
        for line in res.stdout.splitlines():
            rec = json.loads(line)
            out[names[os.path.basename(rec["id"])]] = rec
    return out


def quotable_points(rec):
    return sum(max(0.0, s["points"]) for s in rec.get("signals", []) if s["code"] in QUOTABLE)


def risk(rec):
    return rec.get("ai_risk") or 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "credence"))
    ap.add_argument("--corpora", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora"))
    ap.add_argument("--policy", help="a policy override file, as `score --policy`")
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        print(f"skipped: {args.bin} not found (cargo build --release)")
        return 0
    need = ["fastdetectgpt_xsum", "scrapinghub_aeb", "trafilatura_evaldata", "htmldate_default"]
    if not all(os.path.isdir(os.path.join(args.corpora, c)) for c in need):
        print(f"skipped: corpora not found under {args.corpora}")
        return 0
    policy_text = subprocess.run([args.bin, "policy", "show"] + (["--policy", args.policy] if args.policy else []),
                                 capture_output=True, text=True).stdout
    num = lambda key, default: float(m.group(1)) if (m := re.search(rf"^{key} = ([0-9.]+)", policy_text, re.M)) else default
    thr = float(re.search(r"\[axes\.ai\][^\[]*?threshold = ([0-9.]+)", policy_text).group(1))
    min_q, alone = num("ai_min_style_points", 0.0), num("ai_statistics_alone", 1.0)

    rows = load_xsum(os.path.join(args.corpora, "fastdetectgpt_xsum"))
    texts = list(dict.fromkeys(r["text"] for r in rows))
    tid = {t: f"x{i}" for i, t in enumerate(texts)}
    xs = score(args.bin, [(tid[t], "text", t) for t in texts], args.policy, forced=True)
    G = {}
    for side in ("fit", "held"):
        part = [r for r in rows if r["fit"] == (side == "fit")]
        G[f"xsum_{side}_human"] = [xs[tid[r["text"]]] for r in part if r["label"] == "human"]
        for gen in CHAT:
            G[f"xsum_{side}_{gen}"] = [xs[tid[r["text"]]] for r in part if r["generator"] == gen]
    aeb = []
    with open(os.path.join(args.corpora, "scrapinghub_aeb", "gold.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            body = (json.loads(line).get("articleBody") or "") if line.strip() else ""
            if body:
                kept = len(body.split()) >= MIN_WORDS and english_share(body) >= MIN_ENGLISH_SHARE
                aeb.append((f"aeb{i:04d}{'K' if kept else ''}", "text", body))
    bodies = score(args.bin, aeb, args.policy)
    G["aeb_bodies_148"] = [v for k, v in bodies.items() if k.endswith("K")]
    G["aeb_bodies_all"] = list(bodies.values())
    for name, pattern in (("traf_pages", "trafilatura_evaldata/html/*.html.gz"), ("aeb_pages", "scrapinghub_aeb/html/*.html.gz")):
        files = sorted(glob.glob(os.path.join(args.corpora, pattern)))
        G[name] = list(score(args.bin, [(p, "file", p) for p in files], args.policy).values())
    own = []
    with open(os.path.join(args.corpora, "htmldate_default", "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            path = os.path.join(args.corpora, "htmldate_default", g["file"])
            if not g["in_trafilatura_evaldata"] and os.path.exists(path):
                own.append((path, "file", path))
    G["htmldate_own_en"] = [v for v in score(args.bin, own, args.policy).values() if v.get("language") == "en"]
    for name, folder in (("chat_news", "data/fit/chat_news"), ("transfer", "data/eval/transfer/ai"), ("paraphrase", "data/eval/paraphrase/ai")):
        d = os.path.join(ROOT, folder)
        files = [os.path.join(d, n) for n in sorted(os.listdir(d)) if re.fullmatch(r"\d{3}_[a-z]+\.txt", n)]
        G[name] = list(score(args.bin, [(p, "file", p) for p in files], args.policy).values())

    fit_sets = ["xsum_fit_human", "htmldate_own_en", "chat_news", "xsum_fit_gpt-3.5-turbo", "xsum_fit_gpt-4"]
    held_human = ["xsum_held_human", "aeb_bodies_148", "aeb_bodies_all", "traf_pages", "aeb_pages"]
    held_ai = ["transfer", "paraphrase", "xsum_held_gpt-3.5-turbo", "xsum_held_gpt-4"]
    print(f"AI verdict study; threshold {thr:.2f}, quotable minimum {min_q:.1f}, statistics alone from {alone:.2f}")
    print("\nverdict ai_generated (FIT sets first, then HELD-OUT)")
    for k in fit_sets + held_human + held_ai:
        c = sum(1 for r in G[k] if r.get("verdict") == "ai_generated")
        print(f"  {k:<24} {c:>4}/{len(G[k]):<5} {c / max(1, len(G[k])):6.1%}")
    for gen in CHAT:
        pos = [risk(r) for r in G[f"xsum_held_{gen}"]]
        print(f"  XSum held-out AUROC {gen} vs every held-out human text: {auroc(pos, [risk(r) for r in G['xsum_held_human']]):.3f}")
    print("  (eval_heuristics.py's AUROC pairs each generator with its own human texts)")

    print(f"\ngate table: why AI texts miss the verdict (risk gate {thr:.2f}; quotable gate {min_q:.1f} points, lifted from {alone:.2f})")
    print(f"  {'set':<24} {'n':>3} {'q25':>5} {'med':>5} {'q75':>5} {'>=thr':>5} {'q>0':>4} {'q>=m':>4} | {'risk':>4} {'quot':>4} {'both':>4} {'called':>6}")
    for k in ["chat_news", "xsum_fit_gpt-3.5-turbo", "xsum_fit_gpt-4"] + held_ai:
        v = G[k]
        rs = sorted(risk(r) for r in v)
        n = len(v)
        lo = [r for r in v if risk(r) < thr]
        hi = [r for r in v if risk(r) >= thr]
        by_risk = sum(1 for r in lo if quotable_points(r) >= min_q or risk(r) >= alone)
        by_quot = sum(1 for r in hi if quotable_points(r) < min_q and risk(r) < alone)
        both = sum(1 for r in lo if quotable_points(r) < min_q)
        called = sum(1 for r in v if r.get("verdict") == "ai_generated")
        print(f"  {k:<24} {n:>3} {rs[n // 4]:5.2f} {rs[n // 2]:5.2f} {rs[3 * n // 4]:5.2f} {len(hi):>5} "
              f"{sum(1 for r in v if quotable_points(r) > 0):>4} {sum(1 for r in v if quotable_points(r) >= min_q):>4} | "
              f"{by_risk:>4} {by_quot:>4} {both:>4} {called:>6}")
    print("  (risk: stopped by the risk alone; quot: by the quotable gate alone; both: by both)")

    print("\ntrade-off: share called at threshold t and quotable minimum m (statistics alone from "
          f"{alone:.2f} kept), simulated from the records")
    cols = fit_sets + held_human + held_ai
    print("  t    m   " + " ".join(f"{c[:11]:>11}" for c in cols))
    for m in (0.0, min_q):
        for t in (0.40, 0.45, 0.50, 0.55, 0.60):
            cells = []
            for c in cols:
                k = sum(1 for r in G[c] if r.get("ai_risk") is not None and risk(r) >= t - 1e-9
                        and (quotable_points(r) >= m or risk(r) >= alone))
                cells.append(f"{k:>4} {k / max(1, len(G[c])):6.1%}")
            print(f"  {t:.2f} {m:.1f} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
