#!/bin/sh
# make-seeds.sh OUT: write the fuzz harnesses' seed inputs into OUT/<harness>/.
# Hand-made snippets only, plus the bundled articles of data/articles, plus
# the inputs in tests/fuzz/regress/ that once found something (each named
# for what it found; made by the fuzzer from these seeds).
# Never add text from other corpora here (copyright).
set -e
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: make-seeds.sh OUT}
arts=$srcdir/data/articles

# seed HARNESS NAME: the rest of the standard input, byte for byte.
seed() {
	mkdir -p "$out/$1"
	cat >"$out/$1/$2"
}
# byte N: one byte (0..255) on the standard output.
byte() { printf "\\$(printf %03o "$1")"; }
cp1256() { iconv -f UTF-8 -t CP1256; }
iso6() { iconv -f UTF-8 -t ISO-8859-6; }

rm -rf "$out"
mkdir -p "$out"

# ---- regressions: inputs that once found something (tests/fuzz/regress/<harness>/), replayed first ----
for d in "$srcdir"/tests/fuzz/regress/*/; do
	[ -d "$d" ] || continue
	h=$(basename "$d")
	for f in "$d"*; do seed "$h" "regress-$(basename "$f")" <"$f"; done
done

# ---- json: arrays, NDJSON, SaudiNewsNet's fields, broken records ----
printf '[{"title":"وزير الخارجية يلتقي نظيره","content":"قال الوزير إن المحادثات بناءة.","date":"2021-08-31","source":"تاس","url":"https://example.org/a"}]' | seed json array
printf '{"title":"عنوان","content":"فقرة أولى\\nفقرة ثانية"}\n{"title":"t2","content":"c2","date":"2021/09/01"}\n' | seed json ndjson
printf '[{"source":"aawsat","url":"http://x/1","date_extracted":"2015-07-21 02:51:32","title":"أ","author":"ب","content":"ج ١٢ يوليو"}]' | seed json saudinewsnet
printf '[{"title":1,"content":null},{"content":"x","ref_date":"2021"},' | seed json truncated
printf '{"content":"\\u0627\\u0644\\u062e\\ud83d\\ude00 \\"q\\" \\\\"}\n]\n{' | seed json escapes
printf '[ ]' | seed json empty
printf '[{"a":[{"b":{"c":[1,2,{"d":"e"}]}}],"content":"x"}, {}, [], "s", 3]' | seed json nested
# One flat record each, for the flat reader against jansson: keys twice, literals, escapes
# jansson refuses (\u0000, lone surrogates), a control character, bad UTF-8, text after it.
printf '{"content":"a","content":"b","title":null,"url":true,"author":false,"source":""}' | seed json flat-dup
printf '{"content":"x\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t","title":"\\ud83d"}' | seed json flat-surrogate
printf '{"content":"a\\u0000b"} ' | seed json flat-nul
printf '{"content":"a\tb"}' | seed json flat-control
{ printf '{"content":"a'; byte 192; byte 175; printf '","title":"'; byte 237; byte 160; byte 128; printf '"}'; } | seed json flat-badutf8
printf '{"content":"x"} {"content":"y"}' | seed json flat-after
printf '{"content":"x","n":12,"t":"y"}' | seed json flat-number
printf '{"content" : "x" ,\n\t"title":"y"\r\n}' | seed json flat-gaps

# ---- plain: front matter, headlines, boilerplate ----
printf -- '---\ntitle: عنوان المقال\ndate: 2021-08-31\nsource: تاس\nurl: https://example.org/x\n---\nفقرة أولى.\nفقرة ثانية.\n' | seed plain front-matter
printf 'Ru En\nلافروف: النتيجة الرئيسة للاتفاق\n٢٨ سبتمبر ٢٠٢١\nقال وزير الخارجية إن "المحادثات بناءة".\nالصورة: أرشيف\nالمصدر: تاس\n' | seed plain headline-boilerplate
printf -- '---\ntitle\n---\n' | seed plain bad-header
printf -- '---\ndate: 2021/9\nauthor:\n' | seed plain unclosed
printf '\r\n\t \342\200\217\357\273\277سطر\r\n\r\n - \r\n' | seed plain blanks
for f in "$arts"/*.txt; do seed plain "$(basename "$f")" <"$f"; done

# ---- decode: byte 0 picks detection (0, 5..) or a forced encoding (1..4) ----
{ byte 0; printf 'وزير الخارجية الروسي سيرغي لافروف يلتقي نظيره في موسكو اليوم' | cp1256; } | seed decode cp1256
{ byte 0; printf 'قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا' | iso6; } | seed decode iso-8859-6
{ byte 1; printf 'ضرب' | cp1256; } | seed decode forced-1256
{ byte 0; printf '\377\376'; printf 'سلام' | iconv -f UTF-8 -t UTF-16LE; } | seed decode utf16le-bom
{ byte 0; printf '\376\377'; printf 'سلام' | iconv -f UTF-8 -t UTF-16BE; } | seed decode utf16be-bom
{ byte 0; printf '\357\273\277مرحبا\r\n'; } | seed decode utf8-bom
{ byte 0; printf 'مرحبا \300\200 \355\240\200'; } | seed decode bad-utf8
{ byte 3; printf '\000\330'; } | seed decode lone-surrogate
{ byte 0; printf 'a\000b'; } | seed decode nul

# ---- fold: text for folding and the tokenizer ----
printf 'أَحْمَدُ إِلى آمنة ٱلقرآن مكتبةٌ مستشفى ـــ الطاولة' | seed fold harakat
printf '١٢٣ ۴۵۶ 789 ﻻ ﷲ ﻡﺭﺤﺒﺎ' | seed fold digits-presentation
printf 'Hello WORLD ﬁ Straße İstanbul \342\200\217\342\200\214\314\201' | seed fold latin
printf 'a\377\376\303 \340\240 \364\220\200\200 وزير' | seed fold invalid
printf '\360\237\230\200 \360\235\220\200 \363\240\200\201 ئ ؤ ی ک ة' | seed fold astral

# ---- search: byte 0 bit 0 = exact ----
{ byte 0; printf '"وزير الخارجية" OR ال*'; } | seed search phrase-or-prefix
{ byte 1; printf 'لافروف AND (موسكو OR باكو) NOT "أرمينيا"*'; } | seed search exact-nested
{ byte 0; printf '( ) ")" NOT AND OR * "" "*'; } | seed search broken
{ byte 0; printf '"a""b" x"y" ،؛ . ((وزير))'; } | seed search quotes
{ byte 0; printf '\356\200\200وزير \377\376'; } | seed search marks

# ---- bidi: byte 0 width, byte 1 options ----
{ byte 20; byte 0; printf 'قال لافروف (Lavrov) إن 2021 "عام [السلام]" ok.'; } | seed bidi mixed
{ byte 5; byte 1; printf '\342\200\253\330\271\330\261\330\250\331\212\342\200\254 \342\200\256abc\342\200\254 \342\201\247x\342\201\251 \342\201\246\342\201\250'; } | seed bidi controls
{ byte 0; byte 2; printf 'لا لأ لإ لآ بِسْمِ \330\247\331\221\331\216\331\220\331\213\331\214\331\215\331\222'; } | seed bidi marks-ligatures
{ byte 3; byte 0x24; printf 'a\tb\t\tمرحبا\001\033[31m\302\233 \377'; } | seed bidi tabs-controls
{ byte 1; byte 0; printf '中文字 \360\237\230\200\360\237\217\275 \360\220\244\200 \360\236\244\200'; } | seed bidi wide-astral
{ byte 79; byte 0; head -c 3000 "$arts/000_5a010ecbcdb5f571.txt"; } | seed bidi article

# ---- dates: byte 0 picks the reference date ----
{ byte 1; printf 'الثلاثاء 31 أغسطس/آب 2021\nقال اليوم إن الاجتماع أمس كان في 12 ربيع الأول 1443 هـ.'; } | seed dates gregorian-hijri
{ byte 0; printf '٢٨ سبتمبر ٢٠٢١\nفي العام 2020 وفي كانون الثاني 2019 و2021/9/1 و1-2-2003'; } | seed dates levant-digits
{ byte 2; printf 'يوم الأحد 29 فبراير 2021 و 31 يونيو و 0 مايو 99999999999999999999'; } | seed dates invalid
for f in "$arts"/*.txt; do { byte 1; cat "$f"; } | seed dates "$(basename "$f")"; done

# ---- speech: byte 0 year hint (>= 200: 1990 + byte - 200) ----
{ byte 231; printf 'قال وزير الخارجية الروسي سيرغي لافروف إن "المحادثات كانت بناءة".\nوأضاف أن الجانبين اتفقا على معاهدة سلام.'; } | seed speech direct
{ byte 0; printf 'أكدت الوزارة في بيان أن «الوضع مستقر»، وفقا للمتحدث.\nوأشار بوتين إلى أنه "'; } | seed speech unclosed-quote
{ byte 210; printf 'قال: "" و"" قال قال إن إن ، ، "\n"'; } | seed speech degenerate
for f in "$arts"/*.txt; do { byte 231; cat "$f"; } | seed speech "$(basename "$f")"; done

# ---- anchor: bytes 0-1 old start; content NUL quote NUL prefix NUL suffix ----
{ byte 4; byte 0; printf 'قال لافروف إن النتيجة\000لافروف\000قال \000 إن'; } | seed anchor same-place
{ byte 0; byte 0; printf 'مقدمة جديدة. قال لافروف XY لافروف\000لافروف\000قال \000'; } | seed anchor moved
{ byte 255; byte 255; printf 'aa XY bb XY cc\000XY\000bb \000 cc'; } | seed anchor far
{ byte 3; byte 0; printf 'لا شيء هنا\000لافروف\000\000'; } | seed anchor gone

# ---- lexicon: speakers.tsv NUL topics.tsv NUL article ----
{ head -n 8 "$srcdir/data/speakers.tsv"; byte 0; head -n 6 "$srcdir/data/topics.tsv"; byte 0; head -c 2000 "$arts/000_5a010ecbcdb5f571.txt"; } | seed lexicon bundled
{ printf 'لافروف\tperson\t\t\nوزارة الخارجية\tbody\tالخارجية|\tالوزارة@-|@2000-1999\n\t\t\t\n'; byte 0; printf 'سلام\t|\n\tمعاهدة\n'; byte 0; printf 'قال لافروف إن "السلام" قريب. وأكدت الخارجية أن معاهدة السلام جاهزة.'; } | seed lexicon odd-lines
{ printf 'x\tnobody\ty\n'; byte 0; byte 0; printf 'قال x:'; } | seed lexicon bad-kind
{ byte 0; grep -v '^#' "$srcdir/data/entities.tsv" | head -n 40; byte 0; printf 'زار الوفد بالسعودية وللولايات المتحدة ومملكة البحرين، وقال مركز الملك سلمان إن وزارة الداخلية'; } | seed lexicon entities

# ---- feed: RSS 2.0, RSS 1.0, Atom, Windows-1256, broken XML, OPML, newsboat urls ----
printf '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>قناة</title><item><title>عنوان &amp; آخر</title><link>/a/1</link><guid>g1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 +0300</pubDate><description>&lt;p&gt;ملخص&lt;/p&gt;</description><content:encoded><![CDATA[<p>فقرة <b>أولى<p>ثانية<script>x()</script>]]></content:encoded></item><item/></channel></rss>' | seed feed rss2
printf '<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;ت&lt;/b&gt;</title><link href="http://x/"/><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">ع<b>ن</b></div></title><id>urn:1</id><link rel="alternate" href="p/1"/><published>2026-11-26T10:00:00Z</published><author><name>كاتبة</name></author><content type="html">&lt;p&gt;أ&lt;/p&gt;</content></entry></feed>' | seed feed atom
printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="c"><title>ن</title></channel><item rdf:about="http://r/1"><title>ع</title><dc:date>2026-01-02</dc:date></item></rdf:RDF>' | seed feed rdf
{ printf '<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><title>'; printf 'أمطار غزيرة' | cp1256; printf '</title></item></channel></rss>'; } | seed feed cp1256
printf '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&b;&x;</title></item></channel></rss>' | seed feed entities
printf '<rss><channel>\n<item><title>x</titl></item>' | seed feed broken
printf '<?xml version="1.0"?><opml version="2.0"><body><outline text="f"><outline text="أ" xmlUrl="http://a/rss"/></outline></body></opml>' | seed feed opml
printf '# urls\nhttp://a/rss tag "~اسم"\n"query:x:unread = \\"yes\\""\nexec:~/x\n' | seed feed urls

# ---- html: byte 0 picks the encoding (none, UTF-8, windows-1256) ----
{ byte 0; printf '<html><head><meta charset="utf-8"><title>ع | م</title><meta property="og:title" content="ع"><meta property="article:published_time" content="2026-11-20T08:00:00+03:00"></head><body><nav><a href="/">الرئيسية</a></nav><article class="story"><h1>ع</h1><p>الفقرة الأولى من المقال، طويلة بما يكفي، وفيها فواصل.</p><p>الفقرة الثانية، أيضا طويلة بما يكفي لتحسب في النتيجة.</p></article><div id="comments"><p>تعليق</p></div></body></html>'; } | seed html page
{ byte 1; printf '<p>أ <b>ب<p>ج&nbsp;د &amp; &lt;هـ&gt;<script>x()</script><style>p{}</style><br>و<li>ز</ul></div></td>'; } | seed html soup
{ byte 2; printf '<p>'; printf 'وزير الخارجية' | cp1256; printf '</p>'; } | seed html cp1256
{ byte 0; printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>'; printf 'سلام' | cp1256; printf '</p></body></html>'; } | seed html meta-charset
