#!/usr/bin/env python3
"""Words the title class of data/speech.tsv may lack, from the corpus.

usage: scripts/title-candidates.py [--corpus /work/corpus-json] [--exclude /tmp/exclude-urls.txt]
           [--min 40] [--before 0.15] [--after 0.02]

A title stands before a person's name ("المهاجم خالد ...", "مدرب الفريق"
after "مانويل بليغريني") and a family name after a given name ("عدنان
السيد", "محمد الملا").  For every folded word of the corpus (the labelled
and blind-sample urls of --exclude left out) that is in no class of
speech.tsv (title, body, stop) and no given name, and for the form with or
without ال of every listed title, this counts how often it occurs, how often
a given name (data/given-names.tsv) follows it, and how often one comes
right before it.  Printed, most frequent first: the words seen --min times
or more, followed by a given name in at least --before of them and preceded
by one in at most --after (not a family name).  Read the list: a word that
passes is a candidate, not a title (الشاب, العم pass too).
"""
import argparse, collections, glob, importlib.util, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('vc', os.path.join(HERE, 'verb-coverage.py'))
vc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vc)

ap = argparse.ArgumentParser()
ap.add_argument('--corpus', default='/work/corpus-json')
ap.add_argument('--exclude', default='/tmp/exclude-urls.txt')
ap.add_argument('--min', type=int, default=40)
ap.add_argument('--before', type=float, default=0.15)
ap.add_argument('--after', type=float, default=0.02)
args = ap.parse_args()
data = os.path.join(os.path.dirname(HERE), 'data')
cls = collections.defaultdict(set)
for l in open(os.path.join(data, 'speech.tsv'), encoding='utf-8'):
    if not l.startswith('#') and '\t' in l:
        c, w = l.rstrip('\n').split('\t', 1)
        cls[c] |= {vc.fold(x) for x in w.split('|')}
given = {vc.fold(l.strip()) for l in open(os.path.join(data, 'given-names.tsv'), encoding='utf-8')
         if l.strip() and not l.startswith('#')}
known = cls['title'] | cls['body'] | cls['stop'] | given
excl = set()
if os.path.exists(args.exclude):
    excl = {l.strip() for l in open(args.exclude, encoding='utf-8')}
counterparts = {w[2:] if w.startswith('ال') and len(w) > 4 else 'ال' + w for w in cls['title']} - known
W = re.compile(r'[\w\u064B-\u065F\u0670\u0640]+')
tot, before, after = collections.Counter(), collections.Counter(), collections.Counter()
for f in sorted(glob.glob(os.path.join(args.corpus, '*.json'))):
    for r in json.load(open(f, encoding='utf-8')):
        if r.get('url') in excl:
            continue
        toks = [vc.fold(m.group(0)) for m in W.finditer(r.get('content') or '')]
        for i, w in enumerate(toks):
            if w in known or not (w.startswith('ال') or w in counterparts):
                continue
            tot[w] += 1
            if i + 1 < len(toks) and toks[i + 1] in given:
                before[w] += 1
            if i > 0 and toks[i - 1] in given:
                after[w] += 1
for w, n in tot.most_common():
    if n >= args.min and before[w] >= args.before * n and after[w] <= args.after * n:
        print('%s\t%d\tbefore a given name %.2f\tafter one %.2f' % (w, n, before[w] / n, after[w] / n))
