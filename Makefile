# Tarjuman: the two commands are `make run` and `make test`.
# Each installs what is missing (apt-get; sudo only when not root), then works.

SHELL        := /bin/bash
SWIFT        ?= swift
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# libicu-dev: the ICU we wrap; pkg-config: how SwiftPM finds it;
# unicode-data: Unicode 15.0 data matching ICU 72 (the conformance files we
# ship under Fixtures/unicode/ are copies of it); bzip2 to read its .bz2 files.
APT_PACKAGES := libicu-dev pkg-config unicode-data bzip2
ENGLISH_SEED := seeds/000_63d4f025652b603e.txt
ARABIC_SEED  := $(firstword $(wildcard seeds/003_*.txt))
BUILD_LOG    := .build/tarjuman-build.log
# fuzz: runs per target, and seconds per target at most.
RUNS         ?= 200000
FUZZ_TIME    ?= 120
# make install: where tarjuman and normalize go (PREFIX/bin).
PREFIX       ?= /usr/local

.PHONY: all deps build run test check browser-test unit-tests warnings-check leaks tsan fuzz fuzz-smoke bench startup memory data data-check docs doc-examples example-test install clean

all: build

## deps: install the system packages that are missing (Debian/Ubuntu).
deps:
	@if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "make: installing$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	else \
	  pkg-config --exists icu-uc icu-i18n || { echo "make: ICU not found by pkg-config (macOS: brew install icu4c; export PKG_CONFIG_PATH=\$$(brew --prefix icu4c)/lib/pkgconfig)"; exit 1; }; \
	fi

## build: debug build of the package; fails on any compiler warning in our code.
build: deps
	@mkdir -p .build
	@set -o pipefail; $(SWIFT) build --build-tests 2>&1 | tee $(BUILD_LOG)
	@$(MAKE) --no-print-directory warnings-check

warnings-check:
	@if grep -E "^$(CURDIR)/(Sources|Tests)/[^:]+:[0-9]+:[0-9]+: warning:" $(BUILD_LOG); then \
	  echo "make: compiler warnings in Tarjuman's own code (listed above)"; exit 1; fi

## install: release builds of tarjuman and normalize into PREFIX/bin
## (`make install PREFIX=$$HOME/.local`). The binaries are self-contained:
## the built-in data is compiled in, so nothing else is copied.
install: deps
	@set -o pipefail; $(SWIFT) build -c release --product tarjuman 2>&1 | tail -1
	@set -o pipefail; $(SWIFT) build -c release --product normalize 2>&1 | tail -1
	@mkdir -p "$(PREFIX)/bin"
	@bin=$$($(SWIFT) build -c release --show-bin-path); \
	  install -m 755 "$$bin/tarjuman" "$$bin/normalize" "$(PREFIX)/bin/" && \
	  echo "installed tarjuman and normalize in $(PREFIX)/bin"

## run: the main job on the built-in default input.
run: deps
	@$(SWIFT) build --product tarjuman 2>&1 | grep -vE "^(\[|Building|Build complete|Compiling|Write|Planning)" || true
	@$$($(SWIFT) build --show-bin-path)/tarjuman align --format markdown $(ENGLISH_SEED) $(ARABIC_SEED)

## test: build (no warnings), the whole test suite, then the leak check.
test: build unit-tests leaks

unit-tests:
	$(SWIFT) test --skip-build

