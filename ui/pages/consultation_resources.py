"""The Consultations page's second view: the consultants and the meeting rooms, with New and
Edit (the editors are imported when first opened)."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services.consultations import resources
from adminapp.services.context import AppContext
from ui import messages
from ui.models.consultations import ConsultantsModel, RoomsModel
from ui.models.table import RowsTableModel
from ui.pages.tables import fit_columns
from ui.signals import AppSignals


def _table(model: RowsTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
    return view


class _Section(QGroupBox):
    """One table with its New and Edit buttons."""

    def __init__(self, title: str, model: RowsTableModel, new: str, edit: str) -> None:
        super().__init__(title)
        self.model = model
        self.view = _table(model)
        self.new_button = QPushButton(new)
        self.edit_button = QPushButton(edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.may = False

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, row_id: int | None) -> None:
        row = self.model.row_of_id(row_id) if row_id is not None else -1
        if row >= 0:
            self.view.selectRow(row)

    def update_buttons(self) -> None:
        self.new_button.setEnabled(self.may)
        self.edit_button.setEnabled(self.may and self.selected_id() is not None)


class ResourcesView(QWidget):
    """Consultants above, rooms below; changes are announced on ``signals``."""

    def __init__(self, ctx: AppContext, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.consultants = _Section(
            self.tr("Consultants"), ConsultantsModel(self), self.tr("New consultant…"),
            self.tr("Edit consultant…"),
        )  # fmt: skip
        self.rooms = _Section(
            self.tr("Meeting rooms"), RoomsModel(self), self.tr("New room…"),
            self.tr("Edit room…"),
        )  # fmt: skip
        roles = ctx.actor.roles
        self.consultants.may = permissions.allowed(roles, "consultant.manage")
        self.rooms.may = permissions.allowed(roles, "room.manage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.consultants, 3)
        layout.addWidget(self.rooms, 2)
        self.consultants.new_button.clicked.connect(lambda: self.edit_consultant(None))
        self.consultants.edit_button.clicked.connect(
            lambda: self.edit_consultant(self.consultants.selected_id())
        )
        self.consultants.view.doubleClicked.connect(
            lambda _i: self.edit_consultant(self.consultants.selected_id())
        )
        self.rooms.new_button.clicked.connect(lambda: self.edit_room(None))
        self.rooms.edit_button.clicked.connect(lambda: self.edit_room(self.rooms.selected_id()))
        self.rooms.view.doubleClicked.connect(lambda _i: self.edit_room(self.rooms.selected_id()))
        self._fitted = False

    def load(self) -> None:
        for section, rows in (
            (self.consultants, resources.list_consultants(self.ctx)),
            (self.rooms, resources.list_rooms(self.ctx)),
        ):
            keep = section.selected_id()
            section.model.set_rows(rows)
            section.select_id(keep)
            section.update_buttons()
        if not self._fitted and self.isVisible():
            fit_columns(self.consultants.view, self.consultants.model, 4)
            fit_columns(self.rooms.view, self.rooms.model, 6)
            self._fitted = True

    def status_text(self) -> str:
        text = self.tr("%1 consultants, %2 rooms")
        text = text.replace("%1", str(self.consultants.model.rowCount()))
        return text.replace("%2", str(self.rooms.model.rowCount()))

    def edit_consultant(self, consultant_id: int | None) -> Any:
        if not self.consultants.may:
            return None
        return self._open(
            "consultant_dialog", "ConsultantDialog", consultant_id,
            self.signals.consultantsChanged,
        )  # fmt: skip

    def edit_room(self, room_id: int | None) -> Any:
        if not self.rooms.may:
            return None
        return self._open("room_dialog", "RoomDialog", room_id, self.signals.roomsChanged)

    def _open(self, module: str, cls: str, record_id: int | None, changed: Any) -> Any:
        try:
            dialog_class = getattr(importlib.import_module(f"ui.dialogs.{module}"), cls)
        except (ImportError, AttributeError):
            messages.warning(
                self, self.tr("Not available"), self.tr("This editor is not installed yet.")
            )
            return None
        try:
            dialog = dialog_class(self.ctx, record_id, self)
        except DomainError as exc:  # e.g. deleted at another workstation meanwhile
            messages.error(self, self.tr("Could not open the record"), str(exc))
            return None
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # Time off and closures are saved as they are added, even if the dialog is cancelled.
        if accepted or getattr(dialog, "periods_changed", False):
            changed.emit()
        return dialog
