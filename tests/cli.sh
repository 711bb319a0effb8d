#!/bin/sh
# cli.sh: drive the real khabar binary as a user would; TAP output.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-cli-XXXXXX")
trap 'rm -rf "$T"' EXIT
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR
n=0
fails=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi; }
# check NAME COMMAND...: passes when the command exits 0
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }
json_ok() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[2])' "$@"; }

echo "1..69"
check "--help lists the commands" sh -c "'$K' --help | grep -q 'import' && '$K' --help | grep -q 'search'"
check "--version" sh -c "'$K' --version | grep -qx 'khabar [0-9.]*'"
check "help COMMAND explains it" sh -c "'$K' help search | grep -q 'usage: khabar search'"
check "help of an unknown command fails" sh -c "! '$K' help nosuch 2>/dev/null"
check "an unknown command fails with one line and a hint" sh -c "'$K' nosuch 2>$T/e; [ \$? -eq 2 ] && [ \$(wc -l < $T/e) -eq 1 ] && grep -q \"no command 'nosuch' (khabar --help lists the commands)\" $T/e"
check "plain khabar on a new archive at an explicit path lists nothing: the bundled articles are not put in it" \
	sh -c "'$K' > $T/list && [ \$(wc -l < $T/list) -eq 0 ]"
printf 'dump %s/seeded\n' "$T" > "$T/seed.script"
printf 'x\n' > "$T/one.txt"
check "the reader puts the bundled articles in the default archive when it first opens it empty; import into another archive adds only what it imports" \
	sh -c "env -u KHABAR_DB XDG_DATA_HOME='$T/xdgseed' KHABAR_TEST_SCRIPT='$T/seed.script' LC_ALL=C.UTF-8 '$K' && [ \$(env -u KHABAR_DB XDG_DATA_HOME='$T/xdgseed' '$K' list | wc -l) -eq 5 ] && '$K' --db '$T/imp.db' import '$T/one.txt' > /dev/null 2>&1 && [ \$('$K' --db '$T/imp.db' list | wc -l) -eq 1 ]"
"$K" import "$srcdir/../data/articles" > /dev/null 2>&1 # the rest of the tests read the bundled articles
check "options after arguments" sh -c "'$K' list --json > $T/l.json"
check "list --json is the documented array" json_ok "$T/l.json" \
	'assert len(d)==5 and all(set(a)>={"id","title","date","source","url","words"} for a in d)'
check "--db before the command and after it" sh -c "'$K' --db '$T/other.db' list >/dev/null && '$K' list --db '$T/other.db' >/dev/null && [ -f '$T/other.db' ]"
check "default path is XDG, then ~/.local/share" sh -c "env -u KHABAR_DB '$K' list >/dev/null && [ -f '$T/home/.local/share/khabar/khabar.db' ] && env -u KHABAR_DB XDG_DATA_HOME='$T/xdg' '$K' list >/dev/null && [ -f '$T/xdg/khabar/khabar.db' ]"
check "show --json" sh -c "'$K' show 2 --json > $T/s.json"
check "show --json has the documented fields" json_ok "$T/s.json" \
	'assert set(d)>={"id","title","date","source","url","content","read","starred"} and d["source"]=="تاس" and d["title"].startswith("لافروف:") and d["starred"] is False'
check "show of a missing id fails" sh -c "! '$K' show 999 2>$T/e && grep -q 'no article 999' $T/e"
check "search --json" sh -c "'$K' search 'لافروف' --json > $T/q.json"
check "search finds Lavrov in four seeds, with snippets" json_ok "$T/q.json" \
	'assert len(d)==4 and all(set(a)>={"id","title","date","score","snippet"} for a in d) and all("[لافروف]" in a["snippet"] for a in d)'
check "search stopping at --limit says how many there are: '2 of 4 (use --limit)'; none when all are shown" \
	sh -c "'$K' search --limit 2 لافروف | tail -1 | grep -qx '2 of 4 (use --limit)' && ! '$K' search لافروف | grep -q 'use --limit' && ! '$K' search --limit 4 لافروف | grep -q 'use --limit'"
check "a bad query is an error, not a crash" sh -c "! '$K' search '((' 2>$T/e && grep -q 'bad query' $T/e"
python3 -c "print('('*50000)" > "$T/deep.q"
"$K" search "$(cat "$T/deep.q")" > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -q 'query nested too deeply (more than 32 levels)' "$T/e" && echo 0 || echo 1) "50000 '(' is an error, not a stack overflow"

