# bench: benchmarks.  Built with the rest (so they never rot), run by hand or
# by `make bench`; they print figures and are not tests.
noinst_PROGRAMS += bench/bench-import
bench_bench_import_SOURCES = bench/bench-import.c
bench_bench_import_LDADD = $(CORE_LIBS)

BENCHMARKS = bench/bench-import
bench: $(BENCHMARKS)
	@for b in $(BENCHMARKS); do echo "== $$b"; ./$$b || exit 1; done
.PHONY: bench

# bench-extract: extraction throughput over SaudiNewsNet, import with and without it.
noinst_PROGRAMS += bench/bench-extract
bench_bench_extract_SOURCES = bench/bench-extract.c bench/corpus.h bench/corpus.c
bench_bench_extract_LDADD = $(CORE_LIBS)
BENCHMARKS += bench/bench-extract

# bench-bidi: layout throughput against the bare fribidi pipeline.
noinst_PROGRAMS += bench/bench-bidi
bench_bench_bidi_SOURCES = bench/bench-bidi.c
bench_bench_bidi_LDADD = $(CORE_LIBS)
BENCHMARKS += bench/bench-bidi

# bench-facets: the browser's facet counts under a filter (issue 12: < 100 ms each).
noinst_PROGRAMS += bench/bench-facets
bench_bench_facets_SOURCES = bench/bench-facets.c
bench_bench_facets_LDADD = $(CORE_LIBS)

# The reader: start to first screen, redraw time, memory (5 vs 31,030 articles).
EXTRA_DIST += bench/bench-ui
bench: bench-ui
bench-ui: khabar$(EXEEXT)
	$(srcdir)/bench/bench-ui ./khabar$(EXEEXT)
.PHONY: bench-ui
# import-copies.sh: three copies of the corpus in one archive, the last against the first.
EXTRA_DIST += bench/import-copies.sh bench/corpus-copies.py bench/related-pairs.py
# import-memory.sh: peak memory of import on generated inputs, against targets.
EXTRA_DIST += bench/import-memory.sh

# build-archive: the index-only importer bench-search builds its 1M-article archive with.
noinst_PROGRAMS += bench/build-archive
bench_build_archive_SOURCES = bench/build-archive.c
bench_build_archive_LDADD = $(CORE_LIBS)

# bench-search: a search's first screen, the views and filters, in process (run by bench/bench-search.py).
noinst_PROGRAMS += bench/bench-search
bench_bench_search_SOURCES = bench/bench-search.c
bench_bench_search_LDADD = $(CORE_LIBS)

# bench-topics: story and topic assignment per article at import, the topic view's opening time.
noinst_PROGRAMS += bench/bench-topics
bench_bench_topics_SOURCES = bench/bench-topics.c bench/corpus.h bench/corpus.c
bench_bench_topics_LDADD = $(CORE_LIBS)
BENCHMARKS += bench/bench-topics

# bench-fulltext: fetch_html_main alone over HTML pages (pages/s).
noinst_PROGRAMS += bench/bench-fulltext
bench_bench_fulltext_SOURCES = bench/bench-fulltext.c
bench_bench_fulltext_LDADD = $(CORE_LIBS)
# bench-feeds.sh: khabar fetch of 200 feeds x 50 entries from a local server, again (304s), full text (pages/s).
EXTRA_DIST += bench/bench-feeds.sh bench/gen-feeds.py bench/feeds-check.py
