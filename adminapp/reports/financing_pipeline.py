"""Financing pipeline: every application by programme and status, with what was requested,
approved and paid out; a summary by programme × status and a chart by status.

Yuan and GPU-hours are never added together: CNY programmes and GPU-hour vouchers each have
their own detail and summary sheets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Select, func, select, type_coerce
from sqlalchemy.orm import Session

from adminapp import i18n
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import (
    APPLICATION_STATUSES,
    ApplicationTranche,
    Company,
    FinancingApplication,
    Money,
    Programme,
)
from adminapp.reports import words
from adminapp.reports.charts import Chart
from adminapp.reports.financing_filters import (
    CENT,
    STATUS_ORDER,
    UNIT_KINDS,
    YIELD_PER,
    application_clauses,
    centre_date,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Sheet
from adminapp.services.context import AppContext

A = FinancingApplication
SORTED_BY = QT_TRANSLATE_NOOP(
    "Reports", "Programme (English name), status in workflow order, application reference"
)
ZERO = Decimal("0.00")


def detail_columns(kind: str) -> tuple[Column, ...]:
    return (
        Column("reference", QT_TRANSLATE_NOOP("Reports", "Application"), total="count"),
        Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
        Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
        Column("credit_code", QT_TRANSLATE_NOOP("Reports", "Credit code")),
        Column("programme", QT_TRANSLATE_NOOP("Reports", "Programme")),
        Column("platform", QT_TRANSLATE_NOOP("Reports", "Platform")),
        Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
        Column("year", QT_TRANSLATE_NOOP("Reports", "Budget year"), "year"),
        Column("submitted", QT_TRANSLATE_NOOP("Reports", "Submitted on"), "date"),
        Column("decided", QT_TRANSLATE_NOOP("Reports", "Decided on"), "date"),
        Column("requested", QT_TRANSLATE_NOOP("Reports", "Requested"), kind, "sum"),
        Column("eligible", QT_TRANSLATE_NOOP("Reports", "Eligible cost"), kind, "sum"),
        Column("approved", QT_TRANSLATE_NOOP("Reports", "Approved"), kind, "sum"),
        Column("disbursed", QT_TRANSLATE_NOOP("Reports", "Disbursed"), kind, "sum"),
    )


def summary_columns(kind: str) -> tuple[Column, ...]:
    return (
        Column("programme", QT_TRANSLATE_NOOP("Reports", "Programme")),
        Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
        Column("applications", QT_TRANSLATE_NOOP("Reports", "Applications"), "int", "sum"),
        Column("requested", QT_TRANSLATE_NOOP("Reports", "Requested"), kind, "sum"),
        Column("approved", QT_TRANSLATE_NOOP("Reports", "Approved"), kind, "sum"),
        Column("disbursed", QT_TRANSLATE_NOOP("Reports", "Disbursed"), kind, "sum"),
    )


STATUS_COLUMNS = (
    Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
    Column("applications", QT_TRANSLATE_NOOP("Reports", "Applications"), "int", "sum"),
    Column("requested", QT_TRANSLATE_NOOP("Reports", "Requested"), "money", "sum"),
    Column("approved", QT_TRANSLATE_NOOP("Reports", "Approved"), "money", "sum"),
    Column("disbursed", QT_TRANSLATE_NOOP("Reports", "Disbursed"), "money", "sum"),
)
STATUS_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Pipeline by status (¥)"),
        "status",
        ("requested", "approved", "disbursed"),
        "¥",
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Applications by status"),
        "status",
        ("applications",),
        QT_TRANSLATE_NOOP("Reports", "Applications"),
        "0",
    ),
)


def paid_by_application(as_of: dt.date):
    """Per application, the tranches paid on or before ``as_of``."""
    t = ApplicationTranche
    return (
        select(t.application_id.label("application_id"), func.sum(t.amount).label("paid"))
        .where(t.paid_on.is_not(None), t.paid_on <= as_of)
        .group_by(t.application_id)
        .subquery()
    )


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    where = application_clauses(s, filters)
    notes = (
        translate(
            "Reports",
            "Every application in the register as it stands today (its current status); "
            "Budget year is the year whose budget it counts against.",
        ),
        translate(
            "Reports",
            "Disbursed: tranches paid on or before the as-of date. Approved is blank until "
            "approval.",
        ),
        translate(
            "Reports",
            "Amounts are in the programme's unit: yuan on the CNY sheets, GPU-hours on the "
            "voucher sheets, each with its own totals.",
        ),
    )
    by_programme = translate("Reports", "Programme, then status in workflow order")
    cny = _unit_sheets(s, as_of, where, "CNY")
    gpu = _unit_sheets(s, as_of, where, "GPU_HOURS")
    detail, summary, by_status = cny
    return [
        Sheet(
            # Its own context: as a column header the same English is a count ("申请数").
            translate("Reports sheet", "Applications"),
            translate("Reports", "Financing pipeline (CNY programmes)"),
            *detail,
            SORTED_BY,
            notes,
        ),
        Sheet(
            translate("Reports", "By programme and status"),
            translate("Reports", "Pipeline by programme and status (CNY)"),
            *summary,
            by_programme,
            notes[1:],
        ),
        Sheet(
            translate("Reports", "By status"),
            translate("Reports", "Pipeline by status (CNY)"),
            *by_status,
            translate("Reports", "Status in workflow order"),
            notes[1:],
            STATUS_CHARTS,
        ),
        Sheet(
            translate("Reports", "Vouchers (GPU-hours)"),
            translate("Reports", "Financing pipeline (GPU-hour vouchers)"),
            *gpu[0],
            SORTED_BY,
            notes,
        ),
        Sheet(
            translate("Reports", "Vouchers by programme, status"),
            translate("Reports", "Voucher pipeline by programme and status (GPU-hours)"),
            *gpu[1],
            by_programme,
            notes[1:],
        ),
    ]


def _unit_sheets(s: Session, as_of: dt.date, where: list, unit: str) -> tuple:
    """(columns, rows, count) for the detail, the programme × status and the status tables."""
    kind = UNIT_KINDS[unit]
    where = [Programme.unit == unit, *where]
    paid = paid_by_application(as_of)
    count = s.scalar(
        select(func.count(A.id)).join(Programme, Programme.id == A.programme_id).where(*where)
    )
    groups = s.execute(
        select(Programme.name_en, A.status)
        .join(Programme, Programme.id == A.programme_id)
        .where(*where)
        .group_by(Programme.name_en, A.status)
        .order_by(Programme.name_en, STATUS_ORDER)
    ).all()
    # A programme's name in the language in force (its English name is unique: the key).
    shown = dict(
        s.execute(
            select(Programme.name_en, Programme.name_zh).where(
                Programme.name_en.in_({name for name, _ in groups})
            )
        ).all()
    )
    shown = {en: i18n.name(en, zh) for en, zh in shown.items()}
    # Tallied while the detail rows stream; the summaries are written after the detail sheet.
    by_group = {(name, status): [0, ZERO, ZERO, ZERO] for name, status in groups}
    statuses = sorted({status for _, status in groups}, key=APPLICATION_STATUSES.index)
    by_status = {status: [0, ZERO, ZERO, ZERO] for status in statuses}
    q = (
        select(
            A.reference,
            Company.name_en,
            Company.name_zh,
            Company.credit_code,
            Programme.name_en,
            Programme.platform,
            A.status,
            A.year,
            A.submitted_on,
            A.decided_at,
            A.requested_amount,
            A.eligible_cost,
            A.approved_amount,
            type_coerce(paid.c.paid, Money),
        )
        .join(Company, Company.id == A.company_id)
        .join(Programme, Programme.id == A.programme_id)
        .outerjoin(paid, paid.c.application_id == A.id)
        .where(*where)
        .order_by(Programme.name_en, STATUS_ORDER, A.reference)
    )
    detail = (detail_columns(kind), _rows(s, q, by_group, by_status, shown), count or 0)
    summary = (summary_columns(kind), _summary(by_group, shown), len(by_group))
    status_table = (STATUS_COLUMNS, _by_status(by_status), len(by_status))
    return detail, summary, status_table


def _rows(
    s: Session, q: Select, by_group: dict, by_status: dict, shown: dict[str, str]
) -> Iterator[tuple]:
    statuses, platforms = words.APPLICATION_STATUSES, words.PLATFORMS
    for (
        ref,
        name,
        name_zh,
        code,
        programme,
        platform,
        status,
        year,
        submitted,
        decided_at,
        requested,
        eligible,
        approved,
        paid,
    ) in s.execute(q, execution_options={"yield_per": YIELD_PER}):
        disbursed = ZERO if paid is None else Decimal(paid).quantize(CENT)
        for tally in (by_group[(programme, status)], by_status[status]):
            tally[0] += 1
            tally[1] += requested
            tally[2] += approved or ZERO
            tally[3] += disbursed
        yield (
            ref,
            *words.names(name, name_zh),
            code,
            shown.get(programme, programme),
            words.label(platforms, platform),
            words.label(statuses, status),
            year,
            submitted,
            centre_date(decided_at),
            requested,
            eligible,
            approved,
            disbursed,
        )


def _summary(by_group: dict, shown: dict[str, str]) -> Iterator[tuple]:
    for (programme, status), (n, requested, approved, disbursed) in by_group.items():
        status_words = words.label(words.APPLICATION_STATUSES, status)
        yield (shown.get(programme, programme), status_words, n, requested, approved, disbursed)


def _by_status(by_status: dict) -> Iterator[tuple]:
    for status, (n, requested, approved, disbursed) in by_status.items():
        yield (words.label(words.APPLICATION_STATUSES, status), n, requested, approved, disbursed)


SPEC = ReportSpec(
    name="financing-pipeline",
    title=QT_TRANSLATE_NOOP("Reports", "Financing pipeline"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Applications by programme and status: requested, approved and disbursed",
    ),
    build=build,
    filters=("programme", "status", "platform", "year"),
)
