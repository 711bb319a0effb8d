# tests/fuzz: libFuzzer harnesses, one per parser.  `make fuzz` builds them
# with clang (-fsanitize=fuzzer,address,undefined; not with $(CC)) from
# the core's sources into fuzz-out/ and runs each for FUZZ_SECONDS.
FUZZ_SECONDS = 60
FUZZ_TARGETS =
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/make-seeds.sh tests/fuzz/fuzz.h \
	$(wildcard $(srcdir)/tests/fuzz/fuzz-*.c) $(wildcard $(srcdir)/tests/fuzz/regress/*/*)
.PHONY: fuzz
fuzz: config.h
	@CLANG='$(FUZZ_CLANG)' top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	DEP_CFLAGS='$(ICU_CFLAGS) $(FRIBIDI_CFLAGS) $(SQLITE_CFLAGS) $(JANSSON_CFLAGS) $(CURL_CFLAGS) $(XML_CFLAGS)' \
	DEP_LIBS='$(ICU_LIBS) $(FRIBIDI_LIBS) $(SQLITE_LIBS) $(JANSSON_LIBS) $(STEMMER_LIBS) $(CURL_LIBS) $(XML_LIBS)' \
	FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_TARGETS='$(FUZZ_TARGETS)' \
	$(SHELL) $(srcdir)/tests/fuzz/run.sh
clean-local: clean-fuzz
clean-fuzz:
	rm -rf fuzz-out/obj fuzz-out/bin
