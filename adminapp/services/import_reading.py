"""Reading an import workbook safely: the file's guards, then each sheet's rows as values.

A file that is not a workbook, is password-protected, is too big or cannot be parsed raises a
``DomainError`` saying so; problems of single cells (a formula without a saved result, a
merged range, a date that is no date) become ``Problem`` rows for the staff member to fix.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adminapp.errors import DomainError
from adminapp.services.import_sheets import (
    CHOICES,
    CONVERT,
    SheetSpec,
    match_header,
    match_sheet,
    to_choice,
)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_UNZIPPED = 400 * 1024 * 1024  # a zip bomb expands far beyond its 20 MB
HEADER_SEARCH_ROWS = 5  # headers may sit under a title row or two
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXCEL_ERRORS = {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"}
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')

Progress = Callable[[int, int], bool]


class ImportCancelled(DomainError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int  # the spreadsheet's row number (1 = the first row); 0 for the file as a whole
    column: str  # the header as written in the file (or the expected one when missing)
    message: str


@dataclass
class SheetRows:
    spec: SheetSpec
    title: str  # as named in the file
    header_row: int
    headers: dict[str, str] = field(default_factory=dict)  # column key → header as written
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row, key → value)
    shown: list[tuple[int, list[str]]] = field(default_factory=list)  # (row, cells as text)
    bad_rows: set[int] = field(default_factory=set)

    def header(self, key: str) -> str:
        return self.headers.get(key) or self.spec.column(key).header


def check_file(path: Path) -> None:
    """Refuse what is not a readable .xlsx of a sane size before parsing any of it."""
    name = path.name
    if not path.is_file():
        raise DomainError(f"{name} does not exist or is not a file", "path")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DomainError(
            f"{name} is {size / 1024 / 1024:.0f} MB; files over {MAX_BYTES // 1024 // 1024} MB "
            "are refused (split it into smaller workbooks)",
            "path",
        )
    with path.open("rb") as f:
        head = f.read(8)
    if head == OLE_SIGNATURE:
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise DomainError(
                f"{name} is password-protected: open it in Excel, remove the password "
                "(File → Info → Protect Workbook) and save it again",
                "path",
            )
        raise DomainError(f"{name} is an old .xls workbook: save it as .xlsx in Excel", "path")
    if not zipfile.is_zipfile(path):
        raise DomainError(f"{name} is not an Excel workbook (.xlsx)", "path")
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            unzipped = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DomainError(f"{name} is not an Excel workbook (.xlsx): {exc}", "path") from exc
    if "xl/workbook.xml" not in names:
        raise DomainError(f"{name} is a zip file but not an Excel workbook (.xlsx)", "path")
    if unzipped > MAX_UNZIPPED:
        raise DomainError(f"{name} expands to more than {MAX_UNZIPPED >> 20} MB: refused", "path")


def _merged_ranges(archive: zipfile.ZipFile, sheet_path: str) -> list[tuple[str, int, int]]:
    """(ref, first row, last row) of the sheet's merged ranges (read-only mode hides them)."""
    try:
        xml = archive.read(sheet_path.lstrip("/"))
    except KeyError:
        return []
    found = []
    for m in _MERGE.finditer(xml):
        c1, r1, c2, r2 = (g.decode() if g else "" for g in m.groups())
        ref = f"{c1}{r1}:{c2}{r2}" if c2 else f"{c1}{r1}"
        found.append((ref, int(r1), int(r2 or r1)))
    return found


def read_sheets(path: Path, progress: Progress | None = None) -> tuple[list[SheetRows], list]:
    """Every visible sheet named Companies, Units or Leases (English or Chinese), parsed."""
    from openpyxl import load_workbook

    check_file(path)
    try:
        values = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise DomainError(
            f"{path.name} could not be read as an Excel workbook: {exc}", "path"
        ) from exc
    problems: list[Problem] = []
    sheets: list[SheetRows] = []
    try:
        with zipfile.ZipFile(path) as archive:
            seen: dict[str, str] = {}
            for ws, wf in zip(values.worksheets, formulas.worksheets, strict=True):
                spec = match_sheet(ws.title)
                if spec is None or ws.sheet_state != "visible":
                    continue
                if spec.key in seen:
                    problems.append(Problem(ws.title, 0, "", f"A second {spec.title} sheet "
                                            f"(the first is {seen[spec.key]}); keep one"))  # fmt: skip
                    continue
                seen[spec.key] = ws.title
                if (ws.max_row or 0) > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _too_many(path, ws.title)
                sheet = _read_sheet(ws, wf, spec, problems, progress, path)
                for ref, first, last in _merged_ranges(archive, ws._worksheet_path):
                    if last >= sheet.header_row:
                        problems.append(Problem(ws.title, first, ref, f"Cells {ref} are merged; "
                                                "unmerge them and fill in every row"))  # fmt: skip
                        sheet.bad_rows.update(range(first, last + 1))
                sheets.append(sheet)
    except DomainError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed sheet must not crash the app
        raise DomainError(f"{path.name} could not be read: {exc}", "path") from exc
    finally:
        values.close()
        formulas.close()
    if not sheets:
        raise DomainError(
            f"{path.name} has no sheet named Companies, Units or Leases (公司, 单元, 租约): "
            "save the template (Save template…) to see the expected layout",
            "path",
        )
    if not problems and not any(s.rows for s in sheets):
        raise DomainError(f"{path.name} has no rows to import", "path")
    return sheets, problems


