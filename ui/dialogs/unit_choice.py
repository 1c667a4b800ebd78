"""Choosing a lease's units: a checkable table of in-service units with their availability.

A building has hundreds of units, not millions, so the model holds them all; filtering hides
rows in the view rather than sorting or proxying in Python.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp.services.building import UnitView
from ui.dialogs.form import fill
from ui.dialogs.labels import unit_kind_labels

Index = QModelIndex | QPersistentModelIndex
BUSY = QColor("#b3261e")
FREE = QColor("#1e7b34")


class UnitChoiceModel(QAbstractTableModel):
    """Rows of units; column 0 carries the check box."""

    CODE, KIND, AREA, AVAILABILITY = range(4)
    checkedChanged = Signal()

    def __init__(self, units: list[UnitView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = list(units)
        self._kinds = unit_kind_labels()
        self._checked: set[int] = set()
        # unit id → (text, free for the whole term?)
        self._availability: dict[int, tuple[str, bool]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Unit"), self.tr("Kind"), self.tr("Area m²"), self.tr("Availability"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CODE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._units)):
            return None
        unit = self._units[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return unit.code
            if column == self.KIND:
                return self._kinds.get(unit.kind, unit.kind)
            if column == self.AREA:
                return f"{unit.rentable_area:,.2f}"
            if column == self.AVAILABILITY:
                return self._availability.get(unit.id, ("", True))[0]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CODE:
            checked = unit.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AREA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AVAILABILITY:
            text, free = self._availability.get(unit.id, ("", True))
            return QBrush(FREE if free else BUSY) if text else None
        if role == Qt.ItemDataRole.UserRole:
            return unit.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.CODE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        unit_id = self._units[index.row()].id
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self._checked.add(unit_id)
        else:
            self._checked.discard(unit_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    # -- plain Python API -----------------------------------------------------------------

    def unit_at(self, row: int) -> UnitView:
        return self._units[row]

    def row_of(self, unit_id: int) -> int:
        return next((i for i, u in enumerate(self._units) if u.id == unit_id), -1)

    def checked_ids(self) -> list[int]:
        return [u.id for u in self._units if u.id in self._checked]

    def checked_units(self) -> list[UnitView]:
        return [u for u in self._units if u.id in self._checked]

    def set_checked_ids(self, unit_ids: list[int]) -> None:
        self._checked = {i for i in unit_ids if self.row_of(i) >= 0}
        if self._units:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._units) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checkedChanged.emit()

    def set_checked(self, unit_id: int, checked: bool) -> None:
        row = self.row_of(unit_id)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row, self.CODE), state, Qt.ItemDataRole.CheckStateRole)

    def total_area(self) -> Decimal:
        return sum((u.rentable_area for u in self.checked_units()), Decimal(0))

    def availability(self, unit_id: int) -> tuple[str, bool]:
        return self._availability.get(unit_id, ("", True))

    def set_availability(self, availability: dict[int, tuple[str, bool]]) -> None:
        self._availability = dict(availability)
        if self._units:
            last = len(self._units) - 1
            self.dataChanged.emit(
                self.index(0, self.AVAILABILITY), self.index(last, self.AVAILABILITY)
            )


class UnitPicker(QWidget):
    """Filter box, the checkable table, and the live total of the chosen units."""

    def __init__(self, units: list[UnitView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnitChoiceModel(units, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by unit code or kind, e.g. 7F"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.total_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.model.checkedChanged.connect(self.update_total)
        self.view.doubleClicked.connect(self._toggle)
        self.update_total()

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        kinds = unit_kind_labels()
        for row in range(self.model.rowCount()):
            unit = self.model.unit_at(row)
            haystack = f"{unit.code} {kinds.get(unit.kind, unit.kind)} {unit.kind}".casefold()
            self.view.setRowHidden(row, bool(needle) and needle not in haystack)

    def _toggle(self, index: QModelIndex) -> None:
        unit = self.model.unit_at(index.row())
        self.model.set_checked(unit.id, unit.id not in self.model.checked_ids())

    def update_total(self) -> None:
        chosen = self.model.checked_units()
        self.total_label.setText(
            fill(
                self.tr("Chosen: %1 unit(s), %2 m² in total"),
                len(chosen),
                f"{self.model.total_area():,.2f}",
            )
        )
