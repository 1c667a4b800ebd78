"""The Consultations page's list filters: company, consultant, room, topic, status and the
period (days relative to today), each narrowing ``listing.list_bookings`` in SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox

from adminapp.models import BOOKING_STATUSES, TOPICS
from adminapp.services.consultations import listing, resources
from adminapp.services.context import centre_today
from ui.models import display as d
from ui.widgets.lazy_combo import LazyComboBox

# The list's period filter: days [from, to) relative to today in Shanghai.
PERIODS = ("upcoming", "today", "this_week", "next_30", "last_30", "this_month")


def period_range(code: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The days ``[from, to)`` a period choice stands for (None: open-ended)."""
    if code == "upcoming":
        return today, None
    if code == "today":
        return today, today + dt.timedelta(days=1)
    if code == "this_week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=7)
    if code == "next_30":
        return today, today + dt.timedelta(days=30)
    if code == "last_30":
        return today - dt.timedelta(days=30), today + dt.timedelta(days=1)
    if code == "this_month":
        first = today.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1)
    raise ValueError(f"unknown period {code!r}")


class BookingFilters:
    """Mixed into the Consultations page (a ListPage: ``add_filter``, ``connect_combo``,
    ``model``, ``ctx``, ``signals``, ``tr``)."""

    ctx: Any
    signals: Any
    model: Any

    def _build_filters(self) -> None:
        self.company_combo = LazyComboBox(self.tr("All companies"), self._companies)
        self.company_combo.setToolTip(self.tr("The companies that have booked"))
        self.consultant_combo = LazyComboBox(self.tr("All consultants"), self._consultants)
        self.room_combo = LazyComboBox(self.tr("All rooms"), self._rooms)
        self.topic_combo = QComboBox()
        self.topic_combo.addItem(self.tr("All topics"))
        for code in TOPICS:
            self.topic_combo.addItem(d.topic_label(code), code)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"))
        for code in BOOKING_STATUSES:
            self.status_combo.addItem(d.booking_status_label(code), code)
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("Any time"))
        labels = {
            "upcoming": self.tr("Upcoming"),
            "today": self.tr("Today"),
            "this_week": self.tr("This week"),
            "next_30": self.tr("Next 30 days"),
            "last_30": self.tr("Last 30 days"),
            "this_month": self.tr("This month"),
        }
        for code in PERIODS:
            self.period_combo.addItem(labels[code], code)
        self.period_combo.setToolTip(self.tr("When the session starts"))
        for combo in (self.company_combo, self.consultant_combo, self.room_combo,
                      self.topic_combo, self.status_combo, self.period_combo):  # fmt: skip
            self.add_filter(  # type: ignore[attr-defined]
                "", combo
            )
        self.connect_combo(  # type: ignore[attr-defined]
            self.company_combo, "company_id"
        )
        self.connect_combo(  # type: ignore[attr-defined]
            self.consultant_combo, "consultant_id"
        )
        self.connect_combo(  # type: ignore[attr-defined]
            self.room_combo, "room_id"
        )
        self.connect_combo(  # type: ignore[attr-defined]
            self.topic_combo, "topic"
        )
        self.connect_combo(  # type: ignore[attr-defined]
            self.status_combo, "status"
        )
        self.period_combo.currentIndexChanged.connect(lambda _i: self._apply_period())
        self.signals.consultantsChanged.connect(self.consultant_combo.invalidate)
        self.signals.roomsChanged.connect(self.room_combo.invalidate)

    # --- filter choices
    def _companies(self) -> list[tuple[str, Any]]:
        return [(f"{en} {zh}".strip(), i) for i, en, zh in listing.company_choices(self.ctx)]

    def _consultants(self) -> list[tuple[str, Any]]:
        return [(f"{c.name_en} {c.name_zh}".strip(), c.id)
                for c in resources.list_consultants(self.ctx)]  # fmt: skip

    def _rooms(self) -> list[tuple[str, Any]]:
        return [(r.label, r.id) for r in resources.list_rooms(self.ctx)]

    def _apply_period(self) -> None:
        code = self.period_combo.currentData()
        filters = dict(self.model.query.filters)
        filters.pop("date_from", None)
        filters.pop("date_to", None)
        if code:
            start, end = period_range(code, centre_today())
            filters.update(date_from=start, date_to=end)
        self.model.set_query(filters={k: v for k, v in filters.items() if v is not None})
