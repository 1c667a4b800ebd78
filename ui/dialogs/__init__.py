"""Editing dialogs: units, companies, leases, renewals and terminations.

Each has ``run(parent, ctx, ...)`` returning the saved view or ``None``. They are importable
from here (``from ui.dialogs import LeaseDialog``) without loading the others first.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_MODULES = {
    "UnitDialog": "ui.dialogs.unit_dialog",
    "CompanyDialog": "ui.dialogs.company_dialog",
    "LeaseDialog": "ui.dialogs.lease_dialog",
    "RenewDialog": "ui.dialogs.renew_dialog",
    "TerminateDialog": "ui.dialogs.terminate_dialog",
}
__all__ = list(_MODULES)


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(import_module(_MODULES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
