"""The Consultations page's queries: the bookings list (filters, search, sorting, paging in
SQL), the calendar's columns and bookings, and a company's record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from adminapp.services.consultations import bookings, listing, resources
from adminapp.services.listing_sql import ListQuery
from tests.consultation_setup import book, setup_consulting


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


@pytest.fixture
def made(ctx, centre, cs):
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    a = book(ctx, cs, alpha, 0, 10)
    b = book(ctx, cs, beta, 0, 11, consultant=cs.ben, room=False, topic="legal_ip")
    start = cs.at(2, 9)
    p = bookings.create_booking(
        ctx,
        bookings.BookingInput(cs.ada, start, start + dt.timedelta(hours=1), "financing",
                              prospect_name="Zeta AI 泽塔智能", room_id=cs.room),
    )  # fmt: skip
    c = book(ctx, cs, alpha, 1, 14)
    c = bookings.cancel_booking(ctx, c.id, c.version, "moved")
    return {"a": a, "b": b, "p": p, "c": c}


def ids(ctx, **kw) -> list[int]:
    return [r.id for r in listing.list_bookings(ctx, ListQuery(**kw))]


def test_latest_first_with_names_and_rooms(ctx, made):
    rows = listing.list_bookings(ctx, ListQuery())
    assert [r.id for r in rows] == [made[k].id for k in ("p", "c", "b", "a")]
    p = rows[0]
    assert (p.company_name, p.prospect, p.room_label) == ("Zeta AI 泽塔智能", True, "1F-02 Lotus")
    b = rows[2]
    assert (b.company_name_zh, b.consultant_name_zh, b.room_label) == ("贝塔应用", "吴斌", "")
    assert b.starts_at.utcoffset() == dt.timedelta(hours=8)  # shown in Shanghai
    assert listing.count_bookings(ctx, ListQuery()) == 4


def test_filters(ctx, cs, made, centre):
    assert ids(ctx, filters={"status": "cancelled"}) == [made["c"].id]
    assert ids(ctx, filters={"topic": "legal_ip"}) == [made["b"].id]
    assert ids(ctx, filters={"consultant_id": cs.ben}) == [made["b"].id]
    assert ids(ctx, filters={"room_id": cs.room}) == [made[k].id for k in ("p", "c", "a")]
    alpha = centre.companies["alpha"]
    assert ids(ctx, filters={"company_id": alpha}) == [made["c"].id, made["a"].id]
    day = cs.monday + dt.timedelta(days=1)
    span = {"date_from": day, "date_to": day + dt.timedelta(days=1)}
    assert ids(ctx, filters=span) == [made["c"].id]  # Tuesday, by the Shanghai day
    assert listing.count_bookings(ctx, ListQuery(filters={"date_from": day})) == 2
    with pytest.raises(ValueError):
        ids(ctx, filters={"status": "lost"})
    with pytest.raises(ValueError):
        ids(ctx, filters={"floor": 1})


def test_search(ctx, made):
    assert ids(ctx, search="泽塔") == [made["p"].id]  # a prospect
    assert ids(ctx, search="贝塔") == [made["b"].id]  # a company's Chinese name
    assert ids(ctx, search="ben") == [made["b"].id]  # a consultant
    assert ids(ctx, search="李雅") == [made[k].id for k in ("p", "c", "a")]
    assert ids(ctx, search=made["a"].reference.lower()) == [made["a"].id]
    assert ids(ctx, search="100%") == []


def test_sorting_and_paging(ctx, made):
    assert ids(ctx, sort="starts") == [made[k].id for k in ("a", "b", "c", "p")]
    assert ids(ctx, sort="company")[:2] == [made["a"].id, made["c"].id]  # Alpha, then Beta…
    assert ids(ctx, sort="company")[-1] == made["p"].id  # …Zeta (a prospect) last
    assert ids(ctx, sort="consultant", descending=True)[0] == made["b"].id  # Ben after Ada
    assert ids(ctx, sort="room")[-1] == made["b"].id  # no room: last
    assert ids(ctx, sort="status")[0] == made["a"].id  # booked (by start) before cancelled
    first = ids(ctx, sort="starts", limit=2)
    second = ids(ctx, sort="starts", limit=2, offset=2)
    assert first + second == ids(ctx, sort="starts")
    with pytest.raises(ValueError):
        ids(ctx, sort="attendees")


def test_calendar_by_consultant_and_by_room(ctx, cs, made):
    cal = listing.calendar(ctx, cs.monday, 7)
    assert [c.title for c in cal.columns] == ["Ada Li", "Ben Wu"]
    assert cal.columns[1].hours == {w: [(dt.time(10), dt.time(16))] for w in range(3)}
    assert len(cal.bookings) == 4
    rooms = listing.calendar(ctx, cs.monday, 1, "room")
    assert [c.title for c in rooms.columns] == ["1F-02 Lotus", "No room"]
    assert rooms.columns[0].hours[0] == [(dt.time(8), dt.time(20))]
    assert [b.id for b in rooms.bookings] == [made["a"].id, made["b"].id]
    with pytest.raises(ValueError):
        listing.calendar(ctx, cs.monday, 1, "floor")


def test_calendar_keeps_an_inactive_consultant_who_has_sessions(ctx, cs, made):
    ben = resources.get_consultant(ctx, cs.ben)
    data = resources.ConsultantInput(ben.name_en, ben.topics, ben.platform, ben.hours,
                                     ben.name_zh, ben.internal, ben.buffer_minutes, active=False)  # fmt: skip
    resources.update_consultant(ctx, cs.ben, ben.version, data)
    assert [c.title for c in listing.calendar(ctx, cs.monday, 1).columns] == ["Ada Li", "Ben Wu"]
    week_after = cs.monday + dt.timedelta(days=7)
    assert [c.title for c in listing.calendar(ctx, week_after, 7).columns] == ["Ada Li"]


def test_calendar_shows_time_off_of_the_days(ctx, cs, made):
    resources.add_time_off(ctx, cs.ada, cs.at(3, 9), cs.at(3, 12), "training")
    days = listing.calendar(ctx, cs.monday, 7).columns[0].off
    assert [(p.starts_at.hour, p.reason) for p in days] == [(9, "training")]
    assert listing.calendar(ctx, cs.monday, 3).columns[0].off == []


def test_company_consultations(ctx, centre, made):
    c = listing.company_consultations(ctx, centre.companies["alpha"])
    assert [b.id for b in c.bookings] == [made["c"].id, made["a"].id]
    assert c.counts == {"booked": 1, "cancelled": 1} and c.upcoming == 1
    assert dataclasses.asdict(c.no_shows) == {
        "no_shows": 0, "flagged": False, "needs_confirmation": False,
    }  # fmt: skip
    assert listing.company_choices(ctx) == [
        (centre.companies["alpha"], "Alpha Models", "阿尔法模型"),
        (centre.companies["beta"], "Beta Apps", "贝塔应用"),
    ]
