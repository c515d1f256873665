#!/usr/bin/env bash
# Retrains every shipped model from the train splits in Data/names/ (never the
# test, eval or -20 splits), deterministically, into Data/models/:
#   name-model.tsv          the EM letter transducer and its calibration
#   romanizer.tsv, arabizer.tsv   the joint-sequence spelling models
#   reranker.tsv            the reranker weights, fitted on every tenth line of
#                           the Wikidata train split, held out from models
#                           trained on the other nine tenths
# `make data` runs it (about 3 minutes on 2 cores), then packs Data/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
B=${DEV_TOOL:-.build/release/tarjuman-dev}
D=Data/names
M=Data/models
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

$B train-matcher --weight-by-count --pairs $D/google-ar2en-train.tsv --pairs $D/wikidata-en2ar-80.tsv --out $M/name-model.tsv
$B train-romanizer --pairs $D/google-ar2en-train.tsv --pairs $D/wikidata-en2ar-80.tsv --model $M/name-model.tsv --out $M

# The reranker must be fitted on pairs its models never saw.
awk 'NR%10!=0' $D/wikidata-en2ar-80.tsv > "$TMP/wd-train90.tsv"
awk 'NR%10==0' $D/wikidata-en2ar-80.tsv > "$TMP/wd-dev.tsv"
mkdir -p "$TMP/jm90"
$B train-matcher --weight-by-count --pairs $D/google-ar2en-train.tsv --pairs "$TMP/wd-train90.tsv" --out "$TMP/m90.tsv"
# (Units are cut by the full name model's alignments, as for the shipped models.)
$B train-romanizer --pairs $D/google-ar2en-train.tsv --pairs "$TMP/wd-train90.tsv" --model $M/name-model.tsv --out "$TMP/jm90"
$B train-reranker --pairs "$TMP/wd-dev.tsv" --model "$TMP/m90.tsv" --spelling-models "$TMP/jm90" --out $M/reranker.tsv
