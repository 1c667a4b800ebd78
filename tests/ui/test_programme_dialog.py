"""The programme editor: every field of a programme, saved and refused through the service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from adminapp.services import financing as fin
from adminapp.services.financing.programmes import ProgrammeInput
from tests.dbstate import dump
from tests.test_financing_setup import as_user, make_programme, under_review
from tests.ui.test_dialogs_support import truncated
from ui.dialogs.programme_dialog import ProgrammeDialog

d = dt.date
D = Decimal


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make(programme_id: int | None = None, who=None) -> ProgrammeDialog:
        dialog = ProgrammeDialog(None, who or ctx, programme_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def fill_in(dialog: ProgrammeDialog) -> None:
    """Every field of a new programme (the first budget row is there already)."""
    dialog.name_en_edit.setText("Model-use vouchers")
    dialog.name_zh_edit.setText("模型券")
    choose(dialog.kind_combo, "voucher")
    choose(dialog.platform_combo, "evaluation")
    choose(dialog.unit_combo, "CNY")
    dialog.description_edit.setPlainText("Up to 50% of a model-use contract, capped at ¥5M.")
    year, amount, _unit = dialog.budgets_editor.inputs()[0]
    year.setValue(2026)
    amount.setText("20,000,000")
    dialog.budgets_editor.add_button.click()
    year, amount, _unit = dialog.budgets_editor.inputs()[1]
    assert year.value() == 2027  # the year after the last one
    amount.setText("25000000.50")
    dialog.cap_company_edit.setText("5000000")
    dialog.cap_percent_edit.setText("50")
    dialog.windows_editor.add_row(d(2026, 1, 8), d(2026, 1, 24))
    dialog.windows_editor.add_row(d(2026, 7, 1), d(2026, 7, 31))
    dialog.lease_check.setChecked(True)
    dialog.arrears_check.setChecked(True)
    dialog.months_spin.setValue(6)
    dialog.segment_checks["application_development"].setChecked(True)
    dialog.segment_checks["scene_design"].setChecked(True)
    dialog.documents_edit.setPlainText("Business licence\n\nModel-use contract\n")
    dialog.criteria_editor.add_row("Technical merit", D(3))
    dialog.criteria_editor.add_row("Market", D("2.5"))
    dialog.active_check.setChecked(False)


def test_a_new_programme_is_saved_with_every_field(open_dialog, ctx):
    dialog = open_dialog()
    assert dialog.windowTitle() == "New programme"
    assert dialog.save_button.text() == "Create programme"
    fill_in(dialog)
    assert dialog.error_text("") == ""
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = fin.get_programme(ctx, dialog.result_view.id)
    assert (saved.name_en, saved.name_zh, saved.kind, saved.platform, saved.unit) == (
        "Model-use vouchers", "模型券", "voucher", "evaluation", "CNY",
    )  # fmt: skip
    assert saved.budgets == {2026: D("20000000.00"), 2027: D("25000000.50")}
    assert (saved.cap_per_company_year, saved.cap_percent) == (D("5000000.00"), D("50.00"))
    # Shown with their last day; kept half-open (the day after the last).
    assert saved.windows == [(d(2026, 1, 8), d(2026, 1, 25)), (d(2026, 7, 1), d(2026, 8, 1))]
    assert saved.requires_active_lease and saved.min_months_in_residence == 6
    assert saved.bars_arrears_over_90
    assert saved.segments == ["application_development", "scene_design"]
    assert saved.documents == ["Business licence", "Model-use contract"]
    assert saved.criteria == [("Technical merit", D("3.00")), ("Market", D("2.50"))]
    assert saved.description == "Up to 50% of a model-use contract, capped at ¥5M."
    assert saved.active is False


def test_editing_shows_every_field_and_saves_a_change(open_dialog, ctx):
    pid = fin.create_programme(
        ctx,
        ProgrammeInput(
            name_en="Compute vouchers",
            name_zh="算力券",
            kind="voucher",
            platform="compute",
            unit="GPU_HOURS",
            budgets={2026: "250000", 2025: "100000"},
            cap_per_company_year="40000",
            windows=[(d(2026, 3, 1), d(2026, 4, 1))],
            min_months_in_residence=3,
            segments=["compute_support"],
            documents=["Compute plan"],
            criteria=[("Need", "1")],
            description="Hours on the West Bund cluster",
        ),
    ).id
    dialog = open_dialog(pid)
    assert dialog.windowTitle() == "Edit programme Compute vouchers · 算力券"
    assert dialog.name_en_edit.text() == "Compute vouchers"
    assert dialog.unit_combo.currentData() == "GPU_HOURS"
    assert dialog.raw_budgets() == [(2025, "100000.00"), (2026, "250000.00")]
    assert dialog.cap_company_unit.text() == "GPU-hours"
    assert dialog.budgets_editor.inputs()[0][2].text() == "GPU-hours"
    assert dialog.cap_percent_edit.text() == ""
    assert dialog.raw_windows() == [(d(2026, 3, 1), d(2026, 3, 31))]
    assert dialog.months_spin.value() == 3 and not dialog.lease_check.isChecked()
    assert dialog.segments == ["compute_support"]
    assert dialog.documents() == ["Compute plan"]
    assert dialog.raw_criteria() == [("Need", "1")]
    assert dialog.hint_text("cap_per_company_year") == "At most 40,000 GPU-h per company in a year"
    assert dialog.programme_input.windows == [(d(2026, 3, 1), d(2026, 4, 1))]

    dialog.budgets_editor.remove_row(0)
    dialog.cap_percent_edit.setText("80")
    dialog.criteria_editor.add_row("Readiness", D(2))
    dialog.accept()
    saved = fin.get_programme(ctx, pid)
    assert saved.budgets == {2026: D("250000.00")}
    assert saved.cap_percent == D("80.00")
    assert saved.criteria == [("Need", D("1.00")), ("Readiness", D("2.00"))]
    assert saved.version == 2
    # Unchanged fields stay as they were.
    assert (saved.unit, saved.windows, saved.segments) == (
        "GPU_HOURS", [(d(2026, 3, 1), d(2026, 4, 1))], ["compute_support"],
    )  # fmt: skip


REFUSED = [
    (
        "cap_percent",
        lambda dl: dl.cap_percent_edit.setText("150"),
        "The percentage cap must be more than 0 and at most 100",
    ),
    ("name_en", lambda dl: dl.name_en_edit.setText("   "), "Give the programme a name"),
    (
        "windows",
        lambda dl: dl.windows_editor.add_row(d(2026, 3, 10), d(2026, 3, 8)),
        "The window opening 2026-03-10 must close after it opens",
    ),
    (
        "budgets",
        lambda dl: dl.budgets_editor.inputs()[0][1].setText("-5"),
        "The budget for 2026 must be an amount of zero or more",
    ),
    (
        "budgets",
        lambda dl: dl.budgets_editor.add_row(2026, D(1)),
        "The budget for 2026 is listed twice",
    ),
    (
        "criteria",
        lambda dl: dl.criteria_editor.add_row("Team", D(0)),
        "The weight of “Team” must be a number above 0",
    ),
    (
        "documents",
        lambda dl: dl.documents_edit.setPlainText("Licence\nlicence"),
        "A required document is listed twice",
    ),
]


@pytest.mark.parametrize(("field", "spoil", "message"), REFUSED, ids=[r[2][:30] for r in REFUSED])
def test_a_bad_input_is_shown_under_its_field_and_nothing_is_written(
    open_dialog, ctx, field, spoil, message
):
    before = dump(ctx.db)
    dialog = open_dialog()
    fill_in(dialog)
    dialog.budgets_editor.remove_row(1)  # one budget row left: 2026
    spoil(dialog)
    typed_name = dialog.name_en_edit.text()
    dialog.accept()
    assert dialog.error_text(field) == message
    assert dialog.is_highlighted(field)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_view is None
    assert dump(ctx.db) == before
    # What was typed stays.
    assert dialog.name_en_edit.text() == typed_name
    assert dialog.cap_company_edit.text() == "5000000"


def test_problems_show_as_you_type(open_dialog, qtbot):
    dialog = open_dialog()
    assert dialog.error_text("cap_percent") == ""
    qtbot.keyClicks(dialog.cap_percent_edit, "150")
    assert dialog.error_text("cap_percent") == (
        "The percentage cap must be more than 0 and at most 100"
    )
    dialog.cap_percent_edit.setText("15")
    assert dialog.error_text("cap_percent") == ""
    assert dialog.error_text("name_en") == ""  # not touched yet: no complaint
    dialog.criteria_editor.add_row("Team", D(2))
    dialog.criteria_editor.add_row("Impact", D(3))
    assert dialog.hint_text("criteria").startswith("Weights add up to 5;")
    choose(dialog.unit_combo, "GPU_HOURS")
    assert dialog.cap_company_unit.text() == "GPU-hours"
    assert dialog.budgets_editor.inputs()[0][2].text() == "GPU-hours"


def test_a_name_in_use_is_refused_by_the_service(open_dialog, ctx):
    make_programme(ctx)
    before = dump(ctx.db)
    dialog = open_dialog()
    fill_in(dialog)
    dialog.name_en_edit.setText("compute RENTAL subsidy")
    assert dialog.error_text("name_en") == ""  # only the database knows
    dialog.accept()
    assert (
        dialog.error_text("name_en") == "There is already a programme called compute RENTAL subsidy"
    )
    assert dialog.result_view is None and dump(ctx.db) == before


def test_a_budget_below_what_is_approved_is_refused(open_dialog, ctx, centre, tmp_path):
    pid = make_programme(ctx)
    app_id = under_review(ctx, centre, pid, tmp_path)
    fin.approve_application(as_user(ctx, "boss", "director"), app_id, "600000")
    before = dump(ctx.db)
    dialog = open_dialog(pid)
    dialog.budgets_editor.inputs()[0][1].setText("500000")
    dialog.accept()
    assert dialog.error_text("budgets") == (
        "The 2026 budget cannot be less than the ¥600,000.00 already approved in it"
    )
    assert dump(ctx.db) == before


def test_someone_elses_save_is_not_overwritten(open_dialog, ctx):
    pid = make_programme(ctx)
    dialog = open_dialog(pid)
    other = as_user(ctx, "chen.jing", "director")
    changed = fin.get_programme(other, pid)
    fin.update_programme(
        other,
        pid,
        ProgrammeInput(
            name_en=changed.name_en,
            name_zh=changed.name_zh,
            kind=changed.kind,
            platform=changed.platform,
            unit=changed.unit,
            budgets={2026: "7000000"},
            cap_percent="25",
            windows=changed.windows,
            documents=changed.documents,
            criteria=changed.criteria,
        ),
    )
    before = dump(ctx.db)
    dialog.cap_percent_edit.setText("40")
    dialog.accept()
    assert "was changed by chen.jing" in dialog.error_text("")
    assert dialog.reload_button.isVisible()
    assert dialog.result_view is None and dump(ctx.db) == before

    dialog.reload_button.click()
    assert dialog.cap_percent_edit.text() == "25"
    assert dialog.raw_budgets() == [(2026, "7000000.00")]
    assert "You had typed" in dialog.error_text("") and "40" in dialog.error_text("")
    dialog.cap_percent_edit.setText("40")
    dialog.accept()
    saved = fin.get_programme(ctx, pid)
    assert (saved.cap_percent, saved.budgets) == (D("40.00"), {2026: D("7000000.00")})


def test_a_user_without_the_role_is_refused_and_nothing_is_written(open_dialog, ctx):
    before = dump(ctx.db)
    dialog = open_dialog(who=as_user(ctx, "wang.fang", "staff"))
    fill_in(dialog)
    dialog.accept()
    assert dialog.error_text("").startswith("You may not set up a financing programme")
    assert dialog.result_view is None
    # The refusal is recorded in the audit trail; nothing else changes.
    after = dump(ctx.db)
    assert {k: v for k, v in after.items() if k != "audit_entries"} == {
        k: v for k, v in before.items() if k != "audit_entries"
    }


@pytest.mark.parametrize("which", ["new-with-errors", "edit"])
def test_the_dialog_renders_whole(open_dialog, ctx, picture_dir, which):
    if which == "edit":
        dialog = open_dialog(make_programme(ctx, segments=["base_technology"]))
    else:
        dialog = open_dialog()
        dialog.cap_percent_edit.setText("150")
        dialog.accept()
        assert dialog.error_text("kind") == "Choose the programme's kind"
    assert truncated(dialog) == []
    path = picture_dir / f"programme-dialog-{which}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 5000
