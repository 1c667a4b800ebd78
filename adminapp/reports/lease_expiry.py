"""Lease expiries: leases in force on the as-of date whose term ends within the next months,
by month of their last day, with a summary per month and charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from adminapp import rent
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import Company, Lease
from adminapp.reports import words
from adminapp.reports.charts import Chart
from adminapp.reports.rent_roll import YIELD_PER, rate_in_force
from adminapp.reports.spec import ReportSpec, checked_months, lease_filter_clauses
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import add_months, in_force

ONE_DAY = dt.timedelta(days=1)
SORTED_BY = QT_TRANSLATE_NOOP("Reports", "End date, then lease reference")

COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Reports", "Expiry month"), "month"),
    Column("reference", QT_TRANSLATE_NOOP("Reports", "Lease"), total="count"),
    Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
    Column("units", QT_TRANSLATE_NOOP("Reports", "Units")),
    Column("area", QT_TRANSLATE_NOOP("Reports", "Area (m²)"), "area", "sum"),
    Column("monthly_rent", QT_TRANSLATE_NOOP("Reports", "Monthly rent"), "money", "sum"),
    Column("end", QT_TRANSLATE_NOOP("Reports", "End (exclusive)"), "date"),
    Column("last_day", QT_TRANSLATE_NOOP("Reports", "Last day"), "date"),
    Column("days_left", QT_TRANSLATE_NOOP("Reports", "Days left"), "int"),
    Column("renewed", QT_TRANSLATE_NOOP("Reports", "Renewed")),
)

SUMMARY_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Reports", "Expiry month"), "month"),
    Column("leases", QT_TRANSLATE_NOOP("Reports", "Leases"), "int", "sum"),
    Column("area", QT_TRANSLATE_NOOP("Reports", "Area (m²)"), "area", "sum"),
    Column("monthly_rent", QT_TRANSLATE_NOOP("Reports", "Monthly rent"), "money", "sum"),
    Column("renewed", QT_TRANSLATE_NOOP("Reports", "Renewed"), "int", "sum"),
)

SUMMARY_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Area expiring by month (m²)"),
        "month",
        ("area",),
        "m²",
        x_format="yyyy-mm",
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Leases expiring by month"),
        "month",
        ("leases",),
        QT_TRANSLATE_NOOP("Reports", "Leases"),
        "0",
        x_format="yyyy-mm",
    ),
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
        translate(
            "Reports",
            "Leases in force on the as-of date whose term ends within %1 months "
            "(end on or before %2).",
        )
        .replace("%1", str(months))
        .replace("%2", until.isoformat()),
        translate(
            "Reports",
            "Expiry month is the month of the last day; End is exclusive (the day the units are "
            "free).",
        ),
        translate(
            "Reports", "Monthly rent is the rate in force on the as-of date × area, to the fen."
        ),
        translate("Reports", "Renewed: a signed renewal lease follows this one."),
    )
    return [
        Sheet(
            translate("Reports", "Lease expiry"),
            translate("Reports", "Lease expiry, next %1 months").replace("%1", str(months)),
            COLUMNS,
            _rows(s, q, as_of, buckets),
            count or 0,
            SORTED_BY,
            notes,
        ),
        Sheet(
            translate("Reports", "Summary"),
            translate("Reports", "Lease expiry by month"),
            SUMMARY_COLUMNS,
            _summary(buckets),
            len(buckets),
            translate("Reports", "Expiry month"),
            notes[:2],
            SUMMARY_CHARTS,
        ),
    ]


def _rows(s: Session, q: Select, as_of: dt.date, buckets: dict) -> Iterator[tuple]:
    """The detail rows; tallies each month in ``buckets`` for the summary sheet on the way."""
    yes, no = words.tr(words.YES_NO[True]), words.tr(words.YES_NO[False])
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
            *words.names(name, name_zh),
            units,
            area,
            monthly,
            end,
            last_day,
            (end - as_of).days,
            yes if renewed else no,
        )


def _summary(buckets: dict) -> Iterator[tuple]:
    # A generator: it runs only when its sheet is written, after the detail rows tallied.
    for month, (n, area, monthly, renewed) in buckets.items():
        yield (month, n, area, monthly, renewed)


SPEC = ReportSpec(
    name="lease-expiry",
    title=QT_TRANSLATE_NOOP("Reports", "Lease expiry"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Leases in force that end within the next 12 months, by month, with a chart",
    ),
    build=build,
    filters=("floor", "segment", "months"),
)
