"""Signing in: the login dialog, the first administrator of a new database, a new password.

Each dialog calls ``adminapp.services.accounts`` and keeps the signed-in ``Actor`` in
``self.actor`` once accepted. A refusal is shown inside the dialog (never a popup): which
field, and why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from adminapp.db import Database, describe_url
from adminapp.errors import AuthenticationError, ValidationError
from adminapp.services import accounts
from adminapp.services.context import Actor, AppContext

STYLE = """
QLabel[role="title"] { font-size: 15pt; font-weight: 600; }
QLabel[role="sub"] { color: #5f6b76; }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="hint"] { color: #5f6b76; background: #f3f5f7; border: 1px solid #d3d8de;
                      border-radius: 4px; padding: 6px; }
"""


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, heading: str, sub: str) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(420)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        head = QLabel(heading)
        head.setProperty("role", "title")
        self.layout_.addWidget(head)
        self.sub = QLabel(sub)
        self.sub.setProperty("role", "sub")
        self.sub.setWordWrap(True)
        self.layout_.addWidget(self.sub)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.fields: dict[str, QLineEdit] = {}

    def add(self, name: str, label: str, edit: QLineEdit) -> QLineEdit:
        self.fields[name] = edit
        self.form.addRow(label, edit)
        edit.textEdited.connect(lambda _t: self.show_error(""))
        return edit

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if field in self.fields:
            self.fields[field].setFocus()
            self.fields[field].selectAll()

    def show_errors(self, errors: dict[str, str]) -> None:
        first = next(iter(errors), None)
        self.show_error("\n".join(errors.values()), first)

    def attempt(self) -> Actor:
        raise NotImplementedError

    def accept(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.attempt()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except AuthenticationError as exc:
            self.show_error(exc.message, exc.field)
            if "password" in self.fields:
                self.fields["password"].clear()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()


class LoginDialog(_Dialog):
    """Login name and password; lists the demo accounts on a demo database."""

    def __init__(
        self,
        db: Database,
        *,
        last_login: str = "",
        demo_accounts: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("LoginDialog", "Sign in - Incubator Admin"),
            QCoreApplication.translate("LoginDialog", "Sign in"),
            QCoreApplication.translate("LoginDialog", "Database: %1").replace(
                "%1", describe_url(db.url)
            ),
        )
        self.setWindowTitle(self.tr("Sign in - Incubator Admin"))
        self.db = db
        self.login = self.add("login", self.tr("Login name"), QLineEdit(last_login))
        self.login.setMaxLength(60)
        self.password = self.add("password", self.tr("Password"), _password_edit())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        if demo_accounts:
            hint = QLabel(self.tr("Demo accounts (login, password, role):") + "\n" + demo_accounts)
            hint.setProperty("role", "hint")
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            hint.setFont(_monospace(hint))
            self.layout_.insertWidget(self.layout_.indexOf(self.error), hint)
        (self.password if last_login else self.login).setFocus()

    def attempt(self) -> Actor:
        if not self.login.text().strip():
            raise ValidationError({"login": self.tr("Enter your login name")})
        return accounts.authenticate(self.db, self.login.text(), self.password.text())


class FirstAdminDialog(_Dialog):
    """A new database has no account: its first start creates the administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("FirstAdminDialog", "First start - Incubator Admin"),
            QCoreApplication.translate("FirstAdminDialog", "Create the administrator"),
            QCoreApplication.translate(
                "FirstAdminDialog",
                "This database has no accounts yet. Create the first administrator: they add the "
                "centre's staff and give them their roles (Users page).",
            ),
        )
        self.setWindowTitle(self.tr("First start - Incubator Admin"))
        self.db = db
        self.add("login", self.tr("Login name"), QLineEdit()).setMaxLength(60)
        self.add("display_name", self.tr("Name"), QLineEdit()).setMaxLength(120)
        self.add("password", self.tr("Password"), _password_edit())
        self.add("repeat", self.tr("Repeat password"), _password_edit())
        self.fields["login"].setPlaceholderText(self.tr("e.g. li.na"))
        self.fields["password"].setPlaceholderText(self.tr("at least 8 characters"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create and sign in")
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        if accounts.has_users(self.db):  # another workstation was first: Cancel to sign in
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Sign in instead")
            )

    def attempt(self) -> Actor:
        f = {k: e.text() for k, e in self.fields.items()}
        if f["password"] != f["repeat"]:
            raise ValidationError({"repeat": self.tr("The two passwords differ")})
        return accounts.create_first_admin(self.db, f["login"], f["display_name"], f["password"])


class ChangePasswordDialog(_Dialog):
    """The signed-in user picks a new password (required after an administrator's reset)."""

    def __init__(self, ctx: AppContext, *, forced: bool, parent: QWidget | None = None) -> None:
        sub = (
            QCoreApplication.translate(
                "ChangePasswordDialog",
                "An administrator reset your password. Choose your own before you go on.",
            )
            if forced
            else QCoreApplication.translate(
                "ChangePasswordDialog", "Choose a new password (at least 8 characters)."
            )
        )
        heading = QCoreApplication.translate("ChangePasswordDialog", "Password for %1").replace(
            "%1", ctx.actor.name
        )
        title = QCoreApplication.translate("ChangePasswordDialog", "Change password")
        super().__init__(parent, title, heading, sub)
        self.setWindowTitle(self.tr("Change password"))
        self.ctx = ctx
        self.add("current", self.tr("Current password"), _password_edit())
        self.add("new", self.tr("New password"), _password_edit())
        self.add("repeat", self.tr("Repeat new password"), _password_edit())

    def attempt(self) -> Actor:
        f = {k: e.text() for k, e in self.fields.items()}
        accounts.change_own_password(self.ctx, f["current"], f["new"], f["repeat"])
        return self.ctx.actor


def _monospace(widget: QWidget):  # noqa: ANN202
    from PySide6.QtGui import QFontDatabase

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(widget.font().pointSize())
    return font
