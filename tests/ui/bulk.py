"""Many leases at once for paging tests: Core inserts on top of the small centre.

The leases are spread one week apart from 2010 on, a few units each, for the centre's
companies in turn; references are ``X00001``.. so they never match the centre's ``L2026-…``.
Unit clashes are not checked (this is list data, not a lettable history).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, insert, select

from adminapp.models import Lease, LeaseUnit, Unit
from adminapp.services.building import lease_unit_labels
from adminapp.services.context import AppContext
from tests.factories import SmallCentre


def add_leases(ctx: AppContext, centre: SmallCentre, n: int) -> list[int]:
    companies = list(centre.companies.values())
    with ctx.db.write() as s:
        units = list(s.execute(select(Unit.id, Unit.code, Unit.rentable_area).order_by(Unit.id)))
        first = (s.scalar(select(func.max(Lease.id))) or 0) + 1
        leases, links = [], []
        for i in range(n):
            lease_id = first + i
            picked = [units[(i + k) % len(units)] for k in range(1 + i % 2)]
            start = dt.date(2010, 1, 4) + dt.timedelta(weeks=i)
            leases.append(
                {
                    "id": lease_id,
                    "reference": f"X{i + 1:05d}",
                    "company_id": companies[i % len(companies)],
                    "start_date": start,
                    "end_date": start + dt.timedelta(days=365 + (i % 5) * 30),
                    "rent_per_m2_month": Decimal(100 + i % 50),
                    "rent_free_months": 0,
                    "deposit": Decimal(1000 * (i % 7)),
                    "stage": ("signed", "terminated", "draft")[i % 3 if i % 10 == 0 else 0],
                    "termination_reason": "",
                    "notes": "",
                    "area": sum((u.rentable_area for u in picked), Decimal(0)),
                    **dict(
                        zip(
                            ("unit_codes", "unit_sort"),
                            lease_unit_labels([u.code for u in picked]),
                            strict=True,
                        )
                    ),
                    "version": 1,
                }
            )
            links += [{"lease_id": lease_id, "unit_id": u.id} for u in picked]
        s.execute(insert(Lease), leases)
        s.execute(insert(LeaseUnit), links)
    return [row["id"] for row in leases]
