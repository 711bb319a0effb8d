#!/usr/bin/env python3
"""draw-s22.py CORPUS_JSON_DIR LABELS_120.jsonl OUTDIR: the articles of sample s22.

Drawn like draw-s14-s17.py (600 to 4,000 code points, a quotation mark),
none of the 120 of ../shared/labels nor of s14 to s21 (their urls are read
from tests/labels/saudinewsnet-s1[4-9].jsonl and -s2[01].jsonl), with seed 20261205: 30
articles.
"""
import glob, json, os, random, sys

corpus, labels, out = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
seen = set(json.loads(l)['url'] for l in open(labels, encoding='utf-8'))
for n in range(14, 22):
    with open(os.path.join(here, 'saudinewsnet-s%d.jsonl' % n), encoding='utf-8') as f:
        seen |= set(json.loads(l)['url'] for l in f if l.strip())
arts = []
for f in sorted(glob.glob(os.path.join(corpus, '*.json'))):
    arts += json.load(open(f, encoding='utf-8'))
pool = sorted((a for a in arts if 600 <= len(a.get('content') or '') <= 4000 and
               any(q in (a.get('content') or '') for q in '"“”«»') and a['url'] not in seen),
              key=lambda a: a['url'])
drawn = random.Random(20261205).sample(pool, 30)
for name, part in (('s22', drawn),):
    json.dump(part, open(os.path.join(out, name + '-articles.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(name, len(part))
