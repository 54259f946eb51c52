#!/usr/bin/env bash
# System packages the report needs: the CJK font for charts, HTML and PDF, Chromium to print the PDF,
# poppler-utils so tests can look at PDF pages. Installs what is missing (as root), else says how.
set -euo pipefail
missing=()
fc-list 2>/dev/null | grep -q "Noto Sans CJK SC" || missing+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing system packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: not root; run this once, then 'make report' again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# matplotlib caches the font list; a font installed after the cache was made is invisible to it.
rm -rf "${HOME:-/root}/.cache/matplotlib" "${MPLCONFIGDIR:-/nonexistent}/fontlist"*.json 2>/dev/null || true
echo "setup: installed ${missing[*]}"
