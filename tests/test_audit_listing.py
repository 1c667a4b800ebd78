"""The audit list: filters, Shanghai-day date bounds, newest first, paging, and fast plans."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert, text

from adminapp.models import AuditEntry
from adminapp.services import audit_listing as al
from adminapp.services import building
from adminapp.services.audit_listing import list_audit
from adminapp.services.context import CENTRE_TZ
from adminapp.services.listing_sql import PAGE_SIZE, ListQuery

UTC = dt.UTC
NEWEST = ListQuery(sort="at", descending=True)


def entry(at: dt.datetime, **kw) -> dict:
    row = dict(
        at=at,
        actor="alice",
        workstation="ws1",
        action="update",
        entity_type="lease",
        entity_id=1,
        summary="",
        changes="{}",
    )
    row.update(kw)
    return row


def add(db, rows: list[dict]) -> None:
    with db.engine.begin() as conn:  # append-only: tests only insert
        conn.execute(insert(AuditEntry), rows)


def q(**kw) -> ListQuery:
    search = kw.pop("search", "")
    return ListQuery(sort="at", descending=True, search=search, filters=kw)


def summaries(ctx, query: ListQuery) -> list[str]:
    return [r.summary for r in list_audit(ctx, query)]


@pytest.fixture
def trail(db):
    t0 = dt.datetime(2026, 3, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    add(
        db,
        [
            entry(t0, summary="L-1 created", action="create", changes='{"rent": [null, "90"]}'),
            entry(t0 + dt.timedelta(hours=1), summary="L-1 rent", changes='{"rent": ["90", "95"]}'),
            entry(t0 + dt.timedelta(days=1), actor="bob", entity_type="unit", summary="Unit 7F-01"),
            entry(
                t0 + dt.timedelta(days=2),
                actor="bob",
                entity_type="company",
                entity_id=3,
                action="create",
                summary="Alpha Models",
            ),
            entry(t0 + dt.timedelta(days=2), actor="carol", entity_id=2, summary="L-2 signed"),
        ],
    )
    return t0


def test_newest_first_with_ties_broken_by_id(ctx, trail):
    assert summaries(ctx, NEWEST) == [
        "L-2 signed",
        "Alpha Models",
        "Unit 7F-01",
        "L-1 rent",
        "L-1 created",
    ]
    assert summaries(ctx, ListQuery(sort="at"))[0] == "L-1 created"
    rows = list_audit(ctx, NEWEST)
    assert rows[-1].at == trail and rows[-1].at.tzinfo is not None
    assert rows[-1].local_at == dt.datetime(2026, 3, 1, 10, 0, tzinfo=CENTRE_TZ)
    assert rows[-2].changes == {"rent": ["90", "95"]}
    assert (rows[-2].actor, rows[-2].workstation, rows[-2].entity_id) == ("alice", "ws1", 1)


def test_filters(ctx, trail):
    assert summaries(ctx, q(actor="bob")) == ["Alpha Models", "Unit 7F-01"]
    assert summaries(ctx, q(entity_type="unit")) == ["Unit 7F-01"]
    assert summaries(ctx, q(action="create")) == ["Alpha Models", "L-1 created"]
    assert summaries(ctx, q(entity_type="lease", entity_id=1)) == ["L-1 rent", "L-1 created"]
    assert summaries(ctx, q(entity_id=3)) == ["Alpha Models"]
    assert summaries(ctx, q(actor="bob", action="create")) == ["Alpha Models"]
    assert summaries(ctx, q(actor="nobody")) == []
    assert summaries(ctx, q(search="l-1")) == ["L-1 rent", "L-1 created"]
    assert summaries(ctx, q(search="CAROL")) == ["L-2 signed"]
    assert summaries(ctx, q(search="100%")) == []
    assert al.count_audit(ctx, q(actor="bob")) == 2
    assert al.count_audit(ctx, NEWEST) == 5
    assert al.count_audit(ctx, NEWEST, cap=3) == 3
    with pytest.raises(ValueError, match="unknown"):
        list_audit(ctx, q(colour="red"))


def test_filter_choices(ctx, trail):
    assert al.audit_filter_choices(ctx) == (
        ["alice", "bob", "carol"],
        ["company", "lease", "unit"],
        ["create", "update"],
    )


def test_date_bounds_are_whole_days_in_shanghai(ctx, db):
    day = dt.date(2026, 5, 10)
    start = dt.datetime(2026, 5, 10, tzinfo=CENTRE_TZ)  # 2026-05-09 16:00 UTC
    add(
        db,
        [
            entry(start - dt.timedelta(seconds=1), summary="before"),
            entry(start, summary="first moment"),
            entry(start + dt.timedelta(hours=23, minutes=59, seconds=59), summary="last moment"),
            entry(start + dt.timedelta(days=1), summary="next day"),
        ],
    )
    assert summaries(ctx, q(date_from=day, date_to=day)) == ["last moment", "first moment"]
    assert summaries(ctx, q(date_from=day)) == ["next day", "last moment", "first moment"]
    assert summaries(ctx, q(date_to=day)) == ["last moment", "first moment", "before"]
    assert al.day_start_utc(day) == dt.datetime(2026, 5, 9, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize("keyset", [True, False])
def test_pages_beyond_the_first(ctx, db, keyset):
    t0 = dt.datetime(2026, 1, 1, tzinfo=UTC)
    n = PAGE_SIZE * 2 + 17
    # Pairs of entries share a moment: the id settles their order across page boundaries.
    add(db, [entry(t0 + dt.timedelta(minutes=i // 2), summary=f"#{i}") for i in range(n)])
    seen: list[str] = []
    query = NEWEST
    while True:
        rows = list_audit(ctx, query)
        seen += [r.summary for r in rows]
        if len(rows) < query.limit:
            break
        query = ListQuery(
            sort="at",
            descending=True,
            offset=len(seen),
            after_id=rows[-1].id if keyset else None,
        )
    assert seen == [f"#{i}" for i in reversed(range(n))]


def test_entries_written_by_the_services_are_listed(ctx):
    building.create_building(ctx, "West Bund AI Tower", 60000)
    (row,) = list_audit(ctx, NEWEST)
    assert (row.actor, row.workstation, row.action, row.entity_type) == (
        "tester",
        "test-host",
        "create",
        "building",
    )
    assert row.changes["name"] == [None, "West Bund AI Tower"]


def plan(ctx, query: ListQuery) -> str:
    with ctx.db.read() as s:
        stmt = al._page_stmt(s, query)
        sql = str(stmt.compile(ctx.db.engine, compile_kwargs={"literal_binds": True}))
        return " | ".join(r[-1] for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))


@pytest.mark.sqlite_only("reads SQLite query plans (EXPLAIN QUERY PLAN)")
def test_pages_walk_the_time_index_without_sorting(ctx, db):
    t0 = dt.datetime(2026, 1, 1, tzinfo=UTC)
    actors = ["alice", "bob"]
    add(
        db,
        [
            entry(t0 + dt.timedelta(seconds=i), actor=actors[i % 2], summary=f"#{i}")
            for i in range(al.SPARSE_LIMIT * 2 + 10)
        ],
    )
    first = list_audit(ctx, NEWEST)
    for query in (
        NEWEST,
        ListQuery(sort="at", descending=True, after_id=first[-1].id, offset=PAGE_SIZE),
        q(actor="alice"),
        q(entity_type="lease"),
        q(action="update"),
        q(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 1, 2)),
        q(search="#1"),
        ListQuery(sort="at"),
    ):
        p = plan(ctx, query)
        # One action is read through (action, at): already in time order within it.
        index = "ix_audit_action_at" if query.filters.get("action") else "ix_audit_entries_at"
        assert index in p, (query, p)
        assert "TEMP B-TREE" not in p, (query, p)
    # A rare user is read through the user index (and those few entries sorted).
    add(db, [entry(t0, actor="rare", summary="rare one", changes=json.dumps({"a": [1, 2]}))])
    assert "ix_audit_entries_actor" in plan(ctx, q(actor="rare"))
    assert summaries(ctx, q(actor="rare")) == ["rare one"]
