#!/bin/bash
# corpus-import.sh: import real news (SaudiNewsNet) into a fresh archive and
# check that nothing was lost.  Run by .ci/run, not by make check.
#
#   tests/corpus-import.sh KHABAR [DAY...]    (DAY: 2015-07-23 ...; none: all 18)
#
# Fails on a crash, a sanitizer report, an exit status other than the 1
# that "records with empty content were refused" gives, or any failure
# line of another kind.  Checks that the archive holds every record with
# content (counted here with Python, not by khabar), that PRAGMA
# integrity_check says ok, and that a second import changes nothing.
# Without ../shared/corpus it prints a SKIP line and passes.
set -u
K=$(realpath "$1")
shift
. "$(dirname "$0")/corpus-lib.sh"
corpus_unpack corpus-import "$@"
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_TEST_FAULT
fail=0
bad() { echo "FAIL: corpus import: $*"; fail=1; }

# What the files hold, counted independently of khabar.
read -r records withcontent empty < <(python3 - "${files[@]}" <<'PY'
import json, sys, unicodedata
# Blank: nothing but white space, controls and format characters.
def shows(ch):
    return not (ch.isspace() or unicodedata.category(ch) in ("Zs", "Zl", "Zp", "Cc", "Cf"))
n = c = 0
for f in sys.argv[1:]:
    for r in json.load(open(f, encoding="utf-8")):
        n += 1
        v = r.get("content")
        c += isinstance(v, str) and any(shows(ch) for ch in v)
print(n, c, n - c)
PY
)
echo "corpus import: ${#files[@]} files, $records records, $withcontent with content, $empty without"

start=$(date +%s)
"$K" import "${files[@]}" >"$T/out" 2>"$T/err"
rc=$?
sed -i '/^khabar: a new archive: /d' "$T/err" # the one notice a fresh archive gets
echo "corpus import: first import exit $rc in $(( $(date +%s) - start )) s: $(tail -1 "$T/out")"
[ $rc -eq 1 ] || [ $rc -eq 0 -a "$empty" -eq 0 ] || bad "exit status $rc (a crash is 128+signal)"
if grep -q -E 'ERROR: AddressSanitizer|runtime error:|LeakSanitizer|SUMMARY: ' "$T/err"; then
	bad "sanitizer report:"
	grep -m 20 -A 12 -E 'ERROR: AddressSanitizer|runtime error:|LeakSanitizer' "$T/err"
fi
others=$(grep -v -E ': record [0-9]+: "content" is (empty|blank)$' "$T/err" | grep -v -E 'ERROR: AddressSanitizer|runtime error:' | head -20)
[ -z "$others" ] || { bad "failure lines of another kind:"; echo "$others"; }
refused=$(grep -c -E ': record [0-9]+: "content" is (empty|blank)$' "$T/err")
[ "$refused" -eq "$empty" ] || bad "$refused records refused for empty content, $empty expected"

q() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$KHABAR_DB" "$1"; }
stored=$(q "SELECT count(*) FROM articles WHERE origin LIKE '$T/in/%'")
[ "$stored" -eq "$withcontent" ] || bad "the archive holds $stored articles from the corpus, $withcontent expected"
integrity=$(q "PRAGMA integrity_check")
[ "$integrity" = ok ] || bad "integrity_check: $integrity"
flagged=$(q "SELECT count(*) FROM articles WHERE analysis_error IS NOT NULL")
[ "$flagged" -eq 0 ] || bad "$flagged articles flagged as not analysed"
sum1=$(q "SELECT count(*) || ' ' || total(length(content_hash)) || ' ' || (SELECT count(*) FROM statements) || ' ' || (SELECT count(*) FROM speakers) FROM articles")
echo "corpus import: $stored articles stored; integrity_check $integrity; $(q 'SELECT count(*) FROM statements') statements, $(q 'SELECT count(*) FROM speakers') speakers"

start=$(date +%s)
"$K" import "${files[@]}" >"$T/out2" 2>"$T/err2"
rc=$?
echo "corpus import: second import exit $rc in $(( $(date +%s) - start )) s: $(tail -1 "$T/out2")"
grep -q "^imported 0, updated 0, unchanged $withcontent, failed $empty " "$T/out2" || bad "the second import changed something: $(tail -1 "$T/out2")"
grep -v "^khabar: a new archive: " "$T/err" | cmp -s - "$T/err2" || bad "the second import reported other failures"
sum2=$(q "SELECT count(*) || ' ' || total(length(content_hash)) || ' ' || (SELECT count(*) FROM statements) || ' ' || (SELECT count(*) FROM speakers) FROM articles")
[ "$sum1" = "$sum2" ] || bad "the archive changed on the second import: $sum1 -> $sum2"
[ "$(q 'PRAGMA integrity_check')" = ok ] || bad "integrity_check after the second import"

# KHABAR_CORPUS_KEEP=FILE: a copy of the archive for the steps after this one (.ci/run).
if [ $fail -eq 0 ] && [ -n "${KHABAR_CORPUS_KEEP:-}" ]; then
	python3 -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))' \
		"$KHABAR_DB" "$KHABAR_CORPUS_KEEP" || bad "cannot copy the archive to $KHABAR_CORPUS_KEEP"
fi
if [ $fail -eq 0 ]; then
	echo "PASS: corpus import: $stored of $withcontent articles with content stored, $empty empty records refused"
fi
exit $fail
