"""What a report is (its name, what it shows, which filters it takes) and its filters' rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from adminapp.errors import DomainError
from adminapp.models import (
    APPLICATION_STATUSES,
    PLATFORMS,
    SEGMENTS,
    TOPICS,
    Company,
    Floor,
    Lease,
    LeaseUnit,
    Unit,
)
from adminapp.reports.table import Sheet
from adminapp.services.context import AppContext

BuildFn = Callable[[AppContext, Session, dt.date, dict[str, str]], list[Sheet]]

FILTER_HELP = {
    "floor": "only this floor (its label, e.g. 7 or B1)",
    "segment": "only companies in this segment (" + ", ".join(SEGMENTS) + ")",
    "months": "how many months ahead to look (1-60, default 12)",
    "programme": "only this financing programme (its English name)",
    "status": "only applications in this status (" + ", ".join(APPLICATION_STATUSES) + ")",
    "platform": "only programmes of this service platform (" + ", ".join(PLATFORMS) + ")",
    "year": "only this budget year (e.g. 2026)",
    "from": "first month of the period, e.g. 2026-01 (default: 11 months before 'to')",
    "to": "last month of the period, e.g. 2026-12 (default: the as-of month)",
    "consultant": "only this consultant (English or Chinese name)",
    "topic": "only this consultation topic (" + ", ".join(TOPICS) + ")",
    "room": "only this meeting room (its unit code or name)",
    "company": "the company: its number, credit code or exact name",
    "in_credit": "also list companies in credit (a negative balance): yes or no (default no)",
}
# For a report whose period is of days (``ReportSpec.period_in_days``), not months.
DAY_FILTER_HELP = {
    "from": "first day of the period, e.g. 2026-03-01 (a month means its first day; "
    "default: the first day of the month of 'to')",
    "to": "last day of the period, e.g. 2026-03-31 (a month means its last day; default: the "
    "as-of date, and not after it)",
}


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    description: str
    build: BuildFn = field(repr=False)
    filters: tuple[str, ...] = ()
    period_in_days: bool = False  # its "from" and "to" are dates, not months

    @property
    def filter_help(self) -> dict[str, str]:
        days = DAY_FILTER_HELP if self.period_in_days else {}
        return {name: days.get(name) or FILTER_HELP[name] for name in self.filters}

    def clean_filters(self, given: Mapping[str, object] | None) -> dict[str, str]:
        """The filters given, as stripped text, in this report's order; unknown ones refused."""
        given = {k: str(v).strip() for k, v in (given or {}).items() if v is not None}
        unknown = sorted(k for k in given if k not in self.filters)
        if unknown:
            takes = ", ".join(self.filters) if self.filters else "none"
            raise DomainError(
                f"Report {self.name} has no filter {', '.join(unknown)} (its filters: {takes})",
                "filters",
            )
        return {k: given[k] for k in self.filters if given.get(k)}


def checked_floor(s: Session, label: str) -> str:
    labels = list(s.scalars(select(Floor.label).distinct().order_by(Floor.label)))
    if label not in labels:
        known = ", ".join(labels) or "none yet"
        raise DomainError(f"There is no floor {label!r} (floors: {known})", "floor")
    return label


def checked_segment(segment: str) -> str:
    if segment not in SEGMENTS:
        raise DomainError(
            f"Unknown segment {segment!r} (segments: {', '.join(SEGMENTS)})", "segment"
        )
    return segment


def checked_months(text: str | None, default: int = 12) -> int:
    if not text:
        return default
    try:
        months = int(text)
    except ValueError:
        months = 0
    if not 1 <= months <= 60:
        raise DomainError(f"months must be a whole number from 1 to 60, not {text!r}", "months")
    return months


def lease_filter_clauses(s: Session, filters: Mapping[str, str]) -> list[ColumnElement[bool]]:
    """SQL conditions on ``leases`` (joined to ``companies``) for the floor/segment filters."""
    clauses: list[ColumnElement[bool]] = []
    if "floor" in filters:
        label = checked_floor(s, filters["floor"])
        on_floor = (
            select(LeaseUnit.lease_id)
            .join(Unit, Unit.id == LeaseUnit.unit_id)
            .join(Floor, Floor.id == Unit.floor_id)
            .where(Floor.label == label)
        )
        clauses.append(Lease.id.in_(on_floor))
    if "segment" in filters:
        clauses.append(Company.segment == checked_segment(filters["segment"]))
    return clauses
