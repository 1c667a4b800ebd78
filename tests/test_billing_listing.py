"""What the Billing page and a company's record read (billing.listing and billing.account), on
SQLite and PostgreSQL, over the small centre's charges (see tests/test_billing.py for its rents:
Alpha 40,000 a month from 2025-07 to 2026-06)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from adminapp.services.billing import account, charges, listing, payments, statement
from adminapp.services.billing.charges import ChargeInput
from adminapp.services.billing.payments import PaymentInput
from adminapp.services.listing_sql import ListQuery

d = dt.date
D = Decimal
AS_OF = d(2026, 3, 15)


@pytest.fixture
def billed(ctx, centre):
    """Rent up to June 2026, issued on 2026-01-01 up to 2026-06-30; Alpha paid 100,000 on
    2026-02-10 (a second payment of 5,000 reversed); Beta charged 2,000 utilities by hand."""
    charges.generate_charges(ctx, d(2026, 7, 1))
    charges.issue_charges(ctx, d(2026, 2, 28), on=d(2026, 1, 1))
    alpha, beta = centre.companies["alpha"], centre.companies["beta"]
    paid = payments.record_payment(ctx, PaymentInput(alpha, d(2026, 2, 10), "100000", "bank_transfer", "TX-100"))  # fmt: skip
    back = payments.record_payment(ctx, PaymentInput(alpha, d(2026, 2, 11), "5000", "cheque", "CHQ-7"))  # fmt: skip
    payments.reverse_payment(ctx, back, "Cheque bounced", d(2026, 2, 20))
    fee = charges.add_charge(
        ctx, ChargeInput(beta, "utilities", d(2026, 3, 10), "2000", "Electricity", issued_on=d(2026, 3, 1))
    )  # fmt: skip
    return {"alpha": alpha, "beta": beta, "paid": paid, "back": back, "fee": fee}


def q(**kw) -> ListQuery:
    kw.setdefault("as_of", AS_OF)
    return ListQuery(**kw)


def test_charges_are_filtered_in_sql_and_carry_their_status(ctx, centre, billed):
    alpha = billed["alpha"]
    rows = listing.list_charges(ctx, q(filters={"company_id": alpha}, sort="due", limit=100))
    assert [r.due_on.month for r in rows][:4] == [7, 8, 9, 10]
    assert len(rows) == 12 and {r.company_name for r in rows} == {"Alpha Models"}
    # 100,000 settles July and August 2025 and 20,000 of September, oldest first.
    assert [(r.status, r.unpaid) for r in rows[:4]] == [
        ("paid", D("0")), ("paid", D("0")), ("overdue", D("20000.00")), ("overdue", D("40000.00")),
    ]  # fmt: skip
    assert rows[-1].status == "scheduled"  # June 2026: not issued
    assert listing.count_charges(ctx, q(filters={"company_id": alpha, "status": "issued"})) == 8
    assert listing.count_charges(ctx, q(filters={"company_id": alpha, "status": "scheduled"})) == 4
    march = listing.list_charges(
        ctx, q(filters={"due_from": d(2026, 3, 1), "due_to": d(2026, 4, 1)})
    )
    assert {(r.company_name, r.kind) for r in march} == {
        ("Alpha Models", "rent"), ("Beta Apps", "rent"), ("Beta Apps", "utilities"),
    }  # fmt: skip
    assert listing.count_charges(ctx, q(filters={"kind": "utilities"})) == 1
    with pytest.raises(ValueError):
        listing.list_charges(ctx, q(filters={"status": "paid"}))


def test_charges_search_names_in_both_languages_and_descriptions(ctx, centre, billed):
    assert {r.company_name for r in listing.list_charges(ctx, q(search="贝塔"))} == {"Beta Apps"}
    found = listing.list_charges(ctx, q(search="electricity"))
    assert [r.id for r in found] == [billed["fee"]]
    assert listing.list_charges(ctx, q(search="nobody")) == []
    by_company = listing.list_charges(ctx, q(sort="company", limit=500))
    names = [r.company_name for r in by_company]
    assert names == sorted(names)


def test_payments_list_filters_and_reversals(ctx, centre, billed):
    rows = listing.list_payments(ctx, q())
    assert [(r.reference, r.reversed_on) for r in rows] == [
        ("CHQ-7", d(2026, 2, 20)), ("TX-100", None),
    ]  # fmt: skip
    assert [r.reference for r in listing.list_payments(ctx, q(filters={"reversed": False}))] == [
        "TX-100"
    ]
    assert [r.reference for r in listing.list_payments(ctx, q(filters={"reversed": True}))] == [
        "CHQ-7"
    ]
    assert [r.id for r in listing.list_payments(ctx, q(search="tx-1"))] == [billed["paid"]]
    feb = q(filters={"received_from": d(2026, 2, 11), "received_to": d(2026, 3, 1)})
    assert listing.count_payments(ctx, feb) == 1
    assert listing.get_payment(ctx, billed["back"]).reversal_reason == "Cheque bounced"


def test_deposits_by_lease_with_each_step(ctx, centre, billed):
    lid = centre.leases["L1"]  # asks 48,000
    payments.deposit_step(ctx, lid, "charge", "48000", d(2025, 6, 20))
    payments.deposit_step(ctx, lid, "receipt", "30000", d(2025, 6, 25))
    payments.deposit_step(ctx, lid, "application", "5000", d(2026, 1, 5))
    row = listing.get_deposit_row(ctx, lid)
    assert (row.deposit, row.charged, row.received, row.applied, row.held) == (
        D("48000.00"), D("48000.00"), D("30000.00"), D("5000.00"), D("25000.00"),
    )  # fmt: skip
    held = listing.list_deposits(ctx, q(filters={"held": True}))
    assert [r.id for r in held] == [lid]
    assert [s.kind for s in listing.deposit_steps(ctx, lid)] == ["charge", "receipt", "application"]
    assert listing.count_deposits(ctx, q()) >= 1


def test_settlement_shows_how_a_payment_settles_oldest_first(ctx, centre, billed):
    s = account.settlement(ctx, billed["alpha"], AS_OF, D("70000"))
    # Issued by 15 March: July 2025 to February 2026 (8 × 40,000), 100,000 paid.
    assert s.balance == D("220000.00")
    assert [(i.open, i.settled) for i in s.items[:3]] == [
        (D("20000.00"), D("20000.00")), (D("40000.00"), D("40000.00")),
        (D("40000.00"), D("10000.00")),
    ]  # fmt: skip
    assert s.excess == D("0") and s.balance_after == D("150000.00")
    over = account.settlement(ctx, billed["alpha"], AS_OF, D("250000"))
    assert over.excess == D("30000.00") and over.balance_after == D("-30000.00")


def test_company_account_and_over_90_agree_with_the_statement(ctx, centre, billed):
    alpha = billed["alpha"]
    a = account.company_account(ctx, alpha, AS_OF, limit=3)
    st = statement.statement(ctx, alpha, d(2025, 1, 1), AS_OF)
    assert a.position.balance == st.closing
    assert [c.due_on for c in a.charges] == [d(2026, 2, 1), d(2026, 1, 1), d(2025, 12, 1)]
    assert [p.reference for p in a.payments] == ["CHQ-7", "TX-100"]
    rows = {r.company_id: r for r in statement.arrears(ctx, AS_OF)}
    assert a.over_90 == rows[alpha].over_90 is True
    over = account.companies_over_90(ctx, AS_OF)
    assert over == {r.company_id for r in rows.values() if r.over_90}
    assert account.companies_over_90(ctx, d(2025, 12, 31)) == set()  # nothing issued yet
