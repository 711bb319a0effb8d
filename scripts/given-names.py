#!/usr/bin/env python3
"""given-names.py CORPUS_DIR OUT: given names induced from SaudiNewsNet.

Reads every article of CORPUS_DIR (SaudiNewsNet's daily zips of JSON arrays)
and counts the word that follows an honorific or rank that only ever
introduces a person (الدكتور، الشيخ، العقيد ...) when another word follows it
(a name has two words at least).  A word seen there at least MIN_COUNT times
in MIN_ARTICLES articles, and there in at least MIN_SHARE of all its
occurrences, that is not a word of a closed class (ال-, a digit, a
function word) is a given name.  So is, by a second count, the word
before a surname that the same article later uses alone as the subject
of a reporting verb ("جون كيري ... وقال كيري إن"): foreign names no
honorific introduces.  Writes one name a line, in its most
frequent spelling, sorted by that spelling; src/extract/cues.c folds each.
The output is data/given-names.tsv (make given-names).
"""
import collections
import re
import sys

from corpus_words import MARKS, corpus_articles, fold, sibling_words, write_words

MIN_COUNT = 3
MIN_ARTICLES = 2
MIN_SHARE = 0.03
# Words that introduce a person's name and nothing else.
HONORIFICS = """الدكتور الدكتورة د. المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة الأمير الأميرة
العقيد اللواء العميد المقدم الرائد النقيب الملازم الرقيب السيد السيدة البروفيسور الكابتن""".split()
# Words that may follow an honorific without being a name.
NOT_NAMES = """أول ثاني ركن طيار متقاعد المهندس الدكتور الأستاذ الشيخ عبد أبو بن بنت آل ذو ذي
إن أن الذي التي في من على عن إلى مع هو هي قد كان لم لا ما كل هذا هذه""".split()
# Reporting verbs before a surname used alone, and what follows it.
VERBS = """قال وقال أضاف وأضاف أكد وأكد أوضح وأوضح أشار وأشار تابع وتابع""".split()
AFTER = """إن أن إنه أنه بأن""".split()



def words(text):
    for w in text.split():
        yield w.strip(MARKS)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: given-names.py CORPUS_DIR OUT')
    hon = {fold(h) for h in HONORIFICS}
    bad = {fold(w) for w in NOT_NAMES}
    verbs = {fold(w) for w in VERBS}
    # Every reporting verb's form (data/speech-verbs.tsv, next to OUT): "أجاب كيري" is no name.
    forms = sibling_words(sys.argv[2], 'speech-verbs.tsv')
    after = {fold(w) for w in AFTER}
    count = collections.Counter()
    count2 = collections.Counter()
    arts2 = collections.defaultdict(set)
    total = collections.Counter()
    arts = collections.defaultdict(set)
    spell = collections.defaultdict(collections.Counter)
    n = 0
    for art in corpus_articles(sys.argv[1], 'given-names.py'):
        n += 1
        ws = [w for w in words(art.get('content') or '') if w]
        total.update(fold(w) for w in ws)
        fs = [fold(w) for w in ws]
        alone = set()
        for i in range(len(ws) - 2):
            if fs[i] in verbs and fs[i + 2] in after and ws[i + 1].endswith(ws[i + 1].strip(MARKS)):
                f = fs[i + 1]
                if len(f) >= 3 and not f.startswith('ال') and f not in bad and \
                   re.fullmatch('[\u0621-\u064a]+', f):
                    alone.add(f)
        for i in range(1, len(ws)):
            if fs[i] in alone and fs[i - 1] not in alone:
                f = fs[i - 1]
                if (len(f) < 3 or f.startswith('ال') or f.startswith('و') or f in bad or f in hon or
                        f in verbs or f in forms or f.endswith('ات') or
                        'ً' in ws[i - 1] or not re.fullmatch('[\u0621-\u064a]+', f)):
                    continue
                count2[f] += 1
                arts2[f].add(n)
                spell[f][ws[i - 1]] += 1
        for i in range(len(ws) - 2):
            if fold(ws[i]).lstrip('و') not in hon and fold(ws[i]) not in hon:
                continue
            w = ws[i + 1]
            f = fold(w)
            if (len(f) < 2 or f.startswith('ال') or f in bad or
                    re.search(r'[0-9٠-٩]', f) or not re.fullmatch('[\u0621-\u064a]+', f)):
                continue
            count[f] += 1
            arts[f].add(n)
            spell[f][w] += 1
    given = {f for f in count
             if count[f] >= MIN_COUNT and len(arts[f]) >= MIN_ARTICLES and count[f] >= MIN_SHARE * total[f]}
    given |= {f for f in count2
              if count2[f] >= MIN_COUNT and len(arts2[f]) >= MIN_ARTICLES and count2[f] >= MIN_SHARE * total[f]}
    names = sorted(spell[f].most_common(1)[0][0] for f in given)
    write_words(sys.argv[2], 'given-names.py', names, n, 'names')


main()
