#!/usr/bin/env bash
# Installs Debian's Chromium (and fonts for Arabic, Farsi, Pashto and Tigrinya, so screenshots
# show real text) when it is missing. The end-to-end tests drive /usr/bin/chromium.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "installing Debian's chromium for the widget's end-to-end tests" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium fonts-noto-core fonts-dejavu-core >/dev/null
