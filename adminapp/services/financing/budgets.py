"""Programme budgets side by side: each programme's budget for a year, what is committed in
it and what of that is paid out, and those figures added up per unit (the Programmes page).
One programme's budget for one year, as approvals check it, is :func:`programmes.budget_status`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func, select

from adminapp.models import (
    PROGRAMME_UNITS,
    ApplicationTranche,
    FinancingApplication,
    Programme,
    ProgrammeBudget,
)
from adminapp.services.context import AppContext
from adminapp.services.financing.workflow import COMMITTED


@dataclass(frozen=True)
class ProgrammeBudgetLine:
    """One programme in one budget year: its budget, what is committed and what is paid out.

    ``committed`` is what :func:`programmes.budget_status` calls committed (the approved amounts of
    applications approved, disbursing or closed in the year); ``disbursed`` is the part of it
    already paid (tranches with a payment date).
    """

    programme_id: int
    name_en: str
    name_zh: str
    kind: str
    platform: str
    unit: str
    active: bool
    year: int
    budget: Decimal | None  # None: no budget is set for the year
    committed: Decimal
    disbursed: Decimal

    @property
    def undisbursed(self) -> Decimal:
        """Committed, not yet paid out."""
        return self.committed - self.disbursed

    @property
    def remaining(self) -> Decimal:
        """What may still be approved (as :attr:`programmes.BudgetStatus.remaining`)."""
        return max((self.budget or Decimal("0.00")) - self.committed, Decimal("0.00"))

    @property
    def over_budget(self) -> Decimal:
        """Committed beyond the budget (zero unless the budget was somehow exceeded)."""
        return max(self.committed - (self.budget or Decimal("0.00")), Decimal("0.00"))


@dataclass(frozen=True)
class BudgetTotal:
    """The lines of one unit added up (CNY and GPU-hours are never added together)."""

    unit: str
    year: int
    programmes: int
    budget: Decimal
    committed: Decimal
    disbursed: Decimal
    remaining: Decimal  # the sum of each programme's remaining
    over_budget: Decimal

    @property
    def undisbursed(self) -> Decimal:
        return self.committed - self.disbursed


def _fen_sum(amount: ColumnElement) -> ColumnElement:
    """SUM counted in whole fen: exact on SQLite too, where NUMERIC values are floats."""
    return func.coalesce(func.sum(cast(func.round(amount * 100), BigInteger)), 0)


def _yuan(fen: object) -> Decimal:
    return Decimal(int(fen or 0)).scaleb(-2)


def budget_overview(
    ctx: AppContext,
    year: int,
    *,
    platform: str | None = None,
    kind: str | None = None,
    as_of: dt.date | None = None,
) -> list[ProgrammeBudgetLine]:
    """Every programme (of ``platform`` and ``kind`` when given) with its budget for ``year``,
    what is committed in it and what of that is disbursed (paid on or before ``as_of``;
    without it, every payment recorded), by English name.

    Three queries however many programmes there are.
    """
    a, t, b = FinancingApplication, ApplicationTranche, ProgrammeBudget
    where = []
    if platform:
        where.append(Programme.platform == platform)
    if kind:
        where.append(Programme.kind == kind)
    with ctx.db.read() as s:
        programmes = s.execute(
            select(
                Programme.id,
                Programme.name_en,
                Programme.name_zh,
                Programme.kind,
                Programme.platform,
                Programme.unit,
                Programme.active,
                b.amount,
            )
            .outerjoin(b, and_(b.programme_id == Programme.id, b.year == year))
            .where(*where)
            .order_by(Programme.name_en, Programme.id)
        ).all()
        committed_by = dict(
            s.execute(
                select(a.programme_id, _fen_sum(a.approved_amount))
                .join(Programme, Programme.id == a.programme_id)
                .where(a.year == year, a.status.in_(COMMITTED), *where)
                .group_by(a.programme_id)
            ).all()
        )
        paid = (
            select(a.programme_id, _fen_sum(t.amount))
            .select_from(t)
            .join(a, a.id == t.application_id)
            .join(Programme, Programme.id == a.programme_id)
            .where(a.year == year, a.status.in_(COMMITTED), t.paid_on.is_not(None), *where)
            .group_by(a.programme_id)
        )
        if as_of is not None:
            paid = paid.where(t.paid_on <= as_of)
        disbursed_by = dict(s.execute(paid).all())
    return [
        ProgrammeBudgetLine(
            programme_id=pid,
            name_en=name_en,
            name_zh=name_zh,
            kind=kind_,
            platform=platform_,
            unit=unit,
            active=active,
            year=year,
            budget=budget,
            committed=_yuan(committed_by.get(pid)),
            disbursed=_yuan(disbursed_by.get(pid)),
        )
        for pid, name_en, name_zh, kind_, platform_, unit, active, budget in programmes
    ]


def budget_totals(lines: list[ProgrammeBudgetLine]) -> list[BudgetTotal]:
    """``lines`` added up per unit (CNY first, then GPU-hours; units without lines left out)."""
    zero = Decimal("0.00")
    totals = []
    for unit in PROGRAMME_UNITS:
        mine = [x for x in lines if x.unit == unit]
        if not mine:
            continue
        totals.append(
            BudgetTotal(
                unit=unit,
                year=mine[0].year,
                programmes=len(mine),
                budget=sum((x.budget or zero for x in mine), zero),
                committed=sum((x.committed for x in mine), zero),
                disbursed=sum((x.disbursed for x in mine), zero),
                remaining=sum((x.remaining for x in mine), zero),
                over_budget=sum((x.over_budget for x in mine), zero),
            )
        )
    return totals
