"""What the Consultations page shows: the bookings list (a page at a time, filtered and sorted
in SQL), the calendar's columns and bookings for a day or a week, and a company's record.

The list follows :mod:`adminapp.services.financing.pipeline`: one query chooses the page's ids
on ``bookings`` (its filters are indexed columns or id lists from small tables), then names are
read for those ids only. The calendar reads everything for the days shown in two or three
queries, so the widget paints from memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, or_, select

from adminapp.models import (
    BOOKING_STATUSES,
    TOPICS,
    Booking,
    Company,
    Consultant,
    MeetingRoom,
    booking_reference,
)
from adminapp.models import Unit as UnitRecord
from adminapp.services.consultations.bookings import (
    BookingView,
    NoShowStatus,
    bookings_between,
    company_no_shows,
)
from adminapp.services.consultations.resources import list_consultants, list_rooms
from adminapp.services.consultations.times import at, day_bounds, local
from adminapp.services.context import AppContext
from adminapp.services.listing_sql import ListQuery, blanks_last, check_query, contains

B = Booking
MIDNIGHT = dt.time(0)

BOOKING_SORTS = {
    "starts": [B.starts_at],
    "reference": [B.id],
    "company": [func.coalesce(Company.name_en, B.prospect_name)],
    "consultant": [Consultant.name_en],
    "room": [UnitRecord.code],
    "topic": [B.topic],
    "status": [B.status],
}
# company_id, consultant_id, room_id: ids; topic: one of TOPICS; status: one of
# BOOKING_STATUSES; date_from / date_to: days [from, to) on the centre's clock.
BOOKING_FILTERS = {"company_id", "consultant_id", "room_id", "topic", "status", "date_from",
                   "date_to"}  # fmt: skip


@dataclass(frozen=True)
class BookingRow:
    id: int
    reference: str
    company_id: int | None
    company_name: str  # the tenant's English name, or the prospect's
    company_name_zh: str
    prospect: bool
    consultant_id: int
    consultant_name: str
    consultant_name_zh: str
    room_id: int | None
    room_label: str
    topic: str
    starts_at: dt.datetime  # Asia/Shanghai
    ends_at: dt.datetime
    attendees: int
    status: str


def _where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "status" in f:
        if f["status"] not in BOOKING_STATUSES:
            raise ValueError(f"unknown booking status {f['status']!r}")
        where.append(B.status == f["status"])
    if "topic" in f:
        if f["topic"] not in TOPICS:
            raise ValueError(f"unknown topic {f['topic']!r}")
        where.append(B.topic == f["topic"])
    if "company_id" in f:
        where.append(B.company_id == int(f["company_id"]))
    if "consultant_id" in f:
        where.append(B.consultant_id == int(f["consultant_id"]))
    if "room_id" in f:
        where.append(B.room_id == int(f["room_id"]))
    if "date_from" in f:
        where.append(B.starts_at >= at(f["date_from"], MIDNIGHT))
    if "date_to" in f:
        where.append(B.starts_at < at(f["date_to"], MIDNIGHT))
    text = q.search.strip()
    if text:
        companies = select(Company.id).where(
            or_(contains(Company.name_en, text), contains(Company.name_zh, text))
        )
        consultants = select(Consultant.id).where(
            or_(contains(Consultant.name_en, text), contains(Consultant.name_zh, text))
        )
        terms = [
            B.company_id.in_(companies),
            contains(B.prospect_name, text),
            B.consultant_id.in_(consultants),
        ]
        reference = text.upper()
        if reference.startswith("B") and reference[1:].isdigit():
            terms.append(B.id == int(reference[1:]))
        where.append(or_(*terms))
    return where


def list_bookings(ctx: AppContext, q: ListQuery) -> list[BookingRow]:
    """One page of bookings, latest start first unless sorted otherwise.

    Filters: see ``BOOKING_FILTERS``. Search matches either company name, the prospect's
    name, either consultant name and a reference (``B000042``). Sort keys: ``BOOKING_SORTS``
    (ties by start, then id).
    """
    check_query("bookings", q, BOOKING_SORTS, BOOKING_FILTERS)
    if q.sort:
        order = blanks_last(BOOKING_SORTS[q.sort], q.descending)
        order += [B.starts_at.desc(), B.id.desc()] if q.descending else [B.starts_at, B.id]
    else:
        order = [B.starts_at.desc(), B.id.desc()]
    ids_q = select(B.id).where(*_where(q))
    if q.sort == "company":
        ids_q = ids_q.outerjoin(Company, Company.id == B.company_id)
    elif q.sort == "consultant":
        ids_q = ids_q.join(Consultant, Consultant.id == B.consultant_id)
    elif q.sort == "room":
        ids_q = ids_q.outerjoin(MeetingRoom, MeetingRoom.id == B.room_id).outerjoin(
            UnitRecord, UnitRecord.id == MeetingRoom.unit_id
        )
    ids_q = ids_q.order_by(*order).offset(q.offset).limit(q.limit)
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        if not ids:
            return []
        found = {
            r.id: r
            for r in s.execute(
                select(
                    B.id,
                    B.company_id,
                    Company.name_en.label("company_name"),
                    Company.name_zh.label("company_name_zh"),
                    B.prospect_name,
                    B.consultant_id,
                    Consultant.name_en.label("consultant_name"),
                    Consultant.name_zh.label("consultant_name_zh"),
                    B.room_id,
                    UnitRecord.code.label("unit_code"),
                    MeetingRoom.name.label("room_name"),
                    B.topic,
                    B.starts_at,
                    B.ends_at,
                    B.attendees,
                    B.status,
                )
                .join(Consultant, Consultant.id == B.consultant_id)
                .outerjoin(Company, Company.id == B.company_id)
                .outerjoin(MeetingRoom, MeetingRoom.id == B.room_id)
                .outerjoin(UnitRecord, UnitRecord.id == MeetingRoom.unit_id)
                .where(B.id.in_(ids))
            )
        }
    return [_row(found[i]) for i in ids]


def _row(r) -> BookingRow:  # noqa: ANN001 - a result row
    room = f"{r.unit_code or ''} {r.room_name or ''}".strip() if r.room_id is not None else ""
    return BookingRow(
        id=r.id,
        reference=booking_reference(r.id),
        company_id=r.company_id,
        company_name=r.company_name if r.company_id is not None else r.prospect_name,
        company_name_zh=(r.company_name_zh or "") if r.company_id is not None else "",
        prospect=r.company_id is None,
        consultant_id=r.consultant_id,
        consultant_name=r.consultant_name,
        consultant_name_zh=r.consultant_name_zh or "",
        room_id=r.room_id,
        room_label=room,
        topic=r.topic,
        starts_at=local(r.starts_at),
        ends_at=local(r.ends_at),
        attendees=r.attendees,
        status=r.status,
    )


def count_bookings(ctx: AppContext, q: ListQuery) -> int:
    """How many bookings ``list_bookings`` would list over all its pages."""
    check_query("bookings", q, BOOKING_SORTS, BOOKING_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(B.id)).where(*_where(q)))


def company_choices(ctx: AppContext) -> list[tuple[int, str, str]]:
    """The companies that have booked, by English name: (id, English, Chinese name)."""
    with ctx.db.read() as s:
        booked = select(B.company_id).where(B.company_id.is_not(None)).distinct()
        return [
            (i, en, zh)
            for i, en, zh in s.execute(
                select(Company.id, Company.name_en, Company.name_zh)
                .where(Company.id.in_(booked.scalar_subquery()))
                .order_by(Company.name_en, Company.id)
            )
        ]


# The calendar ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    starts_at: dt.datetime  # Asia/Shanghai
    ends_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class CalendarColumn:
    """One consultant or room (``id`` None: sessions without a room) as the calendar shows
    it: when they work or open, and when they are off or out of service."""

    kind: str  # "consultant" or "room"
    id: int | None
    title: str
    subtitle: str  # the Chinese name, or the room's capacity
    hours: dict[int, list[tuple[dt.time, dt.time]]]  # weekday (0 = Monday) -> periods
    off: list[Period] = field(default_factory=list)
    active: bool = True


@dataclass(frozen=True)
class CalendarData:
    first: dt.date
    days: int
    by: str  # "consultant" or "room"
    columns: list[CalendarColumn]
    bookings: list[BookingView]


def calendar(ctx: AppContext, first: dt.date, days: int, by: str = "consultant") -> CalendarData:
    """The calendar of ``days`` days from ``first``, one column per consultant (``by``
    "consultant") or room ("room"): the active ones and any other with a booking then."""
    if by not in ("consultant", "room"):
        raise ValueError(f"the calendar has columns by consultant or by room, not {by!r}")
    lo, hi = day_bounds(first, first + dt.timedelta(days=days))
    rows = bookings_between(ctx, lo, hi)
    columns: list[CalendarColumn] = []
    if by == "consultant":
        used = {b.consultant_id for b in rows}
        for c in list_consultants(ctx, periods_within=(lo, hi)):
            if not c.active and c.id not in used:
                continue
            hours: dict[int, list[tuple[dt.time, dt.time]]] = {}
            for day, a, b in c.hours:
                hours.setdefault(day, []).append((a, b))
            off = [Period(p.starts_at, p.ends_at, p.reason) for p in c.time_off
                   if p.starts_at < local(hi) and p.ends_at > local(lo)]  # fmt: skip
            columns.append(
                CalendarColumn("consultant", c.id, c.name_en, c.name_zh, hours, off, c.active)
            )
    else:
        used = {b.room_id for b in rows}
        for r in list_rooms(ctx, periods_within=(lo, hi)):
            live = r.active and r.in_service
            if not live and r.id not in used:
                continue
            hours = {int(day): [(r.opens, r.closes)] for day in r.open_days}
            off = [Period(p.starts_at, p.ends_at, p.reason) for p in r.closures
                   if p.starts_at < local(hi) and p.ends_at > local(lo)]  # fmt: skip
            columns.append(CalendarColumn("room", r.id, r.label, f"{r.capacity}", hours, off, live))
        if None in used:
            columns.append(CalendarColumn("room", None, "No room", "", {}, [], True))
    return CalendarData(first, days, by, columns, rows)


# A company's record ----------------------------------------------------------------------


@dataclass(frozen=True)
class CompanyConsultations:
    bookings: list[BookingRow]  # the latest, newest first
    counts: dict[str, int]  # status -> how many, over all time
    upcoming: int  # booked sessions still to come
    no_shows: NoShowStatus


def company_consultations(
    ctx: AppContext, company_id: int, limit: int = 8, now: dt.datetime | None = None
) -> CompanyConsultations:
    """The company's latest bookings, how many of each status, and its no-show flag."""
    rows = list_bookings(
        ctx, ListQuery(filters={"company_id": company_id}, sort="starts", descending=True,
                       limit=limit),
    )  # fmt: skip
    moment = now or dt.datetime.now(dt.UTC)
    with ctx.db.read() as s:
        counts = dict(
            s.execute(
                select(B.status, func.count(B.id))
                .where(B.company_id == company_id)
                .group_by(B.status)
            ).all()
        )
        upcoming = s.scalar(
            select(func.count(B.id)).where(
                B.company_id == company_id,
                B.status == "booked",
                B.starts_at >= moment,
            )
        )
    return CompanyConsultations(rows, counts, upcoming or 0, company_no_shows(ctx, company_id))
