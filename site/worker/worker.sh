# site/worker/worker.sh: the share service's build steps, sourced by
# build.sh (POSIX sh). Run from the repository root. Each function returns
# non-zero with a message on failure (it never exits the caller), so it can
# be a build.sh `step`. Defines:
#
#   worker_build [DIR]
#                  npm ci (wrangler, pinned in package-lock.json) when needed,
#                  the Go worker (DIR/build: workers-assets-gen + GOOS=js
#                  wasm) and the site it serves (DIR/public: dist/ when
#                  ./build.sh dist has made it, else the page's files straight
#                  from the repository; plus _headers). DIR defaults to
#                  site/worker; another DIR also gets a copy of wrangler.jsonc
#                  (run wrangler there with --config DIR/wrangler.jsonc): the
#                  tests and the benchmark build into their own temp DIR so
#                  a running `wrangler dev` never reloads under them.
#   worker_dev     worker_build, then wrangler dev on
#                  ${WORKER_HOST:-127.0.0.1}:${WORKER_PORT:-8787}, KV persisted
#                  in site/worker/.state (git-ignored); telemetry, error
#                  reports and the Request.cf download off. Ctrl-C stops it.
#   worker_vet     go vet of the worker with GOOS=js GOARCH=wasm (native
#                  `go vet ./...` skips main.go and kvstore.go)
#   worker_test    worker_vet, the handler's unit tests and the integration
#                  test (tests/worker: real wrangler dev on a free port)
#   worker_bench   the load benchmark (bench/share) on its own wrangler dev;
#                  arguments go to it (-n 5000 -c 32 -url URL)
#   worker_deploy  worker_build, then wrangler deploy (needs `wrangler login`
#                  and the KV namespace id in wrangler.jsonc: see README.md)

WORKER_DIR=site/worker

worker_err() {
	echo "worker.sh: $*" >&2
	return 1
}

# worker_offline_env turns off wrangler's telemetry, error reports and the
# Request.cf download (it works offline either way, with warnings).
worker_offline_env() {
	WRANGLER_SEND_METRICS=false
	WRANGLER_SEND_ERROR_REPORTS=false
	CLOUDFLARE_TELEMETRY_DISABLED=1
	CLOUDFLARE_CF_FETCH_ENABLED=false
	WRANGLER_LOG_PATH=$PWD/$WORKER_DIR/.state/logs
	export WRANGLER_SEND_METRICS WRANGLER_SEND_ERROR_REPORTS CLOUDFLARE_TELEMETRY_DISABLED \
		CLOUDFLARE_CF_FETCH_ENABLED WRANGLER_LOG_PATH
}

# worker_npm installs wrangler from the lockfile unless node_modules is
# already up to date with it.
worker_npm() {
	command -v npm >/dev/null 2>&1 || { worker_err "npm (Node 20) is required for wrangler"; return 1; }
	if [ -x "$WORKER_DIR/node_modules/.bin/wrangler" ] &&
		[ ! "$WORKER_DIR/package-lock.json" -nt "$WORKER_DIR/node_modules/.package-lock.json" ]; then
		return 0
	fi
	echo "==> worker: npm ci (wrangler)"
	(cd "$WORKER_DIR" && npm ci --no-audit --no-fund) || { worker_err "npm ci in $WORKER_DIR failed"; return 1; }
}

# worker_assets OUT stages the site wrangler serves into OUT/public.
worker_assets() {
	pub=$1/public
	rm -rf "$pub" && mkdir -p "$pub" || { worker_err "cannot make $pub"; return 1; }
	if [ -f dist/index.html ]; then
		echo "==> worker: serving dist/"
		cp -R dist/. "$pub/" || { worker_err "copying dist/ failed"; return 1; }
	else
		echo "==> worker: no dist/ (./build.sh dist makes the full site); serving the page's files from the repository"
		[ -f index.html ] || { worker_err "index.html is missing at the repository root"; return 1; }
		for f in index.html wasm_exec.js site/boot.js site/worker.js site/style.css site/build/editor.js site/build/aioplay.wasm; do
			[ -f "$f" ] || continue
			mkdir -p "$pub/$(dirname "$f")" && cp -p "$f" "$pub/$f" || { worker_err "copying $f failed"; return 1; }
		done
	fi
	cp "$WORKER_DIR/_headers" "$pub/_headers" || { worker_err "copying _headers failed"; return 1; }
	# Cloudflare compresses by itself: the .gz/.br copies are not uploaded.
	printf '*.gz\n*.br\n' >"$pub/.assetsignore"
}

worker_build() {
	out=${1:-$WORKER_DIR}
	case $out in
	/*) ;;
	*) out=$PWD/$out ;;
	esac
	command -v go >/dev/null 2>&1 || { worker_err "go is not on PATH"; return 1; }
	worker_npm || return 1
	echo "==> worker: $out/build (Go worker, GOOS=js)"
	mkdir -p "$out" || { worker_err "cannot make $out"; return 1; }
	(cd "$WORKER_DIR" && go tool workers-assets-gen -mode=go -o "$out/build") ||
		{ worker_err "workers-assets-gen failed"; return 1; }
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$out/build/app.wasm" "./$WORKER_DIR" ||
		{ worker_err "building the worker wasm failed"; return 1; }
	worker_assets "$out" || return 1
	if [ "$out" != "$PWD/$WORKER_DIR" ]; then
		cp "$WORKER_DIR/wrangler.jsonc" "$out/wrangler.jsonc" || { worker_err "copying wrangler.jsonc failed"; return 1; }
	fi
}

worker_dev() {
	worker_build || return 1
	worker_offline_env
	mkdir -p "$WORKER_DIR/.state"
	echo "==> worker: wrangler dev on http://${WORKER_HOST:-127.0.0.1}:${WORKER_PORT:-8787} (KV in $WORKER_DIR/.state; Ctrl-C stops)"
	(cd "$WORKER_DIR" && exec ./node_modules/.bin/wrangler dev --ip "${WORKER_HOST:-127.0.0.1}" \
		--port "${WORKER_PORT:-8787}" --persist-to .state --show-interactive-dev-session=false)
}

worker_vet() {
	GOOS=js GOARCH=wasm go vet "./$WORKER_DIR/..." || { worker_err "go vet (GOOS=js) of $WORKER_DIR failed"; return 1; }
}

worker_test() {
	worker_vet || return 1
	go test -count=1 "./$WORKER_DIR/..." ./tests/worker/... || { worker_err "the worker's tests failed"; return 1; }
}

worker_bench() {
	go run ./bench/share "$@" || { worker_err "the share benchmark failed"; return 1; }
}

worker_deploy() {
	worker_build || return 1
	(cd "$WORKER_DIR" && ./node_modules/.bin/wrangler deploy) || { worker_err "wrangler deploy failed"; return 1; }
}
