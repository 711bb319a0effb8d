# src/extract: dates, speakers, statements, topics (pure analysis, no SQL).
libkhabar_a_SOURCES += src/extract/extract.h src/extract/token.c src/extract/words.c \
	src/extract/dates.c src/extract/lexicon.c src/extract/cues.c src/extract/speech.c src/extract/topics.c \
	src/extract/extract.c
# The reporting verbs' forms (data/speech-verbs.tsv) from their lemmas: `make speech-verbs`
# after editing data/speech-lemmas.tsv; tests/speech-verbs.sh fails while it is out of date.
EXTRA_DIST += scripts/speech-verbs.py scripts/given-names.py
.PHONY: speech-verbs
speech-verbs:
	python3 $(srcdir)/scripts/speech-verbs.py $(srcdir)/data/speech-lemmas.tsv $(srcdir)/data/speech-verbs.tsv
# Given names induced from the SaudiNewsNet corpus (data/given-names.tsv): `make given-names`.
.PHONY: given-names
given-names:
	python3 $(srcdir)/scripts/given-names.py $(srcdir)/../shared/corpus/saudinewsnet $(srcdir)/data/given-names.tsv
