"""Leases: create, edit, sign, renew, terminate early.

The rule that matters most: no unit is leased twice for overlapping days. It is checked inside
the write unit of work after locking the units concerned (``SELECT ... FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so two workstations cannot both win.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from adminapp import rent
from adminapp.errors import ConflictError, NotFound, ValidationError
from adminapp.models import Company, Lease, LeaseUnit, RentStep, Unit
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.billing import charges as billing_charges
from adminapp.services.building import lease_unit_labels, parse_decimal
from adminapp.services.context import AppContext, centre_today
from adminapp.services.lease_terms import lease_status, months_between, rate_on

FIELDS = (
    "reference",
    "company_id",
    "start_date",
    "end_date",
    "rent_per_m2_month",
    "rent_free_months",
    "deposit",
    "stage",
    "terminated_on",
    "termination_reason",
    "renewal_of_id",
    "notes",
)


@dataclass
class LeaseInput:
    company_id: int | None
    unit_ids: list[int]
    start_date: dt.date | None
    end_date: dt.date | None
    rent: Decimal | str
    # The rent as typed: "month" = 元/m²/月 (stored), "day" = 元/m²/天 (converted).
    rent_basis: str = "month"
    rent_free_months: int = 0
    deposit: Decimal | str = Decimal("0")
    rent_steps: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    notes: str = ""
    draft: bool = False


@dataclass(frozen=True)
class LeaseView:
    id: int
    reference: str
    company_id: int
    company_name: str
    unit_ids: list[int]
    unit_codes: list[str]
    area: Decimal
    start_date: dt.date
    end_date: dt.date
    # The rate agreed at the start (steps may change it later) ...
    rent_per_m2_month: Decimal
    rent_per_m2_day: Decimal
    # ... and the rate in force on the view's as-of date, with the monthly rent it gives.
    rate_in_force: Decimal
    rate_in_force_per_day: Decimal
    monthly_rent: Decimal
    rent_free_months: int
    deposit: Decimal
    rent_steps: list[tuple[dt.date, Decimal]]
    stage: str
    status: str
    terminated_on: dt.date | None
    termination_reason: str
    renewal_of_id: int | None
    notes: str
    version: int


def view(lease: Lease, as_of: dt.date | None = None) -> LeaseView:
    as_of = as_of or centre_today()
    steps = [(r.effective_from, r.rent_per_m2_month) for r in lease.rent_steps]
    units = sorted((lu.unit for lu in lease.units), key=lambda u: u.code)
    area = sum((u.rentable_area for u in units), Decimal(0))
    # The rate in force on as_of (the first rate before the start, the last after the end).
    on = min(max(as_of, lease.start_date), lease.end_date - dt.timedelta(days=1))
    rate = rate_on(lease.rent_per_m2_month, steps, on)
    return LeaseView(
        id=lease.id,
        reference=lease.reference,
        company_id=lease.company_id,
        company_name=lease.company.name_en,
        unit_ids=[u.id for u in units],
        unit_codes=[u.code for u in units],
        area=area,
        start_date=lease.start_date,
        end_date=lease.end_date,
        rent_per_m2_month=lease.rent_per_m2_month,
        rent_per_m2_day=rent.per_day_from_month(lease.rent_per_m2_month),
        rate_in_force=rate,
        rate_in_force_per_day=rent.per_day_from_month(rate),
        monthly_rent=rent.monthly_rent(rate, area),
        rent_free_months=lease.rent_free_months,
        deposit=lease.deposit,
        rent_steps=steps,
        stage=lease.stage,
        status=lease_status(lease.stage, lease.start_date, lease.end_date, as_of),
        terminated_on=lease.terminated_on,
        termination_reason=lease.termination_reason,
        renewal_of_id=lease.renewal_of_id,
        notes=lease.notes,
        version=lease.version,
    )


def _load(s: Session, lease_id: int, *, lock: bool = False) -> Lease:
    q = (
        select(Lease)
        .where(Lease.id == lease_id)
        .options(
            selectinload(Lease.units).selectinload(LeaseUnit.unit), selectinload(Lease.rent_steps)
        )
    )
    if lock:
        q = q.with_for_update()
    lease = s.scalars(q).first()
    if lease is None:
        raise NotFound(f"Lease {lease_id} does not exist")
    return lease


def get_lease(ctx: AppContext, lease_id: int, as_of: dt.date | None = None) -> LeaseView:
    with ctx.db.read() as s:
        return view(_load(s, lease_id), as_of)


def _snapshot(lease: Lease) -> dict:
    snap = audit.snapshot(lease, FIELDS)
    snap["units"] = sorted(lu.unit.code for lu in lease.units)
    snap["rent_steps"] = [
        [str(d), str(r)]
        for d, r in sorted((r.effective_from, r.rent_per_m2_month) for r in lease.rent_steps)
    ]
    return snap


def _clean(
    s: Session, data: LeaseInput, errors: dict[str, str], held: frozenset[int] = frozenset()
) -> dict:
    """Check a lease form against every rule that needs no other lease.

    ``held`` are the units the lease already holds: they may stay on it even if they have
    since gone out of service; units being added must be in service.
    """
    company = s.get(Company, data.company_id) if data.company_id else None
    if company is None:
        errors["company_id"] = "Choose the company that takes the lease"
    unit_ids = list(dict.fromkeys(data.unit_ids))
    units: list[Unit] = []
    if not unit_ids:
        errors["unit_ids"] = "Choose at least one unit"
    else:
        # Lock the units so a second workstation leasing one of them waits for us.
        units = list(
            s.scalars(select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.id).with_for_update())
        )
        missing = set(unit_ids) - {u.id for u in units}
        if missing:
            errors["unit_ids"] = f"Unit(s) {sorted(missing)} do not exist"
        out = [u.code for u in units if not u.in_service and u.id not in held]
        if out:
            errors["unit_ids"] = f"Unit(s) out of service: {', '.join(sorted(out))}"
    start, end = data.start_date, data.end_date
    if start is None:
        errors["start_date"] = "Start date is required"
    if end is None:
        errors["end_date"] = "End date is required"
    if start and end and end <= start:
        errors["end_date"] = (
            "End date must be after the start date (the lease ends at the start of its end date)"
        )
    if data.rent_basis not in ("month", "day"):
        errors["rent"] = "Rent basis must be per month or per day"
    rate = parse_decimal(data.rent, "rent", errors)
    if "rent" not in errors and rate < 0:
        errors["rent"] = "Rent must not be negative"
    rate = (
        rent.per_month_from_day(rate)
        if data.rent_basis == "day"
        else rate.quantize(rent.RATE_PLACES, ROUND_HALF_UP)
    )
    deposit = parse_decimal(data.deposit, "deposit", errors, places=2)
    if "deposit" not in errors and deposit < 0:
        errors["deposit"] = "Deposit must not be negative"
    free = data.rent_free_months
    if not isinstance(free, int) or free < 0:
        errors["rent_free_months"] = "Rent-free months must be zero or more"
    elif start and end and end > start and free and free >= months_between(start, end):
        errors["rent_free_months"] = "Rent-free months must be shorter than the term"
    steps = []
    seen = set()
    for when, raw_rate in data.rent_steps:
        step_errors: dict[str, str] = {}
        step_rate = parse_decimal(raw_rate, "rent_steps", step_errors)
        if step_errors or not isinstance(when, dt.date):
            errors["rent_steps"] = "Each rent step needs a date and a rate that is a number"
            continue
        step_rate = (
            rent.per_month_from_day(step_rate)
            if data.rent_basis == "day"
            else step_rate.quantize(rent.RATE_PLACES, ROUND_HALF_UP)
        )
        if start and end and not (start < when < end):
            errors["rent_steps"] = f"Rent step on {when} is outside the term"
        elif when in seen:
            errors["rent_steps"] = f"Two rent steps on {when}"
        elif step_rate < 0:
            errors["rent_steps"] = f"Rent step on {when} is negative"
        seen.add(when)
        steps.append((when, step_rate))
    return {
        "company": company,
        "units": units,
        "start_date": start,
        "end_date": end,
        "rent_per_m2_month": rate,
        "rent_free_months": free,
        "deposit": rent.to_fen(deposit) if "deposit" not in errors else deposit,
        "rent_steps": sorted(steps),
        "notes": data.notes.strip(),
    }


def _clashes(
    s: Session, unit_ids: list[int], start: dt.date, end: dt.date, exclude: int | None
) -> list[tuple[str, str, dt.date, dt.date]]:
    """Signed leases holding any of the units for a day in ``[start, end)``."""
    q = (
        select(Unit.code, Lease.reference, Lease.start_date, Lease.end_date)
        .join(LeaseUnit, LeaseUnit.unit_id == Unit.id)
        .join(Lease, Lease.id == LeaseUnit.lease_id)
        .where(
            Unit.id.in_(unit_ids),
            Lease.stage != "draft",
            Lease.start_date < end,
            Lease.end_date > start,
        )
        .order_by(Unit.code, Lease.start_date)
    )
    if exclude:
        q = q.where(Lease.id != exclude)
    return [tuple(r) for r in s.execute(q)]


def _check_clashes(s: Session, clean: dict, exclude: int | None, errors: dict) -> None:
    if errors or not clean["units"]:
        return
    clashes = _clashes(
        s, [u.id for u in clean["units"]], clean["start_date"], clean["end_date"], exclude
    )
    if clashes:
        code, ref, a, b = clashes[0]
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        errors["unit_ids"] = f"Unit {code} is already leased under {ref} from {a} to {b}{more}"


def _apply(lease: Lease, clean: dict) -> None:
    lease.company_id = clean["company"].id
    lease.start_date = clean["start_date"]
    lease.end_date = clean["end_date"]
    lease.rent_per_m2_month = clean["rent_per_m2_month"]
    lease.rent_free_months = clean["rent_free_months"]
    lease.deposit = clean["deposit"]
    lease.notes = clean["notes"]
    wanted = {u.id for u in clean["units"]}
    lease.units = [lu for lu in lease.units if lu.unit_id in wanted] + [
        LeaseUnit(unit_id=u.id, unit=u)
        for u in clean["units"]
        if u.id not in {lu.unit_id for lu in lease.units}
    ]
    # Keep the row of a step whose date stays (only its rate may change): replacing it would
    # insert the new row before deleting the old and break the (lease, date) unique rule.
    existing = {r.effective_from: r for r in lease.rent_steps}
    steps = []
    for when, rate in clean["rent_steps"]:
        step = existing.get(when) or RentStep(effective_from=when)
        step.rent_per_m2_month = rate
        steps.append(step)
    lease.rent_steps = steps
    _refresh_totals(lease, clean["units"])


def _refresh_totals(lease: Lease, units: list[Unit]) -> None:
    lease.area = sum((u.rentable_area for u in units), Decimal(0))
    lease.unit_codes, lease.unit_sort = lease_unit_labels([u.code for u in units])


def refresh_lease_totals_for_unit(s: Session, ctx: AppContext, unit_id: int) -> None:
    """A unit's area or code changed: update (and audit) the leases that list it."""
    leases = s.scalars(
        select(Lease)
        .join(LeaseUnit)
        .where(LeaseUnit.unit_id == unit_id)
        .options(selectinload(Lease.units).selectinload(LeaseUnit.unit))
    ).all()
    for lease in leases:
        before = {"area": _plain_area(lease.area), "unit_codes": lease.unit_codes}
        _refresh_totals(lease, [lu.unit for lu in lease.units])
        after = {"area": _plain_area(lease.area), "unit_codes": lease.unit_codes}
        audit.record(
            s,
            ctx,
            "update",
            "lease",
            lease.id,
            audit.diff(before, after),
            f"{lease.reference}: a unit's area or code changed",
        )


