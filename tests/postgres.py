"""A throwaway PostgreSQL cluster: the service tests run on it as well as on SQLite.

Started once per test session (once per pytest-xdist worker) in a temporary folder of its own
on a free port (about a second), stopped at the end.
Each test gets a database of its own, copied from a migrated template (measured: a quarter of
the time that running the migrations takes), and dropped after it.
Under CI (``CI=true``) a missing server is a failure, not a skip.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/setup.sh --dev installs it)")
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="adminapp-pg-"))
        self.port = _free_port()
        self.as_user: str | None = None
        if os.geteuid() == 0:  # initdb refuses to run as root
            self.as_user = "postgres"
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.dir / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        # Each pytest-xdist worker starts a cluster of its own: two may pick the same free port
        # at the same moment, and then the one that loses the race tries another.
        for attempt in range(5):
            try:
                self._run(
                    "pg_ctl",
                    "-D",
                    str(self.dir / "data"),
                    "-w",
                    "-l",
                    str(self.dir / "log"),
                    "-o",
                    f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off "
                    "-c max_connections=50",
                    "start",
                )
                break
            except subprocess.CalledProcessError:
                if attempt == 4:
                    raise
                self.port = _free_port()
        self._n = 0
        self._admin: psycopg.Connection | None = None

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.dir)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _execute(self, sql: str) -> None:
        # One autocommit connection to the maintenance database: CREATE/DROP DATABASE cannot
        # run inside a transaction, and a connection per call would cost more than the copy.
        if self._admin is None:
            self._admin = psycopg.connect(
                host="127.0.0.1",
                port=self.port,
                user="postgres",
                dbname="postgres",
                autocommit=True,
            )
        self._admin.execute(sql)

    def new_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """A fresh database, empty or a copy of ``template``; returns its SQLAlchemy URL.

        Nothing may be connected to ``template`` while it is copied (PostgreSQL refuses).
        """
        if name is None:
            self._n += 1
            name = f"t{self._n}"
        self._execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a test's database, closing whatever the test left connected to it."""
        name = make_url(url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            if self._admin is not None:
                self._admin.close()
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
