# site/site.sh: the playground's build steps, sourced by build.sh (POSIX sh).
# Run from the repository root. Defines:
#
#   site_build       the wasm module, the editor bundle (npm ci + esbuild),
#                    wasm_exec.js from the Go toolchain, .gz and .br copies
#   site_serve       site_build, then serve the repository root on
#                    127.0.0.1:${PORT:-8080} (site/cmd/serve)
#   site_dist [DIR]  site_build, then a deployable static folder (dist/)
#   site_test        GOOS=js tests of wasm/... in Chromium (wasmbrowsertest)
#                    and the end-to-end tests of tests/e2e on the built site
#   ensure_chromium  apt-get install -y chromium when /usr/bin/chromium is missing
#
# Every step fails loudly.

site_die() {
	echo "site.sh: $*" >&2
	exit 1
}

SITE_WASM=site/build/aioplay.wasm
SITE_WBT_VERSION=v0.11.0

ensure_chromium() {
	[ -x /usr/bin/chromium ] && return 0
	echo "==> installing chromium (apt-get)"
	[ "$(id -u)" = 0 ] || site_die "chromium is missing and only root can install it: apt-get install -y chromium"
	apt-get update || site_die "apt-get update failed: cannot install chromium"
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || site_die "apt-get install -y chromium failed"
	[ -x /usr/bin/chromium ] || site_die "chromium was installed but /usr/bin/chromium is missing"
}

site_ensure_brotli() {
	command -v brotli >/dev/null 2>&1 && return 0
	echo "==> installing brotli (apt-get)"
	[ "$(id -u)" = 0 ] || site_die "the brotli CLI is missing and only root can install it: apt-get install -y brotli"
	DEBIAN_FRONTEND=noninteractive apt-get install -y brotli ||
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y brotli; } ||
		site_die "apt-get install -y brotli failed"
}

# site_compress FILE...: FILE.gz (gzip -9) and FILE.br (brotli -q 11) beside each file.
site_compress() {
	for f in "$@"; do
		[ -f "$f" ] || site_die "site_compress: $f is missing"
		gzip -9 -n -k -f "$f" || site_die "gzip $f failed"
		brotli -q 11 -k -f "$f" || site_die "brotli $f failed"
	done
}

# The files the page loads (relative to the repository root).
site_assets() {
	echo index.html wasm_exec.js site/boot.js site/worker.js site/style.css site/build/editor.js "$SITE_WASM"
}

site_build() {
	command -v go >/dev/null 2>&1 || site_die "go is not on PATH"
	command -v npm >/dev/null 2>&1 || site_die "npm (Node 20) is required for the editor bundle"
	site_ensure_brotli
	mkdir -p site/build
	echo "==> wasm: $SITE_WASM"
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$SITE_WASM" ./wasm/cmd/playground ||
		site_die "wasm build failed"
	cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" wasm_exec.js || site_die "cannot copy wasm_exec.js from the Go toolchain"
	echo "==> editor: npm ci + esbuild"
	(cd site/editor && npm ci --no-audit --no-fund --loglevel=error) || site_die "npm ci in site/editor failed"
	(cd site/editor && ./node_modules/.bin/esbuild src/editor.js --bundle --minify --format=iife \
		--target=es2020 --legal-comments=none --log-level=warning --outfile=../build/editor.js) ||
		site_die "esbuild failed"
	echo "==> gzip and brotli copies"
	# shellcheck disable=SC2046
	site_compress $(site_assets)
	for f in $(site_assets); do
		printf '  %-28s %9s raw %9s gzip %9s br\n' "$f" "$(wc -c <"$f")" "$(wc -c <"$f.gz")" "$(wc -c <"$f.br")"
	done
}

site_serve() {
	site_build
	echo "==> serving on http://127.0.0.1:${PORT:-8080}/"
	exec go run ./site/cmd/serve -addr "127.0.0.1:${PORT:-8080}" -dir .
}

# site_dist [DIR]: a static folder with the page, ready to deploy anywhere
# that serves files (the .br/.gz copies are there for servers that use them).
site_dist() {
	out=${1:-dist}
	site_build
	rm -rf "$out"
	mkdir -p "$out/site/build"
	for f in $(site_assets); do
		mkdir -p "$out/$(dirname "$f")"
		cp -p "$f" "$f.gz" "$f.br" "$out/$(dirname "$f")/" || site_die "copying $f into $out failed"
	done
	echo "wrote $out/ ($(du -sk "$out" | cut -f1) KiB)"
}

site_wasmbrowsertest() {
	bin="$(go env GOPATH)/bin"
	if [ ! -x "$bin/wasmbrowsertest" ]; then
		echo "==> installing wasmbrowsertest $SITE_WBT_VERSION" >&2
		go install "github.com/agnivade/wasmbrowsertest@$SITE_WBT_VERSION" >&2 || site_die "go install wasmbrowsertest failed"
	fi
	echo "$bin/wasmbrowsertest"
}

site_test() {
	ensure_chromium
	wbt=$(site_wasmbrowsertest)
	echo "==> GOOS=js tests of wasm/... in Chromium"
	# wasmbrowsertest passes the whole environment to the program: keep it small.
	env -i PATH="$PATH" HOME="$HOME" GOCACHE="$(go env GOCACHE)" GOMODCACHE="$(go env GOMODCACHE)" \
		GOFLAGS="${GOFLAGS:-}" GOOS=js GOARCH=wasm go test -count=1 -exec="$wbt" ./wasm/... ||
		site_die "GOOS=js tests failed"
	site_build
	echo "==> end-to-end tests (tests/e2e) on the built site"
	AIOPLAY_SITE="$(pwd)" go test -count=1 -timeout 10m ./tests/e2e/ || site_die "end-to-end tests failed"
}
