#!/bin/sh
# build.sh: aioplay's one entry point (POSIX sh). Run from anywhere:
#
#   ./build.sh build    the CLI into bin/aioplay and the playground (site/build/)
#   ./build.sh test     everything CI runs: go vet, go test (native, with the corpus
#                       through the CLI), the wasm tests and end-to-end tests in
#                       Chromium, a short run of every fuzz target
#   ./build.sh serve    build and serve the playground on 127.0.0.1:${PORT:-8080}
#   ./build.sh bench    the benchmarks beside python3.11 (bench/run.sh)
#   ./build.sh fuzz [FuzzName...]
#                       long fuzz runs, FUZZTIME each (default 10m)
#   ./build.sh dist     a deployable static folder (dist/)
#   ./build.sh worker   the whole site + share API under wrangler dev on 127.0.0.1:8787
#   ./build.sh deploy   the same, deployed with wrangler deploy (see site/worker/README.md)
#
# Every step fails loudly; nothing is skipped silently.
set -eu
cd "$(dirname -- "$0")"
# The playground's build steps (site_build, site_serve, site_dist, site_test,
# ensure_chromium).
. site/site.sh
# The share service's steps (worker_build, worker_dev, worker_vet, ...).
. site/worker/worker.sh

die() {
	echo "build.sh: $*" >&2
	exit 1
}

# ensure_go makes sure the Go toolchain is on PATH (Go is installed on the
# project's machines; a non-login shell may lack /usr/local/go/bin).
ensure_go() {
	if ! command -v go >/dev/null 2>&1; then
		for d in /usr/local/go/bin /usr/lib/go/bin; do
			if [ -x "$d/go" ]; then
				PATH="$d:$PATH"
				export PATH
				break
			fi
		done
	fi
	command -v go >/dev/null 2>&1 || die "Go 1.26 is required and was not found (looked on PATH and in /usr/local/go/bin)"
}

build_cli() {
	mkdir -p bin
	go build -o bin/aioplay ./cmd/aioplay
}

cmd_build() {
	ensure_go
	build_cli
	echo "built bin/aioplay"
	site_build
}

# fuzz_targets prints "PKGDIR FuzzName" for every fuzz target in the tree.
fuzz_targets() {
	grep -rl --include='*_test.go' --exclude-dir=testdata --exclude-dir=node_modules \
		'^func Fuzz[A-Za-z0-9_]*(' . 2>/dev/null | LC_ALL=C sort | while read -r f; do
		dir=$(dirname -- "$f")
		sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$f" | while read -r name; do
			echo "$dir $name"
		done
	done
}

# fuzz_one DIR NAME DURATION runs one fuzz target. Go 1.26's fuzz
# coordinator can end a duration-bounded run with "context deadline
# exceeded" although no input failed (golang/go#75804, fixed in Go 1.27):
# such a run writes no failing input, so it is retried (at most twice, said
# loudly); a run that writes a failing input fails at once.
fuzz_one() {
	fdir=$1 fname=$2 fdur=$3
	corpus="$fdir/testdata/fuzz/$fname"
	for try in 1 2 3; do
		before=$(ls "$corpus" 2>/dev/null | wc -l)
		echo "==> fuzz $fname in $fdir for $fdur"
		if go test -run '^$' -fuzz "^$fname\$" -fuzztime "$fdur" "$fdir"; then
			echo "PASS fuzz $fname ($fdir, $fdur)" >>"$steps"
			return 0
		fi
		after=$(ls "$corpus" 2>/dev/null | wc -l)
		if [ "$after" != "$before" ]; then
			echo "FAIL fuzz $fname ($fdir, $fdur): a failing input is saved under $corpus" >>"$steps"
			return 0
		fi
		echo "build.sh: fuzz $fname failed without writing a failing input (Go's fuzz-coordinator race, golang/go#75804): retrying" >&2
	done
	echo "FAIL fuzz $fname ($fdir, $fdur): failed 3 times without a failing input" >>"$steps"
}

