#!/usr/bin/env bash
# Prints the path of a Python interpreter of one of the versions asked for, the first one
# found in the order given: pythonX.Y on the PATH, else pyenv's newest X.Y.
#   scripts/find_python.sh 3.10          the Rasa server's (Rasa Open Source 3.6: 3.8-3.10 only)
#   scripts/find_python.sh 3.13 3.12     the app's: the newest the whole suite passes on
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 VERSION [VERSION...]" >&2; exit 2; }

is_version() { "$1" -c "import sys; sys.exit('%d.%d' % sys.version_info[:2] != '$2')" 2>/dev/null; }

pyenv_root="${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}"
for version in "$@"; do
  for candidate in "$(command -v "python$version" 2>/dev/null || true)" \
                   $(ls -d "$pyenv_root"/versions/"$version".*/bin/python"$version" 2>/dev/null | sort -V -r); do
    if [ -n "$candidate" ] && is_version "$candidate" "$version"; then echo "$candidate"; exit 0; fi
  done
done
cat >&2 <<MSG
No Python $* was found on the PATH or under pyenv ($pyenv_root/versions).
Install one, then run the setup again, for example:
  pyenv install $1                                   (with pyenv), or
  apt-get install python$1 python$1-venv             (where your distribution has it)
MSG
exit 1
