# src/extract: dates, speakers, statements, topics (pure analysis, no SQL).
libkhabar_a_SOURCES += src/extract/extract.h src/extract/token.c src/extract/keys.c src/extract/words.c \
	src/extract/dates.c src/extract/lexicon.c src/extract/cues.c src/extract/scorer.c \
	src/extract/speech-private.h src/extract/speech.c src/extract/speech-quotes.c \
	src/extract/speech-subject.c src/extract/speech-phrase.c src/extract/speech-clause.c \
	src/extract/speech-nominal.c src/extract/speech-names.c src/extract/speech-speakers.c \
	src/extract/speech-bodies.c src/extract/speech-mentions.c src/extract/speech-emit.c \
	src/extract/speech-attrib.c \
	src/extract/topics.c src/extract/entities.c src/extract/leads.c src/extract/extract.c
# The reporting verbs' forms (data/speech-verbs.tsv) from their lemmas: `make speech-verbs`
# after editing data/speech-lemmas.tsv; tests/speech-verbs.sh fails while it is out of date.
EXTRA_DIST += scripts/speech-verbs.py scripts/given-names.py scripts/adverbials.py scripts/clause-verbs.py scripts/corpus_words.py
.PHONY: speech-verbs
speech-verbs:
	python3 $(srcdir)/scripts/speech-verbs.py $(srcdir)/data/speech-lemmas.tsv $(srcdir)/data/speech-verbs.tsv
# Given names induced from the SaudiNewsNet corpus (data/given-names.tsv): `make given-names`.
.PHONY: given-names
given-names:
	python3 $(srcdir)/scripts/given-names.py $(srcdir)/../shared/corpus/saudinewsnet $(srcdir)/data/given-names.tsv
# Indefinite accusatives that end a name (data/adverbials.tsv), induced from the corpus: `make adverbials`
# (after given-names: a given name is never one).
.PHONY: adverbials
adverbials:
	python3 $(srcdir)/scripts/adverbials.py $(srcdir)/../shared/corpus/saudinewsnet $(srcdir)/data/adverbials.tsv
# Words that open a sentence before its subject (data/clause-verbs.tsv), induced from the corpus:
# `make clause-verbs` (after given-names: a given name is never one).
.PHONY: clause-verbs
clause-verbs:
	python3 $(srcdir)/scripts/clause-verbs.py $(srcdir)/../shared/corpus/saudinewsnet $(srcdir)/data/clause-verbs.tsv
# The statement scorer's weights (data/speech-weights.tsv), trained on the train split of
# ../shared/labels (dev is never read): `make train-extract`.  The candidates come from
# tests/tools/extract-candidates, which analyses each article as the import does.
LABELS_DIR = $(srcdir)/../shared/labels
EXTRA_DIST += scripts/train-extract.py
.PHONY: train-extract
train-extract: tests/tools/extract-candidates
	python3 $(LABELS_DIR)/articles.py $(LABELS_DIR)/saudinewsnet-120.jsonl train-extract.json
	python3 $(srcdir)/scripts/train-extract.py tests/tools/extract-candidates $(srcdir)/data \
		$(LABELS_DIR)/saudinewsnet-120.jsonl train-extract.json $(srcdir)/data/speech-weights.tsv
	rm -f train-extract.json
