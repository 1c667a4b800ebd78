"""The financing pipeline: one page of applications at a time, filtered and sorted in SQL.

Built for the Financing page over 100,000 applications: the page's ids are chosen by one
query on ``applications`` (its filters are indexed columns, or a programme-id list for the
platform filter); names and the amounts paid out so far are then read for those ids only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select

from adminapp.models import ApplicationTranche, Company, FinancingApplication, Programme
from adminapp.services.context import AppContext
from adminapp.services.financing.workflow import STATUSES
from adminapp.services.listing_sql import ListQuery, blanks_last, check_query, contains

A = FinancingApplication

PIPELINE_SORTS = {
    "reference": [A.reference],
    "submitted": [A.submitted_on],
    "company": [Company.name_en],
    "programme": [Programme.name_en],
    "year": [A.year],
    "requested": [A.requested_amount],
    "approved": [A.approved_amount],
    "score": [A.score],
    "status": [A.status],
}
# company_id, programme_id: ids; status: a code of STATUSES; platform: a service platform;
# year: the budget year; submitted_from / submitted_to: a period [from, to) of submission dates.
PIPELINE_FILTERS = {
    "company_id",
    "programme_id",
    "status",
    "platform",
    "year",
    "submitted_from",
    "submitted_to",
}
# The list joins companies or programmes only when its sort or search needs them.
_JOINS_COMPANY = {"company"}
_JOINS_PROGRAMME = {"programme"}


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    reference: str
    company_id: int
    company_name: str
    company_name_zh: str
    programme_id: int
    programme_name: str
    programme_name_zh: str
    platform: str
    unit: str  # CNY or GPU_HOURS
    year: int
    status: str
    submitted_on: dt.date | None
    requested_amount: Decimal
    eligible_cost: Decimal
    approved_amount: Decimal | None
    disbursed: Decimal  # tranches paid so far
    score: Decimal | None


def _where(q: ListQuery) -> list[ColumnElement[bool]]:
    f = q.active_filters()
    where: list[ColumnElement[bool]] = []
    if "status" in f:
        if f["status"] not in STATUSES:
            raise ValueError(f"unknown application status {f['status']!r}")
        where.append(A.status == f["status"])
    if "programme_id" in f:
        where.append(A.programme_id == int(f["programme_id"]))
    if "company_id" in f:
        where.append(A.company_id == int(f["company_id"]))
    if "year" in f:
        where.append(A.year == int(f["year"]))
    if "platform" in f:
        where.append(
            A.programme_id.in_(select(Programme.id).where(Programme.platform == f["platform"]))
        )
    if "submitted_from" in f:
        where.append(A.submitted_on >= f["submitted_from"])
    if "submitted_to" in f:
        where.append(A.submitted_on < f["submitted_to"])
    text = q.search.strip()
    if text:
        companies = select(Company.id).where(
            or_(
                contains(Company.name_en, text),
                contains(Company.name_zh, text),
                contains(Company.credit_code, text),
            )
        )
        programmes = select(Programme.id).where(
            or_(contains(Programme.name_en, text), contains(Programme.name_zh, text))
        )
        where.append(
            or_(
                contains(A.reference, text),
                A.company_id.in_(companies),
                A.programme_id.in_(programmes),
            )
        )
    return where


def list_applications(ctx: AppContext, q: ListQuery) -> list[ApplicationRow]:
    """One page of applications, newest first unless sorted otherwise.

    Filters: see ``PIPELINE_FILTERS``. Search matches the reference, either company name, the
    credit code, and either programme name. Sort keys: see ``PIPELINE_SORTS`` (ties by id).
    """
    check_query("applications", q, PIPELINE_SORTS, PIPELINE_FILTERS)
    if q.sort:
        # Blanks (no submission date, approval or score yet) after the values either way.
        order = blanks_last(PIPELINE_SORTS[q.sort], q.descending)
        order.append(A.id.desc() if q.descending else A.id.asc())
    else:
        order = [A.id.desc()]  # newest first
    ids_q = select(A.id).where(*_where(q))
    if q.sort in _JOINS_COMPANY:
        ids_q = ids_q.join(Company, Company.id == A.company_id)
    if q.sort in _JOINS_PROGRAMME:
        ids_q = ids_q.join(Programme, Programme.id == A.programme_id)
    ids_q = ids_q.order_by(*order).offset(q.offset).limit(q.limit)
    with ctx.db.read() as s:
        ids = list(s.scalars(ids_q))
        if not ids:
            return []
        found = {
            r.id: r
            for r in s.execute(
                select(
                    A.id,
                    A.reference,
                    A.company_id,
                    Company.name_en.label("company_name"),
                    Company.name_zh.label("company_name_zh"),
                    A.programme_id,
                    Programme.name_en.label("programme_name"),
                    Programme.name_zh.label("programme_name_zh"),
                    Programme.platform,
                    Programme.unit,
                    A.year,
                    A.status,
                    A.submitted_on,
                    A.requested_amount,
                    A.eligible_cost,
                    A.approved_amount,
                    A.score,
                )
                .join(Company, Company.id == A.company_id)
                .join(Programme, Programme.id == A.programme_id)
                .where(A.id.in_(ids))
            )
        }
        paid = dict(
            s.execute(
                select(ApplicationTranche.application_id, func.sum(ApplicationTranche.amount))
                .where(
                    ApplicationTranche.application_id.in_(ids),
                    ApplicationTranche.paid_on.is_not(None),
                )
                .group_by(ApplicationTranche.application_id)
            ).all()
        )
    rows = []
    for i in ids:
        r = found[i]
        rows.append(
            ApplicationRow(
                id=r.id,
                reference=r.reference,
                company_id=r.company_id,
                company_name=r.company_name,
                company_name_zh=r.company_name_zh,
                programme_id=r.programme_id,
                programme_name=r.programme_name,
                programme_name_zh=r.programme_name_zh,
                platform=r.platform,
                unit=r.unit,
                year=r.year,
                status=r.status,
                submitted_on=r.submitted_on,
                requested_amount=Decimal(r.requested_amount),
                eligible_cost=Decimal(r.eligible_cost),
                approved_amount=None if r.approved_amount is None else Decimal(r.approved_amount),
                disbursed=Decimal(paid.get(i) or 0),
                score=None if r.score is None else Decimal(r.score),
            )
        )
    return rows


def count_applications(ctx: AppContext, q: ListQuery) -> int:
    """How many applications ``list_applications`` would list over all its pages."""
    check_query("applications", q, PIPELINE_SORTS, PIPELINE_FILTERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count(A.id)).where(*_where(q)))


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    name_en: str
    name_zh: str
    platform: str
    unit: str


def programme_choices(ctx: AppContext) -> list[ProgrammeChoice]:
    """Every programme for a filter, by English name (inactive ones too: old applications)."""
    with ctx.db.read() as s:
        return [
            ProgrammeChoice(p.id, p.name_en, p.name_zh, p.platform, p.unit)
            for p in s.execute(
                select(
                    Programme.id,
                    Programme.name_en,
                    Programme.name_zh,
                    Programme.platform,
                    Programme.unit,
                ).order_by(Programme.name_en)
            )
        ]


def company_choices(ctx: AppContext) -> list[tuple[int, str, str]]:
    """The companies that have applied, by English name: (id, English, Chinese name)."""
    with ctx.db.read() as s:
        applied = select(A.company_id).distinct().scalar_subquery()
        return [
            (i, en, zh)
            for i, en, zh in s.execute(
                select(Company.id, Company.name_en, Company.name_zh)
                .where(Company.id.in_(applied))
                .order_by(Company.name_en, Company.id)
            )
        ]


def application_years(ctx: AppContext) -> list[int]:
    """The budget years applications exist for, newest first."""
    with ctx.db.read() as s:
        return list(s.scalars(select(A.year).distinct().order_by(A.year.desc())))


@dataclass(frozen=True)
class CompanyFinancing:
    """What a company's record shows of its applications: totals per unit and the list."""

    applications: list[ApplicationRow]
    requested: dict[str, Decimal]  # unit -> sum over its applications (not withdrawn/rejected)
    approved: dict[str, Decimal]
    disbursed: dict[str, Decimal]


