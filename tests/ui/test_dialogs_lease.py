"""The lease dialog: company search, unit choice with availability, rent on either basis."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from adminapp import rent
from adminapp.services import leases
from tests.ui.test_dialogs_support import answer_modal, assert_refused, db_state
from ui.dialogs.lease_dialog import LeaseDialog
from ui.dialogs.unit_choice import UnitChoiceModel

D = dt.date


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make(lease_id: int | None = None, **kwargs) -> LeaseDialog:
        dialog = LeaseDialog(None, ctx, lease_id, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def set_term(dialog: LeaseDialog, start: dt.date, end: dt.date) -> None:
    dialog.start_edit.set_date_value(start)
    dialog.end_edit.set_date_value(end)


def choose_units(dialog: LeaseDialog, centre, *codes: str) -> None:
    for code in codes:
        dialog.unit_picker.model.set_checked(centre.units[code], True)


def test_new_lease_is_saved(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.company_picker.lineEdit(), "gamma")
    assert dialog.company_picker.count() == 1
    qtbot.keyClick(dialog.company_picker.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.company_picker.completer().popup(), Qt.Key.Key_Return)
    assert dialog.company_picker.company_id == centre.companies["gamma"]

    set_term(dialog, D(2027, 1, 1), D(2029, 1, 1))
    choose_units(dialog, centre, "7F-04")
    dialog.rent_edit.set_basis("day")
    qtbot.keyClicks(dialog.rent_edit.amount, "5")
    dialog.rent_free_spin.setValue(1)
    qtbot.mouseClick(dialog.deposit_button, Qt.MouseButton.LeftButton)
    dialog.steps_editor.add_step(D(2028, 1, 1), Decimal("5.5"))
    qtbot.keyClicks(dialog.notes_edit, "Compute room with raised floor")
    dialog.accept()

    view = dialog.result_view
    assert view is not None and not dialog.isVisible()
    saved = leases.get_lease(ctx, view.id)
    per_month = rent.per_month_from_day(Decimal(5))
    assert saved.company_id == centre.companies["gamma"]
    assert saved.unit_codes == ["7F-04"]
    assert (saved.start_date, saved.end_date, saved.stage) == (
        D(2027, 1, 1),
        D(2029, 1, 1),
        "signed",
    )
    assert saved.rent_per_m2_month == per_month
    assert saved.rent_free_months == 1
    assert saved.deposit == rent.monthly_rent(per_month, Decimal(100)) * 3
    assert saved.rent_steps == [(D(2028, 1, 1), rent.per_month_from_day(Decimal("5.5")))]
    assert saved.notes == "Compute room with raised floor"


def test_company_search_filters_as_you_type(qtbot, centre, open_dialog):
    dialog = open_dialog()
    picker = dialog.company_picker
    assert picker.count() == 4 and picker.company_id is None
    qtbot.keyClicks(picker.lineEdit(), "bet")
    assert [picker.itemText(i) for i in range(picker.count())] == ["Beta Apps (贝塔应用)"]
    assert picker.lineEdit().text() == "bet"  # the typed text stays
    assert picker.company_id is None  # typed, not yet chosen
    picker.setCurrentIndex(0)
    assert picker.company_id == centre.companies["beta"]
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "0000003")  # part of Gamma's credit code
    assert picker.itemData(0) == centre.companies["gamma"] and picker.count() == 1


def test_preset_company_and_units(centre, open_dialog):
    dialog = open_dialog(
        company_id=centre.companies["alpha"],
        unit_ids=[centre.units["7F-01"], centre.units["7F-02"]],
    )
    assert dialog.company_picker.company_id == centre.companies["alpha"]
    assert dialog.unit_picker.model.checked_ids() == [centre.units["7F-01"], centre.units["7F-02"]]
    assert dialog.unit_picker.total_label.text() == "Chosen: 2 unit(s), 200.00 m² in total"
    assert dialog.draft_check.isVisible()


def test_total_area_and_rent_update_live(qtbot, centre, open_dialog):
    dialog = open_dialog()
    choose_units(dialog, centre, "7F-01")
    assert dialog.unit_picker.total_label.text() == "Chosen: 1 unit(s), 120.00 m² in total"
    qtbot.keyClicks(dialog.rent_edit.amount, "200")
    assert dialog.hint_text("rent") == (
        "= ¥6.5753 per m² per day · monthly rent ¥24,000.00 for 120.00 m²"
    )
    choose_units(dialog, centre, "7F-02")
    assert dialog.unit_picker.total_label.text() == "Chosen: 2 unit(s), 200.00 m² in total"
    assert dialog.hint_text("rent").endswith("monthly rent ¥40,000.00 for 200.00 m²")
    dialog.rent_edit.set_basis("day")  # the same 200, now read per day
    assert dialog.hint_text("rent") == (
        "= ¥6083.3333 per m² per month · monthly rent ¥1,216,666.66 for 200.00 m²"
    )
    dialog.rent_edit.amount.clear()
    qtbot.keyClicks(dialog.rent_edit.amount, "6.5753")
    assert dialog.hint_text("rent") == (
        "= ¥199.9987 per m² per month · monthly rent ¥39,999.74 for 200.00 m²"
    )
    qtbot.mouseClick(dialog.deposit_button, Qt.MouseButton.LeftButton)
    assert dialog.deposit_edit.value() == Decimal("119999.22")  # 3 x 39,999.74


def test_term_hint(centre, open_dialog):
    dialog = open_dialog()
    set_term(dialog, D(2026, 7, 1), D(2028, 7, 1))
    assert dialog.hint_text("end_date") == "Last day: 2028-06-30 · term 24.0 months"
    dialog.end_edit.set_date_value(D(2027, 1, 16))
    assert dialog.hint_text("end_date") == "Last day: 2027-01-15 · term 6.5 months"


def test_availability_follows_the_start_date(centre, open_dialog):
    dialog = open_dialog()
    model = dialog.unit_picker.model
    set_term(dialog, D(2026, 6, 15), D(2026, 12, 15))
    assert model.availability(centre.units["7F-01"]) == ("leased on 2026-06-15", False)
    assert model.availability(centre.units["7F-04"]) == ("vacant", True)
    assert centre.units["B1-01"] not in [model.unit_at(r).id for r in range(model.rowCount())]
    set_term(dialog, D(2026, 10, 1), D(2027, 10, 1))
    assert model.availability(centre.units["7F-05"]) == ("vacant", True)
    assert model.availability(centre.units["7F-01"]) == ("vacant", True)
    set_term(dialog, D(2025, 6, 1), D(2026, 6, 1))
    assert model.availability(centre.units["7F-01"]) == ("vacant until 2025-07-01", False)
    choose_units(dialog, centre, "7F-01", "7F-04")
    assert dialog.hint_text("unit_ids") == "Not free for the whole term: 7F-01"


def test_unit_filter_hides_rows(qtbot, centre, open_dialog):
    dialog = open_dialog()
    view, model = dialog.unit_picker.view, dialog.unit_picker.model
    qtbot.keyClicks(dialog.unit_picker.filter_edit, "lab")
    shown = [model.unit_at(r).code for r in range(model.rowCount()) if not view.isRowHidden(r)]
    assert shown == ["7F-03"]


def test_overlapping_unit_is_refused_beside_the_units(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    l2 = leases.get_lease(ctx, centre.leases["L2"])
    dialog = open_dialog(company_id=centre.companies["alpha"])
    set_term(dialog, D(2027, 1, 1), D(2028, 1, 1))
    choose_units(dialog, centre, "7F-03")
    qtbot.keyClicks(dialog.rent_edit.amount, "180")
    dialog.accept()
    assert dialog.error_text("unit_ids") == (
        f"Unit 7F-03 is already leased under {l2.reference} from 2026-01-01 to 2028-01-01"
    )
    assert dialog.is_highlighted("unit_ids")
    assert dialog.error_text("rent") == ""
    assert_refused(dialog, before, ctx)
    # Choosing another unit clears the message; the same lease then saves.
    dialog.unit_picker.model.set_checked(centre.units["7F-03"], False)
    choose_units(dialog, centre, "7F-04")
    assert dialog.error_text("unit_ids") == ""
    dialog.accept()
    assert dialog.result_view is not None


def test_overlap_is_allowed_for_a_draft(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(company_id=centre.companies["alpha"], unit_ids=[centre.units["7F-03"]])
    set_term(dialog, D(2027, 1, 1), D(2028, 1, 1))
    qtbot.keyClicks(dialog.rent_edit.amount, "180")
    dialog.draft_check.setChecked(True)
    dialog.accept()
    assert leases.get_lease(ctx, dialog.result_view.id).stage == "draft"


def test_end_before_start_is_refused(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(company_id=centre.companies["alpha"], unit_ids=[centre.units["7F-04"]])
    qtbot.keyClicks(dialog.rent_edit.amount, "100")
    set_term(dialog, D(2027, 6, 1), D(2027, 1, 1))
    message = "End date must be after the start date (the lease ends at the start of its end date)"
    assert dialog.error_text("end_date") == message  # live
    assert dialog.hint_text("end_date") == ""
    dialog.accept()
    assert dialog.error_text("end_date") == message  # from the service
    assert dialog.is_highlighted("end_date")
    assert_refused(dialog, before, ctx)


def test_negative_rent_is_refused(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(company_id=centre.companies["alpha"], unit_ids=[centre.units["7F-04"]])
    set_term(dialog, D(2027, 1, 1), D(2028, 1, 1))
    qtbot.keyClicks(dialog.rent_edit.amount, "-5")
    assert dialog.error_text("rent") == "Rent must not be negative"
    dialog.accept()
    assert dialog.error_text("rent") == "Rent must not be negative"
    assert dialog.is_highlighted("rent")
    assert dialog.rent_edit.text() == "-5"
    assert_refused(dialog, before, ctx)


def test_missing_company_and_units_are_reported(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.rent_edit.amount, "100")
    dialog.accept()
    assert dialog.error_text("company_id") == "Choose the company that takes the lease"
    assert dialog.error_text("unit_ids") == "Choose at least one unit"
    assert_refused(dialog, before, ctx)


def test_bad_rent_step_is_refused(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(company_id=centre.companies["alpha"], unit_ids=[centre.units["7F-04"]])
    set_term(dialog, D(2027, 1, 1), D(2028, 1, 1))
    qtbot.keyClicks(dialog.rent_edit.amount, "100")
    dialog.steps_editor.add_step(D(2029, 1, 1), Decimal(120))
    dialog.accept()
    assert dialog.error_text("rent_steps") == "Rent step on 2029-01-01 is outside the term"
    assert_refused(dialog, before, ctx)
    date_edit, rate_edit = dialog.steps_editor.row_editors(0)
    date_edit.set_date_value(D(2027, 7, 1))
    rate_edit.clear()  # a rate that is not a number never reaches the service
    dialog.accept()
    assert dialog.error_text("rent_steps") == "Rent step on 2027-07-01: the rate must be a number"
    assert_refused(dialog, before, ctx)


def test_edit_loads_existing_values(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(centre.leases["L2"])
    assert dialog.company_picker.company_id == centre.companies["beta"]
    assert dialog.unit_picker.model.checked_ids() == [centre.units["7F-03"]]
    assert (dialog.start_date, dialog.end_date) == (D(2026, 1, 1), D(2028, 1, 1))
    assert dialog.rent_edit.text() == "150" and dialog.rent_edit.basis() == "month"
    assert dialog.rent_free_spin.value() == 2
    assert dialog.deposit_edit.text() == "60000.00"
    assert dialog.steps_editor.raw_steps() == [(D(2027, 1, 1), "165")]
    assert not dialog.draft_check.isVisible()
    assert dialog.unit_picker.model.availability(centre.units["7F-03"]) == ("this lease", True)
    assert "L2026-00001" in dialog.windowTitle()


def test_edit_saves(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(centre.leases["L5"])
    dialog.rent_edit.amount.setText("185")
    choose_units(dialog, centre, "7F-04")
    qtbot.keyClicks(dialog.notes_edit, "Rate agreed in November")
    dialog.accept()
    saved = leases.get_lease(ctx, centre.leases["L5"])
    assert saved.rent_per_m2_month == Decimal("185")
    assert saved.unit_codes == ["7F-04", "7F-05"] and saved.area == Decimal(350)
    assert saved.notes == "Rate agreed in November"


def test_edit_saves_a_lease_with_rent_steps(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(centre.leases["L2"])
    dialog.rent_edit.amount.setText("155")
    dialog.accept()
    saved = leases.get_lease(ctx, centre.leases["L2"])
    assert saved.rent_per_m2_month == Decimal("155")
    assert saved.rent_steps == [(D(2027, 1, 1), Decimal("165"))]


def test_terminated_lease_cannot_be_edited(ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(centre.leases["L4"])
    assert dialog.error_text("") == "A terminated lease cannot be edited."
    dialog.accept()
    assert dialog.error_text("") == "A terminated lease cannot be edited"  # the service's words
    assert_refused(dialog, before, ctx)


def test_cancel_writes_nothing(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(centre.leases["L1"])
    dialog.rent_edit.amount.setText("999")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result_view is None and db_state(ctx) == before


def test_run(ctx, centre):
    def fill_in(dialog):
        dialog.company_picker.company_id = centre.companies["delta"]
        dialog.unit_picker.model.set_checked(centre.units["1F-02"], True)
        set_term(dialog, D(2027, 1, 1), D(2027, 7, 1))
        dialog.rent_edit.amount.setText("90")
        dialog.accept()

    answer_modal(fill_in)
    view = LeaseDialog.run(None, ctx, None)
    assert view is not None and view.unit_codes == ["1F-02"] and view.area == Decimal(50)
    answer_modal(lambda dialog: dialog.reject())
    assert LeaseDialog.run(None, ctx, centre.leases["L1"]) is None


def test_unit_choice_model_passes_the_model_tester(qtmodeltester, ctx, centre):
    from adminapp.services import building

    model = UnitChoiceModel(building.list_units_brief(ctx))
    model.set_checked(centre.units["7F-01"], True)
    qtmodeltester.check(model)


# -- a save over someone else's change -------------------------------------------------------


def someone_else(ctx):
    """A second workstation acting on the same database."""
    from adminapp.services.context import ALL_ROLES, Actor, AppContext

    return AppContext(ctx.db, Actor("chen.yu", "ws2", roles=ALL_ROLES))


def edit_as(ctx, lease_id: int, **changes) -> leases.LeaseView:
    """Save lease ``lease_id`` with ``changes`` over the form it has now."""
    v = leases.get_lease(ctx, lease_id)
    data = leases.LeaseInput(
        v.company_id,
        v.unit_ids,
        v.start_date,
        v.end_date,
        v.rent_per_m2_month,
        rent_free_months=v.rent_free_months,
        deposit=v.deposit,
        rent_steps=v.rent_steps,
        notes=v.notes,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return leases.update_lease(ctx, lease_id, data, expected_version=v.version)


def test_a_save_over_someone_elses_change_is_refused_and_keeps_the_form(
    qtbot, ctx, centre, open_dialog
):
    dialog = open_dialog(centre.leases["L2"])
    edit_as(someone_else(ctx), centre.leases["L2"], notes="Chen: rent reviewed")
    dialog.rent_edit.amount.setText("170")
    qtbot.keyClicks(dialog.notes_edit, "Wang: agreed 170")
    before = db_state(ctx)
    dialog.accept()
    message = dialog.error_text("")
    assert message.startswith("Lease L2026-00001 was changed by chen.yu at ")
    assert "after you opened it" in message
    assert dialog.rent_edit.text() == "170"  # what the user typed stays
    assert dialog.notes_edit.toPlainText() == "Wang: agreed 170"
    assert dialog.reload_button.isVisibleTo(dialog)
    assert_refused(dialog, before, ctx)


def test_after_a_stale_save_the_lease_dialog_loads_their_changes_and_lists_what_was_typed(
    qtbot, ctx, centre, open_dialog
):
    dialog = open_dialog(centre.leases["L2"])
    edit_as(
        someone_else(ctx),
        centre.leases["L2"],
        unit_ids=[centre.units["7F-03"], centre.units["7F-04"]],
        rent_steps=[(D(2027, 1, 1), Decimal("168"))],
        notes="Chen: took 7F-04 too",
    )
    dialog.rent_edit.amount.setText("170")
    dialog.steps_editor.row_editors(0)[1].setText("175")
    dialog.accept()
    dialog.reload_button.click()

    # Their lease, as saved now ...
    assert dialog.unit_picker.model.checked_ids() == [centre.units["7F-03"], centre.units["7F-04"]]
    assert dialog.steps_editor.raw_steps() == [(D(2027, 1, 1), "168")]
    assert dialog.notes_edit.toPlainText() == "Chen: took 7F-04 too"
    assert dialog.rent_edit.text() == "150"
    # ... and what the user had typed, listed under the form's own captions.
    message = dialog.error_text("")
    assert message.startswith("Loaded the record as saved now. You had typed — ")
    assert "rent: 170 ¥ per m² per month" in message
    assert "rent steps: from 2027-01-01 at 175" in message
    assert "units: 7F-03;" in message
    assert "notes: —" in message
    assert not dialog.reload_button.isVisibleTo(dialog)

    dialog.rent_edit.amount.setText("170")
    dialog.accept()  # saved over the version just loaded
    saved = leases.get_lease(ctx, centre.leases["L2"])
    assert saved.rent_per_m2_month == Decimal(170)
    assert saved.unit_codes == ["7F-03", "7F-04"] and saved.notes == "Chen: took 7F-04 too"


def test_a_lease_terminated_meanwhile_reloads_closed_to_edits(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(centre.leases["L2"])
    leases.terminate_lease(someone_else(ctx), centre.leases["L2"], D(2027, 3, 1), "Moved out")
    dialog.rent_edit.amount.setText("170")
    dialog.accept()
    assert "was changed by chen.yu" in dialog.error_text("")
    dialog.reload_button.click()
    assert dialog.end_date == D(2027, 3, 1)
    assert dialog.error_text("").endswith("A terminated lease cannot be edited.")
