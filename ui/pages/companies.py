"""Companies: the tenant register with each company's leases in force today, and one page per
company (``CompanyView``) shown in place of the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services import audit, companies, listing
from adminapp.services.context import AppContext
from adminapp.services.financing import pipeline
from adminapp.services.listing import ListQuery
from ui import messages
from ui.models import display as d
from ui.models.lists import CompaniesModel
from ui.pages import billing_section, consultation_section
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals


class CompaniesPage(ListPage):
    name = "companies"
    requires = {"new": "company.create", "edit": "company.update"}
    stretch_column = 1  # the Chinese name: long, and the one to shorten on a narrow screen
    listens = (
        "companiesChanged",
        "leasesChanged",
        "applicationsChanged",
        "bookingsChanged",
        "billingChanged",
    )

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("company"), self.tr("companies")
        self.model = CompaniesModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search name (English or Chinese) or credit code…"))
        self.build()
        self._build_stack()
        h.link_as_of(self, "company")
        self.detail.anchorClicked.connect(self._follow)
        self.segment_combo = QComboBox()
        self.segment_combo.addItem(self.tr("All segments"))
        for code in listing.SEGMENTS:
            self.segment_combo.addItem(d.segment_label(code), code)
        self.add_filter(self.tr("Segment"), self.segment_combo)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("All stages"))
        for code in listing.STAGES:
            self.stage_combo.addItem(d.stage_label(code), code)
        self.add_filter(self.tr("Stage"), self.stage_combo)
        self.tenants_check = QCheckBox(self.tr("Tenants only"))
        self.tenants_check.setToolTip(self.tr("Only companies with a lease in force today"))
        self.add_filter("", self.tenants_check)
        self.connect_combo(self.segment_combo, "segment")
        self.connect_combo(self.stage_combo, "stage")
        self.tenants_check.toggled.connect(lambda on: self.set_filter("tenants_only", on or None))
        for combo in (self.segment_combo, self.stage_combo):  # the window fits 800 pixels
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import companies, units and leases from a workbook"))
        self.import_button.setVisible(permissions.allowed(ctx.actor.roles, "import.register"))
        self.import_button.clicked.connect(self.open_import)
        self.filter_bar.addWidget(self.import_button)
        # Enter edits (as on every list); Ctrl+Enter, or the record's link, opens the page.
        # (No button: the filter bar must still fit a 780-pixel window.)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    # --- the list, or one company's page in its place
    def _build_stack(self) -> None:
        """Put the list (filters, table, record) in a stack; the company page joins it when
        first opened (start-up does not pay for it)."""
        outer = self.layout()
        panel = QWidget()
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(0, 0, 0, 0)
        outer.removeItem(self.filter_bar)
        outer.removeWidget(self.splitter)
        self.filter_bar.setParent(None)
        inner.addLayout(self.filter_bar)
        inner.addWidget(self.splitter, 1)
        self.list_panel = panel
        self.stack = QStackedWidget()
        self.stack.addWidget(panel)
        outer.addWidget(self.stack, 1)
        self.company_view: Any = None

    @property
    def showing_company(self) -> bool:
        return self.company_view is not None and self.stack.currentWidget() is self.company_view

    def open_company(self, company_id: int) -> None:
        """Show the company's page in place of the list."""
        if self.company_view is None:
            from ui.pages.company_view import CompanyView

            self.company_view = CompanyView(self.ctx, self)
            self.company_view.backRequested.connect(self.show_list)
            self.company_view.navigateRequested.connect(self.navigateRequested)
            self.company_view.actionRequested.connect(self.company_action)
            self.stack.addWidget(self.company_view)
        self.stack.setCurrentWidget(self.company_view)
        self.company_view.show_company(company_id)
        self.company_view.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectionChanged.emit()
        self.statusChanged.emit()

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_company(row.id)

    def show_list(self) -> None:
        """Back from a company's page to the list, the company still selected."""
        self.stack.setCurrentWidget(self.list_panel)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectionChanged.emit()
        self.statusChanged.emit()

    def company_action(self, action: str) -> None:
        """What a button or link of the company page asks for, on the company shown."""
        company_id = self.company_view.company_id if self.company_view is not None else None
        if company_id is None:
            return
        if action == "edit":
            if self.allows("edit"):
                self._open(company_id)
        elif action == "lease":
            self.open_dialog(
                "lease_dialog",
                "LeaseDialog",
                self.signals.leasesChanged,
                None,
                company_id=company_id,
            )
        elif action == "application":
            from ui.dialogs.application_editor import ApplicationEditor

            self._run_other(
                lambda: ApplicationEditor.run(
                    self.ctx, self.signals, None, self, company_id=company_id
                ),
                self.signals.applicationsChanged,
            )
        elif action == "booking":
            from ui.dialogs.booking_dialog import BookingDialog

            self._run_other(
                lambda: BookingDialog.run(self, self.ctx, company_id=company_id),
                self.signals.bookingsChanged,
            )
        elif action == "statement":
            self.open_statement(company_id)

    def _run_other(self, opener: Any, changed: Any) -> None:
        """Open an editor of another kind of record (its result is not a company to select)."""
        try:
            result = opener()
        except DomainError as exc:
            messages.error(self, self.tr("Could not save"), str(exc))
            return
        if result is not None:
            changed.emit()

    def load(self) -> None:
        super().load()
        if self.showing_company:
            self.company_view.reload()

    def can(self, action: str) -> bool:
        if action == "edit" and self.showing_company:
            return self.company_view.company_id is not None
        return super().can(action)

    def status_text(self) -> str:
        if self.showing_company and self.company_view.overview is not None:
            return self.company_view.overview.company.display_name
        return super().status_text()

    def focus_search(self) -> None:
        if self.showing_company:
            self.show_list()
        super().focus_search()

    def title(self) -> str:
        return self.tr("Companies")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No company matches the search and filters.")
        return self.tr("No companies yet. Use New (Ctrl+N) to admit the first one.")

    def trigger(self, action: str) -> None:
        if action == "new":
            self._open(None)
        elif action == "edit":
            if self.showing_company:
                self._open(self.company_view.company_id)
                return
            row = self.selected_row()
            if row is not None:
                self._open(row.id)
        else:
            super().trigger(action)

    def _open(self, company_id: int | None) -> None:
        self.open_dialog(
            "company_dialog", "CompanyDialog", self.signals.companiesChanged, company_id
        )

    def open_import(self) -> None:
        """The import dialog; an import adds units and leases as well as companies."""
        result = self.open_dialog("import_dialog", "ImportDialog", self.signals.companiesChanged)
        if result is not None:
            self.signals.unitsChanged.emit()
            self.signals.leasesChanged.emit()

    # The company record's links into the Financing page.
    OPEN_LINK = "open"
    FINANCING_LINK = "financing"
    APPLICATION_LINK = "application:"
    SHOWN_APPLICATIONS = 8

    def _follow(self, url: QUrl) -> None:
        link = url.toString()
        row = self.selected_row()
        if link == self.OPEN_LINK and row is not None:
            self.open_company(row.id)
        elif link == self.FINANCING_LINK and row is not None:
            self.navigateRequested.emit("financing", ("company", row.id, row.name_en))
        elif link.startswith(self.APPLICATION_LINK):
            application_id = int(link.removeprefix(self.APPLICATION_LINK))
            self.navigateRequested.emit("financing", ("application", application_id))
        elif link == consultation_section.CONSULTATIONS_LINK and row is not None:
            self.navigateRequested.emit("consultations", ("company", row.id, row.name_en))
        elif link.startswith(consultation_section.BOOKING_LINK):
            booking_id = int(link.removeprefix(consultation_section.BOOKING_LINK))
            self.navigateRequested.emit("consultations", ("booking", booking_id))
        elif link == billing_section.BILLING_LINK and row is not None:
            self.navigateRequested.emit("billing", ("company", row.id, row.name_en))
        elif link == billing_section.STATEMENT_LINK and row is not None:
            self.open_statement(row.id)

    def open_statement(self, company_id: int) -> None:
        """The company's statement for a chosen period, in a dialog."""
        from ui.dialogs.statement_dialog import StatementDialog

        StatementDialog.run(self, self.ctx, company_id)

    def show_target(self, target: object) -> None:
        """``("company", id, name)``: that company's page (selected in the list behind it);
        ``("view", "company=ID")`` or ``("view", "company=CREDITCODE")``: the same."""
        if not isinstance(target, tuple) or len(target) < 2:
            return
        if target[0] == "view":
            found = self._company_of_view(str(target[1]))
            if found is not None:
                target = ("company", *found)
        if target[0] != "company":
            return
        company_id, name = target[1], target[2] if len(target) > 2 else ""
        self.show_record(company_id, name)
        self.open_company(company_id)

    def _company_of_view(self, view: str) -> tuple[int, str] | None:
        key, _, value = view.partition("=")
        value = value.strip()
        if key != "company" or not value:
            return None
        try:
            if value.isdigit() and len(value) < 18:
                c = companies.get_company(self.ctx, int(value))
                return c.id, c.name_en
            for c in companies.find_companies(self.ctx, value, limit=5):
                if c.credit_code == value.upper():
                    return c.id, c.name_en
        except DomainError:
            return None
        return None

    def financing_html(self, company_id: int) -> str:
        """The company's financing: totals by unit and its latest applications, linked."""
        f = pipeline.company_financing(self.ctx, company_id, limit=self.SHOWN_APPLICATIONS + 1)
        parts = [h.heading(self.tr("Financing"))]
        if not f.applications:
            return parts[0] + h.note(self.tr("No financing applications."))
        units = sorted(set(f.requested) | set(f.approved) | set(f.disbursed))
        pairs = []
        for unit in units:
            pairs.append((self.tr("Requested"), d.quantity(f.requested.get(unit), unit)))
            pairs.append((self.tr("Approved"), d.quantity(f.approved.get(unit), unit)))
            if unit != "GPU_HOURS":
                pairs.append((self.tr("Paid out"), d.quantity(f.disbursed.get(unit), unit)))
        parts.append(h.kv_table(pairs))
        items = []
        for a in f.applications[: self.SHOWN_APPLICATIONS]:
            link = f"<a href='{self.APPLICATION_LINK}{a.id}'>{h.esc(a.reference)}</a>"
            amount = d.quantity(a.approved_amount or a.requested_amount, a.unit)
            second = f"{d.application_status_label(a.status)} · {amount} · {a.year}"
            items.append(
                f"<p class='item'><b>{link}</b> {h.esc(a.programme_name)}<br>"
                f"<span class='sub'>{h.esc(second)}</span></p>"
            )
        parts.append("".join(items))
        label = self.tr("All applications in Financing…")
        parts.append(f"<p><a href='{self.FINANCING_LINK}'>{h.esc(label)}</a></p>")
        return "".join(parts)

    def detail_html(self, row_id: int) -> str:
        c = companies.get_company(self.ctx, row_id)
        row = self.selected_row()
        leased = d.area(row.leased_area) if row is not None and row.id == row_id else ""
        label = self.tr("Open company page ›")
        parts = [
            h.title(c.name_en, c.name_zh),
            f"<p><a href='{self.OPEN_LINK}'>{h.esc(label)}</a></p>",
            h.kv_table(
                [
                    (self.tr("Credit code"), c.credit_code),
                    (self.tr("Segment"), d.segment_label(c.segment)),
                    (self.tr("Stage"), d.stage_label(c.stage)),
                    (self.tr("Admitted"), d.date(c.admitted_on)),
                    (self.tr("Graduated"), d.date(c.graduated_on)),
                    (self.tr("Contact"), c.contact_name),
                    (self.tr("Phone"), c.contact_phone),
                    (self.tr("Email"), c.contact_email),
                    (self.tr("Leased today"), leased),
                ]
            ),
            h.heading(self.tr("Leases")),
        ]
        leases = listing.list_leases(
            self.ctx,
            ListQuery(
                filters={"company_id": row_id},
                sort="start",
                descending=True,
                limit=100,
                as_of=self.model.query.on(),
            ),
        )
        parts.append(
            h.lease_items(
                leases,
                lambda x: f"{x.reference} · {x.unit_codes}",
                d.status_label,
                d.date,
                self.tr("No leases."),
            )
        )
        parts.append(self.financing_html(row_id))
        parts.append(consultation_section.company_html(self.ctx, row_id))
        parts.append(billing_section.company_html(self.ctx, row_id))
        parts.append(h.history_heading(self.tr("History"), self.tr("As it was on…")))
        parts.append(
            h.history(audit.history(self.ctx, "company", row_id), self.tr("No recorded changes."))
        )
        return "".join(parts)
