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

from adminapp import i18n
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import ApplicationTranche, Company, FinancingApplication, Programme
from adminapp.reports import words
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
SORTED_BY = QT_TRANSLATE_NOOP("Reports", "Payment date, then application reference, then tranche")
ZERO = Decimal("0.00")

COLUMNS = (
    Column("paid_on", QT_TRANSLATE_NOOP("Reports", "Paid on"), "date"),
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    Column("payment_reference", QT_TRANSLATE_NOOP("Reports", "Payment reference"), total="count"),
    Column("application", QT_TRANSLATE_NOOP("Reports", "Application")),
    Column("tranche", QT_TRANSLATE_NOOP("Reports", "Tranche"), "int"),
    Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
    Column("programme", QT_TRANSLATE_NOOP("Reports", "Programme")),
    Column("platform", QT_TRANSLATE_NOOP("Reports", "Platform")),
    Column("milestone", QT_TRANSLATE_NOOP("Reports", "Milestone")),
    Column("amount", QT_TRANSLATE_NOOP("Reports", "Amount"), "money", "sum"),
)

MONTH_CHART = Chart(
    QT_TRANSLATE_NOOP("Reports", "Paid by month (¥)"), "month", ("total",), "¥", x_format="yyyy-mm"
)


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
        joined(select(Programme.id, Programme.name_en, Programme.name_zh).distinct())
        .where(*where)
        .order_by(Programme.name_en)
    ).all()
    # Tallied while the payments stream; the month table is written after them.
    by_month = {m: {pid: ZERO for pid, _, _ in programmes} for m in months}
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
                Programme.name_zh,
                Programme.platform,
                T.milestone,
                T.amount,
            )
        )
        .join(Company, Company.id == A.company_id)
        .where(*where)
        .order_by(T.paid_on, A.reference, T.seq)
    )
    if first <= last:
        notes = (
            translate("Reports", "Tranches paid from %1 to %2 (the year %3, up to the as-of date).")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
            .replace("%3", str(year)),
        )
    else:
        notes = (
            translate("Reports", "No tranches paid yet in the year %1 (up to the as-of date).")
            .replace("%1", str(year)),
        )  # fmt: skip
    notes += (
        translate(
            "Reports",
            "Only CNY programmes pay money; GPU-hour vouchers are in the compute-vouchers report.",
        ),
    )
    month_columns = (
        Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
        *(Column(f"p{pid}", i18n.name(en, zh), "money", "sum") for pid, en, zh in programmes),
        Column("total", QT_TRANSLATE_NOOP("Reports", "Total"), "money", "sum"),
    )
    return [
        Sheet(
            translate("Reports", "Disbursements"),
            translate("Reports", "Disbursements %1").replace("%1", str(year)),
            COLUMNS,
            _rows(s, q, by_month),
            count,
            SORTED_BY,
            notes,
        ),
        Sheet(
            translate("Reports", "By month and programme"),
            translate("Reports", "Disbursements by month and programme, %1").replace(
                "%1", str(year)
            ),
            month_columns,
            _by_month(by_month),
            len(by_month),
            translate("Reports", "Month; one column per programme (by English name)"),
            notes,
            (MONTH_CHART,),
        ),
    ]


def _rows(s: Session, q: Select, by_month: dict) -> Iterator[tuple]:
    platforms = words.PLATFORMS
    for (
        paid_on,
        reference,
        application,
        seq,
        name,
        name_zh,
        programme_id,
        programme,
        programme_zh,
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
            *words.names(name, name_zh),
            i18n.name(programme, programme_zh),
            words.label(platforms, platform),
            milestone,
            amount,
        )


def _by_month(by_month: dict) -> Iterator[tuple]:
    for month, paid in by_month.items():
        amounts = list(paid.values())
        yield (month, *amounts, sum(amounts, ZERO))


SPEC = ReportSpec(
    name="disbursements",
    title=QT_TRANSLATE_NOOP("Reports", "Disbursements"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Tranches paid in the year to the as-of date, by month and programme",
    ),
    build=build,
    filters=("programme", "platform", "year"),
)
