"""A company's account as of any date: balance, open charges, arrears by age, the statement.

Everything is worked out from the dated records, so any past date gives the same answer
every time it is asked:
- **owed**: charges issued on or before the date (``issued_on``); a credit note or a
  supplementary charge (``corrects_id``) adjusts the charge it corrects;
- **credits**: payments received on or before the date and not reversed by then, and deposit
  applied to debts on or before it;
- **allocation**: credits settle the oldest open charges first (by due date, then number); what
  is left over is the company's credit;
- **arrears**: what is left open of charges already due, aged by the days since their due
  date: 0-30, 31-60, 61-90 and over 90; charges issued ahead of their due date are owed but
  not in arrears.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from adminapp.models import Charge, Company, DepositEntry, Payment

ZERO = Decimal("0.00")
BUCKETS = ("0-30", "31-60", "61-90", "90+")


def bucket_of(days_overdue: int) -> str:
    if days_overdue <= 30:
        return "0-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"


@dataclass(frozen=True)
class OpenCharge:
    charge_id: int
    due_on: dt.date
    amount: Decimal  # after corrections
    open: Decimal  # what is still unpaid
    days_overdue: int  # negative: not yet due


@dataclass
class Position:
    """One company's account as of a date."""

    company_id: int
    as_of: dt.date
    owed: Decimal = ZERO  # charges net of corrections
    credited: Decimal = ZERO  # payments and deposit applied
    open_charges: list[OpenCharge] = field(default_factory=list)
    buckets: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(BUCKETS, ZERO))
    not_due: Decimal = ZERO  # open, issued ahead of its due date

    @property
    def balance(self) -> Decimal:
        """What the company owes (negative: its credit)."""
        return self.owed - self.credited

    @property
    def credit(self) -> Decimal:
        return max(-self.balance, ZERO)

    @property
    def arrears(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @property
    def over_90(self) -> Decimal:
        return self.buckets["90+"]


def _charges(s: Session, as_of: dt.date, company_ids: Iterable[int] | None):
    """(company, id, due_on, amount, corrects_id) of the charges issued by ``as_of``."""
    q = select(
        Charge.company_id, Charge.id, Charge.due_on, Charge.amount, Charge.corrects_id
    ).where(Charge.issued_on.is_not(None), Charge.issued_on <= as_of)
    if company_ids is not None:
        q = q.where(Charge.company_id.in_(list(company_ids)))
    return s.execute(q.order_by(Charge.company_id, Charge.due_on, Charge.id))


def _credits(s: Session, as_of: dt.date, company_ids: Iterable[int] | None) -> dict[int, Decimal]:
    """Each company's payments (not reversed by ``as_of``) and deposit applied, to ``as_of``."""
    ids = list(company_ids) if company_ids is not None else None
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    pay = select(Payment.company_id, func.sum(Payment.amount)).where(
        Payment.received_on <= as_of,
        or_(Payment.reversed_on.is_(None), Payment.reversed_on > as_of),
    )
    dep = select(DepositEntry.company_id, func.sum(DepositEntry.amount)).where(
        and_(DepositEntry.kind == "application", DepositEntry.on_date <= as_of)
    )
    if ids is not None:
        pay = pay.where(Payment.company_id.in_(ids))
        dep = dep.where(DepositEntry.company_id.in_(ids))
    for q in (pay.group_by(Payment.company_id), dep.group_by(DepositEntry.company_id)):
        for company_id, total in s.execute(q):
            out[company_id] += Decimal(total)
    return out


def positions(
    s: Session, as_of: dt.date, company_ids: Iterable[int] | None = None
) -> dict[int, Position]:
    """Every company's position as of ``as_of`` (those with any charge or credit)."""
    ids = list(company_ids) if company_ids is not None else None
    credits = _credits(s, as_of, ids)
    # Each company's charges, a correction folded into the charge it corrects (a correction
    # of a charge not issued by then stands on its own).
    items: dict[int, dict[int, list]] = defaultdict(dict)
    corrections = []
    for company_id, charge_id, due_on, amount, corrects_id in _charges(s, as_of, ids):
        if corrects_id is None:
            items[company_id][charge_id] = [due_on, Decimal(amount)]
        else:
            corrections.append((company_id, charge_id, due_on, Decimal(amount), corrects_id))
    for company_id, charge_id, due_on, amount, corrects_id in corrections:
        target = items[company_id].get(corrects_id)
        if target is not None:
            target[1] += amount
        else:
            items[company_id][charge_id] = [due_on, amount]
    out: dict[int, Position] = {}
    for company_id in set(items) | set(credits):
        p = Position(company_id, as_of)
        mine = sorted(items.get(company_id, {}).items(), key=lambda x: (x[1][0], x[0]))
        p.owed = sum((amount for _, (_, amount) in mine), ZERO)
        p.credited = credits.get(company_id, ZERO)
        # Credits (and anything corrected below zero) settle the oldest charges first.
        pool = p.credited + sum((-amount for _, (_, amount) in mine if amount < 0), ZERO)
        for charge_id, (due_on, amount) in mine:
            if amount <= 0:
                continue
            paid = min(pool, amount)
            pool -= paid
            if amount > paid:
                days = (as_of - due_on).days
                p.open_charges.append(OpenCharge(charge_id, due_on, amount, amount - paid, days))
                if days < 0:
                    p.not_due += amount - paid
                else:
                    p.buckets[bucket_of(days)] += amount - paid
        out[company_id] = p
    return out


def position(s: Session, company_id: int, as_of: dt.date) -> Position:
    return positions(s, as_of, [company_id]).get(company_id) or Position(company_id, as_of)


def companies_over_90(s: Session, as_of: dt.date) -> set[int]:
    """Companies with arrears over 90 days on ``as_of``."""
    return {cid for cid, p in positions(s, as_of).items() if p.over_90 > 0}


def company_names(s: Session, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    """(English name, Chinese name, credit code) of each company."""
    rows = s.execute(
        select(Company.id, Company.name_en, Company.name_zh, Company.credit_code).where(
            Company.id.in_(list(ids))
        )
    )
    return {r.id: (r.name_en, r.name_zh, r.credit_code) for r in rows}
