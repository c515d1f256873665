#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ once, then runs each target on a
# fresh corpus seeded from the repository (seeds/*.txt, the alignment
# fixtures and the names of Fixtures/alignment/*/gold.tsv), and reports, per
# target, executions, executions per second and findings (crash, timeout,
# out-of-memory and leak files). Exits non-zero on any finding.
#
#   scripts/fuzz.sh                       # every target, RUNS runs each
#   RUNS=2000 MAX_TIME=5 scripts/fuzz.sh  # a smoke run
#   TARGETS="normalize score" scripts/fuzz.sh
#
# Settings (environment):
#   RUNS      runs per target (default 200000)
#   MAX_TIME  seconds per target at most (default 120), whatever RUNS says
#   TARGETS   which targets (default: all)
#   OUT       work directory (default .build-fuzz); OUT/corpus/TARGET is
#             created afresh each time, findings go to OUT/findings/TARGET
#   SWIFT     the swift driver (default swift)
#
# Reproduce a finding:
#   TARJUMAN_FUZZ_TARGET=TARGET Fuzz/.build/release/tarjuman-fuzz FILE
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-200000}
MAX_TIME=${MAX_TIME:-120}
OUT=${OUT:-.build-fuzz}
SWIFT=${SWIFT:-swift}
ALL_TARGETS="normalize tokenize scheme romanize arabize score align linear"
TARGETS=${TARGETS:-$ALL_TARGETS}
BIN=Fuzz/.build/release/tarjuman-fuzz

# Longest input per target (bytes). The targets cut names to 64 bytes and
# each aligned document to 4096; these keep libFuzzer near what is used.
max_len() {
  case $1 in
    normalize|tokenize|scheme) echo 1024 ;;
    romanize|arabize) echo 64 ;;
    score) echo 129 ;;        # split byte + two names of 64 bytes
    align) echo 4096 ;;       # two split bytes + both documents
    *) echo 1024 ;;
  esac
}

# --- Build (once) -----------------------------------------------------------
# SwiftPM passes `--sanitize=fuzzer --sanitize=address` to swiftc as two
# flags, and swiftc (6.3.1 here) keeps only the last -sanitize= for Swift code: the
# Swift modules would get AddressSanitizer but no coverage counters, and
# libFuzzer would fuzz blind. `-Xswiftc -sanitize=fuzzer,address` (one flag,
# after SwiftPM's) instruments every Swift module, the library included; the
# SwiftPM flags still cover the C shim and the link.
echo "fuzz: building Fuzz/ (release, libFuzzer + AddressSanitizer)"
mkdir -p "$OUT"
if ! "$SWIFT" build -c release --package-path Fuzz \
    --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
    > "$OUT/build.log" 2>&1; then
  cat "$OUT/build.log"
  echo "fuzz: build failed"; exit 1
fi
grep -E "^$ROOT/Fuzz/Sources/[^:]+:[0-9]+:[0-9]+: warning:" "$OUT/build.log" && {
  echo "fuzz: compiler warnings in Fuzz/ (listed above)"; exit 1; }

# --- Seed corpora -----------------------------------------------------------
CORPUS=$OUT/corpus
rm -rf "$CORPUS" "$OUT/findings" "$OUT/logs"
for t in $ALL_TARGETS; do mkdir -p "$CORPUS/$t" "$OUT/findings/$t"; done
mkdir -p "$OUT/logs"

english_texts=() arabic_texts=()
for f in seeds/*.txt Fixtures/alignment/*/english.txt Fixtures/alignment/*/arabic.txt; do
  [ -f "$f" ] || continue
  if LC_ALL=C grep -q $'[\xd8\xd9]' "$f"; then arabic_texts+=("$f"); else english_texts+=("$f"); fi
done

# Paragraphs of every text, for the text targets.
n=0
for f in "${english_texts[@]}" "${arabic_texts[@]}"; do
  n=$((n + 1))
  for t in normalize tokenize scheme; do
    LC_ALL=C awk -v RS= -v prefix="$CORPUS/$t/text-$n-" \
      '{ file = sprintf("%s%03d", prefix, NR); printf "%s", substr($0, 1, 1024) > file; close(file) }' "$f"
  done
done

# linear repeats its input: short units, hostile ones among them (runs of
# combining marks and tashkeel, a capitalized name, a paragraph's start).
printf 'a\u0301\u0316\u0301\u0316' > "$CORPUS/linear/marks"
printf '\u0628\u064e\u0650\u064e\u0650' > "$CORPUS/linear/tashkeel"
printf 'Mustafa Bali ' > "$CORPUS/linear/name"
printf '\u0645\u0635\u0637\u0641\u0649 ' > "$CORPUS/linear/arabic-name"
for f in "${english_texts[@]:0:1}" "${arabic_texts[@]:0:1}"; do head -c 200 "$f" > "$CORPUS/linear/$(basename "$f")"; done

# Names of the gold alignments: "type<TAB>english forms<TAB>arabic forms",
# forms separated by |.
gold_rows() {
  for g in Fixtures/alignment/*/gold.tsv; do
    [ -f "$g" ] && LC_ALL=C awk -F '\t' '!/^#/ && NF >= 3 && $1 != "type" { print $2 "\t" $3 }' "$g"
  done
}
# Bytes of a number below 256, as a printf format (octal escape).
byte() { printf '\\%03o' "$1"; }
k=0
while IFS=$'\t' read -r english arabic; do
  IFS='|' read -ra en_forms <<< "$english"
  IFS='|' read -ra ar_forms <<< "$arabic"
  for e in "${en_forms[@]}"; do
    k=$((k + 1))
    printf '%s' "$e" > "$CORPUS/arabize/name-$k"
    for t in normalize tokenize; do printf '%s' "$e" > "$CORPUS/$t/name-$k"; done
  done
  for a in "${ar_forms[@]}"; do
    k=$((k + 1))
    printf '%s' "$a" > "$CORPUS/romanize/name-$k"
    for t in normalize tokenize scheme; do printf '%s' "$a" > "$CORPUS/$t/name-$k"; done
    for e in "${en_forms[@]}"; do
      k=$((k + 1))
      # score: first byte = length of the first name, then both names.
      length=$(printf '%s' "$a" | head -c 64 | wc -c)
      { printf "$(byte "$length")"; printf '%s' "$a" | head -c 64; printf '%s' "$e"; } > "$CORPUS/score/pair-$k"
    done
  done