def _plain_area(area: Decimal) -> str:
    return str(Decimal(area).quantize(Decimal("0.01")))


# Any constant: the key of the advisory lock that serialises lease numbering on PostgreSQL.
_NUMBERING_LOCK = 7_421_001


def _next_reference(s: Session, start: dt.date) -> str:
    """The next free reference for the start year, e.g. ``L2026-00042``.

    Two workstations leasing different units must not draw the same number: PostgreSQL takes a
    transaction-scoped advisory lock first; SQLite's write transactions are already serial.
    """
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _NUMBERING_LOCK})
    prefix = f"L{start.year}-"
    last = s.scalar(select(func.max(Lease.reference)).where(Lease.reference.like(f"{prefix}%")))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:05d}"


def create_lease(ctx: AppContext, data: LeaseInput) -> LeaseView:
    """Record a new lease (signed, or a draft that holds no unit yet)."""
    require(ctx, "lease.create")
    with ctx.db.write() as s:
        return view(_create_lease_in(s, ctx, data))


def _create_lease_in(s: Session, ctx: AppContext, data: LeaseInput) -> Lease:
    """Check (clashes included) and add a lease inside the caller's unit of work."""
    errors: dict[str, str] = {}
    clean = _clean(s, data, errors)
    if not data.draft:
        _check_clashes(s, clean, None, errors)
    if errors:
        raise ValidationError(errors)
    lease = Lease(
        reference=_next_reference(s, clean["start_date"]),
        stage="draft" if data.draft else "signed",
        termination_reason="",
    )
    _apply(lease, clean)
    s.add(lease)
    s.flush()
    audit.record(
        s,
        ctx,
        "create",
        "lease",
        lease.id,
        audit.diff({}, _snapshot(lease)),
        f"{lease.reference} {clean['company'].name_en}",
    )
    return lease


