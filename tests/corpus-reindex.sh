#!/bin/bash
# corpus-reindex.sh: `khabar reindex` gives what import gave, on the whole
# SaudiNewsNet archive.  Run by .ci/run, not by make check.
#
#   tests/corpus-reindex.sh KHABAR [DB]
#
# Imports the corpus into a fresh archive (or copies DB, an archive of it
# imported in one run by this khabar), runs `khabar reindex` on it and
# compares what extraction made before and after: topics (name, kind and
# article count), the articles of each topic, statements (article, speaker,
# kind, place), speakers, related statements, and stories (the articles of
# each, and which article each follow-up follows).  Automatic topics are
# decided a batch at a time, so this holds only when reindex goes through
# the articles in the order and batches of the import.
# Without ../shared/corpus it prints SKIP.
set -u
K=$(realpath "$1")
here=$(cd "$(dirname "$0")/.." && pwd)
. "$(dirname "$0")/corpus-lib.sh"
if [ $# -ge 2 ] && [ -f "$2" ]; then
	T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-corpus-reindex-XXXXXX")
	trap 'rm -rf "$T"' EXIT
	sqlite3 "$2" ".backup '$T/k.db'" || { echo "FAIL: corpus-reindex: cannot copy $2"; exit 1; }
else
	corpus_unpack corpus-reindex
	"$K" --db "$T/k.db" import "${files[@]}" >"$T/out" 2>"$T/err"
	echo "corpus-reindex: import exit $?: $(tail -1 "$T/out")"
fi
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_TEST_FAULT
dump() {
	sqlite3 "$T/k.db" \
		"SELECT 'topic', name, kind, articles FROM topics ORDER BY name;" \
		"SELECT 'article_topic', x.article_id, t.name FROM article_topics x JOIN topics t ON t.id = x.topic_id ORDER BY 2, 3;" \
		"SELECT 'statement', s.article_id, s.kind, s.start, s.end, p.name FROM statements s LEFT JOIN speakers p ON p.id = s.speaker_id ORDER BY 2, 4, 5;" \
		"SELECT 'speaker', name FROM speakers WHERE id IN (SELECT speaker_id FROM statements) ORDER BY 2;" \
		"SELECT 'related', a.article_id, a.start, b.article_id, b.start, round(r.score, 6) FROM related r JOIN statements a ON a.id = r.statement_id JOIN statements b ON b.id = r.other_id ORDER BY 2, 3, 4, 5;" \
		"SELECT 'story', min(id), count(*), group_concat(id) FROM (SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY id) GROUP BY story_id ORDER BY 2;" \
		"SELECT 'follows', article_id, follows FROM story_leads WHERE follows IS NOT NULL ORDER BY 2;" \
		>"$1"
}
dump "$T/before"
start=$(date +%s)
"$K" --db "$T/k.db" reindex >"$T/rout" 2>"$T/rerr"
rc=$?
echo "corpus-reindex: reindex exit $rc in $(( $(date +%s) - start )) s: $(tail -1 "$T/rout")"
dump "$T/after"
echo "corpus-reindex: $(grep -c '^topic|' "$T/before") topics, $(grep -c '^statement|' "$T/before") statements, $(grep -c '^related|' "$T/before") relations, $(grep -c '^story|' "$T/before") stories, $(grep -c '^follows|' "$T/before") follow-ups before reindex"
if [ "$rc" -eq 0 ] && [ -s "$T/before" ] && cmp -s "$T/before" "$T/after"; then
	echo "PASS: corpus-reindex: reindex gives the topics, statements, speakers, relations and stories import gave"
else
	echo "FAIL: corpus-reindex: reindex (exit $rc) differs from import:"
	diff "$T/before" "$T/after" | head -20
	exit 1
fi
