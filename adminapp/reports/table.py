"""One report sheet: the header block, the table, its totals, notes and charts.

The table is proper Excel: one bold header row frozen under the header block, an autofilter
over exactly the header and data rows, typed cells with number formats, ``SUBTOTAL`` totals
that follow the filter, text that can never turn into a formula, and column widths fitted to
the content. Rows stream through one reused styled cell per column, so memory stays flat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, islice

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from adminapp.errors import DomainError
from adminapp.i18n import QT_TRANSLATE_NOOP, translate
from adminapp.reports import cell_picture, cells, words
from adminapp.reports.charts import Chart, add_chart
from adminapp.services.context import CENTRE_TZ

CENTRE_NAME = QT_TRANSLATE_NOOP("Reports", "Shanghai Foundation Model Innovation Center")
TIME_ZONE_NAME = QT_TRANSLATE_NOOP("Reports", "Asia/Shanghai")
WIDTH_SAMPLE_ROWS = 1_000  # rows held back to fit column widths before streaming the rest
PROGRESS_EVERY = 1_000

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

Tick = Callable[[int], None]


@dataclass(frozen=True)
class Ratio:
    """A totals cell that divides two other totals, e.g. occupancy = leased / rentable."""

    numerator: str
    denominator: str


@dataclass(frozen=True)
class Column:
    """One table column: ``kind`` is a key of :data:`adminapp.reports.cells.KINDS`."""

    key: str
    header: str
    kind: str = "text"
    # "sum" → SUBTOTAL(109, …), "count" → SUBTOTAL(103, …), or a Ratio of two totals.
    total: str | Ratio | None = None


@dataclass
class Sheet:
    """What a report asks the writer to put on one sheet.

    ``rows`` is consumed once, lazily (a generator over a streamed query); ``row_count`` must
    be known up front for the header block and the progress bar, and is checked at the end.
    """

    name: str
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    row_count: int
    sorted_by: str
    notes: Sequence[str] = ()
    charts: Sequence[Chart] = ()
    # A picture drawn in cells instead of a table (``columns`` and ``rows`` then empty).
    picture: cell_picture.CellPicture | None = None


@dataclass(frozen=True)
class ReportMeta:
    """What the header block of every sheet says about the report."""

    title: str
    as_of: dt.date
    filters: str
    generated_at: dt.datetime
    generated_by: str
    centre_name: str = CENTRE_NAME


@dataclass(frozen=True)
class SheetResult:
    """Where a sheet's table ended up, and its summed columns added up in Python."""

    name: str
    row_count: int
    header_row: int
    first_row: int
    last_row: int
    totals_row: int | None
    totals: dict[str, Decimal] = field(default_factory=dict)


def _styled(ws: WriteOnlyWorksheet, kind: str, *, font: Font | None = None, quote=False):
    cell = WriteOnlyCell(ws)
    cell.number_format = cells.KINDS[kind].number_format
    cell.data_type = cells.KINDS[kind].data_type
    if font is not None:
        cell.font = font
    if quote:
        cell.quotePrefix = True
    return cell


def _one(ws: WriteOnlyWorksheet, kind: str, value: object, *, font: Font | None = None):
    """A single styled cell (header block, headings, totals); ``None`` for nothing."""
    if value is None or value == "":
        return None
    if kind == "text":
        value = cells.clean_text(str(value))
        cell = _styled(ws, kind, font=font, quote=cells.needs_quote_prefix(value))
    elif isinstance(value, str):  # a formula
        cell = _styled(ws, kind, font=font)
        cell.value = value
        return cell
    else:
        cell = _styled(ws, kind, font=font)
    cell._value = cells.excel_date(value) if cells.KINDS[kind].data_type == "d" else value
    return cell


def _title_font() -> Font:
    return words.font(bold=True, size=14)


def _bold() -> Font:
    return words.font(bold=True)


def _centre_name(meta: ReportMeta) -> str:
    """The centre's name; the default one in the language in force."""
    return words.tr(CENTRE_NAME) if meta.centre_name == CENTRE_NAME else meta.centre_name


def _filters_text(meta: ReportMeta) -> str:
    return meta.filters or translate("Reports", "none")


