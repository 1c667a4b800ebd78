"""Rent arithmetic. Rent is stored per m² per month; Shanghai offices often quote per day.

A month is 365/12 days for conversion. Amounts are rounded to the fen once, where stated.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")
DAYS_PER_YEAR = Decimal(365)
MONTHS_PER_YEAR = Decimal(12)


def per_day_from_month(per_month: Decimal) -> Decimal:
    """元/m²/月 → 元/m²/天, to four places."""
    return (per_month * MONTHS_PER_YEAR / DAYS_PER_YEAR).quantize(RATE_PLACES, ROUND_HALF_UP)


def per_month_from_day(per_day: Decimal) -> Decimal:
    """元/m²/天 → 元/m²/月, to four places."""
    return (per_day * DAYS_PER_YEAR / MONTHS_PER_YEAR).quantize(RATE_PLACES, ROUND_HALF_UP)


def monthly_rent(rate_per_m2_month: Decimal, area: Decimal) -> Decimal:
    """Monthly rent for ``area`` m², rounded to the fen."""
    return to_fen(rate_per_m2_month * area)


def to_fen(amount: Decimal) -> Decimal:
    return amount.quantize(FEN, ROUND_HALF_UP)
