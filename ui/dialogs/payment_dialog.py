"""Record a payment: the company, the date received, the amount, how it was paid and its
reference; beside the form, the company's balance and open charges on that date and how this
payment will settle them, oldest first, with any excess kept as credit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QTextBrowser, QWidget

from adminapp.errors import DomainError
from adminapp.services.billing import account, listing, payments
from adminapp.services.billing.account import Settlement
from adminapp.services.billing.listing import PaymentRow
from adminapp.services.billing.payments import METHOD_LABELS, PaymentInput
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.models.billing import method_label
from ui.pages import detail_html as h
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit


class PaymentDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, company_id: int | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.setWindowTitle(self.tr("Record payment"))
        self.settlement: Settlement | None = None
        self.company_picker = CompanyPicker(ctx)
        self.date_edit = DateEdit(value=centre_today())
        self.amount_edit = MoneyEdit(allow_negative=True)
        self.method_combo = QComboBox()
        for code in METHOD_LABELS:
            self.method_combo.addItem(method_label(code), code)
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(80)
        self.reference_edit.setPlaceholderText(self.tr("Bank reference, cheque number…"))
        form = QFormLayout()
        form.addRow(self.tr("Company"), self.add_field("company_id", self.company_picker))
        form.addRow(self.tr("Received on"), self.add_field("received_on", self.date_edit))
        form.addRow(self.tr("Amount"), self.add_field("amount", self.amount_edit))
        form.addRow(self.tr("Method"), self.add_field("method", self.method_combo))
        form.addRow(self.tr("Reference"), self.add_field("reference", self.reference_edit))
        self.preview = QTextBrowser()
        self.preview.setMinimumWidth(420)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addWidget(self.preview, 1)
        self.compose(body)
        self.save_button.setText(self.tr("Record payment"))
        if company_id is not None:
            self.company_picker.company_id = company_id
        self.watch("company_id", self.company_picker.companyChanged)
        self.watch("received_on", self.date_edit.dateChanged)
        self.watch("amount", self.amount_edit.textChanged)
        self.watch("method", self.method_combo.currentIndexChanged)
        self.watch("reference", self.reference_edit.textChanged)
        self.resize(940, 440)
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, company_id: int | None = None
    ) -> PaymentRow | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, company_id))

    # --- what the form holds
    @property
    def company_id(self) -> int | None:
        return self.company_picker.company_id

    @property
    def received_on(self) -> dt.date:
        return self.date_edit.date_value()

    @property
    def amount(self) -> Decimal | None:
        return self.amount_edit.value()

    def live_errors(self) -> dict[str, str]:
        errors = {}
        if self.company_id is None:
            errors["company_id"] = self.tr("Choose the company that paid")
        amount = self.amount
        if amount is None:
            errors["amount"] = self.tr("Give the amount received")
        elif amount <= 0:
            errors["amount"] = self.tr("The amount received must be more than zero")
        return errors

    # --- the preview
    def update_hints(self) -> None:
        self.settlement = None
        if self.company_id is None:
            self.preview.setHtml(
                h.DETAIL_CSS + h.note(self.tr("Choose the company to see its open charges."))
            )
            return
        amount = self.amount if self.amount is not None and self.amount > 0 else Decimal(0)
        try:
            self.settlement = account.settlement(
                self.ctx, self.company_id, self.received_on, amount
            )
        except DomainError as exc:
            self.preview.setHtml(h.DETAIL_CSS + h.note(str(exc)))
            return
        self.preview.setHtml(h.DETAIL_CSS + self.preview_html(self.settlement))

    def preview_html(self, s: Settlement) -> str:
        def balance(value: Decimal) -> str:
            return fill(self.tr("%1 in credit"), d.money(-value)) if value < 0 else d.money(value)

        pairs = [(self.tr("Balance before"), balance(s.balance))]
        if s.amount > 0:
            settled = sum((i.settled for i in s.items), Decimal(0))
            pairs.append((self.tr("This payment settles"), d.money(settled)))
            if s.excess > 0:
                pairs.append((self.tr("Kept as credit"), d.money(s.excess)))
            pairs.append((self.tr("Balance after"), balance(s.balance_after)))
        parts = [h.heading(fill(self.tr("Account on %1"), d.date(s.on))), h.kv_table(pairs)]
        if not s.items:
            parts.append(h.note(self.tr("No open charges on that date.")))
            return "".join(parts)
        rows = [
            [f"C{i.charge_id}", d.date(i.due_on), d.money(i.open),
             d.money(i.settled) if i.settled else ""]
            for i in s.items
        ]  # fmt: skip
        parts.append(h.heading(fill(self.tr("Open charges, oldest first (%1)"), len(s.items))))
        parts.append(
            h.grid_table(
                [self.tr("No."), self.tr("Due"), self.tr("Open"), self.tr("This payment")],
                rows,
                numeric=frozenset({2, 3}),
            )
        )
        return "".join(parts)

    # --- saving
    def save(self) -> PaymentRow | None:
        amount_text = self.amount_edit.text().replace(",", "").strip()
        payment_id = payments.record_payment(
            self.ctx,
            PaymentInput(
                company_id=self.company_id,
                received_on=self.received_on,
                amount=amount_text,
                method=self.method_combo.currentData(),
                reference=self.reference_edit.text(),
            ),
        )
        return listing.get_payment(self.ctx, payment_id)
