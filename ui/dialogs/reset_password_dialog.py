"""Reset a user's password: a temporary one (typed twice) that they must change at sign-in.

Resetting also lifts the lock that five wrong passwords put on an account.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from adminapp.services import accounts
from adminapp.services.accounts import UserInput, UserView
from adminapp.services.context import AppContext
from ui.dialogs.form import FormDialog, fill
from ui.dialogs.user_dialog import password_edit, passwords_differ, resize_to_width
from ui.models.users import locked_until

EFFECTS_STYLE = """
QLabel#effects { color: #3c4650; background: #f3f5f7; border: 1px solid #d3d8de;
                 border-radius: 4px; padding: 6px; }
"""


class ResetPasswordDialog(FormDialog):
    DEPENDS = {"password": ("repeat",)}

    def __init__(self, parent: QWidget | None, ctx: AppContext, user_id: int) -> None:
        super().__init__(parent, ctx)
        self.setStyleSheet(self.styleSheet() + EFFECTS_STYLE)
        self.user_id = user_id
        self.user: UserView = accounts.get_user(ctx, user_id)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password_edit = password_edit(self.tr("at least 8 characters"))
        self.repeat_edit = password_edit()
        self.show_passwords = QCheckBox(self.tr("Show the passwords"))
        self.show_passwords.toggled.connect(self._show_passwords)
        self.effects = QLabel()
        self.effects.setObjectName("effects")
        self.effects.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Never listed back to the user (see FormDialog.field_texts): a constant text.
        form.addRow(
            self.tr("Temporary password"),
            self.add_field("password", self.password_edit, text=lambda: ""),
        )
        form.addRow(
            self.tr("Repeat password"), self.add_field("repeat", self.repeat_edit, text=lambda: "")
        )
        form.addRow("", self.show_passwords)
        body = QVBoxLayout()
        body.addWidget(self.intro)
        body.addSpacing(4)
        body.addLayout(form)
        body.addWidget(self.effects)
        self.compose(body)

        self.watch("password", self.password_edit.textChanged)
        self.watch("repeat", self.repeat_edit.textChanged)
        self.save_button.setText(self.tr("Reset password"))
        self._describe()
        resize_to_width(self, 500)
        self.refresh()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: AppContext, user_id: int) -> UserView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, user_id))

    def _describe(self) -> None:
        user = self.user
        self.setWindowTitle(fill(self.tr("Reset the password of %1"), user.login))
        self.intro.setText(
            fill(
                self.tr("Give %1 (%2) a temporary password and tell it to them."),
                user.display_name,
                user.login,
            )
        )
        lines = [self.tr("• They must choose their own password at their next sign-in.")]
        locked = locked_until(user)
        if locked:
            lines.append(
                fill(
                    self.tr(
                        "• The account is locked until %1 after wrong passwords: "
                        "the reset lifts the lock now."
                    ),
                    locked,
                )
            )
        else:
            lines.append(self.tr("• A lock after wrong passwords, if any, is lifted."))
        if not user.active:
            lines.append(
                self.tr("• The account stays deactivated: reactivate it so they can sign in.")
            )
        self.effects.setText("\n".join(lines))

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def live_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        # The service's password rule, asked through its validation of a new account.
        user = self.user
        data = UserInput(user.login, user.display_name, list(user.roles), self.password_edit.text())
        problem = accounts.validate(data, creating=True)[1].get("password")
        if problem:
            errors["password"] = problem
        if passwords_differ(self.password_edit.text(), self.repeat_edit.text(), finished=False):
            errors["repeat"] = self.tr("The two passwords differ")
        return errors

    def reload_saved(self) -> bool:
        self.user = accounts.get_user(self.ctx, self.user_id)
        self._describe()
        return True

    def save(self) -> UserView | None:
        password = self.password_edit.text()
        if passwords_differ(password, self.repeat_edit.text(), finished=True):
            errors = self.live_errors()
            errors["repeat"] = self.tr("The two passwords differ")
            self.show_local_errors(errors)
            return None
        return accounts.reset_password(
            self.ctx, self.user_id, password, expected_version=self.user.version
        )
