#!/usr/bin/env python3
"""Draws the development set's articles from ../shared/corpus at random with a fixed seed.

Usage (from the repository root): python3 tests/NewsReader.Core.Tests/DevSet/sample.py > tests/NewsReader.Core.Tests/DevSet/sample.txt

Candidates are the corpus articles whose body holds at least one double quotation mark (the set measures quotes and
speakers); CNBC Indonesia rows that repeat a URL are taken once. From them 40 detik, 40 CNBC Indonesia and 20 BBC
articles are drawn with random.Random(SEED).sample over the candidates in a fixed order. A second draw, made after the
first 100 were annotated to measure how the parser does on articles it was not tuned on, takes 15 detik, 15 CNBC
Indonesia and 10 BBC articles from the candidates not drawn before, with random.Random(SEED + 1). A third draw of the
same size, with random.Random(SEED + 2), a fourth, with random.Random(SEED + 3), a fifth, with random.Random(SEED + 4), a sixth, with random.Random(SEED + 5), a seventh, with random.Random(SEED + 6), an eighth, with random.Random(SEED + 7), a ninth,
with random.Random(SEED + 8), a tenth, with random.Random(SEED + 9), an eleventh, with random.Random(SEED + 10), a twelfth, with random.Random(SEED + 11), a thirteenth, with random.Random(SEED + 12), a fourteenth, with random.Random(SEED + 13), a fifteenth, with random.Random(SEED + 14), a sixteenth, with random.Random(SEED + 15), a seventeenth, with random.Random(SEED + 16), an eighteenth, with random.Random(SEED + 17), a nineteenth, with random.Random(SEED + 18), a twentieth, with random.Random(SEED + 19), a twenty-first, with random.Random(SEED + 20), a twenty-second, with random.Random(SEED + 21), a twenty-third, with random.Random(SEED + 22), a twenty-fourth, with random.Random(SEED + 23), a twenty-fifth, with random.Random(SEED + 24), a twenty-sixth, with random.Random(SEED + 25), a twenty-seventh, with random.Random(SEED + 26), a twenty-eighth, with random.Random(SEED + 27), a twenty-ninth, with random.Random(SEED + 28), a thirtieth, with random.Random(SEED + 29), a thirty-first, with random.Random(SEED + 30), a thirty-second, with random.Random(SEED + 31), a thirty-third, with random.Random(SEED + 32), a thirty-fourth, with random.Random(SEED + 33), a thirty-fifth, with random.Random(SEED + 34), a thirty-sixth, with random.Random(SEED + 35), a thirty-seventh, with random.Random(SEED + 36), a thirty-eighth, with random.Random(SEED + 37), a thirty-ninth, with random.Random(SEED + 38), a fortieth, with random.Random(SEED + 39), a forty-first, with random.Random(SEED + 40), a forty-second, with random.Random(SEED + 41), a forty-third, with random.Random(SEED + 42), a forty-fourth, with random.Random(SEED + 43), a forty-fifth, with random.Random(SEED + 44), a forty-sixth, with random.Random(SEED + 45), a forty-seventh, with random.Random(SEED + 46), a forty-eighth, with random.Random(SEED + 47), a forty-ninth, with random.Random(SEED + 48), a fiftieth, with random.Random(SEED + 49), a fifty-first, with random.Random(SEED + 50), a fifty-second, with random.Random(SEED + 51), a fifty-third, with random.Random(SEED + 52), a fifty-fourth, with random.Random(SEED + 53), a fifty-fifth, with random.Random(SEED + 54), a fifty-sixth, with random.Random(SEED + 55), a fifty-seventh, with random.Random(SEED + 56), a fifty-eighth, with random.Random(SEED + 57), a fifty-ninth, with random.Random(SEED + 58), a sixtieth, with random.Random(SEED + 59), a sixty-first, with
random.Random(SEED + 60), a sixty-second, with random.Random(SEED + 61), a sixty-third, with random.Random(SEED + 62), a sixty-fourth, with
random.Random(SEED + 63), a sixty-fifth, with random.Random(SEED + 64), a sixty-sixth, with random.Random(SEED + 65), a
sixty-seventh, with random.Random(SEED + 66), a sixty-eighth, with random.Random(SEED + 67), a sixty-ninth, with
random.Random(SEED + 68), a seventieth, with random.Random(SEED + 69), a seventy-first, with random.Random(SEED + 70), a
seventy-second, with random.Random(SEED + 71), a seventy-third, with random.Random(SEED + 72), a seventy-fourth, with
random.Random(SEED + 73), a seventy-fifth, with random.Random(SEED + 74), a seventy-sixth, with random.Random(SEED + 75), a
seventy-seventh, with random.Random(SEED + 76), a seventy-eighth, with random.Random(SEED + 77), a seventy-ninth, with
random.Random(SEED + 78), an eightieth, with random.Random(SEED + 79), an eighty-first, with random.Random(SEED + 80), an
eighty-second, with random.Random(SEED + 81), an eighty-third, with random.Random(SEED + 82), an eighty-fourth, with
random.Random(SEED + 83), an eighty-fifth, with random.Random(SEED + 84), an eighty-sixth, with random.Random(SEED + 85), an
eighty-seventh, with random.Random(SEED + 86), an eighty-eighth, with random.Random(SEED + 87), an eighty-ninth, with
random.Random(SEED + 88), a ninetieth, with random.Random(SEED + 89), a ninety-first, with random.Random(SEED + 90), a
ninety-second, with random.Random(SEED + 91), a ninety-third, with random.Random(SEED + 92), a ninety-fourth, with
random.Random(SEED + 93), a ninety-fifth, with random.Random(SEED + 94), a ninety-sixth, with random.Random(SEED + 95), a
ninety-seventh, with random.Random(SEED + 96), a ninety-eighth, with random.Random(SEED + 97), a ninety-ninth, with
random.Random(SEED + 98), a hundredth, with random.Random(SEED + 99), a hundred-and-first, with random.Random(SEED + 100), a
hundred-and-second, with random.Random(SEED + 101), a hundred-and-third, with random.Random(SEED + 102), a hundred-and-fourth,
with random.Random(SEED + 103), a hundred-and-fifth, with random.Random(SEED + 104), a hundred-and-sixth, with
random.Random(SEED + 105), a hundred-and-seventh, with random.Random(SEED + 106), a hundred-and-eighth, with
random.Random(SEED + 107), a hundred-and-ninth, with random.Random(SEED + 108), a hundred-and-tenth, with
random.Random(SEED + 109), a hundred-and-eleventh, with random.Random(SEED + 110), a hundred-and-twelfth, with
random.Random(SEED + 111), a hundred-and-thirteenth, with random.Random(SEED + 112), a hundred-and-fourteenth, with
random.Random(SEED + 113), a hundred-and-fifteenth, with random.Random(SEED + 114), a hundred-and-sixteenth, with
random.Random(SEED + 115), a hundred-and-seventeenth, with random.Random(SEED + 116), a hundred-and-eighteenth, with
random.Random(SEED + 117), and a hundred-and-nineteenth, with random.Random(SEED + 118), were each annotated before the parser was changed again, to measure it on unseen text once more.
When fewer candidates than a draw's size are left for an outlet, it takes them all: the sixty-first took the last 10 detik
articles, so the sixty-second to hundred-and-nineteenth have none. Each line names a
corpus row as the tests' Corpus class does: a BBC file path, or a CSV path with #row (CNBC: 1-based row; detik: the id
column).
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
for k in range(1, 119):
    draws.append(draw(SEED + k, (15, 15, 10), set().union(*draws)))
for items in draws:
    for item in items:
        print(item)
