"""Bookings as the screens, reports and calendar files read them (no rules here: those are in
:mod:`.bookings`, which re-exports these names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from adminapp import i18n
from adminapp.errors import NotFound
from adminapp.models import (
    Booking,
    Company,
    Consultant,
    MeetingRoom,
    Unit,
    booking_reference,
)
from adminapp.services.consultations.resources import TOPIC_LABELS
from adminapp.services.consultations.times import local, to_utc
from adminapp.services.context import CENTRE_TZ, AppContext

MAX_SESSION = dt.timedelta(hours=8)  # the longest session (the services refuse longer ones)


STATUS_LABELS = {
    "booked": "Booked",
    "completed": "Completed",
    "cancelled": "Cancelled",
    "no_show": "No-show",
}


@dataclass(frozen=True)
class EventView:
    kind: str
    at: dt.datetime  # Asia/Shanghai
    by: str
    old_starts_at: dt.datetime | None
    old_ends_at: dt.datetime | None
    old_consultant_id: int | None
    old_room_id: int | None
    reason: str


@dataclass(frozen=True)
class BookingView:
    id: int
    reference: str
    company_id: int | None
    company_name: str  # the tenant's name in the language in force, or the prospect's
    prospect_name: str
    consultant_id: int
    consultant_name: str  # in the language in force (adminapp.i18n.name)
    room_id: int | None
    room_label: str
    topic: str
    starts_at: dt.datetime  # Asia/Shanghai
    ends_at: dt.datetime
    attendees: int
    notes: str
    status: str
    cancel_reason: str
    confirmed_by: str | None
    created_by: str
    created_at: dt.datetime
    version: int
    events: list[EventView]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def topic_label(self) -> str:
        return TOPIC_LABELS[self.topic]

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


def room_label(room: MeetingRoom | None) -> str:
    if room is None:
        return ""
    return f"{room.unit.code} {room.name}".strip()


def view(b: Booking, *, with_events: bool = True) -> BookingView:
    return BookingView(
        id=b.id,
        reference=booking_reference(b.id),
        company_id=b.company_id,
        company_name=(
            i18n.name(b.company.name_en, b.company.name_zh)
            if b.company is not None
            else b.prospect_name
        ),
        prospect_name=b.prospect_name,
        consultant_id=b.consultant_id,
        consultant_name=i18n.name(b.consultant.name_en, b.consultant.name_zh),
        room_id=b.room_id,
        room_label=room_label(b.room),
        topic=b.topic,
        starts_at=local(b.starts_at),
        ends_at=local(b.ends_at),
        attendees=b.attendees,
        notes=b.notes,
        status=b.status,
        cancel_reason=b.cancel_reason,
        confirmed_by=b.confirmed_by,
        created_by=b.created_by,
        created_at=local(b.created_at),
        version=b.version,
        events=[
            EventView(
                e.kind,
                local(e.at),
                e.by,
                local(e.old_starts_at) if e.old_starts_at else None,
                local(e.old_ends_at) if e.old_ends_at else None,
                e.old_consultant_id,
                e.old_room_id,
                e.reason,
            )
            for e in b.events
        ]
        if with_events
        else [],
    )


def _load(s: Session, booking_id: int, *, lock: bool = False) -> Booking:
    q = (
        select(Booking)
        .where(Booking.id == booking_id)
        .options(
            joinedload(Booking.company),
            joinedload(Booking.consultant, innerjoin=True),
            joinedload(Booking.room).joinedload(MeetingRoom.unit),
        )
    )
    if lock:
        q = q.with_for_update(of=Booking)
    b = s.scalars(q).first()
    if b is None:
        raise NotFound(f"Booking {booking_reference(booking_id)} does not exist", "booking")
    return b


def get_booking(ctx: AppContext, booking_id: int) -> BookingView:
    with ctx.db.read() as s:
        b = _load(s, booking_id)
        return view(b)


def bookings_between(
    ctx: AppContext,
    starts: dt.datetime,
    ends: dt.datetime,
    *,
    consultant_ids: list[int] | None = None,
    room_ids: list[int] | None = None,
    include_cancelled: bool = True,
) -> list[BookingView]:
    """Bookings overlapping ``[starts, ends)``, by start (the calendar's query), without their
    history (``events`` empty).

    Reads the columns it shows, not ORM objects: a week of 1,200 bookings loads in a fraction
    of the time (measured in benchmarks/bench_consultations.py).
    """
    start, end = to_utc(starts), to_utc(ends)
    b = Booking.__table__
    q = (
        select(
            b.c.id,
            b.c.company_id,
            Company.name_en.label("company_name"),
            b.c.prospect_name,
            b.c.consultant_id,
            Consultant.name_en.label("consultant_name"),
            Company.name_zh.label("company_name_zh"),
            Consultant.name_zh.label("consultant_name_zh"),
            b.c.room_id,
            Unit.code.label("unit_code"),
            MeetingRoom.name.label("room_name"),
            b.c.topic,
            b.c.starts_at,
            b.c.ends_at,
            b.c.attendees,
            b.c.notes,
            b.c.status,
            b.c.cancel_reason,
            b.c.confirmed_by,
            b.c.created_by,
            b.c.created_at,
            b.c.version,
        )  # fmt: skip
        .select_from(b)
        .join(Consultant, Consultant.id == b.c.consultant_id)
        .outerjoin(Company, Company.id == b.c.company_id)
        .outerjoin(MeetingRoom, MeetingRoom.id == b.c.room_id)
        .outerjoin(Unit, Unit.id == MeetingRoom.unit_id)
        .where(
            b.c.starts_at > start - MAX_SESSION,
            b.c.starts_at < end,
            b.c.ends_at > start,
        )
        .order_by(b.c.starts_at, b.c.id)
    )
    if consultant_ids is not None:
        q = q.where(b.c.consultant_id.in_(consultant_ids))
    if room_ids is not None:
        q = q.where(b.c.room_id.in_(room_ids))
    if not include_cancelled:
        q = q.where(b.c.status != "cancelled")
    with ctx.db.read() as s:
        rows = s.execute(q).all()
    labels: dict[int, str] = {}  # room id -> label, made once per room
    zone = CENTRE_TZ
    views = []
    for (
        id_, company_id, company_name, prospect, consultant_id, consultant_name, company_zh,
        consultant_zh, room_id, unit_code, room_name, topic, starts_at, ends_at, attendees, notes,
        status, cancel_reason, confirmed_by, created_by, created_at, version,
    ) in rows:  # fmt: skip
        if room_id is not None and room_id not in labels:
            labels[room_id] = f"{unit_code} {room_name}".strip()
        views.append(
            BookingView(
                id_,
                booking_reference(id_),
                company_id,
                i18n.name(company_name, company_zh) if company_id is not None else prospect,
                prospect,
                consultant_id,
                i18n.name(consultant_name, consultant_zh),
                room_id,
                labels[room_id] if room_id is not None else "",
                topic,
                starts_at.astimezone(zone),
                ends_at.astimezone(zone),
                attendees,
                notes,
                status,
                cancel_reason,
                confirmed_by,
                created_by,
                created_at.astimezone(zone),
                version,
                [],
            )  # fmt: skip
        )
    return views


def company_bookings(ctx: AppContext, company_id: int, limit: int = 20) -> list[BookingView]:
    """The company's latest bookings, newest first (for its record)."""
    with ctx.db.read() as s:
        q = (
            select(Booking)
            .where(Booking.company_id == company_id)
            .options(
                joinedload(Booking.consultant, innerjoin=True),
                joinedload(Booking.company),
                joinedload(Booking.room).joinedload(MeetingRoom.unit),
                selectinload(Booking.events),
            )
            .order_by(Booking.starts_at.desc(), Booking.id.desc())
            .limit(limit)
        )
        return [view(b) for b in s.scalars(q)]
