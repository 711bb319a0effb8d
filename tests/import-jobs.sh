#!/bin/bash
# import-jobs.sh: the archive does not depend on the number of worker threads
# (TAP output).  The same files imported with --jobs 1, 2 (and 3) give the same
# articles, dates, speakers, statements, topics and related statements, row
# for row and id for id.  On synthetic articles always, and on a day of
# SaudiNewsNet when the corpus is there (skipped cleanly when it is not).
set -u
top_builddir=${top_builddir:-.}
here=$(cd "$(dirname "$0")" && pwd)
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-jobs-XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DB KHABAR_DATA_DIR KHABAR_TEST_FAULT KHABAR_TEST_HANG
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

# dump DB: every extraction table, ordered, one line per row (ids included).
dump() {
	python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
queries = [
    "SELECT id, title, url, date, date_origin, content_hash, words, analysis_error FROM articles ORDER BY id",
    "SELECT * FROM article_dates ORDER BY id",
    "SELECT * FROM speakers ORDER BY id",
    "SELECT * FROM speaker_aliases ORDER BY speaker_id, folded",
    "SELECT id, article_id, speaker_id, kind, start, end, text FROM statements ORDER BY id",
    "SELECT * FROM topics ORDER BY id",
    "SELECT * FROM article_topics ORDER BY article_id, topic_id",
    "SELECT * FROM statement_topics ORDER BY statement_id, topic_id",
    "SELECT statement_id, other_id, round(score, 9), reason FROM related ORDER BY statement_id, other_id",
    "SELECT id, story_id FROM articles ORDER BY id",
    "SELECT * FROM stories ORDER BY id",
]
for q in queries:
    print("--", q)
    for row in db.execute(q):
        print(repr(row))
PY
}

# compare NAME "JOBS" INPUT...: import INPUT with each number of jobs (1 first); the dumps must
# be equal and not empty.
compare() {
	local name=$1 jobs=$2 j
	shift 2
	for j in $jobs; do
		"$K" --db "$T/$name-$j.db" import --jobs $j --batch 50 "$@" 2>"$T/$name-$j.err" |
			sed 's/, [0-9.]* s)$/)/' >"$T/$name-$j.out" # the time it took may differ
		sed -i '/^khabar: a new archive: /d' "$T/$name-$j.err" # names its own file
		dump "$T/$name-$j.db" >"$T/$name-$j.dump"
		# The full-text index token by token, the word list, and what searches give.
		"$top_builddir/tests/tools/fts-dump" "$T/$name-$j.db" >>"$T/$name-$j.dump"
		for q in الرياض 'وزار*' 'اقتص*' '"ولي العهد"' 'وزير NOT الخارجية'; do
			"$K" --db "$T/$name-$j.db" search --json --limit 1000 "$q" >>"$T/$name-$j.dump" 2>&1
			"$K" --db "$T/$name-$j.db" search --json --limit 50 --sort relevance "$q" >>"$T/$name-$j.dump" 2>&1
		done
	done
	# The tokens the workers made ahead and the writer replayed are the tokenizer's own:
	# the index made again from the stored texts alone is the same.
	cp "$T/$name-1.db" "$T/$name-rebuilt.db"
	"$top_builddir/tests/tools/fts-dump" "$T/$name-1.db" >"$T/$name-1.fts"
	"$top_builddir/tests/tools/fts-dump" --rebuild "$T/$name-rebuilt.db" >"$T/$name-rebuilt.fts"
	ok $(cmp -s "$T/$name-1.fts" "$T/$name-rebuilt.fts" && [ "$(wc -l <"$T/$name-1.fts")" -gt 100 ] \
		&& echo 0 || echo 1) "$name: the index made by import is the one the tokenizer makes from the texts"
	ok $(grep -q '^imported [1-9]' "$T/$name-1.out" && echo 0 || echo 1) "$name: the import stores articles"
	local stmts rels
	stmts=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM statements").fetchone()[0])' "$T/$name-1.db")
	rels=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM related").fetchone()[0])' "$T/$name-1.db")
	ok $([ "$stmts" -gt 0 ] && [ "$rels" -gt 0 ] && echo 0 || echo 1) \
		"$name: there are statements ($stmts) and related statements ($rels) to compare"
	for j in ${jobs#1 }; do
		if cmp -s "$T/$name-1.dump" "$T/$name-$j.dump" && cmp -s "$T/$name-1.out" "$T/$name-$j.out" \
			&& cmp -s "$T/$name-1.err" "$T/$name-$j.err"; then
			ok 0 "$name: --jobs $j gives the archive, the messages and the summary of --jobs 1"
		else
			diff "$T/$name-1.dump" "$T/$name-$j.dump" | head -5 | sed 's/^/# /'
			ok 1 "$name: --jobs $j gives the archive, the messages and the summary of --jobs 1"
		fi
	done
}

# Synthetic: the bundled articles, a generated array and a bad record between them.
mkdir -p "$T/syn"
cp "$here/../data/articles/"*.txt "$T/syn/"
python3 "$here/../bench/gen-articles.py" array 1 "$T/syn/gen.json"
printf '[{"title": "a", "content": "وقال الوزير أحمد الخطيب إن الاقتصاد ينمو."}, {"title": 5}, {"title": "b", "content": "وأكد المتحدث سالم المطيري أن المحادثات مستمرة."}]' >"$T/syn/mixed.json"
compare synthetic "1 2 3" "$T/syn"

# An article stored unchanged is not analysed again by the workers; one that the same run
# changes back is analysed by the writer: its statements are its last text's.
printf '[{"url": "u1", "title": "t", "content": "وقال الوزير أحمد الخطيب إن الاقتصاد ينمو بسرعة."}]' >"$T/v1.json"
printf '[{"url": "u1", "title": "t", "content": "وأكد المتحدث سالم المطيري أن المحادثات مستمرة بين الطرفين."},
 {"url": "u1", "title": "t", "content": "وقال الوزير أحمد الخطيب إن الاقتصاد ينمو بسرعة."}]' >"$T/v2.json"
