"""The action dialogs the application panels open: a few inputs and one service call
(:class:`ActionDialog`: reject, milestone met, payment, GPU-hours used), and the payment
schedule (:class:`PlanTranchesDialog`, its rows in a :class:`TrancheRowsEditor`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.services import financing as fin
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import ApplicationView
from ui.dialogs.application_panel_base import PanelDialog, quantity, set_role, text_label
from ui.dialogs.form import fill
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit, parse_amount

CENT = Decimal("0.01")


def split_evenly(total: Decimal, parts: int) -> list[Decimal]:
    """``total`` in ``parts`` equal amounts to the fen; the last takes the odd fen(s)."""
    share = (total / parts).quantize(CENT, ROUND_DOWN)
    return [share] * (parts - 1) + [total - share * (parts - 1)]


class ActionDialog(PanelDialog):
    """A few inputs, one service call: rejecting, marking a milestone met, paying, usage."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        title: str,
        intro: str,
        fields: list[tuple[str, str, QWidget]],
        action: Callable[[], ApplicationView],
        save_text: str,
    ) -> None:
        super().__init__(parent, ctx)
        self._action = action
        self.inputs = {name: widget for name, _caption, widget in fields}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, caption, widget in fields:
            form.addRow(caption, self.add_field(name, widget))
            if isinstance(widget, QDateEdit):
                self.watch(name, widget.dateChanged)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                self.watch(name, widget.textChanged)
        body = QVBoxLayout()
        body.addWidget(text_label(intro, wrap=True))
        body.addLayout(form)
        self.compose(body)
        self.save_button.setText(save_text)
        self.setWindowTitle(title)
        self.resize(600, self.sizeHint().height())

    def save(self) -> ApplicationView:
        return self._action()


