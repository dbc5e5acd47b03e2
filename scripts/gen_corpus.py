#!/usr/bin/env python3
"""Generate a large synthetic corpus from the team's own fixtures (data/samples), for scale tests.

Paragraphs, titles and names are taken from data/samples (fictional stories written by the team)
and recombined: every document draws its own paragraphs, shuffles and drops sentences, swaps
words, changes numbers, and gets its own id, URL, date, byline and page chrome, so no page
repeats. Nothing from public corpora is used. Output goes wherever you say (keep it outside the
repository).

Usage:
    python3 scripts/gen_corpus.py warc  OUT.warc.gz --size 1G   # one gzip member per record
    python3 scripts/gen_corpus.py jsonl OUT.jsonl   --size 1G   # text and html fields
    python3 scripts/gen_corpus.py txt   OUT_DIR     --size 100M # plain-text files

--size counts the bytes written (compressed bytes for .warc.gz). The WARC holds a warcinfo
record, then per document a request and a response record, with about 3% 404 responses and 3%
image responses (which credence skips) and about 5% pages sent as windows-1252 with the charset
in the HTTP header. --seed makes runs reproducible (default 1).
"""

import argparse
import gzip
import html
import json
import os
import random
import re
import sys
import uuid
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "data", "samples")


def parse_size(s):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper().rstrip("B")
    return int(float(s[:-1]) * units[s[-1]]) if s[-1] in units else int(s)


def load_pool():
    """Paragraphs and titles from the fixtures."""
    paragraphs, titles = [], []
    for name in sorted(os.listdir(SAMPLES)):
        path = os.path.join(SAMPLES, name)
        text = open(path, encoding="utf-8", errors="replace").read()
        if name.endswith(".html"):
            m = re.search(r"<title>(.*?)</title>", text, re.S)
            if m:
                titles.append(html.unescape(m.group(1)).split(" - ")[0].strip())
            for p in re.findall(r"<p[^>]*>(.*?)</p>", text, re.S):
                p = html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                if len(p) > 80:
                    paragraphs.append(re.sub(r"\s+", " ", p))
        elif name.endswith(".txt"):
            blocks = re.split(r"\n\s*\n", text)
            titles.append(blocks[0].splitlines()[0].strip())
            for b in blocks[1:]:
                b = re.sub(r"-\n(\w)", r"\1", b)
                b = re.sub(r"\s+", " ", b).strip()
                if len(b) > 80 and not b.startswith(("http", "Original url")):
                    paragraphs.append(b)
    return paragraphs, titles


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.paragraphs, self.titles = load_pool()
        words = set()
        for p in self.paragraphs:
            words.update(w for w in re.findall(r"[A-Za-z]{4,}", p))
        self.lower = sorted(w for w in words if w.islower())
        self.upper = sorted(w for w in words if w[0].isupper() and w[1:].islower())
        self.names = ["Ann Lee", "Teodora Vance", "Anton Beliak", "Mira Olsen", "Jonas Petrak",
                      "Lena Hart", "Osric Dale", "Priya Nand", "Tomas Ferro", "Ines Calder"]
        self.sites = ["The Harbor Ledger", "Valdora Courier", "Merrow Post", "North Quay Times",
                      "Halvec Daily", "Kestrel Street Journal", "Tidewater News"]
        self.n = 0

    def mutate(self, paragraph):
        rng = self.rng
        sentences = re.split(r"(?<=[.!?]) ", paragraph)
        if len(sentences) > 2 and rng.random() < 0.5:
            rng.shuffle(sentences)
        if len(sentences) > 2 and rng.random() < 0.3:
            sentences.pop(rng.randrange(len(sentences)))
        words = " ".join(sentences).split(" ")
        for _ in range(max(1, len(words) // 15)):
            i = rng.randrange(len(words))
            w = words[i]
            if w.isalpha() and w.islower() and len(w) >= 4:
                words[i] = rng.choice(self.lower)
            elif w.isalpha() and w[:1].isupper() and len(w) >= 4 and i > 0:
                words[i] = rng.choice(self.upper)
        text = " ".join(words)
        return re.sub(r"\d+", lambda m: str(rng.randrange(1, 10 ** len(m.group(0)))), text)

    def document(self):
        """A fresh story: (id, url, date, title, byline, site, paragraphs)."""
        rng = self.rng
        self.n += 1
        title = self.mutate(rng.choice(self.titles))
        paras = [self.mutate(rng.choice(self.paragraphs)) for _ in range(rng.randint(3, 22))]
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        site = rng.choice(self.sites)
        host = re.sub(r"[^a-z]", "", site.lower()) + ".example"
        url = f"https://{host}/{date.replace('-', '/')}/{slug}-{self.n}"
        return {
            "id": f"doc-{self.n:08d}", "url": url, "date": date, "title": title,
            "byline": rng.choice(self.names), "site": site, "paragraphs": paras,
        }

    def to_text(self, d):
        return "\n\n".join([d["title"], f"By {d['byline']}", d["date"]] + d["paragraphs"]) + "\n"

    def to_html(self, d):
        rng = self.rng
        e = html.escape
        nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>'
                      for w in rng.sample(self.upper, k=min(8, len(self.upper))))
        related = "".join(f'<li><a href="/story/{i}">{e(self.mutate(rng.choice(self.titles)))}</a></li>'
                          for i in range(rng.randint(0, 6)))
        body = "".join(f"<p>{e(p)}</p>\n" for p in d["paragraphs"])
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{e(d['title'])} - {e(d['site'])}</title>"
            f"<meta property=\"og:site_name\" content=\"{e(d['site'])}\">"
            f"<meta property=\"article:published_time\" content=\"{d['date']}T09:00:00Z\">"
            f"<meta name=\"author\" content=\"{e(d['byline'])}\">"
            f"<link rel=\"canonical\" href=\"{e(d['url'])}\">"
            "<style>body{font-family:serif}</style></head><body>"
            f"<header><nav><ul>{nav}</ul></nav></header><main><article>"
            f"<h1>{e(d['title'])}</h1><p class=\"byline\">By {e(d['byline'])}</p>"
            f"<time datetime=\"{d['date']}\">{d['date']}</time>\n{body}</article>"
            f"<aside><h2>Related stories</h2><ul>{related}</ul></aside></main>"
            f"<footer>&copy; {e(d['site'])}</footer></body></html>\n"
        )


