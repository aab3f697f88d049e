"""A throwaway Redis server for the tests and the benchmark, from the machine's own binary."""
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.processes import free_port


class TemporaryRedis:
    def __init__(self):
        if shutil.which("redis-server") is None:
            raise RuntimeError("redis-server is not installed: run the setup (make setup)")
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="kontakt-redis-"))
        self._process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "TemporaryRedis":
        self._process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.root),
             "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while self.command("PING") != "PONG":
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        return self

    def command(self, *args: str) -> str:
        """One command through redis-cli (the Debian package has it), its answer as text."""
        result = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True)
        return result.stdout.strip()

    def commands_processed(self) -> int:
        stats = dict(line.split(":", 1) for line in self.command("INFO", "stats").splitlines() if ":" in line)
        return int(stats["total_commands_processed"])

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)
