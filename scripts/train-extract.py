#!/usr/bin/env python3
"""Train the statement scorer (data/speech-weights.tsv) on the labels' train split.

usage: train-extract.py TOOL DATADIR LABELS.jsonl ARTICLES.json OUT.tsv [--report]

TOOL is tests/tools/extract-candidates: it lists every candidate statement
the extractor generates for each article of ARTICLES.json (written from
LABELS by the labels' articles.py), with its features.  A candidate is
positive when it matches a labelled, not ambiguous statement of its article
by the labels' rule (score.py: 4 contiguous of the first 6 normalised
quote_start tokens, and the speaker equal to the name, an alias, an
alt_speaker or a member, or sharing its last token); it is left out when
it matches only ambiguous statements; else negative.  Only the train split
(dev_index % 4 != 3) is read: dev stays unseen.

L2-regularised logistic regression over the binary features.  The
threshold is chosen by 5-fold cross-validation over train articles: the
one whose out-of-fold statements (counted as score.py counts them, per cue
the best candidate kept) have the best F0.5 (precision weighs twice
recall: a wrong speaker is worse than none).
Deterministic: the folds are by article order, no randomness.
"""
import json, math, re, subprocess, sys, unicodedata

L2 = float(__import__("os").environ.get("TRAIN_L2", "0.02"))
EPOCHS = 400
DROP = set(__import__('os').environ.get('TRAIN_DROP', '').split(','))
RATE = 0.5

# ---- The labels' matching rule (as ../shared/labels/score.py has it) ----
HARAKAT = re.compile('[\u064B-\u065F\u0670\u0640]')


def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = HARAKAT.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    s = s.translate({0x660 + i: 0x30 + i for i in range(10)} | {0x6F0 + i: 0x30 + i for i in range(10)})
    s = re.sub(r'[^\w\s]', ' ', s)
    return s.split()


def strip_particle(toks):
    while toks and toks[0] in ('ان', 'بان', 'الي', 'علي', 'وان'):
        toks = toks[1:]
    return toks


def contains_run(text_toks, gold_toks, need=4):
    g = strip_particle(gold_toks)[:6]
    need = min(need, len(g))
    if need == 0:
        return False
    t = ' ' + ' '.join(text_toks) + ' '
    return any(' ' + ' '.join(g[i:i + need]) + ' ' in t for i in range(len(g) - need + 1))


def speaker_ok(pred, sp):
    p = fold(pred or '')
    for n in [sp['name']] + sp.get('aliases', []) + sp.get('members', []):
        f = fold(n)
        if f and (f == p or (p and f[-1] == p[-1])):
            return True
    return False


def gold_of(L):
    """(speaker, statement, keys) for every statement of a label record."""
    out = []
    for sp in L['speakers']:
        for st in sp['statements']:
            keys = [fold(st['quote_start'])] + ([fold(st['quoted_start'])] if st.get('quoted_start') else [])
            out.append((sp, st, keys))
    return out


def matches(c, sp, st, keys):
    who = speaker_ok(c['speaker'], sp) or any(speaker_ok(c['speaker'], {'name': a})
                                               for a in st.get('alt_speakers', []))
    return who and any(contains_run(c['toks'], k) for k in keys)


def score_article(preds, gold):
    """tp, fp, fn of a list of predictions as score.py counts them (strict)."""
    used, tp, fn, fp = set(), 0, 0, 0
    for sp, st, keys in gold:
        if st.get('ambiguous'):
            continue
        hit = next((j for j, p in enumerate(preds) if j not in used and matches(p, sp, st, keys)), None)
        if hit is None:
            fn += 1
        else:
            tp += 1
            used.add(hit)
    for j, p in enumerate(preds):
        if j in used:
            continue
        on = [st for sp, st, keys in gold if contains_run(p['toks'], fold(st['quote_start']))]
        if on and all(st.get('ambiguous') for st in on):
            continue
        fp += 1
    return tp, fp, fn


# ---- Candidates ----
def candidates(tool, data_dir, articles):
    r = subprocess.run([tool, data_dir, articles], capture_output=True, check=True)
    out = {}
    for line in r.stdout.decode('utf-8').splitlines():
        url, kept, score, cue, c0, c1, speaker, direct, feats, text = line.split('\t', 9)
        out.setdefault(url, []).append({'cue': int(cue), 'start': int(c0), 'end': int(c1), 'speaker': speaker,
                                        'feats': [f for f in feats.split() if f.split('=')[0] not in DROP], 'text': text, 'toks': fold(text)})
    return out


def select(cands, scores, threshold):
    """What the extractor keeps: the rules' candidates, the generous ones over the threshold; per cue
    the best of overlapping ones."""
    keep = [s >= threshold or 'generous' not in c['feats'] for s, c in zip(scores, cands)]
    for i, c in enumerate(cands):
        for k, d in enumerate(cands):
            if keep[i] and k != i and keep[k] and d['cue'] == c['cue'] and \
               (scores[k] > scores[i] or (scores[k] == scores[i] and k < i)) and \
               d['start'] < c['end'] and c['start'] < d['end']:
                keep[i] = False
    return [c for c, k in zip(cands, keep) if k]


