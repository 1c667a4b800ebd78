"""What a lease's rent comes to, month by month (pure arithmetic, no database).

Rent is billed per calendar month, in advance (due on the first day of the billed period).
A month's charge covers the days of the month inside the lease's term ``[start, end)`` (the
end brought forward to the termination date when the lease was terminated), less the
rent-free months at the start of the term (``[start, start + N months)``). Each day costs the
monthly rent in force that day (rent steps change it from their date on) divided by the
number of days in that month, so a partial month is prorated by day and a step inside a month
splits it. The sum is rounded to the fen once, half up, per charge (:func:`adminapp.rent.to_fen`)
— never per day or per segment.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from adminapp.rent import to_fen
from adminapp.services.lease_terms import add_months


@dataclass(frozen=True)
class LeaseTerms:
    """What the rent of a lease depends on."""

    start: dt.date
    end: dt.date  # exclusive
    terminated_on: dt.date | None
    area: Decimal
    rate: Decimal  # per m² per month, from the start
    steps: tuple[tuple[dt.date, Decimal], ...]  # (effective from, rate), any order
    rent_free_months: int

    @property
    def billed_until(self) -> dt.date:
        """The first day not billed: the end, or the termination date if earlier."""
        if self.terminated_on is not None and self.terminated_on < self.end:
            return max(self.terminated_on, self.start)
        return self.end

    @property
    def free_until(self) -> dt.date:
        return (
            add_months(self.start, self.rent_free_months) if self.rent_free_months else self.start
        )


@dataclass(frozen=True)
class MonthCharge:
    period_start: dt.date  # first day billed in the month
    period_end: dt.date  # first day after it (exclusive)
    amount: Decimal  # rounded to the fen; 0 for a month wholly rent-free


def month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _rate_segments(
    terms: LeaseTerms, a: dt.date, b: dt.date
) -> list[tuple[dt.date, dt.date, Decimal]]:
    """``[a, b)`` cut at the rent steps, each piece with its rate."""
    cuts = sorted({d for d, _ in terms.steps if a < d < b})
    bounds = [a, *cuts, b]
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        rate = terms.rate
        for effective, step_rate in sorted(terms.steps):
            if effective <= lo:
                rate = step_rate
        out.append((lo, hi, rate))
    return out


def month_charge(terms: LeaseTerms, month: dt.date) -> MonthCharge | None:
    """The rent of the calendar month starting ``month`` (its first day), or None when the
    lease bills nothing in that month."""
    first, after = month_start(month), next_month(month)
    lo, hi = max(first, terms.start), min(after, terms.billed_until)
    if hi <= lo:
        return None
    days_in_month = Decimal(calendar.monthrange(first.year, first.month)[1])
    free_until = terms.free_until
    total = Decimal(0)
    for a, b, rate in (
        _rate_segments(terms, max(lo, free_until), hi) if max(lo, free_until) < hi else []
    ):
        total += rate * terms.area * Decimal((b - a).days) / days_in_month
    return MonthCharge(lo, hi, to_fen(total))


def months_of(terms: LeaseTerms, up_to: dt.date, since: dt.date | None = None) -> list[MonthCharge]:
    """Every month's charge whose billed period starts before ``up_to`` (exclusive), from
    the month of ``since`` on (default: the lease's first month)."""
    out = []
    month = month_start(terms.start)
    if since is not None and since > month:
        month = month_start(since)
    while month < up_to and month < terms.billed_until:
        charge = month_charge(terms, month)
        if charge is not None and charge.period_start < up_to:
            out.append(charge)
        month = next_month(month)
    return out
