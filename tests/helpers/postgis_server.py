"""A throw-away PostgreSQL + PostGIS server for the tests and benchmarks, from Debian's packages.

The cluster lives in a temporary folder owned by the user the server runs as (``postgres``
when the tests run as root: PostgreSQL refuses to run as root), listens on 127.0.0.1 alone,
on a free port, and accepts only a login with password, as a ministry's server would. ``stop``
ends it and removes the folder; ``running`` does so even when the code inside fails, and a
watchdog process does it once the process that started the server has gone, however it ended
(killed by a CI timeout, say).
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

POSTGRESQL_ROOT = Path("/usr/lib/postgresql")
USER = "analyst"
# Never a real secret: the tests search every output for it, so it must be unmistakable.
PASSWORD = "Geheim-7Qx!pw"
DATABASE = "ministerium"


# Run detached: waits for the starting process to end, then stops the server and removes it.
WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, pg_ctl, data, folder, *run_as = sys.argv[1:]
while os.path.exists(f"/proc/{parent}") and os.path.isdir(folder):
    time.sleep(1)
subprocess.run([*run_as, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True)
shutil.rmtree(folder, ignore_errors=True)
"""


class ServerUnavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed (``make setup`` installs both)."""


@dataclass
class Server:
    port: int
    folder: Path
    bin: Path
    run_as: list

    host = "127.0.0.1"
    user = USER
    password = PASSWORD
    database = DATABASE

    def uri(self, table=None, schema="public", geometry="geom", key=None, password=True):
        """A provider connection string (QgsDataSourceUri text) to the database or a table."""
        parts = [f"dbname='{self.database}' host={self.host} port={self.port} user='{self.user}'"]
        if password:
            parts.append(f"password='{self.password}'")
        parts.append("sslmode=disable")
        if key:
            parts.append(f"key='{key}'")
        if table:
            parts.append(f'table="{schema}"."{table}"' + (f" ({geometry})" if geometry else ""))
        return " ".join(parts)

    def ogr_connection(self):
        """The database as GDAL's PostgreSQL driver names it."""
        return (
            f"PG:dbname={self.database} host={self.host} port={self.port} user={self.user} "
            f"password={self.password} sslmode=disable"
        )

    def psql(self, sql):
        """Run SQL as the test user; the output of psql (unaligned, tuples only)."""
        environment = {**os.environ, "PGPASSWORD": self.password}
        command = [str(self.bin / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
        command += ["-h", self.host, "-p", str(self.port), "-U", self.user, "-d", self.database]
        done = subprocess.run(
            [*command, "-c", sql], env=environment, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def stop(self):
        subprocess.run(
            [
                *self.run_as,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def newest_postgresql():
    """The bin folder of the newest installed PostgreSQL that has PostGIS."""
    with_postgis = [
        version
        for version in POSTGRESQL_ROOT.glob("*")
        if (version / "bin" / "initdb").exists()
        and list(Path("/usr/share/postgresql", version.name, "extension").glob("postgis.control"))
    ]
    if not with_postgis:
        raise ServerUnavailable(
            "PostgreSQL with PostGIS is not installed (make setup installs postgresql-*-postgis-3)"
        )
    return max(with_postgis, key=lambda version: int(version.name)) / "bin"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start():
    """Initialise and start a cluster with the test user, its database and PostGIS."""
    bin_folder = newest_postgresql()
    folder = Path(tempfile.mkdtemp(prefix="i40-postgis-"))
    run_as = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres", "postgres")
    password_file = folder / "password"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    if run_as:
        shutil.chown(password_file, "postgres", "postgres")
    port = _free_port()
    server = Server(port=port, folder=folder, bin=bin_folder, run_as=run_as)
    try:
        _run(
            run_as,
            bin_folder / "initdb",
            "-D",
            folder / "data",
            "-U",
            USER,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
        _run(run_as, bin_folder / "pg_ctl", "-D", folder / "data", "-o", options, "-l",
             folder / "server.log", "-w", "start")  # fmt: skip
        with_password = {**os.environ, "PGPASSWORD": PASSWORD}
        _run([], bin_folder / "createdb", "-h", "127.0.0.1", "-p", port, "-U", USER, DATABASE,
             environment=with_password)  # fmt: skip
        server.psql("CREATE EXTENSION postgis")
        subprocess.Popen(
            [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(bin_folder / "pg_ctl"),
             str(folder / "data"), str(folder), *run_as],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
    except BaseException:
        server.stop()
        raise
    return server


def _run(run_as, *command, environment=None):
    done = subprocess.run(
        [*run_as, *map(str, command)], capture_output=True, text=True, env=environment, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(str(command[0])).name} failed: {done.stderr.strip()}")


@contextlib.contextmanager
def running():
    server = start()
    try:
        yield server
    finally:
        server.stop()