"$K" --db "$T/back.db" import --jobs 2 "$T/v1.json" >/dev/null 2>&1
"$K" --db "$T/back.db" import --jobs 2 "$T/v2.json" >"$T/back.out" 2>&1
speakers=$(python3 -c 'import sqlite3,sys; print(",".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute(
    "SELECT p.name FROM statements s JOIN speakers p ON p.id = s.speaker_id JOIN articles a ON a.id = s.article_id"
    " WHERE a.url = ? ORDER BY s.id", ("u1",))))' "$T/back.db")
ok $(grep -q '^imported 0, updated 2, unchanged 0' "$T/back.out" && [ "$speakers" = "أحمد الخطيب" ] && echo 0 || echo 1) \
	"an article changed back within one run has its last text's statements (got: $speakers)"

# A failure inside a batch (import.c, struct batch): the batch is stored without savepoints,
# rolled back when an article fails, and stored again with a savepoint per article.  The
# archive, the messages and the summary are those of an import that takes a savepoint per
# article throughout (KHABAR_TEST_GUARDED), and each failure loses only its own analysis.
# Storing the analysis of a text with $store_fault fails once it is all written (it must be
# undone); analysing one with $crash_fault crashes in the worker (not in sanitizer builds,
# whose own SIGSEGV handler stops the run).
store_fault=خلل_تخزين_مصطنع
crash_fault=عطب_تحليل_مصطنع
faults=1
ldd "$K" 2>/dev/null | grep -q libasan || faults=2
# inject DIR FILE RECORD...: write DIR/FILE with a fault word added to each RECORD's content.
inject() {
	python3 - "$@" "$store_fault" "$crash_fault" "$faults" <<'PY'
import json, sys
src, dst, recs = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:-3]]
words = sys.argv[-3:-1][:int(sys.argv[-1])]
a = json.load(open(src))
for i, r in enumerate(recs[:len(words)]):
    a[r]["content"] += " " + words[i]
