#!/usr/bin/env python3
"""Which style features survive a change from AI continuation to AI paraphrase? A study script
for the AI-text axis (issue #4, "transfer is the real test"); it ships nothing, it measures
candidate features before anyone writes them in Rust.

Three measurements, all printed:
  1. In-domain: per-feature AUROC (feature value, AI = positive) on the FIT half of the
     Fast-DetectGPT XSum pairs (the split of scripts/eval_heuristics.py), per chat generator.
  2. Paraphrase dev set: the same AUROC on a folder of AI rewrites against a folder of human
     originals (paired by file name), and the paired shift: the share of pairs where the rewrite's
     value is above its original's minus the share where it is below (+1: every rewrite higher).
     An AUROC near 0.5 with a large paired shift means the feature moves under paraphrase but the
     spread between documents hides it.
  3. A plain logistic regression fitted on the XSum fit half (human vs gpt-3.5-turbo and gpt-4)
     over feature sets, scored on the XSum held-out half and, unchanged, on the dev set.
  With --bin, also the shipped binary's ai_risk AUROC on the dev set (style axis forced on).

The dev set is not in the repo: its human side is the gold articleBody of Scrapinghub's AEB
benchmark (../shared/corpora/scrapinghub_aeb, read in place), so the rewrites derive from corpus
text and stay outside the repo too. `--write-originals DIR` writes the human side: the English
bodies of 150-900 words that scripts/eval_transfer.py keeps (its filter), every second one (odd
positions; scripts/eval_transfer.py still scores all of them, so a feature chosen here is not
held out on its human side), named NNN.txt. A writer (person or model) then rewrites each into
AI_DIR/NNN.txt under a user request of the kind AI paraphrase answers (own words, SEO article,
"make it unique", shorter, more engaging, news rewrite).

The layout features (para_*, heading_lines_share, markdown_marks) read the texts' paragraphs (lines).
XSum keeps its human texts on one line and its AI texts in paragraphs, so their XSum AUROC measures
that layout, not the style: read them on a dev set whose two sides keep their paragraphs. The
twenty-third session's dev set does: 40 English news bodies that `credence extract` reads from
trafilatura_evaldata (27) and htmldate_default (13) pages (read in place, kept outside the repo) and an AI model's rewrites of
them under eight requests (own words, SEO, "unique", two-thirds length, more engaging, regional
news report, a 150-250-word brief, plain English).

Usage:
  python3 scripts/eval_style_features.py --write-originals /tmp/dev/orig
  python3 scripts/eval_style_features.py --human-dir /tmp/dev/orig --ai-dir /tmp/dev/ai [--bin PATH]
Stdlib only. Prints "skipped: ..." and exits 0 when the XSum corpus is absent.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import statistics as st
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_heuristics import auroc, fit_and_auroc, load  # noqa: E402
from eval_transfer import MIN_ENGLISH_SHARE, MIN_WORDS, english_share  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_WORDS = 900
CHAT = ("gpt-3.5-turbo", "gpt-4")

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
SENT = re.compile(r'(?<=[.!?])["”’\']?\s+(?=["“‘]?[A-Z0-9])')
PRONOUNS = set("i me my we us our you your he him his she her it its they them their this these those".split())
AUXILIARIES = set("is are was were be been being am has have had do does did will would can could may might shall should must".split())
# Present participle opening a clause after a comma (", highlighting the ..."), the feature with
# the largest human/instruction-tuned gap in Reinhart et al. (arXiv 2410.16107); -ing words that are
# prepositions or nouns are left out.
PARTICIPLE = re.compile(
    r",\s+(?!including\b|according\b|during\b|something\b|nothing\b|anything\b|everything\b"
    r"|morning\b|evening\b|thing\b|king\b|spring\b)[a-z]+ing\b"
)
NOMINALISATION = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ance|ence|ism)s?$")
CONTRACTION = re.compile(r"[A-Za-z](?:n['’]t|['’](?:re|ve|ll|m|d))\b")
FUNCTION_WORDS = (
    "a about above across after against all almost along also although always among an and another any are "
    "around as at away back be because been before being below between both but by can could did do does down "
    "during each either else enough even ever every few for from further had has have he her here hers him his "
    "how however i if in into is it its itself just least less like many may me might more most much must my "
    "neither never no nor not now of off often on once one only onto or other others our out over own perhaps "
    "quite rather same several she should since so some still such than that the their them themselves then "
    "there these they this those though through thus to too toward towards under until up upon us very was we "
    "were what whatever when where whether which while who whom whose why will with within without would yet "
    "you your"
).split()


def features(text: str) -> dict[str, float]:
    flat = re.sub(r"\s+", " ", text.strip())
    sents = [s for s in SENT.split(flat) if len(WORD.findall(s)) >= 3]
    words = WORD.findall(flat)
    lw = [w.lower() for w in words]
    nw, ns = max(1, len(words)), max(1, len(sents))
    lens = [len(WORD.findall(s)) for s in sents]
    firsts = [WORD.findall(s)[0].lower() for s in sents]
    f = {
        "sentence_mean": st.mean(lens) if lens else 0.0,
        "sentence_cv": st.pstdev(lens) / st.mean(lens) if len(lens) > 1 else 0.0,
        "participle_clauses_ps": len(PARTICIPLE.findall(flat)) / ns,
        "nominalisations_pw": sum(bool(NOMINALISATION.match(w)) for w in lw) / nw,
        "dashes_ps": (flat.count("—") + flat.count(" – ") + flat.count(" - ") + flat.count("--")) / ns,
        "parentheses_ps": flat.count("(") / ns,
        "semicolons_ps": flat.count(";") / ns,
        "colons_ps": flat.count(":") / ns,
        "commas_ps": flat.count(",") / ns,
        "pronouns_pw": sum(w in PRONOUNS for w in lw) / nw,
        "auxiliaries_pw": sum(w in AUXILIARIES for w in lw) / nw,
        "contractions_pw": len(CONTRACTION.findall(flat)) / nw,
        "numbers_pw": sum(w[0].isdigit() for w in words) / nw,
        "first_person_pw": sum(w in ("i", "we", "my", "our", "me", "us") for w in lw) / nw,
        "capitalised_mid_pw": sum(1 for i, w in enumerate(words) if i and w[0].isupper()) / nw,
        "said_told_pw": sum(w in ("said", "says", "told") for w in lw) / nw,
        "quotes_ps": (flat.count("“") + flat.count('"')) / 2 / ns,
        "word_length": sum(map(len, words)) / nw,
        "sentence_openers_distinct": len(set(firsts)) / max(1, len(firsts)),
        "long_sentences": sum(n > 35 for n in lens) / ns,
        "compression_ratio": len(zlib.compress(flat.encode(), 9)) / max(1, len(flat.encode())),
    }
    hapax = []
    for i in range(0, len(lw) - 99, 100):
        counts: dict[str, int] = {}
        for w in lw[i:i + 100]:
            counts[w] = counts.get(w, 0) + 1
        hapax.append(sum(1 for c in counts.values() if c == 1) / 100)
    f["hapax_per_100"] = st.mean(hapax) if hapax else 0.0
    f["mattr_50"] = st.mean(len(set(lw[i:i + 50])) / 50 for i in range(0, len(lw) - 49, 10)) if len(lw) >= 50 else 0.0
    f.update(layout_features(text))
    return f


def layout_features(text: str) -> dict[str, float]:
    """How the text is laid out in paragraphs (lines). Texts kept on one line (XSum's) have one
    paragraph: every value is then 0, so these read only texts with their paragraphs."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    prose = [ln for ln in lines if len(WORD.findall(ln)) >= 8 and ln[-1:] in '.!?"”’\')']
    f = {k: 0.0 for k in ("para_sentences_mean", "para_one_sentence_share", "para_words_cv",
                          "para_words_mean", "heading_lines_share", "markdown_marks")}
    if len(prose) < 3:
        return f
    ps = [max(1, len([s for s in SENT.split(p) if len(WORD.findall(s)) >= 3])) for p in prose]
    pw = [len(WORD.findall(p)) for p in prose]
    f["para_sentences_mean"] = st.mean(ps)
    f["para_one_sentence_share"] = sum(n == 1 for n in ps) / len(ps)
    f["para_words_cv"] = st.pstdev(pw) / st.mean(pw)
    f["para_words_mean"] = st.mean(pw)
    heads = [ln for ln in lines[1:] if len(WORD.findall(ln)) <= 12 and ln[-1:] not in '.!?,;:"”']
    f["heading_lines_share"] = len(heads) / len(lines)
    f["markdown_marks"] = float(bool(re.search(r"\*\*|^#{1,4} |^\s*[-*•] ", text, re.M)))
    return f


