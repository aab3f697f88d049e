#!/usr/bin/env bash
# Re-resolves both environments' direct dependencies into exact versions, each in a fresh
# virtual environment of its own Python:
#   requirements/app.in  -> requirements/app.lock   (the app's Python: 3.13, else 3.12)
#   requirements/rasa.in -> requirements/rasa.lock  (Python 3.10, for Rasa Open Source 3.6)
# scripts/lock.sh app (or rasa) re-resolves just that one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pythons.sh

lock() {  # lock NAME PYTHON
  local name=$1 python=$2 tmp
  tmp=$(mktemp -d)
  "$python" -m venv "$tmp/venv"
  "$tmp/venv/bin/python" -m pip install --quiet --upgrade pip
  "$tmp/venv/bin/python" -m pip install --quiet -r "requirements/$name.in"
  {
    echo "# Exact versions, resolved from requirements/$name.in by scripts/lock.sh ($("$tmp/venv/bin/python" -V))."
    "$tmp/venv/bin/python" -m pip freeze --exclude-editable | sort -f
  } > "requirements/$name.lock"
  rm -rf "$tmp"
  echo "requirements/$name.lock written ($(grep -vc '^#' "requirements/$name.lock") packages)"
}

[ $# -gt 0 ] || set -- app rasa
for name in "$@"; do
  case $name in
    app) lock app "$(app_python)" ;;
    rasa) lock rasa "$(rasa_python)" ;;
    *) echo "usage: $0 [app] [rasa]" >&2; exit 2 ;;
  esac
done
