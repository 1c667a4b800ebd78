"""Add a charge by hand (a service fee, utilities, damages, other) and credit an issued charge.

Both write through ``billing.charges``; a refusal is shown beside the field it concerns and
nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from adminapp.services.billing import charges, listing
from adminapp.services.billing.charges import MANUAL_KINDS, ChargeInput
from adminapp.services.billing.listing import ChargeRow
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.models.billing import kind_label, period_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit


def _money_text(edit: MoneyEdit) -> str:
    return edit.text().replace(",", "").strip()


class AddChargeDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, company_id: int | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.setWindowTitle(self.tr("Add charge"))
        today = centre_today()
        self.company_picker = CompanyPicker(ctx)
        self.lease_combo = QComboBox()
        self.kind_combo = QComboBox()
        for code in MANUAL_KINDS:
            self.kind_combo.addItem(kind_label(code), code)
        self.due_edit = DateEdit(value=today)
        self.amount_edit = MoneyEdit()
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(300)
        self.description_edit.setPlaceholderText(self.tr("What the charge is for (required)"))
        self.issue_check = QCheckBox(self.tr("Issue it now, dated"))
        self.issue_check.setChecked(True)
        self.issued_edit = DateEdit(value=today)
        self.issue_check.toggled.connect(self.issued_edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Company"), self.add_field("company_id", self.company_picker))
        form.addRow(self.tr("Lease"), self.add_field("lease_id", self.lease_combo))
        form.addRow(self.tr("Kind"), self.add_field("kind", self.kind_combo))
        form.addRow(self.tr("Due on"), self.add_field("due_on", self.due_edit))
        form.addRow(self.tr("Amount"), self.add_field("amount", self.amount_edit))
        form.addRow(self.tr("Description"), self.add_field("description", self.description_edit))
        form.addRow(self.issue_check, self.add_field("issued_on", self.issued_edit))
        self.compose(form)
        self.save_button.setText(self.tr("Add charge"))
        if company_id is not None:
            self.company_picker.company_id = company_id
        self._fill_leases()
        self.company_picker.companyChanged.connect(self._fill_leases)
        self.watch("company_id", self.company_picker.companyChanged)
        self.watch("lease_id", self.lease_combo.currentIndexChanged)
        self.watch("due_on", self.due_edit.dateChanged)
        self.watch("amount", self.amount_edit.textChanged)
        self.watch("description", self.description_edit.textChanged)
        self.watch("issued_on", self.issued_edit.dateChanged, self.issue_check.toggled)
        self.resize(560, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, company_id: int | None = None
    ) -> ChargeRow | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, company_id))

    def _fill_leases(self) -> None:
        self.lease_combo.blockSignals(True)
        self.lease_combo.clear()
        self.lease_combo.addItem(self.tr("No lease"), None)
        cid = self.company_picker.company_id
        if cid is not None:
            for lease_id, reference in listing.company_leases(self.ctx, cid):
                self.lease_combo.addItem(reference, lease_id)
        self.lease_combo.blockSignals(False)

    def live_errors(self) -> dict[str, str]:
        errors = {}
        if self.company_picker.company_id is None:
            errors["company_id"] = self.tr("Choose the company charged")
        if not self.description_edit.text().strip():
            errors["description"] = self.tr("Say what the charge is for")
        return errors

    def save(self) -> ChargeRow:
        issue = self.issue_check.isChecked()
        charge_id = charges.add_charge(
            self.ctx,
            ChargeInput(
                company_id=self.company_picker.company_id,
                kind=self.kind_combo.currentData(),
                due_on=self.due_edit.date_value(),
                amount=_money_text(self.amount_edit),
                description=self.description_edit.text(),
                lease_id=self.lease_combo.currentData(),
                issue=issue,
                issued_on=self.issued_edit.date_value() if issue else None,
            ),
        )
        return listing.get_charge(self.ctx, charge_id).row


class CreditNoteDialog(FormDialog):
    """Credit part or all of an issued charge, with the reason; the charge is never rewritten."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, charge_id: int) -> None:
        super().__init__(parent, ctx)
        self.charge = listing.get_charge(ctx, charge_id)
        r = self.charge.row
        self.setWindowTitle(fill(self.tr("Credit note on C%1"), r.id))
        due = self.tr("due")
        summary = QLabel(
            "\n".join(
                x
                for x in (
                    f"{r.company_name} {r.company_name_zh}".strip(),
                    f"{kind_label(r.kind)} · {d.money(r.amount)} · {due} {d.date(r.due_on)}",
                    period_text(r),
                    r.description,
                )
                if x
            )
        )
        summary.setWordWrap(True)
        self.amount_edit = MoneyEdit()
        self.amount_edit.set_value(self.charge.creditable or None)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Why it is credited (required)"))
        form = QFormLayout()
        form.addRow(self.tr("Charge"), summary)
        form.addRow(self.tr("Credit"), self.add_field("amount", self.amount_edit))
        form.addRow(self.tr("Reason"), self.add_field("reason", self.reason_edit))
        self.compose(form)
        self.save_button.setText(self.tr("Issue credit note"))
        self.set_hint(
            "amount",
            fill(self.tr("At most %1 is left to credit."), d.money(self.charge.creditable)),
        )
        if self.charge.creditable <= 0:
            self.show_local_errors({"": self.tr("Nothing is left to credit on this charge.")})
        self.watch("amount", self.amount_edit.textChanged)
        self.watch("reason", self.reason_edit.textChanged)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, charge_id: int) -> ChargeRow | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, charge_id))

    def live_errors(self) -> dict[str, str]:
        if not self.reason_edit.text().strip():
            return {"reason": self.tr("Say why the charge is credited")}
        return {}

    def save(self) -> ChargeRow:
        note_id = charges.credit_note(
            self.ctx, self.charge.row.id, _money_text(self.amount_edit), self.reason_edit.text()
        )
        return listing.get_charge(self.ctx, note_id).row
