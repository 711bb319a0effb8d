# src/extract: dates, speakers, statements, topics (pure analysis, no SQL).
libkhabar_a_SOURCES += src/extract/extract.h src/extract/token.c src/extract/words.c \
	src/extract/dates.c src/extract/lexicon.c src/extract/speech.c src/extract/topics.c src/extract/entities.c \
	src/extract/extract.c