check "title: searches titles only (one seed has Lavrov in its title)" sh -c "'$K' search --json 'title:لافروف' > $T/t.json"
check "title: found the one" json_ok "$T/t.json" 'assert len(d)==1 and "لافروف" in d[0]["title"]'
"$K" search 'source:تاس' > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -q "unknown field 'source:'" "$T/e" && echo 0 || echo 1) "an unknown field is refused, not searched as words"

# Every search is bounded: too many prefixes or too short a prefix is refused at once.
python3 -c "print(' OR '.join('ب%03d*' % i for i in range(1000)))" > "$T/many.q"
t0=$(date +%s%N)
"$K" search "$(cat "$T/many.q")" > /dev/null 2> "$T/e"; rc=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
ok $([ $rc -eq 1 ] && grep -q "the query has more than 4 prefix\* terms (the limit)" "$T/e" && [ $ms -lt 3000 ] && echo 0 || echo 1) "a thousand prefixes fail fast with the limit named (${ms} ms)"
"$K" search 'ال*' > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -q "the prefix 'ال\*' is too short: a prefix needs at least 3 letters" "$T/e" && echo 0 || echo 1) "a two-letter prefix is refused"
check "a three-letter prefix searches" sh -c "'$K' search 'لاف*' --json | grep -q '\"id\"'"

# Exact forms first: الفجار and الجار share a stem; the one article with الفجار is the oldest
# (25 by stem: the archive holds only these; a new archive at an explicit path gets no bundled articles).
python3 -c 'import json
print(json.dumps({"title": "حرب الفجار", "url": "https://example.invalid/x0", "content": "كانت حرب الفجار في الجاهلية."}, ensure_ascii=False))
for i in range(1, 26):
    print(json.dumps({"title": "خبر %d" % i, "url": "https://example.invalid/x%d" % i, "content": "حق الجار رقم %d." % i}, ensure_ascii=False))' > "$T/exact.ndjson"
X="env KHABAR_DB=$T/exact.db $K"
$X import "$T/exact.ndjson" > /dev/null 2>&1
check "search first says how many match exactly and by stem only" sh -c "$X search الفجار > $T/x && head -1 $T/x | grep -qx '1 exact, 25 by stem; newest first'"
check "the exact match comes first, though 26 stem-only matches are newer" sh -c "sed -n 2p $T/x | grep -q '^ *[0-9]*  undated     exact  .*حرب الفجار' && sed -n 4p $T/x | grep -q '  stem   '"
check "search --json" sh -c "$X search --json الفجار > $T/x.json"
check "search --json marks each hit exact or not, 20 by default" json_ok "$T/x.json" \
	'assert len(d)==20 and d[0]["exact"] is True and d[0]["score"] is None and not any(a["exact"] for a in d[1:]) and "[الجار]" in d[1]["snippet"]'
check "a quoted word matches its exact form only" sh -c "$X search --json '\"الفجار\"' > $T/q1.json"
check "a quoted word found the one" json_ok "$T/q1.json" 'assert len(d)==1 and d[0]["exact"]'
check "--sort relevance: best match first, exact ones still first, with scores" sh -c "$X search --sort relevance --json الفجار > $T/r.json && $X search --sort relevance الفجار | head -1 | grep -qx '1 exact, 25 by stem; best match first'"
check "relevance JSON" json_ok "$T/r.json" 'assert len(d)==20 and d[0]["exact"] and isinstance(d[0]["score"], float)'
"$K" search --sort best x > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 2 ] && grep -q "\-\-sort: 'best' is not newest or relevance" "$T/e" && echo 0 || echo 1) "an unknown --sort is refused, exit 2"

# No byte of an argument reaches the terminal raw: getopt's own messages are off.
"$K" list "$(printf -- '--\033]0;PWNED\007')" > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 2 ] && grep -q "unrecognized option '--" "$T/e" && ! grep -q "$(printf '\033')" "$T/e" && ! grep -q "$(printf '\007')" "$T/e" && echo 0 || echo 1) "an unknown option is named sanitized, exit 2"
"$K" search --explain "$(printf 'x\033[2J')" > "$T/o" 2>&1
ok $(! grep -q "$(printf '\033')" "$T/o" && echo 0 || echo 1) "search --explain does not echo the query's ESC"
"$K" "$(printf -- '--bo\033]0;x\007gus')" list > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 2 ] && ! grep -q "$(printf '\033')" "$T/e" && grep -q "unrecognized option '--bo" "$T/e" && echo 0 || echo 1) "a bad global option is named sanitized, exit 2"
# Numbers are whole, in range, or a usage error (2) naming the option and value.
bad=0
for v in abc -1 99999999999999999999 1e9 ' 5' 0 ''; do
	"$K" list --limit "$v" > "$T/o" 2> "$T/e"; rc=$?
	if [ $rc -ne 2 ] || ! grep -q "^khabar: --limit: '$v' is not a whole number from 1 to" "$T/e" || [ -s "$T/o" ]; then
		echo "# --limit '$v': exit $rc"; bad=1
	fi
