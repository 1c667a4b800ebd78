"""Financing programmes: validation naming the field, no lost updates, audit."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from adminapp.errors import StaleRecordError, ValidationError
from adminapp.models import AuditEntry
from adminapp.services import financing as fin
from tests.dbstate import dump
from tests.test_financing_setup import make_programme, programme_input

d = dt.date


def test_a_programme_round_trips(ctx):
    p = fin.create_programme(ctx, programme_input(segments=["base_technology", "compute_support"]))
    got = fin.get_programme(ctx, p.id)
    assert got == p
    assert (got.name_en, got.name_zh, got.kind, got.platform, got.unit) == (
        "Compute rental subsidy", "算力租赁补贴", "subsidy", "compute", "CNY",
    )  # fmt: skip
    assert got.budgets == {2026: Decimal("5000000.00")}
    assert (got.cap_per_company_year, got.cap_percent) == (Decimal("1000000.00"), Decimal("30.00"))
    assert got.windows == [(d(2026, 6, 1), d(2026, 7, 1))]
    assert got.segments == ["base_technology", "compute_support"]
    assert got.documents == ["Business licence", "Compute contract"]
    assert got.criteria == [
        ("Technical merit", Decimal("3.00")), ("Team", Decimal("2.00")), ("Impact", Decimal("5.00")),
    ]  # fmt: skip
    assert got.requires_active_lease and got.active and got.version == 1
    assert [x.name_en for x in fin.list_programmes(ctx)] == ["Compute rental subsidy"]
    with ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "programme")).one()
    assert entry.action == "create" and entry.entity_id == p.id
    assert json.loads(entry.changes)["budgets"] == [None, {"2026": "5000000.00"}]


BAD = [
    ({"name_en": "  "}, "name_en", "Give the programme a name"),
    ({"kind": "loan"}, "kind", "Kind must be one of"),
    ({"platform": "legal"}, "platform", "Platform must be one of"),
    ({"unit": "USD"}, "unit", "CNY or GPU_HOURS"),
    ({"budgets": {2026: "-1"}}, "budgets", "budget for 2026 must be an amount of zero or more"),
    ({"budgets": {2026: "lots"}}, "budgets", "budget for 2026"),
    ({"budgets": {26: "100"}}, "budgets", "Budget year 26 is not a year"),
    ({"cap_per_company_year": "-5"}, "cap_per_company_year", "must not be negative"),
    ({"cap_per_company_year": "abc"}, "cap_per_company_year", "must be a number"),
    ({"cap_percent": "0"}, "cap_percent", "more than 0 and at most 100"),
    ({"cap_percent": "100.5"}, "cap_percent", "more than 0 and at most 100"),
    ({"windows": [(d(2026, 2, 1), d(2026, 2, 1))]}, "windows", "must close after it opens"),
    (
        {"windows": [(d(2026, 1, 8), d(2026, 1, 25)), (d(2026, 1, 20), d(2026, 2, 1))]},
        "windows",
        "overlap",
    ),
    ({"min_months_in_residence": -1}, "min_months_in_residence", "zero or more"),
    ({"segments": ["gaming"]}, "segments", "Unknown segment(s): gaming"),
    ({"documents": ["Licence", "licence"]}, "documents", "listed twice"),
    ({"documents": ["  "]}, "documents", "needs a name"),
    ({"criteria": [("Team", "0")]}, "criteria", "must be a number above 0"),
    ({"criteria": [("Team", "1"), ("team", "2")]}, "criteria", "listed twice"),
]


def test_every_bad_field_is_named_and_nothing_is_written(ctx):
    make_programme(ctx, name_en="Data voucher")
    before = dump(ctx.db)
    for overrides, field, text in BAD:
        with pytest.raises(ValidationError) as err:
            fin.create_programme(ctx, programme_input(**overrides))
        assert err.value.field == field, overrides
        assert text in err.value.errors[field], (overrides, err.value.errors)
    with pytest.raises(ValidationError) as err:
        fin.create_programme(ctx, programme_input(name_en="data VOUCHER"))
    assert err.value.errors == {"name_en": "There is already a programme called data VOUCHER"}
    assert dump(ctx.db) == before


def test_windows_are_half_open_so_adjacent_windows_do_not_overlap(ctx):
    p = fin.create_programme(
        ctx,
        programme_input(windows=[(d(2026, 1, 25), d(2026, 2, 1)), (d(2026, 1, 8), d(2026, 1, 25))]),
    )
    assert p.windows == [(d(2026, 1, 8), d(2026, 1, 25)), (d(2026, 1, 25), d(2026, 2, 1))]


def test_an_edit_over_someone_elses_is_refused(ctx):
    p = fin.create_programme(ctx, programme_input())
    edited = fin.update_programme(
        ctx,
        p.id,
        programme_input(budgets={2026: "5000000", 2027: "6000000"}, documents=["Business licence"]),
        expected_version=p.version,
    )
    assert edited.version == p.version + 1  # children alone make a new version
    assert edited.budgets == {2026: Decimal("5000000.00"), 2027: Decimal("6000000.00")}
    assert edited.documents == ["Business licence"]
    before = dump(ctx.db)
    with pytest.raises(StaleRecordError) as err:
        fin.update_programme(ctx, p.id, programme_input(cap_percent="50"), expected_version=1)
    assert "was changed by tester" in err.value.message
    assert dump(ctx.db) == before
    with pytest.raises(ValidationError) as err:
        fin.update_programme(ctx, p.id, programme_input(kind="loan"), edited.version)
    assert err.value.field == "kind"
    assert dump(ctx.db) == before
    with ctx.db.read() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "programme")
                .order_by(AuditEntry.id)
            )
        )
    assert actions == ["create", "update"]


def test_a_save_that_changes_nothing_keeps_the_version(ctx):
    p = fin.create_programme(ctx, programme_input())
    again = fin.update_programme(ctx, p.id, programme_input(), expected_version=p.version)
    assert again.version == p.version
