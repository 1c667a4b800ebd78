"""How each record type reads in the "as it was on…" dialog: rows labelled and formatted as
its detail panel shows them.

Each record type is one line in :data:`ENTITIES`. A type without a line still opens in the
dialog, showing every recorded field under its own name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from adminapp import rent
from adminapp.errors import DomainError
from adminapp.services import building, companies
from adminapp.services.context import CENTRE_TZ, AppContext
from adminapp.services.lease_terms import lease_status, rate_on
from ui.models import display as d

CONTEXT = "AsOfDialog"


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Names:
    """Names for the ids a record holds (its company, its floor), looked up once per dialog."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._companies: dict[int, str] = {}
        self._floors: dict[int, str] | None = None

    def company(self, company_id: int | None) -> str:
        if company_id is None:
            return ""
        if company_id not in self._companies:
            try:
                c = companies.get_company(self.ctx, company_id)
                self._companies[company_id] = f"{c.name_en} {c.name_zh}".strip()
            except DomainError:
                self._companies[company_id] = f"#{company_id}"
        return self._companies[company_id]

    def floor(self, floor_id: int | None) -> str:
        if floor_id is None:
            return ""
        if self._floors is None:
            self._floors = {f.id: d.floor_label(f.label) for f in building.list_floors(self.ctx)}
        return self._floors.get(floor_id, f"#{floor_id}")


@dataclass(frozen=True)
class Facts:
    """A record's fields (dates and amounts typed) on date ``on``."""

    fields: dict[str, Any]
    on: dt.date
    names: Names

    def __getitem__(self, key: str) -> Any:
        return self.fields.get(key)


class Row(NamedTuple):
    label: str  # source text, translated in the AsOfDialog context
    read: Callable[[Facts], str]


