"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries."""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.support.processes import free_port


def _postgres_bin(name: str) -> str:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not candidates or not candidates[-1]:
        raise RuntimeError(f"PostgreSQL's {name} is not installed: run the setup (make setup)")
    return candidates[-1]


class TemporaryPostgres:
    """initdb + pg_ctl in a temporary folder; as root, the server runs as the postgres user."""

    def __init__(self):
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="kontakt-pg-"))
        self.data = self.root / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_user, *args], check=True, capture_output=True, cwd=self.root)

    def start(self) -> "TemporaryPostgres":
        self._run(_postgres_bin("initdb"), "-D", str(self.data), "-U", "kontakt", "--auth=trust",
                  "--encoding=UTF8", "--no-locale")
        self._run(_postgres_bin("pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.root / "server.log"),
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        self._run(_postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "kontakt", "kontakt")
        return self

    def url(self, database: str = "kontakt") -> str:
        return f"postgresql://kontakt@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        self._run(_postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "kontakt", name)
        return self.url(name)

    def stop(self) -> None:
        subprocess.run([*self._as_user, _postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"],
                       capture_output=True, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)
