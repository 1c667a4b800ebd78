"""Column sizing shared by the pages' table views."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from ui.models.table import RowsTableModel

FIT_ROWS = 60  # rows measured when sizing columns


def fit_columns(view: QTableView, model: RowsTableModel, stretch: int | None = None) -> bool:
    """Size columns to the first rows' texts, each at most its ``Column.width``.

    Measured from the formatted texts: ``resizeColumnsToContents`` asks the model for every
    role of every cell and took longer than the query. ``stretch`` takes the spare width (else
    the last column does) when every column fits. Returns whether there were rows to measure.
    """
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    last = len(model.columns) - 1
    stretch_at = last if stretch is None else stretch
    widths = []
    for i, column in enumerate(model.columns):
        texts = model.cell_texts(i, FIT_ROWS)
        content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 14
        widths.append(max(header.sectionSizeHint(i), min(content, column.width)))
    # The stretch column takes the spare width; when there is none (a narrow window), it
    # keeps its own width like the others and the table scrolls, rather than being squeezed
    # to a few pixels.
    fits = sum(widths) <= view.viewport().width()
    for i, width in enumerate(widths):
        if i == stretch_at and fits:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(i, width)
    return model.rowCount() > 0
