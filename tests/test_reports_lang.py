"""Every report in Simplified Chinese and in English, from the same database.

The Chinese workbook has Chinese titles, headers, labels and sheet names, companies and
programmes by their Chinese names, and a font with Chinese glyphs; its numbers, dates, number
formats and totals formulas are exactly the English workbook's.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from adminapp import i18n, reports
from adminapp.errors import DomainError
from adminapp.models import Company, Consultant, Programme
from adminapp.reports import words
from adminapp.reports.consultation_filters import period_text
from tests.billing_history import AS_OF as BILLING_AS_OF
from tests.billing_history import make_history
from tests.test_reports_consultations import AS_OF as CONSULTING_AS_OF
from tests.test_reports_consultations import PERIOD, schedule
from tests.test_reports_financing import pipeline  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")
# Letters allowed in a Chinese title, header or sheet name: units and codes.
ALLOWED = {"GPU", "m"}
GENERATED_AT = {"Generated at", "生成时间"}

# report → (what the database needs, as-of date, filters)
CASES = {
    "rent-roll": ("centre", dt.date(2026, 6, 15), None),
    "occupancy": ("centre", dt.date(2026, 6, 15), None),
    "lease-expiry": ("centre", dt.date(2026, 6, 15), None),
    "financing-pipeline": ("pipeline", dt.date(2026, 7, 31), None),
    "disbursements": ("pipeline", dt.date(2026, 7, 31), None),
    "programme-budgets": ("pipeline", dt.date(2026, 7, 31), None),
    "compute-vouchers": ("pipeline", dt.date(2026, 7, 31), None),
    "consultations": ("schedule", CONSULTING_AS_OF, PERIOD),
    "room-utilisation": ("schedule", CONSULTING_AS_OF, PERIOD),
    "arrears-aging": ("billing", BILLING_AS_OF, {"in_credit": "yes"}),
    "tenant-statement": ("billing", BILLING_AS_OF, {"company": "Beta Apps", "from": "2026-01"}),
    "deposits": ("billing", BILLING_AS_OF, None),
    "billing-summary": ("billing", BILLING_AS_OF, {"from": "2026-01"}),
}


def test_every_report_has_a_case():
    assert set(CASES) == set(reports.REPORTS)


@pytest.fixture
def prepared(request, ctx, centre):
    """Fill the database for the report under test (its case's "needs")."""
    needs = CASES[request.param][0]
    if needs == "pipeline":
        request.getfixturevalue("pipeline")
    elif needs == "schedule":
        schedule(ctx, centre)
    elif needs == "billing":
        make_history(ctx, centre)
    return request.param


def english_words(text: str) -> list[str]:
    """Runs of Latin letters that are not a unit or part of a code (a run with digits)."""
    return [
        run
        for run in re.findall(r"[A-Za-z0-9]+", text)
        if not any(ch.isdigit() for ch in run) and run not in ALLOWED
    ]


def export_both(ctx, name, tmp_path):
    _needs, as_of, filters = CASES[name]
    out = {}
    for lang in ("en", "zh_CN"):
        result = reports.export_report(
            ctx, name, tmp_path / f"{name}.{lang}.xlsx", as_of, filters=filters, lang=lang
        )
        out[lang] = (result, load_workbook(result.path))
    return out


def header_cells(ws, sheet: reports.SheetResult) -> list:
    return [c for c in ws[sheet.header_row] if c.value is not None]


@pytest.mark.parametrize("prepared", list(CASES), indirect=True)
def test_a_chinese_workbook_has_chinese_words_and_the_same_figures(ctx, prepared, tmp_path):
    name = prepared
    both = export_both(ctx, name, tmp_path)
    (en_result, en), (zh_result, zh) = both["en"], both["zh_CN"]
    assert en_result.row_count == zh_result.row_count
    assert len(en.worksheets) == len(zh.worksheets)
    assert any(r.row_count for r in en_result.sheets), "the case must give the report rows"

    for sheet in zh_result.sheets:
        ws = zh[sheet.name]
        assert CJK.search(sheet.name) and not english_words(sheet.name), sheet.name
        assert len(sheet.name) <= 31
        title = ws["A1"].value
        assert CJK.search(title), title
        if name != "tenant-statement":  # its title names the company and its credit code
            assert not english_words(title), title
        assert ws["A1"].font.name == words.CJK_FONT
        labels = [ws.cell(row, 1).value for row in range(2, 8)]
        assert all(CJK.search(v) and not english_words(v) for v in labels if v), labels
        for cell in header_cells(ws, sheet):
            assert CJK.search(cell.value) and not english_words(cell.value), cell.value
            assert cell.font.name == words.CJK_FONT and cell.font.bold
        if sheet.row_count:
            # A data cell without a font of its own shows in the workbook's default font.
            assert ws.cell(sheet.first_row, 1).font.name == words.CJK_FONT

    for sheet in en_result.sheets:
        ws = en[sheet.name]
        assert not CJK.search(sheet.name)
        if name != "tenant-statement":  # its title gives both of the company's names
            assert not CJK.search(ws["A1"].value)
        for cell in header_cells(ws, sheet):
            assert cell.font.name != words.CJK_FONT

    figures = [assert_same_figures(a, b) for a, b in zip(en.worksheets, zh.worksheets, strict=True)]
    assert all(n for n, r in zip(figures, en_result.sheets, strict=True) if r.row_count)


def assert_same_figures(en_ws, zh_ws) -> int:
    """Numbers, dates and formulas identical (values, types, formats); text is the words'."""
    assert (en_ws.max_row, en_ws.max_column) == (zh_ws.max_row, zh_ws.max_column)
    assert en_ws.freeze_panes == zh_ws.freeze_panes
    assert en_ws.auto_filter.ref == zh_ws.auto_filter.ref
    figures = 0
    for en_row, zh_row in zip(en_ws.iter_rows(), zh_ws.iter_rows(), strict=True):
        if en_row[0].value in GENERATED_AT:  # the moment each was written
            continue
        for a, b in zip(en_row, zh_row, strict=True):
            where = f"{en_ws.title}!{a.coordinate}"
            assert a.number_format == b.number_format, where
            if a.data_type == "s" or a.value is None:
                assert b.data_type == a.data_type or b.value is None, where
                assert (a.value is None) == (b.value is None), where
                continue
            assert (a.data_type, type(a.value), a.value) == (b.data_type, type(b.value), b.value)
            figures += 1
    return figures


def column_values(ws, sheet, index: int) -> list:
    return [ws.cell(r, index).value for r in range(sheet.first_row, sheet.last_row + 1)]


@pytest.mark.parametrize(
    "prepared", ["rent-roll", "lease-expiry", "financing-pipeline", "arrears-aging", "deposits"],
    indirect=True,
)  # fmt: skip
def test_companies_by_their_chinese_names_in_chinese_and_english_names_in_english(
    ctx, prepared, tmp_path
):
    both = export_both(ctx, prepared, tmp_path)
    (en_result, en), (zh_result, zh) = both["en"], both["zh_CN"]
    with ctx.db.read() as s:
        chinese = dict(s.execute(select(Company.name_en, Company.name_zh)).all())
    sheet, zh_sheet = en_result.sheets[0], zh_result.sheets[0]
    heads = [c.value for c in en[sheet.name][sheet.header_row]]
    at = heads.index("Company") + 1
    english_names = column_values(en[sheet.name], sheet, at)
    assert english_names and all(n in chinese for n in english_names)
    zh_ws = zh[zh_sheet.name]
    assert column_values(zh_ws, zh_sheet, at) == [chinese[n] for n in english_names]
    # The name in the other language beside it: Chinese in English, English in Chinese.
    assert column_values(en[sheet.name], sheet, at + 1) == [chinese[n] for n in english_names]
    assert column_values(zh_ws, zh_sheet, at + 1) == english_names
    assert zh_ws.cell(zh_sheet.header_row, at).value == "企业"
    assert zh_ws.cell(zh_sheet.header_row, at + 1).value in ("企业（英文名）", "英文名称")


@pytest.mark.parametrize("prepared", ["financing-pipeline"], indirect=True)
def test_programmes_and_statuses_in_chinese(ctx, prepared, tmp_path):
    both = export_both(ctx, prepared, tmp_path)
    zh_result, zh = both["zh_CN"]
    with ctx.db.read() as s:
        programmes = dict(s.execute(select(Programme.name_en, Programme.name_zh)).all())
    sheet = zh_result.sheets[0]
    ws = zh[sheet.name]
    heads = [c.value for c in ws[sheet.header_row]]
    shown = column_values(ws, sheet, heads.index("扶持政策") + 1)
    assert shown and set(shown) <= set(programmes.values())
    statuses = set(column_values(ws, sheet, heads.index("状态") + 1))
    assert statuses and statuses <= {"草稿", "已提交", "审核中", "已批准", "已驳回", "已撤回",
                                     "拨付中", "已结项"}  # fmt: skip
    platforms = set(column_values(ws, sheet, heads.index("服务平台") + 1))
    assert platforms <= {"算力调度", "开放数据", "评测服务", "金融服务", "综合服务"}


@pytest.mark.parametrize("prepared", ["consultations"], indirect=True)
def test_consultants_and_topics_in_chinese(ctx, prepared, tmp_path):
    both = export_both(ctx, prepared, tmp_path)
    zh_result, zh = both["zh_CN"]
    with ctx.db.read() as s:
        consultants = dict(s.execute(select(Consultant.name_en, Consultant.name_zh)).all())
    sheet = zh_result.sheets[0]
    ws = zh[sheet.name]
    heads = [c.value for c in ws[sheet.header_row]]
    assert heads[:4] == ["顾问", "顾问（英文名）", "月份", "主题"]
    assert set(column_values(ws, sheet, 1)) <= set(consultants.values())
    assert set(column_values(ws, sheet, 2)) <= set(consultants)
    assert set(column_values(ws, sheet, 4)) <= {"政策申报", "融资", "法律与知识产权", "人才"}
    assert "2026-09 至 2026-10" in ws["A1"].value


@pytest.mark.parametrize("prepared", ["rent-roll"], indirect=True)
def test_the_header_block_filters_and_totals_in_chinese(ctx, prepared, tmp_path):
    result = reports.export_report(
        ctx, "rent-roll", tmp_path / "r.xlsx", dt.date(2026, 6, 15),
        filters={"floor": "7", "segment": "base_technology"}, lang="zh",
    )  # fmt: skip
    ws = load_workbook(result.path)["租金清单"]
    block = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, 9)}
    assert block["中心"] == "上海大模型创新中心"
    assert block["筛选条件"] == "楼层 = 7；业务领域 = 基础技术"
    assert block["截至"] == dt.datetime(2026, 6, 15)
    assert ws.cell(result.sheets[0].totals_row, 1).value == "合计"


