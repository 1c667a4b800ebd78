"""Bookings as iCalendar files (RFC 5545) that calendar programs import.

One VEVENT per booking, with a stable UID (importing the file again updates the event rather
than copying it), times in UTC (``...Z``, so no VTIMEZONE is needed), the status
(CONFIRMED, or CANCELLED for a cancelled session), the room as LOCATION, and the company,
topic, attendees and notes in the DESCRIPTION. Text is escaped and lines are folded at 75
octets as the standard says; lines end in CRLF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adminapp.services.consultations.bookings import (
    BookingView,
    bookings_between,
    get_booking,
)
from adminapp.services.consultations.resources import TOPIC_LABELS, get_consultant
from adminapp.services.consultations.times import day_bounds
from adminapp.services.context import AppContext, centre_now

PRODID = "-//Incubator Admin//Consultations//EN"
STATUS = {"booked": "CONFIRMED", "completed": "CONFIRMED", "no_show": "CONFIRMED",
          "cancelled": "CANCELLED"}  # fmt: skip


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets (UTF-8 kept whole)."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + n > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return [out[0], *(" " + piece for piece in out[1:])]


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(b: BookingView, stamp: dt.datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:booking-{b.id}@incubator-admin",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(b.starts_at)}",
        f"DTEND:{_utc(b.ends_at)}",
        f"SUMMARY:{_escape(f'{TOPIC_LABELS[b.topic]}: {b.company_name} with {b.consultant_name}')}",
        f"STATUS:{STATUS[b.status]}",
        f"SEQUENCE:{max(b.version - 1, 0)}",
    ]
    if b.room_label:
        lines.append(f"LOCATION:{_escape(b.room_label)}")
    details = [
        f"Booking {b.reference} ({b.status_label})",
        f"Company: {b.company_name}" + (" (prospective)" if b.prospect_name else ""),
        f"Consultant: {b.consultant_name}",
        f"Topic: {TOPIC_LABELS[b.topic]}",
        f"Attendees: {b.attendees}",
    ]
    if b.cancel_reason:
        details.append(f"Cancelled: {b.cancel_reason}")
    if b.notes:
        details.append(b.notes)
    lines.append(f"DESCRIPTION:{_escape(chr(10).join(details))}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(bookings: list[BookingView], name: str = "Consultations") -> str:
    stamp = centre_now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for b in bookings:
        lines.extend(_event(b, stamp))
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))


def export_booking(ctx: AppContext, booking_id: int, path: Path) -> Path:
    """One booking as an .ics file."""
    b = get_booking(ctx, booking_id)
    path.write_bytes(calendar_text([b], f"Booking {b.reference}").encode("utf-8"))
    return path


def export_schedule(
    ctx: AppContext,
    consultant_id: int,
    date_from: dt.date,
    date_to: dt.date,
    path: Path,
    *,
    include_cancelled: bool = False,
) -> int:
    """A consultant's sessions in ``[date_from, date_to)`` as an .ics file; returns how many."""
    c = get_consultant(ctx, consultant_id)
    lo, hi = day_bounds(date_from, date_to)
    rows = bookings_between(
        ctx, lo, hi, consultant_ids=[consultant_id], include_cancelled=include_cancelled
    )
    name = f"{c.name_en}: {date_from:%Y-%m-%d} to {date_to - dt.timedelta(days=1):%Y-%m-%d}"
    path.write_bytes(calendar_text(rows, name).encode("utf-8"))
    return len(rows)
