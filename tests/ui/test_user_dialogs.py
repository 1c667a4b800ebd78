"""The user, reset-password and approval-limits dialogs, saved through the services."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel

from adminapp.errors import AuthenticationError
from adminapp.services import accounts, app_settings, audit
from adminapp.services.accounts import UserInput
from adminapp.services.context import AppContext
from tests.ui.test_dialogs_support import (
    answer_modal,
    assert_refused,
    db_state,
    truncated,
)
from ui.dialogs.approval_limits_dialog import ApprovalLimitsDialog
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.dialogs.user_dialog import UserDialog


@pytest.fixture
def admin(db) -> AppContext:
    """Signed in as the database's first administrator, root."""
    return AppContext(db, accounts.create_first_admin(db, "root", "Root", "root-pass-1"))


@pytest.fixture
def li_na(admin) -> int:
    view = accounts.create_user(admin, UserInput("li.na", "Li Na", ["staff"], "temp-pass-1"))
    return view.id


@pytest.fixture
def second_admin(db, admin) -> AppContext:
    """Another administrator at another workstation."""
    accounts.create_user(admin, UserInput("chen.yu", "Chen Yu", ["admin"], "chen-pass-1"))
    return AppContext(db, accounts.authenticate(db, "chen.yu", "chen-pass-1", workstation="ws2"))


@pytest.fixture
def show(qtbot):
    def shown(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return shown


def type_new_user(qtbot, dialog: UserDialog, login: str, name: str, password: str) -> None:
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.repeat_edit, password)


# --- adding a user ---------------------------------------------------------------------


def test_a_new_user_is_created_and_must_choose_a_password_at_first_sign_in(qtbot, db, admin, show):
    dialog = show(UserDialog(None, admin))
    assert dialog.windowTitle() == "New user"
    assert dialog.roles == []  # the administrator chooses; nothing is given by default
    assert "¥1,000,000.00" in dialog.roles_box.findChildren(QLabel)[2].text()
    type_new_user(qtbot, dialog, "Li.Na", "Li  Na", "temp-pass-1")
    dialog.role_checks["manager"].setChecked(True)
    dialog.role_checks["staff"].setChecked(True)
    assert dialog.hint_text("password") == (
        "They must replace it with their own at their first sign-in."
    )
    assert dialog.error_text("repeat") == ""
    dialog.accept()

    view = dialog.result_view
    assert view is not None
    saved = accounts.get_user(admin, view.id)
    assert (saved.login, saved.display_name) == ("li.na", "Li Na")
    assert saved.roles == ("staff", "manager")
    assert saved.must_change_password and saved.active
    actor = accounts.authenticate(db, "li.na", "temp-pass-1")
    assert accounts.must_change_password(AppContext(db, actor))


def test_every_problem_is_shown_beside_its_field_and_nothing_is_written(qtbot, admin, show):
    before = db_state(admin)
    dialog = show(UserDialog(None, admin))
    qtbot.keyClicks(dialog.repeat_edit, "something")
    dialog.accept()
    assert dialog.error_text("login") == "Login name is required"
    assert dialog.error_text("display_name") == "Name is required"
    assert dialog.error_text("roles") == "Choose at least one role"
    assert dialog.error_text("password") == "Password must be at least 8 characters"
    assert dialog.error_text("repeat") == "The two passwords differ"
    assert dialog.is_highlighted("roles") and dialog.is_highlighted("login")
    assert dialog.error_text("") == ""
    assert_refused(dialog, before, admin)


def test_a_taken_login_and_differing_passwords_are_refused(qtbot, admin, show):
    before = db_state(admin)
    dialog = show(UserDialog(None, admin))
    type_new_user(qtbot, dialog, "ROOT", "Another Root", "temp-pass-1")
    dialog.role_checks["finance"].setChecked(True)
    assert dialog.error_text("login") == ""  # only the service knows it is taken
    dialog.accept()
    assert dialog.error_text("login") == "Login name root is taken"
    assert_refused(dialog, before, admin)

    dialog.login_edit.setText("wang.fang")
    assert dialog.error_text("login") == ""
    qtbot.keyClicks(dialog.repeat_edit, "x")
    assert dialog.error_text("repeat") == "The two passwords differ"
    dialog.accept()
    assert dialog.error_text("repeat") == "The two passwords differ"
    assert_refused(dialog, before, admin)


