# prepexport: `make demo` and `make test` work on a fresh Debian machine with Swift.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/release/prepexport
# Draws the PDF cards (Pango and Cairo), installed beside prepexport.
CARD_PDF_BIN := .build/release/prepexport-card-pdf
OUT := Output

# Needed to build (system libraries behind the SwiftPM shims), and the fonts PDF cards are
# drawn with by default.
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev python3 pkg-config \
  libpango1.0-dev libcairo2-dev fonts-noto-cjk
# Needed by the tests that check real output: LibreOffice, schema validators, poppler (PDF),
# CJK fonts, fontTools (the measured ambiguous-width table).
TEST_PACKAGES := libreoffice-writer-nogui poppler-utils jing libxml2-utils fonts-noto-cjk unicode-data fonts-crosextra-carlito \
  python3-fonttools
# The benchmark's peer and timer.
BENCH_PACKAGES := pandoc hyperfine cmark-gfm gzip

.PHONY: all deps test-deps bench-deps templates build release demo test install bench clean format

all: build

deps:
	@scripts/install-deps $(BUILD_PACKAGES)

test-deps: deps
	@scripts/install-deps $(TEST_PACKAGES)

bench-deps: deps
	@scripts/install-deps $(BENCH_PACKAGES)

templates:
	@python3 scripts/embed-templates

build: deps templates
	$(SWIFT) build

release: deps templates
	$(SWIFT) build -c release --static-swift-stdlib --product prepexport
	$(SWIFT) build -c release --static-swift-stdlib --product prepexport-card-pdf

demo: release
	@mkdir -p $(OUT)
	$(BIN) check Templates/examples/prep-zh.md --answers Templates/examples/answers-zh.md
	@for lang in zh en; do \
	  for fmt in docx odt cards cards-pdf anki; do \
	    $(BIN) $$fmt Templates/examples/prep-$$lang.md --answers Templates/examples/answers-$$lang.md 2>&1 | grep -v 'matches no topic' || exit 1; \
	  done; \
	done
	@echo; echo "The first cue card:"; head -n 16 $(OUT)/prep-zh.cards.txt
	@echo; ls -l $(OUT)

# XCTest only: Swift Testing would close the run with a line about zero tests of its own.
test: test-deps templates
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

# The SPEC §6 report into docs/benchmark.md (BENCH_FLAGS=--quick for a short run; BENCH_RUNS=N).
BENCH_FLAGS ?=
bench: release bench-deps
	python3 bench/run $(BENCH_FLAGS)

install: release
	install -d $(PREFIX)/bin
	install -m 755 $(BIN) $(PREFIX)/bin/prepexport
	install -m 755 $(CARD_PDF_BIN) $(PREFIX)/bin/prepexport-card-pdf

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(OUT)/*.docx $(OUT)/*.odt $(OUT)/*.txt $(OUT)/*.pdf
