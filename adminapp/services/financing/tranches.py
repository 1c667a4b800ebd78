"""Disbursement: an approved amount is paid in tranches that add up to it exactly.

A tranche is released (paid) only once its milestone is marked met, by a finance user who did
not approve the application, with the payment's date and reference. The application cannot
start disbursing without a schedule, nor close while a tranche is unpaid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm.attributes import flag_modified

from adminapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from adminapp.models import ApplicationTranche, FinancingApplication
from adminapp.services import access, audit
from adminapp.services.access import require
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext
from adminapp.services.financing.applications import ApplicationView, editing, load, view
from adminapp.services.financing.workflow import LABELS, fmt_amount


@dataclass
class TrancheInput:
    planned_on: dt.date | None
    amount: Decimal | str
    milestone: str


def schedule_problem(a: FinancingApplication) -> str | None:
    """Why the tranches do not match the approval (None when they do)."""
    if a.approved_amount is None:
        return f"Application {a.reference} has no approved amount"
    if not a.tranches:
        return f"Plan the tranches of {a.reference} first"
    total = sum((t.amount for t in a.tranches), Decimal(0))
    if total != a.approved_amount:
        unit = a.programme.unit
        return (
            f"The tranches add up to {fmt_amount(total, unit)}; they must add up to the "
            f"approved {fmt_amount(a.approved_amount, unit)}"
        )
    return None


def _snapshot(a: FinancingApplication) -> list[list[str]]:
    return [
        [
            str(t.seq), str(t.planned_on), str(t.amount), t.milestone,
            str(t.milestone_met_on or ""), str(t.paid_on or ""), t.payment_reference,
        ]
        for t in a.tranches
    ]  # fmt: skip


def plan_tranches(
    ctx: AppContext,
    application_id: int,
    tranches: list[TrancheInput],
    expected_version: int | None = None,
) -> ApplicationView:
    """Set the payment schedule of an approved application (it replaces any earlier plan)."""
    require(ctx, "tranche.plan", application_id)
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        if a.status != "approved":
            raise ConflictError(
                f"Application {a.reference} is {LABELS[a.status]}; tranches are planned "
                "after approval and before payments start",
                "status",
            )
        errors: dict[str, str] = {}
        rows = []
        if not tranches:
            errors["tranches"] = "Plan at least one tranche"
        for i, t in enumerate(tranches, start=1):
            e: dict[str, str] = {}
            amount = parse_decimal(t.amount, "amount", e, places=2)
            if not isinstance(t.planned_on, dt.date):
                errors["tranches"] = f"Tranche {i} needs a planned date"
            elif e or amount <= 0:
                errors["tranches"] = f"Tranche {i} needs an amount above zero"
            elif not t.milestone.strip():
                errors["tranches"] = f"Tranche {i} needs a milestone"
            rows.append((t.planned_on, amount, t.milestone.strip()))
        dates = [r[0] for r in rows]
        if "tranches" not in errors and dates != sorted(dates):
            errors["tranches"] = "List the tranches in the order of their planned dates"
        if not errors:
            total = sum((r[1] for r in rows), Decimal(0))
            if total != a.approved_amount:
                unit = a.programme.unit
                errors["tranches"] = (
                    f"The tranches add up to {fmt_amount(total, unit)}; they must add up to "
                    f"the approved {fmt_amount(a.approved_amount, unit)}"
                )
        if errors:
            raise ValidationError(errors)
        before = _snapshot(a)
        a.tranches.clear()
        s.flush()  # the old plan goes before the new rows take its (application, seq) keys
        a.tranches.extend(
            ApplicationTranche(seq=i, planned_on=d, amount=m, milestone=text)
            for i, (d, m, text) in enumerate(rows, start=1)
        )
        flag_modified(a, "purpose")  # a new schedule is a new version of the application
        s.flush()
        audit.record(
            s,
            ctx,
            "plan_tranches",
            "application",
            a.id,
            {"tranches": [before, _snapshot(a)]},
            f"{a.reference}: {len(rows)} tranche(s) planned",
        )
        return view(a)


def _tranche(a: FinancingApplication, seq: int) -> ApplicationTranche:
    for t in a.tranches:
        if t.seq == seq:
            return t
    raise NotFound(f"Application {a.reference} has no tranche {seq}")


def mark_milestone_met(
    ctx: AppContext, application_id: int, seq: int, on: dt.date | None
) -> ApplicationView:
    """Record that tranche ``seq``'s milestone was met on ``on`` (it may then be paid)."""
    require(ctx, "tranche.milestone", application_id)
    with ctx.db.write() as s:
        a = load(s, application_id, lock=True)
        if a.status != "disbursing":
            raise ConflictError(
                f"Application {a.reference} is {LABELS[a.status]}, not disbursing", "status"
            )
        t = _tranche(a, seq)
        if t.milestone_met_on is not None:
            raise ConflictError(f"The milestone of tranche {seq} is already marked met", "seq")
        if not isinstance(on, dt.date):
            raise ValidationError({"milestone_met_on": "Give the date the milestone was met"})
        t.milestone_met_on = on
        t.milestone_met_by = ctx.actor.login
        flag_modified(a, "purpose")
        s.flush()
        audit.record(
            s,
            ctx,
            "milestone_met",
            "application",
            a.id,
            {f"tranche {seq} milestone met": [None, str(on)]},
            f"{a.reference}: tranche {seq} milestone met ({t.milestone})",
        )
        return view(a)


