"""Consultations: the bookings calendar (a day or a week, columns by consultant or by room), the
bookings list with its filters, and the consultants and rooms.

The calendar reads the shown days once per load (``listing.calendar``) and paints from memory;
the list comes a page at a time from ``listing.list_bookings`` (filters and sorting in SQL).
Either way the panel on the right shows the selected booking — every field, the company's
no-show flag, its history with the times it was moved from — under the quick actions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.services.consultations import bookings, listing, resources
from adminapp.services.consultations.bookings import BookingView
from adminapp.services.context import AppContext, centre_today
from ui import messages
from ui.models.consultations import BookingsModel
from ui.pages.consultation_actions import BookingActions
from ui.pages.consultation_detail import booking_html, legend_html
from ui.pages.consultation_filters import BookingFilters
from ui.pages.consultation_resources import ResourcesView
from ui.pages.detail_html import DETAIL_CSS
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.booking_calendar import BookingCalendar
from ui.widgets.date_edit import DateEdit

VIEWS = ("day", "week", "list", "resources")


class ConsultationsPage(BookingActions, BookingFilters, ListPage):
    name = "consultations"
    requires = {"new": "booking.create", "edit": "booking.change"}
    listens = ("bookingsChanged", "consultantsChanged", "roomsChanged", "companiesChanged")
    stretch_column = 2  # the company

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("booking"), self.tr("bookings")
        self.model = BookingsModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search company, prospect or consultant…"))
        self.booking: BookingView | None = None  # the selected booking, as last read
        self.view_mode = "day"
        self.day = centre_today()
        self.by = "consultant"
        self.data: listing.CalendarData | None = None
        self.dialog: Any = None
        self._names: tuple[dict[int, str], dict[int, str]] | None = None
        self.build()
        self._build_filters()
        self._build_views()
        self.update_buttons()

    def title(self) -> str:
        return self.tr("Consultations")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No booking matches the search and filters.")
        return self.tr("No bookings yet. Use New booking (Ctrl+N) to book the first session.")

    # --- building
    def _build_views(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.view_buttons = QButtonGroup(self)
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "list": self.tr("List"),
                 "resources": self.tr("Consultants and rooms")}  # fmt: skip
        for i, code in enumerate(VIEWS):
            button = QToolButton()
            button.setText(names[code])
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.view_buttons.addButton(button, i)
            top.addWidget(button)
            if code == "list":
                top.addSpacing(10)
        self.view_buttons.idClicked.connect(lambda i: self.set_view(VIEWS[i]))
        top.addSpacing(16)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous day or week"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next day or week"))
        self.date_edit = DateEdit(value=self.day)
        self.date_edit.setToolTip(self.tr("The day shown (the week view shows its week)"))
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.by_combo = QComboBox()
        self.by_combo.addItem(self.tr("Columns by consultant"), "consultant")
        self.by_combo.addItem(self.tr("Columns by room"), "room")
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.by_combo)
        top.addStretch(0)  # keeps the view buttons together when the date controls are hidden
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_day(centre_today()))
        self.date_edit.dateChanged.connect(lambda _q: self.show_day(self.date_edit.date_value()))
        self.by_combo.currentIndexChanged.connect(
            lambda _i: self._set_by(self.by_combo.currentData())
        )
        self.calendar_controls = [self.prev_button, self.today_button, self.next_button,
                                  self.date_edit, self.period_label, self.by_combo]  # fmt: skip
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top)

        self.calendar = BookingCalendar()
        self.calendar.bookingSelected.connect(self._calendar_selected)
        self.calendar.bookingActivated.connect(self._calendar_activated)
        self.calendar.newBookingRequested.connect(self._calendar_new)
        self.calendar_scroll = QScrollArea()
        self.calendar_scroll.setWidgetResizable(True)
        self.calendar_scroll.setWidget(self.calendar)
        self.calendar_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the calendar
        self.resources_view = ResourcesView(self.ctx, self.signals)
        self.stack = QStackedWidget()
        self.splitter.replaceWidget(0, self.stack)
        self.stack.addWidget(self.calendar_scroll)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.resources_view)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.build_actions())
        self.splitter.replaceWidget(1, side)
        side_layout.addWidget(self.detail, 1)
        self.side = side
        self.splitter.setSizes([1000, 330])
        self.selectionChanged.connect(self.update_buttons)
        self._show_view_widgets()

    # --- views and dates
    def set_view(self, mode: str) -> None:
        if mode not in VIEWS:
            raise ValueError(f"unknown view {mode!r}; views: {', '.join(VIEWS)}")
        self.view_mode = mode
        self._show_view_widgets()
        if self._loaded:
            self.load()
            self.selectionChanged.emit()
            self.statusChanged.emit()

    def _show_view_widgets(self) -> None:
        mode = self.view_mode
        self.view_buttons.button(VIEWS.index(mode)).setChecked(True)
        calendar = mode in ("day", "week")
        for w in self.calendar_controls:
            w.setVisible(calendar)
        for i in range(self.filter_bar.count()):
            item = self.filter_bar.itemAt(i).widget()
            if item is not None:
                item.setVisible(mode == "list")
        self.stack.setCurrentIndex({"day": 0, "week": 0, "list": 1, "resources": 2}[mode])
        self.side.setVisible(mode != "resources")

    def shown_days(self) -> list[dt.date]:
        if self.view_mode == "week":
            monday = self.day - dt.timedelta(days=self.day.weekday())
            return [monday + dt.timedelta(days=i) for i in range(7)]
        return [self.day]

    def step(self, direction: int) -> None:
        self.show_day(
            self.day + dt.timedelta(days=direction * (7 if self.view_mode == "week" else 1))
        )

    def show_day(self, day: dt.date) -> None:
        if day == self.day and self.data is not None:
            return
        self._set_day(day)
        if self._loaded and self.view_mode in ("day", "week"):
            self._load_calendar()
            self.selectionChanged.emit()
            self.statusChanged.emit()

    def _set_day(self, day: dt.date) -> None:
        """Show ``day`` (at the next load), the date field too, without loading now."""
        self.day = day
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.set_date_value(day)
        self.date_edit.blockSignals(blocked)

    def _set_by(self, by: str) -> None:
        if by != self.by:
            self.by = by
            if self._loaded and self.view_mode in ("day", "week"):
                self._load_calendar()
                self.statusChanged.emit()

    # --- loading
    def load(self) -> None:
        self._names = None
        self._detail_stale = True
        if self.view_mode == "list":
            super().load()
            return
        if self.view_mode == "resources":
            self.resources_view.load()
        else:
            self._load_calendar()
        self.show_detail(self._selected_id)

    def _load_calendar(self) -> None:
        days = self.shown_days()
        self.data = listing.calendar(self.ctx, days[0], len(days), self.by)
        self.calendar.empty_text = (
            self.tr("No consultants yet: add them under Consultants and rooms.")
            if self.by == "consultant"
            else self.tr("No meeting rooms yet: add them under Consultants and rooms.")
        )
        self.calendar.set_data(self.data.columns, days, self.data.bookings,
                               mode=self.view_mode, kind=self.by)  # fmt: skip
        self.calendar.select(self._selected_id)
        if days[0] == days[-1]:
            weekday = QLocale().dayName(days[0].isoweekday())  # Saturday, 星期六
            self.period_label.setText(f"{weekday} {days[0]:%Y-%m-%d}")
        else:
            week = self.tr("Week %1").replace("%1", str(days[0].isocalendar().week))
            self.period_label.setText(f"{week}: {days[0]:%Y-%m-%d} – {days[-1]:%m-%d}")

    # --- selection
    def _calendar_selected(self, booking_id: int | None) -> None:
        self._selected_id = booking_id
        try:
            self.show_detail(booking_id)
        finally:
            self.selectionChanged.emit()

    def _calendar_activated(self, booking_id: int) -> None:
        self._calendar_selected(booking_id)
        self.request("edit")

    def _calendar_new(self, kind: str, column_id: int | None, starts_at: dt.datetime) -> None:
        if not self.allows("new"):
            return
        if kind == "consultant":
            self.new_booking(consultant_id=column_id, starts_at=starts_at)
        else:
            self.new_booking(room_id=column_id, starts_at=starts_at)

    def selected_booking(self) -> BookingView | None:
        if self._selected_id is None or self.view_mode == "resources":
            return None
        b = self.booking
        return b if b is not None and b.id == self._selected_id else None

    def selected_row(self) -> Any | None:
        return self.selected_booking()

    def select_id(self, row_id: int) -> bool:
        if self.view_mode == "list":
            return super().select_id(row_id)
        if self.calendar.booking(row_id) is None:
            return False
        self.calendar.select(row_id)
        self._calendar_selected(row_id)
        return True

    def show_booking_when_loaded(self, b: BookingView) -> None:
        """After a save: keep ``b`` selected, and in the calendar go to its day."""
        self.remember_selection(b.id)
        if self.view_mode in ("day", "week") and b.starts_at.date() not in self.shown_days():
            self._set_day(b.starts_at.date())

    def schedule_target(self) -> tuple[int, str, dt.date, dt.date] | None:
        """The consultant whose schedule Export offers, and the period: the selected booking's
        consultant (else the list's consultant filter) over the days shown (the list: its period
        filter, else the week of the calendar's day)."""
        b = self.selected_booking()
        consultant_id, name = (b.consultant_id, b.consultant_name) if b else (None, "")
        if consultant_id is None and self.view_mode == "list":
            consultant_id = self.model.query.filters.get("consultant_id")
            name = self.consultant_combo.currentText()
        if consultant_id is None:
            return None
        if self.view_mode == "list":
            f = self.model.query.filters
            first, end = f.get("date_from"), f.get("date_to")
            if first is None or end is None:
                first = self.day - dt.timedelta(days=self.day.weekday())
                end = first + dt.timedelta(days=7)
        else:
            days = self.shown_days()
            first, end = days[0], days[-1] + dt.timedelta(days=1)
        return consultant_id, name, first, end

    # --- detail
    def detail_html(self, row_id: int) -> str:
        self.booking = None
        b = bookings.get_booking(self.ctx, row_id)
        self.booking = b
        flag = bookings.company_no_shows(self.ctx, b.company_id) if b.company_id else None
        if self._names is None:
            self._names = (
                {c.id: c.name_en for c in resources.list_consultants(self.ctx)},
                {r.id: r.label for r in resources.list_rooms(self.ctx)},
            )
        return booking_html(b, flag, *self._names)

    def show_detail(self, row_id: int | None) -> None:
        if row_id is None:
            self.booking = None
            self._detail_shown = None
            self.detail.setHtml(DETAIL_CSS + legend_html())
            return
        super().show_detail(row_id)

    # --- page interface
    def status_text(self) -> str:
        if self.view_mode == "list":
            return super().status_text()
        if self.view_mode == "resources":
            return self.resources_view.status_text()
        if self.data is None:
            return ""
        live = [b for b in self.data.bookings if b.status != "cancelled"]
        text = self.tr("%1 sessions") if len(live) != 1 else self.tr("%1 session")
        return text.replace("%1", str(len(live))) + " · " + self.period_label.text()

    def can(self, action: str) -> bool:
        if action in ("new", "refresh"):
            return True
        if action == "edit":
            b = self.selected_booking()
            return b is not None and b.status == "booked"
        return False

    def trigger(self, action: str) -> None:
        if action == "new":
            company = (
                self.model.query.filters.get("company_id") if self.view_mode == "list" else None
            )
            self.new_booking(company_id=company)
        elif action == "edit":
            self.reschedule()
        else:
            super().trigger(action)

    def show_target(self, target: Any) -> None:
        """``("booking", id)``: that booking selected on its day; ``("company", id, name)``: the
        list of its bookings; ``("view", "day" | "week" | "list" | "resources")``, optionally
        with ``@YYYY-MM-DD`` (the day shown) and ``#id`` (a booking selected)."""
        kind = target[0]
        if kind == "view":
            spec, _, booking = str(target[1]).partition("#")
            view, _, day = spec.partition("@")
            if day:
                self._set_day(dt.date.fromisoformat(day))
            self.set_view(view or self.view_mode)
            if booking:
                self.open_booking(int(booking))
        elif kind == "company":
            self.set_view("list")
            self.show_company(target[1], target[2] if len(target) > 2 else "")
        elif kind == "booking":
            self.open_booking(target[1])

    def open_booking(self, booking_id: int) -> bool:
        """Show the booking on its day in the calendar, selected, its details beside."""
        try:
            b = bookings.get_booking(self.ctx, booking_id)
        except DomainError as exc:
            messages.error(self, self.tr("Could not open the booking"), str(exc))
            return False
        if self.view_mode not in ("day", "week"):
            self.view_mode = "day"
            self._show_view_widgets()
        self._set_day(b.starts_at.date())
        self._selected_id = b.id
        self.refresh()
        self.calendar.select(b.id)
        self._scroll_to(b.id)
        return True

    def _scroll_to(self, booking_id: int) -> None:
        rect = self.calendar.booking_rect(booking_id)
        if rect is not None:
            c = rect.center()
            self.calendar_scroll.ensureVisible(int(c.x()), int(c.y()), 80, 120)

    def show_company(self, company_id: int | None, name: str = "") -> None:
        combo = self.company_combo
        if company_id is None:
            combo.setCurrentIndex(0)
            return
        combo.ensure_loaded()
        index = combo.findData(company_id)
        if index < 0:
            combo.addItem(name or str(company_id), company_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def save_state(self) -> None:
        super().save_state()
        self.settings.set_page_value(self.name, "view", self.view_mode)
        self.settings.set_page_value(self.name, "by", self.by)

    def restore_state(self) -> None:
        super().restore_state()
        view = self.settings.page_value(self.name, "view", "day")
        by = self.settings.page_value(self.name, "by", "consultant")
        if by in ("consultant", "room"):
            self.by_combo.setCurrentIndex(self.by_combo.findData(by))
        if view in VIEWS:
            self.set_view(view)
