#!/bin/sh
# feeds.sh: subscribe and fetch against a local HTTP server (tests/feed-server.py
# on a free 127.0.0.1 port; nothing here leaves the loopback interface); TAP output.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-feeds-XXXXXX")
W="$T/www"
server= tls_server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$tls_server" ] && kill "$tls_server" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap "kill \$server" EXIT
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
export KHABAR_FETCH_TIMEOUT=2 KHABAR_FETCH_MAX_ENTRIES=5
unset KHABAR_DATA_DIR http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }
json_ok() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[2])' "$@"; }
# The article stored from url $1, as JSON in $T/a.json.
show_url() {
	id=$("$K" list --json --limit 1000 | python3 -c 'import json,sys; print(next((a["id"] for a in json.load(sys.stdin) if a["url"]==sys.argv[1]), 0))' "$1")
	"$K" show "$id" --json > "$T/a.json"
}

if ! command -v python3 >/dev/null; then echo "1..0 # SKIP python3 is needed for the test server"; exit 0; fi
echo "1..60"
mkdir -p "$W"
python3 "$srcdir/feed-server.py" fixtures "$W"
python3 "$srcdir/feed-server.py" serve "$W" & server=$!
i=0
while [ ! -f "$W/port" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
P=$(cat "$W/port")
U="http://127.0.0.1:$P"
sed "s|BASE|$U|g" "$W/summary.rss.in" > "$W/summary.rss"

# ---- subscribing ----
check "feed add" "$K" feed add "$U/arabic.rss" --name "الرياض"
check "feed add takes a name from the host when none is given" sh -c "'$K' feed add '$U/atom.xml' | grep -q '127.0.0.1'"
"$K" feed add "$U/atom.xml" --name other > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -q 'already subscribed' "$T/e" && echo 0 || echo 1) "the same URL twice is refused"
"$K" feed add "file:///etc/passwd" > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 2 ] && grep -q 'only http and https' "$T/e" && echo 0 || echo 1) "a file: URL is refused"
for f in rdf.xml soup.rss cp1256.rss xxe.rss many.rss; do "$K" feed add "$U/$f" --name "$f" > /dev/null; done
"$K" feed add "$U/gz/gz.rss" --name gzip > /dev/null
"$K" feed add "$U/summary.rss" --name summary --full-text > /dev/null
for f in status/404 status/500 loop hang big bigchunked bomb to-file bad.rss notfeed.html; do
	"$K" feed add "$U/$f" --name "bad-$f" > /dev/null
done
"$K" feed add "http://127.0.0.1:1/closed" --name bad-closed > /dev/null
check "feed list --json" sh -c "'$K' feed list --json > $T/fl.json"
check "feed list has every feed with its url" json_ok "$T/fl.json" \
	'assert len(d)==20 and any(f["name"]=="الرياض" and f["url"].endswith("/arabic.rss") for f in d) and all(f["last_fetch"] is None for f in d)'

# ---- the first fetch: the good feeds stored, each bad one reported ----
start=$(date +%s)
"$K" fetch > "$T/f1.out" 2> "$T/f1.err"; rc=$?
took=$(( $(date +%s) - start ))
ok $([ $rc -eq 1 ] && echo 0 || echo 1) "fetch exits 1 when a feed failed"
ok $(grep -q '^fetched 20 feeds: 18 new articles, 0 updated, 0 unchanged (304), 11 failed' "$T/f1.out" && echo 0 || { sed 's/^/# /' "$T/f1.out" >&2; echo 1; }) "the summary line counts feeds, new articles and failures"
reasons_ok=0
for want in "bad-status/404: HTTP 404" "bad-status/500: HTTP 500" "bad-loop: too many redirects" \
	"bad-hang: timeout" "bad-big: response larger than the limit" "bad-bigchunked: response larger than the limit" \
	"bad-bomb: response larger than .* once decompressed" "bad-to-file: refused: only http and https" \
	"bad-bad.rss: bad XML at line 4" "bad-notfeed.html: not an RSS or Atom feed" "bad-closed: cannot connect"; do
	grep -q "^khabar: $want" "$T/f1.err" || { echo "# missing: $want" >&2; reasons_ok=1; }
