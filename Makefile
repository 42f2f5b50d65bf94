# Tandem's build. `make run` and `make test` work on a fresh Debian machine:
# both install what is missing first (scripts/setup.sh) and skip what is
# built and up to date.
SHELL := /bin/bash
export PATH := $(shell go env GOPATH 2>/dev/null || echo $(HOME)/go)/bin:/usr/local/go/bin:$(PATH)

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
BIN     := build/bin/tandem
WINDOW  := build/bin/tandem-desktop
# wails build and generate write frontend/wailsjs/runtime executable; the checkout keeps those files 0644
WAILSJS_MODES := chmod a-x frontend/wailsjs/runtime/*
TAGS    := webkit2_41
UI_SRC  := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
           frontend/index.html frontend/vite.config.ts frontend/package-lock.json \
           $(wildcard frontend/wailsjs/go/*/*.ts frontend/wailsjs/go/*/*.js)
# Go sources and the files they embed (backend's pages, sample and test
# data; the desktop window's edit timing script).
GO_SRC  := $(shell find . -name '*.go' -not -path './frontend/*' 2>/dev/null) $(shell find backend -type f 2>/dev/null) \
           frontend/e2e/bench/edit-in-page.js go.mod go.sum

.PHONY: all run test build bench setup ui gate go-test ui-test bindings e2e smoke soak fuzz clean

all: build

setup:
	@scripts/setup.sh

## run: build and open the desktop app on the sample roadmap (a browser UI when there is no display)
run: setup $(BIN) $(WINDOW)
	$(BIN)

## build: the command line at build/bin/tandem (pure Go, no GUI libraries) and the desktop window it starts, build/bin/tandem-desktop
build: setup $(BIN) $(WINDOW)

frontend/dist/index.html: $(UI_SRC)
	cd frontend && npm run build --silent
	@touch $@

ui: setup frontend/dist/index.html

$(BIN): $(GO_SRC) frontend/dist/index.html
	@mkdir -p build/bin
	CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o $(BIN) .

$(WINDOW): $(GO_SRC) frontend/dist/index.html
	@mkdir -p build
	@echo "wails build -> $(WINDOW)"
	@wails build -s -skipbindings -m -nosyncgomod -o tandem-desktop -ldflags "-X main.version=$(VERSION)" \
	  >build/wails-build.log 2>&1 || { cat build/wails-build.log; exit 1; }
	@$(WAILSJS_MODES)
	@test -x $(WINDOW)

## test: every test: Go, UI, end to end, desktop smoke
test: setup ui gate go-test ui-test build e2e smoke
	@echo "make test: all passed"

gate:
	go vet ./...
	scripts/check-imports.sh
	scripts/check-bindings.sh

go-test:
	go test -count=1 ./...
	FUZZTIME=5s scripts/fuzz.sh

## fuzz: every fuzz target for FUZZTIME each (default 2m; e.g. make fuzz FUZZTIME=10m)
FUZZTIME ?= 2m
fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

ui-test:
	cd frontend && npm run check --silent && npm test --silent

e2e: $(BIN)
	cd frontend && TANDEM_BIN=$(CURDIR)/$(BIN) npm run e2e --silent

smoke: $(BIN) $(WINDOW)
	scripts/smoke-cli-binary.sh $(BIN)
	scripts/smoke-desktop.sh $(BIN)
	scripts/smoke-second-instance.sh $(BIN)

## bindings: regenerate the UI's typed bindings from app.go
bindings:
	wails generate module -tags "$(TAGS)"
	@$(WAILSJS_MODES)

## bench: Go benchmarks (model, store, service, layout, analysis incl. 1M efforts), then browser timings
bench: setup ui $(BIN) $(WINDOW)
	go test -run '^$$' -bench . -benchmem -timeout 30m ./backend/...
	cd frontend && TANDEM_BIN=$(CURDIR)/$(BIN) npm run bench --silent
	if [ -f ../shared/bench/gen_roadmap.py ]; then cd frontend && TANDEM_BIN=$(CURDIR)/$(BIN) npm run bench --silent -- --edit --gen=$(realpath ../shared/bench/gen_roadmap.py); fi
	scripts/bench-desktop-edit.sh $(BIN)

## soak: what survives a crash, at length: 10,000 kills of an editing process, 20 serve-mode clients for 30 s (make test: 1,000 kills, 5 s)
soak:
	go test -count=1 -v -timeout 60m -run 'TestCrashSafety|TestConcurrentClientsLoseNothing' ./backend/soak/ \
	  -args -soak.kills=10000 -soak.budget=50m -soak.serve=30s

clean:
	rm -rf build/bin frontend/dist
