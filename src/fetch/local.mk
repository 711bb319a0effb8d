# src/fetch: feeds (libcurl for HTTP, libxml2 for RSS, Atom, OPML and HTML).
libkhabar_a_SOURCES += src/fetch/fetch.h src/fetch/http.c src/fetch/feed.c src/fetch/html.c \
	src/fetch/opml.c src/fetch/run.c
