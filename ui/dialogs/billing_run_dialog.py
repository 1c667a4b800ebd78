"""What Generate charges… and Issue charges… ask before they run: the month to generate up to,
or the due date to issue up to and the date the charges are issued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from adminapp.services.context import centre_today
from ui.widgets.date_edit import DateEdit


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
