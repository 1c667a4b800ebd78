"""The units a meeting room can be set up in: units of kind ``meeting_room``, and whether
each already is a room (a unit holds at most one)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from adminapp.models import Floor, MeetingRoom, Unit
from adminapp.services.context import AppContext


@dataclass(frozen=True)
class RoomUnit:
    id: int
    code: str
    floor_label: str
    in_service: bool
    room_id: int | None  # the room already set up in this unit, if any


def meeting_room_units(ctx: AppContext) -> list[RoomUnit]:
    """Every unit of kind ``meeting_room``, by floor and code, with the room it holds."""
    with ctx.db.read() as s:
        rows = s.execute(
            select(Unit.id, Unit.code, Floor.label, Unit.in_service, MeetingRoom.id)
            .join(Floor, Floor.id == Unit.floor_id)
            .outerjoin(MeetingRoom, MeetingRoom.unit_id == Unit.id)
            .where(Unit.kind == "meeting_room")
            .order_by(Floor.level, Unit.code)
        )
        return [RoomUnit(*row) for row in rows]
