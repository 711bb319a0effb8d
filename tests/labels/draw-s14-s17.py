#!/usr/bin/env python3
"""draw-s14-s17.py CORPUS_JSON_DIR LABELS_120.jsonl OUTDIR: the articles of samples s14 to s17.

Draws 120 articles like ../shared/labels (600 to 4,000 code points, a
quotation mark), none of the 120 labelled there: s14 and s15 with seed
20261217 (the first 60 of the pool drawn), s16 and s17 with seed 20261218
from what is left.  Writes OUTDIR/sN-articles.json for each, which
`khabar import` reads; tests/labels/saudinewsnet-sN.jsonl holds their
labels for ../shared/labels/score.py.
"""
import glob, json, os, random, sys

corpus, labels, out = sys.argv[1], sys.argv[2], sys.argv[3]
seen = set(json.loads(l)['url'] for l in open(labels, encoding='utf-8'))
arts = []
for f in sorted(glob.glob(os.path.join(corpus, '*.json'))):
    arts += json.load(open(f, encoding='utf-8'))


def pool(skip):
    p = [a for a in arts if 600 <= len(a.get('content') or '') <= 4000 and
         any(q in (a.get('content') or '') for q in '"“”«»') and a['url'] not in skip]
    return sorted(p, key=lambda a: a['url'])


first = random.Random(20261217).sample(pool(seen), 60)
seen |= set(a['url'] for a in first)
second = random.Random(20261218).sample(pool(seen), 60)
for name, part in (('s14', first[:30]), ('s15', first[30:]), ('s16', second[:30]), ('s17', second[30:])):
    json.dump(part, open(os.path.join(out, name + '-articles.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(name, len(part))
