#!/bin/sh
# import-memory.sh: import's peak memory follows the largest record, not the file; TAP output.
# Inputs are generated (bench/gen-articles.py: synthetic Arabic-looking text, no corpus).
# Prints each peak next to its bound.  Full-size figures: bench/import-memory.sh.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
GEN="$srcdir/../bench/gen-articles.py"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-mem-XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_DB
. "$srcdir/lib.sh"

echo "1..4"
# 40 MB of JSON whose records carry a 64 KB page each: the old reader held the file twice (~95 MB).
python3 "$GEN" padded 40 "$T/padded.json"
mb=$(peak_mb "$K" --db "$T/a.db" import "$T/padded.json")
echo "# 40 MB JSON array: peak $mb MB (bound 60 MB)"
ok $(cat "$T/rc") "the 40 MB array imports"
bound $([ "$mb" -lt 60 ] && echo 0 || echo 1) "its peak ($mb MB) stays under 60 MB"
# One 5 MB article on a single line: the old import peaked at 176 MB (tokens for all of it, twice).
python3 "$GEN" line 5 "$T/line.txt"
mb=$(peak_mb "$K" --db "$T/b.db" import "$T/line.txt")
echo "# 5 MB single-line article: peak $mb MB (bound 100 MB)"
ok $(cat "$T/rc") "the 5 MB article imports"
bound $([ "$mb" -lt 100 ] && echo 0 || echo 1) "its peak ($mb MB) stays under 100 MB"
[ $fails -eq 0 ]
