#!/bin/sh
# build.sh: aioplay's one entry point (POSIX sh). Run from anywhere:
#
#   ./build.sh build    build the CLI into bin/aioplay (later also the wasm)
#   ./build.sh test     everything CI runs: go vet, go test (native, with the
#                       corpus through the CLI), a short run of every fuzz target
#   ./build.sh serve    build and serve the playground (not built yet: issue 4)
#   ./build.sh bench    the benchmarks beside python3.11 (bench/run.sh)
#   ./build.sh fuzz [FuzzName...]
#                       long fuzz runs, FUZZTIME each (default 10m)
#   ./build.sh dist     a deployable static folder (not yet: issue 4)
#   ./build.sh worker   the share service (not yet)
#
# Every step fails loudly; nothing is skipped silently.
set -eu
cd "$(dirname -- "$0")"

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

# ensure_chromium installs Debian's chromium when no Chromium is on PATH
# (for the browser tests of the playground; used once those exist).
ensure_chromium() {
	for b in chromium chromium-browser headless_shell google-chrome; do
		if command -v "$b" >/dev/null 2>&1; then
			return 0
		fi
	done
	echo "==> installing chromium (apt-get)"
	sudo=""
	if [ "$(id -u)" != 0 ]; then
		command -v sudo >/dev/null 2>&1 || die "chromium is missing and this user cannot install it (not root, no sudo)"
		sudo=sudo
	fi
	$sudo apt-get update || die "apt-get update failed: cannot install chromium"
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium || die "apt-get install chromium failed"
	command -v chromium >/dev/null 2>&1 || die "chromium was installed but is not on PATH"
}

build_cli() {
	mkdir -p bin
	go build -o bin/aioplay ./cmd/aioplay
}

# build_wasm is the hook for the playground's WebAssembly build (issue 4):
# GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' ... and
# wasm_exec.js copied from "$(go env GOROOT)/lib/wasm".
build_wasm() {
	: # nothing to build yet: the playground page comes with issue 4
}

cmd_build() {
	ensure_go
	build_cli
	build_wasm
	echo "built bin/aioplay"
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
			echo "==> fuzz $name in $dir for $duration"
			if go test -run '^$' -fuzz "^$name\$" -fuzztime "$duration" "$dir"; then
				echo "PASS fuzz $name ($dir, $duration)" >>"$steps"
			else
				echo "FAIL fuzz $name ($dir, $duration): a failing input is saved under $dir/testdata/fuzz/$name" >>"$steps"
			fi
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
	tests_line=""
	step "go test ./..." go_test
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

cmd_serve() {
	ensure_go
	build_cli
	die "the playground page is not built yet: see issue 4 (bin/aioplay was built; run programs with bin/aioplay FILE.py)"
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
dist) die "dist is not written yet: the deployable site comes with the playground (issue 4)" ;;
worker) die "worker is not written yet: the share service comes with the playground's sharing" ;;
-h | --help | help) usage ;;
*)
	echo "build.sh: unknown command '$sub'" >&2
	usage >&2
	exit 2
	;;
esac
