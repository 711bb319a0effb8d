#!/bin/sh
# ui.sh: drive the real reader with scripted keys (KHABAR_TEST_SCRIPT: keys are
# read from the script when the program is idle, the screen is dumped from
# curses memory) and compare the screens with tests/ui/*.screen, kept in
# visual order.  GENERATE=1 rewrites the expected screens (on purpose only).
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
E="$srcdir/ui"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-ui-XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$T"' EXIT
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_CONFIG_HOME="$T/config" LC_ALL=C.UTF-8
unset KHABAR_DATA_DIR NO_COLOR VTE_VERSION MLTERM TMUX
n=0
fails=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# run COLSxLINES SCRIPT-TEXT [ARGS...]: run the reader on a script
run() {
	size=$1; script=$2; shift 2
	printf '%s\n' "$script" > "$T/script"
	COLUMNS=${size%x*} LINES=${size#*x} KHABAR_TEST_SCRIPT="$T/script" "$K" "$@" 2> "$T/stderr"
}
# screen NAME: compare $T/NAME with the expected screen
screen() {
	if [ "${GENERATE:-}" = 1 ]; then cp "$T/$1" "$E/$1.screen"; fi
	if diff -u "$E/$1.screen" "$T/$1" > "$T/diff" 2>&1; then return 0; fi
	sed 's/^/# /' "$T/diff" | head -40
	return 1
}

echo "1..92"
"$K" import "$srcdir/../data/articles" > /dev/null 2>&1 # the bundled articles (only the default archive gets them by itself)

run 80x24 "dump $T/first"
screen first; ok $? "the first screen lists the seed titles in visual order (80x24)"
grep -q "ﻑﻭﺮﻓﻻ" "$T/first" && ! grep -q "لافروف" "$T/first"
ok $? "titles are shaped and reordered, not logical text"

# Statements: extraction's, else (a build without it) two made-up related ones.
A=2
nst=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM statements").fetchone()[0])' "$KHABAR_DB")
[ "$nst" -gt 0 ] || python3 "$srcdir/ui-fixture.py" "$KHABAR_DB" "$K" > /dev/null
nsp=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM speakers WHERE id != 9001").fetchone()[0])' "$KHABAR_DB")
if [ "$nsp" -gt 0 ]; then
	run 80x24 "key 2
dump $T/speakers"
	screen speakers && grep -q "ﻑﻭﺮﻓﻻ" "$T/speakers" && grep -q "ﻦﻴﺗﻮﺑ" "$T/speakers"
	ok $? "2 lists لافروف and بوتين (sorted by Arabic collation)"
else
	skip "2 lists لافروف and بوتين" "no extraction data in this build"
fi

run 80x24 "key ]
dump $T/statement
key r
dump $T/related
key Enter
dump $T/jumped
key C-o
dump $T/back
key Tab
dump $T/forward" open "$A"
screen statement; ok $? "] puts the passage cursor on the statement"
screen related; ok $? "r lists the related statements"
B=$(sed -n 's/^ article \([0-9]*\) · line.*/\1/p' "$T/jumped")
[ -n "$B" ] && [ "$B" != "$A" ] && grep -q "· statement [0-9]*/" "$T/jumped"
ok $? "Enter opens the other article ($B) with the cursor on the related statement"
grep -q "article $A · line .* statement 1/" "$T/back"
ok $? "C-o comes back to the first article and statement"
grep -q "article $B · line .* statement [0-9]*/" "$T/forward"
ok $? "C-i (Tab) goes forward again"

# Related rows show the other article's date, source and title over the statement; a double click opens one.
run 80x24 "key ] r
click 10 4
dump $T/rel1
click 10 4
dump $T/rel2" open "$A"
grep -q "^ 20[0-9-]*  *[^ ]" "$T/related" && grep -q "score 0\.[0-9][0-9] · Enter jumps" "$T/related" &&
	grep -q "^ related 2/" "$T/rel1" && grep -q "^ article [0-9]* · line .* · statement [0-9]*/" "$T/rel2"
ok $? "related rows: date, source and title, then speaker and statement; one click selects, a double click opens"

run 80x24 "key ] h
dump $T/saved" open "$A"
grep -q "saved highlight #1" "$T/saved"
ok $? "] then h saves a highlight"
"$K" annotations --json > "$T/ann.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); a=d[0]; assert len(d)==1 and set(a)>={"id","article_id","start","end","quote","note","created"} and a["article_id"]==int(sys.argv[2]) and len(a["quote"])==a["end"]-a["start"]>0, d' "$T/ann.json" "$A"
ok $? "the annotation is in the archive after quitting (annotations --json)"
"$K" export annotations --format json > "$T/w3c.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); a=d[0]; t=a["target"]; s={x["type"]:x for x in t["selector"]}; assert a["type"]=="Annotation" and a["motivation"]=="highlighting" and s["TextPositionSelector"]["end"]>s["TextPositionSelector"]["start"] and len(s["TextQuoteSelector"]["prefix"])<=32 and len(s["TextQuoteSelector"]["suffix"])==32 and s["TextQuoteSelector"]["exact"], d' "$T/w3c.json"
ok $? "export annotations --format json is W3C Web Annotation with both selectors"
"$K" export annotations --format markdown > "$T/ann.md"
grep -q "^- article: $A$" "$T/ann.md" && grep -q "^> " "$T/ann.md"
ok $? "export annotations --format markdown groups by article"
run 80x24 "key A
dump $T/reopened" open "$A"
screen reopened; ok $? "reopening lists it (A)"

run 120x40 "dump $T/big1
resize 60 20
dump $T/small
resize 120 40
dump $T/big2
resize 30 8
dump $T/tiny
resize 120 40
key Enter
dump $T/reader-big
resize 60 20
dump $T/reader-small"
screen small && cmp -s "$T/big1" "$T/big2"
ok $? "a resize from 120x40 to 60x20 and back redraws correctly"
grep -q "khabar needs at least 40x10" "$T/tiny"
ok $? "below the minimum size a clear message"
screen reader-small; ok $? "the reader re-lays its text out at 60x20"

run 80x24 "key /
type لافروف
key Enter
dump $T/search"
grep -q "4 results for ﻑﻭﺮﻓﻻ" "$T/search" && grep -q "ﺔﺴﻴﺋﺮﻟﺍ ﺔﺠﻴﺘﻨﻟﺍ :ﻑﻭﺮﻓﻻ" "$T/search"
ok $? "/ with Arabic typed on the input line lists the search results"

mkdir -p "$XDG_CONFIG_HOME/khabar"
printf '# test\nbind x move-down\nset bidi app\n' > "$XDG_CONFIG_HOME/khabar/config"
run 100x30 "key ?
dump $T/help"
grep -Eq '^ j Down x +move-down' "$T/help"
ok $? "bind in the config file rebinds a key (and ? shows it)"
printf 'bind j\n' > "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/none"; rc=$?
[ $rc -eq 1 ] && grep -q "khabar/config: line 1: expected 'bind KEY ACTION'" "$T/stderr"
ok $? "a bad config line is an error naming the file and line"
rm "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/none" --bidi sideways; rc=$?
[ $rc -ne 0 ] && grep -q "bidi is app, terminal or off" "$T/stderr"
ok $? "a bad --bidi is an error"

python3 "$srcdir/ui-pty.py" "$K" quit
ok $? "on a VTE pty: explicit mode on start, implicit again on quit"
python3 "$srcdir/ui-pty.py" "$K" term
ok $? "after SIGTERM the terminal's mode is restored too"
python3 "$srcdir/ui-pty.py" "$K" tstp
ok $? "Ctrl-Z restores the terminal and stops; fg sets it up and redraws"
python3 "$srcdir/ui-pty.py" "$K" color
ok $? "on a colour terminal the first screen sets colours"
python3 "$srcdir/ui-pty.py" "$K" nocolor
ok $? "with NO_COLOR set it sets none (attributes only)"

run 80x24 "key 1 Down Enter
dump $T/year
key 2 Down Down Down Down Down Enter
dump $T/combined"
grep -q "date 2021 · speaker" "$T/combined" && grep -q "2021-09 " "$T/year" && grep -q "Articles · date 2021" "$T/year"
ok $? "Enter on a year filters by it and opens its months; a speaker filter combines with it"

run 80x24 "key D
type 2021-09-01..٢٠٢١-١١-٣٠
key Enter
dump $T/range
key D C-u
type 2021-09-01..2021-13
key Enter
dump $T/badrange"
list_pane() { sed 's/^[^│]*│//' "$1"; }
grep -q "Articles · date 2021-09-01..2021-11-30" "$T/range" && list_pane "$T/range" | grep -q "2021-11-02" &&
	list_pane "$T/range" | grep -q "2021-09-28" && ! list_pane "$T/range" | grep -q "2021-08-31\|undated"
ok $? "D filters the list by a typed range of dates (Arabic-Indic digits too)"
grep -q "dates are YYYY-MM-DD, YYYY-MM or YYYY: 2021-09-01..2021-13" "$T/badrange" && grep -q "Articles · date 2021-09-01..2021-11-30" "$T/badrange"
ok $? "a bad date is refused with a message, the range stays"

rm -f "$KHABAR_DB" "$KHABAR_DB-wal" "$KHABAR_DB-shm"
"$K" import "$srcdir/../data/articles" > /dev/null 2>&1
run 80x24 "key Down Down Enter q
dump $T/readmark
key Up s u
dump $T/marks"
sed -n 5p "$T/readmark" | grep -q "│   2021-08-31" && sed -n 4p "$T/readmark" | grep -q "│ ● 2021-09-28" && grep -q "article 3/5" "$T/readmark"
ok $? "an article read in the reader loses its unread mark in the list, which stays where it was"
sed -n 4p "$T/marks" | grep -q "│ ★ 2021-09-28" && grep -q "marked read" "$T/marks"
ok $? "s stars and u toggles read from the list"

run 80x24 "click 40 4
dump $T/clicked
key Enter
click 30 10
dump $T/placed
wheeldown 30 10
dump $T/wheeled"
grep -q "article 3/5" "$T/clicked"
ok $? "a click selects a list row"
grep -Eq "line 1/.* · at [1-9][0-9]*" "$T/placed" && grep -q "line 4/" "$T/wheeled"
ok $? "a click places the passage cursor, the wheel scrolls"

"$K" --keys-man > "$T/keys.roff"
sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$srcdir/../khabar.1" | sed '1d;$d' > "$T/man-keys"
if [ "${GENERATE:-}" = 1 ]; then
	python3 - "$srcdir/../khabar.1" "$T/keys.roff" <<'PY'
import sys
man, keys = open(sys.argv[1]).read(), open(sys.argv[2]).read()
a = man.index('.\\" BEGIN KEYS\n') + len('.\\" BEGIN KEYS\n')
b = man.index('.\\" END KEYS')
open(sys.argv[1], 'w').write(man[:a] + keys + man[b:])
PY
	sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$srcdir/../khabar.1" | sed '1d;$d' > "$T/man-keys"
fi
cmp -s "$T/keys.roff" "$T/man-keys"
ok $? "khabar.1's KEYS section is what the action table generates"
missing=""
for c in $("$K" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
	sed -n '/^\.SH COMMANDS/,/^\.SH /p' "$srcdir/../khabar.1" | grep -Eq "^\.BI? \"?$c( |\"|$)" || missing="$missing $c"
done
[ -z "$missing" ]
ok $? "khabar.1's COMMANDS section lists every command of khabar --help (missing:${missing:- none})"

# An archive whose extraction is out of date says so on the message line.
run 100x24 "dump $T/current"
! grep -q "out of date" "$T/current"
ok $? "no note on a current archive"
cp -r "$srcdir/../data" "$T/data"
printf 'أنطونيو غوتيريش\tperson\tغوتيريش\t\n' >> "$T/data/speakers.tsv"
KHABAR_DATA_DIR="$T/data" run 100x24 "dump $T/stale"
tail -1 "$T/stale" | grep -q "out of date (speakers.tsv has changed): run khabar reindex"
ok $? "after speakers.tsv changed the message line says to reindex"
# A search with more results than one page pages them in as the cursor goes down.
python3 -c 'import json
for i in range(650):
    print(json.dumps({"title": "خبر رقم %d عن الرياض" % i, "url": "https://example.invalid/%d" % i,
                      "content": "نص الخبر %d عن الرياض والمنطقة" % i}, ensure_ascii=False))' > "$T/many.ndjson"
KHABAR_DB="$T/many.db" "$K" import "$T/many.ndjson" > /dev/null 2>&1
KHABAR_DB="$T/many.db" run 80x24 "key /
type الرياض
key Enter
dump $T/many1
key End
dump $T/many2"
grep -q "650 results for" "$T/many1" && grep -q "result 650/650" "$T/many2"
ok $? "a search lists every match (650, more than the old cap of 500), paged in as the cursor goes down"
# Exact forms first, with the snippet that shows the form that matched (الفجار and الجار share a stem).
python3 -c 'import json
print(json.dumps({"title": "حرب الفجار", "url": "https://example.invalid/x0", "content": "كانت حرب الفجار في الجاهلية."}, ensure_ascii=False))
for i in range(1, 26):
    print(json.dumps({"title": "خبر %d" % i, "url": "https://example.invalid/x%d" % i, "content": "حق الجار رقم %d." % i}, ensure_ascii=False))' > "$T/exact.ndjson"
KHABAR_DB="$T/exact.db" "$K" import "$T/exact.ndjson" > /dev/null 2>&1
KHABAR_DB="$T/exact.db" run 80x24 "key /
type الفجار
key Enter
dump $T/exact1
key Down
dump $T/exact2
key Up
dump $T/exact3"
sed -n 2p "$T/exact1" | grep -q "Search (1 exact, 25 by stem · newest first)" &&
	sed -n 3p "$T/exact1" | grep -q "ﺭﺎﺠﻔﻟﺍ ﺏﺮﺣ" && sed -n 4p "$T/exact1" | grep -q "ﺭﺎﺠﻔﻟﺍ ﺏﺮﺣ" &&
	sed -n 6p "$T/exact1" | grep -q "25 ﻢﻗﺭ ﺭﺎﺠﻟﺍ ﻖﺣ" && grep -q "26 results for" "$T/exact1" &&
	grep -q "result 2/26 · by stem" "$T/exact2" && grep -q "result 1/26 · exact" "$T/exact3"
ok $? "a search lists the exact match first, though newer ones match by stem, each with its snippet"
# The reader says where a date the text does not state comes from.
printf '%s\n' '{"title": "خبر بلا تاريخ", "url": "https://example.invalid/c", "date_extracted": "2015-07-21 10:54:08", "content": "قال المدير إن السوق ارتفع."}' > "$T/crawl.ndjson"
KHABAR_DB="$T/crawl.db" "$K" import "$T/crawl.ndjson" > /dev/null 2>&1
KHABAR_DB="$T/crawl.db" run 80x24 "key Down Down Down Enter
dump $T/crawl"
grep -q "≈ 2015-07-21, crawl date" "$T/crawl"
ok $? "the reader marks a crawl date as one"

# Pager search: / and ? find in the open article, folded like archive search.
run 80x24 "key /
type اذربيجان
key Enter
dump $T/find1
key n n
dump $T/find2
key N N N
dump $T/find3
key ?
type قره  باغ
key Enter
dump $T/find4
key S
type لافروف
key Enter
dump $T/find5" open "$A"
tail -1 "$T/find1" | grep -q "match 1/8" && grep -q "ﻥﺎﺠﻴﺑﺭﺫﺃﻭ" "$T/find1"
ok $? "/ in the reader finds اذربيجان as أذربيجان in the article: match 1/8 on the status line"
tail -1 "$T/find2" | grep -q "match 3/8"
ok $? "n goes on to the next match"
tail -1 "$T/find3" | grep -q "past the beginning: on to the last match (8/8)"
ok $? "N goes back and wraps round, saying so"
tail -1 "$T/find4" | grep -q "match 6/6"
ok $? "? finds backward (from the last match), a run of spaces matching one"
grep -q "4 results for ﻑﻭﺮﻓﻻ" "$T/find5"
ok $? "S searches the archive from the reader"

# Layout: the navigation pane hides, narrows and widens; the status line shows a cut title whole.
run 80x24 "key Down
dump $T/nav0
key \\
dump $T/nav1
key \\ < <
dump $T/nav2
key > > > >
dump $T/nav3
resize 50 20
dump $T/nav4"
nav_w() { sed -n 3p "$1" | sed 's/│.*//' | python3 -c 'import sys; print(len(sys.stdin.read().rstrip("\n")))'; }
tail -1 "$T/nav0" | grep -q "article 2/5  .*ﺭﺍﺮﻘﺘﺳﻻﺎﺑ ﺖﻠّﺠﺗ 2020 - ﻍﺎﺑ ﻩﺮﻗ ﻕﺎﻔﺗﻻ ﺔﺴﻴﺋﺮﻟﺍ ﺔﺠﻴﺘﻨﻟﺍ :ﻑﻭﺮﻓﻻ$" &&
	sed -n 4p "$T/nav0" | grep -q "…"
ok $? "the status line shows the selected row's title whole when the list cuts it"
! grep -q "│" "$T/nav1" && grep -q "^ ● 2021-11-02" "$T/nav1" && grep -q "navigation pane hidden" "$T/nav1"
ok $? "\\ hides the navigation pane: the list takes the whole width"
[ "$(nav_w "$T/nav0")" = 22 ] && [ "$(nav_w "$T/nav2")" = 14 ] && [ "$(nav_w "$T/nav3")" = 30 ] &&
	grep -q "navigation pane: 30 cells" "$T/nav3"
ok $? "< narrows and > widens it by 4 cells ($(nav_w "$T/nav0") $(nav_w "$T/nav2") $(nav_w "$T/nav3"))"
printf 'set nav-hide-below 100\nset nav-width 30\n' > "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/nav5
key 2
dump $T/nav7
resize 120 30
dump $T/nav6"
! grep -q "│" "$T/nav5" && [ "$(nav_w "$T/nav6")" = 30 ] && [ "$(nav_w "$T/nav7")" = 30 ] && grep -q "^ 2 Speaker" "$T/nav7"
ok $? "set nav-hide-below hides it on a narrower screen, set nav-width sets its width, 2 shows it"
printf 'set nav-width 5\n' > "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/none"; rc=$?
[ $rc -eq 1 ] && grep -q "config: line 1: nav-width is auto or 8 to 1000 cells, not '5'" "$T/stderr"
ok $? "a bad setting is an error naming file, line and the allowed values"
rm "$XDG_CONFIG_HOME/khabar/config"

# Annotations: a visible cursor first, no duplicates, U undoes, the note on the status line.
n0=$("$K" annotations --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
run 80x24 "key h
dump $T/ann1
key ] h
dump $T/ann2
key h
dump $T/ann3
key U
dump $T/ann4
key a
type ملاحظة قصيرة
key Enter w
dump $T/ann5" open "$A"
n1=$("$K" annotations --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), d[-1]["note"])')
tail -1 "$T/ann1" | grep -q "no passage cursor: place it first"
ok $? "h without a visible passage cursor saves nothing and says why"
tail -1 "$T/ann2" | grep -q "saved highlight #[0-9]* (.*U removes it)" && tail -1 "$T/ann3" | grep -q "already annotated (#[0-9]*)"
ok $? "a second h on the same passage is refused, not saved twice"
tail -1 "$T/ann4" | grep -q "removed annotation #"
ok $? "U right after removes the annotation just saved"
[ "$n1" = "$((n0 + 1)) ملاحظة قصيرة" ] && tail -1 "$T/ann5" | grep -q "^ note: [^·]* · article $A · "
ok $? "in the end one annotation more, and its note shows on the status line under the cursor ($n0 -> $n1)"

# Exports for the tools readers use: W3C JSON with language and textDirection on body and target
# (only terms of the Web Annotation JSON-LD context), Markdown with title, date, source, URL and a
# `khabar open ID --at OFFSET` line that opens the reader on the passage (its note then leads the
# status line).
"$K" export annotations --format json > "$T/w3c2.json"
python3 - "$T/w3c2.json" <<'PY'
import json, re, sys
# Terms of http://www.w3.org/ns/anno.jsonld that khabar uses (W3C Web Annotation Data Model).
terms = {"@context", "id", "type", "motivation", "created", "modified", "body", "target", "source",
         "selector", "language", "textDirection", "format", "value", "start", "end", "exact",
         "prefix", "suffix"}
types = {"Annotation", "TextualBody", "SpecificResource", "TextPositionSelector", "TextQuoteSelector"}
def walk(o):
    if isinstance(o, dict):
        assert set(o) <= terms, set(o) - terms
        if "type" in o:
            assert o["type"] in types, o["type"]
        if "textDirection" in o:
            assert o["textDirection"] in ("ltr", "rtl", "auto")
        for v in o.values():
            walk(v)
    elif isinstance(o, list):
        for v in o:
            walk(v)
d = json.load(open(sys.argv[1]))
walk(d)
noted = [a for a in d if "body" in a]
assert noted, d
for a in d:
    assert a["@context"] == "http://www.w3.org/ns/anno.jsonld" and a["motivation"] in ("highlighting", "commenting")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["created"])
    assert a["target"]["type"] == "SpecificResource" and a["target"]["language"] == "ar" and a["target"]["textDirection"] == "rtl"