def update_lease(
    ctx: AppContext, lease_id: int, data: LeaseInput, expected_version: int | None = None
) -> LeaseView:
    """Edit a draft or signed lease; a terminated lease is closed to edits.

    ``expected_version`` (the version the form was loaded from) refuses a save over changes
    someone else made in the meantime.
    """
    require(ctx, "lease.update", lease_id)
    errors: dict[str, str] = {}
    with ctx.db.write() as s:
        lease = _load(s, lease_id, lock=True)
        audit.check_version(s, lease, "lease", expected_version, f"Lease {lease.reference}")
        if lease.stage == "terminated":
            raise ConflictError("A terminated lease cannot be edited", "stage")
        before = _snapshot(lease)
        clean = _clean(s, data, errors, frozenset(lu.unit_id for lu in lease.units))
        renewal = s.scalar(select(Lease.reference).where(Lease.renewal_of_id == lease.id))
        if renewal and clean["end_date"] != lease.end_date and "end_date" not in errors:
            errors["end_date"] = (
                f"The end date is fixed: {renewal} renews this lease from {lease.end_date}"
            )
        if lease.stage == "signed":
            _check_clashes(s, clean, lease.id, errors)
        if errors:
            raise ValidationError(errors)
        _apply(lease, clean)
        if audit.diff(before, _snapshot(lease)):
            # Rent steps live in their own table: a change to them alone is a new version too.
            flag_modified(lease, "notes")
        s.flush()
        audit.record(
            s,
            ctx,
            "update",
            "lease",
            lease.id,
            audit.diff(before, _snapshot(lease)),
            lease.reference,
        )
        billing_charges.follow_lease(s, ctx, lease)  # scheduled charges follow; issued: credit
        return view(lease)


