"""What the Billing page and a company's record read: charges, payments and deposits a page at
a time (filtered and sorted in SQL), a company's account, and how a payment would settle.

Read-only. Whether a charge is still open comes from :func:`.ledger.positions`, worked out once
for the companies on the page (not a query per row). Every figure is as of a date, so a past
date gives the same answer every time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from adminapp.models import Charge, Company, DepositEntry, Lease, Payment
from adminapp.services.billing import ledger
from adminapp.services.billing.ledger import ZERO
from adminapp.services.context import AppContext, centre_today
from adminapp.services.listing_sql import ListQuery, blanks_last, check_query, contains

CHARGE_SORTS = {
    "due": [Charge.due_on],
    "company": [Company.name_en],
    "kind": [Charge.kind],
    "amount": [Charge.amount],
    "issued": [Charge.issued_on],
}
# company_id; kind: a charge kind; status: "scheduled" or "issued"; due_from / due_to: due
# dates [from, to); lease_id.
CHARGE_FILTERS = {"company_id", "lease_id", "kind", "status", "due_from", "due_to"}
PAYMENT_SORTS = {
    "received": [Payment.received_on],
    "company": [Company.name_en],
    "amount": [Payment.amount],
    "method": [Payment.method],
    "reference": [Payment.reference],
}
# company_id; reversed: True (reversed ones) or False (standing ones); received_from /
# received_to: dates received [from, to).
PAYMENT_FILTERS = {"company_id", "reversed", "received_from", "received_to"}
DEPOSIT_SORTS = {"reference": [Lease.reference], "start": [Lease.start_date]}
# company_id, lease_id; held: True for leases with deposit held now.
DEPOSIT_FILTERS = {"company_id", "lease_id", "held"}
STATUSES = ("scheduled", "issued")


@dataclass(frozen=True)
class ChargeRow:
    id: int
    company_id: int
    company_name: str
    company_name_zh: str
    lease_id: int | None
    lease_reference: str
    kind: str
    period_start: dt.date | None
    period_end: dt.date | None  # exclusive
    due_on: dt.date
    amount: Decimal
    description: str
    issued_on: dt.date | None
    corrects_id: int | None
    # As of the list's date: scheduled, open (not due yet), overdue, paid, or adjustment (a
    # credit note or supplement, counted in the charge it corrects).
    status: str
    unpaid: Decimal  # what is left open of it (with its corrections)


@dataclass(frozen=True)
class PaymentRow:
    id: int
    company_id: int
    company_name: str
    company_name_zh: str
    received_on: dt.date
    amount: Decimal
    method: str
    reference: str
    recorded_by: str
    reversed_on: dt.date | None
    reversal_reason: str
    reversed_by: str | None


@dataclass(frozen=True)
class DepositRow:
    id: int  # the lease
    reference: str
    company_id: int
    company_name: str
    company_name_zh: str
    start_date: dt.date
    end_date: dt.date
    stage: str
    terminated_on: dt.date | None
    deposit: Decimal  # what the lease asks for
    charged: Decimal
    received: Decimal
    applied: Decimal
    refunded: Decimal

    @property
    def held(self) -> Decimal:
        return self.received - self.applied - self.refunded

    @property
    def ends(self) -> dt.date:
        """The day the lease ends (its termination date if it was ended early)."""
        if self.stage == "terminated" and self.terminated_on is not None:
            return min(self.terminated_on, self.end_date)
        return self.end_date


def _company_named(col: ColumnElement, search: str) -> ColumnElement[bool]:
    """``col`` is a company whose English or Chinese name contains ``search``."""
    names = or_(contains(Company.name_en, search), contains(Company.name_zh, search))
    return col.in_(select(Company.id).where(names))


def _page_ids(q: ListQuery, model: Any, sorts: dict, latest: Any, where: list) -> Select:
    """The ids of ``q``'s page of ``model`` rows: by ``sorts[q.sort]`` then id, or else latest
    ``latest`` first."""
    if q.sort:
        order = blanks_last(sorts[q.sort], q.descending)
        order.append(model.id.desc() if q.descending else model.id.asc())
    else:
        order = [latest.desc(), model.id.desc()]
    ids_q = select(model.id).where(*where)
    if q.sort == "company":
        ids_q = ids_q.join(Company, Company.id == model.company_id)
    return ids_q.order_by(*order).offset(q.offset).limit(q.limit)


def _named(s: Session, model: Any, ids: list[int], *extra: Any, outer: tuple = ()) -> dict:
    """``model`` rows of ``ids`` by id, each with its company's names and ``extra`` columns
    (from the ``outer`` joined table, if any)."""
    query = select(model, Company.name_en, Company.name_zh, *extra).join(
        Company, Company.id == model.company_id
    )
    if outer:
        query = query.outerjoin(*outer)
    return {r[0].id: r for r in s.execute(query.where(model.id.in_(ids)))}


# Charges -----------------------------------------------------------------------------------


def _charge_where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "company_id" in f:
        where.append(Charge.company_id == int(f["company_id"]))
    if "lease_id" in f:
        where.append(Charge.lease_id == int(f["lease_id"]))
    if "kind" in f:
        where.append(Charge.kind == f["kind"])
    if "status" in f:
        if f["status"] not in STATUSES:
            raise ValueError(f"unknown charge status {f['status']!r}")
        where.append(
            Charge.issued_on.is_(None)
            if f["status"] == "scheduled"
            else Charge.issued_on.is_not(None)
        )
    if "due_from" in f:
        where.append(Charge.due_on >= f["due_from"])
    if "due_to" in f:
        where.append(Charge.due_on < f["due_to"])
    text = q.search.strip()
    if text:
        where.append(
            or_(_company_named(Charge.company_id, text), contains(Charge.description, text))
        )
    return where


def list_charges(ctx: AppContext, q: ListQuery) -> list[ChargeRow]:
    """One page of charges, latest due first unless sorted otherwise; each with its status
    as of ``q.as_of`` (today by default). Filters: ``CHARGE_FILTERS``; search: either company
    name or the description."""
    check_query("charges", q, CHARGE_SORTS, CHARGE_FILTERS)
    ids_q = _page_ids(q, Charge, CHARGE_SORTS, Charge.due_on, _charge_where(q))
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        return charge_rows(s, ids, q.on())


def charge_rows(s: Session, ids: list[int], as_of: dt.date) -> list[ChargeRow]:
    if not ids:
        return []
    found = _named(s, Charge, ids, Lease.reference, outer=(Lease, Lease.id == Charge.lease_id))
    owners = {r.Charge.company_id for r in found.values()}
    unpaid: dict[int, Decimal] = {}
    for p in ledger.positions(s, as_of, owners).values():
        for o in p.open_charges:
            unpaid[o.charge_id] = o.open
    rows = []
    for i in ids:
        r = found[i]
        c = r.Charge
        left = unpaid.get(c.id, ZERO)
        if c.issued_on is None or c.issued_on > as_of:
            status = "scheduled"
        elif c.corrects_id is not None and c.id not in unpaid:
            status = "adjustment"
        elif c.amount < 0:
            status = "adjustment"
        elif left > 0:
            status = "overdue" if c.due_on < as_of else "open"
        else:
            status = "paid"
        rows.append(
            ChargeRow(
                c.id, c.company_id, r.name_en, r.name_zh, c.lease_id, r.reference or "",
                c.kind, c.period_start, c.period_end, c.due_on, Decimal(c.amount),
                c.description, c.issued_on, c.corrects_id, status, left,
            )
        )  # fmt: skip
    return rows


def count_charges(ctx: AppContext, q: ListQuery) -> int:
    check_query("charges", q, CHARGE_SORTS, CHARGE_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Charge.id)).where(*_charge_where(q)))


@dataclass(frozen=True)
class ChargeDetail:
    row: ChargeRow
    corrections: list[ChargeRow]  # credit notes and supplements of it
    corrected: ChargeRow | None  # the charge this one corrects
    creditable: Decimal  # what a credit note may still take (0: none possible)
    created_by: str


def get_charge(ctx: AppContext, charge_id: int, as_of: dt.date | None = None) -> ChargeDetail:
    """One charge with its corrections and what is left to credit on it."""
    from adminapp.errors import NotFound

    on = as_of or centre_today()
    with ctx.db.read() as s:
        c = s.get(Charge, charge_id)
        if c is None:
            raise NotFound(f"Charge {charge_id} does not exist", "charge")
        fix_ids = list(s.scalars(select(Charge.id).where(Charge.corrects_id == charge_id)))
        rows = {r.id: r for r in charge_rows(s, [charge_id, *fix_ids], on)}
        corrected = charge_rows(s, [c.corrects_id], on)[0] if c.corrects_id else None
        # As ``charges.credit_note`` counts it: supplements add to what may be credited.
        credited = -sum((rows[i].amount for i in fix_ids), ZERO)
        creditable = ZERO
        if c.issued_on is not None and c.corrects_id is None and c.amount > 0:
            creditable = Decimal(c.amount) - credited
        return ChargeDetail(
            rows[charge_id], [rows[i] for i in fix_ids], corrected, creditable, c.created_by
        )


# Payments ----------------------------------------------------------------------------------


def _payment_where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "company_id" in f:
        where.append(Payment.company_id == int(f["company_id"]))
    if "reversed" in f:
        reversed_ = f["reversed"]
        where.append(
            Payment.reversed_on.is_not(None) if reversed_ else Payment.reversed_on.is_(None)
        )
    if "received_from" in f:
        where.append(Payment.received_on >= f["received_from"])
    if "received_to" in f:
        where.append(Payment.received_on < f["received_to"])
    text = q.search.strip()
    if text:
        where.append(
            or_(contains(Payment.reference, text), _company_named(Payment.company_id, text))
        )
    return where


def list_payments(ctx: AppContext, q: ListQuery) -> list[PaymentRow]:
    """One page of payments, latest first unless sorted otherwise. Filters:
    ``PAYMENT_FILTERS``; search: the reference or either company name."""
    check_query("payments", q, PAYMENT_SORTS, PAYMENT_FILTERS)
    ids_q = _page_ids(q, Payment, PAYMENT_SORTS, Payment.received_on, _payment_where(q))
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        return payment_rows(s, ids)


def payment_rows(s: Session, ids: list[int]) -> list[PaymentRow]:
    if not ids:
        return []
    found = _named(s, Payment, ids)
    rows = []
    for i in ids:
        r = found[i]
        p = r.Payment
        rows.append(
            PaymentRow(
                p.id, p.company_id, r.name_en, r.name_zh, p.received_on, Decimal(p.amount),
                p.method, p.reference, p.recorded_by, p.reversed_on, p.reversal_reason,
                p.reversed_by,
            )
        )  # fmt: skip
    return rows


def count_payments(ctx: AppContext, q: ListQuery) -> int:
    check_query("payments", q, PAYMENT_SORTS, PAYMENT_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Payment.id)).where(*_payment_where(q)))


def get_payment(ctx: AppContext, payment_id: int) -> PaymentRow:
    from adminapp.errors import NotFound

    with ctx.db.read() as s:
        rows = payment_rows(s, [payment_id]) if s.get(Payment, payment_id) else []
    if not rows:
        raise NotFound(f"Payment {payment_id} does not exist", "payment")
    return rows[0]


# Deposits ----------------------------------------------------------------------------------


def _deposit_where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    with_entries = select(DepositEntry.lease_id).distinct()
    where: list[ColumnElement[bool]] = [
        Lease.stage != "draft",
        or_(Lease.deposit > 0, Lease.id.in_(with_entries)),
    ]
    if "company_id" in f:
        where.append(Lease.company_id == int(f["company_id"]))
    if "lease_id" in f:
        where.append(Lease.id == int(f["lease_id"]))
    if f.get("held"):
        # Receipts add to what is held; applications and refunds take from it.
        signed = case(
            (DepositEntry.kind == "receipt", DepositEntry.amount),
            (DepositEntry.kind.in_(("application", "refund")), -DepositEntry.amount),
            else_=0,
        )
        held = (
            select(DepositEntry.lease_id)
            .group_by(DepositEntry.lease_id)
            .having(func.sum(signed) > 0)
        )
        where.append(Lease.id.in_(held))
    text = q.search.strip()
    if text:
        where.append(or_(contains(Lease.reference, text), _company_named(Lease.company_id, text)))
    return where


def list_deposits(ctx: AppContext, q: ListQuery) -> list[DepositRow]:
    """One page of signed leases asking for (or holding) a deposit, newest first, with each
    step's total. Filters: ``DEPOSIT_FILTERS``; search: the lease reference or a company name."""
    check_query("deposits", q, DEPOSIT_SORTS, DEPOSIT_FILTERS)
    ids_q = _page_ids(q, Lease, DEPOSIT_SORTS, Lease.start_date, _deposit_where(q))
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        if not ids:
            return []
        sums: dict[int, dict[str, Decimal]] = {i: {} for i in ids}
        for lease_id, kind, total in s.execute(
            select(DepositEntry.lease_id, DepositEntry.kind, func.sum(DepositEntry.amount))
            .where(DepositEntry.lease_id.in_(ids))
            .group_by(DepositEntry.lease_id, DepositEntry.kind)
        ):
            sums[lease_id][kind] = Decimal(total)
        found = _named(s, Lease, ids)
        rows = []
        for i in ids:
            r, got = found[i], sums[i]
            x = r.Lease
            rows.append(
                DepositRow(
                    x.id, x.reference, x.company_id, r.name_en, r.name_zh, x.start_date,
                    x.end_date, x.stage, x.terminated_on, Decimal(x.deposit),
                    *(got.get(k, ZERO) for k in ("charge", "receipt", "application", "refund")),
                )
            )  # fmt: skip
        return rows


