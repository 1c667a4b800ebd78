"""What the financing reports share: their filters' rules, status order, amount kinds, periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from adminapp.errors import DomainError
from adminapp.i18n import QT_TRANSLATE_NOOP
from adminapp.models import APPLICATION_STATUSES, PLATFORMS, FinancingApplication, Programme
from adminapp.services.context import CENTRE_TZ
from adminapp.services.financing.workflow import LABELS

YIELD_PER = 2_000
CENT = Decimal("0.01")
RATE = Decimal("0.0001")

# Amounts are in the programme's unit; each unit has its own cell kind and its own sheets, so
# yuan and GPU-hours are never added together.
UNIT_KINDS = {"CNY": "money", "GPU_HOURS": "gpu_hours"}
UNIT_NAMES = {
    "CNY": QT_TRANSLATE_NOOP("Reports", "CNY"),
    "GPU_HOURS": QT_TRANSLATE_NOOP("Reports", "GPU-hours"),
}

# Statuses sort in workflow order (draft first, closed last), not alphabetically.
STATUS_ORDER = case(
    {status: i for i, status in enumerate(APPLICATION_STATUSES)},
    value=FinancingApplication.status,
    else_=len(APPLICATION_STATUSES),
)


def status_label(status: str) -> str:
    return LABELS.get(status, status)


def checked_programme(s: Session, name: str) -> int:
    """The id of the programme whose English name is ``name`` (any case)."""
    found = s.scalar(select(Programme.id).where(func.lower(Programme.name_en) == name.lower()))
    if found is None:
        names = list(s.scalars(select(Programme.name_en).order_by(Programme.name_en)))
        known = ", ".join(names) or "none yet"
        raise DomainError(f"There is no programme {name!r} (programmes: {known})", "programme")
    return found


def checked_status(status: str) -> str:
    if status not in APPLICATION_STATUSES:
        known = ", ".join(APPLICATION_STATUSES)
        raise DomainError(f"Unknown status {status!r} (statuses: {known})", "status")
    return status


def checked_platform(platform: str) -> str:
    if platform not in PLATFORMS:
        known = ", ".join(PLATFORMS)
        raise DomainError(f"Unknown platform {platform!r} (platforms: {known})", "platform")
    return platform


def checked_year(text: str | None, default: int | None = None) -> int | None:
    if not text:
        return default
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 2000 <= year <= 2100:
        raise DomainError(f"year must be a year such as 2026, not {text!r}", "year")
    return year


def programme_clauses(s: Session, filters: Mapping[str, str]) -> list[ColumnElement[bool]]:
    """SQL conditions on ``programmes`` for the programme and platform filters."""
    clauses: list[ColumnElement[bool]] = []
    if "programme" in filters:
        clauses.append(Programme.id == checked_programme(s, filters["programme"]))
    if "platform" in filters:
        clauses.append(Programme.platform == checked_platform(filters["platform"]))
    return clauses


def application_clauses(s: Session, filters: Mapping[str, str]) -> list[ColumnElement[bool]]:
    """SQL conditions on ``applications`` (joined to ``programmes``) for every filter given."""
    clauses = programme_clauses(s, filters)
    if "status" in filters:
        clauses.append(FinancingApplication.status == checked_status(filters["status"]))
    year = checked_year(filters.get("year"))
    if year is not None:
        clauses.append(FinancingApplication.year == year)
    return clauses


def centre_date(moment: dt.datetime | None) -> dt.date | None:
    """The centre's calendar day of a stored (UTC) moment."""
    return None if moment is None else moment.astimezone(CENTRE_TZ).date()


def used_share(used: Decimal, of: Decimal) -> Decimal:
    """``used / of`` as a fraction to four places (0.8667 shows as 86.67%); 0 when ``of`` is 0."""
    return (used / of).quantize(RATE) if of else Decimal(0)


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)
