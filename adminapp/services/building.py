"""The building, its floors and its units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adminapp.errors import NotFound, ValidationError
from adminapp.models import UNIT_KINDS, Building, Floor, Unit
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.context import AppContext

FLOOR_LABEL = re.compile(r"^(B[1-9]|[1-9][0-9]?)$")
UNIT_CODE = re.compile(r"^[0-9A-Z]{1,6}(-[0-9A-Z]{1,6}){1,3}$")


@dataclass(frozen=True)
class FloorView:
    id: int
    building_id: int
    label: str
    level: int
    gross_area: Decimal
    load_factor: Decimal
    rentable_area: Decimal
    unit_count: int


@dataclass(frozen=True)
class UnitView:
    id: int
    floor_id: int
    floor_label: str
    code: str
    kind: str
    rentable_area: Decimal
    in_service: bool
    notes: str
    version: int


@dataclass
class UnitInput:
    floor_id: int | None
    code: str
    kind: str
    rentable_area: Decimal | str
    in_service: bool = True
    notes: str = ""


@dataclass
class FloorInput:
    building_id: int | None
    label: str
    gross_area: Decimal | str
    load_factor: Decimal | str = Decimal("0.70")


@dataclass(frozen=True)
class BuildingView:
    id: int
    name: str
    name_zh: str
    gross_area: Decimal
    floors_gross_area: Decimal
    floors: list[FloorView] = field(default_factory=list)


def floor_level(label: str) -> int:
    """B2 → -2, B1 → -1, 7 → 7: the order floors are shown in."""
    return -int(label[1:]) if label.startswith("B") else int(label)


def floor_prefix(label: str) -> str:
    """The unit-code prefix for a floor: ``7F-`` for floor 7, ``B1-`` for B1."""
    return f"{label}-" if label.startswith("B") else f"{label}F-"


def unit_sort_key(code: str) -> str:
    """A text key that sorts unit codes as people read them: B2, B1, 1F, 2F ... 10F, then T2-...

    Numbers are zero-padded; a basement segment ``B1`` becomes ``!9998`` (before any digit,
    deeper basements first).
    """

    def segment(seg: str) -> str:
        basement = re.fullmatch(r"B(\d+)", seg)
        if basement:
            return "!" + str(9999 - int(basement.group(1))).zfill(4)
        return re.sub(r"\d+", lambda m: m.group().zfill(4), seg)

    return "-".join(segment(s) for s in code.split("-"))


def lease_unit_labels(codes: list[str]) -> tuple[str, str]:
    """(codes joined for display in reading order, a sort key for that list)."""
    ordered = sorted(codes, key=unit_sort_key)
    return ", ".join(ordered), ",".join(unit_sort_key(c) for c in ordered)[:120]


def _on_floor(code: str, label: str) -> bool:
    """``7F-12`` (or ``T2-7F-12`` in a second tower) is on floor 7."""
    prefix = floor_prefix(label)
    return code.startswith(prefix) or f"-{prefix}" in code


# The fields whose "… must be a number" names them (as the message writes them): listed so the
# Chinese catalogue (scripts/domain_messages.py) has their words too.
NUMBER_FIELD_LABELS = (
    "Amount",
    "Approved amount",
    "Budgets",
    "Cap per company year",
    "Cap percent",
    "Criteria",
    "Deposit",
    "Eligible cost",
    "Gross area",
    "Hours",
    "Load factor",
    "Rent",
    "Rent steps",
    "Rentable area",
    "Requested amount",
)


def parse_decimal(
    value: Decimal | str | int | float | None, name: str, errors: dict, places: int = 4
) -> Decimal:
    """A Decimal from user input (rounded to ``places``), or an error recorded under ``name``."""
    if isinstance(value, Decimal):
        value = str(value)
    try:
        text = str(value).replace(",", "").replace("¥", "").strip()
        if not text:
            raise InvalidOperation
        result = Decimal(text)
        if not result.is_finite():
            raise InvalidOperation
        return result.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        errors[name] = f"{name.replace('_', ' ').capitalize()} must be a number"
        return Decimal(0)


def create_building(ctx: AppContext, name: str, gross_area: Decimal, name_zh: str = "") -> int:
    require(ctx, "building.create")
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Name is required"
    if gross_area <= 0:
        errors["gross_area"] = "Gross area must be greater than zero"
    if errors:
        raise ValidationError(errors)
    with ctx.db.write() as s:
        b = Building(name=name.strip(), name_zh=name_zh.strip(), gross_area=gross_area)
        s.add(b)
        s.flush()
        audit.record(
            s, ctx, "create", "building", b.id, audit.diff({}, audit.snapshot(b, FIELDS_B))
        )
        return b.id


FIELDS_B = ("name", "name_zh", "address", "gross_area")
FIELDS_F = ("building_id", "label", "level", "gross_area", "load_factor")
FIELDS_U = ("floor_id", "code", "kind", "rentable_area", "in_service", "notes")


def _floor_view(s: Session, f: Floor) -> FloorView:
    rentable, count = s.execute(
        select(func.coalesce(func.sum(Unit.rentable_area), 0), func.count(Unit.id)).where(
            Unit.floor_id == f.id
        )
    ).one()
    return FloorView(
        f.id, f.building_id, f.label, f.level, f.gross_area, f.load_factor, Decimal(rentable), count
    )


def list_floors(ctx: AppContext, building_id: int | None = None) -> list[FloorView]:
    """Floors bottom to top, with their units' rentable area."""
    with ctx.db.read() as s:
        q = (
            select(
                Floor,
                func.coalesce(func.sum(Unit.rentable_area), 0),
                func.count(Unit.id),
            )
            .outerjoin(Unit, Unit.floor_id == Floor.id)
            .group_by(Floor.id)
            .order_by(Floor.building_id, Floor.level)
        )
        if building_id is not None:
            q = q.where(Floor.building_id == building_id)
        return [
            FloorView(
                f.id, f.building_id, f.label, f.level, f.gross_area, f.load_factor, Decimal(r), n
            )
            for f, r, n in s.execute(q)
        ]


