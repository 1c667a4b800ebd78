"""Import companies, units and leases from a workbook: choose it, see its rows and every
problem, and import only when there is none. Reading and importing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.i18n_messages import translate_message
from adminapp.services import importer
from adminapp.services.context import AppContext
from ui.worker import BackgroundTask, run_in_background

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Plain rows of text under headers (a sheet's preview, or the problems)."""

    def __init__(self, headers: list[str], rows: list[list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return section + 1


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: importer.ImportPlan | None = None
        self.result_view: importer.ImportResult | None = None
        self.task: BackgroundTask | None = None
        self.sheet_views: dict[str, QTableView] = {}
        self.setWindowTitle(self.tr("Import companies, units and leases"))

        self.file_label = QLabel(self.tr("Choose a workbook (.xlsx) to import."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.template_button = QPushButton(self.tr("Save template…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.problems_model = RowsModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")], []
        )
        self.problems_view = _table(self.problems_model)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.clicked.connect(lambda index: self.show_problem(index.row()))
        self.problems_view.activated.connect(lambda index: self.show_problem(index.row()))
        problems_box = QWidget()
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel(self.tr("Problems"))
        box.addWidget(self.problems_label)
        box.addWidget(self.problems_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(problems_box)
        splitter.setSizes([300, 200])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        if path:
            self.load(path)

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, path: str | None = None
    ) -> importer.ImportResult | None:
        """Show the dialog; the result of the import, or None when nothing was imported."""
        dialog = cls(parent, ctx, path)
        dialog.exec()
        return dialog.result_view

    # --- files
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workbook"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.load(path)

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "import-template.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            try:
                importer.write_template(path)
            except OSError as exc:
                self._say(self.tr("Could not save the template: %1").replace("%1", str(exc)))
                return
            self._say(self.tr("Template saved to %1").replace("%1", path), error=False)

    def load(self, path: str | Path) -> BackgroundTask:
        """Read and check ``path`` in the background; the preview fills in when done."""
        self.plan = None
        self._show_plan(None)
        self.file_label.setText(Path(path).name)
        self.file_label.setToolTip(str(path))
        self._busy(True)
        self.task = run_in_background(
            self,
            self.tr("Reading %1…").replace("%1", Path(path).name),
            lambda progress: importer.read_workbook(self.ctx, path, progress),
            self._read_done,
            self._failed,
        )
        return self.task

    def _read_done(self, plan: importer.ImportPlan) -> None:
        self._busy(False)
        self._show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, DomainError):
            raise exc
        self._say(str(exc))

    # --- import
    def start_import(self) -> BackgroundTask | None:
        if self.plan is None or not self.plan.ok:
            return None
        plan = self.plan
        self._busy(True)
        self.task = run_in_background(
            self,
            self.tr("Importing %1…").replace("%1", plan.file_name),
            lambda progress: importer.apply(self.ctx, plan, progress),
            self._import_done,
            self._failed,
        )
        return self.task

    def _import_done(self, result: importer.ImportResult) -> None:
        self._busy(False)
        self.result_view = result
        self.accept()

    # --- showing
    def _busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.template_button):
            button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.plan is not None and self.plan.ok)

    def _say(self, text: str, error: bool = True) -> None:
        self.summary_label.setStyleSheet("color: #b00020;" if error else "")
        self.summary_label.setText(text)

    def _show_plan(self, plan: importer.ImportPlan | None) -> None:
        self.plan = plan
        self.tabs.clear()
        self.sheet_views.clear()
        problems = plan.problems if plan else []
        self.problems_model.beginResetModel()
        self.problems_model.rows = [
            [p.sheet, str(p.row or ""), p.column, translate_message(p.message)] for p in problems
        ]
        self.problems_model.endResetModel()
        self.problems_view.resizeColumnsToContents()
        self.import_button.setEnabled(plan is not None and plan.ok)
        if plan is None:
            self._say("", error=False)
            return
        for title, headers, rows in plan.preview():
            model = RowsModel([self.tr("Row"), *headers], [[str(n), *cells] for n, cells in rows])
            view = _table(model)
            view.resizeColumnsToContents()
            self.sheet_views[title] = view
            self.tabs.addTab(view, f"{title} ({len(rows)})")
        counts = plan.counts()
        text = self.tr("%1 companies, %2 units, %3 leases").replace("%1", str(counts["companies"]))
        text = text.replace("%2", str(counts["units"])).replace("%3", str(counts["leases"]))
        if plan.ok:
            self._say(text + " · " + self.tr("no problems: ready to import"), error=False)
        else:
            n = len(problems)
            self._say(
                text
                + " · "
                + self.tr("%1 problem(s): fix them in the file and choose it again").replace(
                    "%1", str(n)
                )
            )
        self.problems_label.setText(self.tr("Problems (%1)").replace("%1", str(len(problems))))

    def show_problem(self, index: int) -> None:
        """Show the sheet of problem ``index`` with its row selected."""
        if self.plan is None or not (0 <= index < len(self.plan.problems)):
            return
        problem = self.plan.problems[index]
        view = self.sheet_views.get(problem.sheet)
        if view is None:
            return
        self.tabs.setCurrentWidget(view)
        model = view.model()
        for r in range(model.rowCount()):
            if model.index(r, 0).data() == str(problem.row):
                view.selectRow(r)
                view.scrollTo(model.index(r, 0))
                return
        view.clearSelection()
