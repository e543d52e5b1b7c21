#!/usr/bin/env bash
# Installs everything vigil needs to build and test on a fresh Debian bookworm
# machine. Idempotent and quiet when there is nothing to do; `make` calls it.
#
# V8 comes from Debian's libnode108/libnode-dev, which conflict with the
# machine's own nodejs, so they are downloaded and unpacked under .deps/, never
# installed. The inspector headers and Node's test/ tree come from Debian's
# nodejs source package, fetched through a private deb-src list so the
# system's apt configuration is never touched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
mkdir -p "$deps"

log() { printf 'bootstrap: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Debian packages ---------------------------------------------------------
pkgs=(cmake g++ make pkg-config libuv1-dev nlohmann-json3-dev libwebsocketpp-dev
      libboost-dev libgtest-dev libssl-dev zlib1g-dev libicu-dev libbrotli-dev
      libicu72 libc-ares2 libnghttp2-14 libbrotli1 libssl3
      xz-utils dpkg-dev)
# Test-only tools: a browser for the DevTools frontend test.
if [ "${VIGIL_NO_TEST_DEPS:-}" = "" ]; then
  pkgs+=(chromium)
fi
missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
apt_updated=0
apt_update() {
  if [ $apt_updated = 0 ]; then
    as_root apt-get update -qq >/dev/null
    apt_updated=1
  fi
}
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- V8 from libnode108 / libnode-dev, unpacked, never installed -------------
libnode="$deps/libnode"
if [ ! -f "$libnode/.done" ]; then
  log "downloading libnode108 and libnode-dev (V8 10.2)"
  apt_update
  rm -rf "$libnode" "$deps/debs"
  mkdir -p "$libnode" "$deps/debs"
  (cd "$deps/debs" && apt-get download -qq libnode108 libnode-dev >/dev/null)
  for deb in "$deps/debs"/*.deb; do dpkg-deb -x "$deb" "$libnode"; done
  rm -rf "$deps/debs"
  touch "$libnode/.done"
fi

# --- Debian's nodejs source: V8's full include/ and Node's test/ tree --------
src="$deps/nodejs-src"
if [ ! -f "$src/.done" ]; then
  log "downloading Debian's nodejs source package"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/parts" "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/dl"
  : > "$tmp/empty.list"
  # Turn the machine's own deb822 sources into deb-src ones, in a private dir.
  found=0
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    grep -q 'debian' "$f" || continue
    sed -e 's/^Types:.*/Types: deb-src/' "$f" > "$tmp/parts/$(basename "$f")"
    found=1
  done
  if [ $found = 0 ] && [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$tmp/parts/src.list" || true
  fi
  aptopts=(-o Dir::Etc::SourceList="$tmp/empty.list" -o Dir::Etc::SourceParts="$tmp/parts"
           -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache")
  apt-get "${aptopts[@]}" update -qq >/dev/null 2>&1 || true
  (cd "$tmp/dl" && apt-get "${aptopts[@]}" source --download-only -qq nodejs >/dev/null 2>&1) || true
  orig=$(ls "$tmp/dl"/nodejs_*.orig.tar.xz 2>/dev/null | head -1 || true)
  if [ -z "$orig" ]; then
    log "error: could not download nodejs_*.orig.tar.xz from Debian's sources"
    exit 1
  fi
  rm -rf "$src"; mkdir -p "$src"
  # The whole tree (about 400 MB): deps/v8/include, test/, deps/llhttp and
  # the protocol definitions are used.
  tar -xJf "$orig" -C "$src" --strip-components=1
  rm -rf "$tmp"; trap - EXIT
  touch "$src/.done"
fi

# --- npm clients of the inspector tests (tests/inspector/package-lock.json) --
# chrome-remote-interface, playwright-core and c8; reinstalled when the lock file
# changes. Skipped with VIGIL_NO_TEST_DEPS like the browser.
if [ "${VIGIL_NO_TEST_DEPS:-}" = "" ] && command -v npm >/dev/null; then
  dir="$root/tests/inspector"
  stamp="$dir/node_modules/.vigil-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    log "installing the inspector tests' npm clients"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$dir/package-lock.json" "$stamp"
  fi
fi
