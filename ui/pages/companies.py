"""Companies: the tenant register with each company's leases in force today."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from adminapp import permissions
from adminapp.services import audit, companies, listing
from adminapp.services.context import AppContext
from adminapp.services.financing import pipeline
from adminapp.services.listing import ListQuery
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
    FINANCING_LINK = "financing"
    APPLICATION_LINK = "application:"
    SHOWN_APPLICATIONS = 8

    def _follow(self, url: QUrl) -> None:
        link = url.toString()
        row = self.selected_row()
        if link == self.FINANCING_LINK and row is not None:
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
        """``("company", id, name)``: find that company in the list and show its record."""
        if not isinstance(target, tuple) or not target or target[0] != "company":
            return
        company_id, name = target[1], target[2] if len(target) > 2 else ""
        if not self._loaded:
            self.refresh()
        if self.select_id(company_id):
            return
        self.search.setText(name)
        self._search_timer.stop()
        self._apply_search()
        self.select_id(company_id)

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
        parts = [
            h.title(c.name_en, c.name_zh),
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
