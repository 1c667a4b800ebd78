"""The demo centre's consultations: 15 consultants, the meeting rooms and two years of bookings.

The consultants (with their weekly hours and time off) and the rooms (with a closure) are set
up through the consultation services as Wang Fang (staff), so those rules and audit entries
hold as if she had typed them in. Some 12,000 bookings would take minutes one by one through
``create_booking``, so the schedule is planned in memory
(:mod:`adminapp.demo_consultations_plan`, every rule of the booking service kept) and written
with bulk Core ``insert()``: the bookings and the steps of their lives (booked, moved with the
old times, completed, cancelled with the reason, no-show), and one audit entry that sums the
history up, as the demo does for its leases. A handful of sessions of the plan (recently held,
upcoming, cancelled) go through ``create_booking`` and ``cancel_booking`` instead, after the
bulk rows, so the normal path and its clash checks run against the whole history; which ones
depends on the real clock (the services refuse a past session unless it is recorded as held),
so the rows are the same for the same arguments on the same day.

It all runs in the demo's unit of work: nothing is written if anything fails.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import socket
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from adminapp.db import Database
from adminapp.demo_consultants import (
    CLOSURE_REASON,
    CONSULTANTS,
    ROOM_HOURS,
    ROOM_NAMES,
    is_holiday,
)
from adminapp.demo_consultations_plan import Adviser, Planner, Room, Tenant
from adminapp.demo_consultations_plan import Session as Planned
from adminapp.demo_financing import OneUnitOfWork
from adminapp.models import (
    AuditEntry,
    Booking,
    BookingEvent,
    Building,
    Company,
    Floor,
    LeaseUnit,
    Unit,
    User,
    UserRole,
)
from adminapp.services.consultations import bookings, resources
from adminapp.services.consultations.bookings import NO_SHOW_DAYS, NO_SHOW_LIMIT
from adminapp.services.consultations.times import at, to_utc
from adminapp.services.context import Actor, AppContext, centre_now
from adminapp.services.lease_terms import add_months

SEED = "west-bund-ai-tower:consultations"
HISTORY_MONTHS = 24
FUTURE_DAYS = 28
MAX_ROOMS = 10
BATCH = 5_000
VIA_SERVICE = {"recorded": 4, "booked": 4, "cancelled": 2}


@dataclass(frozen=True)
class ConsultationsSummary:
    consultants: int
    rooms: int
    bookings: int
    by_status: dict[str, int]
    flagged_companies: int  # NO_SHOW_LIMIT no-shows or more in the 90 days before today


def generate_consultations(
    session: Session,
    db: Database,
    today: dt.date,
    users: dict[str, int],
    companies: tuple[int, int],
) -> ConsultationsSummary:
    """Set up the consultation desk and its history in ``session`` (the demo's unit of work
    on ``db``), acting as the demo ``users`` (login → id): two calendar years of bookings up
    to the start of ``today`` and four weeks ahead. ``companies`` is (first id, count): the
    tenants who book; a few prospective companies book too."""
    uow = OneUnitOfWork(session, db)
    staff, manager = (_acting(uow, session, login, users[login]) for login in ("staff", "manager"))
    rng = random.Random(SEED)
    first = add_months(today.replace(day=1), -HISTORY_MONTHS)
    last = today + dt.timedelta(days=FUTURE_DAYS)
    advisers = _consultants(staff, rng, first, today)
    rooms = _rooms(staff, session, today)
    planner = Planner(rng, advisers, rooms, _tenants(session, *companies), today)
    planned = planner.plan(first, last, HISTORY_MONTHS + 1)
    planner.outcomes()
    planner.flag_the_unreliable()
    planner.confirmations()
    chosen = _choose_for_services(planned, planner.now)
    _write(session, planner, [s for s in planned if not s.via_service])
    _through_services(session, staff, manager, chosen)
    by_status = Counter(dict(session.execute(_STATUS_COUNTS).all()))
    flagged = _flagged(session, planner.now)
    _audit(session, today, len(advisers), len(rooms), by_status, flagged)
    return ConsultationsSummary(
        len(advisers), len(rooms), sum(by_status.values()), dict(by_status), flagged
    )


def _acting(db: OneUnitOfWork, s: Session, login: str, user_id: int) -> AppContext:
    """Signed in as a demo user: the services read the roles again from the database."""
    name = s.scalar(select(User.display_name).where(User.id == user_id))
    roles = frozenset(s.scalars(select(UserRole.role).where(UserRole.user_id == user_id)))
    actor = Actor(login, socket.gethostname(), roles, user_id=user_id, display_name=name or "")
    return AppContext(db, actor)  # type: ignore[arg-type]  # it stands in for the Database


# --- the desk -------------------------------------------------------------------------------


def _consultants(
    ctx: AppContext, rng: random.Random, first: dt.date, today: dt.date
) -> list[Adviser]:
    made = []
    for spec in CONSULTANTS:
        hours = [(int(d), a, b) for days, a, b in spec.hours for d in days]
        view = resources.create_consultant(
            ctx,
            resources.ConsultantInput(
                spec.name_en, list(spec.topics), spec.platform, hours, spec.name_zh,
                spec.internal, spec.buffer, spec.email,
            ),
        )  # fmt: skip
        by_day: dict[int, list[tuple[int, int]]] = {}
        for d, a, b in hours:
            by_day.setdefault(d, []).append((a.hour * 60 + a.minute, b.hour * 60 + b.minute))
        made.append(Adviser(view.id, spec.topics, spec.buffer, by_day, []))
    for a, reason, start, end in _time_off(rng, made, first, today):
        resources.add_time_off(ctx, a.id, start, end, reason)
        a.off.append((to_utc(start), to_utc(end)))
    return made


def _time_off(
    rng: random.Random, advisers: list[Adviser], first: dt.date, today: dt.date
) -> list[tuple[Adviser, str, dt.datetime, dt.datetime]]:
    """A week's annual leave most years, a conference now and then, a training afternoon,
    and one consultant off next week (so the calendar shows it). Whole days run from
    midnight in Shanghai."""
    out = []

    def days(day: dt.date, n: int) -> tuple[dt.datetime, dt.datetime]:
        return at(day, dt.time()), at(day + dt.timedelta(days=n), dt.time())

    for a in advisers:
        year = first
        while year < today:
            if rng.random() < 0.75:
                end = min(add_months(year, 12), today)
                day = year + dt.timedelta(days=rng.randrange(max((end - year).days, 1)))
                out.append((a, "Annual leave", *days(day - dt.timedelta(days=day.weekday()), 7)))
            year = add_months(year, 12)
        if rng.random() < 0.4:
            day = first + dt.timedelta(days=rng.randrange((today - first).days))
            while day.weekday() >= 4 or is_holiday(day):
                day += dt.timedelta(days=1)
            out.append((a, "At a conference in Beijing", *days(day, 2)))
    trainer = advisers[6 % len(advisers)]
    day = today - dt.timedelta(days=40)
    while day.weekday() not in trainer.hours:
        day += dt.timedelta(days=1)
    out.append((trainer, "Cluster operations training", at(day, dt.time(13)), at(day, dt.time(18))))
    out.append(
        (advisers[1], "Annual leave", *days(today + dt.timedelta(days=7 - today.weekday()), 5))
    )
    return sorted(out, key=lambda x: (x[2], x[0].id))


def _rooms(ctx: AppContext, s: Session, today: dt.date) -> list[Room]:
    """The first tower's meeting-room units never let to a tenant, lowest floors first (the
    centre's own rooms); one is out of service for a while around today."""
    building = s.scalar(select(func.min(Building.id)))
    leased = select(LeaseUnit.unit_id).where(LeaseUnit.unit_id == Unit.id).exists()
    units = s.execute(
        select(Unit.id, Unit.rentable_area)
        .join(Floor, Floor.id == Unit.floor_id)
        .where(
            Floor.building_id == building,
            Unit.kind == "meeting_room",
            Unit.in_service.is_(True),
            ~leased,
        )
        .order_by(Floor.level, Unit.code)
        .limit(MAX_ROOMS)
    ).all()
    rooms = []
    for i, (unit_id, area) in enumerate(units):
        opens, closes, days = ROOM_HOURS[i % len(ROOM_HOURS)]
        capacity = max(4, min(20, int(area / 3)))
        view = resources.create_room(
            ctx,
            resources.RoomInput(
                unit_id, capacity, opens, closes, days, ROOM_NAMES[i % len(ROOM_NAMES)]
            ),
        )
        rooms.append(
            Room(view.id, capacity, opens.hour * 60 + opens.minute,
                 closes.hour * 60 + closes.minute, days, [])
        )  # fmt: skip
    if len(rooms) > 2:
        room = rooms[2]
        start = at(today - dt.timedelta(days=10), dt.time())
        end = at(today + dt.timedelta(days=12), dt.time())
        resources.add_room_closure(ctx, room.id, start, end, CLOSURE_REASON)
        room.closed.append((start, end))
    return rooms


