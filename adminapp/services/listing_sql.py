"""What the list queries share: the query a list view sends, and SQL that keeps them fast.

``noidx`` (from lease_terms) steers SQLite's planner, which has no statistics unless
``ANALYZE`` ran; ``after`` continues a list after a row (keyset paging); ``contains`` is a
case-insensitive substring match with the user's ``%`` and ``_`` taken literally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, ColumnElement, and_, literal, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from adminapp.models import Lease
from adminapp.services.context import centre_today
from adminapp.services.lease_terms import noidx

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListQuery:
    """What a list view asks for: one page of rows matching a search and filters, sorted.

    ``filters`` keys depend on the list (see ``list_units``, ``list_companies``,
    ``list_leases``); a ``None`` value means "any". ``sort`` is one of the list's sort keys
    (``""`` for its default order). ``after_id`` continues a lease list after that row
    (keyset paging); other lists use ``offset``. ``as_of`` defaults to today in Shanghai.
    """

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = PAGE_SIZE
    as_of: dt.date | None = None
    after_id: int | None = None

    def on(self) -> dt.date:
        return self.as_of or centre_today()

    def active_filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.filters.items() if v is not None and v != ""}


def check_query(kind: str, q: ListQuery, sorts: Mapping[str, Any], filters: set[str]) -> None:
    if q.sort and q.sort not in sorts:
        raise ValueError(f"{kind} cannot be sorted by {q.sort!r}; keys: {', '.join(sorts)}")
    unknown = set(q.active_filters()) - filters
    if unknown:
        raise ValueError(f"unknown {kind} filter(s): {', '.join(sorted(unknown))}")


def order_by(cols: list[ColumnElement], descending: bool, hint: bool = False) -> list:
    cols = [noidx(c) if hint else c for c in cols]
    return [c.desc() if descending else c.asc() for c in cols]


def blanks_last(cols: list[ColumnElement], descending: bool) -> list:
    """``cols`` in order with blanks (NULLs) after the values either way, the same on SQLite and
    PostgreSQL (which differ in where they put NULLs by default)."""
    return [(c.desc() if descending else c.asc()).nulls_last() for c in cols]


def after(cols: list[ColumnElement], values: tuple, descending: bool) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order of ``cols`` (all one direction)."""

    def beyond(c: ColumnElement, v: Any) -> ColumnElement[bool]:
        return c < v if descending else c > v

    terms = []
    for i, (c, v) in enumerate(zip(cols, values, strict=True)):
        equal = [cols[j] == values[j] for j in range(i)]
        terms.append(and_(*equal, beyond(c, v)))
    first = cols[0] <= values[0] if descending else cols[0] >= values[0]
    # The leading range lets the sort index start at the cursor; the OR settles ties.
    return and_(first, or_(*terms))


class _contains_ci(FunctionElement):  # noqa: N801
    """``col`` contains ``pattern`` ignoring case: LIKE on SQLite (already case-insensitive
    for ASCII, and cheaper than ``lower(col) LIKE lower(?)``), ILIKE elsewhere."""

    type = Boolean()
    inherit_cache = True


@compiles(_contains_ci)
def _contains_default(element: _contains_ci, compiler: Any, **kw: Any) -> str:
    col, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{col} ILIKE {pattern} ESCAPE '/'"


@compiles(_contains_ci, "sqlite")
def _contains_sqlite(element: _contains_ci, compiler: Any, **kw: Any) -> str:
    col, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{col} LIKE {pattern} ESCAPE '/'"


def contains(col: ColumnElement, text: str) -> ColumnElement[bool]:
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return _contains_ci(col, literal(f"%{escaped}%"))


def in_force_rows(as_of: dt.date) -> ColumnElement[bool]:
    """``in_force(as_of)`` as a plain row check, for queries driven by given ids."""
    return and_(
        noidx(Lease.end_date) > as_of,
        noidx(Lease.start_date) <= as_of,
        noidx(Lease.stage) != "draft",
    )
