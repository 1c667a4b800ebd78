"""Date fields: ``yyyy-MM-dd`` with a calendar popup, read and written as ``datetime.date``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

EARLIEST = QDate(1990, 1, 1)
LATEST = QDate(2199, 12, 31)


class DateEdit(QDateEdit):
    """A calendar date (no time, no time zone)."""

    def __init__(self, parent: QWidget | None = None, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(EARLIEST, LATEST)
        if value is not None:
            self.set_date_value(value)

    def date_value(self) -> dt.date:
        return self.date().toPython()

    def set_date_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box turns the date on or off.

    With ``check_outside`` the caller places ``check`` itself, e.g. as the label of a form
    row (``form.addRow(edit.check, edit)``).
    """

    changed = Signal()

    def __init__(
        self, text: str, parent: QWidget | None = None, *, check_outside: bool = False
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = DateEdit(self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not check_outside:
            layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def date_value(self) -> dt.date | None:
        return self.edit.date_value() if self.check.isChecked() else None

    def set_date_value(self, value: dt.date | None, default: dt.date | None = None) -> None:
        """Show ``value``; when it is ``None`` the box is unticked and ``default`` is offered."""
        shown = value or default
        if shown is not None:
            self.edit.set_date_value(shown)
        self.check.setChecked(value is not None)
