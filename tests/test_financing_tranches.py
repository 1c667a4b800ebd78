"""Disbursement in tranches: they add up to the approval, milestones first, two pairs of hands."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from adminapp.errors import ConflictError, PermissionDenied, StaleRecordError, ValidationError
from adminapp.models import AuditEntry
from adminapp.services import financing as fin
from tests.dbstate import dump
from tests.test_financing_setup import ON, as_user, make_programme, under_review

d = dt.date
T = fin.TrancheInput


@pytest.fixture
def approved(ctx, centre, tmp_path) -> int:
    """F2026-00001 for Alpha, approved ¥600,000 by "boss"."""
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path)
    fin.approve_application(as_user(ctx, "boss", "director"), app_id, "600000")
    return app_id


def test_tranches_must_add_up_to_the_approved_amount(ctx, approved):
    boss = as_user(ctx, "boss", "director")
    before = dump(ctx.db)
    for plan, message in (
        ([], "Plan at least one tranche"),
        ([T(d(2026, 7, 1), "200000", "Contract"), T(d(2026, 12, 1), "300000", "Go-live")],
         "The tranches add up to ¥500,000.00; they must add up to the approved ¥600,000.00"),
        ([T(d(2026, 7, 1), "0", "Contract")], "Tranche 1 needs an amount above zero"),
        ([T(None, "600000", "Contract")], "Tranche 1 needs a planned date"),
        ([T(d(2026, 7, 1), "600000", " ")], "Tranche 1 needs a milestone"),
        ([T(d(2026, 9, 1), "300000", "B"), T(d(2026, 7, 1), "300000", "A")],
         "List the tranches in the order of their planned dates"),
    ):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            fin.plan_tranches(boss, approved, plan)
        assert err.value.errors == {"tranches": message}
    assert dump(ctx.db) == before
    payer = as_user(ctx, "payer", "finance")
    with pytest.raises(ConflictError, match="Plan the tranches of F2026-00001 first"):
        fin.start_disbursing(payer, approved)
    seen = fin.get_application(ctx, approved)
    plan = [T(d(2026, 7, 1), "200000", "Contract signed"), T(d(2026, 12, 1), "400000", "Go-live")]
    app = fin.plan_tranches(boss, approved, plan, expected_version=seen.version)
    assert [(t.seq, t.amount, t.milestone) for t in app.tranches] == [
        (1, Decimal("200000.00"), "Contract signed"), (2, Decimal("400000.00"), "Go-live"),
    ]  # fmt: skip
    assert app.version == seen.version + 1
    with pytest.raises(StaleRecordError):
        fin.plan_tranches(boss, approved, plan, expected_version=seen.version)
    # A new plan replaces the old one while nothing is paid.
    app = fin.plan_tranches(boss, approved, [T(d(2026, 8, 1), "600000", "Go-live")])
    assert [t.seq for t in app.tranches] == [1] and app.disbursed == 0


def test_a_tranche_is_paid_after_its_milestone_by_someone_who_did_not_approve(ctx, approved):
    boss = as_user(ctx, "boss", "director", "finance")
    payer = as_user(ctx, "payer", "finance")
    officer = as_user(ctx, "officer", "staff")
    fin.plan_tranches(
        boss,
        approved,
        [T(d(2026, 7, 1), "200000", "Contract"), T(d(2026, 12, 1), "400000", "Live")],
    )
    with pytest.raises(ConflictError, match="not disbursing"):
        fin.mark_milestone_met(officer, approved, 1, ON)
    fin.start_disbursing(payer, approved)
    with pytest.raises(ConflictError, match=r"tranche 1 \(Contract\) is not marked met yet"):
        fin.release_tranche(payer, approved, 1, d(2026, 7, 2), "BANK-001")
    fin.mark_milestone_met(officer, approved, 1, d(2026, 6, 30))
    with pytest.raises(ConflictError, match="already marked met"):
        fin.mark_milestone_met(officer, approved, 1, d(2026, 6, 30))
    before = dump(ctx.db)
    with pytest.raises(PermissionDenied) as err:
        fin.release_tranche(boss, approved, 1, d(2026, 7, 2), "BANK-001")
    assert err.value.message == (
        "You approved this application, so someone else must record the disbursement of it "
        "(separation of duties)"
    )
    for paid_on, ref, field in (
        (None, "BANK-001", "paid_on"),
        (d(2026, 7, 2), " ", "payment_reference"),
    ):
        with pytest.raises(ValidationError) as err:
            fin.release_tranche(payer, approved, 1, paid_on, ref)
        assert err.value.field == field
    after = dump(ctx.db)
    assert len(after.pop("audit_entries")) == len(before.pop("audit_entries")) + 1  # the denial
    assert after == before
    app = fin.release_tranche(payer, approved, 1, d(2026, 7, 2), "BANK-001")
    first = app.tranches[0]
    assert (first.paid_on, first.payment_reference, first.paid_by) == (
        d(2026, 7, 2), "BANK-001", "payer",
    )  # fmt: skip
    assert (first.milestone_met_on, first.milestone_met_by) == (d(2026, 6, 30), "officer")
    assert app.disbursed == Decimal("200000.00")
    with pytest.raises(ConflictError, match="was paid on 2026-07-02"):
        fin.release_tranche(payer, approved, 1, d(2026, 7, 3), "BANK-002")
    with pytest.raises(ConflictError, match=r"Tranche\(s\) 2 of F2026-00001 are not paid yet"):
        fin.close_application(payer, approved)
    with pytest.raises(ConflictError, match="tranches are planned after approval"):
        fin.plan_tranches(boss, approved, [T(d(2026, 8, 1), "600000", "Go-live")])
    fin.mark_milestone_met(officer, approved, 2, d(2026, 12, 1))
    fin.release_tranche(payer, approved, 2, d(2026, 12, 3), "BANK-002")
    app = fin.close_application(payer, approved, "All paid")
    assert (app.status, app.disbursed) == ("closed", Decimal("600000.00"))
    with ctx.db.read() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "application", AuditEntry.entity_id == approved)
                .order_by(AuditEntry.id)
            )
        )
    assert actions[-9:] == [
        "approve", "plan_tranches", "disburse", "milestone_met", "denied", "release",
        "milestone_met", "release", "close",
    ]  # fmt: skip
