"""The bookings calendar: a day (time down, one column per consultant or room) or a week (one
row per consultant or room, the days across, time running left to right in each day).

Painting reads only what ``set_data`` was given and what ``_layout`` worked out from it when
the data or the size last changed (every block's rectangle, colours and elided texts), so a
week of fifteen consultants with hundreds of bookings paints in a few milliseconds and no paint
queries the database. Non-working hours are shaded, time off and closures hatched, the current
time is a red line. A click selects a booking; a double-click opens it, or on free time asks for
a new booking there (``newBookingRequested``). From the keyboard (Tab reaches the calendar) the
arrow keys go from session to session in the order they start, Home and End to the first and
last, Enter opens the selected one and Escape clears the selection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from adminapp.services.context import CENTRE_TZ, centre_now
from ui.models import display as d
from ui.widgets.calendar_keys import CalendarKeys
from ui.widgets.calendar_lanes import lanes as _lanes
from ui.widgets.calendar_lanes import minutes as _minutes
from ui.widgets.calendar_lanes import pale as _pale

DAY, WEEK = "day", "week"
AXIS_W = 52  # the day view's time axis
LABEL_W = 140  # the week view's row labels
MIN_COL_W = 118  # a consultant's column in the day view
MIN_HOUR_H = 44
MIN_DAY_W = 125  # a day in the week view
MIN_ROW_H = 46
MAX_ROW_H = 92
SNAP_MINUTES = 30  # a new booking asked for on free time starts on the half hour

GRID = QColor("#dde2e7")
GRID_LIGHT = QColor("#eef1f4")
CLOSED = QColor("#eceff2")  # outside working or opening hours
OPEN = QColor("#ffffff")
OFF = QColor("#c9ced4")  # time off, out of service (hatched)
NOW = QColor("#d93025")
HEADER_BG = QColor("#f6f8fa")
TEXT = QColor("#263238")
SUBTLE = QColor("#5f6b76")


@dataclass
class _Block:
    booking: Any  # a BookingView
    rect: QRectF
    fill: QColor
    border: QColor
    text_colour: QColor
    lines: list[str]


class BookingCalendar(CalendarKeys, QWidget):
    bookingSelected = Signal(object)  # noqa: N815 - a booking id, or None
    bookingActivated = Signal(int)  # noqa: N815 - double-click on a booking
    # Double-click on free time: ("consultant" | "room", the column's id or None, the start
    # as an aware Asia/Shanghai datetime on the half hour).
    newBookingRequested = Signal(str, object, object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mode = DAY
        self.kind = "consultant"
        self.columns: list[Any] = []  # CalendarColumn
        self.days: list[dt.date] = []
        self.bookings: list[Any] = []
        self.selected_id: int | None = None
        self.now: dt.datetime | None = None  # None: the clock (tests fix it)
        self.empty_text = ""
        self.first_hour, self.last_hour = 8, 20
        self._blocks: list[_Block] = []
        self._by_id: dict[int, _Block] = {}
        self._shades: list[tuple[QRectF, QBrush]] = []
        self._dirty = True
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    # --- data
    def set_data(
        self,
        columns: Sequence[Any],
        days: Sequence[dt.date],
        bookings: Sequence[Any],
        *,
        mode: str = DAY,
        kind: str = "consultant",
    ) -> None:
        """Show ``bookings`` (BookingViews) on ``days`` (one for the day view), in one column
        (day view) or row (week view) per ``columns`` entry (CalendarColumn)."""
        self.mode = mode
        self.kind = kind
        self.columns = list(columns)
        self.days = list(days) if mode == WEEK else list(days)[:1]
        if mode == WEEK:  # weekend days nobody works and nothing is booked are left out
            booked = {b.starts_at.date() for b in bookings}
            self.days = [
                day
                for day in self.days
                if day.weekday() < 5
                or day in booked
                or any(c.hours.get(day.weekday()) for c in self.columns)
            ]
        self.bookings = list(bookings)
        if self.selected_id is not None and all(b.id != self.selected_id for b in bookings):
            self.selected_id = None
        self._fit_hours()
        self._dirty = True
        self.updateGeometry()
        self.update()

    def _fit_hours(self) -> None:
        first, last = 8 * 60, 20 * 60
        for c in self.columns:
            for day in self.days:
                for a, b in c.hours.get(day.weekday(), ()):
                    first, last = min(first, _minutes(a)), max(last, _minutes(b) or 24 * 60)
        for b in self.bookings:
            first = min(first, _minutes(b.starts_at))
            end = _minutes(b.ends_at) if b.ends_at.date() == b.starts_at.date() else 24 * 60
            last = max(last, end)
        self.first_hour, self.last_hour = first // 60, min(24, -(-last // 60))

    def select(self, booking_id: int | None) -> None:
        """Mark ``booking_id`` as selected (no signal)."""
        if booking_id != self.selected_id:
            self.selected_id = booking_id
            self.update()

    def booking(self, booking_id: int) -> Any | None:
        self._ensure_layout()
        block = self._by_id.get(booking_id)
        return block.booking if block else None

    # --- geometry
    def _header_h(self) -> int:
        fm = self.fontMetrics()
        return 2 * fm.height() + 12

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        n = max(len(self.columns), 1)
        hours = self.last_hour - self.first_hour
        if self.mode == WEEK:
            return QSize(
                LABEL_W + max(len(self.days), 1) * MIN_DAY_W, self._header_h() + n * MIN_ROW_H
            )
        return QSize(AXIS_W + n * MIN_COL_W, self._header_h() + hours * MIN_HOUR_H)

    def _span(self) -> int:
        return (self.last_hour - self.first_hour) * 60

    def _cell(self, col: int, day: int) -> QRectF:
        """The area of column ``col`` on day ``day`` (day view: day 0), from first to last
        hour."""
        top = self._header_h()
        n = max(len(self.columns), 1)
        if self.mode == WEEK:
            dw = (self.width() - LABEL_W) / max(len(self.days), 1)
            rh = min(MAX_ROW_H, (self.height() - top) / n)
            return QRectF(LABEL_W + day * dw, top + col * rh, dw, rh)
        cw = (self.width() - AXIS_W) / n
        return QRectF(AXIS_W + col * cw, top, cw, self.height() - top)

    def _span_rect(self, cell: QRectF, start: int, end: int) -> QRectF:
        """The part of ``cell`` from minute ``start`` to ``end`` of the day."""
        first, span = self.first_hour * 60, self._span()
        a = (max(start, first) - first) / span
        b = (min(end, first + span) - first) / span
        if self.mode == WEEK:
            return QRectF(cell.left() + a * cell.width(), cell.top(), (b - a) * cell.width(),
                          cell.height())  # fmt: skip
        return QRectF(cell.left(), cell.top() + a * cell.height(), cell.width(),
                      (b - a) * cell.height())  # fmt: skip

    def booking_rect(self, booking_id: int) -> QRectF | None:
        """Where the booking is drawn, or None when it is not shown."""
        self._ensure_layout()
        block = self._by_id.get(booking_id)
        return QRectF(block.rect) if block else None

    def booking_at(self, pos: QPointF) -> Any | None:
        self._ensure_layout()
        hit = None
        for block in self._blocks:
            if block.rect.contains(pos):
                hit = block.booking  # the last drawn is on top
        return hit

    def slot_at(self, pos: QPointF) -> tuple[Any, dt.datetime] | None:
        """The column and the moment (aware, Asia/Shanghai, on the half hour) at ``pos``."""
        for ci in range(len(self.columns)):
            for di, day in enumerate(self.days):
                cell = self._cell(ci, di)
                if not cell.contains(pos):
                    continue
                if self.mode == WEEK:
                    frac = (pos.x() - cell.left()) / cell.width()
                else:
                    frac = (pos.y() - cell.top()) / cell.height()
                minute = self.first_hour * 60 + int(frac * self._span())
                minute -= minute % SNAP_MINUTES
                when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), CENTRE_TZ)
                return self.columns[ci], when
        return None

    # --- layout: worked out once per data or size change
    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        self._dirty = True
        super().resizeEvent(event)

    def _ensure_layout(self) -> None:
        if self._dirty:
            self._layout()
            self._dirty = False

    def _layout(self) -> None:
        self._small_metrics = QFontMetrics(self._small)
        self._styles: dict[str, tuple[QColor, QColor, QColor]] = {}
        self._shades = []
        hatch = QBrush(OFF, Qt.BrushStyle.BDiagPattern)
        index = {c.id: i for i, c in enumerate(self.columns)}
        day_index = {day: i for i, day in enumerate(self.days)}
        for ci, c in enumerate(self.columns):
            for di, day in enumerate(self.days):
                cell = self._cell(ci, di)
                for a, b in c.hours.get(day.weekday(), ()):
                    end = _minutes(b) or 24 * 60
                    self._shades.append((self._span_rect(cell, _minutes(a), end), QBrush(OPEN)))
                for p in c.off:
                    start = p.starts_at.astimezone(CENTRE_TZ)
                    end = p.ends_at.astimezone(CENTRE_TZ)
                    if end.date() < day or start.date() > day:
                        continue
                    lo = _minutes(start) if start.date() == day else 0
                    hi = _minutes(end) if end.date() == day else 24 * 60
                    if hi > lo:
                        self._shades.append((self._span_rect(cell, lo, hi), hatch))
        # Sessions side by side (day) or one above the other (week) where they overlap, e.g.
        # a cancelled one and the booking that took its slot.
        groups: dict[tuple[int, int], list[Any]] = {}
        for b in self.bookings:
            key = b.consultant_id if self.kind == "consultant" else b.room_id
            ci, di = index.get(key), day_index.get(b.starts_at.date())
            if ci is not None and di is not None:
                groups.setdefault((ci, di), []).append(b)
        self._blocks, self._by_id = [], {}
        for (ci, di), rows in groups.items():
            cell = self._cell(ci, di)
            for b, lane, lanes in _lanes(rows):
                end = _minutes(b.ends_at) if b.ends_at.date() == b.starts_at.date() else 1440
                r = self._span_rect(cell, _minutes(b.starts_at), end)
                if self.mode == WEEK:
                    h = (r.height() - 4) / lanes
                    r = QRectF(r.left() + 1, r.top() + 2 + lane * h, max(r.width() - 2, 3), h)
                else:
                    w = (r.width() - 6) / lanes
                    r = QRectF(r.left() + 3 + lane * w, r.top() + 1, w - 1, max(r.height() - 2, 4))
                self._blocks.append(self._block(b, r))
        self._blocks.sort(key=lambda blk: blk.booking.status != "cancelled")  # cancelled below
        self._by_id = {blk.booking.id: blk for blk in self._blocks}

    def _style(self, status: str) -> tuple[QColor, QColor, QColor]:
        """(fill, border, ink) of a status, made once per status (a week may hold a thousand
        blocks)."""
        style = self._styles.get(status)
        if style is None:
            colour = d.BOOKING_STATUS_COLOURS.get(status, QColor("#1a5fb4"))
            if status == "booked":  # what is still to come stands out; the rest is pale
                style = (QColor(colour), colour.darker(130), QColor("white"))
            else:
                style = (_pale(colour), colour, colour.darker(150))
            self._styles[status] = style
        return style

    def _block(self, b: Any, r: QRectF) -> _Block:
        fill, border, ink = self._style(b.status)
        fm = self._small_metrics
        width = int(r.width()) - 6
        lines: list[str] = []
        if width > (40 if self.mode == WEEK else 14):  # a narrow block: the tooltip tells
            times = f"{b.starts_at:%H:%M}–{b.ends_at:%H:%M}"
            other = b.room_label if self.kind == "consultant" else b.consultant_name
            wanted = [b.company_name, times, other or "", d.topic_label(b.topic)]
            if self.mode == WEEK:
                wanted = [b.company_name, times]
            room = int((r.height() - 4) // fm.height())
            for line in wanted[: max(room, 1)]:
                if line:
                    lines.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
        return _Block(b, r, fill, border, ink, lines)

    # --- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._ensure_layout()
        p = QPainter(self)
        p.fillRect(self.rect(), CLOSED)
        if not self.columns or not self.days:
            p.fillRect(self.rect(), OPEN)
            p.setPen(SUBTLE)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        for rect, brush in self._shades:
            p.fillRect(rect, brush)
        self._paint_grid(p)
        self._paint_blocks(p)
        self._paint_now(p)
        self._paint_headers(p)
        if self.hasFocus():  # where the keyboard is
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_grid(self, p: QPainter) -> None:
        top = self._header_h()
        last = self._cell(len(self.columns) - 1, len(self.days) - 1)
        p.setPen(QPen(GRID_LIGHT, 1))
        step = self._tick_step() if self.mode == WEEK else 1
        hours = range(self.first_hour + step, self.last_hour, step)
        for di in range(len(self.days)):
            cell = self._cell(0, di)
            for h in hours:
                r = self._span_rect(cell, h * 60, h * 60)
                if self.mode == WEEK:
                    p.drawLine(QPointF(r.left(), top), QPointF(r.left(), last.bottom()))
                else:
                    p.drawLine(QPointF(AXIS_W, r.top()), QPointF(self.width(), r.top()))
        p.setPen(QPen(GRID, 1))
        if self.mode == WEEK:
            for ci in range(len(self.columns) + 1):
                y = top + ci * self._cell(0, 0).height()
                p.drawLine(QPointF(0, y), QPointF(self.width(), y))
            for di in range(len(self.days)):
                x = self._cell(0, di).left()
                p.drawLine(QPointF(x, 0), QPointF(x, last.bottom()))
        else:
            for ci in range(len(self.columns)):
                x = self._cell(ci, 0).left()
                p.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_blocks(self, p: QPainter) -> None:
        p.setFont(self._small)
        fm = QFontMetrics(self._small)
        pens: dict[tuple[int, bool, bool], QPen] = {}  # one pen per look, not per block
        for blk in self._blocks:
            selected = blk.booking.id == self.selected_id
            dashed = blk.booking.status == "cancelled"
            key = (blk.border.rgba(), selected, dashed)
            pen = pens.get(key)
            if pen is None:
                pen = QPen(QColor("#111") if selected else blk.border, 2.5 if selected else 1)
                if dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                pens[key] = pen
            p.setPen(pen)
            p.setBrush(blk.fill)
            p.drawRoundedRect(blk.rect, 3, 3)
            if blk.lines:
                p.setPen(blk.text_colour)
                y = blk.rect.top() + 2
                for line in blk.lines:
                    p.drawText(
                        QRectF(blk.rect.left() + 4, y, blk.rect.width() - 6, fm.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        line,
                    )
                    y += fm.height()

    def _paint_now(self, p: QPainter) -> None:
        now = (self.now or centre_now()).astimezone(CENTRE_TZ)
        if now.date() not in self.days:
            return
        minute = _minutes(now)
        if not self.first_hour * 60 <= minute <= self.last_hour * 60:
            return
        di = self.days.index(now.date())
        p.setPen(QPen(NOW, 2))
        first = self._span_rect(self._cell(0, di), minute, minute)
        last = self._span_rect(self._cell(len(self.columns) - 1, di), minute, minute)
        if self.mode == WEEK:
            p.drawLine(QPointF(first.left(), first.top()), QPointF(first.left(), last.bottom()))
        else:
            p.drawLine(QPointF(AXIS_W - 6, first.top()), QPointF(last.right(), first.top()))

    def _paint_headers(self, p: QPainter) -> None:
        top = self._header_h()
        fm = self.fontMetrics()
        p.fillRect(QRectF(0, 0, self.width(), top), HEADER_BG)
        p.setPen(GRID)
        p.drawLine(QPointF(0, top), QPointF(self.width(), top))
        if self.mode == WEEK:
            self._paint_week_headers(p, top, fm)
            return
        p.fillRect(QRectF(0, top, AXIS_W, self.height() - top), HEADER_BG)
        p.setFont(self._small)
        p.setPen(SUBTLE)
        cell = self._cell(0, 0)
        for h in range(self.first_hour, self.last_hour):
            r = self._span_rect(cell, h * 60, h * 60)
            p.drawText(QRectF(0, r.top() + 1, AXIS_W - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{h:02d}:00")  # fmt: skip
        for ci, c in enumerate(self.columns):
            x = self._cell(ci, 0).left()
            w = self._cell(ci, 0).width() - 8
            self._paint_label(p, QRectF(x + 4, 4, w, top - 8), c)

    def _paint_week_headers(self, p: QPainter, top: int, fm: QFontMetrics) -> None:
        p.fillRect(QRectF(0, top, LABEL_W, self.height() - top), HEADER_BG)
        today = (self.now or centre_now()).astimezone(CENTRE_TZ).date()
        for di, day in enumerate(self.days):
            cell = self._cell(0, di)
            p.setFont(self._bold if day == today else self.font())
            p.setPen(NOW if day == today else TEXT)
            weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            label = f"{weekday} {day:%m-%d}"
            p.drawText(QRectF(cell.left() + 6, 3, cell.width() - 8, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            p.setFont(self._small)
            p.setPen(SUBTLE)
            step = self._tick_step()
            for h in range(self.first_hour, self.last_hour, step):
                r = self._span_rect(cell, h * 60, h * 60)
                p.drawText(QRectF(r.left() + 2, fm.height() + 6, 40, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(h))  # fmt: skip
        for ci, c in enumerate(self.columns):
            cell = self._cell(ci, 0)
            self._paint_label(p, QRectF(6, cell.top() + 3, LABEL_W - 10, cell.height() - 6), c)

    def _tick_step(self) -> int:
        """Hours between the week view's time marks: every hour when a day is wide enough."""
        width = self._cell(0, 0).width() / max(self.last_hour - self.first_hour, 1)
        return 1 if width >= 28 else 2 if width >= 16 else 3

    def _paint_label(self, p: QPainter, r: QRectF, c: Any) -> None:
        fm = self.fontMetrics()
        p.setFont(self._bold)
        p.setPen(TEXT if c.active else SUBTLE)
        bold = QFontMetrics(self._bold)
        title = bold.elidedText(c.title, Qt.TextElideMode.ElideRight, int(r.width()))
        p.drawText(QRectF(r.left(), r.top(), r.width(), fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        sub = c.subtitle
        if c.kind == "room" and c.id is not None:
            sub = self.tr("%1 seats").replace("%1", c.subtitle)
        if sub and r.height() >= 2 * fm.height():
            p.setFont(self.font())
            p.setPen(SUBTLE)
            sub = fm.elidedText(sub, Qt.TextElideMode.ElideRight, int(r.width()))
            p.drawText(QRectF(r.left(), r.top() + fm.height(), r.width(), fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)  # fmt: skip

    # --- mouse and tooltips
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            b = self.booking_at(event.position())
            self.select(b.id if b else None)
            self.bookingSelected.emit(b.id if b else None)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        b = self.booking_at(event.position())
        if b is not None:
            self.bookingActivated.emit(b.id)
            return
        slot = self.slot_at(event.position())
        if slot is not None:
            column, when = slot
            self.newBookingRequested.emit(column.kind, column.id, when)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            b = self.booking_at(QPointF(event.pos()))
            if b is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(b), self)
            return True
        return super().event(event)

    def tooltip(self, b: Any) -> str:
        rows = [
            (
                self.tr("Company"),
                b.company_name + (self.tr(" (prospective)") if b.prospect_name else ""),
            ),
            (self.tr("Consultant"), b.consultant_name),
            (self.tr("Room"), b.room_label or self.tr("No room")),
            (self.tr("Topic"), d.topic_label(b.topic)),
            (self.tr("Time"), f"{b.starts_at:%Y-%m-%d %H:%M}–{b.ends_at:%H:%M}"),
            (self.tr("Status"), d.booking_status_label(b.status)),
        ]
        return b.reference + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)
