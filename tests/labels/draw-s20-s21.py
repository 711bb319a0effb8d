#!/usr/bin/env python3
"""draw-s20-s21.py CORPUS_JSON_DIR LABELS_120.jsonl OUTDIR: the articles of samples s20 and s21.

Drawn like draw-s14-s17.py (600 to 4,000 code points, a quotation mark),
none of the 120 of ../shared/labels nor of s14 to s19 (their urls are read
from tests/labels/saudinewsnet-s1[4-9].jsonl), with seed 20261204: 60
articles, s20 the first 30, s21 the rest.
"""
import glob, json, os, random, sys

corpus, labels, out = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
seen = set(json.loads(l)['url'] for l in open(labels, encoding='utf-8'))
for n in range(14, 20):
    with open(os.path.join(here, 'saudinewsnet-s%d.jsonl' % n), encoding='utf-8') as f:
        seen |= set(json.loads(l)['url'] for l in f if l.strip())
arts = []
for f in sorted(glob.glob(os.path.join(corpus, '*.json'))):
    arts += json.load(open(f, encoding='utf-8'))
pool = sorted((a for a in arts if 600 <= len(a.get('content') or '') <= 4000 and
               any(q in (a.get('content') or '') for q in '"“”«»') and a['url'] not in seen),
              key=lambda a: a['url'])
drawn = random.Random(20261204).sample(pool, 60)
for name, part in (('s20', drawn[:30]), ('s21', drawn[30:])):
    json.dump(part, open(os.path.join(out, name + '-articles.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(name, len(part))