done
[ $reasons_ok -eq 0 ] || sed 's/^/# fetch said: /' "$T/f1.err" >&2
ok $reasons_ok "each failing feed has its own line with the reason"
ok $([ $took -lt 15 ] && echo 0 || echo 1) "a hanging server costs the timeout, not more (${took} s)"
ok $(! grep -q "$(printf '\033')" "$T/f1.err" "$T/f1.out" && ! grep -q "$(printf '\302\233')" "$T/f1.err" "$T/f1.out" && echo 0 || echo 1) "no escape or C1 control in fetch's output"

check "RSS 2.0 articles stored" sh -c "'$K' list --json --source 'الرياض' > $T/r.json"
check "with the entries' dates (date_source import) and urls, links resolved" json_ok "$T/r.json" '
got = sorted((a["date"], a["date_source"], a["url"]) for a in d)
want = sorted([("2026-12-01","import",sys.argv[3]+"/news/1"), ("2026-11-30","import","http://example.org/news/2"), ("2026-11-29","import","jeddah-book-fair-2026")])
assert got == want, got' "$U"
show_url "http://example.org/news/2"
check "HTML in a description becomes paragraphs; entities decoded; C1 control dropped" json_ok "$T/a.json" '
assert d["title"] == "ارتفاع أسعار النفط & الذهب", repr(d["title"])
assert d["content"] == "ارتفعت أسعار النفط في تعاملات اليوم بنسبة اثنين في المئة.\nوسجل الذهب أعلى مستوى له منذ شهر.", repr(d["content"])'
show_url "$U/news/1"
check "content:encoded wins over the description" json_ok "$T/a.json" \
	'assert d["content"].startswith("بحث وزير الخارجية") and "ملخص" not in d["content"]'
id1=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$T/a.json")
check "extraction ran on a fetched article (a statement found)" sh -c "'$K' statements --article $id1 --json | grep -q 'الحل السياسي'"
check "fetched articles are in the search index" sh -c "'$K' search 'الشورى' --json | grep -q 'مجلس الشورى'"

show_url "http://example.net/a/100"
check "Atom: html content, published date, author" json_ok "$T/a.json" \
	'assert d["date"]=="2026-11-28" and d["date_source"]=="import" and "VERSION_ONE" in d["content"]'
show_url "$U/a/101"
check "Atom: xhtml content, a relative link, the updated date when nothing is published" json_ok "$T/a.json" \
	'assert d["date"]=="2026-11-27" and d["title"]=="الهيئة تعلن نتائج المسابقة" and d["content"].split("\n")==["أعلنت الهيئة العامة للرياضة نتائج المسابقة السنوية.","وفاز فريق الاتحاد بالمركز الأول."]'
show_url "http://example.com/rain"
check "a Windows-1256 feed is decoded" json_ok "$T/a.json" \
	'assert d["title"]=="أمطار غزيرة على المدينة المنورة" and d["content"].startswith("هطلت أمطار") and d["date"]=="2026-11-29"'
show_url "http://example.info/item/7"
check "RSS 1.0 (RDF) with dc:date" json_ok "$T/a.json" 'assert d["title"]=="تدشين مشروع الطاقة الشمسية" and d["date"]=="2026-11-25"'
show_url "http://example.info/item/8"
check "a gzip-compressed feed is decoded" json_ok "$T/a.json" 'assert "طاقة الرياح" in d["title"]'
show_url "http://soup.example/1"
check "HTML soup: scripts and styles dropped, paragraphs kept, entities decoded" json_ok "$T/a.json" '
c = d["content"]
assert "alert" not in c and "color" not in c, c
assert c.split("\n")[0] == "الفقرة الأولى بخط عريض" and "و&رموز <غريبة>" in c and "سطر بعد فاصل" in c, c'
show_url "http://xxe.example/1"
check "an external entity is not loaded (no XXE)" json_ok "$T/a.json" \
	'assert "TOPSECRET" not in d["title"] + d["content"] and d["content"].startswith("محاولة قراءة")'
check "entries past the limit are left out, and said so" sh -c "[ \$('$K' list --json --source many.rss | grep -c '\"id\"') -eq 5 ] && grep -q 'many.rss: note: 3 entries past the limit of 5' $T/f1.err"

