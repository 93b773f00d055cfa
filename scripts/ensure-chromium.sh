#!/bin/sh
# Installs Debian's chromium for the explorer's end-to-end test when it is missing (idempotent).
set -e
command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)
