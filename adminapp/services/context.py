"""Who acts, on which database."""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from adminapp.db import Database

CENTRE_TZ = ZoneInfo("Asia/Shanghai")


def centre_today() -> dt.date:
    """Today's date in the centre's time zone (Asia/Shanghai)."""
    return dt.datetime.now(CENTRE_TZ).date()


def centre_now() -> dt.datetime:
    return dt.datetime.now(CENTRE_TZ)


ROLES = ("staff", "finance", "manager", "director", "admin")
ALL_ROLES = frozenset(ROLES)


def workstation_name() -> str:
    return socket.gethostname()


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in user (``user_id``) and the roles they held when signing in.

    Services check ``roles`` against ``adminapp.permissions``; an actor without roles may
    read but not change anything.
    """

    login: str
    workstation: str
    roles: frozenset[str] = frozenset()
    user_id: int | None = None
    display_name: str = ""

    @property
    def name(self) -> str:
        return self.display_name or self.login

    @classmethod
    def from_os(cls) -> Actor:
        """The operating-system user, with no roles (reads only): for unattended checks."""
        try:
            login = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in some containers
            login = "unknown"
        return cls(login=login, workstation=workstation_name())


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
