"""Bar charts on a report sheet, drawn from the sheet's own table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumFmt, StrRef
from openpyxl.utils import get_column_letter

from adminapp.reports import words

if TYPE_CHECKING:
    from adminapp.reports.table import Column

CHART_WIDTH_CM = 18
CHART_HEIGHT_CM = 9
CHART_ROWS = 20  # rows a chart covers at the default row height, to stack charts


@dataclass(frozen=True)
class Chart:
    title: str
    category: str  # key of the column holding the labels
    values: tuple[str, ...]  # keys of the columns to plot, one series each
    y_title: str = ""
    y_format: str | None = None  # e.g. "0%" for a rate
    y_max: float | None = None
    x_format: str | None = None  # e.g. "yyyy-mm" when the categories are dates
    stacked: bool = False  # one bar per category, the series stacked (e.g. sessions by status)


def add_chart(ws, chart: Chart, columns: Sequence[Column], header_row: int, last_row: int, n: int):
    """Put ``chart`` to the right of the table, below any chart already there."""
    index = {c.key: i for i, c in enumerate(columns, start=1)}
    bar = BarChart()
    bar.type = "col"
    bar.title = words.tr(chart.title)
    if chart.stacked:
        bar.grouping, bar.overlap = "stacked", 100
    bar.width, bar.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    for key in chart.values:
        ref = Reference(ws, min_col=index[key], min_row=header_row, max_row=last_row)
        bar.add_data(ref, titles_from_data=True)
    cats = Reference(ws, min_col=index[chart.category], min_row=header_row + 1, max_row=last_row)
    category_kind = columns[index[chart.category] - 1].kind
    if category_kind == "text":
        for series in bar.series:
            series.cat = AxDataSource(strRef=StrRef(f=str(cats)))
    else:
        bar.set_categories(cats)
    bar.y_axis.title = words.tr(chart.y_title) if chart.y_title else None
    if chart.y_format:
        bar.y_axis.numFmt = NumFmt(formatCode=chart.y_format, sourceLinked=False)
    if chart.x_format:
        bar.x_axis.numFmt = NumFmt(formatCode=chart.x_format, sourceLinked=False)
    bar.y_axis.scaling.min = 0
    if chart.y_max is not None:
        bar.y_axis.scaling.max = chart.y_max
    # openpyxl 3.1 marks axes deleted by default; Excel would then draw no labels.
    bar.x_axis.delete = False
    bar.y_axis.delete = False
    if len(chart.values) == 1:
        bar.legend = None
    anchor = f"{get_column_letter(len(columns) + 2)}{header_row + n * CHART_ROWS}"
    ws.add_chart(bar, anchor)
