"""Billing on the small centre (tests/factories.py), on SQLite and PostgreSQL.

Monthly rents: L1 Alpha 200 m² × 200 = 40,000 (2025-07 to 2026-06); L2 Beta 200 m² × 150 =
30,000 from 2026-03 (January and February rent-free), 33,000 from 2027; L3 Gamma 300 m² × 100 =
30,000 (2024); L4 Gamma 300 m² × 110 = 33,000 from 2025-03, terminated 2026-03-01; L5 Delta
250 m² × 180 = 45,000 (2026-05 to 2026-09).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from adminapp.errors import ConflictError, ValidationError
from adminapp.models import Charge
from adminapp.services import leases
from adminapp.services.billing import charges, ledger, payments, statement
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.billing.payments import PaymentInput
from adminapp.services.context import centre_today
from tests.dbstate import dump

d = dt.date
D = Decimal


def _rent(ctx, lease_id):
    with ctx.db.read() as s:
        return [
            (c.period_start, c.period_end, c.amount, c.issued_on is not None, c.corrects_id)
            for c in s.scalars(
                select(Charge).where(Charge.lease_id == lease_id).order_by(Charge.id)
            )
        ]


def _charge(ctx, company_id, kind, due, amount, text):
    """A charge added by hand, issued on its due date."""
    return charges.add_charge(ctx, ChargeInput(company_id, kind, due, amount, text, issued_on=due))


def _position(ctx, company_id, as_of):
    with ctx.db.read() as s:
        return ledger.position(s, company_id, as_of)


def test_generation_follows_the_leases_and_is_idempotent(ctx, centre):
    first = charges.generate_charges(ctx, d(2026, 7, 1))
    # L1 12, L2 4 (March-June; two rent-free months bill nothing), L3 12, L4 12 (2025-03 to
    # 2026-02), L5 2 (May, June).
    assert (first.created, first.updated, first.removed, first.corrections) == (42, 0, 0, 0)
    assert [a for _, _, a, _, _ in _rent(ctx, centre.leases["L2"])] == [D("30000.00")] * 4
    before = dump(ctx.db)
    again = charges.generate_charges(ctx, d(2026, 7, 1))
    assert not again.changed and dump(ctx.db) == before  # nothing twice, no audit entry
    later = charges.generate_charges(ctx, d(2026, 8, 1))
    assert (later.created, later.total) == (2, D("75000.00"))  # L2 and L5 for July


def test_editing_a_lease_adjusts_only_scheduled_charges_and_credits_issued_ones(ctx, centre):
    charges.generate_charges(ctx, d(2026, 10, 1))
    charges.issue_charges(ctx, d(2026, 7, 31), on=d(2026, 7, 1))
    lid = centre.leases["L5"]  # Delta, 45,000 a month May-September
    # Terminated on 16 August: August is issued (credit 16 of 31 days), September scheduled.
    leases.terminate_lease(ctx, lid, d(2026, 8, 16), "Moved out early")
    rows = _rent(ctx, lid)
    # The termination brought the months generated in line at once: May, June, July issued
    # and unchanged; August was scheduled and now bills the 1st-15th (15/31 × 45,000 =
    # 21,774.19); September, scheduled, is removed.
    assert [(p.month, a, issued) for p, _, a, issued, _ in rows] == [
        (5, D("45000.00"), True), (6, D("45000.00"), True), (7, D("45000.00"), True),
        (8, D("21774.19"), False),
    ]  # fmt: skip
    assert not charges.generate_charges(ctx, d(2026, 10, 1)).changed


def test_a_change_to_an_issued_month_is_a_credit_note_never_a_rewrite(ctx, centre):
    charges.generate_charges(ctx, d(2026, 10, 1))
    charges.issue_charges(ctx, d(2026, 9, 30), on=d(2026, 9, 1))
    lid = centre.leases["L5"]
    leases.terminate_lease(ctx, lid, d(2026, 9, 11), "Insolvency")
    rows = _rent(ctx, lid)
    september = next(r for r in rows if r[0] == d(2026, 9, 1) and r[4] is None)
    assert september[2] == D("45000.00")  # the issued charge as it was
    note = rows[-1]
    # 10 of 30 days are billed now: 15,000; the credit note is the 30,000 difference.
    assert note[2] == D("-30000.00") and note[4] is not None and note[3] is False
    assert not charges.generate_charges(ctx, d(2026, 10, 1)).changed  # and only once
    # An edit of the lease's rate changes nothing issued either: corrections only.
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Charge).where(
            Charge.lease_id == lid, Charge.corrects_id.is_not(None))) == 1  # fmt: skip


def test_charges_by_hand_and_credit_notes(ctx, centre):
    alpha = centre.companies["alpha"]
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        charges.add_charge(ctx, ChargeInput(None, "rent", None, "-5", ""))
    assert set(err.value.errors) == {"kind", "amount", "due_on", "description", "company_id"}
    assert dump(ctx.db) == before
    cid = charges.add_charge(
        ctx, ChargeInput(alpha, "utilities", d(2026, 6, 30), "1,234.565", "June electricity")
    )
    with ctx.db.read() as s:
        assert s.get(Charge, cid).amount == D("1234.57")  # rounded to the fen, half up
    with pytest.raises(ValidationError) as err:
        charges.credit_note(ctx, cid, "2000", "Meter misread")
    assert "At most 1234.57" in err.value.errors["amount"]
    charges.credit_note(ctx, cid, "234.57", "Meter misread")
    with pytest.raises(ConflictError):
        charges.delete_scheduled(ctx, cid)  # issued: never deleted
    assert _position(ctx, alpha, centre_today()).owed == D("1000.00")


def test_payments_settle_the_oldest_charges_first_and_excess_is_credit(ctx, centre):
    alpha = centre.companies["alpha"]
    a = _charge(ctx, alpha, "service_fee", d(2026, 1, 10), "100", "Jan")
    b = _charge(ctx, alpha, "service_fee", d(2026, 3, 10), "200", "Mar")
    c = _charge(ctx, alpha, "service_fee", d(2026, 2, 10), "300", "Feb")
    payments.record_payment(ctx, PaymentInput(alpha, d(2026, 4, 1), "350", reference="TX-1"))
    p = _position(ctx, alpha, d(2026, 4, 30))
    # 350 settles January (100) and February (300) in part: 250 of it.
    assert [(o.charge_id, o.open) for o in p.open_charges] == [(c, D("50.00")), (b, D("200.00"))]
    assert p.balance == D("250.00") and a not in [o.charge_id for o in p.open_charges]
    payments.record_payment(ctx, PaymentInput(alpha, d(2026, 5, 1), "400"))
    p = _position(ctx, alpha, d(2026, 5, 31))
    assert p.open_charges == [] and p.balance == D("-150.00") and p.credit == D("150.00")


def test_arrears_by_age_on_any_date_reproducibly(ctx, centre):
    beta = centre.companies["beta"]
    for due, amount in ((d(2026, 1, 1), "100"), (d(2026, 2, 15), "200"), (d(2026, 3, 20), "300"),
                        (d(2026, 4, 10), "400")):  # fmt: skip
        _charge(ctx, beta, "other", due, amount, f"Due {due}")
    # Issued ahead of its due date: owed, not yet in arrears.
    charges.add_charge(ctx, ChargeInput(beta, "other", d(2026, 5, 30), "500", "May",
                                        issued_on=d(2026, 4, 30)))  # fmt: skip
    p = _position(ctx, beta, d(2026, 5, 1))
    # On 1 May: Jan 120 days, Feb 75, Mar 42, Apr 21 overdue; May not yet due.
    assert p.buckets == {"0-30": D("400"), "31-60": D("300"), "61-90": D("200"), "90+": D("100")}
    assert p.not_due == D("500") and p.balance == D("1500")
    assert _position(ctx, beta, d(2026, 5, 1)).buckets == p.buckets  # same answer again
    with ctx.db.read() as s:
        assert beta in ledger.companies_over_90(s, d(2026, 5, 1))
        assert beta not in ledger.companies_over_90(s, d(2026, 3, 31))  # Jan was 89 days late


def test_a_payment_is_reversed_with_a_reason_never_deleted(ctx, centre):
    gamma = centre.companies["gamma"]
    _charge(ctx, gamma, "other", d(2026, 1, 1), "500", "Fit-out")
    pid = payments.record_payment(ctx, PaymentInput(gamma, d(2026, 2, 1), "500", reference="B-9"))
    with pytest.raises(ValidationError) as err:
        payments.record_payment(ctx, PaymentInput(gamma, d(2026, 2, 2), "500", reference="B-9"))
    assert "already has reference B-9" in err.value.errors["reference"]
    with pytest.raises(ValidationError) as err:
        payments.reverse_payment(ctx, pid, "  ")
    assert "reversal_reason" in err.value.errors
    payments.reverse_payment(ctx, pid, "Transfer bounced", d(2026, 3, 1))
    assert _position(ctx, gamma, d(2026, 2, 15)).balance == D("0.00")  # before the reversal
    assert _position(ctx, gamma, d(2026, 3, 1)).balance == D("500.00")  # from its date
    with pytest.raises(ConflictError):
        payments.reverse_payment(ctx, pid, "again")
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Charge)) == 1


def test_deposits_are_charged_held_applied_and_refunded_after_the_lease(ctx, centre):
    lid, alpha = centre.leases["L1"], centre.companies["alpha"]  # deposit 48,000, ends 2026-07-01
    with pytest.raises(ValidationError) as err:
        payments.deposit_step(ctx, lid, "charge", "50000", d(2025, 6, 20))
    assert "asks for a deposit of 48000" in err.value.errors["amount"]
    payments.deposit_step(ctx, lid, "charge", "48000", d(2025, 6, 20))
    with pytest.raises(ValidationError):
        payments.deposit_step(ctx, lid, "application", "1", d(2025, 6, 21))  # nothing held
    payments.deposit_step(ctx, lid, "receipt", "48000", d(2025, 6, 25), reference="DEP-1")
    _charge(ctx, alpha, "damages", d(2026, 7, 5), "8000", "Broken glass")
    payments.deposit_step(ctx, lid, "application", "8000", d(2026, 7, 10), note="Damages")
    with pytest.raises(ValidationError) as err:
        payments.deposit_step(ctx, lid, "refund", "40000", d(2026, 6, 30))
    assert "once the lease has ended" in err.value.errors["on_date"]
    with pytest.raises(ValidationError) as err:
        payments.deposit_step(ctx, lid, "refund", "40000.01", d(2026, 7, 15))
    assert "Only 40000.00 of the deposit is held" in err.value.errors["amount"]
    payments.deposit_step(ctx, lid, "refund", "40000", d(2026, 7, 15), reference="REF-7")
    dep = payments.get_deposit(ctx, lid)
    assert (dep.charged, dep.received, dep.applied, dep.refunded, dep.held) == (
        D("48000"), D("48000"), D("8000"), D("40000"), D("0"),
    )  # fmt: skip
    assert payments.get_deposit(ctx, lid, d(2026, 7, 1)).held == D("48000")
    # The deposit applied settled the damages.
    assert _position(ctx, alpha, d(2026, 7, 31)).balance == D("0.00")


def test_the_statement_closes_on_the_arrears_figure(ctx, centre):
    charges.generate_charges(ctx, d(2026, 7, 1))
    charges.issue_charges(ctx, d(2026, 6, 30), on=d(2026, 1, 1))
    alpha = centre.companies["alpha"]
    payments.record_payment(ctx, PaymentInput(alpha, d(2026, 2, 3), "80000", reference="T1"))
    pid = payments.record_payment(ctx, PaymentInput(alpha, d(2026, 3, 2), "40000"))
    payments.reverse_payment(ctx, pid, "Bounced", d(2026, 3, 5))
    st = statement.statement(ctx, alpha, d(2026, 2, 1), d(2026, 3, 31))
    # Issued on 1 January: L1's 12 months (2025-07 to 2026-06), 480,000.
    assert st.opening == D("480000.00")
    assert [(ln.kind, ln.debit, ln.credit) for ln in st.lines] == [
        ("payment", D("0"), D("80000")), ("payment", D("0"), D("40000")),
        ("reversal", D("40000"), D("0")),
    ]  # fmt: skip
    assert st.closing == D("400000.00") == st.lines[-1].balance
    rows = {r.company_id: r for r in statement.arrears(ctx, d(2026, 3, 31))}
    assert rows[alpha].balance == st.closing
    # The oldest months are settled first: July and August 2025 paid, the rest overdue.
    assert rows[alpha].buckets["90+"] == D("40000.00") * 4  # Sep-Dec 2025 (due > 90 days)


def test_a_corrected_rate_changes_scheduled_months_and_supplements_issued_ones(ctx, centre):
    lid = centre.leases["L5"]  # Delta 7F-05, 250 m² at 180 = 45,000, May-September 2026
    charges.generate_charges(ctx, d(2026, 10, 1))
    charges.issue_charges(ctx, d(2026, 6, 30), on=d(2026, 5, 1))  # May and June issued
    before = dump(ctx.db)
    with pytest.raises(ValidationError):  # a refused edit leaves the charges alone too
        leases.update_lease(ctx, lid, leases.LeaseInput(
            centre.companies["delta"], [centre.units["7F-05"]], d(2026, 5, 1), d(2026, 4, 1),
            "184"))  # fmt: skip
    assert dump(ctx.db) == before
    leases.update_lease(ctx, lid, leases.LeaseInput(
        centre.companies["delta"], [centre.units["7F-05"]], d(2026, 5, 1), d(2026, 10, 1),
        "184"))  # 250 × 184 = 46,000  # fmt: skip
    rows = _rent(ctx, lid)
    originals = [(p.month, a, issued) for p, _, a, issued, corr in rows if corr is None]
    assert originals == [
        (5, D("45000.00"), True), (6, D("45000.00"), True), (7, D("46000.00"), False),
        (8, D("46000.00"), False), (9, D("46000.00"), False),
    ]  # fmt: skip
    supplements = [(p.month, a) for p, _, a, _, corr in rows if corr is not None]
    assert supplements == [(5, D("1000.00")), (6, D("1000.00"))]
    with ctx.db.read() as s:  # issued May owes 46,000 once the supplement is issued too
        charges_total = s.scalar(select(func.sum(Charge.amount)).where(Charge.lease_id == lid))
    assert charges_total == D("230000.00")


def test_two_workstations_generating_or_keying_at_once(ctx, centre):
    from adminapp.db import Database
    from adminapp.services.context import Actor, AppContext
    from tests.racing import race

    stations = [AppContext(Database(ctx.db.url), Actor(f"fin{i}", f"ws{i}", frozenset({"finance"})))
                for i in range(2)]  # fmt: skip
    try:
        outcomes = race(*(lambda st=st: charges.generate_charges(st, d(2026, 7, 1))
                          for st in stations))  # fmt: skip
        assert sorted(o.created for o in outcomes) == [0, 42], outcomes
        keyed = PaymentInput(centre.companies["beta"], d(2026, 6, 1), "500", reference="DUP-1")
        outcomes = race(*(lambda st=st: payments.record_payment(st, keyed) for st in stations))
        assert sum(isinstance(o, int) for o in outcomes) == 1, outcomes
        assert sum(isinstance(o, ValidationError) for o in outcomes) == 1, outcomes
    finally:
        for st in stations:
            st.db.dispose()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Charge)) == 42


def test_generation_adds_new_months_and_a_full_run_reconciles_every_month(ctx, centre):
    lid = centre.leases["L5"]
    charges.generate_charges(ctx, d(2026, 8, 1))  # May, June, July
    with ctx.db.read() as s:
        june = s.scalars(select(Charge.id).where(Charge.lease_id == lid,
                                                 Charge.period_start == d(2026, 6, 1))).one()  # fmt: skip
    charges.delete_scheduled(ctx, june)  # deleted on purpose: a plain run leaves the gap
    later = charges.generate_charges(ctx, d(2026, 10, 1))
    assert (later.created, later.total) == (4, D("150000.00"))  # L5 2 × 45,000; L2 2 × 30,000
    assert [p.month for p, *_ in _rent(ctx, lid)] == [5, 7, 8, 9]
    full = charges.generate_charges(ctx, d(2026, 10, 1), full=True)
    assert (full.created, full.total) == (1, D("45000.00"))  # June again
    assert not charges.generate_charges(ctx, d(2026, 10, 1), full=True).changed


def test_charges_are_not_issued_in_the_future(ctx, centre):
    charges.generate_charges(ctx, d(2026, 7, 1))
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        charges.issue_charges(ctx, d(2026, 6, 30), on=centre_today() + dt.timedelta(days=1))
    assert err.value.errors == {"issued_on": "Charges cannot be issued in the future"}
    assert dump(ctx.db) == before


def test_a_credit_note_by_hand_survives_a_lease_edit(ctx, centre):
    """Reconciling a lease's months counts only the corrections generation made: a goodwill
    credit note stays, and no supplement undoes it."""
    lid = centre.leases["L5"]
    charges.generate_charges(ctx, d(2026, 8, 1))
    charges.issue_charges(ctx, d(2026, 7, 31), on=d(2026, 5, 1))
    with ctx.db.read() as s:
        may = s.scalars(select(Charge.id).where(Charge.lease_id == lid,
                                                Charge.period_start == d(2026, 5, 1))).one()  # fmt: skip
    charges.credit_note(ctx, may, "4500", "Goodwill: lift out of order", issued_on=d(2026, 5, 20))
    assert not charges.generate_charges(ctx, d(2026, 8, 1), full=True).changed
    leases.terminate_lease(ctx, lid, d(2026, 9, 1), "Leaving")  # follows the lease: nothing to do
    rows = _rent(ctx, lid)
    assert [(p.month, a) for p, _, a, _, corr in rows if corr is not None] == [(5, D("-4500.00"))]