def _header_block(ws, meta: ReportMeta, sheet: Sheet) -> list[list]:
    gen = meta.generated_at.astimezone(CENTRE_TZ).replace(microsecond=0)
    bold = _bold()

    def label(text: str) -> WriteOnlyCell | None:
        return _one(ws, "text", text, font=bold)

    rows = [
        [_one(ws, "text", words.tr(sheet.title), font=_title_font())],
        [label(translate("Reports", "Centre")), _one(ws, "text", _centre_name(meta))],
        [label(translate("Reports", "As of")), _one(ws, "date", meta.as_of)],
        [label(translate("Reports", "Filters")), _one(ws, "text", _filters_text(meta))],
        [label(translate("Reports", "Sorted by")), _one(ws, "text", words.tr(sheet.sorted_by))],
        [
            label(translate("Reports", "Generated at")),
            _one(ws, "datetime", gen),
            _one(ws, "text", words.tr(TIME_ZONE_NAME)),
        ],
        [label(translate("Reports", "Generated by")), _one(ws, "text", meta.generated_by)],
        [label(translate("Reports", "Rows")), _one(ws, "int", sheet.row_count)],
    ]
    return rows + [[]]


def _fit_widths(sheet: Sheet, head: list[Sequence[object]], block: list[list]) -> list[float]:
    widths = []
    for i, col in enumerate(sheet.columns):
        seen = [cells.text_width(words.header(col.header)) + 1]
        seen += [cells.value_width(col.kind, r[i]) for r in head]
        if col.total == "sum" and head:
            # The total can be wider than any value: allow for the largest possible sum.
            biggest = max(abs(Decimal(r[i] or 0)) for r in head)
            seen.append(cells.value_width(col.kind, biggest * max(sheet.row_count, 1)))
        widths.append(seen)
    # Header-block labels sit in A beside a value in B; dates in B must not show as ####.
    widths[0].append(max(cells.text_width(str(r[0].value)) for r in block[1:-1]))
    if len(widths) > 1:
        widths[1].append(19)
    return [cells.fit_width(w) for w in widths]


def write_sheet(ws: WriteOnlyWorksheet, meta: ReportMeta, sheet: Sheet, tick: Tick) -> SheetResult:
    """Write ``sheet`` on ``ws``; ``tick(n)`` is told of every thousand rows and may raise."""
    if sheet.picture is not None:
        return _write_picture(ws, meta, sheet)
    columns = list(sheet.columns)
    rows: Iterator[Sequence[object]] = iter(sheet.rows)
    head = list(islice(rows, WIDTH_SAMPLE_ROWS))
    block = _header_block(ws, meta, sheet)
    for i, width in enumerate(_fit_widths(sheet, head, block), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    header_row = len(block) + 1
    ws.freeze_panes = f"A{header_row + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for row in block:
        ws.append(row)
    heading = []
    bold = _bold()
    for col in columns:
        cell = _one(ws, "text", words.header(col.header), font=bold)
        cell.fill = HEADER_FILL
        heading.append(cell)
    ws.append(heading)

    written, sums = _stream(ws, columns, chain(head, rows), tick)
    if written != sheet.row_count:
        raise DomainError("The records changed while the report was written; export again.")
    first, last = header_row + 1, header_row + written
    last_col = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last}"
    totals_row = _totals(ws, columns, first, last) if any(c.total for c in columns) else None
    if sheet.notes:
        # Below the table, so the frozen block above it stays short enough for a laptop screen.
        ws.append([])
        note_label = translate("Reports", "Note")
        for note in sheet.notes:
            ws.append([_one(ws, "text", note_label, font=bold), _one(ws, "text", words.tr(note))])
    if written:
        for n, chart in enumerate(sheet.charts):
            add_chart(ws, chart, columns, header_row, last, n)
    return SheetResult(ws.title, written, header_row, first, last, totals_row, sums)


