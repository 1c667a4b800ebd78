"""Import companies, units and leases from the spreadsheets the centre already keeps.

``read_workbook`` parses the file (headers in English or Chinese, see ``import_sheets``) and
checks every row against the same rules as the Companies, Units and Leases editors: it runs
the services' own create functions in one unit of work that is then rolled back, so a unit on
a floor that would overflow, an unknown company, or two leases of the same unit (in the file or
against the database) are found exactly as a save would find them. ``apply`` runs the same
functions again in one unit of work and commits only if every row passed: all or nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from adminapp import credit_code
from adminapp.errors import DomainError, ValidationError
from adminapp.models import Building, Company, Floor, Unit
from adminapp.services import audit, building, companies, leases
from adminapp.services.access import require
from adminapp.services.context import AppContext
from adminapp.services.import_reading import (
    ImportCancelled,
    Problem,
    Progress,
    SheetRows,
    read_sheets,
)
from adminapp.services.import_sheets import SHEETS, write_template

__all__ = ["ImportPlan", "ImportResult", "Problem", "apply", "read_workbook", "write_template"]

# Which column a service's error field belongs to, per sheet.
_COMPANY_FIELDS = {f: f for f in companies.FIELDS}
_UNIT_FIELDS = {"floor_id": "floor", "code": "code", "kind": "kind",
                "rentable_area": "rentable_area", "in_service": "in_service", "notes": "notes"}  # fmt: skip
_LEASE_FIELDS = {"company_id": "company", "unit_ids": "units", "start_date": "start_date",
                 "end_date": "end_date", "rent_free_months": "rent_free_months",
                 "deposit": "deposit", "notes": "notes", "rent_steps": "notes"}  # fmt: skip
# Longest text the database keeps, so PostgreSQL never refuses a row mid-transaction.
_MAX_LEN = {"name_en": 200, "name_zh": 200, "contact_name": 100, "contact_phone": 40,
            "contact_email": 200}  # fmt: skip
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPLIT = re.compile(r"[,，、;；\s]+")


@dataclass
class ImportPlan:
    """What a file holds: the rows of each sheet and every problem found."""

    path: Path
    sha256: str
    sheets: list[SheetRows]
    problems: list[Problem] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        """Rows per sheet key (companies, units, leases)."""
        found = {s.spec.key: len(s.rows) for s in self.sheets}
        return {spec.key: found.get(spec.key, 0) for spec in SHEETS}

    def preview(self) -> list[tuple[str, list[str], list[tuple[int, list[str]]]]]:
        """Per sheet: its title, its recognised headers, and (row number, cells as text)."""
        return [(s.title, list(s.headers.values()), s.shown) for s in self.sheets]


@dataclass(frozen=True)
class ImportResult:
    companies: int
    units: int
    leases: int
    file_name: str
    sha256: str


class _DryRun(Exception):
    """Raised to roll back the checking pass."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_workbook(
    ctx: AppContext, path: str | Path, progress: Progress | None = None
) -> ImportPlan:
    """Parse ``path`` and check every row; nothing is written.

    Raises ``DomainError`` for a file that cannot be imported at all (not a workbook,
    password-protected, too big, no known sheet); problems of rows and cells are in
    ``plan.problems`` as (sheet, row, column, message).
    """
    path = Path(path)
    sheets, problems = read_sheets(path, progress)
    plan = ImportPlan(path, _sha256(path), sheets, problems)
    found: list[Problem] = []
    try:
        with ctx.db.write() as s:
            _write_all(s, ctx, plan, found, progress)
            raise _DryRun
    except _DryRun:
        pass
    except SQLAlchemyError as exc:
        raise DomainError(f"{path.name} could not be checked against the database: {exc}") from exc
    order = {s.title: i for i, s in enumerate(sheets)}
    plan.problems = sorted(
        [*problems, *found], key=lambda p: (order.get(p.sheet, -1), p.row, p.column)
    )
    return plan


