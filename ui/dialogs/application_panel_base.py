"""What the panels of the application editor share: the base panel (a service call, its
refusal shown beside the field it names or at the top, ``changed``), the base of their action
dialogs, and how amounts, moments, labels and tables look in them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError, StaleRecordError, ValidationError
from adminapp.i18n_messages import translate_message
from adminapp.services import financing as fin
from adminapp.services.context import CENTRE_TZ, AppContext
from adminapp.services.financing import ApplicationView
from ui.dialogs.form import STYLE, FieldRow, FormDialog, fill
from ui.models import display
from ui.models.table import RowsTableModel

BINDING_COLOUR = "#1a5fb4"
PANEL_STYLE = (
    STYLE
    + f"""
QLabel[panelRole="binding"] {{ color: {BINDING_COLOUR}; font-weight: bold; }}
QLabel[panelRole="blocker"] {{ color: #8a4b00; background: #fff4e0; border: 1px solid #f0d29c;
    padding: 6px; }}
QLabel[panelRole="good"] {{ color: #1b7a3a; }}
QLabel[panelRole="bad"] {{ color: #b3261e; font-weight: bold; }}
"""
)


def panel_tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationPanels", text)


def quantity(value: Decimal | None, unit: str) -> str:
    """``¥1,234.50`` or ``1,234.50 GPU-hours``; empty for no value."""
    if value is None:
        return ""
    if unit == "GPU_HOURS":
        return fill(panel_tr("%1 GPU-hours"), f"{value:,.2f}")
    return display.money(value)


def moment(at: dt.datetime | None) -> str:
    return "" if at is None else f"{at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def text_label(text: str = "", *, wrap: bool = False, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("panelRole", role)
    return label


def set_role(label: QLabel, role: str) -> None:
    if label.property("panelRole") != role:
        label.setProperty("panelRole", role)
        label.style().unpolish(label)
        label.style().polish(label)


def rows_table(model: RowsTableModel, rows_shown: int = 4) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    height = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(height + rows_shown * table.verticalHeader().defaultSectionSize() + 4)
    return table


class Panel(QWidget):
    """What the four panels share: the service call, the refusal shown, ``changed``."""

    changed = Signal(object)  # the new ApplicationView after a successful service call

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ApplicationView | None = None
        self._rows: dict[str, FieldRow] = {}
        self.setStyleSheet(PANEL_STYLE)
        self.message = text_label(wrap=True)
        self.message.setProperty("formRole", "general")
        self.message.hide()
        # Offered when someone else changed the application since it was shown here.
        self.reload_button = QPushButton(self.tr("Show the application as saved now"))
        self.reload_button.setToolTip(self.tr("What you typed here stays"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)

    def allowed(self, action: str) -> bool:
        return permissions.allowed(self.ctx.actor.roles, action)

    def refusal(self, action: str) -> str:
        return translate_message(permissions.refusal(self.ctx.actor.roles, action))

    def add_field(self, name: str, widget: QWidget, highlight: QWidget | None = None) -> FieldRow:
        row = FieldRow(widget, highlight)
        self._rows[name] = row
        return row

    def error_text(self, name: str = "") -> str:
        """The refusal shown beside field ``name`` ("" if none); ``""`` names the top one."""
        label = self._rows[name].error if name else self.message
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.set_error("")
        self.message.clear()
        self.message.hide()
        self.reload_button.hide()

    def show_error(self, error: DomainError) -> None:
        """Show a service's refusal beside the field(s) it names, else at the top."""
        self.clear_errors()
        found = error.errors if isinstance(error, ValidationError) else {error.field or "": error}
        general = []
        for name, text in found.items():
            if name in self._rows:
                self._rows[name].set_error(str(text))
            else:
                general.append(str(text))
        self.message.setText("\n".join(general))
        self.message.setVisible(bool(general))
        self.reload_button.setVisible(isinstance(error, StaleRecordError))

    def reload(self) -> None:
        """Show the application as saved now (its version too), keeping what was typed."""
        if self.view is None:
            return
        try:
            view = fin.get_application(self.ctx, self.view.id)
        except DomainError as error:
            self.show_error(error)
            return
        self.clear_errors()
        self.show_application(view)

    def call(self, action: Callable[[], ApplicationView]) -> bool:
        """Run a service call; show its refusal, or the new view (and announce it)."""
        try:
            view = action()
        except DomainError as error:
            self.show_error(error)
            return False
        self.finish(view)
        return True

    def finish(self, view: ApplicationView) -> None:
        self.clear_errors()
        self.show_application(view)
        self.changed.emit(view)

    def run_dialog(self, dialog: PanelDialog) -> None:
        """Run an action's dialog; what it saved becomes the panel's view."""
        try:
            dialog.exec()
            view, error = dialog.result_view, dialog.last_error
        finally:
            dialog.deleteLater()
        if view is not None:
            self.finish(view)
        elif isinstance(error, StaleRecordError):
            self.show_error(error)

    def show_application(self, view: ApplicationView) -> None:
        raise NotImplementedError


class PanelDialog(FormDialog):
    """A panel's action dialog; it remembers its last refusal (a stale one is shown in the
    panel too once the dialog is closed, with the offer to reload)."""

    last_error: DomainError | None = None

    def show_error(self, error: DomainError) -> None:
        self.last_error = error
        super().show_error(error)
