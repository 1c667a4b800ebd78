"""What the import workbook looks like: its sheets, their columns (English or Chinese headers),
how a cell's text becomes a date, a number or a yes/no, and the template staff fill in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from adminapp.credit_code import check_character
from adminapp.models import SEGMENTS, STAGES, UNIT_KINDS


@dataclass(frozen=True)
class Column:
    key: str  # the field it fills
    header: str  # the English header the template writes
    aliases: tuple[str, ...]  # other headers accepted (Chinese first)
    kind: str = "text"  # text | date | number | int | bool
    required: bool = False

    @property
    def chinese(self) -> str:
        return self.aliases[0] if self.aliases else ""


@dataclass(frozen=True)
class SheetSpec:
    key: str  # companies | units | leases
    title: str  # the sheet's English name
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


COMPANIES = SheetSpec(
    "companies",
    "Companies",
    ("公司", "企业", "入驻企业", "company"),
    (
        Column("name_en", "Name", ("名称", "公司名称", "企业名称", "English name", "英文名称")),
        Column("name_zh", "Chinese name", ("中文名称", "中文名", "Name (Chinese)")),
        Column("credit_code", "Credit code", ("统一社会信用代码", "信用代码"), required=True),
        Column("segment", "Segment", ("产业链环节", "领域", "板块"), required=True),
        Column("stage", "Stage", ("阶段", "融资阶段")),
        Column("contact_name", "Contact", ("联系人", "Contact name")),
        Column("contact_phone", "Phone", ("联系电话", "电话", "Contact phone")),
        Column("contact_email", "Email", ("邮箱", "电子邮件", "Contact email")),
        Column("admitted_on", "Admitted on", ("入驻日期", "入孵日期"), "date"),
        Column("graduated_on", "Graduated on", ("毕业日期",), "date"),
    ),
)
UNITS = SheetSpec(
    "units",
    "Units",
    ("单元", "房源", "房间", "unit"),
    (
        Column("code", "Unit", ("单元", "单元编号", "房号", "Code", "Unit code"), required=True),
        Column("floor", "Floor", ("楼层",), required=True),
        Column("kind", "Kind", ("类型", "用途", "Type"), required=True),
        Column(
            "rentable_area",
            "Rentable area (m²)",
            ("可租面积", "面积", "Area", "Rentable area"),
            "number",
            required=True,
        ),
        Column("in_service", "In service", ("在用", "可用", "是否可用"), "bool"),
        Column("notes", "Notes", ("备注",)),
    ),
)
LEASES = SheetSpec(
    "leases",
    "Leases",
    ("租约", "租赁", "合同", "租赁合同", "lease"),
    (
        Column("company", "Company", ("公司", "租户", "承租方", "Tenant"), required=True),
        Column("units", "Units", ("单元", "租赁单元", "Unit"), required=True),
        Column(
            "start_date",
            "Start",
            ("起始日期", "开始日期", "起租日期", "Start date"),
            "date",
            required=True,
        ),  # fmt: skip
        Column("end_date", "End", ("结束日期", "到期日期", "End date"), "date", required=True),
        Column(
            "rent_month",
            "Rent per m² per month",
            ("月租金单价", "租金单价", "元/m²/月", "Rent per m2 per month", "Rent"),
            "number",
        ),
        Column(
            "rent_day",
            "Rent per m² per day",
            ("日租金单价", "元/m²/天", "Rent per m2 per day"),
            "number",
        ),  # fmt: skip
        Column("rent_free_months", "Rent-free months", ("免租月数", "免租期"), "int"),
        Column("deposit", "Deposit", ("押金", "保证金"), "number"),
        Column("notes", "Notes", ("备注",)),
    ),
)
SHEETS = (COMPANIES, UNITS, LEASES)
TEMPLATE_CREDIT_BODY = "91310104MA1FL2026"


def template_credit_code() -> str:
    return TEMPLATE_CREDIT_BODY + check_character(TEMPLATE_CREDIT_BODY)


def _example_rows() -> dict[str, list[Any]]:
    return {
        "companies": ["Example Vision AI", "示例视觉智能", template_credit_code(),
                      "application_development", "seed", "Li Wei", "+86 21 5555 0101",
                      "li.wei@example.com", dt.date(2026, 7, 1), None],
        "units": ["7F-20", "7", "private_office", Decimal("80"), "yes", "Example unit"],
        "leases": [template_credit_code(), "7F-20", dt.date(2026, 7, 1), dt.date(2028, 7, 1),
                   Decimal("150"), None, 0, Decimal("36000"), "Example lease"],
    }  # fmt: skip


def normalise_header(text: object) -> str:
    """Case, spaces, a trailing "*" (required) and m2/m² spelling do not matter."""
    s = re.sub(r"\s+", "", str(text or "")).casefold().rstrip("*").replace("m2", "m²")
    return s.replace("（", "(").replace("）", ")")


def header_keys(spec: SheetSpec) -> dict[str, str]:
    """Every accepted header (normalised) → the column's key."""
    keys: dict[str, str] = {}
    for column in spec.columns:
        for name in (column.header, *column.aliases):
            keys.setdefault(normalise_header(name), column.key)
    return keys


