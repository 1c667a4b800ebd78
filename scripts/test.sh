#!/usr/bin/env bash
# Sets everything up (Qt libraries, CJK font, PostgreSQL, .venv with dev tools) and runs every
# check: ruff, then the whole pytest suite (offscreen Qt, SQLite files, a throwaway PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# pytest exits 5 when it collects nothing: that is a failure here, as is any other non-zero code.
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
