"""The Audit page over a million audit entries: first rows painted, filters, paging, a sort.

    .venv/bin/python -m benchmarks.bench_audit_page [--entries N]

Over a generated trail of N audit entries (default 1,000,000; ``benchmarks/audit_trail.py``,
built once under ``benchmarks/.data/``), against the same page over a 1,000-entry trail of
the same mix as the baseline. Timed in-process, offscreen, in milliseconds, medians of 5:

- first rows painted, as ``bench_leases_page`` times it: the page shown (empty), then
  ``activate()`` (what the main window does on the first visit) until the table has painted;
- the whole open: ``AuditPage(...)`` built, shown, activated and ``grab()``-ed, each time on a
  new ``Database`` (no warm connection or SQLite cache), wall clock and CPU time;
- both as the ``bench`` actor (admin role trusted, no lookup) and as the signed-in account,
  whose roles are read from the database on every page fetch;
- F5, each filter, the header sort, scrolling to a further page: until painted; the status
  bar's count (run just after painting); opening a filter drop-down (its choices query);
- the service against the plain way on the same rows: keyset paging against ``OFFSET``, a
  count that stops at the status bar's 10,000 against counting every match.

Targets (those of the Leases page): first rows painted 100 ms, a filter or a further page
100 ms, a header sort 300 ms, the status bar's count 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.audit_trail import ACTORS, USER_LOGIN, audit_database  # noqa: E402

BIG = 1_000_000
SMALL = 1_000
RUNS = 5
TARGETS = {"first": 100.0, "filter": 100.0, "sort": 300.0, "count": 100.0}
WORD = "quark"  # in the summary of one company in 14 and of their leases
DEEP = 500_000  # rows from the newest, for the deep-paging contrast
COUNT_CAP = 10_000  # the status bar's "10,000+" (ui.models.audit.AuditModel.count_cap)
SCROLL_PAGES = 50

# (label, filters, search): what a user picks in the filter bar.
FILTERS: tuple[tuple[str, dict[str, Any], str], ...] = (
    ("one user (a busy one)", {"actor": ACTORS[0]}, ""),
    ("one user (a rare one)", {"actor": "auditor"}, ""),
    ("record type: reports", {"entity_type": "report"}, ""),
    ("action: terminated", {"action": "terminate"}, ""),
    ("action: denied (rare)", {"action": "denied"}, ""),
    (
        "one month (June 2025)",
        {"date_from": dt.date(2025, 6, 1), "date_to": dt.date(2025, 6, 30)},
        "",
    ),
    (
        "user + month + action",
        {
            "actor": ACTORS[3],
            "date_from": dt.date(2025, 6, 1),
            "date_to": dt.date(2025, 6, 30),
            "action": "update",
        },
        "",
    ),
    ("one lease's history (record filter)", {"entity_type": "lease", "entity_id": 12345}, ""),
    ("search a lease number", {}, "L-2024-12345"),
    ("search a word", {}, WORD),
)


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _timed(f: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    f()
    return _ms(t0)


class QueryCounter:
    """Counts the SQL statements an engine runs (to see where a page's time goes)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.n = 0
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.n += not statement.startswith("BEGIN")


def actors(path: Path) -> dict[str, Any]:
    """The trusted ``bench`` actor and the signed-in account of the database at ``path``."""
    from sqlalchemy import select

    from adminapp.db import Database
    from adminapp.models import User
    from adminapp.services.context import Actor

    db = Database(f"sqlite:///{path}")
    try:
        with db.read() as s:
            uid, name = s.execute(
                select(User.id, User.display_name).where(User.login == USER_LOGIN)
            ).one()
    finally:
        db.dispose()
    admin = frozenset({"admin"})
    return {
        "bench": Actor("bench", "bench", roles=admin),
        "user": Actor(USER_LOGIN, "BENCH-PC", roles=admin, user_id=uid, display_name=name),
    }


def _quiet_offscreen(kind: Any, context: Any, message: str) -> None:
    # The offscreen platform warns on every top-level show; the figures need no such noise.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def measure(path: Path) -> dict[str, Any]:
    """Time the page over the database at ``path`` (a QApplication must exist)."""
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from adminapp.db import Database
    from adminapp.services import audit_listing
    from adminapp.services.context import AppContext
    from ui.pages.audit import AuditPage
    from ui.settings import Settings
    from ui.signals import AppSignals

    app = QApplication.instance()
    qInstallMessageHandler(_quiet_offscreen)
    url = f"sqlite:///{path}"
    out: dict[str, Any] = {}

    def new_page(ctx: AppContext) -> AuditPage:
        page = AuditPage(ctx, AppSignals(), Settings(DATA / "bench-settings.ini"))
        page.resize(1400, 800)
        page.show()
        return page

    def close(page: AuditPage) -> None:
        page.close()
        page.deleteLater()
        app.processEvents()

    for who, actor in actors(path).items():
        keys = ("open", "cpu", "build", "load", "paint", "first", "queries", "F5", "count")
        t: dict[str, list[float]] = {k: [] for k in keys}
        for _ in range(RUNS):
            # Clicking "Audit" in the navigation: the page is built, shown and loaded, and the
            # window paints it. A new Database each time: no warm connection or SQLite cache.
            db = Database(url)
            counter = QueryCounter(db.engine)
            c0, t0 = time.process_time(), time.perf_counter()
            page = new_page(AppContext(db, actor))
            t1 = time.perf_counter()
            page.activate()
            t2 = time.perf_counter()
            page.grab()  # the whole page, painted with its first rows
            t["open"].append(_ms(t0))
            t["cpu"].append((time.process_time() - c0) * 1000)
            t["build"].append((t1 - t0) * 1000)
            t["load"].append((t2 - t1) * 1000)
            t["paint"].append(_ms(t2))
            t["queries"].append(counter.n)
            assert page.model.rowCount() > 0, "the page showed no rows"
            t0 = time.perf_counter()
            page.refresh()  # F5
            page.view.viewport().repaint()
            t["F5"].append(_ms(t0))
            t["count"].append(_timed(page.status_text))
            close(page)
            db.dispose()
            # As bench_leases_page times it: the page already shown (empty), then loaded and
            # its table painted.
            db = Database(url)
            page = new_page(AppContext(db, actor))
            app.processEvents()
            t0 = time.perf_counter()
            page.activate()
            page.view.viewport().repaint()
            t["first"].append(_ms(t0))
            close(page)
            db.dispose()
        for key, times in t.items():
            out[f"{key}:{who}"] = statistics.median(times)
        worst = max(range(RUNS), key=t["open"].__getitem__)
        out[f"open-worst:{who}"] = t["open"][worst]
        out[f"open-worst-cpu:{who}"] = t["cpu"][worst]  # far below: the CPU was busy elsewhere

    db = Database(url)
    ctx = AppContext(db, actors(path)["bench"])
    page = new_page(ctx)
    page.activate()
    page.grab()
    model, view = page.model, page.view
    for label, filters, search in FILTERS:
        times, counts = [], []
        for _ in range(RUNS):
            model.set_query(filters={}, search="")
            view.viewport().repaint()
            t0 = time.perf_counter()
            model.set_query(filters=filters, search=search)  # what a filter or the search does
            view.viewport().repaint()
            times.append(_ms(t0))
            counts.append(_timed(page.status_text))
        out[f"filter:{label}"] = statistics.median(times)
        out[f"filter-count:{label}"] = statistics.median(counts)
        out[f"filter-rows:{label}"] = page.status_text()
    model.set_query(filters={}, search="")
    out["choices"] = statistics.median(
        _timed(lambda: audit_listing.audit_filter_choices(ctx)) for _ in range(RUNS)
    )
    sorts = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # oldest first
        view.viewport().repaint()
        sorts.append(_ms(t0))
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    out["sort"] = statistics.median(sorts)
    scrolls = []
    for _ in range(SCROLL_PAGES - 1):
        shown = model.rowCount()
        t0 = time.perf_counter()
        view.scrollToBottom()  # at the bottom the view asks the model for more (fetchMore)
        app.processEvents()  # the view lays out the new rows and paints
        scrolls.append(_ms(t0))
        if model.rowCount() == shown:
            break
    out["scrolled"] = len(scrolls)
    out["scroll"] = statistics.median(scrolls)
    close(page)
    db.dispose()
    return out


def contrasts(path: Path) -> dict[str, float]:
    """The service's way against the plain way, on the same rows: keyset paging against
    ``OFFSET``, a count that stops at the status bar's 10,000 against counting every match."""
    from sqlalchemy import text

    from adminapp.db import Database
    from adminapp.services.audit_listing import count_audit, list_audit
    from adminapp.services.context import AppContext
    from adminapp.services.listing_sql import ListQuery

    db = Database(f"sqlite:///{path}")
    ctx = AppContext(db, actors(path)["bench"])
    newest = ListQuery(sort="at", descending=True)
    nth = "SELECT id FROM audit_entries ORDER BY at DESC, id DESC LIMIT 1 OFFSET "
    out: dict[str, float] = {}

    def median_ms(f: Callable[[], object]) -> float:
        f()  # once untimed: SQLite's cache holds what the page has already read
        return statistics.median(_timed(f) for _ in range(RUNS))

    try:
        with db.read() as s:
            out["total"] = s.execute(text("SELECT count(*) FROM audit_entries")).scalar_one()
            depths = {"page": (SCROLL_PAGES - 1) * 200, "deep": min(DEEP, out["total"] - 200)}
            last_ids = {k: s.execute(text(f"{nth}{d - 1}")).scalar_one() for k, d in depths.items()}
        for key, depth in depths.items():
            keyset = replace(newest, after_id=last_ids[key], offset=depth)
            out[f"keyset-{key}"] = median_ms(lambda q=keyset: list_audit(ctx, q))
            offset = replace(newest, offset=depth)
            out[f"offset-{key}"] = median_ms(lambda q=offset: list_audit(ctx, q))
            out[f"depth-{key}"] = depth
        for key, q in (("all", newest), ("word", replace(newest, search=WORD))):
            out[f"capped-{key}"] = median_ms(lambda q=q: count_audit(ctx, q, cap=COUNT_CAP))
            out[f"exact-{key}"] = median_ms(lambda q=q: count_audit(ctx, q))
            out[f"matches-{key}"] = count_audit(ctx, q)
    finally:
        db.dispose()
    return out


def run(entries: int = BIG) -> tuple[list[dict], list[str]]:
    """Rows of name, ours_ms, baseline, baseline_ms, ratio, target, ok; and notes."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_login import row

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
    small, big = audit_database(SMALL), audit_database(entries)
    t0 = time.perf_counter()
    import ui.pages.audit  # noqa: F401 - the main window imports it on the first visit

    imported = _ms(t0)
    measure(small)  # a warm-up: Qt's fonts and caches, as after the Dashboard was painted
    base = measure(small)
    ours = measure(big)
    naive = contrasts(big)
    n, k = f"{naive['total']:,} entries", f"{SMALL:,}-entry trail"
    rows = []

    def page_row(name: str, key: str, target: str, base_key: str | None = None) -> None:
        limit = TARGETS[target]
        ms = ours[key]
        rows.append(row(name, ms, k, base[base_key or key], f"<= {limit:.0f} ms", ms <= limit))

    def service_row(name: str, key: str, baseline: str, base_key: str, target: str) -> None:
        limit = TARGETS[target]
        ms = naive[key]
        rows.append(row(name, ms, baseline, naive[base_key], f"<= {limit:.0f} ms", ms <= limit))

    page_row(f"first rows painted, as Leases ({n})", "first:bench", "first")
    page_row("first rows painted, as Leases, signed-in user", "first:user", "first")
    page_row("open: built, loaded, whole page painted", "open:bench", "first")
    page_row("open: built, loaded, whole page painted, worst", "open-worst:bench", "first")
    page_row("open: the same, CPU time", "cpu:bench", "first")
    page_row("open as a signed-in user (roles read per fetch)", "open:user", "first")
    page_row("open as a signed-in user, worst", "open-worst:user", "first")
    page_row("F5 refresh, painted", "F5:bench", "first")
    page_row("F5 refresh as a signed-in user", "F5:user", "first")
    page_row("status-bar count after opening", "count:bench", "count")
    for label, _filters, _search in FILTERS:
        page_row(f"filter: {label}", f"filter:{label}", "filter")
    worst = max((ours[f"filter-count:{f[0]}"], f[0]) for f in FILTERS)[1]
    page_row(f"status-bar count after a filter, worst ({worst})", f"filter-count:{worst}", "count")
    page_row("opening a filter drop-down (users, records, actions)", "choices", "filter")
    page_row("header sort: oldest first, painted", "sort", "sort")
    page_row(
        f"scrolling: a further page, painted (median of {ours['scrolled']})", "scroll", "filter"
    )
    for key in ("page", "deep"):
        depth = f"{naive[f'depth-{key}']:,}"
        service_row(
            f"list_audit {depth} rows down (keyset)",
            f"keyset-{key}",
            f"OFFSET {depth}",
            f"offset-{key}",
            "filter",
        )
    for key, what in (("all", "every entry"), ("word", f"search '{WORD}'")):
        matches = f"{naive[f'matches-{key}']:,}"
        service_row(
            f"count_audit, {what}, stops at 10,000",
            f"capped-{key}",
            f"count all {matches}",
            f"exact-{key}",
            "count",
        )
    notes = [
        f"import of ui.pages.audit (first visit only): {imported:.0f} ms",
        "open, median ms: build and show {build:.1f}, activate (query, rows) {load:.1f}, "
        "paint {paint:.1f}; signed-in user: activate {load_user:.1f}".format(
            **{k: ours[f"{k}:bench"] for k in ("build", "load", "paint")},
            load_user=ours["load:user"],
        ),
        "worst open: {:.1f} ms, of which {:.1f} ms CPU in this process".format(
            ours["open-worst:bench"], ours["open-worst-cpu:bench"]
        ),
        "SQL queries per open: {:.0f} (bench actor), {:.0f} (signed-in user)".format(
            ours["queries:bench"], ours["queries:user"]
        ),
        "status bar after each filter:",
        *(f"  {f[0]}: {ours[f'filter-rows:{f[0]}']}" for f in FILTERS),
    ]
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    from benchmarks.bench_login import print_table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=BIG, help="size of the big audit trail")
    args = parser.parse_args(argv)
    rows, notes = run(args.entries)
    print_table(rows)
    print("\n".join(notes))
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
