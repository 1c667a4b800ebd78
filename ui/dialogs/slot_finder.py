"""The slot finder: a topic or a consultant, a duration, a date range and whether a room is
needed → the free slots (date, time, consultant, room) from ``slots.find_slots``.

Its inputs are fields of the dialog it sits in (``duration``, ``date_to``, ``slot``), so a
refusal is shown beside them like any other. The list is cleared whenever what it was found
for changes: a slot is only ever booked for the search that found it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp.services.consultations import slots
from adminapp.services.consultations.resources import ConsultantView
from adminapp.services.consultations.slots import Slot
from adminapp.services.context import AppContext, centre_today
from ui.dialogs.consultation_labels import fill_choices, wall_time, weekday_short
from ui.dialogs.form import FormDialog, fill
from ui.widgets.date_edit import DateEdit

Index = QModelIndex | QPersistentModelIndex
DURATIONS = (30, 45, 60, 90, 120, 180, 240)
SEARCH_DAYS = 14
ANY = 0  # "any consultant who advises on the topic"


def _t(text: str) -> str:
    return QCoreApplication.translate("SlotFinder", text)


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return fill(QCoreApplication.translate("SlotFinder", "%1 min"), minutes)
    if not rest:
        return fill(QCoreApplication.translate("SlotFinder", "%1 h"), hours)
    return fill(QCoreApplication.translate("SlotFinder", "%1 h %2 min"), hours, rest)


class SlotModel(QAbstractTableModel):
    """The slots found, earliest first (a search returns at most a few hundred)."""

    DATE, TIME, CONSULTANT, ROOM = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Slot] = []

    def set_slots(self, found: list[Slot]) -> None:
        self.beginResetModel()
        self._slots = list(found)
        self.endResetModel()

    def slot_at(self, row: int) -> Slot:
        return self._slots[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Consultant"), self.tr("Room"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        slot = self._slots[index.row()]
        a, b = wall_time(slot.starts_at), wall_time(slot.ends_at)
        column = index.column()
        if column == self.DATE:
            return f"{weekday_short(a.weekday())} {a:%Y-%m-%d}"
        if column == self.TIME:
            return f"{a:%H:%M}–{b:%H:%M}"
        if column == self.CONSULTANT:
            return slot.consultant_name
        return slot.room_label or self.tr("no room")


class SlotFinder(QWidget):
    """Search inputs, a Find button, a status line and the list of free slots."""

    slotChosen = Signal()  # the selection changed
    slotActivated = Signal()  # a slot was double-clicked (or Enter)

    def __init__(
        self,
        dialog: FormDialog,
        consultants: list[ConsultantView],
        topic: Callable[[], str],
        attendees: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx: AppContext = dialog.ctx
        self._consultants = [c for c in consultants if c.active]
        self._topic = topic
        self._attendees = attendees
        self._searched = False
        #: A session being rescheduled: its own time counts as free.
        self.exclude_booking_id: int | None = None
        #: What the status line tells the user to do with a slot found.
        self.choose_text = self.tr("Choose one and press Book.")

        self.consultant_combo = QComboBox()
        self.duration_combo = QComboBox()
        for minutes in DURATIONS:
            self.duration_combo.addItem(duration_text(minutes), minutes)
        self.duration_combo.setCurrentIndex(DURATIONS.index(60))
        self.from_edit = DateEdit(value=centre_today())
        self.to_edit = DateEdit(value=centre_today() + dt.timedelta(days=SEARCH_DAYS - 1))
        self.room_check = QCheckBox(self.tr("Needs a room"))
        self.room_check.setChecked(True)
        self.find_button = QPushButton(self.tr("Find slots"))
        self.find_button.setDefault(False)
        self.find_button.setAutoDefault(False)
        self.status_label = QLabel(self.tr("Press Find slots to list the free times."))
        self.status_label.setProperty("formRole", "hint")
        self.status_label.setWordWrap(True)
        self.model = SlotModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(220)

        dates = QWidget()
        line = QHBoxLayout(dates)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.from_edit, 1)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.to_edit, 1)
        options = QWidget()
        line = QHBoxLayout(options)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.room_check)
        line.addStretch(1)
        line.addWidget(self.find_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("With"), self.consultant_combo)
        form.addRow(self.tr("Duration"), dialog.add_field("duration", self.duration_combo))
        form.addRow(self.tr("Days"), dialog.add_field("date_to", dates, highlight=self.to_edit))
        form.addRow("", options)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(dialog.add_field("slot", self.view), 1)

        for signal in (
            self.consultant_combo.currentIndexChanged,
            self.duration_combo.currentIndexChanged,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.room_check.toggled,
        ):
            signal.connect(lambda *_a: self.clear())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.slotChosen.emit())
        self.view.activated.connect(lambda *_a: self.slotActivated.emit())
        self.set_topic(topic())

    # -- inputs ---------------------------------------------------------------------------

    def set_topic(self, topic: str) -> None:
        """Offer the consultants who advise on ``topic`` (keeping the one chosen, if any)."""
        items: list[tuple[str, object]] = [(self.tr("Any consultant for the topic"), ANY)]
        items += [(c.name_en, c.id) for c in self._consultants if topic in c.topics]
        fill_choices(self.consultant_combo, items, self.consultant_combo.currentData())
        self.clear()

    def choose_consultant(self, consultant_id: int | None) -> None:
        index = self.consultant_combo.findData(consultant_id or ANY)
        self.consultant_combo.setCurrentIndex(max(index, 0))

    @property
    def consultant_id(self) -> int | None:
        return self.consultant_combo.currentData() or None

    @property
    def duration(self) -> int:
        return int(self.duration_combo.currentData())

    def set_duration(self, minutes: int) -> None:
        index = self.duration_combo.findData(minutes)
        if index < 0:
            self.duration_combo.addItem(duration_text(minutes), minutes)
            index = self.duration_combo.count() - 1
        self.duration_combo.setCurrentIndex(index)

    def date_range(self) -> tuple[dt.date, dt.date]:
        """First and last day searched (the service's end is the day after the last)."""
        return self.from_edit.date_value(), self.to_edit.date_value()

    # -- searching ------------------------------------------------------------------------

    def search(self, *, select_first: bool = True) -> list[Slot]:
        """Ask the service for free slots and list them; raises ``DomainError`` if refused."""
        first, last = self.date_range()
        found = slots.find_slots(
            self.ctx,
            duration_minutes=self.duration,
            date_from=first,
            date_to=last + dt.timedelta(days=1),
            topic=self._topic() or None,
            consultant_id=self.consultant_id,
            attendees=max(self._attendees(), 1),
            with_room=self.room_check.isChecked(),
            exclude_booking_id=self.exclude_booking_id,
        )
        self.model.set_slots(found)
        self._searched = True
        if not found:
            text = self.tr("No free slot in these days: try other days, another consultant")
            if self.room_check.isChecked():
                text += self.tr(", or no room")
            self.status_label.setText(text + ".")
        elif len(found) >= 500:
            self.status_label.setText(self.tr("The first 500 free slots; narrow the days."))
        else:
            self.status_label.setText(
                fill(self.tr("%1 free slot(s). %2"), len(found), self.choose_text)
            )
        if found and select_first:
            self.view.selectRow(0)
        self.slotChosen.emit()  # a reset model clears the selection without a signal
        return found

    def clear(self) -> None:
        """Forget the slots found (what they were found for changed)."""
        if not self._searched and not self.model.rowCount():
            return
        self._searched = False
        self.model.set_slots([])
        self.status_label.setText(self.tr("Press Find slots to list the free times."))
        self.slotChosen.emit()

    @property
    def searched(self) -> bool:
        return self._searched

    def selected(self) -> Slot | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.slot_at(rows[0].row()) if rows else None

    def select(self, row: int) -> None:
        self.view.selectRow(row)
