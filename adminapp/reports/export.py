"""Export a named report to an .xlsx file: what the GUI's export dialog and the CLI call."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from adminapp import i18n
from adminapp.errors import DomainError
from adminapp.reports import (
    arrears_aging,
    billing_summary,
    consultations,
    deposits,
    financing_budgets,
    financing_disbursements,
    financing_pipeline,
    financing_vouchers,
    lease_expiry,
    occupancy,
    rent_roll,
    room_utilisation,
    tenant_statement,
)
from adminapp.reports.cells import safe_file_stem
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import CENTRE_NAME, ReportMeta, SheetResult
from adminapp.reports.words import describe_filters
from adminapp.reports.workbook import ProgressFn, check_target, write_workbook
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.context import AppContext, centre_now

REPORTS: dict[str, ReportSpec] = {
    spec.name: spec
    for spec in (
        rent_roll.SPEC,
        occupancy.SPEC,
        lease_expiry.SPEC,
        financing_pipeline.SPEC,
        financing_disbursements.SPEC,
        financing_budgets.SPEC,
        financing_vouchers.SPEC,
        consultations.SPEC,
        room_utilisation.SPEC,
        arrears_aging.SPEC,
        tenant_statement.SPEC,
        deposits.SPEC,
        billing_summary.SPEC,
    )
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    report: str
    as_of: dt.date
    row_count: int  # rows in the report's main table (its first sheet)
    filters: dict[str, str]
    generated_at: dt.datetime
    sheets: tuple[SheetResult, ...] = field(default=())

    @property
    def totals(self) -> dict[str, Decimal]:
        """The main table's summed columns, added up in Python from the database rows."""
        return self.sheets[0].totals if self.sheets else {}


def get_report(name: str) -> ReportSpec:
    """The report called ``name``, or a DomainError naming the reports there are."""
    try:
        return REPORTS[name]
    except KeyError:
        raise DomainError(
            f"Unknown report {name!r}; reports: {', '.join(REPORTS)}", "report"
        ) from None


def default_filename(name: str, as_of: dt.date) -> str:
    """What and when, e.g. ``rent-roll_2026-11-30.xlsx``."""
    return f"{safe_file_stem(name)}_{as_of.isoformat()}.xlsx"


def export_report(
    ctx: AppContext,
    name: str,
    out_path: str | os.PathLike[str],
    as_of: dt.date,
    *,
    filters: Mapping[str, object] | None = None,
    progress: ProgressFn | None = None,
    centre_name: str = CENTRE_NAME,
    lang: str | None = None,
) -> ExportResult:
    """Write report ``name`` as of ``as_of`` to ``out_path`` (an .xlsx file).

    ``filters`` are the report's own (see ``REPORTS[name].filters``); an unknown one is refused.
    ``progress(done, total)`` is called every thousand rows; returning ``False`` cancels, which
    raises :class:`ReportCancelled` and leaves no file. The file appears only when complete.
    ``lang`` (``en``, ``zh_CN``; None: the language in force) is the workbook's language: its
    titles, labels, headers, notes and the names of companies and programmes; the numbers,
    dates and their formats are the same in every language.
    Raises DomainError when the report, a filter, the language or the path is not usable.
    """
    try:
        chosen = i18n.parse_language(lang) if lang else i18n.current()
    except ValueError as exc:
        raise DomainError(str(exc), "lang") from None
    with i18n.language(chosen):
        return _export(ctx, name, out_path, as_of, filters, progress, centre_name)


def _export(
    ctx: AppContext,
    name: str,
    out_path: str | os.PathLike[str],
    as_of: dt.date,
    filters: Mapping[str, object] | None,
    progress: ProgressFn | None,
    centre_name: str,
) -> ExportResult:
    spec = get_report(name)
    require(ctx, f"report.{name}")
    if isinstance(as_of, dt.datetime):  # a date is meant; a time would shift SQL comparisons
        as_of = as_of.date()
    clean = spec.clean_filters(filters)
    target = check_target(out_path)
    generated_at = centre_now()
    with ctx.db.read() as s:
        if s.get_bind().dialect.name == "postgresql":
            # Count and rows must come from one snapshot, or "Rows" could disagree with the table.
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        sheets = spec.build(ctx, s, as_of, clean)
        meta = ReportMeta(
            title=spec.title,
            as_of=as_of,
            filters=describe_filters(clean),
            generated_at=generated_at,
            generated_by=ctx.actor.login,
            centre_name=centre_name,
        )
        written = write_workbook(target, meta, sheets, progress)
    rows = written[0].row_count if written else 0
    changes = {"report": [None, name], "as_of": [None, as_of.isoformat()]}
    changes.update({k: [None, v] for k, v in clean.items()})
    with ctx.db.write() as s:
        summary = f"{spec.title} as of {as_of.isoformat()}: {rows:,} rows"
        audit.record(s, ctx, "export", "report", None, changes, summary=summary)
    return ExportResult(
        path=target,
        report=name,
        as_of=as_of,
        row_count=rows,
        filters=clean,
        generated_at=generated_at,
        sheets=tuple(written),
    )
