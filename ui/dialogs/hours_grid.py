"""Weekly hours as a grid: per weekday a check box and one or more from–to periods.

Most consultants work one period a day; ``+`` adds another (e.g. mornings and afternoons
around a lunch break), ``×`` removes it. Hours are Asia/Shanghai wall-clock times.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.consultation_labels import set_time, time_edit, time_value, weekday_name

DEFAULT = (dt.time(9), dt.time(17))


def _plus(time: dt.time, minutes: int) -> dt.time:
    """``time`` plus ``minutes``, at most 23:59 (never past midnight)."""
    moment = dt.datetime.combine(dt.date(2000, 1, 1), time) + dt.timedelta(minutes=minutes)
    return moment.time() if moment.date() == dt.date(2000, 1, 1) else dt.time(23, 59)


class _Period(QWidget):
    def __init__(self, grid: HoursGrid, day: int, first: bool) -> None:
        super().__init__()
        self.from_edit: QTimeEdit = time_edit(DEFAULT[0])
        self.to_edit: QTimeEdit = time_edit(DEFAULT[1])
        for edit in (self.from_edit, self.to_edit):
            edit.setMinimumWidth(80)
            edit.timeChanged.connect(grid.changed)
        self.button = QToolButton()
        self.button.setText("+" if first else "×")
        self.button.setToolTip(
            QCoreApplication.translate("HoursGrid", "Add another period on this day")
            if first
            else QCoreApplication.translate("HoursGrid", "Remove this period")
        )
        if first:
            self.button.clicked.connect(lambda: grid.add_period(day))
        else:
            self.button.clicked.connect(lambda: grid.remove_period(day, self))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.from_edit)
        line.addWidget(QLabel(QCoreApplication.translate("HoursGrid", "to")))
        line.addWidget(self.to_edit)
        line.addWidget(self.button)
        line.addStretch(1)

    def value(self) -> tuple[dt.time, dt.time]:
        return time_value(self.from_edit), time_value(self.to_edit)

    def set_value(self, start: dt.time, end: dt.time) -> None:
        set_time(self.from_edit, start)
        set_time(self.to_edit, end)


class HoursGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: list[QCheckBox] = []
        self._periods: list[list[_Period]] = []
        self._boxes: list[QVBoxLayout] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for day in range(7):
            check = QCheckBox(weekday_name(day))
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            self.checks.append(check)
            self._boxes.append(box)
            self._periods.append([])
            grid.addWidget(check, day, 0)
            grid.addWidget(holder, day, 1)
            self._add(day)
            check.toggled.connect(lambda _on, d=day: self._enable(d))
            check.toggled.connect(self.changed)
            self._enable(day)
        grid.setColumnStretch(1, 1)

    def _add(self, day: int) -> _Period:
        period = _Period(self, day, first=not self._periods[day])
        self._periods[day].append(period)
        self._boxes[day].addWidget(period)
        period.setEnabled(self.checks[day].isChecked())
        return period

    def _enable(self, day: int) -> None:
        for period in self._periods[day]:
            period.setEnabled(self.checks[day].isChecked())

    def add_period(self, day: int) -> None:
        """Another period on ``day``, after the last one."""
        last_end = self._periods[day][-1].value()[1]
        period = self._add(day)
        # Offer the evening after the last period: an hour later, for up to three hours.
        start = min(_plus(last_end, 60), dt.time(22))
        period.set_value(start, min(_plus(start, 180), dt.time(23, 30)))
        self.changed.emit()

    def remove_period(self, day: int, period: _Period) -> None:
        self._periods[day].remove(period)
        self._boxes[day].removeWidget(period)
        period.deleteLater()
        self.changed.emit()

    def period_count(self, day: int) -> int:
        return len(self._periods[day])

    def hours(self) -> list[tuple[int, dt.time, dt.time]]:
        """The ticked days' periods, as the service takes them."""
        return [
            (day, *period.value())
            for day in range(7)
            if self.checks[day].isChecked()
            for period in self._periods[day]
        ]

    def set_hours(self, hours: list[tuple[int, dt.time, dt.time]]) -> None:
        self.blockSignals(True)
        for day in range(7):
            for period in self._periods[day][1:]:
                self.remove_period(day, period)
            spans = sorted((a, b) for d, a, b in hours if d == day)
            self.checks[day].setChecked(bool(spans))
            self._periods[day][0].set_value(*(spans[0] if spans else DEFAULT))
            for start, end in spans[1:]:
                self._add(day).set_value(start, end)
            self._enable(day)
        self.blockSignals(False)
        self.changed.emit()

    def text(self) -> str:
        return (
            ", ".join(f"{weekday_name(d)[:3]} {a:%H:%M}–{b:%H:%M}" for d, a, b in self.hours())
            or "—"
        )
