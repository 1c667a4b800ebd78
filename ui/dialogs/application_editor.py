"""The financing application editor: one dialog for the whole life of an application.

Tabs: Details (a draft's fields, with the programme's rules beside them), Documents (the
required ones ticked, the attached files with their SHA-256, attach and open: the tab of
``application_documents``), Review, Approval, Tranches and GPU-hours (the panels of
``application_panels``), History (the steps and the audit trail). The header, the rules and the
history read as ``application_summary`` writes them. The header says where the application
stands; the workflow buttons offer the moves the graph and the user's roles allow. Every change
goes through a service, refreshes every tab and announces ``applicationsChanged``; a refusal is
shown at the top and the dialog stays open and usable.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError, StaleRecordError, ValidationError
from adminapp.i18n_messages import translate_message
from adminapp.services import audit, companies
from adminapp.services import financing as fin
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import ApplicationInput, ApplicationView, ProgrammeView
from adminapp.services.financing.workflow import can_move
from ui.dialogs.application_documents import DocumentsTab
from ui.dialogs.application_panels import ApprovalPanel, ReviewPanel, TranchesPanel, UsagePanel
from ui.dialogs.application_summary import (
    GOOD,
    GPU,
    GREY,
    ApplicationHeader,
    cap_hint,
    history_html,
    programme_rules_html,
    programme_text,
)
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.form import FormDialog, fill
from ui.models import display as d
from ui.models.users import role_label
from ui.signals import AppSignals
from ui.widgets.money_edit import MoneyEdit

# The workflow buttons: the status each moves to and the permission it needs.
STEPS = {
    "submit": ("submitted", "application.submit"),
    "start_review": ("under_review", "application.review"),
    "withdraw": ("withdrawn", "application.withdraw"),
    "disburse": ("disbursing", "application.disburse"),
    "close": ("closed", "application.close"),
}


class ApplicationEditor(FormDialog):
    """Create a draft (``application_id=None``), or see and move one along."""

    DEPENDS = {"programme_id": ("provider", "requested_amount", "eligible_cost", "year")}

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        application_id: int | None = None,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.signals = signals
        self._filling = True  # loading the form is not the user changing it
        # The application as loaded; its version guards every save and step.
        self.view: ApplicationView | None = (
            fin.get_application(ctx, application_id) if application_id else None
        )
        self._programmes = {p.id: p for p in fin.list_programmes(ctx)}
        self._budgets: dict[tuple[int, int], fin.BudgetStatus] = {}
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )

        self.header = ApplicationHeader(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {GOOD};")
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.documents_tab = DocumentsTab(ctx, self)
        self.tabs.addTab(self.documents_tab, self.tr("Documents"))
        self.review_panel = ReviewPanel(ctx, self)
        self.approval_panel = ApprovalPanel(ctx, self)
        self.tranches_panel = TranchesPanel(ctx, self)
        self.usage_panel = UsagePanel(ctx, self)
        self.panels = (
            self.review_panel,
            self.approval_panel,
            self.tranches_panel,
            self.usage_panel,
        )
        for panel, title in zip(
            self.panels,
            (self.tr("Review"), self.tr("Approval"), self.tr("Tranches"), self.tr("GPU-hours")),
            strict=True,
        ):
            self.tabs.addTab(panel, title)
            panel.changed.connect(self._changed)
        self.history_view = QTextBrowser(self)
        self.tabs.addTab(self.history_view, self.tr("History"))

        self.step_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("submit", self.tr("Submit")),
            ("start_review", self.tr("Start review")),
            ("withdraw", self.tr("Withdraw…")),
            ("disburse", self.tr("Start disbursing")),
            ("close", self.tr("Close application")),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.run_step(k))
            self.step_buttons[key] = button
        # The workflow on the left, Save and Close on the right.
        button_row = QHBoxLayout()
        for button in self.step_buttons.values():
            button_row.addWidget(button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)

        outer = QVBoxLayout(self)
        outer.addWidget(self.header)
        outer.addWidget(self.general_error)
        outer.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.notice)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(button_row)

        self.documents_tab.changed.connect(self._attached)
        self.documents_tab.refused.connect(self.show_refusal)
        self.watch("company_id", self.company_picker.editTextChanged)
        self.watch("company_id", self.company_picker.companyChanged)
        self.watch("programme_id", self.programme_combo.currentIndexChanged)
        self.watch("year", self.year_spin.valueChanged)
        self.watch("requested_amount", self.requested_edit.textChanged)
        self.watch("eligible_cost", self.cost_edit.textChanged)
        self.watch("purpose", self.purpose_edit.textChanged)
        self.watch("provider", self.provider_edit.textChanged)

        self._fill_programmes(self.view.programme_id if self.view else None)
        if self.view is None:
            self.company_picker.company_id = company_id
            self.year_spin.setValue(centre_today().year)
            self._filled = self._form_values()
        else:
            self._fill_details(self.view)
        self._filling = False
        self._refresh_all()
        self.resize(1000, 700)

    @classmethod
    def run(
        cls,
        ctx: AppContext,
        signals: AppSignals,
        application_id: int | None = None,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
    ) -> ApplicationView | None:
        """Open the editor modally; the application as last saved, or None."""
        return cls._exec_for_view(
            parent, lambda: cls(ctx, signals, application_id, parent, company_id=company_id)
        )

    # -- the Details tab ------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        self.company_picker = CompanyPicker(self.ctx)
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme_combo.setMinimumContentsLength(30)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setMaximumWidth(120)
        self.requested_edit = MoneyEdit(decimals=2)
        self.cost_edit = MoneyEdit(decimals=2)
        self.provider_edit = QLineEdit()
        self.provider_edit.setMaxLength(120)
        self.provider_edit.setPlaceholderText(
            self.tr("The compute provider the hours are used with")
        )
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setFixedHeight(80)
        self.purpose_edit.setPlaceholderText(self.tr("What the money or GPU-hours will pay for"))
        self.requested_caption = QLabel()
        self.cost_caption = QLabel()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Company"), self.add_field("company_id", self.company_picker))
        self.form.addRow(self.tr("Programme"), self.add_field("programme_id", self.programme_combo))
        self.form.addRow(self.tr("Budget year"), self.add_field("year", self.year_spin))
        self.form.addRow(
            self.requested_caption, self.add_field("requested_amount", self.requested_edit)
        )
        self.form.addRow(self.cost_caption, self.add_field("eligible_cost", self.cost_edit))
        self.form.addRow(
            self.tr("Compute provider"), self.add_field("provider", self.provider_edit)
        )
        self.form.addRow(self.tr("Purpose"), self.add_field("purpose", self.purpose_edit))

        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        self.rules_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rules = QGroupBox(self.tr("Rules of this programme"))
        QVBoxLayout(rules).addWidget(self.rules_label)
        self.details_note = QLabel()
        self.details_note.setWordWrap(True)
        self.details_note.setStyleSheet(f"color: {GREY};")

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(rules)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(page)
        layout.addWidget(self.details_note)
        layout.addLayout(columns, 1)
        return page

    def _fill_programmes(self, current: int | None) -> None:
        """Open programmes to choose from (and the application's own, even if closed)."""
        combo = self.programme_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a programme…"), None)
        for p in self._programmes.values():
            if p.active or p.id == current:
                combo.addItem(programme_text(p), p.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def _fill_details(self, v: ApplicationView) -> None:
        filling, self._filling = self._filling, True
        try:
            if self.programme_combo.findData(v.programme_id) < 0:
                self._programmes[v.programme_id] = fin.get_programme(self.ctx, v.programme_id)
                self._fill_programmes(v.programme_id)
            self.company_picker.company_id = v.company_id
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(v.programme_id))
            self.year_spin.setValue(v.year)
            if self.editable():
                self.requested_edit.set_value(v.requested_amount)
                self.cost_edit.set_value(v.eligible_cost)
            else:  # read, not typed: with thousands separators
                self.requested_edit.setText(d.amount(v.requested_amount))
                self.cost_edit.setText(d.amount(v.eligible_cost))
            self.provider_edit.setText(v.provider)
            self.purpose_edit.setPlainText(v.purpose)
        finally:
            self._filling = filling
        self._filled = self._form_values()

    def field_changed(self, name: str) -> None:
        if not self._filling:
            super().field_changed(name)

    @property
    def programme(self) -> ProgrammeView | None:
        """The programme chosen in the form."""
        pid = self.programme_combo.currentData()
        return self._programmes.get(pid) if pid else None

    def _is_gpu(self) -> bool:
        return self.programme is not None and self.programme.unit == GPU

    def _form_values(self) -> tuple:
        return (
            self.company_picker.company_id,
            self.programme_combo.currentData(),
            self.year_spin.value(),
            self.requested_edit.value(),
            self.cost_edit.value(),
            self.purpose_edit.toPlainText().strip(),
            self.provider_edit.text().strip() if self._is_gpu() else "",
        )

    @staticmethod
    def _saved_values(v: ApplicationView) -> tuple:
        provider = v.provider if v.unit == GPU else ""
        return (
            v.company_id,
            v.programme_id,
            v.year,
            v.requested_amount,
            v.eligible_cost,
            v.purpose,
            provider,
        )

    def is_dirty(self) -> bool:
        """The form differs from the application as loaded."""
        return self._form_values() != self._filled

    def editable(self) -> bool:
        """A draft, and the user's roles allow editing it (or taking a new one)."""
        roles = self.ctx.actor.roles
        if self.view is None:
            return permissions.allowed(roles, "application.create")
        return self.view.status == "draft" and permissions.allowed(roles, "application.update")

    def _apply_editable(self) -> None:
        editable = self.editable()
        for widget in (self.company_picker, self.programme_combo, self.year_spin):
            widget.setEnabled(editable)
        for edit in (self.requested_edit, self.cost_edit, self.provider_edit, self.purpose_edit):
            edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        v, action = self.view, "application.create" if self.view is None else "application.update"
        if v is not None and v.status != "draft":
            note = fill(
                self.tr(
                    "The details of %1 are kept as submitted and can no longer be edited (%2)."
                ),
                v.reference,
                d.application_status_label(v.status).lower(),
            )
        elif not editable:
            note = fill(
                self.tr("You can read this application; editing it needs the %1 role."),
                self._roles_text(permissions.roles_allowed(action)),
            )
        else:
            note = ""
        self.details_note.setText(note)
        self.details_note.setVisible(bool(note))

    def _budget(self, p: ProgrammeView, year: int) -> fin.BudgetStatus:
        key = (p.id, year)
        if key not in self._budgets:
            self._budgets[key] = fin.budget_status(self.ctx, p.id, year)
        return self._budgets[key]

    def update_hints(self) -> None:
        p = self.programme
        gpu = p is not None and p.unit == GPU
        unit = self.tr("GPU-hours") if gpu else "¥"
        self.requested_caption.setText(fill(self.tr("Requested %1"), unit))
        self.cost_caption.setText(fill(self.tr("Eligible cost %1"), unit))
        self.form.setRowVisible(self._rows["provider"], gpu)
        year = self.year_spin.value()
        budget = self._budget(p, year) if p is not None else None
        self.rules_label.setText(programme_rules_html(p, year, budget))
        cost, requested = self.cost_edit.value(), self.requested_edit.value()
        ceiling = None
        company = self.company_picker.company_id
        if p is not None and company is not None and cost is not None and requested is not None:
            ceiling = fin.ceiling_preview(self.ctx, company, p.id, year, requested, cost)
        hint = cap_hint(p, cost, requested, ceiling) if self.editable() else ""
        self.set_hint("requested_amount", hint)
        if self.view is None:  # the documents the chosen programme will ask for
            self.documents_tab.show_application(
                None,
                p.documents if p else [],
                False,
                self.tr("Save the draft first: documents are attached to a saved draft."),
            )

    def live_errors(self) -> dict[str, str]:
        if not self.editable():
            return {}
        errors: dict[str, str] = {}
        if self.company_picker.company_id is None:
            errors["company_id"] = self.tr("Choose the company that applies")
        if self.programme is None:
            errors["programme_id"] = self.tr("Choose the programme applied to")
        requested, cost = self.requested_edit.value(), self.cost_edit.value()
        if requested is None:
            errors["requested_amount"] = self.tr("Give the amount requested")
        elif requested <= 0:
            errors["requested_amount"] = self.tr("The amount requested must be more than zero")
        if cost is None:
            errors["eligible_cost"] = self.tr("Give the eligible cost")
        elif cost < 0:
            errors["eligible_cost"] = self.tr("The eligible cost must not be negative")
        if self._is_gpu() and not self.provider_edit.text().strip():
            errors["provider"] = self.tr(
                "Name the compute provider the GPU-hours will be used with"
            )
        return errors

    # -- showing the application ----------------------------------------------------------

    def _set_view(self, view: ApplicationView, *, refill: bool = False) -> None:
        """Show ``view`` on every tab; the form keeps what the user typed unless the saved
        details changed (or ``refill``)."""
        old, self.view = self.view, view
        if (
            refill
            or old is None
            or old.status != view.status  # read-only fields read with separators
            or self._saved_values(old) != self._saved_values(view)
        ):
            self._fill_details(view)
        self._refresh_all()

    def _refresh_all(self) -> None:
        v = self.view
        self._budgets.clear()
        self._apply_editable()
        if v is None:
            self.setWindowTitle(self.tr("New financing application"))
            self.header.show_new()
        else:
            company = companies.get_company(self.ctx, v.company_id).display_name
            p = self._programmes.get(v.programme_id) or fin.get_programme(self.ctx, v.programme_id)
            programme = f"{p.name_en} {p.name_zh}".strip()
            self.setWindowTitle(fill(self.tr("Application %1 — %2"), v.reference, v.company_name))
            self.header.show_application(v, company, programme)
            may_attach = permissions.allowed(self.ctx.actor.roles, "application.attach")
            if v.status != "draft":
                note = self.tr("Documents are attached while the application is a draft.")
            elif not may_attach:
                note = fill(
                    self.tr("Attaching documents needs the %1 role."),
                    self._roles_text(permissions.roles_allowed("application.attach")),
                )
            else:
                note = ""
            self.documents_tab.show_application(
                v, p.documents, v.status == "draft" and may_attach, note
            )
            for panel in self.panels:
                panel.show_application(v)
            entries = audit.history(self.ctx, "application", v.id)
            self.history_view.setHtml(history_html(v, entries))
        saved = v is not None
        for index in range(2, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)
        self.tabs.setTabVisible(self.tabs.indexOf(self.usage_panel), saved and v.unit == GPU)
        roles = self.ctx.actor.roles
        for key, button in self.step_buttons.items():
            target, action = STEPS[key]
            button.setVisible(saved and can_move(v.status, target))
            allowed = permissions.allowed(roles, action)
            button.setEnabled(allowed)
            button.setToolTip(
                "" if allowed else translate_message(permissions.refusal(roles, action))
            )
        self.refresh()

    # -- saving and moving ----------------------------------------------------------------

    def save(self) -> ApplicationView:
        data = ApplicationInput(
            company_id=self.company_picker.company_id,
            programme_id=self.programme_combo.currentData(),
            year=self.year_spin.value(),
            requested_amount=self.requested_edit.text(),
            eligible_cost=self.cost_edit.text(),
            purpose=self.purpose_edit.toPlainText(),
            provider=self.provider_edit.text() if self._is_gpu() else "",
        )
        if self.view is None:
            return fin.create_application(self.ctx, data)
        return fin.update_application(
            self.ctx, self.view.id, data, expected_version=self.view.version
        )

    def accept(self) -> None:
        """Save the draft and stay open (documents and steps follow); Close leaves."""
        if not self.editable():
            return
        try:
            view = self.save()
        except DomainError as error:
            self.show_error(error)
            return
        self._changed(view, fill(self.tr("Saved %1."), view.reference))

    def reload_saved(self) -> bool:
        if self.view is None:
            return False
        self._set_view(fin.get_application(self.ctx, self.view.id), refill=True)
        return True

    def _changed(self, view: ApplicationView, notice: str = "") -> None:
        """After a successful service call: show ``view`` everywhere and announce it."""
        before = self.view.status if self.view else None
        self.result_view = view
        self._server_errors = {}
        self._touched.clear()
        self.reload_button.hide()
        self._set_view(view)
        if not notice:
            if before != view.status:
                notice = fill(
                    self.tr("%1 is now %2."),
                    view.reference,
                    d.application_status_label(view.status).lower(),
                )
            else:
                notice = fill(self.tr("Saved %1."), view.reference)
        self.notice.setText(notice)
        self.notice.show()
        self.signals.applicationsChanged.emit()

    def _attached(self, view: ApplicationView) -> None:
        names = {doc.name for doc in self.view.documents} if self.view else set()
        added = [doc.name for doc in view.documents if doc.name not in names]
        self._changed(view, fill(self.tr("Attached to %1: %2."), view.reference, ", ".join(added)))

    def _roles_text(self, roles: Iterable[str]) -> str:
        """Roles in words, "staff or manager" (员工或经理)."""
        return self.tr(" or ").join(role_label(r).lower() for r in roles)

    def show_refusal(self, error: DomainError) -> None:
        """A refused step, at the top whatever tab is showing; the dialog stays usable."""
        if isinstance(error, ValidationError):
            text = "\n".join(dict.fromkeys(error.errors.values()))
            if "documents" in error.errors:
                self.tabs.setCurrentWidget(self.documents_tab)
        else:
            text = error.message
        self.notice.hide()
        self.reload_button.setVisible(isinstance(error, StaleRecordError) and self.view is not None)
        self._server_errors = {"": text}
        self.show_messages()

    def ask_reason(self, title: str, label: str) -> str | None:
        """A reason typed in a small dialog; None when cancelled."""
        box = QInputDialog(self)
        box.setWindowTitle(title)
        box.setLabelText(label)
        box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        box.resize(460, 240)
        try:
            if box.exec() != QDialog.DialogCode.Accepted:
                return None
            return box.textValue()
        finally:
            box.deleteLater()

    def run_step(self, key: str) -> None:
        """Move the application on (``STEPS``); a refusal is shown and nothing changes."""
        v = self.view
        target, action = STEPS[key]
        if v is None or not can_move(v.status, target):
            return
        if not permissions.allowed(self.ctx.actor.roles, action):
            self.show_refusal(DomainError(permissions.refusal(self.ctx.actor.roles, action)))
            return
        if key == "submit" and self.editable() and self.is_dirty():
            # Saving here and then being refused the submission would leave the edits written
            # behind a refusal: the user saves first, and sees that save succeed on its own.
            self.tabs.setCurrentIndex(0)
            self.show_refusal(
                DomainError(self.tr("Save your changes to the details first, then submit."))
            )
            return
        try:
            version = v.version
            if key == "submit":
                view = fin.submit_application(self.ctx, v.id, expected_version=version)
            elif key == "start_review":
                view = fin.start_review(self.ctx, v.id, expected_version=version)
            elif key == "withdraw":
                reason = self.ask_reason(
                    fill(self.tr("Withdraw %1"), v.reference),
                    self.tr("Why is the application withdrawn? (required)"),
                )
                if reason is None:
                    return
                view = fin.withdraw_application(self.ctx, v.id, reason, expected_version=version)
            elif key == "disburse":
                view = fin.start_disbursing(self.ctx, v.id, expected_version=version)
            else:
                view = fin.close_application(self.ctx, v.id, expected_version=version)
        except DomainError as error:
            self.show_refusal(error)
            return
        self._changed(view)
