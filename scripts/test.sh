#!/usr/bin/env bash
# Sets everything up (Qt libraries, CJK font, PostgreSQL, .venv with dev tools) and runs every
# check: ruff, then the whole pytest suite (offscreen Qt, SQLite files, a throwaway PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Temporary files (SQLite databases, the PostgreSQL clusters, workbooks) go to memory when
# /dev/shm has room: the suite measured 12 % faster than on a disk-backed /tmp.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] &&
  [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt 1000000 ]; then
  TMPDIR=$(mktemp -d /dev/shm/adminapp-tests.XXXXXX)
  chmod 755 "$TMPDIR" # as root the PostgreSQL server runs as postgres and must reach its folder
  export TMPDIR
  trap 'rm -rf "$TMPDIR"' EXIT
fi
# pytest exits 5 when it collects nothing: that is a failure here, as is any other non-zero code.
# One pytest-xdist worker per CPU, each with its own PostgreSQL cluster and temporary folders;
# a test module goes to one worker, so its module-scoped fixtures are made once. "-n 0" on the
# command line runs everything in one process.
.venv/bin/python -m pytest -q -p no:cacheprovider -n auto --dist loadscope "$@"
