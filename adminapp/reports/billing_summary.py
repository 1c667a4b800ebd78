"""Billing summary: by month, what was charged, collected and taken from deposits, and how
the companies' balance moved; a chart of charged against collected. Figures are added up in
the database (:mod:`adminapp.services.billing.summary`)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports.charts import Chart
from adminapp.reports.consultation_filters import checked_period, period_text
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services.billing.summary import monthly
from adminapp.services.context import AppContext

COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    Column("charged", QT_TRANSLATE_NOOP("Reports", "Charged"), "money", "sum"),
    Column("collected", QT_TRANSLATE_NOOP("Reports", "Collected"), "money", "sum"),
    Column(
        "rate",
        QT_TRANSLATE_NOOP("Reports", "Collected / charged"),
        "percent",
        Ratio("collected", "charged"),
    ),
    Column("applied", QT_TRANSLATE_NOOP("Reports", "Deposit applied"), "money", "sum"),
    Column("issued", QT_TRANSLATE_NOOP("Reports", "Issued"), "money", "sum"),
    Column("change", QT_TRANSLATE_NOOP("Reports", "Balance change"), "money", "sum"),
    Column("closing", QT_TRANSLATE_NOOP("Reports", "Balance at month end"), "money"),
)
CHART = Chart(
    QT_TRANSLATE_NOOP("Reports", "Charged and collected by month"),
    "month",
    ("charged", "collected"),
    "¥",
    "¥#,##0",
    x_format="yyyy-mm",
)
SHARE = Decimal("0.0001")
NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "Charged: charges issued on or before the as-of date whose due date falls in the month, "
        "net of the credit notes and supplements issued against them by then (counted in the "
        "month of the charge they correct).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Collected: payments received in the month less payments reversed in the month (by the "
        "reversal's date). Deposit applied: deposit applied to debts in the month.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Issued: charges, credit notes and supplements issued in the month, whatever their due "
        "date. Balance change = issued − collected − deposit applied: the change in what all "
        "companies owe together over the month.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Balance at month end: all companies' balances added up (those in credit count "
        "negative) at the end of the month, or on the as-of date for its month; it equals the "
        "Balance total of arrears-aging with in_credit = yes on that date.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Only records dated on or before the as-of date count, so a month after it shows only "
        "charges already issued for it.",
    ),
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    first, last = checked_period(as_of, filters)
    rows = []
    for m in monthly(s, first, last, as_of):
        rate = (m.collected / m.charged).quantize(SHARE, ROUND_HALF_UP) if m.charged else 0
        rows.append((m.month, m.charged, m.collected, rate, m.deposit_applied, m.issued,
                     m.balance_change, m.closing))  # fmt: skip
    return [
        Sheet(
            translate("Reports", "By month"),
            translate("Reports", "Billing by month, %1").replace("%1", period_text(first, last)),
            COLUMNS,
            rows,
            len(rows),
            translate("Reports", "Month"),
            NOTES,
            (CHART,),
        )
    ]


SPEC = ReportSpec(
    name="billing-summary",
    title=QT_TRANSLATE_NOOP("Reports", "Billing summary"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "By month: charged, collected, deposit applied and the balance change, with a chart",
    ),
    build=build,
    filters=("from", "to"),
)
