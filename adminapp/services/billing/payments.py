"""Payments received and deposits held.

A payment settles the company's oldest open charges first (worked out in
:mod:`.ledger` for any date), and what is left over stays as the company's credit. A payment
is never deleted: reversing it (a bounced transfer, one keyed twice) records the date and the
reason, and from that date it no longer counts.

A lease's deposit: charged (the amount the lease asks for), received and held, partly applied
to the company's debts (a credit on its account, like a payment), refunded once the lease has
ended; each step is an entry of its own, and no step may take more than is there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adminapp.errors import ConflictError, NotFound, ValidationError
from adminapp.models import PAYMENT_METHODS, Company, DepositEntry, Lease, Payment
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext, centre_now, centre_today

ZERO = Decimal("0.00")
METHOD_LABELS = {
    "bank_transfer": "Bank transfer",
    "cheque": "Cheque",
    "cash": "Cash",
    "card": "Card",
    "other": "Other",
}


@dataclass
class PaymentInput:
    company_id: int | None
    received_on: dt.date | None
    amount: Decimal | str
    method: str = "bank_transfer"
    reference: str = ""


def record_payment(ctx: AppContext, data: PaymentInput) -> int:
    """Record money received; returns the payment's number."""
    require(ctx, "billing.payment")
    errors: dict[str, str] = {}
    amount = parse_decimal(data.amount, "amount", errors, places=2)
    if "amount" not in errors and amount <= 0:
        errors["amount"] = "The amount received must be more than zero"
    if not isinstance(data.received_on, dt.date):
        errors["received_on"] = "Give the date the money was received"
    elif data.received_on > centre_today():
        errors["received_on"] = "A payment cannot be received in the future"
    if data.method not in PAYMENT_METHODS:
        errors["method"] = "Choose how the money was paid"
    reference = (data.reference or "").strip()
    if len(reference) > 80:
        errors["reference"] = "The reference is longer than 80 characters"
    with ctx.db.write() as s:
        # The company's row is locked: two workstations keying the same transfer at once
        # cannot both pass the duplicate-reference check.
        company = (
            s.scalars(
                select(Company).where(Company.id == data.company_id).with_for_update()
            ).first()
            if data.company_id
            else None
        )
        if company is None:
            errors["company_id"] = "Choose the company that paid"
        elif reference and data.method == "bank_transfer":
            twice = s.scalar(
                select(Payment.id).where(
                    Payment.company_id == company.id,
                    Payment.reference == reference,
                    Payment.reversed_on.is_(None),
                )
            )
            if twice is not None:
                errors["reference"] = (
                    f"Payment {twice} of this company already has reference {reference}"
                )
        if errors:
            raise ValidationError(errors)
        p = Payment(
            company_id=company.id, received_on=data.received_on, amount=amount,
            method=data.method, reference=reference, recorded_by=ctx.actor.login,
            recorded_at=centre_now(),
        )  # fmt: skip
        s.add(p)
        s.flush()
        audit.record(
            s, ctx, "create", "payment", p.id,
            audit.diff({}, audit.snapshot(p, ("company_id", "received_on", "amount", "method",
                                              "reference"))),
            f"Payment {amount} from {company.name_en} on {data.received_on:%Y-%m-%d}",
        )  # fmt: skip
        return p.id


def reverse_payment(
    ctx: AppContext, payment_id: int, reason: str, on: dt.date | None = None
) -> None:
    """Reverse a payment from ``on`` (default today), with the reason."""
    require(ctx, "billing.reverse")
    reason = (reason or "").strip()
    on = on or centre_today()
    with ctx.db.write() as s:
        p = s.scalars(select(Payment).where(Payment.id == payment_id).with_for_update()).first()
        if p is None:
            raise NotFound(f"Payment {payment_id} does not exist", "payment")
        errors: dict[str, str] = {}
        if not reason:
            errors["reversal_reason"] = "Say why the payment is reversed"
        elif len(reason) > 300:
            errors["reversal_reason"] = "The reason is longer than 300 characters"
        if on < p.received_on:
            errors["reversed_on"] = "A payment cannot be reversed before it was received"
        if errors:
            raise ValidationError(errors)
        if p.reversed_on is not None:
            raise ConflictError(
                f"Payment {p.id} was already reversed on {p.reversed_on:%Y-%m-%d}", "payment"
            )
        p.reversed_on, p.reversal_reason, p.reversed_by = on, reason, ctx.actor.login
        audit.record(
            s, ctx, "reverse", "payment", p.id,
            {"reversed_on": [None, on.isoformat()], "reversal_reason": [None, reason]},
            f"Payment {p.id} ({p.amount}) reversed: {reason}",
        )  # fmt: skip


