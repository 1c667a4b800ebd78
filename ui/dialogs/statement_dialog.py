"""A company's statement for a chosen period: the opening balance, every charge issued, payment
received or reversed and deposit applied with the running balance, and the closing balance —
the figure the arrears view gives for that company on the period's last day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError, ValidationError
from adminapp.services.billing import statement
from adminapp.services.billing.ledger import BUCKETS
from adminapp.services.billing.statement import Statement
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.form import ERROR_COLOUR, fill
from ui.models import display as d
from ui.models.billing import StatementModel, bucket_label
from ui.widgets.date_edit import DateEdit


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months: from the first of the month a year before, to today."""
    return dt.date(today.year - 1, today.month, 1), today


class StatementDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        company_id: int,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.statement: Statement | None = None
        first, last = default_period(centre_today())
        self.from_edit = DateEdit(value=date_from or first)
        self.to_edit = DateEdit(value=date_to or last)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.opening = QLabel()
        self.closing = QLabel()
        self.closing.setStyleSheet("font-weight: 600;")
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.to_edit)
        top.addWidget(self.error)
        top.addStretch(1)
        self.model = StatementModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.opening)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.closing)
        layout.addWidget(self.position)
        layout.addWidget(buttons)
        self.from_edit.dateChanged.connect(lambda _q: self.load())
        self.to_edit.dateChanged.connect(lambda _q: self.load())
        self.resize(900, 560)
        self.load()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, company_id: int) -> None:
        dialog = cls(parent, ctx, company_id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
        self.from_edit.set_date_value(date_from)
        self.to_edit.set_date_value(date_to)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)
        self.load()

    def load(self) -> None:
        try:
            s = statement.statement(
                self.ctx, self.company_id, self.from_edit.date_value(), self.to_edit.date_value()
            )
        except ValidationError as exc:
            self.error.setText(" ".join(exc.errors.values()))
            self.error.show()
            return
        except DomainError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.statement = s
        self.setWindowTitle(fill(self.tr("Statement of %1"), s.name_en or s.name_zh))
        self.title.setText(f"{s.name_en} {s.name_zh}".strip())
        self.opening.setText(
            fill(self.tr("Opening balance on %1: %2"), d.date(s.date_from), d.money(s.opening))
        )
        self.model.set_rows(s.lines)
        self.closing.setText(
            fill(self.tr("Closing balance on %1: %2"), d.date(s.date_to), d.money(s.closing))
        )
        p = s.position
        parts = [fill(self.tr("Not yet due %1"), d.money(p.not_due))]
        parts += [f"{bucket_label(b)} {d.money(p.buckets[b])}" for b in BUCKETS]
        parts.append(fill(self.tr("deposit held %1"), d.money(s.deposit_held)))
        self.position.setText(fill(self.tr("On %1: %2"), d.date(s.date_to), " · ".join(parts)))
