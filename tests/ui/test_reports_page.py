"""The Reports page (export through the GUI, off the GUI thread) and ui/worker.py itself."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from openpyxl.utils.cell import range_boundaries
from PySide6.QtWidgets import QPushButton

from adminapp import reports
from ui.pages import reports as reports_page
from ui.pages.reports import ReportsPage
from ui.worker import run_in_background

CANCELLED = "Export cancelled; no file was written."


@pytest.fixture
def page(qtbot, ctx, signals, settings, centre, as_of):
    p = ReportsPage(ctx, signals, settings)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activate()
    p.date_edit.setDate(p.date_edit.date().fromString(as_of.isoformat(), "yyyy-MM-dd"))
    return p


@pytest.fixture
def save_to(monkeypatch):
    """Answer the save dialog with a path; records what it suggested."""

    def install(path):
        asked: list[str] = []

        def ask(parent, suggested):
            asked.append(suggested)
            return str(path) if path is not None else None

        monkeypatch.setattr(reports_page, "ask_save_path", ask)
        return asked

    return install


@pytest.fixture
def gate(monkeypatch):
    """Hold the export in the worker until the test opens the gate (so a cancel is in time)."""
    opened = threading.Event()
    real = reports.export_report

    def gated(*args, **kwargs):
        assert opened.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "export_report", gated)
    return opened


def data_rows(path) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    _c1, first, _c2, last = range_boundaries(ws.auto_filter.ref)
    return last - first  # the autofilter spans the header row and the data rows


def test_exporting_rent_roll_writes_a_real_workbook(page, save_to, tmp_path, as_of, no_popups):
    out = tmp_path / "rr.xlsx"
    asked = save_to(out)
    page.select_report("rent-roll")
    task = page.export()
    assert task is not None and task.wait(20_000)
    result = page.last_result
    assert result is not None and result.path == out and out.exists()
    assert asked[0].endswith(reports.default_filename("rent-roll", as_of))
    assert result.row_count > 0
    assert data_rows(out) == result.row_count
    assert str(out) in page.result_label.text() and "Open folder" in page.result_label.text()
    assert f"{result.row_count} row" in page.status_text()
    assert page.export_button.isEnabled() and no_popups == []


def test_filters_are_passed_and_the_folder_is_remembered(page, save_to, tmp_path, settings):
    out = tmp_path / "exp"  # no suffix: .xlsx is added
    save_to(out)
    page.select_report("lease-expiry")
    page.floor_combo.setCurrentIndex(page.floor_combo.findData("7"))
    page.months_spin.setValue(24)
    assert page.filters() == {"floor": "7", "months": "24"}
    assert page.export().wait(20_000)
    assert page.last_result.filters == {"floor": "7", "months": "24"}
    assert page.last_result.path == tmp_path / "exp.xlsx"
    asked = save_to(None)  # the user cancels the file dialog this time: nothing runs
    assert page.export() is None
    assert asked[0].startswith(str(tmp_path))


def test_the_filters_shown_follow_the_report(page):
    assert page.floor_combo.itemText(0) == "All floors"
    assert [page.floor_combo.itemData(i) for i in range(page.floor_combo.count())] == [
        None,
        "B1",
        "1",
        "7",
    ]
    assert page.segment_combo.itemText(0) == "All segments"
    assert page.months_spin.value() == 12
    expected = {
        "rent-roll": ("floor", "segment"),
        "occupancy": ("floor",),
        "lease-expiry": ("floor", "segment", "months"),
    }
    for name, shown in expected.items():
        page.select_report(name)
        assert page.visible_filters() == shown == reports.REPORTS[name].filters
        assert page.months_spin.isVisible() == ("months" in shown)


def test_cancel_leaves_no_file(page, save_to, tmp_path, gate, no_popups):
    out = tmp_path / "cancelled.xlsx"
    save_to(out)
    task = page.export()
    task.cancel()
    gate.set()
    assert task.wait(20_000)
    assert isinstance(task.error, reports.ReportCancelled)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] == []  # no temp file
    assert CANCELLED in page.result_label.text()
    assert page.status_text() == CANCELLED
    assert no_popups == []  # a cancel is not an error


def test_cancel_from_the_progress_dialog(page, save_to, tmp_path, gate):
    out = tmp_path / "cancelled.xlsx"
    save_to(out)
    task = page.export()
    task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    gate.set()
    assert task.wait(20_000)
    assert not out.exists()
    assert page.status_text() == CANCELLED


def test_a_bad_path_shows_the_error(page, save_to, tmp_path, no_popups):
    out = tmp_path / "no-such-folder" / "rr.xlsx"
    save_to(out)
    assert page.export().wait(20_000)
    assert not out.exists()
    assert len(no_popups) == 1
    kind, title, text = no_popups[0]
    assert kind == "error" and title == "Could not export"
    assert "does not exist" in text
    assert page.export_button.isEnabled()


def test_the_page_in_the_main_window(make_window, centre, save_to, tmp_path, qtbot):
    window = make_window(remember=False)
    window.show()
    window.show_page("reports")
    page = window.pages["reports"]
    assert window.current_page_name() == "reports"
    save_to(tmp_path / "occ.xlsx")
    page.select_report("occupancy")
    assert page.export().wait(20_000)
    qtbot.waitUntil(lambda: "Exported" in window.count_label.text(), timeout=2000)


# --- ui/worker.py
def test_worker_reports_progress_and_finishes(qtbot):
    done, failed, seen = [], [], []

    def job(progress):
        return [progress(i, 3) for i in range(4)]

    task = run_in_background(None, "Working", job, done.append, failed.append)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert done == [[True, True, True, True]] and failed == []
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]  # queued, delivered in the GUI thread
    assert not task.is_running and task.dialog is None


def test_worker_job_that_raises_goes_to_on_error(qtbot):
    done, failed = [], []

    def job(progress):
        raise ValueError("boom")

    task = run_in_background(None, "Working", job, done.append, failed.append)
    assert task.wait(10_000)
    assert done == [] and len(failed) == 1 and str(failed[0]) == "boom"


def test_worker_cancel_makes_progress_return_false(qtbot):
    started, release = threading.Event(), threading.Event()
    answers = []

    def job(progress):
        answers.append(progress(0, 2))
        started.set()
        assert release.wait(10)
        answers.append(progress(1, 2))
        return "stopped" if answers[-1] is False else "ran on"

    done: list[str] = []
    task = run_in_background(None, "Working", job, done.append, lambda exc: None)
    assert started.wait(10)
    task.cancel()
    assert task.cancelled
    release.set()
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert answers == [True, False] and done == ["stopped"]


def test_worker_dialog_appears_only_after_500_ms(qtbot):
    release = threading.Event()
    failed: list[BaseException] = []
    task = run_in_background(
        None, "Slow", lambda p: release.wait(10), lambda r: None, failed.append
    )
    assert task.dialog.minimumDuration() == 500
    assert not task.dialog.isVisible()  # not at once
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    release.set()
    assert task.wait(10_000)
    assert task.dialog is None and failed == []


def test_financing_filters_are_offered_and_passed(page, save_to, tmp_path):
    page.select_report("financing-pipeline")
    assert page.visible_filters() == ("programme", "status", "platform", "year")
    assert page.programme_combo.itemText(0) == "All programmes"
    assert page.filters() == {}  # nothing chosen: every application, the as-of year
    page.status_combo.setCurrentIndex(page.status_combo.findData("approved"))
    page.platform_combo.setCurrentIndex(page.platform_combo.findData("compute"))
    page.year_spin.setValue(2026)
    wanted = {"status": "approved", "platform": "compute", "year": "2026"}
    assert page.filters() == wanted
    save_to(tmp_path / "pipeline.xlsx")
    assert page.export().wait(20_000)
    assert page.last_result.filters == wanted
    page.select_report("compute-vouchers")
    assert page.visible_filters() == ("programme", "year")
    assert page.filters() == {"year": "2026"}
