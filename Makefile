# Two commands do all the set-up on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: setup serve test dist bench fmt clean

setup:
	@bash scripts/setup.sh

## serve: install what is missing, then serve the widget on http://127.0.0.1:8080 with live rebuild
serve: setup
	cargo fetch
	trunk serve

## test: install what is missing, then lint and run every test (native, wasm, end-to-end)
test: setup
	@bash scripts/test.sh

## dist: the release build in dist/ and a size report of every file
dist: setup
	cargo fetch
	trunk build --release
	@bash scripts/size-report.sh dist

## bench: sizes and timings in headless Chromium, printed and written to target/bench/report.json
bench: dist
	@bash scripts/setup.sh --bench
	node scripts/bench.mjs dist

fmt:
	cargo fmt --all

clean:
	rm -rf dist target/bench test-results
