# bench: benchmarks (make bench)
noinst_PROGRAMS += bench/bench-bidi
bench_bench_bidi_SOURCES = bench/bench-bidi.c
bench_bench_bidi_LDADD = $(CORE_LIBS)
