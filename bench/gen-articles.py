#!/usr/bin/env python3
"""gen-articles.py: synthetic Arabic-looking articles for memory checks.

    gen-articles.py array MB OUT     a JSON array of ordinary articles, MB megabytes
    gen-articles.py ndjson MB OUT    the same as NDJSON
    gen-articles.py padded MB OUT    a JSON array of short articles, each with a 64 KB "html" field
                                     (a scrape's page): big files that import fast
    gen-articles.py line MB OUT      one plain-text article on a single MB-megabyte line
    gen-articles.py long MB OUT      one plain-text article of MB megabytes in paragraphs

Words are made of Arabic letters (with a few names, reporting verbs, digits
and punctuation, so extraction has something to do); fixed seed, so the
same arguments give the same bytes.  Needs no corpus.
"""
import json
import random
import sys

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
FIXED = ["قال", "وزير", "الخارجية", "الرئيس", "أكد", "في", "من", "على", "إلى", "أن",
         "الرياض", "جدة", "المملكة", "اليوم", "أمس", "2015", "١٤٣٦", "سيرغي", "لافروف"]


def words(rng):
    pool = FIXED + ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8))) for _ in range(3000)]
    while True:
        yield rng.choice(pool)


def sentence(rng, w):
    n = rng.randint(6, 20)
    s = " ".join(next(w) for _ in range(n))
    if rng.random() < 0.2:
        s = "وقال الوزير إن \"" + s + "\""
    return s + rng.choice([".", ".", "،", "؟"])


def paragraph(rng, w, sentences):
    return " ".join(sentence(rng, w) for _ in range(sentences))


def article(rng, w, i):
    body = "\n".join(paragraph(rng, w, rng.randint(2, 6)) for _ in range(rng.randint(3, 12)))
    return {"title": " ".join(next(w) for _ in range(8)), "content": body,
            "source": "مصدر %d" % (i % 7), "url": "https://example.com/a/%d" % i,
            "date_extracted": "2015-07-%02d 10:00:00" % (21 + i % 4)}


def main():
    mode, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    target = int(mb * 1e6)
    rng = random.Random(1)
    w = words(rng)
    size = 0
    with open(out, "w", encoding="utf-8") as f:
        if mode == "padded":
            pad = "<p>" + "x" * 65536 + "</p>"
            f.write("[\n")
            i = 0
            while size < target:
                rec = {"title": "مقال %d" % i, "content": paragraph(rng, w, 3), "html": pad,
                       "url": "https://example.com/p/%d" % i}
                line = (",\n" if i else "") + json.dumps(rec, ensure_ascii=False)
                f.write(line)
                size += len(line.encode())
                i += 1
            f.write("\n]\n")
        elif mode in ("array", "ndjson"):
            f.write("[\n" if mode == "array" else "")
            i = 0
            while size < target:
                rec = json.dumps(article(rng, w, i), ensure_ascii=False)
                sep = (",\n" if i else "") if mode == "array" else ""
                f.write(sep + rec + ("\n" if mode == "ndjson" else ""))
                size += len(rec.encode()) + len(sep)
                i += 1
            f.write("\n]\n" if mode == "array" else "")
        else:
            f.write(" ".join(next(w) for _ in range(8)) + "\n\n")
            while size < target:
                p = paragraph(rng, w, 50)
                f.write(p + (" " if mode == "line" else "\n"))
                size += len(p.encode()) + 1
            f.write("\n")


main()
