# Thin wrapper around CMake. `make run` and `make test` work on a fresh
# machine: they bootstrap the dependencies first.
BUILD ?= build
JOBS ?= 2

.PHONY: all deps build run test bench format asan clean

all: build

deps:
	@bash scripts/bootstrap-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

# The example under the inspector: open chrome://inspect (or DevTools'
# "Open dedicated DevTools for Node") and attach to 127.0.0.1:9229.
run: build
	@echo "vigil: debugging examples/server.js; open chrome://inspect in Chrome and attach (Ctrl-C stops)"
	$(BUILD)/bin/vigil --inspect examples/server.js

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

bench: build
	@for b in bench/*.js; do echo "== $$b"; node $$b $(BUILD)/bin/vigil || exit 1; done

format:
	@clang-format -i $$(git ls-files '*.cc' '*.h')

asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DVIGIL_ASAN=ON >/dev/null
	@cmake --build build-asan -j$(JOBS)
	cd build-asan && ctest --output-on-failure -R '^(Framing|unit)'

clean:
	rm -rf $(BUILD) build-asan
