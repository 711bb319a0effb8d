# src/store: SQLite schema, migrations, FTS5 tokenizer, queries.
libkhabar_a_SOURCES += src/store/store.h src/store/store-private.h src/store/store.c \
	src/store/fts.c src/store/snippet.c src/store/rank.c src/store/articles.c src/store/search.c src/store/browse.c \
	src/store/annotations.c src/store/phrases.c src/store/stories.c \
	src/store/extracted.c src/store/feeds.c src/store/related.c src/store/checkpoint.c
# A prototype that measures a follow-up rule for stories (not built into khabar).
EXTRA_DIST += scripts/story-followups.py
