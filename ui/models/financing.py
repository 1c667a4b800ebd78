"""The pipeline table: applications a page at a time from the pipeline service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from adminapp.services.financing import pipeline
from adminapp.services.financing.pipeline import ApplicationRow
from adminapp.services.listing_sql import ListQuery
from ui.models import display as d
from ui.models.table import Column, PagedTableModel


def _status_colour(r: ApplicationRow) -> Any:
    return d.APPLICATION_STATUS_COLOURS.get(r.status)


class ApplicationsModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Reference"), lambda r: r.reference, "reference", width=105),
            Column(
                self.tr("Company"),
                lambda r: d.name(r.company_name, r.company_name_zh),
                "company",
                width=170,
                tooltip=lambda r: d.both_names(r.company_name, r.company_name_zh),
            ),
            Column(
                self.tr("Programme"),
                lambda r: d.name(r.programme_name, r.programme_name_zh),
                "programme",
                width=190,
                tooltip=lambda r: d.both_names(r.programme_name, r.programme_name_zh),
            ),
            Column(
                self.tr("Status"),
                lambda r: d.application_status_label(r.status),
                "status",
                width=95,
                colour=_status_colour,
            ),
            Column(
                self.tr("Requested"),
                lambda r: d.quantity(r.requested_amount, r.unit),
                "requested",
                True,
                120,
            ),
            Column(
                self.tr("Approved"),
                lambda r: d.quantity(r.approved_amount, r.unit),
                "approved",
                True,
                120,
            ),
            Column(self.tr("Disbursed"), lambda r: _disbursed(r), None, True, 120),
            Column(self.tr("Score"), lambda r: d.amount(r.score), "score", True, 55),
            Column(self.tr("Submitted"), lambda r: d.date(r.submitted_on), "submitted", width=90),
            Column(self.tr("Year"), lambda r: str(r.year), "year", True, 50),
            Column(self.tr("Platform"), lambda r: d.platform_label(r.platform), width=95),
        ]
        super().__init__(ctx, columns, "reference", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[ApplicationRow]:
        return pipeline.list_applications(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return pipeline.count_applications(ctx, q)


def _disbursed(r: ApplicationRow) -> str:
    # Paid out so far; GPU-hour vouchers are not paid in money (their use is on the record).
    if r.unit == "GPU_HOURS" or r.approved_amount is None:
        return ""
    return d.money(r.disbursed)
