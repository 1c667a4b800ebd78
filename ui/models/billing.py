"""The Billing page's tables and the words its codes read as: charges, payments and deposits a
page at a time from ``billing.listing``; the arrears on a date as one small list with totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from adminapp.services.billing import listing
from adminapp.services.billing.ledger import BUCKETS, ZERO
from adminapp.services.billing.listing import ChargeRow, DepositRow, PaymentRow
from adminapp.services.listing_sql import ListQuery
from ui.models import display as d
from ui.models.table import Column, PagedTableModel, RowsTableModel

_KINDS = {
    "rent": QT_TRANSLATE_NOOP("ChargeKind", "Rent"),
    "service_fee": QT_TRANSLATE_NOOP("ChargeKind", "Service fee"),
    "utilities": QT_TRANSLATE_NOOP("ChargeKind", "Utilities"),
    "damages": QT_TRANSLATE_NOOP("ChargeKind", "Damages"),
    "other": QT_TRANSLATE_NOOP("ChargeKind", "Other"),
    "credit_note": QT_TRANSLATE_NOOP("ChargeKind", "Credit note"),
}
_STATUSES = {
    "scheduled": QT_TRANSLATE_NOOP("ChargeStatus", "Scheduled"),
    "open": QT_TRANSLATE_NOOP("ChargeStatus", "Open"),
    "overdue": QT_TRANSLATE_NOOP("ChargeStatus", "Overdue"),
    "paid": QT_TRANSLATE_NOOP("ChargeStatus", "Paid"),
    "adjustment": QT_TRANSLATE_NOOP("ChargeStatus", "Adjustment"),
}
STATUS_COLOURS = {
    "scheduled": QColor("#6b6b6b"),
    "open": QColor("#1a5fb4"),
    "overdue": QColor("#b3261e"),
    "paid": QColor("#1b7a3a"),
    "adjustment": QColor("#0b6e6e"),
}
_METHODS = {
    "bank_transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "cheque": QT_TRANSLATE_NOOP("PaymentMethod", "Cheque"),
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    "other": QT_TRANSLATE_NOOP("PaymentMethod", "Other"),
}
_DEPOSIT_STEPS = {
    "charge": QT_TRANSLATE_NOOP("DepositStep", "Charge (ask for it)"),
    "receipt": QT_TRANSLATE_NOOP("DepositStep", "Receipt"),
    "application": QT_TRANSLATE_NOOP("DepositStep", "Application to debts"),
    "refund": QT_TRANSLATE_NOOP("DepositStep", "Refund"),
}
RED = QColor("#b3261e")
_FONT = int(Qt.ItemDataRole.FontRole)
GREY = QColor("#6b6b6b")


def kind_label(code: str) -> str:
    return d.coded_label("ChargeKind", _KINDS, code)


def charge_status_label(code: str) -> str:
    return d.coded_label("ChargeStatus", _STATUSES, code)


def method_label(code: str) -> str:
    return d.coded_label("PaymentMethod", _METHODS, code)


def deposit_step_label(code: str) -> str:
    return d.coded_label("DepositStep", _DEPOSIT_STEPS, code)


def bucket_label(code: str) -> str:
    if code == "90+":
        return QCoreApplication.translate("Billing", "Over 90")
    return QCoreApplication.translate("Billing", "%1 days").replace("%1", code)


def period_text(r: ChargeRow) -> str:
    if r.period_start is None or r.period_end is None:
        return ""
    last = r.period_end - dt.timedelta(days=1)
    return f"{d.date(r.period_start)} – {d.date(last)}"


class ChargesModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("No."), lambda r: f"C{r.id}", width=60),
            Column(self.tr("Due"), lambda r: d.date(r.due_on), "due", width=90),
            Column(
                self.tr("Company"),
                lambda r: d.name(r.company_name, r.company_name_zh),
                "company",
                width=170,
                tooltip=lambda r: d.both_names(r.company_name, r.company_name_zh),
            ),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), "kind", width=95),
            Column(
                self.tr("Description"), lambda r: d.charge_description(r.description), width=280
            ),
            Column(self.tr("Amount"), lambda r: d.money(r.amount), "amount", True, 110),
            Column(
                self.tr("Unpaid"), lambda r: d.money(r.unpaid) if r.unpaid else "", None, True, 110
            ),
            Column(
                self.tr("Status"),
                lambda r: charge_status_label(r.status),
                width=90,
                colour=lambda r: STATUS_COLOURS.get(r.status),
            ),
            Column(self.tr("Issued"), lambda r: d.date(r.issued_on), "issued", width=90),
        ]
        super().__init__(ctx, columns, "due", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[ChargeRow]:
        return listing.list_charges(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_charges(ctx, q)


class PaymentsModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        reversed_colour = lambda r: GREY if r.reversed_on else None  # noqa: E731
        columns = [
            Column(self.tr("No."), lambda r: f"P{r.id}", width=60),
            Column(self.tr("Received"), lambda r: d.date(r.received_on), "received", width=90),
            Column(
                self.tr("Company"),
                lambda r: d.name(r.company_name, r.company_name_zh),
                "company",
                width=170,
                tooltip=lambda r: d.both_names(r.company_name, r.company_name_zh),
            ),
            Column(
                self.tr("Amount"),
                lambda r: d.money(r.amount),
                "amount",
                True,
                110,
                None,
                reversed_colour,
            ),
            Column(self.tr("Method"), lambda r: method_label(r.method), "method", width=105),
            Column(self.tr("Reference"), lambda r: r.reference, "reference", width=140),
            Column(
                self.tr("Reversed"),
                lambda r: d.date(r.reversed_on),
                width=90,
                tooltip=lambda r: r.reversal_reason,
                colour=lambda r: RED if r.reversed_on else None,
            ),
            Column(self.tr("Recorded by"), lambda r: r.recorded_by, width=100),
        ]
        super().__init__(ctx, columns, "received", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[PaymentRow]:
        return listing.list_payments(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_payments(ctx, q)


class DepositsModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Lease"), lambda r: r.reference, "reference", width=105),
            Column(
                self.tr("Company"),
                lambda r: d.name(r.company_name, r.company_name_zh),
                width=170,
                tooltip=lambda r: d.both_names(r.company_name, r.company_name_zh),
            ),
            Column(self.tr("Start"), lambda r: d.date(r.start_date), "start", width=90),
            Column(self.tr("Ends"), lambda r: d.date(r.ends), width=90),
            Column(self.tr("Asked"), lambda r: d.money(r.deposit), None, True, 105),
            Column(self.tr("Charged"), lambda r: _nonzero(r.charged), None, True, 105),
            Column(self.tr("Received"), lambda r: _nonzero(r.received), None, True, 105),
            Column(self.tr("Held"), lambda r: d.money(r.held), None, True, 105),
            Column(self.tr("Applied"), lambda r: _nonzero(r.applied), None, True, 105),
            Column(self.tr("Refunded"), lambda r: _nonzero(r.refunded), None, True, 105),
        ]
        super().__init__(ctx, columns, "start", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[DepositRow]:
        return listing.list_deposits(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_deposits(ctx, q)


@dataclass(frozen=True)
class ArrearsLine:
    """A company's arrears, or (``id`` 0) the totals."""

    id: int
    name_en: str
    name_zh: str
    balance: Decimal
    not_due: Decimal
    buckets: dict[str, Decimal]
    over_90: bool

    @property
    def arrears(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)


