"""Review, approval and what follows: the steps where money is decided and paid.

Approval is where the numbers must never disagree. The approved amount is at most the
amount requested, the programme's percentage of the eligible cost, what is left of the
company's yearly cap, and what is left of the programme's budget for the year
(:func:`workflow.approval_ceiling`). Those sums are re-read inside the write unit after the
programme row is locked (``FOR UPDATE`` on PostgreSQL; SQLite write units are serial), so two
managers approving at once can never overspend a programme.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from adminapp import permissions
from adminapp.errors import ConflictError, PermissionDenied, ValidationError
from adminapp.models import ApplicationReview, ApplicationReviewScore, FinancingApplication
from adminapp.services import access, audit
from adminapp.services.access import require
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext, centre_now
from adminapp.services.financing import programmes, tranches
from adminapp.services.financing.applications import (
    ApplicationView,
    editing,
    load,
    move,
    snapshot,
    view,
)
from adminapp.services.financing.workflow import (
    SCORE_MAX,
    SCORE_MIN,
    ApprovalCeiling,
    approval_ceiling,
    check_transition,
    fmt_amount,
    mean_score,
    weighted_score,
)

# Told to a reviewer who tries to approve (the same words as access.separate_duties).
REVIEWER_MAY_NOT_APPROVE = (
    "You reviewed this application, so someone else must approve it (separation of duties)"
)


def _needs_review(a: FinancingApplication) -> str:
    return f"Application {a.reference} has not been reviewed yet; it needs a review first"


def review_application(
    ctx: AppContext, application_id: int, scores: dict[str, int], comment: str = ""
) -> ApplicationView:
    """Score every rubric criterion (whole numbers 0-10) and comment; one review per person.

    The review's score is the weighted mean of its criteria; the application's score is the
    mean of its reviews (both to 0.01, half-up).
    """
    require(ctx, "application.review", application_id)
    with ctx.db.write() as s:
        a = load(s, application_id, lock=True)
        if a.status != "under_review":
            raise ConflictError(
                f"Application {a.reference} is not under review; start the review first",
                "status",
            )
        if any(r.reviewer.lower() == ctx.actor.login.lower() for r in a.reviews):
            raise ConflictError(f"You have already reviewed {a.reference}", "scores")
        criteria = a.programme.criteria
        errors: dict[str, str] = {}
        if not criteria:
            errors["scores"] = (
                f"Programme {a.programme.name_en} has no review criteria; add them first"
            )
        missing = [c.name for c in criteria if c.name not in scores]
        unknown = [k for k in scores if k not in {c.name for c in criteria}]
        bad = [
            k
            for k, v in scores.items()
            if isinstance(v, bool) or not isinstance(v, int) or not SCORE_MIN <= v <= SCORE_MAX
        ]
        if missing:
            errors["scores"] = f"Score every criterion; missing: {', '.join(missing)}"
        elif unknown:
            errors["scores"] = f"Not a criterion of this programme: {', '.join(unknown)}"
        elif bad:
            errors["scores"] = (
                f"Scores are whole numbers from {SCORE_MIN} to {SCORE_MAX}: check {', '.join(bad)}"
            )
        if errors:
            raise ValidationError(errors)
        pairs = [(c.weight, scores[c.name]) for c in criteria]
        review = ApplicationReview(
            reviewer=ctx.actor.login,
            score=weighted_score(pairs),
            comment=comment.strip(),
            at=centre_now(),
            scores=[
                ApplicationReviewScore(position=i, criterion=c.name, weight=c.weight, score=v)
                for i, (c, (_, v)) in enumerate(zip(criteria, pairs, strict=True))
            ],
        )
        before = snapshot(a)
        a.reviews.append(review)
        a.score = mean_score([r.score for r in a.reviews])
        s.flush()
        changes = audit.diff(before, snapshot(a))
        changes["review"] = [
            None,
            {"reviewer": ctx.actor.login, "score": str(review.score), "scores": scores},
        ]
        audit.record(
            s,
            ctx,
            "review",
            "application",
            a.id,
            changes,
            f"{a.reference} reviewed: {review.score}/10",
        )
        return view(a)


def _ceiling(s: Session, a: FinancingApplication) -> ApprovalCeiling:
    p = a.programme
    budget = next((b.amount for b in p.budgets if b.year == a.year), None)
    return approval_ceiling(
        unit=p.unit,
        year=a.year,
        requested=a.requested_amount,
        eligible_cost=a.eligible_cost,
        cap_percent=p.cap_percent,
        company_cap=p.cap_per_company_year,
        company_committed=programmes.committed(s, p.id, a.year, a.company_id),
        budget=budget,
        budget_committed=programmes.committed(s, p.id, a.year),
    )


def approval_ceiling_for(ctx: AppContext, application_id: int) -> ApprovalCeiling:
    """The most the application may be approved for now, with the computation as text."""
    with ctx.db.read() as s:
        return _ceiling(s, load(s, application_id))


def ceiling_preview(
    ctx: AppContext,
    company_id: int,
    programme_id: int,
    year: int,
    requested: Decimal,
    eligible_cost: Decimal,
) -> ApprovalCeiling:
    """The ceiling an application with these figures would have now (the editor's hint while
    the user types): the same computation as approval, over what is committed today."""
    with ctx.db.read() as s:
        p = programmes.load(s, programme_id)
        budget = next((b.amount for b in p.budgets if b.year == year), None)
        return approval_ceiling(
            unit=p.unit,
            year=year,
            requested=requested,
            eligible_cost=eligible_cost,
            cap_percent=p.cap_percent,
            company_cap=p.cap_per_company_year,
            company_committed=programmes.committed(s, p.id, year, company_id),
            budget=budget,
            budget_committed=programmes.committed(s, p.id, year),
        )


@dataclass(frozen=True)
class ApprovalOutlook:
    """What the signed-in user may approve on an application now, and why not if nothing.

    ``ceiling`` holds the application's own bounds (requested, percentage, company cap,
    budget); ``role_limit`` is the user's approval limit where one bounds them (CNY only;
    ``None``: no limit applies). ``binding`` names the bound that sets ``maximum``: a
    :class:`workflow.Limit` key or ``"role_limit"``. ``blockers`` says, in the services' own
    words, why the user cannot approve now (empty when they can).
    """

    unit: str
    ceiling: ApprovalCeiling
    role_limit: Decimal | None
    role_limit_text: str
    maximum: Decimal
    binding: str
    text: str
    blockers: tuple[str, ...]

    @property
    def may_approve(self) -> bool:
        return not self.blockers


def approval_outlook(ctx: AppContext, application_id: int) -> ApprovalOutlook:
    """The most the signed-in user may approve on the application now, every bound that
    limits it, and why they cannot approve it (if so): for an approval form to show before
    anything is tried. :func:`approve_application` still decides."""
    roles = access.current_roles(None, ctx)
    with ctx.db.read() as s:
        a = load(s, application_id)
        ceiling = _ceiling(s, a)
        unit = a.programme.unit
        blockers: list[str] = []
        if not permissions.allowed(roles, "application.approve"):
            blockers.append(permissions.refusal(roles, "application.approve"))
        try:
            check_transition(a.reference, a.status, "approved")
        except ConflictError as error:
            blockers.append(error.message)
        else:
            if not a.reviews:
                blockers.append(_needs_review(a))
            elif any(r.reviewer.lower() == ctx.actor.login.lower() for r in a.reviews):
                blockers.append(REVIEWER_MAY_NOT_APPROVE)

    role_limit: Decimal | None = None
    role_text = ""
    if unit == "CNY":  # role limits are in yuan, as in approve_application
        role_limit = access.approval_limit_for(ctx, roles).amount
        if role_limit is not None:
            role_text = f"your approval limit {fmt_amount(role_limit, unit)}"
    maximum, binding = ceiling.ceiling, ceiling.binding
    if role_limit is not None and role_limit < maximum:
        maximum, binding = role_limit.quantize(Decimal("0.01")), "role_limit"
    if maximum <= 0 and not blockers:
        why = next((lim.text for lim in ceiling.limits if lim.key == binding), role_text)
        blockers.append(f"Nothing can be approved: {why}")
    parts = [lim.text for lim in ceiling.limits]
    if role_text:
        parts.append(role_text)
    text = "; ".join(parts) + f"; approved ≤ {fmt_amount(maximum, unit)}"
    return ApprovalOutlook(
        unit, ceiling, role_limit, role_text, maximum, binding, text, tuple(blockers)
    )


def _refuse_over_ceiling(amount: Decimal, unit: str, ceiling: ApprovalCeiling) -> None:
    if amount > ceiling.ceiling:
        raise ValidationError(
            {
                "approved_amount": (
                    f"{fmt_amount(amount, unit)} is more than may be approved: {ceiling.text}"
                )
            }
        )


def approve_application(
    ctx: AppContext,
    application_id: int,
    amount: Decimal | str,
    reason: str = "",
    expected_version: int | None = None,
) -> ApplicationView:
    """Approve ``amount`` (checked against the ceiling, the approver's limit and the rule
    that no reviewer of the application approves it)."""
    require(ctx, "application.approve", application_id)
    errors: dict[str, str] = {}
    value = parse_decimal(amount, "approved_amount", errors, places=2)
    if not errors and value <= 0:
        errors["approved_amount"] = "The approved amount must be more than zero"
    if errors:
        raise ValidationError(errors)
    # First a look without locks, so refusals that write an audit entry (they need their own
    # unit of work) happen before the write unit begins.
    with ctx.db.read() as s:
        a = load(s, application_id)
        check_transition(a.reference, a.status, "approved")
        unit = a.programme.unit
        reviewers = [r.reviewer for r in a.reviews]
        _refuse_over_ceiling(value, unit, _ceiling(s, a))
    for reviewer in reviewers:
        access.separate_duties(
            ctx,
            earlier_login=reviewer,
            earlier_step="reviewed",
            step="approve",
            entity_type="application",
            entity_id=application_id,
            action="application.approve",
        )
    if unit == "CNY":  # role limits are in yuan; GPU-hour vouchers are bounded by budgets
        access.check_approval_limit(
            ctx,
            value,
            entity_type="application",
            entity_id=application_id,
            action="application.approve",
        )
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        check_transition(a.reference, a.status, "approved")
        if not a.reviews:
            raise ConflictError(_needs_review(a), "status")
        if any(r.reviewer.lower() == ctx.actor.login.lower() for r in a.reviews):
            raise PermissionDenied(REVIEWER_MAY_NOT_APPROVE)
        # The programme's budget is spent one approval at a time: lock, then re-read the sums.
        programmes.load(s, a.programme_id, lock=True)
        s.refresh(a.programme, ["budgets"])
        ceiling = _ceiling(s, a)
        _refuse_over_ceiling(value, a.programme.unit, ceiling)
        before = snapshot(a)
        a.approved_amount = value
        a.decided_by = ctx.actor.login
        a.decided_at = centre_now()
        text = f"{fmt_amount(value, a.programme.unit)} approved ({ceiling.text})"
        move(s, ctx, a, "approved", f"{reason.strip()}; {text}" if reason.strip() else text,
             "approve", before)  # fmt: skip
        return view(a)


def reject_application(
    ctx: AppContext, application_id: int, reason: str, expected_version: int | None = None
) -> ApplicationView:
    """Refuse an application under review; the reason is required (the company is told)."""
    require(ctx, "application.reject", application_id)
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        check_transition(a.reference, a.status, "rejected")
        if not reason.strip():
            raise ValidationError({"reason": "Give the reason for the rejection"})
        before = snapshot(a)
        a.decided_by = ctx.actor.login
        a.decided_at = centre_now()
        move(s, ctx, a, "rejected", reason.strip(), "reject", before)
        return view(a)


def start_disbursing(
    ctx: AppContext, application_id: int, reason: str = "", expected_version: int | None = None
) -> ApplicationView:
    """Finance starts paying an approved application (not the person who approved it)."""
    require(ctx, "application.disburse", application_id)
    with ctx.db.read() as s:
        a = load(s, application_id)
        check_transition(a.reference, a.status, "disbursing")
        approver = a.decided_by
    access.separate_duties(
        ctx,
        earlier_login=approver,
        earlier_step="approved",
        step="record the disbursement of",
        entity_type="application",
        entity_id=application_id,
        action="application.disburse",
    )
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        check_transition(a.reference, a.status, "disbursing")
        problem = tranches.schedule_problem(a)
        if problem:
            raise ConflictError(problem, "tranches")
        move(s, ctx, a, "disbursing", reason.strip(), "disburse")
        return view(a)


def close_application(
    ctx: AppContext, application_id: int, reason: str = "", expected_version: int | None = None
) -> ApplicationView:
    """Close an application whose tranches are all paid."""
    require(ctx, "application.close", application_id)
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        check_transition(a.reference, a.status, "closed")
        problem = tranches.schedule_problem(a) or tranches.unpaid_problem(a)
        if problem:
            raise ConflictError(problem, "tranches")
        move(s, ctx, a, "closed", reason.strip(), "close")
        return view(a)
