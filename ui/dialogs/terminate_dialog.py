"""End a signed lease early, after a confirmation; the lease then ends on the chosen date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QFrame, QPlainTextEdit, QWidget

from adminapp.services import leases
from adminapp.services.context import AppContext, centre_today
from adminapp.services.leases import LeaseView
from ui import messages
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.lease_summary import add_lease_summary, replace_lease_summary
from ui.widgets.date_edit import DateEdit


class TerminateDialog(FormDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, lease_id: int) -> None:
        super().__init__(parent, ctx)
        self.lease_id = lease_id
        # The lease as loaded: terminating after someone else changed it is refused.
        self.lease = leases.get_lease(ctx, lease_id)

        self.form = QFormLayout()
        add_lease_summary(self, self.form, self.lease)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.form.addRow(line)
        self.date_edit = DateEdit()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the lease ends early (required)"))
        self.reason_edit.setFixedHeight(80)
        self.form.addRow(
            self.tr("Termination date"), self.add_field("terminated_on", self.date_edit)
        )
        self.form.addRow(self.tr("Reason"), self.add_field("termination_reason", self.reason_edit))
        self.compose(self.form)
        self.save_button.setText(self.tr("Terminate lease"))

        self._load()
        self.watch("terminated_on", self.date_edit.dateChanged)
        self.watch("termination_reason", self.reason_edit.textChanged)
        self.resize(660, self.sizeHint().height())
        self.refresh()

    def _load(self) -> None:
        self.date_edit.set_date_value(centre_today())
        self.reason_edit.clear()
        self.setWindowTitle(fill(self.tr("Terminate lease %1"), self.lease.reference))
        if self.lease.stage != "signed":
            self.show_local_errors({"": self.tr("Only a signed lease can be terminated.")})
        # The date is checked at once: today may well be outside the term.
        self._touched.add("terminated_on")

    def reload_saved(self) -> bool:
        self.lease = leases.get_lease(self.ctx, self.lease_id)
        replace_lease_summary(self, self.form, self.lease)
        self._load()
        # A fresh form: the empty reason is not a mistake until the user tries to terminate.
        self._touched = {"terminated_on"}
        return True

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, lease_id: int) -> LeaseView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, lease_id))

    @property
    def terminated_on(self) -> dt.date:
        return self.date_edit.date_value()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def update_hints(self) -> None:
        on = self.terminated_on
        if self.lease.start_date < on < self.lease.end_date:
            hint = fill(
                self.tr("The lease will end on %1; its last day is %2."),
                on,
                on - dt.timedelta(days=1),
            )
        else:
            hint = fill(
                self.tr("Choose a date after %1 and before %2."),
                self.lease.start_date,
                self.lease.end_date,
            )
        self.set_hint("terminated_on", hint)

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        on = self.terminated_on
        if on <= self.lease.start_date:
            errors["terminated_on"] = fill(
                self.tr("Termination date must be after the start (%1)"), self.lease.start_date
            )
        elif on >= self.lease.end_date:
            errors["terminated_on"] = fill(
                self.tr("Termination date must be before the current end (%1)"),
                self.lease.end_date,
            )
        if not self.reason.strip():
            errors["termination_reason"] = self.tr("Give the reason for the termination")
        return errors

    def accept(self) -> None:
        # Ask only about a termination the form can see is possible; the service still decides.
        self._touched.update(("terminated_on", "termination_reason"))
        if self.live_errors():
            self.show_messages()
            return
        question = fill(
            self.tr("Terminate %1 (%2, %3) on %4? The units become free from that date."),
            self.lease.reference,
            self.lease.company_name,
            ", ".join(self.lease.unit_codes),
            self.terminated_on,
        )
        if not messages.confirm(self, self.tr("Terminate lease"), question):
            return
        super().accept()

    def save(self) -> LeaseView:
        return leases.terminate_lease(
            self.ctx,
            self.lease_id,
            self.terminated_on,
            self.reason,
            expected_version=self.lease.version,
        )
