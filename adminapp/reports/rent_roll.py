"""Rent roll: every lease in force on the as-of date, with the rent in force that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import ColumnElement, Select, func, select, type_coerce
from sqlalchemy.orm import Session

from adminapp import rent
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import Company, Lease, Rate, RentStep
from adminapp.reports import words
from adminapp.reports.spec import ReportSpec, lease_filter_clauses
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import in_force, months_between

YIELD_PER = 2_000
ONE_DAY = dt.timedelta(days=1)
SORTED_BY = QT_TRANSLATE_NOOP(
    "Reports", "Units (floor by floor: B1, 1F, 2F … 10F), then lease reference"
)
NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "A lease is in force when it is signed (or terminated later) and start ≤ as-of < end.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "End is exclusive: the lease holds its units until the day before (the 'Last day').",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Rent is the rate in force on the as-of date (rent steps applied) × area, to the fen; "
        "rent-free months are not deducted.",
    ),
)

COLUMNS = (
    Column("reference", QT_TRANSLATE_NOOP("Reports", "Lease")),
    Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
    Column("credit_code", QT_TRANSLATE_NOOP("Reports", "Credit code")),
    Column("units", QT_TRANSLATE_NOOP("Reports", "Units")),
    Column("area", QT_TRANSLATE_NOOP("Reports", "Area (m²)"), "area", "sum"),
    Column("rate_month", QT_TRANSLATE_NOOP("Reports", "Rent / m² / month"), "money"),
    Column("rate_day", QT_TRANSLATE_NOOP("Reports", "Rent / m² / day"), "rate_day"),
    Column("monthly_rent", QT_TRANSLATE_NOOP("Reports", "Monthly rent"), "money", "sum"),
    Column("start", QT_TRANSLATE_NOOP("Reports", "Start"), "date"),
    Column("end", QT_TRANSLATE_NOOP("Reports", "End (exclusive)"), "date"),
    Column("last_day", QT_TRANSLATE_NOOP("Reports", "Last day"), "date"),
    Column("rent_free", QT_TRANSLATE_NOOP("Reports", "Rent-free months"), "int"),
    Column("deposit", QT_TRANSLATE_NOOP("Reports", "Deposit"), "money", "sum"),
    Column("months_left", QT_TRANSLATE_NOOP("Reports", "Months remaining"), "months"),
)


def rate_in_force(as_of: dt.date) -> ColumnElement:
    """The rent per m² per month on ``as_of``: the latest rent step at or before it, else the
    lease's own rate (the rule of :func:`adminapp.services.lease_terms.rate_on`, in SQL)."""
    step = (
        select(RentStep.rent_per_m2_month)
        .where(RentStep.lease_id == Lease.id, RentStep.effective_from <= as_of)
        .order_by(RentStep.effective_from.desc())
        .limit(1)
        .scalar_subquery()
    )
    return type_coerce(func.coalesce(step, Lease.rent_per_m2_month), Rate)


# Most leases share a handful of rates; converting each once keeps the hot loop cheap.
per_day = lru_cache(maxsize=4096)(rent.per_day_from_month)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    where = [in_force(as_of), *lease_filter_clauses(s, filters)]
    count = s.scalar(
        select(func.count(Lease.id)).join(Company, Company.id == Lease.company_id).where(*where)
    )
    q = (
        select(
            Lease.reference,
            Company.name_en,
            Company.name_zh,
            Company.credit_code,
            Lease.unit_codes,
            Lease.area,
            rate_in_force(as_of),
            Lease.start_date,
            Lease.end_date,
            Lease.rent_free_months,
            Lease.deposit,
        )
        .join(Company, Company.id == Lease.company_id)
        .where(*where)
        .order_by(Lease.unit_sort, Lease.reference)
    )
    rows = _rows(s, q, as_of)
    name = translate("Reports", "Rent roll")
    return [Sheet(name, name, COLUMNS, rows, count or 0, SORTED_BY, NOTES)]


def _rows(s: Session, q: Select, as_of: dt.date) -> Iterator[tuple]:
    to_fen = rent.to_fen
    names = words.names
    result = s.execute(q, execution_options={"yield_per": YIELD_PER})
    for ref, name, name_zh, code, units, area, rate, start, end, free, deposit in result:
        yield (
            ref,
            *names(name, name_zh),
            code,
            units,
            area,
            rate,
            per_day(rate),
            to_fen(rate * area),
            start,
            end,
            end - ONE_DAY,
            free,
            deposit,
            months_between(as_of, end),
        )


SPEC = ReportSpec(
    name="rent-roll",
    title=QT_TRANSLATE_NOOP("Reports", "Rent roll"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Every lease in force on the as-of date: tenant, units, area, rent, term, deposit",
    ),
    build=build,
    filters=("floor", "segment"),
)
