"""The shared shape of an editing dialog: fields with a message beside each, Save and Cancel.

A dialog checks what it can as the user types (for comfort), but the services decide: Save calls
the service, and a refusal (``ValidationError.errors`` or a ``DomainError`` naming its field)
is shown under the field it concerns, the field outlined, the dialog left open with what the
user typed. A message the dialog cannot place goes at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError, StaleRecordError, ValidationError
from adminapp.services.context import AppContext
from ui import messages

ERROR_COLOUR = "#b3261e"
STYLE = f"""
QLabel[formRole="error"] {{ color: {ERROR_COLOUR}; }}
QLabel[formRole="hint"] {{ color: #5f6368; }}
QLabel[formRole="general"] {{
    color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #f4c7c3; padding: 6px;
}}
*[fieldError="true"] {{ border: 1px solid {ERROR_COLOUR}; }}
"""


def fill(template: str, *args: object) -> str:
    """Put ``args`` into a translated ``template`` at ``%1``, ``%2``… (as ``QString.arg``)."""
    for number in range(len(args), 0, -1):
        template = template.replace(f"%{number}", str(args[number - 1]))
    return template


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FieldRow(QWidget):
    """One input with an optional grey hint and a red error message under it.

    ``text`` reads a composite input as text (what the user typed, listed after a reload);
    plain inputs are read without it.
    """

    def __init__(
        self,
        widget: QWidget,
        highlight: QWidget | None = None,
        text: Callable[[], str] | None = None,
    ) -> None:
        super().__init__()
        self.widget = widget
        self.highlight = highlight or widget
        self.text = text
        self.hint = QLabel(self)
        self.hint.setProperty("formRole", "hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.error = QLabel(self)
        self.error.setProperty("formRole", "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if bool(self.highlight.property("fieldError")) != bool(text):
            self.highlight.setProperty("fieldError", bool(text))
            _repolish(self.highlight)


class FormDialog(QDialog):
    """Base for the editing dialogs; subclasses build fields, then implement :meth:`save`.

    ``result_view`` holds what the service returned once Save succeeded.
    """

    #: Changing the key field makes the service's errors on these fields stale too.
    DEPENDS: dict[str, tuple[str, ...]] = {}

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_view: Any = None
        self._rows: dict[str, FieldRow] = {}
        self._server_errors: dict[str, str] = {}
        self._touched: set[str] = set()
        self.setStyleSheet(STYLE)
        self.general_error = QLabel(self)
        self.general_error.setProperty("formRole", "general")
        self.general_error.setWordWrap(True)
        # Selectable: after a reload it lists what the user had typed, to copy back.
        self.general_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general_error.hide()
        # Offered when someone else saved the record after this dialog loaded it.
        self.reload_button = QPushButton(self.tr("Load their changes"), self)
        self.reload_button.setToolTip(
            self.tr("Show the record as saved now; what you typed is listed above")
        )
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._reload_saved)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- building -------------------------------------------------------------------------

    def add_field(
        self,
        name: str,
        widget: QWidget,
        highlight: QWidget | None = None,
        text: Callable[[], str] | None = None,
    ) -> FieldRow:
        """Register ``widget`` as the input for the service field ``name``.

        ``text`` reads a composite input (several widgets) as one text; see :meth:`field_texts`.
        """
        row = FieldRow(widget, highlight, text)
        self._rows[name] = row
        return row

    def compose(self, body: QLayout) -> None:
        """Lay out: general message, the dialog's own body, the buttons."""
        outer = QVBoxLayout(self)
        outer.addWidget(self.general_error)
        outer.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(body)
        outer.addWidget(self.buttons)

    def compose_columns(self, left: list[QWidget], right: list[QWidget]) -> None:
        """Lay out :meth:`compose`'s body as two equal columns of widgets, each top-aligned."""
        body = QHBoxLayout()
        for widgets in (left, right):
            column = QVBoxLayout()
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            body.addLayout(column, 1)
        self.compose(body)

    def watch(self, name: str, *signals: Any) -> None:
        """Each of ``signals`` means the user changed field ``name``."""
        for signal in signals:
            signal.connect(lambda *_args, n=name: self.field_changed(n))

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- messages -------------------------------------------------------------------------

    def error_text(self, name: str) -> str:
        """The message shown beside field ``name`` ("" if none); ``""`` names the top one."""
        if not name:
            return self.general_error.text() if self.general_error.isVisibleTo(self) else ""
        row = self._rows[name]
        return row.error.text() if row.error.isVisibleTo(self) else ""

    def hint_text(self, name: str) -> str:
        row = self._rows[name]
        return row.hint.text() if row.hint.isVisibleTo(self) else ""

    def is_highlighted(self, name: str) -> bool:
        return bool(self._rows[name].highlight.property("fieldError"))

    def set_hint(self, name: str, text: str) -> None:
        self._rows[name].set_hint(text)

    def live_errors(self) -> dict[str, str]:
        """Problems visible from the form alone, by field; shown once a field was touched."""
        return {}

    def field_changed(self, name: str) -> None:
        self._touched.add(name)
        for stale in (name, *self.DEPENDS.get(name, ())):
            self._server_errors.pop(stale, None)
        self._server_errors.pop("", None)
        self.refresh()

    def refresh(self) -> None:
        """Recompute hints (subclasses) and messages."""
        self.update_hints()
        self.show_messages()

    def update_hints(self) -> None:
        pass

    def show_messages(self) -> None:
        shown = {k: v for k, v in self.live_errors().items() if k in self._touched}
        shown.update(self._server_errors)
        general: list[str] = []
        for name, text in shown.items():
            if name not in self._rows:
                general.append(text)
        for name, row in self._rows.items():
            row.set_error(shown.get(name, ""))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow so that messages that just appeared are not clipped."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def reload_saved(self) -> bool:
        """Load the record as saved now (and its version); False where a dialog cannot."""
        return False

    def field_texts(self) -> dict[str, str]:
        """What each input shows, as text (to tell the user what they had typed).

        Read-only rows (labels) are left out.
        """
        texts = {}
        for name, row in self._rows.items():
            text = row.text() if row.text else _input_text(row.widget)
            if text is None and row.highlight is not row.widget:
                text = _input_text(row.highlight)
            if text is not None:
                texts[name] = text
        return texts

    def field_label(self, name: str) -> str:
        """The caption of field ``name`` as the form shows it, starting in lower case."""
        row = self._rows[name]
        for form in self.findChildren(QFormLayout):
            caption = form.labelForField(row)
            text = caption.text() if isinstance(caption, QLabel | QAbstractButton) else ""
            if text:
                return text[0].lower() + text[1:]
        return name.replace("_", " ")

    def _reload_saved(self) -> None:
        typed = self.field_texts()
        refusal = self._server_errors
        self._server_errors = {}
        try:
            reloaded = self.reload_saved()
        except DomainError as error:  # e.g. deleted at another workstation meanwhile
            self.show_error(error)
            return
        if not reloaded:
            self._server_errors = refusal
            self.show_messages()
            return
        # A message the reload itself set (e.g. the record is now closed to edits) stays.
        found = self._server_errors.get("", "")
        now = self.field_texts()
        changed = [
            f"{self.field_label(name)}: {text or '—'}"
            for name, text in typed.items()
            if now.get(name) != text
        ]
        self.reload_button.hide()
        note = self.tr("Loaded the record as saved now.")
        if changed:
            note += " " + self.tr("You had typed — %1. Make your changes again and save.")
            note = fill(note, "; ".join(changed))
        self._server_errors = {"": "\n".join(filter(None, (note, found)))}
        self.refresh()

    def show_error(self, error: DomainError) -> None:
        """Show a refusal from a service beside the field(s) it names."""
        stale = isinstance(error, StaleRecordError)
        self.reload_button.setVisible(
            stale and type(self).reload_saved is not FormDialog.reload_saved
        )
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.errors)
        else:
            self._server_errors = {error.field or "": error.message}
        self._touched.update(self._rows)
        self.show_messages()
        for name in self._server_errors:
            if name in self._rows:
                self._rows[name].widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def show_local_errors(self, errors: dict[str, str]) -> None:
        """Problems found before the service could be asked (e.g. a rate that is not a number)."""
        self._server_errors = dict(errors)
        self.show_messages()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> Any:
        """Write through the service and return its view; raise ``DomainError`` if refused."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            view = self.save()
        except DomainError as error:
            self.show_error(error)
            return
        if view is None:  # refused locally; messages are already shown
            return
        self.result_view = view
        super().accept()

    @classmethod
    def _exec_for_view(cls, parent: QWidget | None, build: Callable[[], FormDialog]) -> Any:
        """Build the dialog (a missing record is reported), run it, return the saved view."""
        try:
            dialog = build()
        except DomainError as error:
            messages.error(
                parent, QCoreApplication.translate("FormDialog", "Cannot open"), error.message
            )
            return None
        try:
            dialog.exec()
            return dialog.result_view
        finally:
            dialog.deleteLater()


def _input_text(widget: QWidget) -> str | None:
    """What a plain input shows, as text; None for a widget that is not one (or is disabled:
    nothing was typed there)."""
    if not widget.isEnabled():
        return None
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        if widget.isChecked():
            return QCoreApplication.translate("FormDialog", "yes")
        return QCoreApplication.translate("FormDialog", "no")
    return None
