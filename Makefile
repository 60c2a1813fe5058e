# prepexport: `make demo` and `make test` work on a fresh Debian machine with Swift.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/release/prepexport
OUT := Output

# Needed to build (system libraries behind the SwiftPM shims).
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev python3 pkg-config
# Needed by the tests that check real output: LibreOffice, schema validators, CJK fonts.
TEST_PACKAGES := libreoffice-writer-nogui poppler-utils jing libxml2-utils fonts-noto-cjk unicode-data fonts-crosextra-carlito
# The benchmark's peer and timer.
BENCH_PACKAGES := pandoc hyperfine cmark-gfm gzip

.PHONY: all deps test-deps bench-deps build release demo test install bench clean format schema-tables

all: build

deps:
	@scripts/install-deps $(BUILD_PACKAGES)

test-deps: deps
	@scripts/install-deps $(TEST_PACKAGES)

bench-deps: deps
	@scripts/install-deps $(BENCH_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product prepexport

demo: release
	@mkdir -p $(OUT)
	$(BIN) check Templates/examples/prep-zh.md --answers Templates/examples/answers-zh.md
	@for lang in zh en; do \
	  for fmt in docx odt cards anki; do \
	    $(BIN) $$fmt Templates/examples/prep-$$lang.md --answers Templates/examples/answers-$$lang.md 2>&1 | grep -v 'matches no topic' || exit 1; \
	  done; \
	done
	@echo; echo "The first cue card:"; head -n 16 $(OUT)/prep-zh.cards.txt
	@echo; ls -l $(OUT)

# XCTest only: Swift Testing would close the run with a line about zero tests of its own.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

bench: release bench-deps
	python3 bench/run

install: release
	install -d $(PREFIX)/bin
	install -m 755 $(BIN) $(PREFIX)/bin/prepexport

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

# What a reference document may keep, from the schemas in ../shared/schemas.
schema-tables:
	python3 scripts/generate-schema-tables

clean:
	rm -rf .build $(OUT)/*.docx $(OUT)/*.odt $(OUT)/*.txt
