"""A picture drawn in cells: rows of coloured boxes, each some columns wide, and a legend.

The stacking plan goes into the ``occupancy`` workbook this way (openpyxl only, no image
library and no Qt): one band of two rows per floor (unit codes, then tenants), every unit a
run of narrow filled cells as wide as its share of the floor, its text in the first cell (it
spills over the empty cells of its own box). Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from adminapp.i18n import translate
from adminapp.reports import cells, words

GRID_COLUMNS = 100  # the widest band
GRID_WIDTH = 1.6  # characters per grid column
LABEL_WIDTH = 14
SEPARATOR = Side(style="medium", color="FFFFFF")


@dataclass(frozen=True)
class Box:
    code: str
    caption: str  # the second line: the tenant, or "vacant"
    fill: str  # "#rrggbb"
    share: float  # of the band, 0..1


@dataclass(frozen=True)
class Band:
    label: str
    sublabel: str
    boxes: Sequence[Box]


@dataclass(frozen=True)
class CellPicture:
    bands: Sequence[Band]
    legend: Sequence[tuple[str, str]]  # (words, "#rrggbb")
    caption: str = ""


def spans(shares: Sequence[float], total: int = GRID_COLUMNS) -> list[int]:
    """Whole columns for each share (at least one each) adding up to ``total`` where possible."""
    if not shares:
        return []
    widths = [max(1, round(s * total)) for s in shares]
    while sum(widths) > total and max(widths) > 1:
        widths[widths.index(max(widths))] -= 1
    while sum(widths) < total:
        widths[widths.index(max(widths))] += 1
    return widths


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _light(colour: str) -> bool:
    c = _hex(colour)
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    return 0.299 * r + 0.587 * g + 0.114 * b > 150


def _text(ws: WriteOnlyWorksheet, value: str, font: Font | None = None) -> WriteOnlyCell:
    value = cells.clean_text(value)
    cell = WriteOnlyCell(ws)
    cell.data_type = "s"
    cell.number_format = cells.FMT_TEXT
    if cells.needs_quote_prefix(value):
        cell.quotePrefix = True
    cell._value = value
    if font is not None:
        cell.font = font
    return cell


def set_widths(ws: WriteOnlyWorksheet) -> None:
    """Column widths: a label column, then the grid (before any row is written)."""
    ws.column_dimensions["A"].width = LABEL_WIDTH
    for i in range(2, GRID_COLUMNS + 2):
        ws.column_dimensions[get_column_letter(i)].width = GRID_WIDTH


def write(ws: WriteOnlyWorksheet, picture: CellPicture, first_row: int) -> int:
    """Append the picture from row ``first_row``; returns the last row written."""
    row = first_row
    bold, small = words.font(bold=True), words.font(size=8)
    small_light = words.font(size=8, color="FFFFFF")
    if picture.caption:
        ws.append([_text(ws, picture.caption, bold)])
        row += 1
    fills: dict[str, PatternFill] = {}
    for band in picture.bands:
        codes: list = [_text(ws, band.label, bold)]
        names: list = [_text(ws, band.sublabel, small)]
        for box, width in zip(band.boxes, spans([b.share for b in band.boxes]), strict=True):
            fill = fills.setdefault(box.fill, PatternFill("solid", fgColor=_hex(box.fill)))
            font = small if _light(box.fill) else small_light
            for i in range(width):
                top = _text(ws, box.code, font) if i == 0 else WriteOnlyCell(ws)
                bottom = (
                    _text(ws, box.caption, font) if i == 0 and box.caption else WriteOnlyCell(ws)
                )
                for cell in (top, bottom):
                    cell.fill = fill
                    cell.alignment = Alignment(vertical="center")
                    if i == 0:
                        cell.border = Border(left=SEPARATOR)
                codes.append(top)
                names.append(bottom)
        ws.row_dimensions[row].height = 16
        ws.row_dimensions[row + 1].height = 14
        ws.row_dimensions[row + 2].height = 5
        ws.append(codes)
        ws.append(names)
        ws.append([])
        row += 3
    ws.append([])
    ws.append([_text(ws, translate("Reports", "Legend"), bold)])
    row += 2
    for text, colour in picture.legend:
        swatch = WriteOnlyCell(ws)
        swatch.fill = fills.setdefault(colour, PatternFill("solid", fgColor=_hex(colour)))
        ws.append([None, swatch, None, _text(ws, text)])
        row += 1
    return row - 1
