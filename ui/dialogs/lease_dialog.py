"""Create or edit a lease: company, units, term, rent (per month or per day), deposit, steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminapp import rent
from adminapp.services import building, leases, occupancy
from adminapp.services.context import AppContext, centre_today
from adminapp.services.lease_terms import add_months, months_between
from adminapp.services.leases import LeaseInput, LeaseView
from ui.dialogs.company_picker import CompanyPicker
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.labels import status_label
from ui.dialogs.rent_edit import RentEdit, RentStepsEditor
from ui.dialogs.unit_choice import UnitPicker
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit

TERM_FIELDS = ("end_date", "unit_ids", "rent_free_months", "rent_steps")


class LeaseDialog(FormDialog):
    DEPENDS = {
        "start_date": TERM_FIELDS,
        "end_date": ("start_date", *TERM_FIELDS),
        "rent": ("rent_steps",),
    }

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        lease_id: int | None = None,
        company_id: int | None = None,
        unit_ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.lease_id = lease_id
        self._original: LeaseView | None = leases.get_lease(ctx, lease_id) if lease_id else None
        own = set(self._original.unit_ids) if self._original else set()
        units = [
            u
            for u in building.list_units_brief(ctx, in_service_only=False)
            if u.in_service or u.id in own
        ]

        self.company_picker = CompanyPicker(ctx)
        self.unit_picker = UnitPicker(units)
        self.start_edit = DateEdit()
        self.end_edit = DateEdit()
        self.rent_edit = RentEdit()
        self.rent_free_spin = QSpinBox()
        self.rent_free_spin.setRange(0, 120)
        self.rent_free_spin.setSuffix(self.tr(" month(s)"))
        self.rent_free_spin.setMaximumWidth(160)
        self.deposit_edit = MoneyEdit(decimals=2)
        self.deposit_button = QPushButton(self.tr("3 months' rent"))
        self.deposit_button.setToolTip(self.tr("Set the deposit to three months of the rent"))
        deposit_box = QWidget()
        deposit_line = QHBoxLayout(deposit_box)
        deposit_line.setContentsMargins(0, 0, 0, 0)
        deposit_line.addWidget(self.deposit_edit, 1)
        deposit_line.addWidget(self.deposit_button)
        self.steps_editor = RentStepsEditor()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(90)
        self.draft_check = QCheckBox(self.tr("Save as draft (holds no units until signed)"))

        left = QFormLayout()
        left.addRow(self.tr("Company"), self.add_field("company_id", self.company_picker))
        left.addRow(
            self.tr("Units"),
            self.add_field(
                "unit_ids",
                self.unit_picker,
                highlight=self.unit_picker.view,
                text=lambda: ", ".join(u.code for u in self.unit_picker.model.checked_units()),
            ),
        )
        right = QFormLayout()
        right.addRow(self.tr("Start date"), self.add_field("start_date", self.start_edit))
        right.addRow(self.tr("End date (exclusive)"), self.add_field("end_date", self.end_edit))
        right.addRow(
            self.tr("Rent"),
            self.add_field(
                "rent", self.rent_edit, highlight=self.rent_edit.amount, text=self._rent_text
            ),
        )
        right.addRow(self.tr("Rent-free"), self.add_field("rent_free_months", self.rent_free_spin))
        right.addRow(
            self.tr("Deposit ¥"),
            self.add_field("deposit", deposit_box, highlight=self.deposit_edit),
        )
        right.addRow(
            self.tr("Rent steps"),
            self.add_field("rent_steps", self.steps_editor, text=self._steps_text),
        )
        right.addRow(self.tr("Notes"), self.add_field("notes", self.notes_edit))
        right.addRow("", self.add_field("draft", self.draft_check))
        right_column = QVBoxLayout()
        right_column.addLayout(right)
        right_column.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addSpacing(12)
        body.addLayout(right_column, 6)
        self.compose(body)

        self._load(company_id, unit_ids or [])
        self.deposit_button.clicked.connect(self.fill_deposit)
        self.watch("company_id", self.company_picker.editTextChanged)
        self.watch("company_id", self.company_picker.companyChanged)
        self.watch("unit_ids", self.unit_picker.model.checkedChanged)
        self.watch("start_date", self.start_edit.dateChanged)
        self.watch("end_date", self.end_edit.dateChanged)
        self.watch("rent", self.rent_edit.changed)
        self.watch("rent_free_months", self.rent_free_spin.valueChanged)
        self.watch("deposit", self.deposit_edit.textChanged)
        self.watch("rent_steps", self.steps_editor.changed)
        self.watch("notes", self.notes_edit.textChanged)
        self.start_edit.dateChanged.connect(self._refresh_availability)
        self.end_edit.dateChanged.connect(self._refresh_availability)
        self.resize(1040, 640)
        self._refresh_availability()
        self.refresh()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        lease_id: int | None,
        company_id: int | None = None,
        unit_ids: list[int] | None = None,
    ) -> LeaseView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, lease_id, company_id, unit_ids))

    # -- values ---------------------------------------------------------------------------

    def _load(self, company_id: int | None, unit_ids: list[int]) -> None:
        lease = self._original
        if lease is None:
            start = centre_today()
            self.setWindowTitle(self.tr("New lease"))
            self.company_picker.company_id = company_id
            self.unit_picker.model.set_checked_ids(unit_ids)
            self.start_edit.set_date_value(start)
            self.end_edit.set_date_value(add_months(start, 24))
            self.deposit_edit.set_value(Decimal(0))
            self.steps_editor.default_date = start
            return
        self.setWindowTitle(
            fill(self.tr("Edit lease %1 (%2)"), lease.reference, status_label(lease.status))
        )
        self.company_picker.company_id = lease.company_id
        self.unit_picker.model.set_checked_ids(lease.unit_ids)
        self.start_edit.set_date_value(lease.start_date)
        self.end_edit.set_date_value(lease.end_date)
        self.rent_edit.set_rate(lease.rent_per_m2_month)
        self.rent_free_spin.setValue(lease.rent_free_months)
        self.deposit_edit.set_value(lease.deposit)
        self.steps_editor.set_steps(lease.rent_steps)
        self.notes_edit.setPlainText(lease.notes)
        self.draft_check.setChecked(lease.stage == "draft")
        self.draft_check.setEnabled(False)
        self.draft_check.setVisible(lease.stage == "draft")
        self.steps_editor.default_date = lease.start_date
        if lease.stage == "terminated":
            self.show_local_errors({"": self.tr("A terminated lease cannot be edited.")})

    @property
    def start_date(self) -> dt.date:
        return self.start_edit.date_value()

    @property
    def end_date(self) -> dt.date:
        return self.end_edit.date_value()

    @property
    def area(self) -> Decimal:
        return self.unit_picker.model.total_area()

    def lease_input(self) -> tuple[LeaseInput, str]:
        """The form as the service's input, and a message if a step's rate is not a number."""
        steps, steps_problem = self.steps_editor.steps()
        data = LeaseInput(
            company_id=self.company_picker.company_id,
            unit_ids=self.unit_picker.model.checked_ids(),
            start_date=self.start_date,
            end_date=self.end_date,
            rent=self.rent_edit.text(),
            rent_basis=self.rent_edit.basis(),
            rent_free_months=self.rent_free_spin.value(),
            deposit=self.deposit_edit.text() or "0",
            rent_steps=steps,
            notes=self.notes_edit.toPlainText(),
            draft=self.draft_check.isChecked() if self._original is None else False,
        )
        return data, steps_problem

    def _rent_text(self) -> str:
        return f"{self.rent_edit.text()} {self.rent_edit.basis_combo.currentText()}"

    def _steps_text(self) -> str:
        return "; ".join(
            fill(self.tr("from %1 at %2"), when, rate)
            for when, rate in self.steps_editor.raw_steps()
        )

    def fill_deposit(self) -> None:
        per_month = self.rent_edit.per_month()
        if per_month is None:
            return
        self.deposit_edit.set_value(rent.monthly_rent(per_month, self.area) * 3)

    # -- feedback -------------------------------------------------------------------------

    def _refresh_availability(self) -> None:
        """Say, for the chosen start date, which units are free for the whole term."""
        start, end = self.start_date, self.end_date
        vacant = {v.unit_id: v for v in occupancy.vacant_units(self.ctx, start)}
        holds_own = self._original is not None and self._original.stage == "signed"
        own = set(self._original.unit_ids) if holds_own and self._original else set()
        status: dict[int, tuple[str, bool]] = {}
        model = self.unit_picker.model
        for row in range(model.rowCount()):
            unit = model.unit_at(row)
            v = vacant.get(unit.id)
            if unit.id in own:
                status[unit.id] = (self.tr("this lease"), True)
            elif v is None:
                status[unit.id] = (fill(self.tr("leased on %1"), start), False)
            elif v.next_lease_start is not None and v.next_lease_start < end:
                status[unit.id] = (fill(self.tr("vacant until %1"), v.next_lease_start), False)
            else:
                status[unit.id] = (self.tr("vacant"), True)
        model.set_availability(status)
        self.update_hints()

    def update_hints(self) -> None:
        start, end = self.start_date, self.end_date
        if end > start:
            self.set_hint(
                "end_date",
                fill(
                    self.tr("Last day: %1 · term %2 months"),
                    end - dt.timedelta(days=1),
                    months_between(start, end),
                ),
            )
        else:
            self.set_hint("end_date", "")
        self.steps_editor.default_date = start
        self.steps_editor.default_rate = self.rent_edit.value()
        per_month = self.rent_edit.per_month()
        self.set_hint("rent", self.rent_edit.monthly_hint(self.area))
        self.deposit_button.setEnabled(per_month is not None and self.area > 0)
        if not self.steps_editor.row_count():
            steps_hint = ""
        elif self.rent_edit.basis() == "day":
            steps_hint = self.tr("Step rates are per m² per day, like the rent")
        else:
            steps_hint = self.tr("Step rates are per m² per month, like the rent")
        self.set_hint("rent_steps", steps_hint)
        model = self.unit_picker.model
        busy = [u.code for u in model.checked_units() if not model.availability(u.id)[1]]
        self.set_hint(
            "unit_ids",
            fill(self.tr("Not free for the whole term: %1"), ", ".join(busy)) if busy else "",
        )

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.company_picker.company_id is None:
            errors["company_id"] = self.tr("Choose the company that takes the lease")
        if not self.unit_picker.model.checked_ids():
            errors["unit_ids"] = self.tr("Choose at least one unit")
        start, end = self.start_date, self.end_date
        if end <= start:
            errors["end_date"] = self.tr(
                "End date must be after the start date (the lease ends at the start of its end date)"
            )
        value = self.rent_edit.value()
        if value is None:
            errors["rent"] = self.tr("Rent must be a number")
        elif value < 0:
            errors["rent"] = self.tr("Rent must not be negative")
        deposit = self.deposit_edit.value()
        if self.deposit_edit.text() and deposit is None:
            errors["deposit"] = self.tr("Deposit must be a number")
        elif deposit is not None and deposit < 0:
            errors["deposit"] = self.tr("Deposit must not be negative")
        free = self.rent_free_spin.value()
        if end > start and free and free >= months_between(start, end):
            errors["rent_free_months"] = self.tr("Rent-free months must be shorter than the term")
        steps, problem = self.steps_editor.steps()
        if problem:
            errors["rent_steps"] = problem
        for when, _rate in steps:
            if not start < when < end:
                errors["rent_steps"] = fill(self.tr("Rent step on %1 is outside the term"), when)
        return errors

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        if not self.lease_id:
            return False
        self._original = leases.get_lease(self.ctx, self.lease_id)
        self._load(None, [])
        self._refresh_availability()
        return True

    def save(self) -> LeaseView | None:
        data, steps_problem = self.lease_input()
        if steps_problem:
            self.show_local_errors({"rent_steps": steps_problem})
            return None
        if self.lease_id:
            # The version the form was loaded from: a save over someone else's is refused.
            version = self._original.version if self._original else None
            return leases.update_lease(self.ctx, self.lease_id, data, expected_version=version)
        return leases.create_lease(self.ctx, data)
