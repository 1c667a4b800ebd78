"""A lease's rent month by month: proration by day, February and leap years, rent steps inside
a month, rent-free months, termination. Figures worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from adminapp.services.billing.schedule import LeaseTerms, month_charge, months_of

d = dt.date
D = Decimal


def terms(start, end, *, rate="100", area="100", steps=(), free=0, terminated=None) -> LeaseTerms:
    return LeaseTerms(start, end, terminated, D(area), D(rate),
                      tuple((a, D(r)) for a, r in steps), free)  # fmt: skip


def test_whole_months_are_the_monthly_rent():
    t = terms(d(2026, 1, 1), d(2027, 1, 1))  # 100 m² at 100/m²/month = 10,000 a month
    months = months_of(t, d(2027, 1, 1))
    assert len(months) == 12 and {m.amount for m in months} == {D("10000.00")}
    assert (months[0].period_start, months[0].period_end) == (d(2026, 1, 1), d(2026, 2, 1))


def test_a_mid_month_start_and_end_are_prorated_by_day():
    t = terms(d(2026, 3, 10), d(2026, 5, 20))
    first, full, last = months_of(t, d(2027, 1, 1))
    # March: 22 of 31 days → 10,000 × 22 / 31 = 7,096.774… → 7,096.77
    assert (first.period_start, first.period_end, first.amount) == (
        d(2026, 3, 10), d(2026, 4, 1), D("7096.77"),
    )  # fmt: skip
    assert full.amount == D("10000.00")
    # May: the 1st to the 19th (the 20th is the first day after the term) → 19/31 → 6,129.03
    assert (last.period_start, last.period_end, last.amount) == (
        d(2026, 5, 1), d(2026, 5, 20), D("6129.03"),
    )  # fmt: skip


def test_february_and_leap_years():
    # From 15 February: 14 of 28 days in 2026 (half), 15 of 29 days in 2028.
    assert month_charge(terms(d(2026, 2, 15), d(2027, 1, 1)), d(2026, 2, 1)).amount == D("5000.00")
    # 10,000 × 15 / 29 = 5,172.413… → 5,172.41
    assert month_charge(terms(d(2028, 2, 15), d(2029, 1, 1)), d(2028, 2, 1)).amount == D("5172.41")
    # A lease of February alone costs a whole month whatever the year.
    assert month_charge(terms(d(2028, 2, 1), d(2028, 3, 1)), d(2028, 2, 1)).amount == D("10000.00")


def test_a_rent_step_inside_a_month_splits_it():
    # 100 until the 16th of June, 130 from then: 15 days at 100, 15 at 130 of 30 days.
    t = terms(d(2026, 1, 1), d(2027, 1, 1), steps=[(d(2026, 6, 16), "130")])
    june = month_charge(t, d(2026, 6, 1))
    assert june.amount == D("11500.00")  # 10,000 × 15/30 + 13,000 × 15/30
    assert month_charge(t, d(2026, 7, 1)).amount == D("13000.00")
    assert month_charge(t, d(2026, 5, 1)).amount == D("10000.00")


def test_rounding_is_once_per_charge_to_the_fen():
    # 3 m² at 33.3333/m²/month = 99.9999 a month; 10 of 31 days = 32.2580… → 32.26 once
    # (rounding each day first would give 31 × … differently).
    t = terms(d(2026, 1, 22), d(2027, 1, 1), rate="33.3333", area="3")
    assert month_charge(t, d(2026, 1, 1)).amount == D("32.26")


def test_rent_free_months_from_the_start():
    # Two rent-free months from 10 March: free until 10 May; May bills the 10th to the 31st.
    t = terms(d(2026, 3, 10), d(2027, 3, 10), free=2)
    months = {m.period_start.month: m.amount for m in months_of(t, d(2026, 7, 1))}
    assert months[3] == D("0.00") and months[4] == D("0.00")
    assert months[5] == D("7096.77")  # 22 of 31 days
    assert months[6] == D("10000.00")


def test_termination_stops_charges_from_its_date():
    t = terms(d(2026, 1, 1), d(2027, 1, 1), terminated=d(2026, 4, 16))
    months = months_of(t, d(2027, 1, 1))
    assert [m.period_start.month for m in months] == [1, 2, 3, 4]
    assert (months[-1].period_end, months[-1].amount) == (d(2026, 4, 16), D("5000.00"))  # 15/30
    # Terminated on its first day: nothing at all.
    assert (
        months_of(terms(d(2026, 1, 1), d(2027, 1, 1), terminated=d(2026, 1, 1)), d(2027, 1, 1))
        == []
    )


def test_only_months_starting_before_the_date():
    t = terms(d(2026, 1, 15), d(2027, 1, 1))
    assert [m.period_start for m in months_of(t, d(2026, 3, 1))] == [d(2026, 1, 15), d(2026, 2, 1)]
    assert [m.period_start for m in months_of(t, d(2026, 3, 2))][-1] == d(2026, 3, 1)
