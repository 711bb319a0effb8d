#!/bin/sh
# import-memory.sh [MB]: peak memory of `khabar import` on generated inputs, with targets.
#   an MB-megabyte JSON array of ordinary articles (default 200; target: under 150 MB),
#   an MB/4-megabyte article on a single line (target: under 80 MB plus 4 times the article:
#   its text once, SQLite's copies while it writes and indexes the row, 64 MB of page cache).
# Inputs come from bench/gen-articles.py (synthetic text, no corpus) in a temporary folder.
# Run from the build directory: bench/import-memory.sh 200   (the 200 MB array takes minutes)
set -u
mb=${1:-200}
here=$(dirname "$0")
K=${KHABAR:-./khabar}
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-bench-mem-XXXXXX")
trap 'rm -rf "$T"' EXIT
# run NAME TARGET_MB FILE: import FILE into a new archive; print time, peak and target
run() {
	python3 -c 'import resource, subprocess, sys, time
t = time.time()
rc = subprocess.run(sys.argv[3:], stdout=subprocess.DEVNULL).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
target = int(sys.argv[2])
print("%-28s %7.1f s  peak %5d MB  target < %d MB  %s" % (sys.argv[1], time.time() - t, peak, target,
      "ok" if peak < target and rc == 0 else "MISSED" if rc == 0 else "FAILED (exit %d)" % rc))' \
		"$1" "$2" "$K" --db "$T/$1.db" import "$3"
}
python3 "$here/gen-articles.py" array "$mb" "$T/array.json"
run "array-${mb}MB" 150 "$T/array.json"
rm -f "$T/array.json"
line=$((mb / 4))
python3 "$here/gen-articles.py" line "$line" "$T/line.txt"
run "line-${line}MB" $((80 + line * 4)) "$T/line.txt"
