"""Starting the real Rasa server and action server for end-to-end tests."""
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
from werkzeug.serving import make_server

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Every Rasa process the tests start inherits this: no telemetry or error reports leave the machine.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"
VENV_BIN = Path(sys.executable).parent


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
    subprocess.run([str(PROJECT_ROOT / "scripts" / "train.sh")], cwd=PROJECT_ROOT, check=True,
                   env={**os.environ, "PATH": f"{VENV_BIN}:{os.environ['PATH']}"})
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
    server = ManagedProcess("actions", [str(VENV_BIN / "rasa"), "run", "actions", "--actions", "actions",
                                        "--port", str(port)], env, log_dir)
    wait_until(lambda: requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok, 90,
               "the action server", server.process)
    return server


def start_rasa_server(env: dict[str, str], port: int, model: Path, token: str, log_dir: Path) -> ManagedProcess:
    server = ManagedProcess("rasa", [
        str(VENV_BIN / "rasa"), "run", "--enable-api", "--auth-token", token,
        "--interface", "127.0.0.1", "--port", str(port), "--model", str(model),
        "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
    ], env, log_dir)
    wait_until(lambda: requests.get(f"http://127.0.0.1:{port}/status", params={"token": token},
                                    timeout=2).json().get("model_file"), 240, "the Rasa server", server.process)
    return server


class ThreadedWsgiServer:
    """The Flask app behind a real HTTP server on loopback, in a thread of the test process."""

    def __init__(self, app, port: int):
        self._server = make_server("127.0.0.1", port, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
