#!/usr/bin/env python3
"""tsv-to-jsonl.py LABELS.tsv OUT.jsonl: a label file of this folder (url TAB quote_start
TAB speaker TAB direct|reported|ambiguous|none) in ../shared/labels' JSON-lines form, so
that ../shared/labels/score.py scores khabar on it as on the 120 (its speaker rule: the
name, or the same last word; ambiguous rows neither rewarded nor penalised; dates are not
labelled here, ignore them):
  tests/labels/tsv-to-jsonl.py tests/labels/saudinewsnet-s10.tsv /tmp/s10.jsonl
  python3 ../shared/labels/articles.py /tmp/s10.jsonl /tmp/s10.json
  ./khabar --db /tmp/s10.db import /tmp/s10.json
  python3 ../shared/labels/score.py ./khabar /tmp/s10.db /tmp/s10.jsonl"""
import json, sys, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8') if l.strip() and not l.startswith('#')]
arts = collections.OrderedDict()
for r in rows:
    url, q, sp, kind = r[:4]
    a = arts.setdefault(url, collections.OrderedDict())
    if kind == 'none':
        continue
    a.setdefault(sp, []).append(
        {'quote_start': q, 'direct': kind == 'direct', **({'ambiguous': True} if kind == 'ambiguous' else {})})
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for i, (url, sps) in enumerate(arts.items()):
        f.write(json.dumps({'dev_index': i * 4, 'url': url, 'source': '', 'date_in_text': None,
                            'speakers': [{'name': n, 'aliases': [], 'statements': s} for n, s in sps.items()]},
                           ensure_ascii=False) + '\n')
print(len(arts), 'articles')
