#!/usr/bin/env bash
# One-command setup: the two Python environments from their lock files, the system packages
# the tests need (Chromium, PostgreSQL, Redis, npm), the front-end packages of the inbox and the chat from
# package-lock.json, database migrations, and a trained Rasa model.
#   .venv       the app, worker, scheduler and action server (Python 3.13, else 3.12)
#   .venv-rasa  the Rasa server, training and NLU evaluation (Python 3.10)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pythons.sh

# Both interpreters are looked for first, so that a missing one is said before anything is built.
app_python=$(app_python)
rasa_python=$(rasa_python)

build_venv() {  # build_venv DIR PYTHON LOCKFILE
  local dir=$1 python=$2 lock=$3 version
  version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if [ ! -x "$dir/bin/python" ] || ! "$dir/bin/python" -c "import sys; sys.exit('%d.%d' % sys.version_info[:2] != '$version')"; then
    echo "==> creating $dir with $python"
    rm -rf "$dir"
    "$python" -m venv "$dir"
  fi
  echo "==> installing $lock into $dir"
  "$dir/bin/python" -m pip install --quiet --upgrade pip
  "$dir/bin/python" -m pip install --quiet -r "$lock"
}
build_venv .venv "$app_python" requirements/app.lock
build_venv .venv-rasa "$rasa_python" requirements/rasa.lock

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages (the browser, PostgreSQL and Redis tests need them): ${missing[*]}" >&2
    exit 1
  fi
fi

scripts/vendor_assets.sh

echo "==> migrating the database"
.venv/bin/python -m storage.migrate

if ! ls models/*.tar.gz >/dev/null 2>&1; then
  scripts/train.sh
fi
echo "==> setup done. Run the tests with: make test"
