#!/usr/bin/env bash
# Install everything tiku needs on a fresh Debian machine (run as root, or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
command -v bwrap >/dev/null || need+=(bubblewrap)
command -v redis-server >/dev/null || need+=(redis-server)
command -v g++ >/dev/null || need+=(g++)
command -v javac >/dev/null || [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/javac ] || need+=(openjdk-17-jdk-headless)
[ -x /usr/bin/python3.11 ] || need+=(python3.11 python3.11-venv)
command -v ps >/dev/null || need+=(procps)
[ -x /usr/bin/chromium ] || need+=(chromium)                       # browser tests (Playwright)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)  # store tests on PostgreSQL
command -v npm >/dev/null || need+=(npm)                            # builds the editor bundle
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3.11 -m venv .venv
fi
.venv/bin/pip install -q --upgrade pip >/dev/null
.venv/bin/pip install -q -e '.[dev]'
# the web app's browser assets (CodeMirror 6, KaTeX, htmx, Mermaid) from npm, never a CDN
(cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
