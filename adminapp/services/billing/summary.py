"""The centre's billing added up in the database: by month, and deposits by lease.

Both read only records dated on or before the as-of date, so a past date gives the same
figures every time. Sums are grouped in SQL by day (a few hundred rows even for tens of
thousands of charges) and gathered into months here, which works alike on SQLite and
PostgreSQL.

Per month:
- **charged**: charges issued by the as-of date whose due date is in the month; a credit note
  or supplement (``corrects_id``) counts in the month of the charge it corrects, so a month
  shows what it billed net of the corrections issued since;
- **collected**: payments received in the month, less payments reversed in the month
  (reversal dated in it);
- **deposit applied**: deposit applied to debts in the month;
- **issued**: charges (and corrections) issued in the month, whatever their due date;
- **balance change** = issued − collected − deposit applied: the change in what all companies
  owe together (:mod:`.ledger` balances summed) from the end of the month before to the end
  of the month (or the as-of date); **closing** is that total at the end.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from adminapp.models import Charge, Company, DepositEntry, Lease, Payment
from adminapp.services.billing.schedule import month_start, next_month

ZERO = Decimal("0.00")
DEPOSIT_KINDS = ("charge", "receipt", "application", "refund")


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of every month from ``first``'s to ``last``'s, both included."""
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # its first day
    charged: Decimal
    collected: Decimal
    deposit_applied: Decimal
    issued: Decimal
    balance_change: Decimal
    closing: Decimal  # all companies' balance at the end of the month (or the as-of date)


def _by_month(rows: Iterable[tuple[dt.date, object]]) -> dict[dt.date, Decimal]:
    out: dict[dt.date, Decimal] = defaultdict(lambda: ZERO)
    for day, total in rows:
        if day is not None and total is not None:
            out[month_start(day)] += Decimal(total)
    return out


def _daily(s: Session, day_col, amount, *where: ColumnElement[bool]) -> dict[dt.date, Decimal]:
    q = select(day_col, func.sum(amount)).where(*where).group_by(day_col)
    return _by_month(s.execute(q))


def balance_on(s: Session, day: dt.date) -> Decimal:
    """All companies' balance together at the end of ``day`` (as :mod:`.ledger` has it)."""
    owed = s.scalar(
        select(func.sum(Charge.amount)).where(
            Charge.issued_on.is_not(None), Charge.issued_on <= day
        )
    )
    paid = s.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.received_on <= day,
            or_(Payment.reversed_on.is_(None), Payment.reversed_on > day),
        )
    )
    applied = s.scalar(
        select(func.sum(DepositEntry.amount)).where(
            DepositEntry.kind == "application", DepositEntry.on_date <= day
        )
    )
    return Decimal(owed or 0) - Decimal(paid or 0) - Decimal(applied or 0) + ZERO


def monthly(s: Session, first: dt.date, last: dt.date, as_of: dt.date) -> list[MonthFigures]:
    """The figures of each month from ``first``'s to ``last``'s (see the module's docstring),
    counting only records dated on or before ``as_of``."""
    months = months_between(first, last)
    start = months[0]
    end = min(next_month(months[-1]) - dt.timedelta(days=1), as_of)
    corrected = aliased(Charge)
    billed_for = func.coalesce(corrected.due_on, Charge.due_on)
    charged = _by_month(
        s.execute(
            select(billed_for, func.sum(Charge.amount))
            .select_from(Charge)
            .outerjoin(corrected, corrected.id == Charge.corrects_id)
            .where(
                Charge.issued_on.is_not(None),
                Charge.issued_on <= as_of,
                billed_for >= start,
                billed_for < next_month(months[-1]),
            )
            .group_by(billed_for)
        )
    )
    in_period = (start, end)
    issued = _daily(s, Charge.issued_on, Charge.amount, Charge.issued_on.between(*in_period))
    received = _daily(
        s, Payment.received_on, Payment.amount, Payment.received_on.between(*in_period)
    )
    reversed_ = _daily(
        s, Payment.reversed_on, Payment.amount, Payment.reversed_on.between(*in_period)
    )
    applied = _daily(
        s,
        DepositEntry.on_date,
        DepositEntry.amount,
        DepositEntry.kind == "application",
        DepositEntry.on_date.between(*in_period),
    )
    balance = balance_on(s, start - dt.timedelta(days=1))
    out = []
    for month in months:
        collected = received[month] - reversed_[month]
        change = issued[month] - collected - applied[month]
        balance += change
        out.append(
            MonthFigures(
                month, charged[month] + ZERO, collected + ZERO, applied[month] + ZERO,
                issued[month] + ZERO, change + ZERO, balance + ZERO,
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class DepositRow:
    lease_id: int
    reference: str
    name_en: str
    name_zh: str
    credit_code: str
    asked: Decimal  # the deposit the lease asks for
    charged: Decimal
    received: Decimal
    applied: Decimal
    refunded: Decimal

    @property
    def held(self) -> Decimal:
        return self.received - self.applied - self.refunded

    @property
    def outstanding(self) -> Decimal:
        """Charged and not received yet (as :class:`.payments.DepositPosition` has it)."""
        return max(self.charged - self.received, ZERO)


def deposits(s: Session, as_of: dt.date, *, segment: str | None = None) -> list[DepositRow]:
    """Each lease with a deposit, by reference: the steps to ``as_of`` added up in SQL.

    A lease is listed when it has a deposit step on or before ``as_of``, or when it is signed
    (or terminated), asks for a deposit and has started by then.
    """
    sums = {
        kind: func.sum(case((DepositEntry.kind == kind, DepositEntry.amount), else_=0)).label(kind)
        for kind in DEPOSIT_KINDS
    }
    steps = (
        select(DepositEntry.lease_id, *sums.values())
        .where(DepositEntry.on_date <= as_of)
        .group_by(DepositEntry.lease_id)
        .subquery()
    )
    q = (
        select(Lease.id, Lease.reference, Company.name_en, Company.name_zh, Company.credit_code)
        .add_columns(Lease.deposit, *(steps.c[k] for k in DEPOSIT_KINDS))
        .join(Company, Company.id == Lease.company_id)
        .outerjoin(steps, steps.c.lease_id == Lease.id)
        .where(
            or_(
                steps.c.lease_id.is_not(None),
                (Lease.deposit > 0)
                & Lease.stage.in_(("signed", "terminated"))
                & (Lease.start_date <= as_of),
            )
        )
        .order_by(Lease.reference)
    )
    if segment is not None:
        q = q.where(Company.segment == segment)
    return [DepositRow(*r[:5], *(Decimal(v or 0) + ZERO for v in r[5:])) for r in s.execute(q)]
