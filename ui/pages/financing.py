"""Financing: the pipeline of applications with its filters; the editor opens one application.

The list comes a page at a time from ``financing.pipeline`` (filters and sorting in SQL); the
detail panel shows the selected application's figures, missing documents, steps, tranches and
history. New (Ctrl+N) takes an application; Edit (Enter, double-click) opens the editor, where
the documents, review, approval and tranche panels are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from adminapp.errors import DomainError
from adminapp.models import PLATFORMS
from adminapp.services import audit, financing
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import pipeline
from adminapp.services.financing.workflow import STATUSES
from ui import messages
from ui.models import display as d
from ui.models.financing import ApplicationsModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals
from ui.widgets.lazy_combo import LazyComboBox

# The period filter: submission dates [from, to) relative to today in Shanghai.
PERIODS = ("this_month", "last_3_months", "this_year", "last_year", "last_2_years")


def period_range(code: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The submission dates ``[from, to)`` a period choice stands for."""
    month = today.replace(day=1)
    tomorrow = today + dt.timedelta(days=1)
    if code == "this_month":
        return month, tomorrow
    if code == "last_3_months":
        y, m = divmod(month.year * 12 + month.month - 1 - 2, 12)
        return dt.date(y, m + 1, 1), tomorrow
    if code == "this_year":
        return dt.date(today.year, 1, 1), tomorrow
    if code == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year, 1, 1)
    if code == "last_2_years":
        return dt.date(today.year - 1, 1, 1), tomorrow
    raise ValueError(f"unknown period {code!r}")


