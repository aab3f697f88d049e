"""How a process serves its metrics.

The web app answers ``/metrics`` itself (bot/metrics.py). Under gunicorn its processes write
their counts to files in ``PROMETHEUS_MULTIPROC_DIR`` (gunicorn.conf.py makes it), and any
one of them reads them all (prometheus_client's multi-process mode). The worker, the
scheduler and the action server are single processes without a web app of their own: each
serves ``/metrics``, ``/healthz`` and ``/readyz`` on ``METRICS_PORT`` from a thread
(``serve_process_endpoints``), for Prometheus and for an orchestrator's probes.
"""
import json
import os
import threading
from typing import Callable, Iterable

from prometheus_client import REGISTRY, CollectorRegistry, make_wsgi_app, multiprocess
from prometheus_client.registry import Collector
from werkzeug.serving import make_server

MULTIPROCESS_DIRECTORY = "PROMETHEUS_MULTIPROC_DIR"


class _ThisProcess(Collector):
    """What this process counted (the default registry), for a registry of one's own."""

    def collect(self):
        return REGISTRY.collect()


def registry_for_this_process(extra: Iterable[Collector] = ()) -> CollectorRegistry:
    """What this process's ``/metrics`` shows: its own counts (all the web app's processes' in
    multi-process mode) and ``extra`` collectors read at each scrape."""
    registry = CollectorRegistry(auto_describe=True)
    if os.environ.get(MULTIPROCESS_DIRECTORY):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_ThisProcess())
    for collector in extra:
        registry.register(collector)
    return registry


def process_endpoints(registry: CollectorRegistry, ready: Callable[[], bool]):
    """The WSGI app of a process without a web app: ``/metrics``, ``/healthz`` (the process
    answers) and ``/readyz`` (``ready()``: it can do its work)."""
    metrics = make_wsgi_app(registry)

    def app(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == "/metrics":
            return metrics(environ, start_response)
        if path == "/healthz":
            return _json(start_response, 200, {"status": "ok"})
        if path == "/readyz":
            is_ready = ready()
            return _json(start_response, 200 if is_ready else 503, {"status": "ready" if is_ready else "not ready"})
        return _json(start_response, 404, {"error": "not found"})

    return app


def _json(start_response, status: int, body: dict) -> list[bytes]:
    payload = json.dumps(body).encode()
    reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}[status]
    start_response(f"{status} {reason}", [("Content-Type", "application/json"),
                                          ("Content-Length", str(len(payload)))])
    return [payload]


def serve_process_endpoints(port: int, registry: CollectorRegistry, ready: Callable[[], bool],
                            host: str = "0.0.0.0"):
    """Serves ``process_endpoints`` on ``port`` from a daemon thread; returns the server
    (``shutdown()`` stops it)."""
    server = make_server(host, port, process_endpoints(registry, ready), threaded=True)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    return server
