#!/usr/bin/env bash
# The inbox's front-end packages, exactly as package-lock.json says (npm ci), and the files the
# app serves from them copied to bot/static/vendor/ (not in git; never from a CDN):
#   aksel.css       NAV's design system (@navikt/ds-css) without its font file, which points
#                   at NAV's CDN; the font comes from the next package instead
#   source-sans-3/  the design system's font (Latin subsets), served by the app itself
# axe-core stays in node_modules/: only the accessibility tests load it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> installing the inbox's front-end packages (package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error

aksel=node_modules/@navikt/ds-css/dist
font=node_modules/@fontsource-variable/source-sans-3
vendor=bot/static/vendor
rm -rf "$vendor"
mkdir -p "$vendor/source-sans-3/files"
cat "$aksel"/global/{reset,tokens,baseline,print}.min.css "$aksel"/components.min.css > "$vendor/aksel.css"
# Only the Latin subsets: the inbox is Norwegian and English.
grep -v -e '^$' "$font/index.css" | awk '/^\/\* source-sans-3-latin/{keep=1} /^\/\* source-sans-3-/ && !/latin/{keep=0} keep' \
  > "$vendor/source-sans-3/latin.css"
cp "$font"/files/source-sans-3-latin-wght-normal.woff2 "$font"/files/source-sans-3-latin-ext-wght-normal.woff2 \
  "$vendor/source-sans-3/files/"
cp "$font/LICENSE" "$vendor/source-sans-3/LICENSE"
echo "==> inbox assets in $vendor"
