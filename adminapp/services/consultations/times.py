"""Moments for consultations: stored in UTC, entered and shown in Asia/Shanghai."""

from __future__ import annotations

import datetime as dt

from adminapp.services.context import CENTRE_TZ


def to_utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC moment; a naive one is read as Asia/Shanghai wall time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CENTRE_TZ)
    return moment.astimezone(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment on the centre's clock (Asia/Shanghai)."""
    return to_utc(moment).astimezone(CENTRE_TZ)


def at(day: dt.date, time: dt.time) -> dt.datetime:
    """``time`` on ``day`` on the centre's clock, as an aware UTC moment."""
    return dt.datetime.combine(day, time, tzinfo=CENTRE_TZ).astimezone(dt.UTC)


def day_bounds(first: dt.date, last_exclusive: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC moments of midnight (Shanghai) starting ``first`` and ``last_exclusive``."""
    return at(first, dt.time(0)), at(last_exclusive, dt.time(0))
