"""Bookings: a company's session with a consultant, in a room, without clashes.

The rules, checked in the write transaction that saves the booking:
- the session lies on one day, inside the consultant's working hours for that weekday and
  outside their time off; and inside the room's opening hours, on a day it opens, outside its
  closures; at most :data:`MAX_SESSION` long;
- the consultant is never in two sessions at once, with their buffer kept free between two
  sessions (sessions that touch, buffer included, are fine); a room is never booked twice for
  overlapping time (no buffer);
- the attendees fit the room;
- no booking in the past, except to record one that happened (it is saved as completed);
- a company with :data:`NO_SHOW_LIMIT` no-shows in the last :data:`NO_SHOW_DAYS` days is
  flagged: its next booking needs a manager's confirmation (``booking.override``); once a
  manager has confirmed one, later bookings need none until it misses another session.

Two workstations racing for one slot: the transaction locks the consultant's row and the
room's row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write transactions are serial,
``BEGIN IMMEDIATE``) before it looks for clashes, so exactly one of them wins and the other is
told the slot was taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, joinedload

from adminapp.errors import ConflictError, ValidationError
from adminapp.models import (
    TOPICS,
    Booking,
    BookingEvent,
    Company,
    Consultant,
    ConsultantHours,
    ConsultantTimeOff,
    MeetingRoom,
    RoomClosure,
    booking_reference,
)
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.consultations.resources import TOPIC_LABELS
from adminapp.services.consultations.times import local, to_utc
from adminapp.services.consultations.views import (  # noqa: F401 - re-exported
    MAX_SESSION,
    STATUS_LABELS,
    BookingView,
    EventView,
    _load,
    bookings_between,
    company_bookings,
    get_booking,
    room_label,
    view,
)
from adminapp.services.context import AppContext, centre_now

NO_SHOW_LIMIT = 3
NO_SHOW_DAYS = 90
# Statuses that hold the consultant's and the room's time (a no-show held it too).
HOLDING = ("booked", "completed", "no_show")
FIELDS = (
    "company_id",
    "prospect_name",
    "consultant_id",
    "room_id",
    "topic",
    "starts_at",
    "ends_at",
    "attendees",
    "notes",
    "status",
    "cancel_reason",
    "confirmed_by",
)


@dataclass
class BookingInput:
    consultant_id: int | None
    starts_at: dt.datetime | None  # aware, or naive Asia/Shanghai wall time
    ends_at: dt.datetime | None
    topic: str
    company_id: int | None = None
    prospect_name: str = ""  # a prospective company, not (yet) in the register
    room_id: int | None = None
    attendees: int = 1
    notes: str = ""


# The rules ------------------------------------------------------------------------------


def _clean(s: Session, data: BookingInput, errors: dict[str, str]) -> dict:
    """The booking's own fields checked, without looking at other bookings."""
    company = None
    prospect = (data.prospect_name or "").strip()
    if data.company_id is not None:
        company = s.get(Company, data.company_id)
        if company is None:
            errors["company_id"] = "That company no longer exists"
        elif prospect:
            errors["prospect_name"] = "Give a tenant or a prospective company, not both"
    elif not prospect:
        errors["company_id"] = "Choose the company, or name the prospective company"
    elif len(prospect) > 200:
        errors["prospect_name"] = "The name is longer than 200 characters"
    if data.topic not in TOPICS:
        errors["topic"] = "Choose the topic of the session"
    if not isinstance(data.attendees, int) or not 1 <= data.attendees <= 500:
        errors["attendees"] = "Attendees must be a whole number from 1 to 500"
    if len(data.notes or "") > 4000:
        errors["notes"] = "The notes are longer than 4,000 characters"
    start = end = None
    if not isinstance(data.starts_at, dt.datetime):
        errors["starts_at"] = "Give when the session starts"
    if not isinstance(data.ends_at, dt.datetime):
        errors["ends_at"] = "Give when the session ends"
    if "starts_at" not in errors and "ends_at" not in errors:
        start, end = to_utc(data.starts_at), to_utc(data.ends_at)
        if end <= start:
            errors["ends_at"] = "The session must end after it starts"
        elif end - start > MAX_SESSION:
            errors["ends_at"] = "A session lasts at most 8 hours"
        elif local(start).date() != local(end - dt.timedelta(microseconds=1)).date():
            errors["ends_at"] = "A session starts and ends on the same day"
    if data.consultant_id is None:
        errors["consultant_id"] = "Choose the consultant"
    return dict(
        company=company,  # the loaded object (callers pop it): not loaded twice
        company_id=company.id if company is not None else None,
        prospect_name=prospect if company is None else "",
        topic=data.topic,
        attendees=data.attendees,
        notes=(data.notes or "").strip(),
        starts_at=start,
        ends_at=end,
        consultant_id=data.consultant_id,
        room_id=data.room_id,
    )


