import datetime as dt
from decimal import Decimal as D

from adminapp.services import occupancy

d = dt.date


def test_occupancy_by_floor_and_building(ctx, centre, as_of):
    o = occupancy.occupancy(ctx, as_of)
    # In force on 2026-06-15: L1 (7F-01+7F-02, 200 m²), L2 (7F-03, 200), L5 (7F-05, 250).
    assert (o.rentable_area, o.leased_area, o.vacant_area) == (D(1100), D(650), D(450))
    assert o.rate == D("0.5909")
    assert (o.unit_count, o.leased_units, o.vacant_units) == (7, 4, 3)
    floors = {f.label: f for f in o.floors}
    assert floors["B1"].rentable_area == 0  # B1-01 is out of service
    assert floors["B1"].rate == 0
    assert (floors["1"].rentable_area, floors["1"].leased_area) == (D(350), D(0))
    assert (floors["7"].leased_area, floors["7"].rate) == (D(650), D("0.8667"))
    # L1 ends 2026-07-01 (16 days), L5 on 2026-10-01 (108 days).
    assert o.expiring == {30: 1, 60: 1, 90: 1}


def test_terms_are_half_open(ctx, centre):
    # L1 ends 2026-07-01: the unit is leased on 06-30 and vacant on 07-01.
    assert occupancy.occupancy(ctx, d(2026, 6, 30)).leased_area == D(650)
    assert occupancy.occupancy(ctx, d(2026, 7, 1)).leased_area == D(450)
    # Terminated L4 held 1F-01 until its termination date 2026-03-01.
    assert occupancy.occupancy(ctx, d(2026, 2, 28)).floors[1].leased_area == D(300)
    assert occupancy.occupancy(ctx, d(2026, 3, 1)).floors[1].leased_area == D(0)


def test_vacant_units_and_expiries(ctx, centre, as_of):
    vacant = occupancy.vacant_units(ctx, as_of)
    assert [v.code for v in vacant] == ["1F-01", "1F-02", "7F-04"]
    expiring = occupancy.expiring_leases(ctx, as_of, 120)
    assert [(e.reference[:5], e.unit_codes, e.days_left) for e in expiring] == [
        ("L2025", "7F-01, 7F-02", 16),
        ("L2026", "7F-05", 108),
    ]
    assert not expiring[0].renewed
