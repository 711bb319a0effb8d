# corpus-lib.sh: sourced by the scripts that read the SaudiNewsNet corpus.
#   corpus_unpack NAME DAY...  sets T (a temporary folder, removed at exit)
#   and files (the day files unpacked in $T/in; no DAY: all of them).
#   Without the corpus it prints "SKIP: NAME: ..." and exits 0.
corpus_unpack() {
	local name=$1 here corpus d z
	shift
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	corpus=${KHABAR_CORPUS:-$here/../shared/corpus/saudinewsnet}
	if [ ! -d "$corpus" ]; then
		echo "SKIP: $name: no corpus at $corpus"
		exit 0
	fi
	T=$(mktemp -d "${TMPDIR:-/tmp}/khabar-$name-XXXXXX")
	trap 'rm -rf "$T"' EXIT
	local zips=()
	if [ $# -eq 0 ]; then zips=("$corpus"/*.zip); else for d in "$@"; do zips+=("$corpus/$d.zip"); done; fi
	for z in "${zips[@]}"; do
		unzip -q -o "$z" -d "$T/in" || { echo "FAIL: $name: cannot unzip $z"; exit 1; }
	done
	files=("$T"/in/*.json)
}