def release_tranche(
    ctx: AppContext,
    application_id: int,
    seq: int,
    paid_on: dt.date | None,
    reference: str,
    expected_version: int | None = None,
) -> ApplicationView:
    """Record the payment of tranche ``seq`` (its milestone met; not by the approver)."""
    require(ctx, "tranche.release", application_id)
    with ctx.db.read() as s:
        approver = load(s, application_id).decided_by
    access.separate_duties(
        ctx,
        earlier_login=approver,
        earlier_step="approved",
        step="record the disbursement of",
        entity_type="application",
        entity_id=application_id,
        action="tranche.release",
    )
    with ctx.db.write() as s:
        a = editing(s, application_id, expected_version)
        if (a.decided_by or "").lower() == ctx.actor.login.lower():
            raise PermissionDenied(
                "You approved this application, so someone else must record the "
                "disbursement of it (separation of duties)"
            )
        if a.status != "disbursing":
            raise ConflictError(
                f"Application {a.reference} is {LABELS[a.status]}, not disbursing", "status"
            )
        t = _tranche(a, seq)
        if t.paid_on is not None:
            raise ConflictError(f"Tranche {seq} was paid on {t.paid_on}", "seq")
        if t.milestone_met_on is None:
            raise ConflictError(
                f"The milestone of tranche {seq} ({t.milestone}) is not marked met yet", "seq"
            )
        errors: dict[str, str] = {}
        if not isinstance(paid_on, dt.date):
            errors["paid_on"] = "Give the payment date"
        elif paid_on < t.milestone_met_on:
            errors["paid_on"] = (
                f"The payment cannot be dated before its milestone was met ({t.milestone_met_on})"
            )
        if not reference.strip():
            errors["payment_reference"] = "Give the payment's reference (bank or voucher number)"
        if errors:
            raise ValidationError(errors)
        t.paid_on = paid_on
        t.payment_reference = reference.strip()
        t.paid_by = ctx.actor.login
        flag_modified(a, "purpose")
        s.flush()
        audit.record(
            s,
            ctx,
            "release",
            "application",
            a.id,
            {f"tranche {seq} paid": [None, f"{t.amount} on {paid_on}, ref {t.payment_reference}"]},
            f"{a.reference}: tranche {seq} of {fmt_amount(t.amount, a.programme.unit)} paid",
        )
        return view(a)


def unpaid_problem(a: FinancingApplication) -> str | None:
    unpaid = [str(t.seq) for t in a.tranches if t.paid_on is None]
    if unpaid:
        return f"Tranche(s) {', '.join(unpaid)} of {a.reference} are not paid yet"
    return None
