"""The slot finder: when can a company see a suitable consultant, in a room that fits?

For a topic (or one consultant), a duration and a date range, every start on a grid (every
``step`` minutes from the start of each period of working hours) where the consultant is
working, not off, free with their buffer kept, and (unless no room is wanted) a room is open,
in service, big enough and free for the whole session. Each slot names the smallest fitting
room (the big rooms stay free for big meetings). Booking a slot goes through
:func:`bookings.create_booking`, which checks everything again under lock: a slot taken by
someone else in the meantime is refused there, never double-booked.

Three queries whatever the range (consultants with hours and time off; rooms with closures;
the bookings of the range); the rest is interval arithmetic in memory.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from adminapp.errors import ValidationError
from adminapp.models import TOPICS, Booking, Consultant, MeetingRoom, RoomClosure, Unit
from adminapp.services.consultations.bookings import HOLDING, MAX_SESSION, room_label
from adminapp.services.consultations.times import at, day_bounds, local, to_utc
from adminapp.services.context import AppContext, centre_now

MAX_DAYS = 62


@dataclass(frozen=True)
class Slot:
    starts_at: dt.datetime  # Asia/Shanghai
    ends_at: dt.datetime
    consultant_id: int
    consultant_name: str
    room_id: int | None
    room_label: str


class _Busy:
    """Sorted, non-overlapping-or-not intervals of one consultant or room; asks "free?"."""

    def __init__(self) -> None:
        self.starts: list[dt.datetime] = []
        self.spans: list[tuple[dt.datetime, dt.datetime]] = []
        self._longest = dt.timedelta(0)

    def add(self, start: dt.datetime, end: dt.datetime) -> None:
        i = bisect.bisect(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))
        self._longest = max(self._longest, end - start)

    def free(self, start: dt.datetime, end: dt.datetime) -> bool:
        """No interval overlaps ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start - self._longest)
        for s, e in self.spans[i:]:
            if s >= end:
                return True
            if e > start:
                return False
        return True


def find_slots(
    ctx: AppContext,
    *,
    duration_minutes: int,
    date_from: dt.date,
    date_to: dt.date,
    topic: str | None = None,
    consultant_id: int | None = None,
    attendees: int = 1,
    with_room: bool = True,
    step_minutes: int = 30,
    limit: int = 500,
    now: dt.datetime | None = None,
    exclude_booking_id: int | None = None,
) -> list[Slot]:
    """Free slots in ``[date_from, date_to)`` (dates, Asia/Shanghai), earliest first.

    ``exclude_booking_id``: a session being rescheduled, whose own time counts as free.
    """
    errors: dict[str, str] = {}
    if topic is None and consultant_id is None:
        errors["topic"] = "Choose a topic or a consultant"
    if topic is not None and topic not in TOPICS:
        errors["topic"] = "Choose the topic of the session"
    if not isinstance(duration_minutes, int) or not 15 <= duration_minutes <= 480:
        errors["duration"] = "The session lasts 15 minutes to 8 hours"
    if not isinstance(step_minutes, int) or not 5 <= step_minutes <= 240:
        errors["step"] = "Offer starts every 5 to 240 minutes"
    if date_to <= date_from:
        errors["date_to"] = "The search must end after it starts"
    elif (date_to - date_from).days > MAX_DAYS:
        errors["date_to"] = f"Search at most {MAX_DAYS} days at once"
    if not isinstance(attendees, int) or attendees < 1:
        errors["attendees"] = "At least one person attends"
    if errors:
        raise ValidationError(errors)
    now = to_utc(now or centre_now())
    lo, hi = day_bounds(date_from, date_to)
    duration = dt.timedelta(minutes=duration_minutes)
    step = dt.timedelta(minutes=step_minutes)

    with ctx.db.read() as s:
        q = (
            select(Consultant)
            .where(Consultant.active.is_(True))
            .options(selectinload(Consultant.hours), selectinload(Consultant.time_off))
            .order_by(Consultant.name_en)
        )
        if consultant_id is not None:
            q = q.where(Consultant.id == consultant_id)
        consultants = [c for c in s.scalars(q) if topic is None or topic in c.topics.split(",")]
        rooms: list[MeetingRoom] = []
        if with_room:
            rooms = list(
                s.scalars(
                    select(MeetingRoom)
                    .join(MeetingRoom.unit)
                    .where(
                        MeetingRoom.active.is_(True),
                        Unit.in_service.is_(True),
                        MeetingRoom.capacity >= attendees,
                    )
                    .options(
                        joinedload(MeetingRoom.unit),
                        selectinload(MeetingRoom.closures.and_(RoomClosure.ends_at > lo)),
                    )
                    .order_by(MeetingRoom.capacity, Unit.code)
                )
            )
        busy_c = {c.id: _Busy() for c in consultants}
        busy_r = {r.id: _Busy() for r in rooms}
        buffers = {c.id: dt.timedelta(minutes=c.buffer_minutes) for c in consultants}
        widest = max(buffers.values(), default=dt.timedelta(0))
        rows = s.execute(
            select(
                Booking.consultant_id, Booking.room_id, Booking.starts_at, Booking.ends_at
            ).where(
                Booking.starts_at > lo - widest - MAX_SESSION,
                Booking.starts_at < hi + widest,
                Booking.status.in_(HOLDING),
                *([Booking.id != exclude_booking_id] if exclude_booking_id is not None else []),
            )
        )
        for cid, rid, start, end in rows:
            if cid in busy_c:
                # Widen the other session by the buffer on both sides: touching is fine.
                busy_c[cid].add(start - buffers[cid], end + buffers[cid])
            if rid in busy_r:
                busy_r[rid].add(start, end)
        for c in consultants:
            for p in c.time_off:
                busy_c[c.id].add(p.starts_at, p.ends_at)
        for r in rooms:
            for p in r.closures:
                busy_r[r.id].add(p.starts_at, p.ends_at)
        names = {c.id: c.name_en for c in consultants}
        labels = {r.id: room_label(r) for r in rooms}

    slots: list[Slot] = []
    day = date_from
    while day < date_to and len(slots) < limit:
        weekday = day.weekday()
        day_rooms = [r for r in rooms if str(weekday) in r.open_days]
        found: list[Slot] = []
        for c in consultants:
            for h in (h for h in c.hours if h.weekday == weekday):
                start, close = at(day, h.starts), at(day, h.ends)
                while start + duration <= close:
                    end = start + duration
                    if start >= now and busy_c[c.id].free(start, end):
                        room = None
                        if with_room:
                            room = next(
                                (r for r in day_rooms if _room_open(r, start, end)
                                 and busy_r[r.id].free(start, end)),
                                None,
                            )  # fmt: skip
                        if room is not None or not with_room:
                            found.append(
                                Slot(
                                    local(start), local(end), c.id, names[c.id],
                                    room.id if room else None, labels[room.id] if room else "",
                                )
                            )  # fmt: skip
                    start += step
        found.sort(key=lambda x: (x.starts_at, x.consultant_name))
        slots.extend(found)
        day += dt.timedelta(days=1)
    return slots[:limit]


def _room_open(r: MeetingRoom, start: dt.datetime, end: dt.datetime) -> bool:
    a, b = local(start), local(end)
    return a.date() == b.date() and r.opens <= a.time() and b.time() <= r.closes