def plain(value: Any) -> str:
    """A value as the detail panels show it: dates ISO, amounts with separators, yes/no."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return d.yes_no(value)
    if isinstance(value, dt.datetime):
        return f"{value.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return d.date(value)
    if isinstance(value, Decimal):
        return d.amount(value)
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value)
    return str(value)


def row(key: str, label: str, show: Callable[[Any], str] = plain) -> Row:
    """A row showing field ``key`` through ``show``."""
    return Row(label, lambda f: show(f[key]))


def _n(label: str) -> str:
    """Mark a label for translation (it is translated when shown)."""
    return QT_TRANSLATE_NOOP(CONTEXT, label)


def _lease_rate(f: Facts) -> Decimal | None:
    """The rent per m² per month in force on the date (clamped to the term, as the panel does)."""
    start, end, base = f["start_date"], f["end_date"], f["rent_per_m2_month"]
    if not (isinstance(start, dt.date) and isinstance(end, dt.date) and base is not None):
        return base
    on = min(max(f.on, start), end - dt.timedelta(days=1))
    return rate_on(Decimal(base), f["rent_steps"] or [], on)


def _lease_status(f: Facts) -> str:
    start, end, stage = f["start_date"], f["end_date"], f["stage"]
    if not (isinstance(start, dt.date) and isinstance(end, dt.date) and stage):
        return ""
    return d.status_label(lease_status(stage, start, end, f.on))


def _monthly_rent(f: Facts) -> str:
    rate, area = _lease_rate(f), f["area"]
    if rate is None or area is None:
        return ""
    return d.money(rent.monthly_rent(rate, Decimal(area)))


def _term(f: Facts) -> str:
    if f["start_date"] is None and f["end_date"] is None:
        return ""
    return f"{plain(f['start_date'])} → {plain(f['end_date'])}"


def _steps(f: Facts) -> str:
    steps = f["rent_steps"] or []
    return "; ".join(f"{d.date(when)}: {d.money(rate)}" for when, rate in steps)


def _per_day(rate: Decimal | None) -> str:
    return "" if rate is None else f"¥{rent.per_day_from_month(rate):,.4f}"


LEASE_ROWS = (
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Status on that date"), _lease_status),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Company"), lambda f: f.names.company(f["company_id"])),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Units"), lambda f: f["unit_codes"] or plain(f["units"])),
    row("area", QT_TRANSLATE_NOOP("AsOfDialog", "Area"), d.area),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Term"), _term),
    Row(
        QT_TRANSLATE_NOOP("AsOfDialog", "Rent per m² per month"), lambda f: d.money(_lease_rate(f))
    ),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Rent per m² per day"), lambda f: _per_day(_lease_rate(f))),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Monthly rent"), _monthly_rent),
    row(
        "rent_per_m2_month",
        QT_TRANSLATE_NOOP("AsOfDialog", "Starting rate per m² per month"),
        d.money,
    ),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Rent steps"), _steps),
    row(
        "rent_free_months",
        QT_TRANSLATE_NOOP("AsOfDialog", "Rent-free months"),
        lambda n: str(n) if n else "",
    ),
    row("deposit", QT_TRANSLATE_NOOP("AsOfDialog", "Deposit"), d.money),
    row("terminated_on", QT_TRANSLATE_NOOP("AsOfDialog", "Terminated on")),
    row("termination_reason", QT_TRANSLATE_NOOP("AsOfDialog", "Reason")),
    row("notes", QT_TRANSLATE_NOOP("AsOfDialog", "Notes")),
)
UNIT_ROWS = (
    row("code", QT_TRANSLATE_NOOP("AsOfDialog", "Code")),
    row("kind", QT_TRANSLATE_NOOP("AsOfDialog", "Kind"), d.kind_label),
    Row(QT_TRANSLATE_NOOP("AsOfDialog", "Floor"), lambda f: f.names.floor(f["floor_id"])),
    row("rentable_area", QT_TRANSLATE_NOOP("AsOfDialog", "Rentable area"), d.area),
    row("in_service", QT_TRANSLATE_NOOP("AsOfDialog", "In service")),
    row("notes", QT_TRANSLATE_NOOP("AsOfDialog", "Notes")),
)
COMPANY_ROWS = (
    row("name_en", QT_TRANSLATE_NOOP("AsOfDialog", "English name")),
    row("name_zh", QT_TRANSLATE_NOOP("AsOfDialog", "Chinese name")),
    row("credit_code", QT_TRANSLATE_NOOP("AsOfDialog", "Credit code")),
    row("segment", QT_TRANSLATE_NOOP("AsOfDialog", "Segment"), d.segment_label),
    row("stage", QT_TRANSLATE_NOOP("AsOfDialog", "Stage"), d.stage_label),
    row("admitted_on", QT_TRANSLATE_NOOP("AsOfDialog", "Admitted")),
    row("graduated_on", QT_TRANSLATE_NOOP("AsOfDialog", "Graduated")),
    row("contact_name", QT_TRANSLATE_NOOP("AsOfDialog", "Contact")),
    row("contact_phone", QT_TRANSLATE_NOOP("AsOfDialog", "Phone")),
    row("contact_email", QT_TRANSLATE_NOOP("AsOfDialog", "Email")),
)


class Entity(NamedTuple):
    noun: str  # e.g. "lease", as in "this lease did not exist yet"
    name_key: str  # the field that names a record (its reference, code or name)
    rows: tuple[Row, ...]


# One line per record type the dialog can show.
ENTITIES: dict[str, Entity] = {
    "lease": Entity(QT_TRANSLATE_NOOP("AsOfDialog", "lease"), "reference", LEASE_ROWS),
    "unit": Entity(QT_TRANSLATE_NOOP("AsOfDialog", "unit"), "code", UNIT_ROWS),
    "company": Entity(QT_TRANSLATE_NOOP("AsOfDialog", "company"), "name_en", COMPANY_ROWS),
}


def entity(entity_type: str, keys: list[str]) -> Entity:
    """The entry for ``entity_type``; a type without one shows every field by its name."""
    if entity_type in ENTITIES:
        return ENTITIES[entity_type]
    rows = tuple(row(k, k.replace("_", " ").capitalize()) for k in keys)
    return Entity(entity_type, "", rows)
