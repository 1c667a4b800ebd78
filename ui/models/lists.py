"""The three big lists: units, companies and leases, each a page at a time from the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from adminapp.services import listing
from adminapp.services.billing import account as billing_account
from adminapp.services.listing import CompanyRow, LeaseRow, ListQuery, UnitRow
from ui.models import display as d
from ui.models.table import Column, PagedTableModel

_RED = QColor("#b3261e")
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_MARKED = (int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ForegroundRole), _TOOLTIP)


def _tenant(r: UnitRow) -> str:
    if not r.tenant_name:
        return ""
    return f"{r.tenant_name} {r.tenant_name_zh}".strip()


class UnitsModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Unit"), lambda r: r.code, "code", width=90),
            Column(self.tr("Floor"), lambda r: d.floor_label(r.floor_label), "floor", width=60),
            Column(self.tr("Kind"), lambda r: d.kind_label(r.kind), "kind", width=130),
            Column(self.tr("Area m²"), lambda r: d.amount(r.rentable_area), "area", True, 90),
            Column(self.tr("In service"), lambda r: d.yes_no(r.in_service), width=80),
            Column(self.tr("Tenant"), _tenant, width=340),
            Column(self.tr("Lease"), lambda r: r.lease_reference, width=105),
            Column(self.tr("Lease ends"), lambda r: d.date(r.lease_end), width=95),
        ]
        super().__init__(ctx, columns, "floor", parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[UnitRow]:
        return listing.list_units(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_units(ctx, q)


class CompaniesModel(PagedTableModel):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Name"), lambda r: r.name_en, "name_en", width=200),
            Column(self.tr("Chinese name"), lambda r: r.name_zh, "name_zh", width=215),
            Column(self.tr("Credit code"), lambda r: r.credit_code, "credit_code", width=150),
            Column(self.tr("Segment"), lambda r: d.segment_label(r.segment), "segment", width=150),
            Column(self.tr("Stage"), lambda r: d.stage_label(r.stage), width=95),
            Column(self.tr("In force"), lambda r: str(r.active_leases), numeric=True, width=60),
            Column(self.tr("Leased m²"), lambda r: d.amount(r.leased_area), numeric=True, width=85),
            Column(self.tr("Admitted"), lambda r: d.date(r.admitted_on), "admitted_on", width=90),
            Column(
                self.tr("Arrears"),
                lambda r: self.tr("Over 90 days") if r.id in self.over_90 else "",
                width=100,
                tooltip=lambda r: (
                    self.tr("In arrears over 90 days") if r.id in self.over_90 else ""
                ),
                colour=lambda r: _RED if r.id in self.over_90 else None,
            ),
        ]
        super().__init__(ctx, columns, "name_en", parent=parent)
        # Companies in arrears over 90 days: worked out once per reload, not per row.
        self.over_90: set[int] = set()

    def reload(self) -> None:
        self.over_90 = billing_account.companies_over_90(self.ctx, self.query.as_of)
        super().reload()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A company over 90 days in arrears: its name in red after a red marker, so the flag
        # shows without scrolling to the Arrears column.
        if index.column() == 0 and role in _MARKED and index.row() >= 0:
            if self.row_at(index.row()).id in self.over_90:
                if role == _TOOLTIP:
                    return f"{self.row_at(index.row()).name_en}\n" + self.tr(
                        "In arrears over 90 days"
                    )
                return _RED
        return super().data(index, role)

    def fetch(self, ctx: Any, q: ListQuery) -> list[CompanyRow]:
        return listing.list_companies(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_companies(ctx, q)


def _status_colour(r: LeaseRow) -> Any:
    return d.STATUS_COLOURS.get(r.status)


class LeasesModel(PagedTableModel):
    keyset = True
    # "10,000+ leases": a million-row list is not counted to the last row.
    count_cap = 10_000

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Reference"), lambda r: r.reference, "reference", width=100),
            Column(
                self.tr("Company"),
                lambda r: d.name(r.company_name, r.company_name_zh),
                "company",
                width=180,
                tooltip=lambda r: f"{r.company_name}\n{r.company_name_zh}".strip(),
            ),
            Column(self.tr("Units"), lambda r: r.unit_codes, "units", width=115),
            Column(self.tr("Area m²"), lambda r: d.amount(r.area), "area", True, 85),
            Column(self.tr("¥/m²/mo"), lambda r: d.amount(r.rate_in_force), None, True, 90),
            Column(self.tr("Rent/month"), lambda r: d.money(r.monthly_rent), None, True, 115),
            Column(self.tr("Start"), lambda r: d.date(r.start_date), "start", width=90),
            Column(self.tr("End"), lambda r: d.date(r.end_date), "end", width=90),
            Column(
                self.tr("Status"),
                lambda r: d.status_label(r.status),
                width=85,
                colour=_status_colour,
            ),
            Column(self.tr("Deposit"), lambda r: d.money(r.deposit), None, True, 105),
        ]
        super().__init__(ctx, columns, "start", descending=True, parent=parent)

    def fetch(self, ctx: Any, q: ListQuery) -> list[LeaseRow]:
        return listing.list_leases(ctx, q)

    def count(self, ctx: Any, q: ListQuery) -> int:
        return listing.count_leases(ctx, q, cap=self.count_cap)
