# Sourced by the setup and lock scripts: which interpreter each environment is built with.
APP_PYTHON_VERSIONS=(3.13 3.12)   # the app, worker, scheduler and action server
RASA_PYTHON_VERSION=3.10          # the Rasa server: Rasa Open Source 3.6 runs on 3.8-3.10 only
app_python() { scripts/find_python.sh "${APP_PYTHON_VERSIONS[@]}"; }
rasa_python() { scripts/find_python.sh "$RASA_PYTHON_VERSION"; }
