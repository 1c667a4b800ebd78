"""Compare a whole database before and after a refused action."""

from __future__ import annotations

from sqlalchemy import select

from adminapp.db import Database
from adminapp.models import Base


def dump(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            name: sorted(tuple(r) for r in s.execute(select(table)))
            for name, table in Base.metadata.tables.items()
        }
