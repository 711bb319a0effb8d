#!/bin/sh
# build-full-archive.sh DB COPIES [JOBS]: an archive WITH everything a user gets
# (index, dates, speakers, statements, related statements, topics, stories):
# COPIES copies of the SaudiNewsNet corpus (30,676 articles each, new urls for
# every copy after the first, by bench/corpus-copies.py), each imported by the
# real `khabar import --jobs JOBS` (default 2) one after the other, so that the
# archive grows as a real one does.  32 copies make the million-article archive
# of issue 13 (982,000 articles; hours on two cores).
#
# It goes on where it stopped: DB.copies holds how many copies DB has, and only
# the missing ones are imported, so `build-full-archive.sh DB 1`, then
# `build-full-archive.sh DB 4` gives the archive at two sizes.  Each copy's
# line: wall and CPU time, articles and the archive's size, with the load.
# Run from the build directory (KHABAR=path/to/khabar otherwise).
set -u
here=$(cd "$(dirname "$0")" && pwd)
db=${1:?usage: build-full-archive.sh DB COPIES [JOBS]}
copies=${2:?usage: build-full-archive.sh DB COPIES [JOBS]}
jobs=${3:-2}
K=$(realpath "${KHABAR:-./khabar}")
corpus=${KHABAR_CORPUS:-$here/../../shared/corpus/saudinewsnet}
if [ ! -d "$corpus" ]; then
	echo "build-full-archive: no corpus at $corpus: skipped"
	exit 0
fi
have=0
[ -f "$db.copies" ] && have=$(cat "$db.copies")
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-full-archive-XXXXXX")
trap 'rm -rf "$T"' EXIT
for z in "$corpus"/*.zip; do unzip -q -o "$z" -d "$T/in" || exit 1; done
c=$((have + 1))
while [ "$c" -le "$copies" ]; do
	python3 "$here/corpus-copies.py" "$T/in" "$T/copy" "$c" || exit 1
	/usr/bin/time -f '%e %U %S %M' -o "$T/time" "$K" --db "$db" import --jobs "$jobs" "$T/copy" \
		>"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "build-full-archive: copy $c: khabar import failed (exit $rc):"
		tail -5 "$T/err"
		exit 1
	fi
	echo "$c" >"$db.copies"
	read -r wall user sys rss <<EOF
$(tail -1 "$T/time")
EOF
	size=$(du -bc "$db" "$db-wal" 2>/dev/null | tail -1 | cut -f1)
	echo "copy $c: wall $wall s, CPU $(echo "$user + $sys" | bc) s, peak RSS $((rss / 1024)) MB," \
		"archive $((size / 1000000)) MB; $(tail -1 "$T/out"); load $(cut -d' ' -f1-3 /proc/loadavg)"
	rm -rf "$T/copy"
	c=$((c + 1))
done
