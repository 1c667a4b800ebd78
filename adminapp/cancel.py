"""Cancelling long work: the progress callback every long service takes, and what a cancel raises.

A long service (generating or issuing charges, the demo centre) takes an optional
``progress(done, total)`` and calls it every so often from inside its unit of work. When the
callback returns ``False`` (only an explicit ``False``: a callback that returns nothing does
not cancel) the service raises :class:`Cancelled` there, so the unit of work rolls back and
nothing is written. The GUI's ``ui.worker.run_in_background`` hands its jobs such a callback.
"""

from __future__ import annotations

from collections.abc import Callable

from adminapp.errors import DomainError

Progress = Callable[[int, int], bool | None]


class Cancelled(DomainError):  # noqa: N818 - what the user did, not a fault
    """The user cancelled a long action; everything it had done was rolled back."""

    def __init__(self, message: str = "Cancelled; nothing was written.") -> None:
        super().__init__(message)


def check(progress: Progress | None, done: int, total: int, message: str | None = None) -> None:
    """Report ``done`` of ``total``; raise :class:`Cancelled` when the callback says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(message) if message else Cancelled()


class Ticker:
    """Calls ``progress`` every ``every`` steps (and at the first and the last), so a loop over
    thousands of rows pays for a handful of calls."""

    def __init__(self, progress: Progress | None, total: int, every: int = 100) -> None:
        self.progress, self.total, self.every, self.done = progress, total, max(every, 1), 0
        check(progress, 0, total)

    def step(self, n: int = 1) -> None:
        before, self.done = self.done, self.done + n
        if self.progress is not None and (
            self.done // self.every != before // self.every or self.done >= self.total
        ):
            check(self.progress, min(self.done, self.total), self.total)
