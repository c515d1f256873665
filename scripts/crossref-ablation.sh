#!/usr/bin/env bash
# Cross-referencing without a story's counterpart: runs `tarjuman crossref`
# over the fixture pairs, the seeds and the look-alikes of Fixtures/, once per
# fixture pair with that pair's English report, its Arabic report, or both
# left out, and prints every wrong pair it proposes. A look-alike whose true
# counterpart is in the corpus loses to it; this measures what happens when
# it is not. Usage: scripts/crossref-ablation.sh [TARJUMAN_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/tarjuman}
[ -x "$bin" ] || { echo "build it first: swift build -c release --product tarjuman" >&2; exit 66; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all/en" "$work/all/ar"
cp seeds/000_*.txt "$work/all/en/seed.txt"; cp seeds/003_*.txt "$work/all/ar/seed.txt"
for f in seeds/00[124]_*.txt; do cp "$f" "$work/all/en/"; done
for d in Fixtures/alignment/*/; do
  s=$(basename "$d"); [ -f "$d/english.txt" ] || continue
  cp "$d/english.txt" "$work/all/en/$s.txt"; cp "$d/arabic.txt" "$work/all/ar/$s.txt"
done
cp Fixtures/crossref-lookalikes/english/*.txt "$work/all/en/"; cp Fixtures/crossref-lookalikes/arabic/*.txt "$work/all/ar/"
runs=0; wrong_runs=0
for d in Fixtures/alignment/*/; do
  s=$(basename "$d"); [ -f "$d/english.txt" ] || continue
  for drop in en ar both; do
    rm -rf "$work/run"; cp -r "$work/all" "$work/run"
    [ "$drop" != ar ] && rm "$work/run/en/$s.txt"
    [ "$drop" != en ] && rm "$work/run/ar/$s.txt"
    out=$("$bin" crossref --english "$work/run/en" --arabic "$work/run/ar" --format text --index-only 2>/dev/null \
      | awk -F'\t' '$2 != "-" && $1 != "-" { n=split($1,a,"/"); m=split($2,b,"/"); if (a[n] != b[m]) print "  wrong: " a[n] " <-> " b[m] " (" $3 ")" }')
    runs=$((runs + 1))
    if [ -n "$out" ]; then wrong_runs=$((wrong_runs + 1)); echo "without $s ($drop):"; echo "$out"; fi
  done
done
echo "crossref ablation: $wrong_runs of $runs runs proposed a wrong pair"