done
ok $bad "list --limit refuses abc, -1, 2^66, 1e9, ' 5', 0 and ''"
check "list --limit 2 lists two" sh -c "[ \$('$K' list --limit 2 | wc -l) -eq 2 ]"
bad=0
for args in "search --limit 1e9 x" "related --limit x 1" "import --batch -5 x" "render --width 12x" "show 1x" "show 99999999999999999999" "statements --article 0" "annotations --article x"; do
	"$K" $args < /dev/null > /dev/null 2> "$T/e"; rc=$?
	if [ $rc -ne 2 ] || ! grep -q "^khabar: " "$T/e"; then echo "# $args: exit $rc"; bad=1; fi
done
ok $bad "every numeric option and id is parsed strictly (exit 2 with a message)"
bad=0
for args in "list --from 2021-13" "list --to x" "render --dir up" "export annotations --format x"; do
	"$K" $args < /dev/null > /dev/null 2> "$T/e"; rc=$?
	v=${args##* }
	if [ $rc -ne 2 ] || ! grep -q "^khabar: --[a-z]*: '$v' is not" "$T/e"; then echo "# $args: exit $rc"; bad=1; fi
done
ok $bad "a bad date, --dir or --format names the option and the value (exit 2)"

# A read-only archive (file and folder) reads; a write fails once, naming it.
mkdir -p "$T/ro"
"$K" --db "$T/ro/k.db" import "$srcdir/../data/articles" > /dev/null 2>&1
chmod 444 "$T/ro/k.db"; chmod 555 "$T/ro"; chmod 755 "$T"
# root writes anything: be someone else for these
as_user=""
[ "$(id -u)" = 0 ] && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
check "a read-only archive lists, shows, searches and lists speakers" sh -c "$as_user '$K' --db '$T/ro/k.db' list | grep -q لافروف && $as_user '$K' --db '$T/ro/k.db' show 2 > /dev/null && $as_user '$K' --db '$T/ro/k.db' search لافروف | grep -q لافروف && $as_user '$K' --db '$T/ro/k.db' speakers | grep -q لافروف"
check "reading it left no -wal or -shm behind" sh -c "[ ! -e '$T/ro/k.db-wal' ] && [ ! -e '$T/ro/k.db-shm' ]"
$as_user "$K" --db "$T/ro/k.db" import "$srcdir/../data/articles" > /dev/null 2> "$T/e"; rc=$?
# (someone else may not see the build tree, and so may be told the lexicons differ: a note, not an error)
[ $rc -eq 1 ] && [ $(grep -vc '^khabar: note: ' "$T/e") -eq 1 ] && grep -q "^khabar: $T/ro/k.db: the archive is read-only" "$T/e"; r=$?
[ $r -eq 0 ] || { echo "# exit $rc:"; head -20 "$T/e" | sed 's/^/# /'; }
ok $r "importing into it is one error line naming it, exit 1"
$as_user "$K" --db "$T/ro/new.db" list > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -qx "khabar: $T/ro/new.db: no archive there, and its folder cannot be written to make one" "$T/e" && echo 0 || echo 1) "no archive in a read-only folder is said so"
chmod 755 "$T/ro"
"$K" --db "$T" list > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -qx "khabar: --db $T: is a folder, not an archive file" "$T/e" && echo 0 || echo 1) "a folder as --db is named as one"

# Importing: bad input is named, the rest goes in, nothing is lost.
printf 'نص عربي طويل بما يكفي ليكون UTF-8 واضحا ثم بايت سيئ \377 هنا\n' > "$T/bad.txt"
printf 'مقال جيد.\n' > "$T/good.txt"
off=$(python3 -c 'import sys; print(open(sys.argv[1],"rb").read().index(b"\xff"))' "$T/bad.txt")
"$K" import "$T/bad.txt" "$T/good.txt" > "$T/imp.out" 2> "$T/imp.err"; rc=$?
ok $([ $rc -ne 0 ] && echo 0 || echo 1) "a failed import exits non-zero"
check "the failure names the file and the byte offset" grep -q "bad.txt: invalid UTF-8 at byte offset $off" "$T/imp.err"
check "the summary counts both" grep -q "imported 1, updated 0, unchanged 0, failed 1" "$T/imp.out"
check "stdin imports, twice is unchanged" sh -c "printf 'مقال من المدخل القياسي.\n' | '$K' import - | grep -q 'imported 1' && printf 'مقال من المدخل القياسي.\n' | '$K' import - | grep -q 'unchanged 1'"
check "nothing stored was lost" sh -c "[ \$('$K' list | wc -l) -eq 7 ]"

