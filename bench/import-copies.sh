#!/bin/sh
# import-copies.sh [COPIES] [JOBS] [RUNS]: is the cost per article flat as the archive grows?
# Imports COPIES (default 3) copies of the SaudiNewsNet corpus one after the other into
# one archive with `khabar import --jobs JOBS` (default 2), each copy's records under new
# urls (bench/corpus-copies.py), and prints each copy's wall and CPU time, peak memory
# and the archive's size, then the last copy's time over the first's
# (target: at most 1.25x).  With RUNS (default 1) above 1 it does that RUNS times, each
# into a new archive, and prints the median of the ratios: one run's ratio varies by a
# quarter from run to run on a 2-core machine.  Takes a few minutes a copy.
# Run from the build directory: bench/import-copies.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
copies=${1:-3}
jobs=${2:-2}
runs=${3:-1}
K=$(realpath "${KHABAR:-./khabar}")
corpus=${KHABAR_CORPUS:-$here/../../shared/corpus/saudinewsnet}
if [ ! -d "$corpus" ]; then
	echo "import-copies: no corpus at $corpus: skipped"
	exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-bench-copies-XXXXXX")
trap 'rm -rf "$T"' EXIT
for z in "$corpus"/*.zip; do unzip -q -o "$z" -d "$T/in" || exit 1; done
echo "import-copies: $copies copies of $(ls "$T/in" | wc -l) files, khabar import --jobs $jobs, $runs run(s); load: $(cut -d' ' -f1-3 /proc/loadavg)"
run=1
: > "$T/ratios"
while [ "$run" -le "$runs" ]; do
[ "$runs" -gt 1 ] && echo "run $run:"
rm -f "$T/k.db" "$T/k.db-wal" "$T/k.db-shm"
first=
firstcpu=
c=1
while [ "$c" -le "$copies" ]; do
	python3 "$here/corpus-copies.py" "$T/in" "$T/copy$c" "$c" || exit 1
	python3 - "$c" "$K" "$T/k.db" "$jobs" "$T/copy$c" "${first:-0}" <<'PY' > "$T/line" || exit 1
import os, resource, subprocess, sys, time
c, k, db, jobs, src, first = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], float(sys.argv[6])
t = time.time()
p = subprocess.run([k, "--db", db, "import", "--jobs", jobs, src], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
wall = time.time() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
if p.returncode > 1:
    sys.exit("import-copies: khabar import failed (exit %d)" % p.returncode)
size = os.path.getsize(db) + (os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0)
ratio = "" if first == 0 else "  (%.2fx the first copy)" % (wall / first)
print("%.3f %.3f copy %s: %s  wall %.1f s, CPU %.1f s, peak RSS %.0f MB, archive %.0f MB%s"
      % (wall, ru.ru_utime + ru.ru_stime, c, p.stdout.strip(), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, size / 1e6, ratio))
PY
	wall=$(cut -d' ' -f1 "$T/line")
	cpu=$(cut -d' ' -f2 "$T/line")
	cut -d' ' -f3- "$T/line"
	[ -z "$first" ] && first=$wall && firstcpu=$cpu
	last=$wall
	lastcpu=$cpu
	rm -rf "$T/copy$c"
	c=$((c + 1))
done
python3 -c 'import sys; f, l, fc, lc = map(float, sys.argv[1:5]); r = l / f
print("per-article cost: the last copy took %.2fx the wall time of the first (target <= 1.25x) %s;"
      " CPU %.2fx" % (r, "ok" if r <= 1.25 else "MISSED", lc / fc))' "$first" "$last" "$firstcpu" "$lastcpu"
python3 -c 'import sys; print(float(sys.argv[2]) / float(sys.argv[1]))' "$first" "$last" >> "$T/ratios"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
run=$((run + 1))
done
if [ "$runs" -gt 1 ]; then
	python3 -c 'import statistics, sys; r = sorted(float(l) for l in open(sys.argv[1]))
m = statistics.median(r)
print("per-article cost over %d runs: the last copy took %s the first, median %.2fx (target <= 1.25x) %s"
      % (len(r), ", ".join("%.2fx" % x for x in r), m, "ok" if m <= 1.25 else "MISSED"))' "$T/ratios"
fi
