"""Rules found missing in review, each with the test that would have caught it."""

import datetime as dt
import threading
from decimal import Decimal as D

import pytest

from adminapp.db import Database
from adminapp.errors import ConflictError, ValidationError
from adminapp.services import audit, building, leases, occupancy
from adminapp.services.building import FloorInput, UnitInput
from adminapp.services.context import ALL_ROLES, Actor, AppContext
from adminapp.services.leases import LeaseInput
from tests.dbstate import dump
from tests.factories import build_small_centre

d = dt.date


def test_a_leased_unit_cannot_be_taken_out_of_service(ctx, centre):
    u = building.get_unit(ctx, centre.units["7F-03"])  # L2 holds it until 2028
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        building.update_unit(ctx, u.id, UnitInput(u.floor_id, u.code, u.kind, "200", False))
    assert "leased under L2026-" in err.value.errors["in_service"]
    assert dump(ctx.db) == before
    # A unit whose leases are all over can go out of service.
    free = building.get_unit(ctx, centre.units["1F-01"])
    building.update_unit(ctx, free.id, UnitInput(free.floor_id, free.code, free.kind, "300", False))


def test_drafts_on_units_gone_out_of_service_cannot_be_signed(ctx, centre):
    draft = leases.create_lease(
        ctx,
        LeaseInput(
            centre.companies["beta"],
            [centre.units["7F-04"]],
            d(2026, 7, 1),
            d(2027, 7, 1),
            "150",
            draft=True,
        ),
    )
    u = building.get_unit(ctx, centre.units["7F-04"])
    building.update_unit(ctx, u.id, UnitInput(u.floor_id, u.code, u.kind, "100", False))
    with pytest.raises(ValidationError) as err:
        leases.sign_lease(ctx, draft.id)
    assert "out of service: 7F-04" in err.value.errors["unit_ids"]


def test_bad_rent_steps_name_the_field(ctx, centre):
    for steps in ([(d(2026, 9, 1), "abc")], [(None, "120")]):
        before = dump(ctx.db)
        with pytest.raises(ValidationError) as err:
            leases.create_lease(
                ctx,
                LeaseInput(
                    centre.companies["beta"],
                    [centre.units["7F-04"]],
                    d(2026, 7, 1),
                    d(2027, 7, 1),
                    "150",
                    rent_steps=steps,
                ),
            )
        assert "rent step" in err.value.errors["rent_steps"].lower()
        assert dump(ctx.db) == before


def test_a_floor_with_units_keeps_its_label(ctx, centre):
    with pytest.raises(ValidationError) as err:
        building.update_floor(ctx, centre.floors["7"], FloorInput(None, "8", "2500"))
    assert "cannot be relabelled" in err.value.errors["label"]
    empty = building.create_floor(ctx, FloorInput(centre.building_id, "9", "100"))
    assert building.update_floor(ctx, empty.id, FloorInput(None, "10", "100")).label == "10"


def test_the_view_shows_the_rate_in_force_beside_the_agreed_rate(ctx, centre):
    l2 = leases.get_lease(ctx, centre.leases["L2"], as_of=d(2027, 2, 1))
    assert l2.rent_per_m2_month == D("150.0000")
    assert (l2.rate_in_force, l2.monthly_rent) == (D("165.0000"), D("33000.00"))
    assert l2.rate_in_force_per_day == D("5.4247")


def test_renewed_leases_are_not_counted_as_expiring(ctx, centre, as_of):
    assert occupancy.occupancy(ctx, as_of).expiring[30] == 1  # L1 ends 2026-07-01
    leases.renew_lease(ctx, centre.leases["L1"], d(2028, 7, 1))
    assert occupancy.occupancy(ctx, as_of).expiring[30] == 0
    assert occupancy.expiring_leases(ctx, as_of, 30) == []
    [l1] = occupancy.expiring_leases(ctx, as_of, 30, include_renewed=True)
    assert l1.renewed


def test_a_renewed_lease_keeps_its_end(ctx, centre):
    leases.renew_lease(ctx, centre.leases["L1"], d(2028, 7, 1))
    v = leases.get_lease(ctx, centre.leases["L1"])
    with pytest.raises(ValidationError) as err:
        leases.update_lease(
            ctx, v.id, LeaseInput(v.company_id, v.unit_ids, v.start_date, d(2026, 6, 20), "200")
        )
    assert "renews this lease" in err.value.errors["end_date"]


def test_a_save_that_changes_nothing_leaves_no_audit_entry(ctx, centre):
    u = building.get_unit(ctx, centre.units["7F-04"])
    n = len(audit.history(ctx, "unit", u.id))
    building.update_unit(ctx, u.id, UnitInput(u.floor_id, u.code, u.kind, u.rentable_area))
    assert len(audit.history(ctx, "unit", u.id)) == n


def test_a_unit_change_is_audited_on_the_leases_it_moves(ctx, centre):
    u = building.get_unit(ctx, centre.units["7F-03"])
    building.update_unit(ctx, u.id, UnitInput(u.floor_id, u.code, u.kind, "210"))
    entry = audit.history(ctx, "lease", centre.leases["L2"])[-1]
    assert entry.changes == {"area": ["200.00", "210.00"]}


def test_audit_times_are_aware_utc_on_both_databases(db):
    ctx = AppContext(db, Actor("t", "w", roles=ALL_ROLES))
    building.create_building(ctx, "B", D(100))
    [entry] = audit.history(ctx, "building", 1)
    assert entry.at.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - entry.at) < dt.timedelta(minutes=5)


def test_plain_postgresql_urls_use_psycopg():
    db = Database("postgresql://u@127.0.0.1:5432/x")
    assert db.engine.dialect.driver == "psycopg"


def test_a_unique_clash_at_write_time_is_a_conflict_not_a_crash(db):
    from adminapp.models import Company

    with db.write() as s:
        s.add(Company(name_en="A", credit_code="91350100M000100Y43", segment="scene_design"))
    with pytest.raises(ConflictError, match="reload and try again"), db.write() as s:
        s.add(Company(name_en="B", credit_code="91350100M000100Y43", segment="scene_design"))


@pytest.mark.postgres
def test_two_workstations_leasing_different_units_get_different_references(pg_db):
    centre = build_small_centre(AppContext(pg_db, Actor("setup", "ws0", roles=ALL_ROLES)))
    stations = [
        AppContext(Database(pg_db.url), Actor(f"c{i}", f"ws{i}", roles=ALL_ROLES)) for i in range(2)
    ]
    made: list[str] = []
    try:
        for r in range(5):
            barrier = threading.Barrier(2)

            def book(ctx, unit, r=r, barrier=barrier):
                data = LeaseInput(
                    centre.companies["beta"],
                    [centre.units[unit]],
                    d(2031 + r, 1, 1),
                    d(2031 + r, 6, 1),
                    "150",
                )
                barrier.wait()
                made.append(leases.create_lease(ctx, data).reference)

            threads = [
                threading.Thread(target=book, args=(stations[i], u))
                for i, u in enumerate(("7F-04", "1F-02"))
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
        assert len(made) == 10 and len(set(made)) == 10
    finally:
        for s in stations:
            s.db.dispose()