def test_month_and_period_words():
    with i18n.language("zh_CN"):
        assert words.month_label(dt.date(2026, 11, 1)) == "2026年11月"
        assert period_text(dt.date(2026, 1, 1), dt.date(2026, 6, 1)) == "2026-01 至 2026-06"
    with i18n.language("en"):
        assert words.month_label(dt.date(2026, 11, 1)) == "Nov 2026"
        assert period_text(dt.date(2026, 1, 1), dt.date(2026, 6, 1)) == "2026-01 to 2026-06"


def test_every_report_string_has_a_chinese_translation():
    """What lupdate reads from adminapp/reports is all in reports.ts, finished."""
    spelt = re.compile(
        r'(?:translate|QT_TRANSLATE_NOOP)\(\s*"([^"]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', re.S
    )
    found = set()
    for path in (ROOT / "adminapp" / "reports").glob("*.py"):
        for match in spelt.finditer(path.read_text(encoding="utf-8")):
            text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2)))
            found.add((match.group(1), text))
    assert len(found) > 300
    catalog = i18n.catalog(i18n.CHINESE)
    missing = sorted(key for key in found if key not in catalog)
    assert missing == []


def test_a_bad_language_is_refused_naming_the_choices(ctx, tmp_path):
    with pytest.raises(DomainError) as err:
        reports.export_report(
            ctx, "occupancy", tmp_path / "o.xlsx", dt.date(2026, 6, 15), lang="fr"
        )
    assert "en, zh_CN" in str(err.value)
    assert not (tmp_path / "o.xlsx").exists()


