"""What a lease's stage and term mean on a given date, in Python and in SQL alike."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from adminapp.models import Lease

LEASE_STATUSES = ("draft", "upcoming", "active", "ended", "terminated")


def lease_status(stage: str, start: dt.date, end: dt.date, as_of: dt.date) -> str:
    """draft | upcoming | active | ended | terminated, for the half-open term [start, end)."""
    if stage == "draft":
        return "draft"
    if as_of >= end:
        return "terminated" if stage == "terminated" else "ended"
    if as_of < start:
        return "upcoming"
    return "active"


def status_expr(as_of: dt.date) -> ColumnElement[str]:
    """The same rule as :func:`lease_status` as a SQL expression over ``leases``."""
    d = literal(as_of)
    return case(
        (Lease.stage == "draft", "draft"),
        (and_(Lease.end_date <= d, Lease.stage == "terminated"), "terminated"),
        (Lease.end_date <= d, "ended"),
        (Lease.start_date > d, "upcoming"),
        else_="active",
    )


class noidx(FunctionElement):  # noqa: N801 - reads like the SQL it writes
    """``+column`` on SQLite: the same value, but the planner may not use an index for it.

    Elsewhere the column itself (PostgreSQL plans from statistics and needs no hint).
    """

    inherit_cache = True

    def __init__(self, expr: ColumnElement) -> None:
        super().__init__(expr)
        self.type = expr.type


@compiles(noidx)
def _noidx_default(element: noidx, compiler: Any, **kw: Any) -> str:
    return compiler.process(list(element.clauses)[0], **kw)


@compiles(noidx, "sqlite")
def _noidx_sqlite(element: noidx, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(list(element.clauses)[0], **kw)


def in_force(as_of: dt.date) -> ColumnElement[bool]:
    """Leases that hold their units on ``as_of``: signed (or terminated later) and in term.

    Reached through ix_leases_in_force (end_date, start_date, stage): in a long history most
    leases have ended, so "ends after the date" is the narrow side; the hints keep SQLite's
    planner (no statistics unless ANALYZE ran) from walking every lease by its start date.
    """
    return and_(
        Lease.end_date > as_of, noidx(Lease.start_date) <= as_of, noidx(Lease.stage) != "draft"
    )


def months_between(start: dt.date, end: dt.date) -> Decimal:
    """Whole and part months from ``start`` to ``end`` (days past the last whole month / 30)."""
    if end <= start:
        return Decimal(0)
    months = (end.year - start.year) * 12 + (end.month - start.month)
    anchor = _add_months(start, months)
    if anchor > end:
        months -= 1
        anchor = _add_months(start, months)
    days = (end - anchor).days
    return (Decimal(months) + Decimal(days) / Decimal(30)).quantize(Decimal("0.1"))


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def add_months(d: dt.date, months: int) -> dt.date:
    return _add_months(d, months)


def rate_on(base_rate: Decimal, steps: list[tuple[dt.date, Decimal]], on: dt.date) -> Decimal:
    """The rent per m² per month in force on ``on``: the latest step at or before it."""
    rate = base_rate
    for effective_from, step_rate in sorted(steps):
        if effective_from <= on:
            rate = step_rate
    return rate
