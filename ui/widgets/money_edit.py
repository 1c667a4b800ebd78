"""A line edit for exact amounts (money, rates, areas): typed text in, ``Decimal`` out.

A validator shapes what can be typed (digits, thousands commas, one decimal point, a bounded
number of decimals, an optional leading minus); whether a value is allowed is the services'
business, so a negative amount reaches them and comes back as a message a user can read.
Values are never floats.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


def parse_amount(text: str) -> Decimal | None:
    """``"12,345.6"`` → ``Decimal("12345.6")``; ``None`` when empty or not a number."""
    cleaned = text.replace(",", "").replace("¥", "").strip()
    if not cleaned or cleaned in {"-", ".", "-."}:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def format_amount(value: Decimal, decimals: int, *, trim: bool = False) -> str:
    """Plain text for an edit: ``48000.00``; with ``trim`` ``150`` instead of ``150.0000``."""
    text = f"{value:.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


class MoneyEdit(QLineEdit):
    """An amount with up to ``decimals`` places; read it with :meth:`value`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decimals: int = 2,
        allow_negative: bool = True,
        trim: bool = False,
    ) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self._trim = trim
        sign = "-?" if allow_negative else ""
        pattern = rf"^{sign}[0-9][0-9,]{{0,17}}(\.[0-9]{{0,{decimals}}})?$|^{sign}$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0" if trim else f"0.{'0' * decimals}")

    @property
    def decimals(self) -> int:
        return self._decimals

    def value(self) -> Decimal | None:
        """The amount typed, or ``None`` when the field is empty or incomplete."""
        return parse_amount(self.text())

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_amount(value, self._decimals, trim=self._trim))
