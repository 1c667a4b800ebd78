"""Two workstations acting at the same moment: run calls together in threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def race(*calls: Callable[[], Any], timeout: float = 30) -> list[Any]:
    """Start every call at once (a barrier) and return, in order, its result or its exception."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcomes[i] = call()
        except Exception as exc:  # noqa: BLE001 - the caller looks at what each one got
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads), "a racer did not finish"
    return outcomes
