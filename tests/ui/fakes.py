"""Stand-ins for the editor dialogs (ui/dialogs/*), so no test opens a modal window.

``install`` puts a fake module in ``sys.modules`` for each dialog; the pages import the dialogs
lazily, so they pick the fakes up. Each fake ``run`` records its arguments and returns whatever
the test's ``answer`` callable returns (a saved view, or None for "cancelled").
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

DIALOGS = {
    "unit_dialog": "UnitDialog",
    "company_dialog": "CompanyDialog",
    "lease_dialog": "LeaseDialog",
    "renew_dialog": "RenewDialog",
    "terminate_dialog": "TerminateDialog",
}


class Dialogs:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple, dict]] = []
        self.answers: dict[str, Callable[..., Any]] = {}

    def answer(self, name: str, fn: Callable[..., Any]) -> None:
        """``fn(ctx, *args, **kwargs)`` runs when dialog ``name`` is opened."""
        self.answers[name] = fn

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


def install(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    for module_name, class_name in DIALOGS.items():
        module = types.ModuleType(f"ui.dialogs.{module_name}")

        def run(parent, ctx, *args, _name=class_name, **kwargs):  # noqa: ANN001, ANN202
            dialogs.calls.append((_name, args, kwargs))
            fn = dialogs.answers.get(_name)
            return fn(ctx, *args, **kwargs) if fn else None

        module.__dict__[class_name] = type(class_name, (), {"run": staticmethod(run)})
        monkeypatch.setitem(sys.modules, f"ui.dialogs.{module_name}", module)
    return dialogs
