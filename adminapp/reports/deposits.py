"""Deposits: each lease's deposit on the as-of date — asked, charged, received, applied to
debts, refunded, held and still to receive — added up in the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from adminapp.reports.spec import ReportSpec, checked_segment
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing.summary import deposits
from adminapp.services.context import AppContext

COLUMNS = (
    Column("lease", "Lease"),
    Column("name_en", "Company"),
    Column("name_zh", "Chinese name"),
    Column("credit_code", "Credit code"),
    Column("asked", "Deposit asked", "money", "sum"),
    Column("charged", "Charged", "money", "sum"),
    Column("received", "Received", "money", "sum"),
    Column("applied", "Applied to debts", "money", "sum"),
    Column("refunded", "Refunded", "money", "sum"),
    Column("held", "Held", "money", "sum"),
    Column("outstanding", "Still to receive", "money", "sum"),
)
NOTES = (
    "Deposit asked: what the lease asks for. Charged, received, applied to debts, refunded: "
    "the deposit steps recorded on or before the as-of date.",
    "Held = received − applied − refunded. Still to receive = charged − received (never below 0).",
    "Listed: leases with a deposit step by the as-of date, and signed or terminated leases "
    "that ask for a deposit and had started by then.",
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    segment = checked_segment(filters["segment"]) if "segment" in filters else None
    rows = [
        (r.reference, r.name_en, r.name_zh, r.credit_code, r.asked, r.charged, r.received,
         r.applied, r.refunded, r.held, r.outstanding)
        for r in deposits(s, as_of, segment=segment)
    ]  # fmt: skip
    return [
        Sheet(
            "Deposits",
            f"Deposits on {as_of:%Y-%m-%d}",
            COLUMNS,
            rows,
            len(rows),
            "Lease reference",
            NOTES,
        )
    ]


SPEC = ReportSpec(
    name="deposits",
    title="Deposits",
    description="Each lease's deposit: asked, charged, received, applied, refunded, held, still "
    "to receive",
    build=build,
    filters=("segment",),
)
