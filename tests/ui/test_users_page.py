"""The Users page: the accounts, their history, and the administrator's actions on them."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from adminapp.errors import AuthenticationError
from adminapp.services import accounts, app_settings
from adminapp.services.accounts import UserInput
from adminapp.services.context import AppContext
from tests.ui.test_dialogs_support import answer_modal, db_state
from ui import messages
from ui.models.users import LOCKED_COLOUR, UsersModel
from ui.pages.users import UsersPage

ROOT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def admin(db) -> AppContext:
    """Signed in as the database's first administrator, root."""
    return AppContext(db, accounts.create_first_admin(db, "root", "Root", "root-pass-1"))


@pytest.fixture
def team(admin) -> dict[str, int]:
    """root (admin), li.na (staff), zhang.wei (finance, manager), old.hand (deactivated)."""
    ids = {"root": admin.actor.user_id}
    for login, name, roles in (
        ("li.na", "Li Na", ["staff"]),
        ("zhang.wei", "Zhang Wei", ["finance", "manager"]),
        ("old.hand", "Old Hand", ["staff"]),
    ):
        ids[login] = accounts.create_user(admin, UserInput(login, name, roles, f"{login}-pass")).id
    accounts.set_active(admin, ids["old.hand"], False)
    return ids


@pytest.fixture
def second_admin(db, admin) -> AppContext:
    accounts.create_user(admin, UserInput("chen.yu", "Chen Yu", ["admin"], "chen-pass-1"))
    return AppContext(db, accounts.authenticate(db, "chen.yu", "chen-pass-1", workstation="ws2"))


@pytest.fixture
def open_page(qtbot, signals, settings):
    def make(ctx: AppContext) -> UsersPage:
        page = UsersPage(ctx, signals, settings)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activate()
        return page

    return make


@pytest.fixture
def answers():
    """Message boxes answered by ``answers.reply`` (True: Yes); what was shown is listed."""

    class Answers:
        reply = True
        shown = messages.shown

    messages.set_responder(lambda kind, title, text: Answers.reply)
    yield Answers
    messages.set_responder(None)


def logins(page: UsersPage) -> list[str]:
    return [page.model.row_at(r).login for r in range(page.model.rowCount())]


def cell(page: UsersPage, login: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = logins(page).index(login)
    return page.model.index(row, column).data(role)


def lock(db, login: str) -> None:
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, login, "not-the-password", workstation="ws9")


# --- the list --------------------------------------------------------------------------


def test_lists_logins_names_roles_status_lock_and_last_sign_in(open_page, db, admin, team):
    lock(db, "li.na")
    page = open_page(admin)
    assert logins(page) == ["li.na", "old.hand", "root", "zhang.wei"]
    assert [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Login",
        "Name",
        "Roles",
        "Status",
        "Locked until",
        "Last sign-in",
    ]
    assert cell(page, "zhang.wei", 2) == "Finance, Manager"
    assert cell(page, "root", 2) == "Administrator"
    assert cell(page, "old.hand", 3) == "Inactive" and cell(page, "li.na", 3) == "Active"
    li_na = accounts.get_user(admin, team["li.na"])
    assert cell(page, "li.na", 4) == f"{li_na.locked_until.astimezone(SHANGHAI):%Y-%m-%d %H:%M}"
    assert cell(page, "li.na", 4, Qt.ItemDataRole.ForegroundRole) == LOCKED_COLOUR
    assert cell(page, "zhang.wei", 4) == ""
    root = accounts.get_user(admin, team["root"])
    # Shanghai time, not the UTC the database keeps.
    assert cell(page, "root", 5) == f"{root.last_login_at.astimezone(SHANGHAI):%Y-%m-%d %H:%M}"
    assert cell(page, "root", 5) != f"{root.last_login_at:%Y-%m-%d %H:%M}"
    assert cell(page, "zhang.wei", 5) == "Never"
    assert page.status_text() == "4 users"


def test_search_by_login_or_name_and_the_status_filter(open_page, qtbot, admin, team):
    page = open_page(admin)
    qtbot.keyClicks(page.search, "zhang")
    qtbot.waitUntil(lambda: logins(page) == ["zhang.wei"], timeout=1000)
    page.search.setText("Old Ha")
    qtbot.waitUntil(lambda: logins(page) == ["old.hand"], timeout=1000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(logins(page)) == 4, timeout=1000)
    page.status_combo.setCurrentIndex(page.status_combo.findText("Inactive"))
    assert logins(page) == ["old.hand"]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Active"))
    assert logins(page) == ["li.na", "root", "zhang.wei"]
    page.search.setText("old")
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=1000)
    assert page.empty_label.text() == "No user matches the search and filter."


