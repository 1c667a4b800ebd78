"""A record "as it was on date D", rebuilt from its audit trail.

Every service writes one audit entry per change (``adminapp.services.audit``): a "create" (or a
lease's "renew") holds every field as ``[None, value]`` (except fields that were None, which
``audit.diff`` leaves out: the replay starts them at None); "update", "sign" and "terminate" hold
the changed fields as ``[old, new]``; "delete" holds ``[old, None]`` for every field. Replaying a
record's entries up to a moment, in order, gives its state at that moment.

Conventions
-----------
- **Order.** Entries apply by ``(at, id)``: by time, and entries with equal timestamps in the
  order they were written.
- **Dates.** ``when`` may be an aware datetime (entries with ``at <= when`` count), a naive
  datetime (read as centre time, Asia/Shanghai) or a date (the *end* of that day in
  Asia/Shanghai: everything recorded on that calendar day in the centre counts).
- **Not existing.** ``record_as_of`` returns ``None`` when nothing had been recorded about the
  record by then (not created yet, or no such record). Once a "delete" entry has applied it
  returns a ``RecordState`` with ``existed=False``, ``last_action="delete"`` and ``fields``
  holding the values the record had just before it was deleted. So "did it exist then?" is
  ``state is not None and state.existed``. A later "create" under the same id (SQLite may reuse
  the id of the last row after a delete) starts a new record from scratch.
- **Fields and extras.** ``fields`` holds only the record's own fields, named as the services'
  snapshots name them (for a lease: ``leases.FIELDS`` plus ``units``, ``rent_steps``, ``area``
  and ``unit_codes``). Other keys an entry carries, such as a lease's ``renewed_by``, go to
  ``extra``, kept apart.
- **Values.** Values stay JSON-friendly as recorded (decimals and dates are strings) unless
  ``typed=True``, which converts them by the model's column types: ``Date`` → ``date``,
  ``DateTime`` → aware ``datetime``, ``Numeric`` → ``Decimal``; a lease's ``rent_steps`` become
  ``[(date, Decimal), ...]``. A value that does not parse is left as recorded.
- **A lease's units and area.** A lease's entries name its units by code, and its area is
  recorded only when a unit's area or code changes. So for a lease the replay resolves the
  codes to units (by the units' own histories at the time of the lease entry) and then gives
  ``units`` (sorted codes), ``unit_codes`` (codes in reading order, as the lease list shows
  them) and ``area`` (sum of the units' rentable area, 2 places) *as of* ``when``: a unit's
  area change shows up in every lease holding it from that moment, and a lease edit adding a
  unit changes the area at once. Where a unit cannot be resolved (data loaded without
  history, e.g. the demo generator), the lease keeps the recorded codes and the last recorded
  area.
- **Partial histories.** ``complete`` is False when the replay saw no creating entry (the
  record was loaded in bulk, e.g. by the demo generator, and edited later): ``fields`` then
  holds only what the entries recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import Date, DateTime, Numeric, TypeDecorator, select

from adminapp.errors import NotFound
from adminapp.models import AuditEntry, Base, Building, Company, Floor, Lease, Unit, User
from adminapp.services import accounts, audit, building, companies, leases
from adminapp.services.audit import AuditView
from adminapp.services.context import CENTRE_TZ, AppContext

CREATING = frozenset({"create", "renew"})
DELETING = frozenset({"delete"})

_LEASE_DERIVED = ("units", "rent_steps", "area", "unit_codes")
_FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)

# A position in replay order: (at, entry id); an infinite id means "after every entry at ``at``".
Position = tuple[dt.datetime, float]


@dataclass(frozen=True)
class _Shape:
    model: type[Base]
    fields: tuple[str, ...]  # every field of the record's state
    snapshot: tuple[str, ...]  # those a creating entry holds (unless None)


# The record types the services audit, with the fields their snapshots carry. A type not listed
# here (written by a later service) replays with every key it records taken as a field.
SHAPES: dict[str, _Shape] = {
    "building": _Shape(Building, building.FIELDS_B, building.FIELDS_B),
    "floor": _Shape(Floor, building.FIELDS_F, building.FIELDS_F),
    "unit": _Shape(Unit, building.FIELDS_U, building.FIELDS_U),
    "company": _Shape(Company, companies.FIELDS, companies.FIELDS),
    "lease": _Shape(
        Lease, (*leases.FIELDS, *_LEASE_DERIVED), (*leases.FIELDS, "units", "rent_steps")
    ),
    "user": _Shape(User, accounts.FIELDS, accounts.FIELDS),
}


@dataclass(frozen=True)
class RecordState:
    """One record as its audit trail says it was at ``as_of``.

    ``as_of`` is the moment replayed to (aware, centre time), or None for "everything recorded".
    ``last_change_*`` describe the last of the record's own entries that applied.
    """

    entity_type: str
    entity_id: int
    as_of: dt.datetime | None
    fields: dict[str, Any]
    existed: bool
    last_change_at: dt.datetime | None
    last_change_by: str | None
    last_action: str | None
    extra: dict[str, Any] = field(default_factory=dict)
    complete: bool = True


class FieldChange(NamedTuple):
    at: dt.datetime
    actor: str
    old: Any
    new: Any


# --- moments --------------------------------------------------------------------------------


def moment(when: dt.datetime | dt.date) -> dt.datetime:
    """The aware moment ``when`` stands for: a date is the end of that day in the centre."""
    if isinstance(when, dt.datetime):
        return when if when.tzinfo is not None else when.replace(tzinfo=CENTRE_TZ)
    if isinstance(when, dt.date):
        return dt.datetime.combine(when, dt.time.max, tzinfo=CENTRE_TZ)
    raise TypeError(f"expected a date or datetime, got {type(when).__name__}")


def _key(e: AuditView) -> Position:
    return (e.at, e.id)


# --- reading entries ------------------------------------------------------------------------


def _entries(
    ctx: AppContext, entity_type: str, entity_id: int | None, until: dt.datetime | None
) -> list[AuditView]:
    """Entries for one record (or every record of a type), ``at <= until``, in replay order."""
    with ctx.db.read() as s:
        q = select(AuditEntry).where(
            AuditEntry.entity_type == entity_type,
            # Sign-ins, refusals and exports are events, not changes to the record.
            AuditEntry.action.not_in(audit.NOT_CHANGES),
        )
        if entity_id is not None:
            q = q.where(AuditEntry.entity_id == entity_id)
        entries = audit.views(s.scalars(q.order_by(AuditEntry.id)))
    if until is not None:
        entries = [e for e in entries if e.at <= until]
    return sorted(entries, key=_key)


# --- replay ---------------------------------------------------------------------------------


def replay(
    entity_type: str,
    entity_id: int,
    entries: Iterable[AuditView],
    as_of: dt.datetime | None = None,
) -> RecordState | None:
    """Fold ``entries`` (one record's, any order) into its state; see the module notes.

    Entries after ``as_of`` are ignored. Pure: no database; a lease's units are not resolved
    here (``record_as_of`` does that).
    """
    shape = SHAPES.get(entity_type)
    todo = sorted(
        (e for e in entries if as_of is None or e.at <= as_of),
        key=_key,
    )
    if not todo:
        return None
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    existed = True
    complete = False
    for e in todo:
        if e.action in CREATING:
            # audit.diff leaves out fields that were None at creation: start from None.
            fields = dict.fromkeys(shape.snapshot if shape else ())
            extra, existed, complete = {}, True, True
        if e.action in DELETING:
            existed = False
            for k, (old, _new) in e.changes.items():
                if shape is None or k in shape.fields:
                    fields.setdefault(k, old)
            continue
        for k, change in e.changes.items():
            new = change[1] if isinstance(change, list | tuple) and len(change) == 2 else change
            if shape is None or k in shape.fields:
                fields[k] = new
            else:
                extra[k] = new
    last = todo[-1]
    return RecordState(
        entity_type=entity_type,
        entity_id=entity_id,
        as_of=as_of.astimezone(CENTRE_TZ) if as_of is not None else None,
        fields=fields,
        existed=existed,
        last_change_at=last.at,
        last_change_by=last.actor,
        last_action=last.action,
        extra=extra,
        complete=complete,
    )


class _UnitTimeline:
    """Every unit's code and rentable area over time, from the units' own entries."""

    def __init__(self, entries: Iterable[AuditView]) -> None:
        self._by_unit: dict[int, list[AuditView]] = {}
        for e in entries:
            if e.entity_id is not None:
                self._by_unit.setdefault(e.entity_id, []).append(e)
        for lst in self._by_unit.values():
            lst.sort(key=_key)

    def _state(self, unit_id: int, until: Position) -> RecordState | None:
        entries = [e for e in self._by_unit.get(unit_id, []) if _key(e) <= until]
        return replay("unit", unit_id, entries)

    def unit_with_code(self, code: str, until: Position) -> int | None:
        for unit_id in self._by_unit:
            state = self._state(unit_id, until)
            if state is not None and state.existed and state.fields.get("code") == code:
                return unit_id
        return None

    def code_and_area(self, unit_id: int, until: Position) -> tuple[str, Decimal] | None:
        state = self._state(unit_id, until)
        if state is None:
            return None
        try:
            return state.fields["code"], Decimal(str(state.fields["rentable_area"]))
        except (KeyError, InvalidOperation):
            return None


def _lease_units(
    lease_entries: list[AuditView],
    units: _UnitTimeline,
    until: Position,
) -> dict[str, Any] | None:
    """``units``, ``unit_codes`` and ``area`` of a lease at ``until``, or None if unresolvable."""
    held: list[int] | None = None
    for e in lease_entries:
        if _key(e) > until:
            break
        if e.action in CREATING:
            held = None
        change = e.changes.get("units")
        if e.action in DELETING or not isinstance(change, list) or change[1] is None:
            continue
        held = []
        for code in change[1]:
            unit_id = units.unit_with_code(code, _key(e))
            if unit_id is None:
                return None
            held.append(unit_id)
    if held is None:
        return None
    codes: list[str] = []
    area = Decimal(0)
    for unit_id in held:
        found = units.code_and_area(unit_id, until)
        if found is None:
            return None
        codes.append(found[0])
        area += found[1]
    return {
        "units": sorted(codes),
        "unit_codes": building.lease_unit_labels(codes)[0],
        "area": str(area.quantize(Decimal("0.01"))),
    }


def record_as_of(
    ctx: AppContext,
    entity_type: str,
    entity_id: int,
    when: dt.datetime | dt.date | None,
    *,
    typed: bool = False,
) -> RecordState | None:
    """The record as it was at ``when`` (None: after every recorded entry).

    None if nothing had been recorded about it by then; ``existed=False`` once it had been
    deleted (see the module notes).
    """
    as_of = moment(when) if when is not None else None
    entries = _entries(ctx, entity_type, entity_id, as_of)
    state = replay(entity_type, entity_id, entries, as_of)
    if state is None:
        return None
    fields = dict(state.fields)
    if entity_type == "lease":
        until: Position = (as_of or _FAR_FUTURE, float("inf"))
        units = _UnitTimeline(_entries(ctx, "unit", None, as_of))
        derived = _lease_units(entries, units, until)
        if derived is not None:
            fields.update(derived)
    if typed:
        fields = typed_fields(entity_type, fields)
    return RecordState(
        entity_type=state.entity_type,
        entity_id=state.entity_id,
        as_of=state.as_of,
        fields=fields,
        existed=state.existed,
        last_change_at=state.last_change_at,
        last_change_by=state.last_change_by,
        last_action=state.last_action,
        extra=dict(state.extra),
        complete=state.complete,
    )


def field_timeline(
    ctx: AppContext, entity_type: str, entity_id: int, field_name: str, *, typed: bool = False
) -> list[FieldChange]:
    """Each recorded change of one field, oldest first: ``(at, actor, old, new)``.

    Only what the record's own entries recorded (a lease's ``area`` appears when a unit's area
    changed, not when the lease's units did).
    """
    out = []
    for e in _entries(ctx, entity_type, entity_id, None):
        change = e.changes.get(field_name)
        if not isinstance(change, list) or len(change) != 2:
            continue
        old, new = change
        if typed:
            old = _typed_value(entity_type, field_name, old)
            new = _typed_value(entity_type, field_name, new)
        out.append(FieldChange(e.at, e.actor, old, new))
    return out


# --- typed values ---------------------------------------------------------------------------


def _column_type(entity_type: str, name: str) -> Any:
    shape = SHAPES.get(entity_type)
    if shape is None:
        return None
    column = shape.model.__table__.columns.get(name)
    if column is None:
        return None
    t = column.type
    return t.impl if isinstance(t, TypeDecorator) else t


def _typed_value(entity_type: str, name: str, value: Any) -> Any:
    try:
        if entity_type == "lease" and name == "rent_steps" and isinstance(value, list):
            return [(dt.date.fromisoformat(d), Decimal(r)) for d, r in value]
        if not isinstance(value, str):
            return value
        t = _column_type(entity_type, name)
        if isinstance(t, DateTime):
            moment_ = dt.datetime.fromisoformat(value)
            return moment_ if moment_.tzinfo else moment_.replace(tzinfo=dt.UTC)
        if isinstance(t, Date):
            return dt.date.fromisoformat(value)
        if isinstance(t, Numeric):
            return Decimal(value)
    except (ValueError, TypeError, InvalidOperation):
        pass
    return value


def typed_fields(entity_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with ISO dates and decimal strings turned back into dates and Decimals."""
    return {k: _typed_value(entity_type, k, v) for k, v in fields.items()}


# --- consistency ----------------------------------------------------------------------------


def current_snapshot(ctx: AppContext, entity_type: str, entity_id: int) -> dict[str, Any] | None:
    """The record's current row in the shape its audit entries use (None if it is gone)."""
    shape = SHAPES.get(entity_type)
    if shape is None:
        raise NotFound(f"No snapshot is known for {entity_type!r} records")
    with ctx.db.read() as s:
        if entity_type == "lease":
            try:
                lease = leases._load(s, entity_id)
            except NotFound:
                return None
            snap = leases._snapshot(lease)
            snap["area"] = leases._plain_area(lease.area)
            snap["unit_codes"] = lease.unit_codes
            return snap
        if entity_type == "user":
            user = s.get(User, entity_id)
            return None if user is None else accounts._snapshot(user)
        obj = s.get(shape.model, entity_id)
        return None if obj is None else audit.snapshot(obj, shape.fields)


def replay_mismatches(
    ctx: AppContext, entity_type: str, entity_id: int
) -> dict[str, tuple[Any, Any]]:
    """``{field: (replayed, current)}`` where replaying every entry disagrees with the row.

    Empty when the history is consistent. Values compare typed (``"120.0"`` equals
    ``"120.00"``); the key ``"<exists>"`` reports a record that exists in one and not the other.
    """
    state = record_as_of(ctx, entity_type, entity_id, None, typed=True)
    current = current_snapshot(ctx, entity_type, entity_id)
    replayed_exists = state is not None and state.existed
    if replayed_exists != (current is not None):
        return {"<exists>": (replayed_exists, current is not None)}
    if current is None or state is None:
        return {}
    current = typed_fields(entity_type, current)
    keys = dict.fromkeys([*state.fields, *current])
    return {
        k: (state.fields.get(k), current.get(k))
        for k in keys
        if state.fields.get(k) != current.get(k)
    }
