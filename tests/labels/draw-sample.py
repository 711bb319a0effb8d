#!/usr/bin/env python3
"""draw-sample.py SEED N OUT.json [--after LABELS.tsv ...]: draw N SaudiNewsNet articles to label.

The rule of the samples s9 (seed 2026) and s10 (seed 2027) in this folder:
every record of the corpus's JSON files (unzipped, files in name order,
records in file order; the first occurrence of a url kept) whose content
is non-empty, 600 to 4,000 code points long and contains قال, أكد, أوضح
or أضاف, leaving out every url of ../shared/labels/saudinewsnet-120.jsonl
and of the label files in this folder that existed before the draw; then
random.Random(SEED).sample(candidates, N).  Writes url, title and content.
--after names label files of this folder made after the draw, not to be
left out again: `draw-sample.py 2027 30 s10.json --after saudinewsnet-s10.tsv`
draws s10 again (15,586 candidates: s9's 15,616 less s9's 30).  The corpus
is read from $KHABAR_CORPUS_JSON (default /work/corpus-json), the unzipped
../shared/corpus/saudinewsnet."""
import glob, json, os, random, re, sys

here = os.path.dirname(os.path.abspath(__file__))
seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
after = set(sys.argv[5:]) if len(sys.argv) > 4 and sys.argv[4] == '--after' else set()
corpus = os.environ.get('KHABAR_CORPUS_JSON', '/work/corpus-json')
seen, recs = set(), []
for f in sorted(glob.glob(os.path.join(corpus, '*.json'))):
    for r in json.load(open(f, encoding='utf-8')):
        if r.get('url') not in seen:
            seen.add(r.get('url'))
            recs.append(r)
excl = {json.loads(l)['url'] for l in open(os.path.join(here, '..', '..', '..', 'shared', 'labels',
                                                         'saudinewsnet-120.jsonl'), encoding='utf-8') if l.strip()}
for f in sorted(glob.glob(os.path.join(here, '*.tsv'))):
    if os.path.basename(f) in after:
        continue
    for line in open(f, encoding='utf-8'):
        excl.update(re.findall(r'https?://[^\s\t]+', line))
cands = [r for r in recs if (r.get('content') or '').strip() and 600 <= len(r['content']) <= 4000
         and any(w in r['content'] for w in ('قال', 'أكد', 'أوضح', 'أضاف')) and r['url'] not in excl]
print('%d candidates' % len(cands), file=sys.stderr)
json.dump([{'url': r['url'], 'title': r.get('title'), 'content': r['content']}
           for r in random.Random(seed).sample(cands, n)], open(out, 'w', encoding='utf-8'), ensure_ascii=False)
