"""Changes announced app-wide: after a dialog saves, the page emits; every page showing that
data refreshes itself (no page reaches into another)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    unitsChanged = Signal()  # noqa: N815 - Qt signal names
    companiesChanged = Signal()  # noqa: N815
    leasesChanged = Signal()  # noqa: N815
    programmesChanged = Signal()  # noqa: N815
    applicationsChanged = Signal()  # noqa: N815
    bookingsChanged = Signal()  # noqa: N815
    consultantsChanged = Signal()  # noqa: N815 - consultants, their hours and time off
    roomsChanged = Signal()  # noqa: N815 - meeting rooms, their hours and closures
    billingChanged = Signal()  # noqa: N815 - charges, payments and deposits


_bus: AppSignals | None = None


def bus() -> AppSignals:
    """The application's one signal hub (created on first use)."""
    global _bus
    if _bus is None:
        _bus = AppSignals()
    return _bus
