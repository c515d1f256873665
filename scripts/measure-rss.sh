#!/usr/bin/env bash
# measure-rss.sh: checks that the streaming CLIs (`normalize` and
# `tarjuman transliterate`) keep peak RSS under LIMIT_MB on a SIZE_MB input,
# measured with GNU /usr/bin/time -v ("Maximum resident set size").
#
# Builds release, makes the input by repeating the seed texts (mixed Arabic and
# English) and runs, each on its own with stdout to /dev/null:
#   normalize                      default (search profile)
#   normalize (heaviest pipeline)  --form nfkc-casefold, every Arabic step,
#                                  English search, ICU 'Any-Latin; Latin-ASCII'
#   normalize --tokens --clitics --json
#   tarjuman transliterate --scheme buckwalter / scholarly
#   tarjuman transliterate --scheme buckwalter --reverse, on Buckwalter text
#                                  (the seeds' Buckwalter transliteration)
# and prints input MB, wall seconds, MB/s, peak RSS MB and PASS/FAIL for each;
# exits 1 if any run goes over the limit or fails. MB = MiB (2^20 bytes).
#
# Then, for information only (never a failure), normalize on one LINE_MB line
# with no line feed: a line is the streaming unit, so its memory grows with it.
#
# Only the CLI process is measured: /usr/bin/time runs the CLI alone, reading a
# file (or, with too little free disk, a pipe from the generator).
#
# Environment:
#   SIZE_MB   input size (default 1024; e.g. SIZE_MB=64 for a quick run)
#   LIMIT_MB  the peak RSS limit (default 64)
#   LINE_MB   size of the one-line input (default 100; 0 skips it)
#   INPUT     file | pipe (default: file when TMPDIR has SIZE_MB + 1 GB free)
#   SWIFT     the swift driver (default swift)
#   TMPDIR    where the inputs go (default /tmp); removed at exit
#
# Usage: scripts/measure-rss.sh        (or: make memory; SIZE_MB=64 make memory)
set -euo pipefail

SIZE_MB=${SIZE_MB:-1024}
LIMIT_MB=${LIMIT_MB:-64}
LINE_MB=${LINE_MB:-100}
SWIFT=${SWIFT:-swift}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

die() { echo "measure-rss: $*" >&2; exit 2; }

