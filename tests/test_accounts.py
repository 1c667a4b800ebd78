"""Accounts: the first administrator, signing in, lockout, and user administration."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from adminapp.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from adminapp.models import AuditEntry, User
from adminapp.services import accounts, audit
from adminapp.services.accounts import UserInput
from adminapp.services.context import AppContext, centre_now
from tests.dbstate import dump
from tests.racing import race


@pytest.fixture
def admin(db) -> AppContext:
    actor = accounts.create_first_admin(db, "li.na", "Li Na", "first-admin-pw", "ws-admin")
    return AppContext(db, actor)


def _user(admin: AppContext, login: str, *roles: str, password: str = "temporary-pw") -> int:
    return accounts.create_user(admin, UserInput(login, login.title(), list(roles), password)).id


def _entries(db, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_first_admin_is_created_once_and_signed_in(db):
    assert not accounts.has_users(db)
    actor = accounts.create_first_admin(db, " Li.Na ", "Li  Na", "first-admin-pw", "ws1")
    assert (actor.login, actor.display_name, actor.roles) == ("li.na", "Li Na", {"admin"})
    assert actor.user_id is not None and accounts.has_users(db)
    before = dump(db)
    with pytest.raises(ValidationError) as err:
        accounts.create_first_admin(db, "intruder", "Intruder", "another-pw-1")
    assert err.value.field == "login" and "already has accounts" in err.value.message
    assert dump(db) == before
    assert [e.actor for e in _entries(db, "login")] == ["li.na"]


def test_first_admin_input_is_checked_field_by_field(db):
    with pytest.raises(ValidationError) as err:
        accounts.create_first_admin(db, "x y", "", "short")
    assert set(err.value.errors) == {"login", "display_name", "password"}
    assert not accounts.has_users(db)


def test_sign_in_returns_an_actor_with_the_users_roles(admin, db):
    _user(admin, "wang.fang", "staff", "finance")
    actor = accounts.authenticate(db, "Wang.Fang", "temporary-pw", "ws7")
    assert actor.roles == {"staff", "finance"} and actor.workstation == "ws7"
    assert actor.display_name == "Wang.Fang"
    login = _entries(db, "login")[-1]
    assert (login.actor, login.workstation, login.entity_type) == ("wang.fang", "ws7", "user")


def test_wrong_password_and_unknown_login_get_the_same_message_and_are_audited(admin, db):
    _user(admin, "wang.fang", "staff")
    with pytest.raises(AuthenticationError) as wrong:
        accounts.authenticate(db, "wang.fang", "nope-nope-nope")
    with pytest.raises(AuthenticationError) as unknown:
        accounts.authenticate(db, "nobody", "nope-nope-nope")
    # Nothing tells a guesser which login names exist.
    assert wrong.value.message == unknown.value.message == accounts.GENERIC_REFUSAL
    failed = _entries(db, "login_failed")
    assert [(e.actor, e.summary) for e in failed] == [
        ("wang.fang", "wrong password"),
        ("(unknown)", "unknown login name"),  # what was typed may be a password: not kept
    ]
    assert not any("nobody" in e.summary + e.changes for e in failed)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(admin, db):
    uid = _user(admin, "wang.fang", "staff")
    now = centre_now()
    for _ in range(5):
        with pytest.raises(AuthenticationError) as err:
            accounts.authenticate(db, "wang.fang", "wrong-password", now=now)
        assert err.value.message == accounts.GENERIC_REFUSAL
    assert len(_entries(db, "locked")) == 1
    # While locked, a wrong password gets the same answer as ever (a guesser learns nothing);
    # the right password is refused too, and only then is the lock named.
    later = now + dt.timedelta(minutes=14)
    with pytest.raises(AuthenticationError) as err:
        accounts.authenticate(db, "wang.fang", "wrong-again", now=later)
    assert err.value.message == accounts.GENERIC_REFUSAL
    with pytest.raises(AuthenticationError) as err:
        accounts.authenticate(db, "wang.fang", "temporary-pw", now=later)
    assert "locked" in err.value.message and "try again after" in err.value.message
    assert accounts.get_user(admin, uid).is_locked(now)
    # After 15 minutes the right password works again and clears the count.
    actor = accounts.authenticate(
        db, "wang.fang", "temporary-pw", now=now + dt.timedelta(minutes=15, seconds=1)
    )
    assert actor.user_id == uid
    with db.read() as s:
        u = s.get(User, uid)
        assert (u.failed_logins, u.locked_until) == (0, None)


def test_a_success_resets_the_failure_count(admin, db):
    _user(admin, "wang.fang", "staff")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "wang.fang", "wrong-password")
    accounts.authenticate(db, "wang.fang", "temporary-pw")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "wang.fang", "wrong-password")
    assert not _entries(db, "locked")


def test_admin_reset_lifts_a_lock_and_forces_a_new_password(admin, db):
    uid = _user(admin, "wang.fang", "staff")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "wang.fang", "wrong-password")
    view = accounts.reset_password(admin, uid, "reset-by-admin")
    assert view.must_change_password and not view.is_locked()
    actor = accounts.authenticate(db, "wang.fang", "reset-by-admin")
    me = AppContext(db, actor)
    assert accounts.must_change_password(me)
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(me, "wrong-current", "my-own-secret", "my-own-secret")
    assert err.value.field == "current"
    with pytest.raises(ValidationError) as err:
        accounts.change_own_password(me, "reset-by-admin", "my-own-secret", "my-own-secreT")
    assert err.value.field == "repeat"
    accounts.change_own_password(me, "reset-by-admin", "my-own-secret", "my-own-secret")
    assert not accounts.must_change_password(me)
    accounts.authenticate(db, "wang.fang", "my-own-secret")
    with db.read() as s:
        stored = s.get(User, uid).password_hash
    assert "my-own-secret" not in stored and stored.startswith("scrypt$")
    # The audit trail never holds a password.
    with db.read() as s:
        texts = [e.changes + e.summary for e in s.scalars(select(AuditEntry))]
    assert not any("my-own-secret" in t or "reset-by-admin" in t for t in texts)


def test_deactivated_user_cannot_sign_in_nor_act_on_an_open_session(admin, db, centre):
    uid = _user(admin, "wang.fang", "staff")
    staff = AppContext(db, accounts.authenticate(db, "wang.fang", "temporary-pw"))
    accounts.set_active(admin, uid, False)
    with pytest.raises(AuthenticationError) as err:
        accounts.authenticate(db, "wang.fang", "temporary-pw")
    assert "deactivated" in err.value.message
    # The workstation still signed in is refused at its next change.
    from adminapp.services import companies

    c = companies.get_company(staff, centre.companies["alpha"])
    before = dump(db)
    with pytest.raises(PermissionDenied) as denied:
        companies.update_company(
            staff,
            c.id,
            companies.CompanyInput(c.name_en, c.credit_code, c.segment, contact_name="x"),
        )
    assert "deactivated" in denied.value.message
    after = dump(db)
    assert after.pop("audit_entries") != before.pop("audit_entries")
    assert after == before
    accounts.set_active(admin, uid, True)
    accounts.authenticate(db, "wang.fang", "temporary-pw")


def test_the_last_active_administrator_cannot_be_removed(admin, db):
    me = admin.actor.user_id
    with pytest.raises(ValidationError) as err:
        accounts.set_active(admin, me, False)
    assert err.value.field == "active"
    with pytest.raises(ValidationError) as err:
        accounts.update_user(admin, me, UserInput("li.na", "Li Na", ["staff"]))
    assert "last active administrator" in err.value.message
    second = _user(admin, "ops", "admin")
    accounts.update_user(admin, me, UserInput("li.na", "Li Na", ["staff", "manager"]))
    assert accounts.get_user(admin, me).roles == ("staff", "manager")
    other = AppContext(db, accounts.authenticate(db, "ops", "temporary-pw"))
    with pytest.raises(ValidationError):
        accounts.set_active(other, second, False)  # yourself


def test_user_input_is_validated_and_a_refusal_writes_nothing(admin, db):
    _user(admin, "wang.fang", "staff")
    before = dump(db)
    with pytest.raises(ValidationError) as err:
        accounts.create_user(admin, UserInput("WANG.FANG", "Another", ["staff"], "long-enough"))
    assert err.value.errors == {"login": "Login name wang.fang is taken"}
    with pytest.raises(ValidationError) as err:
        accounts.create_user(admin, UserInput("-bad", "", ["boss"], "pw"))
    assert set(err.value.errors) == {"login", "display_name", "roles", "password"}
    with pytest.raises(ValidationError) as err:
        accounts.create_user(admin, UserInput("zhao", "Zhao", [], "long-enough"))
    assert err.value.errors == {"roles": "Choose at least one role"}
    assert dump(db) == before
    with pytest.raises(NotFound):
        accounts.get_user(admin, 999)


def test_edits_to_a_user_are_versioned_and_audited(admin, db):
    uid = _user(admin, "wang.fang", "staff")
    v1 = accounts.get_user(admin, uid).version
    accounts.update_user(admin, uid, UserInput("ignored", "Wang Fang", ["staff", "finance"]), v1)
    # A sign-in does not make an administrator's form stale.
    accounts.authenticate(db, "wang.fang", "temporary-pw")
    v2 = accounts.get_user(admin, uid).version
    assert v2 == v1 + 1
    from adminapp.errors import StaleRecordError

    with pytest.raises(StaleRecordError) as err:
        accounts.update_user(admin, uid, UserInput("x", "Someone", ["staff"]), v1)
    assert "changed by Li Na (li.na)" in err.value.message
    history = [(e.action, e.changes) for e in audit.history(admin, "user", uid)]
    assert history[0][0] == "create"
    assert (
        "update",
        {"display_name": ["Wang.Fang", "Wang Fang"], "roles": [["staff"], ["staff", "finance"]]},
    ) in history
    assert ("login", {}) in history
    assert accounts.get_user(admin, uid).login == "wang.fang"  # the login name never changes


def test_list_users_filters_by_text_and_state(admin, db):
    a = _user(admin, "wang.fang", "staff")
    _user(admin, "zhang.wei", "finance")
    accounts.set_active(admin, a, False)
    assert [u.login for u in accounts.list_users(admin)] == ["li.na", "wang.fang", "zhang.wei"]
    assert [u.login for u in accounts.list_users(admin, "ZHANG")] == ["zhang.wei"]
    assert "wang.fang" not in [u.login for u in accounts.list_users(admin, include_inactive=False)]


def test_two_workstations_racing_to_create_the_first_admin_make_exactly_one(db):
    """Both see an empty database; the check and the insert are one locked unit of work."""
    from adminapp.db import Database

    stations = [Database(db.url) for _ in range(2)]
    try:
        outcomes = race(
            *(
                lambda st=st, i=i: accounts.create_first_admin(st, f"admin{i}", "A", "first-pw-1")
                for i, st in enumerate(stations)
            )
        )
    finally:
        for st in stations:
            st.dispose()
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert len(refused) == 1 and "already has accounts" in refused[0].errors["login"]
    with db.read() as s:
        assert len(s.scalars(select(User)).all()) == 1


def test_wrong_current_passwords_count_towards_the_lock(admin, db):
    _user(admin, "wang.fang", "staff")
    me = AppContext(db, accounts.authenticate(db, "wang.fang", "temporary-pw"))
    for _ in range(5):
        with pytest.raises(ValidationError) as err:
            accounts.change_own_password(me, "guess-guess", "new-password-1", "new-password-1")
        assert err.value.field == "current"
    assert len(_entries(db, "locked")) == 1
    with pytest.raises(ValidationError) as err:  # even the right one, while locked
        accounts.change_own_password(me, "temporary-pw", "new-password-1", "new-password-1")
    assert "locked until" in err.value.message
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "wang.fang", "temporary-pw")


def test_a_deactivated_users_open_session_cannot_change_the_password(admin, db):
    uid = _user(admin, "wang.fang", "staff")
    me = AppContext(db, accounts.authenticate(db, "wang.fang", "temporary-pw"))
    accounts.set_active(admin, uid, False)
    before = dump(db)
    with pytest.raises(PermissionDenied):
        accounts.change_own_password(me, "temporary-pw", "new-password-1", "new-password-1")
    assert dump(db) == before


def test_only_administrators_see_other_accounts(admin, db):
    uid = _user(admin, "wang.fang", "staff")
    me = AppContext(db, accounts.authenticate(db, "wang.fang", "temporary-pw"))
    assert accounts.get_user(me, uid).login == "wang.fang"  # one's own account
    assert audit.history(me, "user", uid)
    for call in (
        lambda: accounts.list_users(me),
        lambda: accounts.get_user(me, admin.actor.user_id),
        lambda: audit.history(me, "user", admin.actor.user_id),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_two_admins_removing_each_other_at_once_leave_one(admin, db):
    """The last-admin rule holds across workstations (a lock serialises the decisions)."""
    from adminapp.db import Database

    other = _user(admin, "ops", "admin")
    ops = AppContext(db, accounts.authenticate(db, "ops", "temporary-pw"))
    for _round in range(3):
        for ctx, uid in ((admin, other), (ops, admin.actor.user_id)):
            try:  # whoever remained brings the other back
                accounts.set_active(ctx, uid, True)
            except PermissionDenied:
                pass
        stations = [Database(db.url) for _ in range(2)]
        try:
            one = AppContext(stations[0], admin.actor)
            two = AppContext(stations[1], ops.actor)
            outcomes = race(
                lambda one=one: accounts.set_active(one, other, False),
                lambda two=two: accounts.set_active(two, admin.actor.user_id, False),
            )
        finally:
            for st in stations:
                st.dispose()
        refused = [o for o in outcomes if isinstance(o, ValidationError | PermissionDenied)]
        assert len(refused) == 1, outcomes
        with db.read() as s:
            assert accounts._active_admins(s) == 1