show_url "$U/pages/a1.html"
check "--full-text: the page's main text, not its navigation, sidebar, comments or footer" json_ok "$T/a.json" '
c = d["content"]
assert c.startswith("وقعت المملكة العربية السعودية") and "وقال وزير التجارة" in c, c
assert not any(w in c for w in ("الرئيسية", "أكثر الأخبار", "تعليق", "جميع الحقوق", "شارك المقال", "tracking")), c'
show_url "$U/pages/a2.html"
check "--full-text: the page's date when the entry has none" json_ok "$T/a.json" 'assert d["date"]=="2026-11-20", d["date"]'
show_url "$U/pages/empty.html"
check "--full-text: no main text found: the summary is stored, and said so" sh -c \
	"grep -q 'ملخص فقط لهذا الخبر' $T/a.json && grep -q 'summary: note: .*empty.html: no main text found in its page.*the summary is stored' $T/f1.err"

"$K" feed list --json > "$T/fl2.json"
check "feed list: counts, last success, last error" json_ok "$T/fl2.json" '
f = {x["name"]: x for x in d}
assert f["الرياض"]["articles"] == 3 and f["الرياض"]["unread"] == 3 and f["الرياض"]["last_success"] and f["الرياض"]["last_error"] is None
assert f["bad-status/404"]["last_error"] == "HTTP 404" and f["bad-status/404"]["last_success"] is None'

# ---- the second fetch: conditional GET, nothing new ----
count1=$("$K" list --json --limit 1000 | grep -c '"id"')
: > "$W/requests.log"
"$K" fetch "الرياض" "$U/atom.xml" > "$T/f2.out" 2> "$T/f2.err"; rc=$?
ok $([ $rc -eq 0 ] && grep -q 'fetched 2 feeds: 0 new articles, 0 updated, 2 unchanged (304), 0 failed' "$T/f2.out" && echo 0 || { cat "$T/f2.out" "$T/f2.err" | sed 's/^/# /' >&2; echo 1; }) "a second fetch of unchanged feeds: two 304s, nothing new"
ok $(awk -F'\t' '$1=="/arabic.rss" && $2 ~ /^"/ && $3 ~ /GMT$/ {f=1} END {exit !f}' "$W/requests.log" && echo 0 || { sed 's/^/# /' "$W/requests.log" >&2; echo 1; }) "it sent If-None-Match and If-Modified-Since"
ok $([ "$(wc -l < "$W/requests.log")" -eq 2 ] && echo 0 || echo 1) "an unchanged feed costs one request"
ok $(awk -F'\t' '$4 ~ /^khabar\// && $5 ~ /gzip/ {f=1} END {exit !f}' "$W/requests.log" && echo 0 || echo 1) "the User-Agent names khabar; gzip is accepted"
count2=$("$K" list --json --limit 1000 | grep -c '"id"')
ok $([ "$count1" -eq "$count2" ] && echo 0 || echo 1) "no article added ($count1, $count2)"
"$K" fetch "nosuch" > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 1 ] && grep -q "'nosuch' is not a subscribed feed" "$T/e" && echo 0 || echo 1) "fetch of an unknown name says so"

# ---- when each feed is due: its own hints, else the default interval; back-off ----
D="$T/due.db"
for f in ttl.rss sy.rdf arabic.rss "arabic.rss?max-age=7200" busy status/500; do
	KHABAR_DB="$D" "$K" feed add "$U/$f" --name "due-$f" > /dev/null 2>&1
done
: > "$W/requests.log"
KHABAR_DB="$D" "$K" fetch > "$T/d1.out" 2> "$T/d1.err"; rc=$?
ok $([ $rc -eq 1 ] && grep -q "^fetched 6 feeds: 5 new articles, .* 2 failed" "$T/d1.out" && grep -q '^khabar: due-busy: HTTP 503' "$T/d1.err" && echo 0 || { cat "$T/d1.out" "$T/d1.err" | sed 's/^/# /' >&2; echo 1; }) "a first fetch fetches every feed (none fetched yet)"
# waits: next_fetch less last_fetch, in seconds, by feed
waits() { KHABAR_DB="$D" "$K" feed list --json | python3 -c '
import json, sys
from datetime import datetime
t = lambda s: datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").timestamp()
print(" ".join("%s=%d" % (f["name"][4:], t(f["next_fetch"]) - t(f["last_fetch"])) for f in json.load(sys.stdin)))'; }
w=$(waits)
for want in "ttl.rss=5400" "sy.rdf=21600" "arabic.rss=1800" "arabic.rss?max-age=7200=7200" "busy=600" "status/500=1800"; do
	case " $w " in *" $want "*) ;; *) echo "# want $want in: $w" >&2; due_ok=1 ;; esac
