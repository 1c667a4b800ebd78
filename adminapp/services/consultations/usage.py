"""How much the consultants and the meeting rooms were used, month by month.

Everything is counted on the centre's clock (Asia/Shanghai): a session belongs to the month in
which it starts (a session starts and ends on the same day, so it never spans two months);
working hours and opening hours are wall-clock times on each day of the month; time off and
closures are moments, subtracted where they overlap those hours (overlapping periods are
merged first, so nothing is subtracted twice).

The bookings are aggregated in the database (one grouped query over the period, through the
``starts_at`` indexes), so a report over a million bookings reads a few hundred rows. Hours
are kept as whole seconds until shown. The reports and any screen read the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, Numeric, case, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from adminapp.models import (
    TOPICS,
    Booking,
    Consultant,
    ConsultantHours,
    ConsultantTimeOff,
    MeetingRoom,
    RoomClosure,
    Unit,
)
from adminapp.services.consultations.times import at, day_bounds, local
from adminapp.services.context import AppContext

HOUR = Decimal("0.01")
SHARE = Decimal("0.0001")
ONE_DAY = dt.timedelta(days=1)
# Statuses that hold the consultant's and the room's time (bookings.HOLDING, repeated here so
# this module needs nothing from the booking rules).
HOLDING = ("booked", "completed", "no_show")

Span = tuple[dt.datetime, dt.datetime]  # [start, end) in UTC
Weekly = dict[int, list[tuple[dt.time, dt.time]]]  # weekday (0 = Monday) → wall-clock spans


# --- months -----------------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of every month from ``first``'s to ``last``'s, both included."""
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


# --- figures ----------------------------------------------------------------------------------


def hours(seconds: int) -> Decimal:
    """Seconds as hours, to the hundredth (half up): 45 minutes is 0.75."""
    return (Decimal(seconds) / 3600).quantize(HOUR, rounding=ROUND_HALF_UP)


def share(part: Decimal, whole: Decimal) -> Decimal:
    """``part / whole`` to four places (0.4375 shows as 43.75%); 0 when ``whole`` is 0."""
    return (part / whole).quantize(SHARE, rounding=ROUND_HALF_UP) if whole else Decimal(0)


@dataclass
class Tally:
    """Sessions by status and the time they held (completed + no-show + still booked)."""

    booked: int = 0  # still booked: the outcome is not recorded (yet)
    completed: int = 0
    cancelled: int = 0
    no_show: int = 0
    held_seconds: int = 0

    @property
    def sessions(self) -> int:
        return self.booked + self.completed + self.cancelled + self.no_show

    @property
    def held(self) -> int:
        """Sessions that hold time: all but the cancelled ones."""
        return self.booked + self.completed + self.no_show

    @property
    def hours_held(self) -> Decimal:
        return hours(self.held_seconds)

    def add(self, status: str, count: int, seconds: int) -> None:
        setattr(self, status, getattr(self, status) + count)
        if status in HOLDING:
            self.held_seconds += seconds

    def merge(self, other: Tally) -> None:
        for name in ("booked", "completed", "cancelled", "no_show", "held_seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# --- the length of a booking, in the database ---------------------------------------------------


class seconds_between(FunctionElement):  # noqa: N801 - an SQL function, named like one
    """``ends - starts`` in whole seconds, in SQL (each database spells it its own way)."""

    type = Numeric()
    name = "seconds_between"
    inherit_cache = True


@compiles(seconds_between)
def _seconds_between(element, compiler, **kw) -> str:  # noqa: ANN001 - SQLAlchemy's hook
    ends, starts = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({ends} - {starts}))"


@compiles(seconds_between, "sqlite")
def _seconds_between_sqlite(element, compiler, **kw) -> str:  # noqa: ANN001
    ends, starts = (compiler.process(c, **kw) for c in element.clauses)
    return f"ROUND((julianday({ends}) - julianday({starts})) * 86400)"


