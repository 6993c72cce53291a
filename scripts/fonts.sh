#!/usr/bin/env bash
# The fonts certificates are set in (Debian's Noto packages: Latin, Arabic, Devanagari in
# fonts-noto-core, Japanese in fonts-noto-cjk) and pdftotext, with which the tests read a
# certificate's text layer back (poppler-utils). Installs what is missing when root with
# apt-get; otherwise says what to install. `make run` and `make test` call it.
set -euo pipefail

have_fonts() {
    for f in NotoSans-Regular.ttf NotoSansArabic-Regular.ttf NotoSansDevanagari-Regular.ttf NotoSansCJK-Regular.ttc; do
        find /usr/share/fonts -name "$f" -print -quit 2>/dev/null | grep -q . || return 1
    done
}

missing=()
have_fonts || missing+=(fonts-noto-core fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]} (certificate fonts, pdftotext)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
else
    echo "certificates need: ${missing[*]} (install them with your package manager)" >&2
    exit 1
fi
