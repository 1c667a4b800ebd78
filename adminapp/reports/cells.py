"""What a report cell is: its kind, number format, safe text, width; safe sheet and file names.

Everything here is pure and cheap; the writer (``workbook.py``) calls it once per column or
once per sampled value, never per cell of a large table.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# Number formats, as Excel and LibreOffice read them.
FMT_TEXT = "@"
FMT_INT = "#,##0"
FMT_MONEY = "¥#,##0.00"
FMT_RATE_DAY = "¥#,##0.0000"
FMT_AREA = '#,##0.00 "m²"'
FMT_GPU_HOURS = '#,##0.00 "GPU-h"'
FMT_HOURS = '#,##0.00 "h"'
FMT_YEAR = "0"
FMT_PERCENT = "0.00%"
FMT_MONTHS = "0.0"
FMT_DATE = "yyyy-mm-dd"
FMT_MONTH = "yyyy-mm"
FMT_DATETIME = "yyyy-mm-dd hh:mm:ss"


@dataclass(frozen=True)
class Kind:
    """How one column's values are stored (``data_type``) and shown (``number_format``)."""

    name: str
    number_format: str
    data_type: str  # "s" text, "n" number, "d" date


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("text", FMT_TEXT, "s"),
        Kind("int", FMT_INT, "n"),
        Kind("money", FMT_MONEY, "n"),
        Kind("rate_day", FMT_RATE_DAY, "n"),
        Kind("area", FMT_AREA, "n"),
        Kind("gpu_hours", FMT_GPU_HOURS, "n"),
        Kind("hours", FMT_HOURS, "n"),
        Kind("year", FMT_YEAR, "n"),
        Kind("percent", FMT_PERCENT, "n"),
        Kind("months", FMT_MONTHS, "n"),
        Kind("date", FMT_DATE, "d"),
        Kind("month", FMT_MONTH, "d"),
        Kind("datetime", FMT_DATETIME, "d"),
    )
}

# A text starting with one of these becomes a formula (or a DDE call) when a spreadsheet
# re-parses it, e.g. after the user presses F2+Enter or saves as CSV.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot carry; openpyxl refuses them, we drop them.
ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
MAX_CELL_TEXT = 32_767


def clean_text(value: str) -> str:
    """``value`` as a cell can hold it: no XML-illegal control characters, at most 32,767."""
    if ILLEGAL_XML.search(value):
        value = ILLEGAL_XML.sub("", value)
    return value[:MAX_CELL_TEXT]


def needs_quote_prefix(value: str) -> bool:
    """True when a spreadsheet would read ``value`` as a formula if it were re-typed."""
    return value.startswith(FORMULA_TRIGGERS)


# --- widths ---------------------------------------------------------------------------------

MIN_WIDTH = 6
MAX_WIDTH = 60
PADDING = 2


def text_width(text: str) -> int:
    """Display width in Excel character units: CJK and full-width characters count double."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def value_width(kind: str, value: object) -> int:
    """How wide ``value`` shows with the number format of ``kind``."""
    if value is None:
        return 0
    if kind == "text":
        return max((text_width(line) for line in str(value).splitlines()), default=0)
    if kind in ("date",):
        return 10
    if kind == "month":
        return 7
    if kind == "datetime":
        return 19
    number = Decimal(value)  # type: ignore[arg-type]
    if kind == "int":
        return len(f"{number:,.0f}")
    if kind == "money":
        return len(f"{number:,.2f}") + 1
    if kind == "rate_day":
        return len(f"{number:,.4f}") + 1
    if kind == "area":
        return len(f"{number:,.2f}") + 3
    if kind == "year":
        return len(f"{number:.0f}")
    if kind == "gpu_hours":
        return len(f"{number:,.2f}") + 6
    if kind == "hours":
        return len(f"{number:,.2f}") + 2
    if kind == "percent":
        return len(f"{number * 100:.2f}") + 1
    return len(f"{number:,.1f}")


def fit_width(widths: list[int]) -> float:
    """A column width (Excel units) for the widest of ``widths``, padded and capped."""
    return float(min(MAX_WIDTH, max(MIN_WIDTH, max(widths, default=0) + PADDING)))


# --- names ----------------------------------------------------------------------------------

MAX_SHEET_NAME = 31
_SHEET_BAD = re.compile(r"[\[\]:*?/\\\000-\037]")
_FILE_BAD = re.compile(r'[<>:"/\\|?*\000-\037]')


def safe_sheet_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A sheet name Excel accepts: ≤31 characters, none of ``[]:*?/\\``, no leading or
    trailing apostrophe, not "History", and unique (case-insensitively) among ``taken``."""
    clean = _SHEET_BAD.sub("-", name).strip().strip("'").strip()
    if not clean:
        clean = "Sheet"
    if clean.lower() == "history":
        clean = "History data"
    clean = clean[:MAX_SHEET_NAME].rstrip("'").rstrip()
    lowered = {t.lower() for t in taken}
    candidate, n = clean, 1
    while candidate.lower() in lowered:
        n += 1
        suffix = f" ({n})"
        candidate = clean[: MAX_SHEET_NAME - len(suffix)].rstrip("'").rstrip() + suffix
    return candidate


def safe_file_stem(text: str) -> str:
    """``text`` fit for a file name on Windows and Linux alike."""
    stem = _FILE_BAD.sub("-", text).strip().strip(".")
    return stem or "report"


def excel_date(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """Excel has no time zones: a centre time is written as its wall-clock reading."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value
