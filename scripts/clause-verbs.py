#!/usr/bin/env python3
"""clause-verbs.py CORPUS_DIR OUT: words that open a sentence before its subject, induced from SaudiNewsNet.

Reads every article of CORPUS_DIR (SaudiNewsNet's daily zips of JSON arrays)
and counts the word that opens a sentence with و or ف (after a full stop, a
question or exclamation mark, or a new line) when a word with ال follows it:
"وأظهر التقرير"، "وسلط الضوء"، "ويستعرض المؤلف".  Arabic news puts the verb
first, so such a word is a verb (or a particle, or a noun in construct),
never a given name: "وخالد الفالح" does not open sentences.  A word is kept
when it is seen so at least MIN_COUNT times in MIN_ARTICLES articles, in at
least MIN_SHARE of the occurrences of its form with و, and is no given name
(data/given-names.tsv, next to OUT).  So "أظهر التقرير" is a verb and its
subject, not a person named so.  Writes each word a line, in its most
frequent spelling, sorted; src/extract/lexicon.c folds each.  The output is
data/clause-verbs.tsv (make clause-verbs).
"""
import collections
import re
import sys

from corpus_words import MARKS, HARAKAT, corpus_articles, fold, sibling_words, write_words

MIN_COUNT = 3
MIN_ARTICLES = 2
MIN_SHARE = 0.05
OPENER = re.compile(r'(?:^|[.!?؟\n]\s*)[وف]([\u0621-\u064a]{2,})\s+ال[\u0621-\u064a]')


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: clause-verbs.py CORPUS_DIR OUT')
    given = sibling_words(sys.argv[2], 'given-names.tsv')
    count = collections.Counter()
    total = collections.Counter()
    arts = collections.defaultdict(set)
    spell = collections.defaultdict(collections.Counter)
    n = 0
    for art in corpus_articles(sys.argv[1], 'clause-verbs.py'):
        n += 1
        text = HARAKAT.sub('', art.get('content') or '')
        total.update(fold(w.strip(MARKS)) for w in text.split())
        for m in OPENER.finditer(text):
            w = m.group(1)
            f = fold(w)
            count[f] += 1
            arts[f].add(n)
            spell[f][w] += 1
    words = sorted(spell[f].most_common(1)[0][0] for f in count
                   if count[f] >= MIN_COUNT and len(arts[f]) >= MIN_ARTICLES and
                   count[f] >= MIN_SHARE * total['و' + f] and f not in given)
    write_words(sys.argv[2], 'clause-verbs.py', words, n)


if __name__ == '__main__':
    main()
