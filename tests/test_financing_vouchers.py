"""Compute vouchers: GPU-hours allocated with a provider; consumption never beyond them."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from adminapp.db import Database
from adminapp.errors import ConflictError, ValidationError
from adminapp.services import financing as fin
from adminapp.services.context import AppContext
from tests.dbstate import dump
from tests.test_financing_setup import ON, as_user, make_programme, under_review

d = dt.date
D = Decimal


@pytest.fixture
def voucher(ctx, centre, tmp_path) -> int:
    """1,500,000 GPU-hours for Alpha with SenseCore, approved by a manager."""
    pid = make_programme(
        ctx,
        name_en="Compute voucher",
        kind="voucher",
        unit="GPU_HOURS",
        budgets={2026: "2000000"},
        cap_per_company_year=None,
        cap_percent=None,
    )
    app_id = under_review(
        ctx, centre, pid, tmp_path, requested="1500000", cost="1500000", provider="SenseCore"
    )
    # Role limits are in yuan: a manager may allocate any number of GPU-hours within budget.
    app = fin.approve_application(as_user(ctx, "liu", "manager"), app_id, "1500000")
    assert "budget left 2,000,000.00 GPU-hours of 2,000,000.00 GPU-hours" in app.steps[-1].reason
    return app_id


def test_a_voucher_names_its_provider(ctx, centre):
    pid = make_programme(ctx, name_en="Compute voucher", kind="voucher", unit="GPU_HOURS")
    with pytest.raises(ValidationError) as err:
        fin.create_application(
            ctx, fin.ApplicationInput(centre.companies["alpha"], pid, 2026, "100", "100")
        )
    assert err.value.errors == {
        "provider": "Name the compute provider the GPU-hours will be used with"
    }


def test_consumption_is_recorded_and_never_exceeds_the_allocation(ctx, voucher):
    clerk = as_user(ctx, "clerk", "staff")
    app = fin.record_compute_usage(clerk, voucher, d(2026, 7, 1), "1000000", "SC-2026-07")
    assert (app.provider, app.gpu_hours_used) == ("SenseCore", D("1000000.00"))
    before = dump(ctx.db)
    with pytest.raises(ValidationError) as err:
        fin.record_compute_usage(clerk, voucher, d(2026, 8, 1), "500000.01")
    assert err.value.errors == {
        "hours": "Only 500,000.00 GPU-hours are left on F2026-00001 (1,500,000.00 GPU-hours "
        "allocated with SenseCore, 1,000,000.00 GPU-hours used); 500,000.01 GPU-hours is too many"
    }
    for used_on, hours, field in ((None, "5", "used_on"), (ON, "0", "hours"), (ON, "x", "hours")):
        with pytest.raises(ValidationError) as err:
            fin.record_compute_usage(clerk, voucher, used_on, hours)
        assert err.value.field == field
    assert dump(ctx.db) == before
    app = fin.record_compute_usage(clerk, voucher, d(2026, 8, 1), "500000")
    assert app.gpu_hours_used == D("1500000.00")


def test_only_approved_compute_vouchers_take_consumption(ctx, centre, tmp_path):
    cny = under_review(ctx, centre, make_programme(ctx), tmp_path)
    fin.approve_application(as_user(ctx, "boss", "director"), cny, "100000")
    with pytest.raises(ConflictError, match="is not a compute voucher"):
        fin.record_compute_usage(ctx, cny, ON, "10")
    pid = make_programme(ctx, name_en="Compute voucher", kind="voucher", unit="GPU_HOURS")
    pending = under_review(ctx, centre, pid, tmp_path, provider="SenseCore")
    with pytest.raises(ConflictError, match="is under review; GPU-hours are recorded"):
        fin.record_compute_usage(ctx, pending, ON, "10")


def test_two_clerks_recording_at_once_never_overdraw(ctx, voucher):
    stations = [
        AppContext(Database(ctx.db.url), as_user(ctx, f"clerk{i}", "staff").actor) for i in range(2)
    ]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def consume(station):
        barrier.wait()
        try:
            fin.record_compute_usage(station, voucher, ON, "1000000")
            outcomes.append("won")
        except ValidationError as exc:
            assert "Only 500,000.00 GPU-hours are left" in exc.message
            outcomes.append("refused")

    try:
        threads = [threading.Thread(target=consume, args=(st,)) for st in stations]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for st in stations:
            st.db.dispose()
    assert sorted(outcomes) == ["refused", "won"]
    assert fin.get_application(ctx, voucher).gpu_hours_used == D("1000000.00")
