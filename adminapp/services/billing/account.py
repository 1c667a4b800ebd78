"""A company's account as the screens show it: the figures on its record, the companies over
90 days in arrears, and how a payment being keyed would settle the open charges.

Read-only; every figure as of a date, from :mod:`.ledger`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from adminapp.models import Charge, DepositEntry, Payment
from adminapp.services.billing import ledger
from adminapp.services.billing.ledger import ZERO, Position
from adminapp.services.billing.listing import ChargeRow, PaymentRow, charge_rows, payment_rows
from adminapp.services.context import AppContext, centre_today


def companies_over_90(ctx: AppContext, as_of: dt.date | None = None) -> set[int]:
    """The companies in arrears over 90 days on ``as_of`` (today), worked out once."""
    with ctx.db.read() as s:
        return ledger.companies_over_90(s, as_of or centre_today())


@dataclass(frozen=True)
class OpenItem:
    charge_id: int
    due_on: dt.date
    description: str
    amount: Decimal  # after corrections
    open: Decimal
    days_overdue: int
    settled: Decimal = ZERO  # what the payment being keyed would take of it


@dataclass(frozen=True)
class Settlement:
    """A company's account on a date and how a payment of ``amount`` would settle it."""

    company_id: int
    on: dt.date
    balance: Decimal  # before the payment (negative: credit)
    credit: Decimal
    items: list[OpenItem] = field(default_factory=list)  # open charges, oldest first
    amount: Decimal = ZERO
    excess: Decimal = ZERO  # what would stay as credit

    @property
    def balance_after(self) -> Decimal:
        return self.balance - self.amount


def settlement(ctx: AppContext, company_id: int, on: dt.date, amount: Decimal) -> Settlement:
    """The company's open charges on ``on``, oldest first, and what a payment of ``amount``
    received that day would settle of each (as the ledger allocates it); the rest is credit."""
    with ctx.db.read() as s:
        p = ledger.position(s, company_id, on)
        texts = dict(
            s.execute(
                select(Charge.id, Charge.description).where(
                    Charge.id.in_([o.charge_id for o in p.open_charges])
                )
            ).all()
        )
    pool = max(amount, ZERO)
    items = []
    for o in p.open_charges:
        take = min(pool, o.open)
        pool -= take
        items.append(
            OpenItem(o.charge_id, o.due_on, texts.get(o.charge_id, ""), o.amount, o.open,
                     o.days_overdue, take)
        )  # fmt: skip
    return Settlement(company_id, on, p.balance, p.credit, items, max(amount, ZERO), pool)


@dataclass(frozen=True)
class CompanyAccount:
    """What a company's record shows of its account on a date."""

    position: Position
    deposit_held: Decimal
    charges: list[ChargeRow]  # the latest, issued ones first by due date
    payments: list[PaymentRow]

    @property
    def over_90(self) -> bool:
        return self.position.over_90 > 0


def company_account(
    ctx: AppContext, company_id: int, as_of: dt.date | None = None, limit: int = 5
) -> CompanyAccount:
    """The company's balance, arrears by age and deposit held on ``as_of`` (today), with its
    latest charges and payments."""
    on = as_of or centre_today()
    with ctx.db.read() as s:
        p = ledger.position(s, company_id, on)
        held = ZERO
        for kind, total in s.execute(
            select(DepositEntry.kind, func.sum(DepositEntry.amount))
            .where(DepositEntry.company_id == company_id, DepositEntry.on_date <= on)
            .group_by(DepositEntry.kind)
        ):
            if kind == "receipt":
                held += Decimal(total)
            elif kind in ("application", "refund"):
                held -= Decimal(total)
        charge_ids = list(
            s.scalars(
                select(Charge.id)
                .where(Charge.company_id == company_id, Charge.issued_on.is_not(None))
                .order_by(Charge.due_on.desc(), Charge.id.desc())
                .limit(limit)
            )
        )
        payment_ids = list(
            s.scalars(
                select(Payment.id)
                .where(Payment.company_id == company_id)
                .order_by(Payment.received_on.desc(), Payment.id.desc())
                .limit(limit)
            )
        )
        return CompanyAccount(p, held, charge_rows(s, charge_ids, on), payment_rows(s, payment_ids))
