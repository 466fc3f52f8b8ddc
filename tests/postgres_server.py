"""A real PostgreSQL server in a temporary folder, on a Unix socket only, for tests and benches.

``initdb`` refuses to run as root, so when the tests run as root the server runs as the
``postgres`` system user (``runuser``). Nothing listens on the network, unless a test asks for
TLS: then the server also listens on a free TCP port of 127.0.0.1, for TLS connections with a
password only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Where Debian and Ubuntu put the server binaries; PG_BIN overrides.
BIN_GLOB = "/usr/lib/postgresql/*/bin"
MINIMUM_MAJOR = 15
INSTALL_HINT = (
    "the PostgreSQL server binaries (initdb, pg_ctl; version 15 or newer) are needed for the "
    "organisation-store tests: install them with `apt-get install postgresql` (Debian/Ubuntu), "
    "`dnf install postgresql-server` or `brew install postgresql@15`, or set PG_BIN to their "
    "folder. `python3 dev.py test` installs them itself when run as root on Debian."
)


class NoServerBinariesError(RuntimeError):
    """initdb and pg_ctl were not found."""


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl (newest version first)."""
    candidates = [Path(os.environ["PG_BIN"])] if os.environ.get("PG_BIN") else []
    found = sorted(Path("/").glob(BIN_GLOB.lstrip("/")), key=_major, reverse=True)
    candidates += [d for d in found if _major(d) >= MINIMUM_MAJOR]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise NoServerBinariesError(INSTALL_HINT)


def _major(folder: Path) -> int:
    name = folder.parent.name
    return int(name) if name.isdigit() else 0


@dataclass(frozen=True, slots=True)
class Server:
    """A running server: connect through ``socket_dir`` as ``user`` (and to ``port`` of
    127.0.0.1 over TLS when it was started with certificates)."""

    socket_dir: Path
    user: str
    port: int | None = None

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.user}@/{database}?host={self.socket_dir}"

    def admin_dsn(self, database: str = "postgres") -> str:
        port = f" port={self.port}" if self.port is not None else ""  # the socket's name too
        return f"host={self.socket_dir}{port} user={self.user} dbname={database}"


#: With TLS: the socket stays trusted (the tests' admin), TCP takes TLS and a password only.
TLS_HBA = "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"


@contextlib.contextmanager
def running_server(tls: tuple[Path, Path] | None = None) -> Iterator[Server]:
    """Start a throwaway server; stop it and delete its folder when the block ends.

    ``tls`` is the server's certificate and key files: the server then also listens on
    127.0.0.1 for TLS connections that give a password.
    """
    bin_dir = find_bin_dir()
    as_root = os.geteuid() == 0
    top = Path(tempfile.mkdtemp(prefix="coprod-pg-"))
    data, log = top / "data", top / "server.log"
    run_as: list[str] = ["runuser", "-u", "postgres", "--"] if as_root else []
    user = "postgres" if as_root else _current_user()
    try:
        if as_root:
            shutil.chown(top, "postgres", "postgres")
        top.chmod(0o700 if not as_root else 0o755)  # root (the tests) reaches the socket anyway
        initdb = [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", user]
        _run([*run_as, *initdb, "-E", "UTF8", "--locale=C", "--no-sync"])
        options = f"-k {top} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        port = None
        if tls is not None:
            port = _free_port()
            options = options.replace("listen_addresses=''", "listen_addresses=127.0.0.1")
            options += f" -p {port} -c ssl=on" + _tls_files(top, data, tls, as_root)
        start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options]
        _run([*run_as, *start, "start"], log=log)
        try:
            yield Server(socket_dir=top, user=user, port=port)
        finally:
            stop = [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
            _run([*run_as, *stop], log=log)
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tls_files(top: Path, data: Path, tls: tuple[Path, Path], as_root: bool) -> str:
    """Copy the certificate and key where the server (maybe another user) reads them, allow
    TLS-with-password on TCP in pg_hba.conf, and return the server options naming them."""
    cert, key = top / "server.crt", top / "server.key"
    shutil.copyfile(tls[0], cert)
    shutil.copyfile(tls[1], key)
    key.chmod(0o600)
    hba = data / "pg_hba.conf"
    hba.write_text(TLS_HBA)
    if as_root:
        for path in (cert, key, hba):
            shutil.chown(path, "postgres", "postgres")
    return f" -c ssl_cert_file={cert} -c ssl_key_file={key}"


def _run(command: list[str], log: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise RuntimeError(f"{command[0]} failed: {done.stderr or done.stdout}\n{tail}")


def _current_user() -> str:
    import getpass

    return getpass.getuser()
