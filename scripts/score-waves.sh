#!/bin/sh
# Scores `newsgraph extract` on the fresh real-article waves (tests/fixtures/waves/README.md):
# the open waves together, then the sealed ones (aggregate only). Usage: sh scripts/score-waves.sh
set -e
cd "$(dirname "$0")/.."
waves=tests/fixtures/waves
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/open" "$tmp/sealed"
for split in open sealed; do
  if [ "$split" = open ]; then list="w73 w74 w75 w76 w78 w80 w81 w82 w83 w84 w87 w88 w90 w93 w94 w96 w97 w101 w103"; else list="w77 w79 w85 w86 w89 w91 w92 w95 w98 w99 w100 w102 w104 w105"; fi
  : > "$tmp/$split.jsonl"
  for w in $list; do
    cat "$waves/$w/articles.jsonl" >> "$tmp/$split.jsonl"
    cp "$waves/$w"/gold/*.json "$tmp/$split/"
  done
  node bin/newsgraph.js extract "$tmp/$split.jsonl" > "$tmp/$split.json" 2>/dev/null
done
echo "== waves-open"; node ../shared/eval/score.mjs "$tmp/open" "$tmp/open.json" | grep -v '^  '
echo "== waves-sealed (aggregate only: never debugged against)"
node ../shared/eval/score.mjs "$tmp/sealed" "$tmp/sealed.json" | grep -v '^  '
