"""Rent inputs: a rate with its basis (per m² per month or per day) and a list of rent steps.

The rate is sent to the services as typed, with its basis; they convert and store per month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp import rent
from ui.dialogs.form import fill
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit, parse_amount

RATE_DECIMALS = 4


class RentEdit(QWidget):
    """A rate and a basis switch; :meth:`per_month` gives the rate as stored."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = MoneyEdit(self, decimals=RATE_DECIMALS, trim=True)
        self.basis_combo = QComboBox(self)
        self.basis_combo.addItem(self.tr("¥ per m² per month"), "month")
        self.basis_combo.addItem(self.tr("¥ per m² per day"), "day")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.basis_combo)
        self.amount.textChanged.connect(self.changed)
        self.basis_combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.amount)

    def text(self) -> str:
        return self.amount.text()

    def basis(self) -> str:
        return self.basis_combo.currentData()

    def set_basis(self, basis: str) -> None:
        self.basis_combo.setCurrentIndex(max(self.basis_combo.findData(basis), 0))

    def set_rate(self, per_month: Decimal | None) -> None:
        """Show a stored rate (per m² per month)."""
        self.set_basis("month")
        self.amount.set_value(per_month)

    def value(self) -> Decimal | None:
        return self.amount.value()

    def per_month(self) -> Decimal | None:
        value = self.amount.value()
        if value is None:
            return None
        return value if self.basis() == "month" else rent.per_month_from_day(value)

    def describe_other_basis(self) -> str:
        """The typed rate on the other basis, e.g. ``= 6.5753 per m² per day``."""
        value = self.amount.value()
        if value is None:
            return ""
        if self.basis() == "month":
            return fill(self.tr("= ¥%1 per m² per day"), rent.per_day_from_month(value))
        return fill(self.tr("= ¥%1 per m² per month"), rent.per_month_from_day(value))

    def monthly_hint(self, area: Decimal) -> str:
        """The other basis and the monthly rent for ``area`` m² ("" while the rate is unreadable)."""
        per_month = self.per_month()
        if per_month is None:
            return ""
        return fill(
            self.tr("%1 · monthly rent ¥%2 for %3 m²"),
            self.describe_other_basis(),
            f"{rent.monthly_rent(per_month, area):,.2f}",
            f"{area:,.2f}",
        )


class RentStepsEditor(QWidget):
    """Rows of (from date, rate); the rates use the same basis as the lease's rent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QWidget, DateEdit, MoneyEdit]] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.empty_label = QLabel(self.tr("No rent steps: one rate for the whole term."), self)
        self.add_button = QPushButton(self.tr("Add step"), self)
        self.add_button.setToolTip(self.tr("From a date on, the rent changes to a new rate"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(bottom)
        self.default_date: dt.date | None = None
        self.default_rate: Decimal | None = None
        self.add_button.clicked.connect(lambda: self.add_step())

    def add_step(self, when: dt.date | None = None, rate_value: Decimal | None = None) -> None:
        """Add a row; without arguments it starts a year after the last step (or the start)."""
        if when is None:
            last = self._rows[-1][1].date_value() if self._rows else self.default_date
            when = _next_year(last or dt.date.today())
        row = QWidget(self)
        date_edit = DateEdit(row, when)
        rate_edit = MoneyEdit(row, decimals=RATE_DECIMALS, trim=True)
        rate_edit.set_value(rate_value if rate_value is not None else self.default_rate)
        remove = QToolButton(row)
        remove.setText(self.tr("Remove"))
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("from"), row))
        line.addWidget(date_edit)
        line.addWidget(QLabel(self.tr("rate"), row))
        line.addWidget(rate_edit, 1)
        line.addWidget(remove)
        self._rows.append((row, date_edit, rate_edit))
        self._rows_layout.addWidget(row)
        date_edit.dateChanged.connect(self.changed)
        rate_edit.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_step(row))
        self._update_empty()
        self.changed.emit()

    def remove_step(self, row: QWidget | int) -> None:
        index = row if isinstance(row, int) else [r[0] for r in self._rows].index(row)
        widget = self._rows.pop(index)[0]
        self._rows_layout.removeWidget(widget)
        widget.deleteLater()
        self._update_empty()
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    def row_editors(self, index: int) -> tuple[DateEdit, MoneyEdit]:
        _row, date_edit, rate_edit = self._rows[index]
        return date_edit, rate_edit

    def raw_steps(self) -> list[tuple[dt.date, str]]:
        """The steps as typed: (date, rate text)."""
        return [(d.date_value(), r.text()) for _row, d, r in self._rows]

    def steps(self) -> tuple[list[tuple[dt.date, Decimal]], str]:
        """Parsed steps and, if a rate is not a number, a message saying which."""
        parsed = []
        for when, text in self.raw_steps():
            value = parse_amount(text)
            if value is None:
                return [], fill(self.tr("Rent step on %1: the rate must be a number"), when)
            parsed.append((when, value))
        return parsed, ""

    def set_steps(self, steps: list[tuple[dt.date, Decimal]]) -> None:
        while self._rows:
            self.remove_step(0)
        for when, value in steps:
            self.add_step(when, value)


def _next_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)
