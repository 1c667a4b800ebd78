"""Importing companies, units and leases from .xlsx: every problem by sheet, row and column;
nothing written unless the whole file is valid, and then all of it in one unit of work."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from adminapp.errors import DomainError
from adminapp.models import AuditEntry
from adminapp.services import companies, importer, leases, listing
from adminapp.services.import_sheets import template_credit_code
from adminapp.services.listing import ListQuery
from tests.dbstate import dump
from tests.factories import credit_code

d = dt.date
COMPANY_HEAD = ["Name", "Chinese name", "Credit code", "Segment", "Admitted on"]
UNIT_HEAD = ["Unit", "Floor", "Kind", "Rentable area (m²)"]
LEASE_HEAD = ["Company", "Units", "Start", "End", "Rent per m² per month", "Deposit"]


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def good_sheets() -> dict[str, list[list]]:
    return {
        "Companies": [
            COMPANY_HEAD,
            ["Epsilon Agents", "艾普西隆", credit_code(11), "scene_design", d(2026, 3, 1)],
            ["Zeta Vision", "", credit_code(12), "Base technology", "2026/4/1"],
        ],
        "Units": [UNIT_HEAD, ["7F-10", 7, "private_office", 60], ["7F-11", "7F", "lab", "90"]],
        "Leases": [
            LEASE_HEAD,
            [credit_code(11), "7F-10", d(2026, 7, 1), "2028-07-01", 150, 27000],
            ["Zeta Vision", "7F-11, 7F-04", "2026年8月1日", d(2027, 8, 1), "160", None],
        ],
    }


def problems(plan) -> list[tuple[str, int, str]]:
    return [(p.sheet, p.row, p.column) for p in plan.problems]


def test_template_round_trips_and_creates_the_example_rows(ctx, centre, tmp_path):
    path = importer.write_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Companies", "Units", "Leases"]
    assert isinstance(wb["Leases"]["C2"].value, dt.datetime)  # dates are dates
    assert "统一社会信用代码" in wb["Companies"]["C1"].comment.text
    plan = importer.read_workbook(ctx, path)
    assert plan.problems == []
    assert plan.counts() == {"companies": 1, "units": 1, "leases": 1}
    result = importer.apply(ctx, plan)
    assert (result.companies, result.units, result.leases) == (1, 1, 1)
    found = companies.find_companies(ctx, template_credit_code())
    assert [c.name_zh for c in found] == ["示例视觉智能"]
    rows = listing.list_leases(ctx, ListQuery(filters={"company_id": found[0].id}, limit=5))
    lease = leases.get_lease(ctx, rows[0].id)
    assert lease.unit_codes == ["7F-20"]
    assert (lease.start_date, lease.end_date, lease.rent_per_m2_month) == (
        d(2026, 7, 1),
        d(2028, 7, 1),
        Decimal("150.0000"),
    )


def test_a_good_file_with_references_within_it(ctx, centre, tmp_path):
    plan = importer.read_workbook(ctx, workbook(tmp_path / "a.xlsx", good_sheets()))
    assert plan.problems == []
    importer.apply(ctx, plan)
    zeta = companies.find_companies(ctx, "Zeta")[0]
    assert zeta.segment == "base_technology" and zeta.admitted_on == d(2026, 4, 1)
    rows = listing.list_leases(ctx, ListQuery(filters={"company_id": zeta.id}, limit=5))
    lease = leases.get_lease(ctx, rows[0].id)
    assert lease.unit_codes == ["7F-04", "7F-11"] and lease.start_date == d(2026, 8, 1)


def test_chinese_headers_and_sheet_names(ctx, centre, tmp_path):
    sheets = {
        "公司": [["2026 入驻企业"], ["公司名称", "统一社会信用代码", "产业链环节", "入驻日期"],
               ["智谱示例", credit_code(21), "base_technology", "2026.5.6"]],
        "单元": [["单元", "楼层", "类型", "可租面积"], ["7F-12", "7", "lab", 40]],
        "租约": [["公司", "单元", "起始日期", "结束日期", "月租金单价", "押金"],
               ["智谱示例", "7F-12", "2026/7/1", "2027/7/1", 140, 0]],
    }  # fmt: skip
    plan = importer.read_workbook(ctx, workbook(tmp_path / "zh.xlsx", sheets))
    assert plan.problems == []
    assert plan.counts() == {"companies": 1, "units": 1, "leases": 1}
    importer.apply(ctx, plan)
    company = companies.find_companies(ctx, credit_code(21))[0]
    assert company.name_zh == "智谱示例" and company.admitted_on == d(2026, 5, 6)


def test_every_kind_of_problem_is_reported_by_sheet_row_and_column(ctx, centre, tmp_path):
    bad_code = credit_code(31)[:17] + ("0" if credit_code(31)[17] != "0" else "1")
    sheets = {
        "Companies": [
            COMPANY_HEAD,
            ["Bad Code Ltd", "", bad_code, "scene_design", None],  # 2
            ["Dated Ltd", "", credit_code(32), "scene_design", "next spring"],  # 3
            ["Dated Ltd", "", credit_code(32), "scene_design", "next spring"],  # 4: duplicate
        ],
        "Units": [UNIT_HEAD, ["7F-13", 7, "lab", "lots"], ["9F-01", 9, "lab", 50]],  # 2, 3
        "Leases": [
            LEASE_HEAD,
            ["Nobody Ltd", "7F-04", d(2026, 7, 1), d(2027, 7, 1), 100, 0],  # 2 unknown company
            [credit_code(1), "7F-99", d(2026, 7, 1), d(2027, 7, 1), 100, 0],  # 3 unknown unit
            [credit_code(1), "7F-01", d(2026, 1, 1), d(2026, 12, 1), 100, 0],  # 4 clashes L1
            [credit_code(2), "7F-04", d(2026, 7, 1), d(2027, 7, 1), 100, 0],  # 5 fine alone
            [credit_code(3), "7F-04", d(2027, 1, 1), d(2027, 3, 1), 100, 0],  # 6 clashes row 5
            [credit_code(3), "1F-02", "2026-02-30", d(2027, 3, 1), 100, 0],  # 7 no such date
        ],
    }
    plan = importer.read_workbook(ctx, workbook(tmp_path / "bad.xlsx", sheets))
    by_place = {(p.sheet, p.row, p.column): p.message for p in plan.problems}
    assert by_place[("Companies", 2, "Credit code")].startswith("Credit code check digit is")
    assert "is not a date" in by_place[("Companies", 3, "Admitted on")]
    assert by_place[("Companies", 4, "")] == "Same as row 3"
    assert by_place[("Units", 2, "Rentable area (m²)")] == "“lots” is not a number"
    assert by_place[("Units", 3, "Floor")] == "Floor 9 is not in the building"
    assert "Nobody Ltd is neither registered" in by_place[("Leases", 2, "Company")]
    assert "Unit 7F-99 is neither" in by_place[("Leases", 3, "Units")]
    assert by_place[("Leases", 4, "Units")].startswith("Unit 7F-01 is already leased under L2025-")
    assert by_place[("Leases", 6, "Units")].startswith(
        "Unit 7F-04 is already leased under the lease in row 5 from 2026-07-01"
    )
    assert "“2026-02-30” is not a date" in by_place[("Leases", 7, "Start")]
    assert ("Leases", 5, "Units") not in by_place
    assert len(plan.problems) == 10, "\n".join(map(str, plan.problems))
    with pytest.raises(DomainError, match="10 problem"):
        importer.apply(ctx, plan)


def test_missing_required_columns_and_wrong_types(ctx, centre, tmp_path):
    sheets = {
        "Companies": [["Name", "Segment"], ["No Code Ltd", "scene_design"]],
        "Leases": [["Company", "Units", "Start", "End"], [credit_code(1), "7F-04", 5, True]],
    }
    plan = importer.read_workbook(ctx, workbook(tmp_path / "cols.xlsx", sheets))
    by_place = {(p.sheet, p.row, p.column): p.message for p in plan.problems}
    assert (
        by_place[("Companies", 1, "Credit code")] == "Missing column Credit code (统一社会信用代码)"
    )
    assert by_place[("Leases", 1, "Rent per m² per month")].startswith("Missing column Rent")
    assert by_place[("Leases", 2, "Start")].startswith("5 is not a date")
    assert "is not a date" in by_place[("Leases", 2, "End")]


def test_a_file_with_one_bad_row_writes_nothing(ctx, centre, tmp_path):
    sheets = good_sheets()
    sheets["Units"].append(["7F-14", 7, "spaceship", 10])
    plan = importer.read_workbook(ctx, workbook(tmp_path / "one-bad.xlsx", sheets))
    assert problems(plan) == [("Units", 4, "Kind")]
    before = dump(ctx.db)
    with pytest.raises(DomainError):
        importer.apply(ctx, plan)
    assert dump(ctx.db) == before


def test_reading_writes_nothing(ctx, centre, tmp_path):
    before = dump(ctx.db)
    importer.read_workbook(ctx, workbook(tmp_path / "a.xlsx", good_sheets()))
    assert dump(ctx.db) == before


def test_all_or_nothing_when_a_write_fails_midway(ctx, centre, tmp_path, monkeypatch):
    plan = importer.read_workbook(ctx, workbook(tmp_path / "a.xlsx", good_sheets()))
    assert plan.ok
    real = leases._create_lease_in
    calls = []

    def failing(s, c, data):
        calls.append(data)
        if len(calls) == 2:  # companies, units and a lease are already flushed by now
            raise RuntimeError("disk full")
        return real(s, c, data)

    monkeypatch.setattr(leases, "_create_lease_in", failing)
    before = dump(ctx.db)
    with pytest.raises(RuntimeError, match="disk full"):
        importer.apply(ctx, plan)
    assert len(calls) == 2
    assert dump(ctx.db) == before


def test_cancelling_writes_nothing(ctx, centre, tmp_path):
    plan = importer.read_workbook(ctx, workbook(tmp_path / "a.xlsx", good_sheets()))
    before = dump(ctx.db)
    with pytest.raises(DomainError, match="cancelled"):
        importer.apply(ctx, plan, progress=lambda done, total: done < 5)
    assert dump(ctx.db) == before


def test_the_import_is_audited_with_file_counts_and_hash(ctx, centre, tmp_path):
    path = workbook(tmp_path / "centre-2026.xlsx", good_sheets())
    plan = importer.read_workbook(ctx, path)
    importer.apply(ctx, plan)
    with ctx.db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    assert len(entries) == 1
    entry = entries[0]
    changes = json.loads(entry.changes)
    import hashlib

    assert changes["sha256"][1] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert changes["file"][1] == "centre-2026.xlsx"
    assert (changes["companies"][1], changes["units"][1], changes["leases"][1]) == (2, 2, 2)
    assert entry.summary == "Imported centre-2026.xlsx: 2 companies, 2 units, 2 leases"
    assert entry.actor == ctx.actor.login


# --- hostile and malformed files


def test_a_text_file_renamed_xlsx(ctx, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("name,credit code\nAlpha,123\n")
    with pytest.raises(DomainError, match=r"notes\.xlsx is not an Excel workbook"):
        importer.read_workbook(ctx, path)


def test_a_zip_that_is_not_a_workbook(ctx, tmp_path):
    import zipfile

    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(DomainError, match="zip file but not an Excel workbook"):
        importer.read_workbook(ctx, path)


def test_a_password_protected_workbook(ctx, tmp_path):
    path = tmp_path / "locked.xlsx"  # encrypted OOXML lives in an OLE container
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptionInfo".encode("utf-16-le")
    )
    with pytest.raises(DomainError, match="password-protected"):
        importer.read_workbook(ctx, path)


def test_an_empty_workbook(ctx, tmp_path):
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(DomainError, match="no sheet named Companies, Units or Leases"):
        importer.read_workbook(ctx, path)
    headers_only = workbook(tmp_path / "headers.xlsx", {"Companies": [COMPANY_HEAD]})
    with pytest.raises(DomainError, match="no rows to import"):
        importer.read_workbook(ctx, headers_only)


def test_a_formula_without_a_saved_result_is_a_problem_cell(ctx, centre, tmp_path):
    sheets = {"Units": [UNIT_HEAD, ["7F-15", 7, "lab", "=20*3"]]}
    plan = importer.read_workbook(ctx, workbook(tmp_path / "formula.xlsx", sheets))
    assert [(p.sheet, p.row, p.column) for p in plan.problems] == [
        ("Units", 2, "Rentable area (m²)")
    ]
    assert plan.problems[0].message.startswith("Formula =20*3 has no saved result")


def test_merged_cells_and_hidden_sheets(ctx, centre, tmp_path):
    path = workbook(
        tmp_path / "merged.xlsx",
        {
            "Units": [UNIT_HEAD, ["7F-16", 7, "lab", 30], ["7F-17", None, "lab", 30]],
            "Leases": [LEASE_HEAD, ["x", "y", "z", "w", "v", "u"]],
        },
    )
    wb = load_workbook(path)
    wb["Units"].merge_cells("B2:B3")
    wb["Leases"].sheet_state = "hidden"  # ignored, problems and all
    wb.save(path)
    plan = importer.read_workbook(ctx, path)
    assert [(p.sheet, p.row, p.column) for p in plan.problems][0] == ("Units", 2, "B2:B3")
    assert "merged" in plan.problems[0].message
    assert [s.title for s in plan.sheets] == ["Units"]


def test_too_many_rows_are_refused(ctx, tmp_path):
    path = tmp_path / "huge.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Units")
    ws.append(UNIT_HEAD)
    for i in range(50_001):
        ws.append([f"7F-{i}", 7, "lab", 1])
    wb.save(path)
    with pytest.raises(DomainError, match="more than 50,000 rows"):
        importer.read_workbook(ctx, path)


def test_a_huge_file_is_refused_before_reading(ctx, tmp_path, monkeypatch):
    from adminapp.services import import_reading

    path = workbook(tmp_path / "big.xlsx", good_sheets())
    monkeypatch.setattr(import_reading, "MAX_BYTES", 1000)
    with pytest.raises(DomainError, match="are refused"):
        importer.read_workbook(ctx, path)


def test_a_corrupt_workbook(ctx, tmp_path):
    path = workbook(tmp_path / "a.xlsx", good_sheets())
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 200] = b"\0" * 200
    path.write_bytes(bytes(data))
    with pytest.raises(DomainError):
        importer.read_workbook(ctx, path)
