#!/bin/bash
# corpus-topics.sh: topics and stories on the whole SaudiNewsNet archive.
# Run by .ci/run, not by make check.
#
#   tests/corpus-topics.sh KHABAR [DB]
#
# Imports the corpus into a fresh archive (or reads DB, an archive of it
# already imported) and checks, with rules written here again in Python:
#  - every lexicon topic: at least 95% of its articles contain one of its
#    forms (the folded words in a row, a clitic or the article allowed);
#  - none of the 100 largest phrase topics contains an entry of
#    data/stopphrases.tsv (the classes of formulae the issue names) or is
#    made only of its "only" words of one class;
#  - agency (SPA, واس) texts reprinted by several papers: articles of
#    different outlets with the same first 300 folded letters, dated within
#    3 days, fall into one story in at least 90% of such groups;
# and prints the 100 largest phrase topics, the number of stories, their
# size distribution and 20 stories drawn at random (fixed seed) with their
# labels, outlets and dates.  Without ../shared/corpus it prints SKIP.
set -u
K=$(realpath "$1")
here=$(cd "$(dirname "$0")/.." && pwd)
. "$(dirname "$0")/corpus-lib.sh"
if [ $# -ge 2 ]; then
	T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-corpus-topics-XXXXXX")
	trap 'rm -rf "$T"' EXIT
	DB=$(realpath "$2")
	[ -d "$here/../shared/corpus/saudinewsnet" ] || [ -f "$DB" ] || { echo "SKIP: corpus-topics: no corpus"; exit 0; }
else
	corpus_unpack corpus-topics
	DB="$T/k.db"
	export KHABAR_DB="$DB" HOME="$T/home" XDG_DATA_HOME=
	unset KHABAR_DATA_DIR KHABAR_TEST_FAULT
	start=$(date +%s)
	"$K" import "${files[@]}" >"$T/out" 2>"$T/err"
	echo "corpus-topics: import exit $? in $(( $(date +%s) - start )) s: $(tail -1 "$T/out")"
fi

python3 - "$DB" "$here/data/topics.tsv" "$here/data/stopphrases.tsv" <<'PY'
import random, re, sqlite3, sys, unicodedata
from collections import Counter, defaultdict

db, topics_tsv, stops_tsv = sys.argv[1:4]
c = sqlite3.connect(db)
fails = 0

def fold(s):
    """khabar's folding (src/text/fold.c), written again."""
    out = []
    for ch in unicodedata.normalize("NFKC", s or ""):
        o = ord(ch)
        if 0x064B <= o <= 0x065F or o in (0x0670, 0x0640) or unicodedata.category(ch) == "Cf":
            continue
        ch = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
              "ی": "ي", "ک": "ك"}.get(ch, ch)
        if 0x0660 <= o <= 0x0669: ch = chr(ord("0") + o - 0x0660)
        if 0x06F0 <= o <= 0x06F9: ch = chr(ord("0") + o - 0x06F0)
        out.append(ch.lower())
    return "".join(out)

def check(ok, what):
    global fails
    print(("PASS" if ok else "FAIL") + ": corpus-topics: " + what)
    fails += not ok

# 1. Lexicon topics: their articles contain one of their forms.
forms = {}
for line in open(topics_tsv, encoding="utf-8"):
    if line.startswith("#") or "\t" not in line: continue
    name, phrases = line.rstrip("\n").split("\t", 1)
    forms[name] = [re.findall(r"\w+", fold(p)) for p in phrases.split("|") if p.strip()]

def form_regex(words):
    parts = []
    for w in words:
        if w.startswith("ال"):   # clitics, or ل + ال written لل
            parts.append(r"(?:[وفبلك]{0,2}%s|[وف]?ل%s)" % (re.escape(w), re.escape(w[1:])))
        else:                    # clitics and the article
            parts.append(r"[وفبلك]{0,2}(?:ال|ل)?%s" % re.escape(w))
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)")

worst = []
for name, fl in sorted(forms.items()):
    rows = c.execute("SELECT a.title, a.content FROM articles a JOIN article_topics x ON x.article_id = a.id"
                     " JOIN topics t ON t.id = x.topic_id WHERE t.name = ? AND t.kind = 'lexicon'", (name,)).fetchall()
    if not rows: continue
    res = [form_regex(f) for f in fl if f]
    hit = sum(any(r.search(fold(content)) for r in res) for _, content in rows)
    worst.append((hit / len(rows), name, hit, len(rows)))
for share, name, hit, n in sorted(worst):
    print("  lexicon topic %-24s %5d of %5d articles contain a form (%.1f%%)" % (name, hit, n, 100 * share))
check(worst and all(s >= 0.95 for s, *_ in worst), "every lexicon topic: at least 95%% of its articles contain one of its forms (%d topics)" % len(worst))

# 2. The 100 largest phrase topics: none in a stop class.
stops, only = {}, {}
for line in open(stops_tsv, encoding="utf-8"):
    if line.startswith("#") or "\t" not in line: continue
    cls, phrase, *rest = line.rstrip("\n").split("\t")
    if rest == ["only"]: only.setdefault(fold(phrase.strip()), cls)
    else: stops.setdefault(fold(phrase.strip()), cls)

