#!/bin/sh
# Installs Debian's chromium for the end-to-end browser tests when it is missing (idempotent).
set -e
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing: install it (Debian: sudo apt-get install -y chromium), then run npm test again" >&2
  exit 1
fi
echo "installing Debian's chromium for the browser tests…" >&2
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
