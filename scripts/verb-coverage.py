#!/usr/bin/env python3
"""Cue coverage on unlabelled news: how many reporting-verb forms and
quotations of a random sample of corpus articles a stored statement covers.

usage: scripts/verb-coverage.py [--part A|B] [--n 300] [--seed 1] [--corpus /work/corpus-json]
           [--exclude /tmp/exclude-urls.txt] [--khabar ./khabar] [--verbs data/speech-verbs.tsv]
           [--db /tmp/h10b/cov-1.db] [--reuse] [--misses FILE] [--new-against OLD.json]
           [--dump FILE.json]

Draws 2N articles (fixed seed) from the corpus JSON files, leaving out every
url of --exclude (labelled and blind-sample articles), imports them into a
fresh archive the first N (--part A) or the other N (--part B) with `khabar --db DB import`, reads `khabar statements --json`
and each article's stored text (`show ID --json`), and for every reporting
verb form (the forms of --verbs, folded as the extractor folds; a form of
type w only after و/ف, any form also after و/ف) and every pair of quotation
marks with four words or more inside, says whether a stored statement covers
it:
  verb  covered when a statement starts after it in the same sentence, within
        250 code points (subject and complementiser between), or ends at most
        40 code points before it on the same line (بحسب ما قاله X), or holds it
        (a verb inside a quote or reported clause: "inside");
  quote covered when a statement overlaps the text inside the marks.
Prints the counts and coverage by lemma; --misses writes every uncovered cue
with the sentence around it (for error analysis: use it on sample A only);
--dump writes the statements, --new-against OLD.json prints those not in an
earlier dump (for precision checks of a change).

Use sample A for error analysis and sample B (disjoint from A) only to
measure: never read B's misses.  Runs khabar under nice.
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def fold_cp(c):
    """text_fold_cp of src/text/fold.c, for one code point (a string of one)."""
    cp = ord(c)
    if cp < 0x80:
        return c.lower()
    if 0x064B <= cp <= 0x065F or cp in (0x0670, 0x0640):
        return ''
    m = {0x0623: 'ا', 0x0625: 'ا', 0x0622: 'ا', 0x0671: 'ا', 0x0649: 'ي', 0x0629: 'ه',
         0x0624: 'و', 0x0626: 'ي', 0x06CC: 'ي', 0x06A9: 'ك'}
    if cp in m:
        return m[cp]
    if 0x0621 <= cp <= 0x064A:
        return c
    if 0x0660 <= cp <= 0x0669:
        return chr(ord('0') + cp - 0x0660)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(ord('0') + cp - 0x06F0)
    if unicodedata.category(c) == 'Cf':
        return ''
    if 0x0600 <= cp <= 0x06FF:
        return c
    return c.casefold()


def fold(s):
    return ''.join(fold_cp(c) for c in unicodedata.normalize('NFKC', s))


def load_verbs(path):
    """folded form -> (type, lemma)"""
    verbs = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            p = line.rstrip('\n').split('\t')
            form = fold(p[0])
            if form not in verbs:
                verbs[form] = (p[1], fold(p[3]) if len(p) > 3 else '')
    return verbs


def verb_of(verbs, w):
    """The lemma when the folded word w is a reporting verb as speech_verb_at reads it."""
    v = verbs.get(w)
    if v is not None and v[0] == 'w':
        v = None
    if v is None and (w.startswith('و') or w.startswith('ف')) and len(w) > 2:
        v = verbs.get(w[1:])
    return v[1] if v else None


WORD = re.compile(r'[\w\u064B-\u065F\u0670\u0640]+')
QUOTES = {'«': '»', '“': '”', '"': '"'}
SENT_END = re.compile(r'[.!?؟\n]')


def quote_pairs(text):
    """(open, close) offsets of paired marks, per paragraph, not nested."""
    out = []
    for m in re.finditer(r'[^\n]+', text):
        para, base = m.group(0), m.start()
        i = 0
        while i < len(para):
            c = para[i]
            if c in QUOTES:
                j = para.find(QUOTES[c], i + 1)
                if j < 0:
                    i += 1
                    continue
                out.append((base + i, base + j))
                i = j + 1
            else:
                i += 1
    return out


def sentence_around(text, a, b):
    s = a
    while s > 0 and not SENT_END.match(text[s - 1]) and a - s < 300:
        s -= 1
    e = b
    while e < len(text) and not SENT_END.match(text[e]) and e - b < 300:
        e += 1
    return text[s:a] + '⟦' + text[a:b] + '⟧' + text[b:e + 1]


def covers_verb(text, p0, p1, stmts):
    for s in stmts:
        if s['start'] <= p0 < s['end']:
            return 'inside'
    for s in stmts:
        if p1 <= s['start'] <= p1 + 250 and not SENT_END.search(text, p1, s['start']):
            return 'covered'
        if p0 - 40 <= s['end'] <= p0 and '\n' not in text[s['end']:p0]:
            return 'covered'
    return None


def draw(args):
    exclude = set()
    if args.exclude and os.path.exists(args.exclude):
        with open(args.exclude, encoding='utf-8') as f:
            exclude = {l.strip() for l in f if l.strip()}
    pool = []
    for path in sorted(glob.glob(os.path.join(args.corpus, '*.json'))):
        with open(path, encoding='utf-8') as f:
            for rec in json.load(f):
                if (rec.get('content') or '').strip() and rec.get('url') and rec['url'] not in exclude:
                    pool.append(rec)
    seen, uniq = set(), []
    for r in pool:
        if r['url'] not in seen:
            seen.add(r['url'])
            uniq.append(r)
    both = random.Random(args.seed).sample(uniq, 2 * args.n)
    return both[:args.n] if args.part == 'A' else both[args.n:]


def run(khabar, db, *a):
    return subprocess.run(['nice', '-n', '10', khabar, '--db', db] + list(a),
                          check=True, capture_output=True, text=True).stdout


def main():
    ap = argparse.ArgumentParser(description='cue coverage of stored statements on a corpus sample')
    ap.add_argument('--n', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--part', choices=('A', 'B'), default='A',
                    help='A: the first N of 2N drawn, for error analysis; B: the other N, only to measure')
    ap.add_argument('--corpus', default='/work/corpus-json')
    ap.add_argument('--exclude', default='/tmp/exclude-urls.txt')
    ap.add_argument('--khabar', default=os.path.join(TOP, 'khabar'))
    ap.add_argument('--verbs', default=os.path.join(TOP, 'data', 'speech-verbs.tsv'))
    ap.add_argument('--db', default=None)
    ap.add_argument('--reuse', action='store_true', help='read an archive already imported')
    ap.add_argument('--misses', default=None)
    ap.add_argument('--dump', default=None)
    ap.add_argument('--new-against', default=None)
    args = ap.parse_args()
    db = args.db or '/tmp/cov-%s-%d-%d.db' % (args.part, args.seed, args.n)
    if not args.reuse:
        sample = draw(args)
        for ext in ('', '-wal', '-shm'):
            if os.path.exists(db + ext):
                os.remove(db + ext)
        js = db + '.json'
        with open(js, 'w', encoding='utf-8') as f:
            json.dump(sample, f, ensure_ascii=False)
        run(args.khabar, db, 'import', js)
    verbs = load_verbs(args.verbs)
    stmts = json.loads(run(args.khabar, db, 'statements', '--json'))
    by_art = {}
    for s in stmts:
        by_art.setdefault(s['article_id'], []).append(s)
    arts = json.loads(run(args.khabar, db, 'list', '--json', '--limit', '1000000'))
    tot = {'verb': 0, 'verb_cov': 0, 'verb_inside': 0, 'quote': 0, 'quote_cov': 0}
    lemma = {}
    misses = []
    texts = {}
    for a in sorted(arts, key=lambda a: int(a['id'])):
        d = json.loads(run(args.khabar, db, 'show', str(a['id']), '--json'))
        text = d['content'] or ''
        texts[int(a['id'])] = (d['url'], text)
        st = by_art.get(int(a['id']), [])
        for m in WORD.finditer(text):
            lem = verb_of(verbs, fold(m.group(0)))
            if lem is None:
                continue
            c = covers_verb(text, m.start(), m.end(), st)
            tot['verb'] += 1
            L = lemma.setdefault(lem, [0, 0])
            L[0] += 1
            if c:
                tot['verb_cov'] += 1
                L[1] += 1
                if c == 'inside':
                    tot['verb_inside'] += 1
            else:
                misses.append(('verb', lem, d['url'], m.start(), sentence_around(text, m.start(), m.end())))
        for o, c in quote_pairs(text):
            inner = text[o + 1:c]
            if len(WORD.findall(inner)) < 4:
                continue
            tot['quote'] += 1
            if any(s['start'] < c and s['end'] > o + 1 for s in st):
                tot['quote_cov'] += 1
            else:
                misses.append(('quote', '', d['url'], o, sentence_around(text, o, c + 1)))
    n = len(arts)
    print('articles %d, statements %d (%.2f an article)' % (n, len(stmts), len(stmts) / max(n, 1)))
    print('verb cues %d: covered %d (%.3f), of them inside a statement %d' % (
        tot['verb'], tot['verb_cov'], tot['verb_cov'] / max(tot['verb'], 1), tot['verb_inside']))
    print('quote pairs (4+ words) %d: covered %d (%.3f)' % (
        tot['quote'], tot['quote_cov'], tot['quote_cov'] / max(tot['quote'], 1)))
    allc = tot['verb'] + tot['quote']
    print('all cues %d: covered %d (%.3f)' % (allc, tot['verb_cov'] + tot['quote_cov'],
                                              (tot['verb_cov'] + tot['quote_cov']) / max(allc, 1)))
    print('by lemma (cues, covered, rate), the 25 most frequent:')
    for lem, (k, c) in sorted(lemma.items(), key=lambda x: -x[1][0])[:25]:
        print('  %-10s %5d %5d %.2f' % (lem, k, c, c / k))
    if args.misses:
        with open(args.misses, 'w', encoding='utf-8') as f:
            for kind, lem, url, off, ctx in misses:
                f.write('%s\t%s\t%s\t%d\t%s\n' % (kind, lem, url, off, ctx.replace('\n', ' ')))
    if args.dump or args.new_against:
        rows = sorted({(texts[s['article_id']][0], s['start'], s['end'], s['speaker'], s['kind'], s['text'])
                       for s in stmts})
        if args.dump:
            with open(args.dump, 'w', encoding='utf-8') as f:
                json.dump(rows, f, ensure_ascii=False)
        if args.new_against:
            with open(args.new_against, encoding='utf-8') as f:
                old = {tuple(r[:4]) for r in json.load(f)}
            new = [r for r in rows if tuple(r[:4]) not in old]
            print('statements new against %s: %d' % (args.new_against, len(new)))
            random.Random(0).shuffle(new)
            for url, s0, e0, sp, kind, tx in new[:40]:
                t = texts_by_url(texts, url)
                print('---', url, s0, kind, '|', sp, '|')
                print('   ', t[max(0, s0 - 160):s0].replace('\n', ' '), '⟦', tx[:200], '⟧')


def texts_by_url(texts, url):
    for u, t in texts.values():
        if u == url:
            return t
    return ''


if __name__ == '__main__':
    sys.exit(main())
