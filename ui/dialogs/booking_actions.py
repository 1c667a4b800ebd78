"""Cancel or reschedule a booked session.

Both act on the booking as the dialog loaded it (its version): if someone else changed it
meanwhile, the service refuses and the dialog says who and when, with *Load their changes*.
Rescheduling keeps the old times in the booking's history; the slot finder offers free times
for the same topic and length.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import ConflictError, DomainError, StaleRecordError
from adminapp.services.consultations import bookings, resources
from adminapp.services.consultations.bookings import BookingView
from adminapp.services.context import AppContext
from ui.dialogs.consultation_labels import (
    booking_status_label,
    session_text,
    set_time,
    time_edit,
    time_value,
    topic_labels,
    wall_time,
)
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.slot_finder import SlotFinder
from ui.models import display
from ui.widgets.date_edit import DateEdit

NO_ROOM = 0
COMMON_REASONS = (
    QT_TRANSLATE_NOOP("CancelBookingDialog", "The company asked to cancel"),
    QT_TRANSLATE_NOOP("CancelBookingDialog", "The consultant is not available"),
    QT_TRANSLATE_NOOP("CancelBookingDialog", "The room is not available"),
    QT_TRANSLATE_NOOP("CancelBookingDialog", "Booked by mistake"),
    QT_TRANSLATE_NOOP("CancelBookingDialog", "The company did not confirm the session"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("BookingSummary", text)


class BookingSummary:
    """Read-only rows describing a booking, at the top of a form; :meth:`show` refreshes."""

    def __init__(self, form: QFormLayout) -> None:
        self.labels = [QLabel() for _ in range(5)]
        captions = (
            QCoreApplication.translate("BookingSummary", "Booking"),
            QCoreApplication.translate("BookingSummary", "Company"),
            QCoreApplication.translate("BookingSummary", "Consultant"),
            QCoreApplication.translate("BookingSummary", "When"),
            QCoreApplication.translate("BookingSummary", "Room"),
        )
        for caption, label in zip(captions, self.labels, strict=True):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(caption, label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)

    def show(self, b: BookingView) -> None:
        topic = topic_labels().get(b.topic, b.topic)
        texts = (
            fill("%1 · %2 · %3", b.reference, booking_status_label(b.status), topic),
            b.company_name,
            b.consultant_name,
            session_text(b),
            b.room_label or QCoreApplication.translate("BookingSummary", "no room"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class CancelBookingDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, booking: BookingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.loaded = booking
        form = QFormLayout()
        self.summary = BookingSummary(form)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems([self.tr(text) for text in COMMON_REASONS])
        self.reason_combo.lineEdit().setMaxLength(300)
        self.reason_combo.lineEdit().setPlaceholderText(
            self.tr("Choose a reason or type your own (required)")
        )
        self.reason_combo.setMinimumContentsLength(36)
        form.addRow(self.tr("Reason"), self.add_field("cancel_reason", self.reason_combo))
        self.compose(form)
        self.save_button.setText(self.tr("Cancel booking"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep booking"))
        self._load(booking)
        self.watch("cancel_reason", self.reason_combo.editTextChanged)
        self.resize(620, self.sizeHint().height())
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, booking: BookingView
    ) -> BookingView | None:
        return cls._exec_for_view(parent, lambda: cls(ctx, booking, parent))

    @property
    def booking(self) -> BookingView | None:
        """The cancelled booking (after Accepted)."""
        return self.result_view

    @property
    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def _load(self, booking: BookingView) -> None:
        self.loaded = booking
        self.summary.show(booking)
        self.setWindowTitle(fill(self.tr("Cancel booking %1"), booking.reference))
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setEditText("")
        closed = booking.status != "booked"
        self.save_button.setEnabled(not closed)
        if closed:
            self.show_local_errors({"": self.tr("Only a booked session can be cancelled.")})

    def reload_saved(self) -> bool:
        self._load(bookings.get_booking(self.ctx, self.loaded.id))
        self._touched.discard("cancel_reason")
        return True

    def live_errors(self) -> dict[str, str]:
        if not self.reason:
            return {"cancel_reason": self.tr("Say why the session is cancelled")}
        return {}

    def save(self) -> BookingView | None:
        self._touched.add("cancel_reason")
        if self.live_errors():
            self.show_messages()
            return None
        return bookings.cancel_booking(self.ctx, self.loaded.id, self.loaded.version, self.reason)


class RescheduleDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, booking: BookingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx)
        self.loaded = booking
        consultants = resources.list_consultants(ctx, topic=booking.topic, active_only=True)
        rooms = resources.list_rooms(ctx, active_only=True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary = BookingSummary(form)
        self.consultant_combo = QComboBox()
        for c in consultants:
            self.consultant_combo.addItem(display.name(c.name_en, c.name_zh), c.id)
        if self.consultant_combo.findData(booking.consultant_id) < 0:
            self.consultant_combo.insertItem(0, booking.consultant_name, booking.consultant_id)
        self.room_combo = QComboBox()
        self.room_combo.addItem(self.tr("No room"), NO_ROOM)
        for r in rooms:
            self.room_combo.addItem(fill(self.tr("%1 (%2 people)"), r.label, r.capacity), r.id)
        if booking.room_id and self.room_combo.findData(booking.room_id) < 0:
            self.room_combo.addItem(booking.room_label, booking.room_id)
        self.date_edit = DateEdit()
        self.start_edit = time_edit()
        self.end_edit = time_edit()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the company asked for another day"))
        form.addRow(
            self.tr("New consultant"), self.add_field("consultant_id", self.consultant_combo)
        )
        form.addRow(self.tr("New room"), self.add_field("room_id", self.room_combo))
        form.addRow(self.tr("New date"), _left(self.date_edit, 150))
        form.addRow(
            self.tr("Starts"),
            self.add_field("starts_at", _left(self.start_edit, 90), highlight=self.start_edit),
        )
        form.addRow(
            self.tr("Ends"),
            self.add_field("ends_at", _left(self.end_edit, 90), highlight=self.end_edit),
        )
        form.addRow(self.tr("Reason"), self.add_field("reason", self.reason_edit))

        self.finder = SlotFinder(
            self, consultants, lambda: self.loaded.topic, lambda: self.loaded.attendees
        )
        self.finder.exclude_booking_id = self.loaded.id
        self.finder.choose_text = self.tr("Choosing one puts it into the form.")
        finder_box = QGroupBox(self.tr("Find a free slot (same topic and length)"))
        QVBoxLayout(finder_box).addWidget(self.finder)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addWidget(finder_box, 6)
        self.compose(body)
        self.save_button.setText(self.tr("Reschedule"))

        self._load(booking)
        self.finder.find_button.clicked.connect(self.find_slots)
        self.finder.slotChosen.connect(self.use_slot)
        self.finder.slotActivated.connect(self.accept)
        self.watch("consultant_id", self.consultant_combo.currentIndexChanged)
        self.watch("room_id", self.room_combo.currentIndexChanged)
        self.watch("starts_at", self.date_edit.dateChanged, self.start_edit.timeChanged)
        self.watch("ends_at", self.end_edit.timeChanged)
        self.watch("reason", self.reason_edit.textChanged)
        self.watch("slot", self.finder.slotChosen)
        self.watch("duration", self.finder.duration_combo.currentIndexChanged)
        self.watch("date_to", self.finder.from_edit.dateChanged, self.finder.to_edit.dateChanged)
        self.resize(1060, 560)
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, booking: BookingView
    ) -> BookingView | None:
        return cls._exec_for_view(parent, lambda: cls(ctx, booking, parent))

    @property
    def booking(self) -> BookingView | None:
        """The rescheduled booking (after Accepted)."""
        return self.result_view

    def _load(self, b: BookingView) -> None:
        self.loaded = b
        self.summary.show(b)
        self.setWindowTitle(fill(self.tr("Reschedule booking %1"), b.reference))
        start, end = wall_time(b.starts_at), wall_time(b.ends_at)
        self.consultant_combo.setCurrentIndex(self.consultant_combo.findData(b.consultant_id))
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(b.room_id or NO_ROOM), 0))
        self.date_edit.set_date_value(start.date())
        set_time(self.start_edit, start.time())
        set_time(self.end_edit, end.time())
        self.finder.set_duration(int((end - start).total_seconds() // 60))
        self.finder.room_check.setChecked(b.room_id is not None)
        self.finder.choose_consultant(None)
        closed = b.status != "booked"
        self.save_button.setEnabled(not closed)
        if closed:
            self.show_local_errors({"": self.tr("Only a booked session can be rescheduled.")})

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        day = self.date_edit.date_value()
        return (
            dt.datetime.combine(day, time_value(self.start_edit)),
            dt.datetime.combine(day, time_value(self.end_edit)),
        )

    def use_slot(self) -> None:
        """Put the chosen free slot into the form."""
        slot = self.finder.selected()
        if slot is None:
            return
        start, end = wall_time(slot.starts_at), wall_time(slot.ends_at)
        self.consultant_combo.setCurrentIndex(self.consultant_combo.findData(slot.consultant_id))
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(slot.room_id or NO_ROOM), 0))
        self.date_edit.set_date_value(start.date())
        set_time(self.start_edit, start.time())
        set_time(self.end_edit, end.time())

    def find_slots(self) -> None:
        self._server_errors = {}
        try:
            self.finder.search(select_first=False)
        except DomainError as error:
            self.show_error(error)
            return
        self.refresh()

    def update_hints(self) -> None:
        start, end = self.times()
        old = (wall_time(self.loaded.starts_at), wall_time(self.loaded.ends_at))
        self.set_hint(
            "ends_at",
            "" if (start, end) == old else fill(self.tr("Was %1"), session_text(self.loaded)),
        )

    def live_errors(self) -> dict[str, str]:
        start, end = self.times()
        if end <= start:
            return {"ends_at": self.tr("The session must end after it starts")}
        return {}

    def show_error(self, error: DomainError) -> None:
        if (
            isinstance(error, ConflictError)
            and not isinstance(error, StaleRecordError)
            and self.finder.searched
        ):
            try:
                self.finder.search(select_first=False)
            except DomainError:
                pass
            error = ConflictError(
                fill(self.tr("%1. The list shows the slots free now."), error.message),
                error.field,
            )
        super().show_error(error)

    def reload_saved(self) -> bool:
        self._load(bookings.get_booking(self.ctx, self.loaded.id))
        return True

    def save(self) -> BookingView | None:
        self._touched.add("ends_at")
        if self.live_errors():
            self.show_messages()
            return None
        start, end = self.times()
        return bookings.reschedule_booking(
            self.ctx,
            self.loaded.id,
            self.loaded.version,
            start,
            end,
            consultant_id=self.consultant_combo.currentData(),
            room_id=self.room_combo.currentData() or None,
            reason=self.reason_edit.text(),
        )


def _left(widget: QWidget, width: int) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    widget.setMaximumWidth(width)
    line.addWidget(widget)
    line.addStretch(1)
    return box