def _snapshot(b: Booking) -> dict:
    """The booking's fields for the audit trail, its times on the centre's clock."""
    snap = audit.snapshot(b, FIELDS)
    for key in ("starts_at", "ends_at"):
        if getattr(b, key) is not None:
            snap[key] = _fmt(getattr(b, key))
    return snap


# The checks read these tables' columns, not ORM objects: a booking is written in a few
# milliseconds (benchmarks/bench_consultations.py), most of it the ORM's own work.
_BK = Booking.__table__
_HOURS = ConsultantHours.__table__
_OFF = ConsultantTimeOff.__table__
_SHUT = RoomClosure.__table__


def _fmt(moment: dt.datetime) -> str:
    return f"{local(moment):%Y-%m-%d %H:%M}"


def _lock_resources(
    s: Session, consultant_id: int | None, room_id: int | None, errors: dict[str, str]
) -> tuple[Consultant | None, MeetingRoom | None]:
    """The consultant and the room, row-locked (in that order, always) until the commit."""
    consultant = None
    if consultant_id is not None:
        consultant = s.scalars(
            select(Consultant).where(Consultant.id == consultant_id).with_for_update()
        ).first()
        if consultant is None:
            errors["consultant_id"] = "That consultant no longer exists"
    room = None
    if room_id is not None:
        room = s.scalars(
            select(MeetingRoom)
            .where(MeetingRoom.id == room_id)
            .options(joinedload(MeetingRoom.unit, innerjoin=True))
            .with_for_update(of=MeetingRoom)
        ).first()
        if room is None:
            errors["room_id"] = "That room no longer exists"
    return consultant, room


def _check_consultant(
    s: Session, c: Consultant, v: dict, exclude_id: int | None, errors: dict[str, str]
) -> None:
    start, end = v["starts_at"], v["ends_at"]
    if not c.active:
        errors["consultant_id"] = f"{c.name_en} no longer takes sessions"
        return
    if v["topic"] in TOPICS and v["topic"] not in c.topics.split(","):
        errors["topic"] = f"{c.name_en} does not advise on {TOPIC_LABELS[v['topic']].lower()}"
    a, b = local(start), local(end)
    # A session ending at midnight ends "at 24:00", after any working hours.
    end_time = b.time() if b.date() == a.date() else dt.time.max
    hours = s.execute(
        select(_HOURS.c.starts, _HOURS.c.ends)
        .where(_HOURS.c.consultant_id == c.id, _HOURS.c.weekday == a.weekday())
        .order_by(_HOURS.c.starts)
    ).all()
    if not any(h_start <= a.time() and end_time <= h_end for h_start, h_end in hours):
        when = ", ".join(f"{x:%H:%M}–{y:%H:%M}" for x, y in hours) or "no hours"
        errors["starts_at"] = (
            f"{a:%H:%M}–{b:%H:%M} on {a:%A} is outside {c.name_en}'s working hours ({when})"
        )
        return
    off = s.execute(
        select(_OFF.c.starts_at, _OFF.c.ends_at, _OFF.c.reason)
        .where(_OFF.c.consultant_id == c.id, _OFF.c.starts_at < end, _OFF.c.ends_at > start)
        .limit(1)
    ).first()
    if off is not None:
        errors["starts_at"] = (
            f"{c.name_en} is off from {_fmt(off.starts_at)} to {_fmt(off.ends_at)}"
            + (f" ({off.reason})" if off.reason else "")
        )
        return
    buffer = dt.timedelta(minutes=c.buffer_minutes)
    clash = s.execute(
        select(_BK.c.id, _BK.c.starts_at, _BK.c.ends_at)
        .where(
            _BK.c.consultant_id == c.id,
            # The index (consultant_id, starts_at) bounds the scan on both sides.
            _BK.c.starts_at > start - buffer - MAX_SESSION,
            _BK.c.starts_at < end + buffer,
            _BK.c.ends_at > start - buffer,
            _BK.c.status.in_(HOLDING),
            *([_BK.c.id != exclude_id] if exclude_id is not None else []),
        )
        .order_by(_BK.c.starts_at)
        .limit(1)
    ).first()
    if clash is not None:
        gap = f", with {c.buffer_minutes} minutes between sessions" if buffer else ""
        errors["consultant_id"] = (
            f"{c.name_en} is booked from {_fmt(clash.starts_at)} to {_fmt(clash.ends_at)}"
            f" ({booking_reference(clash.id)}){gap}"
        )


