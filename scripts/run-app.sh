#!/usr/bin/env bash
# Sets everything up and opens Incubator Admin on its embedded SQLite database, filled with the
# demo centre on first start. Extra arguments go to main.py (e.g. --database URL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py --demo "$@"
