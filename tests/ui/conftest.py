"""Fixtures for the GUI tests: a main window over the small centre, popups answered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ui import messages
from ui.settings import Settings
from ui.signals import AppSignals


@pytest.fixture
def db(sqlite_db):
    """The screens run on a SQLite file only; the services under them run on both databases."""
    return sqlite_db


@pytest.fixture
def no_popups():
    """Every message box answers "yes" at once; what was shown is in ``messages.shown``."""
    messages.set_responder(lambda kind, title, text: True)
    yield messages.shown
    messages.set_responder(None)


@pytest.fixture
def signals(qapp) -> AppSignals:
    return AppSignals()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, ctx, settings, signals):
    """Build main windows that share one settings file and one signal hub."""
    from ui.main_window import MainWindow

    def make(**kw) -> MainWindow:
        window = MainWindow(ctx, settings=kw.pop("settings", settings), signals=signals, **kw)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def picture_dir(tmp_path) -> Path:
    """Where dialog pictures go: DIALOG_SCREENSHOTS to keep them, else a temporary folder."""
    folder = Path(os.environ.get("DIALOG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