def test_login_and_password_are_checked_as_typed(qtbot, admin, show):
    dialog = show(UserDialog(None, admin))
    qtbot.keyClicks(dialog.login_edit, "li na")
    assert dialog.error_text("login").startswith("Login name: 2-60 letters a-z")
    dialog.login_edit.setText("li.na")
    assert dialog.error_text("login") == ""
    qtbot.keyClicks(dialog.password_edit, "li.na")
    assert dialog.error_text("password") == "Password must be at least 8 characters"
    dialog.password_edit.setText("secret-word")
    qtbot.keyClicks(dialog.repeat_edit, "secret")  # still typing: not "differ" yet
    assert dialog.error_text("repeat") == ""
    qtbot.keyClicks(dialog.repeat_edit, "-word")
    assert dialog.error_text("password") == "" and dialog.error_text("repeat") == ""
    dialog.show_passwords.setChecked(True)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Normal


def test_run_returns_the_new_user(admin):
    def fill_in(dialog):
        dialog.login_edit.setText("zhang.wei")
        dialog.name_edit.setText("Zhang Wei")
        dialog.role_checks["finance"].setChecked(True)
        dialog.password_edit.setText("temp-pass-2")
        dialog.repeat_edit.setText("temp-pass-2")
        dialog.accept()

    answer_modal(fill_in)
    view = UserDialog.run(None, admin)
    assert view is not None and view.login == "zhang.wei" and view.roles == ("finance",)
    answer_modal(lambda dialog: dialog.reject())
    assert UserDialog.run(None, admin, view.id) is None


# --- editing a user --------------------------------------------------------------------


def test_edit_changes_name_and_roles_but_not_the_login(qtbot, admin, li_na, show):
    dialog = show(UserDialog(None, admin, li_na))
    assert dialog.windowTitle() == "Edit user li.na"
    assert dialog.login_edit.isReadOnly() and dialog.login_edit.text() == "li.na"
    assert dialog.hint_text("login").startswith("The login name cannot change")
    assert dialog.password_edit is None  # passwords are reset, not edited
    assert dialog.roles == ["staff"]
    dialog.name_edit.setText("Li Na (front desk)")
    dialog.role_checks["staff"].setChecked(False)
    dialog.role_checks["director"].setChecked(True)
    dialog.accept()
    saved = accounts.get_user(admin, li_na)
    assert saved.display_name == "Li Na (front desk)" and saved.roles == ("director",)
    assert saved.login == "li.na"
    last = audit.history(admin, "user", li_na)[-1]
    assert last.action == "update" and last.changes["roles"] == [["staff"], ["director"]]


def test_no_role_is_refused_beside_the_roles(qtbot, admin, li_na, show):
    before = db_state(admin)
    dialog = show(UserDialog(None, admin, li_na))
    dialog.role_checks["staff"].setChecked(False)
    assert dialog.error_text("roles") == "Choose at least one role"
    dialog.accept()
    assert dialog.error_text("roles") == "Choose at least one role"
    assert_refused(dialog, before, admin)


def test_the_last_administrator_keeps_the_admin_role(qtbot, admin, show):
    root = admin.actor.user_id
    before = db_state(admin)
    dialog = show(UserDialog(None, admin, root))
    dialog.role_checks["admin"].setChecked(False)
    dialog.role_checks["staff"].setChecked(True)
    # Editing one's own account: what losing the role means is said before saving.
    assert "no longer manage users" in dialog.hint_text("roles")
    dialog.accept()
    assert dialog.error_text("roles") == (
        "This is the last active administrator: keep the admin role"
    )
    assert dialog.is_highlighted("roles")
    assert_refused(dialog, before, admin)


