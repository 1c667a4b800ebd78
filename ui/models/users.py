"""The staff accounts as a table, and how roles, times and account events read on screen.

A centre has tens of accounts and ``accounts.list_users`` returns them all, so the model takes
the whole (searched) list and filters by status and sorts it in Python; the page still gets the
paged-model interface every list page uses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from adminapp.services import accounts
from adminapp.services.accounts import UserView
from adminapp.services.audit import AuditView
from adminapp.services.context import CENTRE_TZ
from adminapp.services.listing_sql import ListQuery
from ui.models.table import Column, PagedTableModel

_ROLES = {
    "staff": QT_TRANSLATE_NOOP("Role", "Staff"),
    "finance": QT_TRANSLATE_NOOP("Role", "Finance"),
    "manager": QT_TRANSLATE_NOOP("Role", "Manager"),
    "director": QT_TRANSLATE_NOOP("Role", "Director"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
}
# One line each, from the permission table (adminapp/permissions.py); %1 is an approval limit.
_ROLE_DUTIES = {
    "staff": QT_TRANSLATE_NOOP(
        "Role", "Units, companies and leases; the rent roll, occupancy and expiry reports"
    ),
    "finance": QT_TRANSLATE_NOOP("Role", "Payments and disbursements; the rent roll"),
    "manager": QT_TRANSLATE_NOOP(
        "Role", "Approves financing up to %1; all reports; the audit trail"
    ),
    "director": QT_TRANSLATE_NOOP(
        "Role",
        "Approves financing above the manager's limit, up to %1; all reports; the audit trail",
    ),
    "admin": QT_TRANSLATE_NOOP(
        "Role", "Users and their roles, approval limits, backups and database upgrades"
    ),
}
INACTIVE_COLOUR = QColor("#6b6b6b")
LOCKED_COLOUR = QColor("#b3261e")


def _t(text: str) -> str:
    return QCoreApplication.translate("Role", text)


def role_label(role: str) -> str:
    source = _ROLES.get(role)
    return _t(source) if source else role


def roles_text(roles: Iterable[str]) -> str:
    return ", ".join(role_label(r) for r in roles)


def limit_text(limit: Decimal | None) -> str:
    """An approval limit: ``¥1,000,000.00``, or "no limit"."""
    if limit is None:
        return QCoreApplication.translate("Role", "no limit")
    return f"¥{limit:,.2f}"


def role_duties(role: str, limits: dict[str, Decimal | None] | None = None) -> str:
    """What holding ``role`` lets a user do, in one line (limits filled in when given)."""
    source = _ROLE_DUTIES.get(role)
    if source is None:
        return ""
    text = _t(source)
    if "%1" in text:
        if limits is None:
            shown = QCoreApplication.translate("Role", "their approval limit")
        elif limits.get(role) is None:
            shown = QCoreApplication.translate("Role", "any amount")
        else:
            shown = limit_text(limits.get(role))
        text = text.replace("%1", shown)
    return text


def when(moment: dt.datetime | None, never: str = "") -> str:
    """A moment in Shanghai time, to the minute."""
    if moment is None:
        return never
    return f"{moment.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}"


def locked_until(user: UserView, now: dt.datetime | None = None) -> str:
    """When the lock after wrong passwords ends; empty when the account is not locked now."""
    return when(user.locked_until) if user.is_locked(now) else ""


def status_label(user: UserView) -> str:
    return (
        QCoreApplication.translate("UserStatus", "Active")
        if user.active
        else QCoreApplication.translate("UserStatus", "Inactive")
    )


def _status_colour(user: UserView) -> QColor | None:
    return None if user.active else INACTIVE_COLOUR


def _lock_colour(user: UserView) -> QColor | None:
    return LOCKED_COLOUR if user.is_locked() else None


def _sort_key(sort: str) -> Any:
    far_past = dt.datetime.min.replace(tzinfo=dt.UTC)
    return {
        "login": lambda u: u.login,
        "name": lambda u: (u.display_name.casefold(), u.login),
        "status": lambda u: (not u.active, u.login),
        "last_login": lambda u: (u.last_login_at or far_past, u.login),
    }.get(sort, lambda u: u.login)


class UsersModel(PagedTableModel):
    """Filters: ``active`` (True, False or absent for all). Sorts: login, name, status,
    last_login."""

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Login"), lambda u: u.login, "login", width=120),
            Column(self.tr("Name"), lambda u: u.display_name, "name", width=200),
            Column(self.tr("Roles"), lambda u: roles_text(u.roles), width=260),
            Column(self.tr("Status"), status_label, "status", width=80, colour=_status_colour),
            Column(self.tr("Locked until"), locked_until, width=130, colour=_lock_colour),
            Column(
                self.tr("Last sign-in"),
                lambda u: when(u.last_login_at, self.tr("Never")),
                "last_login",
                width=130,
            ),
        ]
        super().__init__(ctx, columns, "login", parent=parent)

    def _matching(self, ctx: Any, q: ListQuery) -> list[UserView]:
        active = q.active_filters().get("active")
        users = accounts.list_users(ctx, q.search, include_inactive=active is not True)
        if active is False:
            users = [u for u in users if not u.active]
        # Tens of rows: sorted here rather than in SQL.
        return sorted(users, key=_sort_key(q.sort), reverse=q.descending)

    def fetch(self, ctx: Any, q: ListQuery) -> list[UserView]:
        return self._matching(ctx, q)[q.offset : q.offset + q.limit]

    def count(self, ctx: Any, q: ListQuery) -> int:
        return len(self._matching(ctx, q))


# --- the account's history --------------------------------------------------------------

_FIELDS = {
    "display_name": QT_TRANSLATE_NOOP("UserHistory", "name"),
    "roles": QT_TRANSLATE_NOOP("UserHistory", "roles"),
    "active": QT_TRANSLATE_NOOP("UserHistory", "active"),
    "must_change_password": QT_TRANSLATE_NOOP("UserHistory", "must change password"),
}


def _h(text: str) -> str:
    return QCoreApplication.translate("UserHistory", text)


def _value(field: str, value: Any) -> str:
    if field == "roles" and isinstance(value, list):
        return roles_text(value) or "—"
    if isinstance(value, bool):
        return _h("yes") if value else _h("no")
    return "—" if value in (None, "") else str(value)


def _changes_text(changes: dict[str, list[Any]]) -> str:
    parts = []
    for field, pair in changes.items():
        if field not in _FIELDS or not isinstance(pair, list) or len(pair) != 2:
            continue
        old, new = (_value(field, v) for v in pair)
        parts.append(f"{_h(_FIELDS[field])}: {old} → {new}")
    return "; ".join(parts)


def event_text(e: AuditView) -> str:
    """One line saying what an audit entry did to an account."""
    if e.action == "create":
        roles = e.changes.get("roles", [None, []])[1] or []
        return _h("Created with roles %1").replace("%1", roles_text(roles) or "—")
    if e.action == "update":
        return _h("Changed %1").replace("%1", _changes_text(e.changes) or "—")
    if e.action == "password":
        if e.changes.get("password", [None, None])[-1] == "(reset)":
            return _h("Password reset by an administrator (to be changed at next sign-in)")
        return _h("Changed own password")
    if e.action == "deactivate":
        return _h("Deactivated")
    if e.action == "reactivate":
        return _h("Reactivated")
    if e.action == "login":
        return _h("Signed in at %1").replace("%1", e.workstation)
    if e.action == "login_failed":
        return _h("Failed sign-in at %1: %2").replace("%1", e.workstation).replace("%2", e.summary)
    if e.action == "locked":
        return _h("Locked: %1").replace("%1", e.summary)
    if e.action == "denied":
        return _h("Refused: %1").replace("%1", e.summary)
    return e.summary or e.action


def history_entries(entries: list[AuditView], limit: int) -> tuple[list[AuditView], int]:
    """The last ``limit`` entries (oldest first) worded for the panel, and how many were left
    out (sign-ins add up)."""
    shown = entries[-limit:] if limit else entries
    worded = [dataclasses.replace(e, summary=event_text(e)) for e in shown]
    return worded, len(entries) - len(shown)
