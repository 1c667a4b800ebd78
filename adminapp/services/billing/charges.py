"""Charges: each lease's monthly rent generated up to a date, charges added by hand, credit
notes, and issuing.

Generating is idempotent and follows the leases as they are now:
- a month not charged yet gets a scheduled charge (none for a month wholly rent-free);
- a scheduled (not yet issued) charge whose amount or period changed is updated, and one for a
  month the lease no longer bills (shortened, terminated) is removed;
- an issued charge is never rewritten: when the lease now bills a different amount for that
  month (a termination mid-month, a corrected rate), a credit note (or a supplementary charge)
  for the difference is scheduled, pointing at the charge it corrects;
- running it again with nothing changed creates, changes and removes nothing.
Generation locks the leases' charges (one transaction; on PostgreSQL an advisory lock), so two
workstations generating at once do not both create a month (a unique index on
(lease, month) for rent charges holds as well).

Generating and issuing take an optional ``progress(done, total)`` (leases, or charges issued):
returning ``False`` raises :class:`~adminapp.cancel.Cancelled` inside the transaction, which
rolls back: a cancelled run writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import Date, Integer, func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from adminapp.cancel import Progress, Ticker
from adminapp.errors import ConflictError, NotFound, ValidationError
from adminapp.models import Charge, Company, Lease, RentStep
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.billing.schedule import LeaseTerms, MonthCharge, months_of, next_month
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext, centre_now, centre_today

ZERO = Decimal("0.00")
_GENERATION_LOCK = 7_421_006
PROGRESS_EVERY = 100  # leases (or charges issued) between two progress reports
ISSUE_BATCH = 500  # charges issued per flush
KIND_LABELS = {
    "rent": "Rent",
    "service_fee": "Service fee",
    "utilities": "Utilities",
    "damages": "Damages",
    "other": "Other",
    "credit_note": "Credit note",
}
MANUAL_KINDS = ("service_fee", "utilities", "damages", "other")


def terms_of(lease: Lease) -> LeaseTerms:
    return LeaseTerms(
        start=lease.start_date,
        end=lease.end_date,
        terminated_on=lease.terminated_on if lease.stage == "terminated" else None,
        area=lease.area,
        rate=lease.rent_per_m2_month,
        steps=tuple((st.effective_from, st.rent_per_m2_month) for st in lease.rent_steps),
        rent_free_months=lease.rent_free_months,
    )


@dataclass(frozen=True)
class GenerationResult:
    created: int  # new monthly rent charges
    updated: int  # scheduled charges brought in line with their lease
    removed: int  # scheduled charges for months no longer billed
    corrections: int  # credit notes or supplementary charges for issued ones
    total: Decimal  # the amount of the new charges and corrections

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed or self.corrections)


def _describe(lease: Lease, m: MonthCharge) -> str:
    return f"Rent {lease.reference} {m.period_start:%Y-%m-%d}–{m.period_end - dt.timedelta(days=1):%Y-%m-%d}"


def generate_charges(
    ctx: AppContext,
    up_to: dt.date,
    *,
    lease_ids: list[int] | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> GenerationResult:
    """Charge every signed lease (or ``lease_ids``) for each month whose billed period starts
    before ``up_to`` and that is not charged yet.

    The months already generated are kept in line with their lease when the lease changes
    (:func:`follow_lease`, in the lease's own transaction), so by default only the months after
    each lease's last charged month are worked out and inserted (a month for a whole centre
    takes a fraction of a second). ``full`` reconciles every month of every lease again, as
    :func:`follow_lease` does for one.

    ``progress(done, total)`` is called with the leases worked out so far (every
    ``PROGRESS_EVERY``); returning ``False`` cancels: :class:`~adminapp.cancel.Cancelled`,
    nothing written.
    """
    require(ctx, "billing.generate")
    with ctx.db.write() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _GENERATION_LOCK})
        billed = [Lease.stage.in_(("signed", "terminated")), Lease.start_date < up_to]
        if lease_ids is not None:
            billed.append(Lease.id.in_(lease_ids))
        if full:
            q = select(Lease).where(*billed).options(selectinload(Lease.rent_steps))
            leases = list(s.scalars(q.order_by(Lease.id)))
            result = _bring_in_line(s, ctx, leases, up_to, progress)
        else:
            result = _add_new_months(s, ctx, _lease_rows(s, billed), up_to, progress)
        if result.changed:
            audit.record(
                s, ctx, "generate", "billing", None,
                {"up_to": [None, up_to.isoformat()], "created": [None, result.created],
                 "updated": [None, result.updated], "removed": [None, result.removed],
                 "corrections": [None, result.corrections]},
                f"Rent charges generated up to {up_to:%Y-%m-%d}: {result.created} new, "
                f"{result.updated} updated, {result.removed} removed, "
                f"{result.corrections} corrections",
            )  # fmt: skip
        return result


def follow_lease(s: Session, ctx: AppContext, lease: Lease) -> GenerationResult:
    """After a lease was edited or terminated (in that transaction): bring the months already
    generated for it in line — scheduled charges change, issued ones get a credit note or a
    supplement. Months not generated yet are left to the next generation."""
    last = s.scalar(
        select(func.max(Charge.period_start)).where(
            Charge.lease_id == lease.id, Charge.kind == "rent", Charge.corrects_id.is_(None)
        )
    )
    if last is None:
        return GenerationResult(0, 0, 0, 0, ZERO)
    result = _bring_in_line(s, ctx, [lease], next_month(last))
    if result.changed:
        audit.record(
            s, ctx, "follow", "billing", None,
            {"lease": [None, lease.reference], "updated": [None, result.updated],
             "removed": [None, result.removed], "corrections": [None, result.corrections]},
            f"Charges of {lease.reference} brought in line with the lease: {result.updated} "
            f"updated, {result.removed} removed, {result.corrections} corrections",
        )  # fmt: skip
    return result


def _lease_rows(s: Session, where: list) -> list[SimpleNamespace]:
    """The leases' columns that their rent depends on, read without ORM objects (two queries
    for a whole centre: a month's generation over 3,000 leases spent most of its time making
    Lease objects). Each row reads like a Lease for :func:`terms_of` and :func:`_describe`."""
    steps: dict[int, list[SimpleNamespace]] = defaultdict(list)
    for lease_id, effective_from, rate in s.execute(
        select(RentStep.lease_id, RentStep.effective_from, RentStep.rent_per_m2_month)
        .join(Lease, Lease.id == RentStep.lease_id)
        .where(*where)
    ):
        steps[lease_id].append(SimpleNamespace(effective_from=effective_from,
                                               rent_per_m2_month=rate))  # fmt: skip
    columns = (
        Lease.id, Lease.reference, Lease.company_id, Lease.start_date, Lease.end_date,
        Lease.terminated_on, Lease.stage, Lease.area, Lease.rent_per_m2_month,
        Lease.rent_free_months,
    )  # fmt: skip
    return [
        SimpleNamespace(**row._asdict(), rent_steps=steps.get(row.id, []))
        for row in s.execute(select(*columns).where(*where).order_by(Lease.id))
    ]


def _add_new_months(
    s: Session,
    ctx: AppContext,
    leases: list[SimpleNamespace],
    up_to: dt.date,
    progress: Progress | None = None,
) -> GenerationResult:
    """Insert the charges of the months after each lease's last charged month."""
    last: dict[int, dt.date] = {}
    # Written as the unique index's own condition (a literal, not a bound parameter) and, on
    # SQLite, pointed at that index: without statistics it picked ix_charges_corrects_id and
    # sorted the whole table (33 ms against 17 at ten times the demo).
    indexed = (
        " INDEXED BY uq_charges_lease_rent_period" if s.get_bind().dialect.name == "sqlite" else ""
    )
    q = text(
        f"SELECT lease_id, max(period_start) AS last FROM charges{indexed} "
        "WHERE kind = 'rent' AND corrects_id IS NULL GROUP BY lease_id"
    ).columns(lease_id=Integer, last=Date)
    for lease_id, period_start in s.execute(q):
        last[lease_id] = period_start
    now, who = centre_now(), ctx.actor.login
    rows = []
    ticker = Ticker(progress, len(leases), PROGRESS_EVERY)
    for lease in leases:
        ticker.step()
        since = next_month(last[lease.id]) if lease.id in last else None
        for m in months_of(terms_of(lease), up_to, since):
            if m.amount > 0:
                rows.append(dict(
                    company_id=lease.company_id, lease_id=lease.id, kind="rent",
                    period_start=m.period_start, period_end=m.period_end, due_on=m.period_start,
                    amount=m.amount, description=_describe(lease, m), from_lease=True,
                    created_by=who, created_at=now, version=1,
                ))  # fmt: skip
    if rows:
        s.execute(insert(Charge.__table__), rows)
    return GenerationResult(len(rows), 0, 0, 0, sum((r["amount"] for r in rows), ZERO))


