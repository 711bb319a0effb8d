#!/bin/sh
# import-walk.sh: what a folder walk reads and what it leaves alone; TAP output.
# Every import runs under a timeout: the failures these guard against hang.
set -u
top_builddir=${top_builddir:-.}
srcdir=${srcdir:-tests}
K="$top_builddir/khabar"
T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-walk-XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME=
unset KHABAR_DATA_DIR KHABAR_DB
. "$srcdir/lib.sh"
# imp DB ARGS...: khabar import, killed after 20 s; output in $T/imp.out and $T/imp.err
imp() { db=$1; shift; timeout 20 "$K" --db "$db" import "$@" > "$T/imp.out" 2> "$T/imp.err"; }
# count DB: articles in DB (an archive named with --db gets no bundled articles)
count() { echo $("$K" --db "$1" list --limit 1000 | wc -l); }

echo "1..8"
# A folder holding two links to itself (and one to its parent, i.e. itself again).
mkdir -p "$T/loop/sub"
printf 'مقال وحيد في مجلد يشير إلى نفسه.\n' > "$T/loop/a.txt"
printf 'مقال ثان في مجلد فرعي.\n' > "$T/loop/sub/b.txt"
ln -s . "$T/loop/self1"
ln -s ../loop "$T/loop/self2"
ln -s .. "$T/loop/sub/up"
imp "$T/loop.db" "$T/loop"; rc=$?
ok $([ $rc -eq 0 ] && echo 0 || echo 1) "a folder linking to itself finishes (exit $rc)"
check "each of its files is imported exactly once" grep -q "imported 2, updated 0, unchanged 0, failed 0 (2 files" "$T/imp.out"
check "the links back are reported as skipped" sh -c "grep -q 'self1: skipped: a folder already walked' '$T/imp.err' && grep -q 'up: skipped' '$T/imp.err'"

# A FIFO beside a file: the file goes in, the FIFO is named as skipped.
mkdir -p "$T/fifo"
printf 'مقال بجانب أنبوب مسمى.\n' > "$T/fifo/b.txt"
mkfifo "$T/fifo/a.txt"
imp "$T/fifo.db" "$T/fifo"; rc=$?
ok $([ $rc -eq 0 ] && echo 0 || echo 1) "a folder with a FIFO finishes (exit $rc)"
got=$(count "$T/fifo.db")
check "the file beside it is imported" sh -c "grep -q 'imported 1, updated 0, unchanged 0, failed 0' '$T/imp.out' && [ $got -eq 1 ]"
check "the FIFO is reported as skipped, by its path" grep -q "fifo/a.txt: skipped: a FIFO" "$T/imp.err"

# A FIFO named on the command line is read like stdin.
(sleep 0.3; printf 'مقال من أنبوب ذكر باسمه.\n' > "$T/fifo/a.txt") &
imp "$T/named.db" "$T/fifo/a.txt"; rc=$?
wait
check "a FIFO named on the command line is read" sh -c "[ $rc -eq 0 ] && grep -q 'imported 1,' '$T/imp.out'"
printf 'مقال من المدخل القياسي.\n' | imp "$T/stdin.db" -; rc=$?
check "- still reads stdin" sh -c "[ $rc -eq 0 ] && grep -q 'imported 1,' '$T/imp.out'"
[ $fails -eq 0 ]
