# tests: unit tests (one runner, tests register themselves) and CLI tests.
check_PROGRAMS += tests/unit
tests_unit_SOURCES = tests/tap.h tests/tap.c tests/helpers.h tests/helpers.c \
	tests/test-text.c tests/test-store.c tests/test-import.c \
	tests/test-annotations.c tests/test-bidi.c tests/test-bidi-conformance.c tests/test-extract.c
tests_unit_LDADD = $(CORE_LIBS)

TESTS += tests/unit tests/cli.sh tests/render.sh tests/ui.sh tests/reliability.sh
EXTRA_DIST += tests/cli.sh tests/reliability.sh tests/render.sh tests/tty-rows.py tests/golden tests/ui.sh tests/ui-fixture.py tests/ui-pty.py \
	$(wildcard $(srcdir)/tests/ui/*.screen)
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
AM_TESTS_ENVIRONMENT = srcdir='$(abs_top_srcdir)/tests'; top_builddir='$(abs_top_builddir)'; \
	export srcdir top_builddir;
# A driver for the extraction layer: text in, dates/speakers/statements out.
check_PROGRAMS += tests/tools/extract-dump
tests_tools_extract_dump_SOURCES = tests/tools/extract-dump.c
tests_tools_extract_dump_LDADD = $(CORE_LIBS)
# Precision and recall of statement extraction against labels (tests/labels/).
check_PROGRAMS += tests/tools/extract-eval
tests_tools_extract_eval_SOURCES = tests/tools/extract-eval.c
tests_tools_extract_eval_LDADD = $(CORE_LIBS)
TESTS += tests/extract-eval.sh tests/extract-cli.sh
EXTRA_DIST += tests/extract-eval.sh tests/extract-cli.sh tests/labels/seeds.tsv tests/labels/saudinewsnet.tsv tests/labels/saudinewsnet-heldout.tsv
