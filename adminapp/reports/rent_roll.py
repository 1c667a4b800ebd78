"""Rent roll: every lease in force on the as-of date, with the rent in force that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import ColumnElement, Select, func, select, type_coerce
from sqlalchemy.orm import Session

from adminapp import rent
from adminapp.models import Company, Lease, Rate, RentStep
from adminapp.reports.spec import ReportSpec, lease_filter_clauses
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import in_force, months_between

YIELD_PER = 2_000
ONE_DAY = dt.timedelta(days=1)
SORTED_BY = "Units (floor by floor: B1, 1F, 2F … 10F), then lease reference"
NOTES = (
    "A lease is in force when it is signed (or terminated later) and start ≤ as-of < end.",
    "End is exclusive: the lease holds its units until the day before (the 'Last day').",
    "Rent is the rate in force on the as-of date (rent steps applied) × area, to the fen; "
    "rent-free months are not deducted.",
)

COLUMNS = (
    Column("reference", "Lease"),
    Column("company", "Company"),
    Column("company_zh", "Company (Chinese)"),
    Column("credit_code", "Credit code"),
    Column("units", "Units"),
    Column("area", "Area (m²)", "area", "sum"),
    Column("rate_month", "Rent / m² / month", "money"),
    Column("rate_day", "Rent / m² / day", "rate_day"),
    Column("monthly_rent", "Monthly rent", "money", "sum"),
    Column("start", "Start", "date"),
    Column("end", "End (exclusive)", "date"),
    Column("last_day", "Last day", "date"),
    Column("rent_free", "Rent-free months", "int"),
    Column("deposit", "Deposit", "money", "sum"),
    Column("months_left", "Months remaining", "months"),
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
    return [Sheet("Rent roll", "Rent roll", COLUMNS, rows, count or 0, SORTED_BY, NOTES)]


def _rows(s: Session, q: Select, as_of: dt.date) -> Iterator[tuple]:
    to_fen = rent.to_fen
    result = s.execute(q, execution_options={"yield_per": YIELD_PER})
    for ref, name, name_zh, code, units, area, rate, start, end, free, deposit in result:
        yield (
            ref,
            name,
            name_zh,
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
    title="Rent roll",
    description="Every lease in force on the as-of date: tenant, units, area, rent, term, deposit",
    build=build,
    filters=("floor", "segment"),
)