## leaks: the test suite (but the long conformance sweeps and accuracy runs on
## the dev pairs, the CLI hardening
## runs and the timing ratios, which the sanitizer distorts) under
## AddressSanitizer + LeakSanitizer; any leak in Tarjuman fails it
## (Tests/lsan-suppressions.txt lists the toolchain's own).
leaks: deps
	@set -o pipefail; $(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan 2>&1 | tail -1
	@if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
	    .build-asan/debug/TarjumanPackageTests.xctest \
	    --testing-library swift-testing --skip "Conformance|BadInputMatrix|HardeningTests|LinearTimeTests|OnDevPairs" > .build-asan/leaks.log 2>&1; then \
	  grep -E "Test run with" .build-asan/leaks.log; echo "leaks: LeakSanitizer found no leaks"; \
	else \
	  grep -E -A12 "LeakSanitizer|Direct leak|SUMMARY|✘" .build-asan/leaks.log | head -80; \
	  echo "leaks: FAILED (full log: .build-asan/leaks.log)"; exit 1; fi

## bench: throughput of the Swift API beside raw ICU in C (release build),
## then the streaming CLIs end to end on 100 MB beside C getline programs
## (scripts/bench-streaming.py; builds normalize and tarjuman in release),
## name ranking beside the previous implementation and the exhaustive path
## (scripts/bench-rank.sh), and crossref on CROSSREF_REPORTS generated
## report pairs (scripts/bench-crossref.py). About 15 minutes in all.
CROSSREF_REPORTS ?= 10000
bench: deps
	$(SWIFT) run -c release --package-path Benchmarks tarjuman-bench
	SWIFT=$(SWIFT) python3 scripts/bench-streaming.py
	SWIFT=$(SWIFT) bash scripts/bench-rank.sh
	$(SWIFT) build -c release --product tarjuman 2>&1 | tail -1
	python3 scripts/bench-crossref.py --reports $(CROSSREF_REPORTS)

## fuzz: every libFuzzer target of Fuzz/ (release, AddressSanitizer) for
## RUNS runs or FUZZ_TIME seconds each; fails on any finding (scripts/fuzz.sh).
fuzz: deps
	@RUNS=$(RUNS) MAX_TIME=$(FUZZ_TIME) SWIFT=$(SWIFT) bash scripts/fuzz.sh

## fuzz-smoke: every fuzz target briefly (well under a minute after the build).
fuzz-smoke: deps
	@RUNS=2000 MAX_TIME=5 SWIFT=$(SWIFT) bash scripts/fuzz.sh

## startup: what the first use of the built-in data costs (fresh processes,
## release and debug builds), beside parsing the same data from Data/'s text.
startup: deps
	@set -o pipefail; $(SWIFT) build -c release --product tarjuman 2>&1 | tail -1
	@$(SWIFT) run -c release --package-path Benchmarks tarjuman-startup --tarjuman $$($(SWIFT) build -c release --show-bin-path)/tarjuman
	@$(SWIFT) run --package-path Benchmarks tarjuman-startup

## browser-test: the HTML reports in a real browser: headless Chromium (with
## fonts-noto-core for the Arabic; both from Debian, installed if missing)
## renders the seed pair's page and crossref's index, and
## scripts/browser-check.py checks the DOM (highlights equal their spans in
## the files, both columns, the Arabic right to left, escaping) and the
## console; the page and its screenshot land in .build/artifacts/.
BROWSER_PACKAGES := chromium fonts-noto-core
browser-test: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(BROWSER_PACKAGES)"
	@set -o pipefail; $(SWIFT) build --product tarjuman 2>&1 | tail -1
	@python3 scripts/browser-check.py --tarjuman $$($(SWIFT) build --show-bin-path)/tarjuman

## check: the checks CI runs after `make test`: the built-in data pack is the
## pack of Data/, a fuzz smoke of every target, and the concurrency tests
## under ThreadSanitizer.
check: data-check fuzz-smoke tsan

## data: rebuild everything derived from Data/, deterministically: the name
## lists of the Arabic lexicon (from Data/names/), the word translations
## (Data/translation/words.tsv, from FreeDict, CLDR and iso-codes, whose
## Debian packages it installs), the trained models in
## Data/models/ (scripts/train-models.sh, about 3 minutes), and the binary
## pack the library embeds (Sources/CTarjumanData/tarjuman.pack).
DATA_PACKAGES := dict-freedict-eng-ara dict-freedict-ara-eng iso-codes gcc
data: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(DATA_PACKAGES)"
	python3 scripts/build-arabic-lexicon.py
	python3 scripts/build-translations.py
	@set -o pipefail; $(SWIFT) build -c release --product tarjuman-dev 2>&1 | tail -1
	DEV_TOOL=.build/release/tarjuman-dev scripts/train-models.sh
	.build/release/tarjuman-dev pack-data

## data-check: fails when the embedded pack is not the pack of Data/'s text
## (someone edited Data/ without `make data`).
data-check: deps
	@set -o pipefail; $(SWIFT) build --product tarjuman-dev 2>&1 | tail -1
	@$$($(SWIFT) build --show-bin-path)/tarjuman-dev pack-data --check

## memory: peak RSS of the streaming CLIs (normalize, tarjuman transliterate)
## on a 1 GB input must stay under 64 MB (release build, /usr/bin/time -v,
## installed here if missing); SIZE_MB=64 for a quick run.
memory: deps
	@command -v /usr/bin/time >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time; }
	@SWIFT="$(SWIFT)" scripts/measure-rss.sh

