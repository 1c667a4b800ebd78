#!/usr/bin/env bash
# Renders every page of the window, in English and in 简体中文, from the demo centre:
#   bash scripts/screenshots.sh [DEMO_DB_FILE]
# English pictures go to docs/screenshots/PAGE.png, Chinese ones to docs/screenshots/zh/PAGE.png.
# The demo database is made first when the file does not exist (about 45 s); each picture is
# taken on a fresh copy of it, so no picture shows the sign-ins of the ones before. Pages are seen
# by the user who works on them: staff, finance for Billing, the manager for Reports, the
# administrator for Audit and Users.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/adminapp-screens/demo.db}"
mkdir -p "$(dirname "$db")" docs/screenshots/zh
[ -f "$db" ] || .venv/bin/python main.py --database "sqlite:///$db" demo >/dev/null
work="$(dirname "$db")/work"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen ADMINAPP_DATA_DIR="$work"

# name:page[:view]:user
shots=(
  dashboard:dashboard:staff units:units:staff stacking-plan:stacking:staff
  companies:companies:staff company:companies:company=91310110MATY1WEJ8Y:staff leases:leases:staff financing:financing:staff
  programmes:programmes:staff consultations:consultations:staff
  consultations-week:consultations:week:staff billing:billing:finance
  billing-arrears:billing:arrears:finance reports:reports:manager audit:audit:admin
  users:users:admin
)
for lang in en zh_CN; do
  out=docs/screenshots
  [ "$lang" = zh_CN ] && out=docs/screenshots/zh
  for shot in "${shots[@]}"; do
    IFS=: read -r name page rest <<<"$shot"
    user="${rest##*:}"
    view="${rest%"$user"}"; view="${view%:}"
    target="$page${view:+:$view}"
    cp "$db" "$work/screen.db"
    ADMINAPP_LANG=$lang ADMINAPP_USER=$user ADMINAPP_PASSWORD="$user-demo" \
      .venv/bin/python main.py --database "sqlite:///$work/screen.db" --screenshot "$out/$name.png" \
      --page "$target" 2>/dev/null
    echo "$out/$name.png"
  done
done
