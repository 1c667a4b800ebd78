"""The Consultations page's detail panel: one booking with every field, the company's no-show
flag, and the booking's history (each reschedule with the times it had before)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from adminapp.services.consultations.bookings import BookingView, NoShowStatus
from ui.models import display as d
from ui.pages import detail_html as h

_EVENTS = {
    "booked": QT_TRANSLATE_NOOP("ConsultationsPage", "Booked"),
    "recorded": QT_TRANSLATE_NOOP("ConsultationsPage", "Recorded as held"),
    "rescheduled": QT_TRANSLATE_NOOP("ConsultationsPage", "Rescheduled"),
    "completed": QT_TRANSLATE_NOOP("ConsultationsPage", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("ConsultationsPage", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("ConsultationsPage", "Marked a no-show"),
}


def tr(text: str) -> str:
    """A runtime text of this module's (ConsultationsPage) context; literals use the spelt-out call."""
    return QCoreApplication.translate("ConsultationsPage", text)


def event_label(kind: str) -> str:
    return tr(_EVENTS[kind]) if kind in _EVENTS else kind


def no_show_text(flag: NoShowStatus) -> str:
    """What the record says of a company's no-shows in the last 90 days ("" if none)."""
    if not flag.no_shows:
        return ""
    many = (
        QCoreApplication.translate("ConsultationsPage", "%1 no-shows in 90 days")
        if flag.no_shows != 1
        else QCoreApplication.translate("ConsultationsPage", "1 no-show in 90 days")
    )
    text = many.replace("%1", str(flag.no_shows))
    if flag.needs_confirmation:
        return text + QCoreApplication.translate(
            "ConsultationsPage", " — next booking needs a manager's confirmation"
        )
    if flag.flagged:
        return text + QCoreApplication.translate(
            "ConsultationsPage", " — a manager has confirmed a booking since"
        )
    return text


def flag_html(flag: NoShowStatus | None) -> str:
    text = no_show_text(flag) if flag is not None else ""
    if not text:
        return ""
    colour = "#b3261e" if flag is not None and flag.flagged else "#a15c00"
    return f"<p style='color: {colour}; font-weight: 600;'>⚠ {h.esc(text)}</p>"


def when(b: Any) -> str:
    return f"{b.starts_at:%Y-%m-%d %a %H:%M}–{b.ends_at:%H:%M}"


def booking_html(
    b: BookingView,
    flag: NoShowStatus | None,
    consultant_names: dict[int, str],
    room_labels: dict[int, str],
) -> str:
    """The booking's detail. ``consultant_names`` and ``room_labels`` name the consultants and
    rooms a reschedule moved it from."""
    company = b.company_name
    if b.prospect_name:
        company = QCoreApplication.translate(
            "ConsultationsPage", "%1 (prospective company)"
        ).replace("%1", b.prospect_name)
    minutes = int((b.ends_at - b.starts_at).total_seconds() // 60)
    pairs = [
        (QCoreApplication.translate("ConsultationsPage", "Company"), company),
        (QCoreApplication.translate("ConsultationsPage", "Consultant"), b.consultant_name),
        (
            QCoreApplication.translate("ConsultationsPage", "Room"),
            b.room_label or QCoreApplication.translate("ConsultationsPage", "No room"),
        ),
        (QCoreApplication.translate("ConsultationsPage", "Topic"), d.topic_label(b.topic)),
        (QCoreApplication.translate("ConsultationsPage", "When"), when(b)),
        (
            QCoreApplication.translate("ConsultationsPage", "Duration"),
            QCoreApplication.translate("ConsultationsPage", "%1 min").replace("%1", str(minutes)),
        ),
        (QCoreApplication.translate("ConsultationsPage", "Attendees"), str(b.attendees)),
        (QCoreApplication.translate("ConsultationsPage", "Cancelled because"), b.cancel_reason),
        (QCoreApplication.translate("ConsultationsPage", "Confirmed by"), b.confirmed_by or ""),
        (
            QCoreApplication.translate("ConsultationsPage", "Booked by"),
            f"{b.created_by} · {b.created_at:%Y-%m-%d %H:%M}",
        ),
    ]
    parts = [h.title(b.reference, d.booking_status_label(b.status)), flag_html(flag)]
    parts.append(h.kv_table(pairs))
    if b.notes:
        parts.append(h.heading(QCoreApplication.translate("ConsultationsPage", "Notes")))
        parts.append(f"<p>{h.esc(b.notes).replace(chr(10), '<br>')}</p>")
    parts.append(h.heading(QCoreApplication.translate("ConsultationsPage", "History")))
    items = []
    for e in reversed(b.events):
        second = [f"{e.at:%Y-%m-%d %H:%M}", e.by]
        if e.old_starts_at is not None and e.old_ends_at is not None:
            moved = QCoreApplication.translate("ConsultationsPage", "from %1").replace(
                "%1", f"{e.old_starts_at:%Y-%m-%d %H:%M}–{e.old_ends_at:%H:%M}"
            )
            if e.old_consultant_id is not None and e.old_consultant_id != b.consultant_id:
                moved += " · " + consultant_names.get(e.old_consultant_id, "")
            if e.old_room_id is not None and e.old_room_id != b.room_id:
                moved += " · " + room_labels.get(e.old_room_id, "")
            second.insert(0, moved)
        if e.reason:
            second.append(e.reason)
        items.append((event_label(e.kind), " · ".join(x for x in second if x)))
    parts.append(
        h.item_list(items)
        if items
        else h.note(QCoreApplication.translate("ConsultationsPage", "No recorded changes."))
    )
    return "".join(parts)


def legend_html() -> str:
    """What the panel shows with nothing selected: how to use the calendar, and its colours."""
    swatches = "".join(
        f"<tr><td bgcolor='{d.BOOKING_STATUS_COLOURS[code].name()}' width='18'>&nbsp;</td>"
        f"<td>&nbsp;{h.esc(d.booking_status_label(code))}</td></tr>"
        for code in ("booked", "completed", "no_show", "cancelled")
    )
    hint = QCoreApplication.translate(
        "ConsultationsPage",
        "Select a booking to see its details. Double-click free time in the calendar to book "
        "it; double-click a booking to reschedule it.",
    )
    return h.note(hint) + f"<table cellspacing='3'>{swatches}</table>"