def arrears_lines(rows: list[Any], totals: dict[str, Decimal]) -> list[ArrearsLine]:
    """``statement.arrears`` rows and ``statement.totals`` as the table's lines."""
    lines = [
        ArrearsLine(r.company_id, r.name_en, r.name_zh, r.balance, r.not_due, r.buckets, r.over_90)
        for r in rows
    ]
    if rows:
        not_due = sum((r.not_due for r in rows), ZERO)
        total = QCoreApplication.translate("Billing", "Total")
        lines.append(
            ArrearsLine(
                0, total, "", totals["balance"], not_due, {b: totals[b] for b in BUCKETS}, False
            )
        )
    return lines


def _red_if_over_90(r: ArrearsLine) -> QColor | None:
    return RED if r.over_90 else None


class ArrearsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        c = _red_if_over_90

        def bucket(code: str) -> Column:
            return Column(
                bucket_label(code), lambda r: _nonzero(r.buckets[code]), None, True, 110, colour=c
            )

        columns = [
            Column(self.tr("Company"), lambda r: r.name_en, width=190, colour=c),
            Column(self.tr("Chinese name"), lambda r: r.name_zh, width=150, colour=c),
            Column(self.tr("Balance"), lambda r: d.money(r.balance), None, True, 120, colour=c),
            Column(
                self.tr("Not yet due"), lambda r: _nonzero(r.not_due), None, True, 110, colour=c
            ),
            *(bucket(b) for b in BUCKETS),
            Column(self.tr("In arrears"), lambda r: d.money(r.arrears), None, True, 120, colour=c),
            Column(
                self.tr("Flag"),
                lambda r: self.tr("Over 90 days") if r.over_90 else "",
                width=100,
                colour=c,
            ),
        ]
        super().__init__(columns, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _FONT and index.row() >= 0 and self.row_at(index.row()).id == 0:
            return self._bold  # the totals
        return super().data(index, role)


def _nonzero(value: Decimal) -> str:
    return d.money(value) if value else ""


class StatementModel(RowsTableModel):
    """A statement's lines: date, reference, what, debit, credit, running balance."""

    id_attr = "reference"

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: d.date(r.on), width=90),
            Column(self.tr("Ref."), lambda r: r.reference, width=60),
            Column(self.tr("Kind"), lambda r: _line_kind(r.kind), width=95),
            Column(
                self.tr("Description"), lambda r: d.charge_description(r.description), width=300
            ),
            Column(self.tr("Debit"), lambda r: _nonzero(r.debit), None, True, 110),
            Column(self.tr("Credit"), lambda r: _nonzero(r.credit), None, True, 110),
            Column(self.tr("Balance"), lambda r: d.money(r.balance), None, True, 120),
        ]
        super().__init__(columns, parent)


def _line_kind(code: str) -> str:
    if code == "payment":
        return QCoreApplication.translate("Billing", "Payment")
    if code == "reversal":
        return QCoreApplication.translate("Billing", "Reversal")
    if code == "deposit":
        return QCoreApplication.translate("Billing", "Deposit")
    return kind_label(code)
