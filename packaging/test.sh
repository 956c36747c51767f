#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
# Exits with ctest's status. Oracle tests use a private GOCACHE under build/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KILN_BUILD_DIR:-$ROOT/build}"
bash "$ROOT/packaging/deps.sh"
bash "$ROOT/packaging/build.sh"
cd "$BUILD"
set +e
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${KILN_TEST_JOBS:-2}" "$@"
status=$?
exit $status
