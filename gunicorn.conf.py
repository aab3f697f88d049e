"""gunicorn's settings for the web app (read from the working directory: `gunicorn "bot:create_app()"`).

Threads, not processes, carry the requests: a webhook only stores a message, and a live page
(Server-Sent Events) holds a thread while it waits, not a whole process.

Metrics: the processes count into files in ``PROMETHEUS_MULTIPROC_DIR`` (prometheus_client's
multi-process mode), so that ``/metrics``, whichever process answers it, shows them all. A
directory given from outside (a Kubernetes emptyDir, a tmpfs) is emptied at start, so that an
earlier run's counts are not added in; without one, each start makes its own. Logs: gunicorn's
own lines are JSON like the app's (services/logs/setup.py).
"""
import glob
import os
import shutil
import tempfile

bind = os.environ.get("WEB_BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_PROCESSES", "2"))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "8"))
# Several apps may run on one machine (tests, the benchmark): no shared control socket in $HOME.
control_socket_disable = True

_given_directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _given_directory or tempfile.mkdtemp(prefix="kontakt-metrics-")

# The handler's name is the one configure_logging gives its own, which replaces it in each process.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "services.logs.setup.json_formatter", "process": "web"}},
    "handlers": {"kontakt-json": {"class": "logging.StreamHandler", "formatter": "json",
                                  "stream": "ext://sys.stdout"}},
    "root": {"level": "INFO", "handlers": ["kontakt-json"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
        "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": True},
    },
}


def on_starting(server):
    if _given_directory:
        for counts in glob.glob(os.path.join(_given_directory, "*.db")):
            os.remove(counts)


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if not _given_directory:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
