"""The calendar's arithmetic, without painting: minutes of the day, lanes for sessions that
overlap, pale colours for what is over."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QColor


def minutes(t: dt.time | dt.datetime) -> int:
    """Minutes since midnight (wall time)."""
    return t.hour * 60 + t.minute


def pale(colour: QColor, keep: float = 0.2) -> QColor:
    """``colour`` mixed with white (``keep`` of the colour)."""
    return QColor(
        round(255 - (255 - colour.red()) * keep),
        round(255 - (255 - colour.green()) * keep),
        round(255 - (255 - colour.blue()) * keep),
    )


def lanes(rows: list[Any]) -> list[tuple[Any, int, int]]:
    """Each booking with its lane and the number of lanes of its overlapping group."""
    rows = sorted(rows, key=lambda b: (b.starts_at, b.status == "cancelled", b.id))
    out: list[tuple[Any, int, int]] = []
    group: list[tuple[Any, int]] = []
    lane_ends: list[dt.datetime] = []
    group_end: dt.datetime | None = None

    def flush() -> None:
        lanes = max((lane for _b, lane in group), default=0) + 1
        out.extend((b, lane, lanes) for b, lane in group)

    for b in rows:
        if group_end is not None and b.starts_at >= group_end:
            flush()
            group, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= b.starts_at:
                lane_ends[lane] = b.ends_at
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(b.ends_at)
        group.append((b, lane))
        group_end = b.ends_at if group_end is None else max(group_end, b.ends_at)
    flush()
    return out