def _bring_in_line(
    s: Session,
    ctx: AppContext,
    leases: list[Lease],
    up_to: dt.date,
    progress: Progress | None = None,
) -> GenerationResult:
    existing: dict[int, list[Charge]] = defaultdict(list)
    ids = [lease.id for lease in leases]
    for i in range(0, len(ids), 500):
        for c in s.scalars(select(Charge).where(Charge.lease_id.in_(ids[i : i + 500]))):
            existing[c.lease_id].append(c)
    created = updated = removed = corrections = 0
    total = ZERO
    now, who = centre_now(), ctx.actor.login
    ticker = Ticker(progress, len(leases), PROGRESS_EVERY)
    for lease in leases:
        ticker.step()
        wanted = (
            {m.period_start.replace(day=1): m for m in months_of(terms_of(lease), up_to)}
            if lease.stage in ("signed", "terminated")
            else {}
        )
        rent = {c.period_start.replace(day=1): c for c in existing[lease.id]
                if c.kind == "rent" and c.corrects_id is None}  # fmt: skip
        adjustments: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for c in existing[lease.id]:
            if c.corrects_id is not None and c.from_lease:  # not credit notes made by hand
                adjustments[c.corrects_id] += c.amount
        for month in sorted(set(wanted) | {m for m in rent if m < up_to}):
            m, c = wanted.get(month), rent.get(month)
            amount = m.amount if m is not None else ZERO
            if c is None:
                if amount > 0:
                    s.add(Charge(
                        company_id=lease.company_id, lease_id=lease.id, kind="rent",
                        period_start=m.period_start, period_end=m.period_end,
                        due_on=m.period_start, amount=amount, from_lease=True,
                        description=_describe(lease, m), created_by=who, created_at=now,
                    ))  # fmt: skip
                    created += 1
                    total += amount
            elif c.issued_on is None:
                if amount <= 0:
                    s.delete(c)
                    removed += 1
                elif (c.amount, c.period_start, c.period_end) != (
                    amount, m.period_start, m.period_end,
                ):  # fmt: skip
                    c.amount, c.period_start, c.period_end = amount, m.period_start, m.period_end
                    c.due_on, c.description = m.period_start, _describe(lease, m)
                    updated += 1
            else:
                difference = amount - (c.amount + adjustments[c.id])
                if difference != 0:
                    s.add(Charge(
                        company_id=lease.company_id, lease_id=lease.id,
                        kind="credit_note" if difference < 0 else "rent",
                        period_start=c.period_start, period_end=c.period_end,
                        due_on=max(c.due_on, centre_today()), amount=difference,
                        description=(
                            f"{'Credit note' if difference < 0 else 'Supplement'} for "
                            f"{c.description} (the lease now bills {amount})"
                        )[:300],
                        corrects_id=c.id, from_lease=True, created_by=who, created_at=now,
                    ))  # fmt: skip
                    corrections += 1
                    total += difference
    s.flush()
    return GenerationResult(created, updated, removed, corrections, total)


