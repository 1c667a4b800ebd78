"""The reports' words in the language in force (``adminapp.i18n``): codes written in cells as
labels, the header block's labels and fonts that carry Chinese glyphs.

Every English word a report writes is a literal given to ``translate`` (context "Reports") where
it is built, or marked with ``QT_TRANSLATE_NOOP`` (same context) where it is kept in a table
(column headers, chart titles, the code → label tables below) and translated by the writer with
:func:`tr`. ``lupdate`` reads
both spellings into ``resources/i18n/zh_CN/reports.ts``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from openpyxl.styles import Font

from adminapp import i18n
from adminapp.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Reports"

# A font with Chinese glyphs that Excel on Windows has; LibreOffice substitutes a CJK font
# it has (e.g. Noto Sans CJK) for it, helped by the GB2312 character set named with it.
CJK_FONT = "Microsoft YaHei"
CJK_CHARSET = 134  # GB2312


def tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("Reports", …)``) in the language in force."""
    return i18n.translate(CONTEXT, text)


def chinese() -> bool:
    return i18n.current() == i18n.CHINESE


def names(en: str | None, zh: str | None) -> tuple[str, str]:
    """A name in the language in force, then in the other one (for the "(Chinese)" column)."""
    first = i18n.name(en, zh)
    other = (en or "") if chinese() else (zh or "")
    return first, other.strip()


# The column beside a name that holds it in the other language: "Company (Chinese)" in an
# English workbook holds the Chinese name; in a Chinese workbook it holds the English name.
OTHER_NAME_HEADERS = {
    "Company (Chinese)": QT_TRANSLATE_NOOP("Reports", "Company (English)"),
    "Chinese name": QT_TRANSLATE_NOOP("Reports", "English name"),
    "Programme (Chinese)": QT_TRANSLATE_NOOP("Reports", "Programme (English)"),
    "Consultant (Chinese)": QT_TRANSLATE_NOOP("Reports", "Consultant (English)"),
}


def header(text: str) -> str:
    """A column header in the language in force."""
    if chinese() and text in OTHER_NAME_HEADERS:
        return tr(OTHER_NAME_HEADERS[text])
    return tr(text)


def font(*, bold: bool = False, size: float | None = None, color: str | None = None) -> Font:
    """A cell font; in a Chinese workbook, one with Chinese glyphs."""
    return _font(i18n.current(), bold, size, color)


@cache
def _font(lang: str, bold: bool, size: float | None, color: str | None) -> Font:
    if lang == i18n.CHINESE:
        return Font(name=CJK_FONT, charset=CJK_CHARSET, bold=bold, size=size, color=color)
    return Font(bold=bold, size=size, color=color)


def default_font() -> Font | None:
    """The workbook's default font in a Chinese workbook (None: openpyxl's own)."""
    if not chinese():
        return None
    # No theme scheme: with scheme="minor" Excel would take the theme's Latin font instead.
    return Font(name=CJK_FONT, charset=CJK_CHARSET, sz=11, family=2, scheme=None)


def label(table: dict[str, str], code: str) -> str:
    """The label ``table`` (of ``QT_TRANSLATE_NOOP`` words) gives ``code``, translated."""
    text = table.get(code)
    return tr(text) if text is not None else code


def month_label(month: dt.date) -> str:
    """A month in words: "Nov 2026", "2026年11月"."""
    return (
        i18n.translate("Reports", "%2 %1")
        .replace("%1", str(month.year))
        .replace("%2", tr(MONTH_NAMES[month.month - 1]))
    )


def period(first: str, last: str) -> str:
    """ "2026-01 to 2026-06"; the same when ``first`` is ``last``."""
    if first == last:
        return first
    return i18n.translate("Reports", "%1 to %2").replace("%1", first).replace("%2", last)


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Reports", "Jan"),
    QT_TRANSLATE_NOOP("Reports", "Feb"),
    QT_TRANSLATE_NOOP("Reports", "Mar"),
    QT_TRANSLATE_NOOP("Reports", "Apr"),
    QT_TRANSLATE_NOOP("Reports", "May"),
    QT_TRANSLATE_NOOP("Reports", "Jun"),
    QT_TRANSLATE_NOOP("Reports", "Jul"),
    QT_TRANSLATE_NOOP("Reports", "Aug"),
    QT_TRANSLATE_NOOP("Reports", "Sep"),
    QT_TRANSLATE_NOOP("Reports", "Oct"),
    QT_TRANSLATE_NOOP("Reports", "Nov"),
    QT_TRANSLATE_NOOP("Reports", "Dec"),
)

# --- codes written in cells -----------------------------------------------------------------
# The English labels are the ones the reports always wrote (lower case where they were).