def get_building(ctx: AppContext, building_id: int | None = None) -> BuildingView:
    """The building (the first one when no id is given) with its floors."""
    with ctx.db.read() as s:
        b = (
            s.get(Building, building_id)
            if building_id
            else s.scalars(select(Building).order_by(Building.id)).first()
        )
        if b is None:
            raise NotFound("No building has been set up yet")
        floors_gross = s.scalar(
            select(func.coalesce(func.sum(Floor.gross_area), 0)).where(Floor.building_id == b.id)
        )
        bid = b.id
        view = (b.name, b.name_zh, b.gross_area, Decimal(floors_gross))
    return BuildingView(bid, *view, floors=list_floors(ctx, bid))


def _validate_floor(s: Session, data: FloorInput, floor_id: int | None) -> tuple[dict, dict]:
    errors: dict[str, str] = {}
    label = data.label.strip().upper()
    if not FLOOR_LABEL.match(label):
        errors["label"] = "Floor label must be 1-99 or B1-B9"
    gross = parse_decimal(data.gross_area, "gross_area", errors, places=2)
    lf = parse_decimal(data.load_factor, "load_factor", errors)
    if "gross_area" not in errors and gross <= 0:
        errors["gross_area"] = "Gross area must be greater than zero"
    if "load_factor" not in errors and not (0 < lf <= 1):
        errors["load_factor"] = "Load factor must be above 0 and at most 1 (e.g. 0.70)"
    building = s.get(Building, data.building_id) if data.building_id else None
    if building is None:
        errors["building_id"] = "Building does not exist"
    if not errors:
        dup = s.scalar(
            select(Floor.id).where(
                Floor.building_id == building.id, Floor.label == label, Floor.id != (floor_id or 0)
            )
        )
        if dup:
            errors["label"] = f"Floor {label} already exists"
        others = s.scalar(
            select(func.coalesce(func.sum(Floor.gross_area), 0)).where(
                Floor.building_id == building.id, Floor.id != (floor_id or 0)
            )
        )
        if Decimal(others) + gross > building.gross_area:
            errors["gross_area"] = (
                f"Floors would total {Decimal(others) + gross:,.2f} m², more than the "
                f"building's {building.gross_area:,.2f} m²"
            )
        if floor_id:
            current = s.get(Floor, floor_id)
            has_units = s.scalar(select(Unit.id).where(Unit.floor_id == floor_id).limit(1))
            if current is not None and current.label != label and has_units:
                errors["label"] = (
                    f"Floor {current.label} has units whose codes name it; "
                    "a floor with units cannot be relabelled"
                )
            units_area = s.scalar(
                select(func.coalesce(func.sum(Unit.rentable_area), 0)).where(
                    Unit.floor_id == floor_id
                )
            )
            if Decimal(units_area) > gross:
                errors["gross_area"] = (
                    f"Units on this floor already have {Decimal(units_area):,.2f} m² rentable area"
                )
    clean = {
        "building_id": data.building_id,
        "label": label,
        "level": floor_level(label) if "label" not in errors else 0,
        "gross_area": gross,
        "load_factor": lf,
    }
    return clean, errors


