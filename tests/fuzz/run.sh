#!/bin/sh
# run.sh: build khabar's libFuzzer harnesses with clang and run each in turn.
# Called by `make fuzz`, which passes (environment):
#   CLANG         clang with libFuzzer (empty: print SKIP and exit 0)
#   top_srcdir    the source tree; top_builddir the build tree (holds config.h)
#   DEP_CFLAGS    the libraries' compiler flags; DEP_LIBS the libraries
#   FUZZ_SECONDS  seconds per harness (default 60)
#   FUZZ_TARGETS  harnesses to run (default all: json plain decode fold
#                 search bidi dates speech anchor lexicon feed html)
#   FUZZ_OUT      work folder (default $top_builddir/fuzz-out): objects,
#                 harnesses, corpus/<h>, artifacts/<h> (crash-, leak-,
#                 timeout-, oom- files), logs/<h>.log
# Prints one line per harness: name, seconds, executions, corpus files,
# findings; exits 1 when any harness found something.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$PWD}
secs=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-$top_builddir/fuzz-out}
all="json plain decode fold search bidi dates speech anchor lexicon feed html"
targets=${FUZZ_TARGETS:-$all}

if [ -z "${CLANG:-}" ]; then
	echo "fuzz: SKIP: no clang with -fsanitize=fuzzer (apt-get install clang, then ./configure)"
	exit 0
fi
case $secs in ''|*[!0-9]*) echo "fuzz: FUZZ_SECONDS must be a number of seconds" >&2; exit 2 ;; esac

# Per-harness input size limits (bytes).
max_len() {
	case $1 in
	json|feed|html) echo 16384 ;;
	plain|dates|speech|lexicon) echo 8192 ;;
	search) echo 4096 ;;
	*) echo 4096 ;;
	esac
}

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cflags="-std=c11 -g -O1 $san -I$top_srcdir -I$top_srcdir/src -I$top_builddir \
	-DKHABAR_DATADIR=\"$top_srcdir/data\" -DKHABAR_BUILDDIR=\"$top_builddir\" \
	-DKHABAR_SRCDATADIR=\"$top_srcdir/data\" ${DEP_CFLAGS:-}"
obj=$out/obj
bin=$out/bin
mkdir -p "$obj" "$bin" "$out/logs" || exit 2

# ---- build: the core's sources with -fsanitize=fuzzer-no-link, two at a time ----
newest_header=$(ls -t "$top_srcdir"/src/*/*.h "$top_srcdir"/tests/fuzz/fuzz.h "$top_builddir/config.h" | head -n 1)
stale() { # stale SRC OBJ
	[ ! -f "$2" ] || [ "$1" -nt "$2" ] || [ "$newest_header" -nt "$2" ]
}
todo=
for src in "$top_srcdir"/src/text/*.c "$top_srcdir"/src/store/*.c "$top_srcdir"/src/import/*.c \
	   "$top_srcdir"/src/bidi/*.c "$top_srcdir"/src/extract/*.c "$top_srcdir"/src/fetch/*.c; do
	o=$obj/$(basename "$(dirname "$src")")-$(basename "$src" .c).o
	stale "$src" "$o" && todo="$todo $src"
done
if [ -n "$todo" ]; then
	echo "fuzz: compiling $(echo $todo | wc -w) core sources with $CLANG"
	export CLANG cflags obj
	# shellcheck disable=SC2016
	if ! printf '%s\n' $todo | xargs -P 2 -I{} sh -c \
		'src={}; o=$obj/$(basename "$(dirname "$src")")-$(basename "$src" .c).o;
		 $CLANG $cflags -fsanitize=fuzzer-no-link -c "$src" -o "$o"'; then
		echo "fuzz: FAIL: the core does not build with $CLANG" >&2
		exit 2
	fi
	rm -f "$obj/libkhabar-fuzz.a"
fi
if [ ! -f "$obj/libkhabar-fuzz.a" ]; then
	ar rcs "$obj/libkhabar-fuzz.a" "$obj"/*.o || exit 2
fi
for t in $targets; do
	src=$top_srcdir/tests/fuzz/fuzz-$t.c
	if [ ! -f "$src" ]; then
		echo "fuzz: no harness '$t' (known: $all)" >&2
		exit 2
	fi
	if [ ! -x "$bin/fuzz-$t" ] || [ "$src" -nt "$bin/fuzz-$t" ] ||
	   [ "$obj/libkhabar-fuzz.a" -nt "$bin/fuzz-$t" ] || [ "$newest_header" -nt "$bin/fuzz-$t" ]; then
		# shellcheck disable=SC2086
		$CLANG $cflags -fsanitize=fuzzer "$src" "$obj/libkhabar-fuzz.a" ${DEP_LIBS:-} -lm \
			-o "$bin/fuzz-$t" || { echo "fuzz: FAIL: cannot build fuzz-$t" >&2; exit 2; }
	fi
done
[ "${FUZZ_BUILD_ONLY:-}" = 1 ] && exit 0

# ---- run ----
sh "$top_srcdir/tests/fuzz/make-seeds.sh" "$out/seeds" || exit 2
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
status=0
for t in $targets; do
	corpus=$out/corpus/$t
	arts=$out/artifacts/$t
	log=$out/logs/$t.log
	mkdir -p "$corpus" "$arts"
	before=$(ls "$arts" | wc -l)
	start=$(date +%s)
	"$bin/fuzz-$t" -max_total_time="$secs" -max_len="$(max_len "$t")" -timeout=10 \
		-rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$arts/" "$corpus" "$out/seeds/$t" >"$log" 2>&1
	rc=$?
	took=$(( $(date +%s) - start ))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	files=$(ls "$corpus" | wc -l)
	found=$(( $(ls "$arts" | wc -l) - before ))
	[ $rc -ne 0 ] && [ $found -eq 0 ] && found=1 # died without an artefact
	printf 'fuzz: %-7s %5ss %10s execs  corpus %5s files  findings %s\n' \
		"$t" "$took" "${execs:-?}" "$files" "$found"
	if [ $found -ne 0 ]; then
		status=1
		echo "fuzz: $t: see $log and $arts/" >&2
	fi
done
exit $status
