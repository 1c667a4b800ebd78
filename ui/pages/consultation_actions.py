"""The Consultations page's quick actions on the selected booking: new, reschedule, complete,
cancel, no-show, and calendar files (.ics) of one booking or of a consultant's schedule.

New, Reschedule and Cancel open dialogs (imported when first used, so the page works without
them); Complete and No-show ask for confirmation and call the service. Every button is enabled
by the user's roles (``adminapp.permissions``) and by the booking's status; the services check
both again.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services.consultations import bookings, ical
from adminapp.services.consultations.bookings import BookingView
from adminapp.services.context import centre_now
from ui import messages


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the calendar file (tests replace this); None when cancelled."""
    title = QCoreApplication.translate("ConsultationsPage", "Export calendar file")
    kinds = QCoreApplication.translate("ConsultationsPage", "Calendar file (*.ics)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path or None


def dialog_class(module: str, name: str) -> Any:
    """``ui.dialogs.<module>.<name>``, imported now (another helper writes the dialogs)."""
    return getattr(importlib.import_module(f"ui.dialogs.{module}"), name)


class BookingActions:
    """Mixed into the Consultations page: it provides ``ctx``, ``signals``,
    ``selected_booking()``, ``schedule_target()``, ``remember_selection`` and ``tr``."""

    ctx: Any
    signals: Any

    def build_actions(self) -> QWidget:
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        self.new_button = QPushButton(self.tr("New booking…"))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.complete_button = QPushButton(self.tr("Complete"))
        self.cancel_button = QPushButton(self.tr("Cancel…"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export .ics"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_booking_action = menu.addAction(self.tr("This booking…"))
        self.export_schedule_action = menu.addAction(self.tr("Consultant's schedule…"))
        self.export_button.setMenu(menu)
        self.new_button.setToolTip(self.tr("Book a session (Ctrl+N)"))
        self.complete_button.setToolTip(self.tr("The session took place"))
        self.no_show_button.setToolTip(self.tr("The company did not come"))
        for i, button in enumerate(
            (
                self.new_button,
                self.reschedule_button,
                self.complete_button,
                self.cancel_button,
                self.no_show_button,
                self.export_button,
            )
        ):
            grid.addWidget(button, i // 3, i % 3)
        self.export_button.setSizePolicy(self.new_button.sizePolicy())
        self.new_button.clicked.connect(lambda: self.new_booking())
        self.reschedule_button.clicked.connect(self.reschedule)
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button.clicked.connect(self.cancel)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.export_booking_action.triggered.connect(self.export_booking)
        self.export_schedule_action.triggered.connect(self.export_schedule)
        return panel

    def may(self, action: str) -> bool:
        return permissions.allowed(self.ctx.actor.roles, action)

    def update_buttons(self) -> None:
        b: BookingView | None = self.selected_booking()  # type: ignore[attr-defined]
        change = self.may("booking.change")
        booked = b is not None and b.status == "booked"
        begun = b is not None and b.starts_at <= centre_now()
        self.new_button.setEnabled(self.may("booking.create"))
        self.reschedule_button.setEnabled(change and booked)
        self.cancel_button.setEnabled(change and booked)
        self.complete_button.setEnabled(change and booked and begun)
        self.no_show_button.setEnabled(change and booked and begun)
        if not change:
            why = self.tr("Your role may not change bookings")
        elif b is None:
            why = self.tr("Select a booking")
        elif not booked:
            why = self.tr("Only a booked session can be changed")
        elif not begun:
            why = self.tr("The session has not begun yet")
        else:
            why = ""
        for button in (self.complete_button, self.no_show_button):
            button.setToolTip(why or button.toolTip())
        schedule = self.schedule_target()  # type: ignore[attr-defined]
        self.export_booking_action.setEnabled(b is not None)
        self.export_schedule_action.setEnabled(schedule is not None)
        if schedule is not None:
            name, first, last = schedule[1], schedule[2], schedule[3] - dt.timedelta(days=1)
            span = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} – {last:%m-%d}"
            text = self.tr("%1's schedule, %2…").replace("%1", name).replace("%2", span)
            self.export_schedule_action.setText(text)
        self.export_button.setEnabled(b is not None or schedule is not None)

    # --- the actions
    def new_booking(
        self,
        *,
        company_id: int | None = None,
        consultant_id: int | None = None,
        room_id: int | None = None,
        starts_at: dt.datetime | None = None,
    ) -> BookingView | None:
        if not self.may("booking.create"):
            return None
        kw = dict(company_id=company_id, consultant_id=consultant_id, room_id=room_id,
                  starts_at=starts_at)  # fmt: skip
        return self._run("booking_dialog", "BookingDialog", None, **kw)

    def reschedule(self) -> BookingView | None:
        b = self.selected_booking()  # type: ignore[attr-defined]
        if b is None or b.status != "booked":
            return None
        return self._run("booking_actions", "RescheduleDialog", b)

    def cancel(self) -> BookingView | None:
        b = self.selected_booking()  # type: ignore[attr-defined]
        if b is None or b.status != "booked":
            return None
        return self._run("booking_actions", "CancelBookingDialog", b)

    def _run(self, module: str, name: str, booking: BookingView | None, **kw: Any) -> Any:
        try:
            cls = dialog_class(module, name)
        except (ImportError, AttributeError):
            messages.warning(
                self, self.tr("Not available"), self.tr("This dialog is not installed yet.")
            )
            return None
        try:
            if booking is None:
                dialog = cls(self.ctx, self, **kw)
            else:
                dialog = cls(self.ctx, booking, self)
        except DomainError as exc:
            messages.error(self, self.tr("Could not open the booking"), str(exc))
            return None
        self.dialog = dialog  # the dialog open now (tests look at it)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = getattr(dialog, "booking", None)
        self._changed(result)
        return result

    def _changed(self, result: BookingView | None) -> None:
        if result is not None:
            self.show_booking_when_loaded(result)  # type: ignore[attr-defined]
        self.signals.bookingsChanged.emit()

    def complete(self) -> BookingView | None:
        return self._finish(
            bookings.complete_booking,
            self.tr("Complete the session"),
            self.tr("Record that %1 took place?"),
            self.tr("Could not complete the booking"),
        )

    def mark_no_show(self) -> BookingView | None:
        return self._finish(
            bookings.mark_no_show,
            self.tr("Mark a no-show"),
            self.tr(
                "Record that the company did not come to %1?\n\nThree no-shows in 90 days mean "
                "its next booking needs a manager's confirmation."
            ),
            self.tr("Could not mark the no-show"),
        )

    def _finish(self, call: Any, title: str, question: str, failed: str) -> BookingView | None:
        b = self.selected_booking()  # type: ignore[attr-defined]
        if b is None or b.status != "booked":
            return None
        what = f"{b.reference} ({b.company_name}, {b.starts_at:%Y-%m-%d %H:%M})"
        if not messages.confirm(self, title, question.replace("%1", what)):
            return None
        try:
            result = call(self.ctx, b.id, b.version)
        except DomainError as exc:
            messages.error(self, failed, str(exc))
            self.signals.bookingsChanged.emit()  # it may have changed at another workstation
            return None
        self._changed(result)
        return result

    def export_booking(self) -> Path | None:
        b = self.selected_booking()  # type: ignore[attr-defined]
        if b is None:
            return None
        chosen = ask_save_path(self, f"{b.reference}.ics")  # type: ignore[arg-type]
        if chosen is None:
            return None
        try:
            path = ical.export_booking(self.ctx, b.id, Path(chosen))
        except (DomainError, OSError) as exc:
            messages.error(self, self.tr("Could not export the booking"), str(exc))
            return None
        messages.info(self, self.tr("Exported"), self.tr("Saved %1").replace("%1", str(path)))
        return path

    def export_schedule(self) -> Path | None:
        target = self.schedule_target()  # type: ignore[attr-defined]
        if target is None:
            return None
        consultant_id, name, first, end = target
        suggested = f"{name} {first:%Y-%m-%d}.ics".replace(" ", "_")
        chosen = ask_save_path(self, suggested)  # type: ignore[arg-type]
        if chosen is None:
            return None
        try:
            count = ical.export_schedule(self.ctx, consultant_id, first, end, Path(chosen))
        except (DomainError, OSError) as exc:
            messages.error(self, self.tr("Could not export the schedule"), str(exc))
            return None
        text = self.tr("Saved %1 sessions to %2").replace("%1", str(count)).replace("%2", chosen)
        messages.info(self, self.tr("Exported"), text)
        return Path(chosen)
