"""Table models over plain row dataclasses.

``RowsTableModel`` shows a list it is given (small lists: the dashboard). ``PagedTableModel``
asks a service for one page at a time (``canFetchMore``/``fetchMore``); search, filters and
header sorting go back to the service, which does them in SQL.

Cell texts are formatted once per row when a page arrives, so ``data()`` is a tuple lookup; it
returns ``None`` only for roles a column does not use (see shared/ENVIRONMENT.md on PySide6
6.12 and ``None``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from adminapp.services.listing_sql import PAGE_SIZE, ListQuery

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None  # the service's sort key; None: not sortable
    numeric: bool = False
    width: int = 110
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None


class RowsTableModel(QAbstractTableModel):
    """A read-only table of row objects, each identified by its ``id_attr`` attribute."""

    id_attr = "id"

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._align = tuple(_RIGHT if c.numeric else _LEFT for c in self.columns)

    # --- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: plain ints, most
        # frequent role first.
        r = index.row()
        if r < 0:
            return None
        if role == _DISPLAY:
            return self._cells[r][index.column()]
        if role == _ALIGN:
            return self._align[index.column()]
        if role == _FOREGROUND:
            colour = self.columns[index.column()].colour
            return colour(self._rows[r]) if colour else None
        if role == _TOOLTIP:
            c = index.column()
            tip = self.columns[c].tooltip
            return tip(self._rows[r]) if tip else self._cells[r][c]
        if role == ROW_ID_ROLE:
            return getattr(self._rows[r], self.id_attr)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].title
            return str(section + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return self._align[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            # Sorting is done by the database on indexed columns only; say so, not silently.
            if self.columns[section].sort_key is None:
                return QCoreApplication.translate("TableModel", "This column cannot be sorted")
            return QCoreApplication.translate("TableModel", "Click to sort")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- rows
    def _format(self, row: Any) -> tuple[str, ...]:
        return tuple(c.text(row) for c in self.columns)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._format(r) for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def cell_texts(self, column: int, rows: int) -> list[str]:
        """The texts of the first ``rows`` cells of ``column`` (for sizing columns)."""
        return [cells[column] for cells in self._cells[:rows]]

    def row_id(self, row: int) -> int:
        return getattr(self._rows[row], self.id_attr)

    def row_of_id(self, row_id: int) -> int:
        """The row showing ``row_id`` among those loaded, or -1."""
        for i, r in enumerate(self._rows):
            if getattr(r, self.id_attr) == row_id:
                return i
        return -1

    def column_of(self, sort_key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.sort_key == sort_key:
                return i
        return -1


class PagedTableModel(RowsTableModel):
    """Rows fetched from a service a page at a time, filtered and sorted in SQL.

    Subclasses set ``fetch`` (``list_X``) and ``count`` (``count_X``). Nothing is queried
    until the first ``reload()``; until then ``sort()`` and the setters only record the query.
    """

    loaded = Signal()  # after a reload or a further page
    sortRejected = Signal()  # noqa: N815 - a header asked for a column SQL cannot sort by

    keyset = False  # continue with ``after_id`` (leases) instead of ``offset``
    count_cap: int | None = None

    def __init__(
        self,
        ctx: Any,
        columns: Sequence[Column],
        default_sort: str,
        descending: bool = False,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.ctx = ctx
        self.query = ListQuery(sort=default_sort, descending=descending, limit=page_size)
        self._more = False
        self._active = False
        self._total: int | None = None

    def fetch(self, ctx: Any, q: ListQuery) -> list[Any]:
        raise NotImplementedError

    def count(self, ctx: Any, q: ListQuery) -> int:
        raise NotImplementedError

    # --- the query
    def set_query(self, **changes: Any) -> None:
        """Change the search, filters, sort or date and (once active) reload."""
        changes.update(offset=0, after_id=None)
        new = dataclasses.replace(self.query, **changes)
        if new == self.query and self._active:
            return
        self.query = new
        if self._active:
            self.reload()

    def set_search(self, text: str) -> None:
        self.set_query(search=text.strip())

    def set_filter(self, key: str, value: Any) -> None:
        filters = dict(self.query.filters)
        if value is None or value == "":
            filters.pop(key, None)
        else:
            filters[key] = value
        self.set_query(filters=filters)

    def reload(self) -> None:
        """Start again from the first page with the current query."""
        self._active = True
        self._total = None
        rows = self.fetch(self.ctx, dataclasses.replace(self.query, offset=0, after_id=None))
        self._more = len(rows) >= self.query.limit
        self.set_rows(rows)
        self.loaded.emit()

    @property
    def is_active(self) -> bool:
        return self._active

    def total(self) -> tuple[int, bool]:
        """(rows matching, whether counting stopped at ``count_cap``) — counted once per load."""
        if self._total is None:
            if not self._more:
                self._total = len(self._rows)
            else:
                self._total = self.count(self.ctx, self.query)
        capped = self.count_cap is not None and self._total >= self.count_cap
        return self._total, capped

    # --- Qt: fetch on scroll
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        if self.keyset and self._rows:
            q = dataclasses.replace(self.query, offset=len(self._rows), after_id=self._rows[-1].id)
        else:
            q = dataclasses.replace(self.query, offset=len(self._rows), after_id=None)
        rows = self.fetch(self.ctx, q)
        self._more = len(rows) >= self.query.limit
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend(self._format(r) for r in rows)
            self.endInsertRows()
        self.loaded.emit()

    # --- Qt: header sorting, done by the service
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            self.sortRejected.emit()
            return
        self.set_query(
            sort=self.columns[column].sort_key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def sort_column(self) -> int:
        return self.column_of(self.query.sort)

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        )
