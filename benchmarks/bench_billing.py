"""Billing over the demo centre scaled 10x: a month of rent charges, the arrears, a statement.

    .venv/bin/python -m benchmarks.bench_billing [--scale N] [--small M]

Builds (once, then reuses) a database under ``benchmarks/.data/`` with the demo centre at
scale N (default 10: ten towers, ~3,000 leases, 1,200 companies) and its billing history
(``adminapp.demo``, ``billing=True``; no financing or consultations): two years of rent
charged and issued month by month, utilities and service fees, ~16,000 payments, deposits,
arrears. The same at scale M (default 1, the demo itself) is the baseline, measured in the same
run. A database is rebuilt when the schema changed or its history no longer reaches this month.

Timed in-process, in milliseconds, medians of 5:
- ``generate_charges`` for the month after the last one generated, every lease (each run on a
  fresh copy of the file, the copy not timed; the write and its commit are), then
  ``issue_charges`` of the month the demo left scheduled (next month), on the same copy;
- ``statement.arrears`` as of today (every company's position, aged, with names);
- ``statement.statement`` for the last twelve months of the company with the most charges.
Targets (issue 6): a month of charges and the arrears view each within 1 s. The query plans
(SQLite ``EXPLAIN QUERY PLAN``) of the statements on charges, payments and deposit entries are
printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BIG, SMALL = 10, 1
RUNS = 5
GENERATOR = 1  # bump when the generated data changes: old files are rebuilt
TARGETS = {"generate_charges, next month": 1000.0, "arrears (statement.arrears)": 1000.0}
TABLES = ("charges", "payments", "deposit_entries")


def billing_database(scale: int) -> Path:
    """The demo at ``scale`` with its billing history, under benchmarks/.data/, built once."""
    from sqlalchemy import text

    from adminapp import migrate
    from adminapp.db import Database
    from adminapp.demo import generate_demo
    from adminapp.services.context import centre_today

    DATA.mkdir(parents=True, exist_ok=True)
    name = f"billing-scale{scale}-v{GENERATOR}"
    path = DATA / f"{name}.db"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        try:
            stale = migrate.check(db)
            if not stale:
                with db.read() as s:
                    last = s.execute(text("SELECT MAX(issued_on) FROM charges")).scalar()
                if str(last) < centre_today().replace(day=1).isoformat():
                    stale = ["its history does not reach this month"]
        finally:
            db.dispose()
        if not stale:
            return path
        print(f"rebuilding {path.name}: {stale[0]}", file=sys.stderr)
    for old in DATA.glob(f"{name}*.db*"):
        old.unlink()
    tmp = DATA / f"{name}.building.db"
    db = Database(f"sqlite:///{tmp}")
    try:
        migrate.upgrade(db)
        print(f"building {path.name} (scale {scale})…", file=sys.stderr)
        t0 = time.perf_counter()
        summary = generate_demo(db, scale=scale, financing=False, consultations=False)
        print(f"  {summary}\n  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    tmp.replace(path)
    return path


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


class _Statements:
    """The SELECTs a call sends to the billing tables (to show their query plans)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.engine, self.seen, self.on = engine, [], False
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        head = statement.split("WHERE")[0]
        if self.on and not executemany and any(t in head for t in TABLES):
            if statement.lstrip().upper().startswith("SELECT"):
                self.seen.append((statement, parameters))

    def plans(self, fn: Callable[[], Any]) -> list[tuple[str, list[str]]]:
        self.seen, self.on = [], True
        try:
            fn()
        finally:
            self.on = False
        out = []
        with self.engine.connect() as conn:
            for statement, params in self.seen:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
                out.append((" ".join(statement.split())[:120], [r[-1] for r in rows]))
        return out