# Statuses whose request still counts (the rest were turned down or given up).
LIVE_STATUSES = ("draft", "submitted", "under_review", "approved", "disbursing", "closed")


def company_financing(ctx: AppContext, company_id: int, limit: int = 500) -> CompanyFinancing:
    """The company's applications (newest first) and its totals by unit."""
    rows = list_applications(
        ctx,
        ListQuery(
            filters={"company_id": company_id}, sort="reference", descending=True, limit=limit
        ),
    )
    requested: dict[str, Decimal] = {}
    approved: dict[str, Decimal] = {}
    disbursed: dict[str, Decimal] = {}
    with ctx.db.read() as s:
        for unit, status, req, appr in s.execute(
            select(
                Programme.unit, A.status, func.sum(A.requested_amount), func.sum(A.approved_amount)
            )
            .join(Programme, Programme.id == A.programme_id)
            .where(A.company_id == company_id)
            .group_by(Programme.unit, A.status)
        ):
            if status in LIVE_STATUSES:
                requested[unit] = requested.get(unit, Decimal(0)) + Decimal(req or 0)
            if appr is not None:
                approved[unit] = approved.get(unit, Decimal(0)) + Decimal(appr)
        for unit, paid in s.execute(
            select(Programme.unit, func.sum(ApplicationTranche.amount))
            .join(A, A.id == ApplicationTranche.application_id)
            .join(Programme, Programme.id == A.programme_id)
            .where(A.company_id == company_id, ApplicationTranche.paid_on.is_not(None))
            .group_by(Programme.unit)
        ):
            disbursed[unit] = Decimal(paid or 0)
    return CompanyFinancing(rows, requested, approved, disbursed)
