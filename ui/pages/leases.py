"""Leases: every lease with its status today; renew or terminate a signed one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from adminapp import rent
from adminapp.services import audit, leases, listing
from adminapp.services.context import AppContext
from ui.models import display as d
from ui.models.lists import LeasesModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals

EXPIRY_CHOICES = (30, 60, 90, 180)
# The editor for each action on a selected lease: (module in ui/dialogs, class).
DIALOGS = {
    "edit": ("lease_dialog", "LeaseDialog"),
    "renew": ("renew_dialog", "RenewDialog"),
    "terminate": ("terminate_dialog", "TerminateDialog"),
}


class LeasesPage(ListPage):
    name = "leases"
    requires = {
        "new": "lease.create",
        "edit": "lease.update",
        "renew": "lease.renew",
        "terminate": "lease.terminate",
    }
    listens = ("leasesChanged", "companiesChanged", "unitsChanged")

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("lease"), self.tr("leases")
        self.model = LeasesModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search reference, company or unit…"))
        self.build()
        h.link_as_of(self, "lease")
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"))
        for code in listing.LEASE_STATUSES:
            self.status_combo.addItem(d.status_label(code), code)
        self.add_filter(self.tr("Status"), self.status_combo)
        self.floor_combo = self.floor_combo_box()
        self.add_filter(self.tr("Floor"), self.floor_combo)
        self.expiry_combo = QComboBox()
        self.expiry_combo.addItem(self.tr("Any time"))
        for days in EXPIRY_CHOICES:
            self.expiry_combo.addItem(self.tr("Within %1 days").replace("%1", str(days)), days)
        self.add_filter(self.tr("Ending"), self.expiry_combo)
        self.connect_combo(self.status_combo, "status")
        self.connect_combo(self.floor_combo, "floor_id")
        self.connect_combo(self.expiry_combo, "expiring_within")

    def title(self) -> str:
        return self.tr("Leases")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No lease matches the search and filters.")
        return self.tr("No leases yet. Use New (Ctrl+N) to record the first one.")

    # --- actions
    def can(self, action: str) -> bool:
        if action in ("renew", "terminate"):
            row = self.selected_row()
            return row is not None and row.stage == "signed"
        return super().can(action)

    def trigger(self, action: str) -> None:
        row = self.selected_row()
        changed = self.signals.leasesChanged
        if action == "new":
            self.open_dialog("lease_dialog", "LeaseDialog", changed, None)
        elif action in DIALOGS and row is not None and self.can(action):
            self.open_dialog(*DIALOGS[action], changed, row.id)
        elif action not in DIALOGS:
            super().trigger(action)

    # --- detail
    def show_target(self, target: object) -> None:
        """``("lease", id, reference)``: find that lease in the list and show its record."""
        if isinstance(target, tuple) and len(target) > 1 and target[0] == "lease":
            self.show_record(target[1], target[2] if len(target) > 2 else "")

    def detail_html(self, row_id: int) -> str:
        v = leases.get_lease(self.ctx, row_id, self.model.query.on())
        row = self.selected_row()
        company = v.company_name
        if row is not None and row.id == row_id and row.company_name_zh:
            company = f"{company} {row.company_name_zh}"
        pairs = [
            (self.tr("Company"), company),
            (self.tr("Units"), ", ".join(v.unit_codes)),
            (self.tr("Area"), d.area(v.area)),
            (self.tr("Term"), f"{d.date(v.start_date)} → {d.date(v.end_date)}"),
            (self.tr("Rent per m² per month"), d.money(v.rate_in_force)),
            (self.tr("Rent per m² per day"), f"¥{v.rate_in_force_per_day:,.4f}"),
            (
                self.tr("Monthly rent")
                if v.status in ("upcoming", "active", "draft")
                else self.tr("Monthly rent at the end"),
                d.money(v.monthly_rent),
            ),
            (
                self.tr("Starting rate per m² per month"),
                d.money(v.rent_per_m2_month) if v.rent_steps else "",
            ),
            (self.tr("Rent-free months"), str(v.rent_free_months) if v.rent_free_months else ""),
            (self.tr("Deposit"), d.money(v.deposit)),
            (self.tr("Terminated on"), d.date(v.terminated_on)),
            (self.tr("Reason"), v.termination_reason),
            (self.tr("Notes"), v.notes),
        ]
        parts = [h.title(v.reference, d.status_label(v.status)), h.kv_table(pairs)]
        if v.rent_steps:
            parts.append(h.heading(self.tr("Rent steps")))
            parts.append(
                h.grid_table(
                    [self.tr("From"), self.tr("¥/m²/month"), self.tr("¥/m²/day")],
                    [
                        [d.date(when), d.amount(rate), d.amount(rent.per_day_from_month(rate), 4)]
                        for when, rate in v.rent_steps
                    ],
                    numeric=frozenset({1, 2}),
                )
            )
        parts.append(h.history_heading(self.tr("History"), self.tr("As it was on…")))
        parts.append(
            h.history(audit.history(self.ctx, "lease", row_id), self.tr("No recorded changes."))
        )
        return "".join(parts)
