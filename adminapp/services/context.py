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


@dataclass(frozen=True)
class Actor:
    login: str
    workstation: str

    @classmethod
    def from_os(cls) -> Actor:
        """Until accounts exist, the acting user is the operating-system user."""
        try:
            login = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in some containers
            login = "unknown"
        return cls(login=login, workstation=socket.gethostname())


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