def _too_many(path: Path, title: str) -> DomainError:
    return DomainError(
        f"{path.name}: sheet {title} has more than {MAX_ROWS:,} rows; "
        "split it into smaller workbooks",
        "path",
    )


def _find_header(rows: list[tuple], spec: SheetSpec) -> int:
    """The index (among the first rows) of the row that names the most known columns."""
    best, best_count = 0, 0
    for i, row in enumerate(rows):
        count = len({match_header(spec, v) for v in row if v is not None} - {None})
        if count > best_count:
            best, best_count = i, count
    return best


def _read_sheet(ws, wf, spec: SheetSpec, problems: list, progress, path: Path) -> SheetRows:  # noqa: ANN001, C901, PLR0912
    rows = zip(ws.iter_rows(values_only=True), wf.iter_rows(values_only=True), strict=False)
    first = [next(rows, None) for _ in range(HEADER_SEARCH_ROWS)]
    first = [r for r in first if r is not None]
    h = _find_header([r[0] for r in first], spec) if first else 0
    sheet = SheetRows(spec, ws.title, h + 1)
    index: dict[str, int] = {}
    for i, text in enumerate(first[h][0] if first else ()):
        key = match_header(spec, text) if text is not None else None
        if key is None:
            continue
        if key in index:
            problems.append(Problem(ws.title, h + 1, str(text), f"Two columns mean "
                                    f"{spec.column(key).header}; keep one"))  # fmt: skip
            continue
        index[key] = i
        sheet.headers[key] = str(text).strip()
    for column in spec.columns:
        if column.required and column.key not in index:
            problems.append(Problem(ws.title, h + 1, column.header, f"Missing column "
                                    f"{column.header} ({column.chinese})"))  # fmt: skip
    if spec.key == "leases" and not {"rent_month", "rent_day"} & set(index):
        column = spec.column("rent_month")
        problems.append(Problem(ws.title, h + 1, column.header,
                                f"Missing column {column.header} ({column.chinese})"))  # fmt: skip
    order = sorted(index.items(), key=lambda kv: kv[1])
    seen: dict[tuple, int] = {}
    count = 0
    for number, (vals, forms) in enumerate(_chain(first[h + 1 :], rows), start=h + 2):
        count += 1
        if count > MAX_ROWS:
            raise _too_many(path, ws.title)
        if progress and count % 200 == 0 and not progress(count, 0):
            raise ImportCancelled("Import cancelled; nothing was written")
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in vals):
            continue
        identity = tuple(str(vals[i]) if i < len(vals) else "None" for _k, i in order)
        if identity in seen:  # a repeated row: say so once, not each of its cells again
            problems.append(Problem(ws.title, number, "", f"Same as row {seen[identity]}"))
            sheet.bad_rows.add(number)
            sheet.rows.append((number, {}))
            sheet.shown.append(
                (number, [_as_text(vals[i] if i < len(vals) else None) for _k, i in order])
            )
            continue
        seen[identity] = number
        parsed: dict[str, Any] = {}
        shown: list[str] = []
        for key, i in order:
            raw = vals[i] if i < len(vals) else None
            formula = forms[i] if forms is not None and i < len(forms) else None
            header = sheet.headers[key]
            if isinstance(raw, str) and not raw.strip():
                raw = None
            shown.append(_as_text(raw))
            problem = ""
            if raw is None and isinstance(formula, str) and formula.startswith("="):
                problem = (f"Formula {formula} has no saved result; open the file in Excel, "
                           "save it, and import again (or type the value)")  # fmt: skip
            elif isinstance(raw, str) and raw.strip() in EXCEL_ERRORS:
                problem = f"The cell shows the error {raw.strip()}"
            elif raw is None:
                if spec.column(key).required:
                    problem = f"{spec.column(key).header} is required"
                parsed[key] = None
            else:
                value, problem = CONVERT[spec.column(key).kind](raw)
                if key in CHOICES and not problem:
                    value = to_choice(value, CHOICES[key])
                parsed[key] = value
            if problem:
                problems.append(Problem(ws.title, number, header, problem))
                sheet.bad_rows.add(number)
        sheet.rows.append((number, parsed))
        sheet.shown.append((number, shown))
    return sheet


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


def _chain(first: list, rest):  # noqa: ANN001, ANN202
    yield from first
    yield from rest
