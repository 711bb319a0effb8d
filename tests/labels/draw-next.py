#!/usr/bin/env python3
"""draw-next.py CORPUS_JSON_DIR LABELS_120.jsonl OUTDIR SEED LAST NAME...: the articles of new samples.

Drawn like draw-s14-s17.py (600 to 4,000 code points, a quotation mark),
none of the 120 of ../shared/labels nor of s14 to sLAST (their urls are
read from tests/labels/saudinewsnet-sN.jsonl): 30 articles for each NAME
with seed SEED, the first NAME the first 30 drawn.  Writes
OUTDIR/NAME-articles.json for each.  The samples so far:
  s18 s19: SEED 20261219, LAST 17
  s20 s21: SEED 20261204, LAST 19
  s22:     SEED 20261205, LAST 21
  s23 s24: SEED 20261204, LAST 22
"""
import glob, json, os, random, sys

corpus, labels, out, seed, last = sys.argv[1:6]
names = sys.argv[6:]
here = os.path.dirname(os.path.abspath(__file__))
seen = set(json.loads(l)['url'] for l in open(labels, encoding='utf-8'))
for n in range(14, int(last) + 1):
    with open(os.path.join(here, 'saudinewsnet-s%d.jsonl' % n), encoding='utf-8') as f:
        seen |= set(json.loads(l)['url'] for l in f if l.strip())
arts = []
for f in sorted(glob.glob(os.path.join(corpus, '*.json'))):
    arts += json.load(open(f, encoding='utf-8'))
pool = sorted((a for a in arts if 600 <= len(a.get('content') or '') <= 4000 and
               any(q in (a.get('content') or '') for q in '"“”«»') and a['url'] not in seen),
              key=lambda a: a['url'])
drawn = random.Random(int(seed)).sample(pool, 30 * len(names))
for i, name in enumerate(names):
    part = drawn[30 * i:30 * (i + 1)]
    json.dump(part, open(os.path.join(out, name + '-articles.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(name, len(part))
