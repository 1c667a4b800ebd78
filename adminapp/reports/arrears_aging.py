"""Arrears aging: every company that owes (or, on request, is in credit) on the as-of date,
its balance and its arrears by age; a summary by age with a chart.

The figures are :func:`adminapp.services.billing.statement.arrears` (the ledger's, as the
Billing page and the tenant statement have them), in its order: worst first.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import Company
from adminapp.reports import words
from adminapp.reports.billing_filters import checked_yes_no
from adminapp.reports.charts import Chart
from adminapp.reports.spec import ReportSpec, checked_segment
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing import statement
from adminapp.services.billing.ledger import BUCKETS, ZERO
from adminapp.services.context import AppContext

BUCKET_KEYS = {"0-30": "d30", "31-60": "d60", "61-90": "d90", "90+": "over90"}
BUCKET_HEADS = words.AGES
COLUMNS = (
    Column("name_en", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("name_zh", QT_TRANSLATE_NOOP("Reports", "Chinese name")),
    Column("credit_code", QT_TRANSLATE_NOOP("Reports", "Credit code")),
    Column("balance", QT_TRANSLATE_NOOP("Reports", "Balance"), "money", "sum"),
    Column("not_due", QT_TRANSLATE_NOOP("Reports", "Not yet due"), "money", "sum"),
    *(Column(BUCKET_KEYS[b], BUCKET_HEADS[b], "money", "sum") for b in BUCKETS),
    Column("arrears", QT_TRANSLATE_NOOP("Reports", "Total arrears"), "money", "sum"),
)
AGE_COLUMNS = (
    Column("age", QT_TRANSLATE_NOOP("Reports", "Age")),
    Column("arrears", QT_TRANSLATE_NOOP("Reports", "Arrears"), "money", "sum"),
    Column("companies", QT_TRANSLATE_NOOP("Reports", "Companies"), "int"),
    Column("share", QT_TRANSLATE_NOOP("Reports", "Share of arrears"), "percent"),
)
AGE_CHART = Chart(
    QT_TRANSLATE_NOOP("Reports", "Arrears by age"),
    "age",
    ("arrears",),
    QT_TRANSLATE_NOOP("Reports", "Arrears (¥)"),
    "¥#,##0",
)
SHARE = Decimal("0.0001")

NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "Balance: charges issued on or before the as-of date (net of credit notes and "
        "supplements) less payments received by then and not reversed by then, less deposit "
        "applied to debts; negative when the company is in credit.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Payments and deposit applied settle the oldest charges first (by due date). What is "
        "left open of a charge already due is in arrears, aged by the days from its due date to "
        "the as-of date; 'Not yet due' is open on charges issued ahead of their due date.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Listed: every company with a balance owed (and with in_credit = yes, also those in "
        "credit). The balance equals the closing balance of the company's tenant statement to "
        "the same date.",
    ),
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    in_credit = checked_yes_no(filters.get("in_credit"), "in_credit")
    rows = statement.arrears(ctx, as_of, only_in_arrears=False)
    if "segment" in filters:
        segment = checked_segment(filters["segment"])
        ids = set(s.scalars(select(Company.id).where(Company.segment == segment)))
        rows = [r for r in rows if r.company_id in ids]
    rows = [r for r in rows if r.balance > 0 or r.arrears > 0 or (in_credit and r.balance < 0)]
    table = [
        (*words.names(r.name_en, r.name_zh), r.credit_code, r.balance, r.not_due,
         *(r.buckets[b] for b in BUCKETS), r.arrears)
        for r in rows
    ]  # fmt: skip
    total = sum((r.arrears for r in rows), ZERO)
    ages = []
    for b in BUCKETS if rows else ():
        amount = sum((r.buckets[b] for r in rows), ZERO)
        share = (amount / total).quantize(SHARE, ROUND_HALF_UP) if total else Decimal(0)
        ages.append(
            (words.label(BUCKET_HEADS, b), amount, sum(r.buckets[b] > 0 for r in rows), share)
        )
    return [
        Sheet(
            translate("Reports", "Arrears"),
            translate("Reports", "Arrears aging on %1").replace("%1", f"{as_of:%Y-%m-%d}"),
            COLUMNS,
            table,
            len(table),
            translate("Reports", "Most over 90 days, then most in arrears, then English name"),
            NOTES,
        ),
        Sheet(
            translate("Reports", "By age"),
            translate("Reports", "Arrears by days overdue on %1").replace(
                "%1", f"{as_of:%Y-%m-%d}"
            ),
            AGE_COLUMNS,
            ages,
            len(ages),
            translate("Reports", "Age (days overdue)"),
            (
                translate(
                    "Reports",
                    "Companies: those with arrears of that age (a company can have several ages).",
                ),
                *NOTES[:2],
            ),
            (AGE_CHART,),
        ),
    ]


SPEC = ReportSpec(
    name="arrears-aging",
    title=QT_TRANSLATE_NOOP("Reports", "Arrears aging"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Companies that owe on the as-of date: balance and arrears by age (0-30 to over "
        "90 days), worst first",
    ),
    build=build,
    filters=("segment", "in_credit"),
)
