#!/usr/bin/env bash
# Renders every page of the window, in English and in 简体中文, from the demo centre:
#   bash scripts/screenshots.sh [DEMO_DB_FILE]
# English pictures go to docs/screenshots/PAGE.png, Chinese ones to docs/screenshots/zh/PAGE.png.
# The demo database is made first when the file does not exist (about 45 s). Pages are seen by
# the user who works on them: staff, the manager for Reports, the administrator for Audit/Users.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/adminapp-screens/demo.db}"
mkdir -p "$(dirname "$db")" docs/screenshots/zh
[ -f "$db" ] || .venv/bin/python main.py --database "sqlite:///$db" demo >/dev/null
export QT_QPA_PLATFORM=offscreen ADMINAPP_DATA_DIR="$(dirname "$db")"

# name:page[:view]:user
shots=(
  dashboard:dashboard:staff units:units:staff stacking-plan:stacking:staff
  companies:companies:staff leases:leases:staff financing:financing:staff
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
    ADMINAPP_LANG=$lang ADMINAPP_USER=$user ADMINAPP_PASSWORD="$user-demo" \
      .venv/bin/python main.py --database "sqlite:///$db" --screenshot "$out/$name.png" \
      --page "$target" 2>/dev/null
    echo "$out/$name.png"
  done
done
