"""Set up or edit a consultant: names, topics, platform, internal or external, the buffer kept
free between sessions, weekly hours (a grid of weekdays) and time off.

Time off is added and removed at once (its own action, audited on the consultant); adding it
over sessions already booked is allowed — a consultant falls ill — and the dialog lists the
sessions that now need rescheduling.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.services.consultations import resources
from adminapp.services.consultations.resources import (
    PLATFORMS,
    ConsultantInput,
    ConsultantView,
)
from adminapp.services.context import AppContext
from ui import messages
from ui.dialogs.consultation_labels import topic_labels, weekday_short
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.hours_grid import DEFAULT, HoursGrid
from ui.dialogs.periods_editor import PeriodsEditor, affected_notice
from ui.models.display import platform_label


class ConsultantDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, consultant_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.consultant_id = consultant_id
        original = resources.get_consultant(ctx, consultant_id) if consultant_id else None
        self.loaded_version = original.version if original else None
        #: Periods were added or removed (saved at once, even if the dialog is then cancelled).
        self.periods_changed = False

        self.name_en_edit = QLineEdit()
        self.name_en_edit.setMaxLength(120)
        self.name_zh_edit = QLineEdit()
        self.name_zh_edit.setMaxLength(120)
        self.topic_checks: dict[str, QCheckBox] = {}
        topics_box = QWidget()
        topics_grid = QGridLayout(topics_box)
        topics_grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, label) in enumerate(topic_labels().items()):
            check = QCheckBox(label)
            self.topic_checks[code] = check
            topics_grid.addWidget(check, i // 2, i % 2)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem(self.tr("Choose…"), "")
        for code in PLATFORMS:
            self.platform_combo.addItem(platform_label(code), code)
        self.internal_combo = QComboBox()
        self.internal_combo.addItem(self.tr("The centre's own staff"), True)
        self.internal_combo.addItem(self.tr("External adviser"), False)
        self.buffer_spin = QSpinBox()
        self.buffer_spin.setRange(0, 240)
        self.buffer_spin.setSingleStep(5)
        self.buffer_spin.setSuffix(self.tr(" min"))
        self.buffer_spin.setMaximumWidth(110)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.active_check = QCheckBox(self.tr("Takes sessions"))
        self.hours_grid = HoursGrid()

        general = QFormLayout()
        general.addRow(self.tr("English name"), self.add_field("name_en", self.name_en_edit))
        general.addRow(self.tr("Chinese name"), self.add_field("name_zh", self.name_zh_edit))
        general.addRow(
            self.tr("Topics"), self.add_field("topics", topics_box, text=self._topics_text)
        )
        general.addRow(self.tr("Platform"), self.add_field("platform", self.platform_combo))
        general.addRow(self.tr("Employed"), self.add_field("internal", self.internal_combo))
        general.addRow(
            self.tr("Between sessions"), self.add_field("buffer_minutes", self.buffer_spin)
        )
        general.addRow(self.tr("Email"), self.add_field("email", self.email_edit))
        general.addRow(self.tr("Status"), self.add_field("active", self.active_check))
        hours = QFormLayout()
        hours.addRow(self.add_field("hours", self.hours_grid, text=self.hours_grid.text))
        self.set_hint("buffer_minutes", self.tr("Kept free before and after each session"))
        self.time_off = PeriodsEditor(
            self, self.tr("Add time off"), self.tr("No time off recorded")
        )
        off_box = QVBoxLayout()
        off_box.addWidget(self.time_off)

        general_group = _group(self.tr("Consultant"), general)
        hours_group = _group(self.tr("Weekly hours (Shanghai time)"), hours)
        self.time_off_group = _group(self.tr("Time off"), off_box)
        self.compose_columns([general_group], [hours_group, self.time_off_group])

        self._load(original)
        for name, signal in (
            ("name_en", self.name_en_edit.textChanged),
            ("name_zh", self.name_zh_edit.textChanged),
            ("platform", self.platform_combo.currentIndexChanged),
            ("internal", self.internal_combo.currentIndexChanged),
            ("buffer_minutes", self.buffer_spin.valueChanged),
            ("email", self.email_edit.textChanged),
            ("active", self.active_check.toggled),
            ("hours", self.hours_grid.changed),
        ):
            self.watch(name, signal)
        for check in self.topic_checks.values():
            self.watch("topics", check.toggled)
        self.time_off.addRequested.connect(self.add_time_off)
        self.time_off.removeRequested.connect(self.remove_time_off)
        if original is None:
            self.setWindowTitle(self.tr("New consultant"))
            self.save_button.setText(self.tr("Add consultant"))
        else:
            self.setWindowTitle(fill(self.tr("Edit consultant %1"), original.name_en))
        self.resize(980, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, consultant_id: int | None = None
    ) -> ConsultantView | None:
        return cls._exec_for_view(parent, lambda: cls(ctx, consultant_id, parent))

    @property
    def consultant(self) -> ConsultantView | None:
        """The consultant as saved (after Accepted)."""
        return self.result_view

    # -- values ---------------------------------------------------------------------------

    def _load(self, c: ConsultantView | None) -> None:
        self.time_off_group.setEnabled(c is not None)
        if c is None:
            self.active_check.setChecked(True)
            self.hours_grid.set_hours([(d, *DEFAULT) for d in range(5)])
            self.time_off.set_periods([])
            self.time_off.list.item(0).setText(self.tr("Add the consultant first"))
            return
        self.name_en_edit.setText(c.name_en)
        self.name_zh_edit.setText(c.name_zh)
        for code, check in self.topic_checks.items():
            check.setChecked(code in c.topics)
        self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(c.platform), 0))
        self.internal_combo.setCurrentIndex(0 if c.internal else 1)
        self.buffer_spin.setValue(c.buffer_minutes)
        self.email_edit.setText(c.email)
        self.active_check.setChecked(c.active)
        self.hours_grid.set_hours(c.hours)
        self.time_off.set_periods(c.time_off)

    @property
    def topics(self) -> list[str]:
        return [code for code, check in self.topic_checks.items() if check.isChecked()]

    @property
    def consultant_input(self) -> ConsultantInput:
        return ConsultantInput(
            name_en=self.name_en_edit.text(),
            name_zh=self.name_zh_edit.text(),
            topics=self.topics,
            platform=self.platform_combo.currentData() or "",
            hours=self.hours_grid.hours(),
            internal=bool(self.internal_combo.currentData()),
            buffer_minutes=self.buffer_spin.value(),
            email=self.email_edit.text(),
            active=self.active_check.isChecked(),
        )

    def _topics_text(self) -> str:
        labels = topic_labels()
        return ", ".join(labels[t] for t in self.topics) or "—"

    # -- feedback -------------------------------------------------------------------------

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name_en_edit.text().strip():
            errors["name_en"] = self.tr("Give the consultant's name")
        if not self.topics:
            errors["topics"] = self.tr("Choose at least one topic the consultant covers")
        if not self.platform_combo.currentData():
            errors["platform"] = self.tr("Choose the service platform the consultant belongs to")
        hours = sorted(self.hours_grid.hours())
        for i, (day, start, end) in enumerate(hours):
            if end <= start:
                errors["hours"] = fill(
                    self.tr("%1: the hours must end after they start"), weekday_short(day)
                )
            elif i and hours[i - 1][0] == day and hours[i - 1][2] > start:
                errors["hours"] = fill(
                    self.tr("%1: two periods of working hours overlap"), weekday_short(day)
                )
        if not hours and self.active_check.isChecked():
            errors["hours"] = self.tr("Give the consultant's working hours on at least one weekday")
        return errors

    # -- time off -------------------------------------------------------------------------

    def _after_period_change(self) -> None:
        self.periods_changed = True
        """Show the time off as saved; adopt the new version if the change was ours alone."""
        fresh = resources.get_consultant(self.ctx, self.consultant_id)
        if self.loaded_version is not None and fresh.version == self.loaded_version + 1:
            self.loaded_version = fresh.version
        self.time_off.set_periods(fresh.time_off)

    def add_time_off(self) -> None:
        if self.consultant_id is None:
            return
        start, end, reason = self.time_off.period()
        try:
            booked = resources.add_time_off(self.ctx, self.consultant_id, start, end, reason)
        except DomainError as error:
            self.show_error(error)
            return
        self._after_period_change()
        self.time_off.reason_edit.clear()
        notice = affected_notice(
            self.ctx,
            booked,
            self.tr("%1 booked session(s) fall in this time off and need rescheduling:"),
        )
        self.time_off.set_notice(notice)
        if notice:
            messages.warning(self, self.tr("Sessions to reschedule"), notice)
        self._server_errors = {}
        self.refresh()

    def remove_time_off(self, period_id: int) -> None:
        if self.consultant_id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove time off"),
            self.tr("Remove this time off? The hours are free again."),
        ):
            return
        try:
            resources.remove_time_off(self.ctx, self.consultant_id, period_id)
        except DomainError as error:
            self.show_error(error)
            return
        self._after_period_change()
        self.time_off.set_notice("")

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        if self.consultant_id is None:
            return False
        fresh = resources.get_consultant(self.ctx, self.consultant_id)
        self.loaded_version = fresh.version
        self._load(fresh)
        return True

    def save(self) -> ConsultantView | None:
        data = self.consultant_input
        if self.consultant_id is None:
            return resources.create_consultant(self.ctx, data)
        return resources.update_consultant(self.ctx, self.consultant_id, self.loaded_version, data)


def _group(title: str, form: QFormLayout | QVBoxLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    return box