def _check_room(
    s: Session, r: MeetingRoom, v: dict, exclude_id: int | None, errors: dict[str, str]
) -> None:
    start, end = v["starts_at"], v["ends_at"]
    label = room_label(r)
    if not r.active or not r.unit.in_service:
        errors["room_id"] = f"Room {label} is out of service"
        return
    if isinstance(v["attendees"], int) and v["attendees"] > r.capacity:
        errors["attendees"] = f"Room {label} holds {r.capacity}; {v['attendees']} will attend"
    a, b = local(start), local(end)
    if str(a.weekday()) not in r.open_days:
        errors["room_id"] = f"Room {label} is closed on {a:%A}s"
        return
    if a.time() < r.opens or b.date() != a.date() or b.time() > r.closes:
        errors["room_id"] = f"Room {label} is open {r.opens:%H:%M}–{r.closes:%H:%M}"
        return
    closed = s.execute(
        select(_SHUT.c.starts_at, _SHUT.c.ends_at, _SHUT.c.reason)
        .where(_SHUT.c.room_id == r.id, _SHUT.c.starts_at < end, _SHUT.c.ends_at > start)
        .limit(1)
    ).first()
    if closed is not None:
        errors["room_id"] = (
            f"Room {label} is out of service from {_fmt(closed.starts_at)} to "
            f"{_fmt(closed.ends_at)}" + (f" ({closed.reason})" if closed.reason else "")
        )
        return
    clash = s.execute(
        select(_BK.c.id, _BK.c.starts_at, _BK.c.ends_at)
        .where(
            _BK.c.room_id == r.id,
            _BK.c.starts_at > start - MAX_SESSION,
            _BK.c.starts_at < end,
            _BK.c.ends_at > start,
            _BK.c.status.in_(HOLDING),
            *([_BK.c.id != exclude_id] if exclude_id is not None else []),
        )
        .limit(1)
    ).first()
    if clash is not None:
        errors["room_id"] = (
            f"Room {label} is booked from {_fmt(clash.starts_at)} to {_fmt(clash.ends_at)}"
            f" ({booking_reference(clash.id)})"
        )


def _raise(errors: dict[str, str]) -> None:
    """Clashes with other bookings are conflicts (someone else holds the slot); the rest is
    input the user can correct."""
    if not errors:
        return
    clashes = {k: m for k, m in errors.items() if " is booked from " in m}
    if clashes and len(clashes) == len(errors):
        field, message = next(iter(clashes.items()))
        raise ConflictError("; ".join(clashes.values()), field)
    raise ValidationError(errors)


def no_show_count(s: Session, company_id: int, now: dt.datetime | None = None) -> int:
    """No-shows of the company in the :data:`NO_SHOW_DAYS` days up to ``now``."""
    now = to_utc(now or centre_now())
    return s.scalar(
        select(func.count())
        .select_from(Booking)
        .where(
            Booking.company_id == company_id,
            Booking.status == "no_show",
            Booking.starts_at >= now - dt.timedelta(days=NO_SHOW_DAYS),
            Booking.starts_at <= now,
        )
    )


def needs_confirmation(s: Session, company_id: int, now: dt.datetime | None = None) -> int:
    """The company's no-shows in the last 90 days when its next booking needs a manager's
    confirmation, else 0: flagged (three or more), and no booking confirmed by a manager has
    been made since its latest no-show."""
    now = to_utc(now or centre_now())
    n = no_show_count(s, company_id, now)
    if n < NO_SHOW_LIMIT:
        return 0
    latest = s.scalar(
        select(func.max(Booking.starts_at)).where(
            Booking.company_id == company_id, Booking.status == "no_show"
        )
    )
    confirmed = s.scalar(
        select(func.count())
        .select_from(Booking)
        .where(
            Booking.company_id == company_id,
            Booking.confirmed_by.is_not(None),
            Booking.created_at >= latest,
        )
    )
    return 0 if confirmed else n


@dataclass(frozen=True)
class NoShowStatus:
    no_shows: int  # in the last 90 days
    flagged: bool  # three or more
    needs_confirmation: bool  # its next booking needs a manager's confirmation


