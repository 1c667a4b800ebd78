"""Staff accounts: the first administrator, signing in, lockout, and user administration.

Signing in returns the :class:`Actor` every other service acts as. Five wrong passwords in a
row lock an account for 15 minutes; sign-ins, failed sign-ins and lockouts go into the audit
trail. Administrators add users, change their roles, reset passwords (the user then chooses a
new one at the next sign-in) and deactivate or reactivate them. Nobody can remove the last
active administrator, so a centre can never lock itself out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adminapp import passwords
from adminapp.errors import (
    AuthenticationError,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from adminapp.models import ROLE_NAMES, User, UserRole
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.context import CENTRE_TZ, Actor, AppContext, centre_now, workstation_name
from adminapp.services.listing_sql import contains

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
FIELDS = ("login", "display_name", "roles", "active", "must_change_password")
GENERIC_REFUSAL = (
    f"Wrong login name or password. After {MAX_FAILURES} wrong passwords in a row an account "
    "is locked for 15 minutes"
)
UNKNOWN_LOGIN = "(unknown)"  # the audit trail's actor for a sign-in with an unknown name


@dataclass
class UserInput:
    login: str
    display_name: str
    roles: list[str]
    password: str = ""  # only when creating; resets go through reset_password


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    version: int

    def is_locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or centre_now())


def _roles(u: User) -> tuple[str, ...]:
    held = {r.role for r in u.roles}
    return tuple(r for r in ROLE_NAMES if r in held)


def _view(u: User) -> UserView:
    return UserView(
        u.id,
        u.login,
        u.display_name,
        _roles(u),
        u.active,
        u.must_change_password,
        u.locked_until,
        u.last_login_at,
        u.created_at,
        u.version,
    )


def _snapshot(u: User) -> dict:
    snap = audit.snapshot(u, ("login", "display_name", "active", "must_change_password"))
    snap["roles"] = list(_roles(u))
    return snap


def _actor(u: User, workstation: str) -> Actor:
    return Actor(
        login=u.login,
        workstation=workstation,
        roles=frozenset(_roles(u)),
        user_id=u.id,
        display_name=u.display_name,
    )


def normalise_login(login: str) -> str:
    return login.strip().lower()


def validate(data: UserInput, *, creating: bool) -> tuple[dict, dict[str, str]]:
    errors: dict[str, str] = {}
    login = normalise_login(data.login)
    if not login:
        errors["login"] = "Login name is required"
    elif not LOGIN.match(login):
        errors["login"] = (
            "Login name: 2-60 letters a-z, digits, dots, dashes or underscores, "
            "starting with a letter or digit"
        )
    name = " ".join(data.display_name.split())
    if not name:
        errors["display_name"] = "Name is required"
    elif len(name) > 120:
        errors["display_name"] = "Name is too long (at most 120 characters)"
    unknown = [r for r in data.roles if r not in ROLE_NAMES]
    if unknown:
        errors["roles"] = f"Unknown role: {', '.join(unknown)}"
    elif not data.roles:
        errors["roles"] = "Choose at least one role"
    if creating:
        problem = passwords.problem(data.password, login)
        if problem:
            errors["password"] = problem
    roles = [r for r in ROLE_NAMES if r in data.roles]
    return {"login": login, "display_name": name, "roles": roles}, errors


def _load(s: Session, user_id: int, *, lock: bool = True) -> User:
    q = select(User).where(User.id == user_id)
    if lock:
        q = q.with_for_update()
    u = s.scalar(q)
    if u is None:
        raise NotFound(f"User {user_id} does not exist")
    return u


def _editing(s: Session, ctx: AppContext, user_id: int, expected_version: int | None) -> User:
    """The user an administrator edits: locked, and refused if changed since the form loaded.

    The users-table lock also makes the last-admin rule see other workstations' changes.
    """
    _lock_users_table(s)
    u = _load(s, user_id)
    audit.check_version(s, u, "user", expected_version, f"User {u.login}")
    return u


def _active_admins(s: Session, excluding: int | None = None) -> int:
    q = (
        select(func.count())
        .select_from(User)
        .join(UserRole)
        .where(UserRole.role == "admin", User.active.is_(True))
    )
    if excluding is not None:
        q = q.where(User.id != excluding)
    return s.scalar(q) or 0


def _lock_users_table(s: Session) -> None:
    """Serialise "is there any user yet?" decisions across workstations."""
    if s.bind.dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(0x5553455253)))  # "USERS"
    # SQLite: the write unit of work already holds the database's write lock.


# --- the first administrator -------------------------------------------------------------


def has_users(db) -> bool:  # noqa: ANN001 - a Database
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(User)) > 0


def create_first_admin(
    db,  # noqa: ANN001 - a Database
    login: str,
    display_name: str,
    password: str,
    workstation: str | None = None,
) -> Actor:
    """Create the first account (an administrator) of a new database and sign it in.

    Refused once any account exists, so it cannot be used to add a second administrator.
    """
    workstation = workstation or workstation_name()
    clean, errors = validate(UserInput(login, display_name, ["admin"], password), creating=True)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        _lock_users_table(s)
        if s.scalar(select(func.count()).select_from(User)):
            raise ValidationError({"login": "This database already has accounts; sign in instead"})
        now = centre_now()
        u = User(
            login=clean["login"],
            display_name=clean["display_name"],
            password_hash=passwords.hash_password(password),
            active=True,
            must_change_password=False,
            failed_logins=0,
            created_at=now,
            last_login_at=now,
            version=1,
        )
        u.roles = [UserRole(role="admin")]
        s.add(u)
        s.flush()
        actor = _actor(u, workstation)
        ctx = AppContext(db, actor)
        audit.record(
            s, ctx, "create", "user", u.id, audit.diff({}, _snapshot(u)), "first administrator"
        )
        audit.record(s, ctx, "login", "user", u.id, {}, f"{u.login} signed in")
        return actor


# --- signing in --------------------------------------------------------------------------


def _count_failure(s: Session, ctx: AppContext, u: User, now: dt.datetime, what: str) -> None:
    """One more wrong password for ``u``: the fifth in a row locks the account for 15 minutes."""
    u.failed_logins += 1
    if u.failed_logins >= MAX_FAILURES:
        u.failed_logins = 0
        u.locked_until = now + LOCKOUT
        summary = f"{MAX_FAILURES} wrong passwords: locked for 15 minutes"
        audit.record(s, ctx, "locked", "user", u.id, {}, summary)
    else:
        audit.record(s, ctx, "login_failed", "user", u.id, {}, what)


def authenticate(
    db,  # noqa: ANN001 - a Database
    login: str,
    password: str,
    workstation: str | None = None,
    now: dt.datetime | None = None,
) -> Actor:
    """Check a login name and password; return the signed-in Actor or raise.

    Every attempt leaves an audit entry (``login``, ``login_failed`` or ``locked``). The
    failure count and lock are committed even though the caller gets an error.

    Nothing tells a guesser whether a login name exists: an unknown name, a wrong password and
    a locked account get the same message after the same work (one scrypt), and the audit
    entry for an unknown name does not keep what was typed (it may be a password typed into
    the wrong field). Only someone who gives the right password learns that the account is
    locked or deactivated.
    """
    workstation = workstation or workstation_name()
    now = now or centre_now()
    name = normalise_login(login)
    outcome: Actor | AuthenticationError = AuthenticationError(GENERIC_REFUSAL, "password")
    with db.write() as s:
        u = s.scalar(select(User).where(User.login == name).with_for_update())
        if u is None:
            passwords.waste_time(password)
            anon = AppContext(db, Actor(login=UNKNOWN_LOGIN, workstation=workstation))
            audit.record(s, anon, "login_failed", "user", None, {}, "unknown login name")
        else:
            anon = AppContext(db, Actor(login=u.login, workstation=workstation))
            right = passwords.verify_password(password, u.password_hash)
            if u.locked_until is not None and u.locked_until > now:
                audit.record(s, anon, "login_failed", "user", u.id, {}, "account locked")
                if right:
                    until = u.locked_until.astimezone(CENTRE_TZ).strftime("%H:%M")
                    outcome = AuthenticationError(
                        f"This account is locked after {MAX_FAILURES} wrong passwords; try "
                        f"again after {until}, or ask an administrator to reset the password",
                        "login",
                    )
            elif not right:
                _count_failure(s, anon, u, now, "wrong password")
            elif not u.active:
                audit.record(s, anon, "login_failed", "user", u.id, {}, "account deactivated")
                outcome = AuthenticationError(
                    "This account has been deactivated; ask an administrator", "login"
                )
            else:
                u.failed_logins = 0
                u.locked_until = None
                u.last_login_at = now
                if passwords.needs_rehash(u.password_hash):
                    u.password_hash = passwords.hash_password(password)
                outcome = _actor(u, workstation)
                audit.record(
                    s, AppContext(db, outcome), "login", "user", u.id, {}, f"{u.login} signed in"
                )
    if isinstance(outcome, AuthenticationError):
        raise outcome
    return outcome


def must_change_password(ctx: AppContext) -> bool:
    if ctx.actor.user_id is None:
        return False
    with ctx.db.read() as s:
        return bool(s.scalar(select(User.must_change_password).where(User.id == ctx.actor.user_id)))


def change_own_password(ctx: AppContext, current: str, new: str, repeat: str) -> None:
    """The signed-in user chooses a new password (after a reset, or whenever they like).

    A wrong current password counts as a failed sign-in (five lock the account), so an
    unattended open window cannot be used to guess it.
    """
    if ctx.actor.user_id is None:
        raise ValidationError({"current": "Only a signed-in user can change a password"})
    errors: dict[str, str] = {}
    problem = passwords.problem(new, ctx.actor.login)
    if problem:
        errors["new"] = problem
    elif new != repeat:
        errors["repeat"] = "The two new passwords differ"
    elif new == current:
        errors["new"] = "Choose a password different from the current one"
    now = centre_now()
    refused: DomainError | None = None
    with ctx.db.write() as s:
        u = _load(s, ctx.actor.user_id)
        right = passwords.verify_password(current, u.password_hash)
        if not u.active:
            refused = PermissionDenied("Your account has been deactivated")
        elif u.locked_until is not None and u.locked_until > now:
            until = u.locked_until.astimezone(CENTRE_TZ).strftime("%H:%M")
            refused = ValidationError({"current": f"The account is locked until {until}"})
        elif not right:
            _count_failure(s, ctx, u, now, "wrong current password")
            refused = ValidationError({"current": "Current password is wrong", **errors})
        elif errors:
            refused = ValidationError(errors)
        else:
            u.password_hash = passwords.hash_password(new)
            u.failed_logins = 0
            before = u.must_change_password
            u.must_change_password = False
            changes = {"password": ["(hidden)", "(changed)"]}
            if before:
                changes["must_change_password"] = [True, False]
            audit.record(s, ctx, "password", "user", u.id, changes, "changed own password")
    if refused is not None:
        raise refused


# --- administration ----------------------------------------------------------------------


def list_users(ctx: AppContext, text: str = "", include_inactive: bool = True) -> list[UserView]:
    require(ctx, "user.view")
    with ctx.db.read() as s:
        q = select(User).order_by(User.login)
        if text.strip():
            q = q.where(contains(User.login, text.strip()) | contains(User.display_name, text))
        if not include_inactive:
            q = q.where(User.active.is_(True))
        return [_view(u) for u in s.scalars(q)]


def get_user(ctx: AppContext, user_id: int) -> UserView:
    if user_id != ctx.actor.user_id:  # anyone may read their own account
        require(ctx, "user.view", user_id)
    with ctx.db.read() as s:
        return _view(_load(s, user_id, lock=False))


def create_user(ctx: AppContext, data: UserInput) -> UserView:
    """Add an account; the user must choose a new password at the first sign-in."""
    require(ctx, "user.create")
    clean, errors = validate(data, creating=True)
    with ctx.db.write() as s:
        if "login" not in errors and s.scalar(select(User.id).where(User.login == clean["login"])):
            errors["login"] = f"Login name {clean['login']} is taken"
        if errors:
            raise ValidationError(errors)
        u = User(
            login=clean["login"],
            display_name=clean["display_name"],
            password_hash=passwords.hash_password(data.password),
            active=True,
            must_change_password=True,
            failed_logins=0,
            created_at=centre_now(),
            version=1,
        )
        u.roles = [UserRole(role=r) for r in clean["roles"]]
        s.add(u)
        s.flush()
        audit.record(s, ctx, "create", "user", u.id, audit.diff({}, _snapshot(u)), u.login)
        return _view(u)


def update_user(
    ctx: AppContext, user_id: int, data: UserInput, expected_version: int | None = None
) -> UserView:
    """Change a user's name and roles (the login name stays: the audit trail refers to it)."""
    require(ctx, "user.update", user_id)
    with ctx.db.write() as s:
        u = _editing(s, ctx, user_id, expected_version)
        clean, errors = validate(UserInput(u.login, data.display_name, data.roles), creating=False)
        if (
            not errors
            and "admin" in _roles(u)
            and "admin" not in clean["roles"]
            and u.active
            and _active_admins(s, excluding=u.id) == 0
        ):
            errors["roles"] = "This is the last active administrator: keep the admin role"
        if errors:
            raise ValidationError(errors)
        before = _snapshot(u)
        u.display_name = clean["display_name"]
        if list(_roles(u)) != clean["roles"]:
            u.roles = [UserRole(role=r) for r in clean["roles"]]
        s.flush()
        changes = audit.diff(before, _snapshot(u))
        if changes:
            u.version += 1
        audit.record(s, ctx, "update", "user", u.id, changes, u.login)
        s.flush()
        s.expire(u, ["roles"])
        return _view(u)


