"""Message boxes behind one small service, so tests can answer them without a popup.

Tests replace the answering function: ``messages.set_responder(lambda kind, title, text: True)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

Responder = Callable[[str, str, str], bool]
_responder: Responder | None = None
shown: list[tuple[str, str, str]] = []


def set_responder(responder: Responder | None) -> None:
    """Answer every message with ``responder(kind, title, text)`` instead of a dialog."""
    global _responder
    _responder = responder
    shown.clear()


def _show(kind: str, parent: QWidget | None, title: str, text: str) -> bool:
    if _responder is not None:
        shown.append((kind, title, text))
        return _responder(kind, title, text)
    if kind == "question":
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
    box = {
        "info": QMessageBox.information,
        "warning": QMessageBox.warning,
        "error": QMessageBox.critical,
    }[kind]
    box(parent, title, text)
    return True


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show("info", parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _show("warning", parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    _show("error", parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return _show("question", parent, title, text)
