"""A small, hand-checkable centre built through the services (not the demo generator).

As of 2026-06-15 (the ``as_of`` fixture):
- floors B1 (1,000 m² gross), 1 (2,000), 7 (2,500); building 60,000.
- units: B1-01 service 150 (out of service), 1F-01 event 300, 1F-02 meeting 50,
  7F-01 office 120, 7F-02 office 80, 7F-03 lab 200, 7F-04 compute 100, 7F-05 open desk 250.
- companies: four, one per segment, with valid credit codes; one has a name starting "=".
- leases:
  L1 Alpha 7F-01+7F-02 [2025-07-01, 2026-07-01) 200/m²/month, deposit 48,000 → expires in 16 days
  L2 Beta 7F-03 [2026-01-01, 2028-01-01) 150, 2 rent-free months, step to 165 from 2027-01-01
  L3 Gamma 1F-01 [2024-01-01, 2025-01-01) 100 → ended
  L4 Gamma 1F-01 [2025-03-01, 2027-03-01) terminated on 2026-03-01 → terminated
  L5 =Delta 7F-05 [2026-05-01, 2026-10-01) 180
In force on 2026-06-15: L1 (200 m²), L2 (200 m²), L5 (250 m²) → 650 m² leased of 1,100 m²
rentable in service (B1-01 is out of service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from adminapp.credit_code import check_character
from adminapp.services import building, companies, leases
from adminapp.services.context import AppContext


def credit_code(seed: int) -> str:
    """A valid 18-character Unified Social Credit Code built from ``seed``."""
    body = f"91310104MA{seed:07d}"[:17]
    return body + check_character(body)


@dataclass
class SmallCentre:
    building_id: int
    floors: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    companies: dict[str, int] = field(default_factory=dict)
    leases: dict[str, int] = field(default_factory=dict)


def build_small_centre(ctx: AppContext) -> SmallCentre:
    d = dt.date
    c = SmallCentre(building.create_building(ctx, "West Bund AI Tower", Decimal(60000), "西岸智塔"))
    for label, gross in (("B1", "1000"), ("1", "2000"), ("7", "2500")):
        c.floors[label] = building.create_floor(
            ctx, building.FloorInput(c.building_id, label, gross, "0.70")
        ).id
    for code, floor, kind, area, ok in (
        ("B1-01", "B1", "service_area", "150", False),
        ("1F-01", "1", "event_space", "300", True),
        ("1F-02", "1", "meeting_room", "50", True),
        ("7F-01", "7", "private_office", "120", True),
        ("7F-02", "7", "private_office", "80", True),
        ("7F-03", "7", "lab", "200", True),
        ("7F-04", "7", "compute_room", "100", True),
        ("7F-05", "7", "open_desk", "250", True),
    ):
        c.units[code] = building.create_unit(
            ctx, building.UnitInput(c.floors[floor], code, kind, area, in_service=ok)
        ).id
    for i, (key, en, zh, seg) in enumerate(
        (
            ("alpha", "Alpha Models", "阿尔法模型", "base_technology"),
            ("beta", "Beta Apps", "贝塔应用", "application_development"),
            ("gamma", "Gamma Compute", "伽马算力", "compute_support"),
            ("delta", "=Delta Scenes", "德尔塔场景", "scene_design"),
        ),
        start=1,
    ):
        c.companies[key] = companies.create_company(
            ctx,
            companies.CompanyInput(en, credit_code(i), seg, name_zh=zh, admitted_on=d(2024, 1, 1)),
        ).id
    u, co = c.units, c.companies

    def lease(key, company, unit_codes, start, end, rate, **kw):
        c.leases[key] = leases.create_lease(
            ctx,
            leases.LeaseInput(co[company], [u[x] for x in unit_codes], start, end, rate, **kw),
        ).id

    lease("L1", "alpha", ["7F-01", "7F-02"], d(2025, 7, 1), d(2026, 7, 1), "200", deposit="48000")
    lease(
        "L2",
        "beta",
        ["7F-03"],
        d(2026, 1, 1),
        d(2028, 1, 1),
        "150",
        rent_free_months=2,
        rent_steps=[(d(2027, 1, 1), Decimal("165"))],
        deposit="60000",
    )
    lease("L3", "gamma", ["1F-01"], d(2024, 1, 1), d(2025, 1, 1), "100")
    lease("L4", "gamma", ["1F-01"], d(2025, 3, 1), d(2027, 3, 1), "110")
    leases.terminate_lease(ctx, c.leases["L4"], d(2026, 3, 1), "Moved to a larger site")
    lease("L5", "delta", ["7F-05"], d(2026, 5, 1), d(2026, 10, 1), "180")
    return c