# Two khabar processes share one archive (WAL and a busy timeout).
mkdir -p "$T/c1" "$T/c2"
i=0; while [ $i -lt 40 ]; do printf 'مقال أول رقم %d.\n' $i > "$T/c1/$i.txt"; printf 'مقال ثان رقم %d.\n' $i > "$T/c2/$i.txt"; i=$((i + 1)); done
"$K" import "$T/c1" > "$T/c1.out" 2>&1 & p1=$!
"$K" import "$T/c2" > "$T/c2.out" 2>&1 & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
check "two concurrent imports both succeed" sh -c "[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && [ \$('$K' list | wc -l) -eq 87 ]"

# Untrusted text never reaches the terminal as control sequences.
printf -- '---\ntitle: \033]0;owned\007عنوان\n---\nنص \033[2J فيه \302\233 تحكم.\n' > "$T/evil.txt"
"$K" import "$T/evil.txt" >/dev/null 2>&1
id=$("$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if "عنوان" in (a["title"] or "")][0])')
check "show prints no ESC, BEL or C1 from the article" sh -c "'$K' show $id > $T/e.txt && ! grep -q \"\$(printf '\\033')\" $T/e.txt && ! grep -q \"\$(printf '\\007')\" $T/e.txt && ! grep -q \"\$(printf '\\302\\233')\" $T/e.txt"
check "JSON escapes them" sh -c "'$K' show $id --json > $T/e.json && ! grep -q \"\$(printf '\\033')\" $T/e.json && grep -qi 'u001b' $T/e.json && grep -qi 'u009b' $T/e.json"
# Bidi controls of a field stay inside it: balanced and isolated (FSI ... PDI).
printf -- '---\ntitle: عنوان \342\200\256مقلوب \342\201\247بلا إغلاق\nsource: مصدر\342\200\256\n---\nنص \342\200\256مقلوب فيه.\n' > "$T/bidi.txt"
"$K" import "$T/bidi.txt" > /dev/null 2>&1
cat > "$T/balanced.py" <<'PY'
import sys
OPEN = {0x202A: "E", 0x202B: "E", 0x202D: "E", 0x202E: "E", 0x2066: "I", 0x2067: "I", 0x2068: "I"}
bad = 0
text = sys.stdin.read()
for n, line in enumerate(text.split("\n")):
    st = []
    for ch in line:
        c = ord(ch)
        if c in OPEN:
            st.append(OPEN[c])
        elif c == 0x202C:
            if not st or st[-1] != "E": bad += 1; print("# line %d: PDF closes nothing" % n)
            else: st.pop()
        elif c == 0x2069:
            if "I" not in st: bad += 1; print("# line %d: PDI closes nothing" % n)
            else:
                while st.pop() != "I": pass
    if st: bad += 1; print("# line %d: left open: %s" % (n, st))
need = sys.argv[1] if len(sys.argv) > 1 else ""
if need and need not in text: bad += 1; print("# missing " + need)
sys.exit(bad != 0)
PY
check "list: the RLO and the unmatched RLI of a title are closed inside it, isolated" sh -c "'$K' list | grep 'مقلوب' > $T/bl && python3 $T/balanced.py '⁨عنوان ‮مقلوب ⁧بلا إغلاق⁩‬⁩' < $T/bl"
check "show and search too, and --bidi terminal" sh -c "'$K' show \$('$K' list --json | python3 -c 'import json,sys; print([a[\"id\"] for a in json.load(sys.stdin) if \"مقلوب\" in (a[\"title\"] or \"\")][0])') | python3 $T/balanced.py && '$K' search مقلوب | python3 $T/balanced.py && '$K' list --bidi terminal | python3 $T/balanced.py"

# A date is untrusted too (an archive is a file anyone can hand you).
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update articles set date=? where id=1", ("\x1b]0;x\x07",)); c.commit()' "$KHABAR_DB"
check "a date with controls is printed sanitized by list, show and search" sh -c "'$K' list > $T/d1 && '$K' show 1 > $T/d2 && '$K' search مقال > $T/d3 && ! cat $T/d1 $T/d2 $T/d3 | grep -q \"\$(printf '\\033')\""
check "--db in a folder that does not exist is an error, and makes no folder" sh -c "'$K' --db '$T/no/such/x.db' list 2>$T/e; [ \$? -eq 1 ] && grep -q 'no/such/x.db: there is no folder $T/no/such' $T/e && [ ! -e '$T/no' ]"
check "a new archive at an explicit path is announced on stderr, once" sh -c "'$K' --db '$T/fresh.db' list >/dev/null 2>$T/e1 && '$K' --db '$T/fresh.db' list >/dev/null 2>$T/e2 && grep -qx 'khabar: a new archive: $T/fresh.db' $T/e1 && [ ! -s $T/e2 ]"
# khabar delete: statements, state, annotations and index entries go with the article.
export KHABAR_DB="$T/del.db"
"$K" import "$srcdir/../data/articles" > /dev/null 2>&1
printf 'key ] h\n' > "$T/ann.script"
LC_ALL=C.UTF-8 KHABAR_TEST_SCRIPT="$T/ann.script" "$K" open 2
check "delete of a missing id is an error and deletes nothing" sh -c "'$K' delete 1 999 2>$T/e; [ \$? -eq 1 ] && grep -q 'no article 999 (nothing deleted)' $T/e && '$K' show 1 > /dev/null"
check "delete of an annotated article is refused without --force" sh -c "'$K' delete 2 2>$T/e; [ \$? -eq 1 ] && grep -q '1 annotation would go with this article: export them first' $T/e && '$K' show 2 > /dev/null"
check "delete --force writes the annotations to stderr, then deletes with statements and index entries" sh -c "'$K' delete 1 2 --force 2>$T/e >$T/o && grep -q 'deleted 2 articles' $T/o && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==1 and d[0][\"article_id\"]==2' $T/e && ! '$K' show 2 2>/dev/null && [ \$('$K' list | wc -l) -eq 3 ] && [ \$('$K' statements --article 2 --json) = '[]' ] && [ \$('$K' annotations --json) = '[]' ] && ! '$K' search --json 'title:الرئيسة' | grep -q '\"id\": 2,'"
export KHABAR_DB="$T/k.db"
"$K" related 999999 > "$T/o" 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && [ ! -s "$T/o" ] && grep -qx 'khabar: related: no statement 999999 (khabar statements lists them)' "$T/e" && echo 0 || echo 1) \
	"related of a statement that does not exist is an error (exit 1), not an empty list"
