"""The demo centre's consultations: consultants, rooms and two years of clash-free bookings.

The demo (without its financing history) is made once per database for this module and only
read, bar the last test, which books one more session through the services.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from adminapp import passwords
from adminapp.db import Database
from adminapp.demo import DemoSummary, generate_demo
from adminapp.models import (
    TOPICS,
    AuditEntry,
    Base,
    Booking,
    BookingEvent,
    Consultant,
    ConsultantHours,
    ConsultantTimeOff,
    MeetingRoom,
    RoomClosure,
    Unit,
)
from adminapp.services.consultations import bookings, slots
from adminapp.services.consultations.bookings import HOLDING, NO_SHOW_DAYS, NO_SHOW_LIMIT
from adminapp.services.consultations.times import at, local
from adminapp.services.context import ALL_ROLES, Actor, AppContext, centre_today

TODAY = dt.date(2026, 11, 27)
START = at(TODAY, dt.time())  # the demo's history stands as of the start of TODAY
TABLES = (
    "consultants", "consultant_hours", "consultant_time_off", "meeting_rooms", "room_closures",
    "bookings", "booking_events",
)  # fmt: skip
_DUMPS: dict[str, dict[str, list[tuple]]] = {}
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


class Demo:
    def __init__(self, backend: str, db: Database, summary: DemoSummary, seconds: float):
        self.backend, self.db, self.summary, self.seconds = backend, db, summary, seconds
        with db.read() as s:
            self.bookings = list(s.scalars(select(Booking).order_by(Booking.id)))
            self.events = list(s.scalars(select(BookingEvent).order_by(BookingEvent.id)))
            self.consultants = {c.id: c for c in s.scalars(select(Consultant))}
            self.hours = list(s.scalars(select(ConsultantHours)))
            self.time_off = list(s.scalars(select(ConsultantTimeOff)))
            self.rooms = {r.id: r for r in s.scalars(select(MeetingRoom))}
            self.closures = list(s.scalars(select(RoomClosure)))
            self.units = dict(s.execute(select(Unit.id, Unit.kind)).all())
            s.expunge_all()

    def holding(self) -> list[Booking]:
        return [b for b in self.bookings if b.status in HOLDING]


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory) -> Demo:
    folder = tmp_path_factory.mktemp("consultations-demo")
    if request.param == "sqlite":
        path = folder / "demo.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database(template=request.getfixturevalue("pg_template"))
    db = Database(url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(passwords, "SCRYPT_N", 2**10)  # the module outlives tests/fast_hashing.py
        started = time.perf_counter()
        summary = generate_demo(db, today=TODAY, financing=False, billing=False)
        seconds = time.perf_counter() - started
    print(f"demo with consultations on {request.param}: {summary} (wall {seconds:.2f} s)")
    yield Demo(request.param, db, summary, seconds)
    db.dispose()
    if request.param != "sqlite":
        cluster.drop_database(url)


def _month(moment: dt.datetime) -> tuple[int, int]:
    day = local(moment).date()
    return day.year, day.month


def test_the_desk_has_fifteen_consultants_covering_every_topic_twice(demo):
    consultants = list(demo.consultants.values())
    assert demo.summary.consultants == len(consultants) == 15
    assert all(c.name_zh and not c.name_zh.isascii() for c in consultants)
    for topic in TOPICS:
        assert sum(topic in c.topics.split(",") for c in consultants) >= 2, topic
    assert {c.internal for c in consultants} == {True, False}
    assert len({c.platform for c in consultants}) >= 4
    assert all(0 <= c.buffer_minutes <= 30 for c in consultants)
    weekly: dict[int, float] = defaultdict(float)
    for h in demo.hours:
        weekly[h.consultant_id] += (h.ends.hour * 60 + h.ends.minute) / 60
        weekly[h.consultant_id] -= (h.starts.hour * 60 + h.starts.minute) / 60
    assert min(weekly.values()) < 15 < 35 < max(weekly.values())  # part-time and full-time
    assert len(demo.time_off) >= 10
    assert any(p.ends_at > START for p in demo.time_off)  # someone is off soon


def test_rooms_are_meeting_room_units_and_one_is_out_of_service(demo):
    assert demo.summary.meeting_rooms == len(demo.rooms) >= 6
    assert {demo.units[r.unit_id] for r in demo.rooms.values()} == {"meeting_room"}
    assert all(r.capacity >= 4 and r.closes > r.opens for r in demo.rooms.values())
    assert len(demo.closures) == 1
    assert demo.closures[0].starts_at < START < demo.closures[0].ends_at


def test_between_300_and_600_bookings_every_month(demo):
    per_month = Counter(_month(b.starts_at) for b in demo.bookings)
    full = sorted(m for m in per_month if m < (TODAY.year, TODAY.month))
    assert len(full) == 24 and full[0] == (TODAY.year - 2, TODAY.month)
    assert all(300 <= per_month[m] <= 600 for m in full), per_month
    assert demo.summary.bookings == len(demo.bookings)
    ahead = [b for b in demo.bookings if b.starts_at >= START]
    assert ahead and max(b.starts_at for b in ahead) > START + dt.timedelta(days=21)
    assert all(b.status in ("booked", "cancelled") for b in ahead)


def test_no_consultant_or_room_is_ever_double_booked(demo):
    by_consultant, by_room = defaultdict(list), defaultdict(list)
    for b in demo.holding():
        by_consultant[b.consultant_id].append(b)
        if b.room_id is not None:
            by_room[b.room_id].append(b)
    for cid, mine in by_consultant.items():
        gap = dt.timedelta(minutes=demo.consultants[cid].buffer_minutes)
        mine.sort(key=lambda b: b.starts_at)
        for one, two in zip(mine, mine[1:], strict=False):
            assert one.ends_at + gap <= two.starts_at, (one.id, two.id)
    for mine in by_room.values():
        mine.sort(key=lambda b: b.starts_at)
        for one, two in zip(mine, mine[1:], strict=False):
            assert one.ends_at <= two.starts_at, (one.id, two.id)


def test_every_booking_keeps_hours_time_off_closures_and_capacity(demo):
    hours = defaultdict(list)
    for h in demo.hours:
        hours[h.consultant_id, h.weekday].append((h.starts, h.ends))
    for b in demo.bookings:
        a, z = local(b.starts_at), local(b.ends_at)
        assert a.date() == z.date() and b.ends_at - b.starts_at <= bookings.MAX_SESSION
        periods = hours[b.consultant_id, a.weekday()]
        assert any(p <= a.time() and z.time() <= q for p, q in periods), b.id
        assert b.topic in demo.consultants[b.consultant_id].topics.split(",")
        for p in demo.time_off:
            if p.consultant_id == b.consultant_id:
                assert not (p.starts_at < b.ends_at and b.starts_at < p.ends_at), b.id
        if b.room_id is None:
            continue
        room = demo.rooms[b.room_id]
        assert b.attendees <= room.capacity, b.id
        assert (
            str(a.weekday()) in room.open_days
            and room.opens <= a.time()
            and z.time() <= room.closes
        )
        for p in demo.closures:
            if p.room_id == b.room_id:
                assert not (p.starts_at < b.ends_at and b.starts_at < p.ends_at), b.id


def test_statuses_look_like_a_real_desk(demo):
    statuses = Counter(b.status for b in demo.bookings)
    assert statuses == Counter(demo.summary.bookings_by_status)
    past = [b for b in demo.bookings if b.ends_at <= START]
    held = Counter(b.status for b in past)
    assert held["completed"] > 0.75 * len(past)
    assert 0.04 * len(past) < held["cancelled"] < 0.15 * len(past)
    assert 0.02 * len(past) < held["no_show"] < 0.1 * len(past)
    # Only sessions of the last day or two are still waiting to be marked.
    stale = [b for b in past if b.status == "booked" and b.ends_at < START - dt.timedelta(days=3)]
    assert not stale and held["booked"] > 0
    assert all(b.cancel_reason for b in demo.bookings if b.status == "cancelled")
    prospects = [b for b in demo.bookings if b.company_id is None]
    assert prospects and all(b.prospect_name for b in prospects)
    assert 0.03 < len(prospects) / len(demo.bookings) < 0.12
    assert len({b.company_id for b in demo.bookings}) > 60
    assert {b.room_id is None for b in demo.bookings} == {True, False}  # some by video call


def test_a_few_companies_are_flagged_for_no_shows(demo):
    since = START - dt.timedelta(days=NO_SHOW_DAYS)
    missed = Counter(
        b.company_id
        for b in demo.bookings
        if b.status == "no_show" and b.company_id and since <= b.starts_at <= START
    )
    flagged = {c for c, n in missed.items() if n >= NO_SHOW_LIMIT}
    assert 1 <= len(flagged) == demo.summary.flagged_companies <= 10
    confirmed = [b for b in demo.bookings if b.confirmed_by]
    assert confirmed and all(b.created_by == b.confirmed_by == "manager" for b in confirmed)


def test_histories_are_in_order_and_moves_keep_the_old_times(demo):
    events = defaultdict(list)
    for e in demo.events:
        events[e.booking_id].append(e)
    moved = 0
    for b in demo.bookings:
        mine = events[b.id]
        assert mine[0].kind in ("booked", "recorded") and mine[0].at == b.created_at
        assert [e.at for e in mine] == sorted(e.at for e in mine), b.id
        assert b.version == len(mine) or mine[0].kind == "recorded"
        if mine[0].kind == "booked":
            assert b.created_at < b.starts_at
        for e in mine:
            assert e.at <= START
            if e.kind == "rescheduled":
                moved += 1
                assert e.old_starts_at and e.old_ends_at and e.old_starts_at != b.starts_at
                assert e.at < min(e.old_starts_at, b.starts_at)
            if e.kind in ("completed", "no_show"):
                assert e.at >= b.ends_at
        last = {"rescheduled": "booked", "recorded": b.status}.get(mine[-1].kind, mine[-1].kind)
        assert last == b.status, b.id
        if b.status == "cancelled":
            assert mine[-1].reason == b.cancel_reason
    assert 0.02 * len(demo.bookings) < moved < 0.1 * len(demo.bookings)


def test_a_few_bookings_went_through_the_services(demo):
    with demo.db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "booking")).all()
        summary = s.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.entity_type == "demo", AuditEntry.summary.like("%consultations%")
            )
        ).all()
    assert 1 <= len(entries) <= 20 and {e.actor for e in entries} <= {"staff", "manager"}
    assert len(summary) == 1 and f"{demo.summary.bookings} bookings" in summary[0]


def test_making_the_desk_is_fast(demo):
    # The whole demo without financing; the desk itself is about a second of it.
    assert demo.seconds < 10, demo.seconds


def test_the_same_history_on_either_database(demo):
    """Same seed, same today: the same rows, whatever the database."""
    with demo.db.read() as s:
        _DUMPS[demo.backend] = {
            t: [tuple(r) for r in s.execute(select(Base.metadata.tables[t]).order_by(
                *list(Base.metadata.tables[t].columns)[:2]))]
            for t in TABLES
        }  # fmt: skip
    assert _DUMPS[demo.backend]["bookings"]
    if len(_DUMPS) == 2:  # the module's second database (the demo fixture runs them in turn)
        first, second = _DUMPS.values()
        assert first == second


def test_the_services_find_and_book_a_slot_on_the_demo(demo):
    ctx = AppContext(demo.db, Actor("tester", "test", roles=ALL_ROLES))
    start = centre_today() + dt.timedelta(days=1)
    found = slots.find_slots(
        ctx, duration_minutes=60, date_from=start, date_to=start + dt.timedelta(days=14),
        topic="legal_ip", attendees=2,
    )  # fmt: skip
    assert found
    slot = found[len(found) // 2]
    made = bookings.create_booking(
        ctx,
        bookings.BookingInput(
            slot.consultant_id, slot.starts_at, slot.ends_at, "legal_ip",
            prospect_name="Test Prospect", room_id=slot.room_id, attendees=2,
        ),
    )  # fmt: skip
    assert made.status == "booked"
