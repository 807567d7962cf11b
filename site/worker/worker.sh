# site/worker/worker.sh: the share service's build steps, sourced by
# build.sh (POSIX sh). Run from the repository root. Defines:
#
#   worker_build   npm ci (wrangler, pinned in package-lock.json) when needed,
#                  the Go worker (site/worker/build: workers-assets-gen +
#                  GOOS=js wasm) and the site it serves (site/worker/public:
#                  dist/ when ./build.sh dist has made it, else the page's
#                  files straight from the repository; plus _headers)
#   worker_dev     worker_build, then wrangler dev on
#                  ${WORKER_HOST:-127.0.0.1}:${WORKER_PORT:-8787}, KV persisted
#                  in site/worker/.state (git-ignored); telemetry, the
#                  Request.cf fetch and other network calls off. Ctrl-C stops it.
#   worker_test    the handler's unit tests and the integration test
#                  (tests/worker: real wrangler dev on a free loopback port)
#   worker_bench   the load benchmark (bench/share) against a fresh wrangler dev
#
# Every step fails loudly.

WORKER_DIR=site/worker

worker_die() {
	echo "worker.sh: $*" >&2
	exit 1
}

# worker_offline_env turns off wrangler's telemetry, error reports, update
# check noise and the Request.cf download (it works offline either way).
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
	command -v npm >/dev/null 2>&1 || worker_die "npm (Node 20) is required for wrangler"
	if [ -x "$WORKER_DIR/node_modules/.bin/wrangler" ] &&
		[ ! "$WORKER_DIR/package-lock.json" -nt "$WORKER_DIR/node_modules/.package-lock.json" ]; then
		return 0
	fi
	echo "==> worker: npm ci (wrangler)"
	(cd "$WORKER_DIR" && npm ci --no-audit --no-fund) || worker_die "npm ci in $WORKER_DIR failed"
}

# worker_assets stages the site wrangler serves into $WORKER_DIR/public.
worker_assets() {
	pub=$WORKER_DIR/public
	rm -rf "$pub"
	mkdir -p "$pub"
	if [ -f dist/index.html ]; then
		echo "==> worker: serving dist/"
		cp -R dist/. "$pub/" || worker_die "copying dist/ failed"
	else
		echo "==> worker: no dist/ (run ./build.sh dist for the full site); serving the page's files from the repository"
		[ -f index.html ] || worker_die "index.html is missing at the repository root"
		for f in index.html wasm_exec.js site/boot.js site/worker.js site/style.css site/build/editor.js site/build/aioplay.wasm; do
			[ -f "$f" ] || continue
			mkdir -p "$pub/$(dirname "$f")"
			cp -p "$f" "$pub/$f" || worker_die "copying $f failed"
		done
	fi
	cp "$WORKER_DIR/_headers" "$pub/_headers" || worker_die "copying _headers failed"
	# Cloudflare compresses by itself: do not upload the .gz/.br copies.
	printf '*.gz\n*.br\n' >"$pub/.assetsignore"
}

worker_build() {
	command -v go >/dev/null 2>&1 || worker_die "go is not on PATH"
	worker_npm
	echo "==> worker: $WORKER_DIR/build (Go worker, GOOS=js)"
	(cd "$WORKER_DIR" && go tool workers-assets-gen -mode=go -o build) ||
		worker_die "workers-assets-gen failed"
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$WORKER_DIR/build/app.wasm" "./$WORKER_DIR" ||
		worker_die "building the worker wasm failed"
	worker_assets
}

worker_dev() {
	worker_build
	worker_offline_env
	mkdir -p "$WORKER_DIR/.state"
	echo "==> worker: wrangler dev on http://${WORKER_HOST:-127.0.0.1}:${WORKER_PORT:-8787} (KV in $WORKER_DIR/.state; Ctrl-C stops)"
	cd "$WORKER_DIR" || worker_die "no $WORKER_DIR"
	exec ./node_modules/.bin/wrangler dev --ip "${WORKER_HOST:-127.0.0.1}" --port "${WORKER_PORT:-8787}" \
		--persist-to .state --show-interactive-dev-session=false
}

worker_test() {
	command -v go >/dev/null 2>&1 || worker_die "go is not on PATH"
	GOOS=js GOARCH=wasm go vet "./$WORKER_DIR/..." || worker_die "go vet (GOOS=js) of the worker failed"
	go test -count=1 "./$WORKER_DIR/..." ./tests/worker/... || worker_die "worker tests failed"
}

worker_bench() {
	command -v go >/dev/null 2>&1 || worker_die "go is not on PATH"
	go run ./bench/share "$@" || worker_die "the share benchmark failed"
}