def _tenants(s: Session, first: int, count: int) -> list[Tenant]:
    rows = s.execute(
        select(Company.id, Company.admitted_on, Company.graduated_on)
        .where(Company.id >= first, Company.id < first + count)
        .order_by(Company.id)
    )
    return [Tenant(*row) for row in rows]


# --- writing --------------------------------------------------------------------------------


def _write(s: Session, planner: Planner, sessions: list[Planned]) -> None:
    """The bookings (ids assigned here, in order of start) and their events, in bulk."""
    sessions.sort(key=lambda x: (x.starts_at, x.consultant.id))
    next_id = (s.scalar(select(func.max(Booking.id))) or 0) + 1
    rows, events = [], []
    for booking_id, p in enumerate(sessions, start=next_id):
        steps = planner.events(p)
        rows.append(
            dict(
                id=booking_id, company_id=p.company_id, prospect_name=p.prospect,
                consultant_id=p.consultant.id, room_id=p.room.id if p.room else None,
                topic=p.topic, starts_at=p.starts_at, ends_at=p.ends_at,
                attendees=p.attendees, notes=p.notes, status=p.status,
                cancel_reason=p.cancel_reason, confirmed_by=p.confirmed_by,
                created_by=p.created_by, created_at=p.created_at, version=len(steps),
            )
        )  # fmt: skip
        for e in steps:
            events.append(
                dict(
                    booking_id=booking_id, kind=e["kind"], at=e["at"], by=e["by"],
                    old_starts_at=e.get("old_starts_at"), old_ends_at=e.get("old_ends_at"),
                    old_consultant_id=e.get("old_consultant_id"),
                    old_room_id=e.get("old_room_id"), reason=e.get("reason", ""),
                )
            )  # fmt: skip
    # The table, not the mapped class (see adminapp.demo._Writer).
    for table, batch in ((Booking.__table__, rows), (BookingEvent.__table__, events)):
        for i in range(0, len(batch), BATCH):
            s.execute(insert(table), batch[i : i + BATCH])
    if s.get_bind().dialect.name == "postgresql":  # its serial counter does not see our ids
        s.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('bookings', 'id'), "
                "(SELECT COALESCE(MAX(id), 0) + 1 FROM bookings), false)"
            )
        )


