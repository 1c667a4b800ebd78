"""Words and small inputs shared by the consultation dialogs: topics, weekdays, statuses,
``HH:mm`` time fields and the one-line description of a booking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QTimeEdit, QWidget

from adminapp.services.consultations.bookings import BookingView
from adminapp.services.consultations.resources import TOPIC_LABELS
from adminapp.services.consultations.times import local
from ui.dialogs.form import fill

_TOPICS = {
    "policy": QT_TRANSLATE_NOOP("Topic", "Policy applications"),
    "financing": QT_TRANSLATE_NOOP("Topic", "Financing"),
    "legal_ip": QT_TRANSLATE_NOOP("Topic", "Legal and IP"),
    "compute": QT_TRANSLATE_NOOP("Topic", "Compute"),
    "talent": QT_TRANSLATE_NOOP("Topic", "Talent"),
    "market": QT_TRANSLATE_NOOP("Topic", "Market"),
}
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Mon"),
    QT_TRANSLATE_NOOP("Weekday", "Tue"),
    QT_TRANSLATE_NOOP("Weekday", "Wed"),
    QT_TRANSLATE_NOOP("Weekday", "Thu"),
    QT_TRANSLATE_NOOP("Weekday", "Fri"),
    QT_TRANSLATE_NOOP("Weekday", "Sat"),
    QT_TRANSLATE_NOOP("Weekday", "Sun"),
)
_STATUSES = {
    "booked": QT_TRANSLATE_NOOP("BookingStatus", "Booked"),
    "completed": QT_TRANSLATE_NOOP("BookingStatus", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("BookingStatus", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("BookingStatus", "No-show"),
}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def topic_labels() -> dict[str, str]:
    """Every topic the services know, in their order, in words."""
    return {
        code: QCoreApplication.translate("Topic", _TOPICS.get(code, text))
        for code, text in TOPIC_LABELS.items()
    }


def weekday_name(day: int) -> str:
    return QCoreApplication.translate("Weekday", _WEEKDAYS[day])


def weekday_short(day: int) -> str:
    return QCoreApplication.translate("Weekday", _SHORT_WEEKDAYS[day])


def booking_status_label(code: str) -> str:
    return (
        QCoreApplication.translate("BookingStatus", _STATUSES[code]) if code in _STATUSES else code
    )


def wall_time(moment: dt.datetime) -> dt.datetime:
    """A moment as naive Asia/Shanghai wall time (a naive one is taken to be that already)."""
    return moment if moment.tzinfo is None else local(moment).replace(tzinfo=None)


def time_edit(value: dt.time | None = None, parent: QWidget | None = None) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def time_value(edit: QTimeEdit) -> dt.time:
    return edit.time().toPython().replace(second=0, microsecond=0)


def set_time(edit: QTimeEdit, value: dt.time) -> None:
    edit.setTime(QTime(value.hour, value.minute))


def moment_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date and time on the centre's clock, ``yyyy-MM-dd HH:mm`` with a calendar."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def moment_value(edit: QDateTimeEdit) -> dt.datetime:
    """The naive Asia/Shanghai wall time shown (the services read naive times so)."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)


def set_moment(edit: QDateTimeEdit, value: dt.datetime) -> None:
    value = wall_time(value)
    edit.setDateTime(QDateTime(value.date(), QTime(value.hour, value.minute)))


def period_text(start: dt.datetime, end: dt.datetime) -> str:
    """``2026-06-15 09:00–17:00``, or with both dates when the period spans days."""
    a, b = wall_time(start), wall_time(end)
    if a.date() == b.date():
        return f"{a:%Y-%m-%d %H:%M}–{b:%H:%M}"
    return f"{a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M}"


def session_text(booking: BookingView) -> str:
    """``Mon 2026-06-15 10:00–11:00``."""
    a = wall_time(booking.starts_at)
    return fill(
        "%1 %2", weekday_short(a.weekday()), period_text(booking.starts_at, booking.ends_at)
    )


def booking_line(booking: BookingView) -> str:
    """``B… · Alpha Models with Ada Li · Mon 2026-06-15 10:00–11:00 · 1F-02 Lotus``."""
    parts = [
        booking.reference,
        fill(
            QCoreApplication.translate("Booking", "%1 with %2"),
            booking.company_name,
            booking.consultant_name,
        ),
        session_text(booking),
    ]
    if booking.room_label:
        parts.append(booking.room_label)
    return " · ".join(parts)


def fill_choices(combo: QComboBox, items: list[tuple[str, object]], current: object) -> None:
    """Replace the combo's items (label, data), keeping ``current`` selected if listed."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
