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
bench_bench_extract_SOURCES = bench/bench-extract.c
bench_bench_extract_LDADD = $(CORE_LIBS)
BENCHMARKS += bench/bench-extract

# bench-bidi: layout throughput against the bare fribidi pipeline.
noinst_PROGRAMS += bench/bench-bidi
bench_bench_bidi_SOURCES = bench/bench-bidi.c
bench_bench_bidi_LDADD = $(CORE_LIBS)
BENCHMARKS += bench/bench-bidi

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
