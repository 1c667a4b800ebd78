"""The consultation dialogs render offscreen with their labels whole; the pictures go to a
folder to look at (``DIALOG_SCREENSHOTS=/some/dir`` keeps them; docs/screenshots/
booking-dialog.png and consultant-dialog.png are made this way)."""

from __future__ import annotations

import datetime as dt

import pytest

from adminapp.services.consultations import resources
from tests.consultation_setup import book, setup_consulting
from tests.ui.test_dialogs_support import truncated
from ui.dialogs.booking_actions import CancelBookingDialog, RescheduleDialog
from ui.dialogs.booking_dialog import BookingDialog
from ui.dialogs.consultant_dialog import ConsultantDialog
from ui.dialogs.room_dialog import RoomDialog


def _booking(ctx, centre, cs, which):
    if which == "booking-by-hand":
        return BookingDialog(ctx, consultant_id=cs.ben, room_id=cs.room, starts_at=cs.at(1, 11))
    book(ctx, cs, centre.companies["gamma"], 0, 10)
    resources.create_consultant(
        ctx,
        resources.ConsultantInput(
            "Chen Hao", ["policy", "talent"], "comprehensive",
            [(w, dt.time(13), dt.time(18)) for w in range(5)], "陈浩",
        ),
    )  # fmt: skip
    dialog = BookingDialog(ctx, company_id=centre.companies["alpha"])
    dialog.attendees_spin.setValue(3)
    dialog.notes_edit.setPlainText("Municipal compute-voucher application, second round")
    dialog.finder.from_edit.set_date_value(cs.monday)
    dialog.finder.to_edit.set_date_value(cs.monday + dt.timedelta(days=4))
    return dialog


def _dialog(ctx, centre, cs, which):
    if which.startswith("booking"):
        return _booking(ctx, centre, cs, which)
    if which == "consultant":
        resources.add_time_off(ctx, cs.ada, cs.at(3, 9), cs.at(4, 18), "Policy training")
        return ConsultantDialog(ctx, cs.ada)
    if which == "room":
        resources.add_room_closure(ctx, cs.room, cs.at(2, 8), cs.at(2, 12), "Projector repair")
        return RoomDialog(ctx, cs.room)
    b = book(ctx, cs, centre.companies["alpha"], 0, 10, attendees=2)
    if which == "cancel":
        return CancelBookingDialog(ctx, b)
    return RescheduleDialog(ctx, b)


@pytest.mark.parametrize(
    "which",
    ["booking", "booking-taken", "booking-by-hand", "consultant", "room", "cancel", "reschedule"],
)
def test_consultation_dialog_renders(qtbot, ctx, centre, picture_dir, which):
    cs = setup_consulting(ctx, centre)
    dialog = _dialog(ctx, centre, cs, which)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if which.startswith("booking") and which != "booking-by-hand":
        dialog.finder.find_button.click()
        dialog.finder.select(3)
    if which == "booking-taken":
        book(ctx, cs, centre.companies["beta"], 0, 13)  # the chosen slot, from elsewhere
        dialog.accept()
        assert dialog.error_text("slot").startswith("That slot was taken meanwhile")
    if which == "reschedule":
        dialog.finder.from_edit.set_date_value(cs.monday + dt.timedelta(days=1))
        dialog.finder.find_button.click()
        dialog.finder.select(1)
    assert truncated(dialog) == []
    path = picture_dir / f"{which}-dialog.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 5000
