"""Add a user (login, name, roles, a temporary password) or edit one (name and roles).

The roles are check boxes, each with a line saying what it lets the user do. A new user signs
in with the temporary password and must choose their own at once. The login name cannot be
changed later: the audit trail refers to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from adminapp.services import accounts, app_settings
from adminapp.services.accounts import UserInput, UserView
from adminapp.services.context import ROLES, AppContext
from ui.dialogs.form import FormDialog, fill
from ui.models.users import role_duties, role_label, roles_text

ROLES_STYLE = """
QFrame#roles { border: 1px solid #d3d8de; border-radius: 4px; }
QFrame#roles[fieldError="true"] { border: 1px solid #b3261e; }
QLabel[formRole="duty"] { color: #5f6368; }
QLineEdit[readOnly="true"] { background: #eef0f2; color: #3c4650; }
"""


def resize_to_width(dialog: QDialog, width: int) -> None:
    """``width`` wide and as tall as the wrapped texts need at that width."""
    layout = dialog.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(width, height)


def password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    edit.setPlaceholderText(placeholder)
    return edit


def passwords_differ(password: str, repeat: str, *, finished: bool) -> bool:
    """While the repeat is being typed (a beginning of the password) it does not differ yet."""
    if finished:
        return password != repeat
    return bool(repeat) and not password.startswith(repeat)


class UserDialog(FormDialog):
    # The password must not be the login name; the repeat must match the password.
    DEPENDS = {"login": ("password",), "password": ("repeat",)}

    def __init__(self, parent: QWidget | None, ctx: AppContext, user_id: int | None = None) -> None:
        super().__init__(parent, ctx)
        self.setStyleSheet(self.styleSheet() + ROLES_STYLE)
        self.user_id = user_id
        self._original: UserView | None = accounts.get_user(ctx, user_id) if user_id else None
        limits = app_settings.approval_limits(ctx)

        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(60)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("as colleagues know them, e.g. Li Na"))
        self.roles_box = QFrame()
        self.roles_box.setObjectName("roles")
        self.roles_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        roles_layout = QGridLayout(self.roles_box)
        roles_layout.setContentsMargins(8, 6, 8, 6)
        roles_layout.setHorizontalSpacing(0)
        roles_layout.setVerticalSpacing(1)
        roles_layout.setColumnMinimumWidth(0, 22)  # the duties line up with the role's name
        roles_layout.setColumnStretch(1, 1)
        self.role_checks: dict[str, QCheckBox] = {}
        for i, role in enumerate(ROLES):
            check = QCheckBox(role_label(role))
            duty = QLabel(role_duties(role, limits))
            duty.setProperty("formRole", "duty")
            duty.setWordWrap(True)
            roles_layout.addWidget(check, 2 * i, 0, 1, 2)
            roles_layout.addWidget(duty, 2 * i + 1, 1)
            if i:
                roles_layout.setRowMinimumHeight(2 * i, check.sizeHint().height() + 4)
            self.role_checks[role] = check

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Login name"), self.add_field("login", self.login_edit))
        form.addRow(self.tr("Name"), self.add_field("display_name", self.name_edit))
        form.addRow(
            self.tr("Roles"),
            self.add_field("roles", self.roles_box, text=lambda: roles_text(self.roles) or "—"),
        )
        self.password_edit: QLineEdit | None = None
        self.repeat_edit: QLineEdit | None = None
        if self.creating:
            self.password_edit = password_edit(self.tr("at least 8 characters"))
            self.repeat_edit = password_edit()
            self.show_passwords = QCheckBox(self.tr("Show the passwords"))
            self.show_passwords.toggled.connect(self._show_passwords)
            # Never listed back to the user (see FormDialog.field_texts): a constant text.
            form.addRow(
                self.tr("Temporary password"),
                self.add_field("password", self.password_edit, text=lambda: ""),
            )
            form.addRow(
                self.tr("Repeat password"),
                self.add_field("repeat", self.repeat_edit, text=lambda: ""),
            )
            form.addRow("", self.show_passwords)
            self.set_hint(
                "password",
                self.tr("They must replace it with their own at their first sign-in."),
            )
        else:
            self.login_edit.setReadOnly(True)
            self.set_hint(
                "login", self.tr("The login name cannot change: the audit trail refers to it.")
            )
        self.compose(form)

        self._load(self._original)
        self.watch("login", self.login_edit.textChanged)
        self.watch("display_name", self.name_edit.textChanged)
        for check in self.role_checks.values():
            self.watch("roles", check.toggled)
        if self.password_edit is not None and self.repeat_edit is not None:
            self.watch("password", self.password_edit.textChanged)
            self.watch("repeat", self.repeat_edit.textChanged)
        if self._original:
            self.setWindowTitle(fill(self.tr("Edit user %1"), self._original.login))
        else:
            self.setWindowTitle(self.tr("New user"))
            self.save_button.setText(self.tr("Create user"))
            self.login_edit.setPlaceholderText(self.tr("e.g. li.na (letters a-z, digits, . _ -)"))
        resize_to_width(self, 620)
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, ctx: AppContext, user_id: int | None = None
    ) -> UserView | None:
        return cls._exec_for_view(parent, lambda: cls(parent, ctx, user_id))

    # -- values ---------------------------------------------------------------------------

    @property
    def creating(self) -> bool:
        return self.user_id is None

    def _load(self, user: UserView | None) -> None:
        if user is None:
            return  # no role ticked: the administrator chooses what the user may do
        self.login_edit.setText(user.login)
        self.name_edit.setText(user.display_name)
        for role, check in self.role_checks.items():
            check.setChecked(role in user.roles)

    @property
    def roles(self) -> list[str]:
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    @roles.setter
    def roles(self, roles: list[str]) -> None:
        for role, check in self.role_checks.items():
            check.setChecked(role in roles)

    @property
    def user_input(self) -> UserInput:
        return UserInput(
            login=self.login_edit.text(),
            display_name=self.name_edit.text(),
            roles=self.roles,
            password=self.password_edit.text() if self.password_edit else "",
        )

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.password_edit, self.repeat_edit):
            if edit is not None:
                edit.setEchoMode(mode)

    # -- feedback -------------------------------------------------------------------------

    def update_hints(self) -> None:
        if self.creating or self.user_id != self.ctx.actor.user_id:
            return
        losing_admin = "admin" in (self._original.roles if self._original else ()) and (
            "admin" not in self.roles
        )
        self.set_hint(
            "roles",
            self.tr(
                "This is your own account: without the administrator role you can no longer "
                "manage users once you save."
            )
            if losing_admin
            else "",
        )

    def live_errors(self) -> dict[str, str]:
        # The service's own checks (same words); only whether the login is taken needs it.
        _clean, errors = accounts.validate(self.user_input, creating=self.creating)
        if self.password_edit is not None and self.repeat_edit is not None:
            if passwords_differ(self.password_edit.text(), self.repeat_edit.text(), finished=False):
                errors["repeat"] = self.tr("The two passwords differ")
        return errors

    # -- saving ---------------------------------------------------------------------------

    def reload_saved(self) -> bool:
        if self.user_id is None:
            return False
        self._original = accounts.get_user(self.ctx, self.user_id)
        self._load(self._original)
        return True

    def save(self) -> UserView | None:
        data = self.user_input
        if self.user_id is not None:
            version = self._original.version if self._original else None
            return accounts.update_user(self.ctx, self.user_id, data, expected_version=version)
        assert self.repeat_edit is not None
        if passwords_differ(data.password, self.repeat_edit.text(), finished=True):
            _clean, errors = accounts.validate(data, creating=True)
            errors.setdefault("repeat", self.tr("The two passwords differ"))
            self.show_local_errors(errors)
            return None
        return accounts.create_user(self.ctx, data)
