"""Approval: every ceiling, role limits, separation of duties, and no overspent budget."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import select

from adminapp.db import Database
from adminapp.errors import ConflictError, PermissionDenied, ValidationError
from adminapp.models import AuditEntry
from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from tests.dbstate import dump
from tests.test_financing_setup import (
    ON,
    as_user,
    make_programme,
    programme_input,
    under_review,
)

D = Decimal


def _ceiling(**overrides) -> fin.ApprovalCeiling:
    values = dict(
        unit="CNY",
        year=2026,
        requested=D("900000.00"),
        eligible_cost=D("2400000.00"),
        cap_percent=D("30"),
        company_cap=D("1000000.00"),
        company_committed=D("500000.00"),
        budget=D("5000000.00"),
        budget_committed=D("3000000.00"),
    )
    values.update(overrides)
    return fin.approval_ceiling(**values)


def test_the_ceiling_spells_out_its_computation():
    c = _ceiling()
    assert (c.ceiling, c.binding) == (D("500000.00"), "company_cap")
    assert c.text == (
        "requested ¥900,000.00; 30% of ¥2,400,000.00 = ¥720,000.00; "
        "company cap left ¥500,000.00 (¥1,000,000.00 a year, ¥500,000.00 already approved "
        "in 2026); budget left ¥2,000,000.00 of ¥5,000,000.00 for 2026; approved ≤ ¥500,000.00"
    )


@pytest.mark.parametrize(
    ("overrides", "binding", "ceiling"),
    [
        ({"requested": D("400000.00")}, "requested", D("400000.00")),
        ({"cap_percent": D("12.5")}, "percent", D("300000.00")),
        ({"company_committed": D("900000.00")}, "company_cap", D("100000.00")),
        ({"budget_committed": D("4950000.00")}, "budget", D("50000.00")),
        ({"budget": None}, "budget", D("0.00")),
        ({"company_committed": D("1200000.00")}, "company_cap", D("0.00")),  # never negative
    ],
)
def test_each_limit_can_be_the_binding_one(overrides, binding, ceiling):
    c = _ceiling(**overrides)
    assert (c.binding, c.ceiling) == (binding, ceiling)
    assert c.text.endswith(f"approved ≤ ¥{ceiling:,.2f}")


def test_percentages_round_down_to_the_fen_and_no_cap_means_no_line():
    c = _ceiling(
        eligible_cost=D("1000.01"), cap_percent=D("33.33"), company_cap=None, requested=D("999")
    )
    assert c.ceiling == D("333.30")  # 333.303333 rounded down: the cap is never exceeded
    assert "company cap" not in c.text
    hours = _ceiling(unit="GPU_HOURS", cap_percent=None, requested=D("800"))
    assert hours.text.startswith("requested 800.00 GPU-hours;")


# The service: requested 900,000 on a cost of 2,400,000 (30% → 720,000), cap 1,000,000/year.
CASES = {
    "requested": (dict(), dict(requested="400000"), D("400000.00")),
    "percent": (dict(), dict(), D("720000.00")),
    "company_cap": (dict(cap_per_company_year="650000"), dict(), D("650000.00")),
    "budget": (dict(budgets={2026: "610000"}), dict(), D("610000.00")),
}


@pytest.mark.parametrize("binding", list(CASES))
def test_approval_is_refused_above_each_ceiling(ctx, centre, tmp_path, binding):
    programme, draft, ceiling = CASES[binding]
    pid = make_programme(ctx, **programme)
    app_id = under_review(ctx, centre, pid, tmp_path, **({"requested": "900000"} | draft))
    boss = as_user(ctx, "boss", "director")
    shown = fin.approval_ceiling_for(boss, app_id)
    assert (shown.binding, shown.ceiling) == (binding, ceiling)
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.approve_application(boss, app_id, ceiling + D("0.01"))
    assert err.value.field == "approved_amount"
    assert err.value.message == (
        f"¥{ceiling + D('0.01'):,.2f} is more than may be approved: {shown.text}"
    )
    assert dump(ctx.db) == before
    app = fin.approve_application(boss, app_id, ceiling, "Strong case")
    assert (app.status, app.approved_amount, app.decided_by) == ("approved", ceiling, "boss")
    assert app.steps[-1].reason.startswith(f"Strong case; ¥{ceiling:,.2f} approved (requested")
    assert fin.budget_status(ctx, pid, 2026).committed == ceiling


def test_the_company_cap_counts_earlier_approvals_in_the_year(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    boss = as_user(ctx, "boss", "director")
    first = under_review(ctx, centre, pid, tmp_path, requested="700000", cost="9000000")
    fin.approve_application(boss, first, "700000")
    second = under_review(ctx, centre, pid, tmp_path, requested="700000", cost="9000000")
    c = fin.approval_ceiling_for(boss, second)
    assert (c.binding, c.ceiling) == ("company_cap", D("300000.00"))
    assert "¥700,000.00 already approved in 2026" in c.text
    other_year = under_review(ctx, centre, pid, tmp_path, requested="700000", year=2027)
    assert fin.approval_ceiling_for(boss, other_year).text.endswith(
        "no budget is set for 2027; approved ≤ ¥0.00"
    )


def test_the_approvers_role_limit_applies(ctx, centre, tmp_path):
    pid = make_programme(ctx, cap_per_company_year="5000000", budgets={2026: "9000000"})
    app_id = under_review(ctx, centre, pid, tmp_path, requested="1500000", cost="9000000")
    manager = as_user(ctx, "liu", "manager")
    before = dump(ctx.db)
    with pytest.raises(PermissionDenied) as err:
        fin.approve_application(manager, app_id, "1200000")
    assert err.value.message == (
        "¥1,200,000.00 is above your approval limit of ¥1,000,000.00; a director must approve it"
    )
    after = dump(ctx.db)
    assert len(after.pop("audit_entries")) == len(before.pop("audit_entries")) + 1
    assert after == before
    app = fin.approve_application(as_user(ctx, "chen", "director"), app_id, "1200000")
    assert (app.approved_amount, app.decided_by) == (D("1200000.00"), "chen")


def test_a_reviewer_cannot_approve_nor_the_approver_pay_out(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path, reviewer="liu")
    liu = as_user(ctx, "liu", "manager", "staff")
    before = dump(ctx.db)
    with pytest.raises(PermissionDenied) as err:
        fin.approve_application(liu, app_id, "100000")
    assert err.value.message == (
        "You reviewed this application, so someone else must approve it (separation of duties)"
    )
    after = dump(ctx.db)
    assert len(after.pop("audit_entries")) == len(before.pop("audit_entries")) + 1
    assert after == before
    boss = as_user(ctx, "boss", "director", "finance")
    fin.approve_application(boss, app_id, "100000")
    fin.plan_tranches(boss, app_id, [fin.TrancheInput(ON, "100000", "Go-live")])
    with pytest.raises(PermissionDenied, match="someone else must record the disbursement of it"):
        fin.start_disbursing(boss, app_id)
    payer = as_user(ctx, "payer", "finance")
    assert fin.start_disbursing(payer, app_id).status == "disbursing"


def test_an_application_needs_a_review_before_approval(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path, reviewer=None)
    with pytest.raises(ConflictError, match="has not been reviewed yet"):
        fin.approve_application(as_user(ctx, "boss", "director"), app_id, "1000")


def test_rejection_needs_a_reason_and_is_recorded(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path)
    boss = as_user(ctx, "boss", "manager")
    with pytest.raises(ValidationError) as err:
        fin.reject_application(boss, app_id, "")
    assert err.value.errors == {"reason": "Give the reason for the rejection"}
    app = fin.reject_application(boss, app_id, "Not a compute cost")
    assert (app.status, app.decided_by, app.steps[-1].reason) == (
        "rejected", "boss", "Not a compute cost",
    )  # fmt: skip
    assert fin.budget_status(ctx, pid, 2026).committed == 0


def test_every_step_is_audited_and_stale_decisions_are_refused(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path)
    seen = fin.get_application(ctx, app_id)
    fin.withdraw_application(ctx, app_id, "Changed its mind", expected_version=seen.version)
    with pytest.raises(ConflictError):  # stale: the form still shows "under review"
        fin.approve_application(as_user(ctx, "boss", "director"), app_id, "1000", "", seen.version)
    with ctx.db.read() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "application", AuditEntry.entity_id == app_id)
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "create", "attach", "attach", "submit", "start_review", "review", "withdraw",
    ]  # fmt: skip


def test_a_budget_cannot_be_cut_below_what_is_approved(ctx, centre, tmp_path):
    pid = make_programme(ctx)
    fin.approve_application(
        as_user(ctx, "boss", "director"), under_review(ctx, centre, pid, tmp_path), "600000"
    )
    status = fin.budget_status(ctx, pid, 2026)
    assert (status.budget, status.committed, status.remaining) == (
        D("5000000.00"), D("600000.00"), D("4400000.00"),
    )  # fmt: skip
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.update_programme(ctx, pid, programme_input(budgets={2026: "599999.99"}))
    assert err.value.errors == {
        "budgets": "The 2026 budget cannot be less than the ¥600,000.00 already approved in it"
    }
    assert dump(ctx.db) == before
    fin.update_programme(ctx, pid, programme_input(budgets={2026: "600000"}))


def test_two_managers_approving_at_once_never_overspend(ctx, centre, tmp_path):
    """Two workstations, one budget: together the approvals exceed it, so exactly one wins."""
    pid = make_programme(ctx, budgets={y: "1000000" for y in (2026, 2027, 2028)})
    pairs = [
        (
            under_review(ctx, centre, pid, tmp_path, company="alpha", year=year),
            under_review(ctx, centre, pid, tmp_path, company="beta", year=year),
        )
        for year in (2026, 2027, 2028)
    ]
    stations = [
        AppContext(Database(ctx.db.url), as_user(ctx, f"manager{i}", "manager").actor)
        for i in range(2)
    ]
    try:
        for year, pair in zip((2026, 2027, 2028), pairs, strict=True):
            barrier = threading.Barrier(2)
            outcomes: list[str] = []

            def approve(station, app_id, barrier=barrier, outcomes=outcomes):
                barrier.wait()
                try:
                    fin.approve_application(station, app_id, "600000")
                    outcomes.append("won")
                except ValidationError as exc:
                    assert "budget left ¥400,000.00 of ¥1,000,000.00" in exc.message
                    outcomes.append("refused")

            threads = [
                threading.Thread(target=approve, args=(station, app_id))
                for station, app_id in zip(stations, pair, strict=True)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert sorted(outcomes) == ["refused", "won"], outcomes
            status = fin.budget_status(ctx, pid, year)
            assert status.committed == D("600000.00") and status.remaining == D("400000.00")
    finally:
        for station in stations:
            station.db.dispose()
