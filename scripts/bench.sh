#!/usr/bin/env bash
# Builds thanrak-bench (release with debug info) and runs it; arguments go to
# the bench, e.g. scripts/bench.sh --orgs 20 --members-per-org 60 --years 3
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${THANRAK_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHANRAK_BUILD_TESTS=OFF -DTHANRAK_BUILD_UI=OFF >/dev/null
cmake --build "$build" --target thanrak-bench
exec "$build/bin/thanrak-bench" "$@"
