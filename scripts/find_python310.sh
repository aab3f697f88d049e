#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter: python3.10 on the PATH, else pyenv's.
# Rasa Open Source 3.6 runs on Python 3.8-3.10 only.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

for candidate in "$(command -v python3.10 2>/dev/null || true)"; do
  if [ -n "$candidate" ] && is_310 "$candidate"; then echo "$candidate"; exit 0; fi
done
pyenv_root="${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}"
for candidate in $(ls -d "$pyenv_root"/versions/3.10*/bin/python3.10 2>/dev/null | sort -V -r); do
  if is_310 "$candidate"; then echo "$candidate"; exit 0; fi
done
cat >&2 <<'MSG'
Python 3.10 was not found (Rasa Open Source 3.6 needs Python 3.8-3.10).
Install it, then run the setup again, for example:
  pyenv install 3.10.13        (with pyenv), or
  apt-get install python3.10 python3.10-venv   (where your distribution has it)
MSG
exit 1
