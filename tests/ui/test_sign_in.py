"""Signing in to the GUI, and what each role sees: pages, actions, reports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from adminapp import cli, demo
from adminapp.errors import DomainError
from adminapp.services import accounts, app_settings
from adminapp.services.accounts import UserInput
from adminapp.services.context import Actor, AppContext
from ui.app import needs_sign_in, run_gui
from ui.dialogs.sign_in import ChangePasswordDialog, FirstAdminDialog, LoginDialog

pytestmark = pytest.mark.usefixtures("no_popups")


@pytest.fixture
def admin(db) -> AppContext:
    return AppContext(db, accounts.create_first_admin(db, "root", "Root", "root-pass-1"))


def _user(admin: AppContext, login: str, *roles: str) -> AppContext:
    accounts.create_user(admin, UserInput(login, login.title(), list(roles), "temporary-pw"))
    return AppContext(admin.db, accounts.authenticate(admin.db, login, "temporary-pw"))


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_login_dialog_signs_in_and_shows_refusals_inside(qtbot, admin, db):
    _user(admin, "wang", "staff")
    dialog = LoginDialog(db, last_login="wang")
    qtbot.addWidget(dialog)
    assert dialog.login.text() == "wang"
    dialog.password.setText("not-the-password")
    _ok(dialog)
    assert dialog.actor is None and dialog.result() == 0
    assert dialog.error.text() == accounts.GENERIC_REFUSAL
    assert dialog.password.text() == ""  # typed again, not resubmitted
    dialog.password.setText("temporary-pw")
    _ok(dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor.login == "wang" and dialog.actor.roles == {"staff"}


def test_login_dialog_says_when_the_account_is_locked(qtbot, admin, db):
    _user(admin, "wang", "staff")
    dialog = LoginDialog(db, last_login="wang")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("wrong-password")
        _ok(dialog)
    assert dialog.error.text() == accounts.GENERIC_REFUSAL  # says when locking happens
    dialog.password.setText("temporary-pw")
    _ok(dialog)
    assert dialog.actor is None and "locked" in dialog.error.text()
    assert "try again after" in dialog.error.text()


def test_empty_login_is_refused_without_touching_the_database(qtbot, admin, db):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.error.text() == "Enter your login name"


def test_demo_database_lists_its_accounts_in_the_login_dialog(qtbot, db):
    demo.generate_demo(
        db, today=dt.date(2026, 11, 27), financing=False, consultations=False, billing=False
    )
    ctx = AppContext(db, Actor.from_os())
    assert app_settings.get(ctx, app_settings.DEMO_ACCOUNTS) == "1"
    dialog = LoginDialog(db, demo_accounts=demo.demo_accounts_text())
    qtbot.addWidget(dialog)
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.error)))
    for login, _name, _role, password in demo.DEMO_ACCOUNTS:
        assert login in texts and password in texts


def test_first_start_creates_the_administrator(qtbot, db):
    assert not accounts.has_users(db)
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    f = dialog.fields
    f["login"].setText("li.na")
    f["display_name"].setText("Li Na")
    f["password"].setText("first-admin-pw")
    f["repeat"].setText("first-admin-px")
    _ok(dialog)
    assert dialog.error.text() == "The two passwords differ" and not accounts.has_users(db)
    f["repeat"].setText("first-admin-pw")
    f["password"].setText("short")
    f["repeat"].setText("short")
    _ok(dialog)
    assert "at least 8 characters" in dialog.error.text() and not accounts.has_users(db)
    f["password"].setText("first-admin-pw")
    f["repeat"].setText("first-admin-pw")
    _ok(dialog)
    assert dialog.actor is not None and dialog.actor.roles == {"admin"}
    assert accounts.has_users(db)


def test_a_reset_password_must_be_changed(qtbot, admin, db):
    uid = _user(admin, "wang", "staff").actor.user_id
    accounts.reset_password(admin, uid, "reset-by-admin")
    me = AppContext(db, accounts.authenticate(db, "wang", "reset-by-admin"))
    assert accounts.must_change_password(me)
    dialog = ChangePasswordDialog(me, forced=True)
    qtbot.addWidget(dialog)
    assert "reset your password" in dialog.sub.text()
    dialog.fields["current"].setText("reset-by-admin")
    dialog.fields["new"].setText("wang-own-pw")
    dialog.fields["repeat"].setText("wang-own-pw")
    _ok(dialog)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert not accounts.must_change_password(me)


# --- what each role sees --------------------------------------------------------------------


def _window(qtbot, ctx, settings, signals):
    from ui.main_window import MainWindow

    window = MainWindow(ctx, settings=settings, signals=signals, remember=False)
    qtbot.addWidget(window)
    window.open_start_page("dashboard")
    window.show()
    return window


def _visible_pages(window) -> list[str]:
    from ui.settings import PAGES

    return [name for i, name in enumerate(PAGES) if not window.nav.item(i).isHidden()]


def test_each_role_sees_only_its_pages_and_actions(qtbot, admin, centre, settings, signals):
    staff = _window(qtbot, _user(admin, "wang", "staff"), settings, signals)
    assert "audit" not in _visible_pages(staff) and "users" not in _visible_pages(staff)
    assert "reports" in _visible_pages(staff)
    staff.show_page("leases")
    assert all(staff.actions[a].isVisible() for a in ("new", "edit", "renew", "terminate"))
    assert staff.actions["new"].isEnabled()
    assert "Wang (Staff)" in staff.user_label.text()  # the role in words

    finance = _window(qtbot, _user(admin, "zhang", "finance"), settings, signals)
    assert _visible_pages(finance) == [
        "dashboard",
        "units",
        "stacking",
        "companies",
        "leases",
        "financing",
        "programmes",
        "consultations",
        "billing",
        "reports",
    ]
    finance.show_page("leases")
    assert [a for a, act in finance.actions.items() if act.isVisible()] == ["refresh"]
    reports_page = finance.pages["reports"]
    offered = [
        reports_page.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(reports_page.list.count())
    ]
    assert offered == [
        "rent-roll",
        "financing-pipeline",
        "disbursements",
        "programme-budgets",
        "compute-vouchers",
        "arrears-aging",
        "tenant-statement",
        "deposits",
        "billing-summary",
    ]

    manager = _window(qtbot, _user(admin, "liu", "manager"), settings, signals)
    assert "audit" in _visible_pages(manager) and "users" not in _visible_pages(manager)
    # A page the user may not see is never shown, even when asked for (Ctrl+6, last page).
    finance.show_page("audit")
    assert finance.current_page_name() == "dashboard"

    # Nor by keyboard in the page list (End, typing a page's name).
    from PySide6.QtCore import Qt as _Qt

    from ui.settings import PAGES

    finance.nav.setFocus()
    for key in (_Qt.Key.Key_End, _Qt.Key.Key_Down, _Qt.Key.Key_Down):
        qtbot.keyClick(finance.nav, key)
        assert finance.current_page_name() in _visible_pages(finance)
    for text in ("Au", "Us"):
        qtbot.keyClicks(finance.nav, text)
        assert finance.current_page_name() in _visible_pages(finance)
    finance.nav.setCurrentRow(PAGES.index("users"))  # even when set directly
    assert finance.current_page_name() == "dashboard"

    root = _window(qtbot, admin, settings, signals)
    assert "audit" in _visible_pages(root) and "reports" not in _visible_pages(root)
    root.show_page("units")
    assert not root.actions["new"].isVisible()


def test_double_click_does_not_open_an_editor_the_user_may_not_use(
    qtbot, admin, centre, settings, signals, monkeypatch
):
    finance = _window(qtbot, _user(admin, "zhang", "finance"), settings, signals)
    finance.show_page("units")
    page = finance.pages["units"]
    opened = []
    monkeypatch.setattr(page, "trigger", lambda action: opened.append(action))
    assert page.select_id(centre.units["7F-01"])
    page.request("edit")
    finance.trigger("edit")
    assert opened == []


def test_sign_out_closes_the_window_for_the_next_user(qtbot, admin, settings, signals):
    window = _window(qtbot, admin, settings, signals)
    assert window.user_button.text() == "Root" and window.user_button.isEnabled()
    window.sign_out_action.trigger()
    assert window.signed_out and not window.isVisible()


# --- screenshots sign in too ----------------------------------------------------------------


def test_screenshot_signs_in_as_the_demo_admin_or_the_named_user(db, tmp_path, monkeypatch):
    demo.generate_demo(
        db, today=dt.date(2026, 11, 27), financing=False, consultations=False, billing=False
    )
    monkeypatch.delenv("ADMINAPP_USER", raising=False)
    assert cli.screenshot_actor(db).login == "admin"
    monkeypatch.setenv("ADMINAPP_USER", "staff")
    monkeypatch.setenv("ADMINAPP_PASSWORD", "staff-demo")
    assert cli.screenshot_actor(db).roles == {"staff"}
    anonymous = AppContext(db, Actor.from_os())
    assert needs_sign_in(anonymous)
    assert run_gui(anonymous, page="leases", screenshot=tmp_path / "l.png") == 0
    assert (tmp_path / "l.png").stat().st_size > 10_000


def test_screenshot_of_a_database_with_its_own_accounts_needs_a_user(admin, db, monkeypatch):
    monkeypatch.delenv("ADMINAPP_USER", raising=False)
    with pytest.raises(DomainError) as err:
        cli.screenshot_actor(db)
    assert "ADMINAPP_USER" in err.value.message


# --- the start-up flow (ui.app.sign_in) with the dialogs answered --------------------------


def _answer(monkeypatch, cls, fill):
    """Make ``cls.exec`` fill the dialog with ``fill(dialog)`` and press OK, as a user would."""

    def exec_(dialog):
        fill(dialog)
        _ok(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def test_start_up_asks_for_the_first_admin_then_signs_in(qtbot, db, settings, monkeypatch):
    from ui.app import sign_in

    def first(d):
        for name, value in (
            ("login", "li.na"),
            ("display_name", "Li Na"),
            ("password", "first-admin-pw"),
            ("repeat", "first-admin-pw"),
        ):
            d.fields[name].setText(value)

    _answer(monkeypatch, FirstAdminDialog, first)
    signed = sign_in(AppContext(db, Actor.from_os()), settings)
    assert signed is not None and signed.actor.login == "li.na"
    assert settings.last_login == "li.na"
    # Next start: the login dialog, offering the last login name.
    seen = []

    def login(d):
        seen.append(d.login.text())
        d.password.setText("first-admin-pw")

    _answer(monkeypatch, LoginDialog, login)
    again = sign_in(AppContext(db, Actor.from_os()), settings)
    assert seen == ["li.na"] and again.actor.roles == {"admin"}


def test_start_up_after_a_reset_requires_a_new_password(qtbot, admin, db, settings, monkeypatch):
    from ui.app import sign_in

    uid = _user(admin, "wang", "staff").actor.user_id
    accounts.reset_password(admin, uid, "reset-by-admin")

    def login(d):
        d.login.setText("wang")
        d.password.setText("reset-by-admin")

    _answer(monkeypatch, LoginDialog, login)
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda d: d.reject() or d.result())
    assert sign_in(AppContext(db, Actor.from_os()), settings) is None  # refused to choose one

    def choose(d):
        d.fields["current"].setText("reset-by-admin")
        d.fields["new"].setText("wang-own-pw")
        d.fields["repeat"].setText("wang-own-pw")

    _answer(monkeypatch, ChangePasswordDialog, choose)
    signed = sign_in(AppContext(db, Actor.from_os()), settings)
    assert signed is not None and not accounts.must_change_password(signed)


def test_when_another_workstation_made_the_first_admin_the_loser_signs_in(
    qtbot, db, settings, monkeypatch
):
    from ui.app import sign_in

    def first(d):
        accounts.create_first_admin(db, "quick", "Quick", "quick-admin-pw")  # elsewhere
        for name, value in (
            ("login", "slow"),
            ("display_name", "Slow"),
            ("password", "slow-admin-pw"),
            ("repeat", "slow-admin-pw"),
        ):
            d.fields[name].setText(value)

    def exec_first(d):
        first(d)
        _ok(d)
        assert "sign in instead" in d.error.text()
        assert d.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == (
            "Sign in instead"
        )
        d.reject()
        return d.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", exec_first)

    def login(d):
        d.login.setText("quick")
        d.password.setText("quick-admin-pw")

    _answer(monkeypatch, LoginDialog, login)
    signed = sign_in(AppContext(db, Actor.from_os()), settings)
    assert signed is not None and signed.actor.login == "quick"
