"""Finding anything: companies, units, leases, applications and bookings from one search box.

``search`` answers as the user types, so every kind costs one bounded query (``LIMIT``) that an
index can drive, or a scan of a small table (companies, units), plus at most one look-up of
the few rows found (names for the subtitles). Exact matches come first, then prefixes, then
the rest. Leases, applications and bookings are also found through the companies whose names
match (only the best few companies, so a short word cannot pull in a million rows); bookings by
their reference (``B000042`` or ``42``) and by a prospect's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, case, literal, or_, select
from sqlalchemy.orm import Session

from adminapp import i18n
from adminapp.models import (
    Booking,
    Company,
    Consultant,
    FinancingApplication,
    Floor,
    Lease,
    LeaseUnit,
    Programme,
    Unit,
    booking_reference,
)
from adminapp.services.consultations.times import local
from adminapp.services.context import AppContext, centre_today
from adminapp.services.lease_listing import UNIT_CODE_CHARS
from adminapp.services.lease_terms import in_force, lease_status
from adminapp.services.listing_sql import contains

KINDS = ("company", "unit", "lease", "application", "booking")
MIN_CHARS = 2  # shorter text finds only an exact code or reference


@dataclass(frozen=True)
class Hit:
    """One thing found. ``details`` are plain data for the line under the title (names, codes,
    dates; the UI words them): company (Chinese name, credit code); unit (floor label, tenant
    or ""); lease (company, start, end); application (company, programme, year); booking
    (company or prospect, consultant, local start "YYYY-MM-DD HH:MM"). ``status`` is a code
    (lease, application or booking status) and ``day`` a booking's day on the centre's clock.
    """

    kind: str
    id: int
    title: str
    details: tuple[str, ...] = ()
    status: str = ""
    day: dt.date | None = None

    @property
    def subtitle(self) -> str:
        return " · ".join(x for x in (*self.details, self.status) if x)


def search(
    ctx: AppContext,
    text: str,
    limit_per_kind: int = 5,
    kinds: tuple[str, ...] | frozenset[str] = KINDS,
) -> list[Hit]:
    """What ``text`` names, kind by kind (in ``KINDS`` order), at most ``limit_per_kind`` each."""
    text = " ".join(text.split())
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s): {', '.join(sorted(unknown))}")
    if not text or limit_per_kind <= 0:
        return []
    n = limit_per_kind
    wide = len(text) >= MIN_CHARS
    sqlite = ctx.db.is_sqlite
    hits: list[Hit] = []
    with ctx.db.read() as s:
        companies: list[int] = []
        if wide and ({"company", "lease", "application", "booking"} & set(kinds)):
            companies = _company_ids(s, text, n, sqlite)
        if "company" in kinds:
            hits += _companies(s, companies)
        if "unit" in kinds:
            hits += _units(s, text, n, wide, sqlite)
        if "lease" in kinds:
            hits += _leases(s, text, n, companies, wide, sqlite)
        if "application" in kinds:
            hits += _applications(s, text, n, companies, wide, sqlite)
        if "booking" in kinds:
            hits += _bookings(s, text, n, companies, wide)
    return hits


# ---------------------------------------------------------------------------------------------
# Matching

SCAN_LIMIT = 100  # substring matches read before ranking (a scan stops once it has them)


def _escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _prefix(col: ColumnElement, text: str, sqlite: bool) -> ColumnElement[bool]:
    """``col`` starts with ``text`` (case as given), answerable by the column's index."""
    if sqlite:
        # SQLite's LIKE cannot use an index (and ignores case): a range on the index can.
        return and_(col >= text, col < text[:-1] + chr(ord(text[-1]) + 1))
    return col.startswith(text, autoescape=True)


def _rank(text: str, *values: str) -> int:
    """0: a value is ``text`` (ignoring case); 1: one starts with it; 2: one contains it."""
    t = text.casefold()
    folded = [v.casefold() for v in values]
    if t in folded:
        return 0
    return 1 if any(v.startswith(t) for v in folded) else 2


