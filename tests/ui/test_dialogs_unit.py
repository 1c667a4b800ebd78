"""The unit dialog: saves through the building service, shows its refusals beside fields."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from adminapp.services import building
from tests.ui.test_dialogs_support import answer_modal, assert_refused, db_state
from ui import messages
from ui.dialogs.labels import select_code
from ui.dialogs.unit_dialog import UnitDialog


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make(**kwargs) -> UnitDialog:
        dialog = UnitDialog(None, ctx, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_new_unit_is_saved(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(unit_id=None, floor_id=centre.floors["7"])
    assert dialog.floor_id == centre.floors["7"]
    qtbot.keyClicks(dialog.code_edit, "7f-06")
    assert dialog.code_edit.text() == "7F-06"  # upper-cased as typed
    select_code(dialog.kind_combo, "compute_room")
    qtbot.keyClicks(dialog.area_edit, "150.5")
    qtbot.keyClicks(dialog.notes_edit, "Liquid cooling")
    dialog.accept()

    view = dialog.result_view
    assert view is not None and not dialog.isVisible()
    saved = building.get_unit(ctx, view.id)
    assert (saved.code, saved.kind, saved.rentable_area, saved.floor_id) == (
        "7F-06",
        "compute_room",
        Decimal("150.50"),
        centre.floors["7"],
    )
    assert saved.in_service and saved.notes == "Liquid cooling"


def test_duplicate_code_is_shown_beside_the_code(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(unit_id=None, floor_id=centre.floors["7"])
    qtbot.keyClicks(dialog.code_edit, "7F-01")
    qtbot.keyClicks(dialog.area_edit, "10")
    dialog.accept()

    assert dialog.error_text("code") == "Unit 7F-01 already exists"
    assert dialog.is_highlighted("code")
    assert not dialog.is_highlighted("rentable_area")
    assert dialog.code_edit.text() == "7F-01"  # what the user typed is kept
    assert_refused(dialog, before, ctx)
    # Editing the code clears the service's message.
    qtbot.keyClicks(dialog.code_edit, "9")
    assert dialog.error_text("code") == ""


def test_floor_area_exceeded(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(unit_id=None, floor_id=centre.floors["1"])
    qtbot.keyClicks(dialog.code_edit, "1F-03")
    qtbot.keyClicks(dialog.area_edit, "1700")
    expected = "Floor 1 would have 2,050.00 m² rentable, more than its 2,000.00 m² gross area"
    assert dialog.error_text("rentable_area") == expected  # live, before Save
    dialog.accept()
    assert dialog.error_text("rentable_area") == expected  # and from the service
    assert dialog.is_highlighted("rentable_area")
    assert_refused(dialog, before, ctx)


def test_live_feedback_as_you_type(qtbot, centre, open_dialog):
    dialog = open_dialog(unit_id=None, floor_id=centre.floors["1"])
    assert dialog.error_text("code") == ""  # nothing shouted before the user typed
    assert dialog.code_edit.placeholderText() == "e.g. 1F-12"
    qtbot.keyClicks(dialog.code_edit, "7F-09")
    assert dialog.error_text("code") == "Units on floor 1 have codes starting 1F-"
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "1F-09")
    assert dialog.error_text("code") == ""
    qtbot.keyClicks(dialog.area_edit, "25")
    assert "units 375.00 m² with this one" in dialog.hint_text("rentable_area")
    qtbot.keyClicks(dialog.area_edit, "0")
    assert "units 600.00 m² with this one" in dialog.hint_text("rentable_area")


def test_edit_loads_and_saves(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(unit_id=centre.units["7F-03"])
    assert dialog.floor_id == centre.floors["7"]
    assert dialog.code_edit.text() == "7F-03"
    assert dialog.kind_combo.currentData() == "lab"
    assert dialog.area_edit.text() == "200.00"
    assert dialog.in_service_check.isChecked()
    assert "7F-03" in dialog.windowTitle()
    dialog.area_edit.clear()
    qtbot.keyClicks(dialog.area_edit, "210")
    dialog.accept()
    assert dialog.result_view.rentable_area == Decimal("210.00")
    assert building.get_unit(ctx, centre.units["7F-03"]).rentable_area == Decimal("210.00")


def test_out_of_service_unit_loads_unticked(centre, open_dialog):
    dialog = open_dialog(unit_id=centre.units["B1-01"])
    assert not dialog.in_service_check.isChecked()
    assert dialog.kind_combo.currentData() == "service_area"


def test_cancel_writes_nothing(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(unit_id=centre.units["7F-03"])
    qtbot.keyClicks(dialog.notes_edit, "changed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result_view is None
    assert db_state(ctx) == before


def test_run_returns_the_saved_unit_or_none(qtbot, ctx, centre):
    def fill_in(dialog):
        dialog.code_edit.setText("7F-07")
        dialog.area_edit.setText("20")
        dialog.accept()

    answer_modal(fill_in)
    view = UnitDialog.run(None, ctx, None, floor_id=centre.floors["7"])
    assert view is not None and view.code == "7F-07"

    answer_modal(lambda dialog: dialog.reject())
    assert UnitDialog.run(None, ctx, centre.units["7F-01"]) is None


def test_run_reports_a_missing_unit(ctx, centre):
    messages.set_responder(lambda kind, title, text: True)
    try:
        assert UnitDialog.run(None, ctx, 9999) is None
        assert messages.shown == [("error", "Cannot open", "Unit 9999 does not exist")]
    finally:
        messages.set_responder(None)
