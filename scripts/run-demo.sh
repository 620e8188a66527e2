#!/usr/bin/env bash
# Installs what is missing, builds, makes the demo district file if it is not
# there yet, and opens Thanrak on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
demo=build/demo/demo-district.thanrak
if [[ ! -f $demo ]]; then
  mkdir -p build/demo
  build/bin/thanrak-cli demo "$demo"
fi
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  echo "No desktop display found. On a desktop, run: build/bin/thanrak $demo" >&2
  exit 0
fi
exec build/bin/thanrak "$demo"