def warc_record(kind, target, date, block, content_type):
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=random.getrandbits(128))}>\r\n"
        f"WARC-Date: {date}T12:00:00Z\r\n"
        + (f"WARC-Target-URI: {target}\r\n" if target else "")
        + f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=6)


def gen_warc(g, out, size):
    rng = g.rng
    random.seed(rng.random())
    written = 0
    with open(out, "wb") as f:
        info = b"software: credence scripts/gen_corpus.py\r\nformat: WARC File Format 1.0\r\n"
        rec = warc_record("warcinfo", None, "2026-11-23", info, "application/warc-fields")
        f.write(rec)
        written += len(rec)
        docs = 0
        while written < size:
            d = g.document()
            host = d["url"].split("/")[2]
            req = f"GET /{d['url'].split('/', 3)[3]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
            recs = [warc_record("request", d["url"], d["date"], req, "application/http; msgtype=request")]
            roll = rng.random()
            if roll < 0.03:
                http = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>Not found</p>"
            elif roll < 0.06:
                http = b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + rng.randbytes(2000)
            elif roll < 0.11:
                page = g.to_html(d).replace('<meta charset="utf-8">', "")
                http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"
                        + page.encode("cp1252", errors="replace"))
            else:
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + g.to_html(d).encode()
            recs.append(warc_record("response", d["url"], d["date"], http, "application/http; msgtype=response"))
            for r in recs:
                f.write(r)
                written += len(r)
            docs += 1
    return docs


def gen_jsonl(g, out, size):
    written = docs = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size:
            d = g.document()
            row = {"id": d["id"], "url": d["url"], "date": d["date"]}
            if g.rng.random() < 0.5:
                row["text"] = g.to_text(d)
            else:
                row["html"] = g.to_html(d)
            line = json.dumps(row, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())
            docs += 1
    return docs


def gen_txt(g, out, size):
    os.makedirs(out, exist_ok=True)
    written = docs = 0
    while written < size:
        d = g.document()
        data = g.to_text(d).encode()
        with open(os.path.join(out, f"{d['id']}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        docs += 1
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("format", choices=["warc", "jsonl", "txt"])
    ap.add_argument("out")
    ap.add_argument("--size", default="1G")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if os.path.abspath(a.out).startswith(ROOT + os.sep):
        sys.exit("gen_corpus: write outside the repository (generated corpora are not committed)")
    g = Generator(a.seed)
    docs = {"warc": gen_warc, "jsonl": gen_jsonl, "txt": gen_txt}[a.format](g, a.out, parse_size(a.size))
    print(f"gen_corpus: {docs} documents -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
