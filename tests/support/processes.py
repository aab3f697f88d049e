"""Starting the real Rasa server and action server for end-to-end tests.

Imported by the app's tests and by the NLU's (nlu/tests, in the Rasa environment): nothing
here may import the app or a package only one environment has.
"""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Every Rasa process the tests start inherits this: no telemetry or error reports leave the machine.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"
# The environment running the tests (the app's: the action server, the scheduler), and the
# Rasa server's own (Python 3.10).
VENV_BIN = Path(sys.executable).parent
RASA_VENV_BIN = PROJECT_ROOT / ".venv-rasa" / "bin"
# Rasa and the action server, most of the CPU a message costs, run at a lower priority than the
# rest, as under `make run` (supervisord.conf): on a shared machine Twilio's webhooks are
# acknowledged first. Not the workers: they hold the database's write lock that a webhook waits
# for, and a process that holds it must not wait for the CPU.
BACKGROUND = ["nice", "-n", "10"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            if check():
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} did not become ready in {timeout:.0f} s")


def ensure_model() -> Path:
    """Trains the model when it is missing or out of date (Rasa skips an unchanged one)."""
    subprocess.run([str(PROJECT_ROOT / "scripts" / "train.sh")], cwd=PROJECT_ROOT, check=True)
    return PROJECT_ROOT / "models" / "kontakt.tar.gz"


class ManagedProcess:
    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path):
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def start_action_server(env: dict[str, str], port: int, log_dir: Path) -> ManagedProcess:
    server = ManagedProcess("actions", [*BACKGROUND, str(VENV_BIN / "python"), "-m", "action_server", "--actions", "actions",
                                        "--port", str(port)], {"SANIC_HOST": "127.0.0.1", **env}, log_dir)
    wait_until(lambda: requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok, 90,
               "the action server", server.process)
    return server


def start_worker(env: dict[str, str], log_dir: Path, name: str = "worker") -> ManagedProcess:
    """``python -m worker``: it has no port, so it is ready when it says so in its log."""
    worker = ManagedProcess(name, [str(VENV_BIN / "python"), "-m", "worker"], env, log_dir)
    wait_until(lambda: "worker started" in worker.log_path.read_text(), 60, name, worker.process)
    return worker


def start_rasa_server(env: dict[str, str], port: int, model: Path, token: str, log_dir: Path) -> ManagedProcess:
    server = ManagedProcess("rasa", [
        *BACKGROUND, str(RASA_VENV_BIN / "rasa"), "run", "--enable-api", "--auth-token", token,
        "--interface", "127.0.0.1", "--port", str(port), "--model", str(model),
        "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
    ], env, log_dir)
    wait_until(lambda: requests.get(f"http://127.0.0.1:{port}/status", params={"token": token},
                                    timeout=2).json().get("model_file"), 240, "the Rasa server", server.process)
    return server