def test_the_language_in_force_is_the_default_and_is_restored(ctx, centre, tmp_path):
    with i18n.language("zh_CN"):
        result = reports.export_report(ctx, "rent-roll", tmp_path / "a.xlsx", dt.date(2026, 6, 15))
    assert i18n.current() == "en"
    assert load_workbook(result.path).sheetnames == ["租金清单"]
    assert result.sheets[0].name == "租金清单"
    assert isinstance(result.totals["area"], Decimal)


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=180, cwd=ROOT,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_the_cli_exports_in_the_language_asked_for(ctx, centre, tmp_path):
    url = str(ctx.db.url)
    base = ("--database", url, "export", "rent-roll", "--as-of", "2026-06-15", "--out")
    for lang, sheet in (("zh_CN", "租金清单"), ("zh-CN", "租金清单"), ("en", "Rent roll")):
        out = tmp_path / f"r-{lang}.xlsx"
        run = cli(*base, str(out), "--lang", lang)
        assert run.returncode == 0, run.stderr
        assert load_workbook(out).sheetnames == [sheet]
    # Without --lang: $ADMINAPP_LANG, else English.
    out = tmp_path / "env.xlsx"
    assert cli(*base, str(out), env={"ADMINAPP_LANG": "zh"}).returncode == 0
    assert load_workbook(out).sheetnames == ["租金清单"]
    out = tmp_path / "plain.xlsx"
    assert cli(*base, str(out), env={"ADMINAPP_LANG": ""}).returncode == 0
    assert load_workbook(out).sheetnames == ["Rent roll"]


