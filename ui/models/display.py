"""How codes, money, areas and dates read on screen: translatable labels and number formats.

Label contexts match ``ui/dialogs/labels.py`` (UnitKind, Segment, Stage) so one translation
serves both.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from adminapp import i18n

_KINDS = {
    "private_office": QT_TRANSLATE_NOOP("UnitKind", "Private office"),
    "open_desk": QT_TRANSLATE_NOOP("UnitKind", "Open desk area"),
    "lab": QT_TRANSLATE_NOOP("UnitKind", "Lab"),
    "compute_room": QT_TRANSLATE_NOOP("UnitKind", "Compute room"),
    "meeting_room": QT_TRANSLATE_NOOP("UnitKind", "Meeting room"),
    "event_space": QT_TRANSLATE_NOOP("UnitKind", "Event space"),
    "service_area": QT_TRANSLATE_NOOP("UnitKind", "Service area"),
}
_SEGMENTS = {
    "base_technology": QT_TRANSLATE_NOOP("Segment", "Base technology"),
    "application_development": QT_TRANSLATE_NOOP("Segment", "Application development"),
    "scene_design": QT_TRANSLATE_NOOP("Segment", "Scene design"),
    "compute_support": QT_TRANSLATE_NOOP("Segment", "Compute support"),
    "product_marketing": QT_TRANSLATE_NOOP("Segment", "Product marketing"),
}
_STAGES = {
    "seed": QT_TRANSLATE_NOOP("Stage", "Seed"),
    "angel": QT_TRANSLATE_NOOP("Stage", "Angel"),
    "series_a": QT_TRANSLATE_NOOP("Stage", "Series A"),
    "series_b": QT_TRANSLATE_NOOP("Stage", "Series B"),
    "series_c_plus": QT_TRANSLATE_NOOP("Stage", "Series C or later"),
    "listed": QT_TRANSLATE_NOOP("Stage", "Listed"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("LeaseStatus", "Draft"),
    "upcoming": QT_TRANSLATE_NOOP("LeaseStatus", "Upcoming"),
    "active": QT_TRANSLATE_NOOP("LeaseStatus", "Active"),
    "ended": QT_TRANSLATE_NOOP("LeaseStatus", "Ended"),
    "terminated": QT_TRANSLATE_NOOP("LeaseStatus", "Terminated"),
}
STATUS_COLOURS = {
    "draft": QColor("#a15c00"),
    "upcoming": QColor("#1a5fb4"),
    "active": QColor("#1b7a3a"),
    "ended": QColor("#6b6b6b"),
    "terminated": QColor("#b3261e"),
}

# Financing: application statuses, service platforms, programme kinds.
_APPLICATION_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("ApplicationStatus", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("ApplicationStatus", "Under review"),
    "approved": QT_TRANSLATE_NOOP("ApplicationStatus", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("ApplicationStatus", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("ApplicationStatus", "Withdrawn"),
    "disbursing": QT_TRANSLATE_NOOP("ApplicationStatus", "Disbursing"),
    "closed": QT_TRANSLATE_NOOP("ApplicationStatus", "Closed"),
}
APPLICATION_STATUS_COLOURS = {
    "draft": QColor("#6b6b6b"),
    "submitted": QColor("#1a5fb4"),
    "under_review": QColor("#a15c00"),
    "approved": QColor("#1b7a3a"),
    "rejected": QColor("#b3261e"),
    "withdrawn": QColor("#6b6b6b"),
    "disbursing": QColor("#0b6e6e"),
    "closed": QColor("#3d3d3d"),
}
_PLATFORMS = {
    "compute": QT_TRANSLATE_NOOP("Platform", "Compute"),
    "open_data": QT_TRANSLATE_NOOP("Platform", "Open data"),
    "evaluation": QT_TRANSLATE_NOOP("Platform", "Evaluation"),
    "financial": QT_TRANSLATE_NOOP("Platform", "Financial services"),
    "comprehensive": QT_TRANSLATE_NOOP("Platform", "Comprehensive services"),
}
_PROGRAMME_KINDS = {
    "grant": QT_TRANSLATE_NOOP("ProgrammeKind", "Grant"),
    "subsidy": QT_TRANSLATE_NOOP("ProgrammeKind", "Subsidy"),
    "voucher": QT_TRANSLATE_NOOP("ProgrammeKind", "Voucher"),
    "interest_subsidy": QT_TRANSLATE_NOOP("ProgrammeKind", "Interest subsidy"),
    "equity": QT_TRANSLATE_NOOP("ProgrammeKind", "Equity (partner fund)"),
}

# Consultations: booking statuses (colours of the calendar's blocks too) and topics.
_BOOKING_STATUSES = {
    "booked": QT_TRANSLATE_NOOP("BookingStatus", "Booked"),
    "completed": QT_TRANSLATE_NOOP("BookingStatus", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("BookingStatus", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("BookingStatus", "No-show"),
}
BOOKING_STATUS_COLOURS = {
    "booked": QColor("#1a5fb4"),
    "completed": QColor("#1b7a3a"),
    "cancelled": QColor("#8a8f94"),
    "no_show": QColor("#b3261e"),
}
_TOPICS = {
    "policy": QT_TRANSLATE_NOOP("Topic", "Policy applications"),
    "financing": QT_TRANSLATE_NOOP("Topic", "Financing"),
    "legal_ip": QT_TRANSLATE_NOOP("Topic", "Legal and IP"),
    "compute": QT_TRANSLATE_NOOP("Topic", "Compute"),
    "talent": QT_TRANSLATE_NOOP("Topic", "Talent"),
    "market": QT_TRANSLATE_NOOP("Topic", "Market"),
}


def coded_label(context: str, table: dict[str, str], code: str) -> str:
    """The translated label of a stored code (the code itself when the table lacks it)."""
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def name(en: str | None, zh: str | None) -> str:
    """A company's, programme's or consultant's name in the window's language (the other
    language's name when that one is empty)."""
    return i18n.name(en, zh)


# The words the billing service writes into a charge's description when it makes the charge
# (typed descriptions are shown as typed).
_RENT = re.compile(r"Rent (\S+) (\d{4}-\d{2}-\d{2})–(\d{4}-\d{2}-\d{2})")
_NOW_BILLS = re.compile(r"(.*) \(the lease now bills (.+)\)", re.S)
_CREDIT_FOR = re.compile(r"Credit note for (.*): (.*)", re.S)
_RECEIVED = re.compile(
    r"Payment received \((Bank transfer|Cheque|Cash|Card|Other)(?: (.*))?\)", re.S
)
_REVERSED = re.compile(r"Payment reversed: (.*)", re.S)
_DEPOSIT_APPLIED = re.compile(r"Deposit of (\S+) applied(?:: (.*))?", re.S)


def charge_description(text: str) -> str:
    """A charge's description in the window's language where the app wrote it."""
    if i18n.current() == i18n.ENGLISH or not text:
        return text
    if m := _CREDIT_FOR.fullmatch(text):
        return (
            QCoreApplication.translate("Display", "Credit note for %1: %2")
            .replace("%1", charge_description(m.group(1)))
            .replace("%2", m.group(2))
        )
    if m := _NOW_BILLS.fullmatch(text):
        return (
            charge_description(m.group(1))
            + " "
            + QCoreApplication.translate("Display", "(the lease now bills %1)").replace(
                "%1", m.group(2)
            )
        )
    if m := _RECEIVED.fullmatch(text):
        method = QCoreApplication.translate("PaymentMethod", m.group(1))
        label = f"{method} {m.group(2)}" if m.group(2) else method
        return QCoreApplication.translate("Display", "Payment received (%1)").replace("%1", label)
    if m := _REVERSED.fullmatch(text):
        return QCoreApplication.translate("Display", "Payment reversed: %1").replace(
            "%1", m.group(1)
        )
    if m := _DEPOSIT_APPLIED.fullmatch(text):
        applied = QCoreApplication.translate("Display", "Deposit of %1 applied").replace(
            "%1", m.group(1)
        )
        return f"{applied}: {m.group(2)}" if m.group(2) else applied
    if m := _RENT.fullmatch(text):
        return (
            QCoreApplication.translate("Display", "Rent %1 %2–%3")
            .replace("%1", m.group(1))
            .replace("%2", m.group(2))
            .replace("%3", m.group(3))
        )
    return text


def weekday(index: int) -> str:
    """Monday = 0 → "Mon" / "周一", in the window's locale."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def hours_text(hours: list[tuple[int, dt.time, dt.time]]) -> str:
    """A consultant's week: "Mon 09:00–12:30, Fri 14:00–17:00" / "周一 09:00–12:30，…"."""
    sep = QCoreApplication.translate("Display", ", ")
    return sep.join(f"{weekday(d)} {a:%H:%M}–{b:%H:%M}" for d, a, b in hours)


def both_names(en: str, zh: str) -> str:
    """An English and a Chinese name on two lines (a tooltip), without a blank line."""
    return f"{en}\n{zh}".strip()


def kind_label(code: str) -> str:
    return coded_label("UnitKind", _KINDS, code)


def segment_label(code: str) -> str:
    return coded_label("Segment", _SEGMENTS, code)


def stage_label(code: str) -> str:
    return coded_label("Stage", _STAGES, code)


def status_label(code: str) -> str:
    return coded_label("LeaseStatus", _STATUSES, code)


def application_status_label(code: str) -> str:
    return coded_label("ApplicationStatus", _APPLICATION_STATUSES, code)


def platform_label(code: str) -> str:
    return coded_label("Platform", _PLATFORMS, code)


def programme_kind_label(code: str) -> str:
    return coded_label("ProgrammeKind", _PROGRAMME_KINDS, code)


def booking_status_label(code: str) -> str:
    return coded_label("BookingStatus", _BOOKING_STATUSES, code)


def topic_label(code: str) -> str:
    return coded_label("Topic", _TOPICS, code)


def quantity(value: Decimal | None, unit: str) -> str:
    """An amount in a programme's unit: ``¥1,234.00`` or ``1,234 GPU-h`` (never summed)."""
    if value is None:
        return ""
    if unit == "GPU_HOURS":
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return QCoreApplication.translate("Display", "%1 GPU-h").replace("%1", text)
    return money(value)


def floor_label(label: str) -> str:
    """``7`` → ``7F``; basements keep their name (``B1``)."""
    if label.startswith("B"):
        return label
    return QCoreApplication.translate("Floor", "%1F").replace("%1", label)


def money(value: Decimal | None) -> str:
    return "" if value is None else f"¥{value:,.2f}"


def amount(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else f"{value:,.{places}f}"


def area(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f} m²"


def whole_area(value: Decimal | None) -> str:
    """Rounded to the square metre, for figures read at a glance (dashboard cards)."""
    return "" if value is None else f"{value:,.0f} m²"


def percent(fraction: Decimal | float) -> str:
    return f"{float(fraction) * 100:.1f} %"


def date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Display", "Yes")
        if value
        else QCoreApplication.translate("Display", "No")
    )