def count_deposits(ctx: AppContext, q: ListQuery) -> int:
    check_query("deposits", q, DEPOSIT_SORTS, DEPOSIT_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Lease.id)).where(*_deposit_where(q)))


def get_deposit_row(ctx: AppContext, lease_id: int) -> DepositRow | None:
    rows = list_deposits(ctx, ListQuery(filters={"lease_id": lease_id}, limit=1))
    return rows[0] if rows else None


# Companies ---------------------------------------------------------------------------------


def company_choices(ctx: AppContext) -> list[tuple[int, str, str]]:
    """Companies that have been charged or have paid, by English name: (id, English, Chinese)."""
    billed = select(Charge.company_id).union(select(Payment.company_id)).scalar_subquery()
    with ctx.db.read() as s:
        return [
            (i, en, zh)
            for i, en, zh in s.execute(
                select(Company.id, Company.name_en, Company.name_zh)
                .where(Company.id.in_(billed))
                .order_by(Company.name_en, Company.id)
            )
        ]


def company_leases(ctx: AppContext, company_id: int) -> list[tuple[int, str]]:
    """The company's signed (or terminated) leases, newest first: (id, reference)."""
    with ctx.db.read() as s:
        return [
            (i, ref)
            for i, ref in s.execute(
                select(Lease.id, Lease.reference)
                .where(Lease.company_id == company_id, Lease.stage != "draft")
                .order_by(Lease.start_date.desc(), Lease.id.desc())
            )
        ]


@dataclass(frozen=True)
class DepositStepRow:
    id: int
    kind: str  # charge, receipt, application, refund
    on_date: dt.date
    amount: Decimal
    reference: str
    note: str
    recorded_by: str


def deposit_steps(ctx: AppContext, lease_id: int) -> list[DepositStepRow]:
    """Every step of the lease's deposit, oldest first."""
    E = DepositEntry  # noqa: N806
    with ctx.db.read() as s:
        return [
            DepositStepRow(
                r.id, r.kind, r.on_date, Decimal(r.amount), r.reference, r.note, r.recorded_by
            )  # fmt: skip
            for r in s.execute(
                select(E.id, E.kind, E.on_date, E.amount, E.reference, E.note, E.recorded_by)
                .where(E.lease_id == lease_id)
                .order_by(E.on_date, E.id)
            )
        ]
