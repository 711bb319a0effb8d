#!/bin/sh
# reliability.sh: a failure loses only itself (TAP output).  Drives the real
# khabar binary: an article whose analysis crashes is stored, flagged and
# reported on its own line, the import goes on, and reindex tries it again.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-rel-XXXXXX")
trap 'rm -rf "$T"' EXIT
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_TEST_FAULT
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }
sql() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$KHABAR_DB" "$1"; }

# The word that makes the analysis crash (KHABAR_TEST_FAULT, the fault-injection hook in src/app).
fault=عطب_مصطنع
python3 - "$T/f.json" "$fault" <<'PY'
import json, sys
recs = [{"title": "خبر أول", "content": "وقال الوزير أحمد الخطيب إن الاقتصاد ينمو بسرعة كبيرة هذا العام."},
        {"title": "خبر ثان", "content": "وأكد المتحدث سالم المطيري أن المحادثات مستمرة بين الطرفين. " + sys.argv[2]},
        {"title": "خبر ثالث", "content": "وأوضح مدير التعليم خالد العتيبي أن المدارس ستفتح أبوابها الأسبوع المقبل."}]
json.dump(recs, open(sys.argv[1], "w"), ensure_ascii=False)
PY

"$K" import "$srcdir/../data/articles" >/dev/null 2>&1 # the bundled articles
# Content of nothing but NBSP, ZWSP, RLM and line breaks is blank (as in some SaudiNewsNet records).
printf '[{"title": "x", "content": "\\u00a0\\u00a0 \\n \\u200b\\u200f"}, {"title": "y", "content": "نص"}]' > "$T/blank.json"
"$K" import "$T/blank.json" >"$T/out" 2>"$T/err"
ok $(grep -qx 'khabar: .*blank.json: record 0: "content" is blank' "$T/err" && grep -q 'imported 1, .* failed 1' "$T/out" && echo 0 || echo 1) \
	"content that shows nothing is refused as blank, the next record goes in"
# Sanitizer builds keep their own SIGSEGV handler (a crash there must stop the run).
if ldd "$K" 2>/dev/null | grep -q 'libasan'; then
	n=$((n + 1))
	echo "ok $n - a crashing or runaway analysis loses only itself # SKIP the crash guard is off in the ASan build"
else
KHABAR_TEST_FAULT=$fault "$K" import "$T/f.json" >"$T/imp.out" 2>"$T/imp.err"; rc=$?
ok $([ $rc -eq 1 ] && echo 0 || echo 1) "an import with a crashing analysis finishes and exits 1 (got $rc)"
check "the failure line names the file, the record and what happened" \
	grep -q "f.json: record 1: analysis failed, article stored without it (khabar reindex tries again): the analysis crashed (signal 11" "$T/imp.err"
check "one failure line only" sh -c "[ \$(wc -l < '$T/imp.err') -eq 1 ]"
check "the summary counts it" grep -q "imported 3, updated 0, unchanged 0, failed 0, not analysed 1" "$T/imp.out"
ok $([ "$(sql "SELECT count(*) FROM articles WHERE origin LIKE '%f.json#%'")" = 3 ] && echo 0 || echo 1) "all three articles are stored"
check "the crashed one is flagged" sh -c "python3 -c 'import sqlite3,sys; r=sqlite3.connect(\"$KHABAR_DB\").execute(\"SELECT title, analysis_error FROM articles WHERE analysis_error IS NOT NULL\").fetchall(); sys.exit(not (len(r)==1 and r[0][0]==\"خبر ثان\" and \"crashed\" in r[0][1]))'"
check "show says it was not analysed, and why" sh -c "'$K' show \$(python3 -c 'import sqlite3; print(sqlite3.connect(\"$KHABAR_DB\").execute(\"SELECT id FROM articles WHERE analysis_error IS NOT NULL\").fetchone()[0])') | grep -q 'not analysed (khabar reindex tries again): the analysis crashed'"
check "the articles after it were analysed" sh -c "'$K' statements | grep -q 'خالد العتيبي⁩: المدارس ستفتح'"
check "the crashed one has no statements" sh -c "! '$K' statements | grep -q 'سالم المطيري'"
KHABAR_TEST_FAULT=$fault "$K" reindex >"$T/re.out" 2>"$T/re.err"; rc=$?
ok $([ $rc -eq 1 ] && grep -q "could not be analysed" "$T/re.out" && grep -q "analysis failed (the article is kept)" "$T/re.err" && echo 0 || echo 1) \
	"reindex reports it again while it still fails, and goes on"
check "reindex kept every article" sh -c "[ \$('$K' list | wc -l) -eq 9 ]"
check "reindex without the fault analyses it and clears the flag" sh -c "'$K' reindex && '$K' statements | grep -q 'سالم المطيري' && python3 -c 'import sqlite3,sys; sys.exit(sqlite3.connect(\"$KHABAR_DB\").execute(\"SELECT count(*) FROM articles WHERE analysis_error IS NOT NULL\").fetchone()[0])'"

# A runaway analysis is stopped after its CPU-time limit, and the import goes on.
python3 - "$T/h.json" <<'PY'
import json, sys
json.dump([{"title": "حلقة", "content": "نص يدور بلا نهاية هنا حلقة_مصطنعة."},
           {"title": "بعدها", "content": "وقال الوزير أحمد الخطيب إن العمل مستمر في المشروع الجديد."}],
          open(sys.argv[1], "w"), ensure_ascii=False)
PY
KHABAR_TEST_HANG=حلقة_مصطنعة KHABAR_ANALYSIS_SECONDS=1 timeout 60 "$K" import "$T/h.json" >"$T/h.out" 2>"$T/h.err"; rc=$?
ok $([ $rc -eq 1 ] && grep -q 'h.json: record 0: analysis failed, .*took more than 1 s of CPU time' "$T/h.err" && grep -q 'imported 2, .* not analysed 1' "$T/h.out" && echo 0 || echo 1) \
	"a runaway analysis is stopped after its limit and the next record is analysed (exit $rc)"
fi

# The progress bar moves inside one file, record by record (on a terminal only).
python3 -c '
import json, random, sys
random.seed(1)
words = "قال الوزير إن الاقتصاد ينمو بسرعة كبيرة هذا العام وأكد المتحدث أن المحادثات مستمرة في الرياض".split()
json.dump([{"title": "خبر %d" % i, "content": " ".join(random.choice(words) for _ in range(300))}
           for i in range(800)], open(sys.argv[1], "w"), ensure_ascii=False)' "$T/big.json"
python3 "$(dirname "$0")/progress-pty.py" "$K" "$T/p.db" "$T/big.json" > "$T/frames"
ok $(python3 -c '
import sys
f = [tuple(map(int, l.replace("/", " ").split())) for l in open(sys.argv[1])]
inside = [x for x in f if 0 < x[0] < x[1]]
sys.exit(not (len(f) >= 3 and inside and all(a[2] <= b[2] for a, b in zip(f, f[1:]))))' "$T/frames" && echo 0 || echo 1) \
	"the progress bar fills while one JSON file is read ($(wc -l < "$T/frames") frames)"
echo "1..$n"
