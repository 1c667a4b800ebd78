"""Deposits: each lease's deposit on the as-of date — asked, charged, received, applied to
debts, refunded, held and still to receive — added up in the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports import words
from adminapp.reports.spec import ReportSpec, checked_segment
from adminapp.reports.table import Column, Sheet
from adminapp.services.billing.summary import deposits
from adminapp.services.context import AppContext

COLUMNS = (
    Column("lease", QT_TRANSLATE_NOOP("Reports", "Lease")),
    Column("name_en", QT_TRANSLATE_NOOP("Reports", "Company")),
    Column("name_zh", QT_TRANSLATE_NOOP("Reports", "Chinese name")),
    Column("credit_code", QT_TRANSLATE_NOOP("Reports", "Credit code")),
    Column("asked", QT_TRANSLATE_NOOP("Reports", "Deposit asked"), "money", "sum"),
    Column("charged", QT_TRANSLATE_NOOP("Reports", "Charged"), "money", "sum"),
    Column("received", QT_TRANSLATE_NOOP("Reports", "Received"), "money", "sum"),
    Column("applied", QT_TRANSLATE_NOOP("Reports", "Applied to debts"), "money", "sum"),
    Column("refunded", QT_TRANSLATE_NOOP("Reports", "Refunded"), "money", "sum"),
    Column("held", QT_TRANSLATE_NOOP("Reports", "Held"), "money", "sum"),
    Column("outstanding", QT_TRANSLATE_NOOP("Reports", "Still to receive"), "money", "sum"),
)
NOTES = (
    QT_TRANSLATE_NOOP(
        "Reports",
        "Deposit asked: what the lease asks for. Charged, received, applied to debts, refunded: "
        "the deposit steps recorded on or before the as-of date.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Held = received − applied − refunded. Still to receive = charged − received (never "
        "below 0).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Listed: leases with a deposit step by the as-of date, and signed or terminated leases "
        "that ask for a deposit and had started by then.",
    ),
)


def build(ctx: AppContext, s: Session, as_of: dt.date, filters: dict[str, str]) -> list[Sheet]:
    segment = checked_segment(filters["segment"]) if "segment" in filters else None
    rows = [
        (r.reference, *words.names(r.name_en, r.name_zh), r.credit_code, r.asked, r.charged, r.received,
         r.applied, r.refunded, r.held, r.outstanding)
        for r in deposits(s, as_of, segment=segment)
    ]  # fmt: skip
    return [
        Sheet(
            translate("Reports", "Deposits"),
            translate("Reports", "Deposits on %1").replace("%1", f"{as_of:%Y-%m-%d}"),
            COLUMNS,
            rows,
            len(rows),
            translate("Reports", "Lease reference"),
            NOTES,
        )
    ]


SPEC = ReportSpec(
    name="deposits",
    title=QT_TRANSLATE_NOOP("Reports", "Deposits"),
    description=QT_TRANSLATE_NOOP(
        "Reports",
        "Each lease's deposit: asked, charged, received, applied, refunded, held, still to receive",
    ),
    build=build,
    filters=("segment",),
)
