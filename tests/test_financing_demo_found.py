"""Bugs found in the financing services while building the demo's financing history."""

from __future__ import annotations

import datetime as dt

import pytest

from adminapp.errors import ValidationError
from adminapp.services import financing as fin
from tests.dbstate import dump
from tests.test_financing_setup import as_user, make_programme, under_review

d = dt.date


def test_a_tranche_cannot_be_paid_before_its_milestone_was_met(ctx, centre, tmp_path):
    """Released only once its milestone is met: the payment's date cannot say otherwise
    (it was accepted, and the disbursements report then showed money paid before the
    milestone that released it)."""
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path)
    fin.approve_application(as_user(ctx, "boss", "director"), app_id, "600000")
    fin.plan_tranches(
        as_user(ctx, "boss", "director"),
        app_id,
        [fin.TrancheInput(d(2026, 7, 1), "600000", "Contract signed")],
    )
    payer = as_user(ctx, "payer", "finance")
    fin.start_disbursing(payer, app_id)
    fin.mark_milestone_met(as_user(ctx, "officer", "staff"), app_id, 1, d(2026, 7, 10))
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.release_tranche(payer, app_id, 1, d(2026, 7, 9), "BANK-001")
    assert err.value.errors == {
        "paid_on": "The payment cannot be dated before its milestone was met (2026-07-10)"
    }
    assert dump(ctx.db) == before
    paid = fin.release_tranche(payer, app_id, 1, d(2026, 7, 10), "BANK-001")  # the same day
    assert paid.tranches[0].paid_on == d(2026, 7, 10) and paid.disbursed == 600000
