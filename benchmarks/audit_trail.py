"""A generated audit trail for the benchmarks: N entries of a realistic mix, cached on disk.

``audit_database(N)`` builds (once, then reuses) ``benchmarks/.data/audit-page-N-vG.db``: a
migrated SQLite database holding N audit entries inserted with Core ``insert()`` in one
transaction, and one account (``USER_LOGIN``) made by ``accounts.create_first_admin``. It is
rebuilt when ``migrate.check`` finds the schema changed, or when ``GENERATOR`` is raised.

The mix: 30 users, most entries from a few of them (a long tail) and two who appear rarely;
changes, sign-ins, creations, signings, renewals, exports, failed sign-ins, terminations and
refusals, on leases, units, companies, users and reports; over the three years before
2026-11-27, in office hours in Shanghai, few on Sundays.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / ".data"
GENERATOR = 1  # bump when the generated trail changes: the cached files are rebuilt
END = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
DAYS = 3 * 365
BATCH = 50_000
USER_LOGIN, USER_PASSWORD = "bench.admin", "bench password 1"

SURNAMES = (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng"
).split()
GIVEN = "wei fang min jing lei yan jun tao ying hui qiang li na ping gang".split()
# 28 users in a long tail (a few do most of the work), and two who appear rarely.
ACTORS = [f"{GIVEN[i % len(GIVEN)]}.{SURNAMES[i]}" for i in range(28)] + ["it.support", "auditor"]
ACTOR_WEIGHTS = [1 / (i + 1) ** 1.1 for i in range(28)] + [0.0006, 0.0003]
WORKSTATIONS = [f"{p}-{n:02d}" for p in ("FRONT", "LEASING", "FINANCE", "MGMT") for n in (1, 2, 3)]
ACTIONS = {
    "update": 38,
    "login": 25,
    "create": 12,
    "sign": 5,
    "renew": 4,
    "export": 4,
    "login_failed": 3,
    "terminate": 1.5,
    "denied": 0.4,
}
ENTITY_COUNTS = {"lease": 40_000, "unit": 3_000, "company": 8_000, "user": 30, "report": 0}
FIELDS = {
    "lease": ("rent", "deposit", "end_date", "stage", "notes", "area"),
    "unit": ("status", "area", "segment", "notes"),
    "company": ("name_en", "phone", "contact", "segment"),
    "user": ("display_name", "roles", "active"),
}
WORDS = "Sail Harbour Jade Lotus Pine Summit Orbit Nova Cedar Delta Lumen Quark Maple Crane".split()
TRADES = "Robotics Biotech Software Design Materials Logistics Foods Energy Medical".split()
REPORTS = ("rent-roll", "occupancy", "arrears", "expiring-leases")
DENIED = ("lease.terminate", "user.update", "report.export", "unit.update", "company.delete")


def company_name(cid: int) -> str:
    return f"{WORDS[cid % len(WORDS)]} {TRADES[cid // len(WORDS) % len(TRADES)]} {cid}"


def _summary(rng: random.Random, action: str, kind: str, eid: int | None, actor: str) -> str:
    if action == "login":
        return f"{actor} signed in"
    if action == "login_failed":
        return rng.choice(("wrong password", "wrong password", "unknown login name"))
    if action == "export":
        return f"{rng.choice(REPORTS)} export"
    if action == "denied":
        return "You may not do this: it needs the manager or director role"
    if kind == "lease":
        return f"L-{2023 + eid % 4}-{eid:05d} {company_name(eid * 7 % ENTITY_COUNTS['company'])}"
    if kind == "unit":
        return f"Unit {eid % 38 + 2}F-{eid % 40 + 1:02d}"
    if kind == "company":
        return company_name(eid)
    return ACTORS[(eid or 1) - 1]


def _value(rng: random.Random, field: str) -> Any:
    if field in ("rent", "deposit", "area"):
        return f"{rng.randrange(40, 4000)}.{rng.randrange(100):02d}"
    if field == "end_date":
        return f"{rng.randrange(2024, 2031)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    if field == "stage":
        return rng.choice(("draft", "signed", "active", "ended"))
    if field == "active":
        return rng.random() < 0.9
    if field == "roles":
        return rng.sample(["staff", "finance", "manager"], rng.randrange(1, 3))
    return f"{field.replace('_', ' ')} {rng.randrange(10_000)}"


def _changes(rng: random.Random, action: str, kind: str) -> dict[str, list[Any]]:
    if action == "denied":
        return {"action": [None, rng.choice(DENIED)]}
    if action in ("create", "sign"):
        return {f: [None, _value(rng, f)] for f in FIELDS.get(kind, ())}
    if action in ("update", "renew", "terminate"):
        fields = FIELDS.get(kind, ("notes",))
        picked = rng.sample(fields, min(len(fields), rng.randrange(1, 4)))
        return {f: [_value(rng, f), _value(rng, f)] for f in picked}
    return {}


def _moments(rng: random.Random, n: int) -> list[dt.datetime]:
    """``n`` moments over the last three years, in office hours in Shanghai, oldest first."""
    start = END - dt.timedelta(days=DAYS)
    seconds = []
    for _ in range(n):
        day = rng.randrange(DAYS)
        while (start + dt.timedelta(days=day)).weekday() == 6 and rng.random() < 0.8:
            day = rng.randrange(DAYS)  # few entries on Sundays
        minute = rng.gauss(6 * 60, 150)  # around 14:00 in Shanghai (06:00 UTC)
        while not -30 <= minute < 13 * 60:  # between 07:30 and 21:00
            minute = rng.gauss(6 * 60, 150)
        seconds.append(day * 86400 + minute * 60)
    seconds.sort()
    return [start + dt.timedelta(seconds=s) for s in seconds]


def generate_entries(n: int, seed: int = 7) -> Iterator[list[dict[str, Any]]]:
    """The audit entries, oldest first, in batches of dicts for ``insert(AuditEntry)``."""
    rng = random.Random(seed)
    moments = _moments(rng, n)
    actors = rng.choices(range(len(ACTORS)), ACTOR_WEIGHTS, k=n)
    actions = rng.choices(list(ACTIONS), list(ACTIONS.values()), k=n)
    home = {a: WORKSTATIONS[i % len(WORKSTATIONS)] for i, a in enumerate(ACTORS)}
    for lo in range(0, n, BATCH):
        batch = []
        for i in range(lo, min(n, lo + BATCH)):
            actor, action = ACTORS[actors[i]], actions[i]
            if action in ("login", "login_failed"):
                kind = "user"
                eid = None if action == "login_failed" and rng.random() < 0.3 else actors[i] + 1
            elif action == "export":
                kind, eid = "report", None
            elif action in ("sign", "renew", "terminate"):
                kind = "lease"
                eid = rng.randrange(1, ENTITY_COUNTS[kind] + 1)
            else:
                kinds = ("lease", "unit", "company", "user", "report")
                kind = rng.choices(kinds, (50, 20, 25, 4, 1))[0]
                eid = rng.randrange(1, ENTITY_COUNTS[kind] + 1) if ENTITY_COUNTS[kind] else None
            ws = home[actor] if rng.random() < 0.9 else rng.choice(WORKSTATIONS)
            changes = _changes(rng, action, kind)
            batch.append(
                {
                    "at": moments[i],
                    "actor": actor,
                    "workstation": ws,
                    "action": action,
                    "entity_type": kind,
                    "entity_id": eid,
                    "summary": _summary(rng, action, kind, eid, actor),
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
        yield batch


def _current(path: Path) -> bool:
    """Whether the cached file at ``path`` exists and has the code's schema."""
    from adminapp import migrate
    from adminapp.db import Database

    if not path.exists():
        return False
    db = Database(f"sqlite:///{path}")
    try:
        stale = migrate.check(db)
    finally:
        db.dispose()
    if stale:
        print(f"rebuilding {path.name}: {stale[0]}", file=sys.stderr)
    return not stale


def audit_database(entries: int) -> Path:
    """A database with ``entries`` audit entries and one account, built once and reused."""
    from sqlalchemy import insert

    from adminapp import migrate
    from adminapp.db import Database
    from adminapp.models import AuditEntry
    from adminapp.services import accounts

    DATA.mkdir(parents=True, exist_ok=True)
    name = f"audit-page-{entries}-v{GENERATOR}"
    path = DATA / f"{name}.db"
    if _current(path):
        return path
    for old in DATA.glob(f"{name}*.db*"):
        old.unlink()
    tmp = DATA / f"{name}.building.db"
    db = Database(f"sqlite:///{tmp}")
    try:
        migrate.upgrade(db)
        print(f"building {path.name} ({entries:,} audit entries)…", file=sys.stderr)
        t0 = time.perf_counter()
        with db.engine.begin() as conn:  # one transaction; the table only refuses changes
            for batch in generate_entries(entries):
                conn.execute(insert(AuditEntry.__table__), batch)
        accounts.create_first_admin(db, USER_LOGIN, "Bench Admin", USER_PASSWORD, "BENCH-PC")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    finally:
        db.dispose()
    tmp.replace(path)
    return path
