"""The "Fill with demo data…" action: the demo centre made in the background, for an
administrator signed in to a new (empty) database.

It takes about half a minute; the progress dialog names each stage (the building and its
leases, the accounts, the consultation desk, the accounts' money, the financing history) and
its Cancel rolls everything back: the database is left as empty as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from adminapp.cancel import Cancelled
from adminapp.errors import DomainError
from adminapp.services.access import may
from adminapp.services.context import AppContext
from ui import messages
from ui.dialogs.form import fill
from ui.signals import AppSignals
from ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from adminapp.demo import DemoSummary

# adminapp.demo (the whole demo machinery, ~0.15 s to import) is imported only when the menu
# opens or the demo is made, not when the main window starts.


def stage_labels() -> dict[str, str]:
    """What the progress dialog says during each of ``adminapp.demo.STAGES``."""
    from adminapp import demo

    labels = {
        "centre": QCoreApplication.translate(
            "DemoData", "Making the building, its units, companies and leases…"
        ),
        "accounts": QCoreApplication.translate("DemoData", "Making the demo accounts…"),
        "consultations": QCoreApplication.translate(
            "DemoData", "Making two years of consultations…"
        ),
        "billing": QCoreApplication.translate(
            "DemoData", "Making two years of charges and payments…"
        ),
        "financing": QCoreApplication.translate(
            "DemoData", "Making two years of financing applications…"
        ),
    }
    assert tuple(labels) == demo.STAGES
    return labels


def cancelled_text() -> str:
    return QCoreApplication.translate("DemoData", "Cancelled; nothing was written.")


def add_demo_action(menu: QMenu, window: QWidget) -> QAction:
    """Add "Fill with demo data…" to ``menu`` (the main window's user menu): shown to
    administrators, enabled while the database holds no building, unit, company or lease.
    ``window`` has ``ctx`` and ``signals``."""
    action = menu.addAction(QCoreApplication.translate("DemoData", "Fill with demo data…"))
    action.setToolTip(
        QCoreApplication.translate(
            "DemoData", "Fill this empty database with the demo centre (about half a minute)"
        )
    )
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    running: list[BackgroundTask] = []

    def refresh() -> None:
        from adminapp import demo

        allowed = may(ctx, "user.create")
        action.setVisible(allowed)
        action.setEnabled(allowed and not running and demo.centre_is_empty(ctx.db))

    def start() -> None:
        task = fill_with_demo(window, ctx, window.signals)  # type: ignore[attr-defined]
        if task is not None:
            running.append(task)
            task.done.connect(lambda: running.clear())
        refresh()

    menu.aboutToShow.connect(refresh)
    action.triggered.connect(start)
    action.setVisible(may(ctx, "user.create"))
    action.setEnabled(False)  # until the menu opens and the database is looked at
    return action


def fill_with_demo(
    parent: QWidget | None,
    ctx: AppContext,
    signals: AppSignals,
    *,
    ask: bool = True,
    on_finished: Callable[[], None] | None = None,
) -> BackgroundTask[DemoSummary] | None:
    """Ask (unless ``ask`` is False), then make the demo centre in the background. None when
    the user said no."""
    title = QCoreApplication.translate("DemoData", "Fill with demo data")
    if ask and not messages.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "DemoData",
            "Fill this empty database with the demo centre: a tower of 335 units, 120 "
            "companies, two years of leases, consultations, charges, payments and financing "
            "applications, and the demo accounts staff, finance, manager and director (with "
            "no password until an administrator sets one on the Users page). It takes about "
            "half a minute; Cancel leaves the database empty. Go ahead?",
        ),
    ):
        return None
    from adminapp import demo

    labels = stage_labels()

    def job(progress) -> DemoSummary:  # noqa: ANN001 - the worker's progress callback
        return demo.fill_demo(ctx, progress=progress, stage=lambda key: progress.label(labels[key]))

    def done(summary: DemoSummary) -> None:
        for signal in (
            signals.unitsChanged, signals.companiesChanged, signals.leasesChanged,
            signals.programmesChanged, signals.applicationsChanged, signals.bookingsChanged,
            signals.consultantsChanged, signals.roomsChanged, signals.billingChanged,
        ):  # fmt: skip
            signal.emit()
        messages.info(
            parent,
            title,
            fill(
                QCoreApplication.translate(
                    "DemoData",
                    "The demo centre is ready: %1 units, %2 companies, %3 leases, %4 bookings, "
                    "%5 financing applications.",
                ),  # fmt: skip
                summary.units,
                summary.companies,
                summary.leases,
                summary.bookings,
                summary.applications,
            ),  # fmt: skip
        )
        if on_finished is not None:
            on_finished()

    def failed(exc: BaseException) -> None:
        if on_finished is not None:
            on_finished()
        if isinstance(exc, Cancelled):
            messages.info(parent, title, cancelled_text())
        elif isinstance(exc, DomainError):
            messages.error(parent, title, str(exc))
        else:
            raise exc  # to the app's error hook

    return run_in_background(
        parent, QCoreApplication.translate("DemoData", "Making the demo centre…"), job, done, failed
    )
