"""Book a consultation: who (a tenant or a prospective company), the topic, and when — a free
slot from the slot finder, or a time entered by hand (e.g. from a click on the calendar).

Booking a slot books the consultant and the room in one step (``bookings.create_booking``,
which checks everything again under lock). A slot someone else took meanwhile is reported
beside the list, and the list is searched again. A time entered by hand may lie in the past
only to record a session that already happened. A company flagged for no-shows needs a
manager's confirmation: a manager gets a check box for it, anyone else is told to ask one.
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
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import ConflictError, DomainError, StaleRecordError, ValidationError
from adminapp.services.consultations import bookings, resources
from adminapp.services.consultations.bookings import BookingInput, BookingView
from adminapp.services.context import AppContext, centre_now, centre_today
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.consultation_labels import (
    booking_status_label,
    set_time,
    time_edit,
    time_value,
    topic_labels,
    wall_time,
    weekday_short,
)
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.slot_finder import SlotFinder
from ui.models import display
from ui.widgets.date_edit import DateEdit

FINDER, BY_HAND = range(2)
NO_ROOM = 0
# A refusal about the consultant, the room or the times concerns the slot chosen from the list.
SLOT_FIELDS = ("consultant_id", "room_id", "starts_at", "ends_at")
WARNING_STYLE = "background: #fff4e5; border: 1px solid #f0c36d; padding: 6px; color: #5c3c00;"


class BookingDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
        consultant_id: int | None = None,
        room_id: int | None = None,
        starts_at: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.consultants = resources.list_consultants(ctx, active_only=True)
        self.rooms = resources.list_rooms(ctx, active_only=True)
        self.may_confirm = permissions.allowed(ctx.actor.roles, "booking.override")

        # -- who and what
        self.tenant_radio = QRadioButton(self.tr("Tenant"))
        self.prospect_radio = QRadioButton(self.tr("Prospective company"))
        self.tenant_radio.setChecked(True)
        self.company_picker = CompanyPicker(ctx)
        self.prospect_edit = QLineEdit()
        self.prospect_edit.setPlaceholderText(self.tr("Name of the company, not yet a tenant"))
        self.prospect_edit.setMaxLength(200)
        self.no_show_label = QLabel()
        self.no_show_label.setWordWrap(True)
        self.no_show_label.setStyleSheet(WARNING_STYLE)
        self.no_show_label.hide()
        self.confirm_check = QCheckBox(self.tr("Manager confirms this booking"))
        self.confirm_check.hide()
        self.topic_combo = QComboBox()
        for code, label in topic_labels().items():
            self.topic_combo.addItem(label, code)
        self.attendees_spin = QSpinBox()
        self.attendees_spin.setRange(1, 500)
        self.attendees_spin.setMaximumWidth(90)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("What the company wants to discuss"))
        self.notes_edit.setFixedHeight(90)

        who = QFormLayout()
        who.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who.addRow(self.tenant_radio, self.add_field("company_id", self.company_picker))
        who.addRow(self.prospect_radio, self.add_field("prospect_name", self.prospect_edit))
        who.addRow(self.no_show_label)
        who.addRow("", self.confirm_check)
        who.addRow(self.tr("Topic"), self.add_field("topic", self.topic_combo))
        who.addRow(self.tr("Attendees"), self.add_field("attendees", self.attendees_spin))
        who.addRow(self.tr("Notes"), self.add_field("notes", self.notes_edit))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        summary = QFormLayout()
        summary.addRow(self.tr("Books"), self.summary_label)

        # -- when: a free slot, or a time entered by hand
        self.finder = SlotFinder(
            self, self.consultants, lambda: self.topic, self.attendees_spin.value
        )
        self.consultant_combo = QComboBox()
        for c in self.consultants:
            self.consultant_combo.addItem(display.name(c.name_en, c.name_zh), c.id)
        self.room_combo = QComboBox()
        self.room_combo.addItem(self.tr("No room"), NO_ROOM)
        for r in self.rooms:
            self.room_combo.addItem(fill(self.tr("%1 (%2 people)"), r.label, r.capacity), r.id)
        self.date_edit = DateEdit(value=centre_today())
        self.start_edit = time_edit(dt.time(10))
        self.end_edit = time_edit(dt.time(11))
        self.happened_check = QCheckBox(self.tr("Record a session that already happened"))
        self.outcome_combo = QComboBox()
        for code in ("completed", "no_show"):
            self.outcome_combo.addItem(booking_status_label(code), code)
        self.outcome_combo.setEnabled(False)
        self.length_label = QLabel()
        self.length_label.setProperty("formRole", "hint")
        by_hand = QWidget()
        form = QFormLayout(by_hand)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Consultant"), self.add_field("consultant_id", self.consultant_combo))
        form.addRow(self.tr("Room"), self.add_field("room_id", self.room_combo))
        form.addRow(self.tr("Date"), _left(self.date_edit, 150))
        form.addRow(
            self.tr("Starts"),
            self.add_field("starts_at", _left(self.start_edit, 90), highlight=self.start_edit),
        )
        form.addRow(
            self.tr("Ends"),
            self.add_field(
                "ends_at", _left(self.end_edit, 90, self.length_label), highlight=self.end_edit
            ),
        )
        form.addRow("", self.happened_check)
        form.addRow(
            self.tr("Outcome"),
            self.add_field("status", _left(self.outcome_combo, 200), highlight=self.outcome_combo),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.finder, self.tr("Find a free slot"))
        self.tabs.addTab(by_hand, self.tr("Enter a time"))

        left = QVBoxLayout()
        left.addWidget(_group(self.tr("Company and session"), who))
        left.addWidget(_group(self.tr("The booking"), summary))
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addWidget(self.tabs, 6)
        self.compose(body)
        self.setWindowTitle(self.tr("New booking"))
        self.save_button.setText(self.tr("Book"))

        self._prefill(company_id, consultant_id, room_id, starts_at)
        self.tenant_radio.toggled.connect(self._company_kind_changed)
        self.company_picker.companyChanged.connect(self._check_no_shows)
        self.topic_combo.currentIndexChanged.connect(lambda *_a: self.finder.set_topic(self.topic))
        self.attendees_spin.valueChanged.connect(lambda *_a: self.finder.clear())
        self.happened_check.toggled.connect(self.outcome_combo.setEnabled)
        self.finder.find_button.clicked.connect(self.find_slots)
        self.finder.slotActivated.connect(self.accept)
        self.tabs.currentChanged.connect(lambda *_a: self.refresh())
        self.consultant_combo.currentIndexChanged.connect(lambda *_a: self.update_hints())
        self.finder.slotChosen.connect(self.update_hints)
        self.watch("company_id", self.company_picker.editTextChanged)
        self.watch("company_id", self.company_picker.companyChanged, self.tenant_radio.toggled)
        self.watch("company_id", self.confirm_check.toggled)
        self.watch("prospect_name", self.prospect_edit.textChanged, self.tenant_radio.toggled)
        self.watch("topic", self.topic_combo.currentIndexChanged)
        self.watch("attendees", self.attendees_spin.valueChanged)
        self.watch("notes", self.notes_edit.textChanged)
        self.watch("slot", self.finder.slotChosen)
        self.watch("duration", self.finder.duration_combo.currentIndexChanged)
        self.watch("date_to", self.finder.from_edit.dateChanged, self.finder.to_edit.dateChanged)
        self.watch("consultant_id", self.consultant_combo.currentIndexChanged)
        self.watch("room_id", self.room_combo.currentIndexChanged)
        self.watch("starts_at", self.date_edit.dateChanged, self.start_edit.timeChanged)
        self.watch("starts_at", self.happened_check.toggled)
        self.watch("ends_at", self.end_edit.timeChanged)
        self.watch("status", self.outcome_combo.currentIndexChanged, self.happened_check.toggled)
        self._company_kind_changed()
        self._check_no_shows()
        self.resize(1120, 660)
        self.refresh()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, **prefill) -> BookingView | None:
        return cls._exec_for_view(parent, lambda: cls(ctx, parent, **prefill))

    @property
    def booking(self) -> BookingView | None:
        """The booking made (after Accepted)."""
        return self.result_view

    # -- values ---------------------------------------------------------------------------

    def _prefill(
        self,
        company_id: int | None,
        consultant_id: int | None,
        room_id: int | None,
        starts_at: dt.datetime | None,
    ) -> None:
        if company_id is not None:
            self.company_picker.company_id = company_id
        consultant = next((c for c in self.consultants if c.id == consultant_id), None)
        if consultant is not None and consultant.topics:
            self.topic_combo.setCurrentIndex(self.topic_combo.findData(consultant.topics[0]))
            self.finder.set_topic(self.topic)
            self.finder.choose_consultant(consultant.id)
            self.consultant_combo.setCurrentIndex(self.consultant_combo.findData(consultant.id))
        if room_id is not None:
            self.room_combo.setCurrentIndex(max(self.room_combo.findData(room_id), 0))
        if starts_at is not None:
            start = wall_time(starts_at)
            self.date_edit.set_date_value(start.date())
            set_time(self.start_edit, start.time())
            set_time(self.end_edit, (start + dt.timedelta(minutes=60)).time())
            self.tabs.setCurrentIndex(BY_HAND)
            self.happened_check.setChecked(start + dt.timedelta(minutes=60) <= _now())

    @property
    def topic(self) -> str:
        return self.topic_combo.currentData() or ""

    @property
    def using_finder(self) -> bool:
        return self.tabs.currentIndex() == FINDER

    @property
    def company_id(self) -> int | None:
        return self.company_picker.company_id if self.tenant_radio.isChecked() else None

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        """The session typed by hand, as naive Asia/Shanghai wall times."""
        day = self.date_edit.date_value()
        start = time_value(self.start_edit)
        end = time_value(self.end_edit)
        # 00:00 as the end of a session means midnight after the day.
        end_day = day + dt.timedelta(days=1) if end == dt.time(0) and start > end else day
        return dt.datetime.combine(day, start), dt.datetime.combine(end_day, end)

    def booking_input(self) -> BookingInput | None:
        """The form as the service's input; None in the finder when no slot is chosen."""
        common = dict(
            topic=self.topic,
            company_id=self.company_id,
            prospect_name="" if self.tenant_radio.isChecked() else self.prospect_edit.text(),
            attendees=self.attendees_spin.value(),
            notes=self.notes_edit.toPlainText(),
        )
        if self.using_finder:
            slot = self.finder.selected()
            if slot is None:
                return None
            return BookingInput(
                slot.consultant_id, slot.starts_at, slot.ends_at, room_id=slot.room_id, **common
            )
        start, end = self.times()
        room = self.room_combo.currentData() or None
        return BookingInput(self.consultant_combo.currentData(), start, end, room_id=room, **common)

    # -- feedback -------------------------------------------------------------------------

    def _company_kind_changed(self) -> None:
        tenant = self.tenant_radio.isChecked()
        self.company_picker.setEnabled(tenant)
        self.prospect_edit.setEnabled(not tenant)
        self._check_no_shows()

    def _check_no_shows(self) -> None:
        """Warn about a company flagged for no-shows; offer a manager the confirmation."""
        company_id = self.company_id
        status = bookings.company_no_shows(self.ctx, company_id) if company_id else None
        flagged = status is not None and status.needs_confirmation
        if flagged:
            text = fill(
                self.tr(
                    "This company missed %1 sessions in the last 90 days: its next booking "
                    "needs a manager's confirmation."
                ),
                status.no_shows,
            )
            if not self.may_confirm:
                text += " " + self.tr("Ask a manager to book it.")
            self.no_show_label.setText(text)
        else:
            self.confirm_check.setChecked(False)
        self.no_show_label.setVisible(flagged)
        self.confirm_check.setVisible(flagged and self.may_confirm)
        self._fit_height()

    def update_hints(self) -> None:
        consultant = next(
            (c for c in self.consultants if c.id == self.consultant_combo.currentData()), None
        )
        if consultant is not None:
            topics = topic_labels()
            self.set_hint(
                "consultant_id",
                fill(
                    self.tr("%1 · %2"),
                    ", ".join(topics.get(t, t) for t in consultant.topics),
                    display.hours_text(consultant.hours),
                ),
            )
        self.summary_label.setText(self._summary())
        start, end = self.times()
        self.length_label.setText(
            fill(self.tr("%1 min"), int((end - start).total_seconds() // 60)) if end > start else ""
        )
        past = not self.using_finder and start < _now() and not self.happened_check.isChecked()
        self.set_hint(
            "starts_at",
            self.tr("This time has passed: to record a session, tick the box below")
            if past
            else "",
        )

    def _summary(self) -> str:
        """The session that Book would make, in words."""
        if self.using_finder:
            slot = self.finder.selected()
            if slot is None and self.finder.searched:
                return self.tr("No slot chosen yet: choose one from the list.")
            if slot is None:
                return self.tr("No slot chosen yet: press Find slots and choose one.")
            start, end = wall_time(slot.starts_at), wall_time(slot.ends_at)
            consultant, room = slot.consultant_name, slot.room_label
        else:
            start, end = self.times()
            consultant = self.consultant_combo.currentText()
            room = self.room_combo.currentData() and self.room_combo.currentText()
        when = fill(
            "%1 %2, %3–%4",
            weekday_short(start.weekday()),
            start.date(),
            f"{start:%H:%M}",
            f"{end:%H:%M}",
        )
        text = fill(self.tr("%1 with %2"), when, consultant)
        return text + " · " + (room or self.tr("no room"))

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tenant_radio.isChecked() and self.company_picker.company_id is None:
            errors["company_id"] = self.tr("Choose the company, or name the prospective company")
        if not self.tenant_radio.isChecked() and not self.prospect_edit.text().strip():
            errors["prospect_name"] = self.tr("Name the prospective company")
        if not self.using_finder:
            start, end = self.times()
            if end <= start:
                errors["ends_at"] = self.tr("The session must end after it starts")
        return errors

    def find_slots(self) -> None:
        self._server_errors = {}
        try:
            self.finder.search()
        except DomainError as error:
            self.show_error(error)
            return
        self.refresh()

    def show_error(self, error: DomainError) -> None:
        if not self.using_finder or isinstance(error, StaleRecordError):
            super().show_error(error)
            return
        if isinstance(error, ConflictError):
            # Someone else booked it since the search: search again, then say so.
            message = error.message
            try:
                # Nothing chosen: Book must not take another slot unasked.
                self.finder.search(select_first=False)
            except DomainError:
                pass
            text = fill(
                self.tr("That slot was taken meanwhile: %1. The list shows the slots free now."),
                message,
            )
            super().show_error(ValidationError({"slot": text}))
            return
        errors = dict(error.errors) if isinstance(error, ValidationError) else None
        if errors is None:
            super().show_error(error)
            return
        slot_messages = [errors.pop(name) for name in SLOT_FIELDS if name in errors]
        if slot_messages:
            errors["slot"] = "\n".join(slot_messages)
        super().show_error(ValidationError(errors))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> BookingView | None:
        self._touched.update(("company_id", "prospect_name", "ends_at"))
        if self.live_errors():
            self.show_messages()
            return None
        data = self.booking_input()
        if data is None:
            if self.finder.searched:
                text = self.tr("Choose one of the free slots")
            else:
                text = self.tr("Press Find slots, then choose one of the free slots")
            self.show_local_errors({"slot": text})
            return None
        happened = not self.using_finder and self.happened_check.isChecked()
        return bookings.create_booking(
            self.ctx,
            data,
            happened=happened,
            outcome=self.outcome_combo.currentData() if happened else "completed",
            manager_confirmed=self.confirm_check.isVisible() and self.confirm_check.isChecked(),
        )


def _now() -> dt.datetime:
    return wall_time(centre_now())


def _left(widget: QWidget, width: int, *more: QWidget) -> QWidget:
    """``widget`` (at most ``width`` wide) and ``more`` on a line, from the left."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    widget.setMaximumWidth(width)
    widget.setMinimumWidth(width * 2 // 3)
    line.addWidget(widget)
    for other in more:
        line.addWidget(other)
    line.addStretch(1)
    return box


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    return box
