"""A programme may refuse companies in rent arrears over 90 days (issue 6): the rule reads the
billing ledger on the submission date."""

from __future__ import annotations

import datetime as dt

import pytest

from adminapp.errors import ValidationError
from adminapp.services import financing as fin
from adminapp.services.billing import charges, payments
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.billing.payments import PaymentInput
from tests.dbstate import dump
from tests.test_financing_setup import ON, attach_all, make_draft, make_programme


def _owing_since(ctx, company_id, due: dt.date) -> int:
    return charges.add_charge(
        ctx, ChargeInput(company_id, "other", due, "5000", "Fit-out", issued_on=due)
    )


def test_a_company_over_90_days_in_arrears_cannot_apply_where_the_programme_says_so(
    ctx, centre, tmp_path
):
    alpha = centre.companies["alpha"]
    strict = make_programme(ctx, bars_arrears_over_90=True)
    lenient = make_programme(ctx, name_en="Talent subsidy")
    assert fin.get_programme(ctx, strict).bars_arrears_over_90
    _owing_since(ctx, alpha, ON - dt.timedelta(days=91))  # 91 days overdue on ON
    refused, allowed = make_draft(ctx, centre, strict), make_draft(ctx, centre, lenient)
    for app in (refused, allowed):
        attach_all(ctx, app, tmp_path)
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.submit_application(ctx, refused, ON)
    assert "¥5,000.00 of rent arrears over 90 days on 2026-06-15" in err.value.errors["company_id"]
    assert dump(ctx.db) == before
    fin.submit_application(ctx, allowed, ON)  # the other programme does not ask
    # Paid before the submission date: eligible.
    payments.record_payment(ctx, PaymentInput(alpha, ON - dt.timedelta(days=1), "5000"))
    fin.submit_application(ctx, refused, ON)
    assert fin.get_application(ctx, refused).status == "submitted"


def test_arrears_of_90_days_or_less_do_not_bar(ctx, centre, tmp_path):
    strict = make_programme(ctx, bars_arrears_over_90=True)
    _owing_since(ctx, centre.companies["alpha"], ON - dt.timedelta(days=90))
    app = make_draft(ctx, centre, strict)
    attach_all(ctx, app, tmp_path)
    fin.submit_application(ctx, app, ON)
    assert fin.get_application(ctx, app).status == "submitted"