def function_word_rates(text: str) -> list[float]:
    lw = [w.lower() for w in WORD.findall(text)]
    index = {w: i for i, w in enumerate(FUNCTION_WORDS)}
    v = [0.0] * len(FUNCTION_WORDS)
    for w in lw:
        if w in index:
            v[index[w]] += 1
    return [x / max(1, len(lw)) for x in v]


def write_originals(corpus: str, out: str) -> None:
    kept = []
    with open(os.path.join(corpus, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                body = json.loads(line).get("articleBody") or ""
                if len(body.split()) >= MIN_WORDS and english_share(body) >= MIN_ENGLISH_SHARE:
                    kept.append(body)
    os.makedirs(out, exist_ok=True)
    n = 0
    for i, body in enumerate(kept[1::2]):
        if len(body.split()) <= MAX_WORDS:
            with open(os.path.join(out, f"{i:03d}.txt"), "w", encoding="utf-8") as f:
                f.write(body)
            n += 1
    print(f"wrote {n} originals to {out} (of {len(kept)} kept AEB bodies: odd positions, <= {MAX_WORDS} words)")


def binary_risks(binary: str, folder: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="credence-style-") as tmp:
        policy = os.path.join(tmp, "policy.toml")
        with open(policy, "w") as f:
            f.write("[axes.ai]\nmin_words = 0\n")
        res = subprocess.run([binary, "score", "-q", "--format", "jsonl", "--policy", policy, folder],
                             capture_output=True, text=True)
    out = {}
    for line in res.stdout.splitlines():
        rec = json.loads(line)
        out[os.path.basename(rec["id"])] = rec.get("ai_risk") or 0.0
    return out


SUBSETS = {
    "all style features": None,
    "function words": "fw",
    "sentence_cv + participle_clauses_ps": ["sentence_cv", "participle_clauses_ps"],
    "sentence_cv + participle + word_length + commas": ["sentence_cv", "participle_clauses_ps", "word_length", "commas_ps"],
    "direction-stable ten": ["sentence_cv", "participle_clauses_ps", "commas_ps", "word_length", "parentheses_ps",
                             "contractions_pw", "numbers_pw", "first_person_pw", "long_sentences", "dashes_ps"],
}



def xsum_side(rows, fit: bool, gen: str):
    """The AI rows of one generator on one side of the split, and the human rows of their pairs."""
    ai = [r for r in rows if r["fit"] == fit and r["generator"] == gen]
    pairs = {r["pair_id"] for r in ai}
    return ai, [r for r in rows if r["fit"] == fit and r["label"] == "human" and r["pair_id"] in pairs]


def feature_cells(k, xs, key, dev=None):
    """One feature's table cells: its AUROC on each chat generator's XSum rows (features under
    `key`), then its dev AUROC and paired shift when `dev` = (AI features, human features) by name."""
    cells = [f"{auroc([r[key][k] for r in xs[g][0]], [r[key][k] for r in xs[g][1]]):.2f}" for g in CHAT]
    if not dev:
        return cells + ["-", "-"]
    fa, fh = dev
    paired = [n for n in fa if n in fh]
    shift = sum((fa[n][k] > fh[n][k]) - (fa[n][k] < fh[n][k]) for n in paired) / max(1, len(paired))
    return cells + [f"{auroc([v[k] for v in fa.values()], [v[k] for v in fh.values()]):.2f}", f"{shift:+.2f}"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora"))
    ap.add_argument("--write-originals", metavar="DIR")
    ap.add_argument("--human-dir")
    ap.add_argument("--ai-dir")
    ap.add_argument("--bin", help="credence binary: also score the dev set with the shipped AI axis")
    args = ap.parse_args()
    if args.write_originals:
        write_originals(os.path.join(args.corpora, "scrapinghub_aeb"), args.write_originals)
        return 0
    xsum = os.path.join(args.corpora, "fastdetectgpt_xsum")
    if not os.path.isdir(xsum):
        print(f"skipped: corpus not found: {xsum}")
        return 0
    rows = load(xsum)
    for r in rows:
        r["F"] = features(r["text"])
    names = list(rows[0]["F"])

    xs = {g: xsum_side(rows, True, g) for g in CHAT}
    dev = None
    if args.human_dir and args.ai_dir:
        ai = {os.path.basename(p): open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.ai_dir, "*.txt")))}
        hu = {os.path.basename(p): open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.human_dir, "*.txt")))}
        dev = (ai, hu, {k: features(v) for k, v in ai.items()}, {k: features(v) for k, v in hu.items()})
        print(f"dev set: {len(ai)} AI rewrites, {len(hu)} human originals ({sum(k in hu for k in ai)} paired)")

    print("\n| feature | XSum fit gpt-3.5 | XSum fit gpt-4 | dev AUROC | dev paired shift |")
    print("|---|---:|---:|---:|---:|")
    for k in names:
        cells = feature_cells(k, xs, "F", (dev[2], dev[3]) if dev else None)
        print(f"| {k} | " + " | ".join(cells) + " |")

    fit_ai = [r for g in CHAT for r in xs[g][0]]
    fit_hu = list({id(r): r for g in CHAT for r in xs[g][1]}.values())
    held_ai = [r for r in rows if not r["fit"] and r["generator"] in CHAT]
    pairs = {r["pair_id"] for r in held_ai}
    held_hu = [r for r in rows if not r["fit"] and r["label"] == "human" and r["pair_id"] in pairs]
    print("\nlogistic regression fitted on the XSum fit half (human vs gpt-3.5-turbo + gpt-4), scored unchanged:")
    print("| features | XSum held-out AUROC | dev AUROC |")
    print("|---|---:|---:|")
    for label, subset in SUBSETS.items():
        def vec(text, f=None):
            if subset == "fw":
                return function_word_rates(text)
            f = f or features(text)
            return [f[k] for k in (subset or names)]
        dev_rows = None
        if dev:
            ai, hu, fa, fh = dev
            dev_rows = ([vec(t, fa[k]) for k, t in ai.items()], [vec(t, fh[k]) for k, t in hu.items()])
        held, d = fit_and_auroc(
            [vec(r["text"], r["F"]) for r in fit_hu], [vec(r["text"], r["F"]) for r in fit_ai],
            [vec(r["text"], r["F"]) for r in held_ai], [vec(r["text"], r["F"]) for r in held_hu],
            dev_rows)
        d = "-" if d is None else f"{d:.3f}"
        print(f"| {label} | {held:.3f} | {d} |")

    if dev and args.bin:
        ra, rh = binary_risks(args.bin, args.ai_dir), binary_risks(args.bin, args.human_dir)
        print(f"\nshipped ai_risk (style axis forced on) on the dev set: AUROC {auroc(list(ra.values()), list(rh.values())):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
