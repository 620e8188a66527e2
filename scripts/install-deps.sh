#!/usr/bin/env bash
# Installs the Debian 12 packages Thanrak needs to build, test and run.
# Only asks apt when something is missing, so a second run is instant.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  libboost-dev libspdlog-dev catch2 libsqlite3-dev sqlite3 poppler-utils
  fonts-thai-tlwg libquazip1-qt6-dev qt6-charts-dev libqt6opengl6-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "Run as root (or with sudo) to install packages." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