for a in noted:
    b = a["body"]
    assert b["type"] == "TextualBody" and b["value"] == "ملاحظة قصيرة" and b["language"] == "ar" and b["textDirection"] == "rtl", b
    assert a["motivation"] == "commenting"
PY
ok $? "W3C export: language ar and textDirection rtl on body and target, only terms of the Web Annotation context"
"$K" export annotations --format markdown > "$T/ann2.md"
title=$("$K" show "$A" --json | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a["title"])')
url=$("$K" show "$A" --json | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a["url"] or "")')
at=$(grep -A3 "^ملاحظة قصيرة$" "$T/ann2.md" | sed -n "s/^\`khabar open $A --at \([0-9]*\)\`$/\1/p" | head -1)
grep -qxF "## $title" "$T/ann2.md" && grep -q "^- date: " "$T/ann2.md" && grep -q "^- source: " "$T/ann2.md" &&
	{ [ -z "$url" ] || grep -qxF -- "- url: <$url>" "$T/ann2.md"; } && [ -n "$at" ] && grep -B2 "^ملاحظة قصيرة$" "$T/ann2.md" | grep -q "^> "
ok $? "Markdown export: title, date, source, URL, each quote with its note and its khabar open line (--at $at)"
run 80x24 "dump $T/at1" open "$A" --at "$at"
tail -1 "$T/at1" | grep -q "^ note: [^·]* · article $A · .* · at $at · "
ok $? "khabar open $A --at $at opens the reader with the passage cursor on that annotation (its note on the status line)"
"$K" open "$A" --at 99999999 2> "$T/ate"; rc=$?
[ $rc = 1 ] && grep -q "open: --at 99999999 is past the end of article $A" "$T/ate"
ok $? "--at past the article's end is an error (exit 1)"