def sign_lease(ctx: AppContext, lease_id: int) -> LeaseView:
    """A draft becomes signed, holding its units (checked for clashes now)."""
    require(ctx, "lease.sign", lease_id)
    with ctx.db.write() as s:
        lease = _load(s, lease_id, lock=True)
        if lease.stage != "draft":
            raise ConflictError(f"Lease {lease.reference} is not a draft", "stage")
        units = list(
            s.scalars(
                select(Unit)
                .where(Unit.id.in_([lu.unit_id for lu in lease.units]))
                .with_for_update()
            )
        )
        errors: dict[str, str] = {}
        out = sorted(u.code for u in units if not u.in_service)
        if out:
            errors["unit_ids"] = f"Unit(s) out of service: {', '.join(out)}"
        _check_clashes(
            s,
            {"units": units, "start_date": lease.start_date, "end_date": lease.end_date},
            lease.id,
            errors,
        )
        if errors:
            raise ValidationError(errors)
        before = _snapshot(lease)
        lease.stage = "signed"
        s.flush()
        audit.record(
            s, ctx, "sign", "lease", lease.id, audit.diff(before, _snapshot(lease)), lease.reference
        )
        return view(lease)


def renew_lease(
    ctx: AppContext,
    lease_id: int,
    new_end: dt.date | None,
    rent: Decimal | str | None = None,
    rent_basis: str = "month",
    deposit: Decimal | str | None = None,
    notes: str = "",
    expected_version: int | None = None,
) -> LeaseView:
    """A new lease for the same company and units, from the old lease's end to ``new_end``."""
    require(ctx, "lease.renew", lease_id)
    with ctx.db.write() as s:
        old = _load(s, lease_id, lock=True)
        audit.check_version(s, old, "lease", expected_version, f"Lease {old.reference}")
        if old.stage != "signed":
            raise ConflictError(
                f"Only a signed lease can be renewed ({old.reference} is {old.stage})", "stage"
            )
        existing = s.scalar(select(Lease.reference).where(Lease.renewal_of_id == old.id))
        if existing:
            raise ConflictError(f"{old.reference} has already been renewed as {existing}", "stage")
        current_rate = rate_on(
            old.rent_per_m2_month,
            [(r.effective_from, r.rent_per_m2_month) for r in old.rent_steps],
            old.end_date - dt.timedelta(days=1),
        )
        data = LeaseInput(
            company_id=old.company_id,
            unit_ids=[lu.unit_id for lu in old.units],
            start_date=old.end_date,
            end_date=new_end,
            rent=current_rate if rent is None else rent,
            rent_basis="month" if rent is None else rent_basis,
            deposit=old.deposit if deposit is None else deposit,
            notes=notes or f"Renewal of {old.reference}",
        )
        errors: dict[str, str] = {}
        clean = _clean(s, data, errors)
        _check_clashes(s, clean, None, errors)
        if errors:
            raise ValidationError(errors)
        new = Lease(
            reference=_next_reference(s, old.end_date),
            stage="signed",
            renewal_of_id=old.id,
            termination_reason="",
        )
        _apply(new, clean)
        s.add(new)
        s.flush()
        audit.record(
            s,
            ctx,
            "renew",
            "lease",
            new.id,
            audit.diff({}, _snapshot(new)),
            f"{new.reference} renews {old.reference}",
        )
        audit.record(
            s,
            ctx,
            "renewed",
            "lease",
            old.id,
            {"renewed_by": [None, new.reference]},
            f"{old.reference} renewed as {new.reference}",
        )
        return view(new)


