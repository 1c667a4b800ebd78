"""Compute vouchers: an approved GPU-hour application is an allocation with a provider.

Consumption is recorded against it and can never exceed it: the application row is locked
(``FOR UPDATE`` on PostgreSQL; SQLite write units are serial) before what is left is read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from adminapp.errors import ConflictError, ValidationError
from adminapp.models import ComputeUsage
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.building import parse_decimal
from adminapp.services.context import AppContext, centre_now
from adminapp.services.financing.applications import ApplicationView, load, view
from adminapp.services.financing.workflow import LABELS, fmt_amount

IN_FORCE = ("approved", "disbursing")


def record_compute_usage(
    ctx: AppContext,
    application_id: int,
    used_on: dt.date | None,
    hours: Decimal | str,
    reference: str = "",
) -> ApplicationView:
    """Record GPU-hours used on an approved compute voucher; refused beyond what is left."""
    require(ctx, "voucher.consume", application_id)
    errors: dict[str, str] = {}
    amount = parse_decimal(hours, "hours", errors, places=2)
    if "hours" not in errors and amount <= 0:
        errors["hours"] = "GPU-hours used must be more than zero"
    if not isinstance(used_on, dt.date):
        errors["used_on"] = "Give the date the hours were used"
    if errors:
        raise ValidationError(errors)
    with ctx.db.write() as s:
        a = load(s, application_id, lock=True)
        unit = a.programme.unit
        if unit != "GPU_HOURS":
            raise ConflictError(
                f"Application {a.reference} is not a compute voucher (its unit is {unit})", "unit"
            )
        if a.status not in IN_FORCE:
            raise ConflictError(
                f"Application {a.reference} is {LABELS[a.status]}; GPU-hours are recorded "
                "against an approved voucher",
                "status",
            )
        used = sum((u.hours for u in a.usages), Decimal("0.00"))
        left = a.approved_amount - used
        if amount > left:
            raise ValidationError(
                {
                    "hours": (
                        f"Only {fmt_amount(left, unit)} are left on {a.reference} "
                        f"({fmt_amount(a.approved_amount, unit)} allocated with {a.provider}, "
                        f"{fmt_amount(used, unit)} used); {fmt_amount(amount, unit)} is too many"
                    )
                }
            )
        a.usages.append(
            ComputeUsage(
                used_on=used_on,
                hours=amount,
                reference=reference.strip(),
                recorded_by=ctx.actor.login,
                recorded_at=centre_now(),
            )
        )
        s.flush()
        audit.record(
            s,
            ctx,
            "consume",
            "application",
            a.id,
            {"gpu_hours_used": [str(used), str(used + amount)]},
            f"{a.reference}: {fmt_amount(amount, unit)} used on {used_on} ({a.provider})",
        )
        return view(a)
