# rendermap: `make demo` audits the embedded demo site; `make test` runs every test.
GO      ?= go
BIN     := bin/rendermap
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
FUZZTIME ?= 30s

.PHONY: all build demo test vet bench fuzz chromium clean

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

bench: chromium build
	@./.ci/bench

fuzz:
	@./.ci/fuzz $(FUZZTIME)

clean:
	rm -rf bin rendermap-report
