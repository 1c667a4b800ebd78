import datetime as dt
from decimal import Decimal as D

from adminapp import rent
from adminapp.services.lease_terms import add_months, lease_status, months_between, rate_on


def test_day_month_round_trip():
    per_month = rent.per_month_from_day(D("8"))
    assert per_month == D("243.3333")
    assert rent.per_day_from_month(per_month) == D("8.0000")


def test_monthly_rent_rounds_once_to_the_fen():
    assert rent.monthly_rent(D("243.3333"), D("200.50")) == D("48788.33")
    assert isinstance(rent.monthly_rent(D("1"), D("1")), D)


def test_status_follows_stage_and_dates():
    s, e = dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    assert lease_status("signed", s, e, dt.date(2025, 12, 31)) == "upcoming"
    assert lease_status("signed", s, e, s) == "active"
    assert lease_status("signed", s, e, dt.date(2026, 12, 31)) == "active"
    assert lease_status("signed", s, e, e) == "ended"  # half-open: the end day is not in the term
    assert lease_status("terminated", s, e, e) == "terminated"
    assert lease_status("terminated", s, e, dt.date(2026, 6, 1)) == "active"
    assert lease_status("draft", s, e, dt.date(2026, 6, 1)) == "draft"


def test_months_and_rate_steps():
    assert months_between(dt.date(2026, 1, 1), dt.date(2028, 1, 1)) == D("24.0")
    assert months_between(dt.date(2026, 1, 31), dt.date(2026, 3, 1)) == D("1.0")
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    steps = [(dt.date(2027, 1, 1), D("165"))]
    assert rate_on(D("150"), steps, dt.date(2026, 12, 31)) == D("150")
    assert rate_on(D("150"), steps, dt.date(2027, 1, 1)) == D("165")
