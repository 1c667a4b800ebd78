"""Consultants (topics, weekly hours, time off, buffer) and meeting rooms (capacity, opening
hours, out-of-service periods).

Hours are Asia/Shanghai wall-clock times; periods (time off, closures) are moments, stored in
UTC and shown in Asia/Shanghai. A period of time off or a closure may be added over sessions
already booked (a consultant falls ill): the call returns those sessions, so the user can
reschedule them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import flag_modified

from adminapp.errors import NotFound, ValidationError
from adminapp.models import (
    PLATFORMS,
    TOPICS,
    Booking,
    Consultant,
    ConsultantHours,
    ConsultantTimeOff,
    MeetingRoom,
    RoomClosure,
    Unit,
)
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.consultations.times import local, to_utc
from adminapp.services.context import AppContext

TOPIC_LABELS = {
    "policy": "Policy applications",
    "financing": "Financing",
    "legal_ip": "Legal and IP",
    "compute": "Compute",
    "talent": "Talent",
    "market": "Market",
}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CONSULTANT_FIELDS = (
    "name_en",
    "name_zh",
    "topics",
    "platform",
    "internal",
    "buffer_minutes",
    "email",
    "active",
    "hours",
)
ROOM_FIELDS = ("unit_id", "name", "capacity", "opens", "closes", "open_days", "active")


@dataclass
class ConsultantInput:
    name_en: str
    topics: list[str]
    platform: str
    hours: list[tuple[int, dt.time, dt.time]]  # (weekday 0 = Monday, from, to)
    name_zh: str = ""
    internal: bool = True
    buffer_minutes: int = 0
    email: str = ""
    active: bool = True


@dataclass(frozen=True)
class PeriodView:
    id: int
    starts_at: dt.datetime  # Asia/Shanghai
    ends_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class ConsultantView:
    id: int
    name_en: str
    name_zh: str
    topics: list[str]
    platform: str
    internal: bool
    buffer_minutes: int
    email: str
    active: bool
    hours: list[tuple[int, dt.time, dt.time]]
    time_off: list[PeriodView]
    version: int

    @property
    def hours_text(self) -> str:
        """``Mon 09:00–17:00, Tue …`` for lists and tooltips."""
        return ", ".join(f"{WEEKDAYS[d]} {a:%H:%M}–{b:%H:%M}" for d, a, b in self.hours)


@dataclass
class RoomInput:
    unit_id: int | None
    capacity: int
    opens: dt.time
    closes: dt.time
    open_days: str = "01234"  # weekday digits, 0 = Monday
    name: str = ""
    active: bool = True


@dataclass(frozen=True)
class RoomView:
    id: int
    unit_id: int
    unit_code: str
    name: str
    capacity: int
    opens: dt.time
    closes: dt.time
    open_days: str
    active: bool
    in_service: bool  # the unit itself
    closures: list[PeriodView] = field(default_factory=list)
    version: int = 1

    @property
    def label(self) -> str:
        return f"{self.unit_code} {self.name}".strip()


def _period_view(p: ConsultantTimeOff | RoomClosure) -> PeriodView:
    return PeriodView(p.id, local(p.starts_at), local(p.ends_at), p.reason)


def consultant_view(c: Consultant) -> ConsultantView:
    return ConsultantView(
        id=c.id,
        name_en=c.name_en,
        name_zh=c.name_zh,
        topics=[t for t in c.topics.split(",") if t],
        platform=c.platform,
        internal=c.internal,
        buffer_minutes=c.buffer_minutes,
        email=c.email,
        active=c.active,
        hours=[(h.weekday, h.starts, h.ends) for h in c.hours],
        time_off=[_period_view(p) for p in c.time_off],
        version=c.version,
    )


def room_view(r: MeetingRoom) -> RoomView:
    return RoomView(
        id=r.id,
        unit_id=r.unit_id,
        unit_code=r.unit.code,
        name=r.name,
        capacity=r.capacity,
        opens=r.opens,
        closes=r.closes,
        open_days=r.open_days,
        active=r.active,
        in_service=r.unit.in_service,
        closures=[_period_view(p) for p in r.closures],
        version=r.version,
    )


# Consultants ----------------------------------------------------------------------------


def _clean_consultant(data: ConsultantInput) -> dict:
    errors: dict[str, str] = {}
    name = (data.name_en or "").strip()
    if not name:
        errors["name_en"] = "Give the consultant's name"
    elif len(name) > 120:
        errors["name_en"] = "The name is longer than 120 characters"
    topics = [t for t in TOPICS if t in set(data.topics or [])]
    unknown = set(data.topics or []) - set(TOPICS)
    if unknown:
        errors["topics"] = f"Unknown topic: {', '.join(sorted(unknown))}"
    elif not topics:
        errors["topics"] = "Choose at least one topic the consultant covers"
    if data.platform not in PLATFORMS:
        errors["platform"] = "Choose the service platform the consultant belongs to"
    if not isinstance(data.buffer_minutes, int) or not 0 <= data.buffer_minutes <= 240:
        errors["buffer_minutes"] = "The buffer between sessions must be 0 to 240 minutes"
    hours = sorted(data.hours or [])
    for i, (day, start, end) in enumerate(hours):
        if not 0 <= day <= 6:
            errors["hours"] = "A weekday must be Monday to Sunday"
        elif end <= start:
            errors["hours"] = f"{WEEKDAYS[day]}: the hours must end after they start"
        elif i and hours[i - 1][0] == day and hours[i - 1][2] > start:
            errors["hours"] = f"{WEEKDAYS[day]}: two periods of working hours overlap"
    if not hours and data.active:
        errors["hours"] = "Give the consultant's working hours on at least one weekday"
    if errors:
        raise ValidationError(errors)
    return dict(
        name_en=name,
        name_zh=(data.name_zh or "").strip(),
        topics=",".join(topics),
        platform=data.platform,
        internal=bool(data.internal),
        buffer_minutes=data.buffer_minutes,
        email=(data.email or "").strip(),
        active=bool(data.active),
        hours=hours,
    )


def _consultant_snapshot(c: Consultant) -> dict:
    snap = audit.snapshot(c, CONSULTANT_FIELDS[:-1])
    snap["hours"] = [f"{WEEKDAYS[h.weekday]} {h.starts:%H:%M}-{h.ends:%H:%M}" for h in c.hours]
    return snap


def _check_name_free(s: Session, name: str, consultant_id: int | None) -> None:
    other = s.scalar(select(Consultant.id).where(Consultant.name_en == name))
    if other is not None and other != consultant_id:
        raise ValidationError({"name_en": f"A consultant named {name} already exists"})


def _apply(c: Consultant, values: dict) -> None:
    hours = values.pop("hours")
    for key, value in values.items():
        setattr(c, key, value)
    c.hours = [ConsultantHours(weekday=d, starts=a, ends=b) for d, a, b in hours]


def create_consultant(ctx: AppContext, data: ConsultantInput) -> ConsultantView:
    require(ctx, "consultant.manage")
    values = _clean_consultant(data)
    with ctx.db.write() as s:
        _check_name_free(s, values["name_en"], None)
        c = Consultant()
        _apply(c, values)
        s.add(c)
        s.flush()
        audit.record(
            s, ctx, "create", "consultant", c.id, audit.diff({}, _consultant_snapshot(c)),
            f"Consultant {c.name_en}",
        )  # fmt: skip
        return consultant_view(c)


def _load_consultant(s: Session, consultant_id: int, *, lock: bool = False) -> Consultant:
    q = select(Consultant).where(Consultant.id == consultant_id)
    if lock:
        q = q.with_for_update()
    c = s.scalars(q).first()
    if c is None:
        raise NotFound(f"Consultant {consultant_id} does not exist", "consultant_id")
    return c


def update_consultant(
    ctx: AppContext, consultant_id: int, expected_version: int | None, data: ConsultantInput
) -> ConsultantView:
    require(ctx, "consultant.manage", consultant_id)
    values = _clean_consultant(data)
    with ctx.db.write() as s:
        c = _load_consultant(s, consultant_id, lock=True)
        audit.check_version(s, c, "consultant", expected_version, f"Consultant {c.name_en}")
        _check_name_free(s, values["name_en"], c.id)
        before = _consultant_snapshot(c)
        _apply(c, values)
        changes = audit.diff(before, _consultant_snapshot(c))
        if set(changes) == {"hours"}:
            flag_modified(c, "email")  # the hours alone changed: still a new version of it
        s.flush()
        audit.record(s, ctx, "update", "consultant", c.id, changes, f"Consultant {c.name_en}")
        return consultant_view(c)


def get_consultant(ctx: AppContext, consultant_id: int) -> ConsultantView:
    with ctx.db.read() as s:
        return consultant_view(_load_consultant(s, consultant_id))


def list_consultants(
    ctx: AppContext,
    *,
    topic: str | None = None,
    active_only: bool = False,
    periods_within: tuple[dt.datetime, dt.datetime] | None = None,
) -> list[ConsultantView]:
    """Consultants by name; ``topic`` keeps those who cover it; ``periods_within`` (two
    moments) keeps only the time off that overlaps them (a calendar's week, not years)."""
    off = Consultant.time_off
    if periods_within is not None:
        lo, hi = (to_utc(x) for x in periods_within)
        off = off.and_(ConsultantTimeOff.starts_at < hi, ConsultantTimeOff.ends_at > lo)
    with ctx.db.read() as s:
        q = select(Consultant).options(selectinload(Consultant.hours), selectinload(off))
        if active_only:
            q = q.where(Consultant.active.is_(True))
        rows = [consultant_view(c) for c in s.scalars(q.order_by(Consultant.name_en))]
    return [c for c in rows if topic is None or topic in c.topics]


def _clean_period(starts_at: dt.datetime, ends_at: dt.datetime, reason: str) -> tuple:
    errors: dict[str, str] = {}
    if not isinstance(starts_at, dt.datetime):
        errors["starts_at"] = "Give when the period starts"
    if not isinstance(ends_at, dt.datetime):
        errors["ends_at"] = "Give when the period ends"
    elif isinstance(starts_at, dt.datetime) and to_utc(ends_at) <= to_utc(starts_at):
        errors["ends_at"] = "The period must end after it starts"
    if len(reason or "") > 200:
        errors["reason"] = "The reason is longer than 200 characters"
    if errors:
        raise ValidationError(errors)
    return to_utc(starts_at), to_utc(ends_at), (reason or "").strip()


def _booked_within(s: Session, column, owner_id: int, start: dt.datetime, end: dt.datetime):
    return list(
        s.scalars(
            select(Booking)
            .where(
                column == owner_id,
                Booking.status == "booked",
                Booking.starts_at < end,
                Booking.ends_at > start,
            )
            .order_by(Booking.starts_at)
        )
    )


@dataclass(frozen=True)
class _Periods:
    """A kind of period its owner is out in: a consultant's time off, a room's closures."""

    model: type[ConsultantTimeOff] | type[RoomClosure]
    relation: str  # the owner's list of them
    kind: str  # the audit action and field (and the field a NotFound names)
    entity: str  # the owner's audit entity
    version_field: str  # flagged as changed so that the owner gets a new version
    booked: Any  # the Booking column naming the owner


_TIME_OFF = _Periods(
    ConsultantTimeOff, "time_off", "time_off", "consultant", "email", Booking.consultant_id
)
_CLOSURES = _Periods(RoomClosure, "closures", "closure", "room", "name", Booking.room_id)


def _span(start: dt.datetime, end: dt.datetime) -> str:
    return f"{local(start):%Y-%m-%d %H:%M}–{local(end):%Y-%m-%d %H:%M}"


def _add_period(
    s: Session, ctx: AppContext, how: _Periods, owner: Any, period: tuple, summary: str
) -> list[int]:
    """Add the cleaned ``period`` (start, end, reason) to ``owner`` and record it under
    ``summary``; returns the ids of the owner's sessions booked inside it."""
    start, end, reason = period
    getattr(owner, how.relation).append(how.model(starts_at=start, ends_at=end, reason=reason))
    flag_modified(owner, how.version_field)
    s.flush()
    audit.record(
        s, ctx, how.kind, how.entity, owner.id, {how.kind: [None, _span(start, end)]},
        summary + (f" ({reason})" if reason else ""),
    )  # fmt: skip
    return [b.id for b in _booked_within(s, how.booked, owner.id, start, end)]


def _remove_period(
    s: Session, ctx: AppContext, how: _Periods, owner: Any, period_id: int, texts: tuple
) -> None:
    """Remove the owner's period ``period_id`` and record it; ``texts``: (what NotFound says,
    the audit summary)."""
    periods = getattr(owner, how.relation)
    period = next((p for p in periods if p.id == period_id), None)
    if period is None:
        raise NotFound(texts[0], how.kind)
    text = _span(period.starts_at, period.ends_at)
    periods.remove(period)
    flag_modified(owner, how.version_field)
    s.flush()
    audit.record(
        s, ctx, f"{how.kind}_removed", how.entity, owner.id, {how.kind: [text, None]}, texts[1]
    )


def add_time_off(
    ctx: AppContext,
    consultant_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    reason: str = "",
) -> list[int]:
    """Record time off; returns the ids of booked sessions inside it (to be rescheduled)."""
    require(ctx, "consultant.manage", consultant_id)
    period = _clean_period(starts_at, ends_at, reason)
    with ctx.db.write() as s:
        c = _load_consultant(s, consultant_id, lock=True)
        return _add_period(s, ctx, _TIME_OFF, c, period, f"Time off for {c.name_en}")


def remove_time_off(ctx: AppContext, consultant_id: int, time_off_id: int) -> None:
    require(ctx, "consultant.manage", consultant_id)
    with ctx.db.write() as s:
        c = _load_consultant(s, consultant_id, lock=True)
        name = c.name_en
        texts = (f"That time off of {name} no longer exists", f"Time off of {name} removed")
        _remove_period(s, ctx, _TIME_OFF, c, time_off_id, texts)


# Rooms ----------------------------------------------------------------------------------


def _clean_room(s: Session, data: RoomInput, room_id: int | None) -> dict:
    errors: dict[str, str] = {}
    unit = s.get(Unit, data.unit_id) if data.unit_id else None
    if unit is None:
        errors["unit_id"] = "Choose the meeting room's unit"
    elif unit.kind != "meeting_room":
        errors["unit_id"] = f"Unit {unit.code} is not a meeting room"
    else:
        other = s.scalar(select(MeetingRoom.id).where(MeetingRoom.unit_id == unit.id))
        if other is not None and other != room_id:
            errors["unit_id"] = f"Unit {unit.code} is already set up as a room"
    if not isinstance(data.capacity, int) or not 1 <= data.capacity <= 500:
        errors["capacity"] = "The capacity must be 1 to 500 people"
    if not isinstance(data.opens, dt.time) or not isinstance(data.closes, dt.time):
        errors["opens"] = "Give the opening hours"
    elif data.closes <= data.opens:
        errors["closes"] = "The room must close after it opens"
    days = "".join(sorted(set(data.open_days or "")))
    if not days or any(ch not in "0123456" for ch in days):
        errors["open_days"] = "Choose the weekdays the room is open"
    if len(data.name or "") > 120:
        errors["name"] = "The name is longer than 120 characters"
    if errors:
        raise ValidationError(errors)
    return dict(
        unit_id=unit.id,
        name=(data.name or "").strip(),
        capacity=data.capacity,
        opens=data.opens,
        closes=data.closes,
        open_days=days,
        active=bool(data.active),
    )


def _load_room(s: Session, room_id: int, *, lock: bool = False) -> MeetingRoom:
    q = select(MeetingRoom).where(MeetingRoom.id == room_id)
    if lock:
        q = q.with_for_update(of=MeetingRoom)
    r = s.scalars(q).first()
    if r is None:
        raise NotFound(f"Room {room_id} does not exist", "room_id")
    return r


def create_room(ctx: AppContext, data: RoomInput) -> RoomView:
    require(ctx, "room.manage")
    with ctx.db.write() as s:
        r = MeetingRoom(**_clean_room(s, data, None))
        s.add(r)
        s.flush()
        audit.record(
            s, ctx, "create", "room", r.id, audit.diff({}, audit.snapshot(r, ROOM_FIELDS)),
            f"Room {r.unit.code}",
        )  # fmt: skip
        return room_view(r)


def update_room(
    ctx: AppContext, room_id: int, expected_version: int | None, data: RoomInput
) -> RoomView:
    require(ctx, "room.manage", room_id)
    with ctx.db.write() as s:
        r = _load_room(s, room_id, lock=True)
        audit.check_version(s, r, "room", expected_version, f"Room {r.unit.code}")
        values = _clean_room(s, data, r.id)
        before = audit.snapshot(r, ROOM_FIELDS)
        for key, value in values.items():
            setattr(r, key, value)
        s.flush()
        changes = audit.diff(before, audit.snapshot(r, ROOM_FIELDS))
        audit.record(s, ctx, "update", "room", r.id, changes, f"Room {r.unit.code}")
        return room_view(r)


def add_room_closure(
    ctx: AppContext, room_id: int, starts_at: dt.datetime, ends_at: dt.datetime, reason: str = ""
) -> list[int]:
    """Take a room out of service for a period; returns the ids of sessions booked in it."""
    require(ctx, "room.manage", room_id)
    period = _clean_period(starts_at, ends_at, reason)
    with ctx.db.write() as s:
        r = _load_room(s, room_id, lock=True)
        return _add_period(s, ctx, _CLOSURES, r, period, f"Room {r.unit.code} out of service")


def remove_room_closure(ctx: AppContext, room_id: int, closure_id: int) -> None:
    require(ctx, "room.manage", room_id)
    with ctx.db.write() as s:
        r = _load_room(s, room_id, lock=True)
        code = r.unit.code
        texts = (f"That closure of room {code} no longer exists", f"Room {code} back in service")
        _remove_period(s, ctx, _CLOSURES, r, closure_id, texts)


def get_room(ctx: AppContext, room_id: int) -> RoomView:
    with ctx.db.read() as s:
        return room_view(_load_room(s, room_id))


def list_rooms(
    ctx: AppContext,
    *,
    active_only: bool = False,
    periods_within: tuple[dt.datetime, dt.datetime] | None = None,
) -> list[RoomView]:
    """Rooms by unit code; ``periods_within`` as in :func:`list_consultants`."""
    closures = MeetingRoom.closures
    if periods_within is not None:
        lo, hi = (to_utc(x) for x in periods_within)
        closures = closures.and_(RoomClosure.starts_at < hi, RoomClosure.ends_at > lo)
    with ctx.db.read() as s:
        q = (
            select(MeetingRoom)
            .join(MeetingRoom.unit)
            .options(joinedload(MeetingRoom.unit), selectinload(closures))
            .order_by(Unit.code)
        )
        if active_only:
            q = q.where(MeetingRoom.active.is_(True), Unit.in_service.is_(True))
        return [room_view(r) for r in s.scalars(q)]
