"""The whole service started for a benchmark, every part a real process of its own on loopback:
the fake Twilio API, Rasa servers with their action servers, gunicorn apps, workers, schedulers.

Several apps stand for several machines behind a load balancer: they share ``PUBLIC_BASE_URL``
(Twilio signs every webhook over that address) and the database. Every process serves its
metrics as in production (``Service.metrics_urls``): the apps at ``/metrics``, each worker and
scheduler on a ``METRICS_PORT`` of its own, the action servers on their port. Worker ``n`` talks to Rasa
server ``n`` modulo their number, as a load balancer in front of the Rasa servers would spread
them; with Redis, any Rasa server may serve any conversation.
"""
import os
import subprocess
import sys
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import requests

from devtools.demo_data import seed_demo
from storage import migrate
from storage.db import Database
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN, RASA_TOKEN, test_environment
from tests.support.processes import (
    ManagedProcess,
    ensure_model,
    free_port,
    start_action_server,
    start_rasa_server,
    start_worker,
    wait_until,
)

VENV_BIN = Path(sys.executable).parent


@dataclass
class Service:
    database_url: str
    public_base_url: str
    app_urls: list[str]
    rasa_urls: list[str]
    fake_twilio_url: str
    work: Path
    environment: dict[str, str]
    processes: list[ManagedProcess] = field(default_factory=list)
    metrics_urls: dict[str, str] = field(default_factory=dict)  # process name -> its /metrics

    def start_worker(self, name: str, rasa_url: str, **overrides: str) -> ManagedProcess:
        port = free_port()
        worker = start_worker({**self.environment, "RASA_URL": rasa_url, "METRICS_PORT": str(port), **overrides},
                              self.work, name)
        self.processes.append(worker)
        self.metrics_urls[name] = f"http://127.0.0.1:{port}/metrics"
        return worker

    def start_scheduler(self, name: str) -> ManagedProcess:
        port = free_port()
        scheduler = ManagedProcess(name, [str(VENV_BIN / "python"), "-m", "scheduler"],
                                   {**self.environment, "METRICS_PORT": str(port)}, self.work)
        self.processes.append(scheduler)
        self.metrics_urls[name] = f"http://127.0.0.1:{port}/metrics"
        return scheduler

    def twilio_messages(self) -> list[dict]:
        return requests.get(f"{self.fake_twilio_url}/_fake/messages", timeout=30).json()


def _start_fake_twilio(work: Path) -> tuple[ManagedProcess, str]:
    port = free_port()
    process = ManagedProcess("fake-twilio", [str(VENV_BIN / "python"), "-m", "devtools.fake_twilio", "--port",
                                             str(port), "--account-sid", ACCOUNT_SID, "--auth-token", AUTH_TOKEN],
                             dict(os.environ), work)
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: requests.get(f"{url}/_fake/messages", timeout=2).ok, 30, "the fake Twilio", process.process)
    return process, url


def _start_app(env: dict[str, str], port: int, work: Path, name: str) -> ManagedProcess:
    app = ManagedProcess(name, [str(VENV_BIN / "gunicorn"), "bot:create_app()"],
                         {**env, "WEB_BIND": f"127.0.0.1:{port}"}, work)
    wait_until(lambda: requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).ok, 60, name, app.process)
    return app


@contextmanager
def running_service(work: Path, database_url: str | None = None, apps: int = 1, workers: int = 1,
                    rasa_servers: int = 1, schedulers: int = 0, **overrides: str) -> Iterator[Service]:
    """The service on ``database_url`` (a new SQLite file in ``work`` by default), with the demo
    data; ``overrides`` are environment variables of every process (REDIS_URL, WORKER_THREADS, ...)."""
    database_url = database_url or f"sqlite:///{work}/kontakt.db"
    migrate.upgrade(database_url, configure_logging=False)
    db = Database(database_url)
    with db.session() as session:
        seed_demo(session)
    db.dispose()
    model = ensure_model()
    with ExitStack() as stack:
        fake, fake_url = _start_fake_twilio(work)
        stack.callback(fake.stop)
        app_ports = [free_port() for _ in range(apps)]
        public = f"http://127.0.0.1:{app_ports[0]}"
        base = {**os.environ, **test_environment(database_url, public, "", fake_url, **overrides)}
        base.pop("PROMETHEUS_MULTIPROC_DIR", None)  # each app makes its own: one count per app
        rasa_urls, metrics_urls = [], {}
        for index in range(rasa_servers):
            action_port, rasa_port = free_port(), free_port()
            env = {**base, "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook"}
            stack.callback(start_action_server(env, action_port, work).stop)
            stack.callback(start_rasa_server(env, rasa_port, model, RASA_TOKEN, work).stop)
            rasa_urls.append(f"http://127.0.0.1:{rasa_port}")
            metrics_urls[f"actions-{index}"] = f"http://127.0.0.1:{action_port}/metrics"
        base["RASA_URL"] = rasa_urls[0]
        service = Service(database_url=database_url, public_base_url=public,
                          app_urls=[f"http://127.0.0.1:{port}" for port in app_ports], rasa_urls=rasa_urls,
                          fake_twilio_url=fake_url, work=work, environment=base, metrics_urls=metrics_urls)
        stack.callback(lambda: [process.stop() for process in reversed(service.processes)])
        for index, port in enumerate(app_ports):
            service.processes.append(_start_app(base, port, work, f"app-{index}"))
            service.metrics_urls[f"app-{index}"] = f"http://127.0.0.1:{port}/metrics"
        for index in range(workers):
            service.start_worker(f"worker-{index}", rasa_urls[index % rasa_servers])
        for index in range(schedulers):
            service.start_scheduler(f"scheduler-{index}")
        yield service


def machine() -> str:
    """What the figures were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    memory_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                         if line.startswith("MemTotal")))
    load = os.getloadavg()[0]
    python = subprocess.run([str(VENV_BIN / "python"), "-V"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {memory_kb / 1024 / 1024:.0f} GiB, {python}, "
            f"load average {load:.1f} at the start")
