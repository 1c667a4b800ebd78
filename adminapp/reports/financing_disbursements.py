"""Disbursements: the tranches paid in a year (up to the as-of date), each payment on a row,
and a month × programme table of what was paid, with a chart by month.

Payments are money: only CNY programmes are paid out; GPU-hour vouchers are reported by the
``compute-vouchers`` report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from adminapp.models import ApplicationTranche, Company, FinancingApplication, Programme
from adminapp.reports.charts import Chart
from adminapp.reports.financing_filters import (
    YIELD_PER,
    checked_year,
    month_of,
    programme_clauses,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext

A, T = FinancingApplication, ApplicationTranche
SORTED_BY = "Payment date, then application reference, then tranche"
ZERO = Decimal("0.00")

COLUMNS = (
    Column("paid_on", "Paid on", "date"),
    Column("month", "Month", "month"),
    Column("payment_reference", "Payment reference", total="count"),
    Column("application", "Application"),
    Column("tranche", "Tranche", "int"),
    Column("company", "Company"),
    Column("company_zh", "Company (Chinese)"),
    Column("programme", "Programme"),
    Column("platform", "Platform"),
    Column("milestone", "Milestone"),
    Column("amount", "Amount", "money", "sum"),
)

MONTH_CHART = Chart("Paid by month (¥)", "month", ("total",), "¥", x_format="yyyy-mm")


def period(as_of: dt.date, year: int) -> tuple[dt.date, dt.date]:
    """1 January of ``year`` to the earlier of 31 December and the as-of date (inclusive)."""
    return dt.date(year, 1, 1), min(dt.date(year, 12, 31), as_of)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    year = checked_year(filters.get("year"), default=as_of.year)
    first, last = period(as_of, year)
    where = [
        Programme.unit == "CNY",
        T.paid_on.is_not(None),
        T.paid_on >= first,
        T.paid_on <= last,
        *programme_clauses(s, filters),
    ]

    def joined(q: Select) -> Select:
        return (
            q.select_from(T)
            .join(A, A.id == T.application_id)
            .join(Programme, Programme.id == A.programme_id)
        )

    count = s.scalar(joined(select(func.count(T.id))).where(*where)) or 0
    days = s.scalars(joined(select(T.paid_on).distinct()).where(*where))
    months = sorted({month_of(d) for d in days})
    programmes = s.execute(
        joined(select(Programme.id, Programme.name_en).distinct())
        .where(*where)
        .order_by(Programme.name_en)
    ).all()
    # Tallied while the payments stream; the month table is written after them.
    by_month = {m: {pid: ZERO for pid, _ in programmes} for m in months}
    q = (
        joined(
            select(
                T.paid_on,
                T.payment_reference,
                A.reference,
                T.seq,
                Company.name_en,
                Company.name_zh,
                Programme.id,
                Programme.name_en,
                Programme.platform,
                T.milestone,
                T.amount,
            )
        )
        .join(Company, Company.id == A.company_id)
        .where(*where)
        .order_by(T.paid_on, A.reference, T.seq)
    )
    shown = f"{first.isoformat()} to {last.isoformat()}" if first <= last else "nothing yet"
    notes = (
        f"Tranches paid from {shown} (the year {year}, up to the as-of date).",
        "Only CNY programmes pay money; GPU-hour vouchers are in the compute-vouchers report.",
    )
    month_columns = (
        Column("month", "Month", "month"),
        *(Column(f"p{pid}", name, "money", "sum") for pid, name in programmes),
        Column("total", "Total", "money", "sum"),
    )
    return [
        Sheet(
            "Disbursements",
            f"Disbursements {year}",
            COLUMNS,
            _rows(s, q, by_month),
            count,
            SORTED_BY,
            notes,
        ),
        Sheet(
            "By month and programme",
            f"Disbursements by month and programme, {year}",
            month_columns,
            _by_month(by_month),
            len(by_month),
            "Month; one column per programme (by English name)",
            notes,
            (MONTH_CHART,),
        ),
    ]


def _rows(s: Session, q: Select, by_month: dict) -> Iterator[tuple]:
    for (
        paid_on,
        reference,
        application,
        seq,
        name,
        name_zh,
        programme_id,
        programme,
        platform,
        milestone,
        amount,
    ) in s.execute(q, execution_options={"yield_per": YIELD_PER}):
        month = month_of(paid_on)
        by_month[month][programme_id] += amount
        yield (
            paid_on,
            month,
            reference,
            application,
            seq,
            name,
            name_zh,
            programme,
            platform.replace("_", " "),
            milestone,
            amount,
        )


def _by_month(by_month: dict) -> Iterator[tuple]:
    for month, paid in by_month.items():
        amounts = list(paid.values())
        yield (month, *amounts, sum(amounts, ZERO))


SPEC = ReportSpec(
    name="disbursements",
    title="Disbursements",
    description="Tranches paid in the year to the as-of date, by month and programme",
    build=build,
    filters=("programme", "platform", "year"),
)
