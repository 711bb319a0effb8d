#!/bin/sh
# render.sh: khabar render as a user runs it, and its golden files: the five
# seed articles laid out at widths 60 and 80 (tests/golden/SEED-wWIDTH.txt,
# visual order, checked by eye in xterm before they were kept).
# Regenerate on purpose only: GENERATE=1 make check TESTS=tests/render.sh
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-render-XXXXXX")
trap 'rm -rf "$T"' EXIT
n=0
fails=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then ok 0 "$name"; else sed 's/^/# /' "$T/out" "$T/err" | head -20; ok 1 "$name"; fi; }

echo "1..27"
printf '1 أكد 2 وزير 3 الخارجية 4\n' > "$T/probe.txt"
check "render --help" sh -c "'$K' render --help | grep -q 'usage: khabar render'"
check "the probe reads 4 at the left, 1 at the right, right-aligned" \
	sh -c "'$K' render --width 40 '$T/probe.txt' > $T/p && [ \"\$(cat $T/p)\" = '               4 ﺔﻴﺟﺭﺎﺨﻟﺍ 3 ﺮﻳﺯﻭ 2 ﺪﻛﺃ 1' ]"
check "--dump gives each cell's logical bytes" \
	sh -c "'$K' render --width 40 --dump '$T/probe.txt' | grep -q '^  15 U+0034 w1 39-40 L' && '$K' render --width 40 --dump '$T/probe.txt' | grep -q '^  39 U+0031 w1 0-1 L'"
check "stdin with -" sh -c "'$K' render --width 40 - < '$T/probe.txt' | cmp -s - $T/p"
check "--no-pad leaves RTL lines unpadded" sh -c "'$K' render --width 40 --no-pad '$T/probe.txt' | grep -q '^4 '"
check "--width 0: one line per paragraph" \
	sh -c "[ \$('$K' render --width 0 '$srcdir/../data/articles/000_5a010ecbcdb5f571.txt' | wc -l) -eq \$(grep -c '' '$srcdir/../data/articles/000_5a010ecbcdb5f571.txt') ]"
check "--no-shape keeps the letters" sh -c "printf 'سلام\n' | '$K' render --width 0 --no-shape | grep -qx 'مالس'"
check "--no-ligature draws lam and alef apart" sh -c "printf 'لا\n' | '$K' render --width 0 --no-ligature | grep -qx 'ﺎﻟ'"
check "--bidi terminal prints logical text" sh -c "'$K' render --width 0 --bidi terminal '$T/probe.txt' | cmp -s - '$T/probe.txt'"
printf 'اجتماع NATO Summit and the United Nations Security Council قال (كلمة)\n' > "$T/latin.txt"
check "--bidi terminal: a wrapped Arabic line that starts with Latin gets ' RLM' (the terminal keeps it RTL), the first line nothing" \
	sh -c "'$K' render --width 30 --bidi terminal '$T/latin.txt' > $T/l && grep -q \"^ \$(printf '\342\200\217')United Nations\" $T/l && head -1 $T/l | grep -q '^اجتماع' && [ \$(grep -c \"\$(printf '\342\200\217')\" $T/l) = 2 ] && grep -q '(كلمة)' $T/l"
check "--dir ltr: an LTR paragraph, the Arabic run and its numbers reversed" \
	sh -c "'$K' render --width 0 --dir ltr '$T/probe.txt' | grep -qx '1 4 ﺔﻴﺟﺭﺎﺨﻟﺍ 3 ﺮﻳﺯﻭ 2 ﺪﻛﺃ'"
printf 'عنوان \033]0;owned\007 و\033[2J \302\233 تحكم\r\n' > "$T/evil.txt"
check "no control character from the text reaches the output" \
	sh -c "'$K' render '$T/evil.txt' > $T/e && ! grep -q \"\$(printf '\\033')\" $T/e && ! grep -q \"\$(printf '\\007')\" $T/e && ! grep -q \"\$(printf '\\302\\233')\" $T/e && ! grep -q \"\$(printf '\\r')\" $T/e"
