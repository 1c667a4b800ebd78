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

from adminapp.errors import DomainError
from adminapp.models import Charge
from adminapp.reports.billing_filters import checked_company, checked_days
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing import statement
from adminapp.services.billing.charges import KIND_LABELS
from adminapp.services.billing.ledger import bucket_of
from adminapp.services.context import AppContext

LINE_KINDS = {
    **KIND_LABELS,
    "payment": "Payment",
    "reversal": "Payment reversed",
    "deposit": "Deposit applied",
}
COLUMNS = (
    Column("on", "Date", "date"),
    Column("reference", "Reference"),
    Column("kind", "Kind"),
    Column("description", "Description"),
    Column("debit", "Debit", "money", "sum"),
    Column("credit", "Credit", "money", "sum"),
    Column("balance", "Balance", "money"),
)
OPEN_COLUMNS = (
    Column("reference", "Reference"),
    Column("kind", "Kind"),
    Column("description", "Description"),
    Column("due_on", "Due", "date"),
    Column("amount", "Amount", "money", "sum"),
    Column("open", "Open", "money", "sum"),
    Column("days", "Days overdue", "int"),
    Column("age", "Age"),
)
NOTES = (
    "Opening balance: what the company owed at the end of the day before the period "
    "(negative: its credit). Debit: a charge issued, or a payment reversed; credit: a payment "
    "received, deposit applied to debts, or a credit note. Balance: after each line.",
    "References: C = charge, P = payment, D = deposit entry. Lines are in date order; on one "
    "day charges come first, then payments and deposit applied, then reversals.",
    "Closing balance = opening + debits − credits: the company's balance at the end of the "
    "last day, as in the arrears-aging report for that date.",
)


def _company_title(st: statement.Statement) -> str:
    names = " ".join(n for n in (st.name_en, st.name_zh) if n)
    return f"{names} ({st.credit_code})"


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    if "company" not in filters:
        raise DomainError("Choose the company whose statement to export", "company")
    company_id = checked_company(s, filters["company"])
    first, last = checked_days(as_of, filters)
    st = statement.statement(ctx, company_id, first, last)
    day_before = first - dt.timedelta(days=1)
    rows: list[tuple] = [
        (first, None, "Opening balance", f"Balance at the end of {day_before:%Y-%m-%d}",
         None, None, st.opening),
        *((ln.on, ln.reference, LINE_KINDS.get(ln.kind, ln.kind), ln.description,
           ln.debit or None, ln.credit or None, ln.balance) for ln in st.lines),
        (last, None, "Closing balance", f"Balance at the end of {last:%Y-%m-%d}",
         None, None, st.closing),
    ]  # fmt: skip
    # The company's charges issued by then (one indexed query, however many are open).
    found = {
        r.id: (KIND_LABELS.get(r.kind, r.kind), r.description)
        for r in s.execute(
            select(Charge.id, Charge.kind, Charge.description).where(
                Charge.company_id == company_id, Charge.issued_on <= last
            )
        )
    }
    open_rows = []
    for o in st.position.open_charges:
        kind, text = found.get(o.charge_id, ("", ""))
        age = "Not yet due" if o.days_overdue < 0 else f"{bucket_of(o.days_overdue)} days"
        open_rows.append(
            (f"C{o.charge_id}", kind, text, o.due_on, o.amount, o.open, max(o.days_overdue, 0),
             age.replace("90+ days", "Over 90 days"))
        )  # fmt: skip
    who = _company_title(st)
    period = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"
    held = f"Deposit held on {last:%Y-%m-%d}: ¥{st.deposit_held:,.2f} (not in the balance)."
    return [
        Sheet(
            "Statement",
            f"Statement of account: {who}, {period}",
            COLUMNS,
            rows,
            len(rows),
            "Date, then charges before payments before reversals, then reference",
            (*NOTES, held),
        ),
        Sheet(
            "Open charges",
            f"Open charges of {who} on {last:%Y-%m-%d}",
            OPEN_COLUMNS,
            open_rows,
            len(open_rows),
            "Due date, then charge number (the order payments settle them)",
            (
                "Open: what is left of the charge (after credit notes) once payments and "
                "deposit applied have settled the older charges. Days overdue: from the due "
                "date to the last day of the statement (0 when not yet due).",
                held,
            ),
        ),
    ]


SPEC = ReportSpec(
    name="tenant-statement",
    title="Tenant statement",
    description="One company's account for a period: opening balance, every charge and "
    "payment, closing balance",
    build=build,
    filters=("company", "from", "to"),
    period_in_days=True,
)
