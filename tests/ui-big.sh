#!/bin/sh
# ui-big.sh: the reader opens a 20 MB article quickly, in memory bounded by the screen; TAP output.
# The article (bench/gen-articles.py: synthetic text) goes straight into the archive with
# sqlite3, not through import, so that the test takes seconds.  Prints the figures.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$(cd "$top_builddir" && pwd)/khabar"
GEN="$srcdir/../bench/gen-articles.py"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-uibig-XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME= XDG_CONFIG_HOME="$T/config"
unset KHABAR_DATA_DIR KHABAR_DB
. "$srcdir/lib.sh"
# add_article DB FILE: store FILE's text as an article; print its id
add_article() {
	python3 -c 'import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read().strip()
cur = con.execute("INSERT INTO articles(title, content, content_hash, words) VALUES (?, ?, ?, ?)",
                  ("مقال طويل جدا", text, "big-%d" % len(text), len(text.split())))
con.commit()
print(cur.lastrowid)' "$@"
}
# open_first_screen DB ID: open the reader, dump its first screen to $T/screen and quit;
# prints "SECONDS PEAK_MB STATUS"
open_first_screen() {
	printf 'dump %s\n' "$T/screen" > "$T/script"
	python3 -c 'import os, subprocess, sys, time
env = dict(os.environ, KHABAR_TEST_SCRIPT=sys.argv[2], COLUMNS="100", LINES="30", LC_ALL="C.UTF-8")
t = time.perf_counter()
p = subprocess.Popen([sys.argv[1], "--db", sys.argv[3], "open", sys.argv[4]], env=env,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, ru = os.wait4(p.pid, 0)
print("%.2f %d %d" % (time.perf_counter() - t, ru.ru_maxrss // 1024, status))' "$K" "$T/script" "$@"
}

echo "1..6"
"$K" --db "$T/k.db" list > /dev/null
for kind in line long; do
	python3 "$GEN" $kind 20 "$T/$kind.txt"
	id=$(add_article "$T/k.db" "$T/$kind.txt")
	rm -f "$T/screen"
	set -- $(open_first_screen "$T/k.db" "$id")
	what="a 20 MB article ($([ $kind = line ] && echo 'one line' || echo 'in paragraphs'))"
	echo "# $what: first screen in $1 s, peak $2 MB (bounds: 2 s, 300 MB)"
	ok $([ "$3" = 0 ] && grep -q "article $id · line 1/" "$T/screen" && [ "$(grep -c '[^ ]' "$T/screen")" -ge 25 ] && echo 0 || echo 1) \
		"$what opens on its first line, the screen full"
	bound $(python3 -c "import sys; sys.exit(0 if float('$1') < 2 else 1)" && echo 0 || echo 1) "$what shows its first screen in under 2 s ($1 s)"
	bound $([ "$2" -lt 300 ] && echo 0 || echo 1) "$what takes under 300 MB ($2 MB)"
done
[ $fails -eq 0 ]