json.dump(a, open(dst, "w"), ensure_ascii=False)
PY
}
replay() {
	local name=$1 dir=$2 mode
	for mode in guarded batch; do
		if [ $mode = guarded ]; then export KHABAR_TEST_GUARDED=1; else unset KHABAR_TEST_GUARDED; fi
		KHABAR_TEST_STORE_FAULT=$store_fault KHABAR_TEST_FAULT=$crash_fault \
			"$K" --db "$T/$name-$mode.db" import --jobs 2 --batch 50 "$dir" 2>"$T/$name-$mode.err" |
			sed 's/, [0-9.]* s)$/)/' >"$T/$name-$mode.out"
		sed -i '/^khabar: a new archive: /d' "$T/$name-$mode.err"
		dump "$T/$name-$mode.db" >"$T/$name-$mode.dump"
		"$top_builddir/tests/tools/fts-dump" "$T/$name-$mode.db" >>"$T/$name-$mode.dump"
		python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1])
for q in ("SELECT * FROM phrase_df ORDER BY phrase", "SELECT * FROM story_words ORDER BY hash",
          "SELECT * FROM topic_counts ORDER BY 1, 2"):
    try:
        rows = db.execute(q).fetchall()
    except sqlite3.OperationalError as e:
        rows = [str(e)]
    print("--", q); [print(repr(r)) for r in rows]' "$T/$name-$mode.db" >>"$T/$name-$mode.dump"
	done
	unset KHABAR_TEST_GUARDED
	if cmp -s "$T/$name-guarded.dump" "$T/$name-batch.dump" && cmp -s "$T/$name-guarded.out" "$T/$name-batch.out" \
		&& cmp -s "$T/$name-guarded.err" "$T/$name-batch.err"; then
		ok 0 "$name: a batch stored again after a failure gives the archive, messages and summary of a savepoint per article"
	else
		diff "$T/$name-guarded.dump" "$T/$name-batch.dump" | head -5 | sed 's/^/# /'
		diff "$T/$name-guarded.err" "$T/$name-batch.err" | head -5 | sed 's/^/# /'
		ok 1 "$name: a batch stored again after a failure gives the archive, messages and summary of a savepoint per article"
	fi
	local flagged stmts
	flagged=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles a WHERE analysis_error IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.article_id = a.id) AND NOT EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id)").fetchone()[0])' "$T/$name-batch.db")
	stmts=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(DISTINCT article_id) FROM statements").fetchone()[0])' "$T/$name-batch.db")
	ok $([ "$flagged" = $faults ] && [ "$(grep -c 'analysis failed, article stored without it' "$T/$name-batch.err")" = $faults ] \
		&& grep -q "storing it failed (the test's fault)" "$T/$name-batch.err" \
		&& grep -q "not analysed $faults " "$T/$name-batch.out" && [ "$stmts" -gt 0 ] && echo 0 || echo 1) \
		"$name: each failing article is stored without its analysis and reported once ($flagged of $faults; $stmts articles with statements)"
}
mkdir -p "$T/rep"
inject "$T/syn/gen.json" "$T/rep/gen.json" 120 77
replay synthetic "$T/rep"

corpus=${KHABAR_CORPUS:-$here/../../shared/corpus/saudinewsnet}
if [ -f "$corpus/2015-07-23.zip" ]; then
	unzip -q -o "$corpus/2015-07-23.zip" -d "$T/day"
	compare saudinewsnet "1 2" "$T/day"
	mkdir -p "$T/dayrep"
	inject "$T/day/2015-07-23.json" "$T/dayrep/2015-07-23.json" 430 612
	replay saudinewsnet "$T/dayrep"
else
	n=$((n + 1))
	echo "ok $n - saudinewsnet: --jobs 1 and 2 agree # SKIP no corpus at $corpus"
fi
echo "1..$n"
