"""The approval limits: up to which amount a manager approves financing, and a director.

Amounts are in CNY with thousands separators; the director's limit may be left empty (no
limit). The settings service checks the amounts and refuses a save over someone else's change.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from adminapp.services import app_settings
from adminapp.services.app_settings import ApprovalLimits
from adminapp.services.context import AppContext
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.user_dialog import resize_to_width
from ui.widgets.money_edit import MoneyEdit


def limit_text(value: Decimal | None) -> str:
    """``Decimal("1000000")`` → ``1,000,000.00`` (what the edit shows); None → empty."""
    return "" if value is None else f"{value:,.2f}"


class ApprovalLimitsDialog(FormDialog):
    DEPENDS = {"manager": ("director",), "director": ("manager",)}

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent, ctx)
        self.limits: ApprovalLimits = app_settings.get_approval_limits(ctx)

        intro = QLabel(
            self.tr(
                "A manager approves financing up to the manager's limit; a director approves "
                "larger amounts, up to the director's limit if one is set. Amounts in CNY."
            )
        )
        intro.setWordWrap(True)
        self.manager_edit = MoneyEdit(decimals=2)
        self.director_edit = MoneyEdit(decimals=2)
        self.director_edit.setPlaceholderText(self.tr("No limit"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(
            self.tr("Manager's limit"),
            self.add_field("manager", self._yuan(self.manager_edit), highlight=self.manager_edit),
        )
        form.addRow(
            self.tr("Director's limit"),
            self.add_field(
                "director", self._yuan(self.director_edit), highlight=self.director_edit
            ),
        )
        body = QVBoxLayout()
        body.addWidget(intro)
        body.addSpacing(4)
        body.addLayout(form)
        self.compose(body)

        self._load(self.limits)
        for name, edit in (("manager", self.manager_edit), ("director", self.director_edit)):
            self.watch(name, edit.textChanged)
            edit.editingFinished.connect(lambda e=edit: self._regroup(e))
        self.setWindowTitle(self.tr("Approval limits"))
        resize_to_width(self, 500)
        self.refresh()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext) -> ApprovalLimits | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx))

    def _yuan(self, edit: MoneyEdit) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("¥"))
        layout.addWidget(edit, 1)
        layout.addWidget(QLabel(self.tr("CNY")))
        return box

    def _load(self, limits: ApprovalLimits) -> None:
        self.manager_edit.setText(limit_text(limits.manager))
        self.director_edit.setText(limit_text(limits.director))

    @staticmethod
    def _regroup(edit: MoneyEdit) -> None:
        """Show a finished amount with thousands separators (``1500000`` → ``1,500,000.00``)."""
        value = edit.value()
        if value is not None and value >= 0 and value == round(value, 2):
            text = limit_text(value)
            if text != edit.text():
                edit.setText(text)

    # -- feedback -------------------------------------------------------------------------

    def update_hints(self) -> None:
        manager = self.manager_edit.value()
        director = self.director_edit.value()
        if not self.manager_edit.text().strip():
            self.set_hint("manager", self.tr("Managers always have a limit: enter an amount."))
        elif manager is not None and manager >= 0:
            self.set_hint(
                "manager",
                fill(self.tr("Managers approve up to ¥%1."), limit_text(manager)),
            )
        else:
            self.set_hint("manager", "")
        if not self.director_edit.text().strip():
            self.set_hint("director", self.tr("Empty: directors approve any amount."))
        elif director is not None and director >= 0:
            self.set_hint(
                "director",
                fill(self.tr("Directors approve up to ¥%1."), limit_text(director)),
            )
        else:
            self.set_hint("director", "")

    def live_errors(self) -> dict[str, str]:
        # The service's reading of each amount (same words); it checks the two together.
        errors: dict[str, str] = {}
        for name, edit, label in (
            ("manager", self.manager_edit, "Manager's limit"),
            ("director", self.director_edit, "Director's limit"),
        ):
            _value, problem = app_settings.parse_limit(edit.text(), label)
            if problem:
                errors[name] = problem
        return errors

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        self.limits = app_settings.get_approval_limits(self.ctx)
        self._load(self.limits)
        return True

    def save(self) -> ApprovalLimits:
        return app_settings.set_approval_limits(
            self.ctx,
            self.manager_edit.text(),
            self.director_edit.text(),
            self.limits.versions,
        )
