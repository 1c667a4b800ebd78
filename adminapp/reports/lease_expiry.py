"""Lease expiries: leases in force on the as-of date whose term ends within the next months,
by month of their last day, with a summary per month and charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from adminapp import rent
from adminapp.models import Company, Lease
from adminapp.reports.charts import Chart
from adminapp.reports.rent_roll import YIELD_PER, rate_in_force
from adminapp.reports.spec import ReportSpec, checked_months, lease_filter_clauses
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import add_months, in_force

ONE_DAY = dt.timedelta(days=1)
SORTED_BY = "End date, then lease reference"

COLUMNS = (
    Column("month", "Expiry month", "month"),
    Column("reference", "Lease", total="count"),
    Column("company", "Company"),
    Column("company_zh", "Company (Chinese)"),
    Column("units", "Units"),
    Column("area", "Area (m²)", "area", "sum"),
    Column("monthly_rent", "Monthly rent", "money", "sum"),
    Column("end", "End (exclusive)", "date"),
    Column("last_day", "Last day", "date"),
    Column("days_left", "Days left", "int"),
    Column("renewed", "Renewed"),
)

SUMMARY_COLUMNS = (
    Column("month", "Expiry month", "month"),
    Column("leases", "Leases", "int", "sum"),
    Column("area", "Area (m²)", "area", "sum"),
    Column("monthly_rent", "Monthly rent", "money", "sum"),
    Column("renewed", "Renewed", "int", "sum"),
)

SUMMARY_CHARTS = (
    Chart("Area expiring by month (m²)", "month", ("area",), "m²", x_format="yyyy-mm"),
    Chart("Leases expiring by month", "month", ("leases",), "Leases", "0", x_format="yyyy-mm"),
)


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def window_months(as_of: dt.date, months: int) -> list[dt.date]:
    """First days of the months a last day can fall in: from as-of to the window's end."""
    first, last = month_of(as_of), month_of(add_months(as_of, months) - ONE_DAY)
    out = [first]
    while out[-1] < last:
        out.append(add_months(out[-1], 1))
    return out


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    months = checked_months(filters.get("months"))
    until = add_months(as_of, months)
    nxt = aliased(Lease)
    renewed = exists().where(nxt.renewal_of_id == Lease.id, nxt.stage != "draft")
    where = [in_force(as_of), Lease.end_date <= until, *lease_filter_clauses(s, filters)]
    count = s.scalar(
        select(func.count(Lease.id)).join(Company, Company.id == Lease.company_id).where(*where)
    )
    q = (
        select(
            Lease.reference,
            Company.name_en,
            Company.name_zh,
            Lease.unit_codes,
            Lease.area,
            rate_in_force(as_of),
            Lease.end_date,
            renewed,
        )
        .join(Company, Company.id == Lease.company_id)
        .where(*where)
        .order_by(Lease.end_date, Lease.reference)
    )
    buckets = {m: [0, Decimal(0), Decimal(0), 0] for m in window_months(as_of, months)}
    notes = (
        f"Leases in force on the as-of date whose term ends within {months} months "
        f"(end on or before {until.isoformat()}).",
        "Expiry month is the month of the last day; End is exclusive (the day the units are free).",
        "Monthly rent is the rate in force on the as-of date × area, to the fen.",
        "Renewed: a signed renewal lease follows this one.",
    )
    return [
        Sheet(
            "Lease expiry",
            f"Lease expiry, next {months} months",
            COLUMNS,
            _rows(s, q, as_of, buckets),
            count or 0,
            SORTED_BY,
            notes,
        ),
        Sheet(
            "Summary",
            "Lease expiry by month",
            SUMMARY_COLUMNS,
            _summary(buckets),
            len(buckets),
            "Expiry month",
            notes[:2],
            SUMMARY_CHARTS,
        ),
    ]


def _rows(s: Session, q: Select, as_of: dt.date, buckets: dict) -> Iterator[tuple]:
    """The detail rows; tallies each month in ``buckets`` for the summary sheet on the way."""
    for ref, name, name_zh, units, area, rate, end, renewed in s.execute(
        q, execution_options={"yield_per": YIELD_PER}
    ):
        last_day = end - ONE_DAY
        month = month_of(last_day)
        monthly = rent.monthly_rent(rate, area)
        tally = buckets[month]
        tally[0] += 1
        tally[1] += area
        tally[2] += monthly
        tally[3] += 1 if renewed else 0
        yield (
            month,
            ref,
            name,
            name_zh,
            units,
            area,
            monthly,
            end,
            last_day,
            (end - as_of).days,
            "yes" if renewed else "no",
        )


def _summary(buckets: dict) -> Iterator[tuple]:
    # A generator: it runs only when its sheet is written, after the detail rows tallied.
    for month, (n, area, monthly, renewed) in buckets.items():
        yield (month, n, area, monthly, renewed)


SPEC = ReportSpec(
    name="lease-expiry",
    title="Lease expiry",
    description="Leases in force that end within the next 12 months, by month, with a chart",
    build=build,
    filters=("floor", "segment", "months"),
)
