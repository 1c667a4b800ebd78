"""The shared workbook writer: safe text and names, progress and cancel, all-or-nothing files."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from adminapp import reports
from adminapp.errors import DomainError
from adminapp.reports import cells, workbook
from adminapp.reports.table import Column, ReportMeta, Sheet
from adminapp.reports.workbook import check_target, write_workbook
from adminapp.services.context import CENTRE_TZ

META = ReportMeta(
    title="Test",
    as_of=dt.date(2026, 6, 15),
    filters="",
    generated_at=dt.datetime(2026, 6, 15, 9, 30, tzinfo=CENTRE_TZ),
    generated_by="tester",
)
COLUMNS = (
    Column("name", "Name"),
    Column("amount", "Amount", "money", "sum"),
    Column("day", "Day", "date"),
)


def numbered(n: int, pulled: list[int] | None = None):
    for i in range(n):
        if pulled is not None:
            pulled.append(i)
        yield (f"row {i}", Decimal(i), dt.date(2026, 1, 1) + dt.timedelta(days=i % 300))


def sheet(rows, count, columns=COLUMNS, name="Data") -> Sheet:
    return Sheet(name, "Test table", columns, rows, count, "Name")


def test_every_formula_trigger_is_written_as_text(tmp_path):
    texts = ["=1+2", "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", '=HYPERLINK("x")', "#N/A", "plain"]
    rows = [(t, Decimal(1), None) for t in texts]
    [res] = write_workbook(tmp_path / "t.xlsx", META, [sheet(rows, len(rows))])
    ws = load_workbook(tmp_path / "t.xlsx")["Data"]
    got = [ws.cell(r, 1) for r in range(res.first_row, res.last_row + 1)]
    assert [c.value for c in got] == texts
    assert all(c.data_type == "s" for c in got)
    assert [c.quotePrefix for c in got] == [True] * 7 + [False] * 2


def test_control_characters_are_dropped_and_long_text_cut(tmp_path):
    rows = [("bell\x07 and nul\x00", Decimal(0), None), ("x" * 40_000, Decimal(0), None)]
    [res] = write_workbook(tmp_path / "t.xlsx", META, [sheet(rows, 2)])
    ws = load_workbook(tmp_path / "t.xlsx")["Data"]
    assert ws.cell(res.first_row, 1).value == "bell and nul"
    assert len(ws.cell(res.first_row + 1, 1).value) == cells.MAX_CELL_TEXT


def test_header_block_values_are_typed(tmp_path):
    [res] = write_workbook(tmp_path / "t.xlsx", META, [sheet(numbered(2), 2)])
    ws = load_workbook(tmp_path / "t.xlsx")["Data"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, res.header_row - 1)}
    assert labels["As of"].value == dt.datetime(2026, 6, 15)
    assert labels["Generated at"].value == dt.datetime(2026, 6, 15, 9, 30)
    assert labels["Rows"].value == 2 and labels["Rows"].data_type == "n"
    assert labels["Filters"].value == "none"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rent roll", "Rent roll"),
        ("Q1/Q2 [draft]: a*b?c\\d", "Q1-Q2 -draft-- a-b-c-d"),
        ("A very long sheet name that goes on and on", "A very long sheet name that goe"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("History", "History data"),
    ],
)
def test_sheet_names_are_made_safe(name, expected):
    safe = reports.safe_sheet_name(name)
    assert safe == expected
    assert len(safe) <= 31 and not set(safe) & set("[]:*?/\\")


def test_sheet_names_are_unique_whatever_the_case():
    taken = {"Summary", "summary (2)"}
    assert reports.safe_sheet_name("SUMMARY", taken) == "SUMMARY (3)"
    long = "x" * 40
    first = reports.safe_sheet_name(long)
    second = reports.safe_sheet_name(long, {first})
    assert second == "x" * 27 + " (2)" and len(second) == 31


def test_writer_dedupes_clashing_sheet_names(tmp_path):
    sheets = [sheet([], 0, name="Data"), sheet([], 0, name="data")]
    results = write_workbook(tmp_path / "t.xlsx", META, sheets)
    assert [r.name for r in results] == ["Data", "data (2)"]
    assert load_workbook(tmp_path / "t.xlsx").sheetnames == ["Data", "data (2)"]


def test_cjk_text_counts_double_width():
    assert cells.text_width("abc") == 3
    assert cells.text_width("德尔塔场景") == 10
    assert cells.text_width("Ａ") == 2  # full-width Latin


def test_column_widths_fit_the_widest_value_and_allow_for_the_total(tmp_path):
    rows = [("阿尔法模型有限公司", Decimal("9999999.99"), dt.date(2026, 1, 1))] * 50
    write_workbook(tmp_path / "t.xlsx", META, [sheet(rows, 50)])
    dims = load_workbook(tmp_path / "t.xlsx")["Data"].column_dimensions
    assert dims["A"].width >= 18 + cells.PADDING
    # 50 × 9,999,999.99 = 499,999,999.50 → "¥499,999,999.50" must not show as ####.
    assert dims["B"].width >= len("¥499,999,999.50")
    assert dims["B"].width >= 19  # the generated-at time in the header block above it


def test_rows_are_streamed_not_held(tmp_path):
    """By the time 3,000 rows are reported written, few more than that have been read."""
    pulled: list[int] = []
    seen = []

    def progress(done, total):
        seen.append((done, total, len(pulled)))
        return True

    n = 5_000
    write_workbook(tmp_path / "t.xlsx", META, [sheet(numbered(n, pulled), n)], progress)
    assert seen[0] == (0, n, 0)
    assert seen[-1][:2] == (n, n)
    at_3000 = next(s for s in seen if s[0] == 3_000)
    assert at_3000[2] <= 3_000 + 1  # the generator is consumed as rows are written
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)


def test_cancelling_raises_and_leaves_no_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 2_000  # cancel part-way through the stream

    temporaries = len(ALL_TEMP_FILES)
    with pytest.raises(reports.ReportCancelled) as err:
        write_workbook(out / "t.xlsx", META, [sheet(numbered(10_000), 10_000)], progress)
    assert isinstance(err.value, DomainError) and "cancel" in str(err.value).lower()
    assert calls[-1] == 2_000
    assert list(out.iterdir()) == []
    assert len(ALL_TEMP_FILES) == temporaries  # openpyxl's own sheet files are gone too


def test_a_progress_callback_returning_none_does_not_cancel(tmp_path):
    write_workbook(tmp_path / "t.xlsx", META, [sheet(numbered(10), 10)], lambda d, t: None)
    assert (tmp_path / "t.xlsx").exists()


def test_cancel_from_export_report_leaves_no_file(ctx, centre, tmp_path, as_of):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(reports.ReportCancelled):
        reports.export_report(ctx, "occupancy", out / "o.xlsx", as_of, progress=lambda d, t: False)
    assert list(out.iterdir()) == []


def test_a_failure_while_saving_leaves_neither_file_nor_temporary(tmp_path, monkeypatch):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"the previous export")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workbook.os, "replace", refuse)
    with pytest.raises(DomainError) as err:
        write_workbook(target, META, [sheet(numbered(10), 10)])
    assert "Permission denied" in str(err.value)
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]
    assert target.read_bytes() == b"the previous export"  # the old file is untouched


def test_a_changed_row_count_is_refused(tmp_path):
    with pytest.raises(DomainError, match="changed"):
        write_workbook(tmp_path / "t.xlsx", META, [sheet(numbered(3), 4)])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: tmp / "missing" / "r.xlsx", "does not exist"),
        (lambda tmp: tmp / "afile.txt" / "r.xlsx", "does not exist"),
        (lambda tmp: tmp / "report.csv", ".xlsx"),
        (lambda tmp: tmp / "folder.xlsx", "is a folder"),
    ],
)
def test_unwritable_paths_are_refused_clearly(ctx, tmp_path, as_of, make_path, message):
    (tmp_path / "afile.txt").write_text("x")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(DomainError) as err:
        reports.export_report(ctx, "rent-roll", make_path(tmp_path), as_of)
    assert message in str(err.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DomainError, match="permission denied"):
            check_target(folder / "r.xlsx")
    finally:
        folder.chmod(0o755)


def test_check_target_resolves_a_bare_file_name_to_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert check_target("r.xlsx") == Path(tmp_path).resolve() / "r.xlsx"
