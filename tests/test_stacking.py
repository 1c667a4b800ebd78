"""The stacking plan service on the small centre (tests/factories.py) and its billing history."""

import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from adminapp import reports
from adminapp.reports import cell_picture
from adminapp.services import stacking
from tests.billing_history import AS_OF, make_history

d = dt.date


def test_floors_top_to_bottom_units_in_code_order_with_their_leases(ctx, centre, as_of):
    plan = stacking.stacking_plan(ctx, as_of)
    assert plan.as_of == as_of
    assert [f.label for f in plan.floors] == ["7", "1", "B1"]
    top = plan.floors[0]
    assert [u.code for u in top.units] == ["7F-01", "7F-02", "7F-03", "7F-04", "7F-05"]
    assert [u.rentable_area for u in top.units] == [D(120), D(80), D(200), D(100), D(250)]
    assert top.rentable_area == D(750) == plan.widest_area
    u1, u2, u3, u4, u5 = top.units
    # L1 holds 7F-01 and 7F-02: one lease, both units; its rent is the whole lease's.
    assert u1.lease == u2.lease and u1.lease.lease_id == centre.leases["L1"]
    assert u1.lease.company_id == centre.companies["alpha"]
    assert (u1.lease.company_name, u1.lease.company_name_zh) == ("Alpha Models", "阿尔法模型")
    assert (u1.lease.start, u1.lease.end, u1.lease.last_day) == (
        d(2025, 7, 1), d(2026, 7, 1), d(2026, 6, 30)
    )  # fmt: skip
    assert u1.lease.monthly_rent == D("40000.00") and u1.lease.expiry_year == 2026
    assert u1.lease.reference.startswith("L2025")
    assert u3.lease.lease_id == centre.leases["L2"] and u3.lease.monthly_rent == D("30000.00")
    assert u3.lease.expiry_year == 2027  # last day 2027-12-31
    assert u4.lease is None and u4.state == "vacant"
    assert u5.lease.company_name == "=Delta Scenes" and u5.lease.monthly_rent == D("45000.00")
    # 1F-01: L3 ended, L4 terminated on 2026-03-01, so it is vacant now.
    assert [(u.code, u.state) for u in plan.floors[1].units] == [
        ("1F-01", "vacant"),
        ("1F-02", "vacant"),
    ]
    (b1,) = plan.floors[2].units
    assert (b1.code, b1.kind, b1.in_service, b1.state) == ("B1-01", "service_area", False,
                                                           "out_of_service")  # fmt: skip
    assert all(u.arrears == 0 and u.arrears_state == "none" for u in plan.units())


def test_any_date_and_rent_steps(ctx, centre):
    # Before L4's termination Gamma held 1F-01; L2 steps to 165 from 2027-01-01.
    earlier = stacking.stacking_plan(ctx, d(2026, 2, 1))
    assert earlier.floors[1].units[0].lease.lease_id == centre.leases["L4"]
    assert earlier.floors[1].units[0].lease.company_name == "Gamma Compute"
    later = stacking.stacking_plan(ctx, d(2027, 2, 1))
    beta = next(u for u in later.units() if u.code == "7F-03")
    assert beta.lease.monthly_rent == D("33000.00")
    assert all(u.lease is None for u in later.units() if u.code != "7F-03")


def test_arrears_come_from_the_ledger(ctx, centre):
    make_history(ctx, centre)
    plan = stacking.stacking_plan(ctx, AS_OF)
    by_code = {u.code: u for u in plan.units()}
    # Alpha: 800 open at 41 days; Beta: 2,000 over 90 days + 400; =Delta 500 at 76 days.
    assert (by_code["7F-01"].arrears, by_code["7F-01"].arrears_state) == (D(800), "in_arrears")
    assert by_code["7F-03"].over_90 == D(2000) and by_code["7F-03"].arrears_state == "over_90"
    assert by_code["7F-05"].arrears_state == "in_arrears"
    assert by_code["7F-04"].arrears_state == "none"  # vacant: no tenant


