#!/usr/bin/env bash
# Writes the golden files of tests/js tests from node 20's behaviour.
# Usage: scripts/golden.sh [--stderr] tests/js/AREA/NAME.js...
# --stderr also records stderr (normalized: no stack frames, repository path
# as <root>), for tests where what is printed on stderr matters.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = "--stderr" ]; then export GOLDEN_STDERR=1; shift; fi
exec node "$here/tests/js/run.js" --golden "$(command -v node)" "$@"
