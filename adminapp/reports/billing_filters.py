"""What the billing reports share: the company filter, a statement's period of days, yes/no."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from adminapp.errors import DomainError
from adminapp.models import Company
from adminapp.services.billing.schedule import month_start, next_month

_DAY = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
YES, NO = ("yes", "true", "1", "y"), ("no", "false", "0", "n")


def checked_company(s: Session, text: str) -> int:
    """The id of the company ``text`` names: its number, its credit code, or its exact English
    (any case) or Chinese name."""
    wanted = text.strip()
    found = s.scalar(select(Company.id).where(Company.credit_code == wanted.upper()))
    if found is None and wanted.isdigit() and len(wanted) <= 9:
        found = s.scalar(select(Company.id).where(Company.id == int(wanted)))
    if found is not None:
        return found
    named = s.execute(
        select(Company.id, Company.credit_code)
        .where(or_(func.lower(Company.name_en) == wanted.lower(), Company.name_zh == wanted))
        .order_by(Company.credit_code)
    ).all()
    if len(named) == 1:
        return named[0].id
    if named:
        codes = ", ".join(r.credit_code for r in named)
        raise DomainError(
            f"{len(named)} companies are called {wanted!r}: give the credit code ({codes})",
            "company",
        )
    raise DomainError(
        f"There is no company {wanted!r} (give its number, credit code or exact name)", "company"
    )


def _day(text: str, name: str, *, last: bool) -> dt.date:
    """A date, or a month standing for its first (or with ``last``, its last) day."""
    found = _DAY.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        year, month, day = found.groups()
        if day is not None:
            return dt.date(int(year), int(month), int(day))
        first = dt.date(int(year), int(month), 1)
        return next_month(first) - dt.timedelta(days=1) if last else first
    except ValueError:
        raise DomainError(
            f"{name} must be a date like 2026-03-31 (or a month like 2026-03), not {text!r}", name
        ) from None


def checked_days(as_of: dt.date, filters: Mapping[str, str]) -> tuple[dt.date, dt.date]:
    """A statement's first and last days: by default the as-of month to the as-of date.

    ``to`` alone moves the end (the start is then the first day of its month); the period may
    not end after the as-of date, whose balance the statement closes on.
    """
    last = _day(filters["to"], "to", last=True) if "to" in filters else as_of
    first = _day(filters["from"], "from", last=False) if "from" in filters else month_start(last)
    if last > as_of:
        raise DomainError(
            f"The period ends on {last:%Y-%m-%d}, after the as-of date {as_of:%Y-%m-%d}: "
            "a statement cannot show what is not known yet",
            "to",
        )
    if first > last:
        raise DomainError(
            f"The period would start on {first:%Y-%m-%d}, after its last day {last:%Y-%m-%d}",
            "from",
        )
    return first, last


def checked_yes_no(text: str | None, name: str) -> bool:
    if text is None:
        return False
    if text.strip().lower() in YES:
        return True
    if text.strip().lower() in NO:
        return False
    raise DomainError(f"{name} must be yes or no, not {text!r}", name)