class TrancheRowsEditor(QWidget):
    """Rows of (planned date, amount, milestone) for the plan-tranches dialog."""

    changed = Signal()
    counted = Signal(int)  # the number of rows, when a row was added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[DateEdit, MoneyEdit, QLineEdit, QToolButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        for c, title in enumerate(
            (self.tr("Planned date"), self.tr("Amount"), self.tr("Milestone"))
        ):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, c)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)

    def add_row(
        self, planned_on: dt.date | None = None, amount: Decimal | None = None, milestone: str = ""
    ) -> None:
        if planned_on is None:
            last = self.rows[-1][0].date_value() if self.rows else centre_today()
            planned_on = _months_later(last, 1) if self.rows else last
        date_edit = DateEdit(self, planned_on)
        amount_edit = MoneyEdit(self, decimals=2)
        amount_edit.set_value(amount)
        milestone_edit = QLineEdit(milestone, self)
        milestone_edit.setPlaceholderText(self.tr("What must be done first"))
        remove = QToolButton(self)
        remove.setText(self.tr("Remove"))
        row = (date_edit, amount_edit, milestone_edit, remove)
        self.rows.append(row)
        r = len(self.rows)
        for c, widget in enumerate(row):
            self.grid.addWidget(widget, r, c)
        date_edit.dateChanged.connect(self.changed)
        amount_edit.textChanged.connect(self.changed)
        milestone_edit.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.counted.emit(len(self.rows))
        self.changed.emit()

    def remove_row(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for r, row in enumerate(self.rows, start=1):  # close the gap
            for c, widget in enumerate(row):
                self.grid.addWidget(widget, r, c)
        self.counted.emit(len(self.rows))
        self.changed.emit()

    def set_rows(self, rows: list[tuple[dt.date, Decimal | None, str]]) -> None:
        while self.rows:
            self.remove_row(0)
        for planned_on, amount, milestone in rows:
            self.add_row(planned_on, amount, milestone)

    def total(self) -> Decimal:
        """The sum of the amounts that read as numbers."""
        values = (parse_amount(a.text()) for _d, a, _m, _r in self.rows)
        return sum((v for v in values if v is not None), Decimal(0))

    def split_evenly(self, total: Decimal, parts: int) -> None:
        """``parts`` rows sharing ``total``; dates and milestones already typed are kept."""
        while len(self.rows) > parts:
            self.remove_row(len(self.rows) - 1)
        while len(self.rows) < parts:
            self.add_row()
        for (_d, amount_edit, _m, _r), share in zip(
            self.rows, split_evenly(total, parts), strict=True
        ):
            amount_edit.set_value(share)

    def inputs(self) -> list[fin.TrancheInput]:
        return [fin.TrancheInput(d.date_value(), a.text(), m.text()) for d, a, m, _r in self.rows]

    def text(self) -> str:
        return "; ".join(f"{d.date_value()} {a.text()} {m.text()}" for d, a, m, _r in self.rows)


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class PlanTranchesDialog(PanelDialog):
    """The payment schedule of an approved application: rows that add up to the approval."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, view: ApplicationView) -> None:
        super().__init__(parent, ctx)
        self.view = view
        approved = view.approved_amount or Decimal(0)
        self.editor = TrancheRowsEditor()
        if view.tranches:
            self.editor.set_rows([(t.planned_on, t.amount, t.milestone) for t in view.tranches])
        else:
            self.editor.add_row(centre_today(), approved, "")
        self.add_button = QPushButton(self.tr("Add tranche"))
        self.add_button.clicked.connect(lambda: self.editor.add_row())
        self.parts_spin = QSpinBox()
        self.parts_spin.setRange(1, 24)
        self.parts_spin.setValue(max(len(self.editor.rows), 1))
        self.parts_spin.setSuffix(self.tr(" tranche(s)"))
        self.split_button = QPushButton(self.tr("Split evenly into"))
        self.split_button.clicked.connect(
            lambda: self.editor.split_evenly(approved, self.parts_spin.value())
        )
        self.total_label = text_label()
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        tools.addWidget(self.split_button)
        tools.addWidget(self.parts_spin)

        body = QVBoxLayout()
        body.addWidget(
            text_label(
                fill(
                    self.tr(
                        "%1 approved %2. The tranches must add up to it exactly, in the "
                        "order of their planned dates; each is paid once its milestone is met."
                    ),
                    view.reference,
                    quantity(approved, view.unit),
                ),
                wrap=True,
            )
        )
        body.addWidget(self.add_field("tranches", self.editor, text=self.editor.text))
        body.addLayout(tools)
        body.addWidget(self.total_label)
        self.compose(body)
        self.watch("tranches", self.editor.changed)
        self.editor.changed.connect(self.update_total)
        self.editor.counted.connect(self.parts_spin.setValue)
        self.save_button.setText(self.tr("Save plan"))
        self.setWindowTitle(fill(self.tr("Plan the tranches of %1"), view.reference))
        self.resize(720, self.sizeHint().height())
        self.update_total()

    def difference(self) -> Decimal:
        """What is left to plan (negative: planned too much)."""
        return (self.view.approved_amount or Decimal(0)) - self.editor.total()

    def update_total(self) -> None:
        unit, diff = self.view.unit, self.difference()
        total = quantity(self.editor.total(), unit)
        approved = quantity(self.view.approved_amount, unit)
        if diff == 0:
            text = fill(self.tr("Total %1 = the approved %2"), total, approved)
        elif diff > 0:
            text = fill(
                self.tr("Total %1 of the approved %2: %3 still to plan"),
                total,
                approved,
                quantity(diff, unit),
            )
        else:
            text = fill(
                self.tr("Total %1 is %3 more than the approved %2"),
                total,
                approved,
                quantity(-diff, unit),
            )
        self.total_label.setText(text)
        set_role(self.total_label, "good" if diff == 0 else "bad")

    def save(self) -> ApplicationView:
        return fin.plan_tranches(
            self.ctx, self.view.id, self.editor.inputs(), expected_version=self.view.version
        )
