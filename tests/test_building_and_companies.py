import datetime as dt
from decimal import Decimal as D

import pytest

from adminapp.errors import ValidationError
from adminapp.services import audit, building, companies
from adminapp.services.building import FloorInput, UnitInput
from adminapp.services.companies import CompanyInput
from tests.dbstate import dump
from tests.factories import credit_code


def test_floor_and_unit_views(ctx, centre):
    b = building.get_building(ctx)
    assert b.gross_area == D("60000.00")
    assert [f.label for f in b.floors] == ["B1", "1", "7"]
    seventh = b.floors[-1]
    assert (seventh.rentable_area, seventh.unit_count) == (D("750.00"), 5)
    u = building.create_unit(ctx, UnitInput(centre.floors["7"], " 7f-06 ", "lab", "99.999"))
    assert (u.code, u.rentable_area, u.floor_label) == ("7F-06", D("100.00"), "7")


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (dict(code="8F-01"), "code", "Units on floor 7 have codes starting 7F-"),
        (dict(code="7F 01"), "code", "must look like 7F-12"),
        (dict(code="7F-01"), "code", "Unit 7F-01 already exists"),
        (dict(kind="garage"), "kind", "Kind must be one of"),
        (dict(area="0"), "rentable_area", "greater than zero"),
        (dict(area="ten"), "rentable_area", "must be a number"),
        # Floor 7 has 2,500 m² gross and 750 m² of units already.
        (dict(area="1750.01"), "rentable_area", "more than its 2,500.00 m² gross area"),
        (dict(floor=None), "floor_id", "Choose the floor"),
    ],
)
def test_refused_units(ctx, centre, data, field, message):
    before = dump(ctx.db)
    floor = data.get("floor", centre.floors["7"])
    with pytest.raises(ValidationError) as err:
        building.create_unit(
            ctx,
            UnitInput(
                floor, data.get("code", "7F-09"), data.get("kind", "lab"), data.get("area", "10")
            ),
        )
    assert message in err.value.errors[field]
    assert dump(ctx.db) == before


def test_floors_cannot_exceed_the_building(ctx, centre):
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        # 1,000 + 2,000 + 2,500 are taken of 60,000.
        building.create_floor(ctx, FloorInput(centre.building_id, "8", "54500.01"))
    assert "more than the building's 60,000.00 m²" in err.value.errors["gross_area"]
    with pytest.raises(ValidationError) as err:
        building.create_floor(ctx, FloorInput(centre.building_id, "7", "100"))
    assert err.value.errors["label"] == "Floor 7 already exists"
    with pytest.raises(ValidationError) as err:
        building.create_floor(ctx, FloorInput(centre.building_id, "B", "100", "1.2"))
    assert set(err.value.errors) == {"label", "load_factor"}
    with pytest.raises(ValidationError) as err:
        building.update_floor(ctx, centre.floors["7"], FloorInput(None, "7", "700"))
    assert "already have 750.00 m²" in err.value.errors["gross_area"]
    assert dump(ctx.db) == before
    assert building.create_floor(ctx, FloorInput(centre.building_id, "b2", "54500")).level == -2


def test_unit_edit_updates_the_leases_that_list_it(ctx, centre):
    from adminapp.services.leases import get_lease

    u = building.get_unit(ctx, centre.units["7F-01"])
    building.update_unit(ctx, u.id, UnitInput(u.floor_id, u.code, u.kind, "130", True, "corner"))
    lease = get_lease(ctx, centre.leases["L1"])
    assert lease.area == D("210.00")
    entry = audit.history(ctx, "unit", u.id)[-1]
    assert entry.changes == {"rentable_area": ["120.00", "130.00"], "notes": ["", "corner"]}


def test_company_rules(ctx, centre):
    good = CompanyInput(
        "Zeta Labs",
        credit_code(99),
        "scene_design",
        name_zh="泽塔实验室",
        contact_email="ceo@zeta.ai",
        admitted_on=dt.date(2025, 1, 1),
    )
    made = companies.create_company(ctx, good)
    assert made.display_name == "Zeta Labs (泽塔实验室)"
    before = dump(ctx.db)
    bad = CompanyInput(
        "",
        credit_code(99)[:17] + "0",
        "nonsense",
        contact_email="nope",
        admitted_on=dt.date(2025, 1, 1),
        graduated_on=dt.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError) as err:
        companies.create_company(ctx, bad)
    assert set(err.value.errors) == {
        "name_en",
        "credit_code",
        "segment",
        "contact_email",
        "graduated_on",
    }
    assert "check digit is 0, should be" in err.value.errors["credit_code"]
    dup = CompanyInput("Other", credit_code(99).lower(), "scene_design")
    with pytest.raises(ValidationError) as err:
        companies.create_company(ctx, dup)
    assert err.value.errors["credit_code"] == "Credit code already belongs to Zeta Labs"
    assert dump(ctx.db) == before
    found = companies.find_companies(ctx, "泽塔")
    assert [c.id for c in found] == [made.id]
    assert [c.id for c in companies.find_companies(ctx, credit_code(99)[-6:])] == [made.id]
    good.stage = "series_a"
    companies.update_company(ctx, made.id, good)
    assert audit.history(ctx, "company", made.id)[-1].changes == {"stage": ["seed", "series_a"]}