class FinancingPage(ListPage):
    name = "financing"
    requires = {"new": "application.create"}
    listens = ("applicationsChanged", "programmesChanged", "companiesChanged")
    stretch_column = 2  # the programme's name

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("application"), self.tr("applications")
        self.model = ApplicationsModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search reference, company or programme…"))
        self.editor: Any = None  # the application editor open now, if any
        self.build()

        self.company_combo = LazyComboBox(self.tr("All companies"), self._companies)
        self.company_combo.setToolTip(self.tr("The companies that have applied"))
        self.add_filter(self.tr("Company"), self.company_combo)
        self.programme_combo = LazyComboBox(self.tr("All programmes"), self._programmes)
        self.add_filter(self.tr("Programme"), self.programme_combo)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"))
        for code in STATUSES:
            self.status_combo.addItem(d.application_status_label(code), code)
        self.add_filter(self.tr("Status"), self.status_combo)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem(self.tr("All platforms"))
        for code in PLATFORMS:
            self.platform_combo.addItem(d.platform_label(code), code)
        self.add_filter(self.tr("Platform"), self.platform_combo)
        self.year_combo = LazyComboBox(self.tr("Any year"), self._years)
        self.add_filter(self.tr("Year"), self.year_combo)
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("Any time"))
        labels = {
            "this_month": self.tr("This month"),
            "last_3_months": self.tr("Last 3 months"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_2_years": self.tr("This and last year"),
        }
        for code in PERIODS:
            self.period_combo.addItem(labels[code], code)
        self.period_combo.setToolTip(self.tr("When the application was submitted"))
        self.add_filter(self.tr("Submitted"), self.period_combo)

        self.connect_combo(self.company_combo, "company_id")
        self.connect_combo(self.programme_combo, "programme_id")
        self.connect_combo(self.status_combo, "status")
        self.connect_combo(self.platform_combo, "platform")
        self.connect_combo(self.year_combo, "year")
        self.period_combo.currentIndexChanged.connect(lambda _i: self._apply_period())

    def title(self) -> str:
        return self.tr("Financing")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No application matches the search and filters.")
        return self.tr("No applications yet. Use New (Ctrl+N) to take the first one.")

    # --- filters
    def _programmes(self) -> list[tuple[str, Any]]:
        return [
            (f"{p.name_en} {p.name_zh}".strip(), p.id) for p in pipeline.programme_choices(self.ctx)
        ]

    def _companies(self) -> list[tuple[str, Any]]:
        return [(f"{en} {zh}".strip(), i) for i, en, zh in pipeline.company_choices(self.ctx)]

    def _years(self) -> list[tuple[str, Any]]:
        return [(str(y), y) for y in pipeline.application_years(self.ctx)]

    def _apply_period(self) -> None:
        code = self.period_combo.currentData()
        filters = dict(self.model.query.filters)
        filters.pop("submitted_from", None)
        filters.pop("submitted_to", None)
        if code:
            start, end = period_range(code, centre_today())
            filters.update(submitted_from=start, submitted_to=end)
        self.model.set_query(filters=filters)

    def show_company(self, company_id: int | None, name: str = "") -> None:
        """Narrow the pipeline to one company's applications (None: every company's)."""
        combo = self.company_combo
        if company_id is None:
            combo.setCurrentIndex(0)
            return
        combo.ensure_loaded()
        index = combo.findData(company_id)
        if index < 0:  # a company with no application yet: the list is empty, and says so
            combo.addItem(name or str(company_id), company_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def show_target(self, target: Any) -> None:
        """``("company", id, name)``: that company's applications; ``("application", id)``:
        open it in the editor."""
        kind = target[0]
        if kind == "company":
            self.show_company(target[1], target[2] if len(target) > 2 else "")
        elif kind == "application":
            self.open_application(target[1])

    # --- actions
    def trigger(self, action: str) -> None:
        if action == "new":
            company = self.model.query.filters.get("company_id")
            self.open_application(None, company_id=company)
        elif action == "edit":
            row = self.selected_row()
            if row is not None:
                self.open_application(row.id)
        else:
            super().trigger(action)

    def open_application(self, application_id: int | None, company_id: int | None = None) -> Any:
        """Open the editor on an application (None: a new draft), window-modal, not blocking."""
        from ui.dialogs.application_editor import ApplicationEditor

        try:
            editor = ApplicationEditor(
                self.ctx, self.signals, application_id, self, company_id=company_id
            )
        except DomainError as exc:  # e.g. deleted at another workstation meanwhile
            messages.error(self, self.tr("Could not open the application"), str(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: Any) -> None:
        if self.editor is editor:
            self.editor = None

    # --- detail
    def detail_html(self, row_id: int) -> str:
        v = financing.get_application(self.ctx, row_id)
        row = self.selected_row()
        company, programme = v.company_name, v.programme_name
        if row is not None and row.id == row_id:
            company = f"{row.company_name} {row.company_name_zh}".strip()
            programme = f"{row.programme_name} {row.programme_name_zh}".strip()
        paid = sum((t.amount for t in v.tranches if t.paid_on is not None), start=0)
        q = lambda value: d.quantity(value, v.unit)  # noqa: E731
        pairs = [
            (self.tr("Company"), company),
            (self.tr("Programme"), programme),
            (self.tr("Budget year"), str(v.year)),
            (self.tr("Requested"), q(v.requested_amount)),
            (self.tr("Eligible cost"), q(v.eligible_cost)),
            (self.tr("Approved"), q(v.approved_amount)),
            (self.tr("Paid out"), q(paid) if v.tranches else ""),
            (self.tr("GPU-hours used"), q(v.gpu_hours_used) if v.unit == "GPU_HOURS" else ""),
            (self.tr("Score"), d.amount(v.score)),
            (self.tr("Submitted"), d.date(v.submitted_on)),
            (self.tr("Decided by"), v.decided_by or ""),
            (self.tr("Provider"), v.provider),
            (self.tr("Purpose"), v.purpose),
        ]
        parts = [h.title(v.reference, d.application_status_label(v.status)), h.kv_table(pairs)]
        if v.missing_documents and v.status == "draft":
            missing = ", ".join(v.missing_documents)
            parts.append(h.note(self.tr("Missing documents: %1").replace("%1", missing)))
        if v.tranches:
            parts.append(h.heading(self.tr("Tranches")))
            parts.append(
                h.grid_table(
                    [self.tr("#"), self.tr("Planned"), self.tr("Amount"), self.tr("Paid")],
                    [
                        [
                            str(t.seq),
                            d.date(t.planned_on),
                            q(t.amount),
                            d.date(t.paid_on)
                            or (self.tr("milestone met") if t.milestone_met_on else ""),
                        ]
                        for t in v.tranches
                    ],
                    numeric=frozenset({2}),
                )
            )
        parts.append(h.heading(self.tr("Steps")))
        parts.append(
            h.item_list(
                (
                    d.application_status_label(s.to_status),
                    " · ".join(
                        x
                        for x in (
                            s.at.astimezone(h.CENTRE_TZ).strftime("%Y-%m-%d %H:%M"),
                            s.by,
                            s.reason,
                        )
                        if x
                    ),
                )
                for s in reversed(v.steps)
            )
            if v.steps
            else h.note(self.tr("No steps yet."))
        )
        parts.append(h.heading(self.tr("History")))
        parts.append(
            h.history(
                audit.history(self.ctx, "application", row_id), self.tr("No recorded changes.")
            )
        )
        return "".join(parts)
