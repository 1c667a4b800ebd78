"""The one workbook writer every report uses.

A report describes its sheets (:class:`~adminapp.reports.table.Sheet`: columns, a row
generator, the row count, the sort key, charts); this module writes them into one workbook
(openpyxl ``write_only``), reports progress, can be cancelled, and writes to a temporary file
beside the target that is renamed only when complete, so a failure never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from adminapp.errors import DomainError
from adminapp.reports import cells, words
from adminapp.reports.table import ReportMeta, Sheet, SheetResult, write_sheet

ProgressFn = Callable[[int, int], bool | None]


class ReportCancelled(DomainError):  # noqa: N818 - the name the GUI and CLI know it by
    """The user cancelled an export; no file was left behind."""

    def __init__(self) -> None:
        super().__init__("Export cancelled; no file was written.")


def check_target(out_path: str | os.PathLike[str]) -> Path:
    """The resolved output path, or a DomainError saying why it cannot be written."""
    path = Path(out_path).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise DomainError(f"The file name must end with .xlsx: {path.name}", "out_path")
    folder = path.parent.resolve()
    if not folder.is_dir():
        raise DomainError(f"Cannot write {path.name}: folder {folder} does not exist", "out_path")
    if path.is_dir():
        raise DomainError(f"Cannot write {path}: it is a folder", "out_path")
    if not os.access(folder, os.W_OK):
        raise DomainError(f"Cannot write to folder {folder}: permission denied", "out_path")
    return folder / path.name


def write_workbook(
    target: Path, meta: ReportMeta, sheets: Sequence[Sheet], progress: ProgressFn | None = None
) -> list[SheetResult]:
    """Write ``sheets`` to ``target`` (see :func:`check_target`), all or nothing."""
    total = sum(s.row_count for s in sheets)
    tracker = _Progress(progress, total)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".~{target.stem}.", suffix=".tmp", dir=target.parent
        )
        os.close(fd)
    except OSError as exc:
        raise DomainError(f"Cannot write to folder {target.parent}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    wb = Workbook(write_only=True)
    try:
        wb.properties.creator = "Incubator Admin"
        wb.properties.title = words.tr(meta.title)
        _default_font(wb)
        tracker.tick(0)
        results, taken = [], set()
        for sheet in sheets:
            name = cells.safe_sheet_name(words.tr(sheet.name), taken)
            taken.add(name)
            ws = wb.create_sheet(name)
            _cells_only(ws)
            results.append(write_sheet(ws, meta, sheet, tracker.tick))
        wb.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(wb, tmp)
        hint = " (if it is open in Excel, close it and try again)"
        hint = hint if isinstance(exc, PermissionError) and target.exists() else ""
        raise DomainError(
            f"Cannot write {target}: {exc.strerror or exc}{hint}", "out_path"
        ) from exc
    except BaseException:
        _discard(wb, tmp)
        raise
    return results


def _default_font(wb: Workbook) -> None:
    """In a Chinese workbook, a default font with Chinese glyphs (before any cell is made)."""
    font = words.default_font()
    if font is None:
        return
    # Font 0 is what every cell without a font of its own (and the Normal style) shows in.
    wb._fonts = IndexedList([font])
    wb._named_styles["Normal"].font = font


class _Progress:
    def __init__(self, callback: ProgressFn | None, total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def tick(self, n: int) -> None:
        self.done += n
        # Only an explicit False cancels: a callback that forgets to return must not.
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ReportCancelled()


def _cells_only(ws: WriteOnlyWorksheet) -> None:
    """Let ``ws.append`` take our rows as they are.

    Every row this module appends holds only styled cells or ``None``. openpyxl's own
    conversion tries each item as a value first and falls back on an exception, which cost
    ~30 % of a large export (benchmarks/bench_rent_roll.py); this keeps only its placing of the cell. Should openpyxl rename
    the hook, the attribute is simply unused and its (slower) conversion gives the same file.
    """

    def place(values: Iterable[WriteOnlyCell | None], row_idx: int) -> Iterator[WriteOnlyCell]:
        for col_idx, cell in enumerate(values, 1):
            if cell is not None:
                cell.row, cell.column = row_idx, col_idx
                yield cell

    ws._values_to_row = place


def _discard(wb: Workbook, tmp: Path) -> None:
    """Remove the partial file and openpyxl's per-sheet temporary files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        # Close the sheet (rows, then the stream) in order, or lxml objects to the half tree.
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()
    tmp.unlink(missing_ok=True)