def company_no_shows(ctx: AppContext, company_id: int) -> NoShowStatus:
    with ctx.db.read() as s:
        n = no_show_count(s, company_id)
        return NoShowStatus(n, n >= NO_SHOW_LIMIT, bool(needs_confirmation(s, company_id)))


def _event(b: Booking, ctx: AppContext, kind: str, reason: str = "", old: Booking | None = None,
           old_times: tuple | None = None) -> None:  # fmt: skip
    e = BookingEvent(kind=kind, at=centre_now(), by=ctx.actor.login, reason=reason)
    if old_times is not None:
        e.old_starts_at, e.old_ends_at, e.old_consultant_id, e.old_room_id = old_times
    b.events.append(e)


def _summary(b: Booking, what: str) -> str:
    who = b.company.name_en if b.company is not None else b.prospect_name
    return (
        f"{booking_reference(b.id)} {what}: {who} with {b.consultant.name_en}, "
        f"{local(b.starts_at):%Y-%m-%d %H:%M}–{local(b.ends_at):%H:%M}"
    )


# Actions ----------------------------------------------------------------------------------


def create_booking(
    ctx: AppContext,
    data: BookingInput,
    *,
    happened: bool = False,
    outcome: str = "completed",
    manager_confirmed: bool = False,
) -> BookingView:
    """Book a session (and its room) in one transaction.

    ``happened``: record a session that already took place, with its ``outcome`` (completed
    or no_show); only then may it lie in the past. ``manager_confirmed``: a manager confirms a booking for a company
    flagged for no-shows (refused for anyone without ``booking.override``).
    """
    if manager_confirmed:  # only a manager may confirm for a flagged company
        require(ctx, "booking.override")
    require(ctx, "booking.create")
    if happened and outcome not in ("completed", "no_show"):
        raise ValidationError({"status": "A session that happened was completed or a no-show"})
    with ctx.db.write() as s:
        errors: dict[str, str] = {}
        v = _clean(s, data, errors)
        company = v.pop("company")
        now = to_utc(centre_now())
        if v["starts_at"] is not None and "ends_at" not in errors:
            if happened and v["ends_at"] > now:
                errors["ends_at"] = "A session recorded as held must have ended already"
            elif not happened and v["starts_at"] < now:
                errors["starts_at"] = (
                    "The session would start in the past; to record one that happened, "
                    "say it was held"
                )
        flagged_by = None
        if v["company_id"] is not None and not happened:
            n = needs_confirmation(s, v["company_id"], now)
            if n:
                if not manager_confirmed:
                    errors["company_id"] = (
                        f"This company missed {n} sessions in the last {NO_SHOW_DAYS} days: "
                        "a manager must confirm its next booking"
                    )
                else:
                    flagged_by = ctx.actor.login
        if errors and ("starts_at" in errors or "ends_at" in errors):
            raise ValidationError(errors)
        consultant, room = _lock_resources(s, v["consultant_id"], v["room_id"], errors)
        if v["starts_at"] is not None and "ends_at" not in errors:
            if consultant is not None:
                _check_consultant(s, consultant, v, None, errors)
            if room is not None:
                _check_room(s, room, v, None, errors)
        _raise(errors)
        # Written with two INSERTs and shown from what was written: no object for the ORM to
        # flush or load again (a booking is a few milliseconds, most of them the ORM's own).
        made = centre_now()
        values = dict(
            v, status=outcome if happened else "booked", confirmed_by=flagged_by,
            created_by=ctx.actor.login, created_at=made, version=1,
        )  # fmt: skip
        booking_id = s.execute(insert(_BK).values(values).returning(_BK.c.id)).scalar_one()
        event = dict(
            booking_id=booking_id, kind="recorded" if happened else "booked", at=made,
            by=ctx.actor.login, reason="confirmed by a manager (no-shows)" if flagged_by else "",
        )  # fmt: skip
        s.execute(insert(BookingEvent.__table__).values(event))
        b = Booking(id=booking_id, **values)  # never added to the session
        b.consultant, b.room, b.company = consultant, room, company
        b.events = [BookingEvent(**event)]
        audit.record(
            s, ctx, "create", "booking", b.id, audit.diff({}, _snapshot(b)),
            _summary(b, f"recorded as {STATUS_LABELS[outcome].lower()}" if happened else "booked"),
        )  # fmt: skip
        return view(b)


def _editing(s: Session, ctx: AppContext, booking_id: int, expected_version: int | None):
    b = _load(s, booking_id, lock=True)
    audit.check_version(s, b, "booking", expected_version, f"Booking {booking_reference(b.id)}")
    return b