def create_floor(ctx: AppContext, data: FloorInput) -> FloorView:
    """Add a floor; the building's floors may not exceed its gross area."""
    require(ctx, "floor.create")
    with ctx.db.write() as s:
        clean, errors = _validate_floor(s, data, None)
        if errors:
            raise ValidationError(errors)
        f = Floor(**clean)
        s.add(f)
        s.flush()
        audit.record(
            s,
            ctx,
            "create",
            "floor",
            f.id,
            audit.diff({}, audit.snapshot(f, FIELDS_F)),
            f"Floor {f.label}",
        )
        return _floor_view(s, f)


def update_floor(
    ctx: AppContext, floor_id: int, data: FloorInput, expected_version: int | None = None
) -> FloorView:
    require(ctx, "floor.update", floor_id)
    with ctx.db.write() as s:
        f = s.get(Floor, floor_id)
        if f is None:
            raise NotFound(f"Floor {floor_id} does not exist")
        audit.check_version(s, f, "floor", expected_version, f"Floor {f.label}")
        data.building_id = f.building_id
        clean, errors = _validate_floor(s, data, floor_id)
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(f, FIELDS_F)
        for k, v in clean.items():
            setattr(f, k, v)
        s.flush()
        audit.record(
            s,
            ctx,
            "update",
            "floor",
            f.id,
            audit.diff(before, audit.snapshot(f, FIELDS_F)),
            f"Floor {f.label}",
        )
        return _floor_view(s, f)


def _validate_unit(s: Session, data: UnitInput, unit_id: int | None) -> tuple[dict, dict]:
    errors: dict[str, str] = {}
    code = data.code.strip().upper()
    floor = s.get(Floor, data.floor_id) if data.floor_id else None
    if floor is None:
        errors["floor_id"] = "Choose the floor the unit is on"
    if not code:
        errors["code"] = "Unit code is required (e.g. 7F-12)"
    elif not UNIT_CODE.match(code):
        errors["code"] = "Unit code must look like 7F-12 or B1-03"
    elif floor is not None and not _on_floor(code, floor.label):
        errors["code"] = (
            f"Units on floor {floor.label} have codes starting {floor_prefix(floor.label)}"
        )
    if "code" not in errors:
        dup = s.scalar(select(Unit.id).where(Unit.code == code, Unit.id != (unit_id or 0)))
        if dup:
            errors["code"] = f"Unit {code} already exists"
    if data.kind not in UNIT_KINDS:
        errors["kind"] = f"Kind must be one of: {', '.join(UNIT_KINDS)}"
    area = parse_decimal(data.rentable_area, "rentable_area", errors, places=2)
    if "rentable_area" not in errors and area <= 0:
        errors["rentable_area"] = "Rentable area must be greater than zero"
    if floor is not None and "rentable_area" not in errors:
        others = s.scalar(
            select(func.coalesce(func.sum(Unit.rentable_area), 0)).where(
                Unit.floor_id == floor.id, Unit.id != (unit_id or 0)
            )
        )
        if Decimal(others) + area > floor.gross_area:
            errors["rentable_area"] = (
                f"Floor {floor.label} would have {Decimal(others) + area:,.2f} m² rentable, "
                f"more than its {floor.gross_area:,.2f} m² gross area"
            )
    clean = {
        "floor_id": data.floor_id,
        "code": code,
        "kind": data.kind,
        "rentable_area": area,
        "in_service": bool(data.in_service),
        "notes": data.notes.strip(),
    }
    return clean, errors


