"""Helpers shared by the dialog tests, and tests of the small input widgets they use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from adminapp.services.context import AppContext
from ui.widgets.date_edit import DateEdit, OptionalDateEdit
from ui.widgets.money_edit import MoneyEdit, format_amount, parse_amount


def db_state(ctx: AppContext) -> dict[str, list[tuple]]:
    """Every row of every table: equal before and after means nothing was written."""
    path = ctx.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def table_count(ctx: AppContext, table: str) -> int:
    return len(db_state(ctx)[table])


def assert_refused(dialog: QDialog, before: dict, ctx: AppContext) -> None:
    """The dialog stayed open, returned nothing, and the database is as it was."""
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_view is None
    assert db_state(ctx) == before


def answer_modal(action: Callable[[QDialog], None]) -> None:
    """Run ``action`` on the modal dialog as soon as ``exec()`` shows it."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


# -- the widgets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.50", Decimal("1234.50")),
        ("-5", Decimal("-5")),
        ("0.0001", Decimal("0.0001")),
        ("", None),
        ("-", None),
        ("abc", None),
    ],
)
def test_parse_amount_is_exact(text, value):
    assert parse_amount(text) == value


def test_format_amount():
    assert format_amount(Decimal("48000"), 2) == "48000.00"
    assert format_amount(Decimal("150.0000"), 4, trim=True) == "150"
    assert format_amount(Decimal("6.5750"), 4, trim=True) == "6.575"


def test_money_edit_accepts_only_amounts(qtbot):
    edit = MoneyEdit(decimals=2)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "12a3.456")
    assert edit.text() == "123.45"  # letters and a third decimal are refused as typed
    assert edit.value() == Decimal("123.45")
    assert isinstance(edit.value(), Decimal)
    edit.set_value(None)
    assert edit.value() is None


def test_date_edits(qtbot):
    edit = DateEdit(value=dt.date(2026, 2, 28))
    qtbot.addWidget(edit)
    assert edit.displayFormat() == "yyyy-MM-dd"
    assert edit.calendarPopup()
    assert edit.date_value() == dt.date(2026, 2, 28)
    optional = OptionalDateEdit("Graduated on")
    qtbot.addWidget(optional)
    optional.set_date_value(None, default=dt.date(2026, 1, 1))
    assert optional.date_value() is None
    assert not optional.edit.isEnabled()
    optional.check.setChecked(True)
    assert optional.date_value() == dt.date(2026, 1, 1)


def truncated(dialog) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    cut = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.width() < widget.sizeHint().width():
            cut.append(widget.text())
    return cut