# Esc cancels and never quits; q quits.
run 80x24 "key Esc
dump $T/esc1
key Enter v Esc
dump $T/esc2
key Esc
dump $T/esc3
key Esc q
dump $T/esc4"; rc=$?
tail -1 "$T/esc1" | grep -q "Esc never quits: q does" && tail -1 "$T/esc2" | grep -q "selection cancelled" &&
	grep -q "^ 1 Date" "$T/esc3" && [ ! -e "$T/esc4" ] && [ $rc -eq 0 ]
ok $? "Esc on the first screen stays, in the reader it cancels a selection first, then goes back; q quits"

# Terminals: a non-UTF-8 locale, tmux in VTE and mlterm.
LC_ALL=C run 80x24 "dump $T/none"; rc=$?
[ $rc -eq 2 ] && grep -q "the reader needs a UTF-8 locale; .* is ANSI_X3.4-1968: try LC_ALL=C.UTF-8" "$T/stderr" && [ ! -e "$T/none" ]
ok $? "with LC_ALL=C the reader says it needs UTF-8 and exits 2"
TMUX=/tmp/x VTE_VERSION=7000 run 80x24 "dump $T/tmux1"
TMUX=/tmp/x MLTERM=3.9.3 run 80x24 "dump $T/tmux2"
run 80x24 "dump $T/tmux3"
tail -1 "$T/tmux1" | grep -Fq "tmux in VTE: text reversed? start tmux after printf '\e[8l'" &&
	tail -1 "$T/tmux2" | grep -Fq "tmux in mlterm: reversed? start tmux after printf '\e]5379;use_ctl=false\a'" &&
	! grep -q tmux "$T/tmux3"
