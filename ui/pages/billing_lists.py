"""The Billing page's three lists — charges, payments, deposits — each with its filters and a
detail panel; the page holds them in tabs and drives their loading (they listen to nothing
themselves)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from adminapp.services import audit
from adminapp.services.billing import listing
from adminapp.services.billing.charges import MANUAL_KINDS
from adminapp.services.context import AppContext, centre_today
from ui.models import billing as b
from ui.models import display as d
from ui.models.table import PagedTableModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.lazy_combo import LazyComboBox

PERIODS = ("this_month", "last_month", "last_3_months", "this_year", "last_year")


def _month(year: int, month: int) -> dt.date:
    y, m = divmod(year * 12 + month - 1, 12)
    return dt.date(y, m + 1, 1)


def period_range(code: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The dates ``[from, to)`` a period choice stands for: whole months or years."""
    if code == "this_month":
        return _month(today.year, today.month), _month(today.year, today.month + 1)
    if code == "last_month":
        return _month(today.year, today.month - 1), _month(today.year, today.month)
    if code == "last_3_months":
        return _month(today.year, today.month - 2), _month(today.year, today.month + 1)
    if code == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1)
    if code == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year, 1, 1)
    raise ValueError(f"unknown period {code!r}")


class BillingList(ListPage):
    """A list inside the Billing page: a company filter and a period filter on ``date_key``."""

    date_key = ""
    model_type: Callable[[AppContext, QObject], PagedTableModel]
    _refitted = False  # the columns were sized once the view was laid out

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many, search_hint = self.texts()
        self.model = self.model_type(ctx, self)
        self.search.setPlaceholderText(search_hint)
        self.build()
        self.add_filters()

    def texts(self) -> tuple[str, str, str]:
        """The row noun (one, many) and the search box's hint."""
        raise NotImplementedError

    def add_filters(self) -> None:
        """Add the filters after the search box (the view is built)."""
        raise NotImplementedError

    def load(self) -> None:
        super().load()
        if not self._refitted:
            # Inside a tab the view is laid out only after this load: size the columns (and
            # give the spare width to the stretch column) once it is.
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        if self.model.rowCount() and self.view.viewport().width() > 100:
            self._refitted = True
            self._fit_columns()

    def add_company_filter(self) -> None:
        self.company_combo = LazyComboBox(self.tr("All companies"), self._companies)
        self.company_combo.setToolTip(self.tr("The companies charged or that have paid"))
        self.add_filter(self.tr("Company"), self.company_combo)
        self.connect_combo(self.company_combo, "company_id")

    def add_choice_filter(
        self, label: str, any_text: str, key: str, choices: Iterable[tuple[str, Any]]
    ) -> QComboBox:
        """A combo filtering ``key`` on the chosen value; its first entry, ``any_text``, on none."""
        combo = QComboBox()
        combo.addItem(any_text)
        for text, value in choices:
            combo.addItem(text, value)
        self.add_filter(label, combo)
        self.connect_combo(combo, key)
        return combo

    def add_period_filter(self, label: str, tip: str) -> None:
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("Any time"))
        names = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_3_months": self.tr("Last 3 months"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
        }
        for code in PERIODS:
            self.period_combo.addItem(names[code], code)
        self.period_combo.setToolTip(tip)
        self.add_filter(label, self.period_combo)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._apply_period())

    def _companies(self) -> list[tuple[str, Any]]:
        return [(f"{en} {zh}".strip(), i) for i, en, zh in listing.company_choices(self.ctx)]

    def _apply_period(self) -> None:
        code = self.period_combo.currentData()
        filters = dict(self.model.query.filters)
        filters.pop(f"{self.date_key}_from", None)
        filters.pop(f"{self.date_key}_to", None)
        if code:
            start, end = period_range(code, centre_today())
            filters.update({f"{self.date_key}_from": start, f"{self.date_key}_to": end})
        self.model.set_query(filters=filters)

    def show_company(self, company_id: int | None, name: str = "") -> None:
        """Narrow the list to one company (None: every company)."""
        combo = self.company_combo
        if company_id is None:
            combo.setCurrentIndex(0)
            return
        combo.ensure_loaded()
        index = combo.findData(company_id)
        if index < 0:  # not billed yet: the list is empty, and says so
            combo.addItem(name or str(company_id), company_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def history_html(self, entity: str, row_id: int) -> str:
        return h.heading(self.tr("History")) + h.history(
            audit.history(self.ctx, entity, row_id), self.tr("No recorded changes.")
        )


class ChargesList(BillingList):
    name = "billing-charges"
    date_key = "due"
    stretch_column = 4  # the description
    model_type = b.ChargesModel

    def texts(self) -> tuple[str, str, str]:
        return self.tr("charge"), self.tr("charges"), self.tr("Search company or description…")

    def add_filters(self) -> None:
        self.add_company_filter()
        kinds = [(b.kind_label(code), code) for code in ("rent", *MANUAL_KINDS, "credit_note")]
        self.kind_combo = self.add_choice_filter(
            self.tr("Kind"), self.tr("Any kind"), "kind", kinds
        )
        statuses = [(self.tr("Scheduled"), "scheduled"), (self.tr("Issued"), "issued")]
        self.status_combo = self.add_choice_filter(
            self.tr("Status"), self.tr("Any status"), "status", statuses
        )
        self.add_period_filter(self.tr("Due"), self.tr("When the charge is due"))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No charge matches the search and filters.")
        return self.tr("No charges yet. Finance generates the month's rent with Generate charges…")

    def detail_html(self, row_id: int) -> str:
        c = listing.get_charge(self.ctx, row_id)
        r = c.row
        pairs = [
            (self.tr("Company"), f"{r.company_name} {r.company_name_zh}".strip()),
            (self.tr("Lease"), r.lease_reference),
            (self.tr("Period"), b.period_text(r)),
            (self.tr("Due"), d.date(r.due_on)),
            (self.tr("Amount"), d.money(r.amount)),
            (self.tr("Issued"), d.date(r.issued_on) or self.tr("Not yet (scheduled)")),
            (self.tr("Unpaid"), d.money(r.unpaid) if r.unpaid else ""),
            (self.tr("Left to credit"), d.money(c.creditable) if c.creditable else ""),
            (self.tr("Created by"), c.created_by),
        ]
        parts = [
            h.title(f"C{r.id} · {b.kind_label(r.kind)}", b.charge_status_label(r.status)),
            h.kv_table(pairs),
            h.note(d.charge_description(r.description)),
        ]
        if c.corrected is not None:
            parts.append(h.heading(self.tr("Corrects")))
            parts.append(
                h.item_list(
                    [
                        (
                            f"C{c.corrected.id} {d.charge_description(c.corrected.description)}",
                            d.money(c.corrected.amount),
                        )
                    ]
                )  # fmt: skip
            )
        if c.corrections:
            parts.append(h.heading(self.tr("Credit notes and supplements")))
            parts.append(
                h.item_list(
                    (
                        f"C{x.id} · {d.money(x.amount)}",
                        f"{d.date(x.issued_on)} {d.charge_description(x.description)}",
                    )
                    for x in c.corrections
                )
            )
        parts.append(self.history_html("charge", row_id))
        return "".join(parts)


class PaymentsList(BillingList):
    name = "billing-payments"
    date_key = "received"
    stretch_column = 5  # the reference
    model_type = b.PaymentsModel

    def texts(self) -> tuple[str, str, str]:
        return self.tr("payment"), self.tr("payments"), self.tr("Search reference or company…")

    def add_filters(self) -> None:
        self.add_company_filter()
        states = [(self.tr("Standing"), False), (self.tr("Reversed"), True)]
        self.state_combo = self.add_choice_filter(
            self.tr("Show"), self.tr("All payments"), "reversed", states
        )
        self.add_period_filter(self.tr("Received"), self.tr("When the money was received"))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No payment matches the search and filters.")
        return self.tr("No payments yet. Finance records them with Record payment… (Ctrl+N).")

    def detail_html(self, row_id: int) -> str:
        p = listing.get_payment(self.ctx, row_id)
        pairs = [
            (self.tr("Company"), f"{p.company_name} {p.company_name_zh}".strip()),
            (self.tr("Received"), d.date(p.received_on)),
            (self.tr("Amount"), d.money(p.amount)),
            (self.tr("Method"), b.method_label(p.method)),
            (self.tr("Reference"), p.reference),
            (self.tr("Recorded by"), p.recorded_by),
            (self.tr("Reversed"), d.date(p.reversed_on)),
            (self.tr("Reversed by"), p.reversed_by or ""),
            (self.tr("Reason"), p.reversal_reason),
        ]
        state = self.tr("Reversed") if p.reversed_on else self.tr("Standing")
        parts = [h.title(f"P{p.id} · {d.money(p.amount)}", state), h.kv_table(pairs)]
        if p.reversed_on is None:
            parts.append(
                h.note(self.tr("Settles the company's oldest open charges; any excess is credit."))
            )
        parts.append(self.history_html("payment", row_id))
        return "".join(parts)


class DepositsList(BillingList):
    name = "billing-deposits"
    stretch_column = 1  # the company
    model_type = b.DepositsModel

    def texts(self) -> tuple[str, str, str]:
        return self.tr("lease"), self.tr("leases"), self.tr("Search lease or company…")

    def add_filters(self) -> None:
        self.held_check = QCheckBox(self.tr("Deposit held only"))
        self.add_filter("", self.held_check)
        self.held_check.toggled.connect(lambda on: self.set_filter("held", on or None))

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No lease matches the search and filters.")
        return self.tr("No signed lease asks for a deposit.")

    def detail_html(self, row_id: int) -> str:
        r = listing.get_deposit_row(self.ctx, row_id)
        if r is None:
            return h.note(self.tr("This lease asks for no deposit."))
        pairs = [
            (self.tr("Company"), f"{r.company_name} {r.company_name_zh}".strip()),
            (self.tr("Term"), f"{d.date(r.start_date)} → {d.date(r.ends)}"),
            (self.tr("Asked for"), d.money(r.deposit)),
            (self.tr("Charged"), d.money(r.charged)),
            (self.tr("Received"), d.money(r.received)),
            (self.tr("Held"), d.money(r.held)),
            (self.tr("Applied to debts"), d.money(r.applied)),
            (self.tr("Refunded"), d.money(r.refunded)),
        ]
        parts = [h.title(r.reference, self.tr("Deposit")), h.kv_table(pairs)]
        parts.append(h.heading(self.tr("Steps")))
        steps = listing.deposit_steps(self.ctx, row_id)
        if steps:
            parts.append(
                h.item_list(
                    (
                        f"{b.deposit_step_label(s.kind)} · {d.money(s.amount)}",
                        " · ".join(
                            x for x in (d.date(s.on_date), s.reference, s.note, s.recorded_by) if x
                        ),
                    )
                    for s in steps
                )
            )
        else:
            parts.append(h.note(self.tr("No step recorded yet.")))
        return "".join(parts)