def apply(ctx: AppContext, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write every row of a plan without problems in one unit of work, with one "import"
    audit entry (file name, counts, SHA-256). Any failure or a cancel writes nothing."""
    require(ctx, "import.register")
    if plan.problems:
        raise DomainError(
            f"{plan.file_name} has {len(plan.problems)} problem(s); fix them and read the file "
            "again. Nothing was written."
        )
    found: list[Problem] = []
    with ctx.db.write() as s:
        counts = _write_all(s, ctx, plan, found, progress)
        if found:
            first = found[0]
            raise DomainError(
                f"The database changed since the file was read ({first.sheet} row {first.row}, "
                f"{first.column}: {first.message}); read the file again. Nothing was written."
            )
        changes: dict[str, list[Any]] = {
            "file": [None, plan.file_name],
            "sha256": [None, plan.sha256],
        }
        changes |= {k: [None, n] for k, n in counts.items()}
        summary = (
            f"Imported {plan.file_name}: {counts['companies']} companies, "
            f"{counts['units']} units, {counts['leases']} leases"
        )
        audit.record(s, ctx, "import", "import", None, changes, summary)
    return ImportResult(counts["companies"], counts["units"], counts["leases"], plan.file_name,
                        plan.sha256)  # fmt: skip


class _Pass:
    """One run over the plan's rows inside a unit of work, collecting problems."""

    def __init__(self, s: Session, ctx: AppContext, plan: ImportPlan, found: list[Problem],
                 progress: Progress | None) -> None:  # fmt: skip
        self.s, self.ctx, self.found, self.progress = s, ctx, found, progress
        self.total = sum(len(sh.rows) for sh in plan.sheets)
        self.done = 0
        self.skipped: set[str] = set()  # keys of companies and units defined in rows with problems
        self.lease_rows: dict[str, int] = {}  # reference given in this pass → row

    def tick(self) -> None:
        self.done += 1
        if self.progress and not self.progress(self.done, self.total):
            raise ImportCancelled("Import cancelled; nothing was written")

    def report(self, sheet: SheetRows, row: int, key: str, message: str) -> None:
        self.found.append(Problem(sheet.title, row, sheet.header(key), message))

    def refused(self, sheet: SheetRows, row: int, exc: DomainError, fields: dict[str, str]) -> None:
        errors = exc.errors if isinstance(exc, ValidationError) else {exc.field or "": str(exc)}
        for name, message in errors.items():
            for ref, other in self.lease_rows.items():
                message = message.replace(f"under {ref}", f"under the lease in row {other}")
            key = fields.get(name)
            column = sheet.header(key) if key else ""
            self.found.append(Problem(sheet.title, row, column, message))


def _write_all(s: Session, ctx: AppContext, plan: ImportPlan, found: list[Problem],
               progress: Progress | None) -> dict[str, int]:  # fmt: skip
    run = _Pass(s, ctx, plan, found, progress)
    by_key = {sh.spec.key: sh for sh in plan.sheets}
    counts = {spec.key: 0 for spec in SHEETS}
    if "companies" in by_key:
        counts["companies"] = _companies(run, by_key["companies"])
    if "units" in by_key:
        counts["units"] = _units(run, by_key["units"])
    if "leases" in by_key:
        counts["leases"] = _leases(run, by_key["leases"])
    return counts


def _companies(run: _Pass, sheet: SheetRows) -> int:
    written = 0
    for row, v in sheet.rows:
        run.tick()
        name_en, name_zh = v.get("name_en") or "", v.get("name_zh") or ""
        if name_en and not name_zh and _CJK.search(name_en):
            name_en, name_zh = "", name_en
        keys = {credit_code.normalise(v.get("credit_code") or ""), name_en.casefold(), name_zh}
        if row in sheet.bad_rows:
            run.skipped |= keys - {""}
            continue
        data = companies.CompanyInput(
            name_en=name_en, name_zh=name_zh, credit_code=v.get("credit_code") or "",
            segment=v.get("segment") or "", stage=v.get("stage") or "seed",
            contact_name=v.get("contact_name") or "", contact_phone=v.get("contact_phone") or "",
            contact_email=v.get("contact_email") or "", admitted_on=v.get("admitted_on"),
            graduated_on=v.get("graduated_on"),
        )  # fmt: skip
        too_long = [k for k, n in _MAX_LEN.items() if len(getattr(data, k)) > n]
        for k in too_long:
            run.report(sheet, row, k, f"Longer than {_MAX_LEN[k]} characters")
        if too_long:
            run.skipped |= keys - {""}
            continue
        try:
            companies._create_company_in(run.s, run.ctx, data)
            written += 1
        except DomainError as exc:
            run.refused(sheet, row, exc, _COMPANY_FIELDS)
            run.skipped |= keys - {""}
    return written


def _floor_ids(s: Session) -> dict[str, int]:
    first = s.scalar(select(Building.id).order_by(Building.id).limit(1))
    return dict(s.execute(select(Floor.label, Floor.id).where(Floor.building_id == first)).all())


def _floor_label(value: Any) -> str:
    text = str(value or "").strip().upper()
    text = re.sub(r"(F|楼|层|/F)$", "", text).strip()
    return text[:-2] if text.endswith(".0") else text


def _units(run: _Pass, sheet: SheetRows) -> int:
    floors = _floor_ids(run.s)
    written = 0
    for row, v in sheet.rows:
        run.tick()
        code = str(v.get("code") or "").strip().upper()
        if row in sheet.bad_rows:
            run.skipped.add(code)
            continue
        label = _floor_label(v.get("floor"))
        if label not in floors:
            run.report(sheet, row, "floor", f"Floor {label} is not in the building")
            run.skipped.add(code)
            continue
        data = building.UnitInput(
            floors[label], code, v.get("kind") or "", v.get("rentable_area") or Decimal(0),
            True if v.get("in_service") is None else v["in_service"], v.get("notes") or "",
        )  # fmt: skip
        try:
            building._create_unit_in(run.s, run.ctx, data)
            written += 1
        except DomainError as exc:
            run.refused(sheet, row, exc, _UNIT_FIELDS)
            run.skipped.add(code)
    return written


def _company_id(run: _Pass, sheet: SheetRows, row: int, text: str) -> int | None:
    code = credit_code.normalise(text)
    found = run.s.scalar(select(Company.id).where(Company.credit_code == code))
    if found:
        return found
    ids = run.s.scalars(
        select(Company.id).where(
            or_(func.lower(Company.name_en) == text.casefold(), Company.name_zh == text)
        )
    ).all()
    if len(ids) == 1:
        return ids[0]
    if {code, text.casefold(), text} & run.skipped:
        return None  # defined in a row of this file that has problems of its own
    if ids:
        run.report(
            sheet, row, "company", f"Several companies are named {text}; give the credit code"
        )
    else:
        run.report(sheet, row, "company", f"Company {text} is neither registered nor in the "
                   "Companies sheet (give its credit code or exact name)")  # fmt: skip
    return None


def _unit_ids(run: _Pass, sheet: SheetRows, row: int, text: str) -> list[int] | None:
    codes = [c.upper() for c in _SPLIT.split(text.strip()) if c]
    known = dict(run.s.execute(select(Unit.code, Unit.id).where(Unit.code.in_(codes))).all())
    unknown = [c for c in codes if c not in known and c not in run.skipped]
    if unknown:
        run.report(sheet, row, "units", f"Unit {', '.join(unknown)} is neither in the building "
                   "nor in the Units sheet")  # fmt: skip
    if unknown or any(c not in known for c in codes):
        return None
    return [known[c] for c in codes]


def _leases(run: _Pass, sheet: SheetRows) -> int:
    written = 0
    for row, v in sheet.rows:
        run.tick()
        if row in sheet.bad_rows:
            continue
        company = _company_id(run, sheet, row, str(v.get("company") or "").strip())
        units = _unit_ids(run, sheet, row, str(v.get("units") or ""))
        monthly, daily = v.get("rent_month"), v.get("rent_day")
        if monthly is None and daily is None:
            run.report(sheet, row, "rent_month" if "rent_month" in sheet.headers else "rent_day",
                       "Give the rent per m² per month (or per day)")  # fmt: skip
            continue
        if company is None or units is None:
            continue
        data = leases.LeaseInput(
            company, units, v.get("start_date"), v.get("end_date"),
            monthly if monthly is not None else daily,
            rent_basis="month" if monthly is not None else "day",
            rent_free_months=v.get("rent_free_months") or 0,
            deposit=v.get("deposit") or Decimal(0), notes=v.get("notes") or "",
        )  # fmt: skip
        rent_key = "rent_month" if monthly is not None else "rent_day"
        try:
            lease = leases._create_lease_in(run.s, run.ctx, data)
            run.lease_rows[lease.reference] = row
            written += 1
        except DomainError as exc:
            run.refused(sheet, row, exc, _LEASE_FIELDS | {"rent": rent_key})
    return written
