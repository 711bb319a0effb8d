#!/bin/bash
# corpus-feeds.sh: real news through feeds.  Every SaudiNewsNet article
# (all 18 day files, or the DAYs given) is served as RSS 2.0 from a local
# server (tests/feed-server.py on 127.0.0.1; bench/gen-feeds.py writes the
# feeds, 50 entries each, plus 10 summary-only feeds whose entries link to
# article pages), fetched with khabar fetch, and what was stored is compared
# with what the feeds held (bench/feeds-check.py: title, content, date,
# source of every article).  A second fetch must store nothing new.  Run by
# .ci/run, not by make check; SKIP without the corpus.
#
#   tests/corpus-feeds.sh KHABAR [DAY...]
set -u
K=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
. "$here/corpus-lib.sh"
corpus_unpack corpus-feeds "$@"
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
server=
trap '[ -n "$server" ] && kill $server; rm -rf "$T"' EXIT
fail=0
bad() { echo "FAIL: corpus feeds: $*"; fail=1; }

python3 "$here/../bench/gen-feeds.py" "$T/www" 0 50 10 "${files[@]}" || exit 1
python3 "$here/feed-server.py" serve "$T/www" & server=$!
i=0
while [ ! -f "$T/www/port" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
U="http://127.0.0.1:$(cat "$T/www/port")"
sed -i "s|BASE|$U|g" "$T/www/urls" "$T/www/ft-urls" "$T"/www/ft-*.rss "$T/www/expected.jsonl"
"$K" feed import "$T/www/urls" || bad "feed import"
while read -r url name; do
	name=${name#\"~}; "$K" feed add "$url" --full-text --name "${name%\"}" > /dev/null || bad "feed add $url"
done < "$T/www/ft-urls"
start=$(date +%s)
"$K" fetch > "$T/f1.out" 2> "$T/f1.err"; rc=$?
echo "corpus feeds: $(cat "$T/f1.out") [$(( $(date +%s) - start )) s wall]"
[ $rc -eq 0 ] || bad "fetch exited $rc"
grep -v ': note: ' "$T/f1.err" | head -5 | sed 's/^/  /'
echo "  notes: $(grep -c ': note: ' "$T/f1.err")"; grep ': note: ' "$T/f1.err" | head -3 | sed 's/^/    /'
python3 "$here/../bench/feeds-check.py" "$KHABAR_DB" "$T/www/expected.jsonl" | tee "$T/check" | sed 's/^/  /'
grep -q 'missing 0$' "$T/check" || bad "articles missing"
"$K" fetch > "$T/f2.out" 2>&1 || bad "second fetch failed"
grep -q ' 0 new articles, 0 updated' "$T/f2.out" || bad "a second fetch stored something: $(cat "$T/f2.out")"
echo "  again: $(tail -1 "$T/f2.out")"
[ $fail -eq 0 ] && echo "PASS: corpus feeds"
exit $fail
