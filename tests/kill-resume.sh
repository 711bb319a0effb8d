#!/bin/bash
# kill-resume.sh: kill -9 an import at random moments; each re-run must
# resume, and the final archive must equal one made without interruption.
#
#   tests/kill-resume.sh KHABAR KILLS [DAY...]   (DAY: 2015-07-23 ...; none: all 18)
#
# For each kill: start (or restart) the import of the same files, kill -9
# it after a random delay, and check PRAGMA integrity_check.  Then run it
# to the end and compare with a reference archive made in one go: the same
# articles (origin and content hash), the same count.  Run by .ci/run in a
# short form (3 kills); without ../shared/corpus it prints SKIP and passes.
set -u
K=$(realpath "$1")
kills=$2
shift 2
. "$(dirname "$0")/corpus-lib.sh"
corpus_unpack kill-resume "$@"
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DB KHABAR_DATA_DIR KHABAR_TEST_FAULT
q() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; }
# The archive's articles as "origin hash" lines, sorted (ids may differ between runs).
digest() { python3 -c '
import hashlib, sqlite3, sys
h = hashlib.sha256()
rows = sqlite3.connect(sys.argv[1]).execute("SELECT origin, content_hash, title FROM articles ORDER BY origin").fetchall()
for r in rows: h.update(repr(r).encode())
print(len(rows), h.hexdigest())' "$1"; }
fail=0

start=$(date +%s.%N)
"$K" --db "$T/ref.db" import "${files[@]}" >/dev/null 2>&1
whole=$(python3 -c "print(max(1.0, $(date +%s.%N) - $start))")
start=$(date +%s.%N)
"$K" --db "$T/ref.db" import "${files[@]}" >/dev/null 2>&1
again=$(python3 -c "print($(date +%s.%N) - $start)")
ref=$(digest "$T/ref.db")
total=${ref%% *}
echo "kill-resume: reference import of ${#files[@]} files in ${whole} s (again, all unchanged: ${again} s): $ref"

# Spread the kills over the import: each re-run first passes over what is
# stored (about again * stored/total seconds), then is killed at a random
# moment in the share of the remaining work that is left for it.
RANDOM=${KILL_SEED:-$$}
for i in $(seq 1 "$kills"); do
	n=$([ -f "$T/k.db" ] && q "$T/k.db" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
	delay=$(python3 -c "
import random
random.seed($RANDOM)
done = $n / $total
left = $whole * (1 - done)
print(round($again * done + random.uniform(0.05, max(0.1, 2 * left / ($kills - $i + 2))), 2))")
	timeout --foreground -s KILL "$delay" "$K" --db "$T/k.db" import "${files[@]}" >/dev/null 2>&1
	if [ $? -eq 137 ]; then how="killed at ${delay} s"; else how="finished before ${delay} s"; fi
	integ=$(q "$T/k.db" "PRAGMA integrity_check" 2>&1)
	n=$(q "$T/k.db" "SELECT count(*) FROM articles" 2>&1)
	echo "kill-resume: run $i $how: $n articles, integrity_check $integ"
	[ "$integ" = ok ] || { echo "FAIL: kill-resume: integrity_check after kill $i: $integ"; fail=1; }
done
"$K" --db "$T/k.db" import "${files[@]}" >"$T/last.out" 2>/dev/null
got=$(digest "$T/k.db")
echo "kill-resume: after the last re-run ($(tail -1 "$T/last.out")): $got"
[ "$(q "$T/k.db" 'PRAGMA integrity_check')" = ok ] || { echo "FAIL: kill-resume: integrity_check at the end"; fail=1; }
[ "$got" = "$ref" ] || { echo "FAIL: kill-resume: the resumed archive differs from the reference"; fail=1; }
st_ref=$(q "$T/ref.db" "SELECT count(*) FROM statements"); st_got=$(q "$T/k.db" "SELECT count(*) FROM statements")
[ "$st_ref" = "$st_got" ] || { echo "FAIL: kill-resume: $st_got statements, $st_ref in the reference"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: kill-resume: $kills kills, the resumed archive equals the reference ($got; $st_got statements)"
exit $fail
