"""The demo centre's money: two years of rent charges, payments, deposits and arrears.

Month by month, on the first day of each month, Zhang Wei (finance) does what the Billing page
does: generates the rent charges up to the next month (:func:`charges.generate_charges`), adds
the month's utilities (the compute rooms' electricity and cooling), quarterly service fees and
now and then a repair by hand (:func:`charges.add_charge`), and issues everything due that
month (:func:`charges.issue_charges` with ``on=`` that day). Once today's month is issued the
next month is generated and left scheduled. Two credit notes go through
:func:`charges.credit_note` (a goodwill credit on a month's rent, a service fee charged in
error).

Payments follow each tenant's habit (:mod:`adminapp.demo_billing_plan`). About 1,600 payments
one at a time through :func:`payments.record_payment` cost ~1.8 ms each on SQLite (more on
PostgreSQL: company lock, duplicate-reference check, insert, audit entry), and the ~540 deposit
steps at the start of the leases ~1.8 ms each through :func:`payments.deposit_step`: together
most of the time budget. So those are written with bulk Core ``insert()`` and one audit entry
that sums them up, and the steps with something to check go through the services: a bounced
transfer (recorded, reversed three days later, paid again), two prepayments of next month,
every deposit refunded (some days after a lease ended, or carried over to its renewal; some
are still held, awaiting refund) and the deposits applied to the debts of the companies that
left owing rent (the rest returned, or all of it applied and the debt still open).

The services stamp what they make with the real moment; once the history is made the charges,
payments and deposit entries get the simulated one (the audit trail keeps the real moments,
as in :mod:`adminapp.demo_financing`). Nothing is dated after the real today (the services
refuse payments and deposit steps in the future). It all runs in the demo's unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import socket
import time
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from adminapp.db import Database
from adminapp.demo_billing_plan import Habits, PlannedLease
from adminapp.demo_financing import OneUnitOfWork
from adminapp.demo_financing_plan import workday
from adminapp.models import AuditEntry, Charge, DepositEntry, Lease, LeaseUnit, Payment, Unit
from adminapp.services.billing import charges, payments
from adminapp.services.billing.ledger import BUCKETS, ZERO, positions
from adminapp.services.billing.schedule import month_start, next_month
from adminapp.services.context import CENTRE_TZ, Actor, AppContext, centre_now, centre_today
from adminapp.services.lease_terms import add_months

SEED = "west-bund-ai-tower:billing"
CENT = Decimal("0.01")
GOODWILL = "Air-conditioning out of service for six days; 15 % of the month's rent credited"


@dataclass(frozen=True)
class BillingSummary:
    charges: int  # every charge: rent, by hand, credit notes, scheduled ones
    payments: int
    reversed: int
    deposit_entries: int
    arrears: dict[str, Decimal]  # today, by bucket, every company
    in_arrears: int  # companies
    over_90: int  # companies with arrears over 90 days
    in_credit: int  # companies whose balance is a credit
    seconds: float


def generate_billing(
    session: Session, db: Database, today: dt.date, users: dict[str, int]
) -> BillingSummary:
    """Make the billing history of every signed lease in ``session`` (the demo's unit of work
    on ``db``) up to ``today``, acting as the demo's finance user (``users``: login → id)."""
    started = time.perf_counter()
    history = _History(session, db, today, users["finance"])
    history.month_by_month()
    history.credit_notes()
    history.payments()
    history.deposits()
    history.audit()
    history.restamp()
    return history.summary(started)