def _unit_view(u: Unit) -> UnitView:
    return UnitView(
        u.id,
        u.floor_id,
        u.floor.label,
        u.code,
        u.kind,
        u.rentable_area,
        u.in_service,
        u.notes,
        u.version,
    )


def create_unit(ctx: AppContext, data: UnitInput) -> UnitView:
    """Add a unit; a floor's units may not exceed the floor's gross area."""
    require(ctx, "unit.create")
    with ctx.db.write() as s:
        return _unit_view(_create_unit_in(s, ctx, data))


def _create_unit_in(s: Session, ctx: AppContext, data: UnitInput) -> Unit:
    """Check and add a unit inside the caller's unit of work (the importer shares it)."""
    clean, errors = _validate_unit(s, data, None)
    if errors:
        raise ValidationError(errors)
    u = Unit(**clean)
    s.add(u)
    s.flush()
    audit.record(
        s,
        ctx,
        "create",
        "unit",
        u.id,
        audit.diff({}, audit.snapshot(u, FIELDS_U)),
        f"Unit {u.code}",
    )
    return u


def update_unit(
    ctx: AppContext, unit_id: int, data: UnitInput, expected_version: int | None = None
) -> UnitView:
    """Save a unit's edits; ``expected_version`` refuses a save over someone else's."""
    require(ctx, "unit.update", unit_id)
    with ctx.db.write() as s:
        u = s.get(Unit, unit_id)
        if u is None:
            raise NotFound(f"Unit {unit_id} does not exist")
        audit.check_version(s, u, "unit", expected_version, f"Unit {u.code}")
        clean, errors = _validate_unit(s, data, unit_id)
        if u.in_service and not clean["in_service"]:
            holder = _holding_lease(s, u.id)
            if holder:
                errors["in_service"] = (
                    f"Unit {u.code} is leased under {holder[0]} until {holder[1]}; "
                    "end or move that lease before taking the unit out of service"
                )
        if errors:
            raise ValidationError(errors)
        before = audit.snapshot(u, FIELDS_U)
        for k, v in clean.items():
            setattr(u, k, v)
        s.flush()
        after = audit.snapshot(u, FIELDS_U)
        audit.record(s, ctx, "update", "unit", u.id, audit.diff(before, after), f"Unit {u.code}")
        if before["rentable_area"] != after["rentable_area"] or before["code"] != after["code"]:
            from adminapp.services.leases import refresh_lease_totals_for_unit

            refresh_lease_totals_for_unit(s, ctx, u.id)
        return _unit_view(u)


def _holding_lease(s: Session, unit_id: int) -> tuple[str, object] | None:
    """(reference, end) of a signed lease holding the unit today or later, if any."""
    from adminapp.models import Lease, LeaseUnit
    from adminapp.services.context import centre_today

    row = s.execute(
        select(Lease.reference, Lease.end_date)
        .join(LeaseUnit, LeaseUnit.lease_id == Lease.id)
        .where(
            LeaseUnit.unit_id == unit_id,
            Lease.stage != "draft",
            Lease.end_date > centre_today(),
        )
        .order_by(Lease.end_date.desc())
        .limit(1)
    ).first()
    return tuple(row) if row else None


def get_unit(ctx: AppContext, unit_id: int) -> UnitView:
    with ctx.db.read() as s:
        u = s.get(Unit, unit_id)
        if u is None:
            raise NotFound(f"Unit {unit_id} does not exist")
        return _unit_view(u)


def list_units_brief(ctx: AppContext, in_service_only: bool = True) -> list[UnitView]:
    """All units, for pickers (a building has hundreds, not millions)."""
    with ctx.db.read() as s:
        q = select(Unit, Floor.label).join(Floor).order_by(Floor.level, Unit.code)
        if in_service_only:
            q = q.where(Unit.in_service.is_(True))
        return [
            UnitView(
                u.id,
                u.floor_id,
                label,
                u.code,
                u.kind,
                u.rentable_area,
                u.in_service,
                u.notes,
                u.version,
            )
            for u, label in s.execute(q)
        ]


def has_building(ctx: AppContext) -> bool:
    """Whether the database holds any building yet (an empty database holds none)."""
    with ctx.db.read() as s:
        return s.scalar(select(Building.id).limit(1)) is not None
