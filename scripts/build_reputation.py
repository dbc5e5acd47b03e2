#!/usr/bin/env python3
"""Builds data/reputation/domains.tsv, the source-reputation table compiled into Credence, from
the open lists in ../shared/corpora/domain_reputation/ (read in place):

- Lin et al. 2023 (PNAS Nexus), domain_pc1.csv: a 0-1 quality score (pc1) for 11,520 news
  domains, aggregated from several expert and fact-checker rating sets.
- Hanley & Durumeric 2024 (ICWSM), reliable_domains.txt / unreliable_domains.txt: 2,015 mainstream
  and 1,059 misinformation/unreliable news domains.

A domain's score is its pc1 when Lin et al. rate it; otherwise 0.8 for a Hanley-reliable domain
and 0.2 for a Hanley-unreliable one (the lists are binary; 0.8/0.2 keep them on the pc1 scale
without claiming pc1's precision). The `lists` column names every list the domain is on, which
the signal quotes as evidence.

Usage: python3 scripts/build_reputation.py [--corpus DIR] [--out FILE]
"""
import argparse
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HANLEY_RELIABLE, HANLEY_UNRELIABLE = 0.8, 0.2


def norm(d: str) -> str:
    d = d.strip().lower().rstrip(".")
    return d[4:] if d.startswith("www.") else d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "domain_reputation"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "reputation", "domains.tsv"))
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print("skipped: corpus not found")
        return 0
    table: dict[str, dict] = {}
    with open(os.path.join(a.corpus, "domain_pc1.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            d = norm(row["domain"])
            if d:
                table.setdefault(d, {"lists": []})
                table[d]["score"] = float(row["pc1"])
                table[d]["lists"].append("lin2023")
    for name, label, default in (("reliable_domains.txt", "hanley2024_reliable", HANLEY_RELIABLE), ("unreliable_domains.txt", "hanley2024_unreliable", HANLEY_UNRELIABLE)):
        with open(os.path.join(a.corpus, name), encoding="utf-8") as f:
            for line in f:
                d = norm(line)
                if not d:
                    continue
                e = table.setdefault(d, {"lists": []})
                e.setdefault("score", default)
                e["lists"].append(label)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Source reputation of news domains, compiled into Credence (see data/reputation/README.md).\n")
        out.write("# Built by scripts/build_reputation.py from Lin et al. 2023 (domain_pc1.csv, pc1 0-1) and\n")
        out.write("# Hanley & Durumeric 2024 (reliable 0.8 / unreliable 0.2 where Lin et al. give no score).\n")
        out.write("# Columns: domain<TAB>score (0 lowest quality .. 1 highest)<TAB>lists the domain is on.\n")
        for d in sorted(table):
            e = table[d]
            out.write(f"{d}\t{e['score']:.3f}\t{','.join(e['lists'])}\n")
    print(f"wrote {len(table)} domains to {os.path.relpath(a.out, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