def test_the_model_sorts_and_passes_the_model_tester(qtmodeltester, admin, team):
    model = UsersModel(admin)
    model.reload()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by name
    assert [model.row_at(r).display_name for r in range(model.rowCount())] == [
        "Zhang Wei",
        "Root",
        "Old Hand",
        "Li Na",
    ]
    model.sort(3)  # status: active first
    assert model.row_at(model.rowCount() - 1).login == "old.hand"
    qtmodeltester.check(model)


def test_the_detail_shows_the_account_and_its_history(open_page, db, admin, team):
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "li.na", "wrong-password", workstation="ws7")
    accounts.authenticate(db, "li.na", "li.na-pass", workstation="ws7")
    accounts.reset_password(admin, team["li.na"], "temp-pass-2")
    accounts.update_user(admin, team["li.na"], UserInput("li.na", "Li Na", ["staff", "finance"]))
    accounts.set_active(admin, team["li.na"], False)
    page = open_page(admin)
    assert page.select_id(team["li.na"])
    text = page.detail.toPlainText()
    for expected in (
        "Li Na",
        "li.na · Inactive",
        "Deactivated: cannot sign in",
        "Must be changed at the next sign-in",
        "Staff",
        "Units, companies and leases",
        "Created with roles Staff",
        "Failed sign-in at ws7: wrong password",
        "Signed in at ws7",
        "Password reset by an administrator",
        "Changed roles: Staff → Staff, Finance",
        "Deactivated",
    ):
        assert expected in text, expected
    # Newest first.
    assert text.index("Deactivated\n") < text.index("Signed in at ws7") < text.index("Created")

    lock(db, "zhang.wei")
    page.refresh()
    page.select_id(team["zhang.wei"])
    text = page.detail.toPlainText()
    assert "Approval limit\n¥1,000,000.00" in text
    assert "Approves financing up to ¥1,000,000.00" in text
    assert "(wrong passwords; a reset lifts it)" in text
    assert "Locked: 5 wrong passwords: locked for 15 minutes" in text


# --- actions ---------------------------------------------------------------------------


def test_new_user_from_the_page_is_saved_and_selected(open_page, admin, team):
    page = open_page(admin)
    assert page.can("new") and not page.can("edit")

    def fill_in(dialog):
        dialog.login_edit.setText("wang.fang")
        dialog.name_edit.setText("Wang Fang")
        dialog.role_checks["director"].setChecked(True)
        dialog.password_edit.setText("temp-pass-3")
        dialog.repeat_edit.setText("temp-pass-3")
        dialog.accept()

    answer_modal(fill_in)
    page.trigger("new")
    assert "wang.fang" in logins(page)
    assert page.selected_row().login == "wang.fang"
    assert "Created with roles Director" in page.detail.toPlainText()


def test_enter_edits_the_selected_user(open_page, qtbot, admin, team):
    page = open_page(admin)
    page.select_id(team["li.na"])
    assert page.can("edit")
    opened = []

    def rename(dialog):
        opened.append(dialog.user_id)
        dialog.name_edit.setText("Li Na (front desk)")
        dialog.accept()

    answer_modal(rename)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [team["li.na"]]
    assert cell(page, "li.na", 1) == "Li Na (front desk)"
    assert page.selected_row().login == "li.na"


def test_deactivate_asks_first_then_reactivate(open_page, db, admin, team, answers):
    page = open_page(admin)
    page.select_id(team["li.na"])
    assert page.active_button.text() == "Deactivate" and page.active_button.isEnabled()
    before = db_state(admin)
    answers.reply = False
    page.active_button.click()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("question", "Deactivate user")
    assert text.startswith("Deactivate Li Na (li.na)?")
    assert db_state(admin) == before

    answers.reply = True
    page.active_button.click()
    assert not accounts.get_user(admin, team["li.na"]).active
    assert cell(page, "li.na", 3) == "Inactive"
    assert page.selected_row().login == "li.na"
    assert page.active_button.text() == "Reactivate"
    with pytest.raises(AuthenticationError, match="deactivated"):
        accounts.authenticate(db, "li.na", "li.na-pass")

    asked = len(answers.shown)
    page.active_button.click()  # reactivating needs no confirmation
    assert len(answers.shown) == asked
    assert accounts.get_user(admin, team["li.na"]).active
    assert page.active_button.text() == "Deactivate"


