#!/usr/bin/env bash
# Trains the Rasa model from nlu/ and config.yml into models/ (seeds are fixed in config.yml).
# Rasa skips the training when nothing changed since the last model.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
mkdir -p models
# One training at a time: a second caller waits, then finds the model up to date.
exec 9>models/.training.lock
flock 9
echo "==> training the Rasa model"
start=$(date +%s)
.venv-rasa/bin/rasa train --config config.yml --domain nlu/domain --data nlu/data \
  --out models --fixed-model-name kontakt "$@"
echo "==> training took $(( $(date +%s) - start )) s"