def _stream(ws, columns: list[Column], rows: Iterable[Sequence[object]], tick: Tick):
    """The hot loop: one reused styled cell per column, values assigned in place.

    Assigning ``_value`` on a cell whose ``data_type`` was fixed at creation skips openpyxl's
    type sniffing (~20 % of the write time when measured) and, for text, means a value such
    as ``=cmd|...`` is stored as a string and can never be read as a formula.
    """
    plain = [_styled(ws, c.kind) for c in columns]
    quoted = [_styled(ws, c.kind, quote=True) if c.kind == "text" else None for c in columns]
    is_text = [c.kind == "text" for c in columns]
    sum_at = [(i, c.key) for i, c in enumerate(columns) if c.total == "sum"]
    sums: list = [0] * len(sum_at)
    triggers, clean, illegal = cells.FORMULA_TRIGGERS, cells.clean_text, cells.ILLEGAL_XML
    span = range(len(columns))
    append = ws.append
    written = pending = 0
    for values in rows:
        out = []
        for i in span:
            v = values[i]
            if v is None or v == "":
                out.append(None)
                continue
            cell = plain[i]
            if is_text[i]:
                if not isinstance(v, str):
                    v = str(v)
                if v.startswith(triggers):
                    cell = quoted[i]
                if len(v) > cells.MAX_CELL_TEXT or illegal.search(v):
                    v = clean(v)
            cell._value = v
            out.append(cell)
        append(out)
        for j, (i, _key) in enumerate(sum_at):
            if values[i] is not None:
                sums[j] += values[i]
        written += 1
        pending += 1
        if pending == PROGRESS_EVERY:
            tick(pending)
            pending = 0
    tick(pending)
    return written, {key: sums[j] for j, (_i, key) in enumerate(sum_at)}


def _totals(ws, columns: list[Column], first: int, last: int) -> int:
    """A blank row, then the totals row; returns its row number."""
    ws.append([])
    row_no = last + 2
    letters = {c.key: get_column_letter(i) for i, c in enumerate(columns, start=1)}
    out: list = []
    bold = _bold()
    for col in columns:
        letter = letters[col.key]
        if col.total in ("sum", "count"):
            code = 109 if col.total == "sum" else 103
            kind = col.kind if col.total == "sum" else "int"
            # With no data rows the range would be reversed and take in the header; write 0.
            value = f"=SUBTOTAL({code},{letter}{first}:{letter}{last})" if last >= first else 0
            out.append(_one(ws, kind, value, font=bold))
        elif isinstance(col.total, Ratio):
            num = f"{letters[col.total.numerator]}{row_no}"
            den = f"{letters[col.total.denominator]}{row_no}"
            out.append(_one(ws, col.kind, f"=IF({den}=0,0,{num}/{den})", font=bold))
        else:
            out.append(None)
    if out[0] is None:
        out[0] = _one(ws, "text", translate("Reports", "Total"), font=bold)
    ws.append(out)
    return row_no


def _write_picture(ws: WriteOnlyWorksheet, meta: ReportMeta, sheet: Sheet) -> SheetResult:
    """A short header block (values as text, spilling over the narrow grid), then the picture."""
    cell_picture.set_widths(ws)
    gen = meta.generated_at.astimezone(CENTRE_TZ).replace(microsecond=0)
    bold = _bold()

    def label(text: str) -> WriteOnlyCell | None:
        return _one(ws, "text", text, font=bold)

    block = [
        [_one(ws, "text", words.tr(sheet.title), font=_title_font())],
        [label(translate("Reports", "Centre")), _one(ws, "text", _centre_name(meta))],
        [label(translate("Reports", "As of")), _one(ws, "text", meta.as_of.isoformat())],
        [label(translate("Reports", "Filters")), _one(ws, "text", _filters_text(meta))],
        [
            label(translate("Reports", "Generated at")),
            _one(ws, "text", f"{gen:%Y-%m-%d %H:%M:%S} {words.tr(TIME_ZONE_NAME)}"),
        ],
        [label(translate("Reports", "Generated by")), _one(ws, "text", meta.generated_by)],
        [],
    ]
    for row in block:
        ws.append(row)
    first = len(block) + 1
    last = cell_picture.write(ws, sheet.picture, first)
    note_label = translate("Reports", "Note")
    for note in sheet.notes:
        ws.append([label(note_label), _one(ws, "text", words.tr(note))])
    return SheetResult(ws.title, 0, first, first, last, None)