def _company_ids(s: Session, text: str, n: int, sqlite: bool) -> list[int]:
    """The best ``n`` companies whose English or Chinese name contains ``text`` or whose
    credit code starts with it: those starting with it through the indexes, the others from
    a scan of the (small) companies table that stops after ``SCAN_LIMIT`` matches."""
    capital = text[:1].upper() + text[1:]
    starts = or_(
        _prefix(Company.name_en, text, sqlite),
        _prefix(Company.name_en, capital, sqlite),
        _prefix(Company.name_zh, text, sqlite),
        _prefix(Company.credit_code, text.upper(), sqlite),
    )
    inside = or_(contains(Company.name_en, text), contains(Company.name_zh, text))
    cols = (Company.id, Company.name_en, Company.name_zh, Company.credit_code)
    found = {r.id: r for r in s.execute(select(*cols).where(starts).limit(SCAN_LIMIT))}
    if len(found) < n:
        found.update({r.id: r for r in s.execute(select(*cols).where(inside).limit(SCAN_LIMIT))})
    best = sorted(
        found.values(),
        key=lambda r: (_rank(text, r.name_en, r.name_zh, r.credit_code), r.name_en, r.id),
    )
    return [r.id for r in best[:n]]


def _by_position(col: ColumnElement, ids: list[int]) -> ColumnElement[int]:
    """The position of ``col`` in ``ids`` (rows of the best company first)."""
    if not ids:
        return literal(0)
    return case({cid: i for i, cid in enumerate(ids)}, value=col, else_=len(ids))


def _by_reference(
    s: Session, stmt: Select, col: ColumnElement, text: str, n: int, sqlite: bool
) -> list:
    """Rows of ``stmt`` whose reference ``col`` starts with ``text`` (upper case), in
    reference order along its unique index (so a prefix shared by a million stops at ``n``)."""
    rows = s.execute(stmt.where(_prefix(col, text.upper(), sqlite)).order_by(col).limit(n)).all()
    return rows


def _of_companies(
    s: Session, stmt: Select, col: ColumnElement, companies: list[int], n: int, newest: list
) -> list:
    """Rows of ``stmt`` for the ``companies`` (best company first, newest first)."""
    if not companies or n <= 0:
        return []
    stmt = stmt.where(col.in_(companies)).order_by(_by_position(col, companies), *newest)
    return s.execute(stmt.limit(n)).all()


# ---------------------------------------------------------------------------------------------
# Kinds


def _companies(s: Session, ids: list[int]) -> list[Hit]:
    if not ids:
        return []
    rows = {
        r.id: r
        for r in s.execute(
            select(Company.id, Company.name_en, Company.name_zh, Company.credit_code).where(
                Company.id.in_(ids)
            )
        )
    }
    chinese = i18n.current() == i18n.CHINESE  # the name in the window's language first
    return [
        Hit(
            "company",
            i,
            i18n.name(rows[i].name_en, rows[i].name_zh),
            (rows[i].name_en if chinese else rows[i].name_zh, rows[i].credit_code),
        )
        for i in ids
        if i in rows
    ]


def _units(s: Session, text: str, n: int, wide: bool, sqlite: bool) -> list[Hit]:
    code = text.upper()
    # Unit codes are letters, digits and dashes and always carry the floor (7F-12, B1-03).
    if not UNIT_CODE_CHARS.issuperset(code) or not any(c.isdigit() or c == "-" for c in code):
        return []
    stmt = select(Unit.id, Unit.code, Floor.label).join(Floor, Floor.id == Unit.floor_id)
    found = {r.id: r for r in s.execute(stmt.where(_prefix(Unit.code, code, sqlite)).limit(n))}
    if wide and len(found) < n:
        found.update({r.id: r for r in s.execute(stmt.where(contains(Unit.code, code)).limit(n))})
    units = sorted(found.values(), key=lambda r: (_rank(code, r.code), r.code))[:n]
    if not wide:
        units = [u for u in units if u.code == code]
    if not units:
        return []
    tenants = {
        unit_id: i18n.name(en, zh)
        for unit_id, en, zh in s.execute(
            select(LeaseUnit.unit_id, Company.name_en, Company.name_zh)
            .join(Lease, Lease.id == LeaseUnit.lease_id)
            .join(Company, Company.id == Lease.company_id)
            .where(LeaseUnit.unit_id.in_([u.id for u in units]), in_force(centre_today()))
        )
    }
    return [Hit("unit", u.id, u.code, (u.label, tenants.get(u.id, ""))) for u in units]