def test_a_stale_save_offers_their_changes_and_lists_what_was_typed(
    qtbot, admin, second_admin, li_na, show
):
    dialog = show(UserDialog(None, admin, li_na))
    # Meanwhile another administrator renames her and makes her a manager.
    accounts.update_user(
        second_admin,
        li_na,
        UserInput("li.na", "Li Na (finance)", ["staff", "manager"]),
        expected_version=accounts.get_user(second_admin, li_na).version,
    )
    dialog.role_checks["finance"].setChecked(True)
    before = db_state(admin)
    dialog.accept()
    assert "was changed by Chen Yu (chen.yu) at" in dialog.error_text("")
    assert dialog.roles == ["staff", "finance"]  # what the user ticked stays
    assert_refused(dialog, before, admin)
    assert dialog.reload_button.isVisibleTo(dialog)

    dialog.reload_button.click()
    assert dialog.name_edit.text() == "Li Na (finance)"
    assert dialog.roles == ["staff", "manager"]
    assert "roles: Staff, Finance" in dialog.error_text("")
    assert "name: Li Na" in dialog.error_text("")
    dialog.role_checks["finance"].setChecked(True)
    dialog.accept()  # over the version just loaded
    assert accounts.get_user(admin, li_na).roles == ("staff", "finance", "manager")


# --- resetting a password --------------------------------------------------------------


def lock(db, login: str) -> None:
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, login, "not-the-password")


def test_reset_gives_a_temporary_password_and_lifts_the_lock(qtbot, db, admin, li_na, show):
    lock(db, "li.na")
    assert accounts.get_user(admin, li_na).is_locked()
    dialog = show(ResetPasswordDialog(None, admin, li_na))
    assert dialog.windowTitle() == "Reset the password of li.na"
    assert "Li Na (li.na)" in dialog.intro.text()
    assert "must choose their own password at their next sign-in" in dialog.effects.text()
    assert "the reset lifts the lock now" in dialog.effects.text()
    assert dialog.save_button.text() == "Reset password"

    before = db_state(admin)
    qtbot.keyClicks(dialog.password_edit, "short")
    dialog.accept()
    assert dialog.error_text("password") == "Password must be at least 8 characters"
    assert_refused(dialog, before, admin)
    dialog.password_edit.setText("new-temp-pass")
    dialog.repeat_edit.setText("new-temp-pasz")
    dialog.accept()
    assert dialog.error_text("repeat") == "The two passwords differ"
    assert_refused(dialog, before, admin)

    dialog.repeat_edit.setText("new-temp-pass")
    dialog.accept()
    saved = accounts.get_user(admin, li_na)
    assert dialog.result_view == saved
    assert saved.must_change_password and not saved.is_locked()
    accounts.authenticate(db, "li.na", "new-temp-pass")
    assert audit.history(admin, "user", li_na)[-2].summary == "password of li.na reset"


def test_a_stale_reset_never_lists_the_password(qtbot, admin, second_admin, li_na, show):
    dialog = show(ResetPasswordDialog(None, admin, li_na))
    accounts.set_active(second_admin, li_na, False, expected_version=1)
    dialog.password_edit.setText("new-temp-pass")
    dialog.repeat_edit.setText("new-temp-pass")
    before = db_state(admin)
    dialog.accept()
    assert "was changed by Chen Yu (chen.yu)" in dialog.error_text("")
    assert_refused(dialog, before, admin)
    dialog.reload_button.click()
    assert "new-temp-pass" not in dialog.error_text("")
    assert "stays deactivated" in dialog.effects.text()  # what changed, now shown
    dialog.accept()
    assert accounts.get_user(admin, li_na).must_change_password


# --- approval limits -------------------------------------------------------------------


