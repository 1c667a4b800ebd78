"""Budget bars: one stacked horizontal bar per programme, drawn with QPainter in a table cell.

The bar is on the scale of the programme's budget: disbursed | committed, not yet disbursed |
remaining. What is committed beyond the budget is drawn red after a mark at the budget; a
programme without a budget for the year gets a dashed, empty outline that says so. The
figures are Decimals; only the pixel geometry is float.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

DISBURSED = QColor("#1c5aa6")
COMMITTED = QColor("#8cbbec")
REMAINING = QColor("#dcebd5")
OVER = QColor("#c62828")
OUTLINE = QColor("#9aa7b4")
MARK = QColor("#263238")
COLOURS = {"disbursed": DISBURSED, "committed": COMMITTED, "remaining": REMAINING, "over": OVER}

# The data role under which a model gives the delegate a row's BarFigures.
BAR_ROLE = int(Qt.ItemDataRole.UserRole) + 20

PAD = 8  # left and right of the bar inside its cell
MAX_BAR_HEIGHT = 16


@dataclass(frozen=True)
class BarFigures:
    budget: Decimal | None  # None: no budget for the year
    committed: Decimal
    disbursed: Decimal
    empty_text: str = ""  # said inside the outline of a bar with nothing to draw


@dataclass(frozen=True)
class Segment:
    kind: str  # disbursed | committed | remaining | over
    start: float  # fractions of the bar's length, 0 to 1
    end: float


def segments(figures: BarFigures) -> list[Segment]:
    """The parts of the bar, on the scale of the budget (or of what is committed, if more)."""
    budget = figures.budget or Decimal(0)
    committed = figures.committed
    scale = max(budget, committed)
    if scale <= 0:
        return []

    def at(x: Decimal) -> float:
        return float(x / scale)

    paid = min(figures.disbursed, committed, budget)
    within = min(committed, budget)
    parts = []
    if paid > 0:
        parts.append(Segment("disbursed", 0.0, at(paid)))
    if within > paid:
        parts.append(Segment("committed", at(paid), at(within)))
    if budget > committed:
        parts.append(Segment("remaining", at(committed), 1.0))
    if committed > budget:
        parts.append(Segment("over", at(budget), 1.0))
    return parts


def share_of_budget(figures: BarFigures) -> Decimal | None:
    """Committed as a whole percentage of the budget; None without a budget."""
    if not figures.budget:
        return None
    return (figures.committed * 100 / figures.budget).quantize(Decimal(1), ROUND_HALF_UP)


def share_text(figures: BarFigures) -> str:
    share = share_of_budget(figures)
    if share is None:
        return "—"
    return f"{share} %"


class BudgetBarDelegate(QStyledItemDelegate):
    """Paints a cell's ``BAR_ROLE`` figures as a stacked bar with the share of the budget
    committed beside it. ``painted`` keeps, per row, the segments last painted and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted: dict[int, list[tuple[str, QRectF]]] = {}

    @staticmethod
    def label_width(metrics: QFontMetrics) -> int:
        return metrics.horizontalAdvance("888 %") + PAD

    def bar_rect(self, cell: QRect, metrics: QFontMetrics) -> QRectF:
        """Where the bar goes in ``cell``: the share's text takes the right end."""
        height = min(MAX_BAR_HEIGHT, max(6, cell.height() - 14))
        width = max(10, cell.width() - 2 * PAD - self.label_width(metrics))
        top = cell.top() + (cell.height() - height) / 2
        return QRectF(cell.left() + PAD, top, width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The item's background and selection as the style draws them, without its text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        figures = index.data(BAR_ROLE)
        if not isinstance(figures, BarFigures):
            return
        cell = QRect(opt.rect)
        metrics = QFontMetrics(opt.font)
        bar = self.bar_rect(cell, metrics)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        parts = segments(figures)
        self.painted[index.row()] = draw_bar(painter, bar, figures, parts, opt.palette)
        # The share of the budget committed, right of the bar.
        over = figures.committed > (figures.budget or 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.palette.highlightedText() if selected else opt.palette.text()
        painter.setPen(OVER if over and parts and not selected else text.color())
        label = QRectF(bar.right() + 4, cell.top(), cell.right() - bar.right() - 4, cell.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share_text(figures)
        )
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height())


def draw_bar(
    painter: QPainter, bar: QRectF, figures: BarFigures, parts: list[Segment], palette: QPalette
) -> list[tuple[str, QRectF]]:
    """Draw ``parts`` in ``bar``; the segments painted and where."""
    painted: list[tuple[str, QRectF]] = []
    if not parts:
        pen = QPen(OUTLINE, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if figures.empty_text:
            painter.setPen(palette.placeholderText().color())
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
            painter.setFont(font)
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, figures.empty_text)
        return painted
    outline = QPainterPath()
    outline.addRoundedRect(bar, 3, 3)
    painter.save()
    painter.setClipPath(outline)
    painter.setPen(Qt.PenStyle.NoPen)
    for part in parts:
        rect = QRectF(
            bar.left() + bar.width() * part.start,
            bar.top(),
            bar.width() * (part.end - part.start),
            bar.height(),
        )
        painter.fillRect(rect, COLOURS[part.kind])
        painted.append((part.kind, rect))
    painter.restore()
    painter.setPen(QPen(OUTLINE, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    over = next((r for kind, r in painted if kind == "over"), None)
    if over is not None:
        # Where the budget ends: a mark across the bar.
        painter.setPen(QPen(MARK, 2))
        painter.drawLine(over.left(), bar.top() - 3, over.left(), bar.bottom() + 3)
    return painted


class BudgetLegend(QWidget):
    """What the colours of the budget bars mean, in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = [
            ("disbursed", self.tr("Disbursed")),
            ("committed", self.tr("Committed, not yet disbursed")),
            ("remaining", self.tr("Remaining")),
            ("over", self.tr("Over budget")),
            ("none", self.tr("No budget")),
        ]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _swatch(self) -> int:
        return self.fontMetrics().height() - 4

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        width = sum(self._swatch() + 6 + fm.horizontalAdvance(t) + 16 for _k, t in self.items)
        return QSize(width, fm.height() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        size = self._swatch()
        x = 0.0
        y = (self.height() - size) / 2
        for kind, text in self.items:
            box = QRectF(x + 0.5, y + 0.5, size - 1, size - 1)
            if kind == "none":
                p.setPen(QPen(OUTLINE, 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(QPen(OUTLINE, 1))
                p.setBrush(COLOURS[kind])
            p.drawRoundedRect(box, 2, 2)
            x += size + 6
            p.setPen(self.palette().windowText().color())
            width = fm.horizontalAdvance(text)
            p.drawText(
                QRectF(x, 0, width + 2, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width + 16
