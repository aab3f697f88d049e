# The one way to set up, test and run Kontakt. See README.md.
SHELL := /bin/bash
# Two environments (README, "Dependencies"): the app's, and the Rasa server's on Python 3.10.
VENV := .venv/bin
RASA_VENV := .venv-rasa/bin
TEXT ?= hei
FROM ?= +4791234567

# Rasa must never send telemetry or error reports off this machine.
export RASA_TELEMETRY_ENABLED := false
export RASA_TOKEN ?= development-only-rasa-token
export ACTION_ENDPOINT_URL ?= http://127.0.0.1:5055/webhook

.PHONY: setup test run sms train evaluate crossvalidate lock bench

setup:  ## environment, packages, database, model
	scripts/setup.sh

test:  ## the whole test suite: the app's tests, then the NLU's in the Rasa environment
	$(VENV)/python -m pytest
	$(RASA_VENV)/python -m pytest nlu/tests

run: train  ## the whole service on this machine: Rasa, actions, web app, worker, scheduler (supervisord.conf)
	$(VENV)/python -m storage.migrate
	$(VENV)/flask --app bot seed-demo
	@mkdir -p instance/logs
	@echo "logs: instance/logs/*.log   status: $(VENV)/supervisorctl -c supervisord.conf status"
	$(VENV)/supervisord -c supervisord.conf

sms:  ## text the running service: make sms TEXT="hei" FROM=+4791234567
	$(VENV)/flask --app bot text "$(TEXT)" --from "$(FROM)"

train:  ## train the Rasa model (skipped when nothing changed)
	scripts/train.sh

evaluate: train  ## held-out NLU evaluation: reports/nlu_evaluation.md
	$(RASA_VENV)/python -m devtools.nlu_evaluation

crossvalidate:  ## 3-fold cross-validation of the NLU training data: reports/nlu_crossvalidation.md
	$(RASA_VENV)/python -m devtools.nlu_crossvalidation

lock:  ## re-resolve both environments: requirements/*.in into requirements/*.lock
	scripts/lock.sh

bench: train  ## several instances of every part (bench/cluster.py), then the pipeline under load beside Rasa direct (bench/pipeline.py)
	$(VENV)/python -m bench.cluster
	$(VENV)/python -m bench.pipeline
