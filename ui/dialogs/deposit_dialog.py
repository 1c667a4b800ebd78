"""One step of a lease's deposit: charged (asked for), received (held), applied to the
company's debts, or refunded once the lease has ended. The lease's figures are shown, and the
amount starts at what the step can take."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from adminapp.errors import NotFound
from adminapp.services.billing import listing, payments
from adminapp.services.billing.listing import DepositRow
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.models.billing import deposit_step_label
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit

STEPS = ("charge", "receipt", "application", "refund")


class DepositDialog(FormDialog):
    DEPENDS = {"kind": ("amount", "on_date")}

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, lease_id: int, kind: str = "receipt"
    ) -> None:
        super().__init__(parent, ctx)
        row = listing.get_deposit_row(ctx, lease_id)
        if row is None:
            raise NotFound(f"Lease {lease_id} asks for no deposit", "lease")
        self.lease: DepositRow = row
        self.setWindowTitle(fill(self.tr("Deposit of %1"), row.reference))
        self.figures = QLabel()
        self.kind_combo = QComboBox()
        for code in STEPS:
            self.kind_combo.addItem(deposit_step_label(code), code)
        self.kind_combo.setCurrentIndex(STEPS.index(kind) if kind in STEPS else 1)
        self.amount_edit = MoneyEdit()
        self.date_edit = DateEdit(value=centre_today())
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(80)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        form = QFormLayout()
        form.addRow(self.tr("Lease"), QLabel(f"{row.reference} · {row.company_name}"))
        form.addRow(self.tr("Now"), self.figures)
        form.addRow(self.tr("Step"), self.add_field("kind", self.kind_combo))
        form.addRow(self.tr("Amount"), self.add_field("amount", self.amount_edit))
        form.addRow(self.tr("Date"), self.add_field("on_date", self.date_edit))
        form.addRow(self.tr("Reference"), self.add_field("reference", self.reference_edit))
        form.addRow(self.tr("Note"), self.add_field("note", self.note_edit))
        self.compose(form)
        self.save_button.setText(self.tr("Record step"))
        self.figures.setText(
            fill(
                self.tr("asked %1 · charged %2 · received %3 · held %4 · applied %5 · refunded %6"),
                *(
                    d.money(x)
                    for x in (
                        row.deposit,
                        row.charged,
                        row.received,
                        row.held,
                        row.applied,
                        row.refunded,
                    )
                ),
            )  # fmt: skip
        )
        self.figures.setWordWrap(True)
        self._suggest()
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        self.watch("kind", self.kind_combo.currentIndexChanged)
        self.watch("amount", self.amount_edit.textChanged)
        self.watch("on_date", self.date_edit.dateChanged)
        self.resize(540, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, lease_id: int, kind: str = "receipt"
    ) -> DepositRow | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, lease_id, kind))

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def available(self) -> Decimal:
        """What the chosen step can take at most."""
        r = self.lease
        return {
            "charge": r.deposit - r.charged,
            "receipt": r.charged - r.received,
            "application": r.held,
            "refund": r.held,
        }[self.kind]

    def _suggest(self) -> None:
        left = self.available()
        self.amount_edit.set_value(left if left > 0 else None)

    def update_hints(self) -> None:
        left = d.money(max(self.available(), Decimal(0)))
        hints = {
            "charge": self.tr("Still to ask for: %1"),
            "receipt": self.tr("Charged and not received yet: %1"),
            "application": self.tr("Held: %1; applied to the company's debts like a payment"),
            "refund": self.tr("Held: %1; refunded once the lease has ended"),
        }
        self.set_hint("amount", fill(hints[self.kind], left))

    def save(self) -> DepositRow | None:
        payments.deposit_step(
            self.ctx,
            self.lease.id,
            self.kind,
            self.amount_edit.text().replace(",", "").strip(),
            self.date_edit.date_value(),
            reference=self.reference_edit.text(),
            note=self.note_edit.text(),
        )
        return listing.get_deposit_row(self.ctx, self.lease.id)
