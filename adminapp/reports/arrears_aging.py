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

from adminapp.models import Company
from adminapp.reports.billing_filters import checked_yes_no
from adminapp.reports.charts import Chart
from adminapp.reports.spec import ReportSpec, checked_segment
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing import statement
from adminapp.services.billing.ledger import BUCKETS, ZERO
from adminapp.services.context import AppContext

BUCKET_KEYS = {"0-30": "d30", "31-60": "d60", "61-90": "d90", "90+": "over90"}
BUCKET_HEADS = {"0-30": "0-30 days", "31-60": "31-60 days", "61-90": "61-90 days",
                "90+": "Over 90 days"}  # fmt: skip
COLUMNS = (
    Column("name_en", "Company"),
    Column("name_zh", "Chinese name"),
    Column("credit_code", "Credit code"),
    Column("balance", "Balance", "money", "sum"),
    Column("not_due", "Not yet due", "money", "sum"),
    *(Column(BUCKET_KEYS[b], BUCKET_HEADS[b], "money", "sum") for b in BUCKETS),
    Column("arrears", "Total arrears", "money", "sum"),
)
AGE_COLUMNS = (
    Column("age", "Age"),
    Column("arrears", "Arrears", "money", "sum"),
    Column("companies", "Companies", "int"),
    Column("share", "Share of arrears", "percent"),
)
AGE_CHART = Chart("Arrears by age", "age", ("arrears",), "Arrears (¥)", "¥#,##0")
SHARE = Decimal("0.0001")

NOTES = (
    "Balance: charges issued on or before the as-of date (net of credit notes and supplements) "
    "less payments received by then and not reversed by then, less deposit applied to debts; "
    "negative when the company is in credit.",
    "Payments and deposit applied settle the oldest charges first (by due date). What is left "
    "open of a charge already due is in arrears, aged by the days from its due date to the "
    "as-of date; 'Not yet due' is open on charges issued ahead of their due date.",
    "Listed: every company with a balance owed (and with in_credit = yes, also those in "
    "credit). The balance equals the closing balance of the company's tenant statement to the "
    "same date.",
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
        (r.name_en, r.name_zh, r.credit_code, r.balance, r.not_due,
         *(r.buckets[b] for b in BUCKETS), r.arrears)
        for r in rows
    ]  # fmt: skip
    total = sum((r.arrears for r in rows), ZERO)
    ages = []
    for b in BUCKETS if rows else ():
        amount = sum((r.buckets[b] for r in rows), ZERO)
        share = (amount / total).quantize(SHARE, ROUND_HALF_UP) if total else Decimal(0)
        ages.append((BUCKET_HEADS[b], amount, sum(r.buckets[b] > 0 for r in rows), share))
    return [
        Sheet(
            "Arrears",
            f"Arrears aging on {as_of:%Y-%m-%d}",
            COLUMNS,
            table,
            len(table),
            "Most over 90 days, then most in arrears, then English name",
            NOTES,
        ),
        Sheet(
            "By age",
            f"Arrears by days overdue on {as_of:%Y-%m-%d}",
            AGE_COLUMNS,
            ages,
            len(ages),
            "Age (days overdue)",
            (
                "Companies: those with arrears of that age (a company can have several ages).",
                *NOTES[:2],
            ),
            (AGE_CHART,),
        ),
    ]


SPEC = ReportSpec(
    name="arrears-aging",
    title="Arrears aging",
    description="Companies that owe on the as-of date: balance and arrears by age (0-30 to over "
    "90 days), worst first",
    build=build,
    filters=("segment", "in_credit"),
)
