"""The review and approval panels of the application editor.

The review form reads the score range and the weighted mean from :mod:`workflow`; the
approval form shows :func:`decisions.approval_outlook` (every bound and why this user cannot
approve); every other refusal is the service's own message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminapp.i18n_messages import translate_message
from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from adminapp.services.financing import ApplicationView, ApprovalOutlook, approval_outlook
from adminapp.services.financing import workflow as wf
from adminapp.services.financing.applications import ReviewView
from ui.dialogs.application_actions import ActionDialog
from ui.dialogs.application_panel_base import (
    Panel,
    moment,
    quantity,
    rows_table,
    set_role,
    text_label,
)
from ui.dialogs.form import fill
from ui.models import display as d
from ui.models.table import Column, RowsTableModel
from ui.widgets.money_edit import MoneyEdit

# -- review ---------------------------------------------------------------------------------


class ReviewPanel(Panel):
    """The programme's rubric as a form (a score per criterion, a comment) with the weighted
    score computed as the user types; below, the reviews so far and the application's mean."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.criteria: list[tuple[str, Decimal]] = []
        self.spins: dict[str, QSpinBox] = {}
        self._rubric_key: tuple | None = None

        self.state_label = text_label(wrap=True)
        self.state_label.setProperty("formRole", "hint")
        self.rubric_box = QWidget()
        self.rubric_form = QFormLayout(self.rubric_box)
        self.rubric_form.setContentsMargins(0, 0, 0, 0)
        self.rubric_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.score_label = text_label()
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
        self.reviews_table = rows_table(self.reviews_model, 3)
        self.mean_label = text_label()
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
            self.rubric_form.addRow(text_label(self.tr("The programme has no review criteria.")))
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
                d.application_status_label(view.status).lower(),
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


class ApprovalPanel(Panel):
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
        self.computation_label = text_label(wrap=True)
        self.computation_label.setProperty("formRole", "hint")
        bounds_layout = QVBoxLayout(self.bounds_box)
        bounds_layout.addLayout(self.bounds_grid)
        bounds_layout.addWidget(self.computation_label)

        self.blockers_label = text_label(wrap=True, role="blocker")
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
        blockers = [translate_message(b) for b in self.outlook.blockers]
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
                rows.append((key, caption, quantity(lim.amount, unit), translate_message(lim.text)))
        caption = self.tr("Your approval limit")
        if o.role_limit is not None:
            rows.append(
                (
                    "role_limit",
                    caption,
                    quantity(o.role_limit, unit),
                    translate_message(o.role_limit_text),
                )
            )
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
                text_label(caption),
                text_label(figure),
                text_label(how, wrap=True),
                text_label(self.tr("◀ binds") if binds else ""),
            ]
            cells[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, cell in enumerate(cells):
                if binds:
                    set_role(cell, "binding")
                self.bounds_grid.addWidget(cell, r, c)
        total = len(rows)
        result = text_label(self.tr("May be approved"))
        figure = text_label(quantity(outlook.maximum, view.unit))
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for cell in (result, figure):
            font = QFont(cell.font())
            font.setBold(True)
            cell.setFont(font)
        self.bounds_grid.addWidget(result, total, 0)
        self.bounds_grid.addWidget(figure, total, 1)
        self.computation_label.setText(translate_message(outlook.text))

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
        rows = [(self.tr("Decision"), names.get(outcome, d.application_status_label(view.status)))]
        if view.approved_amount is not None:
            rows.append((self.tr("Approved amount"), quantity(view.approved_amount, view.unit)))
        rows.append((self.tr("By"), (view.decided_by or (step.by if step else "")) or "–"))
        rows.append((self.tr("When"), moment(view.decided_at or (step.at if step else None))))
        if step and step.reason:
            rows.append((self.tr("Reason"), translate_message(step.reason)))
        if view.status != outcome:
            rows.append((self.tr("Now"), d.application_status_label(view.status)))
        for caption, text in rows:
            self.decision_form.addRow(caption, text_label(text, wrap=True))

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
