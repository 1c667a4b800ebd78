"""What the application editor's panels ask the services: the approval outlook (every bound,
the one that binds, why this user cannot approve) and the GPU-hour usage records in the view."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from adminapp.errors import ConflictError, PermissionDenied, ValidationError
from adminapp.services import app_settings
from adminapp.services import financing as fin
from adminapp.services.financing.applications import ApplicationView, UsageView
from adminapp.services.financing.decisions import REVIEWER_MAY_NOT_APPROVE, approval_outlook
from tests.dbstate import dump
from tests.test_financing_setup import ON, as_user, make_programme, under_review

D = Decimal


def test_the_outlook_lists_the_ceiling_and_the_approvers_limit(ctx, centre, tmp_path):
    pid = make_programme(ctx, cap_per_company_year="5000000", budgets={2026: "9000000"})
    app_id = under_review(ctx, centre, pid, tmp_path, requested="1500000", cost="9000000")
    manager, director = as_user(ctx, "liu", "manager"), as_user(ctx, "chen", "director")

    seen = approval_outlook(manager, app_id)
    assert seen.ceiling == fin.approval_ceiling_for(manager, app_id)
    assert (seen.ceiling.binding, seen.ceiling.ceiling) == ("requested", D("1500000.00"))
    assert (seen.role_limit, seen.maximum, seen.binding) == (
        D("1000000.00"), D("1000000.00"), "role_limit",
    )  # fmt: skip
    assert seen.role_limit_text == "your approval limit ¥1,000,000.00"
    assert seen.text == (
        "requested ¥1,500,000.00; 30% of ¥9,000,000.00 = ¥2,700,000.00; company cap left "
        "¥5,000,000.00 (¥5,000,000.00 a year, ¥0.00 already approved in 2026); budget left "
        "¥9,000,000.00 of ¥9,000,000.00 for 2026; your approval limit ¥1,000,000.00; "
        "approved ≤ ¥1,000,000.00"
    )
    assert seen.may_approve and seen.blockers == ()

    # The outlook agrees with the service: the maximum passes, a fen more does not.
    with pytest.raises(PermissionDenied, match="above your approval limit of ¥1,000,000.00"):
        fin.approve_application(manager, app_id, seen.maximum + D("0.01"))
    boss = approval_outlook(director, app_id)  # no director limit unless one is set
    assert (boss.role_limit, boss.role_limit_text, boss.binding) == (None, "", "requested")
    assert boss.text == boss.ceiling.text and boss.maximum == D("1500000.00")

    app_settings.set_approval_limits(ctx, "1000000", "1200000")
    boss = approval_outlook(director, app_id)
    assert (boss.role_limit, boss.maximum, boss.binding) == (
        D("1200000.00"), D("1200000.00"), "role_limit",
    )  # fmt: skip
    fin.approve_application(manager, app_id, seen.maximum)


def test_the_outlook_says_why_this_user_cannot_approve(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    reviewed = under_review(ctx, centre, pid, tmp_path, reviewer="liu")
    liu = as_user(ctx, "liu", "manager", "staff")
    seen = approval_outlook(liu, reviewed)
    assert seen.blockers == (REVIEWER_MAY_NOT_APPROVE,) and not seen.may_approve
    with pytest.raises(PermissionDenied) as err:  # the service's words, not a copy
        fin.approve_application(liu, reviewed, "1000")
    assert err.value.message == REVIEWER_MAY_NOT_APPROVE

    clerk = as_user(ctx, "wang", "staff")
    before = dump(ctx.db)
    assert approval_outlook(clerk, reviewed).blockers == (
        "You may not approve financing: that needs the manager or director role (you hold staff)",
    )
    assert dump(ctx.db) == before  # asking writes nothing, not even an audit entry

    fresh = under_review(ctx, centre, pid, tmp_path, reviewer=None)
    boss = as_user(ctx, "boss", "director")
    assert approval_outlook(boss, fresh).blockers == (
        "Application F2026-00002 has not been reviewed yet; it needs a review first",
    )
    with pytest.raises(ConflictError, match="has not been reviewed yet; it needs a review first"):
        fin.approve_application(boss, fresh, "1000")

    draft = fin.withdraw_application(ctx, fresh, "Withdrawn by the company")
    assert approval_outlook(boss, draft.id).blockers == (
        "Application F2026-00002 cannot go from withdrawn to approved: withdrawn is final",
    )

    later = under_review(ctx, centre, pid, tmp_path, year=2027)
    nothing = approval_outlook(boss, later)
    assert (nothing.maximum, nothing.binding) == (D("0.00"), "budget")
    assert nothing.blockers == ("Nothing can be approved: no budget is set for 2027",)
    with pytest.raises(ValidationError, match="is more than may be approved"):
        fin.approve_application(boss, later, "0.01")


def test_gpu_hours_know_no_role_limit(ctx, centre, tmp_path):
    pid = make_programme(
        ctx,
        name_en="Compute voucher",
        kind="voucher",
        unit="GPU_HOURS",
        budgets={2026: "2000000"},
        cap_per_company_year=None,
        cap_percent=None,
    )
    app_id = under_review(
        ctx, centre, pid, tmp_path, requested="1500000", cost="1500000", provider="SenseCore"
    )
    seen = approval_outlook(as_user(ctx, "liu", "manager"), app_id)
    assert (seen.unit, seen.role_limit, seen.maximum, seen.binding) == (
        "GPU_HOURS", None, D("1500000.00"), "requested",
    )  # fmt: skip
    assert seen.text == seen.ceiling.text
    fin.approve_application(as_user(ctx, "liu", "manager"), app_id, seen.maximum)

    clerk = as_user(ctx, "clerk", "staff")
    fin.record_compute_usage(clerk, app_id, ON, "1000", "SC-01")
    app = fin.record_compute_usage(clerk, app_id, dt.date(2026, 7, 1), "250.5", "SC-02")
    assert [(u.used_on, u.hours, u.reference, u.recorded_by) for u in app.usages] == [
        (ON, D("1000.00"), "SC-01", "clerk"),
        (dt.date(2026, 7, 1), D("250.50"), "SC-02", "clerk"),
    ]
    assert all(isinstance(u, UsageView) and u.recorded_at.tzinfo for u in app.usages)
    assert fin.get_application(ctx, app_id).usages == app.usages
    assert app.gpu_hours_used == sum(u.hours for u in app.usages)


def test_the_usages_field_is_optional_for_older_callers(ctx, centre, tmp_path):
    app = fin.get_application(ctx, under_review(ctx, centre, make_programme(ctx), tmp_path))
    assert app.usages == []
    fields = {f.name: getattr(app, f.name) for f in dataclasses.fields(app)}
    fields.pop("usages")
    assert ApplicationView(**fields).usages == []  # built as before the field existed
