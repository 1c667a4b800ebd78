"""The review, approval, tranche and GPU-hour panels of the application editor.

Each panel shows its part of an :class:`ApplicationView` read-only and offers the actions
the application's status and the signed-in user's roles allow. An action calls a service
(with the version shown, where the service takes one); on success the panel shows the new
view and emits ``changed(view)``; a refusal is shown beside the field it names, or at the top
of the panel (or of the action's dialog), with what the user typed left in place.

The rules stay in the services: the approval form shows :func:`decisions.approval_outlook`
(every bound and why this user cannot approve), the review form reads the score range and the
weighted mean from :mod:`workflow`, and every other refusal is the service's own message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminapp import permissions
from adminapp.errors import DomainError, StaleRecordError, ValidationError
from adminapp.services import financing as fin
from adminapp.services.context import CENTRE_TZ, AppContext, centre_today
from adminapp.services.financing import ApplicationView
from adminapp.services.financing import workflow as wf
from adminapp.services.financing.applications import ReviewView, TrancheView
from adminapp.services.financing.decisions import ApprovalOutlook, approval_outlook
from adminapp.services.financing.vouchers import IN_FORCE as VOUCHER_IN_FORCE
from ui.dialogs.form import STYLE, FieldRow, FormDialog, fill
from ui.models import display
from ui.models.table import Column, RowsTableModel
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit, parse_amount

CENT = Decimal("0.01")
BINDING_COLOUR = "#1a5fb4"
PANEL_STYLE = (
    STYLE
    + f"""
QLabel[panelRole="binding"] {{ color: {BINDING_COLOUR}; font-weight: bold; }}
QLabel[panelRole="blocker"] {{ color: #8a4b00; background: #fff4e0; border: 1px solid #f0d29c;
    padding: 6px; }}
