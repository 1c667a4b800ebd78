"""The audit list: one page of audit entries, newest first, fast at 1,000,000 entries.

The page walks ``ix_audit_entries_at`` backwards (on SQLite the index carries the row id, so
``at DESC, id DESC`` needs no sort) and checks the filters row by row until the page is full.
A filter that an index answers (a user, a record type, one record) is first counted up to
``SPARSE_LIMIT`` entries: when it matches fewer, those few are fetched through its index and
sorted instead, so a rare user does not make the page walk the whole table. Pages after the
first continue from the last row (keyset), so scrolling far down costs no more than the first.

Dates in filters are days in Asia/Shanghai; they become UTC bounds on ``at``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from adminapp.models import AuditEntry
from adminapp.services.access import require
from adminapp.services.context import CENTRE_TZ, AppContext
from adminapp.services.listing_sql import ListQuery, after, check_query, contains, noidx, order_by

AUDIT_SORTS = {"at": [AuditEntry.at]}
AUDIT_FILTERS = {"actor", "entity_type", "entity_id", "action", "date_from", "date_to"}
SPARSE_LIMIT = 2000
CHOICES_LIMIT = 500


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # aware, UTC
    actor: str
    workstation: str
    action: str
    entity_type: str
    entity_id: int | None
    summary: str
    changes: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def local_at(self) -> dt.datetime:
        """``at`` in the centre's time zone (Asia/Shanghai), for display."""
        return self.at.astimezone(CENTRE_TZ)


def day_start_utc(day: dt.date) -> dt.datetime:
    """Midnight at the start of ``day`` in Shanghai, as an aware UTC moment."""
    return dt.datetime.combine(day, dt.time(), CENTRE_TZ).astimezone(dt.UTC)


@dataclass
class _Filter:
    checks: list[ColumnElement[bool]] = field(default_factory=list)
    # (condition on its own index, the same condition with the index hidden)
    selectors: list[tuple[ColumnElement[bool], ColumnElement[bool]]] = field(default_factory=list)


def _filter(q: ListQuery) -> _Filter:
    f = q.active_filters()
    out = _Filter()
    e = AuditEntry
    if "entity_id" in f and "entity_type" in f:
        out.selectors.append(
            (
                (e.entity_type == f["entity_type"]) & (e.entity_id == int(f["entity_id"])),
                (noidx(e.entity_type) == f["entity_type"])
                & (noidx(e.entity_id) == int(f["entity_id"])),
            )
        )
    elif "entity_type" in f:
        out.selectors.append(
            (e.entity_type == f["entity_type"], noidx(e.entity_type) == f["entity_type"])
        )
    elif "entity_id" in f:
        out.checks.append(noidx(e.entity_id) == int(f["entity_id"]))
    if "actor" in f:
        out.selectors.append((e.actor == f["actor"], noidx(e.actor) == f["actor"]))
    if "action" in f:
        out.checks.append(e.action == f["action"])
    if "date_from" in f:
        out.checks.append(e.at >= day_start_utc(f["date_from"]))
    if "date_to" in f:
        out.checks.append(e.at < day_start_utc(f["date_to"] + dt.timedelta(days=1)))
    text = q.search.strip()
    if text:
        out.checks.append(or_(contains(e.summary, text), contains(noidx(e.actor), text)))
    return out


def _sparse(s: Session, filt: _Filter) -> ColumnElement[bool] | None:
    """The selector matching fewest entries, if it matches fewer than ``SPARSE_LIMIT``."""
    best, best_n = None, SPARSE_LIMIT
    for indexed, _hidden in filt.selectors:
        capped = select(AuditEntry.id).where(indexed).limit(SPARSE_LIMIT).subquery()
        n = s.scalar(select(func.count()).select_from(capped)) or 0
        if n < best_n:
            best, best_n = indexed, n
    return best


def _page_stmt(s: Session, q: ListQuery) -> Any:
    """The page's ``select(AuditEntry)``, filtered, ordered and limited."""
    filt = _filter(q)
    driver = _sparse(s, filt)
    sparse = driver is not None
    cols = [AuditEntry.at, AuditEntry.id]
    stmt = select(AuditEntry).where(*filt.checks)
    for indexed, hidden in filt.selectors:
        # The chosen selector uses its index; the others (and, when walking ``at``, all of
        # them) are checked row by row so the planner keeps to the intended index.
        stmt = stmt.where(indexed if indexed is driver else hidden)
    if q.after_id is not None:
        cursor = s.execute(select(*cols).where(AuditEntry.id == q.after_id)).first()
        if cursor is not None:
            keyed = [noidx(c) for c in cols] if sparse else cols
            stmt = stmt.where(after(keyed, tuple(cursor), q.descending))
        else:
            stmt = stmt.offset(q.offset)
    else:
        stmt = stmt.offset(q.offset)
    return stmt.order_by(*order_by(cols, q.descending, hint=sparse)).limit(q.limit)


def _query(q: ListQuery) -> ListQuery:
    check_query("audit entries", q, AUDIT_SORTS, AUDIT_FILTERS)
    return q


def list_audit(ctx: AppContext, q: ListQuery) -> list[AuditRow]:
    """One page of audit entries, newest first unless ``q.descending`` is False.

    Filters: ``actor``, ``entity_type``, ``entity_id``, ``action``, ``date_from`` and
    ``date_to`` (dates in Shanghai, both days included). Search matches the summary or the
    user. The only sort key is ``at`` (ties broken by id). Set ``descending=True`` for newest
    first (the Audit page does). ``after_id`` continues after a row of the previous page.
    """
    require(ctx, "audit.view")
    _query(q)
    with ctx.db.read() as s:
        return [
            AuditRow(
                r.id,
                r.at,
                r.actor,
                r.workstation,
                r.action,
                r.entity_type,
                r.entity_id,
                r.summary,
                json.loads(r.changes or "{}"),
            )
            for r in s.scalars(_page_stmt(s, q))
        ]


def count_audit(ctx: AppContext, q: ListQuery, cap: int | None = None) -> int:
    """How many entries ``list_audit`` would list; with ``cap``, counting stops there."""
    require(ctx, "audit.view")
    _query(q)
    filt = _filter(q)
    with ctx.db.read() as s:
        driver = _sparse(s, filt)
        stmt = select(AuditEntry.id).where(*filt.checks)
        for indexed, hidden in filt.selectors:
            stmt = stmt.where(indexed if indexed is driver or driver is None else hidden)
        if cap is not None:
            stmt = stmt.limit(cap)
        return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _distinct(s: Session, col: Any) -> list[str]:
    """The distinct values of an indexed column, one index seek each (not a scan)."""
    values: list[str] = []
    last = s.scalar(select(func.min(col)))
    while last is not None and len(values) < CHOICES_LIMIT:
        values.append(last)
        last = s.scalar(select(func.min(col)).where(col > last))
    return values


def audit_filter_choices(ctx: AppContext) -> tuple[list[str], list[str], list[str]]:
    """(users, record types, actions) that occur in the audit trail, each sorted."""
    require(ctx, "audit.view")
    with ctx.db.read() as s:
        actors = _distinct(s, AuditEntry.actor)
        types = _distinct(s, AuditEntry.entity_type)
        actions = _distinct(s, AuditEntry.action)  # ix_audit_action_at
    return actors, types, actions
