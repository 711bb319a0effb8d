#!/bin/sh
# bench-feeds.sh: the real `khabar fetch` against a local HTTP server (tests/feed-server.py
# on 127.0.0.1): 200 feeds of 50 entries (wall time, peak memory), the same again (all 304),
# and --full-text feeds (article pages fetched and their main text extracted: pages/s).
# Articles come from the SaudiNewsNet corpus when it is there (the first ones with distinct urls), else
# synthetic text (bench/gen-feeds.py).  Run from the build directory: bench/bench-feeds.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
K=${KHABAR:-$PWD/khabar}
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-bench-feeds-XXXXXX")
server=
trap '[ -n "$server" ] && kill $server; rm -rf "$T"' EXIT
feeds=${FEEDS:-200}
entries=${ENTRIES:-50}
ft=${FULLTEXT_FEEDS:-4}
corpus=${KHABAR_CORPUS:-$here/../../shared/corpus/saudinewsnet}
[ -d "$corpus" ] || corpus=$here/../shared/corpus/saudinewsnet
files=
if [ -d "$corpus" ]; then
	for z in "$corpus"/*.zip; do unzip -q -o "$z" -d "$T/in"; done # gen-feeds.py takes what it needs
	files=$(ls "$T"/in/*.json)
	echo "articles: SaudiNewsNet ($(echo $files | wc -w) day files)"
else
	echo "articles: synthetic (no corpus at $corpus)"
fi
# shellcheck disable=SC2086
python3 "$here/gen-feeds.py" "$T/www" "$feeds" "$entries" "$ft" $files || exit 1
python3 "$here/../tests/feed-server.py" serve "$T/www" & server=$!
i=0
while [ ! -f "$T/www/port" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
U="http://127.0.0.1:$(cat "$T/www/port")"
sed -i "s|BASE|$U|g" "$T/www/urls" "$T/www/ft-urls" "$T"/www/ft-*.rss "$T/www/expected.jsonl"
export KHABAR_DB="$T/b.db"
"$K" feed import "$T/www/urls" > /dev/null || exit 1
# run LABEL CMD...: wall time and peak memory of one run of khabar
run() {
	python3 -c 'import resource, subprocess, sys, time
t = time.time()
p = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
wall = time.time() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print("%-34s %7.1f s  peak %4d MB  %s" % (sys.argv[1], wall, peak, p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "exit %d" % p.returncode))
open(sys.argv[1].split()[0] + ".wall", "w").write("%f" % wall)' "$@"
}
cd "$T" || exit 1
echo "load: $(uptime | sed 's/.*load average/load average/')"
run "fetch ${feeds}x${entries}" "$K" fetch
run "again (conditional GET)" "$K" fetch --all
python3 "$here/feeds-check.py" "$T/b.db" "$T/www/expected.jsonl" plain > "$T/check.txt"; sed -n '1,5p' "$T/check.txt"
# The same articles from one JSON file with khabar import: what storing and analysing them costs.
python3 -c 'import json,sys
out=[{"title":e["title"],"content":e["content"],"url":e["url"]+"#json","date":e["date"],"source":e["feed"][:-4]} for e in map(json.loads, open(sys.argv[1])) if not e["full_text"]]
json.dump(out, open(sys.argv[2],"w"), ensure_ascii=False)' "$T/www/expected.jsonl" "$T/same.json"
KHABAR_DB="$T/i.db" run "import of the same (reference)" "$K" import "$T/same.json"
if [ "$ft" -gt 0 ]; then
	while read -r url name; do
		name=${name#\"~}; "$K" feed add "$url" --full-text --name "${name%\"}" > /dev/null
	done < "$T/www/ft-urls"
	run "full text: $ft feeds x $entries pages" "$K" fetch $(sed 's/.*"~\(.*\)"/\1/' "$T/www/ft-urls")
	pages=$((ft * entries))
	"$here/bench-fulltext" "$T"/www/pages/*.html
	python3 -c 'import sys; w=float(open("full.wall").read()); print("full-text extraction: %d pages in %.1f s: %.1f pages/s (fetch, extraction, import and analysis)" % (int(sys.argv[1]), w, int(sys.argv[1])/w))' "$pages"
	python3 "$here/feeds-check.py" "$T/b.db" "$T/www/expected.jsonl" | sed -n '1,5p'
fi
echo "targets: the issue sets none for these figures; ours: 200x50 fetch within 1.5x the import of the same articles, under 200 MB; a fetch with nothing new under 2 s; 20 pages/s end to end, 200 pages/s for the extraction alone"