def match_header(spec: SheetSpec, text: object) -> str | None:
    """The key of the column a header means; "Credit code / 统一社会信用代码" matches too."""
    keys = header_keys(spec)
    whole = normalise_header(text)
    if whole in keys:
        return keys[whole]
    for part in re.split(r"[/|｜]", str(text or "")):
        key = keys.get(normalise_header(part))
        if key:
            return key
    return None


def match_sheet(title: str) -> SheetSpec | None:
    name = normalise_header(title)
    for spec in SHEETS:
        if name in {normalise_header(a) for a in (spec.title, spec.key, *spec.aliases)}:
            return spec
    return None


# --- cells to values; each returns (value, problem)
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:00(:00)?)?$"
)
_TRUE = {"yes", "y", "true", "1", "是", "在用", "可用", "√", "x"}
_FALSE = {"no", "n", "false", "0", "否", "停用", "不可用"}


def to_date(value: Any) -> tuple[dt.date | None, str]:
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    if isinstance(value, str):
        m = _DATE.match(value.strip())
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])), ""
            except ValueError:
                pass
        return None, f"“{value.strip()}” is not a date (use 2026-01-05, 2026/1/5 or 2026年1月5日)"
    return None, f"{_shown(value)} is not a date (use 2026-01-05, 2026/1/5 or 2026年1月5日)"


def to_number(value: Any) -> tuple[Decimal | None, str]:
    if isinstance(value, bool) or isinstance(value, dt.date):
        return None, f"{_shown(value)} is not a number"
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = re.sub(r"[,，¥￥元\s]|m²|m2|平方米", "", str(value))
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None, f"“{str(value).strip()}” is not a number"
    if not number.is_finite():
        return None, f"{_shown(value)} is not a number"
    return number, ""


def to_int(value: Any) -> tuple[int | None, str]:
    number, problem = to_number(value)
    if problem:
        return None, problem
    if number != number.to_integral_value():
        return None, f"{_shown(value)} is not a whole number"
    return int(number), ""


def to_bool(value: Any) -> tuple[bool | None, str]:
    if isinstance(value, bool):
        return value, ""
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True, ""
    if text in _FALSE:
        return False, ""
    return None, f"“{str(value).strip()}” is not yes or no (是/否)"


def to_text(value: Any) -> tuple[str, str]:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(), ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), ""
    return str(value).strip(), ""


def to_choice(value: str, choices: tuple[str, ...]) -> str:
    """ "Base technology" and "base-technology" mean ``base_technology``."""
    code = re.sub(r"[\s\-]+", "_", value.strip().casefold())
    return code if code in choices else value.strip()


CONVERT = {"date": to_date, "number": to_number, "int": to_int, "bool": to_bool, "text": to_text}
CHOICES = {"segment": SEGMENTS, "stage": STAGES, "kind": UNIT_KINDS}


def _shown(value: Any) -> str:
    return f"“{value}”" if not isinstance(value, int | float | Decimal) else str(value)


def write_template(path: str | Path) -> Path:
    """A workbook to fill in: Companies, Units and Leases, one example row each.

    Headers are in English; each header's note names the Chinese headers also accepted, and
    the dates are real dates.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    examples = _example_rows()
    for spec in SHEETS:
        ws = wb.create_sheet(spec.title)
        for i, column in enumerate(spec.columns, start=1):
            cell = ws.cell(1, i, column.header + (" *" if column.required else ""))
            cell.font = Font(bold=True)
            also = " / ".join(column.aliases)
            note = f"Also accepted: {also}" if also else ""
            if column.required:
                note += "\nRequired." if note else "Required."
            if column.key in CHOICES:
                note += "\nOne of: " + ", ".join(CHOICES[column.key])
            if column.key == "company":
                note += "\nThe company's credit code (or its exact name)."
            if note:
                cell.comment = Comment(note, "Incubator Admin")
            ws.column_dimensions[cell.column_letter].width = max(14, len(column.header) + 4)
        for i, value in enumerate(examples[spec.key], start=1):
            cell = ws.cell(2, i, value)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
    wb.save(path)
    return path
