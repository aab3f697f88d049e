#!/usr/bin/env bash
# One-command setup: Python 3.10 virtual environment from the lock file, system packages
# the tests need (Chromium, PostgreSQL), database migrations, and a trained Rasa model.
set -euo pipefail
cd "$(dirname "$0")/.."

python310=$(scripts/find_python310.sh)
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  echo "==> creating .venv with $python310"
  rm -rf .venv
  "$python310" -m venv .venv
fi
echo "==> installing Python packages from requirements.lock"
.venv/bin/python -m pip install --quiet --upgrade "pip==24.0"
.venv/bin/python -m pip install --quiet -r requirements.lock

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages (the browser and PostgreSQL tests need them): ${missing[*]}" >&2
    exit 1
  fi
fi

echo "==> migrating the database"
.venv/bin/python -m storage.migrate

if ! ls models/*.tar.gz >/dev/null 2>&1; then
  scripts/train.sh
fi
echo "==> setup done. Run the tests with: make test"