check "a missing file is named, non-zero exit" sh -c "! '$K' render '$T/nosuch' 2>$T/m && grep -q 'nosuch' $T/m"
check "a bad option is a usage error" sh -c "! '$K' render --width x '$T/probe.txt' 2>/dev/null && ! '$K' render --bidi sideways '$T/probe.txt' 2>/dev/null"
check "piped output carries no mode sequences" sh -c "! '$K' render '$T/probe.txt' | grep -q \"\$(printf '\\033')\""
if command -v script >/dev/null 2>&1; then
	check "on a terminal, app mode switches it to explicit and back" \
		sh -c "env -u TMUX -u MLTERM script -qec \"'$K' render --width 40 '$T/probe.txt'\" /dev/null > $T/tty && grep -q \"\$(printf '\\033\\[8l\\033\\[1 k')\" $T/tty && grep -q \"\$(printf '\\033\\[8h\\033\\[0 k')\" $T/tty"
	export KHABAR_DB="$T/k.db" HOME="$T/home" XDG_DATA_HOME=
	"$K" import "$srcdir/../data/articles" > /dev/null 2>&1
	check "show on a terminal lays the article out (visual, joined, explicit mode)" \
		sh -c "env -u TMUX -u MLTERM script -qec \"stty cols 60; '$K' show 2\" /dev/null > $T/show && grep -q \"\$(printf '\033\[8l')\" $T/show && grep -q 'ﻑﻭﺮﻓﻻ' $T/show"
	# (the title is a field: isolated, FSI U+2068 first)
	check "show piped stays logical" sh -c "'$K' show 2 | grep -q '^⁨لافروف' && ! '$K' show 2 | grep -q 'ﻑﻭﺮﻓﻻ'"
	check "--bidi off on a terminal: logical, no sequences" \
		sh -c "env -u TMUX -u MLTERM script -qec \"'$K' show 2 --bidi off\" /dev/null > $T/off && ! grep -q \"\$(printf '\033')\" $T/off && grep -q 'لافروف' $T/off"
	check "list on a terminal wraps long titles itself: no row wider than 60, rows continue under the title" \
		sh -c "env -u TMUX -u MLTERM script -qec \"stty cols 60; '$K' list\" /dev/null > $T/list && python3 '$srcdir/tty-rows.py' 60 < $T/list"
	check "search on a terminal: the match is highlighted where it is drawn (shaped, right to left)" \
		sh -c "env -u TMUX -u MLTERM script -qec \"stty cols 60; '$K' search لافروف\" /dev/null > $T/s && grep -q \"\$(printf '\033\[1;4m')ﻑﻭﺮﻓﻻ\$(printf '\033\[0m')\" $T/s"
	check "statements on a terminal: speaker and quote are one right-to-left paragraph" \
		sh -c "env -u TMUX -u MLTERM script -qec \"stty cols 200; '$K' statements --article 1\" /dev/null | tr -d '\r' | grep -q ':ﻑﻭﺮﻓﻻ ﻲﻏﺮﻴﺳ\$'"
else
	for i in 1 2 3 4 5 6 7; do n=$((n + 1)); echo "ok $n # SKIP script(1) absent"; done
fi

# Golden files: each seed at widths 60 and 80.
golden=0
for f in "$srcdir"/../data/articles/*.txt; do
	base=$(basename "$f" .txt)
	for w in 60 80; do
		want="$srcdir/golden/${base%%_*}-w$w.txt"
		"$K" render --width $w "$f" > "$T/got" 2>&1
		if [ "${GENERATE:-}" = 1 ]; then
			cp "$T/got" "$want"
			echo "# generated $want"
		fi
		if ! cmp -s "$T/got" "$want"; then
			diff "$want" "$T/got" | head -10 | sed 's/^/# /'
			golden=1
		fi
	done
done
ok $golden "the seeds render as their golden files at widths 60 and 80"
check "golden files exist for all five seeds" sh -c "[ \$(ls '$srcdir'/golden/*-w60.txt '$srcdir'/golden/*-w80.txt | wc -l) -eq 10 ]"
check "no golden line is wider than its width (marks and format characters take no cell)" \
	python3 -c '
import sys, unicodedata, glob
def width(l):
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
sys.exit(any(width(l.rstrip("\n")) > int(g[-6:-4])
             for g in glob.glob(sys.argv[1] + "/golden/*-w*.txt") for l in open(g, encoding="utf-8")))' "$srcdir"
check "golden files hold no U+FEFF and no control character" sh -c "! grep -lq \"\$(printf '\\357\\273\\277')\" '$srcdir'/golden/*.txt && ! grep -lqP '[\\x00-\\x08\\x0b-\\x1f\\x7f]' '$srcdir'/golden/*.txt"
check "khabar help lists render" sh -c "'$K' --help | grep -q render"
[ $fails -eq 0 ]
