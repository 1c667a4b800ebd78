"""The stacking plan: every floor, top to bottom, and on each its units with the lease in force.

One call gives the whole building on a date (a handful of queries, not one per unit): the
floors by level (highest first), each floor's units in code order with their area, whether
they are in service, the lease that holds them on the date (if any: reference, company, term,
monthly rent, expiry year) and the company's arrears. The colours the plan is drawn in are
worked out here too, so the screen and the workbook colour a unit the same way.
"""

from __future__ import annotations

import colorsys
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from adminapp import rent
from adminapp.models import Company, Floor, Lease, LeaseUnit, RentStep, Unit
from adminapp.services.billing.ledger import ZERO, positions
from adminapp.services.building import unit_sort_key
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import in_force, rate_on

MODES = ("tenant", "expiry", "vacancy", "arrears")

# Colours as hex strings (the GUI makes QColors of them; the workbook fills cells with them).
VACANT = "#eceff1"
OUT_OF_SERVICE = "#90a4ae"
LET = "#1e88e5"
NO_ARREARS = "#43a047"
IN_ARREARS = "#f9a825"
OVER_90 = "#d32f2f"
EXPIRY_COLOURS = ("#d32f2f", "#f57c00", "#fbc02d", "#9ccc65", "#388e3c")  # this year … +4 or later


@dataclass(frozen=True)
class UnitLease:
    """The lease that holds a unit on the plan's date."""

    lease_id: int
    reference: str
    company_id: int
    company_name: str
    company_name_zh: str
    start: dt.date
    end: dt.date  # exclusive: the last day is end − 1
    monthly_rent: Decimal  # the whole lease's, at the rate in force on the date
    area: Decimal  # the whole lease's rentable area

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def expiry_year(self) -> int:
        return self.last_day.year


@dataclass(frozen=True)
class PlanUnit:
    unit_id: int
    code: str
    kind: str
    rentable_area: Decimal
    in_service: bool
    lease: UnitLease | None
    arrears: Decimal = ZERO  # the tenant's arrears (all ages)
    over_90: Decimal = ZERO  # the tenant's arrears over 90 days

    @property
    def state(self) -> str:
        """let | vacant | out_of_service."""
        if not self.in_service:
            return "out_of_service"
        return "let" if self.lease is not None else "vacant"

    @property
    def arrears_state(self) -> str:
        """none | in_arrears | over_90 (only for a let unit; vacant units have no tenant)."""
        if self.over_90 > 0:
            return "over_90"
        return "in_arrears" if self.arrears > 0 else "none"


@dataclass(frozen=True)
class PlanFloor:
    floor_id: int
    label: str
    level: int
    units: list[PlanUnit]

    @property
    def rentable_area(self) -> Decimal:
        return sum((u.rentable_area for u in self.units), Decimal(0))


@dataclass(frozen=True)
class StackingPlan:
    as_of: dt.date
    floors: list[PlanFloor]  # highest level first

    @property
    def widest_area(self) -> Decimal:
        return max((f.rentable_area for f in self.floors), default=Decimal(0))

    def units(self) -> list[PlanUnit]:
        return [u for f in self.floors for u in f.units]


