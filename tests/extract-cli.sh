#!/bin/sh
# extract-cli.sh: the extraction commands as a user runs them (TAP).
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-xcli-XXXXXX")
trap 'rm -rf "$T"' EXIT
export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
"$K" import "$srcdir/../data/articles" > /dev/null 2>&1 # only the default archive gets them by itself
unset KHABAR_DATA_DIR
n=0
fails=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }
json_ok() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[2])' "$@"; }
LAV='سيرغي لافروف'

echo "1..38"
check "speakers --json" sh -c "'$K' speakers --json > $T/sp.json"
check "speakers have the documented fields; Lavrov once, Bayramov with both spellings" json_ok "$T/sp.json" \
	'assert all(set(s)>={"id","name","aliases","statements"} for s in d); l=[s for s in d if s["name"]=="'"$LAV"'"]; assert len(l)==1 and l[0]["statements"]>=30; b=[s for s in d if "بايراموف" in s["aliases"] and "بيراموف" in s["aliases"]]; assert len(b)==1'
check "statements --speaker by alias" sh -c "'$K' statements --speaker بايراموف --json > $T/st.json"
check "statements have the documented fields" json_ok "$T/st.json" \
	'assert len(d)==2 and all(set(s)>={"id","article_id","speaker","kind","text","start","end","topics"} for s in d) and all(s["speaker"]=="جيهون بيراموف" for s in d)'
check "statement spans are code points into the content" sh -c "'$K' statements --article 1 --json > $T/a1.json && '$K' show 1 --json > $T/show1.json"
check "the span gives back the text" python3 -c '
import json,sys
st=json.load(open(sys.argv[1])); c=json.load(open(sys.argv[2]))["content"]
assert st and all(c[s["start"]:s["end"]]==s["text"] for s in st)' "$T/a1.json" "$T/show1.json"
check "show --json gives dates and speakers" json_ok "$T/show1.json" \
	'assert d["date"]=="2021-08-31"; a=[x for x in d["dates"] if x["article_date"]]; assert len(a)==1 and a[0]["value"]=="2021-08-31"; assert any(x["value"]=="2020-11-09" and not x["article_date"] for x in d["dates"]); assert [s["name"] for s in d["speakers"]]==["'"$LAV"'"]'
check "undated articles show date null" sh -c "'$K' list --json > $T/l.json"
check "two seeds are undated" json_ok "$T/l.json" 'assert sum(1 for a in d if a["date"] is None)==2'
check "list --speaker by an alias" sh -c "[ \$('$K' list --speaker بايراموف | wc -l) -eq 1 ]"
check "list --topic with a date filter" sh -c "[ \$('$K' list --topic 'ممر لاتشين' | wc -l) -eq 2 ] && [ \$('$K' list --topic 'ممر لاتشين' --from 2021-09 | wc -l) -eq 1 ]"
check "statements --topic" sh -c "'$K' statements --topic 'ممر لاتشين' --json > $T/tp.json"
check "topic filter keeps only that topic" json_ok "$T/tp.json" 'assert d and all("ممر لاتشين" in s["topics"] for s in d)'
check "topics --json" sh -c "'$K' topics --json > $T/t.json"
check "topics have counts" json_ok "$T/t.json" \
	'assert all(set(t)>={"id","name","articles","statements"} for t in d); assert any(t["name"]=="خرائط حقول الألغام" and t["articles"]==2 for t in d)'
check "topics have a kind: lexicon, phrase or entity" json_ok "$T/t.json" \
	'assert all(t["kind"] in ("lexicon","phrase","entity") for t in d); assert any(t["name"]=="خرائط حقول الألغام" and t["kind"]=="lexicon" for t in d); assert any(t["name"]=="'"$LAV"'" and t["kind"]=="entity" for t in d)'
# By name: ICU's Arabic order, checked against ICU in tests/test-topics.c; here the same entities, each once.
check "topics --kind entity --sort name lists entities by name" sh -c "'$K' topics --kind entity --sort name --json >'$T/byname.json' && '$K' topics --kind entity --json >'$T/bycount.json' && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); c=json.load(open(sys.argv[2])); n=[t[\"name\"] for t in d]; assert d and all(t[\"kind\"]==\"entity\" for t in d) and len(set(n))==len(n) and sorted(n)==sorted(t[\"name\"] for t in c)' '$T/byname.json' '$T/bycount.json'"
check "topics --kind with another kind is refused" sh -c "'$K' topics --kind subject 2> $T/e; [ \$? -eq 2 ] && grep -q 'lexicon, phrase, entity' $T/e"
id=$("$K" statements --article 1 --json | python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin) if "خرائط حقول الألغام" in s["text"]][0])')
check "related --json reaches the demining statement of 001" sh -c "'$K' related $id --json > $T/r.json"
check "related rows have score and reason, other articles only" json_ok "$T/r.json" \
	'assert d and all(set(r)>={"id","article_id","speaker","score","reason","text"} and r["article_id"]!=1 for r in d); assert any("إزالة الألغام" in r["text"] for r in d)'
