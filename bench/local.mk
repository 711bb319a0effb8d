# bench: benchmarks (make bench)
# bench-extract: extraction throughput over SaudiNewsNet, import with and without it.
noinst_PROGRAMS += bench/bench-extract
bench_bench_extract_SOURCES = bench/bench-extract.c
bench_bench_extract_LDADD = $(CORE_LIBS)
