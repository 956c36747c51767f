#!/usr/bin/env bash
# Installs what is missing, builds, and opens the Kiln GUI on the bundled
# hello example. Without a display (no $DISPLAY, or CI=true) it runs under
# xvfb-run instead, saves a screenshot of the settled main window to
# build/screenshots/kiln-main.png, prints its path and exits with kiln's
# status (0 when the module and the toolchain loaded).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KILN_BUILD_DIR:-$ROOT/build}"
export KILN_BUILD_DIR="$BUILD"

bash "$ROOT/packaging/deps.sh"
bash "$ROOT/packaging/build.sh"

KILN="$BUILD/bin/kiln"
EXAMPLE="$ROOT/resources/examples/hello"

if [ -z "${DISPLAY:-}" ] || [ "${CI:-}" = "true" ]; then
  SHOT="$BUILD/screenshots/kiln-main.png"
  mkdir -p "$(dirname "$SHOT")"
  rm -f "$SHOT"
  if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"  # Qt wants one (mode 0700); mktemp makes it so
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
  fi
  xvfb-run -a -s "-screen 0 1600x1000x24" "$KILN" "$EXAMPLE" --screenshot "$SHOT" --quit
  if [ ! -s "$SHOT" ]; then
    echo "kiln: no screenshot was written to $SHOT" >&2
    exit 1
  fi
  echo "$SHOT"
  exit 0
fi

exec "$KILN" "$EXAMPLE"
