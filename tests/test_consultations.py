"""Consultation bookings: every rule of the services, on SQLite and PostgreSQL.

The setup (tests/consultation_setup.py): room Lotus (8 people, 08:00-20:00 Mon-Fri), Ada
(policy/financing, Mon-Fri 09:00-17:00, 15-minute buffer), Ben (legal/IP, Mon-Wed 10:00-16:00).
``cs.at(day, hh)`` is Shanghai wall time on a Monday two weeks ahead plus ``day`` days.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from adminapp.errors import ConflictError, PermissionDenied, StaleRecordError, ValidationError
from adminapp.models import AuditEntry, Booking
from adminapp.services.consultations import bookings, resources
from adminapp.services.consultations.bookings import BookingInput
from adminapp.services.context import CENTRE_TZ, Actor, AppContext
from tests.consultation_setup import book, last_weekdays, setup_consulting
from tests.dbstate import dump


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


def _input(cs, start, end, *, company=None, consultant=None, room=True, **kw) -> BookingInput:
    return BookingInput(
        consultant or cs.ada, start, end, kw.pop("topic", "policy"),
        company_id=company, room_id=cs.room if room else None, **kw,
    )  # fmt: skip


def _refused(ctx, data, exc_type=ValidationError, **kw):
    before = dump(ctx.db)
    with pytest.raises(exc_type) as err:
        bookings.create_booking(ctx, data, **kw)
    assert dump(ctx.db) == before  # nothing written
    return err.value


def test_a_booking_holds_consultant_and_room_and_is_audited(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10, attendees=3)
    assert b.reference == f"B{b.id:06d}"
    assert (b.consultant_name, b.room_label, b.status) == ("Ada Li", "1F-02 Lotus", "booked")
    assert b.starts_at == cs.at(0, 10).replace(tzinfo=CENTRE_TZ)
    assert b.starts_at.utcoffset() == dt.timedelta(hours=8)
    assert [e.kind for e in b.events] == ["booked"]
    with ctx.db.read() as s:
        stored = s.get(Booking, b.id)
        assert stored.starts_at == cs.at(0, 2).replace(tzinfo=dt.UTC)  # 10:00 Shanghai = 02:00 UTC
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "booking")).one()
    assert entry.action == "create" and "Alpha" in entry.summary and "10:00" in entry.summary


def test_consultant_never_double_booked_buffer_included(ctx, centre, cs):
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    book(ctx, cs, alpha, 0, 10)  # 10:00-11:00, Ada keeps 15 minutes either side
    for start, end in ((10, 11), (dt.time(10, 30), dt.time(11, 30)), (dt.time(11, 0), dt.time(12)),
                       (dt.time(9, 0), dt.time(9, 50))):  # fmt: skip
        s = cs.at(0, 0).replace(
            hour=start.hour if isinstance(start, dt.time) else start,
            minute=start.minute if isinstance(start, dt.time) else 0,
        )
        e = s.replace(
            hour=end.hour if isinstance(end, dt.time) else end,
            minute=end.minute if isinstance(end, dt.time) else 0,
        )
        err = _refused(ctx, _input(cs, s, e, company=beta, room=False), ConflictError)
        assert err.field == "consultant_id"
        assert "Ada Li is booked from" in err.message and "15 minutes between" in err.message
    # Touching the buffer is fine, on both sides.
    after = bookings.create_booking(
        ctx, _input(cs, cs.at(0, 11).replace(minute=15), cs.at(0, 12), company=beta, room=False)
    )
    before = bookings.create_booking(
        ctx, _input(cs, cs.at(0, 9), cs.at(0, 9).replace(minute=45), company=beta, room=False)
    )
    assert after.status == before.status == "booked"


def test_room_never_double_booked_but_touching_is_fine(ctx, centre, cs):
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    book(ctx, cs, alpha, 0, 10)  # Ada in Lotus 10-11
    err = _refused(
        ctx,
        _input(cs, cs.at(0, 10).replace(minute=30), cs.at(0, 11), company=beta,
               consultant=cs.ben, topic="legal_ip"),
        ConflictError,
    )  # fmt: skip
    assert err.field == "room_id" and "Room 1F-02 Lotus is booked from" in err.message
    ok = bookings.create_booking(
        ctx, _input(cs, cs.at(0, 11), cs.at(0, 12), company=beta, consultant=cs.ben,
                    topic="legal_ip"),
    )  # fmt: skip
    assert ok.room_id == cs.room


def test_a_cancelled_session_frees_the_slot(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    bookings.cancel_booking(ctx, b.id, b.version, "Company asked")
    again = book(ctx, cs, centre.companies["beta"], 0, 10)
    assert again.status == "booked"


@pytest.mark.parametrize(
    ("day", "start", "end", "field", "words"),
    [
        (0, (8, 0), (9, 0), "starts_at", "outside Ada Li's working hours"),
        (0, (16, 30), (17, 30), "starts_at", "outside Ada Li's working hours"),
        (5, (10, 0), (11, 0), "starts_at", "outside Ada Li's working hours (no hours)"),
        (0, (11, 0), (10, 0), "ends_at", "must end after it starts"),
        (0, (9, 0), (9, 0), "ends_at", "must end after it starts"),
    ],
)
def test_sessions_lie_inside_the_consultants_hours(ctx, centre, cs, day, start, end, field, words):
    s, e = cs.at(day, *start), cs.at(day, *end)
    err = _refused(ctx, _input(cs, s, e, company=centre.companies["alpha"], room=False))
    assert words in err.errors[field]


def test_time_off_blocks_and_reports_sessions_already_booked(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 1, 10)
    affected = resources.add_time_off(ctx, cs.ada, cs.at(1, 0), cs.at(2, 0), "Conference")
    assert affected == [b.id]  # to be rescheduled; not silently dropped
    err = _refused(
        ctx, _input(cs, cs.at(1, 14), cs.at(1, 15), company=centre.companies["beta"], room=False)
    )
    assert (
        "Ada Li is off from" in err.errors["starts_at"] and "Conference" in err.errors["starts_at"]
    )
    off = resources.get_consultant(ctx, cs.ada).time_off
    resources.remove_time_off(ctx, cs.ada, off[0].id)
    assert book(ctx, cs, centre.companies["beta"], 1, 14).status == "booked"


def test_room_hours_days_closures_and_capacity(ctx, centre, cs):
    ben, beta = cs.ben, centre.companies["beta"]
    # Ben works 10-16 Mon-Wed; the room opens 08-20 Mon-Fri. Make the room close at 12.
    room = resources.get_room(ctx, cs.room)
    resources.update_room(
        ctx, cs.room, room.version,
        resources.RoomInput(room.unit_id, 8, dt.time(8), dt.time(12), "0123", "Lotus"),
    )  # fmt: skip
    err = _refused(ctx, _input(cs, cs.at(0, 11), cs.at(0, 13), company=beta, consultant=ben,
                               topic="legal_ip"))  # fmt: skip
    assert err.errors["room_id"] == "Room 1F-02 Lotus is open 08:00–12:00"
    err = _refused(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11), company=beta, consultant=ben,
                               topic="legal_ip", attendees=9))  # fmt: skip
    assert err.errors["attendees"] == "Room 1F-02 Lotus holds 8; 9 will attend"
    affected = resources.add_room_closure(ctx, cs.room, cs.at(1, 8), cs.at(1, 12), "Repainting")
    assert affected == []
    err = _refused(ctx, _input(cs, cs.at(1, 10), cs.at(1, 11), company=beta, consultant=ben,
                               topic="legal_ip"))  # fmt: skip
    assert "out of service" in err.errors["room_id"] and "Repainting" in err.errors["room_id"]
    # Without the room, Ben is free then.
    assert bookings.create_booking(
        ctx, _input(cs, cs.at(1, 10), cs.at(1, 11), company=beta, consultant=ben,
                    topic="legal_ip", room=False)
    ).room_id is None  # fmt: skip


def test_topic_must_be_the_consultants(ctx, centre, cs):
    err = _refused(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11), company=centre.companies["alpha"],
                               consultant=cs.ben, topic="financing"))  # fmt: skip
    assert err.errors["topic"] == "Ben Wu does not advise on financing"


def test_input_errors_name_their_fields(ctx, centre, cs):
    err = _refused(ctx, BookingInput(None, None, None, "astrology", attendees=0))
    assert set(err.errors) >= {"company_id", "topic", "attendees", "starts_at", "ends_at",
                               "consultant_id"}  # fmt: skip
    err = _refused(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11), company=centre.companies["alpha"],
                               prospect_name="Also this"))  # fmt: skip
    assert "not both" in err.errors["prospect_name"]
    err = _refused(ctx, _input(cs, cs.at(0, 9), cs.at(0, 18), company=centre.companies["alpha"]))
    assert err.errors["ends_at"] == "A session lasts at most 8 hours"


def test_prospective_company_by_name(ctx, cs):
    b = bookings.create_booking(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11),
                                            prospect_name="  Nova Labs  "))  # fmt: skip
    assert (b.company_id, b.company_name, b.prospect_name) == (None, "Nova Labs", "Nova Labs")


def test_no_booking_in_the_past_except_recording_one_that_happened(ctx, centre, cs):
    day = last_weekdays(1)[0]
    start = dt.datetime.combine(day, dt.time(10))
    data = _input(cs, start, start + dt.timedelta(hours=1), company=centre.companies["alpha"])
    err = _refused(ctx, data)
    assert "in the past" in err.errors["starts_at"]
    held = bookings.create_booking(ctx, data, happened=True)
    assert held.status == "completed" and [e.kind for e in held.events] == ["recorded"]
    # A future session cannot be recorded as held.
    err = _refused(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11), company=centre.companies["alpha"]),
                   happened=True)  # fmt: skip
    assert "ended already" in err.errors["ends_at"]


def test_status_changes_and_their_rules(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    with pytest.raises(ValidationError) as err:
        bookings.complete_booking(ctx, b.id, b.version)
    assert "has not begun" in err.value.errors["status"]
    with pytest.raises(ValidationError) as err:
        bookings.mark_no_show(ctx, b.id, b.version)
    with pytest.raises(ValidationError) as err:
        bookings.cancel_booking(ctx, b.id, b.version, "   ")
    assert err.value.errors["cancel_reason"] == "Say why the session is cancelled"
    c = bookings.cancel_booking(ctx, b.id, b.version, "Founder travelling")
    assert (c.status, c.cancel_reason) == ("cancelled", "Founder travelling")
    assert [(e.kind, e.reason) for e in c.events][-1] == ("cancelled", "Founder travelling")
    with pytest.raises(ConflictError) as err:
        bookings.cancel_booking(ctx, b.id, c.version, "again")
    assert "only a booked session" in err.value.message
    # A session in the past (recorded through the booking path) can be completed or no-show.
    day = last_weekdays(1)[0]
    with ctx.db.write() as s:  # a session booked earlier that has now begun
        past = s.get(Booking, book(ctx, cs, centre.companies["beta"], 1, 10).id)
        past.starts_at = dt.datetime.combine(day, dt.time(2), tzinfo=dt.UTC)
        past.ends_at = dt.datetime.combine(day, dt.time(3), tzinfo=dt.UTC)
        pid, pversion = past.id, past.version + 1
    done = bookings.mark_no_show(ctx, pid, pversion)
    assert done.status == "no_show"


def test_a_stale_version_is_refused(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    bookings.reschedule_booking(ctx, b.id, b.version, cs.at(0, 14), cs.at(0, 15))
    with pytest.raises(StaleRecordError):
        bookings.cancel_booking(ctx, b.id, b.version, "Too late")


def test_rescheduling_keeps_the_history_and_rechecks_every_rule(ctx, centre, cs):
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    a = book(ctx, cs, alpha, 0, 10)
    b = book(ctx, cs, beta, 0, 14)
    # Onto its own time plus a bit: it does not clash with itself.
    moved = bookings.reschedule_booking(
        ctx, a.id, a.version, cs.at(0, 10).replace(minute=30), cs.at(0, 11).replace(minute=30),
        reason="Traffic",
    )  # fmt: skip
    assert moved.version == a.version + 1
    ev = moved.events[-1]
    assert (ev.kind, ev.reason, ev.old_starts_at) == (
        "rescheduled", "Traffic", cs.at(0, 10).replace(tzinfo=CENTRE_TZ),
    )  # fmt: skip
    # Onto b's time: refused, and a is unchanged.
    before = dump(ctx.db)
    with pytest.raises(ConflictError):
        bookings.reschedule_booking(ctx, a.id, moved.version, cs.at(0, 14), cs.at(0, 15))
    assert dump(ctx.db) == before
    # To another day and without the room.
    other = bookings.reschedule_booking(ctx, b.id, b.version, cs.at(1, 10), cs.at(1, 11),
                                        room_id=None)  # fmt: skip
    assert other.consultant_id == cs.ada and other.room_id is None
    assert [e.old_room_id for e in other.events] == [None, cs.room]


def test_rescheduling_to_a_consultant_without_the_topic_is_refused(ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    with pytest.raises(ValidationError) as err:
        bookings.reschedule_booking(ctx, b.id, b.version, cs.at(1, 10), cs.at(1, 11),
                                    consultant_id=cs.ben)  # fmt: skip
    assert "does not advise" in err.value.errors["topic"]


def _no_shows(ctx, cs, company_id, n=3):
    for day in last_weekdays(n):
        start = dt.datetime.combine(day, dt.time(10))
        bookings.create_booking(
            ctx, _input(cs, start, start + dt.timedelta(hours=1), company=company_id, room=False),
            happened=True, outcome="no_show",
        )  # fmt: skip


def test_three_no_shows_in_90_days_need_a_managers_confirmation(ctx, centre, cs):
    beta = centre.companies["beta"]
    _no_shows(ctx, cs, beta, 2)
    assert bookings.company_no_shows(ctx, beta) == bookings.NoShowStatus(2, False, False)
    # A third, on an earlier weekday.
    day = last_weekdays(3)[-1]
    start = dt.datetime.combine(day, dt.time(14))
    bookings.create_booking(
        ctx, _input(cs, start, start + dt.timedelta(hours=1), company=beta, room=False),
        happened=True, outcome="no_show",
    )  # fmt: skip
    assert bookings.company_no_shows(ctx, beta) == bookings.NoShowStatus(3, True, True)
    err = _refused(ctx, _input(cs, cs.at(0, 10), cs.at(0, 11), company=beta))
    assert "a manager must confirm" in err.errors["company_id"]
    staff = AppContext(ctx.db, Actor("clerk", "ws", frozenset({"staff"})))
    with pytest.raises(PermissionDenied):
        bookings.create_booking(staff, _input(cs, cs.at(0, 10), cs.at(0, 11), company=beta),
                                manager_confirmed=True)  # fmt: skip
    manager = AppContext(ctx.db, Actor("boss", "ws", frozenset({"manager"})))
    ok = bookings.create_booking(manager, _input(cs, cs.at(0, 10), cs.at(0, 11), company=beta),
                                 manager_confirmed=True)  # fmt: skip
    assert ok.confirmed_by == "boss"
    # Confirmed once: the next booking needs no confirmation (until another no-show).
    assert bookings.company_no_shows(ctx, beta).needs_confirmation is False
    assert book(ctx, cs, beta, 1, 10).confirmed_by is None
    # Other companies are not affected.
    assert book(ctx, cs, centre.companies["alpha"], 2, 10).status == "booked"


def test_no_shows_older_than_90_days_do_not_count(ctx, centre, cs):
    beta = centre.companies["beta"]
    _no_shows(ctx, cs, beta, 3)
    with ctx.db.write() as s:  # move them back 91 days
        for b in s.scalars(select(Booking).where(Booking.status == "no_show")):
            b.starts_at -= dt.timedelta(days=91)
            b.ends_at -= dt.timedelta(days=91)
    assert bookings.company_no_shows(ctx, beta) == bookings.NoShowStatus(0, False, False)


def test_consultant_and_room_input_is_checked(ctx, centre, cs):
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        resources.create_consultant(
            ctx, resources.ConsultantInput("Ada Li", [], "moon", [(0, dt.time(12), dt.time(9))],
                                           buffer_minutes=-5),
        )  # fmt: skip
    assert set(err.value.errors) == {"topics", "platform", "buffer_minutes", "hours"}
    with pytest.raises(ValidationError) as err:
        resources.create_consultant(
            ctx, resources.ConsultantInput("Ada Li", ["policy"], "financial",
                                           [(0, dt.time(9), dt.time(12))]),
        )  # fmt: skip
    assert err.value.errors == {"name_en": "A consultant named Ada Li already exists"}
    with pytest.raises(ValidationError) as err:
        resources.create_room(
            ctx,
            resources.RoomInput(centre.units["7F-01"], 0, dt.time(9), dt.time(8), ""),
        )
    assert set(err.value.errors) == {"unit_id", "capacity", "closes", "open_days"}
    assert "not a meeting room" in err.value.errors["unit_id"]
    with pytest.raises(ValidationError) as err:
        resources.create_room(
            ctx, resources.RoomInput(centre.units["1F-02"], 4, dt.time(9), dt.time(18))
        )
    assert "already set up" in err.value.errors["unit_id"]
    assert dump(ctx.db) == before


def test_editing_a_consultants_hours_is_a_new_version(ctx, cs):
    c = resources.get_consultant(ctx, cs.ben)
    data = resources.ConsultantInput(
        c.name_en, c.topics, c.platform, [(3, dt.time(9), dt.time(12))], c.name_zh, c.internal,
        c.buffer_minutes,
    )  # fmt: skip
    after = resources.update_consultant(ctx, cs.ben, c.version, data)
    assert after.version == c.version + 1 and after.hours == [(3, dt.time(9), dt.time(12))]
    with pytest.raises(StaleRecordError):
        resources.update_consultant(ctx, cs.ben, c.version, data)


def test_bookings_between_and_company_bookings(ctx, centre, cs):
    alpha = centre.companies["alpha"]
    a = book(ctx, cs, alpha, 0, 10)
    b = book(ctx, cs, alpha, 2, 10)
    c = book(ctx, cs, centre.companies["beta"], 1, 10)
    bookings.cancel_booking(ctx, c.id, c.version, "No longer needed")
    week = bookings.bookings_between(ctx, cs.at(0, 0), cs.at(7, 0))
    assert [x.id for x in week] == [a.id, c.id, b.id]
    live = bookings.bookings_between(ctx, cs.at(0, 0), cs.at(7, 0), include_cancelled=False)
    assert [x.id for x in live] == [a.id, b.id]
    # A session overlapping the window's start is included.
    assert [x.id for x in bookings.bookings_between(ctx, cs.at(0, 10, 30), cs.at(0, 12))] == [a.id]
    assert [x.id for x in bookings.company_bookings(ctx, alpha)] == [b.id, a.id]


def test_services_count_the_same_on_both_databases(ctx, centre, cs):
    for day in range(3):
        book(ctx, cs, centre.companies["alpha"], day, 10)
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Booking)) == 3
