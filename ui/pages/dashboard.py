"""Dashboard: occupancy on a chosen date, by floor, and what needs attention (expiries, vacancies)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.services import occupancy
from adminapp.services.context import AppContext, centre_today
from ui.models import display as d
from ui.models.dashboard import ExpiringLeasesModel, VacantUnitsModel
from ui.models.table import RowsTableModel
from ui.pages.base import Page
from ui.pages.tables import fit_columns
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.floor_bars import FloorBar, FloorBarChart
from ui.widgets.kpi_card import KpiCard

EXPIRY_WINDOW = 90


def _to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DashboardPage(Page):
    name = "dashboard"
    listens = ("leasesChanged", "unitsChanged", "companiesChanged")

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.summary: occupancy.OccupancySummary | None = None
        self._selected: tuple[str, int] | None = None
        self._selected_stage = ""

        heading = QLabel(self.tr("Occupancy"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = centre_today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.dateChanged.connect(lambda _d: self.refresh() if self._loaded else None)
        today_button = QPushButton(self.tr("Today"))
        today_button.clicked.connect(self.go_today)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        as_of_label = QLabel(self.tr("As of"))
        as_of_label.setBuddy(self.date_edit)
        top.addWidget(as_of_label)
        top.addWidget(self.date_edit)
        top.addWidget(today_button)

        self.cards = {
            "rate": KpiCard(self.tr("Occupancy")),
            "leased": KpiCard(self.tr("Leased area")),
            "vacant": KpiCard(self.tr("Vacant area")),
            "vacant_units": KpiCard(self.tr("Vacant units")),
            30: KpiCard(self.tr("Expiring ≤ 30 days")),
            60: KpiCard(self.tr("Expiring ≤ 60 days")),
            90: KpiCard(self.tr("Expiring ≤ 90 days")),
        }
        cards = QGridLayout()
        cards.setSpacing(8)
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)

        self.chart = FloorBarChart()
        chart_box = QGroupBox(self.tr("Occupancy by floor"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        self.expiring_model = ExpiringLeasesModel(self)
        self.expiring_view = self._table(self.expiring_model)
        self.expiring_box, self.expiring_stack = self._boxed(
            self.expiring_view, self.tr("No lease in force ends within 90 days of this date.")
        )
        self.vacant_model = VacantUnitsModel(self)
        self.vacant_view = self._table(self.vacant_model)
        self.vacant_box, self.vacant_stack = self._boxed(
            self.vacant_view, self.tr("Every unit in service is leased on this date.")
        )

        self.lists_splitter = QSplitter(Qt.Orientation.Vertical)
        self.lists_splitter.addWidget(self.expiring_box)
        self.lists_splitter.addWidget(self.vacant_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(self.lists_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 720])
        for s in (self.splitter, self.lists_splitter):
            s.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)

    def _table(self, model: RowsTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, c in enumerate(model.columns):
            view.setColumnWidth(i, c.width)
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection(view))
        view.doubleClicked.connect(lambda _i: self.request("edit"))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(view.viewport().mapToGlobal(pos))
        )
        return view

    def _boxed(self, view: QTableView, empty_text: str) -> tuple[QGroupBox, QStackedWidget]:
        """The table in a titled box; the box says ``empty_text`` instead when it is empty."""
        empty = QLabel(empty_text)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        stack = QStackedWidget()
        stack.addWidget(view)
        stack.addWidget(empty)
        box = QGroupBox()
        QVBoxLayout(box).addWidget(stack)
        return box, stack

    def title(self) -> str:
        return self.tr("Dashboard")

    @property
    def as_of(self) -> dt.date:
        return _to_date(self.date_edit.date())

    def set_as_of(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def go_today(self) -> None:
        self.set_as_of(centre_today())

    # --- loading
    def load(self) -> None:
        as_of = self.as_of
        s = occupancy.occupancy(self.ctx, as_of)
        self.summary = s
        self.cards["rate"].set_value(
            d.percent(s.rate),
            self.tr("of %1 rentable").replace("%1", d.whole_area(s.rentable_area)),
        )
        self.cards["leased"].set_value(
            d.whole_area(s.leased_area),
            self.tr("Units leased: %1").replace("%1", f"{s.leased_units:,}"),
        )
        self.cards["vacant"].set_value(d.whole_area(s.vacant_area), self.tr("in service"))
        self.cards["vacant_units"].set_value(
            f"{s.vacant_units:,}", self.tr("of %1 in service").replace("%1", f"{s.unit_count:,}")
        )
        for days in (30, 60, 90):
            self.cards[days].set_value(f"{s.expiring.get(days, 0):,}", self.tr("leases"))
        self.chart.set_bars(
            [
                FloorBar(
                    d.floor_label(f.label),
                    float(f.rate) if f.rentable_area else None,
                    self.tr("Floor %1: %2 of %3 leased (%4 of %5 units)")
                    .replace("%1", d.floor_label(f.label))
                    .replace("%2", d.area(f.leased_area))
                    .replace("%3", d.area(f.rentable_area))
                    .replace("%4", str(f.leased_units))
                    .replace("%5", str(f.unit_count)),
                )
                for f in s.floors
            ]
        )
        expiring = occupancy.expiring_leases(self.ctx, as_of, EXPIRY_WINDOW)
        self.expiring_model.set_leases(expiring)
        fit_columns(self.expiring_view, self.expiring_model, stretch=1)
        self.expiring_stack.setCurrentIndex(0 if expiring else 1)
        self.expiring_box.setTitle(
            self.tr("Leases expiring within %1 days (%2)")
            .replace("%1", str(EXPIRY_WINDOW))
            .replace("%2", str(len(expiring)))
        )
        vacant = occupancy.vacant_units(self.ctx, as_of)
        self.vacant_model.set_units(vacant)
        fit_columns(self.vacant_view, self.vacant_model, stretch=2)
        self.vacant_stack.setCurrentIndex(0 if vacant else 1)
        self.vacant_box.setTitle(self.tr("Vacant units (%1)").replace("%1", str(len(vacant))))
        self._reselect()

    def _reselect(self) -> None:
        if self._selected is None:
            return
        kind, row_id = self._selected
        view = self.expiring_view if kind == "lease" else self.vacant_view
        row = view.model().row_of_id(row_id)
        if row >= 0:
            view.selectRow(row)
        else:
            self._selected = None

    def _on_selection(self, view: QTableView) -> None:
        rows = view.selectionModel().selectedRows()
        other = self.vacant_view if view is self.expiring_view else self.expiring_view
        if rows:
            blocked = other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(blocked)
            kind = "lease" if view is self.expiring_view else "unit"
            self._selected = (kind, view.model().row_id(rows[0].row()))
            self._selected_stage = self._lease_stage(self._selected[1]) if kind == "lease" else ""
        elif not other.selectionModel().hasSelection():
            self._selected = None
            self._selected_stage = ""
        self.selectionChanged.emit()

    def _lease_stage(self, lease_id: int) -> str:
        from adminapp.services import leases  # only once a lease is selected: start-up is lighter

        return leases.get_lease(self.ctx, lease_id).stage

    # --- page interface
    def status_text(self) -> str:
        if self.summary is None:
            return ""
        return (
            self.tr("Occupancy on %1: %2")
            .replace("%1", self.as_of.isoformat())
            .replace("%2", d.percent(self.summary.rate))
        )

    def focus_search(self) -> None:
        self.date_edit.setFocus()

    def can(self, action: str) -> bool:
        if action == "refresh":
            return True
        if action == "edit":
            return self._selected is not None
        if action in ("renew", "terminate"):
            return (
                self._selected is not None
                and self._selected[0] == "lease"
                and self._selected_stage == "signed"
            )
        return False

    def allows(self, action: str) -> bool:
        if action not in ("edit", "renew", "terminate"):
            return True
        kind = self._selected[0] if self._selected is not None else "lease"
        needed = {"edit": f"{kind}.update", "renew": "lease.renew", "terminate": "lease.terminate"}
        return permissions.allowed(self.ctx.actor.roles, needed[action])

    def trigger(self, action: str) -> None:
        if action == "refresh":
            self.refresh()
            return
        if not self.can(action) or not self.allows(action) or self._selected is None:
            return
        kind, row_id = self._selected
        if kind == "unit":
            self.open_dialog("unit_dialog", "UnitDialog", self.signals.unitsChanged, row_id)
            return
        module, cls = {
            "edit": ("lease_dialog", "LeaseDialog"),
            "renew": ("renew_dialog", "RenewDialog"),
            "terminate": ("terminate_dialog", "TerminateDialog"),
        }[action]
        self.open_dialog(module, cls, self.signals.leasesChanged, row_id)

    def save_state(self) -> None:
        self.settings.set_splitter_state("dashboard", self.splitter.saveState())
        self.settings.set_splitter_state("dashboard_lists", self.lists_splitter.saveState())

    def restore_state(self) -> None:
        for name, splitter in (
            ("dashboard", self.splitter),
            ("dashboard_lists", self.lists_splitter),
        ):
            state = self.settings.splitter_state(name)
            if not state.isEmpty():
                splitter.restoreState(state)
