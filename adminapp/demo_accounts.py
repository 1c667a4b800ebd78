"""The demo database's accounts: one per role, with public passwords (printed by ``demo``,
listed in the README and in the sign-in dialog of a demo database).

Apart from ``adminapp.demo`` so that signing in (the sign-in dialog, ``--screenshot``) does not
import the whole demo generator.
"""

from __future__ import annotations

DEMO_ACCOUNTS = (
    ("admin", "Li Na", "admin", "admin-demo"),
    ("staff", "Wang Fang", "staff", "staff-demo"),
    ("finance", "Zhang Wei", "finance", "finance-demo"),
    ("manager", "Liu Yang", "manager", "manager-demo"),
    ("director", "Chen Jing", "director", "director-demo"),
)
DEMO_ADMIN = DEMO_ACCOUNTS[0]


def demo_accounts_text() -> str:
    return "\n".join(
        f"  {login:9} {password:14} {role:9} ({name})"
        for login, name, role, password in DEMO_ACCOUNTS
    )
