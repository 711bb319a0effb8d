#!/bin/bash
# corpus-search.sh: on the whole SaudiNewsNet archive, the word you typed
# comes first.  Run by .ci/run, not by make check (the import takes minutes).
#
#   tests/corpus-search.sh KHABAR
#
# 50 words drawn by a fixed rule from the corpus vocabulary (runs of Arabic
# letters, at least 4, in at least 3 articles; the 50 with the smallest SHA-1
# of their UTF-8 bytes).  For each, the first 20 results of `khabar search
# WORD` (or all the exact matches, when fewer) must contain the word's exact
# folded form, and every result must say rightly whether it does: checked
# on the article's own tokens (`khabar tokens` on its title and text), not
# through the search.  $KHABAR_CORPUS_DB, when it exists, is used instead of
# importing the corpus again.  Without ../shared/corpus it prints a SKIP
# line and passes.
set -u
K=$(realpath "$1")
. "$(dirname "$0")/corpus-lib.sh"
corpus_unpack corpus-search
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_TEST_FAULT
if [ -n "${KHABAR_CORPUS_DB:-}" ] && [ -f "$KHABAR_CORPUS_DB" ]; then
	export KHABAR_DB="$KHABAR_CORPUS_DB"
else
	export KHABAR_DB="$T/k.db"
	"$K" import "$T/in" > /dev/null 2>&1
	[ $? -le 1 ] || { echo "FAIL: corpus search: the import failed"; exit 1; }
fi
python3 - "$K" "$T"/in/*.json <<'PY'
import hashlib, json, re, subprocess, sys
K, files = sys.argv[1], sys.argv[2:]
df = {}
for f in files:
    for r in json.load(open(f, encoding="utf-8")):
        text = (r.get("title") or "") + " " + (r.get("content") or "")
        for w in set(re.findall("[\u0621-\u064a]{4,}", text)):
            df[w] = df.get(w, 0) + 1
words = sorted((w for w, n in df.items() if n >= 3), key=lambda w: hashlib.sha1(w.encode()).hexdigest())[:50]

def run(*args):
    return subprocess.run([K, *args], capture_output=True, text=True, check=True).stdout

def folded(text):
    """The folded forms of text's words, as khabar's tokenizer makes them."""
    return {l.split("\t")[0] for l in run("tokens", "--", text).splitlines() if not l.startswith("+")}

tokens_of = {}
def has(aid, form):
    if aid not in tokens_of:
        a = json.loads(run("show", str(aid), "--json"))
        tokens_of[aid] = folded((a["title"] or "") + "\n" + a["content"])
    return form in tokens_of[aid]

fails = 0
for w in words:
    form = folded(w).pop()
    hits = json.loads(run("search", "--json", "--limit", "20", w))
    exact = json.loads(run("search", "--json", "--exact", "--limit", "1000000", w))
    want = min(20, len(exact))
    bad = [h["id"] for h in hits[:want] if not has(h["id"], form)]
    wrong = [h["id"] for h in hits if h["exact"] != has(h["id"], form)]
    if bad or wrong or len(hits) < want:
        fails += 1
        print("FAIL: corpus search: %s: %d exact matches; among the first %d results %s lack it,"
              " %s are marked wrongly" % (w, len(exact), want, bad, wrong))
    else:
        stem = sum(not h["exact"] for h in hits)
        print("PASS: corpus search: %s: %d exact matches in all, the first %d results have %s"
              " (%d of the 20 shown match by stem only)" % (w, len(exact), want, form, stem))
print("corpus search: %d words, %d failed" % (len(words), fails))
sys.exit(1 if fails else 0)
PY
