#!/usr/bin/env python3
"""Draws the development set's articles from ../shared/corpus at random with a fixed seed.

Usage (from the repository root): python3 tests/NewsReader.Core.Tests/DevSet/sample.py > tests/NewsReader.Core.Tests/DevSet/sample.txt

Candidates are the corpus articles whose body holds at least one double quotation mark (the set measures quotes and
speakers); CNBC Indonesia rows that repeat a URL are taken once. From them 40 detik, 40 CNBC Indonesia and 20 BBC
articles are drawn with random.Random(SEED).sample over the candidates in a fixed order. Then 194 further draws, the k-th
with random.Random(SEED + k) for k = 1 to 194, each take 15 detik, 15 CNBC Indonesia and 10 BBC articles from the
candidates not drawn before; each was annotated before the parser was changed again, to measure it on text it had not
seen. When fewer candidates than a draw's size are left for an outlet, it takes them all: the 60th further draw took the
last 10 detik articles, so the 61st to 194th have none; the 191st took the last BBC article and the 194th the last 12
CNBC Indonesia ones, so every candidate is in the set and a 195th draw would be empty. Each line names a corpus row as
the tests' Corpus class does: a BBC file path, or a CSV path with #row (CNBC: 1-based row; detik: the id column).
"""
import csv, glob, os, random, sys

SEED = 20261201
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "corpus")
MARKS = ('"', "\u201c", "\u201d")
csv.field_size_limit(sys.maxsize)


def quoted(text):
    return any(m in text for m in MARKS)


def detik():
    path = "detik-summarization/data_berita.csv"
    with open(os.path.join(ROOT, path), encoding="utf-8", newline="") as f:
        return [f"{path}#{row['id']}" for row in csv.DictReader(f) if quoted(row["isi_berita"])]


def cnbc():
    seen, out = set(), []
    for full in sorted(glob.glob(os.path.join(ROOT, "cnbc-indonesia-sentimenproject/scraped_articles/*.csv"))):
        path = os.path.relpath(full, ROOT)
        with open(full, encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.DictReader(f), 1):
                if row["Link"] in seen:
                    continue
                seen.add(row["Link"])
                if quoted(row["Content"]):
                    out.append(f"{path}#{n}")
    return out


def bbc():
    out = []
    for full in sorted(glob.glob(os.path.join(ROOT, "bbc-fulltext/bbc/*/*.txt"))):
        with open(full, encoding="utf-8", errors="replace") as f:
            body = f.read().split("\n", 1)[-1]
        if quoted(body):
            out.append(os.path.relpath(full, ROOT))
    return out


candidates = (("detik", detik()), ("cnbc", cnbc()), ("bbc", bbc()))


def draw(seed, sizes, drawn):
    """One draw: from each outlet's candidates not drawn before, a random sample of its size, in sorted order."""
    rng = random.Random(seed)
    out = []
    for (name, items), n in zip(candidates, sizes):
        pool = [i for i in items if i not in drawn]
        out += sorted(rng.sample(pool, min(n, len(pool))))
    return out


draws = [draw(SEED, (40, 40, 20), set())]
for k in range(1, 195):
    draws.append(draw(SEED + k, (15, 15, 10), set().union(*draws)))
for items in draws:
    for item in items:
        print(item)
