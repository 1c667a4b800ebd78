"""Defects a review of the financing window found on the real widgets (offscreen, SQLite),
kept as regression tests (each first comment names the defect as it was)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from adminapp.errors import ValidationError
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
from tests.ui.test_dialogs_support import db_state
from ui.dialogs.application_editor import ApplicationEditor
from ui.dialogs.programme_dialog import ProgrammeDialog
from ui.pages.programmes import ProgrammesPage


def window() -> tuple[dt.date, dt.date]:
    return dt.date(2026, 1, 1), max(centre_today(), ON) + dt.timedelta(days=60)


@pytest.fixture
def open_editor(qtbot, ctx, signals):
    def make(application_id=None, as_ctx=None, **kwargs) -> ApplicationEditor:
        editor = ApplicationEditor(as_ctx or ctx, signals, application_id, **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def test_a_refused_submit_leaves_the_database_as_it_was(qtbot, ctx, centre, tmp_path, open_editor):
    # Was: run_step("submit") saves the edited draft first, then the submission is refused
    # (a document is missing) — the refusal has written the edit the user never saved.
    p = make_programme(ctx, windows=[window()], requires_active_lease=False)
    app_id = make_draft(ctx, centre, p, company="beta")
    attach_all(ctx, app_id, tmp_path, names=["Business licence"])
    editor = open_editor(app_id)
    before = db_state(ctx)
    editor.purpose_edit.setPlainText("A purpose typed but never saved")
    qtbot.mouseClick(editor.step_buttons["submit"], Qt.MouseButton.LeftButton)
    assert editor.error_text("") == "Save your changes to the details first, then submit."
    assert db_state(ctx) == before


def test_the_cap_worked_out_as_you_type_agrees_with_the_approval_ceiling(
    qtbot, ctx, centre, tmp_path, open_editor
):
    # Was: cap_hint (ui/dialogs/application_summary.py) ignores what the company already has
    # approved (and the budget left), so it calls ¥650,000 within the caps when at most
    # ¥400,000 can be approved.
    p = make_programme(ctx, windows=[window()], requires_active_lease=False)
    earlier = under_review(ctx, centre, p, tmp_path, company="beta")
    fin.approve_application(as_user(ctx, "boss", "director"), earlier, "600000")
    app_id = make_draft(ctx, centre, p, company="beta", requested="650000", cost="2400000")
    ceiling = fin.approval_ceiling_for(ctx, app_id)
    assert ceiling.ceiling == Decimal("400000.00")
    editor = open_editor(app_id)
    editor.requested_edit.setText("650000")
    hint = editor.hint_text("requested_amount")
    assert "¥400,000.00" in hint, hint


def test_a_programme_without_windows_is_not_said_to_take_applications_any_time(
    qtbot, ctx, centre, signals, settings
):
    # Was: the Programmes page ("No window: applications are received at any time.") and the
    # programme editor ("No window: applications any time.") say the opposite of the service,
    # which refuses every submission to a programme without a window.
    p = make_programme(ctx, windows=[], requires_active_lease=False)
    app_id = make_draft(ctx, centre, p, company="beta")
    with pytest.raises(ValidationError) as refused:
        fin.submit_application(ctx, app_id, ON)
    assert "has no application window" in refused.value.errors["submitted_on"]

    page = ProgrammesPage(ctx, signals, settings)
    qtbot.addWidget(page)
    dialog = ProgrammeDialog(None, ctx, p)
    qtbot.addWidget(dialog)
    assert "any time" not in page.detail_html(p)
    assert "any time" not in dialog.windows_editor.empty_label.text()
