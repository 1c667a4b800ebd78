"""The one way slow work leaves the GUI thread: ``run_in_background``.

The job runs on ``QThreadPool.globalInstance()`` and gets a ``progress(done, total)`` callback;
a window-modal progress dialog appears only if the job still runs after 500 ms, and its Cancel
button makes that callback return ``False`` (the job decides how to stop). The result or the
exception comes back to the GUI thread through a signal, where ``on_done`` / ``on_error`` run.
The callback also has ``label(text)``, which changes the dialog's text (a job made of stages
names each) and, like the callback, returns ``False`` once the user cancelled.

The services take the callback as ``progress`` and, when it returns ``False``, raise
:class:`adminapp.cancel.Cancelled` (or their own kind of cancel) inside their unit of work,
so a cancelled job writes nothing.

A job must open its own database session (the services do: ``with ctx.db.read()``); a session
is never handed from one thread to another.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]
SHOW_AFTER_MS = 500

# Tasks still running, so neither they nor their signal carrier are collected mid-job.
_running: set[BackgroundTask] = set()


class _Carrier(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives (queued)."""

    progress = Signal(int, int)
    label = Signal(str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[Progress], Any], carrier: _Carrier, task: BackgroundTask):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._carrier = carrier
        self._cancel = task._cancel_event
        self._ended = task._ended_event

    def run(self) -> None:
        try:
            result = self._job(_ProgressCallback(self._carrier, self._cancel))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._carrier.failed.emit(exc)
        else:
            self._carrier.finished.emit(result)
        finally:
            self._ended.set()


class _ProgressCallback:
    """The ``progress(done, total)`` a job gets (called in the worker thread)."""

    def __init__(self, carrier: _Carrier, cancel: threading.Event) -> None:
        self._carrier, self._cancel = carrier, cancel

    def __call__(self, done: int, total: int) -> bool:
        if self._cancel.is_set():
            return False
        self._carrier.progress.emit(int(done), int(total))
        return not self._cancel.is_set()

    def label(self, text: str) -> bool:
        """Show ``text`` in the progress dialog; False once the user cancelled."""
        if self._cancel.is_set():
            return False
        self._carrier.label.emit(str(text))
        return not self._cancel.is_set()


class BackgroundTask(QObject, Generic[T]):
    """One running job. ``done`` is emitted after ``on_done`` or ``on_error`` has run."""

    done = Signal()
    progressed = Signal(int, int)
    labelled = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._cancel_event = threading.Event()
        self._ended_event = threading.Event()
        self._delivered = False
        self.result: T | None = None
        self.error: BaseException | None = None

        self._carrier = _Carrier()
        self._carrier.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._carrier.label.connect(self._on_label, Qt.ConnectionType.QueuedConnection)
        self._carrier.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._carrier.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)  # starts the dialog's own 500 ms timer; it shows only if still busy
        self.dialog: QProgressDialog | None = dialog

    # --- for callers and tests
    def cancel(self) -> None:
        """Ask the job to stop: its progress callback returns False from now on."""
        self._cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    @property
    def is_running(self) -> bool:
        return not self._delivered

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the result was delivered (``on_done``/``on_error`` ran)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self._delivered:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self._delivered:
                self._ended_event.wait(0.005)
        return True

    # --- from the worker, in the GUI thread
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled:
            if total > 0:
                self.dialog.setMaximum(total)
                self.dialog.setValue(min(done, total))
        self.progressed.emit(done, total)

    def _on_label(self, text: str) -> None:
        if self.dialog is not None and not self.cancelled:
            self.dialog.setLabelText(text)
        self.labelled.emit(text)

    def _on_finished(self, result: Any) -> None:
        self.result = result
        self._deliver(lambda: self._on_done(result))

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._deliver(lambda: self._on_error(exc))

    def _deliver(self, handler: Callable[[], None]) -> None:
        self._close_dialog()
        try:
            handler()
        finally:
            self._delivered = True
            _running.discard(self)
            self.done.emit()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()


def run_in_background(
    parent: QWidget | None,
    title: str,
    job: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask[T]:
    """Run ``job(progress)`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` after.

    ``progress(done, total)`` updates the dialog and returns False once the user cancelled.
    """
    task: BackgroundTask[T] = BackgroundTask(parent, title, on_done, on_error)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(job, task._carrier, task))
    return task