def _month_tallies(
    s: Session, months: Sequence[dt.date], owner, where: Iterable[ColumnElement[bool]]
) -> list[tuple[int, str, str, int, int, int]]:
    """(owner id, topic, status, month index, sessions, seconds) for bookings starting in
    ``months``, grouped in the database."""
    start, end = day_bounds(months[0], next_month(months[-1]))
    # Each month's end, as a UTC moment: the month index is the first end after the start.
    ends = [at(next_month(m), dt.time(0)) for m in months]
    month_no = (
        case(*((Booking.starts_at < e, i) for i, e in enumerate(ends[:-1])), else_=len(ends) - 1)
        if len(ends) > 1
        else literal(0)
    )
    inner = (
        select(
            owner.label("owner"),
            Booking.topic.label("topic"),
            Booking.status.label("status"),
            month_no.label("month_no"),
            seconds_between(Booking.ends_at, Booking.starts_at).label("seconds"),
        )
        .where(Booking.starts_at >= start, Booking.starts_at < end, *where)
        .subquery()
    )
    # Grouped on the subquery's columns: PostgreSQL would not see that a CASE with bound
    # parameters in the select list is the one in GROUP BY.
    q = select(
        inner.c.owner,
        inner.c.topic,
        inner.c.status,
        inner.c.month_no,
        func.count(),
        func.sum(inner.c.seconds),
    ).group_by(inner.c.owner, inner.c.topic, inner.c.status, inner.c.month_no)
    return [
        (owner_id, topic, status, month_no, n, int(round(secs or 0)))
        for owner_id, topic, status, month_no, n, secs in s.execute(q)
    ]


# --- hours on the clock -------------------------------------------------------------------------


def merged(spans: Iterable[Span]) -> list[Span]:
    """``spans`` sorted, with overlapping or touching ones joined."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _day_spans(weekly: Weekly, day: dt.date) -> list[Span]:
    return [(at(day, a), at(day, b)) for a, b in weekly.get(day.weekday(), ())]


def _overlap(a: Span, b: Span) -> int:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return int((end - start).total_seconds()) if end > start else 0


def scheduled_seconds(weekly: Weekly, month: dt.date, off: Sequence[Span] = ()) -> int:
    """Seconds of ``weekly`` hours on the days of ``month``, less the merged ``off`` periods.

    ``weekly`` maps a weekday (0 = Monday) to wall-clock spans in Asia/Shanghai; ``off`` are
    UTC periods (time off, closures).
    """
    first, after = month, next_month(month)
    total = 0
    day = first
    while day < after:
        for span in _day_spans(weekly, day):
            total += int((span[1] - span[0]).total_seconds())
        day += ONE_DAY
    lo, hi = day_bounds(first, after)
    for period in merged(off):
        if period[1] <= lo or period[0] >= hi:
            continue
        # Only the days the period touches can lose hours.
        day = max(first, local(period[0]).date())
        last = min(after - ONE_DAY, local(period[1]).date())
        while day <= last:
            for span in _day_spans(weekly, day):
                total -= _overlap(span, period)
            day += ONE_DAY
    return total


# --- consultants --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultantRef:
    id: int
    name_en: str
    name_zh: str
    active: bool


@dataclass(frozen=True)
class ConsultantTopicMonth:
    """One consultant's sessions on one topic in one month."""

    consultant: ConsultantRef
    topic: str
    month: dt.date
    tally: Tally


@dataclass(frozen=True)
class ConsultantMonth:
    """One consultant's month: sessions (every topic, or the one filtered on), hours held,
    hours available (weekly hours on the month's days, less time off) and their ratio."""

    consultant: ConsultantRef
    month: dt.date
    tally: Tally
    available_seconds: int

    @property
    def available_hours(self) -> Decimal:
        return hours(self.available_seconds)

    @property
    def utilisation(self) -> Decimal:
        return share(self.tally.hours_held, self.available_hours)


