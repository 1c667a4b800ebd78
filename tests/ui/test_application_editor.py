"""The application editor: details of a draft, documents, workflow steps, roles, conflicts.

Real widgets offscreen on a real SQLite database. The programme's window runs from the
financing tests' date (2026-06-15) to beyond today, so both service-made and dialog-made
submissions fall inside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from adminapp.services import audit
from adminapp.services import financing as fin
from adminapp.services.context import centre_today
from tests.test_financing_setup import (
    ON,
    as_user,
    attach_all,
    make_draft,
    make_programme,
    under_review,
)
from tests.ui.test_dialogs_support import answer_modal, db_state, truncated
from ui import messages
from ui.dialogs.application_editor import ApplicationEditor

T = fin.TrancheInput
LEFT = Qt.MouseButton.LeftButton


def window() -> tuple[dt.date, dt.date]:
    return dt.date(2026, 1, 1), max(centre_today(), ON) + dt.timedelta(days=60)


@pytest.fixture
def programme(ctx, centre) -> int:
    """Compute rental subsidy: 30% of the eligible cost, ¥1M per company a year, two
    documents (Business licence, Compute contract), no lease required."""
    return make_programme(ctx, windows=[window()], requires_active_lease=False)


@pytest.fixture
def open_editor(qtbot, ctx, signals):
    def make(application_id: int | None = None, as_ctx=None, **kwargs) -> ApplicationEditor:
        editor = ApplicationEditor(as_ctx or ctx, signals, application_id, **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def status(ctx, app_id: int) -> str:
    return fin.get_application(ctx, app_id).status


def approved(ctx, centre, programme, folder) -> int:
    """Reviewed by "rev", approved ¥600,000 by "boss", in two planned tranches."""
    app_id = under_review(ctx, centre, programme, folder, company="beta")
    boss = as_user(ctx, "boss", "director")
    fin.approve_application(boss, app_id, "600000")
    plan = [
        T(dt.date(2026, 7, 1), "200000", "Contract"),
        T(dt.date(2026, 9, 1), "400000", "Go-live"),
    ]
    fin.plan_tranches(boss, app_id, plan)
    return app_id


def disbursing(ctx, centre, programme, folder, *, paid: bool) -> int:
    app_id = approved(ctx, centre, programme, folder)
    payer = as_user(ctx, "payer", "finance")
    fin.start_disbursing(payer, app_id)
    if paid:
        officer = as_user(ctx, "officer", "staff")
        for seq in (1, 2):
            fin.mark_milestone_met(officer, app_id, seq, ON + dt.timedelta(days=seq))
            fin.release_tranche(payer, app_id, seq, ON + dt.timedelta(days=seq), f"BANK-{seq}")
    return app_id


# -- Details ---------------------------------------------------------------------------------


def test_a_new_draft_is_taken_through_the_details_tab(
    qtbot, ctx, centre, programme, signals, open_editor
):
    editor = open_editor(company_id=centre.companies["beta"])
    assert editor.windowTitle() == "New financing application"
    assert editor.company_picker.company_id == centre.companies["beta"]
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.review_panel))
    assert not any(b.isVisible() for b in editor.step_buttons.values())
    before = db_state(ctx)
    click(qtbot, editor.save_button)  # no programme, no amounts: refused beside the fields
    assert editor.error_text("programme_id") == "Choose the programme applied to"
    assert editor.error_text("requested_amount") == "Requested amount must be a number"
    assert db_state(ctx) == before and editor.isVisible()

    combo = editor.programme_combo
    combo.setCurrentIndex(combo.findData(programme))
    assert combo.currentText() == "Compute rental subsidy 算力租赁补贴 · Subsidy · CNY"
    rules = editor.rules_label.text()
    assert "30% of the eligible cost; ¥1,000,000.00 per company a year" in rules
    assert "Business licence, Compute contract" in rules and "open today" in rules
    assert not editor.provider_edit.isVisible()  # compute vouchers only
    editor.year_spin.setValue(2026)
    qtbot.keyClicks(editor.requested_edit, "800000")
    qtbot.keyClicks(editor.cost_edit, "2400000")
    assert editor.hint_text("requested_amount") == (
        "Could be approved now: requested ¥800,000.00; 30% of ¥2,400,000.00 = ¥720,000.00; "
        "company cap left ¥1,000,000.00 (¥1,000,000.00 a year, ¥0.00 already approved in "
        "2026); budget left ¥5,000,000.00 of ¥5,000,000.00 for 2026; approved ≤ ¥720,000.00. "
        "The amount requested is above it."
    )
    qtbot.keyClicks(editor.purpose_edit, "H800 rental for pre-training")
    assert "✘ Business licence — missing" in editor.documents_tab.required_label.text()
    with qtbot.waitSignal(signals.applicationsChanged):
        click(qtbot, editor.save_button)

    assert editor.isVisible()  # documents and steps follow: the editor stays open
    saved = fin.get_application(ctx, editor.view.id)
    assert (saved.reference, saved.status, saved.company_id, saved.programme_id, saved.year) == (
        "F2026-00001", "draft", centre.companies["beta"], programme, 2026,
    )  # fmt: skip
    assert (saved.requested_amount, saved.eligible_cost) == (
        Decimal("800000.00"),
        Decimal("2400000.00"),
    )
    assert saved.purpose == "H800 rental for pre-training"
    assert editor.header.title.text() == "F2026-00001"
    assert editor.header.chip.text() == "Draft"
    assert editor.notice.text() == "Saved F2026-00001."
    assert editor.step_buttons["submit"].isVisible()
    assert editor.documents_tab.attach_button.isEnabled()


def test_a_draft_is_edited(qtbot, ctx, centre, programme, signals, open_editor):
    app_id = make_draft(ctx, centre, programme, company="beta")
    editor = open_editor(app_id)
    assert editor.windowTitle() == "Application F2026-00001 — Beta Apps"
    assert editor.requested_edit.text() == "600000.00"
    assert not editor.is_dirty()
    editor.requested_edit.clear()
    qtbot.keyClicks(editor.requested_edit, "650000")
    editor.purpose_edit.setPlainText("GPU rental, second half")
    assert editor.is_dirty()
    with qtbot.waitSignal(signals.applicationsChanged):
        click(qtbot, editor.save_button)
    saved = fin.get_application(ctx, app_id)
    assert saved.requested_amount == Decimal("650000.00") and saved.version == 2
    assert saved.purpose == "GPU rental, second half"
    assert [e.action for e in audit.history(ctx, "application", app_id)] == ["create", "update"]
    assert not editor.is_dirty() and editor.error_text("") == ""
    assert "Requested ¥650,000.00" in editor.header.figures.text()


def test_fields_are_read_only_once_submitted(ctx, centre, programme, open_editor, tmp_path):
    app_id = make_draft(ctx, centre, programme, company="beta")
    attach_all(ctx, app_id, tmp_path)
    fin.submit_application(ctx, app_id, ON)
    editor = open_editor(app_id)
    assert not editor.company_picker.isEnabled() and not editor.programme_combo.isEnabled()
    assert not editor.year_spin.isEnabled()
    assert editor.requested_edit.isReadOnly() and editor.cost_edit.isReadOnly()
    assert editor.requested_edit.text() == "600,000.00"
    assert editor.purpose_edit.isReadOnly()
    assert not editor.save_button.isVisible()
    assert editor.details_note.text() == (
        "The details of F2026-00001 are kept as submitted and can no longer be edited (submitted)."
    )
    assert editor.header.chip.text() == "Submitted"
    assert not editor.step_buttons["submit"].isVisible()
    assert editor.step_buttons["start_review"].isVisible()
    assert not editor.documents_tab.attach_button.isEnabled()
    before = db_state(ctx)
    editor.accept()  # Enter on a read-only form saves nothing
    assert db_state(ctx) == before and editor.isVisible()


def test_a_gpu_hour_voucher_asks_for_the_provider(qtbot, ctx, centre, open_editor):
    voucher = make_programme(
        ctx, name_en="Compute voucher", name_zh="算力券", kind="voucher", unit="GPU_HOURS",
        budgets={2026: "200000"}, cap_per_company_year="20000", cap_percent=None,
        windows=[window()], requires_active_lease=False, documents=[],
    )  # fmt: skip
    editor = open_editor(company_id=centre.companies["gamma"])
    editor.programme_combo.setCurrentIndex(editor.programme_combo.findData(voucher))
    assert editor.programme_combo.currentText() == "Compute voucher 算力券 · Voucher · GPU-hours"
    assert editor.requested_caption.text() == "Requested GPU-hours"
    assert editor.provider_edit.isVisible()
    assert "20,000 GPU-h per company a year" in editor.rules_label.text()
    qtbot.keyClicks(editor.requested_edit, "5000")
    qtbot.keyClicks(editor.cost_edit, "5000")
    click(qtbot, editor.save_button)
    assert editor.error_text("provider") == (
        "Name the compute provider the GPU-hours will be used with"
    )
    qtbot.keyClicks(editor.provider_edit, "West Bund Compute")
    click(qtbot, editor.save_button)
    saved = fin.get_application(ctx, editor.view.id)
    assert (saved.unit, saved.provider, saved.requested_amount) == (
        "GPU_HOURS", "West Bund Compute", Decimal("5000.00"),
    )  # fmt: skip
    assert editor.tabs.isTabVisible(editor.tabs.indexOf(editor.usage_panel))
    assert editor.documents_tab.required_label.text() == "This programme requires no documents."


# -- Documents -------------------------------------------------------------------------------


def test_a_document_is_attached_and_listed_with_its_sha256(
    qtbot, ctx, centre, programme, signals, open_editor, tmp_path, monkeypatch
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    source = tmp_path / "营业执照.pdf"
    content = b"%PDF-1.7 licence " * 300
    source.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    editor = open_editor(app_id)
    tab = editor.documents_tab
    editor.tabs.setCurrentWidget(tab)
    assert not tab.open_button.isEnabled()

    def choose(box) -> None:
        assert box.comboBoxItems() == ["Business licence", "Compute contract"]
        box.setTextValue("Business licence")
        box.accept()

    answer_modal(choose)
    with qtbot.waitSignal(signals.applicationsChanged):
        click(qtbot, tab.attach_button)
    row = [tab.model.item(0, c).text() for c in range(tab.model.columnCount())]
    assert row[:5] == ["Business licence", "营业执照.pdf", "5.0 KB", digest[:12] + "…", "tester"]
    assert row[6] == "✔ matches"
    assert tab.model.item(0, 3).toolTip() == digest
    required = tab.required_label.text()
    assert "✔</span> Business licence" in required
    assert "✘ Compute contract — missing" in required
    assert editor.notice.text() == "Attached to F2026-00001: Business licence."
    (doc,) = fin.get_application(ctx, app_id).documents
    assert doc.sha256 == digest and doc.name == "Business licence"
    # A name typed instead of chosen.
    answer_modal(lambda box: (box.setTextValue("Board resolution"), box.accept()))
    click(qtbot, tab.attach_button)
    assert tab.model.rowCount() == 2 and tab.model.item(1, 0).text() == "Board resolution"
    # Cancelled: nothing attached.
    answer_modal(lambda box: box.reject())
    click(qtbot, tab.attach_button)
    assert len(fin.get_application(ctx, app_id).documents) == 2


def test_a_changed_stored_copy_is_detected(
    qtbot, ctx, centre, programme, open_editor, tmp_path, monkeypatch
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    attach_all(ctx, app_id, tmp_path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    editor = open_editor(app_id)
    tab = editor.documents_tab
    editor.tabs.setCurrentWidget(tab)
    assert [tab.model.item(r, 6).text() for r in range(2)] == ["✔ matches"] * 2
    licence, contract = fin.get_application(ctx, app_id).documents
    copy = fin.document_path(licence)
    copy.write_bytes(copy.read_bytes().replace(b"PDF", b"PDX"))  # same size, other bytes
    click(qtbot, tab.check_button)
    assert [tab.model.item(r, 6).text() for r in range(2)] == [
        "✘ changed since attached",
        "✔ matches",
    ]
    # Opening a changed copy asks first; answered "no", nothing opens.
    messages.set_responder(lambda kind, title, text: False)
    try:
        tab.select_row(0)
        click(qtbot, tab.open_button)
        ((kind, _title, text),) = messages.shown
        assert kind == "question" and "no longer matches the SHA-256" in text
        assert opened == []
        tab.select_row(1)
        click(qtbot, tab.open_button)  # an untouched copy opens without a question
        assert len(messages.shown) == 1
        assert [u.toLocalFile() for u in opened] == [str(fin.document_path(contract))]
    finally:
        messages.set_responder(None)
    copy.unlink()
    click(qtbot, tab.check_button)
    assert tab.model.item(0, 6).text() == "✘ missing"


# -- Workflow --------------------------------------------------------------------------------


def test_submit_is_refused_while_a_document_is_missing(
    qtbot, ctx, centre, programme, open_editor, tmp_path
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    attach_all(ctx, app_id, tmp_path, names=["Business licence"])
    editor = open_editor(app_id)
    before = db_state(ctx)
    click(qtbot, editor.step_buttons["submit"])
    assert editor.error_text("") == "Attach the required documents first: Compute contract"
    assert editor.tabs.currentWidget() is editor.documents_tab
    assert status(ctx, app_id) == "draft" and db_state(ctx) == before
    assert editor.header.chip.text() == "Draft" and editor.isVisible()
    # Still usable: attach the missing one, submit again.
    attach = tmp_path / "contract.pdf"
    attach.write_bytes(b"%PDF contract")
    editor.documents_tab.attach_file(attach, "Compute contract")
    assert editor.error_text("") == ""
    click(qtbot, editor.step_buttons["submit"])
    assert status(ctx, app_id) == "submitted"
    assert editor.header.chip.text() == "Submitted"


def test_submit_with_unsaved_edits_asks_to_save_first_and_writes_nothing(
    qtbot, ctx, centre, programme, open_editor, tmp_path
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    attach_all(ctx, app_id, tmp_path)
    editor = open_editor(app_id)
    editor.requested_edit.setText("500000")
    before = db_state(ctx)
    click(qtbot, editor.step_buttons["submit"])
    assert db_state(ctx) == before  # neither the edit nor the submission
    assert "Save your changes to the details first, then submit." in editor.error_text("")
    click(qtbot, editor.save_button)
    click(qtbot, editor.step_buttons["submit"])
    saved = fin.get_application(ctx, app_id)
    assert (saved.status, saved.requested_amount) == ("submitted", Decimal("500000.00"))
    assert [e.action for e in audit.history(ctx, "application", app_id)][-2:] == [
        "update",
        "submit",
    ]


def test_the_workflow_buttons_move_the_status(
    qtbot, ctx, centre, programme, signals, open_editor, tmp_path
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    attach_all(ctx, app_id, tmp_path)
    editor = open_editor(app_id)
    buttons = editor.step_buttons
    assert [k for k, b in buttons.items() if b.isVisible()] == ["submit", "withdraw"]
    with qtbot.waitSignal(signals.applicationsChanged):
        click(qtbot, buttons["submit"])
    assert status(ctx, app_id) == "submitted"
    assert editor.notice.text() == "F2026-00001 is now submitted."
    assert [k for k, b in buttons.items() if b.isVisible()] == ["start_review", "withdraw"]
    click(qtbot, buttons["start_review"])
    assert status(ctx, app_id) == "under_review"
    assert editor.header.chip.text() == "Under review"
    # Withdraw asks for the reason: cancelled, then left empty (refused), then given.
    answer_modal(lambda box: box.reject())
    click(qtbot, buttons["withdraw"])
    assert status(ctx, app_id) == "under_review" and editor.error_text("") == ""
    answer_modal(lambda box: box.accept())
    click(qtbot, buttons["withdraw"])
    assert editor.error_text("") == "Give the reason for withdrawing"
    assert status(ctx, app_id) == "under_review"
    answer_modal(lambda box: (box.setTextValue("The company found other funding"), box.accept()))
    click(qtbot, buttons["withdraw"])
    saved = fin.get_application(ctx, app_id)
    assert saved.status == "withdrawn"
    assert saved.steps[-1].reason == "The company found other funding"
    assert not any(b.isVisible() for b in buttons.values())  # withdrawn is final
    history = editor.history_view.toPlainText()
    assert "Under review → Withdrawn" in history and "The company found other funding" in history


def test_finance_starts_disbursing_and_closes(qtbot, ctx, centre, programme, open_editor, tmp_path):
    payer = as_user(ctx, "payer", "finance")
    app_id = approved(ctx, centre, programme, tmp_path)
    # The approver may hold the finance role too, but may not pay out what they approved.
    approver = open_editor(app_id, as_ctx=as_user(ctx, "boss", "director", "finance"))
    before = db_state(ctx)
    click(qtbot, approver.step_buttons["disburse"])
    assert approver.error_text("") == (
        "You approved this application, so someone else must record the disbursement of it "
        "(separation of duties)"
    )
    assert status(ctx, app_id) == "approved" and approver.step_buttons["disburse"].isEnabled()
    after = db_state(ctx)  # only the refusal is recorded
    assert [t for t in after if after[t] != before[t]] == ["audit_entries"]
    editor = open_editor(app_id, as_ctx=payer)
    assert [k for k, b in editor.step_buttons.items() if b.isVisible()] == ["disburse"]
    click(qtbot, editor.step_buttons["disburse"])
    assert status(ctx, app_id) == "disbursing"
    # Closing before every tranche is paid is refused with the service's reason.
    before = db_state(ctx)
    click(qtbot, editor.step_buttons["close"])
    assert editor.error_text("") == "Tranche(s) 1, 2 of F2026-00001 are not paid yet"
    assert db_state(ctx) == before and status(ctx, app_id) == "disbursing"
    officer = as_user(ctx, "officer", "staff")
    for seq in (1, 2):
        fin.mark_milestone_met(officer, app_id, seq, ON)
        fin.release_tranche(payer, app_id, seq, ON, f"BANK-{seq}")
    click(qtbot, editor.step_buttons["close"])  # stale: the tranches were paid meanwhile
    assert "after you opened it" in editor.error_text("")
    assert editor.reload_button.isVisible()
    click(qtbot, editor.reload_button)
    assert "Disbursed so far ¥600,000.00" in editor.header.figures.text()
    click(qtbot, editor.step_buttons["close"])
    assert status(ctx, app_id) == "closed" and editor.header.chip.text() == "Closed"


def test_buttons_follow_the_roles(ctx, centre, programme, open_editor, tmp_path):
    finance = as_user(ctx, "fin", "finance")
    staff = as_user(ctx, "clerk", "staff")
    draft = make_draft(ctx, centre, programme, company="beta")
    editor = open_editor(draft, as_ctx=finance)
    submit = editor.step_buttons["submit"]
    assert submit.isVisible() and not submit.isEnabled()
    assert submit.toolTip() == (
        "You may not submit a financing application: that needs the staff role (you hold finance)"
    )
    assert not editor.step_buttons["withdraw"].isEnabled()
    assert not editor.save_button.isVisible() and not editor.company_picker.isEnabled()
    assert editor.details_note.text() == (
        "You can read this application; editing it needs the staff role."
    )
    assert not editor.documents_tab.attach_button.isEnabled()
    before = db_state(ctx)
    editor.run_step("submit")  # even if asked directly, nothing is written
    assert "needs the staff role" in editor.error_text("")
    assert db_state(ctx) == before
    new = open_editor(as_ctx=finance)
    assert not new.save_button.isVisible()

    attach_all(ctx, draft, tmp_path)
    fin.submit_application(ctx, draft, ON)
    assert open_editor(draft, as_ctx=staff).step_buttons["start_review"].isEnabled()
    assert not open_editor(draft, as_ctx=finance).step_buttons["start_review"].isEnabled()
    accepted = approved(ctx, centre, programme, tmp_path)
    as_staff = open_editor(accepted, as_ctx=staff)
    assert as_staff.step_buttons["disburse"].isVisible()
    assert not as_staff.step_buttons["disburse"].isEnabled()
    assert open_editor(accepted, as_ctx=finance).step_buttons["disburse"].isEnabled()


def test_a_stale_version_shows_the_conflict_and_writes_nothing(
    qtbot, ctx, centre, programme, open_editor
):
    app_id = make_draft(ctx, centre, programme, company="beta")
    editor = open_editor(app_id)
    other = as_user(ctx, "other", "staff")
    seen = fin.get_application(ctx, app_id)
    fin.update_application(
        other,
        app_id,
        fin.ApplicationInput(
            seen.company_id, seen.programme_id, seen.year, "700000", "2400000", "Theirs"
        ),
    )
    editor.requested_edit.setText("650000")
    before = db_state(ctx)
    click(qtbot, editor.save_button)
    assert editor.error_text("").startswith("Application F2026-00001 was changed by other at ")
    assert editor.reload_button.isVisible() and editor.isVisible()
    assert db_state(ctx) == before
    assert fin.get_application(ctx, app_id).requested_amount == Decimal("700000.00")
    # Load their changes: the form shows theirs, and what was typed is listed to enter again.
    click(qtbot, editor.reload_button)
    assert editor.requested_edit.text() == "700000.00"
    assert editor.purpose_edit.toPlainText() == "Theirs"
    assert "requested ¥: 650000" in editor.error_text("")
    editor.requested_edit.setText("650000")
    click(qtbot, editor.save_button)
    assert fin.get_application(ctx, app_id).requested_amount == Decimal("650000.00")


def test_a_panel_change_refreshes_every_tab(
    qtbot, ctx, centre, programme, signals, open_editor, tmp_path
):
    app_id = under_review(ctx, centre, programme, tmp_path, reviewer=None, company="beta")
    editor = open_editor(app_id)
    assert all(panel.view == editor.view for panel in editor.panels)
    assert "Score —" in editor.header.figures.text()
    reviewed = fin.review_application(
        as_user(ctx, "rev", "staff"), app_id, {"Technical merit": 8, "Team": 6, "Impact": 7}
    )
    with qtbot.waitSignal(signals.applicationsChanged):
        editor.review_panel.changed.emit(reviewed)
    assert editor.view == reviewed
    assert all(panel.view == reviewed for panel in editor.panels)
    assert "Score 7.10 / 10" in editor.header.figures.text()
    assert "reviewed: 7.10/10" in editor.history_view.toPlainText()


# -- Pictures --------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "under-review", "disbursing"])
def test_the_editor_renders(
    qtbot, ctx, centre, programme, open_editor, picture_dir, tmp_path, state
):
    if state == "draft":
        app_id = make_draft(ctx, centre, programme, company="beta")
        attach_all(ctx, app_id, tmp_path, names=["Business licence"])
        tabs = ("Details", "Documents")
    elif state == "under-review":
        app_id = under_review(ctx, centre, programme, tmp_path, company="beta")
        tabs = ("Details", "Documents", "History")
    else:
        app_id = disbursing(ctx, centre, programme, tmp_path, paid=False)
        tabs = ("Details", "History")
    editor = open_editor(app_id)
    qtbot.waitExposed(editor)
    for title in tabs:
        index = next(i for i in range(editor.tabs.count()) if editor.tabs.tabText(i) == title)
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert truncated(editor) == []
        path = picture_dir / f"application-editor-{state}-{title.lower()}.png"
        assert editor.grab().save(str(path))
        assert path.stat().st_size > 5000