def stacking_plan(ctx: AppContext, as_of: dt.date) -> StackingPlan:
    """The building on ``as_of``: floors top to bottom, their units and who holds them."""
    units_q = (
        select(
            Floor.id,
            Floor.label,
            Floor.level,
            Unit.id,
            Unit.code,
            Unit.kind,
            Unit.rentable_area,
            Unit.in_service,
        )
        .outerjoin(Unit, Unit.floor_id == Floor.id)
        .order_by(Floor.level.desc(), Floor.id)
    )
    leases_q = (
        select(
            LeaseUnit.unit_id,
            Lease.id,
            Lease.reference,
            Lease.company_id,
            Company.name_en,
            Company.name_zh,
            Lease.start_date,
            Lease.end_date,
            Lease.rent_per_m2_month,
            Lease.area,
        )
        .join(Lease, Lease.id == LeaseUnit.lease_id)
        .join(Company, Company.id == Lease.company_id)
        .where(in_force(as_of))
        .order_by(Lease.start_date, Lease.id)
    )
    with ctx.db.read() as s:
        rows = s.execute(units_q).all()
        held = s.execute(leases_q).all()
        lease_ids = sorted({r[1] for r in held})
        steps: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
        if lease_ids:
            for lease_id, when, rate in s.execute(
                select(
                    RentStep.lease_id, RentStep.effective_from, RentStep.rent_per_m2_month
                ).where(RentStep.lease_id.in_(lease_ids))
            ):
                steps[lease_id].append((when, Decimal(rate)))
        company_ids = sorted({r[3] for r in held})
        accounts = positions(s, as_of, company_ids) if company_ids else {}

    by_unit: dict[int, UnitLease] = {}
    for unit_id, lid, ref, cid, en, zh, start, end, rate, area in held:
        current = rate_on(Decimal(rate), steps.get(lid, []), as_of)
        by_unit[unit_id] = UnitLease(
            lid, ref, cid, en, zh, start, end, rent.monthly_rent(current, Decimal(area)),
            Decimal(area),
        )  # fmt: skip

    floors: dict[int, PlanFloor] = {}
    for fid, label, level, uid, code, kind, area, ok in rows:
        floor = floors.get(fid)
        if floor is None:
            floor = floors[fid] = PlanFloor(fid, label, level, [])
        if uid is None:
            continue
        lease = by_unit.get(uid)
        account = accounts.get(lease.company_id) if lease else None
        floor.units.append(
            PlanUnit(
                uid,
                code,
                kind,
                Decimal(area),
                bool(ok),
                lease,
                max(account.arrears, ZERO) if account else ZERO,
                account.over_90 if account else ZERO,
            )
        )
    for floor in floors.values():
        floor.units.sort(key=lambda u: unit_sort_key(u.code))
    return StackingPlan(as_of, list(floors.values()))


# --- colours -----------------------------------------------------------------------------


def tenant_colour(company_id: int) -> str:
    """A stable colour per company: hues spread by the golden ratio, two lightnesses."""
    hue = (company_id * 0.618033988749895) % 1.0
    light = 0.48 if company_id % 2 else 0.62
    r, g, b = colorsys.hls_to_rgb(hue, light, 0.62)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def expiry_colour(year: int, as_of: dt.date) -> str:
    return EXPIRY_COLOURS[max(0, min(year - as_of.year, len(EXPIRY_COLOURS) - 1))]


def category(unit: PlanUnit, mode: str, as_of: dt.date) -> str:
    """The legend entry a unit falls in: ``vacant``, ``out_of_service``, or the mode's own
    (``let``; ``company:<id>``; ``year:<yyyy>``; ``none`` / ``in_arrears`` / ``over_90``)."""
    if mode not in MODES:
        raise ValueError(f"unknown colour mode {mode!r}; modes: {', '.join(MODES)}")
    if unit.lease is None:
        return unit.state
    if mode == "vacancy":
        return "let"
    if mode == "tenant":
        return f"company:{unit.lease.company_id}"
    if mode == "expiry":
        return f"year:{unit.lease.expiry_year}"
    return unit.arrears_state


def colour(unit: PlanUnit, mode: str, as_of: dt.date) -> str:
    return category_colour(category(unit, mode, as_of), as_of)


def category_colour(cat: str, as_of: dt.date) -> str:
    fixed = {
        "vacant": VACANT,
        "out_of_service": OUT_OF_SERVICE,
        "let": LET,
        "none": NO_ARREARS,
        "in_arrears": IN_ARREARS,
        "over_90": OVER_90,
    }
    if cat in fixed:
        return fixed[cat]
    kind, _, value = cat.partition(":")
    if kind == "company":
        return tenant_colour(int(value))
    return expiry_colour(int(value), as_of)


def legend(plan: StackingPlan, mode: str) -> list[tuple[str, str]]:
    """(category, colour) of what the plan shows in ``mode``, in reading order; the words for a
    category are the caller's (``company:<id>`` → the company's name, ``year:2027`` → 2027)."""
    seen: dict[str, None] = {}
    for u in plan.units():
        seen.setdefault(category(u, mode, plan.as_of), None)
    fixed = {
        "vacancy": ["let"],
        "arrears": ["none", "in_arrears", "over_90"],
    }.get(mode, [])
    own = [c for c in seen if c not in ("vacant", "out_of_service")]
    if mode == "expiry":
        own.sort(key=lambda c: int(c.split(":")[1]))
    elif mode == "tenant":
        names = {
            f"company:{u.lease.company_id}": u.lease.company_name for u in plan.units() if u.lease
        }
        own.sort(key=lambda c: names.get(c, "").lower())
    else:
        own = fixed
    # With a tenant each, the blanks come first (a long list is cut short on screen).
    cats = (
        ["vacant", "out_of_service"] + own
        if mode == "tenant"
        else own + ["vacant", "out_of_service"]
    )
    return [(c, category_colour(c, plan.as_of)) for c in cats]
