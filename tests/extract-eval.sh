#!/bin/sh
# extract-eval.sh: statement extraction against the seed labels (TAP).  The
# figures are printed as diagnostics; the test fails when precision or
# recall on the seeds falls below what was measured when they were labelled.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
E="$top_builddir/tests/tools/extract-eval"
echo "1..2"
out=$("$E" "$srcdir/../data" "$srcdir/labels/seeds.tsv") || { echo "not ok 1 - extract-eval runs"; exit 1; }
echo "$out" | sed 's/^/# /'
echo "ok 1 - extract-eval runs on the seed labels"
echo "$out" | awk '/^statement\+speaker/ { ok = ($3 >= 0.95 && $5 >= 0.85) } END { exit !ok }' &&
	echo "ok 2 - seeds: precision >= 0.95 and recall >= 0.85 with the right speaker" ||
	{ echo "not ok 2 - seeds: precision >= 0.95 and recall >= 0.85 with the right speaker"; exit 1; }
