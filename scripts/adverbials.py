#!/usr/bin/env python3
"""adverbials.py CORPUS_DIR OUT: indefinite accusatives induced from SaudiNewsNet.

Reads every article of CORPUS_DIR (SaudiNewsNet's daily zips of JSON arrays)
and counts the words written with a tanween fatha on a final alif (ضاحكاً،
مؤخراً، متحدثاً): adverbs and circumstantial participles, which tell how
someone spoke and are never a name's last word.  A word is kept when it is
seen so at least MIN_COUNT times in MIN_ARTICLES articles and in at least
MIN_SHARE of all its occurrences (not روسيا, written "روسياً", Russian, 3
times in 1,202), is no given name (data/given-names.tsv, next to OUT), and
has a participle's or adverb's shape: م, a consonant and three letters or
more (متذمرا، مخاطبا، مؤخرا; not موتا، مارا) or فاعلا (ضاحكا، هادئا).  Other
nouns written so are names too (سيدا، أبا، ندا، صبرا).  So "وقال مورينيو
ضاحكا:" is مورينيو's, tanween written or not.  Writes each word a line
without its tanween, in its most frequent spelling, sorted;
src/extract/lexicon.c folds each.  The output is data/adverbials.tsv
(make adverbials).
"""
import collections
import re
import sys

from corpus_words import MARKS, HARAKAT, corpus_articles, fold, sibling_words, write_words

MIN_COUNT = 2
MIN_ARTICLES = 2
MIN_SHARE = 0.1
TANWEEN = re.compile('([\u0621-\u064a]+)(?:\u064b\u0627|\u0627\u064b)(?![\u0621-\u0652])')


def participle_shape(w):
    """م, a consonant, and three letters or more; or فاعلا."""
    return (len(w) >= 5 and w[0] == 'م' and w[1] not in 'اوي') or (len(w) == 5 and w[1] == 'ا')


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: adverbials.py CORPUS_DIR OUT')
    given = sibling_words(sys.argv[2], 'given-names.tsv')
    count = collections.Counter()
    total = collections.Counter()
    arts = collections.defaultdict(set)
    spell = collections.defaultdict(collections.Counter)
    n = 0
    for art in corpus_articles(sys.argv[1], 'adverbials.py'):
        n += 1
        text = art.get('content') or ''
        total.update(fold(w.strip(MARKS)) for w in text.split())
        for m in TANWEEN.finditer(text):
            w = HARAKAT.sub('', m.group(1)) + 'ا'
            f = fold(w)
            if len(f) < 3 or f.startswith('ال'):
                continue
            count[f] += 1
            arts[f].add(n)
            spell[f][w] += 1
    words = sorted(w for w in (spell[f].most_common(1)[0][0] for f in count
                               if count[f] >= MIN_COUNT and len(arts[f]) >= MIN_ARTICLES and
                               count[f] >= MIN_SHARE * total[f] and f not in given)
                   if participle_shape(w))
    write_words(sys.argv[2], 'adverbials.py', words, n)


if __name__ == '__main__':
    main()