def _must_be_booked(b: Booking, doing: str) -> None:
    if b.status != "booked":
        raise ConflictError(
            f"Booking {booking_reference(b.id)} is {STATUS_LABELS[b.status].lower()}; "
            f"only a booked session can be {doing}",
            "status",
        )


def reschedule_booking(
    ctx: AppContext,
    booking_id: int,
    expected_version: int | None,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    consultant_id: int | None = None,
    room_id: int | None | bool = False,
    reason: str = "",
) -> BookingView:
    """Move a booked session (and optionally change consultant or room; ``room_id=None``
    drops the room, ``False`` keeps it). The old times stay in the booking's history."""
    require(ctx, "booking.change", booking_id)
    with ctx.db.write() as s:
        b = _editing(s, ctx, booking_id, expected_version)
        _must_be_booked(b, "rescheduled")
        data = BookingInput(
            consultant_id=consultant_id if consultant_id is not None else b.consultant_id,
            starts_at=starts_at,
            ends_at=ends_at,
            topic=b.topic,
            company_id=b.company_id,
            prospect_name=b.prospect_name,
            room_id=b.room_id if room_id is False else room_id,
            attendees=b.attendees,
            notes=b.notes,
        )
        errors: dict[str, str] = {}
        v = _clean(s, data, errors)
        v.pop("company")
        if v["starts_at"] is not None and "ends_at" not in errors:
            if v["starts_at"] < to_utc(centre_now()):
                errors["starts_at"] = "A session cannot be moved into the past"
        if errors:
            raise ValidationError(errors)
        consultant, room = _lock_resources(s, v["consultant_id"], v["room_id"], errors)
        if consultant is not None:
            _check_consultant(s, consultant, v, b.id, errors)
        if room is not None:
            _check_room(s, room, v, b.id, errors)
        _raise(errors)
        before = _snapshot(b)
        old = (b.starts_at, b.ends_at, b.consultant_id, b.room_id)
        b.starts_at, b.ends_at = v["starts_at"], v["ends_at"]
        b.consultant_id, b.room_id = v["consultant_id"], v["room_id"]
        _event(b, ctx, "rescheduled", (reason or "").strip()[:300], old_times=old)
        s.flush()
        s.refresh(b, ["consultant", "room"])
        audit.record(
            s, ctx, "reschedule", "booking", b.id, audit.diff(before, _snapshot(b)),
            _summary(b, f"rescheduled from {_fmt(old[0])}"),
        )  # fmt: skip
        return view(b)


def _finish(
    ctx: AppContext,
    booking_id: int,
    expected_version: int | None,
    status: str,
    reason: str = "",
) -> BookingView:
    with ctx.db.write() as s:
        b = _editing(s, ctx, booking_id, expected_version)
        doing = {"completed": "completed", "no_show": "marked a no-show", "cancelled": "cancelled"}
        _must_be_booked(b, doing[status])
        if status in ("completed", "no_show") and b.starts_at > to_utc(centre_now()):
            raise ValidationError(
                {"status": f"The session starts at {_fmt(b.starts_at)}; it has not begun yet"}
            )
        before = _snapshot(b)
        b.status = status
        if status == "cancelled":
            b.cancel_reason = reason
        _event(b, ctx, status, reason)
        s.flush()
        audit.record(
            s, ctx, status, "booking", b.id, audit.diff(before, _snapshot(b)),
            _summary(b, STATUS_LABELS[status].lower()) + (f" ({reason})" if reason else ""),
        )  # fmt: skip
        return view(b)


def cancel_booking(
    ctx: AppContext, booking_id: int, expected_version: int | None, reason: str
) -> BookingView:
    """Cancel a booked session; the reason is required and kept."""
    require(ctx, "booking.change", booking_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"cancel_reason": "Say why the session is cancelled"})
    if len(reason) > 300:
        raise ValidationError({"cancel_reason": "The reason is longer than 300 characters"})
    return _finish(ctx, booking_id, expected_version, "cancelled", reason)


def complete_booking(ctx: AppContext, booking_id: int, expected_version: int | None) -> BookingView:
    """The session took place."""
    require(ctx, "booking.change", booking_id)
    return _finish(ctx, booking_id, expected_version, "completed")


def mark_no_show(ctx: AppContext, booking_id: int, expected_version: int | None) -> BookingView:
    """The company did not come (counts toward the no-show flag)."""
    require(ctx, "booking.change", booking_id)
    return _finish(ctx, booking_id, expected_version, "no_show")
