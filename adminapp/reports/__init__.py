"""The Excel reports (rent roll, occupancy, lease expiry), as proper Excel.

``REPORTS`` names them; ``export_report`` writes one; ``default_filename`` says what and when.
The GUI and the CLI call only these. See ``shared/REPORTS.md`` for what a report must be.
"""

from __future__ import annotations

from adminapp.reports.cells import safe_sheet_name
from adminapp.reports.export import (
    REPORTS,
    ExportResult,
    default_filename,
    export_report,
    get_report,
)
from adminapp.reports.spec import ReportSpec
from adminapp.reports.table import CENTRE_NAME, SheetResult
from adminapp.reports.workbook import ProgressFn, ReportCancelled

__all__ = [
    "CENTRE_NAME",
    "REPORTS",
    "ExportResult",
    "ProgressFn",
    "ReportCancelled",
    "ReportSpec",
    "SheetResult",
    "default_filename",
    "export_report",
    "get_report",
    "safe_sheet_name",
]
