"""Long work from the GUI: generating and issuing charges, importing a workbook and filling a new
database with the demo run off the GUI thread, and cancelling midway leaves the database as
it was, with a plain "Cancelled; nothing was written" (not an error).

Each test holds the job in the worker at a point midway (a gate in its progress), cancels
through the progress dialog's own Cancel button, then lets it run on.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from adminapp import demo
from adminapp.services import accounts, importer
from adminapp.services.billing import charges
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from tests.dbstate import dump
from tests.test_importer import good_sheets, workbook
from ui.dialogs import billing_run_dialog, demo_dialog
from ui.dialogs.import_dialog import ImportDialog

TODAY = dt.date(2026, 11, 27)
UP_TO = dt.date(2027, 6, 1)
CANCELLED = "Cancelled; nothing was written."


class Gate:
    """Wraps a progress callback: at the ``at``-th report the worker waits for the test."""

    def __init__(self, at: int) -> None:
        self.at, self.reached, self.opened, self.count = at, threading.Event(), threading.Event(), 0

    def wrap(self, progress):  # noqa: ANN001, ANN201
        def gated(done: int, total: int) -> bool:
            self.count += 1
            if self.count == self.at:
                self.reached.set()
                assert self.opened.wait(20)
            return progress(done, total)

        gated.label = getattr(progress, "label", None)
        return gated


def cancel_midway(task, gate: Gate) -> None:
    assert gate.reached.wait(20), "the job never got midway"
    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert task.cancelled
    gate.opened.set()
    assert task.wait(30_000)


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def leased(db) -> AppContext:
    demo.generate_demo(db, today=TODAY, financing=False, consultations=False, billing=False)
    return AppContext(db, Actor("finance", "test-host", roles=ALL_ROLES))


def test_cancelling_generation_midway(parent, leased, monkeypatch, no_popups):
    gate, real = Gate(at=2), charges.generate_charges  # held after the first 100 leases

    def generate(ctx, up_to, **kw):  # noqa: ANN001, ANN202
        return real(ctx, up_to, **{**kw, "progress": gate.wrap(kw["progress"])})

    monkeypatch.setattr(charges, "generate_charges", generate)
    before = dump(leased.db)
    done, failed, seen = [], [], []
    task = billing_run_dialog.run_generation(parent, leased, UP_TO, done.append, failed.append)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    cancel_midway(task, gate)
    assert done == [] and failed == []  # a cancel is neither a result nor an error
    assert no_popups == [("info", "Generate charges", CANCELLED)]
    assert dump(leased.db) == before
    assert seen[0][0] == 0 and seen[0][1] > 250  # the dialog got the real count of leases


def test_generation_runs_to_the_end_when_not_cancelled(parent, leased, qtbot, no_popups):
    done, seen = [], []
    task = billing_run_dialog.run_generation(parent, leased, UP_TO, done.append, pytest.fail)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    assert task.wait(30_000)
    assert len(done) == 1 and done[0].created > 0
    assert seen[-1][0] == seen[-1][1] > 250
    assert no_popups == []


def test_cancelling_issue_midway(parent, leased, monkeypatch, no_popups):
    charges.generate_charges(leased, UP_TO)
    gate, real = Gate(at=3), charges.issue_charges  # held after two batches were flushed

    def issue(ctx, through, **kw):  # noqa: ANN001, ANN202
        return real(ctx, through, **{**kw, "progress": gate.wrap(kw["progress"])})

    monkeypatch.setattr(charges, "issue_charges", issue)
    before = dump(leased.db)
    done, failed = [], []
    task = billing_run_dialog.run_issue(parent, leased, UP_TO, TODAY, done.append, failed.append)
    cancel_midway(task, gate)
    assert done == [] and failed == []
    assert no_popups == [("info", "Issue charges", CANCELLED)]
    assert dump(leased.db) == before


def test_cancelling_an_import_midway(qtbot, ctx, centre, tmp_path, monkeypatch, no_popups):
    dialog = ImportDialog(None, ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(workbook(tmp_path / "good.xlsx", good_sheets())).wait(20_000)
    assert dialog.plan is not None and dialog.plan.ok
    gate, real = Gate(at=4), importer.apply  # companies and units are written by then

    def apply(c, plan, progress=None):  # noqa: ANN001, ANN202
        return real(c, plan, gate.wrap(progress))

    monkeypatch.setattr(importer, "apply", apply)
    before = dump(ctx.db)
    task = dialog.start_import()
    cancel_midway(task, gate)
    assert "Import cancelled; nothing was written" in dialog.summary_label.text()
    assert dump(ctx.db) == before
    assert dialog.import_button.isEnabled()  # the user may try again


@pytest.fixture
def signed_in(db) -> AppContext:
    return AppContext(db, accounts.create_first_admin(db, "admin", "Real Admin", "horse-battery-1"))


def test_cancelling_the_demo_midway(parent, signed_in, signals, monkeypatch, no_popups):
    gate, real = Gate(at=3), demo.fill_demo  # held in the consultations stage's label

    def fill(ctx, *, progress, stage):  # noqa: ANN001, ANN202
        held = gate.wrap(lambda d, t: True)
        return real(ctx, progress=progress, stage=lambda key: held(0, 0) and stage(key))

    monkeypatch.setattr(demo, "fill_demo", fill)
    before = dump(signed_in.db)
    labels: list[str] = []
    task = demo_dialog.fill_with_demo(parent, signed_in, signals, ask=False)
    task.labelled.connect(labels.append)
    cancel_midway(task, gate)
    assert no_popups == [("info", "Fill with demo data", CANCELLED)]
    assert dump(signed_in.db) == before
    stage_labels = demo_dialog.stage_labels()
    assert labels == [stage_labels["centre"], stage_labels["accounts"]]


def test_the_demo_is_offered_to_an_administrator_of_an_empty_database(
    qtbot, signed_in, settings, signals, no_popups
):
    from ui.main_window import MainWindow

    window = MainWindow(signed_in, settings=settings, signals=signals, remember=False)
    qtbot.addWidget(window)
    menu = window.user_button.menu()
    menu.aboutToShow.emit()
    assert window.demo_action.isVisible() and window.demo_action.isEnabled()
    demo.generate_demo(
        signed_in.db, financing=False, consultations=False, billing=False, public_accounts=False
    )
    menu.aboutToShow.emit()
    assert window.demo_action.isVisible() and not window.demo_action.isEnabled()


def test_the_demo_is_not_offered_to_others(qtbot, db, settings, signals):
    from ui.main_window import MainWindow

    staff = AppContext(db, Actor("clerk", "test-host", roles=frozenset({"staff"})))
    window = MainWindow(staff, settings=settings, signals=signals, remember=False)
    qtbot.addWidget(window)
    window.user_button.menu().aboutToShow.emit()
    assert not window.demo_action.isVisible() and not window.demo_action.isEnabled()
