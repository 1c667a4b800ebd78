"""The application editor's panels: review, approval, tranches, GPU-hours.

Real widgets offscreen over a real SQLite file; each actor is a separate login (separation of
duties needs two pairs of hands). Action dialogs are answered with ``answer_modal``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from adminapp.services.financing import workflow as wf
from tests.dbstate import dump
from tests.test_financing_setup import ON, as_user, make_programme, under_review
from tests.ui.test_dialogs_support import answer_modal, truncated
from ui.dialogs.application_panels import (
    ApprovalPanel,
    ReviewPanel,
    TranchesPanel,
    UsagePanel,
    split_evenly,
)
from ui.dialogs.form import FormDialog

D = Decimal
d = dt.date
REVIEWED_IT = (
    "You reviewed this application, so someone else must approve it (separation of duties)"
)


@pytest.fixture
def open_panel(qtbot):
    def make(cls, ctx: AppContext, app_id: int):
        panel = cls(ctx)
        qtbot.addWidget(panel)
        panel.resize(820, 620)
        panel.show_application(fin.get_application(ctx, app_id))
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def in_dialog(qtbot, button, steps: Callable[[FormDialog], None]) -> None:
    """Click ``button`` and run ``steps`` on the dialog it opens; the dialog is closed after,
    even if a step fails (so a failing test does not hang in ``exec``)."""
    errors: list[BaseException] = []

    def act(dialog: FormDialog) -> None:
        try:
            steps(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised below, outside Qt
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_modal(act)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def without_audit(state: dict) -> dict:
    """The database but the audit trail (a refusal by permission is audited, nothing else)."""
    return {k: v for k, v in state.items() if k != "audit_entries"}


# -- review ---------------------------------------------------------------------------------


def test_the_weighted_score_follows_what_is_typed_and_the_review_is_saved(
    qtbot, ctx, centre, tmp_path, open_panel
):
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path, reviewer="rev")
    ann = as_user(ctx, "ann", "staff")
    panel = open_panel(ReviewPanel, ann, app_id)
    assert [n for n, _w in panel.criteria] == ["Technical merit", "Team", "Impact"]
    spins = panel.spins
    assert all(s.maximum() == wf.SCORE_MAX for s in spins.values())
    assert panel.live_score() is None
    assert panel.score_label.text() == "– (0 of 3 criteria scored)"
    # The review so far (by "rev") and the application's mean are listed.
    assert panel.reviews_model.rowCount() == 1
    assert (
        panel.mean_label.text() == "The application's score: 7.10 of 10, the mean of 1 review(s)."
    )

    for name, typed in (("Technical merit", "9"), ("Team", "4")):
        spins[name].lineEdit().selectAll()
        qtbot.keyClicks(spins[name], typed)
    assert panel.score_label.text() == "– (2 of 3 criteria scored)"

    # Saving with a criterion unscored: the service names it, nothing is written.
    before = dump(ctx.db)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.error_text("scores") == "Score every criterion; missing: Impact"
    assert dump(ctx.db) == before

    spins["Impact"].lineEdit().selectAll()
    qtbot.keyClicks(spins["Impact"], "6")
    expected = wf.weighted_score([(D(3), 9), (D(2), 4), (D(5), 6)])
    assert panel.live_score() == expected == D("6.50")
    assert panel.score_label.text() == f"{expected} of 10"
    assert panel.error_text("scores") == ""  # a change clears the old refusal
    qtbot.keyClicks(panel.comment_edit, "Strong team, thin market")

    with qtbot.waitSignal(panel.changed) as emitted:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = fin.get_application(ctx, app_id)
    assert emitted.args[0] == saved
    mine = next(r for r in saved.reviews if r.reviewer == "ann")
    assert mine.scores == [("Technical merit", D(3), 9), ("Team", D(2), 4), ("Impact", D(5), 6)]
    assert (mine.score, mine.comment) == (expected, "Strong team, thin market")
    assert saved.score == D("6.80")  # (7.10 + 6.50) / 2
    assert panel.reviews_model.rowCount() == 2
    assert "6.80 of 10, the mean of 2 review(s)" in panel.mean_label.text()
    # One review per person: the form closes with the reason.
    assert not panel.save_button.isEnabled()
    assert panel.state_label.text().startswith("You reviewed this application on ")


def test_reviews_are_taken_only_under_review_and_by_reviewers(ctx, centre, tmp_path, open_panel):
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path)
    payer = open_panel(ReviewPanel, as_user(ctx, "payer", "finance"), app_id)
    assert not payer.save_button.isEnabled()
    assert payer.state_label.text().startswith("You may not review a financing application")
    boss = as_user(ctx, "boss", "director")
    fin.approve_application(boss, app_id, "100000")
    late = open_panel(ReviewPanel, as_user(ctx, "ann", "staff"), app_id)
    assert not late.save_button.isEnabled()
    assert late.state_label.text() == (
        "Reviews are taken while the application is under review; it is approved."
    )


# -- approval -------------------------------------------------------------------------------


def bounds(panel: ApprovalPanel) -> dict[str, tuple[str, str]]:
    return {key: (figure, how) for key, _caption, figure, how in panel.bound_rows()}


def marked(panel: ApprovalPanel) -> list[str]:
    """The captions of the bound rows marked as binding on screen."""
    grid = panel.bounds_grid
    rows = []
    for r in range(grid.rowCount()):
        item = grid.itemAtPosition(r, 3)
        if item and isinstance(item.widget(), QLabel) and item.widget().text() == "◀ binds":
            rows.append(grid.itemAtPosition(r, 0).widget().text())
    return rows


def test_the_approval_shows_every_bound_and_the_company_cap_binding(
    ctx, centre, tmp_path, open_panel
):
    pid = make_programme(ctx, cap_per_company_year="650000")
    app_id = under_review(ctx, centre, pid, tmp_path, requested="900000")
    panel = open_panel(ApprovalPanel, as_user(ctx, "boss", "director"), app_id)
    assert bounds(panel) == {
        "requested": ("¥900,000.00", "requested ¥900,000.00"),
        "percent": ("¥720,000.00", "30% of ¥2,400,000.00 = ¥720,000.00"),
        "company_cap": (
            "¥650,000.00",
            "company cap left ¥650,000.00 (¥650,000.00 a year, ¥0.00 already approved in 2026)",
        ),
        "budget": ("¥5,000,000.00", "budget left ¥5,000,000.00 of ¥5,000,000.00 for 2026"),
        "role_limit": ("–", "no limit"),
    }
    assert panel.outlook.binding == "company_cap"
    assert marked(panel) == ["Company's cap left in 2026"] == [panel.binding_caption()]
    assert panel.computation_label.text() == (
        "requested ¥900,000.00; 30% of ¥2,400,000.00 = ¥720,000.00; company cap left "
        "¥650,000.00 (¥650,000.00 a year, ¥0.00 already approved in 2026); budget left "
        "¥5,000,000.00 of ¥5,000,000.00 for 2026; approved ≤ ¥650,000.00"
    )
    assert panel.amount_edit.value() == D("650000.00")
    assert panel.approve_button.isEnabled() and panel.reject_button.isEnabled()
    assert not panel.blockers_label.isVisible()


def test_the_budget_binds_and_so_does_a_managers_limit(ctx, centre, tmp_path, open_panel):
    pid = make_programme(ctx, budgets={2026: "610000"})
    app_id = under_review(ctx, centre, pid, tmp_path, requested="900000")
    panel = open_panel(ApprovalPanel, as_user(ctx, "liu", "manager"), app_id)
    rows = bounds(panel)
    assert rows["budget"] == ("¥610,000.00", "budget left ¥610,000.00 of ¥610,000.00 for 2026")
    assert rows["percent"][0] == "¥720,000.00" and rows["company_cap"][0] == "¥1,000,000.00"
    assert rows["role_limit"] == ("¥1,000,000.00", "your approval limit ¥1,000,000.00")
    assert marked(panel) == ["Programme's budget left in 2026"]
    assert panel.computation_label.text().endswith(
        "your approval limit ¥1,000,000.00; approved ≤ ¥610,000.00"
    )
    assert panel.amount_edit.value() == D("610000.00")

    big = make_programme(
        ctx, name_en="Large models", cap_per_company_year="5000000", budgets={2026: "9000000"}
    )
    big_id = under_review(ctx, centre, big, tmp_path, requested="1500000", cost="9000000")
    panel.show_application(fin.get_application(ctx, big_id))
    assert marked(panel) == ["Your approval limit"]
    assert panel.amount_edit.value() == D("1000000.00")


def test_approving_above_the_ceiling_is_refused_and_writes_nothing(
    qtbot, ctx, centre, tmp_path, open_panel
):
    pid = make_programme(ctx, cap_per_company_year="650000")
    app_id = under_review(ctx, centre, pid, tmp_path, requested="900000")
    panel = open_panel(ApprovalPanel, as_user(ctx, "boss", "director"), app_id)
    type_into(qtbot, panel.amount_edit, "650000.01")
    type_into(qtbot, panel.reason_edit, "Strong case")
    before = dump(ctx.db)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.error_text("approved_amount") == (
        "¥650,000.01 is more than may be approved: " + panel.outlook.ceiling.text
    )
    assert dump(ctx.db) == before
    assert (panel.amount_edit.text(), panel.reason_edit.text()) == ("650000.01", "Strong case")

    type_into(qtbot, panel.amount_edit, "650000")
    assert panel.error_text("approved_amount") == ""
    with qtbot.waitSignal(panel.changed) as emitted:
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    view = emitted.args[0]
    assert (view.status, view.approved_amount, view.decided_by) == (
        "approved", D("650000.00"), "boss",
    )  # fmt: skip
    assert panel.decision_box.isVisible() and not panel.form_box.isVisible()
    shown = [w.text() for w in panel.decision_box.findChildren(QLabel) if w.text()]
    assert "Approved" in shown and "¥650,000.00" in shown and "boss" in shown
    assert any(t.startswith("Strong case; ¥650,000.00 approved (requested") for t in shown)


def test_a_stale_approval_is_refused_and_the_panel_reloads(
    qtbot, ctx, centre, tmp_path, open_panel
):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path)
    panel = open_panel(ApprovalPanel, as_user(ctx, "boss", "director"), app_id)
    shown = panel.view.version
    # Another reviewer scores it meanwhile, at another workstation.
    fin.review_application(
        as_user(ctx, "ann", "staff"), app_id, {"Technical merit": 5, "Team": 5, "Impact": 5}
    )
    type_into(qtbot, panel.amount_edit, "100000")
    before = dump(ctx.db)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.error_text().startswith("Application F2026-00001 was changed by ann at ")
    assert panel.reload_button.isVisible()
    assert dump(ctx.db) == before
    qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
    assert panel.view.version > shown and panel.error_text() == ""
    assert not panel.reload_button.isVisible()
    assert panel.amount_edit.text() == "100000"  # what was typed stays
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert fin.get_application(ctx, app_id).approved_amount == D("100000.00")


def test_the_reviewer_cannot_approve(qtbot, ctx, centre, tmp_path, open_panel):
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path, reviewer="liu")
    panel = open_panel(ApprovalPanel, as_user(ctx, "liu", "manager", "staff"), app_id)
    assert panel.blockers_label.isVisible()
    assert panel.blockers_label.text() == REVIEWED_IT
    assert not panel.approve_button.isEnabled()
    assert panel.reject_button.isEnabled()  # rejecting is not kept from reviewers
    before = dump(ctx.db)
    panel.approve()  # even if called, the service refuses and says so
    assert panel.error_text() == REVIEWED_IT
    assert without_audit(dump(ctx.db)) == without_audit(before)
    # Before a review, and for someone without the role, the reasons are spelt out too.
    fresh = under_review(ctx, centre, make_programme(ctx, name_en="Data voucher"), tmp_path,
                         reviewer=None)  # fmt: skip
    panel.show_application(fin.get_application(ctx, fresh))
    assert panel.blockers_label.text() == (
        "Application F2026-00002 has not been reviewed yet; it needs a review first"
    )
    clerk = open_panel(ApprovalPanel, as_user(ctx, "wang", "staff"), app_id)
    assert clerk.blockers_label.text().startswith("You may not approve financing")
    assert not clerk.approve_button.isEnabled() and not clerk.reject_button.isEnabled()


def test_a_rejection_needs_a_reason(qtbot, ctx, centre, tmp_path, open_panel, no_popups):
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path)
    panel = open_panel(ApprovalPanel, as_user(ctx, "boss", "manager"), app_id)
    before = dump(ctx.db)
    seen = {}

    def steps(dialog: FormDialog) -> None:
        dialog.accept()
        seen["refused"] = dialog.error_text("reason")
        seen["state"] = dump(ctx.db)
        reason = dialog.findChild(QPlainTextEdit)
        qtbot.keyClicks(reason, "Not a compute cost")
        seen["cleared"] = dialog.error_text("reason")
        dialog.accept()

    with qtbot.waitSignal(panel.changed) as emitted:
        in_dialog(qtbot, panel.reject_button, steps)
    assert seen["refused"] == "Give the reason for the rejection"
    assert seen["state"] == before and seen["cleared"] == ""
    view = emitted.args[0]
    assert (view.status, view.decided_by, view.steps[-1].reason) == (
        "rejected", "boss", "Not a compute cost",
    )  # fmt: skip
    shown = [w.text() for w in panel.decision_box.findChildren(QLabel)]
    assert "Rejected" in shown and "Not a compute cost" in shown
    assert no_popups == []


# -- tranches -------------------------------------------------------------------------------


@pytest.fixture
def approved(ctx, centre, tmp_path) -> int:
    """F2026-00001 for Alpha, approved ¥600,000 by "boss"."""
    app_id = under_review(ctx, centre, make_programme(ctx), tmp_path)
    fin.approve_application(as_user(ctx, "boss", "director", "finance"), app_id, "600000")
    return app_id


def test_split_evenly_keeps_every_fen():
    assert split_evenly(D("100.00"), 3) == [D("33.33"), D("33.33"), D("33.34")]
    assert sum(split_evenly(D("600000.00"), 7)) == D("600000.00")


def test_tranches_that_do_not_add_up_are_refused_those_that_do_are_saved(
    qtbot, ctx, approved, open_panel, no_popups
):
    panel = open_panel(TranchesPanel, as_user(ctx, "boss", "director", "finance"), approved)
    assert panel.plan_button.isEnabled()
    assert not panel.milestone_button.isEnabled() and not panel.release_button.isEnabled()
    assert panel.total_label.text() == (
        "Planned ¥0.00 of the approved ¥600,000.00; remainder ¥600,000.00 · paid ¥0.00"
    )
    before = dump(ctx.db)
    seen = {}

    def steps(dialog) -> None:
        editor = dialog.editor
        assert len(editor.rows) == 1  # one row with the whole approval to start with
        first_date, first_amount, first_milestone, _ = editor.rows[0]
        first_date.set_date_value(d(2026, 7, 1))
        type_into(qtbot, first_amount, "200000")
        qtbot.keyClicks(first_milestone, "Contract signed")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        _, second_amount, second_milestone, _ = editor.rows[1]
        assert editor.rows[1][0].date_value() == d(2026, 8, 1)
        qtbot.keyClicks(second_amount, "300000")
        qtbot.keyClicks(second_milestone, "Cluster live")
        seen["live"] = dialog.total_label.text()
        dialog.accept()
        seen["refused"] = dialog.error_text("tranches")
        seen["state"] = dump(ctx.db)
        dialog.parts_spin.setValue(3)
        qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
        seen["split"] = [a.value() for _d, a, _m, _r in editor.rows]
        seen["balanced"] = dialog.total_label.text()
        qtbot.keyClicks(editor.rows[2][2], "Model released")
        dialog.accept()

    with qtbot.waitSignal(panel.changed) as emitted:
        in_dialog(qtbot, panel.plan_button, steps)
    assert seen["live"] == (
        "Total ¥500,000.00 of the approved ¥600,000.00: ¥100,000.00 still to plan"
    )
    assert seen["refused"] == (
        "The tranches add up to ¥500,000.00; they must add up to the approved ¥600,000.00"
    )
    assert seen["state"] == before
    assert seen["split"] == [D("200000.00")] * 3
    assert seen["balanced"] == "Total ¥600,000.00 = the approved ¥600,000.00"
    view = emitted.args[0]
    assert [(t.seq, t.planned_on, t.amount, t.milestone) for t in view.tranches] == [
        (1, d(2026, 7, 1), D("200000.00"), "Contract signed"),
        (2, d(2026, 8, 1), D("200000.00"), "Cluster live"),
        (3, d(2026, 9, 1), D("200000.00"), "Model released"),
    ]
    assert fin.get_application(ctx, approved).tranches == view.tranches
    assert panel.model.rowCount() == 3
    assert panel.total_label.text() == (
        "Planned ¥600,000.00 of the approved ¥600,000.00; remainder ¥0.00 · paid ¥0.00"
    )
    assert no_popups == []


def test_a_stale_plan_is_reported_in_the_panel(qtbot, ctx, approved, open_panel, no_popups):
    boss = as_user(ctx, "boss", "director")
    panel = open_panel(TranchesPanel, boss, approved)
    fin.plan_tranches(boss, approved, [fin.TrancheInput(d(2026, 7, 1), "600000", "Go-live")])
    seen = {}

    def steps(dialog) -> None:
        dialog.editor.rows[0][2].setText("Contract signed")
        dialog.accept()
        seen["dialog"] = dialog.error_text("")

    in_dialog(qtbot, panel.plan_button, steps)  # refused, then cancelled
    assert "was changed by boss at" in seen["dialog"]
    assert panel.error_text() == seen["dialog"] and panel.reload_button.isVisible()
    qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and panel.error_text() == ""


def test_release_is_refused_to_the_approver_and_done_by_another_finance_user(
    qtbot, ctx, approved, open_panel, no_popups
):
    boss = as_user(ctx, "boss", "director", "finance")
    fin.plan_tranches(
        boss,
        approved,
        [fin.TrancheInput(d(2026, 7, 1), "200000", "Contract"),
         fin.TrancheInput(d(2026, 12, 1), "400000", "Go-live")],
    )  # fmt: skip
    fin.start_disbursing(as_user(ctx, "payer", "finance"), approved)

    officer = open_panel(TranchesPanel, as_user(ctx, "officer", "staff"), approved)
    officer.select_seq(1)
    assert officer.milestone_button.isEnabled() and not officer.release_button.isEnabled()

    def met(dialog) -> None:
        dialog.inputs["milestone_met_on"].set_date_value(d(2026, 6, 30))
        dialog.accept()

    with qtbot.waitSignal(officer.changed):
        in_dialog(qtbot, officer.milestone_button, met)
    assert officer.model.cell_texts(4, 1) == ["2026-06-30 · officer"]

    approver = open_panel(TranchesPanel, boss, approved)
    approver.select_seq(1)
    assert approver.release_button.isEnabled()  # finance may pay; the service keeps duties apart
    before = dump(ctx.db)
    seen = {}

    def refused(dialog) -> None:
        dialog.inputs["paid_on"].set_date_value(d(2026, 7, 2))
        qtbot.keyClicks(dialog.inputs["payment_reference"], "BANK-001")
        dialog.accept()
        seen["message"] = dialog.error_text("")
        seen["typed"] = dialog.inputs["payment_reference"].text()

    in_dialog(qtbot, approver.release_button, refused)
    assert seen["message"] == (
        "You approved this application, so someone else must record the disbursement of it "
        "(separation of duties)"
    )
    assert seen["typed"] == "BANK-001"
    assert without_audit(dump(ctx.db)) == without_audit(before)  # only the refusal is audited

    payer = open_panel(TranchesPanel, as_user(ctx, "payer", "finance"), approved)
    payer.select_seq(1)

    def pay(dialog) -> None:
        dialog.inputs["paid_on"].set_date_value(d(2026, 7, 2))
        dialog.accept()  # no reference yet
        seen["no_reference"] = dialog.error_text("payment_reference")
        qtbot.keyClicks(dialog.inputs["payment_reference"], "BANK-001")
        dialog.accept()

    with qtbot.waitSignal(payer.changed) as emitted:
        in_dialog(qtbot, payer.release_button, pay)
    assert seen["no_reference"] == "Give the payment's reference (bank or voucher number)"
    first = emitted.args[0].tranches[0]
    assert (first.paid_on, first.payment_reference, first.paid_by) == (
        d(2026, 7, 2), "BANK-001", "payer",
    )  # fmt: skip
    assert payer.model.cell_texts(5, 1) == ["2026-07-02 · BANK-001 · payer"]
    assert payer.total_label.text().endswith("paid ¥200,000.00")
    assert no_popups == []


# -- GPU-hours ------------------------------------------------------------------------------


@pytest.fixture
def voucher(ctx, centre, tmp_path) -> int:
    """1,500,000 GPU-hours for Alpha with SenseCore, approved by a manager."""
    pid = make_programme(
        ctx,
        name_en="Compute voucher",
        kind="voucher",
        unit="GPU_HOURS",
        budgets={2026: "2000000"},
        cap_per_company_year=None,
        cap_percent=None,
    )
    app_id = under_review(
        ctx, centre, pid, tmp_path, requested="1500000", cost="1500000", provider="SenseCore"
    )
    fin.approve_application(as_user(ctx, "liu", "manager"), app_id, "1500000")
    fin.record_compute_usage(as_user(ctx, "clerk", "staff"), app_id, ON, "1000000", "SC-06")
    return app_id


def test_over_consumption_is_refused_and_usage_is_recorded(
    qtbot, ctx, voucher, open_panel, no_popups
):
    panel = open_panel(UsagePanel, as_user(ctx, "clerk", "staff"), voucher)
    assert (panel.allocated_label.text(), panel.used_label.text(), panel.remaining_label.text()) == (
        "1,500,000.00 GPU-hours", "1,000,000.00 GPU-hours", "500,000.00 GPU-hours",
    )  # fmt: skip
    assert panel.bar.value() == 666 and panel.bar.text() == "66.7 % used"
    assert panel.model.cell_texts(2, 1) == ["SC-06"]
    before = dump(ctx.db)
    seen = {}

    def steps(dialog) -> None:
        dialog.inputs["used_on"].set_date_value(d(2026, 7, 1))
        qtbot.keyClicks(dialog.inputs["hours"], "500000.01")
        qtbot.keyClicks(dialog.inputs["reference"], "SC-07")
        dialog.accept()
        seen["refused"] = dialog.error_text("hours")
        seen["state"] = dump(ctx.db)
        type_into(qtbot, dialog.inputs["hours"], "1200")
        dialog.accept()

    with qtbot.waitSignal(panel.changed) as emitted:
        in_dialog(qtbot, panel.record_button, steps)
    assert seen["refused"] == (
        "Only 500,000.00 GPU-hours are left on F2026-00001 (1,500,000.00 GPU-hours allocated "
        "with SenseCore, 1,000,000.00 GPU-hours used); 500,000.01 GPU-hours is too many"
    )
    assert seen["state"] == before
    view = emitted.args[0]
    assert view.gpu_hours_used == D("1001200.00")
    assert [(u.used_on, u.hours, u.reference, u.recorded_by) for u in view.usages][-1] == (
        d(2026, 7, 1), D("1200.00"), "SC-07", "clerk",
    )  # fmt: skip
    assert panel.remaining_label.text() == "498,800.00 GPU-hours"
    assert panel.model.rowCount() == 2
    assert no_popups == []


def test_a_yuan_programme_has_no_usage(ctx, approved, open_panel):
    panel = open_panel(UsagePanel, as_user(ctx, "clerk", "staff"), approved)
    assert panel.not_voucher_label.isVisible() and not panel.voucher_box.isVisible()
    assert not panel.record_button.isEnabled()


# -- pictures -------------------------------------------------------------------------------


def test_the_panels_render(qtbot, ctx, centre, tmp_path, open_panel, picture_dir):
    pid = make_programme(ctx, cap_per_company_year="650000")
    reviewing = under_review(ctx, centre, pid, tmp_path, requested="900000")
    paying = under_review(ctx, centre, pid, tmp_path, company="beta", requested="300000")
    boss = as_user(ctx, "boss", "director")
    fin.approve_application(boss, paying, "300000", "Strong case")
    fin.plan_tranches(
        boss,
        paying,
        [fin.TrancheInput(d(2026, 7, 1), "100000", "Contract signed"),
         fin.TrancheInput(d(2026, 10, 1), "200000", "Cluster live")],
    )  # fmt: skip
    payer = as_user(ctx, "payer", "finance")
    fin.start_disbursing(payer, paying)
    fin.mark_milestone_met(as_user(ctx, "officer", "staff"), paying, 1, d(2026, 6, 30))
    fin.release_tranche(payer, paying, 1, d(2026, 7, 2), "BANK-001")
    vpid = make_programme(
        ctx, name_en="Compute voucher", kind="voucher", unit="GPU_HOURS",
        budgets={2026: "2000000"}, cap_per_company_year=None, cap_percent=None,
    )  # fmt: skip
    voucher = under_review(
        ctx, centre, vpid, tmp_path, company="beta", requested="1500000", cost="1500000",
        provider="SenseCore",
    )  # fmt: skip
    fin.approve_application(boss, voucher, "1500000")
    fin.record_compute_usage(as_user(ctx, "clerk", "staff"), voucher, ON, "1000000", "SC-06")

    pictures = {
        "review": (ReviewPanel, as_user(ctx, "ann", "staff"), reviewing),
        "approval": (ApprovalPanel, boss, reviewing),
        "approval-refused": (ApprovalPanel, boss, reviewing),
        "approval-reviewer": (ApprovalPanel, as_user(ctx, "rev", "manager", "staff"), reviewing),
        "approval-decided": (ApprovalPanel, boss, paying),
        "tranches": (TranchesPanel, payer, paying),
        "usage": (UsagePanel, as_user(ctx, "clerk", "staff"), voucher),
    }
    for name, (cls, who, app_id) in pictures.items():
        panel = open_panel(cls, who, app_id)
        if name == "review":
            for spin, value in zip(panel.spins.values(), (8, 6, 7), strict=True):
                spin.setValue(value)
            panel.comment_edit.setPlainText("Solid plan; the cluster contract is signed.")
        if name == "tranches":
            panel.select_seq(2)
        if name == "approval-refused":
            panel.amount_edit.setText("700,000.00")
            panel.approve()
            assert panel.error_text("approved_amount").startswith("¥700,000.00 is more than")
        qtbot.wait(10)
        assert truncated(panel) == [], name
        path = picture_dir / f"application-{name}-panel.png"
        assert panel.grab().save(str(path))
        assert path.stat().st_size > 5000
        if name == "tranches":
            fin.mark_milestone_met(as_user(ctx, "officer", "staff"), paying, 2, d(2026, 9, 30))
            paid = open_panel(TranchesPanel, payer, paying)
            paid.select_seq(2)
            dialogs = {"tranche-release": paid.release_dialog()}  # no reference: refused
        elif name == "usage":
            dialogs = {"usage-record": panel.record_dialog()}
        elif name == "approval":
            dialogs = {"reject": panel.reject_dialog()}
        else:
            continue
        for dialog_name, dialog in dialogs.items():
            render_dialog(qtbot, dialog, picture_dir / f"application-{dialog_name}-dialog.png")

    # The plan dialog, refused: the rows do not add up.
    approved_id = under_review(ctx, centre, pid, tmp_path, company="delta", requested="240000",
                               cost="800000")  # fmt: skip
    fin.approve_application(boss, approved_id, "240000")
    planner = open_panel(TranchesPanel, boss, approved_id)
    plan = planner.plan_dialog()
    plan.editor.rows[0][1].setText("100000")
    plan.editor.rows[0][2].setText("Contract signed")
    plan.editor.add_row(None, Decimal("100000"), "Cluster live")
    render_dialog(qtbot, plan, picture_dir / "application-plan-tranches-dialog.png")
    assert plan.error_text("tranches").startswith("The tranches add up to ¥200,000.00")


def render_dialog(qtbot, dialog: FormDialog, path) -> None:
    """Show ``dialog`` (Save pressed once when it has input that will be refused), grab it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hours = getattr(dialog, "inputs", {}).get("hours")
    if hours is not None:
        hours.setText("999999")
    dialog.accept()  # refused in each case here: the message shows where it belongs
    assert dialog.isVisible()
    qtbot.wait(10)
    assert truncated(dialog) == [], path.name
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 3000
