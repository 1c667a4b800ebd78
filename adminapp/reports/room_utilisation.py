"""Meeting-room utilisation: per room and month, the hours open against the hours sessions
held the room, and the number of sessions; summaries by room and by month, with charts.

The figures come from :mod:`adminapp.services.consultations.usage`, aggregated in the
database; the tables hold one row per room and month, never one per booking.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports.charts import Chart
from adminapp.reports.consultation_filters import checked_period, checked_room, period_text
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services.consultations.usage import RoomMonth, room_usage_in, share
from adminapp.services.context import AppContext

FIGURE_COLUMNS = (
    Column("open", QT_TRANSLATE_NOOP("Reports", "Open hours"), "hours", "sum"),
    Column("booked", QT_TRANSLATE_NOOP("Reports", "Booked hours"), "hours", "sum"),
    Column(
        "utilisation",
        QT_TRANSLATE_NOOP("Reports", "Utilisation"),
        "percent",
        Ratio("booked", "open"),
    ),
    Column("sessions", QT_TRANSLATE_NOOP("Reports", "Sessions"), "int", "sum"),
)
ROOM_COLUMNS = (
    Column("room", QT_TRANSLATE_NOOP("Reports", "Room")),
    Column("name", QT_TRANSLATE_NOOP("Reports", "Name")),
    Column("capacity", QT_TRANSLATE_NOOP("Reports", "Capacity"), "int"),
)
ROOM_MONTH_COLUMNS = (
    *ROOM_COLUMNS,
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    *FIGURE_COLUMNS,
)
BY_ROOM_COLUMNS = (*ROOM_COLUMNS, *FIGURE_COLUMNS)
BY_MONTH_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    *FIGURE_COLUMNS,
)

BY_ROOM_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Utilisation by room"),
        "room",
        ("utilisation",),
        QT_TRANSLATE_NOOP("Reports", "Booked / open"),
        "0%",
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Hours open and booked by room"),
        "room",
        ("open", "booked"),
        QT_TRANSLATE_NOOP("Reports", "Hours"),
    ),
)
BY_MONTH_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Utilisation of the rooms by month"),
        "month",
        ("utilisation",),
        QT_TRANSLATE_NOOP("Reports", "Booked / open"),
        "0%",
        x_format="yyyy-mm",
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Hours open and booked by month"),
        "month",
        ("open", "booked"),
        QT_TRANSLATE_NOOP("Reports", "Hours"),
        x_format="yyyy-mm",
    ),
)

NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "Open hours: the room's opening hours on each of its open days in the month "
        "(Asia/Shanghai), less the periods it was out of service.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Booked hours and sessions: sessions holding the room (booked, completed or no-show; "
        "not cancelled), in the month in which they start; hours rounded to the hundredth per "
        "row.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Utilisation = booked hours / open hours (0 when the room was never open). It can pass "
        "100% when a closure was added over sessions not yet moved.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A room is listed for a month when it is active in a unit in service, or when a "
        "session held it in that month.",
    ),
)


def _figures(open_hours: Decimal, booked: Decimal, sessions: int) -> tuple:
    return (open_hours, booked, share(booked, open_hours), sessions)


def _summed(rows: list[RoomMonth], key) -> list[tuple[object, Decimal, Decimal, int]]:
    """Rows added up by ``key`` in first-seen order, from the rounded per-row hours."""
    groups: dict[object, list] = {}
    for r in rows:
        group = groups.setdefault(key(r), [Decimal(0), Decimal(0), 0])
        group[0] += r.open_hours
        group[1] += r.booked_hours
        group[2] += r.sessions
    return [(k, *v) for k, v in groups.items()]


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    first, last = checked_period(as_of, filters)
    room = checked_room(s, filters["room"]) if "room" in filters else None
    rows = room_usage_in(s, first, last, room_id=room)
    period = period_text(first, last)
    detail = [
        (
            r.room.unit_code,
            r.room.name,
            r.room.capacity,
            r.month,
            *_figures(r.open_hours, r.booked_hours, r.sessions),
        )
        for r in rows
    ]
    by_room = [
        (ref.unit_code, ref.name, ref.capacity, *_figures(o, b, n))
        for ref, o, b, n in _summed(rows, lambda r: r.room)
    ]
    by_month = [
        (month, *_figures(o, b, n))
        for month, o, b, n in sorted(_summed(rows, lambda r: r.month), key=lambda g: g[0])
    ]
    return [
        Sheet(
            translate("Reports", "Rooms by month"),
            translate("Reports", "Meeting-room utilisation by room and month, %1").replace(
                "%1", period
            ),
            ROOM_MONTH_COLUMNS,
            detail,
            len(detail),
            translate("Reports", "Room (unit code), month"),
            NOTES,
        ),
        Sheet(
            translate("Reports", "By room"),
            translate("Reports", "Meeting-room utilisation by room, %1").replace("%1", period),
            BY_ROOM_COLUMNS,
            by_room,
            len(by_room),
            translate("Reports", "Room (unit code)"),
            NOTES,
            BY_ROOM_CHARTS,
        ),
        Sheet(
            translate("Reports", "By month"),
            translate("Reports", "Meeting-room utilisation by month, %1").replace("%1", period),
            BY_MONTH_COLUMNS,
            by_month,
            len(by_month),
            translate("Reports", "Month"),
            NOTES,
            BY_MONTH_CHARTS,
        ),
    ]


SPEC = ReportSpec(
    name="room-utilisation",
    title=QT_TRANSLATE_NOOP("Reports", "Room utilisation"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Meeting rooms by month: hours open, hours booked, utilisation and sessions, "
        "by room and by month with charts",
    ),
    build=build,
    filters=("from", "to", "room"),
)
