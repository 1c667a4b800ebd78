"""Two workstations racing for one slot, the slot finder, and calendar (.ics) files.

Races run on SQLite and PostgreSQL (the ``db`` fixture): each workstation has a Database (an
engine and its connections) of its own on the same file or server.
"""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from sqlalchemy import func, select

from adminapp.db import Database
from adminapp.errors import ConflictError, ValidationError
from adminapp.models import Booking
from adminapp.services.consultations import bookings, ical, resources, slots
from adminapp.services.consultations.bookings import BookingInput
from adminapp.services.context import CENTRE_TZ, Actor, AppContext
from tests.consultation_setup import book, setup_consulting
from tests.racing import race


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


def _stations(db: Database, n: int = 2) -> list[AppContext]:
    return [
        AppContext(Database(db.url), Actor(f"clerk{i}", f"ws{i}", frozenset({"staff"})))
        for i in range(n)
    ]


@pytest.mark.parametrize("what", ["same consultant", "same room"])
def test_two_workstations_racing_for_one_slot_exactly_one_wins(ctx, centre, cs, what):
    stations = _stations(ctx.db)
    played = 0
    try:
        for round_ in range(4):
            start = cs.at(round_, 10)
            end = start + dt.timedelta(hours=1)
            if what == "same consultant":  # no room: only the consultant is contended
                data = [
                    BookingInput(cs.ada, start, end, "policy", company_id=centre.companies[c])
                    for c in ("alpha", "beta")
                ]
            else:  # two consultants, one room
                data = [
                    BookingInput(cs.ada, start, end, "policy", company_id=centre.companies["alpha"],
                                 room_id=cs.room),
                    BookingInput(cs.ben, start, end, "legal_ip",
                                 company_id=centre.companies["beta"], room_id=cs.room),
                ]  # fmt: skip
            if what == "same room" and round_ >= 3:
                break  # Ben works Monday to Wednesday
            outcomes = race(*(lambda s=s, d=d: bookings.create_booking(s, d)
                              for s, d in zip(stations, data, strict=True)))  # fmt: skip
            won = [o for o in outcomes if isinstance(o, bookings.BookingView)]
            lost = [o for o in outcomes if not isinstance(o, bookings.BookingView)]
            assert len(won) == 1 and len(lost) == 1, outcomes
            assert isinstance(lost[0], ConflictError), lost[0]
            assert " is booked from " in lost[0].message
            played += 1
    finally:
        for s in stations:
            s.db.dispose()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Booking)) == played


def test_racing_reschedules_onto_one_slot(ctx, centre, cs):
    a = book(ctx, cs, centre.companies["alpha"], 0, 10)
    b = book(ctx, cs, centre.companies["beta"], 0, 14)
    stations = _stations(ctx.db)
    try:
        outcomes = race(
            lambda: bookings.reschedule_booking(stations[0], a.id, a.version, cs.at(1, 10),
                                                cs.at(1, 11)),
            lambda: bookings.reschedule_booking(stations[1], b.id, b.version, cs.at(1, 10),
                                                cs.at(1, 11)),
        )  # fmt: skip
    finally:
        for s in stations:
            s.db.dispose()
    assert sum(isinstance(o, bookings.BookingView) for o in outcomes) == 1, outcomes
    assert sum(isinstance(o, ConflictError) for o in outcomes) == 1, outcomes


# The slot finder --------------------------------------------------------------------------


def test_slots_skip_booked_time_with_buffer_and_need_a_room(ctx, centre, cs):
    book(ctx, cs, centre.companies["alpha"], 0, 10)  # Ada 10-11 in Lotus
    found = slots.find_slots(ctx, duration_minutes=60, date_from=cs.monday,
                             date_to=cs.monday + dt.timedelta(days=1), topic="policy")  # fmt: skip
    starts = [(s.starts_at.hour, s.starts_at.minute) for s in found]
    # Grid of 30 minutes from 09:00; 10:00-11:00 plus 15 minutes either side is taken.
    assert starts == [(11, 30), (12, 0), (12, 30), (13, 0), (13, 30), (14, 0), (14, 30), (15, 0),
                      (15, 30), (16, 0)]  # fmt: skip
    assert {(s.consultant_id, s.room_id) for s in found} == {(cs.ada, cs.room)}
    assert found[0].starts_at.tzinfo is not None and found[0].starts_at.utcoffset() == dt.timedelta(
        hours=8
    )
    # Every slot offered can be booked, consultant and room in one step.
    first = found[0]
    made = bookings.create_booking(
        ctx, BookingInput(first.consultant_id, first.starts_at, first.ends_at, "policy",
                          prospect_name="Nova", room_id=first.room_id),
    )  # fmt: skip
    assert (made.consultant_id, made.room_id) == (cs.ada, cs.room)


