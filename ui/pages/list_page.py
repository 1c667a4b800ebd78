"""The shape shared by the Units, Companies and Leases pages.

A search box (debounced, queried in SQL) and filter combos above a table over a paged model,
with a detail panel beside it in a splitter. Header clicks sort in SQL; columns SQL cannot sort
by leave the order as it was. When nothing matches, the table says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp.errors import DomainError
from adminapp.services import listing
from adminapp.services.context import AppContext
from ui.models import display as d
from ui.models.table import PagedTableModel
from ui.pages.base import Page
from ui.pages.detail_html import DETAIL_CSS, esc
from ui.pages.tables import fit_columns
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.lazy_combo import LazyComboBox

SEARCH_DELAY_MS = 150


class ListPage(Page):
    """Subclasses create ``self.model`` before calling ``build()`` and add filter widgets."""

    model: PagedTableModel
    noun_one = ""
    noun_many = ""

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self._selected_id: int | None = None
        self._fitted = False
        self._detail_shown: int | None = -1  # -1: nothing shown yet
        self._detail_stale = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.addWidget(self.search, 1)

    def build(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.view.setSortingEnabled(True)  # the model sorts in SQL (it only records until loaded)
        self.model.sortRejected.connect(self._restore_sort_indicator)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(self.view.viewport().mapToGlobal(pos))
        )
        self.view.doubleClicked.connect(lambda _index: self.request("edit"))
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.model.loaded.connect(self._update_empty_state)
        self.model.modelReset.connect(self._after_reset)

        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        self.empty_label.hide()

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(200)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 270])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.show_detail(None)

    def add_filter(self, label: str, widget: QWidget) -> None:
        """Add a filter after the search box (call after ``build()``)."""
        index = self.filter_bar.count()
        if isinstance(widget, QComboBox):
            # Compact when the window is narrow; the popup still shows whole names.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(9)
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.filter_bar.insertWidget(index, caption)
            index += 1
        self.filter_bar.insertWidget(index, widget)

    def connect_combo(self, combo: QComboBox, key: str) -> None:
        combo.currentIndexChanged.connect(lambda _i: self.set_filter(key, combo.currentData()))

    # --- loading
    def load(self) -> None:
        self._detail_stale = True  # a refresh: the selected record may have changed
        for combo in self.findChildren(LazyComboBox):
            combo.invalidate()
        self.model.reload()
        if not self._fitted:
            self._fit_columns()

    # The column that takes (or gives up) the spare width; None: the last one.
    stretch_column: int | None = None

    def _fit_columns(self) -> None:
        self._fitted = fit_columns(self.view, self.model, self.stretch_column)

    def floor_combo_box(self) -> LazyComboBox:
        """A floor filter, filled when first opened (floors change seldom; units signal it)."""

        def floors() -> list[tuple[str, int]]:
            choices = listing.list_floor_choices(self.ctx)
            several = len({f.building_id for f in choices}) > 1
            return [
                (
                    f"{f.building_name} · {d.floor_label(f.label)}"
                    if several
                    else d.floor_label(f.label),
                    f.id,
                )
                for f in choices
            ]

        combo = LazyComboBox(self.tr("All floors"), floors)
        self.signals.unitsChanged.connect(combo.invalidate)
        return combo

    def set_filter(self, key: str, value: Any) -> None:
        self.model.set_filter(key, value)

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    def _after_reset(self) -> None:
        # Every reload (search, filter, header sort, refresh) keeps the selected record.
        self._update_empty_state()
        self._reselect(self._selected_id)

    def _reselect(self, row_id: int | None) -> None:
        row = self.model.row_of_id(row_id) if row_id is not None else -1
        selection = self.view.selectionModel()
        if row >= 0:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.show_detail(row_id)
        else:
            self._selected_id = None
            self.show_detail(None)
        self.selectionChanged.emit()

    def _restore_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(blocked)

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0 and self.model.is_active
        if empty:
            filtered = bool(self.model.query.search or self.model.query.active_filters())
            self.empty_label.setText(self.empty_text(filtered))
            self._place_empty_label()
        self.empty_label.setVisible(empty)
        self.statusChanged.emit()

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nothing matches the search and filters.")
        return self.tr("Nothing here yet. Use New to add the first one.")

    def _place_empty_label(self) -> None:
        r = self.view.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_label.setGeometry(r.x(), r.y(), r.width(), min(r.height(), 120))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # The event's type first: while the window is torn down the view may already be gone
        # when its viewport's last events arrive, and touching it then crashes the app.
        kind = event.type()
        if kind == QEvent.Type.Resize and obj is self.view.viewport():
            self._place_empty_label()
        elif (
            kind == QEvent.Type.KeyPress
            and obj is self.view
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.request("edit")
            return True
        return super().eventFilter(obj, event)

    # --- selection and detail
    def _on_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._selected_id = self.model.row_id(rows[0].row()) if rows else None
        try:
            self.show_detail(self._selected_id)
        finally:
            # The actions follow the selection even when the detail could not be shown.
            self.selectionChanged.emit()

    def selected_row(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows() if self._loaded else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, row_id: int) -> bool:
        """Select the row showing ``row_id`` if it is loaded."""
        self._reselect(row_id)
        return self._selected_id == row_id

    def show_record(self, row_id: int, text: str) -> None:
        """Select ``row_id``, searching for ``text`` (its code or name) if it is not loaded."""
        if not self._loaded:
            self.refresh()
        if self.select_id(row_id):
            return
        self.search.setText(text)
        self._search_timer.stop()
        self._apply_search()
        self.select_id(row_id)

    def show_detail(self, row_id: int | None) -> None:
        if row_id is not None and row_id == self._detail_shown and not self._detail_stale:
            return  # the same record after a search or sort: its details have not changed
        self._detail_stale = False
        if row_id is None:
            if self._detail_shown is None:
                return
            self._detail_shown = None
            hint = self.tr("Select a row to see its details.")
            self.detail.setHtml(DETAIL_CSS + f"<p class='sub'>{esc(hint)}</p>")
            return
        try:
            body = self.detail_html(row_id)
        except DomainError as exc:  # e.g. deleted at another workstation since the list loaded
            body = f"<p class='sub'>{esc(str(exc))}</p>"
        except Exception:
            self._detail_shown = None
            failed = self.tr("The details could not be shown.")
            self.detail.setHtml(DETAIL_CSS + f"<p class='sub'>{esc(failed)}</p>")
            raise  # to the app's error hook, which logs and reports it
        self._detail_shown = row_id
        self.detail.setHtml(DETAIL_CSS + body)

    def detail_html(self, row_id: int) -> str:
        raise NotImplementedError

    # --- page interface
    def status_text(self) -> str:
        if not self.model.is_active:
            return ""
        total, capped = self.model.total()
        shown = self.model.rowCount()
        many = f"{total:,}+" if capped else f"{total:,}"
        noun = self.noun_one if total == 1 and not capped else self.noun_many
        if shown < total or capped:
            text = self.tr("Showing %1 of %2 %3").replace("%1", f"{shown:,}")
            return text.replace("%2", many).replace("%3", noun)
        return self.tr("%1 %2").replace("%1", many).replace("%2", noun)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def can(self, action: str) -> bool:
        if action in ("new", "refresh"):
            return True
        if action == "edit":
            return self.selected_row() is not None
        return False

    def save_state(self) -> None:
        self.settings.set_splitter_state(self.name, self.splitter.saveState())

    def restore_state(self) -> None:
        state = self.settings.splitter_state(self.name)
        if not state.isEmpty():
            self.splitter.restoreState(state)

    def remember_selection(self, row_id: int | None) -> None:
        """Select ``row_id`` after the next reload (a record just saved)."""
        self._selected_id = row_id
