#!/usr/bin/env bash
# Name ranking speed, each path beside its baseline in the same process
# (`tarjuman-dev bench-rank`): the exact exhaustive path against the previous
# implementation, one core and all, and the index against the exhaustive
# top-1; then lists of 100,000 and 1,000,000 full names (index only at a
# million: ranking every candidate is not practical there).
# Usage: scripts/bench-rank.sh [QUERIES]   (make bench runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
QUERIES=${1:-500}
"$SWIFT" build -c release --product tarjuman-dev 2>&1 | tail -1
DEV=$("$SWIFT" build -c release --show-bin-path)/tarjuman-dev
for direction in ar-en en-ar; do
  echo "## Wikidata test split, single names, $direction"
  "$DEV" bench-rank --pairs Data/names/wikidata-en2ar-20.tsv --direction "$direction" --queries "$QUERIES" --reference-queries 50
  echo "## google test split (1,590 names), $direction"
  "$DEV" bench-rank --pairs Data/names/google-ar2en-test.tsv --direction "$direction" --queries "$QUERIES" --reference-queries 50
done
echo "## 10,000 full names (two words), ar-en"
"$DEV" bench-rank --pairs Data/names/wikidata-en2ar-80.tsv --full-names 10000 --queries 60 --reference-queries 10
echo "## 100,000 full names, ar-en"
"$DEV" bench-rank --pairs Data/names/wikidata-en2ar-80.tsv --full-names 100000 --queries 20 --reference-queries 2
echo "## 1,000,000 full names, ar-en (index only)"
"$DEV" bench-rank --pairs Data/names/wikidata-en2ar-80.tsv --full-names 1000000 --queries 500 --index-only
