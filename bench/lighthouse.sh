#!/bin/sh
# Lighthouse scores, mobile mode, of the demo served with gunicorn and the production settings:
# the home page, a concept page and "FIV nær dig" as a stranger, the library and a material page
# as the demo professional. Prints performance, accessibility, best practices, SEO and the KiB
# transferred of each page, then every audit that cost points (bench/lighthouse.py says how).
#
#     bash bench/lighthouse.sh [--runs 1] [--reports DIR] [--reuse]
#
# Needs Node and npm, and Debian's chromium (apt-get install chromium; CHROME_PATH says where,
# /usr/bin/chromium by default). Lighthouse is installed with npm on the first run outside the
# repository, in LIGHTHOUSE_DIR (~/.cache/fiv-lighthouse). Version 12 because 13 needs Node 22.
set -e
cd "$(dirname "$0")/.."
LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-$HOME/.cache/fiv-lighthouse}"
export LIGHTHOUSE="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ]; then
    echo "No Chromium at $CHROME_PATH: apt-get install chromium, or set CHROME_PATH" >&2
    exit 1
fi
if [ ! -x "$LIGHTHOUSE" ]; then
    echo "Installing Lighthouse in $LIGHTHOUSE_DIR"
    npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --loglevel=error lighthouse@12.8.2
fi
exec .venv/bin/python bench/lighthouse.py "$@"