def test_deactivating_yourself_is_refused_and_said(open_page, admin, team, answers):
    page = open_page(admin)
    page.select_id(team["root"])
    before = db_state(admin)
    page.active_button.click()
    assert answers.shown[-1] == (
        "error",
        "Cannot deactivate Root (root)",
        "You cannot deactivate your own account",
    )
    assert {k: v for k, v in db_state(admin).items() if k != "audit_entries"} == {
        k: v for k, v in before.items() if k != "audit_entries"
    }
    assert accounts.get_user(admin, team["root"]).active


def test_deactivating_the_last_administrator_is_refused_and_said(open_page, ctx, admin, answers):
    page = open_page(ctx)  # an actor that is not root itself
    page.select_id(admin.actor.user_id)
    before = db_state(ctx)
    page.active_button.click()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("error", "Cannot deactivate Root (root)")
    assert text == "This is the last active administrator: it cannot be deactivated"
    assert db_state(ctx) == before


def test_a_stale_deactivation_is_refused_and_the_list_reloaded(
    open_page, admin, second_admin, team, answers
):
    page = open_page(admin)
    page.select_id(team["li.na"])
    accounts.update_user(second_admin, team["li.na"], UserInput("li.na", "Li Na 2", ["staff"]))
    page.active_button.click()
    kind, _title, text = answers.shown[-1]
    assert kind == "error" and "was changed by Chen Yu (chen.yu)" in text
    assert accounts.get_user(admin, team["li.na"]).active
    assert cell(page, "li.na", 1) == "Li Na 2"  # the list shows what is saved now


def test_reset_password_from_the_page_lifts_the_lock(open_page, db, admin, team):
    lock(db, "li.na")
    page = open_page(admin)
    assert not page.reset_button.isEnabled()  # nothing selected
    page.select_id(team["li.na"])
    assert page.reset_button.isEnabled()

    def reset(dialog):
        dialog.password_edit.setText("temp-pass-4")
        dialog.repeat_edit.setText("temp-pass-4")
        dialog.accept()

    answer_modal(reset)
    page.reset_button.click()
    saved = accounts.get_user(admin, team["li.na"])
    assert saved.must_change_password and not saved.is_locked()
    assert cell(page, "li.na", 4) == ""
    assert "Must be changed at the next sign-in" in page.detail.toPlainText()
    accounts.authenticate(db, "li.na", "temp-pass-4")


def test_approval_limits_from_the_page(open_page, admin, team):
    page = open_page(admin)
    page.select_id(team["zhang.wei"])
    assert page.limits_button.isEnabled()

    def raise_limit(dialog):
        dialog.manager_edit.setText("2,000,000")
        dialog.accept()

    answer_modal(raise_limit)
    page.limits_button.click()
    assert app_settings.get_approval_limits(admin).manager == 2_000_000
    assert "Approval limit\n¥2,000,000.00" in page.detail.toPlainText()
    assert page.selected_row().login == "zhang.wei"


def test_a_user_without_the_admin_role_neither_sees_nor_changes_accounts(db, admin, team):
    from adminapp.errors import PermissionDenied
    from ui.main_window import page_allowed

    staff = AppContext(db, accounts.authenticate(db, "li.na", "li.na-pass"))
    assert not page_allowed("users", staff.actor.roles)  # not in the window at all
    before = db_state(admin)
    for call in (
        lambda: accounts.list_users(staff),
        lambda: accounts.get_user(staff, team["zhang.wei"]),
        lambda: accounts.set_active(staff, team["zhang.wei"], False),
    ):
        with pytest.raises(PermissionDenied):
            call()
    after = db_state(admin)
    assert {k: v for k, v in after.items() if k != "audit_entries"} == {
        k: v for k, v in before.items() if k != "audit_entries"
    }


# --- registration ----------------------------------------------------------------------


def test_the_page_is_registered_after_audit(make_window, ctx):
    import main
    from ui.main_window import PAGE_CLASSES
    from ui.settings import PAGES

    assert PAGES[PAGES.index("audit") + 1] == "users"
    assert "users" in main.GUI_PAGES
    assert PAGE_CLASSES["users"] == "ui.pages.users:UsersPage"
    assert (ROOT / "resources" / "icons" / "users.svg").exists()
    window = make_window(remember=False)
    window.show_page("users")
    assert window.current_page_name() == "users"
    assert window.nav.item(PAGES.index("users")).text() == "Users"
    assert window.actions["new"].isEnabled() and not window.actions["edit"].isEnabled()
