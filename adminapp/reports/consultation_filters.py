"""What the consultation reports share: the period of whole months and the consultant, topic
and room filters' rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from adminapp.errors import DomainError
from adminapp.models import TOPICS, Consultant, MeetingRoom, Unit
from adminapp.reports import words
from adminapp.services.consultations.resources import TOPIC_LABELS
from adminapp.services.consultations.usage import add_months, month_start, months_between

DEFAULT_MONTHS = 12
MAX_MONTHS = 60
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")


def checked_month(text: str, name: str) -> dt.date:
    """The first day of the month ``text`` names: ``2026-03`` or a date in it, ``2026-03-15``."""
    found = _MONTH.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        year, month, day = (int(g) if g else 1 for g in found.groups())
        return month_start(dt.date(year, month, day))
    except ValueError:
        raise DomainError(
            f"{name} must be a month like 2026-03 (or a date like 2026-03-15), not {text!r}", name
        ) from None


def checked_period(as_of: dt.date, filters: Mapping[str, str]) -> tuple[dt.date, dt.date]:
    """The first days of the period's first and last months.

    By default the twelve months ending with the as-of date's month; ``to`` alone moves the
    end, ``from`` alone the start (the end staying the as-of month).
    """
    last = checked_month(filters["to"], "to") if "to" in filters else month_start(as_of)
    if "from" in filters:
        first = checked_month(filters["from"], "from")
    else:
        first = add_months(last, 1 - DEFAULT_MONTHS)
    if first > last:
        raise DomainError(
            f"The period would start in {first:%Y-%m} and end before it, in {last:%Y-%m}", "from"
        )
    if len(months_between(first, last)) > MAX_MONTHS:
        raise DomainError(f"The period is longer than {MAX_MONTHS} months", "from")
    return first, last


def period_text(first: dt.date, last: dt.date) -> str:
    """ "2026-01 to 2026-06" (in the language in force), or one month."""
    return words.period(f"{first:%Y-%m}", f"{last:%Y-%m}")


def checked_consultant(s: Session, name: str) -> int:
    """The id of the consultant whose English or Chinese name is ``name`` (any case)."""
    wanted = name.strip().lower()
    found = s.scalar(
        select(Consultant.id)
        .where(or_(func.lower(Consultant.name_en) == wanted, Consultant.name_zh == name.strip()))
        .order_by(Consultant.id)
        .limit(1)
    )
    if found is None:
        names = list(s.scalars(select(Consultant.name_en).order_by(Consultant.name_en)))
        known = ", ".join(names) or "none yet"
        raise DomainError(f"There is no consultant {name!r} (consultants: {known})", "consultant")
    return found


def checked_topic(text: str) -> str:
    """A topic code, given as the code (``legal_ip``) or its label (``Legal and IP``)."""
    wanted = text.strip().lower()
    for code in TOPICS:
        if wanted in (code, TOPIC_LABELS[code].lower()):
            return code
    raise DomainError(f"Unknown topic {text!r} (topics: {', '.join(TOPICS)})", "topic")


def checked_room(s: Session, text: str) -> int:
    """The id of the meeting room whose unit code or name is ``text`` (any case)."""
    wanted = text.strip().lower()
    found = s.scalar(
        select(MeetingRoom.id)
        .join(Unit, Unit.id == MeetingRoom.unit_id)
        .where(or_(func.lower(Unit.code) == wanted, func.lower(MeetingRoom.name) == wanted))
        .order_by(Unit.code)
        .limit(1)
    )
    if found is None:
        codes = list(
            s.scalars(
                select(Unit.code)
                .join(MeetingRoom, MeetingRoom.unit_id == Unit.id)
                .order_by(Unit.code)
            )
        )
        known = ", ".join(codes) or "none yet"
        raise DomainError(f"There is no meeting room {text!r} (rooms: {known})", "room")
    return found