done < <(gold_rows)

# align: two little-endian bytes (length of the English part), then an
# English and an Arabic report, each cut to 2000 bytes: each fixture's own
# pair, and each English seed with each Arabic seed.
align_seed() {
  local length
  k=$((k + 1))
  length=$(head -c 2000 "$1" | wc -c)
  { printf "$(byte $((length % 256)))$(byte $((length / 256)))"; head -c 2000 "$1"; head -c 2000 "$2"; } \
    > "$CORPUS/align/pair-$k"
}
k=0
for d in Fixtures/alignment/*/; do
  [ -f "$d/english.txt" ] && [ -f "$d/arabic.txt" ] && align_seed "$d/english.txt" "$d/arabic.txt"
done
for e in "${english_texts[@]}"; do
  case $e in seeds/*) ;; *) continue ;; esac
  for a in "${arabic_texts[@]}"; do
    case $a in seeds/*) align_seed "$e" "$a" ;; esac
  done
done

# --- Runs -------------------------------------------------------------------
export SWIFT_BACKTRACE=enable=no   # let libFuzzer, not Swift's backtracer, handle traps
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/Tests/lsan-suppressions.txt}
# Milliseconds since the epoch (whole seconds where date has no %N).
now_ms() {
  local t; t=$(date +%s%N)
  case $t in *N) echo $(( ${t%N} * 1000 )) ;; *) echo $(( t / 1000000 )) ;; esac
}
status=0
rows=()
for t in $TARGETS; do
  log=$OUT/logs/$t.log
  seeds=$(ls "$CORPUS/$t" | wc -l)
  echo "fuzz: $t ($seeds seeds, -runs=$RUNS, -max_len=$(max_len "$t"), at most ${MAX_TIME}s)"
  started=$(now_ms)
  TARJUMAN_FUZZ_TARGET=$t "$BIN" "$CORPUS/$t" \
    -runs="$RUNS" -max_len="$(max_len "$t")" -max_total_time="$MAX_TIME" -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$OUT/findings/$t/" > "$log" 2>&1
  code=$?
  elapsed_ms=$(( $(now_ms) - started ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  # Executions per second of wall time (start-up included: model loading).
  speed=$([ -n "$execs" ] && echo $(( execs * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1) )))
  cov=$(grep -oE '^#[0-9]+.*cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  findings=$(find "$OUT/findings/$t" -type f | wc -l)
  rows+=("$(printf '%-10s %10s %8s %8s %7s %9s' "$t" "${execs:-?}" "$(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 ))" "${speed:-?}" "${cov:-?}" "$findings")")
  if [ "$findings" -gt 0 ] || [ "$code" -ne 0 ]; then
    status=1
    echo "fuzz: $t: FINDING (exit $code, log $log)"
    grep -E "PROPERTY VIOLATED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|Fatal error|SUMMARY" "$log" | head -5 | sed 's/^/    /'
    for file in $(find "$OUT/findings/$t" -type f); do
      echo "    $file: $(head -c 512 "$file" | od -An -tx1 -v | tr -d ' \n')"
    done
  fi
done

echo
printf '%-10s %10s %8s %8s %7s %9s\n' target execs seconds exec/s cov findings
printf '%s\n' "${rows[@]}"
if [ "$status" -ne 0 ]; then
  echo "fuzz: findings (inputs under $OUT/findings/, logs under $OUT/logs/)"
else
  echo "fuzz: no findings"
fi
exit "$status"