ok $? "inside tmux on VTE or mlterm the first screen says in one line what to do"

# --bidi terminal: logical text, each row's direction fixed by a mark joined to the cell before it
# (RLM for the reader's Arabic rows, so a wrapped line that starts with a Latin word stays right to
# left; LRM elsewhere), brackets as typed (the terminal mirrors them).
printf '%s\n' '{"title": "اجتماع NATO Summit (كلمة) في الرياض", "url": "https://example.invalid/t", "content": "1 أكد (وزير) 2 الخارجية [3] الروسي 4 سيرغي 5 لافروف 6 أن 7 كل 8 من 9 أذربيجان 10 وأرمينيا 11 تحتاجان NATO Summit and the United Nations Security Council 12 إلى 13 السلام."}' > "$T/term.ndjson"
KHABAR_DB="$T/term.db" "$K" import "$T/term.ndjson" > /dev/null 2>&1
TA=$(KHABAR_DB="$T/term.db" "$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["title"].startswith("اجتماع")][0])')
KHABAR_DB="$T/term.db" run 60x14 "dump $T/bidi-terminal" --bidi terminal open "$TA"
screen bidi-terminal && grep -q "^ ‏the United Nations Security Council 12 إلى" "$T/bidi-terminal" &&
	grep -q "(وزير) 2 الخارجية \[3\]" "$T/bidi-terminal" && ! grep -q ")وزير(" "$T/bidi-terminal" &&
	[ "$(grep -c "^ ‏" "$T/bidi-terminal")" = 5 ] && grep -q "^ ‎khabar" "$T/bidi-terminal"
ok $? "--bidi terminal: RLM on each Arabic row (a line that starts with Latin included), brackets not mirrored"
# In the browser's rows (columns side by side, the row left to right) a title that mixes Arabic and
# Latin is isolated (RLI joined to the cell before it, PDI to its last cell), so it reads from the right.
KHABAR_DB="$T/term.db" run 100x14 "dump $T/bidi-rows" --bidi terminal
grep -q "$(printf '\342\201\247')اجتماع NATO Summit (كلمة) في الرياض$(printf '\342\201\251')" "$T/bidi-rows" &&
	[ "$(grep -c "$(printf '\342\201\247')" "$T/bidi-rows")" = "$(grep -c "$(printf '\342\201\251')" "$T/bidi-rows")" ]
ok $? "--bidi terminal: an Arabic title with Latin words in a list row is isolated (RLI ... PDI)"
# mlterm gives every control a column of its own: none is joined to a cell there.  Outside tmux the
# reader's rows get their mark written over their first (blank) column after curses has drawn; through
# tmux that cannot be done, and the first screen says what it costs.
rm -f "$T/tty-ml"
KHABAR_DB="$T/term.db" MLTERM=3.9.3 KHABAR_TEST_TTY="$T/tty-ml" run 60x14 "dump $T/bidi-mlterm" --bidi terminal open "$TA"
KHABAR_DB="$T/term.db" MLTERM=3.9.3 TMUX=/tmp/x run 100x14 "dump $T/bidi-mlterm-tmux" --bidi terminal
! grep -q "$(printf '\342\200\217\|\342\200\216\|\342\201\247')" "$T/bidi-mlterm" &&
	grep -q "^ the United Nations Security Council 12 إلى" "$T/bidi-mlterm" &&
	python3 - "$T/tty-ml" "$T/bidi-mlterm" <<'PY' &&
import re, sys
raw = open(sys.argv[1], "rb").read()
rows = open(sys.argv[2], encoding="utf-8").read().split("\n")
# the last drawing's marks: row numbers (1-based) with RLM
marks = re.findall(rb"\x1b7((?:\x1b\[[0-9]+;1H\x1b\[[0-9;]*m\xe2\x80[\x8e\x8f])+)\x1b\[0m\x1b8", raw)
assert marks, raw[-400:]
last = dict((int(r), m) for r, m in re.findall(rb"\x1b\[([0-9]+);1H\x1b\[[0-9;]*m(\xe2\x80[\x8e\x8f])", marks[-1]))
rlm = sorted(r for r, m in last.items() if m == b"\xe2\x80\x8f")
latin = [i + 1 for i, l in enumerate(rows) if l.startswith(" the United Nations")]
assert latin and set(latin) <= set(rlm), (latin, rlm)
assert len(rlm) == 5, rlm  # every row of the Arabic body and the title, as in VTE
assert all(rows[r - 1].startswith(" ") for r in last), last
PY
	KHABAR_DB="$T/term.db" MLTERM=3.9.3 KHABAR_TEST_TTY="$T/tty-ml2" run 100x14 "dump $T/bidi-mlterm-rows" --bidi terminal &&
	python3 - "$T/tty-ml2" "$T/bidi-mlterm-rows" <<'PY' &&
import re, sys
raw = open(sys.argv[1], "rb").read()
rows = open(sys.argv[2], encoding="utf-8").read().split("\n")
# the list row's mixed title: RLI written over the blank cell before it, with that cell's look
y = [i for i, l in enumerate(rows) if "اجتماع NATO" in l][0]
x = rows[y].index("اجتماع NATO")  # one cell a character on this row
assert rows[y][x - 1] == " "
assert re.search(rb"\x1b\[%d;%dH\x1b\[0[0-9;]*m\xe2\x81\xa7" % (y + 1, x), raw), raw[-600:]
PY
	tail -1 "$T/bidi-mlterm-tmux" | grep -q "mlterm: with --bidi terminal a line that starts with Latin reads left to right" &&
	! grep -q "$(printf '\342\200\217\|\342\200\216\|\342\201\247')" "$T/bidi-mlterm-tmux"
ok $? "--bidi terminal in mlterm: marks over each reader row's first column and isolates over the blank before a list row's title, none joined to cells; through tmux one line says so"

# Inside tmux the reader turns on allow-passthrough for its own pane while it runs (so its bidi
# switches reach VTE or mlterm before the first screen) and unsets it when it quits.
if command -v tmux > /dev/null 2>&1; then
	S="$T/tmux.sock"
	tmux -S "$S" -f /dev/null new-session -d -x 80 -y 24 \
		"env KHABAR_DB='$KHABAR_DB' HOME='$HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$K'; tmux -S '$S' wait-for -S done; sleep 30"
	P=$(tmux -S "$S" list-panes -F '#{pane_id}')
	i=0; while ! tmux -S "$S" capture-pane -p -t "$P" | grep -q "1 Date" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	on=$(tmux -S "$S" show -pv -t "$P" allow-passthrough 2> /dev/null)
	tmux -S "$S" send-keys -t "$P" q
	tmux -S "$S" wait-for done
	after=$(tmux -S "$S" show -pv -t "$P" allow-passthrough 2> /dev/null)
	tmux -S "$S" kill-server 2> /dev/null
	[ "$on" = on ] && [ -z "$after" ]
	ok $? "inside tmux allow-passthrough is on for the reader's pane while it runs ('$on'), unset after ('$after')"
else
	skip "inside tmux allow-passthrough is on for the reader's pane" "no tmux"
fi

# Acting on an article: its URL in the header, o opens it in $BROWSER (in the background), | pipes, W saves.
printf '%s\n' '{"title": "خبر برابط", "url": "https://example.invalid/a?b=1&c=$(touch '"$T"'/pwned)", "content": "قال المدير إن السوق ارتفع."}' > "$T/url.ndjson"
KHABAR_DB="$T/url.db" "$K" import "$T/url.ndjson" > /dev/null 2>&1
U=$(KHABAR_DB="$T/url.db" "$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["title"] == "خبر برابط"][0])')
printf '#!/bin/sh\nprintf "%%s\\n" "$1" > "%s/browsed"\n' "$T" > "$T/browser"
chmod +x "$T/browser"
BROWSER="$T/browser" KHABAR_DB="$T/url.db" run 80x24 "dump $T/url1
key o
dump $T/url2
key |
type wc -l > $T/piped
key Enter
dump $T/url3
key W
type $T/saved.txt
key Enter
dump $T/url4
key W
type $T/saved.txt
key Enter n
dump $T/url5" open "$U"
i=0; while [ ! -s "$T/browsed" ] && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
grep -q "https://example.invalid/a?b=1&c=\$(touch $T/pwned) :ﻂﺑﺍﺮﻟﺍ" "$T/url1"
ok $? "the reader shows the article's URL in its header"
tail -1 "$T/url2" | grep -q "opening the URL with \$BROWSER" && [ "$(cat "$T/browsed")" = 'https://example.invalid/a?b=1&c=$(touch '"$T"'/pwned)' ] && [ ! -e "$T/pwned" ]
ok $? "o gives the URL to \$BROWSER as one argument, never to a shell as text"
tail -1 "$T/url3" | grep -q "piped article $U to wc -l" && [ "$(cat "$T/piped")" = 4 ]
ok $? "| pipes the article (title, URL, a blank line, the text) to a command"
tail -1 "$T/url4" | grep -q "saved article $U to $T/saved.txt" && head -1 "$T/saved.txt" | grep -q "^خبر برابط$" &&
	tail -1 "$T/saved.txt" | grep -q "^قال المدير إن السوق ارتفع.$" && tail -1 "$T/url5" | grep -q "not saved"
ok $? "W saves it to a file in logical order, and asks before replacing one"

# The URL as an OSC 8 hyperlink where the terminal takes them (VTE here): the cells curses drew,
# written again inside the link; no control byte of the URL reaches the terminal.
printf '%s\n' '{"title": "رابط خبيث", "url": "https://example.invalid/x?a=\u001b]8;;\u0007y\u001b\\z\u009b2J", "content": "قال المدير إن السوق ارتفع."}' > "$T/osc.ndjson"
KHABAR_DB="$T/osc.db" "$K" import "$T/osc.ndjson" > /dev/null 2>&1
O=$(KHABAR_DB="$T/osc.db" "$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["title"] == "رابط خبيث"][0])')
rm -f "$T/tty1" "$T/tty2" "$T/tty3"
KHABAR_DB="$T/osc.db" VTE_VERSION=7000 KHABAR_TEST_TTY="$T/tty1" run 80x24 "dump $T/osc1" open "$O"
KHABAR_DB="$T/osc.db" KHABAR_TEST_TTY="$T/tty2" run 80x24 "dump $T/osc2" open "$O"
mkdir -p "$XDG_CONFIG_HOME/khabar" && echo "set hyperlinks off" > "$XDG_CONFIG_HOME/khabar/config"
KHABAR_DB="$T/osc.db" VTE_VERSION=7000 KHABAR_TEST_TTY="$T/tty3" run 80x24 "dump $T/osc3" open "$O"
rm -f "$XDG_CONFIG_HOME/khabar/config"
python3 - "$T/tty1" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
link = b"\x1b]8;;https://example.invalid/x?a=%1B]8;;%07y%1B\\z%C2%9B2J\x1b\\"
assert raw.count(link) == 1, raw
# Take away the sequences khabar writes; no control byte may be left (the URL's ESC, BEL, CSI).
rest = raw.replace(link, b"").replace(b"\x1b]8;;\x1b\\", b"")
rest = re.sub(rb"\x1b(7|8|\[[0-9;]*[Hm])", b"", rest)
assert not re.search(rb"[\x00-\x1f\x7f]|\xc2[\x80-\x9f]", rest), rest
assert b"https://example.invalid/x?a=" in rest  # the cells are drawn again, as curses had them
PY
[ $? = 0 ] && [ ! -s "$T/tty2" ] && [ ! -s "$T/tty3" ] && grep -q "https://example.invalid/x?a=" "$T/osc1"
ok $? "the URL is an OSC 8 link in VTE, percent-encoded (no control byte of it reaches the terminal); none in xterm or with set hyperlinks off"

# Sentences by ICU's break iterator: "Inc." does not end one; with a selection ) grows it by whole
# sentences and stops at the end of the paragraph.
printf '%s\n' '{"title": "جمل", "url": "https://example.invalid/s", "content": "أعلنت شركة Apple Inc. أرباحها اليوم. ثم قال المدير إن السوق ارتفع.\nفقرة ثانية هنا. وجملة أخرى."}' > "$T/sent.ndjson"
KHABAR_DB="$T/sent.db" "$K" import "$T/sent.ndjson" > /dev/null 2>&1
SA=$(KHABAR_DB="$T/sent.db" "$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["title"] == "جمل"][0])')
KHABAR_DB="$T/sent.db" run 80x24 "key ) h
dump $T/sent1" open "$SA"
KHABAR_DB="$T/sent.db" run 80x24 "key ) ) v ) )
dump $T/sent2
key h
dump $T/sent3" open "$SA"
KHABAR_DB="$T/sent.db" "$K" annotations --json | python3 -c 'import json,sys; print("|".join(a["quote"] for a in json.load(sys.stdin)))' > "$T/sentq"
[ "$(cat "$T/sentq")" = "أعلنت شركة Apple Inc. أرباحها اليوم.|ثم قال المدير إن السوق ارتفع." ] &&
	tail -1 "$T/sent2" | grep -q "the end of the paragraph"
ok $? "a sentence goes on past Inc. (h saves it whole); v ) ) selects the last sentence and stops at the paragraph's end"

# J, K and C-n from the reader; l limits the list; M marks all read.
rm -f "$T/nav.db"
KHABAR_DB="$T/nav.db" "$K" import "$srcdir/../data/articles" > /dev/null 2>&1
KHABAR_DB="$T/nav.db" run 80x24 "key Down Enter
dump $T/nb1
key J
dump $T/nb2
key K K
dump $T/nb3
key K
dump $T/nb4
key q l
dump $T/nb5
key l
dump $T/nb6
key l M y
dump $T/nb7
key l
dump $T/nb8
key C-n
dump $T/nb9"
grep -q "^ article 2 · " "$T/nb1" && grep -q "^ article 1 · " "$T/nb2" && grep -q "^ article 5 · " "$T/nb3" &&
	tail -1 "$T/nb4" | grep -q "the list's first article"
ok $? "J and K open the next and previous article of the list from the reader"
grep -q "Articles · unread only" "$T/nb5" && [ "$(grep -c "│ ● " "$T/nb5")" = 2 ] &&
	grep -q "Articles · starred only" "$T/nb6" && grep -q "(nothing here)" "$T/nb6"
ok $? "l limits the list to unread articles, then to starred ones"
tail -1 "$T/nb7" | grep -q "marked 2 articles read" && grep -q "Articles · unread only" "$T/nb8" && grep -q "(nothing here)" "$T/nb8" &&
	tail -1 "$T/nb9" | grep -q "no unread article after this one"
ok $? "M marks every article of the list read (the 2 not read yet); C-n then finds none"

# The command line: set, color, bind, filters, actions by name; Tab completes, Up recalls.
KHABAR_DB="$T/nav.db" run 80x24 "key :
type set nav off
key Enter
dump $T/cmd1
key :
type color title red default bold
key Enter
dump $T/cmd2
key :
type mark
key Tab
dump $T/cmd3
key Esc :
type limit unread
key Enter
dump $T/cmd4
key : Up Up Enter
dump $T/cmd5
key :
type speaker لافروف
key Enter
dump $T/cmd6
key :
type colour x
key Enter
dump $T/cmd7
key :
type bind z next-article
key Enter z
dump $T/cmd8"
! grep -q "│" "$T/cmd1" && tail -1 "$T/cmd1" | grep -q "done: set nav off"
ok $? ":set nav off hides the navigation pane"
tail -1 "$T/cmd2" | grep -q "done: color title red default bold" && tail -1 "$T/cmd3" | grep -q "^: mark-all-read$"
ok $? ":color is taken; Tab completes an action's name (:mark → :mark-all-read)"
grep -q "Articles · unread only" "$T/cmd4" && tail -1 "$T/cmd5" | grep -q "done: color title red default bold"
ok $? ":limit unread limits the list; Up recalls an earlier command line"
grep -q "Articles · speaker لافروف\|Articles · speaker ﻑﻭﺮﻓﻻ" "$T/cmd6" && tail -1 "$T/cmd7" | grep -q "no command 'colour'"
ok $? ":speaker NAME filters by a speaker; an unknown command says so"
tail -1 "$T/cmd8" | grep -q "this is the list's last article"
ok $? ":bind binds a key at once (z: next-article)"
printf 'color title red default bold\ncolor match blue\n' > "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/none"; rc1=$?
printf 'color headline red\n' > "$XDG_CONFIG_HOME/khabar/config"
run 80x24 "dump $T/none"; rc2=$?
[ $rc1 -eq 0 ] && [ $rc2 -eq 1 ] && grep -q "line 1: no element 'headline' (bar, " "$T/stderr"
ok $? "color lines in the config file are taken; an unknown element is an error naming the file and line"
rm "$XDG_CONFIG_HOME/khabar/config"
python3 "$srcdir/ui-pty.py" "$K" color256
ok $? "on a 256-colour terminal the text colours are mid shades (dates: 38;5;242)"

# The date-range prompt starts empty; a reversed range is refused.
run 80x24 "key D
type 2021-09..2021-10
key Enter D
dump $T/dr1
key Esc D
type 2021-11-01..2021-09-01
key Enter
dump $T/dr2"
tail -1 "$T/dr1" | grep -q "now 2021-09..2021-10):$" && tail -1 "$T/dr2" | grep -q "the range is reversed: 2021-11-01 is after 2021-09-01" &&
	grep -q "Articles · date 2021-09..2021-10" "$T/dr2"
ok $? "the date prompt starts empty with the range now in its question; a reversed range is refused"

# The speaker list: o sorts by count, f keeps what matches what is typed (folded), Esc brings all back.
run 80x24 "key 2 o
dump $T/sp1
key f
type وزاره
dump $T/sp2
key Enter
dump $T/sp3
key f Esc
dump $T/sp4"
sed -n 4p "$T/sp1" | grep -q "ﻑﻭﺮﻓﻻ ﻲﻏﺮﻴﺳ *4 │" && tail -1 "$T/sp1" | grep -q "sorted by count" && grep -q "^ 2 Speaker · articles" "$T/sp1"
ok $? "o sorts the speakers by count (most articles first), and the pane says what it counts"
[ "$(grep -c "ﺓﺭﺍﺯﻭ" "$T/sp2")" = 2 ] && ! sed "s/│.*//" "$T/sp2" | grep -q "ﻑﻭﺮﻓﻻ" && tail -1 "$T/sp3" | grep -q "2 of the list have '"
ok $? "f narrows the speaker list as you type, folded (وزاره finds وزارة)"
grep -q "ﻑﻭﺮﻓﻻ" "$T/sp4" && [ "$(sed -n '/│/p' "$T/sp4" | grep -c "  [0-9] │")" -ge 7 ]
ok $? "f then Esc brings every speaker back"

# A title alone is one speaker an article (رئيس النادي of two clubs); the speaker list shows the title once.
mkdir -p "$T/titles"
printf 'وأضاف رئيس النادي أن الفريق سيواصل تدريباته استعدادا للموسم الجديد في المدينة.\n' > "$T/titles/a.txt"
printf 'وقال رئيس النادي إن الإدارة ستعقد اجتماعا مع اللاعبين لبحث العقود الجديدة.\n' > "$T/titles/b.txt"
(
	KHABAR_DB="$T/titles.db"
	export KHABAR_DB
	"$K" import "$T/titles" > /dev/null 2>&1
	run 80x24 "key 2
dump $T/tl1"
)
[ "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM speakers WHERE name = ?", ("رئيس النادي",)).fetchone()[0])' "$T/titles.db")" = 2 ] &&
	[ "$(sed 's/│.*//' "$T/tl1" | grep -c "ﻱﺩﺎﻨﻟﺍ ﺲﻴﺋﺭ")" = 1 ] && grep -q "ﻱﺩﺎﻨﻟﺍ ﺲﻴﺋﺭ *2 │" "$T/tl1"
ok $? "two articles' holders of one title are two speakers and one row of the speaker list, with both articles"

# A small terminal keeps at least half the rows for the text.
run 50x12 "dump $T/small1" open "$A"
run 80x24 "dump $T/small2" open "$A"
grep -q "line 8/" "$T/small1" && ! grep -q "Statements" "$T/small1" && grep -q "line 1/" "$T/small2" && grep -q "Statements" "$T/small2"
ok $? "at 50x12 the reader opens on the text (the header is a line up) and without the statements pane"

# Facets follow the other filters: with a speaker chosen, the dates and topics count only their articles.
rm -f "$T/facet.db"
KHABAR_DB="$T/facet.db" "$K" import "$srcdir/../data/articles" > /dev/null 2>&1
KHABAR_DB="$T/facet.db" run 80x24 "key 1
dump $T/fa0
key 2 o Down Down Enter 1
dump $T/fa1
key 3
dump $T/fa2"
nav_rows() { sed -n '3,$p' "$1" | sed '$d' | sed 's/│.*//' | grep -v '^ *$' | grep -v "All "; }
[ "$(nav_rows "$T/fa0" | wc -l)" = 2 ] && [ "$(nav_rows "$T/fa1")" = " undated            2 " ] &&
	grep -q "Articles · speaker ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ" "$T/fa1" && ! nav_rows "$T/fa2" | grep -qv " [12] $"
ok $? "with a speaker chosen the date pane lists only that speaker's dates (undated 2), the topic pane only their topics"
# The topic view: subjects, people, places and organisations under headings drawn whole.
run 80x24 "key 3
dump $T/kinds"
grep -q "^ ── People ── " "$T/kinds" && grep -q "^ ── Places ── " "$T/kinds" && grep -q "^ ── Organisations ── " "$T/kinds" &&
	sed -n '/── Places ──/,/── Organisations ──/p' "$T/kinds" | grep -q "ﺎﻴﺳﻭﺭ"
ok $? "3 lists topics under People, Places and Organisations headings, Russia among the places"
# Speaker names that start alike keep their first word and their different ends in a narrow pane.
MA=$("$K" statements --json | python3 -c 'import json,sys; print([s["article_id"] for s in json.load(sys.stdin) if s["speaker"] == "وزارة الخارجية الأذربيجانية"][0])')
run 60x26 "dump $T/names" open "$MA" # 26 lines: the pane opens with the Russian ministry's content-first statement now
grep -q "ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ … ﺓﺭﺍﺯﻭ" "$T/names" && grep -q "ﺔﻴﺳﻭﺮﻟﺍ … ﺓﺭﺍﺯﻭ" "$T/names" && grep -q "ﻑﻭﺮﻓﻻ ﻲﻏﺮﻴﺳ" "$T/names"
ok $? "at 60 columns the statements pane shows وزارة … الروسية and وزارة … الأذربيجانية, not two وزارة الخارجية …"
# A kind with many topics lists its first 250 and a row that lists the rest.
KHABAR_DB="$T/many.db" "$K" list > /dev/null 2>&1
python3 -c 'import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.executemany("INSERT INTO topics(name, origin, kind, articles) VALUES (?, ?, ?, ?)",
                [("موضوع %03d" % i, "auto", "phrase", 1000 - i) for i in range(300)])
con.commit()' "$T/many.db"
KHABAR_DB="$T/many.db" run 80x24 "key 3 End
dump $T/many1
key Enter
dump $T/many2"
tail -1 "$T/many1" | grep -q "Topic [0-9]*/253 " && grep -q "… more (Enter)" "$T/many1" && tail -1 "$T/many2" | grep -q "Topic 253/302 " && ! grep -q "… more" "$T/many2"
ok $? "a kind of 300 topics shows 250 and '… more (Enter)', which lists the other 50"
# The story view: an agency text and two reprints, one story; c from the reader lists them.
mkdir -p "$T/story"
W="أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف بسعة ثلاثمائة سرير، ويضم المستشفى أقساما للطوارئ والعناية المركزة وجراحة القلب وطب الأطفال، وقال المتحدث باسم الوزارة إن المشروع يأتي ضمن خطة لتوسيع الخدمات الصحية في المحافظات، وإن العمل في المبنى استمر ثلاث سنوات بتكلفة بلغت مئات الملايين، وسيبدأ استقبال المرضى الشهر المقبل"
printf -- '---\ntitle: افتتاح مستشفى جديد في الطائف\ndate: 2015-07-20\nsource: was\n---\n%s.\n' "$W" > "$T/story/a1.txt"
printf -- '---\ntitle: الصحة تفتتح مستشفى الطائف\ndate: 2015-07-21\nsource: alriyadh\n---\nالطائف - واس\n%s.\n' "$W" > "$T/story/a2.txt"
printf -- '---\ntitle: مستشفى بثلاثمائة سرير\ndate: 2015-07-21\nsource: alwatan\n---\n%s، حسب الوكالة.\n' "$W" > "$T/story/a3.txt"
KHABAR_DB="$T/story.db" "$K" import "$T/story" > /dev/null 2>&1
SA=$(KHABAR_DB="$T/story.db" "$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["title"] == "الصحة تفتتح مستشفى الطائف"][0])')
KHABAR_DB="$T/story.db" run 80x24 "key c
dump $T/story1" open "$SA"
sed -n 2p "$T/story1" | grep -q "^ Story · 3 articles · 2015-07-20..2015-07-21 · ﻒﺋﺎﻄﻟﺍ ﻲﻓ ﺪﻳﺪﺟ ﻰﻔﺸﺘﺴﻣ ﺡﺎﺘﺘﻓﺍ *$" &&
	grep -q "2015-07-20 was" "$T/story1" && grep -q "2015-07-21 alwatan" "$T/story1" &&
	tail -1 "$T/story1" | grep -q "story · article [12]/3 "
ok $? "c lists the story's 3 articles under its size, dates and then its label (the numbers not drawn inside the label)"
[ $fails -eq 0 ]
