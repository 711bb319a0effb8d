# lib.sh: helpers shared by the shell tests; sourced after K (the khabar binary) and T (a
# temporary folder) are set.  TAP: ok/check count the tests in n and the failures in fails.
n=0
fails=0
# ok STATUS NAME: one TAP line; STATUS 0 is a pass
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi; }
# check NAME COMMAND...: passes when COMMAND succeeds; otherwise shows its output as TAP comments
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }
# A bound on time or memory: meaningless under ASan (shadow memory, a slower program), so skipped there.
asan=$(ldd "$K" 2>/dev/null | grep -c libasan)
bound() { if [ "$asan" -gt 0 ]; then n=$((n + 1)); echo "ok $n - $2 # SKIP a bound on time or memory, under ASan"; else ok "$@"; fi; }
# peak_mb COMMAND...: run it with its output discarded; print its peak resident set in MB and
# write its exit status to $T/rc
peak_mb() {
	python3 -c 'import resource, subprocess, sys
rc = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL).returncode
open(sys.argv[1], "w").write(str(rc))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' "$T/rc" "$@"
}
# sql1 DB SQL: the first column of the first row
sql1() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; }