check "reindex keeps what import found" sh -c "'$K' reindex > /dev/null && '$K' speakers --json > $T/sp2.json && cmp -s $T/sp.json $T/sp2.json || python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); assert sorted((s[\"name\"],s[\"statements\"]) for s in a)==sorted((s[\"name\"],s[\"statements\"]) for s in b)' $T/sp.json $T/sp2.json"
# Where each article's date comes from: the text, a relative expression, the crawl date, the import.
cat > "$T/sources.json" <<'EOF2'
[{"url": "http://example.org/1", "title": "أ", "date_extracted": "2015-08-05 10:00:00",
  "content": "الرياض 3 أغسطس 2015\nقال المدير إن السوق ارتفع."},
 {"url": "http://example.org/2", "title": "ب", "date_extracted": "2015-08-05 10:00:00",
  "content": "وقال الوزير أمس الثلاثاء إن المحادثات مستمرة."},
 {"url": "http://example.org/3", "title": "ج", "date_extracted": "2015-08-05 10:00:00",
  "content": "وقال الوزير أمس إن المحادثات مستمرة."},
 {"url": "http://example.org/4", "title": "د", "date": "2015-08-01", "date_extracted": "2015-08-05",
  "content": "الرياض 3 أغسطس 2015\nقال المدير إن السوق ارتفع."}]
EOF2
check "import articles dated four ways" sh -c "'$K' import '$T/sources.json' > /dev/null && '$K' list --json > $T/src.json"
check "list --json says where each date comes from" json_ok "$T/src.json" \
	'u={a["url"]:(a["date"],a["date_source"]) for a in d}; assert u["http://example.org/1"]==("2015-08-03","text"), u; assert u["http://example.org/2"]==("2015-08-04","relative"), u; assert u["http://example.org/3"]==("2015-08-05","reference"), u; assert u["http://example.org/4"]==("2015-08-01","import"), u; assert all(a["date_source"] is None for a in d if a["date"] is None)'
check "show --json too" sh -c "id=\$('$K' list --json | python3 -c 'import json,sys; print([a[\"id\"] for a in json.load(sys.stdin) if a[\"url\"]==\"http://example.org/3\"][0])') && '$K' show \$id --json > $T/s3.json && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"date\"]==\"2015-08-05\" and d[\"date_source\"]==\"reference\"' $T/s3.json"
check "browsing by date uses the crawl date of an article the text does not date" \
	sh -c "'$K' list --from 2015-08-05 --to 2015-08-05 --json | python3 -c 'import json,sys; assert [a[\"url\"] for a in json.load(sys.stdin)]==[\"http://example.org/3\"]'"
# Stories: an agency text and its reprint in another paper make one story; other news stays out.
python3 - "$T/wire.json" <<'EOF2'
import json, sys
wire = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف بسعة ثلاثمائة سرير، ويضم المستشفى أقساما "
        "للطوارئ والعناية المركزة وجراحة القلب وطب الأطفال، وقال المتحدث باسم الوزارة إن المشروع يأتي ضمن خطة "
        "لتوسيع الخدمات الصحية في المحافظات، وإن العمل في المبنى استمر ثلاث سنوات وسيبدأ استقبال المرضى قريبا")
other = ("فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب الملك فهد الدولي، وسجل "
         "المهاجم الهدف الأول في الدقيقة العاشرة قبل أن يعادل الضيوف النتيجة في الشوط الثاني ثم أحرز البديل هدف الفوز")
json.dump([{"url": "http://example.org/w1", "title": "افتتاح مستشفى في الطائف", "source": "was", "date": "2015-07-20", "content": wire},
           {"url": "http://example.org/w2", "title": "مستشفى جديد بالطائف", "source": "okaz", "date": "2015-07-21", "content": "الطائف - واس\n" + wire},
           {"url": "http://example.org/w3", "title": "الهلال يفوز", "source": "okaz", "date": "2015-07-21", "content": other}],
          open(sys.argv[1], "w"), ensure_ascii=False)
EOF2
check "stories --json after importing a wire text and its reprint" sh -c "'$K' import $T/wire.json > /dev/null && '$K' stories --json > $T/stories.json"
check "one story of two articles, two outlets, labelled by the earliest headline" json_ok "$T/stories.json" \
	'assert len(d)==1 and set(d[0])>={"id","label","articles","first","last","sources","speakers"}; s=d[0]; assert s["articles"]==2 and sorted(s["sources"])==["okaz","was"] and s["label"]=="افتتاح مستشفى في الطائف" and s["first"]=="2015-07-20" and s["last"]=="2015-07-21"'