@dataclass(frozen=True)
class ConsultantUsage:
    months: list[dt.date]
    by_topic: list[ConsultantTopicMonth] = field(default_factory=list)
    by_month: list[ConsultantMonth] = field(default_factory=list)


def consultant_usage_in(
    s: Session,
    first_month: dt.date,
    last_month: dt.date,
    *,
    consultant_id: int | None = None,
    topic: str | None = None,
) -> ConsultantUsage:
    """Each consultant's sessions and hours by topic and by month, from ``first_month`` to
    ``last_month`` (first days of months, both included), in the session ``s``.

    A consultant has a row for a month when they are active with working hours (and cover
    ``topic``, when given) or had any session, cancelled or not, starting in it. Sessions are
    counted by status whatever it is; hours held are those of completed, no-show and still
    booked sessions; available hours are their weekly hours as they are now.
    """
    months = months_between(first_month, last_month)
    where: list[ColumnElement[bool]] = []
    if consultant_id is not None:
        where.append(Booking.consultant_id == consultant_id)
    if topic is not None:
        where.append(Booking.topic == topic)
    tallies = _month_tallies(s, months, Booking.consultant_id, where)
    wanted = [Consultant.id == consultant_id] if consultant_id is not None else []
    with_sessions = {t[0] for t in tallies}
    refs = {
        cid: ConsultantRef(cid, name, zh, active)
        for cid, name, zh, active, topics in s.execute(
            select(
                Consultant.id,
                Consultant.name_en,
                Consultant.name_zh,
                Consultant.active,
                Consultant.topics,
            ).where(*wanted)
        )
        if topic is None or topic in topics.split(",") or cid in with_sessions
    }
    # Consultants number in the hundreds at most: their hours and time off are read whole.
    weekly: dict[int, Weekly] = {cid: {} for cid in refs}
    h = ConsultantHours
    for cid, weekday, starts, ends in s.execute(
        select(h.consultant_id, h.weekday, h.starts, h.ends)
    ):
        if cid in weekly:
            weekly[cid].setdefault(weekday, []).append((starts, ends))
    lo, hi = day_bounds(months[0], next_month(months[-1]))
    off: dict[int, list[Span]] = {cid: [] for cid in refs}
    o = ConsultantTimeOff
    for cid, starts_at, ends_at in s.execute(
        select(o.consultant_id, o.starts_at, o.ends_at).where(o.starts_at < hi, o.ends_at > lo)
    ):
        if cid in off:
            off[cid].append((starts_at, ends_at))

    by_topic: dict[tuple[int, str, int], Tally] = {}
    by_month: dict[tuple[int, int], Tally] = {}
    for cid, t, status, month_no, n, secs in tallies:
        if cid not in refs:
            continue
        by_topic.setdefault((cid, t, month_no), Tally()).add(status, n, secs)
        by_month.setdefault((cid, month_no), Tally()).add(status, n, secs)
    for cid, ref in refs.items():
        if ref.active and weekly[cid]:
            for i in range(len(months)):
                by_month.setdefault((cid, i), Tally())

    def order(cid: int) -> tuple[str, int]:
        return refs[cid].name_en, cid

    topic_rows = [
        ConsultantTopicMonth(refs[cid], t, months[i], tally)
        for (cid, t, i), tally in sorted(
            by_topic.items(), key=lambda kv: (order(kv[0][0]), kv[0][2], TOPICS.index(kv[0][1]))
        )
    ]
    month_rows = [
        ConsultantMonth(
            refs[cid], months[i], tally, scheduled_seconds(weekly[cid], months[i], off[cid])
        )
        for (cid, i), tally in sorted(by_month.items(), key=lambda kv: (order(kv[0][0]), kv[0][1]))
    ]
    return ConsultantUsage(months, topic_rows, month_rows)