# run_fuzz DURATION [FuzzName...]: runs each fuzz target (or the named ones)
# for DURATION; records results in the step list.
run_fuzz() {
	duration=$1
	shift
	targets=$(fuzz_targets)
	if [ -z "$targets" ]; then
		echo "==> fuzz: no fuzz targets in the tree yet"
		record PASS "fuzz (no targets yet)"
		return 0
	fi
	echo "$targets" | {
		while read -r dir name; do
			if [ $# -gt 0 ]; then
				wanted=no
				for n in "$@"; do [ "$n" = "$name" ] && wanted=yes; done
				[ "$wanted" = yes ] || continue
			fi
			fuzz_one "$dir" "$name" "$duration"
		done
	}
}

# The step list: one "PASS name" or "FAIL name" line per step.
steps=""
start_steps() {
	mkdir -p bin
	steps=bin/steps.txt
	: >"$steps"
}
record() {
	echo "$1 $2" >>"$steps"
}
step() {
	name=$1
	shift
	echo "==> $name"
	if "$@"; then record PASS "$name"; else record FAIL "$name"; fi
}
finish_steps() {
	echo
	echo "==> summary"
	cat "$steps"
	if grep -q '^FAIL' "$steps"; then
		echo "build.sh: FAILED ($(grep -c '^FAIL' "$steps") failing steps)" >&2
		[ -n "${tests_line:-}" ] && echo "$tests_line"
		exit 1
	fi
	[ -n "${tests_line:-}" ] && echo "$tests_line"
	return 0
}

# go_test runs every native test with its output summarised by
# tests/cmd/testsummary; the raw JSON stream is kept in bin/go-test.json.
go_test() {
	go build -o bin/testsummary ./tests/cmd/testsummary || return 1
	{
		go test -json -count=1 -timeout 18m ./... 2>&1
		echo $? >bin/go-test.status
	} | tee bin/go-test.json | bin/testsummary >bin/go-test.summary
	summary_status=$?
	cat bin/go-test.summary
	tests_line=$(tail -n 1 bin/go-test.summary)
	[ "$(cat bin/go-test.status)" = 0 ] && [ "$summary_status" = 0 ]
}

cmd_test() {
	ensure_go
	start_steps
	t0=$(date +%s)
	step "go build ./..." go build ./...
	step "build bin/aioplay" build_cli
	step "go vet ./..." go vet ./...
	step "go vet (GOOS=js) site/worker" worker_vet
	tests_line=""
	step "go test ./..." go_test
	step "site: wasm tests in Chromium, build, end-to-end" run_site_test
	run_fuzz "${FUZZTIME_SHORT:-20s}"
	echo "(took $(($(date +%s) - t0)) s)"
	finish_steps
}

cmd_fuzz() {
	ensure_go
	start_steps
	run_fuzz "${FUZZTIME:-10m}" "$@"
	finish_steps
}

# run_site_test runs site/site.sh's tests in a subshell (site_die exits).
run_site_test() {
	(site_test)
}

cmd_serve() {
	ensure_go
	site_serve
}

cmd_bench() {
	exec sh bench/run.sh "$@"
}

usage() {
	sed -n '2,14s/^# \{0,1\}//p' "$0"
}

[ $# -ge 1 ] || {
	usage >&2
	exit 2
}
sub=$1
shift
case "$sub" in
build) cmd_build ;;
test) cmd_test ;;
serve) cmd_serve ;;
bench) cmd_bench "$@" ;;
fuzz) cmd_fuzz "$@" ;;
dist)
	ensure_go
	site_dist "$@"
	;;
worker)
	ensure_go
	site_dist
	worker_dev
	;;
deploy)
	ensure_go
	site_dist
	worker_deploy
	;;
-h | --help | help) usage ;;
*)
	echo "build.sh: unknown command '$sub'" >&2
	usage >&2
	exit 2
	;;
esac
