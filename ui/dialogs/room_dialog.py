"""Set up or edit a meeting room: its unit (a unit of kind meeting room), name, capacity,
opening hours and weekdays, and out-of-service periods.

An out-of-service period is added and removed at once (its own action); adding one over
sessions already booked in the room is allowed, and the dialog lists those sessions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError, ValidationError
from adminapp.services.consultations import resources
from adminapp.services.consultations.resources import RoomInput, RoomView
from adminapp.services.consultations.room_units import meeting_room_units
from adminapp.services.context import AppContext
from ui import messages
from ui.dialogs.consultation_labels import set_time, time_edit, time_value, weekday_short
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.periods_editor import PeriodsEditor, affected_notice

NO_UNIT = 0


class RoomDialog(FormDialog):
    def __init__(self, ctx: AppContext, room_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.room_id = room_id
        original = resources.get_room(ctx, room_id) if room_id else None
        self.loaded_version = original.version if original else None
        #: Periods were added or removed (saved at once, even if the dialog is then cancelled).
        self.periods_changed = False

        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("Choose a meeting-room unit…"), NO_UNIT)
        for unit in meeting_room_units(ctx):
            if unit.room_id is not None and unit.room_id != room_id:
                continue  # already set up as another room
            text = unit.code if unit.in_service else fill(self.tr("%1 (out of service)"), unit.code)
            self.unit_combo.addItem(text, unit.id)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lotus"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, 500)
        self.capacity_spin.setSuffix(self.tr(" people"))
        self.capacity_spin.setMaximumWidth(130)
        self.opens_edit = time_edit(dt.time(8))
        self.closes_edit = time_edit(dt.time(20))
        for edit in (self.opens_edit, self.closes_edit):
            edit.setMaximumWidth(90)
        hours = QWidget()
        line = QHBoxLayout(hours)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.opens_edit)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.closes_edit)
        line.addStretch(1)
        self.day_checks = [QCheckBox(weekday_short(d)) for d in range(7)]
        days = QWidget()
        line = QHBoxLayout(days)
        line.setContentsMargins(0, 0, 0, 0)
        for check in self.day_checks:
            line.addWidget(check)
        line.addStretch(1)
        self.active_check = QCheckBox(self.tr("Bookable"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Unit"), self.add_field("unit_id", self.unit_combo))
        form.addRow(self.tr("Name"), self.add_field("name", self.name_edit))
        form.addRow(self.tr("Capacity"), self.add_field("capacity", self.capacity_spin))
        form.addRow(self.tr("Opens"), self.add_field("opens", hours, highlight=self.opens_edit))
        form.addRow(self.tr("Open on"), self.add_field("open_days", days, text=self._days_text))
        form.addRow(self.tr("Status"), self.add_field("active", self.active_check))
        self.closures = PeriodsEditor(
            self, self.tr("Take out of service"), self.tr("No out-of-service periods")
        )
        closures_box = QVBoxLayout()
        closures_box.addWidget(self.closures)
        self.closures_group = QGroupBox(self.tr("Out of service"))
        self.closures_group.setLayout(closures_box)
        room_group = QGroupBox(self.tr("Room"))
        room_group.setLayout(form)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(room_group)
        left.addStretch(1)
        body.addLayout(left, 1)
        body.addWidget(self.closures_group, 1)
        self.compose(body)

        self._load(original)
        for name, signal in (
            ("unit_id", self.unit_combo.currentIndexChanged),
            ("name", self.name_edit.textChanged),
            ("capacity", self.capacity_spin.valueChanged),
            ("opens", self.opens_edit.timeChanged),
            ("opens", self.closes_edit.timeChanged),
            ("active", self.active_check.toggled),
        ):
            self.watch(name, signal)
        for check in self.day_checks:
            self.watch("open_days", check.toggled)
        self.closures.addRequested.connect(self.add_closure)
        self.closures.removeRequested.connect(self.remove_closure)
        if original is None:
            self.setWindowTitle(self.tr("New meeting room"))
            self.save_button.setText(self.tr("Add room"))
        else:
            self.setWindowTitle(fill(self.tr("Edit meeting room %1"), original.label))
        self.resize(900, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, room_id: int | None = None
    ) -> RoomView | None:
        return cls._exec_for_view(parent, lambda: cls(ctx, room_id, parent))

    @property
    def room(self) -> RoomView | None:
        """The room as saved (after Accepted)."""
        return self.result_view

    # -- values ---------------------------------------------------------------------------

    def _load(self, r: RoomView | None) -> None:
        self.closures_group.setEnabled(r is not None)
        if r is None:
            self.capacity_spin.setValue(8)
            for day, check in enumerate(self.day_checks):
                check.setChecked(day < 5)
            self.active_check.setChecked(True)
            self.closures.set_periods([])
            self.closures.list.item(0).setText(self.tr("Add the room first"))
            return
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(r.unit_id), 0))
        self.name_edit.setText(r.name)
        self.capacity_spin.setValue(r.capacity)
        set_time(self.opens_edit, r.opens)
        set_time(self.closes_edit, r.closes)
        for day, check in enumerate(self.day_checks):
            check.setChecked(str(day) in r.open_days)
        self.active_check.setChecked(r.active)
        self.closures.set_periods(r.closures)
        if not r.in_service:
            self.set_hint(
                "unit_id", self.tr("The unit is out of service: the room is not bookable")
            )

    @property
    def open_days(self) -> str:
        return "".join(str(d) for d, check in enumerate(self.day_checks) if check.isChecked())

    def _days_text(self) -> str:
        return ", ".join(weekday_short(int(d)) for d in self.open_days) or "—"

    @property
    def room_input(self) -> RoomInput:
        return RoomInput(
            unit_id=self.unit_combo.currentData() or None,
            capacity=self.capacity_spin.value(),
            opens=time_value(self.opens_edit),
            closes=time_value(self.closes_edit),
            open_days=self.open_days,
            name=self.name_edit.text(),
            active=self.active_check.isChecked(),
        )

    # -- feedback -------------------------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        # The opening hours are one row: a refused closing time is shown there.
        if isinstance(error, ValidationError) and "closes" in error.errors:
            errors = dict(error.errors)
            errors["opens"] = errors.pop("closes")
            error = ValidationError(errors)
        super().show_error(error)

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.unit_combo.currentData():
            errors["unit_id"] = self.tr("Choose the meeting room's unit")
        if time_value(self.closes_edit) <= time_value(self.opens_edit):
            errors["opens"] = self.tr("The room must close after it opens")
        if not self.open_days:
            errors["open_days"] = self.tr("Choose the weekdays the room is open")
        return errors

    # -- out-of-service periods -----------------------------------------------------------

    def _after_period_change(self) -> None:
        self.periods_changed = True
        fresh = resources.get_room(self.ctx, self.room_id)
        if self.loaded_version is not None and fresh.version == self.loaded_version + 1:
            self.loaded_version = fresh.version
        self.closures.set_periods(fresh.closures)

    def add_closure(self) -> None:
        if self.room_id is None:
            return
        start, end, reason = self.closures.period()
        try:
            booked = resources.add_room_closure(self.ctx, self.room_id, start, end, reason)
        except DomainError as error:
            self.show_error(error)
            return
        self._after_period_change()
        self.closures.reason_edit.clear()
        notice = affected_notice(
            self.ctx,
            booked,
            self.tr("%1 booked session(s) are in the room then and need another room or time:"),
        )
        self.closures.set_notice(notice)
        if notice:
            messages.warning(self, self.tr("Sessions to move"), notice)
        self._server_errors = {}
        self.refresh()

    def remove_closure(self, closure_id: int) -> None:
        if self.room_id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Back in service"),
            self.tr("Remove this out-of-service period? The room can be booked then again."),
        ):
            return
        try:
            resources.remove_room_closure(self.ctx, self.room_id, closure_id)
        except DomainError as error:
            self.show_error(error)
            return
        self._after_period_change()
        self.closures.set_notice("")

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        if self.room_id is None:
            return False
        fresh = resources.get_room(self.ctx, self.room_id)
        self.loaded_version = fresh.version
        self._load(fresh)
        return True

    def save(self) -> RoomView | None:
        data = self.room_input
        if self.room_id is None:
            return resources.create_room(self.ctx, data)
        return resources.update_room(self.ctx, self.room_id, self.loaded_version, data)