sid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$T/stories.json" 2>/dev/null || echo 0)
check "list --story gives its two articles" sh -c "[ \$('$K' list --story $sid | wc -l) -eq 2 ]"
aid=$("$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["url"]=="http://example.org/w2"][0])')
oid=$("$K" list --json | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["url"]=="http://example.org/w3"][0])')
check "show --json names the story, or null" sh -c "'$K' show $aid --json | python3 -c 'import json,sys; s=json.load(sys.stdin)[\"story\"]; assert s[\"id\"]==$sid and s[\"label\"]' && '$K' show $oid --json | python3 -c 'import json,sys; assert json.load(sys.stdin)[\"story\"] is None'"
check "list --story with no number is refused" sh -c "'$K' list --story abc 2> /dev/null; [ \$? -eq 2 ]"
# An archive remembers what its extraction was made with, and says when that changed.
D="$T/data"
cp -r "$srcdir/../data" "$D"
export KHABAR_DB="$T/stale.db"
KHABAR_DATA_DIR="$D" "$K" import "$D/articles" > /dev/null 2>&1
check "a new archive's extraction is current: no note" \
	sh -c "KHABAR_DATA_DIR='$D' '$K' speakers > /dev/null 2> $T/n1 && ! grep -v '^khabar: a new archive: ' $T/n1 | grep -q ."
printf 'أنطونيو غوتيريش\tperson\tغوتيريش|غوتيريس\t\n' >> "$D/speakers.tsv"
check "a changed speakers.tsv: a note names it and says to reindex, the command still works" \
	sh -c "KHABAR_DATA_DIR='$D' '$K' speakers --json > $T/sp3.json 2> $T/n2 && grep -q 'speakers.tsv has changed' $T/n2 && grep -q 'khabar reindex' $T/n2 && python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))' $T/sp3.json"
check "reindex says nothing of it, and afterwards there is no note" \
	sh -c "KHABAR_DATA_DIR='$D' '$K' reindex > /dev/null 2> $T/n3 && ! grep -q . $T/n3 && KHABAR_DATA_DIR='$D' '$K' list > /dev/null 2> $T/n4 && ! grep -q . $T/n4"
check "an archive from before khabar kept track gets the note" \
	sh -c "python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"DELETE FROM meta\"); c.commit()' '$T/stale.db' && KHABAR_DATA_DIR='$D' '$K' list > /dev/null 2> $T/n5 && grep -q 'before khabar kept track' $T/n5"
# Surnames: an alias of the person named in full in the same article, never a key across articles.
export KHABAR_DB="$T/surnames.db"
printf 'عنوان\n\nوقال الدكتور دانيال هورتون إن خطر الإصابة يزيد مع عدد الدورات العلاجية. وأوضح هورتون أن الأدوية المضادة للفطريات لا تظهر الأثر نفسه.\n' > "$T/h1.txt"
printf 'عنوان آخر\n\nوقال الدكتور أحمد هورتون إن الطقس سيكون حارا جدا غدا في المدينة. وأضاف هورتون أن الرياح ستنشط في المساء كثيرا.\n' > "$T/h2.txt"
check "two articles, two people with one surname" sh -c "'$K' import $T/h1.txt $T/h2.txt > /dev/null 2>&1 && '$K' speakers --json > $T/hs.json"
check "each keeps his statements and has the surname as an alias" json_ok "$T/hs.json" \
	'assert sorted((s["name"], s["statements"], s["aliases"]) for s in d) == [("أحمد هورتون", 2, ["هورتون"]), ("دانيال هورتون", 2, ["هورتون"])]'
# Groups: a plural that speaks is a speaker of kind group, neither a person nor a body.
export KHABAR_DB="$T/groups.db"
printf 'حريق\n\nوقال مسؤولو الإطفاء إن الحريق اندلع في الطابق الثالث من المبنى. وأكد العقيد خالد المطيري أن التحقيق في أسباب الحريق بدأ صباح اليوم.\n' > "$T/g1.txt"
check "a group speaks: speakers --json" sh -c "'$K' import $T/g1.txt > /dev/null 2>&1 && '$K' speakers --json > $T/gs.json && '$K' speakers > $T/gs.txt"
check "its kind is group, in --json and in the listing" sh -c "json_ok() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[2])' \"\$@\"; }; json_ok $T/gs.json 'assert sorted((s[\"name\"], s[\"kind\"]) for s in d) == [(\"خالد المطيري\", \"person\"), (\"مسؤولو الإطفاء\", \"group\")], d' && grep -q '(group)' $T/gs.txt"
[ $fails -eq 0 ]
