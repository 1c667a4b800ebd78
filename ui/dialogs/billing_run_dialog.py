"""What Generate charges… and Issue charges… ask before they run: the month to generate up to,
or the due date to issue up to and the date the charges are issued; and running them off the
GUI thread (:func:`run_generation`, :func:`run_issue`) with a progress dialog whose Cancel
rolls everything back ("Cancelled; nothing was written")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from adminapp.cancel import Cancelled
from adminapp.services.billing import charges
from adminapp.services.billing.charges import GenerationResult
from adminapp.services.context import AppContext, centre_today
from ui import messages
from ui.widgets.date_edit import DateEdit
from ui.worker import BackgroundTask, run_in_background


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class _AskDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)


class MonthDialog(_AskDialog):
    """The month whose rent to generate (the months before it are brought in line too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Generate charges"),
            self.tr(
                "Every signed lease's rent is generated up to the end of this month: new months "
                "are scheduled, scheduled ones follow their lease, issued ones get a credit note "
                "or a supplement. Running it again changes nothing."
            ),
        )
        self.month_edit = DateEdit(value=_next_month(centre_today()))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.form.addRow(self.tr("Up to the month of"), self.month_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Generate"))

    @property
    def month(self) -> dt.date:
        return self.month_edit.date_value().replace(day=1)

    @classmethod
    def ask(cls, parent: QWidget | None) -> dt.date | None:
        dialog = cls(parent)
        try:
            return dialog.month if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class IssueDialog(_AskDialog):
    """Issue the scheduled charges due up to a date; they are dated the day issued."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Issue charges"),
            self.tr("Issued charges are owed and never rewritten; a credit note corrects them."),
        )
        today = centre_today()
        self.through_edit = DateEdit(value=_next_month(today) - dt.timedelta(days=1))
        self.on_edit = DateEdit(value=today)
        self.on_edit.setMaximumDate(self.on_edit.date())
        self.form.addRow(self.tr("Due up to"), self.through_edit)
        self.form.addRow(self.tr("Issued on"), self.on_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[dt.date, dt.date] | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.through_edit.date_value(), dialog.on_edit.date_value()
        finally:
            dialog.deleteLater()


# --- running them off the GUI thread


def cancelled_text() -> str:
    return QCoreApplication.translate("BillingRun", "Cancelled; nothing was written.")


def _unless_cancelled(
    parent: QWidget | None, title: str, on_error: Callable[[BaseException], None]
) -> Callable[[BaseException], None]:
    """A cancel is not an error: say so in a plain message; pass anything else on."""

    def handle(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            messages.info(parent, title, cancelled_text())
            return
        on_error(exc)

    return handle


def run_generation(
    parent: QWidget | None,
    ctx: AppContext,
    up_to: dt.date,
    on_done: Callable[[GenerationResult], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask[GenerationResult]:
    """Generate the rent charges billed before ``up_to`` in the background; the progress
    dialog counts the leases and its Cancel writes nothing."""
    return run_in_background(
        parent,
        QCoreApplication.translate("BillingRun", "Generating charges…"),
        lambda progress: charges.generate_charges(ctx, up_to, progress=progress),
        on_done,
        _unless_cancelled(
            parent, QCoreApplication.translate("BillingRun", "Generate charges"), on_error
        ),
    )


def run_issue(
    parent: QWidget | None,
    ctx: AppContext,
    through: dt.date,
    on: dt.date | None,
    on_done: Callable[[int], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask[int]:
    """Issue the scheduled charges due up to ``through`` (dated ``on``) in the background; the
    progress dialog counts the charges and its Cancel issues none."""
    return run_in_background(
        parent,
        QCoreApplication.translate("BillingRun", "Issuing charges…"),
        lambda progress: charges.issue_charges(ctx, through, on=on, progress=progress),
        on_done,
        _unless_cancelled(
            parent, QCoreApplication.translate("BillingRun", "Issue charges"), on_error
        ),
    )