## tsan: the concurrency stress tests under ThreadSanitizer (one matcher,
## tokenizer, normalizer and transliterator shared by 16 tasks).
tsan: deps
	@set -o pipefail; $(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan 2>&1 | tail -1
	@if TSAN_OPTIONS=halt_on_error=1 .build-tsan/debug/TarjumanPackageTests.xctest \
	    --testing-library swift-testing --filter Concurrency > .build-tsan/tsan.log 2>&1; then \
	  grep -E "Test run with" .build-tsan/tsan.log; echo "tsan: ThreadSanitizer reported nothing"; \
	else \
	  grep -E -A20 "ThreadSanitizer|✘" .build-tsan/tsan.log | head -60; \
	  echo "tsan: FAILED (full log: .build-tsan/tsan.log)"; exit 1; fi

## doc-examples: every Swift example of README.md and of the DocC articles
## compiles, and prints exactly the ```text block that follows it
## (scripts/check-doc-examples.py: a consumer package of its own under
## .build/doc-examples, built apart from the package's own build).
doc-examples: deps
	@SWIFT="$(SWIFT)" python3 scripts/check-doc-examples.py

## example-test: Examples/AlignmentCheck, a package that depends on this one
## by path as users' packages do, aligns its own report pair in a Swift Testing
## test and checks it against its gold list (AlignmentGold, AlignmentScore).
## Built apart from the package's own build (Examples/AlignmentCheck/.build).
example-test: deps
	$(SWIFT) test --package-path Examples/AlignmentCheck

## docs: the DocC documentation of Tarjuman and TarjumanICU (swift-docc-plugin),
## into .build/plugins/Swift-DocC/outputs/*.doccarchive. Always with DocC's
## --warnings-as-errors: any DocC warning fails it, in the catalogs
## (Sources/*/*.docc) and in the doc comments under Sources/ alike.
docs: deps
	@mkdir -p .build
	@echo "docs: swift package generate-documentation --target TarjumanICU --target Tarjuman --warnings-as-errors"
	@$(SWIFT) package generate-documentation --target TarjumanICU --target Tarjuman \
	    --warnings-as-errors > .build/docs.log 2>&1 \
	  || { grep -E -A3 "^(warning|error)" .build/docs.log | tail -60; echo "docs: FAILED (full log: .build/docs.log)"; exit 1; }
	@if grep -qE "^(warning|error): " .build/docs.log; then \
	  grep -E -A3 "^(warning|error): " .build/docs.log | tail -60; echo "docs: FAILED: DocC warnings (full log: .build/docs.log)"; exit 1; fi
	@echo "docs: no DocC warning"; echo "docs: generated:"; grep -E "doccarchive$$" .build/docs.log | awk '{ print "  " $$1 }'

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz Benchmarks/.build Fuzz/.build Examples/AlignmentCheck/.build
