#!/usr/bin/env bash
# Compares Kiln's build engine with go's on cmd/go, in one run, same -p and
# the same cache policy (a private GOCACHE per tool):
#   cold         fresh GOCACHE, everything compiled (std included)
#   no-op        the same build again: nothing to do
#   incremental  a leaf file edited, then the build again. GOROOT is
#                read-only, so the leaf is in a small module whose program
#                imports a chain of its packages and a large part of std
#                (net/http, encoding/json, go/parser …); both tools rebuild the
#                chain above the leaf and relink.
# Runs alternate which tool goes first; prints each tool's median time and
# the ratio kiln/go.
#   bench/build.sh [P]        (KILN_BUILD_DIR selects the build, default build/; P = -p, default 2;
#                              KILN_BENCH_COLD_RUNS, default 2, and KILN_BENCH_RUNS, default 7,
#                              set the runs per tool)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KILN_BUILD_DIR:-$ROOT/build}"
P="${1:-2}"
COLD_RUNS="${KILN_BENCH_COLD_RUNS:-2}" # fresh-cache builds per tool
RUNS="${KILN_BENCH_RUNS:-7}"           # no-op and incremental builds per tool
KILN="$BUILD/bin/kiln-cli"
GOROOT_DIR="$("$KILN" version | sed -n 's/^go toolchain [^ ]* at \([^ ]*\) .*/\1/p')"
GO="$GOROOT_DIR/bin/go"
WORK="$(mktemp -d)"
trap 'chmod -R u+w "$WORK"; rm -rf "$WORK"' EXIT
export GOENV=off GOFLAGS= GOTOOLCHAIN=local GOPROXY=off CGO_ENABLED=0
cd "$WORK"

now() { date +%s.%N; }
secs() {  # secs CMD...: runs CMD, prints seconds
  local t0 t1
  t0=$(now); "$@" > /dev/null 2>&1; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", b - a}'
}
row() {  # row NAME GO_SECONDS KILN_SECONDS
  awk -v n="$1" -v g="$2" -v k="$3" 'BEGIN {printf "%-12s go %8.3f s   kiln %8.3f s   ratio %.2f\n", n, g, k, k / g}'
}

# A module whose main imports a chain of four packages: the leaf edit of the
# incremental row recompiles the leaf and the chain above it, then links.
mkdir -p mod/leaf mod/mid1 mod/mid2 mod/top mod/cmd/app
printf 'module example.com/bench\n\ngo 1.22\n' > mod/go.mod
printf 'package leaf\n\nfunc Value() int { return 1 }\n' > mod/leaf/leaf.go
printf 'package mid1\n\nimport "example.com/bench/leaf"\n\nfunc Value() int { return leaf.Value() + 1 }\n' > mod/mid1/mid1.go
printf 'package mid2\n\nimport "example.com/bench/mid1"\n\nfunc Value() int { return mid1.Value() + 1 }\n' > mod/mid2/mid2.go
printf 'package top\n\nimport (\n\t"fmt"\n\t"example.com/bench/mid2"\n)\n\nfunc Show() { fmt.Println(mid2.Value()) }\n' > mod/top/top.go
printf 'package main\n\nimport (\n\t_ "encoding/json"\n\t_ "go/parser"\n\t_ "net/http"\n\t"example.com/bench/top"\n)\n\nfunc main() { top.Show() }\n' > mod/cmd/app/main.go

run_go()   { GOCACHE="$WORK/go-cache" "$GO" build -p "$P" -o "$WORK/$1" "$2"; }
run_kiln() { GOCACHE="$WORK/kiln-cache" "$KILN" build -p "$P" -o "$WORK/$1" "$2"; }
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# pair I GO_CMD KILN_CMD: runs both, go first on odd I and Kiln first on even
# I (neither tool always gets the warmer machine); appends to $gs and $ks.
pair() {
  if (( $1 % 2 )); then gs+=" $(secs $2)"; ks+=" $(secs $3)"
  else ks+=" $(secs $3)"; gs+=" $(secs $2)"; fi
}
med() { tr ' ' '\n' <<< "$1" | grep . | median; }

gs=; ks=
for ((i = 1; i <= COLD_RUNS; i++)); do
  rm -rf "$WORK/go-cache" "$WORK/kiln-cache"
  pair "$i" "run_go go.bin cmd/go" "run_kiln kiln.bin cmd/go"
done
row "cold" "$(med "$gs")" "$(med "$ks")"
gs=; ks=
for ((i = 1; i <= RUNS; i++)); do pair "$i" "run_go go.bin cmd/go" "run_kiln kiln.bin cmd/go"; done
row "no-op" "$(med "$gs")" "$(med "$ks")"

cd mod
run_go app-go ./cmd/app > /dev/null 2>&1 || true
run_kiln app-kiln ./cmd/app > /dev/null 2>&1 || true
gs=; ks=
for ((i = 1; i <= RUNS; i++)); do
  # Each tool's build follows an edit of its own, so both rebuild the chain.
  if (( i % 2 )); then
    echo "// go $i" >> leaf/leaf.go; gs+=" $(secs run_go app-go ./cmd/app)"
    echo "// kiln $i" >> leaf/leaf.go; ks+=" $(secs run_kiln app-kiln ./cmd/app)"
  else
    echo "// kiln $i" >> leaf/leaf.go; ks+=" $(secs run_kiln app-kiln ./cmd/app)"
    echo "// go $i" >> leaf/leaf.go; gs+=" $(secs run_go app-go ./cmd/app)"
  fi
done
row "incremental" "$(med "$gs")" "$(med "$ks")"
