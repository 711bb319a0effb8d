"""corpus_words.py: what the scripts that induce lexicons from the corpus share."""
import re

# Punctuation stripped from a whitespace-separated word's ends.
MARKS = '«»"“”„‟\'،,:؛;.!?؟()[]{}-–—…*'
HARAKAT = re.compile('[\u064b-\u065f\u0670\u0640]')


def fold(w):
    """A rough fold (alef, yeh, teh marbuta, harakat) for counting only."""
    w = HARAKAT.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
