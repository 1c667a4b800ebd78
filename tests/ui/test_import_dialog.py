"""The import dialog: preview and problems, Import only for a clean file, the list refreshes."""

from __future__ import annotations

import pytest

from adminapp.services.context import Actor, AppContext
from tests.test_importer import good_sheets, workbook
from tests.ui.test_dialogs_support import truncated
from ui.dialogs.import_dialog import ImportDialog
from ui.pages.companies import CompaniesPage

pytestmark = pytest.mark.usefixtures("no_popups")


def bad_sheets() -> dict:
    sheets = good_sheets()
    sheets["Companies"][2][2] = "91310104MA0000012X"  # a wrong check digit
    sheets["Units"].append(["7F-14", 9, "lab", "lots"])
    sheets["Leases"].append(["Alpha Models", "7F-04", "2026/1/5", "2026年13月5日", 100, 0])
    sheets["Leases"].append(["Nobody Ltd", "7F-04", "2026/1/5", "2026/6/5", 100, 0])
    return sheets


def open_dialog(qtbot, ctx, path) -> ImportDialog:
    dialog = ImportDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog.load(path)
    assert task.wait()
    return dialog


def test_preview_and_problems_are_shown_and_import_is_disabled(qtbot, ctx, centre, tmp_path):
    dialog = open_dialog(qtbot, ctx, workbook(tmp_path / "bad.xlsx", bad_sheets()))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Companies (2)",
        "Units (3)",
        "Leases (4)",
    ]
    units = dialog.sheet_views["Units"].model()
    assert [units.index(2, c).data() for c in range(5)] == ["4", "7F-14", "9", "lab", "lots"]
    problems = dialog.problems_model
    rows = [[problems.index(r, c).data() for c in range(4)] for r in range(problems.rowCount())]
    assert ["Companies", "3", "Credit code"] in [r[:3] for r in rows]
    assert ["Units", "4", "Rentable area (m²)", "“lots” is not a number"] in rows
    assert ["Leases", "4", "End"] in [r[:3] for r in rows]
    assert "Nobody Ltd" in next(r[3] for r in rows if r[:3] == ["Leases", "5", "Company"])
    assert not dialog.import_button.isEnabled()
    assert "problem(s)" in dialog.summary_label.text()
    # Clicking a problem shows its sheet with the row selected.
    r = next(i for i, row in enumerate(rows) if row[0] == "Units")
    dialog.problems_view.clicked.emit(problems.index(r, 0))
    view = dialog.sheet_views["Units"]
    assert dialog.tabs.currentWidget() is view
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]
    assert truncated(dialog) == []


def test_a_hostile_file_gets_a_message(qtbot, ctx, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    dialog = open_dialog(qtbot, ctx, path)
    assert "is not an Excel workbook" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_good_file_imports_and_the_companies_list_refreshes(
    qtbot, ctx, centre, signals, settings, tmp_path
):
    page = CompaniesPage(ctx, signals, settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.import_button.isVisible()
    assert page.model.rowCount() == 4
    dialog = open_dialog(qtbot, ctx, workbook(tmp_path / "good.xlsx", good_sheets()))
    assert dialog.problems_model.rowCount() == 0
    assert dialog.import_button.isEnabled()
    task = dialog.start_import()
    assert task.wait()
    assert dialog.result_view is not None and dialog.result_view.companies == 2
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    # What the page does after the dialog returns: announce, every page refreshes itself.
    page.run_dialog(lambda: dialog.result_view, signals.companiesChanged)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Epsilon Agents" in names and "Zeta Vision" in names


def test_the_import_button_is_hidden_without_the_permission(qtbot, ctx, signals, settings):
    finance = AppContext(ctx.db, Actor("f", "ws", frozenset({"finance"})))
    page = CompaniesPage(finance, signals, settings)
    qtbot.addWidget(page)
    page.show()
    assert not page.import_button.isVisible()


def test_the_dialog_renders_with_problems(qtbot, ctx, centre, tmp_path, picture_dir):
    dialog = open_dialog(qtbot, ctx, workbook(tmp_path / "centre-2026.xlsx", bad_sheets()))
    dialog.resize(1000, 640)
    dialog.show_problem(0)
    qtbot.waitExposed(dialog)
    path = picture_dir / "import-dialog.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 5000
