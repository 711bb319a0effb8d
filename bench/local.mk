# bench: benchmarks (make bench)
# The reader: start to first screen, redraw time, memory (5 vs 31,030 articles).
EXTRA_DIST += bench/bench-ui
bench: bench-ui
bench-ui: khabar$(EXEEXT)
	$(srcdir)/bench/bench-ui ./khabar$(EXEEXT)
.PHONY: bench bench-ui
