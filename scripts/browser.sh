#!/usr/bin/env bash
# What the browser tests need (server/tests/api/browser.rs): Debian's Chromium and its
# chromedriver, the Noto fonts (Arabic, Devanagari, CJK and colour emoji such as the
# country flags: screenshots show every script),
# and axe-core from npm, installed under target/axe (not committed). Installs what is
# missing when root with apt-get; otherwise says what to install. `make test` calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(npm)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-core fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "Noto Color Emoji" || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing ${missing[*]} (browser tests)..." >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    else
        echo "the browser tests need: ${missing[*]} (install them with your package manager)" >&2
        exit 1
    fi
fi

axe=target/axe/node_modules/axe-core
if [ ! -f "$axe/axe.min.js" ] || ! grep -q "\"version\": \"$AXE_VERSION\"" "$axe/package.json" 2>/dev/null; then
    echo "installing axe-core $AXE_VERSION (npm)..." >&2
    mkdir -p target/axe
    npm install --prefix target/axe --no-audit --no-fund --silent "axe-core@$AXE_VERSION" >&2
fi
