"""Organisation view benchmark: 10,000 published workshops on a real PostgreSQL server.

    taskset -c 0 .venv/bin/python bench/organisation.py [--workshops 10000] [--trials 25]
        [--sqlite]   # the same on a SQLite organisation file instead

Starts a throwaway PostgreSQL server (tests/postgres_server.py; Unix socket only), fills it with
generated workshops (12 localities, 6 services, 3 purposes, 2022-2026, 4 groups × 20 items each,
some withdrawn and some with a second revision), then times, alternating trials:

- for several filters (all; one locality; one service in a date range), what the window
  computes when a filter changes (the summary, readiness heat map and stages: its first paint),
  and what the common needs and strengths tabs compute when first shown (one query over the
  per-item sums), each clock stopping when its figures are in Python objects ready to draw;
  the trend (a third of the workshops follow up the one before) likewise, as its tab computes
  it when shown; and every figure at once, as the PDF reads them;
- the floor: one plain SQL aggregate over the same tables on the same server (readiness per
  locality: a join of ratings to publications and a GROUP BY), fetched the same way;
- the organisation PDF, whole, written to a file.

Ends with one line: ``organisation: ratio R (p95 figures A ms, median M ms, vs plain aggregate B
ms)``, R being the slowest p95 a person waits for at once (a filter's first paint or a tab's
first showing, over the filters) over the floor's median, measured in the same run. Budgets
(issue 17): figures under 200 ms, the PDF under 5 s.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, text

from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.organisation import OrganisationFilter
from coprod_desktop.domain.workshop import WorkshopPurpose
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.organisation_store import OrganisationStore, open_organisation_store
from coprod_desktop.storage.tables import (
    PublicationRow,
    PublishedGroupRow,
    PublishedItemSummaryRow,
    PublishedRatingRow,
    PublishedRoleSummaryRow,
    WithdrawalRow,
)

LOCALITIES = [
    "Abergele", "Bangor", "Caernarfon", "Denbigh", "Flint", "Holyhead", "Llandudno",
    "Mold", "Prestatyn", "Rhyl", "Ruthin", "Wrexham",
]  # fmt: skip
SERVICES = [
    "Adult social care",
    "Housing",
    "Youth work",
    "Mental health",
    "Early years",
    "Policing",
]
AREAS = ["knowledge", "hard_skill", "soft_skill", "attitude"]
ITEMS = 20
BATCH = 500


def generate(engine: Engine, count: int, seed: int = 17) -> None:  # noqa: PLR0915
    """Insert ``count`` published workshops with Core bulk inserts (as many laptops would)."""
    rng = random.Random(seed)
    pub, grp, rat, wd, role_sum, item_sum = (
        t.__table__  # type: ignore[attr-defined]
        for t in (
            PublicationRow, PublishedGroupRow, PublishedRatingRow, WithdrawalRow,
            PublishedRoleSummaryRow, PublishedItemSummaryRow,
        )
    )  # fmt: skip
    roles = list(GroupRole)
    stages = [*Stage, None]
    strength = {loc: rng.uniform(-1.0, 1.0) for loc in LOCALITIES}
    next_id = 1
    with engine.begin() as conn:
        for start in range(0, count, BATCH):
            pubs, groups, ratings, withdrawn = [], [], [], []
            role_sums: list[dict[str, object]] = []
            item_sums: dict[tuple[int, str], list[int]] = {}
            for n in range(start, min(count, start + BATCH)):
                locality = rng.choice(LOCALITIES)
                held = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
                revisions = 2 if rng.random() < 0.1 else 1
                for revision in range(1, revisions + 1):
                    pid = next_id
                    next_id += 1
                    pubs.append({
                        "id": pid, "workshop_uid": f"w{n}", "revision": revision,
                        "parent_revision": revision - 1 or None, "content_hash": f"{n}-{revision}",
                        "document": "{}", "title": f"Workshop {n}", "organisation": "North Wales",
                        "locality": locality, "service": rng.choice(SERVICES),
                        "purpose": rng.choice(list(WorkshopPurpose)).value, "held_on": held,
                        "baseline_uid": f"w{n - 1}" if n % 3 == 1 else None,  # a third follow up
                        "published_by": "bench",
                        "published_at": dt.datetime.now(dt.UTC),
                    })  # fmt: skip
                    for g, role in enumerate(rng.sample(roles, 4)):
                        assessed = meeting = 0
                        stage = rng.choice(stages)
                        groups.append({
                            "publication_id": pid, "key": f"g{g + 1}", "name": role.value,
                            "role": role.value, "current_stage": stage.value if stage else None,
                            "aim_stage": None,
                        })  # fmt: skip
                        lift = strength[locality] + (held.year - 2022) * 0.15
                        for i in range(ITEMS):
                            required = rng.randint(2, 5)
                            current = max(1, min(5, round(rng.gauss(3 + lift, 1.1))))
                            skipped = rng.random() < 0.05
                            ratings.append({
                                "publication_id": pid, "group_key": f"g{g + 1}",
                                "item_code": f"I{i + 1:02d}",
                                "item_text": f"Statement {i + 1} about co-production",
                                "area": AREAS[i % 4], "status": "skipped" if skipped else "agreed",
                                "current_level": None if skipped else current,
                                "required_level": None if skipped else required,
                            })  # fmt: skip
                            if not skipped:
                                meets = int(current >= required)
                                assessed, meeting = assessed + 1, meeting + meets
                                sums = item_sums.setdefault((pid, f"I{i + 1:02d}"), [0, 0, 0, 0])
                                sums[0] += 1
                                sums[1] += meets
                                sums[2] += 1 - meets
                                sums[3] += max(0, required - current)
                        role_sums.append({"publication_id": pid, "role": role.value,
                                          "assessed": assessed, "meeting": meeting})  # fmt: skip
                if rng.random() < 0.01:
                    withdrawn.append({"workshop_uid": f"w{n}", "reason": "",
                                      "withdrawn_at": dt.datetime.now(dt.UTC)})  # fmt: skip
            conn.execute(pub.insert(), pubs)
            conn.execute(grp.insert(), groups)
            conn.execute(rat.insert(), ratings)
            conn.execute(role_sum.insert(), role_sums)
            conn.execute(
                item_sum.insert(),
                [
                    {"publication_id": pid, "item_code": code, "item_text": f"Statement {code}",
                     "assessed": a, "meeting": m, "needs": n, "gap_sum": g}
                    for (pid, code), (a, m, n, g) in item_sums.items()
                ],
            )  # fmt: skip
            if withdrawn:
                conn.execute(wd.insert(), withdrawn)
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT setval('publication_id_seq', :n)"), {"n": next_id})
    with engine.connect() as conn:  # fresh statistics, as autovacuum would have made
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
            conn.commit()


FLOOR = text(
    "SELECT p.locality, count(*), sum(CASE WHEN r.current_level >= r.required_level "
    "THEN 1 ELSE 0 END) FROM published_rating r JOIN publication p ON p.id = r.publication_id "
    "WHERE r.status <> 'skipped' GROUP BY p.locality"
)


def timed_ms(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


@contextlib.contextmanager
def organisation_store(use_sqlite: bool, folder: Path) -> Iterator[OrganisationStore]:
    if use_sqlite:
        store = open_organisation_store(parse_url(f"sqlite:///{folder / 'org.sqlite'}"))
        yield store
        store.close()
        return
    from tests.postgres_server import running_server

    with running_server() as server:
        store = open_organisation_store(parse_url(server.url()), upgrade=True)
        try:
            yield store
        finally:
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workshops", type=int, default=10_000)
    parser.add_argument("--trials", type=int, default=25)
    parser.add_argument("--sqlite", action="store_true", help="a SQLite organisation file")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as scratch,
        organisation_store(args.sqlite, Path(scratch)) as org,
    ):
        began = time.perf_counter()
        generate(org.engine, args.workshops)
        with org.engine.connect() as conn:
            rows = conn.execute(text("SELECT count(*) FROM published_rating")).scalar()
        print(f"generated {args.workshops} workshops ({rows:,} ratings) "
              f"in {time.perf_counter() - began:.1f} s on {org.engine.dialect.name}")  # fmt: skip
        view = OrganisationView.of_organisation(org)
        filters = {
            "all": OrganisationFilter(),
            "one locality": OrganisationFilter(localities=("Rhyl",)),
            "service+dates": OrganisationFilter(
                services=("Housing",), held_from=dt.date(2025, 1, 1), held_to=dt.date(2026, 12, 31)
            ),
        }
        view.figures()  # connect, warm the plan cache, as the window's first paint does

        def floor() -> None:
            with org.engine.connect() as conn:
                conn.execute(FLOOR).all()

        parts = {
            "first paint": lambda flt: view.figures(flt, with_items=False),
            "needs and strengths tabs": view.items,
            "all at once": view.figures,
        }
        figures: dict[tuple[str, str], list[float]] = {
            (part, name): [] for part in parts for name in filters
        }
        floors: list[float] = []
        for _ in range(args.trials):
            floors.append(timed_ms(floor))
            for name, flt in filters.items():
                for part, compute in parts.items():
                    figures[part, name].append(timed_ms(lambda c=compute, f=flt: c(f)))
        trends = [timed_ms(lambda: view.trend(OrganisationFilter())) for _ in range(args.trials)]
        pdf = Path(scratch) / "organisation.pdf"
        pdf_ms = [timed_ms(lambda: view.write_report(OrganisationFilter(), pdf)) for _ in range(3)]
        floor_ms = statistics.median(floors)
        for (part, name), times in figures.items():
            p95 = sorted(times)[int(0.95 * (len(times) - 1))]
            print(f"{part} ({name}): median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")
        print(f"trend tab (all): median {statistics.median(trends):.0f} ms, "
              f"p95 {sorted(trends)[int(0.95 * (len(trends) - 1))]:.0f} ms")  # fmt: skip
        print(f"plain aggregate: median {floor_ms:.0f} ms")
        print(f"PDF: median {statistics.median(pdf_ms):.0f} ms ({pdf.stat().st_size // 1024} KB)")
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        waits = [t for (part, _name), t in figures.items() if part != "all at once"]
        worst = max(statistics.median(t) for t in waits)
        worst_p95 = max(sorted(t)[int(0.95 * (len(t) - 1))] for t in waits)
        print(f"organisation: ratio {worst_p95 / floor_ms:.2f} (p95 figures {worst_p95:.0f} ms, "
              f"median {worst:.0f} ms, vs plain aggregate {floor_ms:.0f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