# Deposits ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DepositPosition:
    lease_id: int
    charged: Decimal
    received: Decimal
    applied: Decimal
    refunded: Decimal

    @property
    def held(self) -> Decimal:
        return self.received - self.applied - self.refunded

    @property
    def outstanding(self) -> Decimal:
        """Asked for and not received yet."""
        return max(self.charged - self.received, ZERO)


def deposit_position(s: Session, lease_id: int, as_of: dt.date | None = None) -> DepositPosition:
    q = select(DepositEntry.kind, func.sum(DepositEntry.amount)).where(
        DepositEntry.lease_id == lease_id
    )
    if as_of is not None:
        q = q.where(DepositEntry.on_date <= as_of)
    sums = {kind: Decimal(total) for kind, total in s.execute(q.group_by(DepositEntry.kind))}
    return DepositPosition(
        lease_id, *(sums.get(k, ZERO) for k in ("charge", "receipt", "application", "refund"))
    )


def get_deposit(ctx: AppContext, lease_id: int, as_of: dt.date | None = None) -> DepositPosition:
    with ctx.db.read() as s:
        return deposit_position(s, lease_id, as_of)


def deposit_step(
    ctx: AppContext,
    lease_id: int,
    kind: str,
    amount: Decimal | str,
    on: dt.date | None = None,
    *,
    reference: str = "",
    note: str = "",
) -> int:
    """Record one step of the lease's deposit: ``charge`` (asked for), ``receipt`` (held),
    ``application`` (to the company's debts) or ``refund`` (once the lease has ended)."""
    require(ctx, "billing.deposit")
    on = on or centre_today()
    errors: dict[str, str] = {}
    value = parse_decimal(amount, "amount", errors, places=2)
    if "amount" not in errors and value <= 0:
        errors["amount"] = "The amount must be more than zero"
    if kind not in ("charge", "receipt", "application", "refund"):
        errors["kind"] = "Choose charge, receipt, application or refund"
    if on > centre_today():
        errors["on_date"] = "A deposit step cannot be dated in the future"
    with ctx.db.write() as s:
        lease = s.scalars(select(Lease).where(Lease.id == lease_id).with_for_update()).first()
        if lease is None:
            raise NotFound(f"Lease {lease_id} does not exist", "lease")
        if errors:
            raise ValidationError(errors)
        d = deposit_position(s, lease.id)
        if kind == "charge" and d.charged + value > lease.deposit:
            errors["amount"] = (
                f"The lease asks for a deposit of {lease.deposit}; {d.charged} is charged already"
            )
        elif kind == "receipt" and value > d.charged - d.received:
            errors["amount"] = f"Only {d.charged - d.received} of the deposit is still to receive"
        elif kind in ("application", "refund") and value > d.held:
            errors["amount"] = f"Only {d.held} of the deposit is held"
        if kind == "refund":
            ends = lease.terminated_on if lease.stage == "terminated" else lease.end_date
            if on < min(ends, lease.end_date):
                errors["on_date"] = (
                    f"The deposit is refunded once the lease has ended ({ends:%Y-%m-%d})"
                )
        if errors:
            raise ValidationError(errors)
        e = DepositEntry(
            lease_id=lease.id, company_id=lease.company_id, kind=kind, on_date=on, amount=value,
            reference=(reference or "").strip()[:80], note=(note or "").strip()[:300],
            recorded_by=ctx.actor.login, recorded_at=centre_now(),
        )  # fmt: skip
        s.add(e)
        s.flush()
        audit.record(
            s, ctx, f"deposit_{kind}", "lease", lease.id, {kind: [None, str(value)]},
            f"Deposit of {lease.reference}: {kind} {value} on {on:%Y-%m-%d}",
        )  # fmt: skip
        return e.id
