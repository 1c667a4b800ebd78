"""The bookings calendar from the keyboard: the arrow keys go from session to session in the
order they start (then column by column), Home and End to the first and last, Enter opens the
selected one, Escape clears the selection; Page Up and Down scroll as usual."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QScrollArea


class CalendarKeys:
    """Mixed into :class:`ui.widgets.booking_calendar.BookingCalendar` (``columns``,
    ``kind``, ``selected_id``, ``select``, ``booking``, ``booking_rect``, its blocks and
    signals)."""

    columns: list[Any]
    kind: str
    selected_id: int | None
    _blocks: list[Any]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        keys = Qt.Key
        if key in (keys.Key_Return, keys.Key_Enter) and self.booking(self.selected_id or 0):
            self.bookingActivated.emit(self.selected_id)
        elif key == keys.Key_Escape and self.selected_id is not None:
            self.select(None)
            self.bookingSelected.emit(None)
        elif key in (keys.Key_Right, keys.Key_Down, keys.Key_Left, keys.Key_Up, keys.Key_Home,
                     keys.Key_End) and self._in_order():  # fmt: skip
            ids = [b.id for b in self._in_order()]
            forward = key in (keys.Key_Right, keys.Key_Down)
            if key in (keys.Key_Home, keys.Key_End):
                i = 0 if key == keys.Key_Home else len(ids) - 1
            elif self.selected_id in ids:
                i = min(max(ids.index(self.selected_id) + (1 if forward else -1), 0), len(ids) - 1)
            else:
                i = 0 if forward else len(ids) - 1
            self.select(ids[i])
            self._reveal(ids[i])
            self.bookingSelected.emit(ids[i])
        else:
            super().keyPressEvent(event)  # type: ignore[misc]  # Page Up and Down scroll
            return
        event.accept()

    def _in_order(self) -> list[Any]:
        """The sessions shown, in the order they start (then column by column)."""
        self._ensure_layout()
        index = {c.id: i for i, c in enumerate(self.columns)}

        def column(b: Any) -> int:
            return index.get(b.consultant_id if self.kind == "consultant" else b.room_id, 0)

        return sorted((blk.booking for blk in self._blocks),
                      key=lambda b: (b.starts_at, column(b), b.id))  # fmt: skip

    def _reveal(self, booking_id: int) -> None:
        """Scroll the surrounding scroll area, if any, to the session."""
        rect = self.booking_rect(booking_id)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if rect is not None and parent is not None:
            c = rect.center()
            parent.ensureVisible(int(c.x()), int(c.y()), int(rect.width() / 2) + 20,
                                 int(rect.height() / 2) + 20)  # fmt: skip
