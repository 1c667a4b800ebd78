"""The financing application editor: one dialog for the whole life of an application.

Tabs: Details (a draft's fields, with the programme's rules beside them), Documents (the
required ones ticked, the attached files with their SHA-256, attach and open), Review,
Approval, Tranches and GPU-hours (the panels of ``application_panels``), History (the steps
and the audit trail). The header says where the application stands; the workflow buttons
offer the moves the graph and the user's roles allow. Every change goes through a service,
refreshes every tab and announces ``applicationsChanged``; a refusal is shown at the top and
the dialog stays open and usable.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError, StaleRecordError, ValidationError
from adminapp.services import audit, companies
from adminapp.services import financing as fin
from adminapp.services.context import CENTRE_TZ, AppContext, centre_today
from adminapp.services.financing import ApplicationInput, ApplicationView, ProgrammeView
from adminapp.services.financing.applications import DocumentView
from adminapp.services.financing.documents import verify_document
from adminapp.services.financing.workflow import can_move
from ui import messages
from ui.dialogs.application_panels import ApprovalPanel, ReviewPanel, TranchesPanel, UsagePanel
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.pages import detail_html as h
from ui.signals import AppSignals
from ui.widgets.money_edit import MoneyEdit

GPU = "GPU_HOURS"
CENT = Decimal("0.01")
GOOD, BAD, GREY = "#1b7a3a", "#b3261e", "#5f6b76"

# The workflow buttons: the status each moves to and the permission it needs.
STEPS = {
    "submit": ("submitted", "application.submit"),
    "start_review": ("under_review", "application.review"),
    "withdraw": ("withdrawn", "application.withdraw"),
    "disburse": ("disbursing", "application.disburse"),
    "close": ("closed", "application.close"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ApplicationEditor", text)


def _when(at: dt.datetime) -> str:
    if at.tzinfo is None:  # stored as centre time where the database keeps no zone
        at = at.replace(tzinfo=CENTRE_TZ)
    return f"{at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def _size(n: int) -> str:
    if n < 1024:
        return fill(_t("%1 bytes"), n)
    if n < 1024 * 1024:
        return f"{n / 1024:,.1f} KB"
    return f"{n / (1024 * 1024):,.1f} MB"


def _number(value: Decimal) -> str:
    """``30.00`` → ``30``, ``2.50`` → ``2.5`` (weights and percentages)."""
    return f"{value.normalize():f}"


def _percent(value: Decimal) -> str:
    return f"{_number(value)}%"


def programme_text(p: ProgrammeView) -> str:
    """How a programme reads in the chooser: both names, its kind and its unit."""
    unit = _t("GPU-hours") if p.unit == GPU else _t("CNY")
    text = " · ".join((f"{p.name_en} {p.name_zh}".strip(), d.programme_kind_label(p.kind), unit))
    return text if p.active else fill(_t("%1 (closed)"), text)


class ApplicationHeader(QFrame):
    """Reference, status chip, company and programme, and the amounts so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationHeader")
        self.setStyleSheet(
            "QFrame#applicationHeader { border: 1px solid #d3d8de; border-radius: 6px; }"
        )
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.chip = QLabel(self)
        self.parties = QLabel(self)
        self.parties.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        for label in (self.title, self.parties, self.figures):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.chip)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.parties)
        layout.addWidget(self.figures)

    def set_status(self, text: str, colour: QColor) -> None:
        self.chip.setText(text)
        self.chip.setStyleSheet(
            f"background: {colour.name()}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600;"
        )

    def show_new(self) -> None:
        self.title.setText(self.tr("New application"))
        self.set_status(self.tr("Not saved yet"), QColor(GREY))
        self.parties.setText(self.tr("Choose the company and the programme, then save the draft."))
        self.figures.setText("")
        self.figures.hide()

    def show_application(self, v: ApplicationView, company: str, programme: str) -> None:
        self.title.setText(v.reference)
        self.set_status(
            d.application_status_label(v.status),
            d.APPLICATION_STATUS_COLOURS.get(v.status, QColor(GREY)),
        )
        self.parties.setText(
            f"{company}  ·  {programme}  ·  {fill(self.tr('budget year %1'), v.year)}"
        )
        none = "—"
        parts = [
            fill(self.tr("Requested %1"), d.quantity(v.requested_amount, v.unit)),
            fill(self.tr("Approved %1"), d.quantity(v.approved_amount, v.unit) or none),
            fill(self.tr("Disbursed so far %1"), d.quantity(v.disbursed, v.unit)),
        ]
        if v.unit == GPU:
            parts.append(fill(self.tr("Used %1"), d.quantity(v.gpu_hours_used, v.unit)))
        score = fill(self.tr("%1 / 10"), v.score) if v.score is not None else none
        parts.append(fill(self.tr("Score %1"), score))
        self.figures.setText("  ·  ".join(parts))
        self.figures.show()


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
                _when(doc.added_at),
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
            return verify_document(self.ctx, doc.id)
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