def issue_charges(
    ctx: AppContext,
    through: dt.date,
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Issue every scheduled charge due on or before ``through``; returns how many. They are
    issued ``on`` (default today).

    ``progress(done, total)`` is called with the charges issued so far (every
    ``ISSUE_BATCH``); returning ``False`` cancels: :class:`~adminapp.cancel.Cancelled`, nothing
    issued."""
    require(ctx, "billing.generate")
    on = on or centre_today()
    if on > centre_today():
        raise ValidationError({"issued_on": "Charges cannot be issued in the future"})
    with ctx.db.write() as s:
        rows = list(
            s.scalars(select(Charge).where(Charge.issued_on.is_(None), Charge.due_on <= through))
        )
        ticker = Ticker(progress, len(rows), ISSUE_BATCH)
        for i in range(0, len(rows), ISSUE_BATCH):
            batch = rows[i : i + ISSUE_BATCH]
            for c in batch:
                c.issued_on = on
            s.flush()
            ticker.step(len(batch))
        if rows:
            audit.record(
                s, ctx, "issue", "billing", None,
                {"through": [None, through.isoformat()], "issued": [None, len(rows)]},
                f"{len(rows)} charges issued, due up to {through:%Y-%m-%d}",
            )  # fmt: skip
        return len(rows)


@dataclass
class ChargeInput:
    company_id: int | None
    kind: str
    due_on: dt.date | None
    amount: Decimal | str
    description: str = ""
    lease_id: int | None = None
    issue: bool = True  # issue at once (a charge added by hand is usually billed now)
    issued_on: dt.date | None = None  # when it was issued (default today; not in the future)


def add_charge(ctx: AppContext, data: ChargeInput) -> int:
    """A service fee, utilities, damages or another charge added by hand."""
    require(ctx, "billing.charge")
    errors: dict[str, str] = {}
    if data.kind not in MANUAL_KINDS:
        errors["kind"] = "Choose service fee, utilities, damages or other"
    amount = parse_decimal(data.amount, "amount", errors, places=2)
    if "amount" not in errors and amount <= 0:
        errors["amount"] = "The amount must be more than zero"
    if not isinstance(data.due_on, dt.date):
        errors["due_on"] = "Give the date the charge is due"
    issued_on = (data.issued_on or centre_today()) if data.issue else None
    if issued_on is not None and issued_on > centre_today():
        errors["issued_on"] = "A charge cannot be issued in the future"
    description = (data.description or "").strip()
    if not description:
        errors["description"] = "Say what the charge is for"
    elif len(description) > 300:
        errors["description"] = "The description is longer than 300 characters"
    with ctx.db.write() as s:
        company = s.get(Company, data.company_id) if data.company_id else None
        if company is None:
            errors["company_id"] = "Choose the company charged"
        if data.lease_id is not None:
            lease = s.get(Lease, data.lease_id)
            if lease is None or (company is not None and lease.company_id != company.id):
                errors["lease_id"] = "That lease is not the company's"
        if errors:
            raise ValidationError(errors)
        c = Charge(
            company_id=company.id, lease_id=data.lease_id, kind=data.kind, due_on=data.due_on,
            amount=amount, description=description,
            issued_on=issued_on, created_by=ctx.actor.login, created_at=centre_now(),
        )  # fmt: skip
        s.add(c)
        s.flush()
        audit.record(
            s, ctx, "create", "charge", c.id,
            audit.diff({}, audit.snapshot(c, ("company_id", "kind", "due_on", "amount",
                                              "description", "issued_on"))),
            f"{KIND_LABELS[c.kind]} {amount} for {company.name_en}: {description}",
        )  # fmt: skip
        return c.id


def credit_note(
    ctx: AppContext,
    charge_id: int,
    amount: Decimal | str,
    reason: str,
    *,
    issue: bool = True,
    issued_on: dt.date | None = None,
) -> int:
    """A credit note against an issued charge (the charge itself is never rewritten), issued
    at once on ``issued_on`` (default today; not before the charge, not in the future) or
    scheduled."""
    require(ctx, "billing.charge")
    errors: dict[str, str] = {}
    on = (issued_on or centre_today()) if issue else None
    if on is not None and on > centre_today():
        errors["issued_on"] = "A credit note cannot be issued in the future"
    value = parse_decimal(amount, "amount", errors, places=2)
    if "amount" not in errors and value <= 0:
        errors["amount"] = "The credit must be more than zero"
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = "Say why the charge is credited"
    if errors:
        raise ValidationError(errors)
    with ctx.db.write() as s:
        c = s.scalars(select(Charge).where(Charge.id == charge_id).with_for_update()).first()
        if c is None:
            raise NotFound(f"Charge {charge_id} does not exist", "charge")
        if c.issued_on is None:
            raise ConflictError(
                "This charge is not issued yet: change the lease or delete it instead", "charge"
            )
        if c.corrects_id is not None or c.amount < 0:
            raise ConflictError("Credit the original charge, not a correction", "charge")
        if on is not None and on < c.issued_on:
            raise ValidationError({"issued_on": "A credit note cannot predate its charge"})
        credited = -sum(s.scalars(select(Charge.amount).where(Charge.corrects_id == c.id)), ZERO)
        if value > c.amount - credited:
            raise ValidationError(
                {"amount": f"At most {c.amount - credited} is left to credit on this charge"}
            )
        note = Charge(
            company_id=c.company_id, lease_id=c.lease_id, kind="credit_note",
            period_start=c.period_start, period_end=c.period_end,
            due_on=max(c.due_on, on or centre_today()), amount=-value,
            description=f"Credit note for {c.description}: {reason}"[:300],
            issued_on=on, corrects_id=c.id,
            created_by=ctx.actor.login, created_at=centre_now(),
        )  # fmt: skip
        s.add(note)
        s.flush()
        audit.record(
            s, ctx, "credit", "charge", c.id, {"credited": [None, str(value)]},
            f"Credit note of {value} on charge {c.id}: {reason}",
        )  # fmt: skip
        return note.id


def delete_scheduled(ctx: AppContext, charge_id: int) -> None:
    """Remove a charge not yet issued (added by mistake); issued ones take a credit note."""
    require(ctx, "billing.charge")
    with ctx.db.write() as s:
        c = s.get(Charge, charge_id)
        if c is None:
            raise NotFound(f"Charge {charge_id} does not exist", "charge")
        if c.issued_on is not None:
            raise ConflictError("An issued charge is never deleted: credit it instead", "charge")
        s.delete(c)
        audit.record(
            s, ctx, "delete", "charge", charge_id, {"amount": [str(c.amount), None]},
            f"Scheduled charge deleted: {c.description}",
        )  # fmt: skip
