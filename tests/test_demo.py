"""The demo centre: sizes, the centre's rules, determinism, refusal and cancellation.

The building, companies and leases are made here without the financing history, the
consultations and the billing history (``financing=False, consultations=False,
billing=False``), which take longer; tests/test_demo_financing.py,
tests/test_demo_consultations.py and tests/test_demo_billing.py have them.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from adminapp import credit_code, migrate, rent
from adminapp.db import Database
from adminapp.demo import DemoSummary, generate_demo
from adminapp.errors import DomainError
from adminapp.models import (
    UNIT_KINDS,
    AuditEntry,
    Base,
    Building,
    Company,
    Floor,
    Lease,
    LeaseUnit,
    RentStep,
    Unit,
)
from adminapp.services import building, leases, occupancy
from adminapp.services.lease_terms import add_months, lease_status

TODAY = dt.date(2026, 11, 27)
TABLES = ("buildings", "floors", "units", "companies", "leases", "lease_units", "rent_steps")


@pytest.fixture
def demo(db) -> DemoSummary:
    started = time.perf_counter()
    summary = generate_demo(db, today=TODAY, financing=False, consultations=False, billing=False)
    elapsed = time.perf_counter() - started
    print(f"demo scale 1: {summary} (wall {elapsed:.2f} s)")
    assert elapsed < 3, "scale 1 should take well under 3 s"
    return summary


def rows(db: Database, table: str) -> list[tuple]:
    """Typed through the models, so rows compare equal across SQLite and PostgreSQL."""
    t = Base.metadata.tables[table]
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(t).order_by(*list(t.columns)[:2]))]


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t: s.scalar(text(f"SELECT COUNT(*) FROM {t}")) for t in (*TABLES, "audit_entries")}


def test_building_floors_and_units(db, demo):
    assert (demo.buildings, demo.floors) == (1, 21)
    with db.read() as s:
        b = s.scalars(select(Building)).one()
        floors = s.scalars(select(Floor).order_by(Floor.level)).all()
        units = s.scalars(select(Unit)).all()
        by_floor = {f.id: [u for u in units if u.floor_id == f.id] for f in floors}
        assert (b.name, b.name_zh, b.gross_area) == (
            "West Bund AI Tower",
            "西岸大模型创新中心",
            60000,
        )
        assert [f.label for f in floors] == ["B1", *map(str, range(1, 21))]
        assert sum(f.gross_area for f in floors) == Decimal("60000.00")
        for f in floors:
            assert Decimal("0.68") <= f.load_factor <= Decimal("0.75")
            rentable = sum(u.rentable_area for u in by_floor[f.id])
            assert rentable <= f.gross_area * f.load_factor <= f.gross_area, f.label
            prefix = building.floor_prefix(f.label)
            assert all(u.code.startswith(prefix) for u in by_floor[f.id])
            assert all(building.UNIT_CODE.match(u.code) for u in by_floor[f.id])
        kinds = {f.label: {u.kind for u in by_floor[f.id]} for f in floors}
    assert 300 <= len(units) == demo.units <= 400
    assert {u.kind for u in units} == set(UNIT_KINDS)
    assert all(Decimal(30) <= u.rentable_area <= Decimal(600) for u in units)
    assert 1 <= sum(not u.in_service for u in units) <= 10
    assert {"event_space", "meeting_room", "service_area"} <= kinds["1"]
    assert "compute_room" in kinds["B1"]
    assert "private_office" in kinds["12"]
    top = [u.rentable_area for u in units if u.code.startswith(("18F-", "19F-", "20F-"))]
    mid = [u.rentable_area for u in units if u.code.startswith(("8F-", "9F-", "10F-"))]
    assert sum(top) / len(top) > Decimal("1.5") * sum(mid) / len(mid)  # larger offices at the top


def test_companies_look_real_and_have_valid_unique_codes(db, demo):
    with db.read() as s:
        companies = s.scalars(select(Company)).all()
        first_start = dict(
            s.execute(
                select(Lease.company_id, func.min(Lease.start_date))
                .where(Lease.stage != "draft")
                .group_by(Lease.company_id)
            ).all()
        )
        holding_now_or_later = set(
            s.scalars(
                select(Lease.company_id).where(Lease.stage != "draft", Lease.end_date > TODAY)
            )
        )
    assert 100 <= len(companies) == demo.companies <= 140
    codes = [c.credit_code for c in companies]
    assert all(credit_code.is_valid(code) for code in codes)
    assert len(set(codes)) == len(codes)
    assert len({c.name_en for c in companies}) == len(companies)
    assert len({c.name_zh for c in companies}) == len(companies)
    assert {c.segment for c in companies} == {
        "base_technology",
        "application_development",
        "scene_design",
        "compute_support",
        "product_marketing",
    }
    assert len({c.stage for c in companies}) >= 5
    for c in companies:
        assert c.name_zh.endswith("有限公司") and re.match(r"^[\u4e00-\u9fff0-9号]+$", c.name_zh)
        assert re.match(r"^[A-Z][A-Za-z]+ [A-Za-z]+", c.name_en)
        assert re.match(r"^[\u4e00-\u9fff]{2,3}$", c.contact_name)
        assert re.match(r"^1[3-9]\d{9}$", c.contact_phone)
        assert re.match(r"^[a-z]+\.[a-z]+@[a-z]+\.[a-z.]+$", c.contact_email)
        assert add_months(TODAY, -40) <= c.admitted_on <= TODAY  # the last ~3 years
        if c.id in first_start:
            assert c.admitted_on <= first_start[c.id]
        if c.graduated_on:
            assert c.admitted_on <= c.graduated_on <= TODAY
            assert c.id not in holding_now_or_later
    graduated = sum(c.graduated_on is not None for c in companies)
    assert 3 <= graduated <= 30
    assert min(c.admitted_on for c in companies) < TODAY - dt.timedelta(days=2 * 365)


def test_no_unit_is_leased_twice_for_overlapping_days(db, demo):
    with db.read() as s:
        clashes = s.execute(
            text(
                """
                SELECT a.reference, b.reference, ua.unit_id
                FROM lease_units ua
                JOIN leases a ON a.id = ua.lease_id
                JOIN lease_units ub ON ub.unit_id = ua.unit_id AND ub.lease_id > ua.lease_id
                JOIN leases b ON b.id = ub.lease_id
                WHERE a.stage != 'draft' AND b.stage != 'draft'
                  AND a.start_date < b.end_date AND b.start_date < a.end_date
                """
            )
        ).all()
    assert clashes == []


def test_lease_area_and_unit_codes_match_their_units(db, demo):
    with db.read() as s:
        totals = {
            lease_id: (area, codes)
            for lease_id, area, codes in s.execute(
                select(LeaseUnit.lease_id, func.sum(Unit.rentable_area), func.count(Unit.id))
                .join(Unit, Unit.id == LeaseUnit.unit_id)
                .group_by(LeaseUnit.lease_id)
            )
        }
        codes = {}
        for lease_id, code in s.execute(
            select(LeaseUnit.lease_id, Unit.code).join(Unit, Unit.id == LeaseUnit.unit_id)
        ):
            codes.setdefault(lease_id, []).append(code)
        all_leases = s.scalars(select(Lease)).all()
        assert len(all_leases) == demo.leases
        for lease in all_leases:
            assert lease.area == Decimal(totals[lease.id][0]).quantize(Decimal("0.01"))
            assert lease.unit_codes == ", ".join(sorted(codes[lease.id]))
        assert any(len(c) > 1 for c in codes.values())  # some take several units


def test_leases_cover_every_status_and_follow_the_rules(db, demo):
    with db.read() as s:
        all_leases = {x.id: x for x in s.scalars(select(Lease))}
        units_of = {}
        for lease_id, unit_id in s.execute(select(LeaseUnit.lease_id, LeaseUnit.unit_id)):
            units_of.setdefault(lease_id, set()).add(unit_id)
        steps = s.execute(select(RentStep)).scalars().all()
        unit_kind = dict(s.execute(select(Unit.id, Unit.kind)).all())
    statuses = {}
    for x in all_leases.values():
        status = lease_status(x.stage, x.start_date, x.end_date, TODAY)
        statuses[status] = statuses.get(status, 0) + 1
    assert set(statuses) == {"active", "ended", "terminated", "draft", "upcoming"}, statuses
    assert 1 <= statuses["draft"] <= 20
    renewals = [x for x in all_leases.values() if x.renewal_of_id]
    assert len(renewals) >= 10
    for x in renewals:
        old = all_leases[x.renewal_of_id]
        assert old.stage == "signed" and old.end_date == x.start_date
        assert (old.company_id, units_of[old.id]) == (x.company_id, units_of[x.id])
        assert f"Renewal of {old.reference}" in x.notes
    assert len({x.renewal_of_id for x in renewals}) == len(renewals)
    terminated = [x for x in all_leases.values() if x.stage == "terminated"]
    assert len(terminated) >= 5
    for x in terminated:
        assert x.end_date == x.terminated_on and x.termination_reason
        assert x.id not in {r.renewal_of_id for r in renewals}
    for x in all_leases.values():
        assert re.match(rf"^L{x.start_date.year}-\d{{5}}$", x.reference)
        assert x.end_date > x.start_date
        assert Decimal(150) <= x.rent_per_m2_month <= Decimal(320)
        assert 0 <= x.rent_free_months <= 3
        assert x.deposit == rent.to_fen(x.rent_per_m2_month * x.area * 3)
        assert x.start_date >= add_months(TODAY, -24)
    assert max(x.end_date for x in all_leases.values()) > add_months(TODAY, 12)
    per_day = [x for x in all_leases.values() if "元/m²/天" in x.notes]
    assert per_day
    for x in per_day:
        quoted = Decimal(re.search(r"Quoted at ([\d.]+) 元", x.notes).group(1))
        assert Decimal(6) <= quoted <= Decimal(9)
        assert x.rent_per_m2_month == rent.per_month_from_day(quoted)
    assert steps
    for step in steps:
        x = all_leases[step.lease_id]
        assert x.start_date < step.effective_from < x.end_date
        years = step.effective_from.year - x.start_date.year
        expected = (x.rent_per_m2_month * Decimal("1.05") ** years).quantize(Decimal("0.01"))
        assert step.rent_per_m2_month == expected
        assert step.rent_per_m2_month <= Decimal(320)
    ever_leased = [unit_kind[u] for lease_id in all_leases for u in units_of[lease_id]]
    assert "event_space" not in ever_leased and "service_area" not in ever_leased
    leased_today = [
        unit_kind[u]
        for x in all_leases.values()
        if lease_status(x.stage, x.start_date, x.end_date, TODAY) == "active"
        for u in units_of[x.id]
    ]
    meeting_rooms = list(unit_kind.values()).count("meeting_room")
    assert 0 < leased_today.count("meeting_room") < 0.25 * meeting_rooms


def test_occupancy_today_and_expiries(ctx, demo):
    summary = occupancy.occupancy(ctx, TODAY)
    assert summary.rate == demo.occupancy_rate
    assert Decimal("0.75") <= summary.rate <= Decimal("0.92")
    assert 10 <= summary.expiring[90] == demo.leases_expiring_90_days <= 50
    assert demo.leases_in_force_today > 150
    expiring = occupancy.expiring_leases(ctx, TODAY, 90, include_renewed=True)
    assert any(e.renewed for e in expiring) and not all(e.renewed for e in expiring)
    vacant = occupancy.vacant_units(ctx, TODAY)
    assert any(v.next_lease_start for v in vacant)  # some vacancies are already let


def test_demo_history_follows_today(tmp_path):
    later = dt.date(2029, 3, 5)
    db = Database(f"sqlite:///{tmp_path / 'later.db'}")
    migrate.upgrade(db)
    try:
        summary = generate_demo(
            db, today=later, financing=False, consultations=False, billing=False
        )
        with db.read() as s:
            first, last = s.execute(
                select(func.min(Lease.start_date), func.max(Lease.end_date))
            ).one()
            admitted = s.scalar(select(func.max(Company.admitted_on)))
    finally:
        db.dispose()
    assert add_months(later, -24) <= first < add_months(later, -20)
    assert last > later and admitted <= later
    assert Decimal("0.75") <= summary.occupancy_rate <= Decimal("0.92")


def test_one_audit_entry_describes_the_generation(db, demo):
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert len(entries) == 2
    assert (entries[1].entity_type, entries[1].action) == ("user", "create")
    assert entries[1].summary == "Demo accounts: admin, staff, finance, manager, director"
    e = entries[0]
    assert (e.entity_type, e.action, e.actor) == ("demo", "generate", "demo")
    assert f"{demo.leases} leases" in e.summary and f"{demo.units} units" in e.summary


def test_same_inputs_give_identical_rows(tmp_path):
    dumps = []
    for name in ("one.db", "two.db"):
        db = Database(f"sqlite:///{tmp_path / name}")
        migrate.upgrade(db)
        try:
            generate_demo(db, today=TODAY, financing=False, consultations=False, billing=False)
            dumps.append({t: rows(db, t) for t in TABLES})
        finally:
            db.dispose()
    assert dumps[0]["leases"] and dumps[0] == dumps[1]


def test_refuses_a_database_that_has_data(db, ctx, centre):
    before = {t: rows(db, t) for t in (*TABLES, "audit_entries")}
    with pytest.raises(DomainError, match="database already has data"):
        generate_demo(db, today=TODAY)
    assert {t: rows(db, t) for t in (*TABLES, "audit_entries")} == before


@pytest.mark.parametrize("stop_at", ["first", "last"])
def test_cancelling_leaves_the_database_empty(db, stop_at):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return not (stop_at == "first" or done == total)

    with pytest.raises(DomainError, match="Demo generation cancelled"):
        generate_demo(
            db, today=TODAY, progress=progress, financing=False, consultations=False, billing=False
        )
    assert set(counts(db).values()) == {0}
    if stop_at == "last":  # called after each tower, then once everything is written
        assert calls == [(0, 2), (1, 2), (2, 2)]


def test_progress_that_returns_nothing_does_not_cancel(db):
    calls = []
    generate_demo(
        db,
        today=TODAY,
        progress=lambda done, total: calls.append(done),
        financing=False,
        consultations=False,
        billing=False,
    )
    assert calls == [0, 1, 2] and counts(db)["leases"] > 0


def test_scale_two_doubles_the_centre_with_second_tower_codes(db, ctx, tmp_path):
    single = Database(f"sqlite:///{tmp_path / 'single.db'}")
    migrate.upgrade(single)
    try:
        one = generate_demo(
            single, today=TODAY, financing=False, consultations=False, billing=False
        )
        tower_one_units = rows(single, "units")
    finally:
        single.dispose()
    two = generate_demo(
        db, scale=2, today=TODAY, financing=False, consultations=False, billing=False
    )
    assert (two.buildings, two.floors, two.companies) == (2, 42, 2 * one.companies)
    assert 1.8 * one.units <= two.units <= 2.2 * one.units
    assert 1.8 * one.leases <= two.leases <= 2.2 * one.leases
    assert rows(db, "units")[: len(tower_one_units)] == tower_one_units
    with db.read() as s:
        names = s.execute(select(Building.name, Building.gross_area).order_by(Building.id)).all()
        companies = s.scalars(select(Company)).all()
        t2 = s.execute(
            select(Unit.code, Floor.label, Floor.building_id)
            .join(Floor)
            .where(Floor.building_id == 2)
        ).all()
    assert names == [("West Bund AI Tower", 60000), ("West Bund AI Tower 2", 60000)]
    assert len({c.credit_code for c in companies}) == len(companies)
    assert len({c.name_en for c in companies}) == len({c.name_zh for c in companies}) == 240
    assert t2 and all(code.startswith("T2-") for code, _, _ in t2)
    for code, label, _ in t2:
        assert building.UNIT_CODE.match(code) and building._on_floor(code, label), code

    # The services accept the second tower's units: lease a vacant one.
    vacant = [
        v
        for v in occupancy.vacant_units(ctx, TODAY)
        if v.code.startswith("T2-") and v.kind == "private_office" and v.next_lease_start is None
    ]
    assert vacant
    made = leases.create_lease(
        ctx,
        leases.LeaseInput(
            companies[-1].id,
            [vacant[0].unit_id],
            TODAY,
            add_months(TODAY, 12),
            "7.5",
            rent_basis="day",
            deposit="1",
        ),
    )
    assert made.unit_codes == [vacant[0].code] and made.status == "active"


def test_services_work_on_the_demo_leases(ctx, demo):
    expiring = [e for e in occupancy.expiring_leases(ctx, TODAY, 90) if not e.renewed]
    renewed = leases.renew_lease(ctx, expiring[0].lease_id, add_months(expiring[0].end_date, 12))
    assert renewed.start_date == expiring[0].end_date
    with ctx.db.read() as s:
        active = s.scalars(
            select(Lease.id).where(
                Lease.stage == "signed",
                Lease.start_date < TODAY,
                Lease.end_date > TODAY + dt.timedelta(days=200),
            )
        ).first()
    ended = leases.terminate_lease(ctx, active, TODAY + dt.timedelta(days=30), "Moving out")
    assert ended.status == "active" and ended.end_date == TODAY + dt.timedelta(days=30)


def test_demo_refuses_a_database_with_accounts_of_its_own(db):
    """Its accounts are real people's: no public demo passwords, no demo records there."""
    from adminapp.services import accounts
    from tests.dbstate import dump

    accounts.create_first_admin(db, "boss", "Boss", "boss-password")
    before = dump(db)
    with pytest.raises(DomainError) as err:
        generate_demo(db)
    assert "already has accounts" in err.value.message
    assert dump(db) == before