def test_approval_limits_are_shown_in_yuan_and_saved(qtbot, admin, show):
    dialog = show(ApprovalLimitsDialog(None, admin))
    assert dialog.manager_edit.text() == "1,000,000.00"
    assert dialog.director_edit.text() == ""
    assert dialog.hint_text("director") == "Empty: directors approve any amount."
    dialog.manager_edit.setText("")
    qtbot.keyClicks(dialog.manager_edit, "2500000")
    dialog.manager_edit.editingFinished.emit()
    assert dialog.manager_edit.text() == "2,500,000.00"  # thousands shown once typed
    assert dialog.hint_text("manager") == "Managers approve up to ¥2,500,000.00."
    qtbot.keyClicks(dialog.director_edit, "10000000.5")
    assert dialog.hint_text("director") == "Directors approve up to ¥10,000,000.50."
    dialog.accept()
    limits = app_settings.get_approval_limits(admin)
    assert dialog.result_view == limits
    assert (limits.manager, limits.director) == (Decimal("2500000.00"), Decimal("10000000.50"))


def test_refused_limits_are_shown_beside_their_fields(qtbot, admin, show):
    before = db_state(admin)
    dialog = show(ApprovalLimitsDialog(None, admin))
    dialog.director_edit.setText("500,000")
    dialog.accept()
    assert dialog.error_text("director") == "Director's limit cannot be below the manager's limit"
    assert_refused(dialog, before, admin)
    dialog.manager_edit.setText("-5")
    assert dialog.error_text("manager") == "Manager's limit: the limit cannot be negative"
    dialog.manager_edit.setText("")
    dialog.director_edit.setText("")
    dialog.accept()
    assert dialog.error_text("manager") == (
        "Manager's limit: enter an amount (managers always have a limit)"
    )
    assert dialog.is_highlighted("manager")
    assert_refused(dialog, before, admin)


def test_a_stale_limits_save_offers_their_changes(qtbot, admin, second_admin, show):
    dialog = show(ApprovalLimitsDialog(None, admin))
    versions = app_settings.get_approval_limits(second_admin).versions
    app_settings.set_approval_limits(second_admin, "800,000", "3,000,000", versions)
    dialog.manager_edit.setText("1,200,000.00")
    before = db_state(admin)
    dialog.accept()
    assert "was changed by Chen Yu (chen.yu)" in dialog.error_text("")
    assert_refused(dialog, before, admin)
    dialog.reload_button.click()
    assert dialog.manager_edit.text() == "800,000.00"
    assert dialog.director_edit.text() == "3,000,000.00"
    assert "manager's limit: 1,200,000.00" in dialog.error_text("")
    dialog.manager_edit.setText("1,200,000.00")
    dialog.accept()
    assert app_settings.get_approval_limits(admin).manager == Decimal("1200000.00")


def test_a_non_administrator_is_refused_by_the_service(qtbot, db, admin, li_na, show):
    staff = AppContext(db, accounts.authenticate(db, "li.na", "temp-pass-1"))
    before = db_state(admin)
    dialog = show(ApprovalLimitsDialog(None, staff))
    dialog.manager_edit.setText("5")
    dialog.accept()
    assert dialog.error_text("").startswith("You may not change the settings")
    assert dialog.isVisible() and dialog.result_view is None
    after = db_state(admin)
    # Nothing written but the refusal's own entry in the audit trail.
    assert {k: v for k, v in after.items() if k != "audit_entries"} == {
        k: v for k, v in before.items() if k != "audit_entries"
    }
    new = set(after["audit_entries"]) - set(before["audit_entries"])
    assert [e[4] for e in new] == ["denied"]


# --- how they look ---------------------------------------------------------------------


@pytest.mark.parametrize("which", ["new-user", "new-user-errors", "edit-user", "reset", "limits"])
def test_dialog_renders_whole(qtbot, db, admin, li_na, picture_dir, which):
    if which.startswith("new-user"):
        dialog = UserDialog(None, admin)
    elif which == "edit-user":
        dialog = UserDialog(None, admin, li_na)
    elif which == "reset":
        lock(db, "li.na")
        dialog = ResetPasswordDialog(None, admin, li_na)
    else:
        dialog = ApprovalLimitsDialog(None, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    if which == "new-user-errors":
        dialog.accept()
        assert dialog.error_text("roles")
    qtbot.waitExposed(dialog)
    assert truncated(dialog) == []
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():  # wrapped texts get the height they need
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.grab().save(str(picture_dir / f"{which}.png"))
