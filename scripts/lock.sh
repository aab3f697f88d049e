#!/usr/bin/env bash
# Resolves requirements.in (with rasa==3.6.21) in a fresh Python 3.10 environment and
# writes the exact versions to requirements.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
python310=$(scripts/find_python310.sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python310" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "pip==24.0"
"$tmp/venv/bin/python" -m pip install --quiet -r requirements.in
{
  echo "# Exact versions, resolved together from requirements.in by scripts/lock.sh (Python 3.10)."
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | sort -f
} > requirements.lock
echo "requirements.lock written ($(grep -vc '^#' requirements.lock) packages)"