APPLICATION_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Reports", "draft"),
    "submitted": QT_TRANSLATE_NOOP("Reports", "submitted"),
    "under_review": QT_TRANSLATE_NOOP("Reports", "under review"),
    "approved": QT_TRANSLATE_NOOP("Reports", "approved"),
    "rejected": QT_TRANSLATE_NOOP("Reports", "rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Reports", "withdrawn"),
    "disbursing": QT_TRANSLATE_NOOP("Reports", "disbursing"),
    "closed": QT_TRANSLATE_NOOP("Reports", "closed"),
}
PLATFORMS = {
    "compute": QT_TRANSLATE_NOOP("Reports", "compute"),
    "open_data": QT_TRANSLATE_NOOP("Reports", "open data"),
    "evaluation": QT_TRANSLATE_NOOP("Reports", "evaluation"),
    "financial": QT_TRANSLATE_NOOP("Reports", "financial"),
    "comprehensive": QT_TRANSLATE_NOOP("Reports", "comprehensive"),
}
PROGRAMME_KINDS = {
    "grant": QT_TRANSLATE_NOOP("Reports", "grant"),
    "subsidy": QT_TRANSLATE_NOOP("Reports", "subsidy"),
    "voucher": QT_TRANSLATE_NOOP("Reports", "voucher"),
    "interest_subsidy": QT_TRANSLATE_NOOP("Reports", "interest subsidy"),
    "equity": QT_TRANSLATE_NOOP("Reports", "equity"),
}
UNIT_KINDS = {
    "private_office": QT_TRANSLATE_NOOP("Reports", "private office"),
    "open_desk": QT_TRANSLATE_NOOP("Reports", "open desk"),
    "lab": QT_TRANSLATE_NOOP("Reports", "lab"),
    "compute_room": QT_TRANSLATE_NOOP("Reports", "compute room"),
    "meeting_room": QT_TRANSLATE_NOOP("Reports", "meeting room"),
    "event_space": QT_TRANSLATE_NOOP("Reports", "event space"),
    "service_area": QT_TRANSLATE_NOOP("Reports", "service area"),
}
SEGMENTS = {
    "base_technology": QT_TRANSLATE_NOOP("Reports", "Base technology"),
    "application_development": QT_TRANSLATE_NOOP("Reports", "Application development"),
    "scene_design": QT_TRANSLATE_NOOP("Reports", "Scene design"),
    "compute_support": QT_TRANSLATE_NOOP("Reports", "Compute support"),
    "product_marketing": QT_TRANSLATE_NOOP("Reports", "Product marketing"),
}
TOPICS = {
    "policy": QT_TRANSLATE_NOOP("Reports", "Policy applications"),
    "financing": QT_TRANSLATE_NOOP("Reports", "Financing"),
    "legal_ip": QT_TRANSLATE_NOOP("Reports", "Legal and IP"),
    "compute": QT_TRANSLATE_NOOP("Reports", "Compute"),
    "talent": QT_TRANSLATE_NOOP("Reports", "Talent"),
    "market": QT_TRANSLATE_NOOP("Reports", "Market"),
}
# A statement line's kind: a charge's kind, or a payment, a reversal, deposit applied.
LINE_KINDS = {
    "rent": QT_TRANSLATE_NOOP("Reports", "Rent"),
    "service_fee": QT_TRANSLATE_NOOP("Reports", "Service fee"),
    "utilities": QT_TRANSLATE_NOOP("Reports", "Utilities"),
    "damages": QT_TRANSLATE_NOOP("Reports", "Damages"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    "credit_note": QT_TRANSLATE_NOOP("Reports", "Credit note"),
    "payment": QT_TRANSLATE_NOOP("Reports", "Payment"),
    "reversal": QT_TRANSLATE_NOOP("Reports", "Payment reversed"),
    "deposit": QT_TRANSLATE_NOOP("Reports", "Deposit applied"),
}
# Arrears by age (the ledger's buckets) and a charge not yet due.
AGES = {
    "0-30": QT_TRANSLATE_NOOP("Reports", "0-30 days"),
    "31-60": QT_TRANSLATE_NOOP("Reports", "31-60 days"),
    "61-90": QT_TRANSLATE_NOOP("Reports", "61-90 days"),
    "90+": QT_TRANSLATE_NOOP("Reports", "Over 90 days"),
    "not_due": QT_TRANSLATE_NOOP("Reports", "Not yet due"),
}
YES_NO = {True: QT_TRANSLATE_NOOP("Reports", "yes"), False: QT_TRANSLATE_NOOP("Reports", "no")}
# The filters, as the header block names them.
FILTERS = {
    "floor": QT_TRANSLATE_NOOP("Reports", "floor"),
    "segment": QT_TRANSLATE_NOOP("Reports", "segment"),
    "months": QT_TRANSLATE_NOOP("Reports", "months"),
    "programme": QT_TRANSLATE_NOOP("Reports", "programme"),
    "status": QT_TRANSLATE_NOOP("Reports", "status"),
    "platform": QT_TRANSLATE_NOOP("Reports", "platform"),
    "year": QT_TRANSLATE_NOOP("Reports", "year"),
    "from": QT_TRANSLATE_NOOP("Reports", "from"),
    "to": QT_TRANSLATE_NOOP("Reports", "to"),
    "consultant": QT_TRANSLATE_NOOP("Reports", "consultant"),
    "topic": QT_TRANSLATE_NOOP("Reports", "topic"),
    "room": QT_TRANSLATE_NOOP("Reports", "room"),
    "company": QT_TRANSLATE_NOOP("Reports", "company"),
    "in_credit": QT_TRANSLATE_NOOP("Reports", "in_credit"),
}
# A filter's value that is a code, shown as its label.
FILTER_VALUES = {
    "segment": SEGMENTS,
    "status": APPLICATION_STATUSES,
    "platform": PLATFORMS,
    "topic": TOPICS,
    "in_credit": {"yes": YES_NO[True], "no": YES_NO[False]},
}


def describe_filters(filters: dict[str, str]) -> str:
    """ "floor = 7; segment = base_technology" as typed; in Chinese, the codes as labels."""
    parts = []
    for key, value in filters.items():
        shown = label(FILTER_VALUES.get(key, {}), value) if chinese() else value
        parts.append(f"{tr(FILTERS.get(key, key))} = {shown}")
    return i18n.translate("Reports", "; ").join(parts)
