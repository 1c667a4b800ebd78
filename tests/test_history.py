"""A record "as it was on date D", rebuilt from the audit trail (adminapp.services.history)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from adminapp.services import audit, building, companies, history, leases
from adminapp.services.audit import AuditView
from adminapp.services.context import ALL_ROLES, CENTRE_TZ, Actor, AppContext
from adminapp.services.leases import LeaseInput
from tests.factories import build_small_centre

d = dt.date
START, END = d(2026, 7, 1), d(2027, 7, 1)


def at(day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A moment in March 2026, centre time."""
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=CENTRE_TZ)


class Clock:
    """Stands in for ``audit.centre_now``: every entry is written at ``clock.now``."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    c = Clock(dt.datetime(2026, 1, 5, 9, 0, tzinfo=CENTRE_TZ))
    monkeypatch.setattr(audit, "centre_now", c)
    return c


@pytest.fixture
def frozen_centre(clock, ctx):
    """The small centre, built on 2026-01-05 by the frozen clock."""
    return build_small_centre(ctx)


def lease_input(c, units=("7F-04",), rent="180", steps=(), end=END, draft=False) -> LeaseInput:
    return LeaseInput(
        c.companies["beta"],
        [c.units[u] for u in units],
        START,
        end,
        rent,
        deposit="36000",
        rent_steps=list(steps),
        draft=draft,
    )


@pytest.fixture
def edited_lease(ctx, frozen_centre, clock):
    """Created 1 Mar, rent edited 2 Mar, unit added 3 Mar, steps 4 Mar, terminated 5 Mar."""
    c = frozen_centre
    clock.now = at(1)
    lease_id = leases.create_lease(ctx, lease_input(c)).id
    clock.now = at(2)
    leases.update_lease(ctx, lease_id, lease_input(c, rent="190"))
    clock.now = at(3)
    leases.update_lease(ctx, lease_id, lease_input(c, units=("7F-04", "1F-02"), rent="190"))
    clock.now = at(4)
    steps = [(d(2026, 10, 1), D("200")), (d(2027, 3, 1), D("210"))]
    leases.update_lease(
        ctx, lease_id, lease_input(c, units=("7F-04", "1F-02"), rent="190", steps=steps)
    )
    clock.now = at(5)
    leases.terminate_lease(ctx, lease_id, d(2027, 1, 1), "Closed the Shanghai office")
    return lease_id


def test_lease_state_at_each_day_after_several_edits(ctx, edited_lease):
    def state(day):
        return history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, day))

    assert history.record_as_of(ctx, "lease", edited_lease, d(2026, 2, 28)) is None
    day1, day2, day3, day4, day5 = (state(n) for n in range(1, 6))

    assert day1.existed and day1.complete and day1.last_action == "create"
    assert day1.fields["rent_per_m2_month"] == "180.0000"
    assert day1.fields["units"] == ["7F-04"]
    assert day1.fields["area"] == "100.00"
    assert day1.fields["stage"] == "signed"
    assert day1.fields["end_date"] == "2027-07-01"
    assert day1.fields["rent_steps"] == []
    assert day1.fields["deposit"] == "36000.00"

    assert day2.fields["rent_per_m2_month"] == "190.0000"
    assert day2.fields["units"] == ["7F-04"]
    assert day2.last_action == "update" and day2.last_change_by == "tester"

    assert day3.fields["units"] == ["1F-02", "7F-04"]
    assert day3.fields["unit_codes"] == "1F-02, 7F-04"
    assert day3.fields["area"] == "150.00"  # 7F-04 100 m² + 1F-02 50 m²
    assert day3.fields["rent_steps"] == []

    assert day4.fields["rent_steps"] == [["2026-10-01", "200.0000"], ["2027-03-01", "210.0000"]]
    assert day4.fields["stage"] == "signed"
    assert day4.fields["end_date"] == "2027-07-01"

    assert day5.fields["stage"] == "terminated"
    assert day5.fields["end_date"] == "2027-01-01"
    assert day5.fields["terminated_on"] == "2027-01-01"
    assert day5.fields["termination_reason"] == "Closed the Shanghai office"
    assert day5.fields["rent_steps"] == [["2026-10-01", "200.0000"]]  # the later step fell away
    assert day5.fields["rent_per_m2_month"] == "190.0000"
    assert day5.last_action == "terminate"
    assert day5.last_change_at == at(5)
    assert day5.as_of == dt.datetime(2026, 3, 5, 23, 59, 59, 999999, tzinfo=CENTRE_TZ)

    # The state on day 5 is the lease as it stands now, field for field.
    assert day5.fields == history.current_snapshot(ctx, "lease", edited_lease)
    assert history.replay_mismatches(ctx, "lease", edited_lease) == {}


def test_typed_state_converts_dates_and_decimals(ctx, edited_lease):
    s = history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, 4), typed=True)
    f = s.fields
    assert f["rent_per_m2_month"] == D("190")
    assert isinstance(f["rent_per_m2_month"], D)
    assert f["start_date"] == START and f["end_date"] == END
    assert f["terminated_on"] is None
    assert f["area"] == D("150")
    assert f["rent_steps"] == [(d(2026, 10, 1), D("200")), (d(2027, 3, 1), D("210"))]
    assert f["rent_free_months"] == 0 and f["reference"].startswith("L2026-")
    assert f["units"] == ["1F-02", "7F-04"]


def test_moments_within_a_day_and_before_creation(ctx, edited_lease):
    assert history.record_as_of(ctx, "lease", edited_lease, d(2026, 2, 28)) is None
    assert history.record_as_of(ctx, "lease", edited_lease, at(1, 9, 59)) is None
    assert history.record_as_of(ctx, "lease", edited_lease, at(1)) is not None  # at <= when
    before_edit = history.record_as_of(ctx, "lease", edited_lease, at(2, 9, 59))
    assert before_edit.fields["rent_per_m2_month"] == "180.0000"
    # A naive datetime is centre time; an aware one in UTC is the same moment.
    naive = history.record_as_of(ctx, "lease", edited_lease, dt.datetime(2026, 3, 2, 10, 0))
    utc = history.record_as_of(ctx, "lease", edited_lease, at(2).astimezone(dt.UTC))
    assert naive.fields["rent_per_m2_month"] == utc.fields["rent_per_m2_month"] == "190.0000"
    # Every entry: the lease as it is now.
    assert history.record_as_of(ctx, "lease", edited_lease, None).as_of is None


def test_a_date_means_the_end_of_that_day_in_shanghai(ctx, frozen_centre, clock):
    c = frozen_centre
    clock.now = at(1)
    lease_id = leases.create_lease(ctx, lease_input(c)).id
    clock.now = at(2, 23, 30)  # 15:30 UTC on 2 March: still 2 March in the centre
    leases.update_lease(ctx, lease_id, lease_input(c, rent="190"))
    clock.now = at(3, 0, 30)  # 16:30 UTC on 2 March, but 3 March in the centre
    leases.update_lease(ctx, lease_id, lease_input(c, rent="200"))

    def rent(day):
        return history.record_as_of(ctx, "lease", lease_id, d(2026, 3, day)).fields[
            "rent_per_m2_month"
        ]

    assert [rent(1), rent(2), rent(3)] == ["180.0000", "190.0000", "200.0000"]


def test_entries_with_equal_timestamps_apply_in_id_order(ctx, frozen_centre, clock):
    c = frozen_centre
    clock.now = at(1)
    lease_id = leases.create_lease(ctx, lease_input(c)).id
    for rate in ("181", "182", "183"):
        leases.update_lease(ctx, lease_id, lease_input(c, rent=rate))
    entries = audit.history(ctx, "lease", lease_id)
    assert len({e.at for e in entries}) == 1 and len(entries) == 4
    state = history.record_as_of(ctx, "lease", lease_id, at(1))
    assert state.fields["rent_per_m2_month"] == "183.0000"
    # The same entries handed over in any order replay the same way.
    assert history.replay("lease", lease_id, reversed(entries)).fields["rent_per_m2_month"] == (
        "183.0000"
    )


def view(id_, when, action, changes, actor="tester", kind="company") -> AuditView:
    return AuditView(id_, when, actor, "host", action, kind, 7, "", changes)


def test_replay_orders_by_time_then_id_and_keeps_extras_apart():
    t = at(1)
    entries = [
        view(3, t, "update", {"stage": ["angel", "series_a"]}, actor="later id"),
        view(1, t, "create", {"name_en": [None, "Acme"], "stage": [None, "seed"]}),
        view(2, t, "update", {"stage": ["seed", "angel"]}),
        # Written later (higher id) by a workstation whose clock ran behind: applies by time.
        view(4, t - dt.timedelta(minutes=1), "update", {"name_en": ["x", "Early"]}),
        view(5, t, "note", {"flagged_by": [None, "auditor"]}),
    ]
    s = history.replay("company", 7, entries)
    assert (s.fields["name_en"], s.fields["stage"]) == ("Acme", "series_a")
    # Fields a creation left out (None then) start at None; extras are not fields.
    assert s.fields["graduated_on"] is None and set(s.fields) == set(companies.FIELDS)
    assert s.extra == {"flagged_by": "auditor"}
    assert s.last_change_by == "tester" and s.last_action == "note"
    assert s.complete


def test_replay_of_delete_and_reused_id():
    """A record type without a known shape: every key it records is a field."""
    t = at(1)
    created = view(
        1, t, "create", {"name_en": [None, "Acme"], "stage": [None, "seed"]}, kind="room"
    )
    deleted = view(2, t + dt.timedelta(hours=1), "delete", {"name_en": ["Acme", None]}, kind="room")
    again = view(3, t + dt.timedelta(hours=2), "create", {"name_en": [None, "Bolt"]}, kind="room")
    gone = history.replay("room", 7, [created, deleted])
    assert not gone.existed and gone.last_action == "delete"
    assert gone.fields == {"name_en": "Acme", "stage": "seed"}  # as it was when deleted
    reborn = history.replay("room", 7, [created, deleted, again])
    assert reborn.existed and reborn.fields == {"name_en": "Bolt"}
    # A history that starts after a bulk load is marked incomplete.
    partial = history.replay(
        "room", 7, [view(9, t, "update", {"stage": ["seed", "angel"]}, kind="room")]
    )
    assert partial.existed and not partial.complete and partial.fields == {"stage": "angel"}
    assert history.replay("company", 7, [], at(5)) is None


def test_deleted_draft_no_longer_exists(ctx, frozen_centre, clock):
    clock.now = at(1)
    draft = leases.create_lease(ctx, lease_input(frozen_centre, draft=True)).id
    clock.now = at(2)
    leases.delete_draft(ctx, draft)

    assert history.record_as_of(ctx, "lease", draft, d(2026, 2, 28)) is None
    on_day1 = history.record_as_of(ctx, "lease", draft, d(2026, 3, 1))
    assert on_day1.existed and on_day1.fields["stage"] == "draft"
    after = history.record_as_of(ctx, "lease", draft, d(2026, 3, 2))
    assert after is not None and not after.existed
    assert after.last_action == "delete" and after.last_change_at == at(2)
    assert after.fields["units"] == ["7F-04"]  # what it held when it was deleted
    assert history.current_snapshot(ctx, "lease", draft) is None
    assert history.replay_mismatches(ctx, "lease", draft) == {}


def test_renewal_marker_is_kept_apart_from_fields(ctx, frozen_centre, clock):
    clock.now = at(1)
    lease_id = leases.create_lease(ctx, lease_input(frozen_centre)).id
    clock.now = at(2)
    renewal = leases.renew_lease(ctx, lease_id, d(2028, 7, 1))
    s = history.record_as_of(ctx, "lease", lease_id, d(2026, 3, 2))
    assert "renewed_by" not in s.fields
    assert s.extra == {"renewed_by": renewal.reference}
    assert s.last_action == "renewed"
    assert history.record_as_of(ctx, "lease", lease_id, d(2026, 3, 1)).extra == {}
    new = history.record_as_of(ctx, "lease", renewal.id, d(2026, 3, 2))
    assert new.complete and new.last_action == "renew"
    assert new.fields["renewal_of_id"] == lease_id and new.fields["start_date"] == "2027-07-01"
    assert history.record_as_of(ctx, "lease", renewal.id, d(2026, 3, 1)) is None
    for lid in (lease_id, renewal.id):
        assert history.replay_mismatches(ctx, "lease", lid) == {}


def test_a_units_area_change_shows_in_the_lease_from_that_time(
    ctx, edited_lease, frozen_centre, clock
):
    unit_id = frozen_centre.units["7F-04"]
    clock.now = at(6)
    building.update_unit(
        ctx, unit_id, building.UnitInput(frozen_centre.floors["7"], "7F-04", "compute_room", "110")
    )

    day5 = history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, 5))
    day6 = history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, 6))
    assert day5.fields["area"] == "150.00"
    assert day6.fields["area"] == "160.00"
    assert day6.last_action == "update" and day6.last_change_at == at(6)
    # The unit's own state follows too, and the lease's recorded area change is on its timeline.
    unit5 = history.record_as_of(ctx, "unit", unit_id, d(2026, 3, 5))
    unit6 = history.record_as_of(ctx, "unit", unit_id, d(2026, 3, 6))
    assert (unit5.fields["rentable_area"], unit6.fields["rentable_area"]) == ("100.00", "110.00")
    timeline = history.field_timeline(ctx, "lease", edited_lease, "area")
    assert timeline == [(at(6), "tester", "150.00", "160.00")]
    assert history.replay_mismatches(ctx, "lease", edited_lease) == {}
    assert history.replay_mismatches(ctx, "unit", unit_id) == {}


def test_a_renamed_unit_keeps_the_lease_consistent(ctx, edited_lease, frozen_centre, clock):
    clock.now = at(6)
    building.update_unit(
        ctx,
        frozen_centre.units["1F-02"],
        building.UnitInput(frozen_centre.floors["1"], "1F-02A", "meeting_room", "50"),
    )
    day5 = history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, 5))
    day6 = history.record_as_of(ctx, "lease", edited_lease, d(2026, 3, 6))
    assert day5.fields["units"] == ["1F-02", "7F-04"]
    assert day6.fields["units"] == ["1F-02A", "7F-04"]
    assert history.replay_mismatches(ctx, "lease", edited_lease) == {}


def test_field_timeline(ctx, edited_lease):
    rent = history.field_timeline(ctx, "lease", edited_lease, "rent_per_m2_month")
    assert rent == [(at(1), "tester", None, "180.0000"), (at(2), "tester", "180.0000", "190.0000")]
    end = history.field_timeline(ctx, "lease", edited_lease, "end_date", typed=True)
    assert [(c.at, c.old, c.new) for c in end] == [
        (at(1), None, END),
        (at(5), END, d(2027, 1, 1)),
    ]
    assert history.field_timeline(ctx, "lease", edited_lease, "no_such_field") == []


def test_replay_to_now_matches_every_record_of_the_small_centre(ctx, centre):
    # Edit a few so that updates, not only creations, are replayed.
    companies.update_company(
        ctx,
        centre.companies["alpha"],
        companies.CompanyInput(
            "Alpha Models",
            companies.get_company(ctx, centre.companies["alpha"]).credit_code,
            "base_technology",
            name_zh="阿尔法模型",
            stage="angel",
            admitted_on=d(2024, 1, 1),
            graduated_on=d(2026, 1, 1),
        ),
    )
    building.update_unit(
        ctx,
        centre.units["7F-01"],
        building.UnitInput(centre.floors["7"], "7F-01", "private_office", "125.5"),
    )
    records = [
        *(("lease", i) for i in centre.leases.values()),
        *(("unit", i) for i in centre.units.values()),
        *(("company", i) for i in centre.companies.values()),
        *(("floor", i) for i in centre.floors.values()),
        ("building", centre.building_id),
    ]
    assert len(records) == 5 + 8 + 4 + 3 + 1
    for entity_type, entity_id in records:
        assert history.replay_mismatches(ctx, entity_type, entity_id) == {}, (
            entity_type,
            entity_id,
        )
        state = history.record_as_of(ctx, entity_type, entity_id, None)
        assert state.existed and state.complete
    l1 = history.record_as_of(ctx, "lease", centre.leases["L1"], None, typed=True)
    assert l1.fields["area"] == D("205.50")


def test_record_without_history_is_none(ctx, centre):
    assert history.record_as_of(ctx, "lease", 999_999, d(2030, 1, 1)) is None
    assert history.replay_mismatches(ctx, "lease", 999_999) == {}


def test_replay_matches_current_lease_on_postgresql(pg_db):
    pg = AppContext(pg_db, Actor(login="pg-tester", workstation="pg-host", roles=ALL_ROLES))
    c = build_small_centre(pg)
    lease_id = c.leases["L2"]
    current = leases.get_lease(pg, lease_id)
    leases.update_lease(
        pg,
        lease_id,
        LeaseInput(
            current.company_id,
            [*current.unit_ids, c.units["7F-04"]],
            current.start_date,
            current.end_date,
            "155",
            rent_free_months=2,
            deposit="60000",
            rent_steps=[(d(2027, 1, 1), D("170")), (d(2027, 7, 1), D("175"))],
        ),
    )
    assert history.replay_mismatches(pg, "lease", lease_id) == {}
    state = history.record_as_of(pg, "lease", lease_id, None, typed=True)
    assert state.fields["area"] == D("300")
    assert state.fields["rent_steps"][-1] == (d(2027, 7, 1), D("175"))
    assert state.last_change_by == "pg-tester"