def _choose_for_services(sessions: list[Planned], now: dt.datetime) -> list[Planned]:
    """A few sessions the services can take as they stand by the real clock: held ones
    recorded, upcoming ones booked (and two cancelled)."""
    real = to_utc(centre_now())
    plain = [s for s in sessions if s.company_id and s.moved is None and not s.confirmed_by]
    past = [
        s for s in plain
        if s.status in ("completed", "no_show") and s.ends_at <= min(now, real)
    ]  # fmt: skip
    ahead = max(now, real + dt.timedelta(hours=1))
    booked = [s for s in plain if s.status == "booked" and s.starts_at >= ahead]
    cancelled = [s for s in plain if s.status == "cancelled" and s.starts_at >= ahead]
    chosen = past[-VIA_SERVICE["recorded"] :]
    for kind, pool in (("booked", booked), ("cancelled", cancelled)):
        n = min(VIA_SERVICE[kind], len(pool))
        chosen += [pool[i * len(pool) // n] for i in range(n)] if n else []
    for s in past[-VIA_SERVICE["recorded"] :]:
        s.via_service = "recorded"
    for s in chosen:
        s.via_service = s.via_service or s.status
    return chosen


def _through_services(
    s: Session, staff: AppContext, manager: AppContext, chosen: list[Planned]
) -> None:
    """Make the chosen sessions as staff would, then set the moments of the history on the
    rows the services stamped with the real ones (the audit trail keeps the real ones)."""
    for p in sorted(chosen, key=lambda x: x.starts_at):
        data = bookings.BookingInput(
            p.consultant.id, p.starts_at, p.ends_at, p.topic, company_id=p.company_id,
            room_id=p.room.id if p.room else None, attendees=p.attendees, notes=p.notes,
        )  # fmt: skip
        if p.via_service == "recorded":
            made = bookings.create_booking(staff, data, happened=True, outcome=p.status)
            moments = {"recorded": p.done_at}
            created = p.done_at
        else:
            flagged = bool(bookings.needs_confirmation(s, p.company_id))
            ctx = manager if flagged else staff
            made = bookings.create_booking(ctx, data, manager_confirmed=flagged)
            moments = {"booked": p.created_at}
            created = p.created_at
            if p.via_service == "cancelled":
                bookings.cancel_booking(staff, made.id, None, p.cancel_reason)
                moments["cancelled"] = p.done_at
        s.execute(update(Booking.__table__).where(Booking.id == made.id).values(created_at=created))
        for kind, moment in moments.items():
            s.execute(
                update(BookingEvent.__table__)
                .where(BookingEvent.booking_id == made.id, BookingEvent.kind == kind)
                .values(at=moment)
            )


def _flagged(s: Session, now: dt.datetime) -> int:
    since = now - dt.timedelta(days=NO_SHOW_DAYS)
    per_company = (
        select(Booking.company_id)
        .where(
            Booking.status == "no_show",
            Booking.company_id.is_not(None),
            Booking.starts_at >= since,
            Booking.starts_at <= now,
        )
        .group_by(Booking.company_id)
        .having(func.count() >= NO_SHOW_LIMIT)
        .subquery()
    )
    return s.scalar(select(func.count()).select_from(per_company)) or 0


def _audit(
    s: Session, today: dt.date, consultants: int, rooms: int, by_status: Counter, flagged: int
) -> None:
    total = sum(by_status.values())
    summary = (
        f"Demo consultations generated as of {today}: {total} bookings with {consultants} "
        f"consultants in {rooms} rooms ("
        + ", ".join(f"{n} {status}" for status, n in sorted(by_status.items()))
        + f"); {flagged} companies flagged for no-shows"
    )
    changes = {f"bookings_{status}": [0, n] for status, n in sorted(by_status.items())}
    s.execute(
        insert(AuditEntry.__table__),
        [
            {
                "at": centre_now(),
                "actor": "demo",
                "workstation": socket.gethostname(),
                "action": "generate",
                "entity_type": "demo",
                "entity_id": None,
                "summary": summary,
                "changes": json.dumps(changes, sort_keys=True),
            }
        ],
    )


_STATUS_COUNTS = select(Booking.status, func.count()).group_by(Booking.status)
