"""Programme budgets for one year: budget, approved, disbursed, committed, remaining, as bars.

CNY programmes and GPU-hour programmes are on separate sheets, so every total adds up one
unit. The sums follow the services' rules: what counts against a budget is the approved amount
of applications approved, disbursing or closed (``workflow.COMMITTED``) in that budget year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import ApplicationTranche, FinancingApplication, Programme, ProgrammeBudget
from adminapp.reports import words
from adminapp.reports.charts import Chart
from adminapp.reports.financing_filters import (
    UNIT_KINDS,
    UNIT_NAMES,
    checked_year,
    programme_clauses,
    used_share,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services.context import AppContext
from adminapp.services.financing.workflow import COMMITTED

A = FinancingApplication
ZERO = Decimal("0.00")
SORTED_BY = QT_TRANSLATE_NOOP("Reports", "Programme (English name)")


def columns(kind: str) -> tuple[Column, ...]:
    return (
        Column("programme", QT_TRANSLATE_NOOP("Reports", "Programme")),
        Column("programme_zh", QT_TRANSLATE_NOOP("Reports", "Programme (Chinese)")),
        Column("platform", QT_TRANSLATE_NOOP("Reports", "Platform")),
        Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind")),
        Column("budget", QT_TRANSLATE_NOOP("Reports", "Budget"), kind, "sum"),
        Column("approved", QT_TRANSLATE_NOOP("Reports", "Approved"), kind, "sum"),
        Column("disbursed", QT_TRANSLATE_NOOP("Reports", "Disbursed"), kind, "sum"),
        Column(
            "committed", QT_TRANSLATE_NOOP("Reports", "Committed (not yet disbursed)"), kind, "sum"
        ),
        Column("remaining", QT_TRANSLATE_NOOP("Reports", "Remaining"), kind, "sum"),
        Column(
            "used",
            QT_TRANSLATE_NOOP("Reports", "Approved / budget"),
            "percent",
            Ratio("approved", "budget"),
        ),
    )


def chart(unit: str) -> Chart:
    if unit == "CNY":
        title, label = translate("Reports", "Budget use by programme (¥)"), "¥"
    else:
        title = translate("Reports", "Budget use by programme (GPU-hours)")
        label = translate("Reports", "GPU-hours")
    return Chart(title, "programme", ("disbursed", "committed", "remaining"), label)


def unit_name(unit: str) -> str:
    return words.tr(UNIT_NAMES[unit])


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    year = checked_year(filters.get("year"), default=as_of.year)
    where = programme_clauses(s, filters)
    budgets = dict(
        s.execute(
            select(ProgrammeBudget.programme_id, ProgrammeBudget.amount).where(
                ProgrammeBudget.year == year
            )
        ).all()
    )
    approved: dict[int, Decimal] = {}
    for pid, amount in s.execute(
        select(A.programme_id, A.approved_amount).where(
            A.year == year, A.status.in_(COMMITTED), A.approved_amount.is_not(None)
        )
    ):
        approved[pid] = approved.get(pid, ZERO) + amount
    disbursed: dict[int, Decimal] = {}
    t = ApplicationTranche
    for pid, amount in s.execute(
        select(A.programme_id, t.amount)
        .select_from(t)
        .join(A, A.id == t.application_id)
        .where(A.year == year, A.status.in_(COMMITTED), t.paid_on.is_not(None), t.paid_on <= as_of)
    ):
        disbursed[pid] = disbursed.get(pid, ZERO) + amount
    programmes = s.execute(
        select(
            Programme.id,
            Programme.name_en,
            Programme.name_zh,
            Programme.platform,
            Programme.kind,
            Programme.unit,
        )
        .where(*where)
        .order_by(Programme.name_en)
    ).all()
    rows: dict[str, list[tuple]] = {unit: [] for unit in UNIT_KINDS}
    for pid, name, name_zh, platform, kind, unit in programmes:
        if pid not in budgets and pid not in approved:
            continue  # nothing budgeted or approved in the year
        budget = budgets.get(pid, ZERO)
        given = approved.get(pid, ZERO)
        paid = disbursed.get(pid, ZERO)
        rows[unit].append(
            (
                *words.names(name, name_zh),
                words.label(words.PLATFORMS, platform),
                words.label(words.PROGRAMME_KINDS, kind),
                budget,
                given,
                paid,
                given - paid,
                max(budget - given, ZERO),
                used_share(given, budget),
            )
        )
    notes = (
        translate(
            "Reports",
            "Budget year %1; disbursed counts tranches paid on or before the as-of date.",
        ).replace("%1", str(year)),
        translate(
            "Reports",
            "Approved: applications approved, disbursing or closed in the year. "
            "Committed = approved − disbursed. Remaining = budget − approved (what may still be "
            "approved).",
        ),
        translate(
            "Reports",
            "Programmes with neither a budget nor an approval in the year are left out.",
        ),
    )
    return [
        Sheet(
            translate("Reports", "%1 programmes").replace("%1", unit_name(unit)),
            translate("Reports", "Programme budgets %1 (%2)")
            .replace("%1", str(year))
            .replace("%2", unit_name(unit)),
            columns(UNIT_KINDS[unit]),
            rows[unit],
            len(rows[unit]),
            SORTED_BY,
            notes,
            (chart(unit),),
        )
        for unit in UNIT_KINDS
    ]


SPEC = ReportSpec(
    name="programme-budgets",
    title=QT_TRANSLATE_NOOP("Reports", "Programme budgets"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Each programme's budget for the year: approved, disbursed, committed, remaining",
    ),
    build=build,
    filters=("programme", "platform", "year"),
)
