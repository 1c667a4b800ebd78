"""The Documents tab of the application editor: the programme's required documents, ticked
when attached; the attached files with their SHA-256, attach a copy, open it, check the stored
copies still match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from adminapp.services.financing import ApplicationView
from adminapp.services.financing.applications import DocumentView
from ui import messages
from ui.dialogs.application_summary import BAD, GOOD, GREY, when
from ui.dialogs.form import fill
from ui.pages import detail_html as h


def _t(text: str) -> str:
    return QCoreApplication.translate("ApplicationEditor", text)


def _size(n: int) -> str:
    if n < 1024:
        return fill(QCoreApplication.translate("ApplicationEditor", "%1 bytes"), n)
    if n < 1024 * 1024:
        return f"{n / 1024:,.1f} KB"
    return f"{n / (1024 * 1024):,.1f} MB"


class DocumentsTab(QWidget):
    """The programme's required documents, ticked when attached; the attached files."""

    changed = Signal(object)  # the new ApplicationView after a document was attached
    refused = Signal(object)  # a DomainError from a service

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ApplicationView | None = None
        self.required: list[str] = []
        self.matches: dict[int, bool] = {}  # document id → stored copy still matches
        self.required_label = QLabel(self)
        self.required_label.setWordWrap(True)
        self.required_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("File"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Added by"),
                self.tr("Added"),
                self.tr("Stored copy"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {GREY};")
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setToolTip(self.tr("Copy a file into the application as a document"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the stored copy of the selected document"))
        self.check_button = QPushButton(self.tr("Check files"), self)
        self.check_button.setToolTip(
            self.tr("Compare each stored copy with the SHA-256 recorded when it was attached")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Required by the programme"), self)
        caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(caption)
        layout.addWidget(self.required_label)
        layout.addSpacing(8)
        attached = QLabel(self.tr("Attached files"), self)
        attached.setStyleSheet("font-weight: 600;")
        layout.addWidget(attached)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.check_button.clicked.connect(self.check_files)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

    def show_application(
        self, view: ApplicationView | None, required: list[str], can_attach: bool, note: str
    ) -> None:
        """Show ``view``'s documents (None: not saved yet) against ``required``."""
        self.view, self.required = view, required
        missing = {m.lower() for m in view.missing_documents} if view else None
        lines = []
        for name in required:
            if missing is None or name.lower() in missing:
                text = fill(self.tr("%1 — missing"), name)
                lines.append(f"<span style='color: {BAD}'>✘ {h.esc(text)}</span>")
            else:
                lines.append(f"<span style='color: {GOOD}'>✔</span> {h.esc(name)}")
        self.required_label.setText(
            "<br>".join(lines) or h.esc(self.tr("This programme requires no documents."))
        )
        docs = view.documents if view else []
        for doc in docs:
            if doc.id not in self.matches:
                self.matches[doc.id] = self._verify(doc)
        self._fill(docs)
        self.attach_button.setEnabled(can_attach)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._enable()

    def _fill(self, docs: list[DocumentView]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for doc in docs:
            ok = self.matches.get(doc.id, False)
            if ok:
                state, colour = self.tr("✔ matches"), GOOD
            elif fin.document_path(doc).is_file():
                state, colour = self.tr("✘ changed since attached"), BAD
            else:
                state, colour = self.tr("✘ missing"), BAD
            cells = [
                doc.name,
                doc.original_filename,
                _size(doc.size),
                doc.sha256[:12] + "…",
                doc.added_by,
                when(doc.added_at),
                state,
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(doc.id, Qt.ItemDataRole.UserRole)
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[3].setToolTip(doc.sha256)
            items[6].setForeground(QBrush(QColor(colour)))
            self.model.appendRow(items)

    def _verify(self, doc: DocumentView) -> bool:
        try:
            return fin.verify_document(self.ctx, doc.id)
        except DomainError as error:
            self.refused.emit(error)
            return False

    def _enable(self) -> None:
        has_docs = self.model.rowCount() > 0
        self.open_button.setEnabled(self.selected_document() is not None)
        self.check_button.setEnabled(has_docs)

    def selected_document(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.view is None:
            return None
        doc_id = self.model.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((doc for doc in self.view.documents if doc.id == doc_id), None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def check_files(self) -> None:
        """Hash every stored copy again and show which still match."""
        if self.view is None:
            return
        self.matches = {doc.id: self._verify(doc) for doc in self.view.documents}
        row = self.table.currentIndex().row()
        self._fill(self.view.documents)
        if row >= 0:
            self.table.selectRow(row)

    # -- attaching and opening ------------------------------------------------------------

    def attach(self) -> None:
        """Pick a file, say which document it is, and attach a copy of it."""
        if self.view is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a document"), "", self.tr("All files (*)")
        )
        if not path:
            return
        name = self.ask_name()
        if name is not None:
            self.attach_file(path, name)

    def ask_name(self) -> str | None:
        """Which document the file is: one the programme requires (missing ones first), or
        a name typed."""
        missing = list(self.view.missing_documents) if self.view else []
        names = missing + [n for n in self.required if n not in missing]
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Which document is it?"))
        box.setLabelText(self.tr("Choose a document the programme requires, or type a name:"))
        box.setComboBoxItems(names)
        box.setComboBoxEditable(True)
        box.setTextValue(names[0] if names else "")
        box.setOkButtonText(self.tr("Attach"))
        try:
            if box.exec() != QDialog.DialogCode.Accepted:
                return None
            return box.textValue()
        finally:
            box.deleteLater()

    def attach_file(self, path: Path | str, name: str) -> None:
        if self.view is None:
            return
        try:
            view = fin.attach_document(self.ctx, self.view.id, name, path)
        except DomainError as error:
            self.refused.emit(error)
            return
        self.changed.emit(view)

    def open_selected(self) -> None:
        """Open the stored copy with the desktop's viewer; a changed copy asks first."""
        doc = self.selected_document()
        if doc is None:
            return
        path = fin.document_path(doc)
        self.matches[doc.id] = self._verify(doc)
        row = self.table.currentIndex().row()
        self._fill(self.view.documents if self.view else [])
        self.table.selectRow(row)
        if not path.is_file():
            messages.error(
                self,
                self.tr("Cannot open the document"),
                fill(self.tr("The stored copy of %1 is missing: %2"), doc.name, path),
            )
            return
        if not self.matches[doc.id] and not messages.confirm(
            self,
            self.tr("Open a changed file?"),
            fill(
                self.tr(
                    "The stored copy of %1 no longer matches the SHA-256 recorded when it was "
                    "attached (%2…): it has been changed since. Open it anyway?"
                ),
                doc.name,
                doc.sha256[:12],
            ),
        ):
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
