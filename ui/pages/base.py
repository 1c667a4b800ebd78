"""What every page offers the main window: actions, status text, state to remember.

A page loads when it is first shown and, when a change signal says its data changed, reloads
at once if it is the current page or else the next time it is shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from adminapp import permissions
from adminapp.errors import DomainError
from adminapp.services.context import AppContext
from ui import messages
from ui.settings import Settings
from ui.signals import AppSignals

ACTIONS = ("new", "edit", "renew", "terminate", "refresh")


class Page(QWidget):
    selectionChanged = Signal()  # noqa: N815 - Qt signal names
    statusChanged = Signal()  # noqa: N815
    contextMenuRequested = Signal(QPoint)  # noqa: N815 - global position
    # Another page should show something: (page name, what; see ``show_target``).
    navigateRequested = Signal(str, object)  # noqa: N815

    name = ""
    # Names of AppSignals signals that mean this page's data changed.
    listens: tuple[str, ...] = ()
    # Page action -> the permission it needs (adminapp.permissions); absent: everyone may.
    requires: dict[str, str] = {}

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.settings = settings
        self._current = False
        self._loaded = False
        self._stale = False
        for name in self.listens:
            getattr(signals, name).connect(self.mark_stale)

    # --- to override
    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Query the services and fill the page."""

    def can(self, action: str) -> bool:
        return action == "refresh"

    def trigger(self, action: str) -> None:
        if action == "refresh":
            self.refresh()

    def allows(self, action: str) -> bool:
        """Whether the signed-in user's roles permit ``action`` here (the services check too)."""
        needed = self.requires.get(action)
        return needed is None or permissions.allowed(self.ctx.actor.roles, needed)

    def request(self, action: str) -> None:
        """Do ``action`` if it applies now and the user may (double-click, Enter, menus)."""
        if self.can(action) and self.allows(action):
            self.trigger(action)

    def status_text(self) -> str:
        return ""

    def focus_search(self) -> None:
        """Move the keyboard focus to the page's search or first input."""

    def show_target(self, target: Any) -> None:
        """Show what another page asked for (``navigateRequested``); pages define targets."""

    def save_state(self) -> None:
        """Write splitter positions and the like to ``self.settings``."""

    def restore_state(self) -> None:
        """Read what ``save_state`` wrote."""

    # --- life cycle
    def activate(self) -> None:
        self._current = True
        if not self._loaded or self._stale:
            self.refresh()

    def deactivate(self) -> None:
        self._current = False

    @property
    def is_current(self) -> bool:
        return self._current

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def is_stale(self) -> bool:
        return self._stale

    def refresh(self) -> None:
        self._stale = False
        self._loaded = True
        self.load()
        self.selectionChanged.emit()
        self.statusChanged.emit()

    def mark_stale(self) -> None:
        if self._current:
            self.refresh()
        else:
            self._stale = True

    # --- shared helpers
    def open_dialog(
        self, module: str, cls: str, changed: SignalInstance, *args: Any, **kwargs: Any
    ) -> Any:
        """``ui.dialogs.<module>.<cls>.run(self, ctx, *args, **kwargs)``; the editor module is
        imported only now (start-up does not pay for it); on save, ``changed`` is emitted."""

        def opener() -> Any:
            dialog = getattr(importlib.import_module(f"ui.dialogs.{module}"), cls)
            return dialog.run(self, self.ctx, *args, **kwargs)

        return self.run_dialog(opener, changed)

    def run_dialog(self, opener: Callable[[], Any], changed: SignalInstance) -> Any:
        """Open an editor; when it saved, announce the change (every page refreshes itself)."""
        try:
            result = opener()
        except ImportError:
            messages.warning(
                self, self.tr("Not available"), self.tr("This editor is not installed yet.")
            )
            return None
        except DomainError as exc:
            messages.error(self, self.tr("Could not save"), str(exc))
            return None
        if result is not None:
            self.remember_selection(getattr(result, "id", None))
            changed.emit()
        return result

    def remember_selection(self, row_id: int | None) -> None:
        """Select ``row_id`` after the next reload (a record just saved)."""
