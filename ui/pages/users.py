"""Users: the staff accounts, for administrators (add, edit roles, reset, deactivate).

New and Edit are the main window's actions; resetting a password, deactivating or reactivating
and the approval limits are this page's own buttons beside the filters. Every action is
enabled by the permission table for the signed-in user's roles, and the services check again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QPushButton, QWidget

from adminapp import permissions
from adminapp.errors import DomainError, StaleRecordError
from adminapp.i18n_messages import translate_message
from adminapp.services import accounts, app_settings, audit
from adminapp.services.accounts import UserView
from adminapp.services.context import AppContext
from ui import messages
from ui.models import users as u
from ui.models.users import UsersModel
from ui.pages import detail_html as h
from ui.pages.list_page import ListPage
from ui.settings import Settings
from ui.signals import AppSignals

HISTORY_LIMIT = 100  # entries in the panel; sign-ins add up, the Audit page has them all


class UsersPage(ListPage):
    name = "users"
    stretch_column = 2  # the roles
    requires = {"new": "user.create", "edit": "user.update"}
    # Emitted after this page or its dialogs changed an account (the page reloads itself).
    usersChanged = Signal()  # noqa: N815 - Qt signal names

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, signals, settings, parent)
        self.noun_one, self.noun_many = self.tr("user"), self.tr("users")
        self.model = UsersModel(ctx, self)
        self.search.setPlaceholderText(self.tr("Search login or name…"))
        self.build()
        self.splitter.setSizes([880, 400])
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All users"))
        self.status_combo.addItem(self.tr("Active"), True)
        self.status_combo.addItem(self.tr("Inactive"), False)
        self.add_filter(self.tr("Show"), self.status_combo)
        self.connect_combo(self.status_combo, "active")

        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.filter_bar.addWidget(separator)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.limits_button = QPushButton(self.tr("Approval limits…"))
        self.limits_button.clicked.connect(self.edit_limits)
        for button in (self.reset_button, self.active_button, self.limits_button):
            self.filter_bar.addWidget(button)

        self.usersChanged.connect(self.mark_stale)
        self.selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def title(self) -> str:
        return self.tr("Users")

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No user matches the search and filter.")
        return self.tr("No users yet. Use New (Ctrl+N) to add the first one.")

    # --- what the signed-in user may do
    def may(self, action: str) -> bool:
        """The permission table for the roles the user signed in with (services check again)."""
        return permissions.allowed(self.ctx.actor.roles, action)

    def can(self, action: str) -> bool:
        if action == "refresh":
            return True
        if action == "new":
            return self.may("user.create")
        if action == "edit":
            return self.selected_row() is not None and self.may("user.update")
        return False

    def update_buttons(self) -> None:
        row: UserView | None = self.selected_row()
        deactivating = row is None or row.active
        self.active_button.setText(self.tr("Deactivate") if deactivating else self.tr("Reactivate"))
        for button, action, tip in (
            (
                self.reset_button,
                "user.reset_password",
                self.tr("Give the selected user a temporary password and lift a lock"),
            ),
            (
                self.active_button,
                "user.set_active",
                self.tr("Stop the selected user from signing in and acting")
                if deactivating
                else self.tr("Let the selected user sign in again"),
            ),
            (
                self.limits_button,
                "settings.update",
                self.tr("The amounts managers and directors may approve"),
            ),
        ):
            allowed = self.may(action)
            needs_row = button is not self.limits_button
            button.setEnabled(allowed and (row is not None or not needs_row))
            refusal = translate_message(permissions.refusal(self.ctx.actor.roles, action))
            button.setToolTip(tip if allowed else refusal)

    # --- actions
    def trigger(self, action: str) -> None:
        if action in ("new", "edit") and not self.can(action):
            return  # e.g. a double-click by a user whose roles do not allow it
        if action == "new":
            self.open_dialog("user_dialog", "UserDialog", self.usersChanged, None)
        elif action == "edit":
            row = self.selected_row()
            if row is not None:
                self.open_dialog("user_dialog", "UserDialog", self.usersChanged, row.id)
        else:
            super().trigger(action)

    def reset_password(self) -> None:
        row = self.selected_row()
        if row is None or not self.may("user.reset_password"):
            return
        self.open_dialog("reset_password_dialog", "ResetPasswordDialog", self.usersChanged, row.id)

    def toggle_active(self) -> None:
        """Deactivate (after a confirmation) or reactivate the selected user."""
        row = self.selected_row()
        if row is None or not self.may("user.set_active"):
            return
        who = f"{row.display_name} ({row.login})"
        if row.active:
            question = self.tr(
                "Deactivate %1?\n\nThey can no longer sign in, and whatever they try at a "
                "workstation where they are still signed in is refused. Their records and "
                "history stay, and you can reactivate them later."
            ).replace("%1", who)
            if not messages.confirm(self, self.tr("Deactivate user"), question):
                return
        try:
            view = accounts.set_active(
                self.ctx, row.id, not row.active, expected_version=row.version
            )
        except DomainError as exc:
            title = (
                self.tr("Cannot deactivate %1") if row.active else self.tr("Cannot reactivate %1")
            )
            messages.error(self, title.replace("%1", who), str(exc))
            if isinstance(exc, StaleRecordError):
                self.refresh()  # show the account as it is now
            return
        self.remember_selection(view.id)
        self.usersChanged.emit()

    def edit_limits(self) -> None:
        if not self.may("settings.update"):
            return
        from ui.dialogs.approval_limits_dialog import ApprovalLimitsDialog

        try:
            saved = ApprovalLimitsDialog.run(self, self.ctx)
        except DomainError as exc:
            messages.error(self, self.tr("Could not save"), str(exc))
            return
        if saved is not None:
            self._detail_stale = True  # managers' and directors' panels show their limit
            self.show_detail(self._selected_id)

    # --- detail
    def detail_html(self, row_id: int) -> str:
        user = accounts.get_user(self.ctx, row_id)
        limits = app_settings.approval_limits(self.ctx)
        sub = [user.login, u.status_label(user)]
        if user.id == self.ctx.actor.user_id:
            sub.append(self.tr("you"))
        held = [limits[r] for r in user.roles if r in limits]
        if not held:
            limit = ""
        elif any(x is None for x in held):
            limit = u.limit_text(None)
        else:
            limit = u.limit_text(max(x for x in held if x is not None))
        locked = u.locked_until(user)
        parts = [
            h.title(user.display_name, " · ".join(sub)),
            h.kv_table(
                [
                    (self.tr("Login"), user.login),
                    (self.tr("Status"), self._status_text(user)),
                    (
                        self.tr("Password"),
                        self.tr("Must be changed at the next sign-in")
                        if user.must_change_password
                        else self.tr("Chosen by the user"),
                    ),
                    (
                        self.tr("Locked until"),
                        self.tr("%1 (wrong passwords; a reset lifts it)").replace("%1", locked)
                        if locked
                        else "",
                    ),
                    (self.tr("Last sign-in"), u.when(user.last_login_at, self.tr("Never"))),
                    (self.tr("Approval limit"), limit),
                    (self.tr("Account created"), u.when(user.created_at)),
                ]
            ),
            h.heading(self.tr("Roles")),
            h.item_list((u.role_label(r), u.role_duties(r, limits)) for r in user.roles)
            or h.note(self.tr("No role: can only read.")),
            h.heading(self.tr("History")),
        ]
        entries, left_out = u.history_entries(
            audit.history(self.ctx, "user", row_id), HISTORY_LIMIT
        )
        parts.append(h.history(entries, self.tr("No recorded changes.")))
        if left_out:
            parts.append(
                h.note(
                    self.tr("%1 older entries are on the Audit page.").replace(
                        "%1", f"{left_out:,}"
                    )
                )
            )
        return "".join(parts)

    def _status_text(self, user: UserView) -> str:
        if user.active:
            return self.tr("Active: may sign in")
        return self.tr("Deactivated: cannot sign in")
