"""A list of periods (a consultant's time off, a room's closures) with add and remove.

Adding or removing a period is its own action, saved at once by the dialog through the
service (it answers with the sessions already booked inside the period); the inputs are
fields of the dialog (``starts_at``, ``ends_at``, ``reason``), so refusals show beside them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.services.consultations import bookings
from adminapp.services.consultations.resources import PeriodView
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.consultation_labels import (
    booking_line,
    moment_edit,
    moment_value,
    period_text,
    set_moment,
)
from ui.dialogs.form import FormDialog, fill

MAX_LISTED = 10
NOTICE_STYLE = "background: #fff4e5; border: 1px solid #f0c36d; padding: 6px; color: #5c3c00;"


class PeriodsEditor(QWidget):
    addRequested = Signal()
    removeRequested = Signal(int)

    def __init__(self, dialog: FormDialog, add_text: str, empty_text: str) -> None:
        super().__init__()
        self.empty_text = empty_text
        self.list = QListWidget()
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.from_edit = moment_edit()
        self.to_edit = moment_edit()
        tomorrow = dt.datetime.combine(centre_today() + dt.timedelta(days=1), dt.time(9))
        set_moment(self.from_edit, tomorrow)
        set_moment(self.to_edit, tomorrow.replace(hour=18))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional)"))
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("From"), dialog.add_field("starts_at", self.from_edit))
        form.addRow(self.tr("Until"), dialog.add_field("ends_at", self.to_edit))
        form.addRow(self.tr("Reason"), dialog.add_field("reason", self.reason_edit))
        form.addRow("", _right(self.add_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(listed)
        layout.addWidget(self.notice)
        layout.addLayout(form)

        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button.clicked.connect(self._remove)
        dialog.watch("starts_at", self.from_edit.dateTimeChanged)
        dialog.watch("ends_at", self.to_edit.dateTimeChanged)
        dialog.watch("reason", self.reason_edit.textChanged)

    def set_periods(self, periods: list[PeriodView]) -> None:
        self.list.clear()
        for p in periods:
            text = period_text(p.starts_at, p.ends_at) + (f" · {p.reason}" if p.reason else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if not periods:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)

    def period_ids(self) -> list[int]:
        ids = (self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))
        return [i for i in ids if i is not None]

    def select(self, period_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == period_id:
                self.list.setCurrentRow(row)

    def period(self) -> tuple[dt.datetime, dt.datetime, str]:
        return moment_value(self.from_edit), moment_value(self.to_edit), self.reason_edit.text()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _remove(self) -> None:
        items = self.list.selectedItems()
        if items and items[0].data(Qt.ItemDataRole.UserRole) is not None:
            self.removeRequested.emit(int(items[0].data(Qt.ItemDataRole.UserRole)))


def affected_notice(ctx: AppContext, booking_ids: list[int], template: str) -> str:
    """``template`` (``%1``: how many) and the sessions booked inside a new period."""
    if not booking_ids:
        return ""
    shown = [booking_line(bookings.get_booking(ctx, i)) for i in booking_ids[:MAX_LISTED]]
    more = len(booking_ids) - len(shown)
    if more:
        shown.append(fill(QCoreApplication.translate("PeriodsEditor", "… and %1 more"), more))
    return fill(template, len(booking_ids)) + "\n" + "\n".join(shown)


def _right(widget: QWidget) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    line.addStretch(1)
    line.addWidget(widget)
    return box
