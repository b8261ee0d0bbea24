#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter: pyenv's 3.10 first, then python3.10 on PATH.
# Rasa 3.6 needs Python < 3.11, so no other version will do.
set -u
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for candidate in $(ls -d "$root"/versions/3.10.*/bin/python 2>/dev/null | sort -V -r); do
    [ -x "$candidate" ] && { echo "$candidate"; exit 0; }
  done
fi
for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10.*/bin/python; do
  [ -x "$candidate" ] && { echo "$candidate"; exit 0; }
done
if command -v python3.10 >/dev/null 2>&1 && python3.10 -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
  command -v python3.10; exit 0
fi
cat >&2 <<'MSG'
error: Python 3.10 is needed (Rasa 3.6 does not run on 3.11 or later) and none was found.
Install it with pyenv (`pyenv install 3.10`) or your system's packages
(for example `apt-get install python3.10 python3.10-venv`), then run the command again.
MSG
exit 1
