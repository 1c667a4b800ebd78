"""What the user sees when something fails inside a slot: a message, never a silent failure.

PySide hands an exception raised in a slot to ``sys.excepthook`` and carries on. A
``DomainError`` (a rule refused the action) is shown as it is; anything else is logged with its
traceback to ``incubator-admin.log`` in the data folder and reported in one sentence.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from adminapp.db import data_dir
from adminapp.errors import DomainError
from ui import messages


def log_path() -> Path:
    return data_dir() / "incubator-admin.log"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHook", text)


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    parent = QApplication.activeWindow()
    if isinstance(exc, DomainError):
        messages.warning(parent, QCoreApplication.translate("ErrorHook", "Not done"), str(exc))
        return
    path = log_path()
    try:
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(kind, exc, tb)))
        where = QCoreApplication.translate("ErrorHook", "Details were written to {path}.").format(
            path=path
        )
    except OSError:
        where = ""
    messages.error(
        parent,
        QCoreApplication.translate("ErrorHook", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorHook", "The action failed: {error}. Nothing half-done was saved. {where}"
        ).format(error=f"{kind.__name__}: {exc}", where=where),
    )


def install() -> None:
    """Route uncaught exceptions (in slots and elsewhere on the GUI thread) to :func:`handle`."""
    sys.excepthook = handle