check "related of one that exists lists its related statements" sh -c "'$K' related \$('$K' statements --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0][\"id\"])') --json | python3 -c 'import json,sys; assert len(json.load(sys.stdin)) > 0'"
# One printer: every listing gives its records in text and in --json alike.
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("INSERT INTO article_state(article_id, starred) VALUES (2, 1) ON CONFLICT(article_id) DO UPDATE SET starred = 1"); c.commit()' "$T/k.db"
check "list marks a starred article with ★, and list --json has read and starred" sh -c "'$K' list | grep -q '^ *2 [ *]★ ' && '$K' list --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert all(type(a[\"read\"]) is bool and type(a[\"starred\"]) is bool for a in d); assert [a[\"id\"] for a in d if a[\"starred\"]]==[2]'"
check "list, speakers, topics, stories, statements: as many records in text as in --json" sh -c "for c in list speakers topics stories; do [ \$('$K' \$c | wc -l) -eq \$('$K' \$c --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') ] || exit 1; done; [ \$('$K' statements | wc -l) -eq \$('$K' statements --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') ]"
check "the listing commands print records through the one printer, not by hand" sh -c "cd '$srcdir/../src/cli' && ! grep -nE 'json_(array_append|object_set|pack)|cli_put_json' cmd-speakers.c cmd-topics.c cmd-stories.c cmd-statements.c cmd-related.c cmd-search.c cmd-import.c cmd-reindex.c && grep -q sp_end cmd-list.c cmd-annotations.c cmd-feed.c"
check "src/ never includes curses" sh -c "! grep -rlE '#include *[<\"](n?curses|ncursesw/curses)' '$srcdir/../src'"
check "nothing in src/ but the CLI prints" sh -c "! grep -rnE '\\b(printf|fprintf|puts|fputs|putchar|perror|fwrite)[[:space:]]*\\(' '$srcdir/../src' --include='*.c' | grep -v '/src/cli/'"
[ $fails -eq 0 ]
