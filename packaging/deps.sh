#!/usr/bin/env bash
# Installs what Kiln needs to build, test and run on Debian 12 (bookworm).
# Idempotent and quiet when everything is present. Runs as root, or uses sudo.
#
# Go 1.25 comes from `go` on PATH when that is go1.25.x; otherwise from Debian's
# trixie-backports suite, added as a deb822 source with an apt pin that lets
# only golang-1.25* packages come from it (nothing else is upgraded from there).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

PKGS=(cmake g++ ninja-build ccache pkg-config qt6-base-dev qt6-tools-dev
      qt6-tools-dev-tools qt6-l10n-tools libgraphviz-dev graphviz libssl-dev
      xvfb xauth git libgl-dev libxkbcommon-dev file zlib1g-dev)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

apt_updated=0
apt_update() {
  if [ "$apt_updated" = 0 ]; then
    $SUDO apt-get update -qq
    apt_updated=1
  fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  echo "kiln deps: installing ${missing[*]}"
  apt_update
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

go_is_125() {
  local go="$1"
  [ -x "$go" ] || return 1
  "$go" version 2>/dev/null | grep -Eq ' go1\.25(\.[0-9]+)? '
}

if go_is_125 "$(command -v go 2>/dev/null || true)" || go_is_125 /usr/lib/go-1.25/bin/go; then
  :
else
  echo "kiln deps: installing golang-1.25-go from trixie-backports (pinned)"
  $SUDO tee /etc/apt/sources.list.d/kiln-trixie-backports.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  $SUDO tee /etc/apt/preferences.d/kiln-trixie-backports >/dev/null <<'PIN'
Package: *
Pin: release n=trixie-backports
Pin-Priority: -10

Package: golang-1.25*
Pin: release n=trixie-backports
Pin-Priority: 500
PIN
  apt_updated=0
  apt_update
  $SUDO apt-get install -y -qq --no-install-recommends golang-1.25-go >/dev/null
fi
