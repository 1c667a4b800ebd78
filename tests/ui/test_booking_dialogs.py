"""The booking dialogs: the slot finder, booking by hand, no-shows, cancelling, rescheduling.

Real widgets offscreen over a real SQLite file with the small centre and the consultation
setup (tests/consultation_setup.py): room Lotus 1F-02, Ada (policy/financing, Mon-Fri
09:00-17:00, 15-minute buffer), Ben (legal/IP, Mon-Wed 10:00-16:00).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from adminapp.services.consultations import bookings
from adminapp.services.consultations.bookings import BookingInput
from tests.consultation_setup import book, last_weekdays, setup_consulting
from tests.dbstate import dump
from tests.test_financing_setup import as_user
from ui.dialogs.booking_actions import CancelBookingDialog, RescheduleDialog
from ui.dialogs.booking_dialog import BY_HAND, FINDER, BookingDialog
from ui.dialogs.slot_finder import SlotModel


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


@pytest.fixture
def open_booking(qtbot):
    def make(who, **prefill) -> BookingDialog:
        dialog = BookingDialog(who, None, **prefill)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def search_week(dialog: BookingDialog, cs) -> None:
    """Search the week of ``cs.monday``."""
    dialog.finder.from_edit.set_date_value(cs.monday)
    dialog.finder.to_edit.set_date_value(cs.monday + dt.timedelta(days=4))
    dialog.finder.find_button.click()


def test_finding_slots_then_booking_one_books_consultant_and_room(open_booking, ctx, centre, cs):
    dialog = open_booking(ctx, company_id=centre.companies["alpha"])
    assert dialog.tabs.currentIndex() == FINDER
    first, last = dialog.finder.date_range()
    assert (last - first).days == 13  # the next two weeks
    dialog.attendees_spin.setValue(3)
    search_week(dialog, cs)
    model = dialog.finder.model
    assert model.rowCount() > 10
    assert "free slot" in dialog.finder.status_label.text()
    first_slot = model.slot_at(0)
    assert first_slot.consultant_id == cs.ada and first_slot.room_id == cs.room
    assert model.data(model.index(0, SlotModel.TIME)) == "09:00–10:00"
    assert model.data(model.index(0, SlotModel.ROOM)) == "1F-02 Lotus"
    dialog.finder.select(2)
    chosen = dialog.finder.selected()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    made = dialog.booking
    assert (made.consultant_id, made.room_id) == (cs.ada, cs.room)
    assert (made.starts_at, made.ends_at) == (chosen.starts_at, chosen.ends_at)
    assert (made.company_id, made.attendees, made.status) == (
        centre.companies["alpha"],
        3,
        "booked",
    )
    assert bookings.get_booking(ctx, made.id).room_label == "1F-02 Lotus"


def test_a_specific_consultant_and_topic_narrow_the_slots(open_booking, ctx, centre, cs):
    dialog = open_booking(ctx, company_id=centre.companies["beta"])
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findData("legal_ip"))
    names = [dialog.finder.consultant_combo.itemText(i) for i in range(3)[:2]]
    assert names == ["Any consultant for the topic", "Ben Wu"]
    dialog.finder.choose_consultant(cs.ben)
    dialog.finder.duration_combo.setCurrentIndex(dialog.finder.duration_combo.findData(120))
    dialog.finder.room_check.setChecked(False)
    search_week(dialog, cs)
    found = [dialog.finder.model.slot_at(r) for r in range(dialog.finder.model.rowCount())]
    assert found and {s.consultant_id for s in found} == {cs.ben}
    assert {s.room_id for s in found} == {None}
    assert {s.starts_at.weekday() for s in found} == {0, 1, 2}
    assert all(s.ends_at - s.starts_at == dt.timedelta(hours=2) for s in found)
    # Changing what was searched for forgets the list.
    dialog.finder.room_check.setChecked(True)
    assert dialog.finder.model.rowCount() == 0


def test_a_slot_taken_meanwhile_is_reported_and_the_list_refreshed(open_booking, ctx, centre, cs):
    dialog = open_booking(ctx, company_id=centre.companies["alpha"])
    search_week(dialog, cs)
    taken = dialog.finder.selected()
    # Another workstation books the same consultant and room at that time.
    other = as_user(ctx, "li", "staff")
    book(other, cs, centre.companies["gamma"], 0, 9)
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.isVisible() and dialog.booking is None
    assert dump(ctx.db) == before
    message = dialog.error_text("slot")
    assert message.startswith("That slot was taken meanwhile")
    assert "booked from" in message and "The list shows the slots free now" in message
    starts = {
        dialog.finder.model.slot_at(r).starts_at for r in range(dialog.finder.model.rowCount())
    }
    assert taken.starts_at not in starts  # the list was searched again
    assert dialog.finder.selected() is None  # and Book takes no other slot unasked
    assert dialog.summary_label.text() == "No slot chosen yet: choose one from the list."
    assert "sessions; Room 1F-02 Lotus is booked" in message
    dialog.finder.select(1)  # choosing another slot clears the message
    assert dialog.error_text("slot") == ""
    dialog.accept()
    assert dialog.booking is not None


def test_booking_without_a_slot_or_a_company_shows_messages_and_writes_nothing(
    open_booking, ctx, centre, cs
):
    dialog = open_booking(ctx)
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.error_text("company_id") == "Choose the company, or name the prospective company"
    assert dialog.isVisible() and dump(ctx.db) == before
    dialog.company_picker.company_id = centre.companies["beta"]
    assert dialog.error_text("company_id") == ""
    dialog.accept()
    assert dialog.error_text("slot") == "Press Find slots, then choose one of the free slots"
    # A search the service refuses: the message is beside the days.
    dialog.finder.to_edit.set_date_value(dialog.finder.from_edit.date_value() + dt.timedelta(90))
    dialog.finder.find_button.click()
    assert dialog.error_text("date_to") == "Search at most 62 days at once"
    assert dump(ctx.db) == before


def test_a_time_entered_by_hand_is_checked_beside_its_fields(open_booking, ctx, centre, cs):
    start = cs.at(0, 8)  # Ada starts at 09:00
    dialog = open_booking(ctx, consultant_id=cs.ada, room_id=cs.room, starts_at=start)
    assert dialog.tabs.currentIndex() == BY_HAND
    assert dialog.consultant_combo.currentData() == cs.ada
    assert dialog.room_combo.currentData() == cs.room
    assert dialog.times() == (start, start + dt.timedelta(hours=1))
    dialog.prospect_radio.setChecked(True)
    dialog.prospect_edit.setText("深度求索 Prospect")
    before = dump(ctx.db)
    dialog.accept()
    assert "outside Ada Li's working hours" in dialog.error_text("starts_at")
    assert dialog.is_highlighted("starts_at")
    assert dump(ctx.db) == before
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-3600))
    assert dialog.error_text("ends_at") == "The session must end after it starts"
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(2 * 3600))  # 10:00
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(45 * 60))
    assert dialog.error_text("ends_at") == "" and dialog.error_text("starts_at") == ""
    dialog.accept()
    made = dialog.booking
    assert made.prospect_name == "深度求索 Prospect" and made.company_id is None
    assert (made.starts_at.hour, made.ends_at.minute, made.room_id) == (10, 45, cs.room)


def test_a_session_that_already_happened_is_recorded(open_booking, ctx, centre, cs):
    day = last_weekdays(1)[0]
    start = dt.datetime.combine(day, dt.time(14))
    dialog = open_booking(
        ctx, company_id=centre.companies["gamma"], consultant_id=cs.ada, starts_at=start
    )
    assert dialog.happened_check.isChecked()  # a past time from the calendar
    dialog.happened_check.setChecked(False)
    assert dialog.hint_text("starts_at").startswith("This time has passed")
    dialog.accept()
    assert "in the past" in dialog.error_text("starts_at")
    dialog.happened_check.setChecked(True)
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("no_show"))
    dialog.accept()
    assert dialog.booking.status == "no_show" and dialog.booking.room_id is None


def _three_no_shows(ctx, cs, company_id):
    for day in last_weekdays(3):
        start = dt.datetime.combine(day, dt.time(10))
        bookings.create_booking(
            ctx,
            BookingInput(cs.ada, start, start + dt.timedelta(hours=1), "policy",
                         company_id=company_id),
            happened=True, outcome="no_show",
        )  # fmt: skip


def test_a_company_flagged_for_no_shows_needs_a_manager(open_booking, ctx, centre, cs):
    beta = centre.companies["beta"]
    _three_no_shows(ctx, cs, beta)
    staff = as_user(ctx, "wang", "staff")
    dialog = open_booking(staff, company_id=beta)
    assert dialog.no_show_label.isVisible()
    assert "missed 3 sessions" in dialog.no_show_label.text()
    assert "Ask a manager to book it." in dialog.no_show_label.text()
    assert not dialog.confirm_check.isVisible()
    search_week(dialog, cs)
    before = dump(ctx.db)
    dialog.accept()
    assert "a manager must confirm" in dialog.error_text("company_id")
    assert dump(ctx.db) == before
    # Another company: no warning.
    dialog.company_picker.company_id = centre.companies["alpha"]
    assert not dialog.no_show_label.isVisible()

    manager = as_user(ctx, "liu", "manager")
    dialog = open_booking(manager, company_id=beta)
    assert dialog.no_show_label.isVisible() and dialog.confirm_check.isVisible()
    assert "Ask a manager" not in dialog.no_show_label.text()
    search_week(dialog, cs)
    dialog.accept()
    assert "a manager must confirm" in dialog.error_text("company_id")
    dialog.confirm_check.setChecked(True)
    dialog.accept()
    assert dialog.booking.confirmed_by == "liu"


def test_the_slot_model_passes_the_model_tester(qtmodeltester, open_booking, ctx, centre, cs):
    dialog = open_booking(ctx, company_id=centre.companies["alpha"])
    search_week(dialog, cs)
    qtmodeltester.check(dialog.finder.model)


@pytest.fixture
def open_action(qtbot):
    def make(cls, who, booking):
        dialog = cls(who, booking)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_cancelling_requires_a_reason(open_action, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    dialog = open_action(CancelBookingDialog, ctx, b)
    assert dialog.windowTitle() == f"Cancel booking {b.reference}"
    assert dialog.error_text("cancel_reason") == ""  # not before the user tried
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.error_text("cancel_reason") == "Say why the session is cancelled"
    assert dialog.isVisible() and dump(ctx.db) == before
    dialog.reason_combo.setCurrentIndex(0)  # a common reason
    assert dialog.error_text("cancel_reason") == ""
    dialog.reason_combo.setEditText("  ")
    assert dialog.error_text("cancel_reason") == "Say why the session is cancelled"
    dialog.reason_combo.setEditText("公司改期 — the founders travel")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.booking.status == "cancelled"
    assert bookings.get_booking(ctx, b.id).cancel_reason == "公司改期 — the founders travel"


def test_a_stale_booking_is_reported_with_who_changed_it(open_action, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    dialog = open_action(CancelBookingDialog, ctx, b)
    other = as_user(ctx, "li", "staff")
    moved = bookings.reschedule_booking(other, b.id, b.version, cs.at(0, 14), cs.at(0, 15))
    dialog.reason_combo.setEditText("Booked by mistake")
    before = dump(ctx.db)
    dialog.accept()
    assert "li" in dialog.error_text("") and dialog.reload_button.isVisible()
    assert dump(ctx.db) == before
    dialog.reload_button.click()
    assert "14:00" in dialog.summary.labels[3].text()
    assert dialog.loaded.version == moved.version
    dialog.reason_combo.setEditText("Booked by mistake")
    dialog.accept()
    assert dialog.booking.status == "cancelled"


def test_rescheduling_keeps_the_history(open_action, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    dialog = open_action(RescheduleDialog, ctx, b)
    assert dialog.times() == (cs.at(0, 10), cs.at(0, 11))
    assert dialog.finder.duration == 60 and dialog.finder.room_check.isChecked()
    dialog.finder.from_edit.set_date_value(cs.monday + dt.timedelta(days=1))
    dialog.finder.to_edit.set_date_value(cs.monday + dt.timedelta(days=1))
    dialog.finder.find_button.click()
    assert dialog.finder.model.rowCount() > 0
    assert dialog.times() == (cs.at(0, 10), cs.at(0, 11))  # not until a slot is chosen
    dialog.finder.select(2)  # Tuesday 10:00
    assert dialog.times() == (cs.at(1, 10), cs.at(1, 11))
    assert dialog.hint_text("ends_at").startswith("Was Mon")
    dialog.reason_edit.setText("The company asked for Tuesday")
    dialog.accept()
    moved = dialog.booking
    assert (moved.starts_at.replace(tzinfo=None), moved.room_id) == (cs.at(1, 10), cs.room)
    event = bookings.get_booking(ctx, b.id).events[-1]
    assert event.kind == "rescheduled" and event.reason == "The company asked for Tuesday"
    assert event.old_starts_at.replace(tzinfo=None) == cs.at(0, 10)


def test_rescheduling_onto_a_taken_time_is_refused_beside_the_field(open_action, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    book(ctx, cs, centre.companies["beta"], 0, 14, room=False)
    dialog = open_action(RescheduleDialog, ctx, b)
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(4 * 3600))  # 14:00
    dialog.end_edit.setTime(dialog.end_edit.time().addSecs(4 * 3600))
    dialog.room_combo.setCurrentIndex(0)  # no room
    before = dump(ctx.db)
    dialog.accept()
    assert "Ada Li is booked from" in dialog.error_text("consultant_id")
    assert dump(ctx.db) == before
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-60))
    assert dialog.error_text("ends_at") == "The session must end after it starts"