def test_colours_and_legend_per_mode(ctx, centre, as_of):
    plan = stacking.stacking_plan(ctx, as_of)
    u = {x.code: x for x in plan.units()}
    c = stacking.colour
    assert c(u["7F-01"], "vacancy", as_of) == stacking.LET
    assert c(u["7F-04"], "vacancy", as_of) == stacking.VACANT
    assert c(u["B1-01"], "tenant", as_of) == stacking.OUT_OF_SERVICE
    # One colour per company, the same on every unit it holds and on every call.
    assert c(u["7F-01"], "tenant", as_of) == c(u["7F-02"], "tenant", as_of)
    assert len({c(u[k], "tenant", as_of) for k in ("7F-01", "7F-03", "7F-05")}) == 3
    assert c(u["7F-01"], "expiry", as_of) == stacking.EXPIRY_COLOURS[0]  # ends this year
    assert c(u["7F-03"], "expiry", as_of) == stacking.EXPIRY_COLOURS[1]  # next year
    assert c(u["7F-01"], "arrears", as_of) == stacking.NO_ARREARS
    assert [k for k, _ in stacking.legend(plan, "expiry")] == [
        "year:2026", "year:2027", "vacant", "out_of_service"
    ]  # fmt: skip
    assert [k for k, _ in stacking.legend(plan, "tenant")] == ["vacant", "out_of_service"] + [
        f"company:{centre.companies[k]}" for k in ("delta", "alpha", "beta")
    ]  # "=Delta Scenes" sorts first
    assert [k for k, _ in stacking.legend(plan, "arrears")] == [
        "none", "in_arrears", "over_90", "vacant", "out_of_service"
    ]  # fmt: skip
    with pytest.raises(ValueError):
        stacking.category(u["7F-01"], "rainbow", as_of)


def test_an_empty_building(ctx):
    plan = stacking.stacking_plan(ctx, d(2026, 6, 15))
    assert plan.floors == [] and plan.widest_area == 0


def test_occupancy_draws_the_stacking_plan_in_cells(ctx, centre, tmp_path, as_of):
    result = reports.export_report(ctx, "occupancy", tmp_path / "o.xlsx", as_of)
    ws = load_workbook(result.path)["Stacking plan"]
    assert ws["A1"].value == "Stacking plan" and result.sheets[-1].row_count == 0
    rows = list(ws.iter_rows())
    labels = [r[0].value for r in rows]
    # One band per floor, the top floor first: unit codes, then tenants (or what it is).
    top, ground, basement = (labels.index(f) for f in ("7F", "1F", "B1"))
    assert top < ground < basement
    codes = [c.value for c in rows[top][1:] if c.value]
    assert codes == ["7F-01", "7F-02", "7F-03", "7F-04", "7F-05"]
    captions = [c.value for c in rows[top + 1][1:] if c.value]
    assert captions == ["Alpha Models", "Alpha Models", "Beta Apps", "vacant", "=Delta Scenes"]
    assert rows[top + 1][0].value == "750 m²"

    def box(row, code):  # the box's cells: from its code to the next code
        start = next(i for i, c in enumerate(row) if c.value == code)
        end = next((i for i in range(start + 1, len(row)) if row[i].value), len(row))
        return row[start:end]

    let, vacant = box(rows[top], "7F-03"), box(rows[top], "7F-04")
    fill = {c.fill.fgColor.rgb[-6:] for c in let}
    assert fill == {stacking.LET[1:].upper()}
    assert {c.fill.fgColor.rgb[-6:] for c in vacant} == {stacking.VACANT[1:].upper()}
    # Widths follow the area: 200 m² and 100 m² of 750 in a band of 100 columns.
    assert (len(let), len(vacant)) == (27, 13)
    assert sum(len(box(rows[top], c)) for c in codes) == cell_picture.GRID_COLUMNS
    out_of_service = box(rows[basement], "B1-01")
    assert out_of_service[0].fill.fgColor.rgb[-6:] == stacking.OUT_OF_SERVICE[1:].upper()
    assert [r[3].value for r in rows[labels.index("Legend") + 1 :]][:3] == [
        "Let",
        "Vacant",
        "Out of service",
    ]
    assert ws.column_dimensions["B"].width == cell_picture.GRID_WIDTH
