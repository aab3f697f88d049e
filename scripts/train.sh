#!/usr/bin/env bash
# Trains the Rasa model from nlu/ and config.yml into models/ (seeds are fixed in config.yml).
# Skipped when the model was trained from exactly these inputs: their checksum is kept beside it
# (models/kontakt.inputs). Rasa's own cache cannot tell that alone: after a first training from
# scratch it trains DIET again on the next call. `scripts/train.sh --force` always trains.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
mkdir -p models
model=models/kontakt.tar.gz
stamp=models/kontakt.inputs

# What the model is made of: the pipeline, the data, the custom components, the safety net (with the
# words its patterns need) and the NAV words they read, the Rasa version and this script.
inputs_checksum() {
  find config.yml nlu/data nlu/domain rasa_server services/safety/net.py services/safety/required_words.py services/understanding/nav_terms.py requirements/rasa.lock \
    scripts/train.sh -type f ! -name '*.pyc' -print0 \
    | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

# One training at a time: a second caller waits, then finds the model up to date.
exec 9>models/.training.lock
flock 9
checksum=$(inputs_checksum)
if [[ " $* " != *" --force "* && -f $model && -f $stamp && $(cat "$stamp") == "$checksum" ]]; then
  echo "==> the Rasa model is up to date ($stamp)"
  exit 0
fi
echo "==> training the Rasa model"
start=$(date +%s)
.venv-rasa/bin/rasa train --config config.yml --domain nlu/domain --data nlu/data \
  --out models --fixed-model-name kontakt "$@"
echo "==> training took $(( $(date +%s) - start )) s"
# A dry run (--dry-run) trains nothing, so it leaves no stamp.
if [[ " $* " != *" --dry-run "* ]]; then
  echo "$checksum" > "$stamp"
fi