def test_the_cli_refuses_a_bad_language_in_one_line(ctx, centre, tmp_path):
    out = tmp_path / "x.xlsx"
    run = cli("--database", str(ctx.db.url), "export", "rent-roll", "--out", str(out),
              "--lang", "fr")  # fmt: skip
    assert run.returncode != 0 and not out.exists()
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --lang")
    assert "'fr'" in lines[0] and "en, zh_CN" in lines[0]


def test_the_reports_page_offers_the_language_and_exports_in_it(
    qtbot, ctx, centre, tmp_path, monkeypatch
):
    from ui.pages import reports as reports_page
    from ui.settings import Settings
    from ui.signals import AppSignals

    out = tmp_path / "rr.xlsx"
    monkeypatch.setattr(reports_page, "ask_save_path", lambda parent, suggested: str(out))
    with i18n.language("zh_CN"):  # the window's language is the default
        page = reports_page.ReportsPage(ctx, AppSignals(), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    combo = page.lang_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "简体中文"]
    assert page.language() == "zh_CN" and combo.isVisible()
    page.select_report("rent-roll")
    page.date_edit.setDate(page.date_edit.date().fromString("2026-06-15", "yyyy-MM-dd"))
    task = page.export()
    assert task is not None and task.wait(20_000) and task.error is None
    assert load_workbook(out).sheetnames == ["租金清单"]
    assert i18n.current() == "en"  # the worker's language stayed in the worker
    combo.setCurrentIndex(combo.findData("en"))
    task = page.export()
    assert task.wait(20_000) and task.error is None
    assert load_workbook(out).sheetnames == ["Rent roll"]
    # Every report's options still fit a window 800 pixels high.
    for name in reports.REPORTS:
        page.select_report(name)
        assert page.minimumSizeHint().height() <= 760, name
