"""A tenant's statement of account for a period: the opening balance, every charge issued,
payment received, payment reversed and deposit applied in it with the running balance, and
the closing balance; a second sheet lists what is open on the last day, by age.

The figures are :func:`adminapp.services.billing.statement.statement`: the closing balance is
the ledger's balance on the last day, the figure the arrears-aging report gives for the
company on that date.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp import i18n
from adminapp.errors import DomainError
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import Charge
from adminapp.reports import words
from adminapp.reports.billing_filters import checked_company, checked_days
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing import statement
from adminapp.services.billing.ledger import bucket_of
from adminapp.services.context import AppContext

LINE_KINDS = words.LINE_KINDS
COLUMNS = (
    Column("on", QT_TRANSLATE_NOOP("Reports", "Date"), "date"),
    Column("reference", QT_TRANSLATE_NOOP("Reports", "Reference")),
    Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind")),
    Column("description", QT_TRANSLATE_NOOP("Reports", "Description")),
    Column("debit", QT_TRANSLATE_NOOP("Reports", "Debit"), "money", "sum"),
    Column("credit", QT_TRANSLATE_NOOP("Reports", "Credit"), "money", "sum"),
    Column("balance", QT_TRANSLATE_NOOP("Reports", "Balance"), "money"),
)
OPEN_COLUMNS = (
    Column("reference", QT_TRANSLATE_NOOP("Reports", "Reference")),
    Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind")),
    Column("description", QT_TRANSLATE_NOOP("Reports", "Description")),
    Column("due_on", QT_TRANSLATE_NOOP("Reports", "Due"), "date"),
    Column("amount", QT_TRANSLATE_NOOP("Reports", "Amount"), "money", "sum"),
    Column("open", QT_TRANSLATE_NOOP("Reports", "Open"), "money", "sum"),
    Column("days", QT_TRANSLATE_NOOP("Reports", "Days overdue"), "int"),
    Column("age", QT_TRANSLATE_NOOP("Reports", "Age")),
)
NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "Opening balance: what the company owed at the end of the day before the period "
        "(negative: its credit). Debit: a charge issued, or a payment reversed; credit: a "
        "payment received, deposit applied to debts, or a credit note. Balance: after each line.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "References: C = charge, P = payment, D = deposit entry. Lines are in date order; on one "
        "day charges come first, then payments and deposit applied, then reversals.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Closing balance = opening + debits − credits: the company's balance at the end of the "
        "last day, as in the arrears-aging report for that date.",
    ),
)


def _company_title(st: statement.Statement) -> str:
    """The company's names (in a Chinese workbook its Chinese one), then its credit code."""
    if words.chinese():
        names = i18n.name(st.name_en, st.name_zh)
    else:
        names = " ".join(n for n in (st.name_en, st.name_zh) if n)
    return f"{names} ({st.credit_code})"


def _kind(kind: str) -> str:
    return words.label(LINE_KINDS, kind)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    if "company" not in filters:
        raise DomainError("Choose the company whose statement to export", "company")
    company_id = checked_company(s, filters["company"])
    first, last = checked_days(as_of, filters)
    st = statement.statement(ctx, company_id, first, last)
    day_before = first - dt.timedelta(days=1)
    at_end = translate("Reports", "Balance at the end of %1")
    rows: list[tuple] = [
        (first, None, translate("Reports", "Opening balance"),
         at_end.replace("%1", f"{day_before:%Y-%m-%d}"), None, None, st.opening),
        *((ln.on, ln.reference, _kind(ln.kind), ln.description,
           ln.debit or None, ln.credit or None, ln.balance) for ln in st.lines),
        (last, None, translate("Reports", "Closing balance"),
         at_end.replace("%1", f"{last:%Y-%m-%d}"), None, None, st.closing),
    ]  # fmt: skip
    # The company's charges issued by then (one indexed query, however many are open).
    found = {
        r.id: (_kind(r.kind), r.description)
        for r in s.execute(
            select(Charge.id, Charge.kind, Charge.description).where(
                Charge.company_id == company_id, Charge.issued_on <= last
            )
        )
    }
    open_rows = []
    for o in st.position.open_charges:
        kind, text = found.get(o.charge_id, ("", ""))
        age = "not_due" if o.days_overdue < 0 else bucket_of(o.days_overdue)
        open_rows.append(
            (f"C{o.charge_id}", kind, text, o.due_on, o.amount, o.open, max(o.days_overdue, 0),
             words.label(words.AGES, age))
        )  # fmt: skip
    who = _company_title(st)
    period = words.period(f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}")
    held = (
        translate("Reports", "Deposit held on %1: ¥%2 (not in the balance).")
        .replace("%1", f"{last:%Y-%m-%d}")
        .replace("%2", f"{st.deposit_held:,.2f}")
    )
    return [
        Sheet(
            translate("Reports", "Statement"),
            translate("Reports", "Statement of account: %1, %2")
            .replace("%1", who)
            .replace("%2", period),
            COLUMNS,
            rows,
            len(rows),
            translate(
                "Reports", "Date, then charges before payments before reversals, then reference"
            ),
            (*NOTES, held),
        ),
        Sheet(
            translate("Reports", "Open charges"),
            translate("Reports", "Open charges of %1 on %2")
            .replace("%1", who)
            .replace("%2", f"{last:%Y-%m-%d}"),
            OPEN_COLUMNS,
            open_rows,
            len(open_rows),
            translate("Reports", "Due date, then charge number (the order payments settle them)"),
            (
                translate(
                    "Reports",
                    "Open: what is left of the charge (after credit notes) once payments and "
                    "deposit applied have settled the older charges. Days overdue: from the due "
                    "date to the last day of the statement (0 when not yet due).",
                ),
                held,
            ),
        ),
    ]


SPEC = ReportSpec(
    name="tenant-statement",
    title=QT_TRANSLATE_NOOP("Reports", "Tenant statement"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "One company's account for a period: opening balance, every charge and "
        "payment, closing balance",
    ),
    build=build,
    filters=("company", "from", "to"),
    period_in_days=True,
)
