"""Shared set-up for the financing tests (no tests here).

On the small centre (tests/factories.py) on 2026-06-15: Alpha holds L1 since 2025-07-01
(11.5 months, base_technology); Beta holds L2 since 2026-01-01 (5.5 months,
application_development); Gamma holds nothing (its lease ended early on 2026-03-01, first
lease 2024-01-01); Delta holds L5 since 2026-05-01 (scene_design).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adminapp.services import financing as fin
from adminapp.services.context import Actor, AppContext
from tests.factories import SmallCentre

ON = dt.date(2026, 6, 15)
DOCUMENTS = ["Business licence", "Compute contract"]
CRITERIA = [("Technical merit", "3"), ("Team", "2"), ("Impact", "5")]


def as_user(ctx: AppContext, login: str, *roles: str) -> AppContext:
    return AppContext(ctx.db, Actor(login, f"ws-{login}", roles=frozenset(roles)))


def programme_input(**overrides) -> fin.ProgrammeInput:
    values = dict(
        name_en="Compute rental subsidy",
        name_zh="算力租赁补贴",
        kind="subsidy",
        platform="compute",
        unit="CNY",
        budgets={2026: "5000000"},
        cap_per_company_year="1000000",
        cap_percent="30",
        windows=[(dt.date(2026, 6, 1), dt.date(2026, 7, 1))],
        requires_active_lease=True,
        min_months_in_residence=0,
        segments=[],
        documents=list(DOCUMENTS),
        criteria=list(CRITERIA),
    )
    values.update(overrides)
    return fin.ProgrammeInput(**values)


def make_programme(ctx: AppContext, **overrides) -> int:
    return fin.create_programme(ctx, programme_input(**overrides)).id


def make_draft(
    ctx: AppContext,
    centre: SmallCentre,
    programme_id: int,
    company: str = "alpha",
    requested: str = "600000",
    cost: str = "2400000",
    year: int = 2026,
    provider: str = "",
) -> int:
    return fin.create_application(
        ctx,
        fin.ApplicationInput(
            centre.companies[company], programme_id, year, requested, cost, "GPU rental", provider
        ),
    ).id


def attach_all(ctx: AppContext, app_id: int, folder: Path, names=DOCUMENTS) -> None:
    for i, name in enumerate(names):
        path = folder / f"doc-{app_id}-{i}.pdf"
        path.write_bytes(f"%PDF {name} for {app_id}".encode())
        fin.attach_document(ctx, app_id, name, path)


def under_review(
    ctx: AppContext,
    centre: SmallCentre,
    programme_id: int,
    folder: Path,
    *,
    reviewer: str | None = "rev",
    **draft,
) -> int:
    """A draft taken, documented, submitted on ON, under review and (by default) reviewed."""
    app_id = make_draft(ctx, centre, programme_id, **draft)
    attach_all(ctx, app_id, folder)
    fin.submit_application(ctx, app_id, ON)
    fin.start_review(ctx, app_id)
    if reviewer:
        fin.review_application(
            as_user(ctx, reviewer, "staff"),
            app_id,
            {"Technical merit": 8, "Team": 6, "Impact": 7},
            "Solid plan",
        )
    return app_id