def measure(path: Path, show_plans: bool) -> dict[str, float]:
    from sqlalchemy import func, select

    from adminapp.db import Database
    from adminapp.models import Charge, Company, Lease, Payment
    from adminapp.services.billing import charges, statement
    from adminapp.services.billing.schedule import next_month
    from adminapp.services.context import ALL_ROLES, Actor, AppContext, centre_today

    actor = Actor("bench", "bench", roles=ALL_ROLES)
    today = centre_today()
    db = Database(f"sqlite:///{path}")
    ctx = AppContext(db, actor)
    times: dict[str, list[float]] = {}
    with db.read() as s:
        last = s.scalar(select(func.max(Charge.period_start)).where(Charge.kind == "rent"))
        up_to = next_month(next_month(last))  # the month after the last one generated
        company = s.execute(
            select(Charge.company_id, func.count())
            .group_by(Charge.company_id)
            .order_by(func.count().desc(), Charge.company_id)
            .limit(1)
        ).first()[0]
        sizes = {
            "  (leases)": s.scalar(select(func.count(Lease.id))),
            "  (companies)": s.scalar(select(func.count(Company.id))),
            "  (charges)": s.scalar(select(func.count(Charge.id))),
            "  (payments)": s.scalar(select(func.count(Payment.id))),
        }
    plans: dict[str, list] = {}
    recorder = _Statements(db.engine)
    scheduled_until = next_month(last) - dt.timedelta(days=1)  # the month left scheduled
    with tempfile.TemporaryDirectory(prefix="bench-billing-") as folder:
        # One more copy than runs when the plans are shown: its statements are recorded,
        # not timed.
        for run in range(RUNS + show_plans):
            copy = Path(folder) / f"run{run}.db"
            shutil.copyfile(path, copy)
            other = Database(f"sqlite:///{copy}")
            octx = AppContext(other, actor)
            if run == RUNS:
                rec = _Statements(other.engine)
                plans["generate_charges"] = rec.plans(
                    lambda c=octx: charges.generate_charges(c, up_to)
                )
                plans["issue_charges"] = rec.plans(
                    lambda c=octx: charges.issue_charges(c, scheduled_until, on=today)
                )
            else:
                t0 = time.perf_counter()
                made = charges.generate_charges(octx, up_to)
                times.setdefault("generate_charges, next month", []).append(_ms(t0))
                times.setdefault("  (charges made)", []).append(made.created)
                t0 = time.perf_counter()
                issued = charges.issue_charges(octx, scheduled_until, on=today)
                times.setdefault("issue_charges, the month scheduled", []).append(_ms(t0))
                times.setdefault("  (charges issued)", []).append(issued)
            other.dispose()
            copy.unlink()
    for _ in range(RUNS):
        t0 = time.perf_counter()
        rows = statement.arrears(ctx, today)
        times.setdefault("arrears (statement.arrears)", []).append(_ms(t0))
    times.setdefault("  (companies in arrears)", []).append(len(rows))
    year_ago = today - dt.timedelta(days=365)
    for _ in range(RUNS):
        t0 = time.perf_counter()
        st = statement.statement(ctx, company, year_ago, today)
        times.setdefault("statement, one company, 12 months", []).append(_ms(t0))
    times.setdefault("  (statement lines)", []).append(len(st.lines))
    if show_plans:
        plans["arrears"] = recorder.plans(lambda: statement.arrears(ctx, today))
        plans["statement"] = recorder.plans(
            lambda: statement.statement(ctx, company, year_ago, today)
        )
    db.dispose()
    for name, shown in plans.items():
        print(f"\nquery plans of {name}:")
        for text, lines in shown:
            print(f"  {text}…")
            for line in lines:
                print(f"      {line}")
    result = {label: statistics.median(v) for label, v in times.items()}
    return result | sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=BIG)
    parser.add_argument("--small", type=int, default=SMALL, help="the baseline's scale")
    args = parser.parse_args(argv)
    big_path = billing_database(args.scale)
    small_path = billing_database(args.small)
    small = measure(small_path, show_plans=False)
    big = measure(big_path, show_plans=True)
    print(
        f"\nBilling: the demo centre at scale {args.scale} (baseline scale {args.small}); "
        f"ms, medians of {RUNS}"
    )
    width = max(len(k) for k in big)
    print(f"{'':{width}}  {'ours':>8}  {'baseline':>8}  {'ratio':>6}  target")
    for label, value in big.items():
        base = small.get(label, 0.0)
        if label.startswith("  ("):
            print(f"{label:{width}}  {value:8.0f}  {base:8.0f}")
            continue
        ratio = f"{value / base:5.1f}x" if base else "     -"
        target = TARGETS.get(label)
        mark = "" if target is None or value <= target else "  OVER"
        shown = f"{target:.0f}" if target else "-"
        print(f"{label:{width}}  {value:8.1f}  {base:8.1f}  {ratio}  {shown}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
