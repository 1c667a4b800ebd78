"""The dashboard's two short lists: leases expiring soon and vacant units."""

from __future__ import annotations

from PySide6.QtCore import QObject

from adminapp.services.occupancy import ExpiringLease, VacantUnit
from ui.models import display as d
from ui.models.table import Column, RowsTableModel


class ExpiringLeasesModel(RowsTableModel):
    id_attr = "lease_id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Reference"), lambda r: r.reference, width=100),
                Column(
                    self.tr("Company"),
                    lambda r: d.name(r.company_name, r.company_name_zh),
                    width=170,
                ),
                Column(self.tr("Units"), lambda r: r.unit_codes, width=110),
                Column(self.tr("Area m²"), lambda r: d.amount(r.area), numeric=True, width=80),
                Column(self.tr("Ends"), lambda r: d.date(r.end_date), width=90),
                Column(self.tr("Days left"), lambda r: str(r.days_left), numeric=True, width=70),
            ],
            parent,
        )

    def set_leases(self, leases: list[ExpiringLease]) -> None:
        self.set_rows(leases)


class VacantUnitsModel(RowsTableModel):
    id_attr = "unit_id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Unit"), lambda r: r.code, width=80),
                Column(self.tr("Floor"), lambda r: d.floor_label(r.floor_label), width=55),
                Column(self.tr("Kind"), lambda r: d.kind_label(r.kind), width=120),
                Column(
                    self.tr("Area m²"), lambda r: d.amount(r.rentable_area), numeric=True, width=80
                ),
                Column(self.tr("Next lease"), lambda r: d.date(r.next_lease_start), width=90),
            ],
            parent,
        )

    def set_units(self, units: list[VacantUnit]) -> None:
        self.set_rows(units)
