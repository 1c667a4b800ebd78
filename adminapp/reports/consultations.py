"""Consultations: sessions by consultant, topic and month, each status counted; the hours the
sessions held against the hours the consultants were available; summaries by month (sessions
stacked by status) and by consultant, with charts.

The figures come from :mod:`adminapp.services.consultations.usage`, aggregated in the
database; the tables hold one row per consultant and month (or topic), never one per booking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports import words
from adminapp.reports.charts import Chart
from adminapp.reports.consultation_filters import (
    checked_consultant,
    checked_period,
    checked_topic,
    period_text,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services.consultations.usage import (
    ConsultantMonth,
    Tally,
    consultant_usage_in,
    share,
)
from adminapp.services.context import AppContext

STATUS_COLUMNS = (
    Column("sessions", QT_TRANSLATE_NOOP("Reports", "Sessions"), "int", "sum"),
    Column("completed", QT_TRANSLATE_NOOP("Reports", "Completed"), "int", "sum"),
    Column("cancelled", QT_TRANSLATE_NOOP("Reports", "Cancelled"), "int", "sum"),
    Column("no_show", QT_TRANSLATE_NOOP("Reports", "No-show"), "int", "sum"),
    Column("booked", QT_TRANSLATE_NOOP("Reports", "Still booked"), "int", "sum"),
    Column("held", QT_TRANSLATE_NOOP("Reports", "Hours held"), "hours", "sum"),
)
AVAILABLE_COLUMNS = (
    Column("available", QT_TRANSLATE_NOOP("Reports", "Available hours"), "hours", "sum"),
    Column(
        "utilisation",
        QT_TRANSLATE_NOOP("Reports", "Utilisation"),
        "percent",
        Ratio("held", "available"),
    ),
)
CONSULTANT_COLUMNS = (
    Column("consultant", QT_TRANSLATE_NOOP("Reports", "Consultant")),
    Column("consultant_zh", QT_TRANSLATE_NOOP("Reports", "Consultant (Chinese)")),
)

TOPIC_SHEET_COLUMNS = (
    *CONSULTANT_COLUMNS,
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    Column("topic", QT_TRANSLATE_NOOP("Reports", "Topic")),
    *STATUS_COLUMNS,
)
MONTH_SHEET_COLUMNS = (
    *CONSULTANT_COLUMNS,
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    *STATUS_COLUMNS,
    *AVAILABLE_COLUMNS,
)
BY_MONTH_COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("Reports", "Month"), "month"),
    *STATUS_COLUMNS,
    *AVAILABLE_COLUMNS,
)
BY_CONSULTANT_COLUMNS = (*CONSULTANT_COLUMNS, *STATUS_COLUMNS, *AVAILABLE_COLUMNS)

BY_MONTH_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Sessions by month and status"),
        "month",
        ("completed", "no_show", "booked", "cancelled"),
        QT_TRANSLATE_NOOP("Reports", "Sessions"),
        x_format="yyyy-mm",
        stacked=True,
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Hours held and available by month"),
        "month",
        ("held", "available"),
        QT_TRANSLATE_NOOP("Reports", "Hours"),
        x_format="yyyy-mm",
    ),
)
BY_CONSULTANT_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Utilisation by consultant"),
        "consultant",
        ("utilisation",),
        QT_TRANSLATE_NOOP("Reports", "Held / available"),
        "0%",
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Hours held and available by consultant"),
        "consultant",
        ("held", "available"),
        QT_TRANSLATE_NOOP("Reports", "Hours"),
    ),
)

NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "A session counts in the month (Asia/Shanghai) in which it starts. Sessions = "
        "completed + cancelled + no-show + still booked (booked, its outcome not recorded yet); "
        "statuses are today's.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Hours held: the length of completed, no-show and still-booked sessions (cancelled ones "
        "hold nothing), rounded to the hundredth of an hour per row.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Available hours: the consultant's weekly working hours (as they are now) on every day "
        "of the month, Asia/Shanghai, less their time off. Utilisation = hours held / available "
        "hours (0 when nothing was available).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A consultant is listed for a month when active with working hours, or when they had a "
        "session in it.",
    ),
)
TOPIC_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "Filtered on one topic: sessions and hours held are that topic's, available hours are "
    "the consultant's whole availability, so utilisation is the share spent on the topic.",
)


def _status_cells(tally: Tally) -> tuple:
    return (
        tally.sessions,
        tally.completed,
        tally.cancelled,
        tally.no_show,
        tally.booked,
        tally.hours_held,
    )


def _with_available(tally: Tally, held: Decimal, available: Decimal) -> tuple:
    return (*_status_cells(tally)[:-1], held, available, share(held, available))


def _summed(rows: Iterable[ConsultantMonth], key) -> list[tuple[object, Tally, Decimal, Decimal]]:
    """Rows added up by ``key`` (in first-seen order): tally, hours held, hours available.

    Hours add up from the rounded per-row figures, so each summary total is the total of the
    detailed table.
    """
    groups: dict[object, list] = {}
    for row in rows:
        group = groups.setdefault(key(row), [Tally(), Decimal(0), Decimal(0)])
        group[0].merge(row.tally)
        group[1] += row.tally.hours_held
        group[2] += row.available_hours
    return [(k, t, held, available) for k, (t, held, available) in groups.items()]


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    first, last = checked_period(as_of, filters)
    consultant = checked_consultant(s, filters["consultant"]) if "consultant" in filters else None
    topic = checked_topic(filters["topic"]) if "topic" in filters else None
    usage = consultant_usage_in(s, first, last, consultant_id=consultant, topic=topic)
    period = period_text(first, last)
    notes = (*NOTES, TOPIC_NOTE) if topic else NOTES

    topic_rows = [
        (
            *words.names(r.consultant.name_en, r.consultant.name_zh),
            r.month,
            words.label(words.TOPICS, r.topic),
            *_status_cells(r.tally),
        )
        for r in usage.by_topic
    ]
    month_rows = [
        (
            *words.names(r.consultant.name_en, r.consultant.name_zh),
            r.month,
            *_with_available(r.tally, r.tally.hours_held, r.available_hours),
        )
        for r in usage.by_month
    ]
    by_month = sorted(_summed(usage.by_month, lambda r: r.month), key=lambda g: g[0])
    month_summary = [(month, *_with_available(t, h, a)) for month, t, h, a in by_month]
    by_consultant = _summed(usage.by_month, lambda r: r.consultant)
    consultant_summary = [
        (*words.names(c.name_en, c.name_zh), *_with_available(t, h, a))
        for c, t, h, a in by_consultant
    ]
    return [
        Sheet(
            translate("Reports", "Sessions by topic"),
            translate("Reports", "Consultations by consultant, month and topic, %1").replace(
                "%1", period
            ),
            TOPIC_SHEET_COLUMNS,
            topic_rows,
            len(topic_rows),
            translate("Reports", "Consultant (English name), month, topic"),
            (
                *notes[:2],
                translate(
                    "Reports",
                    "Only consultant, month and topic together with a session are listed.",
                ),
            ),
        ),
        Sheet(
            translate("Reports", "Utilisation"),
            translate("Reports", "Consultant utilisation by month, %1").replace("%1", period),
            MONTH_SHEET_COLUMNS,
            month_rows,
            len(month_rows),
            translate("Reports", "Consultant (English name), month"),
            notes,
        ),
        Sheet(
            translate("Reports", "By month"),
            translate("Reports", "Consultations by month, %1").replace("%1", period),
            BY_MONTH_COLUMNS,
            month_summary,
            len(month_summary),
            translate("Reports", "Month"),
            notes,
            BY_MONTH_CHARTS,
        ),
        Sheet(
            translate("Reports", "By consultant"),
            translate("Reports", "Consultations by consultant, %1").replace("%1", period),
            BY_CONSULTANT_COLUMNS,
            consultant_summary,
            len(consultant_summary),
            translate("Reports", "Consultant (English name)"),
            notes,
            BY_CONSULTANT_CHARTS,
        ),
    ]


SPEC = ReportSpec(
    name="consultations",
    title=QT_TRANSLATE_NOOP("Reports", "Consultations"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Sessions by consultant, topic and month by status; hours held against hours "
        "available (utilisation), by month and by consultant with charts",
    ),
    build=build,
    filters=("from", "to", "consultant", "topic"),
)
