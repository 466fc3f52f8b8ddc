"""The smoke test's PostgreSQL scenario: the bundle publishes to a real server over TLS.

A throwaway PostgreSQL server (the tests' own helpers: a temporary folder, TLS with a
throwaway certificate authority and scram passwords on a free port of 127.0.0.1) is reached
under the name on its certificate, so the frozen app treats it as another computer and insists
on a verified TLS connection. That runs libpq with the bundle's one OpenSSL and Kerberos (which
Python's ``ssl`` and QtNetwork share), Alembic's migrations on PostgreSQL, and the password from
``PGPASSWORD``; a name the certificate does not carry must be refused.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER_NAME = "db.coprod.test"
PUBLISHER, PASSWORD = "publisher", "correct horse battery staple"

Run = Callable[..., str]
CheckPdf = Callable[..., str]


class PostgresSmokeError(Exception):
    """The bundle did not work with the PostgreSQL server; the message says how."""


def postgres_scenario(
    exe: Path, work: Path, env: dict[str, str], run: Run, check_pdf: CheckPdf
) -> list[tuple[str, str]]:
    """The demo in a data folder of its own, published over TLS (over_tls)."""
    base = ["--data-dir", str(work / "data")]
    wid = run(exe, *base, "demo", env=env, cwd=work).strip()
    detail = over_tls(exe, base, wid, run=run, check_pdf=check_pdf, env=env, cwd=work)
    return [("PostgreSQL over TLS", detail)]


def over_tls(exe: Path, base: list[str], wid: str, *, run: Run, check_pdf: CheckPdf,
             env: dict[str, str], cwd: Path) -> str:  # fmt: skip
    """Create the organisation store, publish the demo and print its report, all over verified
    TLS from the bundle; then ask for the server under another name, which must fail."""
    sys.path.insert(0, str(ROOT))  # the tests' server and certificate helpers
    import psycopg

    from tests.postgres_server import NoServerBinariesError, running_server
    from tests.tls_certificates import make_certificates

    with tempfile.TemporaryDirectory(prefix="coprod-smoke-tls-") as folder:
        certificates = make_certificates(Path(folder), SERVER_NAME)
        try:
            context = running_server(tls=(certificates.cert, certificates.key))
            server = context.__enter__()
        except NoServerBinariesError as exc:
            raise PostgresSmokeError(str(exc)) from None
        try:
            with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
                conn.execute(f"CREATE ROLE {PUBLISHER} LOGIN PASSWORD '{PASSWORD}'")
                conn.execute(f"CREATE DATABASE coprod OWNER {PUBLISHER}")

            def url(host: str) -> str:
                return (
                    f"postgresql+psycopg://{PUBLISHER}@{host}:{server.port}/coprod"
                    f"?hostaddr=127.0.0.1&sslrootcert={certificates.ca}"
                )

            with_password = {**env, "PGPASSWORD": PASSWORD}
            run(exe, *base, "org-upgrade", "--to", url(SERVER_NAME), env=with_password, cwd=cwd)
            run(exe, *base, "publish", wid, "--to", url(SERVER_NAME), env=with_password, cwd=cwd)
            with psycopg.connect(server.admin_dsn("coprod")) as conn:
                published = conn.execute("SELECT count(*) FROM publication").fetchone()
            pdf = cwd / "organisation-postgres.pdf"
            report = ["org-report", "--from", url(SERVER_NAME), "-o", str(pdf)]
            run(exe, *base, *report, env=with_password, cwd=cwd)
            detail = check_pdf(pdf, expect="Co-production readiness across the organisation")
            refused = subprocess.run(
                [str(exe), *base, "org-report", "--from", url("other.coprod.test"), "-o",
                 str(cwd / "refused.pdf")],
                capture_output=True, text=True, env=with_password, cwd=cwd, timeout=120,
                check=False,
            )  # fmt: skip
        finally:
            context.__exit__(None, None, None)
    # libpq's own words: 'server certificate for "db.coprod.test" does not match host name …'
    if refused.returncode == 0 or "does not match host name" not in refused.stderr:
        raise PostgresSmokeError(
            f"a certificate for another name was not refused: {refused.returncode} "
            f"{refused.stderr!r}"
        )
    count = published[0] if published else 0
    return f"verified TLS, {count} publication, org-report {detail}; another name refused"