QLabel[panelRole="good"] {{ color: #1b7a3a; }}
QLabel[panelRole="bad"] {{ color: #b3261e; font-weight: bold; }}
"""
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ApplicationPanels", text)


def quantity(value: Decimal | None, unit: str) -> str:
    """``¥1,234.50`` or ``1,234.50 GPU-hours``; empty for no value."""
    if value is None:
        return ""
    if unit == "GPU_HOURS":
        return fill(_t("%1 GPU-hours"), f"{value:,.2f}")
    return display.money(value)


def moment(at: dt.datetime | None) -> str:
    return "" if at is None else f"{at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def split_evenly(total: Decimal, parts: int) -> list[Decimal]:
    """``total`` in ``parts`` equal amounts to the fen; the last takes the odd fen(s)."""
    share = (total / parts).quantize(CENT, ROUND_DOWN)
    return [share] * (parts - 1) + [total - share * (parts - 1)]


def _label(text: str = "", *, wrap: bool = False, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("panelRole", role)
    return label


def _set_role(label: QLabel, role: str) -> None:
    if label.property("panelRole") != role:
        label.setProperty("panelRole", role)
        label.style().unpolish(label)
        label.style().polish(label)


def _table(model: RowsTableModel, rows_shown: int = 4) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    height = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(height + rows_shown * table.verticalHeader().defaultSectionSize() + 4)
    return table


class _Panel(QWidget):
    """What the four panels share: the service call, the refusal shown, ``changed``."""

    changed = Signal(object)  # the new ApplicationView after a successful service call

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ApplicationView | None = None
        self._rows: dict[str, FieldRow] = {}
        self.setStyleSheet(PANEL_STYLE)
        self.message = _label(wrap=True)
        self.message.setProperty("formRole", "general")
        self.message.hide()
        # Offered when someone else changed the application since it was shown here.
        self.reload_button = QPushButton(self.tr("Show the application as saved now"))
        self.reload_button.setToolTip(self.tr("What you typed here stays"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)

    def allowed(self, action: str) -> bool:
        return permissions.allowed(self.ctx.actor.roles, action)

    def refusal(self, action: str) -> str:
        return permissions.refusal(self.ctx.actor.roles, action)

    def add_field(self, name: str, widget: QWidget, highlight: QWidget | None = None) -> FieldRow:
        row = FieldRow(widget, highlight)
        self._rows[name] = row
        return row

    def error_text(self, name: str = "") -> str:
        """The refusal shown beside field ``name`` ("" if none); ``""`` names the top one."""
        label = self._rows[name].error if name else self.message
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.set_error("")
        self.message.clear()
        self.message.hide()
        self.reload_button.hide()

    def show_error(self, error: DomainError) -> None:
        """Show a service's refusal beside the field(s) it names, else at the top."""
        self.clear_errors()
        found = error.errors if isinstance(error, ValidationError) else {error.field or "": error}
        general = []
        for name, text in found.items():
            if name in self._rows:
                self._rows[name].set_error(str(text))
            else:
                general.append(str(text))
        self.message.setText("\n".join(general))
        self.message.setVisible(bool(general))
        self.reload_button.setVisible(isinstance(error, StaleRecordError))

    def reload(self) -> None:
        """Show the application as saved now (its version too), keeping what was typed."""
        if self.view is None:
            return
        try:
            view = fin.get_application(self.ctx, self.view.id)
        except DomainError as error:
            self.show_error(error)
            return
        self.clear_errors()
        self.show_application(view)

    def call(self, action: Callable[[], ApplicationView]) -> bool:
        """Run a service call; show its refusal, or the new view (and announce it)."""
        try:
            view = action()
        except DomainError as error:
            self.show_error(error)
            return False
        self.finish(view)
        return True

    def finish(self, view: ApplicationView) -> None:
        self.clear_errors()
        self.show_application(view)
        self.changed.emit(view)

    def run_dialog(self, dialog: PanelDialog) -> None:
        """Run an action's dialog; what it saved becomes the panel's view."""
        try:
            dialog.exec()
            view, error = dialog.result_view, dialog.last_error
        finally:
            dialog.deleteLater()
        if view is not None:
            self.finish(view)
        elif isinstance(error, StaleRecordError):
            self.show_error(error)

    def show_application(self, view: ApplicationView) -> None:
        raise NotImplementedError


class PanelDialog(FormDialog):
    """A panel's action dialog; it remembers its last refusal (a stale one is shown in the
    panel too once the dialog is closed, with the offer to reload)."""

    last_error: DomainError | None = None

    def show_error(self, error: DomainError) -> None:
        self.last_error = error
        super().show_error(error)


class ActionDialog(PanelDialog):
    """A few inputs, one service call: rejecting, marking a milestone met, paying, usage."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        title: str,
        intro: str,
        fields: list[tuple[str, str, QWidget]],
        action: Callable[[], ApplicationView],
        save_text: str,
    ) -> None:
        super().__init__(parent, ctx)
        self._action = action
        self.inputs = {name: widget for name, _caption, widget in fields}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, caption, widget in fields:
            form.addRow(caption, self.add_field(name, widget))
            if isinstance(widget, QDateEdit):
                self.watch(name, widget.dateChanged)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                self.watch(name, widget.textChanged)
        body = QVBoxLayout()
        body.addWidget(_label(intro, wrap=True))
        body.addLayout(form)
        self.compose(body)
        self.save_button.setText(save_text)
        self.setWindowTitle(title)
        self.resize(600, self.sizeHint().height())

    def save(self) -> ApplicationView:
        return self._action()


# -- review ---------------------------------------------------------------------------------


class ReviewPanel(_Panel):
    """The programme's rubric as a form (a score per criterion, a comment) with the weighted
    score computed as the user types; below, the reviews so far and the application's mean."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.criteria: list[tuple[str, Decimal]] = []
        self.spins: dict[str, QSpinBox] = {}
        self._rubric_key: tuple | None = None

        self.state_label = _label(wrap=True)
        self.state_label.setProperty("formRole", "hint")
        self.rubric_box = QWidget()
        self.rubric_form = QFormLayout(self.rubric_box)
        self.rubric_form.setContentsMargins(0, 0, 0, 0)
        self.rubric_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.score_label = _label()
        bold = QFont(self.score_label.font())
        bold.setBold(True)
        self.score_label.setFont(bold)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("What the score rests on"))
        self.comment_edit.setFixedHeight(self.comment_edit.fontMetrics().lineSpacing() * 4)
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.clicked.connect(self.save_review)

        form = QFormLayout()
        form.addRow(self.tr("Scores"), self.add_field("scores", self.rubric_box))
        form.addRow(self.tr("Weighted score"), self.score_label)
        form.addRow(self.tr("Comment"), self.add_field("comment", self.comment_edit))
        mine = QGroupBox(self.tr("Your review"))
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.state_label)
        mine_layout.addLayout(form)
        mine_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.reviews_model = RowsTableModel([], self)
        self.reviews_table = _table(self.reviews_model, 3)
        self.mean_label = _label()
        done = QGroupBox(self.tr("Reviews so far"))
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.reviews_table)
        done_layout.addWidget(self.mean_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(mine)
        layout.addWidget(done, 1)

    def show_application(self, view: ApplicationView) -> None:
        same = self.view is not None and self.view.id == view.id
        self.view = view
        criteria = fin.get_programme(self.ctx, view.programme_id).criteria
        if not same or criteria != self.criteria:
            self._build_rubric(criteria)
            self.comment_edit.clear()
        self._show_reviews(view)
        self._update_state()
        self.update_score()

    def _build_rubric(self, criteria: list[tuple[str, Decimal]]) -> None:
        while self.rubric_form.rowCount():
            self.rubric_form.removeRow(0)
        self.criteria = list(criteria)
        self.spins = {}
        if not criteria:
            self.rubric_form.addRow(_label(self.tr("The programme has no review criteria.")))
        for name, weight in criteria:
            spin = QSpinBox()
            # One below the service's range means "not scored yet" (shown as a dash).
            spin.setRange(wf.SCORE_MIN - 1, wf.SCORE_MAX)
            spin.setSpecialValueText("–")
            spin.setValue(spin.minimum())
            spin.setSuffix(fill(self.tr(" of %1"), wf.SCORE_MAX))
            spin.setToolTip(
                fill(self.tr("A whole number from %1 to %2"), wf.SCORE_MIN, wf.SCORE_MAX)
            )
            spin.valueChanged.connect(self.update_score)
            caption = fill(self.tr("%1 (weight %2)"), name, f"{weight.normalize():f}")
            self.rubric_form.addRow(caption, spin)
            self.spins[name] = spin

    def scores(self) -> dict[str, int]:
        """The criteria scored so far (an unscored one is left out, for the service to name)."""
        return {n: s.value() for n, s in self.spins.items() if s.value() >= wf.SCORE_MIN}

    def live_score(self) -> Decimal | None:
        scores = self.scores()
        if not self.criteria or len(scores) < len(self.criteria):
            return None
        return wf.weighted_score([(w, scores[n]) for n, w in self.criteria])

    def update_score(self) -> None:
        self._rows["scores"].set_error("")
        score = self.live_score()
        if score is not None:
            self.score_label.setText(fill(self.tr("%1 of %2"), score, wf.SCORE_MAX))
        else:
            self.score_label.setText(
                fill(
                    self.tr("– (%1 of %2 criteria scored)"),
                    len(self.scores()),
                    len(self.criteria),
                )
            )

    def _reviewed_by_me(self, view: ApplicationView) -> dt.datetime | None:
        me = self.ctx.actor.login.lower()
        return next((r.at for r in view.reviews if r.reviewer.lower() == me), None)

    def _update_state(self) -> None:
        view = self.view
        assert view is not None
        mine = self._reviewed_by_me(view)
        if not self.allowed("application.review"):
            why = self.refusal("application.review")
        elif view.status != "under_review":
            why = fill(
                self.tr("Reviews are taken while the application is under review; it is %1."),
                view.status_label,
            )
        elif mine is not None:
            why = fill(self.tr("You reviewed this application on %1."), moment(mine))
        else:
            why = ""
        self.state_label.setText(why)
        self.state_label.setVisible(bool(why))
        for widget in (self.rubric_box, self.comment_edit, self.save_button):
            widget.setEnabled(not why)

    def _show_reviews(self, view: ApplicationView) -> None:
        names = [n for n, _w in self.criteria]
        for review in view.reviews:
            names += [c for c, _w, _s in review.scores if c not in names]

        def score_of(name: str) -> Callable[[ReviewView], str]:
            return lambda r: next((str(s) for c, _w, s in r.scores if c == name), "")

        columns = [Column(self.tr("Reviewer"), lambda r: r.reviewer)]
        columns += [Column(n, score_of(n), numeric=True) for n in names]
        columns += [
            Column(self.tr("Weighted"), lambda r: f"{r.score:.2f}", numeric=True),
            Column(self.tr("When"), lambda r: moment(r.at)),
            Column(self.tr("Comment"), lambda r: r.comment),
        ]
        old = self.reviews_model
        self.reviews_model = RowsTableModel(columns, self)  # the columns follow the rubric
        self.reviews_model.set_rows(view.reviews)
        self.reviews_table.setModel(self.reviews_model)
        old.deleteLater()
        if view.score is None:
            self.mean_label.setText(self.tr("No review yet."))
        else:
            self.mean_label.setText(
                fill(
                    self.tr("The application's score: %1 of %2, the mean of %3 review(s)."),
                    view.score,
                    wf.SCORE_MAX,
                    len(view.reviews),
                )
            )

    def save_review(self) -> None:
        view = self.view
        if view is None:
            return
        scores, comment = self.scores(), self.comment_edit.toPlainText()
        if self.call(lambda: fin.review_application(self.ctx, view.id, scores, comment)):
            for spin in self.spins.values():
                spin.setValue(spin.minimum())
            self.comment_edit.clear()


# -- approval -------------------------------------------------------------------------------

DECIDED = ("approved", "disbursing", "closed", "rejected", "withdrawn")


class ApprovalPanel(_Panel):
    """The approval ceiling worked out bound by bound (the binding one marked), the amount
    and reason, Approve and Reject…; once decided, the decision, who, when and the amount."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.outlook: ApprovalOutlook | None = None

        self.decision_box = QGroupBox(self.tr("Decision"))
        self.decision_form = QFormLayout(self.decision_box)

        self.bounds_box = QGroupBox(self.tr("What may be approved"))
        self.bounds_grid = QGridLayout()
        self.bounds_grid.setColumnStretch(2, 1)
        self.bounds_grid.setHorizontalSpacing(12)
        self.computation_label = _label(wrap=True)
        self.computation_label.setProperty("formRole", "hint")
        bounds_layout = QVBoxLayout(self.bounds_box)
        bounds_layout.addLayout(self.bounds_grid)
        bounds_layout.addWidget(self.computation_label)

        self.blockers_label = _label(wrap=True, role="blocker")
        self.amount_edit = MoneyEdit(decimals=2)
        self.unit_label = QLabel()
        amount_box = QWidget()
        amount_line = QHBoxLayout(amount_box)
        amount_line.setContentsMargins(0, 0, 0, 0)
        amount_line.addWidget(self.amount_edit, 1)
        amount_line.addWidget(self.unit_label)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why (kept with the decision)"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.open_reject)
        self.amount_edit.textChanged.connect(lambda: self._rows["approved_amount"].set_error(""))

        self.form_box = QGroupBox(self.tr("Decide"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(
            self.tr("Amount to approve"),
            self.add_field("approved_amount", amount_box, highlight=self.amount_edit),
        )
        form.addRow(self.tr("Reason"), self.add_field("reason", self.reason_edit))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        decide = QVBoxLayout(self.form_box)
        decide.addWidget(self.blockers_label)
        decide.addLayout(form)
        decide.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.bounds_box)
        layout.addWidget(self.form_box)
        layout.addStretch(1)

    def show_application(self, view: ApplicationView) -> None:
        same = self.view is not None and self.view.id == view.id
        self.view = view
        decided = view.status in DECIDED
        self.decision_box.setVisible(decided)
        self.bounds_box.setVisible(not decided)
        self.form_box.setVisible(not decided)
        if decided:
            self.outlook = None
            self._show_decision(view)
            return
        self.outlook = approval_outlook(self.ctx, view.id)
        self._show_bounds(view, self.outlook)
        blockers = list(self.outlook.blockers)
        self.blockers_label.setText("\n".join(blockers))
        self.blockers_label.setVisible(bool(blockers))
        self.unit_label.setText(self.tr("GPU-hours") if view.unit == "GPU_HOURS" else "CNY")
        if not same or not self.amount_edit.text():
            self.amount_edit.setText(f"{self.outlook.maximum:,.2f}")  # grouped, to read
            self.reason_edit.clear()
        may_approve = self.allowed("application.approve") and self.outlook.may_approve
        self.approve_button.setEnabled(may_approve)
        self.amount_edit.setEnabled(may_approve)
        self.reject_button.setEnabled(
            self.allowed("application.reject") and wf.can_move(view.status, "rejected")
        )
        self.reason_edit.setEnabled(
            self.approve_button.isEnabled() or self.reject_button.isEnabled()
        )

    def bound_rows(self) -> list[tuple[str, str, str, str]]:
        """(key, caption, figure, how it was found) for every bound, in the order shown."""
        assert self.view is not None and self.outlook is not None
        unit, o = self.view.unit, self.outlook
        limits = {lim.key: lim for lim in o.ceiling.limits}
        none = self.tr("none set by the programme")
        captions = {
            "requested": self.tr("Requested amount"),
            "percent": self.tr("Share of the eligible cost"),
            "company_cap": fill(self.tr("Company's cap left in %1"), self.view.year),
            "budget": fill(self.tr("Programme's budget left in %1"), self.view.year),
        }
        rows = []
        for key, caption in captions.items():
            lim = limits.get(key)
            if lim is None:
                rows.append((key, caption, "–", none))
            else:
                rows.append((key, caption, quantity(lim.amount, unit), lim.text))
        caption = self.tr("Your approval limit")
        if o.role_limit is not None:
            rows.append(("role_limit", caption, quantity(o.role_limit, unit), o.role_limit_text))
        elif unit != "CNY":
            rows.append(("role_limit", caption, "–", self.tr("role limits are in yuan only")))
        elif self.allowed("application.approve"):
            rows.append(("role_limit", caption, "–", self.tr("no limit")))
        else:
            rows.append(("role_limit", caption, "–", self.tr("you hold no approval role")))
        return rows

    def _show_bounds(self, view: ApplicationView, outlook: ApprovalOutlook) -> None:
        while self.bounds_grid.count():
            item = self.bounds_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = self.bound_rows()
        for r, (key, caption, figure, how) in enumerate(rows):
            binds = key == outlook.binding
            cells = [
                _label(caption),
                _label(figure),
                _label(how, wrap=True),
                _label(self.tr("◀ binds") if binds else ""),
            ]
            cells[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, cell in enumerate(cells):
                if binds:
                    _set_role(cell, "binding")
                self.bounds_grid.addWidget(cell, r, c)
        total = len(rows)
        result = _label(self.tr("May be approved"))
        figure = _label(quantity(outlook.maximum, view.unit))
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for cell in (result, figure):
            font = QFont(cell.font())
            font.setBold(True)
            cell.setFont(font)
        self.bounds_grid.addWidget(result, total, 0)
        self.bounds_grid.addWidget(figure, total, 1)
        self.computation_label.setText(outlook.text)

    def binding_caption(self) -> str:
        """The caption of the bound marked as binding (for tests and tooltips)."""
        assert self.outlook is not None
        return next(c for k, c, _f, _h in self.bound_rows() if k == self.outlook.binding)

    def _show_decision(self, view: ApplicationView) -> None:
        while self.decision_form.rowCount():
            self.decision_form.removeRow(0)
        step = next(
            (
                s
                for s in reversed(view.steps)
                if s.to_status in ("approved", "rejected", "withdrawn")
            ),
            None,
        )
        outcome = step.to_status if step else view.status
        names = {
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
            "withdrawn": self.tr("Withdrawn by the company"),
        }
        rows = [(self.tr("Decision"), names.get(outcome, view.status_label))]
        if view.approved_amount is not None:
            rows.append((self.tr("Approved amount"), quantity(view.approved_amount, view.unit)))
        rows.append((self.tr("By"), (view.decided_by or (step.by if step else "")) or "–"))
        rows.append((self.tr("When"), moment(view.decided_at or (step.at if step else None))))
        if step and step.reason:
            rows.append((self.tr("Reason"), step.reason))
        if view.status != outcome:
            rows.append((self.tr("Now"), view.status_label))
        for caption, text in rows:
            self.decision_form.addRow(caption, _label(text, wrap=True))

    def approve(self) -> None:
        view = self.view
        if view is None:
            return
        amount, reason = self.amount_edit.text(), self.reason_edit.text()
        self.call(
            lambda: fin.approve_application(
                self.ctx, view.id, amount, reason, expected_version=view.version
            )
        )

    def reject_dialog(self) -> ActionDialog:
        view = self.view
        assert view is not None
        reason = QPlainTextEdit(self.reason_edit.text())
        reason.setPlaceholderText(self.tr("The company is told this reason"))
        reason.setFixedHeight(reason.fontMetrics().lineSpacing() * 5)
        return ActionDialog(
            self,
            self.ctx,
            fill(self.tr("Reject %1"), view.reference),
            fill(
                self.tr("Reject %1 (%2, %3 requested)? Give the reason."),
                view.reference,
                view.company_name,
                quantity(view.requested_amount, view.unit),
            ),
            [("reason", self.tr("Reason"), reason)],
            lambda: fin.reject_application(
                self.ctx, view.id, reason.toPlainText(), expected_version=view.version
            ),
            self.tr("Reject"),
        )

    def open_reject(self) -> None:
        self.run_dialog(self.reject_dialog())


# -- tranches -------------------------------------------------------------------------------


class TrancheRowsEditor(QWidget):
    """Rows of (planned date, amount, milestone) for the plan-tranches dialog."""

    changed = Signal()
    counted = Signal(int)  # the number of rows, when a row was added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[DateEdit, MoneyEdit, QLineEdit, QToolButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        for c, title in enumerate(
            (self.tr("Planned date"), self.tr("Amount"), self.tr("Milestone"))
        ):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, c)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)

    def add_row(
        self, planned_on: dt.date | None = None, amount: Decimal | None = None, milestone: str = ""
    ) -> None:
        if planned_on is None:
            last = self.rows[-1][0].date_value() if self.rows else centre_today()
            planned_on = _months_later(last, 1) if self.rows else last
        date_edit = DateEdit(self, planned_on)
        amount_edit = MoneyEdit(self, decimals=2)
        amount_edit.set_value(amount)
        milestone_edit = QLineEdit(milestone, self)
        milestone_edit.setPlaceholderText(self.tr("What must be done first"))
        remove = QToolButton(self)
        remove.setText(self.tr("Remove"))
        row = (date_edit, amount_edit, milestone_edit, remove)
        self.rows.append(row)
        r = len(self.rows)
        for c, widget in enumerate(row):
            self.grid.addWidget(widget, r, c)
        date_edit.dateChanged.connect(self.changed)
        amount_edit.textChanged.connect(self.changed)
        milestone_edit.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.counted.emit(len(self.rows))
        self.changed.emit()

    def remove_row(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for r, row in enumerate(self.rows, start=1):  # close the gap
            for c, widget in enumerate(row):
                self.grid.addWidget(widget, r, c)
        self.counted.emit(len(self.rows))
        self.changed.emit()

    def set_rows(self, rows: list[tuple[dt.date, Decimal | None, str]]) -> None:
        while self.rows:
            self.remove_row(0)
        for planned_on, amount, milestone in rows:
            self.add_row(planned_on, amount, milestone)

    def total(self) -> Decimal:
        """The sum of the amounts that read as numbers."""
        values = (parse_amount(a.text()) for _d, a, _m, _r in self.rows)
        return sum((v for v in values if v is not None), Decimal(0))

    def split_evenly(self, total: Decimal, parts: int) -> None:
        """``parts`` rows sharing ``total``; dates and milestones already typed are kept."""
        while len(self.rows) > parts:
            self.remove_row(len(self.rows) - 1)
        while len(self.rows) < parts:
            self.add_row()
        for (_d, amount_edit, _m, _r), share in zip(
            self.rows, split_evenly(total, parts), strict=True
        ):
            amount_edit.set_value(share)

    def inputs(self) -> list[fin.TrancheInput]:
        return [fin.TrancheInput(d.date_value(), a.text(), m.text()) for d, a, m, _r in self.rows]

    def text(self) -> str:
        return "; ".join(f"{d.date_value()} {a.text()} {m.text()}" for d, a, m, _r in self.rows)


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class PlanTranchesDialog(PanelDialog):
    """The payment schedule of an approved application: rows that add up to the approval."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, view: ApplicationView) -> None:
        super().__init__(parent, ctx)
        self.view = view
        approved = view.approved_amount or Decimal(0)
        self.editor = TrancheRowsEditor()
        if view.tranches:
            self.editor.set_rows([(t.planned_on, t.amount, t.milestone) for t in view.tranches])
        else:
            self.editor.add_row(centre_today(), approved, "")
        self.add_button = QPushButton(self.tr("Add tranche"))
        self.add_button.clicked.connect(lambda: self.editor.add_row())
        self.parts_spin = QSpinBox()
        self.parts_spin.setRange(1, 24)
        self.parts_spin.setValue(max(len(self.editor.rows), 1))
        self.parts_spin.setSuffix(self.tr(" tranche(s)"))
        self.split_button = QPushButton(self.tr("Split evenly into"))
        self.split_button.clicked.connect(
            lambda: self.editor.split_evenly(approved, self.parts_spin.value())
        )
        self.total_label = _label()
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        tools.addWidget(self.split_button)
        tools.addWidget(self.parts_spin)

        body = QVBoxLayout()
        body.addWidget(
            _label(
                fill(
                    self.tr(
                        "%1 approved %2. The tranches must add up to it exactly, in the "
                        "order of their planned dates; each is paid once its milestone is met."
                    ),
                    view.reference,
                    quantity(approved, view.unit),
                ),
                wrap=True,
            )
        )
        body.addWidget(self.add_field("tranches", self.editor, text=self.editor.text))
        body.addLayout(tools)
        body.addWidget(self.total_label)
        self.compose(body)
        self.watch("tranches", self.editor.changed)
        self.editor.changed.connect(self.update_total)
        self.editor.counted.connect(self.parts_spin.setValue)
        self.save_button.setText(self.tr("Save plan"))
        self.setWindowTitle(fill(self.tr("Plan the tranches of %1"), view.reference))
        self.resize(720, self.sizeHint().height())
        self.update_total()

    def difference(self) -> Decimal:
        """What is left to plan (negative: planned too much)."""
        return (self.view.approved_amount or Decimal(0)) - self.editor.total()

    def update_total(self) -> None:
        unit, diff = self.view.unit, self.difference()
        total = quantity(self.editor.total(), unit)
        approved = quantity(self.view.approved_amount, unit)
        if diff == 0:
            text = fill(self.tr("Total %1 = the approved %2"), total, approved)
        elif diff > 0:
            text = fill(
                self.tr("Total %1 of the approved %2: %3 still to plan"),
                total,
                approved,
                quantity(diff, unit),
            )
        else:
            text = fill(
                self.tr("Total %1 is %3 more than the approved %2"),
                total,
                approved,
                quantity(-diff, unit),
            )
        self.total_label.setText(text)
        _set_role(self.total_label, "good" if diff == 0 else "bad")

    def save(self) -> ApplicationView:
        return fin.plan_tranches(
            self.ctx, self.view.id, self.editor.inputs(), expected_version=self.view.version
        )


def _met_text(t: TrancheView) -> str:
    if t.milestone_met_on is None:
        return ""
    return fill(_t("%1 · %2"), display.date(t.milestone_met_on), t.milestone_met_by or "")


def _paid_text(t: TrancheView) -> str:
    if t.paid_on is None:
        return ""
    return fill(_t("%1 · %2 · %3"), display.date(t.paid_on), t.payment_reference, t.paid_by or "")


class TranchesPanel(_Panel):
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
        self.table = _table(self.model, 4)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.total_label = _label(wrap=True)
        self.hint_label = _label(wrap=True)
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
            _set_role(self.total_label, "")
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
            _set_role(self.total_label, "good" if left == 0 else "bad")
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


class UsagePanel(_Panel):
    """A compute voucher's GPU-hours: allocated, used, remaining, each usage; record more."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.not_voucher_label = _label(wrap=True)
        self.not_voucher_label.setProperty("formRole", "hint")
        self.provider_label = _label()
        self.allocated_label = _label()
        self.used_label = _label()
        self.remaining_label = _label()
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
        self.table = _table(self.model, 4)
        self.record_button = QPushButton(self.tr("Record usage…"))
        self.record_button.clicked.connect(self.open_record)
        self.hint_label = _label(wrap=True)
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
                view.status_label,
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