# ---- Logistic regression ----
def train(examples, names):
    """examples: (feature indexes, y in {0, 1}); full-batch gradient descent, deterministic."""
    w = [0.0] * len(names)
    n = len(examples)
    for epoch in range(EPOCHS):
        g = [L2 * x for x in w]
        for fs, y in examples:
            z = sum(w[f] for f in fs)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for f in fs:
                g[f] += (p - y) / n
        rate = RATE / (1 + epoch / 100)
        w = [a - rate * b * 10 for a, b in zip(w, g)]
    return w


def examples_of(arts, gold, cands, index, grow):
    ex = []
    for url in arts:
        for c in cands.get(url, []):
            good = [(sp, st) for sp, st, keys in gold[url] if not st.get('ambiguous') and matches(c, sp, st, keys)]
            if not good:
                on = [st for sp, st, keys in gold[url] if contains_run(c['toks'], fold(st['quote_start']))]
                if on and all(st.get('ambiguous') for st in on):
                    continue  # optional: neither good nor bad
            fs = []
            for f in c['feats']:
                if f not in index and grow:
                    index[f] = len(index)
                if f in index:
                    fs.append(index[f])
            ex.append((fs, 1 if good else 0))
    return ex


def scores_of(cs, w, index):
    return [sum(w[index[f]] for f in c['feats'] if f in index) for c in cs]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    report = '--report' in sys.argv
    tool, data_dir, labels_path, articles, out_path = args[:5]
    labels = [L for L in map(json.loads, open(labels_path, encoding='utf-8')) if L['dev_index'] % 4 != 3]
    cands = candidates(tool, data_dir, articles)
    gold = {L['url']: gold_of(L) for L in labels}
    urls = [L['url'] for L in labels]

    # Out-of-fold scores: 5 folds by article order.
    oof = {}
    for k in range(5):
        test = urls[k::5]
        trn = [u for u in urls if u not in test]
        index = {}
        ex = examples_of(trn, gold, cands, index, True)
        w = train(ex, index)
        for u in test:
            oof[u] = scores_of(cands.get(u, []), w, index)

    def evaluate(th, sc):
        tp = fp = fn = 0
        for u in urls:
            a, b, c = score_article(select(cands.get(u, []), sc[u], th), gold[u])
            tp, fp, fn = tp + a, fp + b, fn + c
        return tp, fp, fn

    all_scores = sorted({s for u in urls for s in oof[u]})
    cuts = [-1e9] + [(a + b) / 2 for a, b in zip(all_scores, all_scores[1:])] + [1e9]
    best = None
    table = []
    for th in cuts:
        tp, fp, fn = evaluate(th, oof)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f05 = 1.25 * p * r / (0.25 * p + r) if p + r else 0
        table.append((th, tp, fp, fn, p, r, f05))
    best = max(table, key=lambda t: (round(t[6], 4), -t[0]))
    th = best[0]

    index = {}
    ex = examples_of(urls, gold, cands, index, True)
    w = train(ex, index)
    # Every candidate the weights drop counts out: re-derive nothing else from train.
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('# Statement scorer weights: made by `make train-extract` (scripts/train-extract.py) from the\n')
        f.write('# labels\' train split; do not edit.  A candidate is kept when the sum of its features\'\n')
        f.write('# weights reaches the threshold.\n')
        f.write(f'# cross-validated on train: tp {best[1]} fp {best[2]} fn {best[3]} '
                f'precision {best[4]:.3f} recall {best[5]:.3f}\n')
        f.write(f'threshold\t{th:.6f}\n')
        for name in sorted(index):
            if abs(w[index[name]]) >= 1e-6:
                f.write(f'{name}\t{w[index[name]]:.6f}\n')
    npos = sum(y for _, y in ex)
    print(f'train-extract: {len(ex)} candidates ({npos} good) in {len(urls)} train articles, '
          f'{len(index)} features; threshold {th:.4f}; cross-validated precision {best[4]:.3f} '
          f'recall {best[5]:.3f} (tp {best[1]} fp {best[2]} fn {best[3]})')
    if report:
        for t in table[::max(1, len(table) // 25)]:
            print(f'  threshold {t[0]:+.3f}: tp {t[1]} fp {t[2]} fn {t[3]} P {t[4]:.3f} R {t[5]:.3f}')
        base = evaluate(-1e9, oof)
        print(f'  everything kept: tp {base[0]} fp {base[1]} fn {base[2]}')
        for name in sorted(index, key=lambda n: w[index[n]]):
            print(f'  {w[index[name]]:+.3f} {name}')


if __name__ == '__main__':
    main()