class ApplicationEditor(FormDialog):
    """Create a draft (``application_id=None``), or see and move one along."""

    DEPENDS = {"programme_id": ("provider", "requested_amount", "eligible_cost", "year")}

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        application_id: int | None = None,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.signals = signals
        self._filling = True  # loading the form is not the user changing it
        # The application as loaded; its version guards every save and step.
        self.view: ApplicationView | None = (
            fin.get_application(ctx, application_id) if application_id else None
        )
        self._programmes = {p.id: p for p in fin.list_programmes(ctx)}
        self._budgets: dict[tuple[int, int], fin.BudgetStatus] = {}
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )

        self.header = ApplicationHeader(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {GOOD};")
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.documents_tab = DocumentsTab(ctx, self)
        self.tabs.addTab(self.documents_tab, self.tr("Documents"))
        self.review_panel = ReviewPanel(ctx, self)
        self.approval_panel = ApprovalPanel(ctx, self)
        self.tranches_panel = TranchesPanel(ctx, self)
        self.usage_panel = UsagePanel(ctx, self)
        self.panels = (
            self.review_panel,
            self.approval_panel,
            self.tranches_panel,
            self.usage_panel,
        )
        for panel, title in zip(
            self.panels,
            (self.tr("Review"), self.tr("Approval"), self.tr("Tranches"), self.tr("GPU-hours")),
            strict=True,
        ):
            self.tabs.addTab(panel, title)
            panel.changed.connect(self._changed)
        self.history_view = QTextBrowser(self)
        self.tabs.addTab(self.history_view, self.tr("History"))

        self.step_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("submit", self.tr("Submit")),
            ("start_review", self.tr("Start review")),
            ("withdraw", self.tr("Withdraw…")),
            ("disburse", self.tr("Start disbursing")),
            ("close", self.tr("Close application")),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.run_step(k))
            self.step_buttons[key] = button
        # The workflow on the left, Save and Close on the right.
        button_row = QHBoxLayout()
        for button in self.step_buttons.values():
            button_row.addWidget(button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)

        outer = QVBoxLayout(self)
        outer.addWidget(self.header)
        outer.addWidget(self.general_error)
        outer.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.notice)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(button_row)

        self.documents_tab.changed.connect(self._attached)
        self.documents_tab.refused.connect(self.show_refusal)
        self.watch("company_id", self.company_picker.editTextChanged)
        self.watch("company_id", self.company_picker.companyChanged)
        self.watch("programme_id", self.programme_combo.currentIndexChanged)
        self.watch("year", self.year_spin.valueChanged)
        self.watch("requested_amount", self.requested_edit.textChanged)
        self.watch("eligible_cost", self.cost_edit.textChanged)
        self.watch("purpose", self.purpose_edit.textChanged)
        self.watch("provider", self.provider_edit.textChanged)

        self._fill_programmes(self.view.programme_id if self.view else None)
        if self.view is None:
            self.company_picker.company_id = company_id
            self.year_spin.setValue(centre_today().year)
            self._filled = self._form_values()
        else:
            self._fill_details(self.view)
        self._filling = False
        self._refresh_all()
        self.resize(1000, 700)

    @classmethod
    def run(
        cls,
        ctx: AppContext,
        signals: AppSignals,
        application_id: int | None = None,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
    ) -> ApplicationView | None:
        """Open the editor modally; the application as last saved, or None."""
        return cls._exec_for_view(
            parent, lambda: cls(ctx, signals, application_id, parent, company_id=company_id)
        )

    # -- the Details tab ------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        self.company_picker = CompanyPicker(self.ctx)
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme_combo.setMinimumContentsLength(30)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setMaximumWidth(120)
        self.requested_edit = MoneyEdit(decimals=2)
        self.cost_edit = MoneyEdit(decimals=2)
        self.provider_edit = QLineEdit()
        self.provider_edit.setMaxLength(120)
        self.provider_edit.setPlaceholderText(
            self.tr("The compute provider the hours are used with")
        )
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setFixedHeight(80)
        self.purpose_edit.setPlaceholderText(self.tr("What the money or GPU-hours will pay for"))
        self.requested_caption = QLabel()
        self.cost_caption = QLabel()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Company"), self.add_field("company_id", self.company_picker))
        self.form.addRow(self.tr("Programme"), self.add_field("programme_id", self.programme_combo))
        self.form.addRow(self.tr("Budget year"), self.add_field("year", self.year_spin))
        self.form.addRow(
            self.requested_caption, self.add_field("requested_amount", self.requested_edit)
        )
        self.form.addRow(self.cost_caption, self.add_field("eligible_cost", self.cost_edit))
        self.form.addRow(
            self.tr("Compute provider"), self.add_field("provider", self.provider_edit)
        )
        self.form.addRow(self.tr("Purpose"), self.add_field("purpose", self.purpose_edit))

        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        self.rules_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rules = QGroupBox(self.tr("Rules of this programme"))
        QVBoxLayout(rules).addWidget(self.rules_label)
        self.details_note = QLabel()
        self.details_note.setWordWrap(True)
        self.details_note.setStyleSheet(f"color: {GREY};")

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(rules)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(page)
        layout.addWidget(self.details_note)
        layout.addLayout(columns, 1)
        return page

    def _fill_programmes(self, current: int | None) -> None:
        """Open programmes to choose from (and the application's own, even if closed)."""
        combo = self.programme_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a programme…"), None)
        for p in self._programmes.values():
            if p.active or p.id == current:
                combo.addItem(programme_text(p), p.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def _fill_details(self, v: ApplicationView) -> None:
        filling, self._filling = self._filling, True
        try:
            if self.programme_combo.findData(v.programme_id) < 0:
                self._programmes[v.programme_id] = fin.get_programme(self.ctx, v.programme_id)
                self._fill_programmes(v.programme_id)
            self.company_picker.company_id = v.company_id
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(v.programme_id))
            self.year_spin.setValue(v.year)
            if self.editable():
                self.requested_edit.set_value(v.requested_amount)
                self.cost_edit.set_value(v.eligible_cost)
            else:  # read, not typed: with thousands separators
                self.requested_edit.setText(d.amount(v.requested_amount))
                self.cost_edit.setText(d.amount(v.eligible_cost))
            self.provider_edit.setText(v.provider)
            self.purpose_edit.setPlainText(v.purpose)
        finally:
            self._filling = filling
        self._filled = self._form_values()

    def field_changed(self, name: str) -> None:
        if not self._filling:
            super().field_changed(name)

    @property
    def programme(self) -> ProgrammeView | None:
        """The programme chosen in the form."""
        pid = self.programme_combo.currentData()
        return self._programmes.get(pid) if pid else None

    def _is_gpu(self) -> bool:
        return self.programme is not None and self.programme.unit == GPU

    def _form_values(self) -> tuple:
        return (
            self.company_picker.company_id,
            self.programme_combo.currentData(),
            self.year_spin.value(),
            self.requested_edit.value(),
            self.cost_edit.value(),
            self.purpose_edit.toPlainText().strip(),
            self.provider_edit.text().strip() if self._is_gpu() else "",
        )

    @staticmethod
    def _saved_values(v: ApplicationView) -> tuple:
        provider = v.provider if v.unit == GPU else ""
        return (
            v.company_id,
            v.programme_id,
            v.year,
            v.requested_amount,
            v.eligible_cost,
            v.purpose,
            provider,
        )

    def is_dirty(self) -> bool:
        """The form differs from the application as loaded."""
        return self._form_values() != self._filled

    def editable(self) -> bool:
        """A draft, and the user's roles allow editing it (or taking a new one)."""
        roles = self.ctx.actor.roles
        if self.view is None:
            return permissions.allowed(roles, "application.create")
        return self.view.status == "draft" and permissions.allowed(roles, "application.update")

    def _apply_editable(self) -> None:
        editable = self.editable()
        for widget in (self.company_picker, self.programme_combo, self.year_spin):
            widget.setEnabled(editable)
        for edit in (self.requested_edit, self.cost_edit, self.provider_edit, self.purpose_edit):
            edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        v, action = self.view, "application.create" if self.view is None else "application.update"
        if v is not None and v.status != "draft":
            note = fill(
                self.tr(
                    "The details of %1 are kept as submitted and can no longer be edited (%2)."
                ),
                v.reference,
                d.application_status_label(v.status).lower(),
            )
        elif not editable:
            note = fill(
                self.tr("You can read this application; editing it needs the %1 role."),
                " or ".join(permissions.roles_allowed(action)),
            )
        else:
            note = ""
        self.details_note.setText(note)
        self.details_note.setVisible(bool(note))

    def _budget(self, p: ProgrammeView, year: int) -> fin.BudgetStatus:
        key = (p.id, year)
        if key not in self._budgets:
            self._budgets[key] = fin.budget_status(self.ctx, p.id, year)
        return self._budgets[key]

    def _rules_html(self, p: ProgrammeView | None) -> str:
        if p is None:
            return h.esc(self.tr("Choose a programme to see its caps, windows and documents."))
        q = lambda value: d.quantity(value, p.unit)  # noqa: E731
        today = centre_today()
        caps = []
        if p.cap_percent is not None:
            caps.append(fill(self.tr("%1 of the eligible cost"), _percent(p.cap_percent)))
        if p.cap_per_company_year is not None:
            caps.append(fill(self.tr("%1 per company a year"), q(p.cap_per_company_year)))
        year = self.year_spin.value()
        budget = self._budget(p, year)
        if budget.budget is None:
            budget_text = fill(self.tr("none set for %1"), year)
        else:
            budget_text = fill(
                self.tr("%1 for %2, %3 left"), q(budget.budget), year, q(budget.remaining)
            )
        windows = [
            fill(self.tr("%1 to %2"), opens, closes - dt.timedelta(days=1))
            for opens, closes in p.windows
        ]
        open_now = any(opens <= today < closes for opens, closes in p.windows)
        if windows:
            windows.append(self.tr("open today") if open_now else self.tr("closed today"))
        rules = []
        if p.requires_active_lease:
            rules.append(self.tr("a lease in force"))
        if p.min_months_in_residence:
            rules.append(fill(self.tr("%1 months in residence"), p.min_months_in_residence))
        if p.segments:
            rules.append(", ".join(d.segment_label(s) for s in p.segments))
        pairs = [
            (self.tr("Kind"), d.programme_kind_label(p.kind)),
            (self.tr("Platform"), d.platform_label(p.platform)),
            (self.tr("Amounts in"), self.tr("GPU-hours") if p.unit == GPU else self.tr("CNY")),
            (self.tr("Caps"), "; ".join(caps) or self.tr("none")),
            (self.tr("Budget"), budget_text),
            (
                self.tr("Windows"),
                "; ".join(windows) or self.tr("none: applications cannot be submitted"),
            ),
            (self.tr("Eligibility"), "; ".join(rules) or self.tr("every resident company")),
            (self.tr("Documents"), ", ".join(p.documents) or self.tr("none")),
            (
                self.tr("Review"),
                ", ".join(f"{name} ×{_number(w)}" for name, w in p.criteria)
                or self.tr("no criteria yet"),
            ),
            (self.tr("About"), p.description),
        ]
        return h.DETAIL_CSS + h.kv_table(pairs)

    def update_hints(self) -> None:
        p = self.programme
        gpu = p is not None and p.unit == GPU
        unit = self.tr("GPU-hours") if gpu else "¥"
        self.requested_caption.setText(fill(self.tr("Requested %1"), unit))
        self.cost_caption.setText(fill(self.tr("Eligible cost %1"), unit))
        self.form.setRowVisible(self._rows["provider"], gpu)
        self.rules_label.setText(self._rules_html(p))
        self.set_hint("requested_amount", self._cap_hint(p) if self.editable() else "")
        if self.view is None:  # the documents the chosen programme will ask for
            self.documents_tab.show_application(
                None,
                p.documents if p else [],
                False,
                self.tr("Save the draft first: documents are attached to a saved draft."),
            )

    def _cap_hint(self, p: ProgrammeView | None) -> str:
        """What the approval is bounded by, worked out from what is typed."""
        if p is None:
            return ""
        q = lambda value: d.quantity(value, p.unit)  # noqa: E731
        cost, requested = self.cost_edit.value(), self.requested_edit.value()
        parts, ceiling = [], None
        if p.cap_percent is not None and cost is not None and cost >= 0:
            ceiling = (cost * p.cap_percent / 100).quantize(CENT, ROUND_DOWN)
            parts.append(
                fill(self.tr("%1 of %2 = %3"), _percent(p.cap_percent), q(cost), q(ceiling))
            )
        elif p.cap_percent is not None:
            parts.append(fill(self.tr("%1 of the eligible cost"), _percent(p.cap_percent)))
        if p.cap_per_company_year is not None:
            parts.append(fill(self.tr("%1 per company a year"), q(p.cap_per_company_year)))
            cap = p.cap_per_company_year
            ceiling = cap if ceiling is None else min(ceiling, cap)
        if not parts:
            return ""
        hint = fill(self.tr("Approval is capped at %1."), "; ".join(parts))
        if requested is not None and ceiling is not None and requested > ceiling:
            hint += " " + fill(
                self.tr("More than the caps allow: at most %1 can be approved."), q(ceiling)
            )
        return hint

    def live_errors(self) -> dict[str, str]:
        if not self.editable():
            return {}
        errors: dict[str, str] = {}
        if self.company_picker.company_id is None:
            errors["company_id"] = self.tr("Choose the company that applies")
        if self.programme is None:
            errors["programme_id"] = self.tr("Choose the programme applied to")
        requested, cost = self.requested_edit.value(), self.cost_edit.value()
        if requested is None:
            errors["requested_amount"] = self.tr("Give the amount requested")
        elif requested <= 0:
            errors["requested_amount"] = self.tr("The amount requested must be more than zero")
        if cost is None:
            errors["eligible_cost"] = self.tr("Give the eligible cost")
        elif cost < 0:
            errors["eligible_cost"] = self.tr("The eligible cost must not be negative")
        if self._is_gpu() and not self.provider_edit.text().strip():
            errors["provider"] = self.tr(
                "Name the compute provider the GPU-hours will be used with"
            )
        return errors

    # -- showing the application ----------------------------------------------------------

    def _set_view(self, view: ApplicationView, *, refill: bool = False) -> None:
        """Show ``view`` on every tab; the form keeps what the user typed unless the saved
        details changed (or ``refill``)."""
        old, self.view = self.view, view
        if (
            refill
            or old is None
            or old.status != view.status  # read-only fields read with separators
            or self._saved_values(old) != self._saved_values(view)
        ):
            self._fill_details(view)
        self._refresh_all()

    def _refresh_all(self) -> None:
        v = self.view
        self._budgets.clear()
        self._apply_editable()
        if v is None:
            self.setWindowTitle(self.tr("New financing application"))
            self.header.show_new()
        else:
            company = companies.get_company(self.ctx, v.company_id).display_name
            p = self._programmes.get(v.programme_id) or fin.get_programme(self.ctx, v.programme_id)
            programme = f"{p.name_en} {p.name_zh}".strip()
            self.setWindowTitle(fill(self.tr("Application %1 — %2"), v.reference, v.company_name))
            self.header.show_application(v, company, programme)
            may_attach = permissions.allowed(self.ctx.actor.roles, "application.attach")
            if v.status != "draft":
                note = self.tr("Documents are attached while the application is a draft.")
            elif not may_attach:
                note = fill(
                    self.tr("Attaching documents needs the %1 role."),
                    " or ".join(permissions.roles_allowed("application.attach")),
                )
            else:
                note = ""
            self.documents_tab.show_application(
                v, p.documents, v.status == "draft" and may_attach, note
            )
            for panel in self.panels:
                panel.show_application(v)
            self.history_view.setHtml(self._history_html(v))
        saved = v is not None
        for index in range(2, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)
        self.tabs.setTabVisible(self.tabs.indexOf(self.usage_panel), saved and v.unit == GPU)
        roles = self.ctx.actor.roles
        for key, button in self.step_buttons.items():
            target, action = STEPS[key]
            button.setVisible(saved and can_move(v.status, target))
            allowed = permissions.allowed(roles, action)
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else permissions.refusal(roles, action))
        self.refresh()

    def _history_html(self, v: ApplicationView) -> str:
        steps = []
        for step in v.steps:
            move = d.application_status_label(step.to_status)
            if step.from_status:
                move = f"{d.application_status_label(step.from_status)} → {move}"
            second = f"{_when(step.at)} · {step.by}"
            steps.append((move, f"{second} · {step.reason}" if step.reason else second))
        entries = [
            (self._entry_title(e), f"{_when(e.at)} · {e.actor}")
            for e in reversed(audit.history(self.ctx, "application", v.id))
        ]
        return "".join(
            (
                h.DETAIL_CSS,
                h.heading(self.tr("Workflow steps")),
                h.item_list(steps),
                h.heading(self.tr("History")),
                h.item_list(entries) or h.note(self.tr("No recorded changes.")),
            )
        )

    def _entry_title(self, e: audit.AuditView) -> str:
        """An audit entry in a line; a creation or an edit says what it held or changed."""
        if e.action == "create":
            return fill(self.tr("%1 taken as a draft"), e.summary)
        if e.action == "update":
            changed = "; ".join(
                f"{name.replace('_', ' ')} {old if old not in (None, '') else '—'} → {new}"
                for name, (old, new) in e.changes.items()
            )
            return fill(self.tr("%1 edited: %2"), e.summary, changed)
        return e.summary or e.action

    # -- saving and moving ----------------------------------------------------------------

    def save(self) -> ApplicationView:
        data = ApplicationInput(
            company_id=self.company_picker.company_id,
            programme_id=self.programme_combo.currentData(),
            year=self.year_spin.value(),
            requested_amount=self.requested_edit.text(),
            eligible_cost=self.cost_edit.text(),
            purpose=self.purpose_edit.toPlainText(),
            provider=self.provider_edit.text() if self._is_gpu() else "",
        )
        if self.view is None:
            return fin.create_application(self.ctx, data)
        return fin.update_application(
            self.ctx, self.view.id, data, expected_version=self.view.version
        )

    def accept(self) -> None:
        """Save the draft and stay open (documents and steps follow); Close leaves."""
        if not self.editable():
            return
        try:
            view = self.save()
        except DomainError as error:
            self.show_error(error)
            return
        self._changed(view, fill(self.tr("Saved %1."), view.reference))

    def reload_saved(self) -> bool:
        if self.view is None:
            return False
        self._set_view(fin.get_application(self.ctx, self.view.id), refill=True)
        return True

    def _changed(self, view: ApplicationView, notice: str = "") -> None:
        """After a successful service call: show ``view`` everywhere and announce it."""
        before = self.view.status if self.view else None
        self.result_view = view
        self._server_errors = {}
        self._touched.clear()
        self.reload_button.hide()
        self._set_view(view)
        if not notice:
            if before != view.status:
                notice = fill(
                    self.tr("%1 is now %2."),
                    view.reference,
                    d.application_status_label(view.status).lower(),
                )
            else:
                notice = fill(self.tr("Saved %1."), view.reference)
        self.notice.setText(notice)
        self.notice.show()
        self.signals.applicationsChanged.emit()

    def _attached(self, view: ApplicationView) -> None:
        names = {doc.name for doc in self.view.documents} if self.view else set()
        added = [doc.name for doc in view.documents if doc.name not in names]
        self._changed(view, fill(self.tr("Attached to %1: %2."), view.reference, ", ".join(added)))

    def show_refusal(self, error: DomainError) -> None:
        """A refused step, at the top whatever tab is showing; the dialog stays usable."""
        if isinstance(error, ValidationError):
            text = "\n".join(dict.fromkeys(error.errors.values()))
            if "documents" in error.errors:
                self.tabs.setCurrentWidget(self.documents_tab)
        else:
            text = error.message
        self.notice.hide()
        self.reload_button.setVisible(isinstance(error, StaleRecordError) and self.view is not None)
        self._server_errors = {"": text}
        self.show_messages()

    def ask_reason(self, title: str, label: str) -> str | None:
        """A reason typed in a small dialog; None when cancelled."""
        box = QInputDialog(self)
        box.setWindowTitle(title)
        box.setLabelText(label)
        box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        box.resize(460, 240)
        try:
            if box.exec() != QDialog.DialogCode.Accepted:
                return None
            return box.textValue()
        finally:
            box.deleteLater()

    def run_step(self, key: str) -> None:
        """Move the application on (``STEPS``); a refusal is shown and nothing changes."""
        v = self.view
        target, action = STEPS[key]
        if v is None or not can_move(v.status, target):
            return
        if not permissions.allowed(self.ctx.actor.roles, action):
            self.show_refusal(DomainError(permissions.refusal(self.ctx.actor.roles, action)))
            return
        if key == "submit" and self.editable() and self.is_dirty():
            try:  # submit what the form shows
                self._changed(self.save())
            except DomainError as error:
                self.tabs.setCurrentIndex(0)
                self.show_error(error)
                return
            v = self.view
        try:
            version = v.version
            if key == "submit":
                view = fin.submit_application(self.ctx, v.id, expected_version=version)
            elif key == "start_review":
                view = fin.start_review(self.ctx, v.id, expected_version=version)
            elif key == "withdraw":
                reason = self.ask_reason(
                    fill(self.tr("Withdraw %1"), v.reference),
                    self.tr("Why is the application withdrawn? (required)"),
                )
                if reason is None:
                    return
                view = fin.withdraw_application(self.ctx, v.id, reason, expected_version=version)
            elif key == "disburse":
                view = fin.start_disbursing(self.ctx, v.id, expected_version=version)
            else:
                view = fin.close_application(self.ctx, v.id, expected_version=version)
        except DomainError as error:
            self.show_refusal(error)
            return
        self._changed(view)
