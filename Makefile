# rendermap: `make demo` audits the embedded demo site; `make test` runs every test.
GO      ?= go
BIN     := bin/rendermap
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
FUZZTIME ?= 30s

.PHONY: all build demo test test-frameworks vet bench fuzz chromium clean

all: build

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/rendermap

chromium:
	@.ci/ensure-chromium

demo: chromium build
	./$(BIN) demo --out rendermap-report

test: chromium
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 12m ./...

# The real-framework tests: Next.js 16 and Nuxt 4 apps audited, configured by
# rendermap, rebuilt and re-audited; Astro and SvelteKit apps must build the
# generated config. Needs Node.js >= 20.19 and npm (checked first).
SITES := testdata/sites/next testdata/sites/nuxt testdata/sites/astro testdata/sites/sveltekit

test-frameworks: chromium
	@.ci/ensure-node
	@.ci/npm-install $(SITES)
	$(GO) vet -tags frameworks ./internal/frameworks/
	$(GO) test -tags frameworks -count=1 -timeout 14m -v ./internal/frameworks/

bench: chromium build
	@./.ci/bench

fuzz:
	@./.ci/fuzz $(FUZZTIME)

clean:
	rm -rf bin rendermap-report
