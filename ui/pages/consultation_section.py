"""The Consultations section of a company's record (Companies page): its latest bookings,
how many of each status, and its no-show flag, with links into the Consultations page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from adminapp.services.consultations import listing
from adminapp.services.context import AppContext
from ui.models import display as d
from ui.pages import detail_html as h
from ui.pages.consultation_detail import flag_html

CONSULTATIONS_LINK = "consultations"
BOOKING_LINK = "booking:"
SHOWN_BOOKINGS = 6


def tr(text: str) -> str:
    """A runtime text of this module's (CompaniesPage) context; literals use the spelt-out call."""
    return QCoreApplication.translate("CompaniesPage", text)


def company_html(ctx: AppContext, company_id: int) -> str:
    """The section's HTML; links are ``BOOKING_LINK<id>`` and ``CONSULTATIONS_LINK``."""
    c = listing.company_consultations(ctx, company_id, limit=SHOWN_BOOKINGS)
    parts = [h.heading(QCoreApplication.translate("CompaniesPage", "Consultations"))]
    if not c.bookings:
        return parts[0] + h.note(
            QCoreApplication.translate("CompaniesPage", "No consultations booked.")
        )
    parts.append(flag_html(c.no_shows))
    counts = [
        (d.booking_status_label(code), str(c.counts[code]))
        for code in ("booked", "completed", "no_show", "cancelled")
        if c.counts.get(code)
    ]
    parts.append(
        h.kv_table(
            [(QCoreApplication.translate("CompaniesPage", "Upcoming"), str(c.upcoming)), *counts]
        )
    )
    items = []
    for b in c.bookings:
        link = f"<a href='{BOOKING_LINK}{b.id}'>{h.esc(b.reference)}</a>"
        when = f"{b.starts_at:%Y-%m-%d %H:%M}"
        second = f"{d.booking_status_label(b.status)} · {d.topic_label(b.topic)}"
        items.append(
            f"<p class='item'><b>{link}</b> {h.esc(when)} · {h.esc(b.consultant_name)}<br>"
            f"<span class='sub'>{h.esc(second)}</span></p>"
        )
    parts.append("".join(items))
    label = QCoreApplication.translate("CompaniesPage", "All its bookings in Consultations…")
    parts.append(f"<p><a href='{CONSULTATIONS_LINK}'>{h.esc(label)}</a></p>")
    return "".join(parts)
