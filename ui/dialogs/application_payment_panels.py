"""The tranche and GPU-hour panels of the application editor: the payment schedule against
the approved amount (plan it, mark milestones met, pay), and a compute voucher's GPU-hours."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminapp.services import financing as fin
from adminapp.services.context import AppContext, centre_today
from adminapp.services.financing import ApplicationView
from adminapp.services.financing.applications import TrancheView
from adminapp.services.financing.vouchers import IN_FORCE as VOUCHER_IN_FORCE
from ui.dialogs.application_actions import ActionDialog, PlanTranchesDialog
from ui.dialogs.application_panel_base import (
    Panel,
    moment,
    panel_tr,
    quantity,
    rows_table,
    set_role,
    text_label,
)
from ui.dialogs.form import fill
from ui.models import display
from ui.models.table import Column, RowsTableModel
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit

# -- tranches -------------------------------------------------------------------------------


def _met_text(t: TrancheView) -> str:
    if t.milestone_met_on is None:
        return ""
    return fill(panel_tr("%1 · %2"), display.date(t.milestone_met_on), t.milestone_met_by or "")


def _paid_text(t: TrancheView) -> str:
    if t.paid_on is None:
        return ""
    return fill(
        panel_tr("%1 · %2 · %3"), display.date(t.paid_on), t.payment_reference, t.paid_by or ""
    )


class TranchesPanel(Panel):
    """The payment schedule against the approved amount; plan it, mark milestones, pay."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowsTableModel(
            [
                Column(self.tr("#"), lambda t: str(t.seq), numeric=True),
                Column(self.tr("Planned"), lambda t: display.date(t.planned_on)),
                Column(self.tr("Amount"), lambda t: display.amount(t.amount), numeric=True),
                Column(self.tr("Milestone"), lambda t: t.milestone),
                Column(self.tr("Milestone met (date · by)"), _met_text),
                Column(self.tr("Paid (date · reference · by)"), _paid_text),
            ]
        )
        self.model.id_attr = "seq"
        self.table = rows_table(self.model, 4)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.total_label = text_label(wrap=True)
        self.hint_label = text_label(wrap=True)
        self.hint_label.setProperty("formRole", "hint")
        self.plan_button = QPushButton(self.tr("Plan tranches…"))
        self.milestone_button = QPushButton(self.tr("Milestone met…"))
        self.release_button = QPushButton(self.tr("Release…"))
        self.plan_button.clicked.connect(self.open_plan)
        self.milestone_button.clicked.connect(self.open_milestone)
        self.release_button.clicked.connect(self.open_release)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.milestone_button)
        buttons.addWidget(self.release_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)

    def show_application(self, view: ApplicationView) -> None:
        selected = self.selected()
        self.view = view
        self.model.set_rows(view.tranches)
        if selected is not None and (row := self.model.row_of_id(selected.seq)) >= 0:
            self.table.selectRow(row)
        unit = view.unit
        planned = sum((t.amount for t in view.tranches), Decimal(0))
        if view.approved_amount is None:
            self.total_label.setText(self.tr("Nothing is approved yet."))
            set_role(self.total_label, "")
        else:
            left = view.approved_amount - planned
            self.total_label.setText(
                fill(
                    self.tr("Planned %1 of the approved %2; remainder %3 · paid %4"),
                    quantity(planned, unit),
                    quantity(view.approved_amount, unit),
                    quantity(left, unit),
                    quantity(view.disbursed, unit),
                )
            )
            set_role(self.total_label, "good" if left == 0 else "bad")
        self._update_actions()

    def selected(self) -> TrancheView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.view is None:
            return None
        return self.model.row_at(rows[0].row())

    def select_seq(self, seq: int) -> None:
        self.table.selectRow(self.model.row_of_id(seq))

    def _update_actions(self, *_args: object) -> None:
        view = self.view
        if view is None:
            return
        t = self.selected()
        paying = view.status == "disbursing"
        self.plan_button.setEnabled(self.allowed("tranche.plan") and view.status == "approved")
        self.milestone_button.setEnabled(
            self.allowed("tranche.milestone")
            and paying
            and t is not None
            and t.milestone_met_on is None
        )
        self.release_button.setEnabled(
            self.allowed("tranche.release")
            and paying
            and t is not None
            and t.milestone_met_on is not None
            and t.paid_on is None
        )
        if view.status == "approved" and not view.tranches:
            hint = self.tr("Plan the tranches; payments start once they add up to the approval.")
        elif paying and t is None:
            hint = self.tr("Select a tranche to mark its milestone met or to release it.")
        elif paying and t.paid_on is None and t.milestone_met_on is None:
            hint = fill(
                self.tr("Tranche %1 is paid once its milestone (%2) is marked met."),
                t.seq,
                t.milestone,
            )
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def plan_dialog(self) -> PlanTranchesDialog:
        assert self.view is not None
        return PlanTranchesDialog(self, self.ctx, self.view)

    def open_plan(self) -> None:
        self.run_dialog(self.plan_dialog())

    def milestone_dialog(self) -> ActionDialog:
        view, t = self.view, self.selected()
        assert view is not None and t is not None
        date_edit = DateEdit(value=centre_today())
        return ActionDialog(
            self,
            self.ctx,
            fill(self.tr("Milestone of tranche %1"), t.seq),
            fill(
                self.tr("Tranche %1 of %2 (%3): mark its milestone “%4” met."),
                t.seq,
                view.reference,
                quantity(t.amount, view.unit),
                t.milestone,
            ),
            [("milestone_met_on", self.tr("Met on"), date_edit)],
            lambda: fin.mark_milestone_met(self.ctx, view.id, t.seq, date_edit.date_value()),
            self.tr("Mark met"),
        )

    def open_milestone(self) -> None:
        self.run_dialog(self.milestone_dialog())

    def release_dialog(self) -> ActionDialog:
        view, t = self.view, self.selected()
        assert view is not None and t is not None
        date_edit = DateEdit(value=centre_today())
        reference = QLineEdit()
        reference.setPlaceholderText(self.tr("Bank or voucher number"))
        return ActionDialog(
            self,
            self.ctx,
            fill(self.tr("Release tranche %1"), t.seq),
            fill(
                self.tr("Record the payment of tranche %1 of %2: %3 to %4."),
                t.seq,
                view.reference,
                quantity(t.amount, view.unit),
                view.company_name,
            ),
            [
                ("paid_on", self.tr("Paid on"), date_edit),
                ("payment_reference", self.tr("Payment reference"), reference),
            ],
            lambda: fin.release_tranche(
                self.ctx,
                view.id,
                t.seq,
                date_edit.date_value(),
                reference.text(),
                expected_version=view.version,
            ),
            self.tr("Record payment"),
        )

    def open_release(self) -> None:
        self.run_dialog(self.release_dialog())


