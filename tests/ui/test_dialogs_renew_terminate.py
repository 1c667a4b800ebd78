"""Renewing and terminating a lease from its dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from adminapp import rent
from adminapp.services import leases
from adminapp.services.context import centre_today
from tests.ui.test_dialogs_support import answer_modal, assert_refused, db_state
from ui import messages
from ui.dialogs.renew_dialog import RenewDialog
from ui.dialogs.terminate_dialog import TerminateDialog

D = dt.date


@pytest.fixture
def answers():
    """Confirmations are answered by ``answers.reply`` without a popup; asked ones are kept."""

    class Answers(list):
        reply = True

    asked = Answers()

    def respond(kind, title, text):
        asked.append((kind, title, text))
        return asked.reply

    messages.set_responder(respond)
    yield asked
    messages.set_responder(None)


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make(cls, lease_id: int):
        dialog = cls(None, ctx, lease_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


# -- renew ----------------------------------------------------------------------------------


def test_renew_defaults_and_saves(ctx, centre, open_dialog):
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    assert dialog.new_end == D(2030, 1, 1)  # two years after the current end
    assert dialog.rent_edit.text() == "165"  # the rate in force at the end, after the step
    assert dialog.deposit_edit.text() == "60000.00"
    assert dialog.hint_text("end_date") == (
        "New term 2028-01-01 to 2030-01-01 (last day 2029-12-31) · 24.0 months"
    )
    assert dialog.hint_text("rent").endswith("monthly rent ¥33,000.00 for 200.00 m²")
    dialog.accept()
    new = leases.get_lease(ctx, dialog.result_view.id)
    assert new.renewal_of_id == centre.leases["L2"]
    assert (new.start_date, new.end_date) == (D(2028, 1, 1), D(2030, 1, 1))
    assert new.rent_per_m2_month == Decimal(165) and new.deposit == Decimal(60000)
    assert new.unit_codes == ["7F-03"] and new.stage == "signed"
    assert new.notes == "Renewal of L2026-00001"


def test_renew_per_day(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(RenewDialog, centre.leases["L5"])
    dialog.end_edit.set_date_value(D(2027, 10, 1))
    dialog.rent_edit.set_basis("day")
    dialog.rent_edit.amount.clear()
    qtbot.keyClicks(dialog.rent_edit.amount, "6")
    assert dialog.hint_text("rent") == (
        "= ¥182.5000 per m² per month · monthly rent ¥45,625.00 for 250.00 m²"
    )
    qtbot.keyClicks(dialog.notes_edit, "One more year")
    dialog.accept()
    new = leases.get_lease(ctx, dialog.result_view.id)
    assert new.rent_per_m2_month == rent.per_month_from_day(Decimal(6))
    assert new.notes == "One more year"


def test_renew_refuses_an_end_before_the_current_end(ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    dialog.end_edit.set_date_value(D(2027, 6, 1))
    assert dialog.error_text("end_date") == "The new end must be after the current end (2028-01-01)"
    dialog.accept()
    assert dialog.error_text("end_date") == (
        "End date must be after the start date (the lease ends at the start of its end date)"
    )
    assert dialog.is_highlighted("end_date")
    assert_refused(dialog, before, ctx)


def test_renew_refuses_negative_rent(qtbot, ctx, centre, open_dialog):
    before = db_state(ctx)
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    dialog.rent_edit.amount.clear()
    qtbot.keyClicks(dialog.rent_edit.amount, "-1")
    dialog.accept()
    assert dialog.error_text("rent") == "Rent must not be negative"
    assert_refused(dialog, before, ctx)


def test_renew_clash_is_shown_beside_the_units(ctx, centre, open_dialog):
    taken = leases.create_lease(
        ctx,
        leases.LeaseInput(
            centre.companies["gamma"], [centre.units["7F-05"]], D(2027, 1, 1), D(2027, 6, 1), "100"
        ),
    )
    before = db_state(ctx)
    dialog = open_dialog(RenewDialog, centre.leases["L5"])
    dialog.accept()
    assert dialog.error_text("unit_ids") == (
        f"Unit 7F-05 is already leased under {taken.reference} from 2027-01-01 to 2027-06-01"
    )
    assert dialog.is_highlighted("unit_ids")
    assert_refused(dialog, before, ctx)


def test_renewing_twice_is_refused_at_the_top(ctx, centre, open_dialog):
    first = leases.renew_lease(ctx, centre.leases["L2"], D(2029, 1, 1))
    before = db_state(ctx)
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    dialog.accept()
    assert dialog.error_text("") == f"L2026-00001 has already been renewed as {first.reference}"
    assert_refused(dialog, before, ctx)


def test_renew_run_cancel(ctx, centre):
    before = db_state(ctx)
    answer_modal(lambda dialog: dialog.reject())
    assert RenewDialog.run(None, ctx, centre.leases["L2"]) is None
    assert db_state(ctx) == before


# -- terminate ------------------------------------------------------------------------------


def test_terminate_after_confirmation(qtbot, ctx, centre, open_dialog, answers):
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    assert dialog.terminated_on == centre_today()
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    assert dialog.hint_text("terminated_on") == (
        "The lease will end on 2027-03-01; its last day is 2027-02-28."
    )
    qtbot.keyClicks(dialog.reason_edit, "Company moved to Zhangjiang")
    dialog.accept()
    assert answers == [
        (
            "question",
            "Terminate lease",
            "Terminate L2026-00001 (Beta Apps, 7F-03) on 2027-03-01? "
            "The units become free from that date.",
        )
    ]
    saved = leases.get_lease(ctx, centre.leases["L2"])
    assert saved.stage == "terminated" and saved.end_date == D(2027, 3, 1)
    assert saved.terminated_on == D(2027, 3, 1)
    assert saved.termination_reason == "Company moved to Zhangjiang"
    assert dialog.result_view.id == centre.leases["L2"]


def test_terminate_needs_a_reason(ctx, centre, open_dialog, answers):
    before = db_state(ctx)
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    assert dialog.error_text("termination_reason") == ""  # not before the user tries
    dialog.accept()
    assert dialog.error_text("termination_reason") == "Give the reason for the termination"
    assert dialog.is_highlighted("termination_reason")
    assert answers == []  # nothing to confirm yet
    assert_refused(dialog, before, ctx)


def test_terminate_date_is_checked_live(qtbot, ctx, centre, open_dialog, answers):
    before = db_state(ctx)
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    qtbot.keyClicks(dialog.reason_edit, "Downsizing")
    dialog.date_edit.set_date_value(D(2028, 1, 1))
    assert dialog.error_text("terminated_on") == (
        "Termination date must be before the current end (2028-01-01)"
    )
    assert (
        dialog.hint_text("terminated_on") == "Choose a date after 2026-01-01 and before 2028-01-01."
    )
    dialog.date_edit.set_date_value(D(2026, 1, 1))
    assert dialog.error_text("terminated_on") == (
        "Termination date must be after the start (2026-01-01)"
    )
    dialog.accept()
    assert answers == []
    assert_refused(dialog, before, ctx)


def test_terminate_declined_at_confirmation(qtbot, ctx, centre, open_dialog, answers):
    answers.reply = False
    before = db_state(ctx)
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    qtbot.keyClicks(dialog.reason_edit, "Downsizing")
    dialog.accept()
    assert len(answers) == 1
    assert_refused(dialog, before, ctx)


def test_terminate_refused_by_the_service(qtbot, ctx, centre, open_dialog, answers):
    renewal = leases.renew_lease(ctx, centre.leases["L2"], D(2029, 1, 1))
    before = db_state(ctx)
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    qtbot.keyClicks(dialog.reason_edit, "Downsizing")
    dialog.accept()
    assert dialog.error_text("terminated_on") == (
        f"L2026-00001 has been renewed as {renewal.reference}; terminate that"
    )
    assert_refused(dialog, before, ctx)


def test_terminate_run(qtbot, ctx, centre, answers):
    def fill_in(dialog):
        dialog.date_edit.set_date_value(D(2027, 6, 1))
        dialog.reason_edit.setPlainText("Merged with another tenant")
        dialog.accept()

    answer_modal(fill_in)
    view = TerminateDialog.run(None, ctx, centre.leases["L2"])
    assert view is not None and view.stage == "terminated"
    assert TerminateDialog.run(None, ctx, 9999) is None
    assert answers[-1] == ("error", "Cannot open", "Lease 9999 does not exist")


# -- a save over someone else's change -------------------------------------------------------


def someone_else(ctx):
    """A second workstation acting on the same database."""
    from adminapp.services.context import ALL_ROLES, Actor, AppContext

    return AppContext(ctx.db, Actor("chen.yu", "ws2", roles=ALL_ROLES))


def change_steps(ctx, lease_id: int, steps) -> leases.LeaseView:
    v = leases.get_lease(ctx, lease_id)
    data = leases.LeaseInput(
        v.company_id,
        v.unit_ids,
        v.start_date,
        v.end_date,
        v.rent_per_m2_month,
        rent_free_months=v.rent_free_months,
        deposit=v.deposit,
        rent_steps=steps,
        notes=v.notes,
    )
    return leases.update_lease(ctx, lease_id, data, expected_version=v.version)


def test_renew_over_someone_elses_change_is_refused_and_keeps_the_form(
    qtbot, ctx, centre, open_dialog
):
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    change_steps(someone_else(ctx), centre.leases["L2"], [(D(2027, 1, 1), Decimal(170))])
    dialog.end_edit.set_date_value(D(2029, 1, 1))
    qtbot.keyClicks(dialog.notes_edit, "One more year")
    before = db_state(ctx)
    dialog.accept()
    assert dialog.error_text("").startswith("Lease L2026-00001 was changed by chen.yu at ")
    assert dialog.new_end == D(2029, 1, 1) and dialog.notes_edit.text() == "One more year"
    assert dialog.reload_button.isVisibleTo(dialog)
    assert_refused(dialog, before, ctx)


def test_renew_loads_their_changes_and_lists_what_was_typed(qtbot, ctx, centre, open_dialog):
    dialog = open_dialog(RenewDialog, centre.leases["L2"])
    change_steps(someone_else(ctx), centre.leases["L2"], [(D(2027, 1, 1), Decimal(170))])
    dialog.end_edit.set_date_value(D(2029, 1, 1))
    qtbot.keyClicks(dialog.notes_edit, "One more year")
    dialog.accept()
    dialog.reload_button.click()

    # The summary and the defaults follow the lease as saved now (their new step) ...
    assert dialog.lease.rent_steps == [(D(2027, 1, 1), Decimal(170))]
    assert dialog.rent_edit.text() == "170"
    rate_label = dialog.form.itemAt(4, dialog.form.ItemRole.FieldRole).widget()
    assert rate_label.text() == "¥170 per m² per month"
    assert dialog.new_end == D(2030, 1, 1)
    # ... and what the user had typed is listed.
    message = dialog.error_text("")
    assert "new end date (exclusive): 2029-01-01" in message
    assert "notes: One more year" in message
    assert "rent: 165 ¥ per m² per month" in message
    dialog.end_edit.set_date_value(D(2029, 1, 1))
    dialog.accept()  # over the version just loaded
    new = leases.get_lease(ctx, dialog.result_view.id)
    assert new.end_date == D(2029, 1, 1) and new.rent_per_m2_month == Decimal(170)


def test_terminate_over_someone_elses_change_is_refused_and_reloads(
    qtbot, ctx, centre, open_dialog, answers
):
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    change_steps(someone_else(ctx), centre.leases["L2"], [(D(2027, 1, 1), Decimal(170))])
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    qtbot.keyClicks(dialog.reason_edit, "Company moved to Zhangjiang")
    before = db_state(ctx)
    dialog.accept()
    assert dialog.error_text("").startswith("Lease L2026-00001 was changed by chen.yu at ")
    assert dialog.reason == "Company moved to Zhangjiang"  # what the user typed stays
    assert_refused(dialog, before, ctx)

    dialog.reload_button.click()
    assert dialog.lease.rent_steps == [(D(2027, 1, 1), Decimal(170))]
    message = dialog.error_text("")
    assert "termination date: 2027-03-01" in message
    assert "reason: Company moved to Zhangjiang" in message
    assert dialog.error_text("termination_reason") == ""  # a fresh form, not yet a mistake
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    dialog.reason_edit.setPlainText("Company moved to Zhangjiang")
    dialog.accept()
    saved = leases.get_lease(ctx, centre.leases["L2"])
    assert saved.stage == "terminated" and saved.terminated_on == D(2027, 3, 1)


def test_terminate_after_it_was_renewed_meanwhile_says_so_after_reloading(
    qtbot, ctx, centre, open_dialog, answers
):
    dialog = open_dialog(TerminateDialog, centre.leases["L2"])
    leases.terminate_lease(someone_else(ctx), centre.leases["L2"], D(2027, 6, 1), "Downsizing")
    dialog.date_edit.set_date_value(D(2027, 3, 1))
    qtbot.keyClicks(dialog.reason_edit, "Moving out")
    dialog.accept()
    assert "was changed by chen.yu" in dialog.error_text("")
    dialog.reload_button.click()
    assert dialog.lease.stage == "terminated"
    assert dialog.error_text("").endswith("Only a signed lease can be terminated.")
    current_term = dialog.form.itemAt(3, dialog.form.ItemRole.FieldRole).widget()
    assert current_term.text() == "2026-01-01 to 2027-06-01 (last day 2027-05-31)"
