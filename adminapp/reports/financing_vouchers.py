"""Compute vouchers: GPU-hours allocated (approved) against those consumed, per voucher, per
company and provider, and per provider with a chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Select, func, select, type_coerce
from sqlalchemy.orm import Session

from adminapp import i18n
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.models import Company, ComputeUsage, FinancingApplication, Money, Programme
from adminapp.reports import words
from adminapp.reports.charts import Chart
from adminapp.reports.financing_filters import (
    CENT,
    YIELD_PER,
    application_clauses,
    used_share,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import Column, Ratio, Sheet
from adminapp.services.context import AppContext
from adminapp.services.financing.workflow import COMMITTED

A = FinancingApplication
ZERO = Decimal("0.00")
SORTED_BY = QT_TRANSLATE_NOOP("Reports", "Company (English name), provider, application reference")

COLUMNS = (
    Column("reference", QT_TRANSLATE_NOOP("Reports", "Voucher"), total="count"),
    Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
    Column("credit_code", QT_TRANSLATE_NOOP("Reports", "Credit code")),
    Column("provider", QT_TRANSLATE_NOOP("Reports", "Provider")),
    Column("programme", QT_TRANSLATE_NOOP("Reports", "Programme")),
    Column("year", QT_TRANSLATE_NOOP("Reports", "Budget year"), "year"),
    Column("status", QT_TRANSLATE_NOOP("Reports", "Status")),
    Column("allocated", QT_TRANSLATE_NOOP("Reports", "Allocated"), "gpu_hours", "sum"),
    Column("consumed", QT_TRANSLATE_NOOP("Reports", "Consumed"), "gpu_hours", "sum"),
    Column("remaining", QT_TRANSLATE_NOOP("Reports", "Remaining"), "gpu_hours", "sum"),
    Column("used", QT_TRANSLATE_NOOP("Reports", "Used"), "percent", Ratio("consumed", "allocated")),
)

COMPANY_COLUMNS = (
    Column("company", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("company_zh", QT_TRANSLATE_NOOP("Reports", "Company (Chinese)")),
    Column("provider", QT_TRANSLATE_NOOP("Reports", "Provider")),
    Column("vouchers", QT_TRANSLATE_NOOP("Reports", "Vouchers"), "int", "sum"),
    Column("allocated", QT_TRANSLATE_NOOP("Reports", "Allocated"), "gpu_hours", "sum"),
    Column("consumed", QT_TRANSLATE_NOOP("Reports", "Consumed"), "gpu_hours", "sum"),
    Column("remaining", QT_TRANSLATE_NOOP("Reports", "Remaining"), "gpu_hours", "sum"),
    Column("used", QT_TRANSLATE_NOOP("Reports", "Used"), "percent", Ratio("consumed", "allocated")),
)

PROVIDER_COLUMNS = (
    Column("provider", QT_TRANSLATE_NOOP("Reports", "Provider")),
    Column("vouchers", QT_TRANSLATE_NOOP("Reports", "Vouchers"), "int", "sum"),
    Column("allocated", QT_TRANSLATE_NOOP("Reports", "Allocated"), "gpu_hours", "sum"),
    Column("consumed", QT_TRANSLATE_NOOP("Reports", "Consumed"), "gpu_hours", "sum"),
    Column("remaining", QT_TRANSLATE_NOOP("Reports", "Remaining"), "gpu_hours", "sum"),
    Column("used", QT_TRANSLATE_NOOP("Reports", "Used"), "percent", Ratio("consumed", "allocated")),
)

PROVIDER_CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("Reports", "GPU-hours allocated and consumed by provider"),
        "provider",
        ("allocated", "consumed"),
        QT_TRANSLATE_NOOP("Reports", "GPU-hours"),
    ),
    Chart(
        QT_TRANSLATE_NOOP("Reports", "Share used by provider"),
        "provider",
        ("used",),
        QT_TRANSLATE_NOOP("Reports", "Consumed / allocated"),
        "0%",
        1.0,
    ),
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    u = ComputeUsage
    consumed = (
        select(u.application_id.label("application_id"), func.sum(u.hours).label("hours"))
        .where(u.used_on <= as_of)
        .group_by(u.application_id)
        .subquery()
    )
    where = [
        Programme.unit == "GPU_HOURS",
        A.status.in_(COMMITTED),
        A.approved_amount.is_not(None),
        *application_clauses(s, filters),
    ]
    base = select(func.count(A.id)).join(Programme, Programme.id == A.programme_id)
    count = s.scalar(base.where(*where)) or 0
    keys = s.execute(
        select(Company.name_en, Company.name_zh, A.provider, Company.id)
        .join(Company, Company.id == A.company_id)
        .join(Programme, Programme.id == A.programme_id)
        .where(*where)
        .distinct()
        .order_by(Company.name_en, Company.name_zh, A.provider, Company.id)
    ).all()
    # Tallied while the vouchers stream; the summaries are written after them. Keyed by the
    # company's id: two companies may share a name.
    by_company = {(cid, provider): [(*words.names(name, zh), provider), 0, ZERO, ZERO]
                  for name, zh, provider, cid in keys}  # fmt: skip
    by_provider = {p: [(p,), 0, ZERO, ZERO] for p in sorted({k[2] for k in keys})}
    q = (
        select(
            A.reference,
            Company.name_en,
            Company.name_zh,
            Company.credit_code,
            A.provider,
            Programme.name_en,
            Programme.name_zh,
            A.year,
            A.status,
            A.approved_amount,
            type_coerce(consumed.c.hours, Money),
            Company.id,
        )
        .join(Company, Company.id == A.company_id)
        .join(Programme, Programme.id == A.programme_id)
        .outerjoin(consumed, consumed.c.application_id == A.id)
        .where(*where)
        .order_by(Company.name_en, Company.name_zh, A.provider, A.reference)
    )
    notes = (
        translate(
            "Reports",
            "Vouchers are approved applications to GPU-hour programmes (approved, disbursing or "
            "closed); Allocated is the approved number of GPU-hours.",
        ),
        translate("Reports", "Consumed: GPU-hours recorded as used on or before the as-of date."),
    )
    return [
        Sheet(
            translate("Reports", "Vouchers"),
            translate("Reports", "Compute vouchers"),
            COLUMNS,
            _rows(s, q, by_company, by_provider),
            count,
            SORTED_BY,
            notes,
        ),
        Sheet(
            translate("Reports", "By company and provider"),
            translate("Reports", "Compute vouchers by company and provider"),
            COMPANY_COLUMNS,
            _summary(by_company),
            len(by_company),
            translate("Reports", "Company (English name), then provider"),
            notes,
        ),
        Sheet(
            translate("Reports", "By provider"),
            translate("Reports", "Compute vouchers by provider"),
            PROVIDER_COLUMNS,
            _summary(by_provider),
            len(by_provider),
            translate("Reports", "Provider"),
            notes,
            PROVIDER_CHARTS,
        ),
    ]


def _rows(s: Session, q: Select, by_company: dict, by_provider: dict) -> Iterator[tuple]:
    result = s.execute(q, execution_options={"yield_per": YIELD_PER})
    for (
        ref,
        name,
        name_zh,
        code,
        provider,
        programme,
        programme_zh,
        year,
        status,
        allocated,
        hours,
        cid,
    ) in result:
        used = ZERO if hours is None else Decimal(hours).quantize(CENT)
        for tally in (by_company[(cid, provider)], by_provider[provider]):
            tally[1] += 1
            tally[2] += allocated
            tally[3] += used
        yield (
            ref,
            *words.names(name, name_zh),
            code,
            provider,
            i18n.name(programme, programme_zh),
            year,
            words.label(words.APPLICATION_STATUSES, status),
            allocated,
            used,
            allocated - used,
            used_share(used, allocated),
        )


def _summary(tallies: dict) -> Iterator[tuple]:
    for label, n, allocated, used in tallies.values():
        yield (*label, n, allocated, used, allocated - used, used_share(used, allocated))


SPEC = ReportSpec(
    name="compute-vouchers",
    title=QT_TRANSLATE_NOOP("Reports", "Compute vouchers"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "GPU-hours allocated and consumed by company and provider, remaining, % used",
    ),
    build=build,
    filters=("programme", "year"),
)
