#!/usr/bin/env bash
# Compares Kiln's loader with go's: `kiln-cli list -deps std cmd` against
# `go list -deps std cmd`, both warm (one untimed run first; go keeps its
# module index in GOCACHE, a private one here), RUNS timed runs each,
# interleaved. Prints the median of each and the ratio kiln/go.
#   bench/load.sh [RUNS]      (KILN_BUILD_DIR selects the build, default build/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KILN_BUILD_DIR:-$ROOT/build}"
RUNS="${1:-7}"
KILN="$BUILD/bin/kiln-cli"
GOROOT_DIR="$("$KILN" version | sed -n 's/^go toolchain [^ ]* at \([^ ]*\) .*/\1/p')"
GO="$GOROOT_DIR/bin/go"
WORK="$(mktemp -d)"
trap 'chmod -R u+w "$WORK"; rm -rf "$WORK"' EXIT
export GOCACHE="$WORK/gocache" GOENV=off GOFLAGS= GOTOOLCHAIN=local GOPROXY=off
cd "$WORK"

now() { date +%s.%N; }
time_cmd() {  # prints seconds
  local t0 t1
  t0=$(now); "$@" > /dev/null; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f\n", b - a}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$GO" list -deps std cmd > /dev/null
"$KILN" list -deps std cmd > /dev/null
: > go.times; : > kiln.times
for _ in $(seq "$RUNS"); do
  time_cmd "$GO" list -deps std cmd >> go.times
  time_cmd "$KILN" list -deps std cmd >> kiln.times
done
g=$(median < go.times); k=$(median < kiln.times)
printf 'go list -deps std cmd        median %.3f s (%d runs)\n' "$g" "$RUNS"
printf 'kiln-cli list -deps std cmd  median %.3f s (%d runs)\n' "$k" "$RUNS"
awk -v k="$k" -v g="$g" 'BEGIN {printf "ratio kiln/go                %.2f\n", k / g}'
