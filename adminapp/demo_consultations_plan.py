"""The demo's consultation schedule, planned in memory (see :mod:`adminapp.demo_consultations`).

Day by day, each session is placed the way the slot finder would place it: a consultant who
covers the topic and works then (not on time off), with their buffer kept free around their
other sessions, and, if a room is wanted, the smallest free room that is open, in service and
big enough. The rules of :mod:`adminapp.services.consultations.bookings` therefore hold for
every planned session, which is what lets the demo write them in bulk. Then each session gets
its life: when it was booked and by whom, perhaps a move (the old times kept), and how it
ended as of the start of ``today`` (completed, cancelled with a reason, a no-show, or still
booked); a company with three no-shows in 90 days needs a manager's confirmation for its next
booking, as the service demands.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from adminapp.demo_consultants import (
    CANCEL_REASONS,
    DURATIONS,
    NOTES,
    PROSPECTS,
    RESCHEDULE_REASONS,
    TOPIC_WEIGHTS,
    is_holiday,
)
from adminapp.services.consultations.bookings import NO_SHOW_DAYS, NO_SHOW_LIMIT
from adminapp.services.consultations.times import at
from adminapp.services.lease_terms import add_months

MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)
WEEKDAY_WEIGHTS = (1.0, 1.1, 1.1, 1.05, 0.9, 0.12, 0.0)  # Monday … Sunday
ATTENDEES = ((1, 30), (2, 30), (3, 18), (4, 9), (5, 5), (6, 3), (8, 2), (10, 2), (12, 1))
LEADS = ((0, 6), (1, 14), (2, 14), (3, 12), (4, 10), (5, 9), (7, 12), (10, 9), (14, 8), (21, 6))
PROSPECT_SHARE = 0.07
NO_SHOW_RATE = 0.04
UNRELIABLE_RATE = 0.3  # the few companies that keep missing sessions, lately
CANCEL_RATE = 0.08
MOVE_RATE = 0.06
ATTEMPTS = 40


@dataclass(eq=False)
class Adviser:
    id: int
    topics: tuple[str, ...]
    buffer: int  # minutes
    hours: dict[int, list[tuple[int, int]]]  # weekday -> [(from, to)] in minutes of the day
    off: list[tuple[dt.datetime, dt.datetime]]  # UTC


@dataclass(eq=False)
class Room:
    id: int
    capacity: int
    opens: int  # minutes of the day
    closes: int
    days: str
    closed: list[tuple[dt.datetime, dt.datetime]]  # UTC


@dataclass(frozen=True)
class Tenant:
    id: int
    admitted_on: dt.date | None
    graduated_on: dt.date | None


@dataclass(eq=False)
class Session:
    consultant: Adviser
    room: Room | None
    topic: str
    starts_at: dt.datetime  # UTC
    ends_at: dt.datetime
    company_id: int | None
    prospect: str
    attendees: int
    notes: str
    status: str = "booked"
    created_at: dt.datetime = dt.datetime.min
    created_by: str = "staff"
    confirmed_by: str | None = None
    cancel_reason: str = ""
    done_at: dt.datetime | None = None  # marked completed / no-show, or cancelled
    moved: tuple | None = None  # (at, old start, old end, old room id, reason)
    via_service: str = ""  # made through the booking services instead of in bulk
    events: list[dict] = field(default_factory=list)


class Planner:
    def __init__(
        self,
        rng: random.Random,
        advisers: list[Adviser],
        rooms: list[Room],
        tenants: list[Tenant],
        today: dt.date,
    ) -> None:
        self.rng, self.advisers, self.rooms, self.today = rng, advisers, rooms, today
        self.now = at(today, dt.time(0))  # the history stands as of the start of today
        self.tenants = tenants
        residents = [
            t
            for t in tenants
            if t.admitted_on and t.admitted_on <= today - dt.timedelta(days=180)
            and t.graduated_on is None
        ]  # fmt: skip
        self.unreliable = {t.id for t in rng.sample(residents, min(3, len(residents)))}
        self.weight = {t.id: rng.lognormvariate(0, 0.8) for t in tenants}
        for tid in self.unreliable:
            self.weight[tid] = max(self.weight[tid], 1.2)
        self.sessions: list[Session] = []

    # -- placing ---------------------------------------------------------------------------
    def plan(self, first: dt.date, last: dt.date, months: int) -> list[Session]:
        """Sessions on the days ``[first, last)``: about 360 a month at first, growing to
        about 520 (the centre fills up), fewer booked yet the further ahead of today."""
        rng, month, i = self.rng, first, 0
        while month < last:
            nxt = add_months(month, 1)
            target = 360 + 160 * i / max(months - 1, 1) + rng.randint(-30, 30)
            days = [month + dt.timedelta(days=k) for k in range((nxt - month).days)]
            weights = [0.0 if is_holiday(d) else WEEKDAY_WEIGHTS[d.weekday()] for d in days]
            total = sum(weights)
            for day, w in zip(days, weights, strict=True):
                if w == 0 or day >= last:
                    continue
                want = target * w / total
                if day >= self.today:
                    want *= max(0.08, 0.95 - 0.032 * (day - self.today).days)
                n = int(want) + (rng.random() < want - int(want))
                self._day(day, n)
            month, i = nxt, i + 1
        return self.sessions

    def _day(self, day: dt.date, n: int) -> None:
        rng = self.rng
        weekday, midnight = day.weekday(), at(day, dt.time(0))
        busy_c: dict[int, list[tuple[int, int]]] = defaultdict(list)
        busy_r: dict[int, list[tuple[int, int]]] = defaultdict(list)
        rooms = [r for r in self.rooms if str(weekday) in r.days]
        active = [
            t
            for t in self.tenants
            if t.admitted_on and t.admitted_on <= day
            and (t.graduated_on is None or day < t.graduated_on)
        ]  # fmt: skip
        cum, acc = [], 0.0
        for t in active:
            acc += self.weight[t.id]
            cum.append(acc)
        topics, topic_w = list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values())
        durations, duration_w = zip(*DURATIONS, strict=True)
        sizes, size_w = zip(*ATTENDEES, strict=True)
        for _ in range(n):
            for _attempt in range(ATTEMPTS):
                topic = rng.choices(topics, topic_w)[0]
                advisers = [a for a in self.advisers if topic in a.topics and weekday in a.hours]
                if not advisers:
                    continue
                a = rng.choice(advisers)
                minutes = rng.choices(durations, duration_w)[0]
                lo, hi = rng.choice(a.hours[weekday])
                step = 15 if rng.random() < 0.1 else 30
                starts = list(range(lo, hi - minutes + 1, step))
                if not starts:
                    continue
                start = rng.choice(starts)
                end = start + minutes
                s_utc, e_utc = midnight + start * MINUTE, midnight + end * MINUTE
                buf = a.buffer
                if any(start < e2 + buf and s2 < end + buf for s2, e2 in busy_c[a.id]):
                    continue
                if any(p < e_utc and q > s_utc for p, q in a.off):
                    continue
                prospect = not active or rng.random() < PROSPECT_SHARE
                attendees = rng.choices(sizes, size_w)[0]
                room = None
                if rng.random() < (0.95 if prospect else 0.85):
                    fits = [
                        r
                        for r in rooms
                        if r.capacity >= attendees and r.opens <= start and end <= r.closes
                        and not any(start < e2 and s2 < end for s2, e2 in busy_r[r.id])
                        and not any(p < e_utc and q > s_utc for p, q in r.closed)
                    ]  # fmt: skip
                    if not fits:
                        continue
                    fits.sort(key=lambda r: r.capacity)
                    room = fits[0] if rng.random() < 0.7 else rng.choice(fits)
                    busy_r[room.id].append((start, end))
                else:
                    attendees = min(attendees, 3)  # a video call
                busy_c[a.id].append((start, end))
                company = None if prospect else rng.choices(active, cum_weights=cum)[0].id
                self.sessions.append(
                    Session(
                        a, room, topic, s_utc, e_utc, company,
                        rng.choice(PROSPECTS) if prospect else "", attendees,
                        rng.choice(NOTES[topic]) if rng.random() < 0.45 else "",
                    )
                )  # fmt: skip
                break

    # -- their lives -------------------------------------------------------------------------
    def office_moment(self, day: dt.date) -> dt.datetime:
        while day.weekday() >= 5 or is_holiday(day):
            day -= DAY
        return at(day, dt.time(9)) + self.rng.randint(0, 540) * MINUTE

    def outcomes(self) -> None:
        """Who booked when, moves, and how each session stands at the start of today."""
        rng, now = self.rng, self.now
        for s in self.sessions:
            day = (s.starts_at + dt.timedelta(hours=8)).date()  # Shanghai, no daylight saving
            if s.starts_at >= now:
                s.created_at = self.office_moment(self.today - rng.randint(1, 14) * DAY)
            else:
                lead = rng.choices(*zip(*LEADS, strict=True))[0]
                if lead == 0:
                    s.created_at = s.starts_at - rng.randint(30, 150) * MINUTE
                else:
                    s.created_at = self.office_moment(day - lead * DAY)
            s.created_by = "manager" if rng.random() < 0.1 else "staff"
            cancel = CANCEL_RATE * (1.5 if s.prospect else 1) * (0.75 if s.starts_at >= now else 1)
            if rng.random() < cancel:
                s.status = "cancelled"
                until = min(s.starts_at, now)
                s.done_at = s.created_at + (until - s.created_at) * rng.uniform(0.2, 0.95)
                reasons = [r for r in CANCEL_REASONS if ("prospective" in r) == bool(s.prospect)]
                s.cancel_reason = rng.choice(reasons)
                continue
            if rng.random() < MOVE_RATE:
                self._move(s)
            if s.ends_at > now:
                continue
            recent = s.starts_at >= now - dt.timedelta(days=150)
            rate = UNRELIABLE_RATE if s.company_id in self.unreliable and recent else NO_SHOW_RATE
            roll = rng.random()
            if roll < 0.6:
                marked = s.ends_at + rng.randint(10, 90) * MINUTE
            elif roll < 0.9:
                marked = self.office_moment(day + DAY) + rng.randint(0, 90) * MINUTE
            else:
                marked = self.office_moment(day + rng.randint(2, 3) * DAY)
            marked = max(marked, s.ends_at + MINUTE)
            if marked <= now:  # else not marked yet: it stays booked
                s.status = "no_show" if rng.random() < rate else "completed"
                s.done_at = marked

    def _move(self, s: Session) -> None:
        """The session was first booked a week later (or earlier) and moved."""
        rng = self.rng
        shift = 7 * DAY if rng.random() < 0.5 else -7 * DAY
        if s.starts_at + shift < s.created_at + dt.timedelta(hours=2):
            shift = 7 * DAY
        old_start, old_end = s.starts_at + shift, s.ends_at + shift
        until = min(s.starts_at, old_start, self.now)
        if until <= s.created_at:
            return
        moment = s.created_at + (until - s.created_at) * rng.uniform(0.2, 0.9)
        old_room = s.room.id if s.room else None
        if s.room is not None and rng.random() < 0.2:
            old_room = rng.choice(self.rooms).id
        s.moved = (moment, old_start, old_end, old_room, rng.choice(RESCHEDULE_REASONS))

    def flag_the_unreliable(self) -> None:
        """At least one company has missed NO_SHOW_LIMIT sessions in the last 90 days."""
        since = self.now - dt.timedelta(days=NO_SHOW_DAYS)
        window = [s for s in self.sessions if since <= s.starts_at < self.now]
        for company in sorted(self.unreliable):
            mine = [s for s in window if s.company_id == company]
            missed = sum(s.status == "no_show" for s in mine)
            if missed >= NO_SHOW_LIMIT:
                return
            for s in sorted(mine, key=lambda x: x.starts_at, reverse=True):
                if s.status == "completed" and missed < NO_SHOW_LIMIT:
                    s.status, missed = "no_show", missed + 1
            if missed >= NO_SHOW_LIMIT:
                return

    def confirmations(self) -> None:
        """A booking made while its company stood flagged was confirmed by a manager (the
        service's rule), which lifts the need until the company misses another session."""
        by_company: dict[int, list[Session]] = defaultdict(list)
        for s in self.sessions:
            if s.company_id is not None:
                by_company[s.company_id].append(s)
        span = dt.timedelta(days=NO_SHOW_DAYS)
        for sessions in by_company.values():
            missed = sorted(
                (s.done_at, s.starts_at) for s in sessions if s.status == "no_show" and s.done_at
            )
            if len(missed) < NO_SHOW_LIMIT:
                continue
            confirmed: dt.datetime | None = None
            for s in sorted(sessions, key=lambda x: x.created_at):
                known = [start for marked, start in missed if marked <= s.created_at]
                recent = sum(start >= s.created_at - span for start in known)
                if recent >= NO_SHOW_LIMIT and (confirmed is None or confirmed < max(known)):
                    s.confirmed_by = s.created_by = "manager"
                    confirmed = s.created_at

    # -- rows --------------------------------------------------------------------------------
    def events(self, s: Session) -> list[dict]:
        """The booking's history, as the services write it."""
        out = [
            dict(kind="booked", at=s.created_at, by=s.created_by,
                 reason="confirmed by a manager (no-shows)" if s.confirmed_by else "")
        ]  # fmt: skip
        if s.moved is not None:
            moment, old_start, old_end, old_room, reason = s.moved
            out.append(
                dict(kind="rescheduled", at=moment, by="staff", old_starts_at=old_start,
                     old_ends_at=old_end, old_consultant_id=s.consultant.id,
                     old_room_id=old_room, reason=reason)
            )  # fmt: skip
        if s.status != "booked":
            out.append(dict(kind=s.status, at=s.done_at, by="staff", reason=s.cancel_reason))
        return out
