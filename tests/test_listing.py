"""The paged list queries behind the list views, against the small centre's known figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import event

from adminapp.services import building, lease_listing, leases, listing, occupancy
from adminapp.services.lease_terms import lease_status
from adminapp.services.listing import ListQuery
from tests.ui.bulk import add_leases


@pytest.fixture
def q(as_of):
    def make(**kw) -> ListQuery:
        kw.setdefault("as_of", as_of)
        return ListQuery(**kw)

    return make


def refs(rows) -> list[str]:
    return [r.reference for r in rows]


# --- leases ------------------------------------------------------------------------------------


def test_leases_default_order_is_by_start(ctx, centre, q):
    rows = listing.list_leases(ctx, q())
    assert [r.start_date for r in rows] == sorted(r.start_date for r in rows)
    newest = listing.list_leases(ctx, q(descending=True))
    assert [r.id for r in newest] == [r.id for r in reversed(rows)]
    assert len(rows) == 5 == listing.count_leases(ctx, q())


def test_lease_row_figures(ctx, centre, q):
    rows = {r.id: r for r in listing.list_leases(ctx, q())}
    l1 = rows[centre.leases["L1"]]
    assert (l1.company_name, l1.company_name_zh) == ("Alpha Models", "阿尔法模型")
    assert (l1.unit_codes, l1.area, l1.rent_per_m2_month) == ("7F-01, 7F-02", D(200), D(200))
    assert (l1.monthly_rent, l1.deposit, l1.status) == (D(40000), D(48000), "active")
    # L2 steps from 150 to 165 on 2027-01-01: the monthly rent follows the as-of date.
    l2 = rows[centre.leases["L2"]]
    assert l2.monthly_rent == D(30000)
    later = listing.list_leases(
        ctx, q(as_of=dt.date(2027, 6, 1), filters={"company_id": l2.company_id})
    )
    assert later[0].monthly_rent == D(33000)


def test_lease_status_filter_agrees_with_status_rule(ctx, centre, q, as_of):
    every = listing.list_leases(ctx, q())
    for status in listing.LEASE_STATUSES:
        got = listing.list_leases(ctx, q(filters={"status": status}))
        assert {r.id for r in got} == {r.id for r in every if r.status == status}
        assert listing.count_leases(ctx, q(filters={"status": status})) == len(got)
    for r in every:
        assert r.status == lease_status(r.stage, r.start_date, r.end_date, as_of)
    assert sorted(refs(listing.list_leases(ctx, q(filters={"status": "active"})))) == sorted(
        refs(r for r in every if r.id in {centre.leases[k] for k in ("L1", "L2", "L5")})
    )


def test_lease_search_matches_reference_company_and_units(ctx, centre, q):
    ids = centre.leases

    def found(text: str) -> set[int]:
        return {r.id for r in listing.list_leases(ctx, q(search=text))}

    assert found("alpha") == {ids["L1"]}
    assert found("贝塔") == {ids["L2"]}
    assert found("7f-0") == {ids["L1"], ids["L2"], ids["L5"]}
    assert found("1F-01") == {ids["L3"], ids["L4"]}
    assert found("l2024") == {ids["L3"]}
    assert found(leases.get_lease(ctx, ids["L5"]).reference) == {ids["L5"]}
    assert found("=delta") == {ids["L5"]}
    assert found("nothing like this") == set()
    assert found("%") == set()  # wildcards are text


def test_lease_filters(ctx, centre, q, as_of):
    ids = centre.leases

    def found(**filters) -> set[int]:
        return {r.id for r in listing.list_leases(ctx, q(filters=filters))}

    assert found(company_id=centre.companies["gamma"]) == {ids["L3"], ids["L4"]}
    assert found(unit_id=centre.units["7F-02"]) == {ids["L1"]}
    assert found(floor_id=centre.floors["1"]) == {ids["L3"], ids["L4"]}
    assert found(floor_id=centre.floors["B1"]) == set()
    assert found(expiring_within=30) == {ids["L1"]}
    assert found(expiring_within=120) == {ids["L1"], ids["L5"]}
    expiring = occupancy.expiring_leases(ctx, as_of, 90)
    assert found(expiring_within=90) == {e.lease_id for e in expiring}
    assert found(status="active", floor_id=centre.floors["7"], expiring_within=200) == {
        ids["L1"],
        ids["L5"],
    }
    assert found(status=None, floor_id="") == set(ids.values())  # empty means any
    # L1 holds two units on floor 7: counted once.
    assert listing.count_leases(ctx, q(filters={"floor_id": centre.floors["7"]})) == 3
    assert listing.count_leases(ctx, q(search="7F-0")) == 3


@pytest.mark.parametrize("key", list(listing.LEASE_SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_lease_sorts_and_keyset_pages(ctx, centre, q, key, descending):
    add_leases(ctx, centre, 40)
    full = listing.list_leases(ctx, q(sort=key, descending=descending, limit=1000))
    assert len(full) == 45
    value = {
        "reference": lambda r: (r.reference,),
        "company": lambda r: (r.company_name, r.company_id, r.start_date),
        "units": lambda r: (building.lease_unit_labels(r.unit_codes.split(", "))[1],),
        "area": lambda r: (r.area,),
        "start": lambda r: (r.start_date,),
        "end": lambda r: (r.end_date,),
    }[key]
    keys = [(*value(r), r.id) for r in full]
    assert keys == sorted(keys, reverse=descending)
    # Page by page, after the last row of each page, gives the same order.
    paged, after = [], None
    while True:
        page = listing.list_leases(
            ctx, q(sort=key, descending=descending, limit=7, after_id=after, offset=len(paged))
        )
        paged += page
        if len(page) < 7:
            break
        after = page[-1].id
    assert [r.id for r in paged] == [r.id for r in full]
    by_offset = [
        r.id
        for off in range(0, 45, 10)
        for r in listing.list_leases(ctx, q(sort=key, descending=descending, limit=10, offset=off))
    ]
    assert by_offset == [r.id for r in full]


QUERIES = [
    {},
    {"search": "alpha"},
    {"search": "x0001"},
    {"search": "7F"},
    {"filters": {"status": "active"}},
    {"filters": {"status": "ended"}},
    {"filters": {"status": "draft"}},
    {"filters": {"status": "terminated", "floor_id": "7F"}},
    {"filters": {"floor_id": "7F", "expiring_within": 400}},
    {"filters": {"company_id": "beta"}, "search": "7F-0"},
    {"filters": {"unit_id": "7F-03"}, "sort": "company"},
]


@pytest.mark.parametrize("spec", QUERIES)
def test_lease_plans_agree(ctx, centre, q, monkeypatch, spec):
    """Driving by a selector (few matches) and walking the sort index give the same rows."""
    add_leases(ctx, centre, 120)
    filters = dict(spec.get("filters", {}))
    for k, v in filters.items():
        if k == "floor_id":
            filters[k] = centre.floors[v.rstrip("F")]
        elif k == "company_id":
            filters[k] = centre.companies[v]
        elif k == "unit_id":
            filters[k] = centre.units[v]
    query = q(search=spec.get("search", ""), filters=filters, sort=spec.get("sort", ""), limit=25)
    results = {}
    for mode, limit in (("walk", -1), ("drive", 10**9)):
        monkeypatch.setattr(lease_listing, "SPARSE_LIMIT", limit)
        pages, after = [], None
        while True:
            page = listing.list_leases(ctx, replace(query, after_id=after))
            pages += [r.id for r in page]
            if len(page) < query.limit:
                break
            after = page[-1].id
        results[mode] = (pages, listing.count_leases(ctx, query))
    assert results["walk"] == results["drive"]
    assert results["walk"][1] == len(results["walk"][0])


def test_lease_count_cap(ctx, centre, q):
    add_leases(ctx, centre, 30)
    assert listing.count_leases(ctx, q()) == 35
    assert listing.count_leases(ctx, q(), cap=10) == 10
    assert listing.count_leases(ctx, q(filters={"status": "ended"}), cap=5) == 5


@pytest.mark.sqlite_only("reads SQLite query plans (EXPLAIN QUERY PLAN)")
def test_lease_page_query_walks_an_index_without_sorting(ctx, centre, q, monkeypatch):
    """On SQLite the first page of a big list never sorts the whole table."""
    monkeypatch.setattr(lease_listing, "SPARSE_LIMIT", -1)  # as with a million leases
    statements: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT LEASES.ID") and "LIMIT" in statement:
            statements.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", capture)
    try:
        for key in listing.LEASE_SORTS:
            for filters in ({}, {"status": "active"}, {"floor_id": centre.floors["7"]}):
                listing.list_leases(ctx, q(sort=key, filters=filters, search="a"))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", capture)
    assert statements
    with ctx.db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " | ".join(
                row[-1]
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert "TEMP B-TREE" not in plan, plan
            assert "SCAN leases" not in plan or "USING INDEX" in plan, plan


def test_unknown_sort_or_filter_is_refused(ctx, q):
    with pytest.raises(ValueError):
        listing.list_leases(ctx, q(sort="rent"))
    with pytest.raises(ValueError):
        listing.list_units(ctx, q(filters={"colour": "red"}))
    with pytest.raises(ValueError):
        listing.list_leases(ctx, q(filters={"status": "asleep"}))


# --- units -------------------------------------------------------------------------------------


def test_units_with_tenants(ctx, centre, q):
    rows = listing.list_units(ctx, q())
    assert [r.code for r in rows] == [
        "B1-01",
        "1F-01",
        "1F-02",
        "7F-01",
        "7F-02",
        "7F-03",
        "7F-04",
        "7F-05",
    ]
    by_code = {r.code: r for r in rows}
    assert (by_code["7F-01"].tenant_name, by_code["7F-01"].lease_end) == (
        "Alpha Models",
        dt.date(2026, 7, 1),
    )
    assert by_code["7F-03"].tenant_name_zh == "贝塔应用"
    assert by_code["1F-01"].tenant_id is None  # L4 was terminated on 2026-03-01
    assert by_code["B1-01"].in_service is False
    assert listing.count_units(ctx, q()) == 8


def test_unit_filters_and_search(ctx, centre, q, as_of):
    def codes(**kw) -> list[str]:
        return [r.code for r in listing.list_units(ctx, q(**kw))]

    vacant = [v.code for v in occupancy.vacant_units(ctx, as_of)]
    assert codes(filters={"occupancy": "vacant"}) == vacant == ["1F-01", "1F-02", "7F-04"]
    assert codes(filters={"occupancy": "leased"}) == ["7F-01", "7F-02", "7F-03", "7F-05"]
    assert codes(filters={"in_service": False}) == ["B1-01"]
    assert codes(filters={"floor_id": centre.floors["1"]}) == ["1F-01", "1F-02"]
    assert codes(filters={"kind": "private_office"}) == ["7F-01", "7F-02"]
    assert codes(search="7f-0", filters={"kind": "lab"}) == ["7F-03"]
    assert codes(search="alpha") == ["7F-01", "7F-02"]
    assert codes(search="德尔塔") == ["7F-05"]
    assert listing.count_units(ctx, q(filters={"occupancy": "vacant"})) == 3


@pytest.mark.parametrize("descending", [False, True])
def test_unit_sorts_and_pages(ctx, centre, q, descending):
    area = [
        (r.rentable_area, r.id)
        for r in listing.list_units(ctx, q(sort="area", descending=descending))
    ]
    assert area == sorted(area, reverse=descending)
    codes = [r.code for r in listing.list_units(ctx, q(sort="code", descending=descending))]
    assert codes == sorted(codes, reverse=descending)
    kinds = [
        (r.kind, r.code) for r in listing.list_units(ctx, q(sort="kind", descending=descending))
    ]
    assert kinds == sorted(kinds, reverse=descending)
    pages = [
        r.code
        for off in (0, 3, 6)
        for r in listing.list_units(ctx, q(sort="code", descending=descending, offset=off, limit=3))
    ]
    assert pages == codes


# --- companies ---------------------------------------------------------------------------------


def test_companies_with_leases_today(ctx, centre, q):
    rows = {r.name_en: r for r in listing.list_companies(ctx, q())}
    assert (rows["Alpha Models"].active_leases, rows["Alpha Models"].leased_area) == (1, D(200))
    assert (rows["Gamma Compute"].active_leases, rows["Gamma Compute"].leased_area) == (0, D(0))
    assert [r.name_en for r in listing.list_companies(ctx, q())] == [
        "=Delta Scenes",
        "Alpha Models",
        "Beta Apps",
        "Gamma Compute",
    ]


def test_company_filters_search_and_sorts(ctx, centre, q):
    def names(**kw) -> list[str]:
        return [r.name_en for r in listing.list_companies(ctx, q(**kw))]

    assert names(search="伽马") == ["Gamma Compute"]
    assert names(search="apps") == ["Beta Apps"]
    assert names(search="MA0000004") == ["=Delta Scenes"]
    assert names(filters={"segment": "compute_support"}) == ["Gamma Compute"]
    assert names(filters={"stage": "series_a"}) == []
    assert names(filters={"tenants_only": True}) == ["=Delta Scenes", "Alpha Models", "Beta Apps"]
    assert listing.count_companies(ctx, q(filters={"tenants_only": True})) == 3
    # By code point: 伽 < 德 < 贝 < 阿.
    assert names(sort="name_zh") == ["Gamma Compute", "=Delta Scenes", "Beta Apps", "Alpha Models"]
    seg = [r.segment for r in listing.list_companies(ctx, q(sort="segment", descending=True))]
    assert seg == sorted(seg, reverse=True)
