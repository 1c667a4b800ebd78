"""Occupancy on any date: leased rentable area over rentable area, vacancies, expiries.

Only units in service count, in the leased area and in the rentable area alike. A unit is
leased on day D when a signed (or later terminated) lease holds it with start <= D < end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from adminapp.models import Company, Floor, Lease, LeaseUnit, Unit
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import in_force

EXPIRY_WINDOWS = (30, 60, 90)


@dataclass(frozen=True)
class FloorOccupancy:
    floor_id: int
    label: str
    level: int
    gross_area: Decimal
    rentable_area: Decimal
    leased_area: Decimal
    unit_count: int
    leased_units: int

    @property
    def vacant_area(self) -> Decimal:
        return self.rentable_area - self.leased_area

    @property
    def rate(self) -> Decimal:
        """Leased over rentable, as a fraction (0.8534 = 85.34 %)."""
        return _ratio(self.leased_area, self.rentable_area)


@dataclass(frozen=True)
class OccupancySummary:
    as_of: dt.date
    rentable_area: Decimal
    leased_area: Decimal
    unit_count: int
    leased_units: int
    floors: list[FloorOccupancy]
    expiring: dict[int, int]

    @property
    def vacant_area(self) -> Decimal:
        return self.rentable_area - self.leased_area

    @property
    def vacant_units(self) -> int:
        return self.unit_count - self.leased_units

    @property
    def rate(self) -> Decimal:
        return _ratio(self.leased_area, self.rentable_area)


@dataclass(frozen=True)
class VacantUnit:
    unit_id: int
    code: str
    floor_label: str
    kind: str
    rentable_area: Decimal
    next_lease_start: dt.date | None


@dataclass(frozen=True)
class ExpiringLease:
    lease_id: int
    reference: str
    company_name: str
    unit_codes: str
    area: Decimal
    end_date: dt.date
    days_left: int
    renewed: bool
    company_name_zh: str = ""


def _ratio(a: Decimal, b: Decimal) -> Decimal:
    return (Decimal(a) / Decimal(b)).quantize(Decimal("0.0001")) if b else Decimal(0)


def _leased_unit_ids(as_of: dt.date):  # noqa: ANN202
    return (
        select(LeaseUnit.unit_id)
        .join(Lease, Lease.id == LeaseUnit.lease_id)
        .where(in_force(as_of))
        .distinct()
    )


def occupancy(ctx: AppContext, as_of: dt.date) -> OccupancySummary:
    """Occupancy of the building and of each floor on ``as_of``."""
    leased_ids = _leased_unit_ids(as_of).subquery()
    is_leased = Unit.id.in_(select(leased_ids.c.unit_id))
    q = (
        select(
            Floor.id,
            Floor.label,
            Floor.level,
            Floor.gross_area,
            func.coalesce(func.sum(Unit.rentable_area), 0),
            func.coalesce(func.sum(case((is_leased, Unit.rentable_area), else_=0)), 0),
            func.count(Unit.id),
            func.coalesce(func.sum(case((is_leased, 1), else_=0)), 0),
        )
        .outerjoin(Unit, (Unit.floor_id == Floor.id) & Unit.in_service.is_(True))
        .group_by(Floor.id, Floor.label, Floor.level, Floor.gross_area)
        .order_by(Floor.level, Floor.id)
    )
    with ctx.db.read() as s:
        floors = [
            FloorOccupancy(
                fid,
                label,
                level,
                Decimal(gross),
                Decimal(rentable),
                Decimal(leased),
                int(n),
                int(nl),
            )
            for fid, label, level, gross, rentable, leased, n, nl in s.execute(q)
        ]
        expiring = _expiry_counts(s, as_of)
    return OccupancySummary(
        as_of=as_of,
        rentable_area=sum((f.rentable_area for f in floors), Decimal(0)),
        leased_area=sum((f.leased_area for f in floors), Decimal(0)),
        unit_count=sum(f.unit_count for f in floors),
        leased_units=sum(f.leased_units for f in floors),
        floors=floors,
        expiring=expiring,
    )


def not_renewed():  # noqa: ANN201
    """Leases no signed renewal follows: the ones whose end really frees their units."""
    nxt = aliased(Lease)
    return ~select(nxt.id).where(nxt.renewal_of_id == Lease.id, nxt.stage != "draft").exists()


def _expiry_counts(s, as_of: dt.date) -> dict[int, int]:  # noqa: ANN001
    """Leases in force ending within 30/60/90 days, not counting those already renewed."""
    counts = {}
    for days in EXPIRY_WINDOWS:
        counts[days] = s.scalar(
            select(func.count(Lease.id)).where(
                in_force(as_of), Lease.end_date <= as_of + dt.timedelta(days=days), not_renewed()
            )
        )
    return counts


def vacant_units(ctx: AppContext, as_of: dt.date) -> list[VacantUnit]:
    """In-service units no lease holds on ``as_of``, with the next lease start if one is signed."""
    leased = _leased_unit_ids(as_of)
    next_start = (
        select(func.min(Lease.start_date))
        .join(LeaseUnit, LeaseUnit.lease_id == Lease.id)
        .where(LeaseUnit.unit_id == Unit.id, Lease.stage != "draft", Lease.start_date > as_of)
        .scalar_subquery()
    )
    q = (
        select(Unit.id, Unit.code, Floor.label, Unit.kind, Unit.rentable_area, next_start)
        .join(Floor)
        .where(Unit.in_service.is_(True), Unit.id.not_in(leased))
        .order_by(Floor.level, Unit.code)
    )
    with ctx.db.read() as s:
        return [VacantUnit(*row) for row in s.execute(q)]


def expiring_leases(
    ctx: AppContext, as_of: dt.date, within_days: int = 90, *, include_renewed: bool = False
) -> list[ExpiringLease]:
    """Leases in force on ``as_of`` whose term ends within ``within_days`` days, soonest first.

    Leases a signed renewal follows are left out unless ``include_renewed``.
    """
    nxt = aliased(Lease)
    renewed = (
        select(func.count(nxt.id))
        .where(nxt.renewal_of_id == Lease.id, nxt.stage != "draft")
        .scalar_subquery()
    )
    q = (
        select(
            Lease.id,
            Lease.reference,
            Company.name_en,
            Lease.unit_codes,
            Lease.area,
            Lease.end_date,
            renewed,
            Company.name_zh,
        )
        .join(Company, Company.id == Lease.company_id)
        .where(in_force(as_of), Lease.end_date <= as_of + dt.timedelta(days=within_days))
        .order_by(Lease.end_date, Lease.reference)
    )
    if not include_renewed:
        q = q.where(not_renewed())
    with ctx.db.read() as s:
        return [
            ExpiringLease(
                i, ref, name, codes, Decimal(area), end, (end - as_of).days, bool(n), name_zh or ""
            )
            for i, ref, name, codes, area, end, n, name_zh in s.execute(q)
        ]
