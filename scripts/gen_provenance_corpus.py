#!/usr/bin/env python3
"""Writes a synthetic corpus for timing `credence cluster` at scale: N plain-text news-like
documents of invented words, names and numbers, a third of them in story families (the origin, a
near-verbatim copy with hard wraps and junk lines, a reworded paraphrase, a same-event report with
its own facts), the rest unrelated. Nothing here is real text; it measures speed and memory, not
accuracy.

    python3 scripts/gen_provenance_corpus.py 100000 /tmp/credence-corpus
"""
import os
import random
import sys

SYL = ["ka", "lo", "mi", "ren", "tor", "va", "shi", "den", "bra", "qu", "el", "on", "ar", "fes",
       "gim", "ho", "ult", "zan", "pe", "wes", "ni", "cor", "da", "yul"]
FUNCTION = "the of and to in a that for on with as by at from was said is its were has".split()


def word(rng, n):
    return "".join(rng.choice(SYL) for _ in range(n))


def vocab(rng, size, syllables):
    return list({word(rng, rng.randint(*syllables)) for _ in range(size)})


def sentence(rng, words, names, numbers):
    out = []
    for _ in range(rng.randint(12, 24)):
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(FUNCTION))
        elif r < 0.45:
            out.append(rng.choice(names))
        elif r < 0.5:
            out.append(rng.choice(numbers))
        else:
            out.append(rng.choice(words))
    out[0] = out[0].capitalize()
    return " ".join(out) + "."


def story(rng, words, people):
    names = rng.sample(people, 8)
    numbers = [str(rng.randint(10, 99999)) for _ in range(6)]
    return names, numbers, [sentence(rng, words, names, numbers) for _ in range(rng.randint(10, 20))]


def render(title, date, sentences, wrap=None, junk=()):
    body = "\n\n".join(sentences)
    if wrap:
        lines = []
        for para in sentences:
            line = ""
            for w in para.split():
                if len(line) + len(w) + 1 > wrap:
                    lines.append(line)
                    line = w
                else:
                    line = f"{line} {w}".strip()
            lines.append(line + "\n")
        body = "\n".join(lines)
    return f"{title}\n{date}\n\n{body}\n" + "".join(f"\n{j}" for j in junk)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/credence-corpus"
    rng = random.Random(5)
    words = vocab(rng, 30000, (2, 4))
    people = [w.capitalize() for w in vocab(rng, 20000, (2, 3))]
    os.makedirs(out, exist_ok=True)
    i = 0

    def write(text):
        nonlocal i
        sub = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"doc{i:06d}.txt"), "w") as f:
            f.write(text)
        i += 1

    while i < n:
        names, numbers, sents = story(rng, words, people)
        title = " ".join(rng.sample(sents[0].rstrip(".").split(), 8)).capitalize()
        date = f"March {rng.randint(1, 28)}, 20{rng.randint(15, 25)}"
        write(render(title, date, sents))
        if rng.random() < 0.33 and i + 3 < n:
            junk = [" ".join(word(rng, 3) for _ in range(9)) for _ in range(8)]
            write(render(title, "Date:2025-04-19", sents, wrap=72, junk=junk))
            para = [" ".join(rng.choice(words) if w.islower() and rng.random() < 0.6 else w
                             for w in s.split()) for s in sents]
            write(render(title.upper(), "", para))
            extra_names = rng.sample(people, 6)
            same = [sentence(rng, words, names[:4] + extra_names, numbers[:2]) for _ in range(12)]
            write(render(title + " again", date, same))


if __name__ == "__main__":
    main()