done
ok ${due_ok:-0} "next fetch: <ttl> 90 min, sy:updatePeriod/Frequency 6 h, max-age 2 h, Retry-After 10 min, else 30 min"
: > "$W/requests.log"
KHABAR_DB="$D" "$K" fetch > "$T/d2.out" 2> "$T/d2.err"; rc=$?
ok $([ $rc -eq 0 ] && grep -q '^fetched 0 feeds: .*; 6 not due yet (khabar fetch --all fetches them)' "$T/d2.out" && [ ! -s "$W/requests.log" ] && echo 0 || { cat "$T/d2.out" "$T/d2.err" "$W/requests.log" | sed 's/^/# /' >&2; echo 1; }) "a second fetch right away fetches nothing, says so, sends no request"
KHABAR_DB="$D" "$K" fetch due-ttl.rss > "$T/d3.out" 2>&1; rc=$?
ok $([ $rc -eq 0 ] && grep -q '^fetched 1 feeds: 0 new articles, 0 updated, 1 unchanged (304)' "$T/d3.out" && [ "$(wc -l < "$W/requests.log")" -eq 1 ] && echo 0 || { sed 's/^/# /' "$T/d3.out" >&2; echo 1; }) "a feed named is fetched though not due"
KHABAR_DB="$D" "$K" fetch --all > "$T/d4.out" 2>&1
ok $(grep -q '^fetched 6 feeds: ' "$T/d4.out" && [ "$(wc -l < "$W/requests.log")" -eq 7 ] && echo 0 || { sed 's/^/# /' "$T/d4.out" >&2; echo 1; }) "fetch --all fetches every feed"
w=$(waits)
for want in "ttl.rss=5400" "status/500=3600" "busy=600"; do
	case " $w " in *" $want "*) ;; *) echo "# want $want in: $w" >&2; due2_ok=1 ;; esac
done
ok ${due2_ok:-0} "a 304 keeps the feed's <ttl>; a second failure in a row waits twice as long; Retry-After wins over the back-off"
check "feed list shows the next fetch" sh -c "KHABAR_DB=$D '$K' feed list | grep -q 'last success 20.*; next fetch 20[0-9-]*T[0-9:]*Z'"

# ---- a TLS failure is reported as one (a self-signed certificate); the other feeds go on ----
if ! command -v openssl >/dev/null; then
	ok 0 "# SKIP openssl is needed for the TLS server"
elif ! openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
	-keyout "$T/key.pem" -out "$T/cert.pem" > /dev/null 2>&1; then
	ok 0 "# SKIP openssl cannot make a certificate"