def terminate_lease(
    ctx: AppContext,
    lease_id: int,
    on: dt.date | None,
    reason: str,
    expected_version: int | None = None,
) -> LeaseView:
    """End a signed lease early: its end moves to ``on`` (it holds the units until then)."""
    require(ctx, "lease.terminate", lease_id)
    errors: dict[str, str] = {}
    with ctx.db.write() as s:
        lease = _load(s, lease_id, lock=True)
        audit.check_version(s, lease, "lease", expected_version, f"Lease {lease.reference}")
        if lease.stage != "signed":
            raise ConflictError(
                f"Only a signed lease can be terminated ({lease.reference} is {lease.stage})",
                "stage",
            )
        if on is None:
            errors["terminated_on"] = "Termination date is required"
        elif on <= lease.start_date:
            errors["terminated_on"] = (
                f"Termination date must be after the start ({lease.start_date})"
            )
        elif on >= lease.end_date:
            errors["terminated_on"] = (
                f"Termination date must be before the current end ({lease.end_date})"
            )
        if not reason.strip():
            errors["termination_reason"] = "Give the reason for the termination"
        renewal = s.scalar(select(Lease.reference).where(Lease.renewal_of_id == lease.id))
        if renewal and "terminated_on" not in errors:
            errors["terminated_on"] = (
                f"{lease.reference} has been renewed as {renewal}; terminate that"
            )
        if errors:
            raise ValidationError(errors)
        before = _snapshot(lease)
        lease.stage = "terminated"
        lease.terminated_on = on
        lease.end_date = on
        lease.termination_reason = reason.strip()
        lease.rent_steps = [r for r in lease.rent_steps if r.effective_from < on]
        s.flush()
        audit.record(
            s,
            ctx,
            "terminate",
            "lease",
            lease.id,
            audit.diff(before, _snapshot(lease)),
            f"{lease.reference} terminated on {on}: {reason.strip()}",
        )
        billing_charges.follow_lease(s, ctx, lease)  # charges stop from the termination date
        return view(lease)


def delete_draft(ctx: AppContext, lease_id: int) -> None:
    """Discard a draft lease (signed leases are terminated, never deleted)."""
    require(ctx, "lease.delete_draft", lease_id)
    with ctx.db.write() as s:
        lease = _load(s, lease_id, lock=True)
        if lease.stage != "draft":
            raise ConflictError("Only a draft lease can be deleted", "stage")
        before = _snapshot(lease)
        s.delete(lease)
        audit.record(s, ctx, "delete", "lease", lease_id, audit.diff(before, {}), lease.reference)
