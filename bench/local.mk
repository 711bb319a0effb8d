# bench: benchmarks (make bench)
# bench-extract: extraction throughput over SaudiNewsNet, import with and without it.
noinst_PROGRAMS += bench/bench-extract
bench_bench_extract_SOURCES = bench/bench-extract.c
bench_bench_extract_LDADD = $(CORE_LIBS)
# The reader: start to first screen, redraw time, memory (5 vs 31,030 articles).
EXTRA_DIST += bench/bench-ui
bench: bench-ui
bench-ui: khabar$(EXEEXT)
	$(srcdir)/bench/bench-ui ./khabar$(EXEEXT)
.PHONY: bench bench-ui
noinst_PROGRAMS += bench/bench-bidi
bench_bench_bidi_SOURCES = bench/bench-bidi.c
bench_bench_bidi_LDADD = $(CORE_LIBS)