def _leases(
    s: Session, text: str, n: int, companies: list[int], wide: bool, sqlite: bool
) -> list[Hit]:
    L = Lease  # noqa: N806
    stmt = select(
        L.id, L.reference, L.stage, L.start_date, L.end_date, Company.name_en, Company.name_zh
    ).join(Company, Company.id == L.company_id)
    rows = _by_reference(s, stmt, L.reference, text, n, sqlite)
    if not wide:
        rows = [r for r in rows if r.reference == text.upper()]
    seen = {r.id for r in rows}
    more = _of_companies(
        s, stmt, L.company_id, companies, n - len(rows), [L.start_date.desc(), L.id.desc()]
    )
    rows += [r for r in more if r.id not in seen]
    today = centre_today()
    return [
        Hit(
            "lease",
            r.id,
            r.reference,
            (i18n.name(r.name_en, r.name_zh), r.start_date.isoformat(), r.end_date.isoformat()),
            lease_status(r.stage, r.start_date, r.end_date, today),
        )
        for r in rows[:n]
    ]


def _applications(
    s: Session, text: str, n: int, companies: list[int], wide: bool, sqlite: bool
) -> list[Hit]:
    A = FinancingApplication  # noqa: N806
    stmt = (
        select(
            A.id,
            A.reference,
            A.status,
            A.year,
            Company.name_en,
            Company.name_zh,
            Programme.name_en.label("p"),
            Programme.name_zh.label("p_zh"),
        )
        .join(Company, Company.id == A.company_id)
        .join(Programme, Programme.id == A.programme_id)
    )
    rows = _by_reference(s, stmt, A.reference, text, n, sqlite)
    if not wide:
        rows = [r for r in rows if r.reference == text.upper()]
    seen = {r.id for r in rows}
    more = _of_companies(s, stmt, A.company_id, companies, n - len(rows), [A.id.desc()])
    rows += [r for r in more if r.id not in seen]
    return [
        Hit(
            "application",
            r.id,
            r.reference,
            (i18n.name(r.name_en, r.name_zh), i18n.name(r.p, r.p_zh), str(r.year)),
            r.status,
        )
        for r in rows[:n]
    ]


def _booking_id(text: str) -> int | None:
    """``B000042``, ``b42`` or ``42`` -> 42."""
    digits = text[1:] if text[:1] in ("B", "b") else text
    if digits.isdigit() and len(digits) <= 12:
        return int(digits)
    return None


def _bookings(s: Session, text: str, n: int, companies: list[int], wide: bool) -> list[Hit]:
    B = Booking  # noqa: N806
    booking_id = _booking_id(text)
    terms: list[ColumnElement[bool]] = []
    if booking_id is not None:
        terms.append(B.id == booking_id)
    if companies:
        terms.append(B.company_id.in_(companies))
    if wide:
        # Prospects are the bookings without a company: ix_bookings_company_starts holds them
        # together, so only they are read.
        terms.append(and_(B.company_id.is_(None), contains(B.prospect_name, text)))
    if not terms:
        return []
    order = case(
        (B.id == (booking_id if booking_id is not None else -1), -1),
        else_=_by_position(B.company_id, companies),
    )
    stmt = (
        select(
            B.id,
            B.prospect_name,
            B.starts_at,
            B.status,
            Company.name_en,
            Company.name_zh,
            Consultant.name_en.label("c"),
            Consultant.name_zh.label("c_zh"),
        )
        .outerjoin(Company, Company.id == B.company_id)
        .join(Consultant, Consultant.id == B.consultant_id)
        .where(or_(*terms))
        .order_by(order, B.starts_at.desc(), B.id.desc())
        .limit(n)
    )
    hits = []
    for r in s.execute(stmt):
        start = local(r.starts_at)
        who = i18n.name(r.name_en, r.name_zh) or r.prospect_name
        hits.append(
            Hit(
                "booking",
                r.id,
                booking_reference(r.id),
                (who, i18n.name(r.c, r.c_zh), start.strftime("%Y-%m-%d %H:%M")),
                r.status,
                start.date(),
            )
        )
    return hits
