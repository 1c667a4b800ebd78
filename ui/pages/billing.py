"""Billing: the charges and payments (each a page at a time, filtered and sorted in SQL), the
arrears by age on any date, and the leases' deposits, in tabs under finance's actions.

Only the tab shown is loaded; the others are loaded when next shown after a change. New
(Ctrl+N) records a payment.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from adminapp.services.context import AppContext
from ui.pages.base import Page
from ui.pages.billing_actions import BillingActions
from ui.pages.billing_arrears import ArrearsView
from ui.pages.billing_lists import ChargesList, DepositsList, PaymentsList
from ui.settings import Settings
from ui.signals import AppSignals

TABS = ("charges", "payments", "arrears", "deposits")


class BillingPage(BillingActions, Page):
    name = "billing"
    requires = {"new": "billing.payment"}
    listens = ("billingChanged", "leasesChanged", "companiesChanged")

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.charges = ChargesList(ctx, signals, settings)
        self.payments = PaymentsList(ctx, signals, settings)
        self.arrears = ArrearsView(ctx)
        self.deposits = DepositsList(ctx, signals, settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.charges, self.tr("Charges"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.arrears, self.tr("Arrears"))
        self.tabs.addTab(self.deposits, self.tr("Deposits"))
        self._stale_tabs: set[str] = set(TABS)
        for sub in (self.charges, self.payments, self.deposits):
            sub.selectionChanged.connect(self._sub_selection)
            sub.statusChanged.connect(self.statusChanged)
            sub.contextMenuRequested.connect(self.contextMenuRequested)
        self.arrears.loaded.connect(self.statusChanged)
        self.arrears.view.selectionModel().selectionChanged.connect(self._sub_selection)
        self.arrears.companyActivated.connect(
            lambda cid, name: self.navigateRequested.emit("companies", ("company", cid, name))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.build_actions())
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.update_buttons()

    def title(self) -> str:
        return self.tr("Billing")

    # --- tabs
    def current_tab(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)]

    def widget_of(self, tab: str) -> Any:
        return {"charges": self.charges, "payments": self.payments, "arrears": self.arrears,
                "deposits": self.deposits}[tab]  # fmt: skip

    def set_tab(self, tab: str) -> None:
        if tab not in TABS:
            raise ValueError(f"unknown billing view {tab!r}; views: {', '.join(TABS)}")
        self.tabs.setCurrentIndex(TABS.index(tab))

    def _tab_changed(self, _index: int) -> None:
        if self._loaded:
            self._load_tab(self.current_tab(), only_if_stale=True)
        self.update_buttons()
        self.selectionChanged.emit()
        self.statusChanged.emit()

    def _load_tab(self, tab: str, only_if_stale: bool = False) -> None:
        if only_if_stale and tab not in self._stale_tabs:
            return
        self._stale_tabs.discard(tab)
        widget = self.widget_of(tab)
        if tab == "arrears":
            widget.load()
        else:
            widget.refresh()

    def _sub_selection(self) -> None:
        self.update_buttons()
        self.selectionChanged.emit()

    # --- page interface
    def load(self) -> None:
        self._stale_tabs = set(TABS)
        self._load_tab(self.current_tab())
        self.update_buttons()

    def can(self, action: str) -> bool:
        return action in ("new", "refresh")

    def trigger(self, action: str) -> None:
        if action == "new":
            self.record_payment()
        else:
            super().trigger(action)

    def status_text(self) -> str:
        return self.widget_of(self.current_tab()).status_text()

    def focus_search(self) -> None:
        widget = self.widget_of(self.current_tab())
        if hasattr(widget, "focus_search"):
            widget.focus_search()
        else:
            widget.focus()

    def remember_selection(self, row_id: int | None) -> None:
        widget = self.widget_of(self.current_tab())
        if hasattr(widget, "remember_selection"):
            widget.remember_selection(row_id)

    def show_target(self, target: Any) -> None:
        """``("view", "arrears")`` (``arrears@2026-06-30``: on that date); ``("company", id,
        name)``: that company's charges and payments."""
        kind = target[0]
        if kind == "view":
            view, _, day = str(target[1]).partition("@")
            self.set_tab(view)
            if day and view == "arrears":
                self.arrears.set_as_of(dt.date.fromisoformat(day))
        elif kind == "company":
            name = target[2] if len(target) > 2 else ""
            for sub in (self.charges, self.payments):
                sub.show_company(target[1], name)
            if self.current_tab() not in ("charges", "payments"):
                self.set_tab("charges")

    def save_state(self) -> None:
        for sub in (self.charges, self.payments, self.deposits):
            sub.save_state()

    def restore_state(self) -> None:
        for sub in (self.charges, self.payments, self.deposits):
            sub.restore_state()
