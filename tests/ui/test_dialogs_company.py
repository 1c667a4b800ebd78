"""The company dialog: credit code checked as typed, saved through the companies service."""

from __future__ import annotations

import datetime as dt

import pytest

from adminapp.services import companies
from tests.factories import credit_code
from tests.ui.test_dialogs_support import answer_modal, assert_refused, db_state
from ui.dialogs.company_dialog import CompanyDialog
from ui.dialogs.labels import select_code


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make(company_id: int | None = None) -> CompanyDialog:
        dialog = CompanyDialog(None, ctx, company_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_new_company_is_saved(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_en_edit, "Epsilon Agents")
    dialog.name_zh_edit.setText("艾普西隆智能体")  # QTest types Latin-1 only
    qtbot.keyClicks(dialog.code_edit, credit_code(9).lower())
    select_code(dialog.segment_combo, "product_marketing")
    select_code(dialog.stage_combo, "series_a")
    qtbot.keyClicks(dialog.contact_name_edit, "Li Wei")
    qtbot.keyClicks(dialog.contact_phone_edit, "+86 21 5555 0101")
    qtbot.keyClicks(dialog.contact_email_edit, "li.wei@epsilon.example")
    dialog.admitted_edit.set_date_value(dt.date(2026, 3, 1))
    assert dialog.graduated_edit.date_value() is None
    dialog.accept()

    view = dialog.result_view
    assert view is not None
    saved = companies.get_company(ctx, view.id)
    assert saved.name_en == "Epsilon Agents" and saved.name_zh == "艾普西隆智能体"
    assert saved.credit_code == credit_code(9)
    assert (saved.segment, saved.stage) == ("product_marketing", "series_a")
    assert saved.contact_email == "li.wei@epsilon.example"
    assert (saved.admitted_on, saved.graduated_on) == (dt.date(2026, 3, 1), None)


def test_credit_code_is_checked_as_you_type(qtbot, open_dialog):
    dialog = open_dialog()
    good = credit_code(7)
    qtbot.keyClicks(dialog.code_edit, good[:5])
    assert dialog.error_text("credit_code") == "Credit code must be 18 characters (has 5)"
    qtbot.keyClicks(dialog.code_edit, good[5:17])
    wrong = "0" if good[17] != "0" else "1"
    qtbot.keyClicks(dialog.code_edit, wrong)
    assert dialog.error_text("credit_code") == (
        f"Credit code check digit is {wrong}, should be {good[17]}"
    )
    assert dialog.is_highlighted("credit_code")
    qtbot.keyClick(dialog.code_edit, "\b")
    qtbot.keyClicks(dialog.code_edit, good[17].lower())
    assert dialog.code_edit.text() == good
    assert dialog.error_text("credit_code") == ""
    assert not dialog.is_highlighted("credit_code")
    assert dialog.hint_text("credit_code") == "✓ Check digit is correct"


def test_bad_credit_code_is_refused(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_en_edit, "Zeta")
    qtbot.keyClicks(dialog.code_edit, "91310104MA0000001I")
    select_code(dialog.segment_combo, "scene_design")
    dialog.accept()
    assert dialog.error_text("credit_code") == (
        "Credit code contains characters not allowed in a credit code: I"
    )
    assert dialog.error_text("name_en") == ""
    assert_refused(dialog, before, ctx)


def test_duplicate_credit_code_is_refused(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_en_edit, "Copycat")
    qtbot.keyClicks(dialog.code_edit, credit_code(1))
    select_code(dialog.segment_combo, "scene_design")
    assert dialog.error_text("credit_code") == ""  # only the service knows it is taken
    dialog.accept()
    assert dialog.error_text("credit_code") == "Credit code already belongs to Alpha Models"
    assert dialog.is_highlighted("credit_code")
    assert_refused(dialog, before, ctx)


def test_every_problem_is_shown_beside_its_field(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.contact_email_edit, "not-an-email")
    dialog.admitted_edit.set_date_value(dt.date(2026, 3, 1))
    dialog.graduated_edit.set_date_value(dt.date(2025, 1, 1))
    dialog.accept()
    assert dialog.error_text("name_en") == "Give the company's English or Chinese name"
    assert dialog.error_text("credit_code").startswith("Credit code must be 18 characters")
    assert dialog.error_text("segment") == "Choose the company's segment of the model chain"
    assert dialog.error_text("contact_email") == "Contact email is not an email address"
    assert dialog.error_text("graduated_on") == "Graduated on must not be before admitted on"
    assert dialog.is_highlighted("graduated_on")
    assert dialog.error_text("") == ""  # nothing left over for the top of the dialog
    assert_refused(dialog, before, ctx)


def test_edit_loads_and_saves(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(centre.companies["beta"])
    assert dialog.name_en_edit.text() == "Beta Apps"
    assert dialog.name_zh_edit.text() == "贝塔应用"
    assert dialog.code_edit.text() == credit_code(2)
    assert dialog.segment_combo.currentData() == "application_development"
    assert dialog.admitted_edit.date_value() == dt.date(2024, 1, 1)
    assert dialog.graduated_edit.date_value() is None
    assert dialog.hint_text("credit_code") == "✓ Check digit is correct"
    select_code(dialog.stage_combo, "angel")
    dialog.graduated_edit.check.setChecked(True)
    dialog.graduated_edit.edit.set_date_value(dt.date(2026, 9, 30))
    dialog.accept()
    saved = companies.get_company(ctx, centre.companies["beta"])
    assert saved.stage == "angel" and saved.graduated_on == dt.date(2026, 9, 30)
    assert saved.name_zh == "贝塔应用"


def test_cancel_writes_nothing(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(centre.companies["alpha"])
    qtbot.keyClicks(dialog.name_en_edit, " Renamed")
    dialog.reject()
    assert dialog.result_view is None and db_state(ctx) == before


def test_run(ctx, centre):
    def fill_in(dialog):
        dialog.name_zh_edit.setText("欧米伽")
        dialog.code_edit.setText(credit_code(12))
        select_code(dialog.segment_combo, "compute_support")
        dialog.accept()

    answer_modal(fill_in)
    view = CompanyDialog.run(None, ctx, None)
    assert view is not None and view.name_zh == "欧米伽" and view.name_en == "欧米伽"
    answer_modal(lambda dialog: dialog.reject())
    assert CompanyDialog.run(None, ctx, centre.companies["alpha"]) is None


def test_a_save_over_someone_elses_change_is_refused_and_keeps_the_form(
    qtbot, ctx, centre, open_dialog
):
    from adminapp.services.context import ALL_ROLES, Actor, AppContext

    dialog = open_dialog(centre.companies["alpha"])
    other = AppContext(ctx.db, Actor("chen.yu", "ws2", roles=ALL_ROLES))
    saved = companies.get_company(other, centre.companies["alpha"])
    form = companies.CompanyInput(
        saved.name_en, saved.credit_code, saved.segment, contact_name="Chen Yu"
    )
    companies.update_company(other, saved.id, form, expected_version=saved.version)
    dialog.contact_name_edit.setText("Wang Li")
    before = db_state(ctx)
    dialog.accept()
    assert "was changed by chen.yu at" in dialog.error_text("")
    assert dialog.contact_name_edit.text() == "Wang Li"  # what the user typed stays
    assert_refused(dialog, before, ctx)


def test_after_a_stale_save_the_dialog_loads_their_changes_and_lists_what_was_typed(
    qtbot, ctx, centre, open_dialog
):
    from adminapp.services.context import ALL_ROLES, Actor, AppContext

    dialog = open_dialog(centre.companies["alpha"])
    other = AppContext(ctx.db, Actor("chen.yu", "ws2", roles=ALL_ROLES))
    saved = companies.get_company(other, centre.companies["alpha"])
    form = companies.CompanyInput(
        saved.name_en, saved.credit_code, saved.segment, contact_name="Chen Yu"
    )
    companies.update_company(other, saved.id, form, expected_version=saved.version)
    dialog.contact_name_edit.setText("Wang Li")
    dialog.accept()
    assert dialog.reload_button.isVisibleTo(dialog)
    dialog.reload_button.click()
    assert dialog.contact_name_edit.text() == "Chen Yu"  # their change, now shown
    assert "contact name: Wang Li" in dialog.error_text("")  # what the user had typed
    assert not dialog.reload_button.isVisibleTo(dialog)
    dialog.contact_name_edit.setText("Wang Li")
    dialog.accept()  # saved over the version just loaded
    assert companies.get_company(ctx, saved.id).contact_name == "Wang Li"
