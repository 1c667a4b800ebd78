"""Paged, sorted and filtered lists of units, companies and leases, for the list views.

Each list runs in two steps inside one read unit of work: first the ids of one page (filters,
search, ``ORDER BY`` an indexed column with the id as tie-break, ``LIMIT``), then the details of
just those rows (tenants, rent steps, totals). Sort keys are a whitelist mapped to indexed
columns, so no list ever sorts a whole table. The lease list, built for a million rows, lives
in ``lease_listing``; the query type and SQL helpers in ``listing_sql``. Everything a list view
needs is importable from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, or_, select

from adminapp.models import (
    SEGMENTS,
    STAGES,
    UNIT_KINDS,
    Building,
    Company,
    Floor,
    Lease,
    LeaseUnit,
    Unit,
)
from adminapp.services.context import AppContext
from adminapp.services.lease_listing import LEASE_SORTS, LeaseRow, count_leases, list_leases
from adminapp.services.lease_terms import LEASE_STATUSES, in_force
from adminapp.services.listing_sql import (
    PAGE_SIZE,
    ListQuery,
    check_query,
    contains,
    in_force_rows,
    noidx,
    order_by,
)

__all__ = [
    "LEASE_SORTS",
    "LEASE_STATUSES",
    "PAGE_SIZE",
    "SEGMENTS",
    "STAGES",
    "UNIT_KINDS",
    "CompanyRow",
    "FloorChoice",
    "LeaseRow",
    "ListQuery",
    "UnitRow",
    "count_companies",
    "count_leases",
    "count_units",
    "list_companies",
    "list_floor_choices",
    "list_leases",
    "list_units",
]


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    floor_id: int
    floor_label: str
    kind: str
    rentable_area: Decimal
    in_service: bool
    tenant_id: int | None
    tenant_name: str
    tenant_name_zh: str
    lease_id: int | None
    lease_reference: str
    lease_end: dt.date | None


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name_en: str
    name_zh: str
    credit_code: str
    segment: str
    stage: str
    admitted_on: dt.date | None
    graduated_on: dt.date | None
    active_leases: int
    leased_area: Decimal


# ---------------------------------------------------------------------------------------------
# Floors, for the filter pickers


@dataclass(frozen=True)
class FloorChoice:
    id: int
    label: str
    level: int
    building_id: int
    building_name: str


def list_floor_choices(ctx: AppContext) -> list[FloorChoice]:
    """Every floor, building by building and top floor first (as on a lift panel).

    Unlike ``building.list_floors`` it adds up no areas, so it stays instant however many
    units there are.
    """
    with ctx.db.read() as s:
        rows = s.execute(
            select(Floor.id, Floor.label, Floor.level, Floor.building_id, Building.name)
            .join(Building, Building.id == Floor.building_id)
            .order_by(Floor.building_id, Floor.level.desc())
        )
        return [FloorChoice(*r) for r in rows]


# ---------------------------------------------------------------------------------------------
# Units


UNIT_SORTS: dict[str, list[ColumnElement]] = {
    "code": [Unit.code],
    "floor": [Floor.level, Unit.code],
    "kind": [Unit.kind, Unit.code],
    "area": [Unit.rentable_area],
}
UNIT_FILTERS = {"floor_id", "kind", "in_service", "occupancy"}


def _leased_unit_ids(as_of: dt.date) -> Select:
    in_force_ids = select(Lease.id).where(in_force(as_of))
    return select(LeaseUnit.unit_id).where(LeaseUnit.lease_id.in_(in_force_ids))


def _units_where(q: ListQuery) -> list[ColumnElement[bool]]:
    as_of = q.on()
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "floor_id" in f:
        where.append(Unit.floor_id == int(f["floor_id"]))
    if "kind" in f:
        where.append(Unit.kind == f["kind"])
    if "in_service" in f:
        where.append(Unit.in_service.is_(bool(f["in_service"])))
    if f.get("occupancy") == "vacant":
        where += [Unit.in_service.is_(True), Unit.id.not_in(_leased_unit_ids(as_of))]
    elif f.get("occupancy") == "leased":
        where.append(Unit.id.in_(_leased_unit_ids(as_of)))
    elif "occupancy" in f:
        raise ValueError(f"occupancy filter must be 'vacant' or 'leased', not {f['occupancy']!r}")
    text = q.search.strip()
    if text:
        matching = select(Company.id).where(
            or_(contains(Company.name_en, text), contains(Company.name_zh, text))
        )
        tenants = select(LeaseUnit.unit_id).where(
            LeaseUnit.lease_id.in_(
                select(Lease.id).where(in_force(as_of), noidx(Lease.company_id).in_(matching))
            )
        )
        where.append(or_(contains(Unit.code, text), Unit.id.in_(tenants)))
    return where


def list_units(ctx: AppContext, q: ListQuery) -> list[UnitRow]:
    """One page of units with the tenant holding each on ``q.as_of``.

    Filters: ``floor_id``, ``kind``, ``in_service`` (bool), ``occupancy`` ("vacant": in service
    and not leased; "leased"). Search matches the unit code and the current tenant's names.
    Sort keys: code, floor (default), kind, area.
    """
    check_query("units", q, UNIT_SORTS, UNIT_FILTERS)
    cols = UNIT_SORTS[q.sort or "floor"] + [Unit.id]
    ids_q = (
        select(Unit.id)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(*_units_where(q))
        .order_by(*order_by(cols, q.descending))
        .offset(q.offset)
        .limit(q.limit)
    )
    as_of = q.on()
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        if not ids:
            return []
        units = {
            u.id: (u, label)
            for u, label in s.execute(select(Unit, Floor.label).join(Floor).where(Unit.id.in_(ids)))
        }
        tenants: dict[int, tuple] = {}
        for row in s.execute(
            select(
                LeaseUnit.unit_id,
                Lease.id,
                Lease.reference,
                Lease.end_date,
                Company.id,
                Company.name_en,
                Company.name_zh,
            )
            .join(Lease, Lease.id == LeaseUnit.lease_id)
            .join(Company, Company.id == Lease.company_id)
            .where(LeaseUnit.unit_id.in_(ids), in_force_rows(as_of))
            .order_by(Lease.start_date)
        ):
            tenants.setdefault(row[0], row[1:])
    rows = []
    for i in ids:
        u, label = units[i]
        lease_id, ref, end, cid, name, name_zh = tenants.get(i, (None, "", None, None, "", ""))
        rows.append(
            UnitRow(
                u.id,
                u.code,
                u.floor_id,
                label,
                u.kind,
                Decimal(u.rentable_area),
                u.in_service,
                cid,
                name,
                name_zh,
                lease_id,
                ref,
                end,
            )
        )
    return rows


def count_units(ctx: AppContext, q: ListQuery) -> int:
    """How many units ``list_units`` would list over all its pages."""
    check_query("units", q, UNIT_SORTS, UNIT_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Unit.id)).where(*_units_where(q)))


# ---------------------------------------------------------------------------------------------
# Companies


COMPANY_SORTS: dict[str, list[ColumnElement]] = {
    "name_en": [Company.name_en],
    "name_zh": [Company.name_zh],
    "credit_code": [Company.credit_code],
    "segment": [Company.segment, Company.name_en],
    "admitted_on": [Company.admitted_on],
}
COMPANY_FILTERS = {"segment", "stage", "tenants_only"}


def _companies_where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "segment" in f:
        where.append(Company.segment == f["segment"])
    if "stage" in f:
        where.append(Company.stage == f["stage"])
    if f.get("tenants_only"):
        where.append(Company.id.in_(select(Lease.company_id).where(in_force(q.on()))))
    text = q.search.strip()
    if text:
        where.append(
            or_(
                contains(Company.name_en, text),
                contains(Company.name_zh, text),
                contains(Company.credit_code, text),
            )
        )
    return where


def list_companies(ctx: AppContext, q: ListQuery) -> list[CompanyRow]:
    """One page of companies with their leases in force on ``q.as_of`` (count and area).

    Filters: ``segment``, ``stage``, ``tenants_only`` (bool: a lease in force). Search matches
    English and Chinese names and the credit code. Sort keys: name_en (default), name_zh,
    credit_code, segment, admitted_on.
    """
    check_query("companies", q, COMPANY_SORTS, COMPANY_FILTERS)
    cols = COMPANY_SORTS[q.sort or "name_en"] + [Company.id]
    ids_q = (
        select(Company.id)
        .where(*_companies_where(q))
        .order_by(*order_by(cols, q.descending))
        .offset(q.offset)
        .limit(q.limit)
    )
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        if not ids:
            return []
        companies = {c.id: c for c in s.scalars(select(Company).where(Company.id.in_(ids)))}
        totals = {
            cid: (n, Decimal(area or 0))
            for cid, n, area in s.execute(
                select(Lease.company_id, func.count(Lease.id), func.sum(Lease.area))
                .where(Lease.company_id.in_(ids), in_force_rows(q.on()))
                .group_by(Lease.company_id)
            )
        }
    rows = []
    for i in ids:
        c = companies[i]
        n, area = totals.get(i, (0, Decimal(0)))
        rows.append(
            CompanyRow(
                c.id,
                c.name_en,
                c.name_zh,
                c.credit_code,
                c.segment,
                c.stage,
                c.admitted_on,
                c.graduated_on,
                n,
                area,
            )
        )
    return rows


def count_companies(ctx: AppContext, q: ListQuery) -> int:
    """How many companies ``list_companies`` would list over all its pages."""
    check_query("companies", q, COMPANY_SORTS, COMPANY_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(Company.id)).where(*_companies_where(q)))
