"""The Billing page's arrears view: on a chosen date (past dates too, reproducibly), each
company's balance, what is not yet due, and its arrears aged 0-30, 31-60, 61-90 and over 90
days, with totals. Companies over 90 days are red; double-clicking one opens its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.services.billing import statement
from adminapp.services.context import AppContext, centre_today
from ui.models import display as d
from ui.models.billing import ArrearsLine, ArrearsModel, arrears_lines
from ui.widgets.date_edit import DateEdit


class ArrearsView(QWidget):
    companyActivated = Signal(int, str)  # noqa: N815 - (company id, English name)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[statement.ArrearsRow] = []
        self.totals: dict = {}
        self.date_edit = DateEdit(value=centre_today())
        self.date_edit.setToolTip(self.tr("The arrears as they stood at the end of this day"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.only_check = QCheckBox(self.tr("Only companies in arrears"))
        self.only_check.setChecked(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #5f6b76;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("As of"))
        caption.setBuddy(self.date_edit)
        for w in (caption, self.date_edit, self.today_button, self.only_check):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.model = ArrearsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setToolTip(self.tr("Double-click a company to open its record"))
        self.view.doubleClicked.connect(lambda index: self._activate(index.row()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.date_edit.dateChanged.connect(lambda _q: self.load())
        self.today_button.clicked.connect(lambda: self.date_edit.set_date_value(centre_today()))
        self.only_check.toggled.connect(lambda _on: self.load())

    @property
    def as_of(self) -> dt.date:
        return self.date_edit.date_value()

    def set_as_of(self, day: dt.date) -> None:
        self.date_edit.set_date_value(day)  # reloads when the date changes

    def load(self) -> None:
        self.rows = statement.arrears(
            self.ctx, self.as_of, only_in_arrears=self.only_check.isChecked()
        )
        self.totals = statement.totals(self.rows)
        self.model.set_rows(arrears_lines(self.rows, self.totals))
        self._show_summary()
        self.loaded.emit()

    def _show_summary(self) -> None:
        if not self.rows:
            self.summary.setText(
                self.tr("No company is in arrears on %1.").replace("%1", str(self.as_of))
            )
            return
        late = sum(1 for r in self.rows if r.over_90)
        text = (
            self.tr("%1 in arrears, %2 of them over 90 days")
            .replace("%1", d.money(self.totals["arrears"]))
            .replace("%2", str(late))
        )
        self.summary.setText(text)

    def line_at(self, row: int) -> ArrearsLine:
        return self.model.row_at(row)

    def selected_company(self) -> ArrearsLine | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.model.row_at(rows[0].row())
        return line if line.id else None

    def _activate(self, row: int) -> None:
        line = self.model.row_at(row)
        if line.id:  # not the totals
            self.companyActivated.emit(line.id, line.name_en)

    def status_text(self) -> str:
        n = len(self.rows)
        if n == 1:
            return self.tr("1 company")
        return self.tr("%1 companies").replace("%1", f"{n:,}")

    def focus(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
