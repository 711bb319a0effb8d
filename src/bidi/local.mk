# src/bidi: paragraph layout (fribidi levels, shaping and reordering; ICU line breaks).
libkhabar_a_SOURCES += src/bidi/bidi.h src/bidi/bidi-private.h src/bidi/engine.c \
	src/bidi/cluster.c src/bidi/wrap.c src/bidi/reorder.c src/bidi/width.c \
	src/bidi/map.c src/bidi/term.c