def reset_password(
    ctx: AppContext, user_id: int, new_password: str, expected_version: int | None = None
) -> UserView:
    """Give a user a temporary password (to be changed at next sign-in) and lift any lock."""
    require(ctx, "user.reset_password", user_id)
    with ctx.db.write() as s:
        u = _editing(s, ctx, user_id, expected_version)
        problem = passwords.problem(new_password, u.login)
        if problem:
            raise ValidationError({"password": problem})
        u.password_hash = passwords.hash_password(new_password)
        before = _snapshot(u)
        u.must_change_password = True
        u.failed_logins = 0
        u.locked_until = None
        u.version += 1
        changes = {"password": ["(hidden)", "(reset)"], **audit.diff(before, _snapshot(u))}
        audit.record(s, ctx, "password", "user", u.id, changes, f"password of {u.login} reset")
        return _view(u)


def set_active(
    ctx: AppContext, user_id: int, active: bool, expected_version: int | None = None
) -> UserView:
    """Deactivate (they can no longer sign in or act) or reactivate a user."""
    require(ctx, "user.set_active", user_id)
    with ctx.db.write() as s:
        u = _editing(s, ctx, user_id, expected_version)
        if u.active == active:
            return _view(u)
        if not active:
            if u.id == ctx.actor.user_id:
                raise ValidationError({"active": "You cannot deactivate your own account"})
            if "admin" in _roles(u) and _active_admins(s, excluding=u.id) == 0:
                raise ValidationError(
                    {"active": "This is the last active administrator: it cannot be deactivated"}
                )
        before = _snapshot(u)
        u.active = active
        u.version += 1
        s.flush()
        audit.record(
            s,
            ctx,
            "deactivate" if not active else "reactivate",
            "user",
            u.id,
            audit.diff(before, _snapshot(u)),
            u.login,
        )
        return _view(u)