class _History:
    def __init__(self, s: Session, db: Database, today: dt.date, finance_id: int) -> None:
        self.s, self.today = s, today
        self.until = min(today, centre_today())  # nothing may be dated after the real today
        self.rng = random.Random(SEED)
        actor = Actor("finance", socket.gethostname(), frozenset({"finance"}), finance_id)
        self.ctx = AppContext(OneUnitOfWork(s, db), actor)  # type: ignore[arg-type]
        self.leases = _load_leases(s)
        self.habits = Habits(self.rng, self.leases, today, self.until)
        self.payers = self.habits.payers

    # -- the monthly round ---------------------------------------------------------------
    def month_by_month(self) -> None:
        signed = [x.start for x in self.leases]
        if not signed:
            return
        month, last = month_start(min(signed)), month_start(self.until)
        while month <= last:
            charges.generate_charges(self.ctx, next_month(month))
            self._by_hand(month)
            charges.issue_charges(self.ctx, next_month(month) - dt.timedelta(days=1), on=month)
            month = next_month(month)
        charges.generate_charges(self.ctx, next_month(month))  # next month, left scheduled

    def _by_hand(self, month: dt.date) -> None:
        """The month's utilities (last month's use), quarterly service fees, a repair."""
        rng, before = self.rng, add_months(month, -1)
        due = month + dt.timedelta(days=14)
        for lease in self.leases:
            if lease.compute and lease.start < month and lease.billed_end > before:
                amount = (lease.area * Decimal(rng.randint(4500, 8500)) / 100).quantize(CENT)
                self._charge(
                    lease.company_id, "utilities", due, amount,
                    f"Electricity and cooling {lease.reference}, {before:%Y-%m}", lease, month,
                )  # fmt: skip
        if month.month % 3 == 1:
            quarter = (month.month - 1) // 3 + 1
            for cid in self.habits.services:
                if any(
                    x.company_id == cid and x.start <= month < x.billed_end for x in self.leases
                ):
                    amount = Decimal(rng.choice((3000, 4500, 6000, 8000)))
                    self._charge(
                        cid, "service_fee", due, amount,
                        f"Comprehensive services platform, Q{quarter} {month.year}", None, month,
                    )  # fmt: skip
        if month in (
            add_months(month_start(self.until), -9),
            add_months(month_start(self.until), -2),
        ):
            lease = rng.choice(
                [x for x in self.leases if x.start <= month < x.billed_end] or [None]
            )
            if lease is None:
                return
            self._charge(
                lease.company_id, "damages", due, Decimal(rng.choice((1800, 2800, 4600))),
                f"Repair of a damaged glass partition, {lease.reference}", lease, month,
            )  # fmt: skip

    def _charge(
        self, cid: int, kind: str, due: dt.date, amount: Decimal, text: str,
        lease: PlannedLease | None, on: dt.date,
    ) -> int:  # fmt: skip
        return charges.add_charge(
            self.ctx,
            charges.ChargeInput(cid, kind, due, amount, text, lease.id if lease else None,
                                issue=True, issued_on=on),
        )  # fmt: skip

    def credit_notes(self) -> None:
        """A goodwill credit on a month's rent and a service fee charged in error, issued some
        days after the charge they correct."""
        when = add_months(month_start(self.until), -4)
        goodwill = self.s.scalar(
            select(Charge.id)
            .where(Charge.company_id == self.habits.goodwill_to, Charge.kind == "rent")
            .where(Charge.issued_on.is_not(None), Charge.due_on <= when)
            .order_by(Charge.due_on.desc(), Charge.id)
            .limit(1)
        )
        fee = self.s.scalar(
            select(Charge.id)
            .where(Charge.kind == "service_fee", Charge.issued_on <= add_months(when, -3))
            .order_by(Charge.issued_on.desc(), Charge.id)
            .limit(1)
        )
        for charge_id, share, reason in (
            (goodwill, Decimal("0.15"), GOODWILL),
            (fee, Decimal(1), "Charged in error: the company had cancelled the package"),
        ):
            if charge_id is None:
                continue
            c = self.s.get(Charge, charge_id)
            note = charges.credit_note(self.ctx, c.id, (c.amount * share).quantize(CENT), reason)
            on = min(workday(c.issued_on + dt.timedelta(days=10)), self.until)
            self.s.execute(update(Charge).where(Charge.id == note).values(issued_on=on, due_on=on))

    # -- payments ------------------------------------------------------------------------
    def payments(self) -> None:
        issued: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
        for cid, on, amount in self.s.execute(
            select(Charge.company_id, Charge.issued_on, func.sum(Charge.amount))
            .where(Charge.issued_on.is_not(None))
            .group_by(Charge.company_id, Charge.issued_on)
            .order_by(Charge.company_id, Charge.issued_on)
        ):
            issued[cid].append((on, Decimal(amount)))
        self.issued = issued
        for cid in sorted(issued):
            self.habits.pay(cid, issued[cid])
        through_service = self._prepayments() | self._bounce()
        rows = sorted(
            (
                p
                for payer in self.payers.values()
                for p in payer.paid
                if id(p) not in through_service
            ),
            key=lambda p: (p["received_on"], p["company_id"]),
        )
        for p in rows:
            p["recorded_at"] = _moment(p["received_on"], 11 * 60)  # restamped with the rest
        if rows:
            cols = ("company_id", "received_on", "amount", "method", "reference", "recorded_at")
            self.s.execute(
                insert(Payment.__table__),
                [{k: p[k] for k in cols} | {"recorded_by": "finance", "reversal_reason": ""}
                 for p in rows],
            )  # fmt: skip
        self.bulk_payments = len(rows)

    def _record(self, p: dict) -> int:
        return payments.record_payment(
            self.ctx,
            payments.PaymentInput(
                p["company_id"], p["received_on"], p["amount"], p["method"], p["reference"]
            ),
        )

    def _prepayments(self) -> set[int]:
        """Two residents paid what they owed and next month's (scheduled) rent with their last
        transfer: in credit today, whichever day of the month today is."""
        done = set()
        for cid in self.habits.in_credit:
            paid = self.payers[cid].paid
            if not paid:
                continue
            ahead = self.s.scalar(
                select(func.sum(Charge.amount)).where(
                    Charge.company_id == cid, Charge.issued_on.is_(None)
                )
            )
            owed = sum((a for _, a in self.issued[cid]), ZERO) - sum(p["amount"] for p in paid)
            paid[-1]["amount"] += max(owed, ZERO) + (Decimal(ahead or 0) or Decimal(20000))
            self._record(paid[-1])
            done.add(id(paid[-1]))
        return done

    def _bounce(self) -> set[int]:
        """A transfer some months ago bounced: reversed three days later, then paid again."""
        payer = self.payers[self.habits.bounced]
        lo, hi = self.until - dt.timedelta(days=200), self.until - dt.timedelta(days=40)
        chosen = [p for p in payer.paid if lo <= p["received_on"] <= hi]
        if not chosen:
            return set()
        p = chosen[0]
        pid = self._record(p)
        payments.reverse_payment(
            self.ctx, pid, "Bounced: returned by the payer's bank (insufficient funds)",
            on=workday(p["received_on"] + dt.timedelta(days=3)),
        )  # fmt: skip
        again = self.habits.payment(
            self.habits.bounced, workday(p["received_on"] + dt.timedelta(8)), p["amount"]
        )
        self._record(again)
        return {id(p)}

    # -- deposits ------------------------------------------------------------------------
    def deposits(self) -> None:
        rng, until = self.rng, self.until
        steps: list[tuple[dt.date, int, int, str, Decimal, str, str]] = []
        by_id = {x.id: x for x in self.leases}
        for lease in self.leases:
            if lease.renewal_of is not None and lease.renewal_of in by_id:
                by_id[lease.renewal_of].renewed_by = lease
        for lease in self.leases:
            if lease.deposit <= 0:
                continue
            old = by_id.get(lease.renewal_of) if lease.renewal_of else None
            if old is not None:
                ref = f"Carried over from {old.reference}"
                steps.append((lease.start, 0, lease.id, "charge", lease.deposit, "", ""))
                steps.append((lease.start, 1, lease.id, "receipt", lease.deposit, ref, ""))
            else:
                asked = lease.start - dt.timedelta(days=rng.randint(7, 20))
                got = workday(asked + dt.timedelta(days=rng.randint(2, 6)))
                bank_ref = f"{self.payers[lease.company_id].bank}{got:%Y%m%d}D{lease.id:05d}"
                steps.append((asked, 0, lease.id, "charge", lease.deposit, "", ""))
                steps.append((got, 1, lease.id, "receipt", lease.deposit, bank_ref, ""))
            payer = self.payers.get(lease.company_id)
            if payer is not None and payer.debtor_of is lease:
                steps.extend(self._applied(lease))
            elif lease.renewed_by is not None:
                note = f"Carried over to the renewal {lease.renewed_by.reference}"
                steps.append((lease.billed_end, 3, lease.id, "refund", lease.deposit, "", note))
            elif lease.billed_end <= until:
                back = workday(lease.billed_end + dt.timedelta(days=rng.randint(7, 40)))
                steps.append((back, 3, lease.id, "refund", lease.deposit, "", "Lease ended"))
        # The routine steps at the start of each lease go in with one bulk insert; the ones the
        # service has something to check (refunds, deposit applied) go through it afterwards.
        steps = [x for x in sorted(steps) if x[0] <= until]
        routine = [x for x in steps if x[3] in ("charge", "receipt")]
        by_company = {x.id: x.company_id for x in self.leases}
        if routine:
            self.s.execute(
                insert(DepositEntry.__table__),
                [dict(lease_id=lease_id, company_id=by_company[lease_id], kind=kind, on_date=on,
                      amount=amount, reference=ref, note=note, recorded_by="finance",
                      recorded_at=_moment(on, 10 * 60))
                 for on, _, lease_id, kind, amount, ref, note in routine],
            )  # fmt: skip
        self.bulk_deposits = len(routine)
        for on, _, lease_id, kind, amount, ref, note in steps:
            if kind not in ("charge", "receipt"):
                payments.deposit_step(
                    self.ctx, lease_id, kind, amount, on, reference=ref, note=note
                )

    def _applied(self, lease: PlannedLease) -> list[tuple]:
        """The deposit of a lease terminated for unpaid rent: applied to the debt two weeks
        later, the rest (if any) returned after another fortnight."""
        on = workday(lease.billed_end + dt.timedelta(days=14))
        cid = lease.company_id
        owed = sum((a for d, a in self.issued.get(cid, []) if d <= on), ZERO)
        paid = sum((p["amount"] for p in self.payers[cid].paid if p["received_on"] <= on), ZERO)
        applied = min(max(owed - paid, ZERO), lease.deposit)
        out = []
        if applied > 0:
            note = "Applied to the rent left unpaid when the lease was terminated"
            out.append((on, 2, lease.id, "application", applied, "", note))
        if applied < lease.deposit:
            back = workday(on + dt.timedelta(days=14))
            note = "The rest of the deposit returned after the debts were settled"
            out.append((back, 3, lease.id, "refund", lease.deposit - applied, "", note))
        return out

    # -- finishing -----------------------------------------------------------------------
    def audit(self) -> None:
        """One entry sums up what went in without the services (as the demo's leases do)."""
        self.s.add(
            AuditEntry(
                at=centre_now(), actor="demo", workstation=socket.gethostname(),
                action="generate", entity_type="billing", entity_id=None,
                summary=f"Demo billing history up to {self.today:%Y-%m-%d}: "
                f"{self.bulk_payments} payments and {self.bulk_deposits} deposit steps "
                "(charged, received) recorded in bulk",
                changes=json.dumps({"payments": [0, self.bulk_payments],
                                    "deposit_steps": [0, self.bulk_deposits]}),
            )
        )  # fmt: skip

    def restamp(self) -> None:
        """The moments of the history: charges made on the morning they were issued (the
        scheduled ones this month), payments and deposit steps recorded on their day."""
        made_on = month_start(self.until)
        rows = [
            {"b_id": cid, "b_at": _moment(on or made_on, 9 * 60 + cid % 90)}
            for cid, on in self.s.execute(select(Charge.id, Charge.issued_on))
        ]
        t = Charge.__table__
        if rows:
            self.s.execute(
                update(t).where(t.c.id == bindparam("b_id")).values(created_at=bindparam("b_at")),
                rows,
            )
        for table, column, on, minute in (
            (DepositEntry.__table__, "recorded_at", "on_date", 10 * 60),
            (Payment.__table__, "recorded_at", "received_on", 11 * 60),
        ):
            rows = [
                {"b_id": rid, "b_at": _moment(day, minute + rid % 360)}
                for rid, day in self.s.execute(select(table.c.id, table.c[on]))
            ]
            if rows:
                self.s.execute(
                    update(table)
                    .where(table.c.id == bindparam("b_id"))
                    .values({column: bindparam("b_at")}),
                    rows,
                )

    def summary(self, started: float) -> BillingSummary:
        s = self.s
        found = positions(s, self.today)
        arrears = {b: sum((p.buckets[b] for p in found.values()), ZERO) for b in BUCKETS}
        return BillingSummary(
            charges=s.scalar(select(func.count(Charge.id))) or 0,
            payments=s.scalar(select(func.count(Payment.id))) or 0,
            reversed=s.scalar(
                select(func.count(Payment.id)).where(Payment.reversed_on.is_not(None))
            )
            or 0,
            deposit_entries=s.scalar(select(func.count(DepositEntry.id))) or 0,
            arrears=arrears,
            in_arrears=sum(p.arrears > 0 for p in found.values()),
            over_90=sum(p.over_90 > 0 for p in found.values()),
            in_credit=sum(p.balance < 0 for p in found.values()),
            seconds=round(time.perf_counter() - started, 3),
        )


def _moment(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), CENTRE_TZ)


def _load_leases(s: Session) -> list[PlannedLease]:
    compute = set(
        s.scalars(
            select(LeaseUnit.lease_id)
            .join(Unit, Unit.id == LeaseUnit.unit_id)
            .where(Unit.kind == "compute_room")
        )
    )
    cols = (
        Lease.id, Lease.reference, Lease.company_id, Lease.start_date, Lease.end_date,
        Lease.stage, Lease.terminated_on, Lease.termination_reason, Lease.deposit,
        Lease.renewal_of_id, Lease.area,
    )  # fmt: skip
    out = []
    for r in s.execute(
        select(*cols).where(Lease.stage.in_(("signed", "terminated"))).order_by(Lease.id)
    ):
        end = r.end_date
        if r.stage == "terminated" and r.terminated_on is not None:
            end = max(min(r.terminated_on, end), r.start_date)
        out.append(
            PlannedLease(
                r.id, r.reference, r.company_id, r.start_date, end, r.stage,
                r.termination_reason or "", r.deposit or ZERO, r.renewal_of_id, r.area,
                r.id in compute,
            )
        )  # fmt: skip
    return out
