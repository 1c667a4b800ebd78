"""Two workstations, one database: the rule "no unit leased twice" holds when they race."""

import datetime as dt
import threading

import pytest

from adminapp.db import Database
from adminapp.errors import ValidationError
from adminapp.services import leases
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from adminapp.services.leases import LeaseInput
from tests.factories import build_small_centre


def _race(url: str, centre, rounds: int = 5) -> None:
    stations = [
        AppContext(Database(url), Actor(f"clerk{i}", f"ws{i}", roles=ALL_ROLES)) for i in range(2)
    ]
    try:
        for r in range(rounds):
            start = dt.date(2030 + r, 1, 1)
            barrier = threading.Barrier(2)
            outcomes: list[str] = []

            def book(ctx, company, start=start, barrier=barrier, outcomes=outcomes):
                data = LeaseInput(
                    centre.companies[company],
                    [centre.units["7F-04"]],
                    start,
                    start + dt.timedelta(days=200),
                    "150",
                )
                barrier.wait()
                try:
                    leases.create_lease(ctx, data)
                    outcomes.append("won")
                except ValidationError as exc:
                    assert "already leased" in exc.errors["unit_ids"]
                    outcomes.append("refused")

            threads = [
                threading.Thread(target=book, args=(stations[0], "alpha")),
                threading.Thread(target=book, args=(stations[1], "beta")),
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
            assert sorted(outcomes) == ["refused", "won"], outcomes
    finally:
        for s in stations:
            s.db.dispose()


@pytest.mark.sqlite_only("the PostgreSQL race is the next test")
def test_two_workstations_race_for_one_unit_on_sqlite(ctx, db):
    centre = build_small_centre(ctx)
    _race(db.url, centre)


@pytest.mark.postgres
def test_two_workstations_race_for_one_unit_on_postgresql(pg_db):
    ctx = AppContext(pg_db, Actor("setup", "ws0", roles=ALL_ROLES))
    centre = build_small_centre(ctx)
    _race(pg_db.url, centre)


def test_services_run_the_same_on_both_databases(db, as_of):
    from adminapp.services import occupancy

    ctx = AppContext(db, Actor("tester", "ws", roles=ALL_ROLES))
    centre = build_small_centre(ctx)
    o = occupancy.occupancy(ctx, as_of)
    assert (o.rentable_area, o.leased_area) == (1100, 650)
    renewal = leases.renew_lease(ctx, centre.leases["L2"], dt.date(2029, 1, 1))
    assert renewal.start_date == dt.date(2028, 1, 1)


RACER = r"""
import datetime as dt, os, sys, time
from adminapp.db import Database
from adminapp.errors import ValidationError
from adminapp.services import leases
from adminapp.services.context import ALL_ROLES, Actor, AppContext
url, company, unit, year, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
ctx = AppContext(Database(url), Actor(f"clerk{os.getpid()}", f"ws{os.getpid()}", roles=ALL_ROLES))
data = leases.LeaseInput(company, [unit], dt.date(year, 1, 1), dt.date(year, 7, 1), "150")
with ctx.db.read() as s:  # connect before the start signal, as an open app would be
    pass
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
try:
    leases.create_lease(ctx, data)
    print("won", flush=True)
except ValidationError as exc:
    print("refused:", exc.errors["unit_ids"], flush=True)
"""


@pytest.mark.postgres
def test_two_processes_race_for_one_unit_on_postgresql(pg_db, tmp_path):
    """Two app processes (two workstations) book the same unit at once: exactly one wins."""
    import subprocess
    import sys
    from pathlib import Path

    ctx = AppContext(pg_db, Actor("setup", "ws0", roles=ALL_ROLES))
    centre = build_small_centre(ctx)
    root = Path(__file__).resolve().parent.parent
    for year in (2031, 2032, 2033):
        go = tmp_path / f"go-{year}"
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    RACER,
                    pg_db.url,
                    str(centre.companies[name]),
                    str(centre.units["7F-04"]),
                    str(year),
                    str(go),
                ],
                cwd=root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in ("alpha", "beta")
        ]
        for p in procs:
            assert p.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = []
        for p in procs:
            out, err = p.communicate(timeout=60)
            assert p.returncode == 0, err
            outcomes.append(out.strip().split(":")[0])
        assert sorted(outcomes) == ["refused", "won"], outcomes