def only_class(word):
    """The class of an "only" word, also after one or two of و ف ب ل ك."""
    for _ in range(3):
        if word in only: return only[word]
        if len(word) < 4 or word[0] not in "وفبلك": return None
        word = word[1:]
    return None

def stop_class(phrase):
    w = phrase.split()
    for i in range(len(w)):
        for first in (w[i], w[i][1:] if len(w[i]) >= 4 and w[i][0] in "وفبلك" else None):
            if first is None: continue
            for j in range(i, len(w)):
                run = " ".join([first] + w[i + 1:j + 1])
                if run in stops: return stops[run]
    # A phrase made only of "only" words of one class.
    classes = {only_class(x) for x in w}
    return classes.pop() if len(classes) == 1 and None not in classes else None

for kind, where in (("phrase", "kind = 'phrase'"), ("automatic", "origin = 'auto'")):
    top = c.execute("SELECT name, articles FROM topics WHERE %s ORDER BY articles DESC, name LIMIT 100" % where).fetchall()
    print("  the 100 largest %s topics (articles):" % kind)
    for k in range(0, len(top), 4):
        print("    " + "   ".join("%s (%d)" % t for t in top[k:k + 4]))
    # The issue's classes; a country's name may hold a word too general alone (المملكة).
    bad = [(n, stop_class(fold(n))) for n, _ in top if stop_class(fold(n)) not in (None, "generic")]
    for n, cls in bad: print("  in a stop class: %s (%s)" % (n, cls))
    check(len(top) == 100 and not bad, "none of the 100 largest %s topics is in a stop class (%d in all)"
          % (kind, c.execute("SELECT count(*) FROM topics WHERE %s AND articles > 0" % where).fetchone()[0]))
kinds = c.execute("SELECT kind, class, count(*), sum(articles) FROM topics WHERE articles > 0"
                  " GROUP BY kind, class ORDER BY kind, class").fetchall()
print("  topics by kind (kind, class, topics, links): %s" % kinds)
for cls in ("person", "place", "org"):
    top = c.execute("SELECT name, articles FROM topics WHERE kind = 'entity' AND class = ?"
                    " ORDER BY articles DESC, name LIMIT 12", (cls,)).fetchall()
    print("  the largest %s entities: %s" % (cls, ", ".join("%s (%d)" % t for t in top)))
n_art = c.execute("SELECT count(*) FROM articles").fetchone()[0]
with_topic = c.execute("SELECT count(DISTINCT article_id) FROM article_topics x JOIN topics t ON t.id = x.topic_id"
                       " WHERE t.kind = 'phrase'").fetchone()[0]
print("  articles with a phrase topic: %d of %d (%.1f%%)" % (with_topic, n_art, 100 * with_topic / max(n_art, 1)))

# 3. Stories: agency texts reprinted by several outlets fall into one story.
groups = defaultdict(list)
for aid, src, day, content, story in c.execute(
        "SELECT a.id, s.name, julianday(coalesce(a.date, a.ref_date)), a.content, a.story_id"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"):
    f = fold(content)
    if "واس" not in f[:400] and "وكاله الانباء السعوديه" not in f: continue
    key = re.sub(r"\W+", " ", f)
    key = re.sub(r"^.{0,60}?واس ", "", key)[:300]    # the dateline "الرياض واس" may differ
    if len(key) < 200: continue
    groups[key].append((aid, src, day, story))
wire = [g for g in groups.values() if len({s for _, s, _, _ in g}) >= 2 and max(d for *_, d, _ in g if d) - min(d for *_, d, _ in g if d) <= 3]
one = sum(1 for g in wire if len({st for *_, st in g}) == 1 and g[0][3] is not None)
print("  agency texts reprinted by several outlets: %d groups (%d articles); in one story: %d" % (
    len(wire), sum(len(g) for g in wire), one))
check(wire and one >= 0.9 * len(wire), "SPA wire texts reprinted by several papers fall into one story (%d of %d groups, %.1f%%)"
      % (one, len(wire), 100 * one / max(len(wire), 1)))
stories = c.execute("SELECT id, label, first, last, articles FROM stories ORDER BY id").fetchall()
sizes = Counter(s[4] for s in stories)
in_story = c.execute("SELECT count(*) FROM articles WHERE story_id IS NOT NULL").fetchone()[0]
print("  stories: %d, holding %d of %d articles (%.1f%%)" % (len(stories), in_story, n_art, 100 * in_story / max(n_art, 1)))
print("  size distribution (articles: stories): " + ", ".join("%d: %d" % kv for kv in sorted(sizes.items())))
random.seed(11)
print("  20 stories drawn at random:")
for sid, label, first, last, n in sorted(random.sample(stories, min(20, len(stories)))):
    outlets = [r[0] for r in c.execute("SELECT s.name FROM articles a JOIN sources s ON s.id = a.source_id"
                                        " WHERE a.story_id = ? ORDER BY a.date, a.id", (sid,))]
    print("    story %d, %d articles, %s..%s, %s: %s" % (sid, n, first, last, ",".join(outlets), label))
sys.exit(1 if fails else 0)
PY
