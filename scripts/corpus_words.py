"""corpus_words.py: what the scripts that induce lexicons from the corpus share."""
import glob
import json
import os
import re
import sys
import zipfile

# Punctuation stripped from a whitespace-separated word's ends.
MARKS = '«»"“”„‟\'،,:؛;.!?؟()[]{}-–—…*'
HARAKAT = re.compile('[\u064b-\u065f\u0670\u0640]')


def fold(w):
    """A rough fold (alef, yeh, teh marbuta, harakat) for counting only."""
    w = HARAKAT.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')


def corpus_articles(corpus_dir, script):
    """Every article (a dict) of SaudiNewsNet's daily zips of JSON arrays in corpus_dir, in file order."""
    zips = sorted(glob.glob(os.path.join(corpus_dir, '*.zip')))
    if not zips:
        sys.exit('%s: no zips in %s' % (script, corpus_dir))
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith('.json'):
                    yield from json.loads(zf.read(name))


def sibling_words(out, name):
    """The folded first fields of data file name next to out (every line but comments); empty without it."""
    path = os.path.join(os.path.dirname(os.path.abspath(out)), name)
    if not os.path.exists(path):
        return set()
    with open(path, encoding='utf-8') as f:
        return {fold(l.split('\t')[0].strip()) for l in f if l.strip() and not l.startswith('#')}