[[ $SIZE_MB =~ ^[1-9][0-9]*$ ]] || die "SIZE_MB must be a positive whole number of MiB (got '$SIZE_MB')"
[[ $LIMIT_MB =~ ^[1-9][0-9]*$ ]] || die "LIMIT_MB must be a positive whole number (got '$LIMIT_MB')"
[[ $LINE_MB =~ ^[0-9]+$ ]] || die "LINE_MB must be a whole number (got '$LINE_MB')"
TIME=/usr/bin/time
[ -x "$TIME" ] || die "$TIME is missing: install GNU time (make deps; or apt-get install time)"
"$TIME" -v true >/dev/null 2>&1 || die "$TIME does not take -v (GNU time needed)"
shopt -s nullglob
SEEDS=(seeds/*.txt)
shopt -u nullglob
[ ${#SEEDS[@]} -gt 0 ] || die "no seed texts in $ROOT/seeds"

# --- build ------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tarjuman-rss.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "measure-rss: building release ($SWIFT build -c release)"
if ! "$SWIFT" build -c release >"$WORK/build.log" 2>&1; then
  tail -40 "$WORK/build.log" >&2; die "release build failed"
fi
BIN=$("$SWIFT" build -c release --show-bin-path)
NORMALIZE=$BIN/normalize
TARJUMAN=$BIN/tarjuman
[ -x "$NORMALIZE" ] && [ -x "$TARJUMAN" ] || die "no normalize/tarjuman in $BIN"

# --- inputs -----------------------------------------------------------------
# A block of about 1 MiB of whole seed texts (a line feed after each, as the
# seeds have none at the end); the inputs are this block repeated.
BLOCK=$WORK/block.txt
: >"$BLOCK"
while [ "$(stat -c %s "$BLOCK")" -lt 1048576 ]; do
  for f in "${SEEDS[@]}"; do cat "$f"; echo; done >>"$BLOCK"
done
# The same in Buckwalter (the transliterated output: ASCII, English unchanged)
# and as one line (line feeds to spaces).
"$TARJUMAN" transliterate --scheme buckwalter <"$BLOCK" >"$WORK/block.bw"
tr '\n' ' ' <"$BLOCK" >"$WORK/block.line"

free_mb=$(df -Pm "$WORK" | awk 'NR == 2 { print $4 }')
big=$(( SIZE_MB > LINE_MB ? SIZE_MB : LINE_MB ))
INPUT=${INPUT:-$( [ "$free_mb" -ge $(( big + 1024 )) ] && echo file || echo pipe )}
[ "$INPUT" = file ] || [ "$INPUT" = pipe ] || die "INPUT must be file or pipe (got '$INPUT')"
echo "measure-rss: $SIZE_MB MiB inputs, limit $LIMIT_MB MiB, input via $INPUT ($free_mb MiB free in $(dirname "$WORK"))"

# repeat BLOCK SIZE_MB: writes BLOCK enough times for SIZE_MB MiB (rounded up
# to whole blocks, so every text stays whole and valid UTF-8).
repeat() {
  local block=$1 size=$(( $2 * 1048576 )) bytes count i
  bytes=$(stat -c %s "$block")
  count=$(( (size + bytes - 1) / bytes ))
  for (( i = 0; i < count; i++ )); do cat "$block"; done
}
repeated_bytes() {
  local bytes; bytes=$(stat -c %s "$1")
  echo $(( ($2 * 1048576 + bytes - 1) / bytes * bytes ))
}

# The current input: a file in WORK (INPUT=file), or a generator (INPUT=pipe).
SOURCE_BLOCK= SOURCE_MB= SOURCE_FILE= SOURCE_BYTES=
use_input() {  # use_input BLOCK MB
  SOURCE_BLOCK=$1 SOURCE_MB=$2
  SOURCE_BYTES=$(repeated_bytes "$1" "$2")
  [ -n "$SOURCE_FILE" ] && rm -f "$SOURCE_FILE"
  SOURCE_FILE=
  if [ "$INPUT" = file ]; then
    SOURCE_FILE=$WORK/input.txt
    repeat "$1" "$2" >"$SOURCE_FILE"
  fi
  if [ "$1" = "$WORK/block.line" ]; then   # no line feed at the very end
    if [ "$INPUT" = file ]; then truncate -s -1 "$SOURCE_FILE"; fi
    SOURCE_BYTES=$(( SOURCE_BYTES - 1 ))
  fi
}
# Runs the CLI alone under /usr/bin/time -v, stdin the current input.
run_timed() {
  local report=$1; shift
  # The CLI's exit status is read from the report; a generator cut short by a
  # CLI that stopped early (SIGPIPE) is not an error of its own.
  if [ -n "$SOURCE_FILE" ]; then
    "$TIME" -v -o "$report" "$@" <"$SOURCE_FILE" >/dev/null 2>"$WORK/stderr" || true
  else
    repeat "$SOURCE_BLOCK" "$SOURCE_MB" | head -c "$SOURCE_BYTES" \
      | "$TIME" -v -o "$report" "$@" >/dev/null 2>"$WORK/stderr" || true
  fi
}

# --- measuring --------------------------------------------------------------
FAILED=0
ROWS=()
printf -v HEADER '%-44s %9s %9s %8s %9s  %s' "run" "input MB" "wall s" "MB/s" "peak MB" "result"

# measure LABEL ENFORCE COMMAND...: runs it on the current input, adds a row.
measure() {
  local label=$1 enforce=$2; shift 2
  local report=$WORK/time.txt rss_kb status wall in_mb mbs rss_mb verdict
  rm -f "$report"
  printf 'measure-rss: %s ... ' "$label"
  local t0=$EPOCHREALTIME
  run_timed "$report" "$@"
  local t1=$EPOCHREALTIME
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report" 2>/dev/null)
  status=$(awk -F': ' '/Exit status/ { print $2 }' "$report" 2>/dev/null)
  # Killed by a signal: time -v says so on its first line (and "Exit status: 0").
  if grep -q '^Command terminated by signal' "$report" 2>/dev/null; then
    status="killed by signal $(awk 'NR == 1 { print $NF }' "$report")"
  fi
  # Wall seconds of the run, to the microsecond (time -v's own "Elapsed (wall
  # clock)" has centiseconds only).
  wall=$(awk -v a="${t0/,/.}" -v b="${t1/,/.}" 'BEGIN { printf "%.2f", b - a }')
  in_mb=$(awk -v b="$SOURCE_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
  if [ -z "$rss_kb" ] || [ -z "$status" ]; then
    rss_mb=? mbs=? wall=${wall:-?} verdict="FAIL (no /usr/bin/time report)"
  else
    rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
    mbs=$(awk -v b="$SOURCE_BYTES" -v a="${t0/,/.}" -v c="${t1/,/.}" 'BEGIN { printf "%.1f", b / 1048576 / (c - a) }')
    if [ "$status" != 0 ]; then
      [[ $status == killed* ]] || status="exit $status"
      verdict="FAIL ($status: $(head -c 200 "$WORK/stderr" | tr '\n' ' '))"
    elif [ "$enforce" = no ]; then
      verdict="INFO (not checked)"
    elif [ "$rss_kb" -lt $(( LIMIT_MB * 1024 )) ]; then
      verdict=PASS
    else
      verdict="FAIL (over $LIMIT_MB MB)"
    fi
  fi
  case $verdict in FAIL*) [ "$enforce" = no ] && [ "$status" = 0 ] || FAILED=1 ;; esac
  echo "$rss_mb MB, ${wall}s: $verdict"
  printf -v row '%-44s %9s %9s %8s %9s  %s' "$label" "$in_mb" "$wall" "$mbs" "$rss_mb" "$verdict"
  ROWS+=("$row")
  COMMANDS+=("$(shown "${@/#$BIN\//}")")
}
# The command as one would type it (quotes only where needed).
shown() {
  local arg out=
  for arg; do
    if [[ $arg =~ ^[A-Za-z0-9_.,/=:+-]+$ ]]; then out+=" $arg"; else out+=" '$arg'"; fi
  done
  echo "${out# }"
}
COMMANDS=()

# Every Arabic step by name (the help lists them), English `search` is every step.
ARABIC_ALL=$("$NORMALIZE" --help | awk '/Or name Arabic steps with commas:/ { on = 1; next }
  /English steps:/ { on = 0 } on' | tr -d ' \n')
"$NORMALIZE" --arabic "$ARABIC_ALL" </dev/null >/dev/null 2>&1 || ARABIC_ALL=search

use_input "$BLOCK" "$SIZE_MB"
measure "normalize" yes "$NORMALIZE"
measure "normalize nfkc-casefold+all steps+ICU Latin" yes "$NORMALIZE" --form nfkc-casefold \
  --arabic "$ARABIC_ALL" --english search --transliterate 'Any-Latin; Latin-ASCII'
measure "normalize --tokens --clitics --json" yes "$NORMALIZE" --tokens --clitics --json
measure "transliterate --scheme buckwalter" yes "$TARJUMAN" transliterate --scheme buckwalter
measure "transliterate --scheme scholarly" yes "$TARJUMAN" transliterate --scheme scholarly
if "$TARJUMAN" transliterate --list | grep -qE $'^buckwalter\treversible'; then
  use_input "$WORK/block.bw" "$SIZE_MB"
  measure "transliterate --scheme buckwalter --reverse" yes "$TARJUMAN" transliterate --scheme buckwalter --reverse
fi
if [ "$LINE_MB" -gt 0 ]; then
  use_input "$WORK/block.line" "$LINE_MB"
  measure "normalize, one ${LINE_MB} MB line (no line feed)" no "$NORMALIZE"
fi
[ -n "$SOURCE_FILE" ] && rm -f "$SOURCE_FILE"

echo
echo "Peak RSS (/usr/bin/time -v, Maximum resident set size), limit $LIMIT_MB MB; MB = MiB; inputs via $INPUT"
echo "$HEADER"
printf '%s\n' "${ROWS[@]}"
echo
echo "Commands, in the order of the table (each: $TIME -v CLI ARGS < input > /dev/null; CLIs in $BIN):"
printf '  %s\n' "${COMMANDS[@]}"
if [ "$LINE_MB" -gt 0 ]; then
  echo "The one-line run is information only: a line is the unit the CLIs stream by, so it is held whole."
fi
if [ "$FAILED" != 0 ]; then
  echo "measure-rss: FAILED: a run went over $LIMIT_MB MB or did not finish"
  exit 1
fi
echo "measure-rss: every streaming run stayed under $LIMIT_MB MB"
