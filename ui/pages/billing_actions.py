"""The Billing page's actions: generate and issue the month's charges (off the GUI thread, with
a progress dialog if they take a while), add a charge, a credit note, record or reverse a
payment, a deposit step, and a company's statement.

Finance's actions are shown only to users whose roles permit them (``adminapp.permissions``)
and enabled by what is selected; the services check both again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services.billing.charges import GenerationResult
from ui import messages
from ui.dialogs.form import fill
from ui.models import display as d
from ui.models.billing import deposit_step_label
from ui.worker import BackgroundTask

DEPOSIT_STEPS = ("charge", "receipt", "application", "refund")


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class BillingActions:
    """Mixed into the Billing page, which provides ``ctx``, ``signals``, ``tr``,
    ``open_dialog``, ``current_tab()``, the lists and the arrears view."""

    ctx: Any
    signals: Any
    task: BackgroundTask | None = None

    def build_actions(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.generate_button = QPushButton(self.tr("Generate charges…"))
        self.generate_button.setToolTip(
            self.tr("Bring a month's rent charges in line with the leases")
        )
        self.issue_button = QPushButton(self.tr("Issue charges…"))
        self.issue_button.setToolTip(self.tr("Issue the scheduled charges due up to a date"))
        self.add_charge_button = QPushButton(self.tr("Add charge…"))
        self.add_charge_button.setToolTip(
            self.tr("A service fee, utilities, damages or other charge")
        )
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.payment_button = QPushButton(self.tr("Record payment…"))
        self.payment_button.setToolTip(self.tr("Money received from a company (Ctrl+N)"))
        self.reverse_button = QPushButton(self.tr("Reverse payment…"))
        self.deposit_button = QToolButton()
        self.deposit_button.setText(self.tr("Deposit step"))
        self.deposit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu's arrow beside the text, not over its last letters.
        self.deposit_button.setStyleSheet(
            "QToolButton { padding: 3px 18px 3px 8px; }"
            "QToolButton::menu-indicator { subcontrol-position: right center; right: 5px; }"
        )
        menu = QMenu(self.deposit_button)
        self.deposit_actions = {}
        for kind in DEPOSIT_STEPS:
            action = menu.addAction(deposit_step_label(kind) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self.deposit_step(k))
            self.deposit_actions[kind] = action
        self.deposit_button.setMenu(menu)
        self.statement_button = QPushButton(self.tr("Statement…"))
        self.statement_button.setToolTip(self.tr("The selected company's statement for a period"))
        self.write_buttons = {
            "billing.generate": (self.generate_button, self.issue_button),
            "billing.charge": (self.add_charge_button, self.credit_button),
            "billing.payment": (self.payment_button,),
            "billing.reverse": (self.reverse_button,),
            "billing.deposit": (self.deposit_button,),
        }
        for buttons in self.write_buttons.values():
            for button in buttons:
                row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.statement_button)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.issue_button.clicked.connect(lambda: self.issue())
        self.add_charge_button.clicked.connect(self.add_charge)
        self.credit_button.clicked.connect(self.credit_note)
        self.payment_button.clicked.connect(lambda: self.record_payment())
        self.reverse_button.clicked.connect(self.reverse_payment)
        self.statement_button.clicked.connect(lambda: self.show_statement())
        return bar

    def may(self, action: str) -> bool:
        return permissions.allowed(self.ctx.actor.roles, action)

    def update_buttons(self) -> None:
        for needed, buttons in self.write_buttons.items():
            for button in buttons:
                button.setVisible(self.may(needed))  # not the user's to do: not shown
        tab = self.current_tab()  # type: ignore[attr-defined]
        charge = self.charges.selected_row() if tab == "charges" else None  # type: ignore[attr-defined]
        creditable = (
            charge is not None
            and charge.issued_on is not None
            and charge.corrects_id is None
            and charge.amount > 0
        )
        self.credit_button.setEnabled(creditable)
        self.credit_button.setToolTip(
            self.tr("Credit part or all of the selected issued charge")
            if creditable
            else self.tr("Select an issued charge in Charges")
        )
        payment = self.payments.selected_row() if tab == "payments" else None  # type: ignore[attr-defined]
        standing = payment is not None and payment.reversed_on is None
        self.reverse_button.setEnabled(standing)
        self.reverse_button.setToolTip(
            self.tr("Reverse the selected payment, with the reason")
            if standing
            else self.tr("Select a standing payment in Payments")
        )
        lease = self.deposits.selected_row() if tab == "deposits" else None  # type: ignore[attr-defined]
        self.deposit_button.setEnabled(lease is not None)
        self.deposit_button.setToolTip(
            self.tr("Record a step of the selected lease's deposit")
            if lease is not None
            else self.tr("Select a lease in Deposits")
        )
        self.statement_button.setEnabled(self.selected_company() is not None)

    def selected_company(self) -> tuple[int, str] | None:
        """The company of the selected row, in whichever view is shown."""
        tab = self.current_tab()  # type: ignore[attr-defined]
        if tab == "arrears":
            line = self.arrears.selected_company()  # type: ignore[attr-defined]
            return (line.id, line.name_en) if line is not None else None
        lists = {"charges": self.charges, "payments": self.payments, "deposits": self.deposits}  # type: ignore[attr-defined]
        row = lists[tab].selected_row()
        return (row.company_id, row.company_name) if row is not None else None

    def filtered_company(self) -> int | None:
        tab = self.current_tab()  # type: ignore[attr-defined]
        if tab in ("charges", "payments"):
            return getattr(self, tab).model.query.filters.get("company_id")
        return None

    # --- generate and issue, off the GUI thread
    def generate(self, month: dt.date | None = None) -> BackgroundTask | None:
        """Generate the rent charges of ``month`` (asked for when not given) and those before:
        every month billed before the first day of the next."""
        if month is None:
            from ui.dialogs.billing_run_dialog import MonthDialog

            month = MonthDialog.ask(self)  # type: ignore[arg-type]
            if month is None:
                return None
        from ui.dialogs.billing_run_dialog import run_generation

        self.task = run_generation(
            self,  # type: ignore[arg-type]
            self.ctx,
            next_month(month),
            lambda result: self._generated(month, result),
            self._failed,
        )
        return self.task

    def _generated(self, month: dt.date, r: GenerationResult) -> None:
        if r.changed:
            text = fill(
                self.tr("Rent charges up to %1: %2 created, %3 updated, %4 removed, %5 corrections "
                   "(total %6). They are scheduled until issued."),  # fmt: skip
                f"{month:%Y-%m}", r.created, r.updated, r.removed, r.corrections, d.money(r.total),
            )  # fmt: skip
        else:
            text = fill(self.tr("The rent charges up to %1 were already in line with the leases."),
                        f"{month:%Y-%m}")  # fmt: skip
        self.signals.billingChanged.emit()
        messages.info(self, self.tr("Charges generated"), text)  # type: ignore[arg-type]

    def issue(
        self, through: dt.date | None = None, on: dt.date | None = None
    ) -> BackgroundTask | None:
        """Issue the scheduled charges due on or before ``through`` (asked for when not given),
        dated ``on`` (today)."""
        if through is None:
            from ui.dialogs.billing_run_dialog import IssueDialog

            asked = IssueDialog.ask(self)  # type: ignore[arg-type]
            if asked is None:
                return None
            through, on = asked
        from ui.dialogs.billing_run_dialog import run_issue

        self.task = run_issue(
            self,  # type: ignore[arg-type]
            self.ctx,
            through,
            on,
            lambda n: self._issued(through, n),
            self._failed,
        )
        return self.task

    def _issued(self, through: dt.date, n: int) -> None:
        if n:
            text = fill(self.tr("%1 charges due up to %2 issued."), n, through)
        else:
            text = fill(self.tr("No scheduled charge is due up to %1."), through)
        self.signals.billingChanged.emit()
        messages.info(self, self.tr("Charges issued"), text)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            messages.error(self, self.tr("Could not do it"), str(exc))  # type: ignore[attr-defined, arg-type]
            return
        raise exc  # to the app's error hook

    # --- dialogs
    def add_charge(self) -> Any:
        return self.open_dialog(  # type: ignore[attr-defined]
            "charge_dialog",
            "AddChargeDialog",
            self.signals.billingChanged,
            company_id=self.filtered_company(),
        )

    def credit_note(self) -> Any:
        row = self.charges.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return None
        return self.open_dialog(  # type: ignore[attr-defined]
            "charge_dialog", "CreditNoteDialog", self.signals.billingChanged, row.id
        )

    def record_payment(self, company_id: int | None = None) -> Any:
        return self.open_dialog(  # type: ignore[attr-defined]
            "payment_dialog",
            "PaymentDialog",
            self.signals.billingChanged,
            company_id=company_id or self.filtered_company(),
        )

    def reverse_payment(self) -> Any:
        row = self.payments.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return None
        return self.open_dialog(  # type: ignore[attr-defined]
            "reverse_payment_dialog", "ReversePaymentDialog", self.signals.billingChanged, row.id
        )

    def deposit_step(self, kind: str) -> Any:
        row = self.deposits.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return None
        return self.open_dialog(  # type: ignore[attr-defined]
            "deposit_dialog", "DepositDialog", self.signals.billingChanged, row.id, kind
        )

    def show_statement(self, company_id: int | None = None) -> Any:
        if company_id is None:
            chosen = self.selected_company()
            if chosen is None:
                return None
            company_id = chosen[0]
        from ui.dialogs.statement_dialog import StatementDialog

        return StatementDialog.run(self, self.ctx, company_id)  # type: ignore[arg-type]