else
	python3 "$srcdir/feed-server.py" serve-tls "$W" "$T/cert.pem" "$T/key.pem" 2>/dev/null & tls_server=$!
	i=0
	while [ ! -f "$W/tls-port" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
	S="https://127.0.0.1:$(cat "$W/tls-port" 2>/dev/null)"
	KHABAR_DB="$T/tls.db" "$K" feed add "$S/arabic.rss" --name selfsigned > /dev/null 2>&1
	KHABAR_DB="$T/tls.db" "$K" feed add "$U/arabic.rss" --name plain > /dev/null
	KHABAR_DB="$T/tls.db" "$K" feed add "$U/atom.xml" --name atom > /dev/null
	KHABAR_DB="$T/tls.db" "$K" fetch > "$T/tls.out" 2> "$T/tls.err"; rc=$?
	ok $([ $rc -eq 1 ] && grep -q '^fetched 3 feeds: 5 new articles, .* 1 failed' "$T/tls.out" && grep -q '^khabar: selfsigned: TLS: ' "$T/tls.err" && [ "$(wc -l < "$T/tls.err")" -eq 1 ] && echo 0 || { cat "$T/tls.out" "$T/tls.err" | sed 's/^/# /' >&2; echo 1; }) "a self-signed https feed fails with a TLS: reason; the other feeds are stored"
fi

# ---- an edited entry updates in place; its annotation re-anchors ----
show_url "http://example.net/a/100"
aid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$T/a.json")
python3 - "$KHABAR_DB" "$aid" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
c = db.execute("SELECT content FROM articles WHERE id=?", (sys.argv[2],)).fetchone()[0]
q = "مشروع نظام التعليم"
s = c.index(q)
db.execute("INSERT INTO annotations(article_id, start, end, quote, prefix, suffix, note) VALUES (?,?,?,?,?,?,?)",
           (sys.argv[2], s, s + len(q), q, c[max(0, s - 32):s], c[s + len(q):s + len(q) + 32], "ملاحظة"))
db.commit()
EOF
sed -i 's/VERSION_ONE/VERSION_TWO/; s/ناقش مجلس الشورى/في الرياض، ناقش مجلس الشورى/' "$W/atom.xml"
touch -d '+1 min' "$W/atom.xml"
"$K" fetch "$U/atom.xml" > "$T/f3.out" 2> "$T/f3.err"; rc=$?
ok $([ $rc -eq 0 ] && grep -q '0 new articles, 1 updated' "$T/f3.out" && echo 0 || { cat "$T/f3.out" "$T/f3.err" | sed 's/^/# /' >&2; echo 1; }) "an edited entry is one update, nothing new"
show_url "http://example.net/a/100"
check "updated in place: same id, new text" json_ok "$T/a.json" \
	"assert d['id']==$aid and 'VERSION_TWO' in d['content'] and 'VERSION_ONE' not in d['content']"
"$K" annotations --article "$aid" --json > "$T/an.json"
check "its annotation re-anchored to the moved quote" json_ok "$T/an.json" '
a = d[0]; c = json.load(open(sys.argv[3]))["content"]
assert not a.get("orphan") and c[a["start"]:a["end"]] == "مشروع نظام التعليم" and a["start"] > 30, a' "$T/a.json"

# ---- full text: pages past the limit wait for the next fetch ----
KHABAR_DB="$T/pages.db" "$K" feed add "$U/summary.rss" --full-text --name s > /dev/null
for want in ": 1 new articles, 0 updated, 0 unchanged" ": 1 new articles, 0 updated, 0 unchanged" \
	": 1 new articles, 0 updated, 0 unchanged" ": 0 new articles, 0 updated, 1 unchanged (304)"; do
	KHABAR_DB="$T/pages.db" KHABAR_FETCH_MAX_PAGES=1 "$K" fetch --all > "$T/pg.out" 2>/dev/null
	grep -q "$want" "$T/pg.out" || { echo "# want '$want': $(cat "$T/pg.out")" >&2; pages_ok=1; }
done
ok ${pages_ok:-0} "full text: pages past the limit come with the next fetches, then a 304"

# ---- OPML and newsboat urls ----
check "feed export writes OPML" sh -c "'$K' feed export > $T/feeds.opml && grep -q '<opml xmlns:khabar=\"urn:khabar:opml\" version=\"2.0\">' $T/feeds.opml"
check "feed export marks the --full-text feed (and only it) khabar:fullText" sh -c \
	"[ \$(grep -c 'khabar:fullText=\"true\"' $T/feeds.opml) -eq 1 ] && grep 'khabar:fullText' $T/feeds.opml | grep -q 'xmlUrl=\"$U/summary.rss\"'"
check "OPML round-trips: import into a new archive, export again, same file" sh -c \
	"KHABAR_DB=$T/k2.db '$K' feed import $T/feeds.opml | grep -q 'subscribed to 20 feeds' && KHABAR_DB=$T/k2.db '$K' feed export | cmp -s - $T/feeds.opml"
KHABAR_DB="$T/k2.db" "$K" feed list --json > "$T/k2.json"
check "feed import reads khabar:fullText back: the feed is --full-text again, the others not" json_ok "$T/k2.json" \
	'assert sorted(f["name"] for f in d if f["full_text"]) == ["summary"], [f["name"] for f in d if f["full_text"]]'
printf '<opml version="2.0" xmlns:k="urn:khabar:opml"><body><outline xmlUrl="%s/ttl.rss" k:fullText="true"/><outline xmlUrl="%s/sy.rdf" fullText="true"/></body></opml>\n' "$U" "$U" > "$T/ns.opml"
KHABAR_DB="$T/k5.db" "$K" feed import "$T/ns.opml" > /dev/null 2>&1
check "the attribute is known by its namespace, not its prefix" sh -c "KHABAR_DB=$T/k5.db '$K' feed list --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert sorted((f[\"url\"].rsplit(\"/\",1)[1], f[\"full_text\"]) for f in d)==[(\"sy.rdf\",False),(\"ttl.rss\",True)], d'"
cat > "$T/urls" <<EOF
# newsboat urls
$U/arabic.rss news "~أخبار الرياض" arabic
$U/atom.xml
"query:unread:unread = \"yes\""
exec:~/bin/feed.sh

$U/rdf.xml "~RDF feed"
EOF
check "newsboat's urls file is imported: names from ~tags, query and exec lines skipped" sh -c \
	"KHABAR_DB=$T/k3.db '$K' feed import $T/urls | grep -q 'subscribed to 3 feeds, 0 already subscribed, 2 entries skipped'"
KHABAR_DB="$T/k3.db" "$K" feed list --json > "$T/k3.json"
check "the urls file's names and URLs" json_ok "$T/k3.json" \
	'assert sorted((f["name"], f["url"].rsplit("/",1)[1]) for f in d) == sorted([("أخبار الرياض","arabic.rss"),("127.0.0.1","atom.xml"),("RDF feed","rdf.xml")]), d'
check "urls -> OPML -> urls agree" sh -c "KHABAR_DB=$T/k3.db '$K' feed export > $T/k3.opml && KHABAR_DB=$T/k4.db '$K' feed import $T/k3.opml >/dev/null && KHABAR_DB=$T/k4.db '$K' feed export | cmp -s - $T/k3.opml"

# ---- unsubscribing ----
"$K" feed remove rdf.xml > /dev/null 2> "$T/e"; rc=$?
ok $([ $rc -eq 2 ] && grep -q 'keep-articles or --delete-articles' "$T/e" && echo 0 || echo 1) "feed remove asks what becomes of the articles"
check "feed remove --keep-articles keeps them" sh -c "'$K' feed remove rdf.xml --keep-articles && '$K' list --json | grep -q 'example.info/item/7'"
check "feed remove --delete-articles deletes them" sh -c "'$K' feed remove soup.rss --delete-articles | grep -q '1 articles deleted' && ! '$K' list --json | grep -q 'soup.example'"

# ---- the reader: R reloads every feed in the background; new articles appear at once ----
export KHABAR_DB="$T/ui.db"
"$K" list > /dev/null
"$K" feed add "$U/arabic.rss" --name "الرياض" > /dev/null
"$K" feed add "$U/status/404" --name gone > /dev/null
printf 'key 4\ndump %s\nkey R\ndump %s\n' "$T/ui-before" "$T/ui-after" > "$T/script"
COLUMNS=100 LINES=24 LC_ALL=C.UTF-8 KHABAR_TEST_SCRIPT="$T/script" "$K" 2> "$T/ui-err"; rc=$?
ok $([ $rc -eq 0 ] && [ "$(grep -c '● 2026-1' "$T/ui-before")" -eq 0 ] && [ "$(grep -c '● 2026-1' "$T/ui-after")" -eq 3 ] && echo 0 || { sed 's/^/# /' "$T/ui-after" "$T/ui-err" >&2; echo 1; }) "the reader's R fetches the feeds and lists the new articles without a restart"
ok $(grep -q 'feeds reloaded: 3 new articles, 0 updated, 1 of 2 feeds failed (khabar feed list says why)' "$T/ui-after" && grep -q '3● ﺽﺎﻳﺮﻟﺍ  *3 │' "$T/ui-after" && echo 0 || echo 1) "the status line sums the reload up; the source view counts the feed's unread articles"
