"""The Financing page over 100,000 applications: first rows painted, each filter, a search, a sort.

    .venv/bin/python -m benchmarks.bench_financing_page [--applications N]

Builds (once, then reuses) a database under ``benchmarks/.data/`` with N applications (default
100,000) from 2,000 companies to 18 programmes over two budget years, in every status, with
tranches (paid and planned) for the approved ones — written straight into the tables, as
``benchmarks/audit_trail.py`` does, since the services would take an hour for so many — and
the same page over 1,000 applications of the same mix as the baseline.

Timed in-process, offscreen, in milliseconds, medians of 5: first rows until painted (the page
shown, then ``activate()`` as the main window does, until ``viewport().repaint()`` returned),
each filter a user picks in the filter bar until painted, a search, a header sort, the status
bar's count run just after painting, and the company record's financing section.
Target (issue 4): first rows and a filter within 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BIG = 100_000
SMALL = 1_000
RUNS = 5
TARGET_MS = 100.0
GENERATOR = 1  # bump when the generated data changes: old files are rebuilt
COMPANIES = 2_000
YEARS = (2025, 2026)
PLATFORMS = ("compute", "open_data", "evaluation", "financial", "comprehensive")
KINDS = ("grant", "subsidy", "voucher", "interest_subsidy", "equity")
# status -> share of applications
STATUS_MIX = {
    "draft": 6,
    "submitted": 6,
    "under_review": 10,
    "approved": 8,
    "rejected": 14,
    "withdrawn": 6,
    "disbursing": 18,
    "closed": 32,
}
COMMITTED = ("approved", "disbursing", "closed")
SEARCH = "Quark"  # in one company name in 50


def _company_name(i: int) -> str:
    word = SEARCH if i % 50 == 7 else ("Nova", "Vector", "Lattice", "Token", "Prism")[i % 5]
    return f"{word} Intelligence {i:04d}"


def _generate(db: Any, n: int, seed: int = 11) -> None:
    from sqlalchemy import insert

    from adminapp.models import (
        ApplicationTranche,
        Company,
        FinancingApplication,
        Programme,
        ProgrammeBudget,
    )

    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(
            insert(Company.__table__),
            [
                dict(
                    id=i,
                    name_en=_company_name(i),
                    name_zh=f"公司{i:04d}",
                    credit_code=f"91310000{i:010d}",
                    segment="base_technology",
                    stage="seed",
                    contact_name="",
                    contact_phone="",
                    contact_email="",
                    admitted_on=dt.date(2024, 1, 1),
                    version=1,
                )
                for i in range(1, COMPANIES + 1)
            ],
        )
        programmes = []
        for i in range(1, 19):
            unit = "GPU_HOURS" if i in (3, 4) else "CNY"
            programmes.append(
                dict(
                    id=i,
                    name_en=f"Programme {i:02d}",
                    name_zh=f"政策{i:02d}",
                    kind=KINDS[i % 5],
                    platform=PLATFORMS[i % 5],
                    unit=unit,
                    cap_per_company_year=None,
                    cap_percent=Decimal(30),
                    requires_active_lease=False,
                    min_months_in_residence=0,
                    segments="",
                    description="",
                    active=True,
                    version=1,
                )
            )
        conn.execute(insert(Programme.__table__), programmes)
        conn.execute(
            insert(ProgrammeBudget.__table__),
            [
                dict(programme_id=p, year=y, amount=Decimal(10) ** 12)
                for p in range(1, 19)
                for y in YEARS
            ],
        )
        statuses = list(STATUS_MIX)
        weights = list(STATUS_MIX.values())
        apps, tranches = [], []
        for i in range(1, n + 1):
            year = YEARS[0] if i <= n // 2 else YEARS[1]
            status = rng.choices(statuses, weights)[0]
            requested = Decimal(rng.randrange(10, 5000) * 1000)
            submitted = None
            if status != "draft":
                submitted = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(300))
            approved = requested * Decimal("0.8") if status in COMMITTED else None
            apps.append(
                dict(
                    id=i,
                    reference=f"F{year}-{i:06d}",
                    company_id=rng.randrange(1, COMPANIES + 1),
                    programme_id=rng.randrange(1, 19),
                    year=year,
                    requested_amount=requested,
                    eligible_cost=requested * 3,
                    purpose="",
                    provider="",
                    status=status,
                    submitted_on=submitted,
                    score=Decimal(rng.randrange(400, 1000)) / 100 if status != "draft" else None,
                    approved_amount=approved,
                    decided_by="manager" if approved is not None else None,
                    decided_at=now if approved is not None else None,
                    created_at=now,
                    version=1,
                )
            )
            if status in ("disbursing", "closed"):
                half = (approved / 2).quantize(Decimal("0.01"))
                for seq, amount in ((1, half), (2, approved - half)):
                    paid = status == "closed" or seq == 1
                    tranches.append(
                        dict(
                            application_id=i,
                            seq=seq,
                            planned_on=submitted + dt.timedelta(days=30 * seq),
                            amount=amount,
                            milestone=f"Milestone {seq}",
                            milestone_met_on=submitted if paid else None,
                            milestone_met_by="staff" if paid else None,
                            paid_on=submitted + dt.timedelta(days=30 * seq) if paid else None,
                            payment_reference=f"PAY-{i}-{seq}" if paid else "",
                            paid_by="finance" if paid else None,
                        )
                    )
        for chunk in _chunks(apps, 5000):
            conn.execute(insert(FinancingApplication.__table__), chunk)
        for chunk in _chunks(tranches, 5000):
            conn.execute(insert(ApplicationTranche.__table__), chunk)


def _chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def pipeline_database(applications: int) -> Path:
    """A database with ``applications`` applications, built once under benchmarks/.data/."""
    from adminapp import migrate
    from adminapp.db import Database

    DATA.mkdir(parents=True, exist_ok=True)
    name = f"financing-page-{applications}-v{GENERATOR}"
    path = DATA / f"{name}.db"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        try:
            stale = migrate.check(db)
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
        print(f"building {path.name} ({applications:,} applications)…", file=sys.stderr)
        t0 = time.perf_counter()
        _generate(db, applications)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    finally:
        db.dispose()
    tmp.replace(path)
    return path


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


# (label, what the user does on the page): each is timed until the rows are painted.
def _filters(page: Any) -> list[tuple[str, Callable[[], None]]]:
    def combo(widget: Any, data: Any) -> Callable[[], None]:
        def pick() -> None:
            if hasattr(widget, "ensure_loaded"):
                widget.ensure_loaded()
            widget.setCurrentIndex(widget.findData(data))

        return pick

    def reset() -> None:
        for w in (
            page.status_combo,
            page.platform_combo,
            page.programme_combo,
            page.year_combo,
            page.period_combo,
        ):
            w.setCurrentIndex(0)

    return [
        ("status: under review", combo(page.status_combo, "under_review")),
        ("+ platform: compute", combo(page.platform_combo, "compute")),
        ("+ year: 2026", combo(page.year_combo, 2026)),
        ("all filters off", reset),
        ("programme: one of 18", combo(page.programme_combo, 7)),
        ("status: rejected (alone)", lambda: (reset(), combo(page.status_combo, "rejected")())),
        ("submitted: last year", lambda: (reset(), combo(page.period_combo, "last_year")())),
        ("one company's applications", lambda: (reset(), page.show_company(1234, "C 1234"))),
        ("back to every company", lambda: page.show_company(None)),
        ("search a company word", lambda: page.model.set_search(SEARCH)),
        ("search a reference", lambda: page.model.set_search("F2026-0999")),
        ("search cleared", lambda: page.model.set_search("")),
    ]


def measure(path: Path) -> dict[str, float | int]:
    """Time the page over the database at ``path`` (a QApplication must exist)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from adminapp.db import Database
    from adminapp.services.context import ALL_ROLES, Actor, AppContext
    from adminapp.services.financing import pipeline
    from adminapp.services.listing_sql import ListQuery
    from ui.pages.companies import CompaniesPage
    from ui.pages.financing import FinancingPage
    from ui.settings import Settings
    from ui.signals import AppSignals

    app = QApplication.instance()
    db = Database(f"sqlite:///{path}")
    ctx = AppContext(db, Actor("bench", "bench", roles=ALL_ROLES))
    result: dict[str, float | int] = {
        "applications": pipeline.count_applications(ctx, ListQuery()),
    }
    times: dict[str, list[float]] = {}

    def timed(label: str, fn: Callable[[], Any], page: Any) -> None:
        t0 = time.perf_counter()
        fn()
        page.view.viewport().repaint()
        times.setdefault(label, []).append(_ms(t0))

    settings = Settings(DATA / "bench-settings.ini")
    for _ in range(RUNS):
        page = FinancingPage(ctx, AppSignals(), settings)
        page.resize(1300, 800)
        page.show()
        app.processEvents()
        timed("first rows painted", page.activate, page)
        t0 = time.perf_counter()
        page.status_text()
        times.setdefault("status bar count", []).append(_ms(t0))
        for label, action in _filters(page):
            timed(label, action, page)
        timed(
            "sort by company",
            lambda p=page: p.view.sortByColumn(
                p.model.column_of("company"), Qt.SortOrder.AscendingOrder
            ),
            page,
        )
        timed(
            "sort by requested",
            lambda p=page: p.view.sortByColumn(
                p.model.column_of("requested"), Qt.SortOrder.DescendingOrder
            ),
            page,
        )
        page.close()
        page.deleteLater()
        app.processEvents()
        companies = CompaniesPage(ctx, AppSignals(), settings)
        t0 = time.perf_counter()
        companies.financing_html(1234)
        times.setdefault("company record: financing", []).append(_ms(t0))
        companies.deleteLater()
        app.processEvents()
    db.dispose()
    for label, values in times.items():
        result[label] = statistics.median(values)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=BIG)
    parser.add_argument("--small", type=int, default=SMALL, help="the baseline's size")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    big_path = pipeline_database(args.applications)
    small_path = pipeline_database(args.small)
    small = measure(small_path)
    big = measure(big_path)
    print(
        f"Financing page: {big['applications']:,} applications "
        f"(baseline {small['applications']:,}); ms, medians of {RUNS}"
    )
    width = max(len(k) for k in big if k != "applications")
    print(f"{'':{width}}  {'ours':>8}  {'baseline':>8}  {'ratio':>6}  target")
    worst = 0.0
    for label, value in big.items():
        if label == "applications":
            continue
        base = small[label]
        ratio = value / base if base else float("inf")
        mark = "" if value <= TARGET_MS else "  OVER"
        worst = max(worst, value)
        print(f"{label:{width}}  {value:8.1f}  {base:8.1f}  {ratio:5.1f}x  {TARGET_MS:.0f}{mark}")
    print(f"slowest: {worst:.1f} ms (target {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
