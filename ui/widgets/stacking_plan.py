"""The stacking plan: one band per floor (the top floor at the top), each unit a block as wide
as its share of the floor's rentable area, coloured by tenant, lease expiry year, vacancy or
arrears, with a legend saying which.

Painting reads only what ``_layout`` worked out when the plan, the colour mode or the size last
changed (every block's rectangle, colours and elided text), so a building of several hundred
units paints in a few milliseconds and no paint queries the database. Hovering a block shows
the unit, tenant, lease term and rent; clicking a let unit emits ``leaseActivated``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from adminapp.services import stacking
from adminapp.services.stacking import PlanUnit, StackingPlan
from ui.models import display as d

MARGIN = 10
LABEL_W = 64
GAP = 4  # between floor bands
MIN_ROW = 22
MAX_ROW = 64
SWATCH = 12
LEGEND_LINES = 2  # at most; the rest is summed up as "… and N more"
TEXT_DARK = QColor("#1f2a33")
TEXT_LIGHT = QColor("#ffffff")
SUBTLE = QColor("#5f6b76")
BACKGROUND = QColor("#ffffff")
BORDER = QColor("#ffffff")


@dataclass
class _Block:
    unit: PlanUnit
    rect: QRectF
    fill: QColor
    ink: QColor
    hatched: bool
    lines: list[str]


def _ink(fill: QColor) -> QColor:
    """Dark text on light fills, white on dark ones."""
    luma = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return TEXT_DARK if luma > 150 else TEXT_LIGHT


class StackingPlanWidget(QWidget):
    leaseActivated = Signal(int)  # noqa: N815 - the lease id of a clicked let unit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.plan: StackingPlan | None = None
        self.mode = "vacancy"
        self.empty_text = ""
        self._blocks: list[_Block] = []
        self._rows: list[tuple[QRectF, str, str, list[_Block]]] = []  # band, label, area, blocks
        self._legend: list[tuple[QRectF, QColor, str]] = []
        self._legend_more = ""
        self._legend_title = ""
        self._dirty = True
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    # --- data
    def set_plan(self, plan: StackingPlan | None) -> None:
        self.plan = plan
        self._dirty = True
        self.updateGeometry()
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode not in stacking.MODES:
            raise ValueError(f"unknown colour mode {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self._dirty = True
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        n = len(self.plan.floors) if self.plan else 4
        return QSize(900, self._legend_h_hint() + 2 * MARGIN + max(n, 4) * 34)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        n = len(self.plan.floors) if self.plan else 4
        return QSize(420, self._legend_h_hint() + 2 * MARGIN + max(n, 4) * MIN_ROW)

    def _legend_h_hint(self) -> int:
        return LEGEND_LINES * (self.fontMetrics().height() + 6) + 8

    # --- words
    def category_label(self, cat: str) -> str:
        fixed = {
            "let": self.tr("Let"),
            "vacant": self.tr("Vacant"),
            "out_of_service": self.tr("Out of service"),
            "none": self.tr("No arrears"),
            "in_arrears": self.tr("In arrears"),
            "over_90": self.tr("Over 90 days"),
        }
        if cat in fixed:
            return fixed[cat]
        kind, _, value = cat.partition(":")
        if kind == "year":
            return self.tr("Ends %1").replace("%1", value)
        for u in self.plan.units() if self.plan else ():
            if u.lease is not None and u.lease.company_id == int(value):
                return d.name(u.lease.company_name, u.lease.company_name_zh)
        return value

    def mode_title(self) -> str:
        return {
            "tenant": self.tr("Coloured by tenant"),
            "expiry": self.tr("Coloured by lease expiry year"),
            "vacancy": self.tr("Coloured by vacancy"),
            "arrears": self.tr("Coloured by the tenant's arrears"),
        }[self.mode]

    def legend_entries(self) -> list[tuple[str, str]]:
        """(words, colour name) of the legend as drawn now (every entry, shown or not)."""
        if self.plan is None:
            return []
        return [
            (self.category_label(cat), hex_) for cat, hex_ in stacking.legend(self.plan, self.mode)
        ]

    def tooltip(self, u: PlanUnit) -> str:
        head = f"{u.code} · {d.kind_label(u.kind)} · {d.area(u.rentable_area)}"
        if u.lease is None:
            state = self.tr("Out of service") if not u.in_service else self.tr("Vacant")
            return f"{head}\n{state}"
        lease = u.lease
        tenant = lease.company_name + (f" {lease.company_name_zh}" if lease.company_name_zh else "")
        rows = [
            (self.tr("Tenant"), tenant),
            (self.tr("Lease"), lease.reference),
            (self.tr("Term"), f"{d.date(lease.start)} – {d.date(lease.last_day)}"),
            (
                self.tr("Rent"),
                self.tr("%1 a month").replace("%1", d.money(lease.monthly_rent))
                + (f" ({d.area(lease.area)})" if lease.area != u.rentable_area else ""),
            ),
        ]
        if u.arrears > 0:
            arrears = d.money(u.arrears)
            if u.over_90 > 0:
                arrears += self.tr(", %1 over 90 days").replace("%1", d.money(u.over_90))
            rows.append((self.tr("Arrears"), arrears))
        return head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)

    # --- layout: worked out once per plan, mode or size change
    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._dirty = True
        super().resizeEvent(event)

    def _ensure_layout(self) -> None:
        if self._dirty:
            self._layout()
            self._dirty = False

    def _layout(self) -> None:
        self._blocks, self._rows, self._legend = [], [], []
        self._legend_more = ""
        if self.plan is None or not self.plan.floors:
            return
        top = self._layout_legend()
        floors = self.plan.floors
        n = len(floors)
        row_h = max(MIN_ROW, min(MAX_ROW, (self.height() - top - MARGIN + GAP) / n - GAP))
        x0 = MARGIN + LABEL_W
        band_w = max(40.0, self.width() - x0 - MARGIN)
        fm = QFontMetrics(self._small)
        as_of = self.plan.as_of
        colours: dict[str, QColor] = {}
        for i, floor in enumerate(floors):
            band = QRectF(x0, top + i * (row_h + GAP), band_w, row_h)
            total = float(floor.rentable_area)
            blocks = []
            x = band.left()
            for u in floor.units:
                w = band_w * float(u.rentable_area) / total if total else 0.0
                rect = QRectF(x, band.top(), w, band.height())
                x += w
                hex_ = stacking.colour(u, self.mode, as_of)
                fill = colours.get(hex_)
                if fill is None:
                    fill = colours[hex_] = QColor(hex_)
                block = _Block(u, rect, fill, _ink(fill), not u.in_service, [])
                width = int(w) - 6
                # The code only when it fits whole; the tenant's name elided, if a few letters fit.
                if fm.horizontalAdvance(u.code) <= width:
                    block.lines.append(u.code)
                    room = int((row_h - 2) // fm.height())
                    if u.lease is not None and room >= 2:
                        name = fm.elidedText(
                            d.name(u.lease.company_name, u.lease.company_name_zh),
                            Qt.TextElideMode.ElideRight,
                            width,
                        )
                        if len(name) > 3:
                            block.lines.append(name)
                blocks.append(block)
            self._blocks.extend(blocks)
            area = d.whole_area(floor.rentable_area)
            self._rows.append((band, d.floor_label(floor.label), area, blocks))

    def _layout_legend(self) -> int:
        """Place the legend's swatches on at most LEGEND_LINES lines; returns the bands' top."""
        fm = self.fontMetrics()
        line_h = fm.height() + 6
        self._legend_title = self.mode_title()
        x = MARGIN + QFontMetrics(self._bold).horizontalAdvance(self._legend_title) + 16
        y = MARGIN
        line = 0
        entries = self.legend_entries()
        right = self.width() - MARGIN
        for shown, (text, hex_) in enumerate(entries):
            w = SWATCH + 6 + fm.horizontalAdvance(text) + 16
            more_w = fm.horizontalAdvance(self.tr("… and 999 more")) + 8
            if x + w > right - (more_w if line == LEGEND_LINES - 1 else 0):
                line += 1
                if line >= LEGEND_LINES:
                    self._legend_more = self.tr("… and %1 more").replace(
                        "%1", str(len(entries) - shown)
                    )
                    self._legend_more_at = QPointF(x, y)
                    break
                x, y = MARGIN + LABEL_W, y + line_h
            self._legend.append((QRectF(x, y, w - 16, line_h), QColor(hex_), text))
            x += w
        return MARGIN + (line + 1 if not self._legend_more else LEGEND_LINES) * line_h + 8

    # --- geometry for tests and the page
    def block_rect(self, code: str) -> QRectF | None:
        self._ensure_layout()
        for b in self._blocks:
            if b.unit.code == code:
                return QRectF(b.rect)
        return None

    def block_colour(self, code: str) -> QColor | None:
        self._ensure_layout()
        for b in self._blocks:
            if b.unit.code == code:
                return QColor(b.fill)
        return None

    def unit_at(self, pos: QPointF) -> PlanUnit | None:
        self._ensure_layout()
        for band, _label, _area, blocks in self._rows:
            if band.top() <= pos.y() < band.bottom():
                for b in blocks:
                    if b.rect.left() <= pos.x() < b.rect.right():
                        return b.unit
                return None
        return None

    # --- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._ensure_layout()
        p = QPainter(self)
        p.fillRect(self.rect(), BACKGROUND)
        if not self._rows:
            p.setPen(SUBTLE)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        self._paint_legend(p)
        self._paint_floors(p)
        p.end()

    def _paint_legend(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        p.setFont(self._bold)
        p.setPen(TEXT_DARK)
        p.drawText(QRectF(MARGIN, MARGIN, self.width(), fm.height() + 6),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self._legend_title)  # fmt: skip
        p.setFont(self.font())
        hatch = QBrush(QColor("#546e7a"), Qt.BrushStyle.BDiagPattern)
        for rect, fill, text in self._legend:
            sw = QRectF(rect.left(), rect.center().y() - SWATCH / 2, SWATCH, SWATCH)
            p.setPen(QPen(fill.darker(125), 1))
            p.setBrush(fill)
            p.drawRect(sw)
            if text == self.tr("Out of service"):
                p.fillRect(sw, hatch)
            p.setPen(TEXT_DARK)
            p.drawText(QRectF(rect.left() + SWATCH + 6, rect.top(), rect.width(), rect.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        if self._legend_more:
            p.setPen(SUBTLE)
            at = self._legend_more_at
            p.drawText(QRectF(at.x(), at.y(), self.width() - at.x(), fm.height() + 6),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._legend_more)  # fmt: skip

    def _paint_floors(self, p: QPainter) -> None:
        small = QFontMetrics(self._small)
        hatch = QBrush(QColor("#546e7a"), Qt.BrushStyle.BDiagPattern)
        border = QPen(BORDER, 1)
        for band, label, area, blocks in self._rows:
            p.setFont(self._bold)
            p.setPen(TEXT_DARK)
            label_rect = QRectF(MARGIN, band.top(), LABEL_W - 8, band.height())
            if band.height() >= 2 * small.height() + 2:
                p.drawText(QRectF(label_rect.left(), band.top(), label_rect.width(),
                                  band.height() / 2 + 2),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, label)  # fmt: skip
                p.setFont(self._small)
                p.setPen(SUBTLE)
                p.drawText(QRectF(label_rect.left(), band.center().y() + 1, label_rect.width(),
                                  band.height() / 2),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, area)  # fmt: skip
            else:
                p.drawText(label_rect,
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            if not blocks:
                p.setFont(self._small)
                p.setPen(SUBTLE)
                p.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           "  " + self.tr("No units"))  # fmt: skip
                continue
            p.setFont(self._small)
            for b in blocks:
                p.fillRect(b.rect, b.fill)
                if b.hatched:
                    p.fillRect(b.rect, hatch)
                p.setPen(border)
                p.drawLine(b.rect.topRight(), b.rect.bottomRight())
                if b.lines:
                    p.setPen(b.ink)
                    h = small.height()
                    y = b.rect.center().y() - len(b.lines) * h / 2
                    for line in b.lines:
                        p.drawText(QRectF(b.rect.left() + 3, y, b.rect.width() - 5, h),
                                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                   line)  # fmt: skip
                        y += h

    # --- mouse and tooltips
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        u = self.unit_at(event.position())
        if u is not None and u.lease is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            u = self.unit_at(event.position())
            if u is not None and u.lease is not None:
                self.leaseActivated.emit(u.lease.lease_id)
                return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            u = self.unit_at(QPointF(event.pos()))
            if u is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(u), self)
            return True
        return super().event(event)
