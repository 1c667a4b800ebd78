"""The audit trail: every change made through a service writes one entry."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from adminapp.errors import StaleRecordError
from adminapp.models import AuditEntry, User
from adminapp.services.context import CENTRE_TZ, AppContext, centre_now

# Entries that record an event about a record rather than a change to it.
NOT_CHANGES = ("login", "login_failed", "locked", "denied", "export")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a record as JSON-friendly values."""
    return {f: _plain(getattr(obj, f)) for f in fields}


def column_fields(obj: Any) -> tuple[str, ...]:
    return tuple(a.key for a in inspect(obj).mapper.column_attrs if a.key != "version")


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field whose value changed."""
    keys = list(dict.fromkeys([*before, *after]))
    return {
        k: [before.get(k), after.get(k)]
        for k in keys
        if _plain(before.get(k)) != _plain(after.get(k))
    }


def record(
    session: Session,
    ctx: AppContext,
    action: str,
    entity_type: str,
    entity_id: int | None,
    changes: dict[str, list[Any]],
    summary: str = "",
) -> None:
    if not changes and action == "update":
        return  # a save that changed nothing leaves no entry
    session.add(
        AuditEntry(
            at=centre_now(),
            actor=ctx.actor.login,
            workstation=ctx.actor.workstation,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            summary=summary,
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        )
    )


@dataclass(frozen=True)
class AuditView:
    id: int
    at: dt.datetime
    actor: str
    workstation: str
    action: str
    entity_type: str
    entity_id: int | None
    summary: str
    changes: dict[str, list[Any]]


def history(ctx: AppContext, entity_type: str, entity_id: int) -> list[AuditView]:
    """Every audit entry for one record, oldest first."""
    if entity_type == "user" and entity_id != ctx.actor.user_id:
        from adminapp.services.access import require  # access uses this module

        require(ctx, "user.view", entity_id)  # sign-ins and workstations are not for everyone
    with ctx.db.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()
        return views(rows)


def views(rows: Iterable[AuditEntry]) -> list[AuditView]:
    """Audit rows as plain views, with ``changes`` decoded."""
    return [
        AuditView(
            r.id,
            r.at,
            r.actor,
            r.workstation,
            r.action,
            r.entity_type,
            r.entity_id,
            r.summary,
            json.loads(r.changes),
        )
        for r in rows
    ]


def check_version(
    session: Session,
    record: Any,
    entity_type: str,
    expected: int | None,
    label: str,
) -> None:
    """Refuse to save over a change the user has not seen.

    ``expected`` is the version the user's form was loaded from (None: no check). When the
    record has moved on, the message names who changed it and when (from the audit trail).
    """
    if expected is None or record.version == expected:
        return
    last = session.execute(
        select(AuditEntry.actor, AuditEntry.at, User.display_name)
        .outerjoin(User, User.login == AuditEntry.actor)
        .where(
            AuditEntry.entity_type == entity_type,
            AuditEntry.entity_id == record.id,
            AuditEntry.action.not_in(NOT_CHANGES),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        who = "someone else"
    elif last.display_name and last.display_name != last.actor:
        who = f"{last.display_name} ({last.actor})"
    else:
        who = last.actor
    when = last.at.astimezone(CENTRE_TZ).strftime("%Y-%m-%d %H:%M") if last else "an unknown time"
    raise StaleRecordError(
        f"{label} was changed by {who} at {when} after you opened it; "
        "reload it to see the changes, then make yours again",
        "version",
    )
