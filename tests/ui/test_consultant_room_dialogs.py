"""The consultant and room dialogs: every field saved, the hours grid, time off and
out-of-service periods with the sessions they hit, refusals beside their fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog

from adminapp.services.consultations import resources
from adminapp.services.consultations.room_units import meeting_room_units
from tests.consultation_setup import book, setup_consulting
from tests.dbstate import dump
from tests.test_financing_setup import as_user
from ui.dialogs.consultant_dialog import ConsultantDialog
from ui.dialogs.consultation_labels import set_moment
from ui.dialogs.room_dialog import RoomDialog

T = dt.time


@pytest.fixture
def cs(ctx, centre):
    return setup_consulting(ctx, centre)


@pytest.fixture
def open_dialog(qtbot):
    def make(cls, who, record_id):
        dialog = cls(who, record_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_a_new_consultant_is_saved_with_every_field(open_dialog, ctx):
    dialog = open_dialog(ConsultantDialog, ctx, None)
    assert dialog.windowTitle() == "New consultant"
    assert not dialog.time_off_group.isEnabled()
    assert dialog.hours_grid.hours() == [(d, T(9), T(17)) for d in range(5)]  # a default week
    dialog.name_en_edit.setText("Chen Hao")
    dialog.name_zh_edit.setText("陈浩")
    dialog.topic_checks["compute"].setChecked(True)
    dialog.topic_checks["talent"].setChecked(True)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("compute"))
    dialog.internal_combo.setCurrentIndex(1)
    dialog.buffer_spin.setValue(10)
    dialog.email_edit.setText("chen.hao@example.cn")
    grid = dialog.hours_grid
    grid.checks[4].setChecked(False)  # no Fridays
    grid.checks[5].setChecked(True)  # Saturdays 09:00-12:00
    grid._periods[5][0].to_edit.setTime(QTime(12, 0))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = resources.get_consultant(ctx, dialog.consultant.id)
    assert (saved.name_en, saved.name_zh, saved.topics, saved.platform) == (
        "Chen Hao", "陈浩", ["compute", "talent"], "compute",
    )  # fmt: skip
    assert (saved.internal, saved.buffer_minutes, saved.email, saved.active) == (
        False, 10, "chen.hao@example.cn", True,
    )  # fmt: skip
    assert saved.hours == [(d, T(9), T(17)) for d in range(4)] + [(5, T(9), T(12))]


def test_the_hours_grid_round_trips_split_days(open_dialog, ctx, cs):
    hours = [(0, T(9), T(12)), (0, T(13), T(17, 30)), (2, T(10), T(16)), (6, T(8), T(11))]
    ada = resources.get_consultant(ctx, cs.ada)
    resources.update_consultant(
        ctx, cs.ada, ada.version,
        resources.ConsultantInput(ada.name_en, ada.topics, ada.platform, hours, ada.name_zh,
                                  ada.internal, ada.buffer_minutes),
    )  # fmt: skip
    dialog = open_dialog(ConsultantDialog, ctx, cs.ada)
    assert dialog.windowTitle() == "Edit consultant Ada Li"
    grid = dialog.hours_grid
    assert grid.hours() == hours
    assert grid.period_count(0) == 2 and [c.isChecked() for c in grid.checks] == [
        True, False, True, False, False, False, True,
    ]  # fmt: skip
    assert not grid._periods[1][0].isEnabled()
    # Saved unchanged, the hours come back the same.
    dialog.accept()
    assert resources.get_consultant(ctx, cs.ada).hours == hours
    # A third period on Wednesday, then the Monday break removed.
    dialog = open_dialog(ConsultantDialog, ctx, cs.ada)
    dialog.hours_grid._periods[2][0].button.click()  # "+"
    assert dialog.hours_grid.period_count(2) == 2
    assert dialog.hours_grid.hours()[3] == (2, T(17), T(20))
    dialog.hours_grid._periods[0][1].button.click()  # "×"
    dialog.accept()
    assert resources.get_consultant(ctx, cs.ada).hours == [
        (0, T(9), T(12)), (2, T(10), T(16)), (2, T(17), T(20)), (6, T(8), T(11)),
    ]  # fmt: skip


def test_bad_consultant_input_is_shown_beside_the_field_and_writes_nothing(open_dialog, ctx, cs):
    dialog = open_dialog(ConsultantDialog, ctx, None)
    dialog.name_en_edit.setText("Ada Li")  # taken
    dialog.topic_checks["policy"].setChecked(True)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("financial"))
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.error_text("name_en") == "A consultant named Ada Li already exists"
    assert dialog.isVisible() and dump(ctx.db) == before
    dialog.name_en_edit.setText("Ada Lin")
    dialog.hours_grid._periods[1][0].to_edit.setTime(QTime(8, 0))
    assert dialog.error_text("hours") == "Tue: the hours must end after they start"
    dialog.accept()
    assert dialog.error_text("hours") == "Tue: the hours must end after they start"
    assert dump(ctx.db) == before
    for check in dialog.hours_grid.checks:
        check.setChecked(False)
    assert "at least one weekday" in dialog.error_text("hours")
    dialog.topic_checks["policy"].setChecked(False)
    assert dialog.error_text("topics") == "Choose at least one topic the consultant covers"


def test_time_off_reports_the_sessions_to_reschedule(open_dialog, no_popups, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["alpha"], 0, 10)
    book(ctx, cs, centre.companies["beta"], 1, 10)
    dialog = open_dialog(ConsultantDialog, ctx, cs.ada)
    off = dialog.time_off
    set_moment(off.from_edit, cs.at(0, 0))
    set_moment(off.to_edit, cs.at(2, 0))
    off.reason_edit.setText("病假 sick leave")
    off.add_button.click()
    assert off.notice.isVisible()
    assert off.notice.text().startswith("2 booked session(s) fall in this time off")
    assert b.reference in off.notice.text() and "Alpha Models with Ada Li" in off.notice.text()
    assert no_popups[-1][0] == "warning" and "2 booked session(s)" in no_popups[-1][2]
    saved = resources.get_consultant(ctx, cs.ada)
    assert len(saved.time_off) == 1 and saved.time_off[0].reason == "病假 sick leave"
    assert off.period_ids() == [saved.time_off[0].id] and dialog.periods_changed
    # The dialog took its own change: saving afterwards is not refused as stale.
    dialog.buffer_spin.setValue(20)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert resources.get_consultant(ctx, cs.ada).buffer_minutes == 20


def test_time_off_that_ends_before_it_starts_is_refused_beside_it(open_dialog, ctx, cs):
    dialog = open_dialog(ConsultantDialog, ctx, cs.ada)
    off = dialog.time_off
    set_moment(off.from_edit, cs.at(0, 12))
    set_moment(off.to_edit, cs.at(0, 9))
    before = dump(ctx.db)
    off.add_button.click()
    assert dialog.error_text("ends_at") == "The period must end after it starts"
    assert dump(ctx.db) == before and not off.notice.isVisible()


def test_time_off_is_removed(open_dialog, no_popups, ctx, cs):
    resources.add_time_off(ctx, cs.ada, cs.at(3, 9), cs.at(3, 17), "Training")
    dialog = open_dialog(ConsultantDialog, ctx, cs.ada)
    off = dialog.time_off
    assert off.list.item(0).text() == f"{cs.monday + dt.timedelta(days=3)} 09:00–17:00 · Training"
    off.select(off.period_ids()[0])
    off.remove_button.click()
    assert no_popups[-1][0] == "question"
    assert resources.get_consultant(ctx, cs.ada).time_off == []
    assert off.period_ids() == [] and off.list.item(0).text() == "No time off recorded"


def test_a_room_is_set_up_in_a_meeting_room_unit(open_dialog, ctx, centre):
    assert [u.code for u in meeting_room_units(ctx)] == ["1F-02"]
    dialog = open_dialog(RoomDialog, ctx, None)
    assert dialog.unit_combo.count() == 2  # "Choose…" and 1F-02
    before = dump(ctx.db)
    dialog.accept()
    assert dialog.error_text("unit_id") == "Choose the meeting room's unit"
    assert dump(ctx.db) == before
    dialog.unit_combo.setCurrentIndex(1)
    dialog.name_edit.setText("Bamboo 竹")
    dialog.capacity_spin.setValue(12)
    dialog.opens_edit.setTime(QTime(9, 0))
    dialog.closes_edit.setTime(QTime(8, 0))
    assert dialog.error_text("opens") == "The room must close after it opens"
    dialog.closes_edit.setTime(QTime(21, 30))
    dialog.day_checks[5].setChecked(True)
    dialog.accept()
    room = resources.get_room(ctx, dialog.room.id)
    assert (room.unit_code, room.name, room.capacity, room.opens, room.closes) == (
        "1F-02", "Bamboo 竹", 12, T(9), T(21, 30),
    )  # fmt: skip
    assert (room.open_days, room.active) == ("012345", True)
    # The unit now holds a room: a second one cannot be set up there.
    assert meeting_room_units(ctx)[0].room_id == room.id
    other = open_dialog(RoomDialog, ctx, None)
    assert other.unit_combo.count() == 1


def test_a_room_closure_reports_the_sessions_booked_in_it(open_dialog, no_popups, ctx, centre, cs):
    b = book(ctx, cs, centre.companies["gamma"], 0, 14)
    book(ctx, cs, centre.companies["alpha"], 0, 10, room=False)  # not in the room
    dialog = open_dialog(RoomDialog, ctx, cs.room)
    assert dialog.windowTitle() == "Edit meeting room 1F-02 Lotus"
    closures = dialog.closures
    set_moment(closures.from_edit, cs.at(0, 12))
    set_moment(closures.to_edit, cs.at(0, 18))
    closures.reason_edit.setText("Projector repair")
    closures.add_button.click()
    text = closures.notice.text()
    assert text.startswith("1 booked session(s) are in the room then")
    assert b.reference in text and "Gamma Compute" in text
    assert no_popups[-1][0] == "warning"
    room = resources.get_room(ctx, cs.room)
    assert [c.reason for c in room.closures] == ["Projector repair"]
    dialog.capacity_spin.setValue(10)
    dialog.accept()
    assert resources.get_room(ctx, cs.room).capacity == 10


def test_a_room_edited_elsewhere_is_refused_with_load_their_changes(open_dialog, ctx, cs):
    dialog = open_dialog(RoomDialog, ctx, cs.room)
    other = as_user(ctx, "li", "staff")
    room = resources.get_room(ctx, cs.room)
    resources.update_room(
        other, cs.room, room.version,
        resources.RoomInput(room.unit_id, 6, room.opens, room.closes, room.open_days, "Lotus"),
    )  # fmt: skip
    dialog.name_edit.setText("Lotus Hall")
    before = dump(ctx.db)
    dialog.accept()
    assert "li" in dialog.error_text("") and dialog.reload_button.isVisible()
    assert dump(ctx.db) == before
    dialog.reload_button.click()
    assert dialog.capacity_spin.value() == 6
