#!/bin/sh
# speech-verbs.sh: data/speech-verbs.tsv is what scripts/speech-verbs.py makes
# from data/speech-lemmas.tsv (TAP), and the script rejects a bad line.
set -u
srcdir=${srcdir:-tests}
top=$srcdir/..
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
echo "1..2"
if python3 "$top/scripts/speech-verbs.py" "$top/data/speech-lemmas.tsv" "$tmp/v.tsv" &&
	cmp -s "$tmp/v.tsv" "$top/data/speech-verbs.tsv"; then
	echo "ok 1 - data/speech-verbs.tsv is up to date with data/speech-lemmas.tsv"
else
	echo "not ok 1 - data/speech-verbs.tsv is out of date: run make speech-verbs"
fi
printf 'قال\tقالت\tيقول\n' > "$tmp/bad.tsv"
if ! python3 "$top/scripts/speech-verbs.py" "$tmp/bad.tsv" "$tmp/o.tsv" 2>"$tmp/err" &&
	grep -q 'bad.tsv: line 1' "$tmp/err"; then
	echo "ok 2 - a short line is refused with the file and line"
else
	echo "not ok 2 - a short line is refused with the file and line"
fi