# -- GPU-hours ------------------------------------------------------------------------------


class UsagePanel(Panel):
    """A compute voucher's GPU-hours: allocated, used, remaining, each usage; record more."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.not_voucher_label = text_label(wrap=True)
        self.not_voucher_label.setProperty("formRole", "hint")
        self.provider_label = text_label()
        self.allocated_label = text_label()
        self.used_label = text_label()
        self.remaining_label = text_label()
        for label in (self.allocated_label, self.used_label, self.remaining_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.model = RowsTableModel(
            [
                Column(self.tr("Used on"), lambda u: display.date(u.used_on)),
                Column(self.tr("GPU-hours"), lambda u: display.amount(u.hours), numeric=True),
                Column(self.tr("Reference"), lambda u: u.reference),
                Column(self.tr("Recorded by"), lambda u: u.recorded_by),
                Column(self.tr("When"), lambda u: moment(u.recorded_at)),
            ]
        )
        self.table = rows_table(self.model, 4)
        self.record_button = QPushButton(self.tr("Record usage…"))
        self.record_button.clicked.connect(self.open_record)
        self.hint_label = text_label(wrap=True)
        self.hint_label.setProperty("formRole", "hint")

        self.voucher_box = QWidget()
        figures = QGridLayout()
        figures.setHorizontalSpacing(16)
        figures.setColumnStretch(2, 1)
        for r, (caption, label) in enumerate(
            (
                (self.tr("Provider"), self.provider_label),
                (self.tr("Allocated"), self.allocated_label),
                (self.tr("Used"), self.used_label),
                (self.tr("Remaining"), self.remaining_label),
            )
        ):
            figures.addWidget(QLabel(caption), r, 0)
            figures.addWidget(label, r, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.record_button)
        inner = QVBoxLayout(self.voucher_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(figures)
        inner.addWidget(self.bar)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.not_voucher_label)
        layout.addWidget(self.voucher_box, 1)

    def remaining(self) -> Decimal | None:
        view = self.view
        if view is None or view.approved_amount is None:
            return None
        return view.approved_amount - view.gpu_hours_used

    def show_application(self, view: ApplicationView) -> None:
        self.view = view
        voucher = view.unit == "GPU_HOURS"
        self.voucher_box.setVisible(voucher)
        self.not_voucher_label.setVisible(not voucher)
        if not voucher:
            self.not_voucher_label.setText(
                fill(
                    self.tr("%1 is paid in yuan; GPU-hours are recorded on compute vouchers."),
                    view.programme_name,
                )
            )
            self.record_button.setEnabled(False)
            return
        allocated, left = view.approved_amount, self.remaining()
        self.provider_label.setText(view.provider)
        self.allocated_label.setText(
            quantity(allocated, view.unit) if allocated is not None else self.tr("not approved yet")
        )
        self.used_label.setText(quantity(view.gpu_hours_used, view.unit))
        self.remaining_label.setText(quantity(left, view.unit) if left is not None else "–")
        if allocated:
            share = view.gpu_hours_used / allocated
            self.bar.setValue(min(int(share * 1000), 1000))
            self.bar.setFormat(fill(self.tr("%1 % used"), f"{share * 100:.1f}"))
        else:
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("nothing allocated"))
        self.model.set_rows(view.usages)
        in_force = view.status in VOUCHER_IN_FORCE
        self.record_button.setEnabled(self.allowed("voucher.consume") and in_force)
        if not self.allowed("voucher.consume"):
            hint = self.refusal("voucher.consume")
        elif not in_force:
            hint = fill(
                self.tr("GPU-hours are recorded against an approved voucher; this one is %1."),
                display.application_status_label(view.status).lower(),
            )
        else:
            hint = ""
        self.hint_label.setText(hint)

    def record_dialog(self) -> ActionDialog:
        view = self.view
        assert view is not None
        date_edit = DateEdit(value=centre_today())
        hours = MoneyEdit(decimals=2)
        reference = QLineEdit()
        reference.setPlaceholderText(self.tr("The provider's statement or invoice"))
        return ActionDialog(
            self,
            self.ctx,
            fill(self.tr("GPU-hours used on %1"), view.reference),
            fill(
                self.tr("%1 with %2: %3 left of %4."),
                view.reference,
                view.provider,
                quantity(self.remaining(), view.unit),
                quantity(view.approved_amount, view.unit),
            ),
            [
                ("used_on", self.tr("Used on"), date_edit),
                ("hours", self.tr("GPU-hours"), hours),
                ("reference", self.tr("Reference"), reference),
            ],
            lambda: fin.record_compute_usage(
                self.ctx, view.id, date_edit.date_value(), hours.text(), reference.text()
            ),
            self.tr("Record"),
        )

    def open_record(self) -> None:
        self.run_dialog(self.record_dialog())
