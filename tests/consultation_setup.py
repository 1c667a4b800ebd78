"""Consultants and a room on the small centre, made through the services (tests share it).

- room "Lotus" on unit 1F-02: 8 people, open 08:00-20:00 Monday to Friday;
- Ada Li: policy and financing, Monday to Friday 09:00-17:00, 15 minutes between sessions;
- Ben Wu: legal and IP, Monday to Wednesday 10:00-16:00, no buffer, external.
``monday`` is a Monday at least two weeks ahead of today (Shanghai), so bookings on it and the
days after are in the future whenever the tests run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from adminapp.services.consultations import bookings, resources
from adminapp.services.context import AppContext, centre_today
from tests.factories import SmallCentre


@dataclass
class Consulting:
    room: int
    ada: int
    ben: int
    monday: dt.date

    def at(self, day_offset: int, hh: int, mm: int = 0) -> dt.datetime:
        """Naive Shanghai wall time on ``monday + day_offset``."""
        return dt.datetime.combine(self.monday + dt.timedelta(days=day_offset), dt.time(hh, mm))


def next_monday(weeks_ahead: int = 2) -> dt.date:
    today = centre_today()
    return today + dt.timedelta(days=7 * weeks_ahead - today.weekday())


def setup_consulting(ctx: AppContext, centre: SmallCentre) -> Consulting:
    room = resources.create_room(
        ctx,
        resources.RoomInput(centre.units["1F-02"], 8, dt.time(8), dt.time(20), "01234", "Lotus"),
    )
    ada = resources.create_consultant(
        ctx,
        resources.ConsultantInput(
            "Ada Li", ["policy", "financing"], "financial",
            [(w, dt.time(9), dt.time(17)) for w in range(5)], "李雅", True, 15,
        ),
    )  # fmt: skip
    ben = resources.create_consultant(
        ctx,
        resources.ConsultantInput(
            "Ben Wu", ["legal_ip"], "comprehensive",
            [(w, dt.time(10), dt.time(16)) for w in range(3)], "吴斌", False, 0,
        ),
    )  # fmt: skip
    return Consulting(room.id, ada.id, ben.id, next_monday())


def book(ctx: AppContext, cs: Consulting, company_id: int, day: int, hh: int, minutes: int = 60,
         *, consultant: int | None = None, room: bool = True, topic: str = "policy",
         attendees: int = 1, **kw) -> bookings.BookingView:  # fmt: skip
    start = cs.at(day, hh)
    return bookings.create_booking(
        ctx,
        bookings.BookingInput(
            consultant or cs.ada, start, start + dt.timedelta(minutes=minutes), topic,
            company_id=company_id, room_id=cs.room if room else None, attendees=attendees,
        ),
        **kw,
    )  # fmt: skip


def last_weekdays(n: int) -> list[dt.date]:
    """The ``n`` latest weekdays before today (Shanghai), within the last 90 days."""
    days, day = [], centre_today() - dt.timedelta(days=1)
    while len(days) < n:
        if day.weekday() < 5:
            days.append(day)
        day -= dt.timedelta(days=1)
    return days
