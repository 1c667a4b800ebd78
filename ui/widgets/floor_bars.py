"""Occupancy by floor as horizontal bars, drawn with QPainter (QtCharts is not in Essentials).

Floors read as in the building: the top floor at the top, basements at the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

HIGH, MIDDLE, LOW = QColor("#2e7d32"), QColor("#e0a100"), QColor("#c62828")
TRACK = QColor("#e6e9ed")
MARGIN = 8
MIN_ROW = 16
MAX_ROW = 30
MAX_HINT_ROWS = 24  # more floors than fit are summed up in a last line, not a taller widget


@dataclass(frozen=True)
class FloorBar:
    label: str  # as shown: "7F", "B1"
    rate: float | None  # leased / rentable, None when the floor has no rentable area
    detail: str = ""  # tooltip


def bar_colour(rate: float) -> QColor:
    return HIGH if rate >= 0.8 else MIDDLE if rate >= 0.5 else LOW


class FloorBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[FloorBar] = []  # bottom floor first
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[FloorBar]) -> None:
        """Floors bottom to top (B1 first), as the occupancy service lists them."""
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[FloorBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 2 * MARGIN + min(max(len(self._bars), 4), MAX_HINT_ROWS) * 22)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 2 * MARGIN + min(max(len(self._bars), 4), MAX_HINT_ROWS) * MIN_ROW)

    # --- geometry shared by painting and tooltips
    def _row_height(self) -> float:
        n = max(len(self._bars), 1)
        return max(MIN_ROW, min(MAX_ROW, (self.height() - 2 * MARGIN) / n))

    def _rows_shown(self) -> int:
        """How many bars fit; when not all do, the last line says how many are left out."""
        fit = max(1, int((self.height() - 2 * MARGIN) // self._row_height()))
        return len(self._bars) if len(self._bars) <= fit else fit - 1

    def _row_at(self, y: float) -> int:
        """Index into ``_bars`` of the row at ``y``, or -1."""
        i = int((y - MARGIN) // self._row_height())
        if y < MARGIN or i >= self._rows_shown():
            return -1
        return len(self._bars) - 1 - i

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if not self._bars:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No floors yet"))
            return
        label_w = max(fm.horizontalAdvance(b.label) for b in self._bars) + 10
        pct_w = fm.horizontalAdvance("100.0 %") + 12
        row_h = self._row_height()
        x0 = MARGIN + label_w
        track_w = max(20.0, self.width() - x0 - pct_w - MARGIN)
        bar_h = max(8.0, row_h * 0.62)
        text_pen = self.palette().windowText().color()
        shown = self._rows_shown()
        for i, bar in enumerate(reversed(self._bars)):
            if i >= shown:
                p.setPen(self.palette().placeholderText().color())
                more = self.tr("… and %1 lower floors").replace("%1", str(len(self._bars) - shown))
                p.drawText(
                    QRectF(x0, MARGIN + i * row_h, track_w, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    more,
                )
                break
            top = MARGIN + i * row_h
            mid = top + row_h / 2
            p.setPen(text_pen)
            p.drawText(
                QRectF(MARGIN, top, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            track = QRectF(x0, mid - bar_h / 2, track_w, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 3, 3)
            if bar.rate is not None and bar.rate > 0:
                fill = QRectF(
                    track.topLeft(), QPointF(x0 + track_w * min(bar.rate, 1.0), track.bottom())
                )
                p.setBrush(bar_colour(bar.rate))
                p.drawRoundedRect(fill, 3, 3)
            p.setPen(text_pen)
            pct = "–" if bar.rate is None else f"{bar.rate * 100:.1f} %"
            p.drawText(
                QRectF(x0 + track_w + 8, top, pct_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                pct,
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self._row_at(event.pos().y())
            if i >= 0 and self._bars[i].detail:
                QToolTip.showText(event.globalPos(), self._bars[i].detail, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
