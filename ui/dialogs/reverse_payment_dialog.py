"""Reverse a payment (a bounced transfer, one keyed twice): the date and a reason, both
required. The payment is kept; from that date it no longer counts."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from adminapp.services.billing import listing, payments
from adminapp.services.billing.listing import PaymentRow
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.models.billing import method_label
from ui.widgets.date_edit import DateEdit


class ReversePaymentDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, payment_id: int) -> None:
        super().__init__(parent, ctx)
        self.payment = listing.get_payment(ctx, payment_id)
        p = self.payment
        self.setWindowTitle(fill(self.tr("Reverse payment P%1"), p.id))
        summary = QLabel(
            "\n".join(
                x
                for x in (
                    f"{p.company_name} {p.company_name_zh}".strip(),
                    f"{d.money(p.amount)} · {d.date(p.received_on)} · {method_label(p.method)}",
                    p.reference,
                )
                if x
            )
        )
        self.date_edit = DateEdit(value=centre_today())
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the payment is reversed (required)"))
        self.reason_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Payment"), summary)
        form.addRow(self.tr("Reversed on"), self.add_field("reversed_on", self.date_edit))
        form.addRow(self.tr("Reason"), self.add_field("reversal_reason", self.reason_edit))
        self.compose(form)
        self.save_button.setText(self.tr("Reverse payment"))
        if p.reversed_on is not None:
            self.show_local_errors(
                {"": fill(self.tr("This payment was already reversed on %1."), p.reversed_on)}
            )
        self.watch("reversed_on", self.date_edit.dateChanged)
        self.watch("reversal_reason", self.reason_edit.textChanged)
        self.resize(500, self.sizeHint().height())

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, payment_id: int) -> PaymentRow | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, payment_id))

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def live_errors(self) -> dict[str, str]:
        if not self.reason.strip():
            return {"reversal_reason": self.tr("Say why the payment is reversed")}
        return {}

    def save(self) -> PaymentRow:
        payments.reverse_payment(
            self.ctx, self.payment.id, self.reason, self.date_edit.date_value()
        )
        return listing.get_payment(self.ctx, self.payment.id)
