#!/bin/sh
# Scores `newsgraph extract` on the seed set and both parts of the dev split (odd file number =
# sealed, even = open; see tests/helpers/dev-split.ts). Usage: sh scripts/score-dev.sh [--verbose]
set -e
cd "$(dirname "$0")/.."
shared=../shared
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/open" "$tmp/sealed"
for f in "$shared"/eval/gold/dev/*.json; do
  b=$(basename "$f"); n=${b%%_*}
  if [ $((n % 2)) -eq 1 ]; then cp "$f" "$tmp/sealed/"; else cp "$f" "$tmp/open/"; fi
done
node bin/newsgraph.js extract "$shared/corpus/seed" > "$tmp/seed.json" 2>/dev/null
node bin/newsgraph.js extract "$shared/corpus/dev/articles.jsonl" > "$tmp/dev.json" 2>/dev/null
echo "== seed"; node "$shared/eval/score.mjs" "$shared/eval/gold/seed" "$tmp/seed.json" "$@"
echo "== dev-open"; node "$shared/eval/score.mjs" "$tmp/open" "$tmp/dev.json" "$@"
echo "== dev-sealed (aggregate only: never debugged against)"; node "$shared/eval/score.mjs" "$tmp/sealed" "$tmp/dev.json"
