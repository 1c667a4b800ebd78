#!/usr/bin/env bash
# Sets up everything Incubator Admin needs on a Debian/Ubuntu machine, idempotently:
#   system libraries for Qt, a CJK font, (with --dev) a PostgreSQL server for the sharing tests,
#   a virtual environment in .venv with the dependencies from pyproject.toml.
# Usage: scripts/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0
[ "${1:-}" = "--dev" ] && dev=1

python=${PYTHON:-python3}
apt_packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-wqy-microhei)
[ "$dev" = 1 ] && apt_packages+=(postgresql)
# Debian's own python3 needs python3-venv for "python3 -m venv" (ensurepip).
if [ ! -x .venv/bin/python ] && ! "$python" -c "import ensurepip" >/dev/null 2>&1; then
  apt_packages+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
[ -x .venv/bin/python ] || "$python" -m venv .venv

# Reinstall dependencies only when pyproject.toml changes.
extra=""
[ "$dev" = 1 ] && extra="[dev]"
stamp=".venv/.installed$( [ "$dev" = 1 ] && echo -dev )"
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  # pipefail keeps pip's own exit status; grep only drops the harmless local-index warnings.
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | { grep -v "^WARNING: Location" || true; }
  .venv/bin/python -m pip install -q --disable-pip-version-check ".$extra" 2>&1 | { grep -v "^WARNING: Location" || true; }
  .venv/bin/python -c "import PySide6.QtWidgets, sqlalchemy, alembic, openpyxl, lxml, psycopg"
  [ "$dev" = 1 ] && .venv/bin/python -c "import pytest, pytestqt, xdist, icalendar"
  echo "$want" > "$stamp"
fi
# The window's Chinese catalogue: resources/i18n/*.ts → adminapp_zh_CN.qm (lrelease, under 1 s).
.venv/bin/python scripts/translations.py compile >/dev/null
