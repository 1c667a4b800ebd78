"""The rules of financing that need no database: the workflow graph, scores and ceilings.

Kept pure so a dialog can show the same computation the service enforces.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from adminapp.errors import ConflictError
from adminapp.models import APPLICATION_STATUSES

STATUSES = APPLICATION_STATUSES
LABELS = {
    "draft": "draft",
    "submitted": "submitted",
    "under_review": "under review",
    "approved": "approved",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
    "disbursing": "disbursing",
    "closed": "closed",
}

# Every move an application may make. Anything else is refused.
TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted", "withdrawn"}),
    "submitted": frozenset({"under_review", "withdrawn"}),
    "under_review": frozenset({"approved", "rejected", "withdrawn"}),
    "approved": frozenset({"disbursing"}),
    "disbursing": frozenset({"closed"}),
    "rejected": frozenset(),
    "withdrawn": frozenset(),
    "closed": frozenset(),
}

# Applications whose approved amount counts against budgets and company caps.
COMMITTED = ("approved", "disbursing", "closed")

SCORE_MIN, SCORE_MAX = 0, 10
CENT = Decimal("0.01")


def can_move(from_status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(from_status, frozenset())


def check_transition(reference: str, from_status: str, to_status: str) -> None:
    """Raise ConflictError (naming both states) unless the graph has this move."""
    if can_move(from_status, to_status):
        return
    here, there = LABELS[from_status], LABELS[to_status]
    nexts = [LABELS[s] for s in STATUSES if s in TRANSITIONS[from_status]]
    if nexts:
        onward = f"from {here} it can only become {' or '.join(nexts)}"
    else:
        onward = f"{here} is final"
    raise ConflictError(
        f"Application {reference} cannot go from {here} to {there}: {onward}", "status"
    )


def weighted_score(scores: list[tuple[Decimal, int]]) -> Decimal:
    """Σ(weight × score) / Σ weight over ``(weight, score)`` pairs, 0-10, to 0.01 half-up."""
    total = sum((w for w, _ in scores), Decimal(0))
    if total <= 0:
        raise ValueError("a rubric needs a positive total weight")
    return (sum((w * s for w, s in scores), Decimal(0)) / total).quantize(CENT, ROUND_HALF_UP)


def mean_score(scores: list[Decimal]) -> Decimal | None:
    """The application's score: the mean of its reviewers' weighted scores (0.01 half-up)."""
    if not scores:
        return None
    return (sum(scores, Decimal(0)) / len(scores)).quantize(CENT, ROUND_HALF_UP)


def fmt_amount(amount: Decimal, unit: str) -> str:
    """``¥1,234.50`` for CNY, ``1,234.50 GPU-hours`` for compute vouchers."""
    if unit == "GPU_HOURS":
        return f"{amount:,.2f} GPU-hours"
    return f"¥{amount:,.2f}"


@dataclass(frozen=True)
class Limit:
    key: str  # requested | percent | company_cap | budget
    amount: Decimal
    text: str


@dataclass(frozen=True)
class ApprovalCeiling:
    """The most an application may be approved for, the limit that binds, and why."""

    ceiling: Decimal
    binding: str
    limits: tuple[Limit, ...]
    text: str


def approval_ceiling(
    *,
    unit: str,
    year: int,
    requested: Decimal,
    eligible_cost: Decimal,
    cap_percent: Decimal | None,
    company_cap: Decimal | None,
    company_committed: Decimal,
    budget: Decimal | None,
    budget_committed: Decimal,
) -> ApprovalCeiling:
    """The lowest of: the amount requested, ``cap_percent`` of the eligible cost (rounded
    down to the fen, so the cap is never exceeded), the company's cap for the year less what
    it already has approved in the programme, and the programme's budget for the year less
    what is committed. The approver's role limit is checked apart (it is a permission).
    """

    def f(x: Decimal) -> str:
        return fmt_amount(x, unit)

    limits = [Limit("requested", requested, f"requested {f(requested)}")]
    if cap_percent is not None:
        amount = (eligible_cost * cap_percent / 100).quantize(CENT, ROUND_DOWN)
        limits.append(
            Limit(
                "percent",
                amount,
                f"{cap_percent.normalize():f}% of {f(eligible_cost)} = {f(amount)}",
            )
        )
    if company_cap is not None:
        left = max(company_cap - company_committed, Decimal(0))
        limits.append(
            Limit(
                "company_cap",
                left,
                f"company cap left {f(left)} ({f(company_cap)} a year, "
                f"{f(company_committed)} already approved in {year})",
            )
        )
    if budget is None:
        limits.append(Limit("budget", Decimal("0.00"), f"no budget is set for {year}"))
    else:
        left = max(budget - budget_committed, Decimal(0))
        limits.append(Limit("budget", left, f"budget left {f(left)} of {f(budget)} for {year}"))
    binding = min(limits, key=lambda lim: lim.amount)
    ceiling = binding.amount.quantize(CENT)
    text = "; ".join(lim.text for lim in limits) + f"; approved ≤ {f(ceiling)}"
    return ApprovalCeiling(ceiling, binding.key, tuple(limits), text)
