# src/text: UTF-8, normalisation, folding, stemming, word boundaries.
libkhabar_a_SOURCES += src/text/text.h src/text/buf.c src/text/utf8.c \
	src/text/fold.c src/text/find.c src/text/stem.c src/text/words.c src/text/safe.c \
	src/text/collate.c
