"""Units: every unit with the tenant holding it today; filter by floor, kind and occupancy."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from adminapp.services import audit, listing
from adminapp.services.context import AppContext
from adminapp.services.listing import ListQuery
from ui.models import display as d
from ui.models.lists import UnitsModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals


class UnitsPage(ListPage):
    name = "units"
    requires = {"new": "unit.create", "edit": "unit.update"}
    listens = ("unitsChanged", "leasesChanged", "companiesChanged")

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("unit"), self.tr("units")
        self.model = UnitsModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search unit code or tenant…"))
        self.build()
        h.link_as_of(self, "unit")
        self.floor_combo = self.floor_combo_box()
        self.add_filter(self.tr("Floor"), self.floor_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"))
        for kind in listing.UNIT_KINDS:
            self.kind_combo.addItem(d.kind_label(kind), kind)
        self.add_filter(self.tr("Kind"), self.kind_combo)
        self.occupancy_combo = QComboBox()
        self.occupancy_combo.addItem(self.tr("All units"))
        self.occupancy_combo.addItem(self.tr("Vacant"), ("occupancy", "vacant"))
        self.occupancy_combo.addItem(self.tr("Leased"), ("occupancy", "leased"))
        self.occupancy_combo.addItem(self.tr("In service"), ("in_service", True))
        self.occupancy_combo.addItem(self.tr("Out of service"), ("in_service", False))
        self.add_filter(self.tr("Show"), self.occupancy_combo)
        self.connect_combo(self.floor_combo, "floor_id")
        self.connect_combo(self.kind_combo, "kind")
        self.occupancy_combo.currentIndexChanged.connect(self._on_occupancy)

    def title(self) -> str:
        return self.tr("Units")

    def _on_occupancy(self) -> None:
        choice = self.occupancy_combo.currentData()
        filters = dict(self.model.query.filters)
        filters.pop("occupancy", None)
        filters.pop("in_service", None)
        if choice:
            filters[choice[0]] = choice[1]
        self.model.set_query(filters=filters)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No unit matches the search and filters.")
        return self.tr("No units yet. Use New (Ctrl+N) to add the first one.")

    def trigger(self, action: str) -> None:
        if action == "new":
            self._open(None)
        elif action == "edit":
            row = self.selected_row()
            if row is not None:
                self._open(row.id)
        else:
            super().trigger(action)

    def _open(self, unit_id: int | None) -> None:
        if unit_id is not None:
            self.open_dialog("unit_dialog", "UnitDialog", self.signals.unitsChanged, unit_id)
        else:  # a new unit starts on the floor the list is filtered to
            floor_id = self.floor_combo.currentData()
            self.open_dialog(
                "unit_dialog", "UnitDialog", self.signals.unitsChanged, None, floor_id=floor_id
            )

    def show_target(self, target: object) -> None:
        """``("unit", id, code)``: find that unit in the list and show its record."""
        if isinstance(target, tuple) and len(target) > 1 and target[0] == "unit":
            self.show_record(target[1], target[2] if len(target) > 2 else "")

    def detail_html(self, row_id: int) -> str:
        row = self.selected_row()
        if row is None or row.id != row_id:
            return ""
        tenant = f"{row.tenant_name} {row.tenant_name_zh}".strip() or self.tr("Vacant")
        parts = [
            h.title(row.code, f"{d.kind_label(row.kind)} · {d.floor_label(row.floor_label)}"),
            h.kv_table(
                [
                    (self.tr("Rentable area"), d.area(row.rentable_area)),
                    (self.tr("In service"), d.yes_no(row.in_service)),
                    (self.tr("Tenant today"), tenant),
                    (self.tr("Lease"), row.lease_reference),
                    (self.tr("Lease ends"), d.date(row.lease_end)),
                ]
            ),
            h.heading(self.tr("Leases of this unit")),
        ]
        leases = listing.list_leases(
            self.ctx,
            ListQuery(
                filters={"unit_id": row_id},
                sort="start",
                descending=True,
                limit=50,
                as_of=self.model.query.on(),
            ),
        )
        parts.append(
            h.lease_items(
                leases,
                lambda x: f"{x.reference} · {x.company_name}",
                d.status_label,
                d.date,
                self.tr("Never leased."),
            )
        )
        parts.append(h.history_heading(self.tr("History"), self.tr("As it was on…")))
        parts.append(
            h.history(audit.history(self.ctx, "unit", row_id), self.tr("No recorded changes."))
        )
        return "".join(parts)
