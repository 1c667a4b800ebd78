"""The search box in the main window's toolbar (Ctrl+K): find anything, open it.

Typing searches the database (``adminapp.services.search``) after a short pause; the results
drop down below the box grouped by kind. Up/Down move through them, Enter (or a click) opens the
record on its page, Escape closes the list. Only kinds whose page the user may see are searched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from adminapp.errors import DomainError
from adminapp.services import search
from adminapp.services.context import AppContext
from ui.models import display as d

SEARCH_DELAY_MS = 150
ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
# Each kind of hit opens on this page, which shows it given this target (Page.show_target).
PAGE_OF = {
    "company": "companies",
    "unit": "units",
    "lease": "leases",
    "application": "financing",
    "booking": "consultations",
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def target_of(hit: search.Hit) -> tuple[str, object]:
    """(page name, target) that shows ``hit``."""
    if hit.kind in ("company", "unit", "lease"):
        return PAGE_OF[hit.kind], (hit.kind, hit.id, hit.title)
    return PAGE_OF[hit.kind], (hit.kind, hit.id)


class GlobalSearch(QLineEdit):
    # (page name, target): MainWindow.navigate
    openRequested = Signal(str, object)  # noqa: N815 - Qt signal names

    def __init__(
        self, ctx: AppContext, allowed: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = allowed
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find anything (Ctrl+K)"))
        self.setToolTip(
            self.tr(
                "Companies, units, leases, applications and bookings by name, code or reference"
            )
        )
        self.setMinimumWidth(160)  # the window still fits an 800-pixel screen
        self.setMaximumWidth(340)
        self.titles = {
            "company": self.tr("Companies"),
            "unit": self.tr("Units"),
            "lease": self.tr("Leases"),
            "application": self.tr("Applications"),
            "booking": self.tr("Bookings"),
        }
        self.results = QListWidget()
        self.results.setObjectName("globalSearchResults")
        # A tool-tip window: it shows above everything and never takes the keyboard focus.
        self.results.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.results.setIconSize(QSize(18, 18))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setStyleSheet("QListWidget { border: 1px solid #9aa5b1; }")
        self.results.itemClicked.connect(self._open_item)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textChanged.connect(self._text_changed)
        self.installEventFilter(self)
        self.hits: list[search.Hit] = []

    # --- opening and closing
    def open_popup(self) -> None:
        """Ctrl+K: focus the box (its text selected) and show what it found last."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.hits:
            self._show_results()

    def close_popup(self) -> None:
        self.results.hide()

    def is_open(self) -> bool:
        return self.results.isVisible()

    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k in search.KINDS if self.allowed(PAGE_OF[k]))

    # --- searching
    def _text_changed(self, text: str) -> None:
        # Each change (typing, pasting, setText) restarts the pause.
        self._timer.start()
        if not text.strip():
            self.hits = []
            self.results.clear()
            self.close_popup()

    def run_search(self) -> None:
        self._timer.stop()
        try:
            self.hits = search.search(self.ctx, self.text(), kinds=self.kinds())
        except DomainError:
            self.hits = []
        self._fill()
        if self.text().strip():
            self._show_results()

    def _fill(self) -> None:
        r = self.results
        r.clear()
        bold = QFont(r.font())
        bold.setBold(True)
        kind = None
        for hit in self.hits:
            if hit.kind != kind:
                kind = hit.kind
                header = QListWidgetItem(self.titles[kind])
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setFont(bold)
                r.addItem(header)
            item = QListWidgetItem(self._icon(hit.kind), f"{hit.title}\n{self.subtitle(hit)}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(self.subtitle(hit))
            r.addItem(item)
        if not self.hits:
            none = QListWidgetItem(self.tr("Nothing found"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            r.addItem(none)
        self._move(1, start=-1)

    def subtitle(self, hit: search.Hit) -> str:
        """The line under a hit's title, in the user's language."""
        x = hit.details
        if hit.kind == "unit":
            parts = [d.floor_label(x[0]), x[1] or self.tr("vacant")]
        elif hit.kind == "lease":
            parts = [x[0], f"{x[1]} – {x[2]}", d.status_label(hit.status)]
        elif hit.kind == "application":
            parts = [*x, d.application_status_label(hit.status)]
        elif hit.kind == "booking":
            parts = [*x, d.booking_status_label(hit.status)]
        else:
            parts = list(x)
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _icon(kind: str) -> QIcon:
        path = ICONS / f"{PAGE_OF[kind]}.svg"
        return QIcon(str(path)) if path.exists() else QIcon()

    def _show_results(self) -> None:
        r = self.results
        rows = max(r.count(), 1)
        height = sum(r.sizeHintForRow(i) for i in range(rows)) + 2 * r.frameWidth() + 4
        # As wide as the longest hit (a long Chinese company name with its programme), within
        # reason: never narrower than the box or 420 px, never wider than 680 px.
        widest = (
            r.sizeHintForColumn(0) + 2 * r.frameWidth() + r.verticalScrollBar().sizeHint().width()
        )
        width = max(self.width(), 420, min(widest, 680))
        r.resize(width, min(height, 560))
        below = self.mapToGlobal(QPoint(self.width() - width, self.height() + 2))
        r.move(max(below.x(), 0), below.y())
        r.show()
        r.raise_()

    # --- keyboard
    def selected_hit(self) -> search.Hit | None:
        item = self.results.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def _move(self, step: int, start: int | None = None) -> None:
        r = self.results
        row = r.currentRow() if start is None else start
        for _ in range(r.count()):
            row += step
            if not 0 <= row < r.count():
                return
            if r.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                r.setCurrentRow(row)
                return

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self._timer.isActive():
                    self.run_search()
                elif not self.is_open() and self.hits:
                    self._show_results()
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter before the pause ended: search first
                    self.run_search()
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.is_open():
                    self.close_popup()
                else:
                    self.clear()
                return True
        elif obj is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._close_unless_focused)
        return super().eventFilter(obj, event)

    def _close_unless_focused(self) -> None:
        if not self.hasFocus():
            self.close_popup()

    # --- opening a record
    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(HIT_ROLE) is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is None:
            return
        page, target = target_of(hit)
        if not self.allowed(page):
            return
        self.close_popup()
        self.openRequested.emit(page, target)