def consultant_usage(
    ctx: AppContext,
    first_month: dt.date,
    last_month: dt.date,
    *,
    consultant_id: int | None = None,
    topic: str | None = None,
) -> ConsultantUsage:
    """:func:`consultant_usage_in` in a read-only session of its own (for screens)."""
    with ctx.db.read() as s:
        return consultant_usage_in(
            s, first_month, last_month, consultant_id=consultant_id, topic=topic
        )


# --- rooms -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomRef:
    id: int
    unit_code: str
    name: str
    capacity: int

    @property
    def label(self) -> str:
        return f"{self.unit_code} {self.name}".strip()


@dataclass(frozen=True)
class RoomMonth:
    """One room's month: hours open (open days × opening hours, less closures), hours held
    by sessions (booked, completed, no-show) and their number."""

    room: RoomRef
    month: dt.date
    sessions: int
    held_seconds: int
    open_seconds: int

    @property
    def open_hours(self) -> Decimal:
        return hours(self.open_seconds)

    @property
    def booked_hours(self) -> Decimal:
        return hours(self.held_seconds)

    @property
    def utilisation(self) -> Decimal:
        return share(self.booked_hours, self.open_hours)


def room_usage_in(
    s: Session, first_month: dt.date, last_month: dt.date, *, room_id: int | None = None
) -> list[RoomMonth]:
    """Each room's open and booked hours by month, sorted by unit code then month.

    A room has a row for a month when it is active in a unit in service, or when a session
    holding it (booked, completed, no-show) starts in that month.
    """
    months = months_between(first_month, last_month)
    where = [Booking.room_id.is_not(None), Booking.status.in_(HOLDING)]
    if room_id is not None:
        where.append(Booking.room_id == room_id)
    held: dict[tuple[int, int], list[int]] = {}
    for rid, _topic, _status, month_no, n, secs in _month_tallies(
        s, months, Booking.room_id, where
    ):
        tally = held.setdefault((rid, month_no), [0, 0])
        tally[0] += n
        tally[1] += secs
    with_sessions = {rid for rid, _ in held}
    rooms = s.execute(
        select(
            MeetingRoom.id,
            Unit.code,
            MeetingRoom.name,
            MeetingRoom.capacity,
            MeetingRoom.opens,
            MeetingRoom.closes,
            MeetingRoom.open_days,
            MeetingRoom.active,
            Unit.in_service,
        )
        .join(Unit, Unit.id == MeetingRoom.unit_id)
        .where(*([MeetingRoom.id == room_id] if room_id is not None else []))
        .order_by(Unit.code, MeetingRoom.id)
    ).all()
    lo, hi = day_bounds(months[0], next_month(months[-1]))
    closures: dict[int, list[Span]] = {r[0]: [] for r in rooms}
    c = RoomClosure
    for rid, starts_at, ends_at in s.execute(
        select(c.room_id, c.starts_at, c.ends_at).where(c.starts_at < hi, c.ends_at > lo)
    ):
        if rid in closures:
            closures[rid].append((starts_at, ends_at))
    rows = []
    for rid, code, name, capacity, opens, closes, open_days, active, in_service in rooms:
        in_use = active and in_service
        if not in_use and rid not in with_sessions:
            continue
        ref = RoomRef(rid, code, name, capacity)
        weekly: Weekly = {int(d): [(opens, closes)] for d in open_days}
        for i, month in enumerate(months):
            n, secs = held.get((rid, i), (0, 0))
            if not in_use and not n:
                continue
            open_secs = scheduled_seconds(weekly, month, closures[rid])
            rows.append(RoomMonth(ref, month, n, secs, open_secs))
    return rows


def room_usage(
    ctx: AppContext, first_month: dt.date, last_month: dt.date, *, room_id: int | None = None
) -> list[RoomMonth]:
    """:func:`room_usage_in` in a read-only session of its own (for screens)."""
    with ctx.db.read() as s:
        return room_usage_in(s, first_month, last_month, room_id=room_id)
