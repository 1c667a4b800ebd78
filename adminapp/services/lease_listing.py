"""The lease list: one page of leases, built to stay fast at 1,000,000 rows on SQLite.

SQLite's planner has no statistics unless ``ANALYZE`` ran, so the plan is chosen here: every
filter that an index can answer (a company, a unit, a status, a search, an expiry window) is a
*selector*; a capped count of each selector (at most ``SPARSE_LIMIT`` index entries) tells
whether the matches are few — then they are fetched through that index and sorted — or many —
then the sort index is walked in order and the filters are checked row by row until the page
is full. Pages after the first continue from the last row (keyset), so scrolling far down costs
no more than the first page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, union_all
from sqlalchemy.orm import Session

from adminapp import rent
from adminapp.models import Company, Lease, LeaseUnit, RentStep, Unit
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import LEASE_STATUSES, rate_on, status_expr
from adminapp.services.listing_sql import (
    ListQuery,
    after,
    check_query,
    contains,
    noidx,
    order_by,
)

# A selector matching at most this many leases drives the query; above it, the sort index does.
SPARSE_LIMIT = 3000
UNIT_CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")
# A count (no order to keep) is driven by an index selecting up to this many leases.
COUNT_DRIVE_LIMIT = 100_000
# Search matches among companies or units up to this many are passed on as a list of ids.
MATCH_LIST_MAX = 2000


@dataclass(frozen=True)
class LeaseRow:
    id: int
    reference: str
    company_id: int
    company_name: str
    company_name_zh: str
    unit_codes: str
    area: Decimal
    # The rate agreed at the start; rate_in_force is the one on the query's date (after
    # rent steps; the last one for a lease that has ended), and monthly_rent follows from it.
    rent_per_m2_month: Decimal
    monthly_rent: Decimal
    start_date: dt.date
    end_date: dt.date
    stage: str
    status: str
    deposit: Decimal
    rate_in_force: Decimal


LEASE_SORTS: dict[str, list[ColumnElement]] = {
    "reference": [Lease.reference],
    # Companies by name, then each company's leases by start: the join walks
    # ix_companies_name_en and then ix_leases_company_start, in order, with no sort.
    "company": [Company.name_en, Company.id, Lease.start_date],
    # Units as people read them, floor by floor (2F before 10F): see building.unit_sort_key.
    "units": [Lease.unit_sort],
    "area": [Lease.area],
    "start": [Lease.start_date],
    "end": [Lease.end_date],
}
LEASE_FILTERS = {"status", "floor_id", "company_id", "unit_id", "expiring_within"}


@dataclass
class _Condition:
    """One filter, twice: ``check`` tests a row; ``selector`` (when an index can answer) selects
    the ids of exactly the leases that pass it (an id may come more than once)."""

    check: ColumnElement[bool]
    selector: Select | None = None


@dataclass
class _LeaseFilter:
    conditions: list[_Condition] = field(default_factory=list)

    @property
    def checks(self) -> list[ColumnElement[bool]]:
        return [c.check for c in self.conditions]

    @property
    def selectors(self) -> list[Select]:
        return [c.selector for c in self.conditions if c.selector is not None]

    def add(self, check: ColumnElement[bool], selector: Select | None = None) -> None:
        self.conditions.append(_Condition(check, selector))


def _lease_filter(s: Session, q: ListQuery, sqlite: bool) -> _LeaseFilter:
    as_of = q.on()
    f = q.active_filters()
    out = _LeaseFilter()
    L = Lease  # noqa: N806
    # Row checks must not tempt the planner into an index: the plan is chosen in _plan(). Each
    # selector leaves one indexed term to the planner and hides the others behind noidx.
    n = noidx
    status = f.get("status")
    if status is not None:
        if status not in LEASE_STATUSES:
            raise ValueError(f"status must be one of {', '.join(LEASE_STATUSES)}")
        signed = n(L.stage) != "draft"
        check, selector = {
            "draft": (n(L.stage) == "draft", select(L.id).where(L.stage == "draft")),
            "upcoming": (
                and_(signed, n(L.start_date) > as_of),
                select(L.id).where(L.start_date > as_of, signed),
            ),
            "active": (
                and_(signed, n(L.start_date) <= as_of, n(L.end_date) > as_of),
                select(L.id).where(L.end_date > as_of, n(L.start_date) <= as_of, signed),
            ),
            # Most leases of a long history have ended: no index narrows that down.
            "ended": (and_(n(L.stage) == "signed", n(L.end_date) <= as_of), None),
            "terminated": (
                and_(n(L.stage) == "terminated", n(L.end_date) <= as_of),
                select(L.id).where(L.stage == "terminated", n(L.end_date) <= as_of),
            ),
        }[status]
        out.add(check, selector)
    if "company_id" in f:
        cid = int(f["company_id"])
        out.add(n(L.company_id) == cid, select(L.id).where(L.company_id == cid))
    if "unit_id" in f:
        uid = int(f["unit_id"])
        out.add(
            exists().where(LeaseUnit.lease_id == L.id, n(LeaseUnit.unit_id) == uid),
            select(LeaseUnit.lease_id).where(LeaseUnit.unit_id == uid),
        )
    if "floor_id" in f:
        on_floor = select(Unit.id).where(Unit.floor_id == int(f["floor_id"]))
        out.add(
            exists().where(LeaseUnit.lease_id == L.id, n(LeaseUnit.unit_id).in_(on_floor)),
            select(LeaseUnit.lease_id).where(LeaseUnit.unit_id.in_(on_floor)),
        )
    if "expiring_within" in f:
        until = as_of + dt.timedelta(days=int(f["expiring_within"]))
        in_force_until = [n(L.stage) != "draft", n(L.start_date) <= as_of]
        out.add(
            and_(*in_force_until, n(L.end_date) > as_of, n(L.end_date) <= until),
            select(L.id).where(L.end_date > as_of, L.end_date <= until, *in_force_until),
        )
    text = q.search.strip()
    if text:
        _lease_search(s, text, sqlite, out)
    return out


def _lease_search(s: Session, text: str, sqlite: bool, out: _LeaseFilter) -> None:
    """Reference (from its start), company names (EN/ZH) and unit codes contain ``text``.

    Companies and units are the small tables: their matches are found first, and the leases
    are reached through ix_leases_company_start and ix_lease_units_unit_id.
    """
    n = noidx
    companies = _matching_ids(
        s,
        select(Company.id).where(
            or_(contains(Company.name_en, text), contains(Company.name_zh, text))
        ),
    )
    # Unit codes are letters, digits and dashes and always carry the floor (7F-12, B1-03):
    # text with other characters, or with no digit or dash, names no unit.
    units: list[int] | Select = []
    if UNIT_CODE_CHARS.issuperset(text.upper()) and any(c.isdigit() or c == "-" for c in text):
        units = _matching_ids(s, select(Unit.id).where(contains(Unit.code, text)))
    ref = text.upper()
    if sqlite:
        # SQLite's LIKE cannot use an index: a range on the unique index finds the prefix.
        upper = ref[:-1] + chr(ord(ref[-1]) + 1)
        by_ref = and_(Lease.reference >= ref, Lease.reference < upper)
        by_ref_check = and_(n(Lease.reference) >= ref, n(Lease.reference) < upper)
    else:
        by_ref = by_ref_check = Lease.reference.startswith(ref, autoescape=True)
    out.add(
        or_(
            by_ref_check,
            n(Lease.company_id).in_(companies),
            exists().where(LeaseUnit.lease_id == Lease.id, n(LeaseUnit.unit_id).in_(units)),
        ),
        union_all(
            select(Lease.id).where(by_ref),
            select(Lease.id).where(Lease.company_id.in_(companies)),
            select(LeaseUnit.lease_id).where(LeaseUnit.unit_id.in_(units)),
        ),
    )


def _matching_ids(s: Session, stmt: Select) -> list[int] | Select:
    """The ids ``stmt`` selects when they are few (then each later statement reuses the
    list instead of searching the table again), else ``stmt`` itself as a subquery."""
    ids = list(s.scalars(stmt.limit(MATCH_LIST_MAX + 1)))
    return ids if len(ids) <= MATCH_LIST_MAX else stmt


def _capped_count(s: Session, selector: Select, cap: int) -> int:
    sub = selector.limit(cap).subquery()
    return s.scalar(select(func.count()).select_from(sub))


def _plan(s: Session, filt: _LeaseFilter, limit: int | None = None) -> Select | None:
    """The selector to drive the query when it matches at most ``limit`` leases
    (``SPARSE_LIMIT`` by default), else None."""
    best, best_n = None, (SPARSE_LIMIT if limit is None else limit) + 1
    for selector in filt.selectors:
        count = _capped_count(s, selector, best_n)
        if count < best_n:
            best, best_n = selector, count
    return best


def _lease_page_ids(s: Session, q: ListQuery, sqlite: bool) -> list[int]:
    filt = _lease_filter(s, q, sqlite)
    cols = LEASE_SORTS[q.sort or "start"] + [Lease.id]
    needs_company = q.sort == "company"
    driver = _plan(s, filt)
    sparse = driver is not None
    stmt = select(Lease.id)
    if needs_company:
        stmt = stmt.join(Company, Company.id == Lease.company_id)
    stmt = stmt.where(*filt.checks)
    if sparse:
        stmt = stmt.where(Lease.id.in_(driver))
    if q.after_id is not None:
        cursor_q = select(*cols).where(Lease.id == q.after_id)
        if needs_company:
            cursor_q = cursor_q.join(Company, Company.id == Lease.company_id)
        cursor = s.execute(cursor_q).first()
        if cursor is not None:
            keyed = [noidx(c) for c in cols] if sparse else cols
            stmt = stmt.where(after(keyed, tuple(cursor), q.descending))
        else:  # the row went away (a draft deleted): fall back to the offset
            stmt = stmt.offset(q.offset)
    else:
        stmt = stmt.offset(q.offset)
    stmt = stmt.order_by(*order_by(cols, q.descending, hint=sparse)).limit(q.limit)
    return list(s.scalars(stmt))


def list_leases(ctx: AppContext, q: ListQuery) -> list[LeaseRow]:
    """One page of leases with their status and monthly rent on ``q.as_of``.

    Filters: ``status`` (one of LEASE_STATUSES), ``floor_id``, ``company_id``, ``unit_id``,
    ``expiring_within`` (days: in force and ending within that many days). Search matches the
    reference from its start, company names and unit codes. Sort keys: reference, company,
    units, area, start (default), end. ``after_id`` continues after a row of the previous page.
    """
    check_query("leases", q, LEASE_SORTS, LEASE_FILTERS)
    as_of = q.on()
    with ctx.db.read() as s:
        ids = _lease_page_ids(s, q, ctx.db.is_sqlite)
        if not ids:
            return []
        details = {
            r.id: r
            for r in s.execute(
                select(
                    Lease.id,
                    Lease.reference,
                    Lease.company_id,
                    Company.name_en,
                    Company.name_zh,
                    Lease.unit_codes,
                    Lease.area,
                    Lease.rent_per_m2_month,
                    Lease.start_date,
                    Lease.end_date,
                    Lease.stage,
                    status_expr(as_of).label("status"),
                    Lease.deposit,
                )
                .join(Company, Company.id == Lease.company_id)
                .where(Lease.id.in_(ids))
            )
        }
        steps: dict[int, list[tuple[dt.date, Decimal]]] = {}
        for lease_id, when, rate in s.execute(
            select(RentStep.lease_id, RentStep.effective_from, RentStep.rent_per_m2_month).where(
                RentStep.lease_id.in_(ids)
            )
        ):
            steps.setdefault(lease_id, []).append((when, Decimal(rate)))
    rows = []
    for i in ids:
        r = details[i]
        base = Decimal(r.rent_per_m2_month)
        area = Decimal(r.area)
        on = min(max(as_of, r.start_date), r.end_date - dt.timedelta(days=1))
        current = rate_on(base, steps.get(i, []), on)
        rows.append(
            LeaseRow(
                r.id,
                r.reference,
                r.company_id,
                r.name_en,
                r.name_zh,
                r.unit_codes,
                area,
                base,
                rent.monthly_rent(current, area),
                r.start_date,
                r.end_date,
                r.stage,
                r.status,
                Decimal(r.deposit),
                current,
            )
        )
    return rows


def count_leases(ctx: AppContext, q: ListQuery, cap: int | None = None) -> int:
    """How many leases ``list_leases`` would list; with ``cap``, counting stops there.

    A result equal to ``cap`` means "``cap`` or more" (a list of a million leases need not be
    counted to the last one to say so).
    """
    check_query("leases", q, LEASE_SORTS, LEASE_FILTERS)
    with ctx.db.read() as s:
        filt = _lease_filter(s, q, ctx.db.is_sqlite)
        conditions = filt.conditions
        if not conditions:
            if cap is None:
                return s.scalar(select(func.count(Lease.id)))
            stmt = select(Lease.id)
        elif len(conditions) == 1 and conditions[0].selector is not None:
            # One filter an index answers: count its distinct ids without reading a lease.
            only = conditions[0].selector.subquery()
            stmt = select(only.c[0]).distinct()
        else:
            # No order to keep: go through the narrowest index even when it selects many.
            stmt = select(Lease.id).where(*filt.checks)
            driver = _plan(s, filt, COUNT_DRIVE_LIMIT)
            if driver is not None:
                stmt = stmt.where(Lease.id.in_(driver))
        if cap is not None:
            stmt = stmt.limit(cap)
        return s.scalar(select(func.count()).select_from(stmt.subquery()))
