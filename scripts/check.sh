#!/usr/bin/env bash
# One command: lint, format check, types, tests (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check tiku tests
.venv/bin/ruff format --check tiku tests
.venv/bin/mypy
.venv/bin/pytest -q -p no:cacheprovider "$@"
