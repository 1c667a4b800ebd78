"""An exception inside a slot reaches the user as a message, and a bug is logged."""

from PySide6.QtWidgets import QPushButton

from adminapp.errors import DomainError
from ui import error_hook, messages


def test_errors_in_slots_become_messages(qtbot, monkeypatch):
    monkeypatch.setattr("sys.excepthook", error_hook.handle)
    messages.set_responder(lambda kind, title, text: True)
    button = QPushButton("x")
    qtbot.addWidget(button)

    def refused():
        raise DomainError("Unit 7F-13 is already leased")

    def bug():
        raise KeyError("boom")

    button.clicked.connect(refused)
    button.click()
    button.clicked.disconnect(refused)
    button.clicked.connect(bug)
    button.click()
    try:
        assert messages.shown[0] == ("warning", "Not done", "Unit 7F-13 is already leased")
        kind, title, text = messages.shown[1]
        assert (kind, title) == ("error", "Something went wrong")
        assert "KeyError" in text and str(error_hook.log_path()) in text
        assert "KeyError: 'boom'" in error_hook.log_path().read_text()
    finally:
        messages.set_responder(None)
