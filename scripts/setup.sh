#!/usr/bin/env bash
# Installs what factcheck's build and tests need from Debian 12's packages, when missing.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config git
  libpcre2-dev nlohmann-json3-dev libfmt-dev doctest-dev  # the libraries
  libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev  # Markdown and HTML input
  libtomlplusplus-dev                                      # .factcheck.toml
  tidy chromium python3 python3-jsonschema                 # HTML, browser and SARIF tests
  clang-format                                             # the formatting test
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm fetches axe-core for the HTML test. A Node.js from elsewhere (NodeSource's bundles its own
# npm and conflicts with Debian's), so Debian's is installed only when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
