"""The company page's service: figures, lists and flags of one company as of a date.

A hand-built company "Omega" on the small centre (tests/factories.py), as of 2026-06-15 (A):
- lease X: 7F-04 (100 m²) [2025-08-15, 2026-08-14) at 100/m²/month → ¥10,000.00 a month; it
  ends 60 days after A with no renewal → ``lease_ending``;
- lease Y: 1F-01 (300 m²) [2026-03-01, 2026-08-01) at 120 → ¥36,000.00, renewed to 2027-08-01
  (the renewal is upcoming on A) → no flag;
- charges: 5,000 due 2026-03-01 (106 days overdue on A), 2,000 due 2026-06-01 (14 days); a
  payment of 1,000 on 2026-04-01 settles the oldest first: over 90 days 4,000, 0-30 2,000,
  balance 6,000;
- a subsidy application submitted on A (two documents attached) → with the arrears,
  ``arrears_while_applying``; later made "disbursing" with 500,000 approved, 200,000 paid on
  2026-06-01 and 300,000 on 2026-07-01 (after A).
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from adminapp.models import ApplicationTranche, Booking, FinancingApplication
from adminapp.services import companies, company_overview, leases
from adminapp.services import financing as fin
from adminapp.services.billing import charges, payments
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.billing.payments import PaymentInput
from adminapp.services.consultations import bookings
from adminapp.services.context import centre_today
from tests.consultation_setup import book, last_weekdays, setup_consulting
from tests.factories import credit_code
from tests.test_financing_setup import attach_all, make_programme

d = dt.date
D = Decimal
A = d(2026, 6, 15)


def _omega(ctx, centre, tmp_path):
    u = centre.units
    omega = companies.create_company(
        ctx,
        companies.CompanyInput(
            "Omega Robotics", credit_code(99), "base_technology", name_zh="欧米伽机器人",
            admitted_on=d(2025, 1, 1),
        ),
    ).id  # fmt: skip
    x = leases.create_lease(
        ctx, leases.LeaseInput(omega, [u["7F-04"]], d(2025, 8, 15), d(2026, 8, 14), "100")
    )
    y = leases.create_lease(
        ctx, leases.LeaseInput(omega, [u["1F-01"]], d(2026, 3, 1), d(2026, 8, 1), "120")
    )
    renewal = leases.renew_lease(ctx, y.id, d(2027, 8, 1))
    charges.add_charge(
        ctx, ChargeInput(omega, "other", d(2026, 3, 1), "5000", "Fit-out", issued_on=d(2026, 3, 1))
    )
    charges.add_charge(
        ctx, ChargeInput(omega, "service_fee", d(2026, 6, 1), "2000", "June", issued_on=d(2026, 6, 1))
    )  # fmt: skip
    payments.record_payment(ctx, PaymentInput(omega, d(2026, 4, 1), "1000"))
    programme = make_programme(ctx)
    app = fin.create_application(
        ctx, fin.ApplicationInput(omega, programme, 2026, "600000", "2400000", "GPU rental")
    ).id
    attach_all(ctx, app, tmp_path)
    fin.submit_application(ctx, app, A)
    return omega, x, y, renewal, app


def test_figures_lists_and_flags_of_a_hand_built_company(ctx, centre, tmp_path):
    omega, x, y, renewal, app = _omega(ctx, centre, tmp_path)
    o = company_overview.overview(ctx, omega, A)
    f = o.figures
    assert f.area_leased == D("400.00")
    assert f.monthly_rent == D("46000.00")
    assert f.balance == D("6000.00") and f.over_90 == D("4000.00")
    assert o.account.position.buckets["0-30"] == D("2000.00")
    assert f.approved_support == 0 and f.disbursed_support == 0
    assert {x.reference: (x.status, x.successor) for x in o.leases} == {
        x.reference: ("active", ""),
        y.reference: ("active", renewal.reference),
        renewal.reference: ("upcoming", ""),
    }
    [line] = o.applications
    assert (line.status, line.programme_kind, line.requested) == (
        "submitted", "subsidy", D("600000.00")
    )  # fmt: skip
    assert sorted(doc.kind for doc in o.documents) == ["Business licence", "Compute contract"]
    assert {doc.application_id for doc in o.documents} == {app}
    kinds = {(e.entity_type, e.action) for e in o.history}
    assert {("company", "create"), ("lease", "renew"), ("application", "submit")} <= kinds
    flags = {flag.code: flag for flag in o.flags}
    assert set(flags) == {"arrears_while_applying", "lease_ending"}
    assert flags["arrears_while_applying"].amount == D("4000.00")
    assert flags["arrears_while_applying"].references == (line.reference,)
    assert flags["arrears_while_applying"].severity == "critical"
    assert flags["lease_ending"].references == (x.reference,)  # Y is renewed: not flagged
    assert flags["lease_ending"].on == d(2026, 8, 14)
    assert "in 60 days" in flags["lease_ending"].message
    # 91 days before X's end it is not yet "ending".
    later = company_overview.overview(ctx, omega, d(2026, 5, 14))
    assert "lease_ending" not in {flag.code for flag in later.flags}


def test_paying_off_the_arrears_lifts_the_flag(ctx, centre, tmp_path):
    omega, *_ = _omega(ctx, centre, tmp_path)
    payments.record_payment(ctx, PaymentInput(omega, d(2026, 6, 10), "4000"))
    o = company_overview.overview(ctx, omega, A)
    assert o.figures.over_90 == 0 and o.figures.balance == D("2000.00")
    assert "arrears_while_applying" not in {flag.code for flag in o.flags}
    # Before the payment, on 2026-06-09, the arrears and the flag were there... but the
    # application was not submitted yet (2026-06-15): a draft is not an open application.
    with ctx.db.write() as s:
        s.get(FinancingApplication, o.applications[0].id).status = "draft"
    before = company_overview.overview(ctx, omega, d(2026, 6, 9))
    assert before.figures.over_90 == D("4000.00")
    assert "arrears_while_applying" not in {flag.code for flag in before.flags}


def test_approved_and_disbursed_support_up_to_the_date(ctx, centre, tmp_path):
    omega, _x, _y, _renewal, app = _omega(ctx, centre, tmp_path)
    with ctx.db.write() as s:  # hand-set: the decision and payment services are tested elsewhere
        a = s.get(FinancingApplication, app)
        a.status, a.approved_amount = "disbursing", D("500000")
        for seq, (on, amount) in enumerate(
            ((d(2026, 6, 1), "200000"), (d(2026, 7, 1), "300000")), start=1
        ):
            s.add(ApplicationTranche(application_id=app, seq=seq, planned_on=on,
                                     amount=D(amount), milestone="m", milestone_met_on=on,
                                     paid_on=on))  # fmt: skip
    o = company_overview.overview(ctx, omega, A)
    assert o.figures.approved_support == D("500000.00")
    assert o.figures.disbursed_support == D("200000.00")
    assert o.applications[0].disbursed == D("200000.00")
    assert "arrears_while_applying" in {flag.code for flag in o.flags}  # disbursing is open
    after = company_overview.overview(ctx, omega, d(2026, 7, 1))
    assert after.figures.disbursed_support == D("500000.00")


def _no_shows(ctx, cs, company_id: int, n: int) -> None:
    for day in last_weekdays(n):
        with ctx.db.write() as s:  # a session booked earlier that has now happened
            b = s.get(Booking, book(ctx, cs, company_id, 1, 10).id)
            b.starts_at = dt.datetime.combine(day, dt.time(2), tzinfo=dt.UTC)
            b.ends_at = dt.datetime.combine(day, dt.time(3), tzinfo=dt.UTC)
            booking_id, version = b.id, b.version + 1
        bookings.mark_no_show(ctx, booking_id, version)


def test_three_no_shows_in_90_days_flag_the_company(ctx, centre):
    cs = setup_consulting(ctx, centre)
    beta = centre.companies["beta"]
    _no_shows(ctx, cs, beta, 2)
    o = company_overview.overview(ctx, beta, centre_today())
    assert o.consultations.no_shows_90 == 2 and o.consultations.counts == {"no_show": 2}
    assert "no_shows" not in {flag.code for flag in o.flags}
    _no_shows(ctx, cs, beta, 1)
    o = company_overview.overview(ctx, beta, centre_today())
    [flag] = [flag for flag in o.flags if flag.code == "no_shows"]
    assert flag.count == 3 and o.consultations.no_shows_90 == 3
    assert len(o.consultations.recent) == 3


def test_the_small_centre_as_of_2026_06_15(ctx, centre):
    alpha = company_overview.overview(ctx, centre.companies["alpha"], A)
    assert alpha.figures.area_leased == D("200.00")
    assert alpha.figures.monthly_rent == D("40000.00")  # 200 m² at 200
    assert [flag.code for flag in alpha.flags] == ["lease_ending"]  # L1 ends 2026-07-01
    gamma = company_overview.overview(ctx, centre.companies["gamma"], A)
    assert gamma.figures.area_leased == 0 and gamma.flags == ()
    assert [x.status for x in gamma.leases] == ["terminated", "ended"]


def test_an_overview_is_quick(ctx, centre, tmp_path):
    omega, *_ = _omega(ctx, centre, tmp_path)
    company_overview.overview(ctx, omega, A)
    started = time.perf_counter()
    company_overview.overview(ctx, omega, A)
    assert time.perf_counter() - started < 0.5  # measured ~20 ms on the demo database
