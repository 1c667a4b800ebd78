"""A company's statement for a period, and the arrears of every company on a date.

The statement's opening balance is the company's balance at the end of the day before the
period (:mod:`.ledger`); each line is a charge issued, a payment received, a payment reversed
or deposit applied in the period, with the running balance; the closing balance is the
company's balance at the end of the period's last day — the figure the arrears report gives
for that company on that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, select

from adminapp.errors import NotFound, ValidationError
from adminapp.models import Charge, Company, DepositEntry, Lease, Payment
from adminapp.services.billing.charges import KIND_LABELS
from adminapp.services.billing.ledger import BUCKETS, ZERO, Position, company_names, positions
from adminapp.services.billing.payments import METHOD_LABELS
from adminapp.services.context import AppContext


@dataclass(frozen=True)
class StatementLine:
    on: dt.date
    kind: str  # charge kind, "payment", "reversal" or "deposit"
    reference: str
    description: str
    debit: Decimal  # adds to what is owed
    credit: Decimal  # takes from it
    balance: Decimal  # after this line


@dataclass(frozen=True)
class Statement:
    company_id: int
    name_en: str
    name_zh: str
    credit_code: str
    date_from: dt.date
    date_to: dt.date  # inclusive
    opening: Decimal
    lines: list[StatementLine]
    closing: Decimal
    position: Position  # on date_to: open charges and arrears by age
    deposit_held: Decimal  # on date_to


def statement(ctx: AppContext, company_id: int, date_from: dt.date, date_to: dt.date) -> Statement:
    if date_to < date_from:
        raise ValidationError({"date_to": "The period must end on or after its first day"})
    with ctx.db.read() as s:
        company = s.get(Company, company_id)
        if company is None:
            raise NotFound(f"Company {company_id} does not exist", "company_id")
        before = date_from - dt.timedelta(days=1)
        opening = positions(s, before, [company_id]).get(company_id)
        end = positions(s, date_to, [company_id]).get(company_id) or Position(company_id, date_to)
        entries: list[tuple[dt.date, int, str, str, str, Decimal, Decimal]] = []
        for c in s.scalars(
            select(Charge)
            .where(Charge.company_id == company_id, Charge.issued_on.between(date_from, date_to))
            .order_by(Charge.issued_on, Charge.id)
        ):
            debit, credit = (c.amount, ZERO) if c.amount > 0 else (ZERO, -c.amount)
            entries.append((c.issued_on, 0, c.kind, f"C{c.id}",
                            c.description or KIND_LABELS[c.kind], debit, credit))  # fmt: skip
        for p in s.scalars(
            select(Payment).where(
                Payment.company_id == company_id,
                Payment.received_on <= date_to,
                (Payment.received_on >= date_from)
                | and_(
                    Payment.reversed_on.is_not(None),
                    Payment.reversed_on.between(date_from, date_to),
                ),
            )
        ):
            label = f"{METHOD_LABELS[p.method]}" + (f" {p.reference}" if p.reference else "")
            if p.received_on >= date_from:
                entries.append((p.received_on, 1, "payment", f"P{p.id}",
                                f"Payment received ({label})", ZERO, p.amount))  # fmt: skip
            if p.reversed_on is not None and date_from <= p.reversed_on <= date_to:
                entries.append((p.reversed_on, 2, "reversal", f"P{p.id}",
                                f"Payment reversed: {p.reversal_reason}", p.amount, ZERO))  # fmt: skip
        for d, ref in s.execute(
            select(DepositEntry, Lease.reference)
            .join(Lease, Lease.id == DepositEntry.lease_id)
            .where(
                DepositEntry.company_id == company_id,
                DepositEntry.kind == "application",
                DepositEntry.on_date.between(date_from, date_to),
            )
        ):
            entries.append((d.on_date, 1, "deposit", f"D{d.id}",
                            f"Deposit of {ref} applied" + (f": {d.note}" if d.note else ""),
                            ZERO, d.amount))  # fmt: skip
        held = ZERO
        for kind, amount in s.execute(
            select(DepositEntry.kind, DepositEntry.amount).where(
                DepositEntry.company_id == company_id, DepositEntry.on_date <= date_to
            )
        ):
            if kind == "receipt":
                held += amount
            elif kind in ("application", "refund"):
                held -= amount
        names = company_names(s, [company_id])[company_id]
    # By date; on one day charges, then credits, then reversals, each by number (C9 before C10).
    entries.sort(key=lambda e: (e[0], e[1], int(e[3][1:])))
    balance = opening.balance if opening is not None else ZERO
    start = balance
    lines = []
    for on, _, kind, ref, text, debit, credit in entries:
        balance += debit - credit
        lines.append(StatementLine(on, kind, ref, text, debit, credit, balance))
    if balance != end.balance:  # the lines and the ledger must agree, always
        raise RuntimeError(
            f"Statement of company {company_id} closes on {balance}, the ledger says "
            f"{end.balance} on {date_to}"
        )
    return Statement(company_id, *names, date_from, date_to, start, lines, balance, end, held)


@dataclass(frozen=True)
class ArrearsRow:
    company_id: int
    name_en: str
    name_zh: str
    credit_code: str
    balance: Decimal
    not_due: Decimal
    buckets: dict[str, Decimal]

    @property
    def arrears(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @property
    def over_90(self) -> bool:
        return self.buckets["90+"] > 0


def arrears(ctx: AppContext, as_of: dt.date, *, only_in_arrears: bool = True) -> list[ArrearsRow]:
    """Every company's balance and arrears by age on ``as_of``, worst first (most over 90
    days, then most in arrears), then by name."""
    with ctx.db.read() as s:
        found = positions(s, as_of)
        names = company_names(s, found)
    rows = [
        ArrearsRow(cid, *names[cid], p.balance, p.not_due, dict(p.buckets))
        for cid, p in found.items()
        if not only_in_arrears or p.arrears > 0
    ]
    rows.sort(key=lambda r: (-r.buckets["90+"], -r.arrears, r.name_en.lower(), r.company_id))
    return rows


def totals(rows: list[ArrearsRow]) -> dict[str, Decimal]:
    out = {b: sum((r.buckets[b] for r in rows), ZERO) for b in BUCKETS}
    out["balance"] = sum((r.balance for r in rows), ZERO)
    out["arrears"] = sum((r.arrears for r in rows), ZERO)
    return out
