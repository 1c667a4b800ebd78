"""A combo box whose choices are read from the database when first needed, not at start-up.

The floor filters use it: a building of a few hundred towers has thousands of floors, and the
list page should not wait for them before showing its first rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

Choices = list[tuple[str, Any]]


class LazyComboBox(QComboBox):
    def __init__(
        self, first: str, loader: Callable[[], Choices], parent: QWidget | None = None
    ) -> None:
        """``first`` is the always-present "any" item (data None); ``loader`` gives the rest."""
        super().__init__(parent)
        self._first = first
        self._loader = loader
        self._loaded = False
        self.addItem(first)

    def invalidate(self) -> None:
        """The choices may have changed: read them again when next needed."""
        self._loaded = False

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        current = self.currentData()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem(self._first)
        for text, data in self._loader():
            self.addItem(text, data)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(blocked)
        if index < 0:  # the chosen item went away: back to "any", and say so
            self.currentIndexChanged.emit(0)

    def showPopup(self) -> None:  # noqa: N802
        self.ensure_loaded()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.ensure_loaded()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.ensure_loaded()
        super().wheelEvent(event)
