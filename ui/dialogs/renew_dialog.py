"""Renew a lease: a new lease for the same company and units from the current end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QFrame, QLineEdit, QWidget

from adminapp.services import leases
from adminapp.services.context import AppContext
from adminapp.services.lease_terms import add_months, months_between
from adminapp.services.leases import LeaseView
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.lease_summary import (
    add_lease_summary,
    rate_at_end,
    replace_lease_summary,
    term_text,
)
from ui.dialogs.rent_edit import RentEdit
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit

RENEWAL_MONTHS = 24


class RenewDialog(FormDialog):
    DEPENDS = {"end_date": ("unit_ids",)}

    def __init__(self, parent: QWidget | None, ctx: AppContext, lease_id: int) -> None:
        super().__init__(parent, ctx)
        self.lease_id = lease_id
        # The lease as loaded: renewing after someone else changed it is refused.
        self.lease = leases.get_lease(ctx, lease_id)

        self.form = QFormLayout()
        add_lease_summary(self, self.form, self.lease)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.form.addRow(line)

        self.end_edit = DateEdit()
        self.rent_edit = RentEdit()
        self.deposit_edit = MoneyEdit(decimals=2)
        self.notes_edit = QLineEdit()

        self.form.addRow(
            self.tr("New end date (exclusive)"), self.add_field("end_date", self.end_edit)
        )
        self.form.addRow(
            self.tr("Rent"),
            self.add_field(
                "rent",
                self.rent_edit,
                highlight=self.rent_edit.amount,
                text=lambda: f"{self.rent_edit.text()} {self.rent_edit.basis_combo.currentText()}",
            ),
        )
        self.form.addRow(self.tr("Deposit ¥"), self.add_field("deposit", self.deposit_edit))
        self.form.addRow(self.tr("Notes"), self.add_field("notes", self.notes_edit))
        self.compose(self.form)
        self.save_button.setText(self.tr("Renew"))

        self._load()
        self.watch("end_date", self.end_edit.dateChanged)
        self.watch("rent", self.rent_edit.changed)
        self.watch("deposit", self.deposit_edit.textChanged)
        self.watch("notes", self.notes_edit.textChanged)
        self.resize(660, self.sizeHint().height())
        self.refresh()

    def _load(self) -> None:
        """Fill the form from ``self.lease``: the renewal starts where it ends."""
        lease = self.lease
        self.end_edit.set_date_value(add_months(lease.end_date, RENEWAL_MONTHS))
        self.rent_edit.set_rate(rate_at_end(lease))
        self.deposit_edit.set_value(lease.deposit)
        self.notes_edit.clear()
        self.notes_edit.setPlaceholderText(fill(self.tr("Renewal of %1"), lease.reference))
        self.setWindowTitle(fill(self.tr("Renew lease %1"), lease.reference))
        if lease.stage != "signed":
            self.show_local_errors({"": self.tr("Only a signed lease can be renewed.")})

    def reload_saved(self) -> bool:
        self.lease = leases.get_lease(self.ctx, self.lease_id)
        replace_lease_summary(self, self.form, self.lease)
        self._load()
        return True

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, lease_id: int) -> LeaseView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, lease_id))

    @property
    def new_end(self) -> dt.date:
        return self.end_edit.date_value()

    def update_hints(self) -> None:
        start, end = self.lease.end_date, self.new_end
        if end > start:
            self.set_hint(
                "end_date",
                fill(
                    self.tr("New term %1 · %2 months"),
                    term_text(start, end),
                    months_between(start, end),
                ),
            )
        else:
            self.set_hint("end_date", "")
        self.set_hint("rent", self.rent_edit.monthly_hint(self.lease.area))

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.new_end <= self.lease.end_date:
            errors["end_date"] = fill(
                self.tr("The new end must be after the current end (%1)"), self.lease.end_date
            )
        value = self.rent_edit.value()
        if value is None:
            errors["rent"] = self.tr("Rent must be a number")
        elif value < 0:
            errors["rent"] = self.tr("Rent must not be negative")
        deposit = self.deposit_edit.value()
        if deposit is None:
            errors["deposit"] = self.tr("Deposit must be a number")
        elif deposit < 0:
            errors["deposit"] = self.tr("Deposit must not be negative")
        return errors

    def save(self) -> LeaseView:
        return leases.renew_lease(
            self.ctx,
            self.lease_id,
            self.new_end,
            rent=self.rent_edit.text(),
            rent_basis=self.rent_edit.basis(),
            deposit=self.deposit_edit.text(),
            notes=self.notes_edit.text(),
            expected_version=self.lease.version,
        )