def test_a_session_being_rescheduled_does_not_block_its_own_time(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    day = dict(date_from=cs.monday, date_to=cs.monday + dt.timedelta(days=1))
    blocked = slots.find_slots(ctx, duration_minutes=60, topic="policy", **day)
    free = slots.find_slots(ctx, duration_minutes=60, topic="policy", exclude_booking_id=b.id,
                            **day)  # fmt: skip
    assert len(free) == 15 and len(blocked) == 10
    shifted = next(s for s in free if (s.starts_at.hour, s.starts_at.minute) == (10, 30))
    moved = bookings.reschedule_booking(ctx, b.id, b.version, shifted.starts_at, shifted.ends_at)
    assert moved.starts_at == shifted.starts_at


def test_both_clashes_are_named(ctx, centre, cs):
    book(ctx, cs, centre.companies["alpha"], 0, 10)
    with pytest.raises(ConflictError) as err:
        bookings.create_booking(ctx, BookingInput(cs.ada, cs.at(0, 10), cs.at(0, 11), "policy",
                                                  prospect_name="Nova", room_id=cs.room))  # fmt: skip
    assert "; Room 1F-02 Lotus is booked from" in err.value.message


def test_slots_by_topic_consider_every_consultant_and_the_rooms_fit(ctx, centre, cs):
    # Ben (legal) is busy in the room 10-16 on Monday: the room is the constraint for Ada.
    b = bookings.create_booking(
        ctx, BookingInput(cs.ben, cs.at(0, 10), cs.at(0, 16), "legal_ip",
                          company_id=centre.companies["beta"], room_id=cs.room),
    )  # fmt: skip
    assert b.status == "booked"
    day = dict(date_from=cs.monday, date_to=cs.monday + dt.timedelta(days=1))
    with_room = slots.find_slots(ctx, duration_minutes=60, topic="policy", **day)
    assert [s.starts_at.hour for s in with_room] == [9, 16] and with_room[-1].starts_at.minute == 0
    without = slots.find_slots(ctx, duration_minutes=60, topic="policy", with_room=False, **day)
    assert len(without) == 15 and all(s.room_id is None for s in without)
    assert slots.find_slots(ctx, duration_minutes=60, topic="policy", attendees=9, **day) == []
    assert slots.find_slots(ctx, duration_minutes=60, topic="talent", **day) == []
    only_ben = slots.find_slots(ctx, duration_minutes=60, consultant_id=cs.ben, with_room=False,
                                date_from=cs.monday + dt.timedelta(days=1),
                                date_to=cs.monday + dt.timedelta(days=7))  # fmt: skip
    assert {s.starts_at.weekday() for s in only_ben} == {1, 2}  # Tue, Wed


def test_slots_respect_time_off_closures_and_the_past(ctx, centre, cs):
    resources.add_time_off(ctx, cs.ada, cs.at(0, 0), cs.at(0, 13), "Morning off")
    resources.add_room_closure(ctx, cs.room, cs.at(0, 15), cs.at(0, 20), "Cleaning")
    found = slots.find_slots(ctx, duration_minutes=60, topic="policy", date_from=cs.monday,
                             date_to=cs.monday + dt.timedelta(days=1))  # fmt: skip
    assert [(s.starts_at.hour, s.starts_at.minute) for s in found] == [(13, 0), (13, 30), (14, 0)]
    # "now" after 13:40: only later starts.
    now = cs.at(0, 13, 40).replace(tzinfo=CENTRE_TZ)
    later = slots.find_slots(ctx, duration_minutes=60, topic="policy", date_from=cs.monday,
                             date_to=cs.monday + dt.timedelta(days=1), now=now)  # fmt: skip
    assert [(s.starts_at.hour, s.starts_at.minute) for s in later] == [(14, 0)]


def test_slot_finder_input_is_checked(ctx, cs):
    with pytest.raises(ValidationError) as err:
        slots.find_slots(ctx, duration_minutes=5, date_from=cs.monday, date_to=cs.monday)
    assert set(err.value.errors) == {"topic", "duration", "date_to"}


# Calendar files ---------------------------------------------------------------------------


def test_one_booking_as_ics_parses_back(ctx, centre, cs, tmp_path):
    b = bookings.create_booking(
        ctx, BookingInput(cs.ada, cs.at(0, 10), cs.at(0, 11), "policy", prospect_name="Nova; Labs, 新星",
                          room_id=cs.room, attendees=3,
                          notes="Bring the 2025 accounts.\nSecond line " + "长" * 60),
    )  # fmt: skip
    path = ical.export_booking(ctx, b.id, tmp_path / "b.ics")
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    cal = icalendar.Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == cs.at(0, 10).replace(tzinfo=CENTRE_TZ)
    assert event.decoded("dtend") == cs.at(0, 11).replace(tzinfo=CENTRE_TZ)
    assert str(event["summary"]) == "Policy applications: Nova; Labs, 新星 with Ada Li"
    assert str(event["location"]) == "1F-02 Lotus"
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["uid"]) == f"booking-{b.id}@incubator-admin"
    description = str(event["description"])
    assert "Attendees: 3" in description and "Second line " + "长" * 60 in description
    assert "Bring the 2025 accounts.\n" in description


def test_a_consultants_schedule_as_ics(ctx, centre, cs, tmp_path):
    a = book(ctx, cs, centre.companies["alpha"], 0, 10)
    c = book(ctx, cs, centre.companies["beta"], 1, 10)
    book(ctx, cs, centre.companies["beta"], 9, 10)  # outside the period
    bookings.cancel_booking(ctx, c.id, c.version, "Moved online")
    n = ical.export_schedule(ctx, cs.ada, cs.monday, cs.monday + dt.timedelta(days=7),
                             tmp_path / "ada.ics")  # fmt: skip
    assert n == 1
    cal = icalendar.Calendar.from_ical((tmp_path / "ada.ics").read_bytes())
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == [f"booking-{a.id}@incubator-admin"]
    assert "Ada Li" in str(cal["x-wr-calname"])
    n = ical.export_schedule(ctx, cs.ada, cs.monday, cs.monday + dt.timedelta(days=7),
                             tmp_path / "all.ics", include_cancelled=True)  # fmt: skip
    events = icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT")
    assert n == 2 and [str(e["status"]) for e in events] == ["CONFIRMED", "CANCELLED"]
