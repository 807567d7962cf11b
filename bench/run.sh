#!/bin/sh
# bench/run.sh: aioplay's benchmarks side by side with CPython 3.11.
# Builds bin/aioplay and bin/benchcmp, then runs every bench/programs/*.py
# (or the NAMEs given) under /usr/bin/python3.11 and under bin/aioplay,
# best of 3 wall times each, and prints the table (see
# bench/cmd/benchcmp). Options are passed to benchcmp, e.g.
#   sh bench/run.sh -markdown            a table for the README
#   sh bench/run.sh -runs 5 fib int_loop two programs, best of 5
# PYTHON=/path/to/python3.11 picks the reference interpreter (never the
# python3 shim on PATH: it is slow). Not a test: build.sh test never runs it.
set -eu
cd "$(dirname -- "$0")/.."
command -v go >/dev/null 2>&1 || PATH="/usr/local/go/bin:$PATH"
mkdir -p bin
go build -o bin/aioplay ./cmd/aioplay
go build -o bin/benchcmp ./bench/cmd/benchcmp
exec bin/benchcmp -python "${PYTHON:-/usr/bin/python3.11}" -aioplay bin/aioplay -dir bench/programs "$@"
