"""The bookings calendar widget: blocks in the right columns at the right times, colours,
shading, the current time, clicks, tooltips, and a week of fifteen consultants painted fast."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from adminapp.services.consultations.bookings import BookingView
from adminapp.services.consultations.listing import CalendarColumn, Period
from adminapp.services.context import CENTRE_TZ
from ui.models import display as d
from ui.widgets import booking_calendar as bc
from ui.widgets.booking_calendar import BookingCalendar

MONDAY = dt.date(2026, 6, 15)
NINE_TO_FIVE = {w: [(dt.time(9), dt.time(17))] for w in range(5)}


def column(cid: int, name: str, hours=NINE_TO_FIVE, off=()) -> CalendarColumn:  # noqa: ANN001
    return CalendarColumn("consultant", cid, name, "李雅", hours, list(off))


def booking(bid: int, consultant: int, day: int, start: str, end: str, status: str = "booked",
            company: str = "Alpha Models") -> BookingView:  # fmt: skip
    date = MONDAY + dt.timedelta(days=day)

    def moment(text: str) -> dt.datetime:
        return dt.datetime.combine(date, dt.time.fromisoformat(text), CENTRE_TZ)

    return BookingView(
        id=bid, reference=f"B{bid:06d}", company_id=1, company_name=company, prospect_name="",
        consultant_id=consultant, consultant_name=f"Consultant {consultant}", room_id=7,
        room_label="1F-02 Lotus", topic="policy", starts_at=moment(start), ends_at=moment(end),
        attendees=2, notes="", status=status, cancel_reason="", confirmed_by=None,
        created_by="tester", created_at=moment("08:00"), version=1, events=[],
    )  # fmt: skip


@pytest.fixture
def calendar(qtbot) -> BookingCalendar:
    w = BookingCalendar()
    qtbot.addWidget(w)
    w.resize(700, 700)
    w.now = dt.datetime.combine(MONDAY, dt.time(12, 0), CENTRE_TZ)
    w.show()
    qtbot.waitExposed(w)
    return w


def colour_at(w: BookingCalendar, point: QPointF) -> QColor:
    return w.grab().toImage().pixelColor(point.toPoint())


def test_day_view_puts_each_block_in_its_consultant_column_at_its_time(calendar):
    cols = [column(1, "Ada Li"), column(2, "Ben Wu")]
    rows = [booking(10, 2, 0, "10:00", "11:00"), booking(11, 1, 0, "13:30", "15:00")]
    calendar.set_data(cols, [MONDAY], rows)
    ben, ada = calendar.booking_rect(10), calendar.booking_rect(11)
    half = bc.AXIS_W + (calendar.width() - bc.AXIS_W) / 2
    assert ben.left() > half  # Ben's column is the second
    assert bc.AXIS_W < ada.left() < ada.right() < half
    top = calendar._header_h()
    hour = (calendar.height() - top) / (calendar.last_hour - calendar.first_hour)
    assert (calendar.first_hour, calendar.last_hour) == (8, 20)
    assert ben.top() == pytest.approx(top + 2 * hour, abs=2)  # 10:00 is two hours after 08:00
    assert ada.top() == pytest.approx(top + 5.5 * hour, abs=2)
    assert ada.height() == pytest.approx(1.5 * ben.height(), abs=2)
    assert calendar.booking_at(ben.center()).id == 10
    assert calendar.booking_rect(999) is None


def test_week_view_has_a_row_per_consultant_and_the_days_across(calendar):
    calendar.resize(1200, 400)
    cols = [column(1, "Ada Li"), column(2, "Ben Wu")]
    rows = [booking(20, 1, 1, "09:00", "10:00"), booking(21, 2, 4, "16:00", "17:00")]
    days = [MONDAY + dt.timedelta(days=i) for i in range(7)]
    calendar.set_data(cols, days, rows, mode=bc.WEEK)
    assert calendar.days == days[:5]  # nobody works at the weekend and nothing is booked then
    day_w = (calendar.width() - bc.LABEL_W) / 5
    tue, fri = calendar.booking_rect(20), calendar.booking_rect(21)
    assert bc.LABEL_W + day_w < tue.left() < bc.LABEL_W + 2 * day_w  # Tuesday
    assert bc.LABEL_W + 4 * day_w < fri.left() < calendar.width()  # Friday
    assert tue.top() < fri.top()  # Ada's row above Ben's
    assert fri.width() == pytest.approx(tue.width(), abs=1)  # both an hour long
    weekend = rows + [booking(22, 1, 5, "10:00", "11:00")]
    calendar.set_data(cols, days, weekend, mode=bc.WEEK)
    assert calendar.days == days[:6]  # Saturday has a session: shown


def test_overlapping_sessions_are_side_by_side(calendar):
    cols = [column(1, "Ada Li")]
    rows = [booking(30, 1, 0, "10:00", "11:00", "cancelled"), booking(31, 1, 0, "10:00", "11:00")]
    calendar.set_data(cols, [MONDAY], rows)
    cancelled, booked = calendar.booking_rect(30), calendar.booking_rect(31)
    assert booked.right() <= cancelled.left() + 1 or cancelled.right() <= booked.left() + 1
    assert booked.left() < cancelled.left()  # the live one first
    assert booked.top() == cancelled.top()


def test_blocks_are_coloured_by_status_and_closed_hours_shaded(calendar):
    cols = [column(1, "Ada Li", off=[Period(
        dt.datetime.combine(MONDAY, dt.time(15), CENTRE_TZ),
        dt.datetime.combine(MONDAY, dt.time(17), CENTRE_TZ), "dentist")])]  # fmt: skip
    rows = [booking(40, 1, 0, "09:00", "10:00"), booking(41, 1, 0, "10:30", "11:30", "no_show"),
            booking(42, 1, 0, "12:30", "13:30", "completed")]  # fmt: skip
    calendar.set_data(cols, [MONDAY], rows)
    image = calendar.grab().toImage()
    assert image.width() > 0

    def at(where) -> QColor:  # noqa: ANN001 - a block's rectangle (inside its corner) or a point
        point = where.bottomRight() - QPointF(6, 4) if hasattr(where, "bottomRight") else where
        return image.pixelColor(point.toPoint())

    assert at(calendar.booking_rect(40)) == d.BOOKING_STATUS_COLOURS["booked"]
    assert at(calendar.booking_rect(41)) == bc._pale(d.BOOKING_STATUS_COLOURS["no_show"])
    assert at(calendar.booking_rect(42)) == bc._pale(d.BOOKING_STATUS_COLOURS["completed"])
    x = bc.AXIS_W + 60
    top = calendar._header_h()
    hour = (calendar.height() - top) / 12
    assert at(QPointF(x, top + 0.5 * hour)) == bc.CLOSED  # 08:30, before Ada starts
    assert at(QPointF(x, top + 6.5 * hour)) == bc.OPEN  # 14:30, free
    assert at(QPointF(x, top + 10.5 * hour)) == bc.CLOSED  # 18:30, after she stops
    assert bc.OFF in [
        image.pixelColor(QPoint(int(x) + i, int(top + 7.5 * hour))) for i in range(12)
    ]


def test_the_current_time_is_a_red_line(calendar):
    calendar.set_data([column(1, "Ada Li")], [MONDAY], [])
    top = calendar._header_h()
    hour = (calendar.height() - top) / 12
    y = round(top + 4 * hour)  # 12:00
    image = calendar.grab().toImage()
    assert bc.NOW in [image.pixelColor(QPoint(200, y + dy)) for dy in (-1, 0, 1)]
    calendar.now = dt.datetime.combine(MONDAY + dt.timedelta(days=1), dt.time(12), CENTRE_TZ)
    image = calendar.grab().toImage()
    assert bc.NOW not in [image.pixelColor(QPoint(200, y + dy)) for dy in (-1, 0, 1)]


def test_click_selects_and_double_click_opens_or_asks_for_a_new_booking(calendar, qtbot):
    calendar.set_data([column(1, "Ada Li"), column(2, "Ben Wu")], [MONDAY],
                      [booking(50, 1, 0, "10:00", "11:00")])  # fmt: skip
    centre = calendar.booking_rect(50).center().toPoint()
    with qtbot.waitSignal(calendar.bookingSelected) as selected:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=centre)
    assert selected.args == [50] and calendar.selected_id == 50
    with qtbot.waitSignal(calendar.bookingActivated) as opened:
        qtbot.mouseDClick(calendar, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [50]
    top = calendar._header_h()
    hour = (calendar.height() - top) / 12
    ben_x = int(bc.AXIS_W + (calendar.width() - bc.AXIS_W) * 0.75)
    with qtbot.waitSignal(calendar.newBookingRequested) as new:
        qtbot.mouseDClick(calendar, Qt.MouseButton.LeftButton,
                          pos=QPoint(ben_x, int(top + 6.7 * hour)))  # fmt: skip
    kind, column_id, when = new.args
    assert (kind, column_id) == ("consultant", 2)
    assert when == dt.datetime.combine(MONDAY, dt.time(14, 30), CENTRE_TZ)  # on the half hour
    with qtbot.waitSignal(calendar.bookingSelected) as cleared:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=QPoint(ben_x, int(top + hour)))
    assert cleared.args == [None] and calendar.selected_id is None


def test_tooltip_tells_the_whole_booking(calendar):
    b = booking(60, 1, 0, "10:00", "11:30", "no_show", company="阿尔法模型")
    text = calendar.tooltip(b)
    for part in ("B000060", "阿尔法模型", "Consultant 1", "1F-02 Lotus", "Policy applications",
                 "2026-06-15 10:00–11:30", "No-show"):  # fmt: skip
        assert part in text


def test_empty_calendar_says_why(calendar):
    calendar.empty_text = "No consultants yet"
    calendar.set_data([], [MONDAY], [])
    assert calendar.grab().toImage().width() > 0
    assert calendar.booking_at(QPointF(100, 100)) is None


def test_a_busy_week_paints_well_under_100_ms(qtbot):
    w = BookingCalendar()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    cols = [column(i, f"Consultant {i}") for i in range(1, 16)]
    rows, n = [], 0
    for c in range(1, 16):
        for day in range(5):
            for h in (9, 11, 13, 15, 16):
                n += 1
                status = ("booked", "completed", "cancelled", "no_show")[n % 4]
                rows.append(booking(n, c, day, f"{h:02d}:00", f"{h:02d}:45", status))
    assert len(rows) == 375
    days = [MONDAY + dt.timedelta(days=i) for i in range(7)]
    for mode in (bc.WEEK, bc.DAY):
        w.set_data(cols, days, rows, mode=mode)
        w.show()
        qtbot.waitExposed(w)
        started = time.perf_counter()
        w.grab()  # the first paint works out the layout too
        first = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(5):
            w.grab()
        again = (time.perf_counter() - started) / 5
        print(f"{mode}: first {first * 1000:.1f} ms, again {again * 1000:.1f} ms")
        assert first < 0.1, f"{mode}: first paint took {first * 1000:.0f} ms"
        assert again < 0.05, f"{mode}: a repaint took {again * 1000:.0f} ms"
        assert len(w._blocks) == (375 if mode == bc.WEEK else 75)


def test_the_keyboard_goes_from_session_to_session_and_opens_one(calendar, qtbot):
    """The calendar could not be used without a mouse: Tab skipped it and keys did nothing."""
    assert calendar.focusPolicy() & Qt.FocusPolicy.TabFocus
    cols = [column(1, "Ada Li"), column(2, "Ben Wu")]
    rows = [booking(31, 2, 0, "10:00", "11:00"), booking(30, 1, 0, "10:00", "11:00"),
            booking(32, 1, 0, "14:00", "15:00")]  # fmt: skip
    calendar.set_data(cols, [MONDAY], rows)
    calendar.setFocus()
    with qtbot.waitSignal(calendar.bookingSelected) as chosen:
        qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert chosen.args == [30]  # the earliest; at the same time, the first column first
    seen = [30]
    for _ in range(3):  # stops at the last
        qtbot.keyClick(calendar, Qt.Key.Key_Right)
        seen.append(calendar.selected_id)
    assert seen == [30, 31, 32, 32]
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.selected_id == 31
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.selected_id == 30
    qtbot.keyClick(calendar, Qt.Key.Key_End)
    assert calendar.selected_id == 32
    with qtbot.waitSignal(calendar.bookingActivated) as opened:
        qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert opened.args == [32]
    with qtbot.waitSignal(calendar.bookingSelected) as cleared:
        qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert cleared.args == [None] and calendar.selected_id is None
